"""The rules an edition's set-up must follow, as plain functions of its data: each rule's one home.

The admin's forms ask them with the values as typed (unsaved instances), the services with the stored rows
(creating an edition, opening a stage), so a form never accepts what a service would refuse. The functions
only read attributes and never touch the database.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Problem:
    """One thing wrong, in words for the secretariat.

    `subject` is the row it is about (None for the whole), `field` the field a form shows it on; a
    `RuleViolation` made of problems shows their messages.
    """

    message: str
    subject: Any = None
    field: str | None = None

    def __str__(self) -> str:
        return self.message


def rubric_problems(criteria: Iterable[Any]) -> list[Problem]:
    """A scored stage's rubric: each criterion's range goes up, and the weights add up to 100%.

    `criteria` are `Criterion` rows or unsaved instances (anything with `name`, `weight`, `min_score` and
    `max_score`); a missing weight counts as 0.
    """
    criteria = list(criteria)
    problems = [
        Problem(
            _("“%(criterion)s”: the highest score must be above the lowest score.")
            % {"criterion": criterion.name},
            subject=criterion,
            field="max_score",
        )
        for criterion in criteria
        if criterion.min_score is not None
        and criterion.max_score is not None
        and criterion.max_score <= criterion.min_score
    ]
    total = sum(criterion.weight or 0 for criterion in criteria)
    if total != 100:
        problems.append(
            Problem(
                _("The criteria weigh %(total)d%% in total; they must add up to 100%%.") % {"total": total}
            )
        )
    return problems


def schedule_problems(competition: Any, stages: Iterable[Any]) -> list[Problem]:
    """An edition's stage dates: each stage closes after it opens, none starts before registration opens,
    and, taken by their (distinct) order numbers, none starts before the stage before it.

    `stages` are all the edition's `Stage` rows or unsaved instances (anything with `name`, `order`,
    `opens_at` and `closes_at`); a value not given yet is not checked.
    """
    stages = list(stages)
    registration_opens = competition.registration_opens_at
    problems = []
    for stage in stages:
        if stage.opens_at and stage.closes_at and stage.closes_at <= stage.opens_at:
            problems.append(
                Problem(
                    _("“%(stage)s” must close after it opens.") % {"stage": stage.name},
                    subject=stage,
                    field="closes_at",
                )
            )
        if stage.opens_at and registration_opens and stage.opens_at < registration_opens:
            problems.append(
                Problem(
                    _("“%(stage)s” cannot start before registration opens.") % {"stage": stage.name},
                    subject=stage,
                    field="opens_at",
                )
            )
    numbered = sorted((stage for stage in stages if stage.order is not None), key=lambda stage: stage.order)
    if len({stage.order for stage in numbered}) != len(numbered):
        problems.append(Problem(_("Two stages have the same order number.")))
    dated = [stage for stage in numbered if stage.opens_at]
    for earlier, later in pairwise(dated):
        if later.opens_at < earlier.opens_at:
            problems.append(
                Problem(
                    _("“%(stage)s” starts before the stage before it, “%(previous)s”.")
                    % {"stage": later.name, "previous": earlier.name},
                    subject=later,
                    field="opens_at",
                )
            )
    return problems


def certificate_problems(competition: Any) -> list[Problem]:
    """Why the edition's piagam (certificates) cannot be issued yet: they certify published results, and
    they print the signing official's name and title (the NIP is optional: an elected official has none)."""
    problems = []
    if not competition.results_are_published:
        problems.append(Problem(_("Certificates are issued once the results are published.")))
    if not (competition.certificate_signer_name.strip() and competition.certificate_signer_title.strip()):
        problems.append(
            Problem(
                _("Fill in the certificate signer's name and title on the edition first."),
                field="certificate_signer_name",
            )
        )
    return problems
