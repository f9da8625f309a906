"""Read queries of the submissions app, scoped to the user who asks."""

import datetime
import re
from dataclasses import dataclass, field

from django.contrib.auth.models import User
from django.core.paginator import Page, Paginator
from django.db.models import Count, Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from competitions.models import Category, Competition, ProposalSection, Requirement, Unit
from competitions.permissions import is_secretariat, operator_unit_ids
from competitions.selectors import administrative_check_is_open
from submissions.models import (
    AdministrativeCheck,
    Attachment,
    Innovation,
    Submission,
    SubmissionVersion,
)

WORD = re.compile(r"\S+")
DEADLINE_SOON_DAYS = 7


def local_datetime(moment: datetime.datetime) -> str:
    """A moment as people in the city read it: local time, in the active language."""
    return formats.date_format(timezone.localtime(moment), "j F Y H:i")


def count_words(text: str) -> int:
    """Words as the live counter in the browser counts them: runs of non-space characters."""
    return len(WORD.findall(text or ""))


def current_attachments(submission: Submission) -> list[Attachment]:
    """The working draft's evidence (prefetched as `current_evidence` when the caller asked for it)."""
    if hasattr(submission, "current_evidence"):
        return submission.current_evidence
    return list(submission.attachments.filter(removed_at__isnull=True).select_related("requirement"))


@dataclass(frozen=True)
class SectionText:
    """One section of the edition's form with the text an entry (or a frozen version) holds for it."""

    section: ProposalSection
    text: str

    @property
    def words(self) -> int:
        return count_words(self.text)


def proposal_form(competition: Competition) -> list[ProposalSection]:
    """The edition's proposal form, in order (prefetched as `proposal_sections` by the pages that show it)."""
    return sorted(competition.proposal_sections.all(), key=lambda section: (section.order, section.pk))


def section_texts(competition: Competition, texts: dict[str, str]) -> list[SectionText]:
    """Each section of the edition's form with its text from `texts` (an entry's or a version's)."""
    return [SectionText(section, texts.get(section.key, "")) for section in proposal_form(competition)]


def section_word_problems(submission: Submission) -> list[str]:
    """What keeps the texts from being submitted: an empty required section, too many or too few words."""
    problems = []
    for item in section_texts(submission.competition, submission.sections):
        section, words = item.section, item.words
        if words == 0:
            if section.is_required:
                problems.append(_("The section “%(section)s” is empty.") % {"section": section.label})
        elif section.word_limit is not None and words > section.word_limit:
            problems.append(
                _("The section “%(section)s” has %(words)d words; the limit is %(limit)d.")
                % {"section": section.label, "words": words, "limit": section.word_limit}
            )
        elif section.min_words is not None and words < section.min_words:
            problems.append(
                _("The section “%(section)s” has %(words)d words; it needs at least %(minimum)d.")
                % {"section": section.label, "words": words, "minimum": section.min_words}
            )
    return problems


def missing_for_submission(submission: Submission) -> list[str]:
    """Everything that keeps the entry from being submitted, in words for the operator."""
    problems = section_word_problems(submission)
    provided = {attachment.requirement_id for attachment in current_attachments(submission)}
    for requirement in submission.competition.requirements.all():
        if requirement.is_required and requirement.pk not in provided:
            problems.append(_("The document “%(name)s” is missing.") % {"name": requirement.name})
    return problems


def innovations_for_operator(user: User) -> QuerySet[Innovation]:
    return (
        Innovation.objects.filter(unit_id__in=operator_unit_ids(user))
        .select_related("unit")
        .prefetch_related("affairs", "photos")
    )


def get_innovation_for_operator(*, user: User, pk: int) -> Innovation:
    return get_object_or_404(innovations_for_operator(user), pk=pk)


def submissions_for_operator(user: User) -> QuerySet[Submission]:
    return with_progress(Submission.objects.filter(unit_id__in=operator_unit_ids(user)))


def with_progress(queryset: QuerySet[Submission]) -> QuerySet[Submission]:
    """Entries with what the judging decided about them (see `progress`), in a constant number of queries.

    The judging app writes stage results and awards; they are read here through their relation names,
    so this app does not import that one.
    """
    results = Submission._meta.get_field("stage_results").related_model.objects.order_by()
    # `progress` picks the latest decision itself: unordered, the decisions cost no join to sort them.
    return queryset.select_related(
        "innovation", "unit", "competition", "category", "award__prize"
    ).prefetch_related(Prefetch("stage_results", queryset=results.select_related("stage")))


