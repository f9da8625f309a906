"""The secretariat's judging spreadsheets, described as `competitions.spreadsheets.Sheet`s (XLSX or CSV):

- `score_matrix_sheets`: every score sheet of every scored stage (entry × judge × criterion), one sheet per
  stage. Judges are named: this file is for the secretariat only.
- `stage_ranking_sheets`: a stage's ranking in a category — the stored decision once decided (`StageResult`),
  else the ranking as it stands — then the judges' offsets, the ties, and what the file is.
- `final_ranking_sheets`: the final ranking and the prizes, one sheet per category, then the ties.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.contrib.auth.models import User
from django.db.models import Prefetch
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from competitions.models import Category, Competition, Prize, Stage
from competitions.spreadsheets import Column, Sheet
from judging.eligibility import counted_sheets
from judging.models import Award, DecisionReview, Score, ScoreSheet, StageResult, TieDecision
from judging.ranking import FinalRanking, final_ranking, stage_ranking
from judging.selectors import decision_changes
from submissions.exports import DATETIME_FORMAT, yes_no
from submissions.models import Submission

SCORE_FORMAT = "0.00"
RUPIAH_FORMAT = "#,##0"


def person(user: User | None) -> str:
    if user is None:
        return ""
    return user.get_full_name() or user.username


def local(moment) -> str:
    """A moment as text in the city's time (for cells that mix words and dates)."""
    return formats.date_format(timezone.localtime(moment), "j F Y H:i") if moment else ""


def score_matrix_sheets(competition: Competition) -> list[Sheet]:
    """One sheet per scored stage of the edition (`score_matrix_sheet`)."""
    return [
        score_matrix_sheet(stage)
        for stage in competition.stages.filter(kind=Stage.Kind.SCORED).order_by("order")
    ]


def score_matrix_sheet(stage: Stage) -> Sheet:
    """A row per score sheet of the stage (entry × judge), with each criterion's score and note, the total,
    the overall note, the sheet's status and whether it counts (submitted, its judge still assigned and not
    conflicted: `judging.eligibility.counted_sheets`)."""
    criteria = list(stage.criteria.order_by("order", "pk"))
    counted = set(counted_sheets(stage).values_list("pk", flat=True))
    columns = [
        Column(_("Category"), 20),
        Column(_("Entry"), 36),
        Column(_("Unit"), 30),
        Column(_("Judge"), 22),
        Column(_("Status"), 12),
        Column(_("Counts"), 9),
        Column(_("Submitted at"), 17, DATETIME_FORMAT),
    ]
    for criterion in criteria:
        columns += [
            Column(f"{criterion.name} ({criterion.weight}%)", 12, SCORE_FORMAT),
            Column(_("%(criterion)s: note") % {"criterion": criterion.name}, 30),
        ]
    columns += [Column(_("Total (0–100)"), 11, SCORE_FORMAT), Column(_("Overall note"), 40)]
    sheet = Sheet(str(stage), columns)
    rows = (
        ScoreSheet.objects.filter(stage=stage)
        .select_related("judge", "submission__innovation", "submission__unit", "submission__category")
        .prefetch_related(Prefetch("scores", queryset=Score.objects.order_by()))
        .order_by("submission__category__order", "submission__innovation__title", "judge__username")
    )
    for row in rows:
        scores = {score.criterion_id: score for score in row.scores.all()}
        cells = [
            row.submission.category.name,
            row.submission.innovation.title,
            row.submission.unit.name,
            person(row.judge),
            row.get_status_display(),
            yes_no(row.pk in counted),
            row.submitted_at,
        ]
        for criterion in criteria:
            score = scores.get(criterion.pk)
            cells += [score.value if score else None, score.note if score else ""]
        cells += [row.total, row.note]
        sheet.rows.append(cells)
    return sheet


