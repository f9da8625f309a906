"""Building innovation index answers for tests, through the services the pages use."""

from submissions import services
from submissions.index import services as index_services
from submissions.index.models import IndexIndicator, InnovationIndicator
from submissions.models import GovernmentAffair, Innovation
from tests import factories


def innovation_with_affairs(*, unit, title: str, affairs: list[str], by) -> Innovation:
    """An innovation of `unit` serving the urusan with these GovernmentAffair codes."""
    return services.save_innovation(
        innovation=factories.InnovationFactory.build(unit=unit, title=title),
        affairs=GovernmentAffair.objects.filter(code__in=affairs),
        by=by,
    )


def indicator(year: int, number: int) -> IndexIndicator:
    return IndexIndicator.objects.get(year__year=year, number=number)


def answer(innovation: Innovation, year: int, number: int, *, by, **fields) -> InnovationIndicator | None:
    """Save one indicator's answer: level=, link=, upload=, note=, remove_evidence=."""
    return index_services.save_indicator_answer(
        innovation=innovation,
        answer=index_services.IndicatorAnswer(indicator=indicator(year, number), **fields),
        by=by,
    )