@dataclass
class Progress:
    label: str
    level: str  # a Bootstrap colour: success, danger, info


def progress(submission: Submission) -> Progress | None:
    """The latest decision on an entry after the administrative check: its prize, or the last stage it
    advanced from or was eliminated in. None while nothing is decided."""
    award = getattr(submission, "award", None) if submission.competition.results_are_published else None
    if award is not None:
        return Progress(award.prize.label, "success")
    results = [result for result in submission.stage_results.all() if result.reverted_at is None]
    if not results:
        return None
    last = max(results, key=lambda result: result.stage.order)
    if last.outcome == "eliminated":
        return Progress(_("Did not advance after “%(stage)s”") % {"stage": last.stage.name}, "danger")
    return Progress(_("Advanced after “%(stage)s”") % {"stage": last.stage.name}, "info")


def submissions_visible_to(user: User) -> QuerySet[Submission]:
    """Entries this user may read in the portal: their units' entries, or all for the secretariat."""
    queryset = Submission.objects.select_related("innovation", "unit", "competition", "category")
    if is_secretariat(user):
        return queryset
    return queryset.filter(unit_id__in=operator_unit_ids(user))


def get_submission_for_user(*, user: User, pk: int) -> Submission:
    """One entry, with what its page shows, or 404 outside the user's scope."""
    queryset = with_progress(submissions_visible_to(user)).prefetch_related(
        Prefetch(
            "attachments",
            queryset=Attachment.objects.filter(removed_at__isnull=True).select_related("requirement"),
            to_attr="current_evidence",
        ),
        Prefetch("competition__requirements", queryset=Requirement.objects.order_by("order", "pk")),
        Prefetch(
            "competition__proposal_sections",
            queryset=ProposalSection.objects.prefetch_related("requirements").order_by("order", "pk"),
        ),
        Prefetch("versions", queryset=SubmissionVersion.objects.order_by("-number")),
        Prefetch(
            "administrative_checks",
            queryset=AdministrativeCheck.objects.prefetch_related("items__requirement").order_by(
                "-checked_at"
            ),
        ),
    )
    return get_object_or_404(queryset, pk=pk)


def get_attachment_for_user(*, user: User, pk: int) -> Attachment:
    """Evidence the user may download: of an entry in their scope (404 otherwise)."""
    return get_object_or_404(
        Attachment.objects.filter(submission__in=submissions_visible_to(user)).select_related("submission"),
        pk=pk,
    )


def get_version_for_user(*, user: User, submission: Submission, number: int) -> SubmissionVersion:
    return get_object_or_404(
        SubmissionVersion.objects.filter(submission=submission).prefetch_related("attachments__requirement"),
        number=number,
    )


@dataclass
class OpenCompetition:
    competition: Competition
    categories: list[Category]
    days_left: int


def categories_open_to(
    innovation: Innovation, open_now: list[OpenCompetition], entered: set[int]
) -> list[Category]:
    """The open categories `innovation` may still enter: right unit kind, edition not yet entered."""
    return [
        category
        for item in open_now
        if item.competition.pk not in entered
        for category in item.categories
        if innovation.unit.kind in category.eligible_kinds
    ]


def open_competitions_for_units(
    units: list[Unit], *, now: datetime.datetime | None = None
) -> list[OpenCompetition]:
    """Editions taking entries now, with the categories these units may enter."""
    now = now or timezone.now()
    kinds = {unit.kind for unit in units}
    competitions = Competition.objects.filter(
        status=Competition.Status.OPEN, registration_opens_at__lte=now, registration_closes_at__gte=now
    ).prefetch_related("categories")
    result = []
    for competition in competitions:
        categories = [
            category for category in competition.categories.all() if kinds & set(category.eligible_kinds)
        ]
        if categories:
            days_left = (competition.registration_closes_at - now).days
            result.append(OpenCompetition(competition, categories, days_left))
    return result


@dataclass
class AttentionItem:
    submission: Submission
    message: str
    level: str = "warning"


