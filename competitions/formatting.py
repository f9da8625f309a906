"""Numbers in messages written from Python, as people read them (templates use `floatformat:2` and the
`rupiah` filter of `competitions.templatetags.portal_format`)."""

from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.formats import number_format
from django.utils.translation import gettext

CENT = Decimal("0.01")
MEGABYTE = 1024 * 1024


def format_score(value: Decimal | float | int) -> str:
    """A score with two decimals in the active language: 76.6667 → "76,67" in Indonesian, "76.67" in English.

    Rounded half up first, as `floatformat:2` does in templates, so a page and a message never disagree;
    `number_format` alone cuts the digits (76.6667 → "76,66").
    """
    return number_format(Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP), 2)


def format_file_size(size: int) -> str:
    """A size as people say it: "12,4 MB", "10 MB" (no ",0"), "900,0 KB", "1 byte"."""
    if size < MEGABYTE:
        return filesizeformat(size)
    megabytes = round(size / MEGABYTE, 1)
    return f"{number_format(megabytes, decimal_pos=0 if megabytes.is_integer() else 1)}\xa0MB"


def file_too_large(size: int, limit: int) -> ValidationError:
    """The refusal of a file over its size limit, saying how large it really is."""
    size_label, limit_label = format_file_size(size), format_file_size(limit)
    if size_label == limit_label:
        # Rounded, a file just over the limit reads as the limit itself ("10 MB; the limit is 10 MB").
        return ValidationError(
            gettext("The file is %(excess)s over the limit of %(limit)s."),
            code="too_large",
            params={"excess": format_file_size(size - limit), "limit": limit_label},
        )
    return ValidationError(
        gettext("The file is %(size)s; the limit is %(limit)s."),
        code="too_large",
        params={"size": size_label, "limit": limit_label},
    )
