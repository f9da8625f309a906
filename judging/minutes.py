"""The berita acara (minutes) of a decision, as a PDF for the jury to sign (reportlab's page layout).

- `stage_minutes_pdf`: a decided scored or verification stage in one category — the stored decision
  (`StageResult`): the date and who recorded it, the method, the cutoff, the ranking, every tie decided
  with its reason, any decision kept after a change, and the stage's judges as signatories.
- `final_minutes_pdf`: the awards of one category — the final ranking with the prizes, the ties, the
  reviews of the stages it adds up, and as signatories the panel of the last scored stage before the final.

Everything is written in the portal's own language (`LANGUAGE_CODE`, Indonesian), whoever downloads it: it
is the city's record.
"""

import io
from collections.abc import Iterable
from dataclasses import dataclass
from xml.sax.saxutils import escape

from django.conf import settings
from django.contrib.auth.models import User
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from competitions.formatting import format_score
from competitions.models import Category, Competition, Stage
from competitions.templatetags.portal_format import rupiah
from judging.exports import final_lines, method_label, person
from judging.models import DecisionReview, FieldVisit, Panel, StageResult, TieDecision
from judging.ranking.common import DECIDING_KINDS
from submissions.models import Submission

STYLES = getSampleStyleSheet()
TITLE = ParagraphStyle("MinutesTitle", parent=STYLES["Title"], fontName="Helvetica-Bold", fontSize=15)
SUBTITLE = ParagraphStyle("MinutesSubtitle", parent=STYLES["Normal"], alignment=TA_CENTER, fontSize=11)
HEADING = ParagraphStyle("MinutesHeading", parent=STYLES["Heading2"], fontSize=11.5, spaceBefore=10)
BODY = ParagraphStyle("MinutesBody", parent=STYLES["Normal"], fontSize=9.5, leading=12.5)
CELL = ParagraphStyle("MinutesCell", parent=BODY, fontSize=8.5, leading=10.5)
GRID = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf2")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
    ]
)


def _p(text, style=BODY) -> Paragraph:
    """A paragraph of plain text: names and reasons typed by people are escaped, never read as markup."""
    return Paragraph(escape(str(text)), style)


def _moment(value) -> str:
    return formats.date_format(timezone.localtime(value), "j F Y, H:i") if value else "—"


def _score(value) -> str:
    return format_score(value) if value is not None else "—"


def _facts(rows: list[tuple[str, str]]) -> Table:
    table = Table(
        [[_p(label, CELL), _p(value, CELL)] for label, value in rows], colWidths=[4.2 * cm, 12.8 * cm]
    )
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


def _grid(header: list[str], rows: list[list], widths: list[float]) -> Table:
    table = Table(
        [[_p(cell, CELL) for cell in header], *([_p(cell, CELL) for cell in row] for row in rows)],
        colWidths=[width * cm for width in widths],
        repeatRows=1,
    )
    table.setStyle(GRID)
    return table


def _entry(submission: Submission) -> str:
    return f"{submission.innovation.title} ({submission.unit.display_name})"


def _tie_section(decisions: list[TieDecision]) -> list:
    """Every tie the secretariat placed: the places at stake, the order chosen, the reason, who, when."""
    flow = [_p(_("Ties decided by the secretariat"), HEADING)]
    if not decisions:
        return [*flow, _p(_("No tie had to be decided."))]
    entries = Submission.objects.select_related("innovation", "unit").in_bulk(
        [pk for decision in decisions for pk in decision.order]
    )
    for decision in decisions:
        order = "; ".join(
            f"{place}. {_entry(entries[pk])}"
            for place, pk in enumerate(decision.order, start=1)
            if pk in entries
        )
        flow.append(
            _p(
                _(
                    "Tie for %(places)s, decided by %(who)s on %(when)s. Order chosen: %(order)s. "
                    "Reason: %(reason)s"
                )
                % {
                    "places": decision.places,
                    "who": person(decision.decided_by),
                    "when": _moment(decision.decided_at),
                    "order": order,
                    "reason": decision.reason,
                }
            )
        )
    return flow


def _review_section(reviews: Iterable[DecisionReview]) -> list:
    """Decisions the secretariat kept after what they rested on changed, with the reason."""
    reviews = list(reviews)
    if not reviews:
        return []
    return [
        _p(_("Decisions kept after a change"), HEADING),
        *(
            _p(
                _("%(stage)s: after a change, %(who)s kept the decision on %(when)s. Reason: %(note)s")
                % {
                    "stage": review.stage.name,
                    "who": person(review.reviewed_by),
                    "when": _moment(review.reviewed_at),
                    "note": review.note,
                }
            )
            for review in reviews
        ),
    ]