@dataclass
class OperatorDashboard:
    units: list[Unit]
    entries: Page  # one page of the units' entries, newest edition first
    innovations: list[Innovation]  # the most recently changed few; the innovation list has them all
    innovation_count: int
    open_competitions: list[OpenCompetition]
    attention: list[AttentionItem] = field(default_factory=list)  # the most urgent few
    attention_count: int = 0


ENTRIES_PER_PAGE = 20
INNOVATIONS_PER_PAGE = 25
DASHBOARD_INNOVATIONS = 10
DASHBOARD_ATTENTION = 10


def attention_item(submission: Submission, *, now: datetime.datetime) -> AttentionItem:
    """What the operator must do about an entry now, if anything: a revision to resubmit (or one whose
    deadline passed), or a draft to submit before registration closes."""
    if submission.status == Submission.Status.NEEDS_REVISION and not revision_still_running(
        submission, now=now
    ):
        return AttentionItem(
            submission,
            _("The revision deadline (%(deadline)s) has passed; the secretariat will decide the entry.")
            % {"deadline": local_datetime(submission.revision_deadline)},
        )
    if submission.status == Submission.Status.NEEDS_REVISION and submission.revision_deadline:
        days = (submission.revision_deadline - now).days
        return AttentionItem(
            submission,
            _("Revision requested: resubmit within %(days)d days (by %(deadline)s).")
            % {"days": max(days, 0), "deadline": local_datetime(submission.revision_deadline)},
            "danger",
        )
    if submission.status == Submission.Status.NEEDS_REVISION:
        return AttentionItem(
            submission, _("Revision requested: see the secretariat's notes and resubmit."), "danger"
        )
    if submission.status == Submission.Status.DRAFT and submission.competition.registration_closes_at >= now:
        days = (submission.competition.registration_closes_at - now).days
        return AttentionItem(
            submission,
            _("Still a draft; registration closes in %(days)d days.") % {"days": max(days, 0)},
            "danger" if days <= DEADLINE_SOON_DAYS else "warning",
        )
    raise ValueError(f"Entry {submission.pk} needs no attention.")


def mark_enterable(innovations: list[Innovation], open_now: list[OpenCompetition]) -> None:
    """Set `can_enter` on each innovation: an open edition has a category it may still enter."""
    entered: dict[int, set[int]] = {}
    for innovation_id, competition_id in Submission.objects.filter(innovation__in=innovations).values_list(
        "innovation_id", "competition_id"
    ):
        entered.setdefault(innovation_id, set()).add(competition_id)
    for innovation in innovations:
        innovation.can_enter = bool(
            categories_open_to(innovation, open_now, entered.get(innovation.pk, set()))
        )


def operator_dashboard(
    user: User, *, page: str | int | None = None, now: datetime.datetime | None = None
) -> OperatorDashboard:
    """The operator's home, the same size and the same queries for a unit with 3 innovations or 1,000: a
    page of entries, the most urgent things to do and the latest innovations, each with how many in all."""
    now = now or timezone.now()
    units = list(
        Unit.objects.filter(pk__in=operator_unit_ids(user))
        .annotate(innovation_count=Count("innovations"))
        .order_by("name")
    )
    to_do_condition = Q(status=Submission.Status.NEEDS_REVISION) | Q(
        status=Submission.Status.DRAFT, competition__registration_closes_at__gte=now
    )
    counts = Submission.objects.filter(unit__in=units).aggregate(
        entries=Count("pk"), to_do=Count("pk", filter=to_do_condition)
    )
    # The page is picked by a narrow query (ids in order), then only its entries are read whole: sorting a
    # unit's thousand entries with every column of five joined tables took most of the page's time.
    paginator = Paginator(
        Submission.objects.filter(unit__in=units)
        .order_by("-competition__year", "innovation__title", "pk")
        .values_list("pk", flat=True),
        ENTRIES_PER_PAGE,
    )
    paginator.count = counts["entries"]  # counted above with the entries to do: one query for both
    entries = paginator.get_page(page)
    loaded = submissions_for_operator(user).order_by().in_bulk(list(entries.object_list))
    entries.object_list = [loaded[pk] for pk in entries.object_list if pk in loaded]
    for submission in entries:
        submission.progress = progress(submission)
    # Revisions first (their deadline is the unit's own), then drafts by their edition's closing time.
    to_do = (
        Submission.objects.filter(unit__in=units)
        .filter(to_do_condition)
        .select_related("innovation", "competition")
        .order_by("-status", "competition__registration_closes_at", "pk")
    )
    innovations = list(
        Innovation.objects.filter(unit__in=units)
        .select_related("unit")
        .order_by("-updated_at", "pk")[:DASHBOARD_INNOVATIONS]
    )
    open_now = open_competitions_for_units(units, now=now)
    mark_enterable(innovations, open_now)
    return OperatorDashboard(
        units=units,
        entries=entries,
        innovations=innovations,
        innovation_count=sum(unit.innovation_count for unit in units),
        open_competitions=open_now,
        attention=[attention_item(submission, now=now) for submission in to_do[:DASHBOARD_ATTENTION]],
        attention_count=counts["to_do"],
    )


