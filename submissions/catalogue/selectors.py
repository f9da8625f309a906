"""What anyone may see of the city's innovations, and the catalogue's queries.

Awards are read through their relation names (`submissions__award__…`), so this app does not import the
judging app.
"""

from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404

from competitions.models import PUBLISHED_STATUSES, Competition, ProposalSection, Unit
from submissions.catalogue import search
from submissions.models import GovernmentAffair, Innovation, Submission, SubmissionVersion
from submissions.selectors import SectionText, section_texts


def published_wins() -> QuerySet[Submission]:
    """Entries that won an award in an edition whose results are published."""
    return Submission.objects.filter(award__competition__status__in=PUBLISHED_STATUSES)


def public_versions() -> QuerySet[SubmissionVersion]:
    """The public proposal texts: the latest frozen version of each entry that won an award in an edition
    whose results are published.

    Nothing else a unit wrote is public, even for a public innovation: not a working draft, not an earlier
    version, not the evidence, not an entry that won nothing, not an award still to be published.
    """
    newer = SubmissionVersion.objects.filter(submission=OuterRef("submission"), number__gt=OuterRef("number"))
    return SubmissionVersion.objects.filter(submission__in=published_wins()).filter(~Exists(newer))


def catalogue_innovations() -> QuerySet[Innovation]:
    """Every innovation anyone may see: those their unit made public, and every winner of an edition whose
    results are published (a private innovation too, once its award is published).

    The one home of this rule: the catalogue's pages and the public photos ask it. Annotated with `has_won`.
    """
    has_won = Exists(published_wins().filter(innovation=OuterRef("pk")))
    return Innovation.objects.annotate(has_won=has_won).filter(Q(is_public=True) | Q(has_won=True))


@dataclass(frozen=True)
class CatalogueFilters:
    """What a visitor asked the catalogue for. `year` is the year the innovation has been in use since
    (its launch date), a fact of its public profile."""

    text: str = ""
    year: int | None = None
    unit: Unit | None = None
    unit_kind: str = ""
    form: str = ""
    kind: str = ""
    phase: str = ""
    affair: GovernmentAffair | None = None
    winners_only: bool = False


def search_catalogue(filters: CatalogueFilters) -> QuerySet[Innovation]:
    """The catalogue's innovations that match `filters`, with what a list shows: the unit, the photos and
    the published awards (as `wins`). Best match first when searching for words, else by title.

    A constant number of queries for a page, however many innovations there are.
    """
    innovations = catalogue_innovations()
    if filters.year:
        innovations = innovations.filter(launch_date__year=filters.year)
    if filters.unit:
        innovations = innovations.filter(unit=filters.unit)
    if filters.unit_kind:
        innovations = innovations.filter(unit__kind=filters.unit_kind)
    if filters.form:
        innovations = innovations.filter(form=filters.form)
    if filters.kind:
        innovations = innovations.filter(kind=filters.kind)
    if filters.phase:
        innovations = innovations.filter(phase=filters.phase)
    if filters.affair:
        innovations = innovations.filter(affairs=filters.affair)
    if filters.winners_only:
        innovations = innovations.filter(has_won=True)
    innovations = innovations.select_related("unit").prefetch_related(
        "photos",
        Prefetch(
            "submissions",
            queryset=published_wins()
            .select_related("award__prize", "competition")
            .order_by("-competition__year", "award__prize__place"),
            to_attr="wins",
        ),
    )
    words = search.search_words(filters.text)
    if not words:
        return innovations.order_by("title", "pk")
    winners = Innovation.objects.filter(Exists(published_wins().filter(innovation=OuterRef("pk"))))
    return search.matching(innovations, words, winners=winners, public_versions=public_versions())


def catalogue_years() -> list[int]:
    """The launch years of the catalogue's innovations, newest first (the year filter's choices)."""
    days = catalogue_innovations().exclude(launch_date=None).dates("launch_date", "year", order="DESC")
    return [day.year for day in days]


def catalogue_units() -> QuerySet[Unit]:
    """The units with an innovation in the catalogue (the unit filter's choices)."""
    return (
        Unit.objects.filter(innovations__in=catalogue_innovations().values("pk")).distinct().order_by("name")
    )


@dataclass(frozen=True)
class PublicWin:
    """An award an innovation won in a published edition, with the proposal that won it."""

    entry: Submission
    sections: list[SectionText]

    @property
    def award(self):
        return self.entry.award

    @property
    def competition(self) -> Competition:
        return self.entry.competition


def get_catalogue_innovation(pk: int) -> Innovation:
    """One innovation of the catalogue with everything its page shows; 404 for any other."""
    wins = (
        published_wins()
        .select_related("award__prize__category", "competition")
        .prefetch_related(
            Prefetch("versions", queryset=public_versions(), to_attr="public_version"),
            Prefetch(
                "competition__proposal_sections", queryset=ProposalSection.objects.order_by("order", "pk")
            ),
        )
        .order_by("-competition__year", "award__prize__place")
    )
    queryset = (
        catalogue_innovations()
        .select_related("unit")
        .prefetch_related("affairs", "photos", Prefetch("submissions", queryset=wins, to_attr="wins"))
    )
    return get_object_or_404(queryset, pk=pk)


def public_wins(innovation: Innovation) -> list[PublicWin]:
    """The innovation's published awards, newest edition first, each with its public proposal text section
    by section (from an innovation loaded by `get_catalogue_innovation`)."""
    return [
        PublicWin(
            entry,
            section_texts(entry.competition, entry.public_version[0].sections)
            if entry.public_version
            else [],
        )
        for entry in innovation.wins
    ]