def _signatures(intro: str, judges: list[User]) -> list:
    """The signatories: each name with a line to sign."""
    rows = [[str(number), person(judge), ""] for number, judge in enumerate(judges, start=1)]
    table = Table(
        [[_p(_("No."), CELL), _p(_("Name"), CELL), _p(_("Signature"), CELL)], *rows],
        colWidths=[1.2 * cm, 8.8 * cm, 7 * cm],
        rowHeights=[None] + [1.1 * cm] * len(rows),
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("FONTSIZE", (0, 1), (-1, -1), 9.5),
                ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (2, 1), (2, -1), 0.6, colors.black),
                ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.grey),
            ]
        )
    )
    names = table if rows else _p(_("No judge is recorded for it."))
    closing = _p(_("These minutes are drawn up to be used as appropriate."))
    return [
        Spacer(1, 8),
        closing,
        KeepTogether([_p(_("Signatories"), HEADING), _p(intro), Spacer(1, 4), names]),
    ]


@dataclass
class _Document:
    title: str
    subtitle: str
    footer: str


def _pdf(document: _Document, flow: list) -> bytes:
    buffer = io.BytesIO()

    def page_footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.setFillColor(colors.grey)
        canvas.drawString(2 * cm, 1.2 * cm, document.footer)
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, _("Page %(page)d") % {"page": doc.page})
        canvas.restoreState()

    pdf = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=1.8 * cm,
        bottomMargin=2 * cm,
        title=f"{document.title} – {document.subtitle}",
        author=document.footer,
    )
    pdf.build(
        [_p(document.title, TITLE), _p(document.subtitle, SUBTITLE), Spacer(1, 12), *flow],
        onFirstPage=page_footer,
        onLaterPages=page_footer,
    )
    return buffer.getvalue()


def stage_signatories(stage: Stage, category: Category) -> list[User]:
    """The judges of the stage and category: its panel and every judge assigned to one of its entries; in a
    field verification without a panel, whoever recorded the visits."""
    judges = {
        panel.judge for panel in Panel.objects.filter(stage=stage, category=category).select_related("judge")
    }
    judges |= {
        assignment.judge
        for assignment in stage.assignments.filter(
            submission__category=category, removed_at__isnull=True
        ).select_related("judge")
    }
    if not judges and stage.kind == Stage.Kind.VERIFICATION:
        judges = {
            visit.recorded_by
            for visit in FieldVisit.objects.filter(stage=stage, submission__category=category).select_related(
                "recorded_by"
            )
        }
    return sorted(judges, key=lambda judge: (person(judge).lower(), judge.pk))


def stage_minutes_pdf(stage: Stage, category: Category) -> bytes | None:
    """The minutes of a stage's decision in a category, or None while it is not decided."""
    results = list(
        StageResult.objects.filter(stage=stage, submission__category=category, reverted_at__isnull=True)
        .select_related("submission__innovation", "submission__unit", "decided_by", "tie_decision")
        .order_by("rank", "outcome", "pk")
    )
    if not results:
        return None
    competition = stage.competition
    adjusted = stage.kind == Stage.Kind.SCORED and competition.rank_by_adjusted
    with translation.override(settings.LANGUAGE_CODE):
        decided = results[0]
        advanced = sum(1 for result in results if result.outcome == StageResult.Outcome.ADVANCED)
        method = method_label(stage)
        if adjusted:
            method += "; " + _("ranked by the adjusted score (each judge's leniency corrected)")
        header = [_("Rank"), _("Entry"), _("Unit"), _("Score")]
        widths = [1.9, 6.3, 4.0, 1.8]
        if adjusted:
            header.append(_("Adjusted"))
            widths = [1.9, 5.0, 3.5, 1.8, 1.8]
        header.append(_("Outcome"))
        widths.append(3.0)
        rows = [
            [
                str(result.rank),
                result.submission.innovation.title + (" *" if result.tie_decision_id else ""),
                result.submission.unit.name,
                _score(result.score),
                *([_score(result.adjusted_score)] if adjusted else []),
                result.get_outcome_display(),
            ]
            for result in results
        ]
        cutoff = stage.shortlist_size or category.shortlist_size
        flow = [
            _p(
                _(
                    "On %(when)s the secretariat of %(edition)s decided the result of the stage “%(stage)s” "
                    "for the category %(category)s, as recorded below."
                )
                % {
                    "when": _moment(decided.decided_at),
                    "edition": competition.name,
                    "stage": stage.name,
                    "category": category.name,
                }
            ),
            Spacer(1, 6),
            _facts(
                [
                    (_("Edition"), competition.name),
                    (_("Organiser"), competition.organiser),
                    (_("Stage"), stage.name),
                    (_("Category"), category.name),
                    (_("Decided on"), _moment(decided.decided_at)),
                    (_("Recorded by"), person(decided.decided_by)),
                    (_("Method"), method),
                    (
                        _("Cutoff"),
                        _("The first %(cutoff)d advance; %(advanced)d of %(count)d entries advanced.")
                        % {"cutoff": cutoff, "advanced": advanced, "count": len(results)},
                    ),
                ]
            ),
            _p(_("Ranking"), HEADING),
            _grid(header, rows, widths),
            _p(_("* placed by a tie decision of the secretariat (below)."), CELL)
            if any(result.tie_decision_id for result in results)
            else Spacer(1, 0),
        ]
        decisions = list(
            TieDecision.objects.filter(stage_results__in=results)
            .select_related("decided_by")
            .distinct()
            .order_by("pk")
        )
        flow += _tie_section(decisions)
        flow += _review_section(
            DecisionReview.objects.filter(stage=stage, category=category)
            .select_related("stage", "reviewed_by")
            .order_by("reviewed_at", "pk")
        )
        flow += _signatures(
            _("The judges of the stage “%(stage)s”, category %(category)s:")
            % {"stage": stage.name, "category": category.name},
            stage_signatories(stage, category),
        )
        return _pdf(
            _Document(
                title=_("MINUTES"),
                subtitle=_("Decision of the stage “%(stage)s” · category %(category)s")
                % {"stage": stage.name, "category": category.name},
                footer=f"{competition.name} · {stage.name} · {category.name}",
            ),
            flow,
        )


