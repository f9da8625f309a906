"""Editions: their status, and creating them from a template or from last year's edition."""

import datetime

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from competitions import emails
from competitions.background import after_commit
from competitions.edition_templates import EDITION_TEMPLATES, LEVELS
from competitions.errors import RuleViolation
from competitions.models import (
    PUBLISHED_STATUSES,
    Category,
    Competition,
    Criterion,
    Prize,
    ProposalSection,
    Requirement,
    Stage,
)
from competitions.rules import schedule_problems
from competitions.services.events import record_event

COMPETITION_STATUS_FLOW = {
    Competition.Status.DRAFT: {Competition.Status.OPEN},
    Competition.Status.OPEN: {Competition.Status.DRAFT, Competition.Status.JUDGING},
    Competition.Status.JUDGING: {Competition.Status.OPEN, Competition.Status.ANNOUNCED},
    Competition.Status.ANNOUNCED: {Competition.Status.ARCHIVED, Competition.Status.JUDGING},
    Competition.Status.ARCHIVED: {Competition.Status.ANNOUNCED},
}


def publication_problems(competition: Competition) -> list[str]:
    """Why the winners of `competition` cannot be announced yet (empty when they can).

    A category nobody entered has nothing to decide. Entries and awards are read through their relation
    names, so this app need not import the other apps.
    """
    undecided = (
        competition.categories.filter(submissions__isnull=False)
        .exclude(prizes__awards__isnull=False)
        .distinct()
        .order_by("order", "pk")
    )
    if undecided:
        return [
            _("Decide the awards of every category first: %(names)s.")
            % {"names": ", ".join(category.name for category in undecided)}
        ]
    return []


@transaction.atomic
def change_competition_status(
    *, competition: Competition, to: str, by: User | None, now: datetime.datetime | None = None
) -> Competition:
    """The one door for an edition's status, publication included.

    Announcing the winners ("announced") *is* publishing: it needs every category's awards and stamps the
    time. Leaving the published statuses (back to judging) takes the results off the public pages again.
    Whether results are public is read from the status alone (`Competition.results_are_published`).
    """
    competition = Competition.objects.select_for_update().get(pk=competition.pk)
    if to not in COMPETITION_STATUS_FLOW[competition.status]:
        raise RuleViolation(
            _("“%(name)s” cannot go from “%(old)s” to “%(new)s”.")
            % {
                "name": competition.name,
                "old": competition.get_status_display(),
                "new": Competition.Status(to).label,
            }
        )
    if to == Competition.Status.OPEN and not competition.categories.exists():
        raise RuleViolation(
            _("“%(name)s” has no category yet; add one before opening it.") % {"name": competition.name}
        )
    if to == Competition.Status.ANNOUNCED and competition.status not in PUBLISHED_STATUSES:
        problems = publication_problems(competition)
        if problems:
            raise RuleViolation(problems)
        competition.results_published_at = now or timezone.now()
    if to not in PUBLISHED_STATUSES:
        competition.results_published_at = None
    old = competition.status
    competition.status = to
    competition.save(update_fields=["status", "results_published_at", "updated_at"])
    record_event(competition, by=by, action="status_changed", old=old, new=to, at=now)
    if to == Competition.Status.ANNOUNCED and old not in PUBLISHED_STATUSES:
        after_commit(emails.send_results_announced, competition.pk)
    return competition


def _local_datetime(year: int, month_day: tuple[int, int], *, end_of_day: bool = False) -> datetime.datetime:
    clock = datetime.time(23, 59, 59) if end_of_day else datetime.time(0, 0)
    return timezone.make_aware(datetime.datetime.combine(datetime.date(year, *month_day), clock))


def _ensure_schedule_in_order(competition: Competition) -> None:
    """A new edition's stage dates keep the schedule rule, or nothing is created (the caller is atomic)."""
    problems = schedule_problems(competition, competition.stages.all())
    if problems:
        raise RuleViolation(problems)


def _unique_slug(base: str) -> str:
    slug, suffix = base, 2
    while Competition.objects.filter(slug=slug).exists():
        slug, suffix = f"{base}-{suffix}", suffix + 1
    return slug


