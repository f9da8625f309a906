"""Read queries of the competitions app."""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple

from django.contrib.auth.models import User
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Model, Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext

from competitions.models import (
    PUBLISHED_STATUSES,
    Category,
    Competition,
    Event,
    Prize,
    Requirement,
    Stage,
    Unit,
)
from competitions.permissions import operator_unit_ids


def units_for_operator(user: User) -> QuerySet[Unit]:
    return Unit.objects.filter(pk__in=operator_unit_ids(user)).select_related("parent")


def administrative_check_is_open(competition: Competition) -> bool:
    """Whether entries of `competition` may still be (re)submitted and checked: true until its
    administrative stage is closed, and always for an edition without one.

    Reads `competition.stages.all()`, so a page listing many entries prefetches `competition__stages`.
    """
    administrative = [stage for stage in competition.stages.all() if stage.kind == Stage.Kind.ADMINISTRATIVE]
    return not administrative or any(stage.status != Stage.Status.CLOSED for stage in administrative)


# Public pages: what anyone may see of the published editions.


def public_competitions() -> QuerySet[Competition]:
    """Every published edition (anything but a draft), newest year first, with categories and stages.

    Three queries whatever the number of editions: the editions, then their categories and stages.
    """
    return (
        Competition.objects.exclude(status=Competition.Status.DRAFT)
        .order_by("-year", "name")
        .prefetch_related(
            Prefetch("categories", queryset=Category.objects.order_by("order", "pk")),
            Prefetch("stages", queryset=stages_with_decisions().order_by("order")),
        )
    )


def stages_with_decisions() -> QuerySet[Stage]:
    """Stages with the number of categories their decision covers (current stage results, read through the
    relation name so this app need not import the judging app)."""
    return Stage.objects.annotate(
        decided_categories=Count(
            "results__submission__category",
            filter=Q(results__reverted_at__isnull=True),
            distinct=True,
        )
    )


def competition_for_public_page(slug: str) -> Competition:
    """One published edition with everything its public page shows; 404 for a draft or an unknown slug."""
    queryset = public_competitions().prefetch_related(
        Prefetch("categories__prizes", queryset=Prize.objects.order_by("place")),
        Prefetch("requirements", queryset=Requirement.objects.order_by("order", "pk")),
    )
    return get_object_or_404(queryset, slug=slug)


def published_editions() -> QuerySet[Competition]:
    """Editions whose results are published, newest first: each has a public results page."""
    return Competition.objects.filter(status__in=PUBLISHED_STATUSES).order_by("-year", "name")


@dataclass
class CategoryResults:
    """A category of an edition whose results are published: its awards in prize order (`judging.Award`
    rows, read through relation names) and how many entries were sent to it."""

    category: Category
    awards: list
    entries_sent: int

    @property
    def nobody_entered(self) -> bool:
        return self.entries_sent == 0


def published_results(competition: Competition) -> list[CategoryResults]:
    """Every category of `competition` with its winners, once its results are published (empty before).

    An entry counts as sent once it was submitted; a draft never was, even a withdrawn one. Two queries;
    the awards are read through their relation names, so this app need not import the judging app.
    """
    if not competition.results_are_published:
        return []
    categories = competition.categories.annotate(
        entries_sent=Count("submissions", filter=Q(submissions__submitted_at__isnull=False))
    ).order_by("order", "pk")
    awards = competition.awards.select_related(
        "prize", "submission__innovation", "submission__unit"
    ).order_by("prize__place")
    by_category: dict[int, list] = {}
    for award in awards:
        by_category.setdefault(award.prize.category_id, []).append(award)
    return [
        CategoryResults(category, by_category.get(category.pk, []), category.entries_sent)
        for category in categories
    ]


class StepState(StrEnum):
    """Where a step of the timeline stands: finished, happening now, or still to come."""

    DONE = "done"
    CURRENT = "current"
    UPCOMING = "upcoming"


@dataclass(frozen=True)
class TimelineStep:
    name: str
    opens_at: datetime
    closes_at: datetime
    state: StepState
    is_registration: bool = False

    @property
    def is_done(self) -> bool:
        return self.state == StepState.DONE

    @property
    def is_current(self) -> bool:
        return self.state == StepState.CURRENT


@dataclass(frozen=True)
class Timeline:
    """The steps of an edition in order: registration first, then its stages."""

    steps: list[TimelineStep]

    @property
    def current(self) -> TimelineStep | None:
        return next((step for step in self.steps if step.is_current), None)

    @property
    def next(self) -> TimelineStep | None:
        return next((step for step in self.steps if step.state == StepState.UPCOMING), None)