def _tie_sheet(rows: list[list]) -> Sheet:
    return Sheet(
        _("Ties"),
        [
            Column(_("Category"), 20),
            Column(_("Places at stake"), 24),
            Column(_("Order chosen"), 60),
            Column(_("Reason"), 50),
            Column(_("Decided by"), 22),
            Column(_("Decided at"), 17, DATETIME_FORMAT),
        ],
        rows,
    )


def _entry_label(entry: Submission) -> str:
    return f"{entry.innovation.title} ({entry.unit.display_name})"


def _tie_decision_rows(decisions: list[TieDecision]) -> list[list]:
    """One row per decision: the places at stake, the tied entries in the order chosen, why, who, when."""
    ids = [pk for decision in decisions for pk in decision.order]
    entries = Submission.objects.select_related("innovation", "unit").in_bulk(ids)
    return [
        [
            decision.category.name,
            decision.places,
            "; ".join(
                f"{place}. {_entry_label(entries[pk])}"
                for place, pk in enumerate(decision.order, start=1)
                if pk in entries
            ),
            decision.reason,
            person(decision.decided_by),
            decision.decided_at,
        ]
        for decision in decisions
    ]


def _open_tie_rows(category: Category, ties) -> list[list]:
    """Ties still to be placed by the secretariat: the entries in the ranking's order, nothing decided."""
    return [
        [
            category.name,
            tie.places_label,
            "; ".join(_entry_label(entry.submission) for entry in tie.entries),
            _("to be decided"),
            "",
            None,
        ]
        for tie in ties
    ]


def _judge_sheet(ranking) -> Sheet:
    return Sheet(
        _("Judges"),
        [
            Column(_("Judge"), 24),
            Column(_("Sheets"), 10, "0"),
            Column(_("Shared with other judges"), 14, "0"),
            Column(_("Mean"), 10, SCORE_FORMAT),
            Column(_("Spread"), 10, SCORE_FORMAT),
            Column(_("Offset"), 10, SCORE_FORMAT),
        ],
        [
            [person(stats.judge), stats.sheets, stats.shared, stats.mean, stats.spread, stats.offset]
            for stats in ranking.judge_stats
        ],
    )


def method_label(stage: Stage) -> str:
    """How the stage's scores were combined, in words: the edition's method, or the field visit's score."""
    if stage.kind == Stage.Kind.VERIFICATION:
        return _("The field visit's score")
    return str(stage.competition.get_aggregation_display())