def final_signatories(competition: Competition, category: Category) -> tuple[str, list[User]]:
    """Who signs the awards' minutes, and how the minutes say so: the judges of the last scored stage before
    the final (the panel that saw the finalists last); all the edition's judges when it has none."""
    final = competition.stages.filter(kind=Stage.Kind.FINAL).order_by("order").first()
    scored = competition.stages.filter(kind=Stage.Kind.SCORED)
    if final is not None:
        scored = scored.filter(order__lt=final.order)
    last = scored.order_by("-order").first()
    judges = stage_signatories(last, category) if last is not None else []
    if judges:
        return (
            _(
                "The judges of the last scored stage, “%(stage)s”, category %(category)s, who judged the "
                "finalists last:"
            )
            % {"stage": last.name, "category": category.name},
            judges,
        )
    everyone = {
        panel.judge for panel in Panel.objects.filter(stage__competition=competition).select_related("judge")
    }
    return (
        _("Every judge of the edition (no scored stage has judges in this category):"),
        sorted(everyone, key=lambda judge: (person(judge).lower(), judge.pk)),
    )


def final_minutes_pdf(competition: Competition, category: Category) -> bytes | None:
    """The minutes of a category's awards, or None while they are not decided."""
    ranking, lines = final_lines(competition, category)
    awards = [line.award for line in lines if line.award is not None]
    if not awards:
        return None
    with translation.override(settings.LANGUAGE_CODE):
        decided = min(awards, key=lambda award: award.decided_at)
        stages = ", ".join(f"{stage.name} ({stage.weight}%)" for stage in ranking.stages) or "—"
        method = _(
            "Final score = sum of (stage weight × stage score) ÷ sum of the weights, from the decided stage "
            "results: %(stages)s."
        ) % {"stages": stages}
        if competition.rank_by_adjusted:
            method += " " + _("Scored stages count with their adjusted score.")
        rows = []
        for line in lines:
            prize = ""
            if line.award is not None:
                prize = line.prize.label + (f" · {rupiah(line.prize.amount)}" if line.prize.amount else "")
            elif not line.eligible_to_win:
                prize = _("cannot win: failed field verification")
            rows.append(
                [
                    str(line.rank or "—"),
                    line.submission.innovation.title
                    + (" *" if line.award and line.award.tie_decision_id else ""),
                    line.submission.unit.name,
                    _score(line.final_score),
                    prize,
                ]
            )
        prizes = "; ".join(
            f"{prize.label}{f' ({rupiah(prize.amount)})' if prize.amount else ''}" for prize in ranking.prizes
        )
        flow = [
            _p(
                _(
                    "On %(when)s the secretariat of %(edition)s decided the winners of the category "
                    "%(category)s, as recorded below."
                )
                % {
                    "when": _moment(decided.decided_at),
                    "edition": competition.name,
                    "category": category.name,
                }
            ),
            Spacer(1, 6),
            _facts(
                [
                    (_("Edition"), competition.name),
                    (_("Organiser"), competition.organiser),
                    (_("Category"), category.name),
                    (_("Decided on"), _moment(decided.decided_at)),
                    (_("Recorded by"), person(decided.decided_by)),
                    (_("Method"), method),
                    (_("Prizes"), prizes or "—"),
                ]
            ),
            _p(_("Final ranking"), HEADING),
            _grid(
                [_("Rank"), _("Entry"), _("Unit"), _("Final score"), _("Prize")],
                rows,
                [1.9, 5.5, 3.8, 2.0, 3.8],
            ),
            _p(_("* placed by a tie decision of the secretariat (below)."), CELL)
            if any(award.tie_decision_id for award in awards)
            else Spacer(1, 0),
        ]
        decisions = list(
            TieDecision.objects.filter(awards__in=awards)
            .select_related("decided_by")
            .distinct()
            .order_by("pk")
        )
        flow += _tie_section(decisions)
        flow += _review_section(
            DecisionReview.objects.filter(
                stage__in=[stage for stage in competition.stages.all() if stage.kind in DECIDING_KINDS],
                category=category,
            )
            .select_related("stage", "reviewed_by")
            .order_by("stage__order", "reviewed_at", "pk")
        )
        flow += _signatures(*final_signatories(competition, category))
        return _pdf(
            _Document(
                title=_("MINUTES"),
                subtitle=_("Decision of the winners · category %(category)s") % {"category": category.name},
                footer=f"{competition.name} · {category.name}",
            ),
            flow,
        )
