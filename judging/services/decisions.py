"""The secretariat's decisions: the shortlist of a stage, reverting it, and the awards of a category.

Each decision reads the same ranking object the secretariat saw (`judging.ranking`), with its ties already
found, and applies the secretariat's placing of each tie through `apply_tie_choices`: the tie rule is
never spelled out here. Publishing the results is a status change of the edition
(`competitions.services.change_competition_status`).
"""

import datetime
from collections.abc import Mapping

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from competitions.background import after_commit
from competitions.errors import RuleViolation
from competitions.models import Category, Competition, Stage
from competitions.public_pages import public_content_changed
from competitions.services import record_event
from judging import emails
from judging.models import Award, DecisionReview, StageResult, TieDecision
from judging.ranking import TieChoice, apply_tie_choices, final_ranking, stage_ranking
from judging.ranking.ties import Placement
from judging.selectors import decision_changes


def _record_ties(
    placement: Placement, *, competition: Competition, category: Category, stage: Stage | None, by: User
) -> dict[int, TieDecision]:
    """One `TieDecision` per tie the secretariat placed; returns them by the entry ids they decided."""
    by_entry = {}
    for tie, choice in placement.decided:
        decision = TieDecision.objects.create(
            competition=competition,
            category=category,
            stage=stage,
            order=choice.order,
            places=tie.places_label[:200],
            reason=choice.reason,
            decided_by=by,
        )
        decision.entries.set(choice.order)
        by_entry.update(dict.fromkeys(choice.order, decision))
    return by_entry


def lock_edition(competition_id: int) -> Competition:
    """Decisions of one edition happen one at a time: a shortlist, its revert, the awards and publication
    each lock the edition's row first and then read everything afresh (a decision rests on the ones
    before it)."""
    return Competition.objects.select_for_update().get(pk=competition_id)


def current_results(stage: Stage, category: Category):
    return StageResult.objects.filter(stage=stage, submission__category=category, reverted_at__isnull=True)


def ensure_undecided(stage: Stage, category: Category) -> None:
    """What a decision rests on (sheets, visits, assignments) stays as it was decided: a change waits
    until the secretariat reverts the decision, so a decision never silently differs from its inputs."""
    if current_results(stage, category).exists():
        raise RuleViolation(
            _(
                "“%(stage)s” is already decided for %(category)s, so what it was decided on can no longer "
                "change. Ask the secretariat to revert that decision first."
            )
            % {"stage": stage.name, "category": category.name}
        )


@transaction.atomic
def advance_shortlist(
    *,
    stage: Stage,
    category: Category,
    by: User,
    tie_choices: Mapping[str, TieChoice] | None = None,
    now: datetime.datetime | None = None,
) -> list[StageResult]:
    """Write the stage's decision: every entry's score, rank and whether it advances ("Tetapkan 6 besar").

    Entries the chain cannot split share their rank; a tie across the cutoff is placed as the secretariat
    chose in `tie_choices` (by the tie's key), with the reason kept in a `TieDecision`.
    """
    lock_edition(stage.competition_id)
    # Waits for sheets, visits and assignments being saved in the stage (they hold it shared), so the
    # ranking below reads all of them; those that come after see the decision and are refused.
    stage = Stage.objects.select_for_update().select_related("competition").get(pk=stage.pk)
    if current_results(stage, category).exists():
        raise RuleViolation(
            _("This stage is already decided for %(category)s.") % {"category": category.name}
        )
    ranking = stage_ranking(stage, category)
    if ranking.problems:
        raise RuleViolation(ranking.problems)
    placement = apply_tie_choices(ranking.entries, ranking.ties, tie_choices or {})
    decisions = _record_ties(placement, competition=stage.competition, category=category, stage=stage, by=by)
    advancing = {entry.submission.pk for entry in placement.order[: ranking.cutoff]}
    public_content_changed()
    results = StageResult.objects.bulk_create(
        StageResult(
            stage=stage,
            submission=entry.submission,
            score=entry.score,
            adjusted_score=entry.adjusted,
            rank=entry.rank,
            outcome=StageResult.Outcome.ADVANCED
            if entry.submission.pk in advancing
            else StageResult.Outcome.ELIMINATED,
            tie_decision=decisions.get(entry.submission.pk),
            decided_by=by,
            decided_at=now or timezone.now(),
        )
        for entry in placement.order
    )
    record_event(
        stage,
        by=by,
        action="shortlist_decided",
        new=f"{category.name}: {len(advancing)}/{len(results)}",
        note="; ".join(choice.reason for _tie, choice in placement.decided),
        at=now,
    )
    for result in current_results(stage, category):
        after_commit(emails.send_stage_outcome, result.pk)
    return results