def stage_ranking_sheets(stage: Stage, category: Category) -> list[Sheet]:
    """The ranking of a scored or verification stage in a category, as four sheets.

    1. Ranking. Once decided, the stored decision (`StageResult`: rank, score, adjusted score, outcome,
       whether a tie decision placed it), never a recomputation; before, the ranking as it stands with
       the provisional outcome by place. In a scored stage, the score by every method (mean, median,
       trimmed mean) is added, computed from today's counted sheets: under a decision the columns say
       "today", since a conflict declared later can drop a sheet the decision counted.
    2. Judges: each judge's sheets, mean, spread and fitted offset (scored stages).
    3. Ties: the tie decisions of the decision (places, order chosen, reason, who, when), or the ties still
       to be placed.
    4. About: edition, stage, category, method, ranking basis, cutoff, decision and export time.
    """
    ranking = stage_ranking(stage, category)
    scored = stage.kind == Stage.Kind.SCORED
    by_method = {entry.submission.pk: entry.by_method for entry in ranking.entries}
    methods = Competition.Aggregation
    results = list(
        StageResult.objects.filter(stage=stage, submission__category=category, reverted_at__isnull=True)
        .select_related("submission__innovation", "submission__unit", "decided_by", "tie_decision")
        .order_by("rank", "outcome", "pk")
    )
    columns = [
        Column(_("Rank"), 9, "0"),
        Column(_("Entry"), 36),
        Column(_("Unit"), 30),
        Column(_("Score"), 10, SCORE_FORMAT),
    ]
    if scored:
        names = [_("Mean"), _("Median"), _("Trimmed mean")]
        if results:
            # Under a decision the sheets cannot change, but a conflict declared later can drop one: the
            # methods are computed today, and say so beside the stored score.
            names = [_("%(method)s (today)") % {"method": name} for name in names]
        columns += [
            Column(_("Adjusted"), 11, SCORE_FORMAT),
            *(Column(name, 13, SCORE_FORMAT) for name in names),
        ]
    else:
        columns.append(Column(_("Verified"), 11))
    columns += [Column(_("Outcome"), 14), Column(_("Tie decided by the secretariat"), 14)]
    ranking_sheet = Sheet(_("Ranking"), columns)
    verified = {entry.submission.pk: entry.verified for entry in ranking.entries}

    def method_cells(pk: int) -> list:
        """Scored: the score by every method. Verification: whether the visit found it working."""
        if scored:
            scores = by_method.get(pk, {})
            return [scores.get(methods.MEAN), scores.get(methods.MEDIAN), scores.get(methods.TRIMMED_MEAN)]
        value = verified.get(pk)
        return [None if value is None else yes_no(value)]

    if results:
        for result in results:
            ranking_sheet.rows.append(
                [
                    result.rank,
                    result.submission.innovation.title,
                    result.submission.unit.name,
                    result.score,
                    *([result.adjusted_score] if scored else []),
                    *method_cells(result.submission_id),
                    result.get_outcome_display(),
                    yes_no(result.tie_decision_id is not None),
                ]
            )
        decisions = list(
            TieDecision.objects.filter(stage_results__in=results)
            .select_related("category", "decided_by")
            .distinct()
            .order_by("pk")
        )
        tie_rows = _tie_decision_rows(decisions)
    else:
        for entry in ranking.entries:
            outcome = _("to be decided") if entry.in_tie else ranking.outcome_at(entry.position)
            ranking_sheet.rows.append(
                [
                    entry.rank,
                    entry.submission.innovation.title,
                    entry.submission.unit.name,
                    entry.score,
                    *([entry.adjusted] if scored else []),
                    *method_cells(entry.submission.pk),
                    outcome,
                    yes_no(False),
                ]
            )
        tie_rows = _open_tie_rows(category, ranking.ties)
    about = [
        (_("Edition"), stage.competition.name),
        (_("Stage"), stage.name),
        (_("Category"), category.name),
        (_("Method"), method_label(stage)),
        (_("Ranked by"), _("the adjusted score") if ranking.ranks_by_adjusted else _("the score")),
        (_("How many advance"), ranking.cutoff),
    ]
    if results:
        review = DecisionReview.objects.filter(stage=stage, category=category).select_related("reviewed_by")
        about += [
            (
                _("Status"),
                _(
                    "Decided: rank, score, adjusted score and outcome are the stored decision; the "
                    "methods side by side and the judges' offsets are computed from today's counted sheets."
                ),
            ),
            (_("Decided by"), person(results[0].decided_by)),
            (_("Decided at"), local(results[0].decided_at)),
            (_("Changed since the decision"), yes_no(bool(decision_changes(stage, category)))),
            *(
                (
                    _("Kept after a change"),
                    f"{person(kept.reviewed_by)}, {local(kept.reviewed_at)}: {kept.note}",
                )
                for kept in review
            ),
        ]
    else:
        about.append((_("Status"), _("Not decided yet: the ranking as it stands.")))
    about.append((_("Exported at"), local(timezone.now())))
    return [
        ranking_sheet,
        _judge_sheet(ranking),
        _tie_sheet(tie_rows),
        Sheet(_("About"), [Column(_("Item"), 26), Column(_("Value"), 70)], [list(row) for row in about]),
    ]