_STAGE_STATES = {
    Stage.Status.CLOSED: StepState.DONE,
    Stage.Status.ACTIVE: StepState.CURRENT,
    Stage.Status.PENDING: StepState.UPCOMING,
}


def stage_state(stage: Stage, *, categories: int, results_published: bool) -> StepState:
    """Where a stage stands for the public: finished once it is closed, once its decision covers every
    category, or once the winners are announced; otherwise as its status says."""
    decided = categories and getattr(stage, "decided_categories", 0) >= categories
    if results_published or decided:
        return StepState.DONE
    return _STAGE_STATES[stage.status]


def competition_timeline(competition: Competition, *, now: datetime | None = None) -> Timeline:
    """The edition's timeline from its prefetched stages and categories (no query of its own).

    Registration, which comes before the first stage, has no status of its own: it is current while its
    window is open and no stage has started, and done once the window has passed, a stage has started,
    or judging has begun. Each stage is placed by `stage_state`.
    """
    now = now or timezone.now()
    stages = sorted(competition.stages.all(), key=lambda stage: stage.order)
    categories = len(competition.categories.all())
    stage_started = any(stage.status != Stage.Status.PENDING for stage in stages)
    registration_over = (
        now > competition.registration_closes_at
        or stage_started
        or competition.status not in (Competition.Status.DRAFT, Competition.Status.OPEN)
    )
    if registration_over:
        registration_state = StepState.DONE
    elif now >= competition.registration_opens_at:
        registration_state = StepState.CURRENT
    else:
        registration_state = StepState.UPCOMING
    registration = TimelineStep(
        name=gettext("Registration"),
        opens_at=competition.registration_opens_at,
        closes_at=competition.registration_closes_at,
        state=registration_state,
        is_registration=True,
    )
    return Timeline(
        steps=[
            registration,
            *(
                TimelineStep(
                    name=stage.name,
                    opens_at=stage.opens_at,
                    closes_at=stage.closes_at,
                    state=stage_state(
                        stage, categories=categories, results_published=competition.results_are_published
                    ),
                )
                for stage in stages
            ),
        ]
    )


class CompetitionCard(NamedTuple):
    competition: Competition
    timeline: Timeline


def public_competition_cards(*, now: datetime | None = None) -> list[CompetitionCard]:
    """The home page's list: each published edition with where it stands now."""
    return [
        CompetitionCard(competition, competition_timeline(competition, now=now))
        for competition in public_competitions()
    ]


def events_for(obj: Model) -> QuerySet[Event]:
    """The event log of one record, oldest first."""
    return (
        Event.objects.filter(content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk)
        .select_related("actor")
        .order_by("created_at", "pk")
    )


# What carries history. Such records are never deleted or moved to another edition in the admin, and
# the database protects them too (PROTECT on the foreign keys of entries, sheets, visits, results and
# awards). Each takes a queryset and keeps the records that carry history, so a list asks once.


def units_with_history(units: QuerySet[Unit]) -> QuerySet[Unit]:
    """Units with innovations or entries: made inactive, never deleted."""
    return units.filter(Q(innovations__isnull=False) | Q(submissions__isnull=False)).distinct()


def competitions_with_history(competitions: QuerySet[Competition]) -> QuerySet[Competition]:
    """Editions with an entry, a stage result or an award."""
    return competitions.filter(
        Q(submissions__isnull=False) | Q(stages__results__isnull=False) | Q(awards__isnull=False)
    ).distinct()


def categories_with_entries(categories: QuerySet[Category]) -> QuerySet[Category]:
    return categories.filter(submissions__isnull=False).distinct()


def prizes_awarded(prizes: QuerySet[Prize]) -> QuerySet[Prize]:
    return prizes.filter(awards__isnull=False).distinct()


def requirements_in_use(requirements: QuerySet[Requirement]) -> QuerySet[Requirement]:
    """Required documents that evidence was sent for or that a check has judged."""
    return requirements.filter(Q(attachments__isnull=False) | Q(requirementcheck__isnull=False)).distinct()


def stages_with_records(stages: QuerySet[Stage]) -> QuerySet[Stage]:
    """Stages with score sheets, field visits or results."""
    return stages.filter(
        Q(sheets__isnull=False) | Q(visits__isnull=False) | Q(results__isnull=False)
    ).distinct()


def carries_history(obj: Model, selector) -> bool:
    """Whether one record carries history, by the selector for its kind."""
    return obj.pk is not None and selector(type(obj).objects.filter(pk=obj.pk)).exists()
