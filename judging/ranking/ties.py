"""The tie rule, in one place for every ranking and every decision (README, "How scores are computed").

Entries are ordered by their ranking score, then by each key of the edition's tie-break chain in turn; a
missing value always comes last. Entries equal on all of these are tied: they share a rank (3, 3, 5), and
they are listed by id only so the page shows them the same way every time.

A tie matters when the places the tied entries occupy carry different outcomes: the shortlist cutoff
(advances / eliminated), or two places with different prizes (Juara 1 / Juara 2, Juara 3 / Harapan 1, the
last prize / no prize). Such a tie is never settled by the order of ids: the secretariat places the tied
entries and gives the reason (a `TieChoice`), and the decision services apply it with `apply_tie_choices`.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from competitions.errors import RuleViolation
from competitions.models import Competition

TieBreak = Competition.TieBreak
# For each tie-break key: True when the higher value wins, False when the lower one (an earlier time) wins.
HIGHER_WINS = {
    TieBreak.LAST_STAGE: True,
    TieBreak.HEAVIEST_CRITERION: True,
    TieBreak.EARLIEST_SUBMISSION: False,
}


def chain_of(competition: Competition) -> list[str]:
    """The edition's tie-break keys, in order, leaving out anything that is not a known key."""
    return [key for key in competition.tie_break_chain or [] if key in HIGHER_WINS]


def tie_values(score, chain: list[str], *, last_stage, heaviest, submitted_at) -> tuple:
    """The ranking score, then the entry's value for each key of the chain, in order."""
    keys = {
        TieBreak.LAST_STAGE: last_stage,
        TieBreak.HEAVIEST_CRITERION: heaviest,
        TieBreak.EARLIEST_SUBMISSION: submitted_at,
    }
    return (score, *(keys[key] for key in chain))


@dataclass
class Tie:
    """Tied entries whose places carry different outcomes; the secretariat must place them."""

    entries: list
    first_place: int
    outcomes: list[str]  # the outcome of each place the tied entries occupy, best first

    @property
    def key(self) -> str:
        """Names the tie in a form: the first place it occupies."""
        return str(self.first_place)

    @property
    def last_place(self) -> int:
        return self.first_place + len(self.entries) - 1

    @property
    def choices(self) -> list[tuple[int, str, int]]:
        """The distinct outcomes at stake, best first: (index, label, how many of the tied entries get it)."""
        distinct: list[str] = []
        for outcome in self.outcomes:
            if outcome not in distinct:
                distinct.append(outcome)
        return [(index, label, self.outcomes.count(label)) for index, label in enumerate(distinct)]

    @property
    def places_label(self) -> str:
        return " / ".join(label for _index, label, _count in self.choices)

    @property
    def submission_ids(self) -> list[int]:
        return [entry.submission.pk for entry in self.entries]


@dataclass
class TieChoice:
    """The secretariat's placing of one tie: the tied entries' ids best first, and why."""

    order: list[int]
    reason: str


@dataclass
class Placement:
    """The order a decision applies, and for each tie that needed one, the choice it took."""

    order: list = field(default_factory=list)
    decided: list[tuple[Tie, TieChoice]] = field(default_factory=list)


def order_entries(entries: list, chain: list[str]) -> None:
    """Sort `entries` in place and give each its `position` (1, 2, 3 …) and shared `rank` (1, 2, 2, 4).

    Entries that cannot win come after every other; then the higher ranking score; then each key of the
    chain in turn. Each entry needs `tie_values` (from `tie_values`), `submission`, and may have
    `eligible_to_win`.
    """
    higher_wins = (True, *(HIGHER_WINS[key] for key in chain))

    def sort_key(entry) -> tuple:
        values = tuple(
            (1, 0) if value is None else (0, -value if higher else value)
            for value, higher in zip(entry.tie_values, higher_wins, strict=True)
        )
        return (not getattr(entry, "eligible_to_win", True), values, entry.submission.pk)

    entries.sort(key=sort_key)
    previous = None
    for position, entry in enumerate(entries, start=1):
        entry.position = position
        group = _group(entry)
        entry.rank = previous.rank if previous is not None and _group(previous) == group else position
        previous = entry


def _group(entry) -> tuple:
    return (getattr(entry, "eligible_to_win", True), entry.tie_values)


def ties_across(entries: list, outcome_at: Callable[[int], str]) -> list[Tie]:
    """The groups of tied entries (already ordered) whose places do not all share one outcome."""
    ties, start = [], 0
    while start < len(entries):
        end = start
        while end + 1 < len(entries) and _group(entries[end + 1]) == _group(entries[start]):
            end += 1
        if end > start:
            group = entries[start : end + 1]
            outcomes = [outcome_at(entry.position) for entry in group]
            if len(set(outcomes)) > 1:
                for entry in group:
                    entry.in_tie = True
                ties.append(Tie(entries=group, first_place=group[0].position, outcomes=outcomes))
        start = end + 1
    return ties


def apply_tie_choices(entries: list, ties: list[Tie], choices: Mapping[str, TieChoice]) -> Placement:
    """The entries in the order a decision uses: the ranking's, with each tie placed as the secretariat chose.

    Refuses, with what to do, when a tie has no choice, a choice does not place exactly the tied entries, or
    a choice has no reason.
    """
    problems, placement, replaced = [], Placement(), {}
    for tie in ties:
        choice = choices.get(tie.key)
        if choice is None:
            problems.append(
                _("Entries are tied for %(places)s: place them and give the reason.")
                % {"places": tie.places_label}
            )
            continue
        if sorted(choice.order) != sorted(tie.submission_ids):
            problems.append(
                _("For the tie for %(places)s, give each place at stake to as many tied entries as it has.")
                % {"places": tie.places_label}
            )
            continue
        if not choice.reason.strip():
            problems.append(
                _("Give the reason for the choice at the tie for %(places)s; it is kept with the decision.")
                % {"places": tie.places_label}
            )
            continue
        by_id = {entry.submission.pk: entry for entry in tie.entries}
        replaced[tie.first_place] = [by_id[pk] for pk in choice.order]
        placement.decided.append((tie, TieChoice(list(choice.order), choice.reason.strip())))
    if problems:
        raise RuleViolation(problems)
    position = 0
    while position < len(entries):
        entry = entries[position]
        placed = replaced.get(entry.position)
        if placed is not None:
            placement.order.extend(placed)
            position += len(placed)
        else:
            placement.order.append(entry)
            position += 1
    return placement


def order_from_outcomes(tie: Tie, chosen: Mapping[int, int]) -> list[int]:
    """The tied entries' ids best first, from the outcome index the secretariat picked for each one.

    Entries given the same outcome keep the ranking's order between them. A missing pick sorts last (the
    check in `apply_tie_choices` then refuses the incomplete placing).
    """
    indexes = {choice_index for choice_index, _label, _count in tie.choices}
    picked = [(chosen.get(pk), pk) for pk in tie.submission_ids]
    if any(index not in indexes for index, _pk in picked):
        return []
    counts = {index: count for index, _label, count in tie.choices}
    if any(sum(1 for index, _pk in picked if index == wanted) != n for wanted, n in counts.items()):
        return []
    return [pk for _index, pk in sorted(picked, key=lambda item: item[0])]
