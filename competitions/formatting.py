"""Numbers in messages written from Python, as people read them (templates use `floatformat:2` and the
`rupiah` filter of `competitions.templatetags.portal_format`)."""

from decimal import ROUND_HALF_UP, Decimal

from django.utils.formats import number_format

CENT = Decimal("0.01")


def format_score(value: Decimal | float | int) -> str:
    """A score with two decimals in the active language: 76.6667 → "76,67" in Indonesian, "76.67" in English.

    Rounded half up first, as `floatformat:2` does in templates, so a page and a message never disagree;
    `number_format` alone cuts the digits (76.6667 → "76,66").
    """
    return number_format(Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP), 2)