@transaction.atomic
def create_edition_from_template(*, key: str, year: int, by: User | None) -> Competition:
    """A draft edition with the template's categories, prizes, stages, rubrics and required documents.

    The template's stage dates must keep the schedule rule for that year; otherwise nothing is created.
    """
    template = EDITION_TEMPLATES[key]
    opens, closes = template.registration
    competition = Competition.objects.create(
        name=f"{template.name} {year}",
        slug=_unique_slug(slugify(f"{template.name} {year}")),
        year=year,
        organiser=template.organiser,
        partner=template.partner,
        description=template.description,
        legal_basis=template.legal_basis,
        registration_opens_at=_local_datetime(year, opens),
        registration_closes_at=_local_datetime(year, closes, end_of_day=True),
        minimum_innovation_age_months=template.minimum_innovation_age_months,
    )
    for order, spec in enumerate(template.categories, start=1):
        category = Category.objects.create(
            competition=competition,
            name=spec.name,
            eligible_kinds=list(spec.eligible_kinds),
            shortlist_size=spec.shortlist_size,
            winners=spec.winners,
            honourable_mentions=spec.honourable_mentions,
            order=order,
        )
        Prize.objects.bulk_create(
            Prize(category=category, place=place, kind=kind, label=label, amount=amount, certificate=True)
            for place, kind, label, amount in spec.prizes
        )
    for order, spec in enumerate(template.stages, start=1):
        stage = Stage.objects.create(
            competition=competition,
            order=order,
            kind=spec.kind,
            name=spec.name,
            opens_at=_local_datetime(year, spec.starts),
            closes_at=_local_datetime(year, spec.ends, end_of_day=True),
            weight=spec.weight,
            shortlist_size=spec.shortlist_size,
        )
        Criterion.objects.bulk_create(
            Criterion(
                stage=stage,
                order=index,
                name=name,
                weight=weight,
                guidance=guidance,
                level_descriptors=LEVELS,
            )
            for index, (name, weight, guidance) in enumerate(spec.rubric, start=1)
        )
    _ensure_schedule_in_order(competition)
    requirements = Requirement.objects.bulk_create(
        Requirement(
            competition=competition, order=index, name=name, kind=kind, is_required=required, description=text
        )
        for index, (name, kind, required, text) in enumerate(template.requirements, start=1)
    )
    by_name = {requirement.name: requirement for requirement in requirements}
    for order, spec in enumerate(template.sections, start=1):
        section = ProposalSection.objects.create(
            competition=competition,
            order=order,
            key=spec.key,
            label=spec.label,
            guidance=spec.guidance,
            min_words=spec.min_words,
            word_limit=spec.word_limit,
            is_required=spec.is_required,
            profile_text=spec.profile_text,
        )
        section.requirements.set(by_name[name] for name in spec.requirements if name in by_name)
    record_event(competition, by=by, action="created_from_template", new=template.key)
    return competition


def _shift_years(moment: datetime.datetime, years: int) -> datetime.datetime:
    local = timezone.localtime(moment)
    try:
        return local.replace(year=local.year + years)
    except ValueError:  # 29 February
        return local.replace(year=local.year + years, day=28)


@transaction.atomic
def duplicate_edition(*, competition: Competition, year: int, by: User | None) -> Competition:
    """Next year's draft: everything of `competition` but its entries, scores and results.

    Refused, creating nothing, when the copied stage dates would break the schedule rule.
    """
    years = year - competition.year
    source_pk = competition.pk
    source = Competition.objects.prefetch_related(
        "categories__prizes", "stages__criteria", "requirements"
    ).get(pk=source_pk)
    name = (
        source.name.replace(str(source.year), str(year))
        if str(source.year) in source.name
        else f"{source.name} {year}"
    )
    copy = Competition.objects.get(pk=source_pk)
    copy.pk = None
    copy.name = name
    copy.slug = _unique_slug(slugify(name))
    copy.year = year
    copy.status = Competition.Status.DRAFT
    copy.results_published_at = None
    copy.registration_opens_at = _shift_years(source.registration_opens_at, years)
    copy.registration_closes_at = _shift_years(source.registration_closes_at, years)
    copy._state.adding = True
    copy.save()
    for category in source.categories.all():
        prizes = list(category.prizes.all())
        category.pk, category.competition = None, copy
        category._state.adding = True
        category.save()
        Prize.objects.bulk_create(
            Prize(
                category=category,
                place=prize.place,
                kind=prize.kind,
                label=prize.label,
                amount=prize.amount,
                certificate=prize.certificate,
            )
            for prize in prizes
        )
    for stage in source.stages.all():
        criteria = list(stage.criteria.all())
        stage.pk, stage.competition, stage.status = None, copy, Stage.Status.PENDING
        stage.opens_at, stage.closes_at = (
            _shift_years(stage.opens_at, years),
            _shift_years(stage.closes_at, years),
        )
        stage._state.adding = True
        stage.save()
        for criterion in criteria:
            criterion.pk, criterion.stage = None, stage
            criterion._state.adding = True
        Criterion.objects.bulk_create(criteria)
    _ensure_schedule_in_order(copy)
    requirements = list(source.requirements.all())
    copied: dict[int, Requirement] = {}
    for requirement in requirements:
        original_pk = requirement.pk
        requirement.pk, requirement.competition = None, copy
        requirement._state.adding = True
        copied[original_pk] = requirement
    Requirement.objects.bulk_create(requirements)
    for section in source.proposal_sections.prefetch_related("requirements"):
        linked = [copied[requirement.pk] for requirement in section.requirements.all()]
        section.pk, section.competition = None, copy
        section._state.adding = True
        section.save()
        section.requirements.set(linked)
    record_event(copy, by=by, action="duplicated", old=source.name, new=copy.name)
    return copy