@transaction.atomic
def revert_shortlist(*, stage: Stage, category: Category, by: User, reason: str, now=None) -> int:
    """Undo a stage's decision for a category, with the reason; the results stay, marked reverted."""
    lock_edition(stage.competition_id)
    stage = Stage.objects.select_for_update().get(pk=stage.pk)
    if not reason.strip():
        raise RuleViolation(_("Give the reason for reverting the decision; it is logged."))
    later = StageResult.objects.filter(
        stage__competition=stage.competition_id,
        stage__order__gt=stage.order,
        submission__category=category,
        reverted_at__isnull=True,
    )
    if later.exists() or Award.objects.filter(prize__category=category).exists():
        raise RuleViolation(_("A later stage or the awards are already decided; revert those first."))
    count = current_results(stage, category).update(
        reverted_at=now or timezone.now(), reverted_by=by, revert_reason=reason.strip()
    )
    if not count:
        raise RuleViolation(_("There is no decision to revert."))
    public_content_changed()
    record_event(stage, by=by, action="shortlist_reverted", old=category.name, note=reason.strip())
    return count


@transaction.atomic
def decide_awards(
    *,
    competition: Competition,
    category: Category,
    by: User,
    tie_choices: Mapping[str, TieChoice] | None = None,
    now: datetime.datetime | None = None,
) -> list[Award]:
    """Give the category's prizes to the final ranking, place by place.

    Every tie between places that carry different prizes (and after the last prize) is placed as the
    secretariat chose, with the reason kept in a `TieDecision`. Entries that cannot win get nothing.
    """
    competition = lock_edition(competition.pk)
    if competition.results_are_published:
        raise RuleViolation(_("The results are published; they can no longer change."))
    ranking = final_ranking(competition, category)
    if ranking.problems:
        raise RuleViolation(ranking.problems)
    changed = [stage.name for stage in ranking.stages if decision_changes(stage, category)]
    if changed:
        raise RuleViolation(
            _("Changed since the decision: %(stages)s. Review those stages before deciding the awards.")
            % {"stages": ", ".join(changed)}
        )
    winners = [entry for entry in ranking.entries if entry.eligible_to_win]
    placement = apply_tie_choices(winners, ranking.ties, tie_choices or {})
    Award.objects.filter(competition=competition, prize__category=category).delete()
    decisions = _record_ties(placement, competition=competition, category=category, stage=None, by=by)
    public_content_changed()
    awards = Award.objects.bulk_create(
        Award(
            competition=competition,
            submission=entry.submission,
            prize=prize,
            final_score=entry.final_score,
            rank=entry.rank,
            tie_decision=decisions.get(entry.submission.pk),
            decided_by=by,
            decided_at=now or timezone.now(),
        )
        for prize, entry in zip(ranking.prizes, placement.order, strict=False)
    )
    record_event(
        competition,
        by=by,
        action="awards_decided",
        new=category.name,
        note="; ".join(f"{award.prize.label}: {award.submission}" for award in awards)
        + "".join(f" — {choice.reason}" for _tie, choice in placement.decided),
        at=now,
    )
    return awards


@transaction.atomic
def keep_decision(*, stage: Stage, category: Category, by: User, note: str) -> DecisionReview:
    """The secretariat saw that what a decision rested on changed, and keeps the decision: the numbers it
    saw and the reason are recorded, and the change is no longer flagged (until the numbers change again)."""
    lock_edition(stage.competition_id)
    if not note.strip():
        raise RuleViolation(_("Say why the decision is kept; it is recorded with the numbers you saw."))
    changes = decision_changes(stage, category)
    if not changes:
        raise RuleViolation(_("Nothing has changed since the decision."))
    previous = DecisionReview.objects.filter(stage=stage, category=category).first()
    snapshot = {
        **(previous.snapshot if previous else {}),
        **{str(c.submission.pk): c.snapshot for c in changes},
    }
    review = DecisionReview.objects.create(
        stage=stage, category=category, snapshot=snapshot, note=note.strip(), reviewed_by=by
    )
    record_event(stage, by=by, action="decision_kept", new=category.name, note=note.strip())
    return review
