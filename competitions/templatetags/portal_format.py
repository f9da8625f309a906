"""Formatting filters for the portal's templates: presentation only, no business rules."""

from django import template

register = template.Library()


@register.filter
def rupiah(value) -> str:
    """Format a whole amount of rupiah the Indonesian way: 3000000 → "Rp3.000.000".

    The thousands separator is a dot and there is no space after "Rp", whatever the active language,
    because this is how amounts of rupiah are written. A value that is not a number is left as it is.
    """
    try:
        amount = int(value)
    except (TypeError, ValueError):
        return value
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp{abs(amount):,}".replace(",", ".")
