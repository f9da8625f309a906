"""The secretariat's decisions: the shortlist of a stage, reverting it, the awards and their publication."""

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from competitions.errors import RuleViolation
from competitions.models import Category, Competition, Stage
from competitions.services import record_event
from judging import emails
from judging.models import Award, StageResult
from judging.ranking import final_ranking, stage_ranking


def _resolve_cutoff(
    entries, cutoff: int, tied, chosen_ids: set[int] | None, reason: str
) -> tuple[set[int], str]:
    """The ids that make the cut. A tie across the cutoff needs the secretariat's choice and reason."""
    above = {entry.submission.pk for entry in entries[:cutoff]}
    if not tied:
        return above, ""
    tied_ids = {entry.submission.pk for entry in tied}
    places = len(above & tied_ids)
    if not chosen_ids:
        raise RuleViolation(
            _("%(count)d entries are tied at the cutoff for %(places)d place(s); choose and say why.")
            % {"count": len(tied), "places": places}
        )
    if not chosen_ids <= tied_ids or len(chosen_ids) != places:
        raise RuleViolation(_("Choose exactly %(places)d of the tied entries.") % {"places": places})
    if not reason.strip():
        raise RuleViolation(_("Give the reason for the choice at the tie; it is kept with the decision."))
    return (above - tied_ids) | chosen_ids, reason.strip()


@transaction.atomic
def advance_shortlist(
    *, stage: Stage, category: Category, by: User, chosen_ids: set[int] | None = None, reason: str = ""
) -> list[StageResult]:
    """Write the stage's decision: every entry's score, rank and whether it advances ("Tetapkan 6 besar")."""
    stage = Stage.objects.select_for_update().get(pk=stage.pk)
    if StageResult.objects.filter(
        stage=stage, submission__category=category, reverted_at__isnull=True
    ).exists():
        raise RuleViolation(
            _("This stage is already decided for %(category)s.") % {"category": category.name}
        )
    ranking = stage_ranking(stage, category)
    if not ranking.complete:
        raise RuleViolation(_("Some score sheets or visits are still missing; see the ranking page."))
    advancing, note = _resolve_cutoff(
        ranking.entries, ranking.cutoff, ranking.unresolved_tie, chosen_ids, reason
    )
    tied_ids = {entry.submission.pk for entry in ranking.unresolved_tie}
    results = StageResult.objects.bulk_create(
        StageResult(
            stage=stage,
            submission=entry.submission,
            score=entry.score,
            normalised_score=entry.normalised,
            rank=entry.rank,
            outcome=StageResult.Outcome.ADVANCED
            if entry.submission.pk in advancing
            else StageResult.Outcome.ELIMINATED,
            tie_break_note=note if entry.submission.pk in tied_ids else "",
            decided_by=by,
        )
        for entry in ranking.entries
    )
    record_event(
        stage,
        by=by,
        action="shortlist_decided",
        new=f"{category.name}: {len(advancing)}/{len(results)}",
        note=note,
    )
    for result in StageResult.objects.filter(
        stage=stage, submission__category=category, reverted_at__isnull=True
    ):
        transaction.on_commit(lambda result_id=result.pk: emails.send_stage_outcome(result_id), robust=True)
    return results


@transaction.atomic
def revert_shortlist(*, stage: Stage, category: Category, by: User, reason: str) -> int:
    if not reason.strip():
        raise RuleViolation(_("Give the reason for reverting the decision; it is logged."))
    later = StageResult.objects.filter(
        stage__competition=stage.competition,
        stage__order__gt=stage.order,
        submission__category=category,
        reverted_at__isnull=True,
    )
    if later.exists():
        raise RuleViolation(_("A later stage is already decided; revert that one first."))
    count = StageResult.objects.filter(
        stage=stage, submission__category=category, reverted_at__isnull=True
    ).update(reverted_at=timezone.now(), reverted_by=by, revert_reason=reason.strip())
    if not count:
        raise RuleViolation(_("There is no decision to revert."))
    record_event(stage, by=by, action="shortlist_reverted", old=category.name, note=reason.strip())
    return count


def _tied_at(entries, boundary: int) -> list:
    """Entries sharing the tie values of the last place above `boundary` with the first place below it."""
    if boundary < 1 or len(entries) <= boundary:
        return []
    above, below = entries[boundary - 1], entries[boundary]
    if above.tie_values != below.tie_values:
        return []
    return [entry for entry in entries if entry.tie_values == above.tie_values]


def award_cutoff_tie(entries, *, winners: int, prize_count: int) -> tuple[int, list]:
    """The first award cutoff with a tie the chain cannot split, and the tied entries (none: no tie)."""
    for boundary in (min(winners, prize_count), prize_count):
        tied = _tied_at(entries, boundary)
        if tied:
            return boundary, tied
    return prize_count, []


@transaction.atomic
def decide_awards(
    *,
    competition: Competition,
    category: Category,
    by: User,
    chosen_ids: set[int] | None = None,
    reason: str = "",
) -> list[Award]:
    """Give the category's prizes to the final ranking, place by place.

    Two places are cutoffs where a tie the chain cannot split needs the secretariat's choice: between the
    last winner and the first honourable mention (prize money stops there) and after the last prize.
    """
    Competition.objects.select_for_update().get(pk=competition.pk)
    if competition.results_published_at:
        raise RuleViolation(_("The results are published; they can no longer change."))
    entries = [entry for entry in final_ranking(competition, category) if entry.eligible_to_win]
    prizes = list(category.prizes.order_by("place"))
    boundary, tied = award_cutoff_tie(entries, winners=category.winners, prize_count=len(prizes))
    above, note = _resolve_cutoff(entries, boundary, tied, chosen_ids, reason)
    ordered = [entry for entry in entries if entry.submission.pk in above] + [
        entry for entry in entries if entry.submission.pk not in above
    ]
    Award.objects.filter(competition=competition, prize__category=category).delete()
    awards = Award.objects.bulk_create(
        Award(
            competition=competition,
            submission=entry.submission,
            prize=prize,
            final_score=entry.final_score,
            decided_by=by,
        )
        for prize, entry in zip(prizes, ordered, strict=False)
    )
    record_event(
        competition,
        by=by,
        action="awards_decided",
        new=category.name,
        note="; ".join(f"{award.prize.label}: {award.submission}" for award in awards)
        + (f" — {note}" if note else ""),
    )
    return awards


@transaction.atomic
def publish_results(*, competition: Competition, by: User) -> Competition:
    competition = Competition.objects.select_for_update().get(pk=competition.pk)
    missing = [
        category.name
        for category in competition.categories.all()
        if not Award.objects.filter(competition=competition, prize__category=category).exists()
    ]
    if missing:
        raise RuleViolation(
            _("Decide the awards of every category first: %(names)s.") % {"names": ", ".join(missing)}
        )
    competition.results_published_at = timezone.now()
    old = competition.status
    competition.status = Competition.Status.ANNOUNCED
    competition.save(update_fields=["results_published_at", "status", "updated_at"])
    record_event(competition, by=by, action="results_published", old=old, new=competition.status)
    transaction.on_commit(lambda: emails.send_results_published(competition.pk), robust=True)
    return competition
