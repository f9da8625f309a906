"""Read queries of the innovation index, scoped to the user who asks."""

from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Q, QuerySet
from django.shortcuts import get_object_or_404

from competitions.permissions import is_secretariat, operator_unit_ids
from submissions.index.models import IndexIndicator, IndexYear, InnovationIndicator
from submissions.index.scoring import (
    Answer,
    CityIndex,
    InnovationScore,
    city_index,
    indicator_score,
    score_innovation,
)
from submissions.models import Innovation


def index_years() -> list[IndexYear]:
    """Every configured year, newest first."""
    return list(IndexYear.objects.order_by("-year"))


def get_index_year(year: int) -> IndexYear:
    return get_object_or_404(IndexYear, year=year)


def years_with_answers() -> set[int]:
    return set(
        IndexIndicator.objects.filter(answers__isnull=False).values_list("year__year", flat=True).distinct()
    )


def innovations_for_index(user: User | AnonymousUser) -> QuerySet[Innovation]:
    """Innovations whose index answers the user may read: their units', or all for the secretariat
    (`permissions.can_view_innovation_index` for one innovation)."""
    queryset = Innovation.objects.select_related("unit")
    if is_secretariat(user):
        return queryset
    return queryset.filter(unit_id__in=operator_unit_ids(user))


def get_innovation_for_index(*, user: User | AnonymousUser, pk: int) -> Innovation:
    return get_object_or_404(innovations_for_index(user), pk=pk)


def get_answer_for_user(*, user: User | AnonymousUser, pk: int) -> InnovationIndicator:
    """An answer whose evidence the user may download (404 outside their scope)."""
    return get_object_or_404(
        InnovationIndicator.objects.filter(innovation__in=innovations_for_index(user)), pk=pk
    )


@dataclass
class IndicatorLine:
    """One indicator on an innovation's page: the indicator, the unit's answer (if any), its score."""

    indicator: IndexIndicator
    answer: InnovationIndicator | None
    score: int


@dataclass
class InnovationIndexSheet:
    config: IndexYear
    lines: list[IndicatorLine]
    total: InnovationScore

    def answers(self) -> dict[int, InnovationIndicator]:
        return {line.indicator.pk: line.answer for line in self.lines if line.answer is not None}


def _answer(row: InnovationIndicator) -> Answer:
    return Answer(level=row.level, has_evidence=row.has_evidence)


def innovation_index_sheet(innovation: Innovation, config: IndexYear) -> InnovationIndexSheet:
    """An innovation's answers for a year, indicator by indicator, with their scores. Two queries."""
    indicators = list(config.indicators.order_by("number"))
    rows = {
        row.indicator_id: row
        for row in InnovationIndicator.objects.filter(innovation=innovation, indicator__year=config)
    }
    answers = {indicator_id: _answer(row) for indicator_id, row in rows.items()}
    total = score_innovation(innovation, indicators, answers)
    lines = []
    for indicator in indicators:
        lines.append(
            IndicatorLine(
                indicator, rows.get(indicator.pk), indicator_score(indicator, answers.get(indicator.pk))
            )
        )
    return InnovationIndexSheet(config=config, lines=lines, total=total)


def city_index_for_year(config: IndexYear) -> CityIndex:
    """The city's simulated index for a year, over the innovations with answers for it.

    A fixed number of queries (indicators, basic-service urusan, answers, innovations, their urusan),
    however many innovations there are.
    """
    indicators = list(config.indicators.order_by("number"))
    basic_affairs = list(config.basic_affairs.order_by("order", "name"))
    answers: dict[int, dict[int, Answer]] = {}
    rows = InnovationIndicator.objects.filter(indicator__year=config).values_list(
        "innovation_id", "indicator_id", "level", "file", "link_url"
    )
    for innovation_id, indicator_id, level, file, link_url in rows:
        answers.setdefault(innovation_id, {})[indicator_id] = Answer(level, bool(file) or bool(link_url))
    innovations = Innovation.objects.filter(pk__in=list(answers)).select_related("unit")
    affairs: dict[int, set[int]] = {}
    links = Innovation.affairs.through.objects.filter(
        Q(innovation_id__in=list(answers))
        & Q(governmentaffair_id__in=[affair.pk for affair in basic_affairs])
    ).values_list("innovation_id", "governmentaffair_id")
    for innovation_id, affair_id in links:
        affairs.setdefault(innovation_id, set()).add(affair_id)
    return city_index(
        config,
        indicators,
        basic_affairs,
        (
            (innovation, answers[innovation.pk], affairs.get(innovation.pk, set()))
            for innovation in innovations
        ),
    )