def operator_innovations(user: User, *, search: str = "", page: str | int | None = None) -> Page:
    """One page of the operator's innovations by title, optionally those whose title holds `search`."""
    innovations = Innovation.objects.filter(unit_id__in=operator_unit_ids(user)).select_related("unit")
    if search.strip():
        innovations = innovations.filter(title__icontains=search.strip())
    page_obj = Paginator(innovations.order_by("title", "pk"), INNOVATIONS_PER_PAGE).get_page(page)
    units = list(Unit.objects.filter(pk__in=operator_unit_ids(user)))
    mark_enterable(list(page_obj), open_competitions_for_units(units))
    return page_obj


def latest_check(submission: Submission) -> AdministrativeCheck | None:
    checks = list(submission.administrative_checks.all())
    return checks[0] if checks else None


def revision_still_running(submission: Submission, *, now: datetime.datetime | None = None) -> bool:
    """The unit was asked to revise the entry and its deadline has not passed yet."""
    if submission.status != Submission.Status.NEEDS_REVISION:
        return False
    deadline = submission.revision_deadline
    return deadline is None or (now or timezone.now()) <= deadline


WAITING_FOR_CHECK = (Submission.Status.SUBMITTED, Submission.Status.RESUBMITTED)


def awaits_administrative_check(submission: Submission, *, now: datetime.datetime | None = None) -> bool:
    """Whether the secretariat can record the entry's administrative check now (the "Check" button).

    It waits for its check, or its revision deadline passed without a resubmission (then it can only
    fail); and the edition's administrative check is still open.
    """
    lapsed_revision = submission.status == Submission.Status.NEEDS_REVISION and not revision_still_running(
        submission, now=now
    )
    waiting = submission.status in WAITING_FOR_CHECK or lapsed_revision
    return waiting and administrative_check_is_open(submission.competition)


def undecided_administrative_checks(
    competition: Competition, *, now: datetime.datetime | None = None
) -> list[str]:
    """Entries not yet decided by the administrative check, for closing the administrative stage:
    waiting for their check, or for the unit's revision."""
    now = now or timezone.now()
    undecided = Submission.objects.filter(
        competition=competition, status__in=[*WAITING_FOR_CHECK, Submission.Status.NEEDS_REVISION]
    ).select_related("innovation", "unit")
    messages = []
    for submission in undecided:
        if submission.status in WAITING_FOR_CHECK:
            messages.append(
                _("“%(entry)s” is still waiting for its administrative check.") % {"entry": submission}
            )
        elif submission.revision_deadline is None:
            messages.append(_("“%(entry)s” is waiting for the unit's revision.") % {"entry": submission})
        elif revision_still_running(submission, now=now):
            messages.append(
                _("“%(entry)s” is waiting for the unit's revision, until %(deadline)s.")
                % {"entry": submission, "deadline": local_datetime(submission.revision_deadline)}
            )
        else:
            messages.append(
                _(
                    "“%(entry)s” was not revised by its deadline (%(deadline)s): record its check as "
                    "not passed."
                )
                % {"entry": submission, "deadline": local_datetime(submission.revision_deadline)}
            )
    return messages


def competition_years() -> list[int]:
    return list(Competition.objects.order_by("-year").values_list("year", flat=True).distinct())