def final_ranking_sheets(competition: Competition) -> list[Sheet]:
    """One sheet per category (`final_category_sheet`), then the ties of the awards: decided, or still to
    be placed."""
    sheets, open_ties = [], []
    for category in competition.categories.order_by("order", "pk"):
        sheet, ties = _final_category(competition, category)
        sheets.append(sheet)
        open_ties += ties
    decisions = list(
        TieDecision.objects.filter(awards__competition=competition)
        .select_related("category", "decided_by")
        .distinct()
        .order_by("category__order", "pk")
    )
    return [*sheets, _tie_sheet(_tie_decision_rows(decisions) + open_ties)]


def final_category_sheet(competition: Competition, category: Category) -> Sheet:
    """Each finalist's decided stage scores, the final score, whether it may win, and its prize with the
    amount: the awarded prize once the category's awards are decided, else the prize its place would
    carry ("to be decided" in a tie)."""
    return _final_category(competition, category)[0]


@dataclass
class FinalLine:
    """One entry of a category's final ranking with what it won: its award once the awards are decided,
    else the prize its place would carry (none while tied: the secretariat places the tie)."""

    rank: int | None
    submission: Submission
    stage_scores: dict[int, Decimal]
    final_score: Decimal | None
    eligible_to_win: bool
    award: Award | None
    prize: Prize | None
    in_tie: bool


def final_lines(competition: Competition, category: Category) -> tuple[FinalRanking, list[FinalLine]]:
    """The final ranking of a category, line by line, with the awards. An award whose entry the ranking
    does not reach (an edition's record entered without its stage results) is listed after it, with the
    rank and final score stored on the award."""
    ranking = final_ranking(competition, category)
    awards = {
        award.submission_id: award
        for award in Award.objects.filter(competition=competition, prize__category=category)
        .select_related("prize", "decided_by", "submission__innovation", "submission__unit")
        .order_by("prize__place")
    }
    lines = [
        FinalLine(
            rank=entry.rank,
            submission=entry.submission,
            stage_scores=entry.stage_scores,
            final_score=entry.final_score,
            eligible_to_win=entry.eligible_to_win,
            award=awards.get(entry.submission.pk),
            prize=awards[entry.submission.pk].prize
            if entry.submission.pk in awards
            else (None if awards or entry.in_tie else entry.prize),
            in_tie=entry.in_tie and not awards,
        )
        for entry in ranking.entries
    ]
    ranked = {line.submission.pk for line in lines}
    lines += [
        FinalLine(award.rank, award.submission, {}, award.final_score, True, award, award.prize, False)
        for pk, award in awards.items()
        if pk not in ranked
    ]
    return ranking, lines


def _final_category(competition: Competition, category: Category) -> tuple[Sheet, list[list]]:
    ranking, lines = final_lines(competition, category)
    sheet = Sheet(
        category.name,
        [
            Column(_("Rank"), 9, "0"),
            Column(_("Entry"), 36),
            Column(_("Unit"), 30),
            *(Column(f"{stage.name} ({stage.weight}%)", 14, SCORE_FORMAT) for stage in ranking.stages),
            Column(_("Final score"), 11, SCORE_FORMAT),
            Column(_("May win"), 9),
            Column(_("Prize"), 14),
            Column(_("Prize money (Rp)"), 14, RUPIAH_FORMAT),
            Column(_("Prize decided"), 11),
            Column(_("Tie decided by the secretariat"), 14),
        ],
    )
    for line in lines:
        sheet.rows.append(
            [
                line.rank,
                line.submission.innovation.title,
                line.submission.unit.name,
                *(line.stage_scores.get(stage.pk) for stage in ranking.stages),
                line.final_score,
                yes_no(line.eligible_to_win),
                _("to be decided") if line.in_tie else (line.prize.label if line.prize else ""),
                line.prize.amount if line.prize else None,
                yes_no(line.award is not None),
                yes_no(bool(line.award and line.award.tie_decision_id)),
            ]
        )
    decided = any(line.award for line in lines)
    return sheet, ([] if decided else _open_tie_rows(category, ranking.ties))
