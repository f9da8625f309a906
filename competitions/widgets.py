"""Form widgets the portal's forms share (`competitions` is the bottom app, so every app may import them).

A browser's own inputs read and write one notation whatever the page's language: `<input type="date">`
takes `YYYY-MM-DD`, `<input type="datetime-local">` takes `YYYY-MM-DDTHH:MM` and `<input type="number">`
takes digits with a dot. A saved value written any other way (Django's Indonesian input format
`12-11-2026`, or a stored `72.5000` that the field's two decimals refuse) shows as an empty field or
comes back refused, and the next save loses it. The fields read these notations in every language, so
these widgets only change how a saved value is written into the page.
"""

from decimal import Decimal

from django import forms

ISO_DATE = "%Y-%m-%d"
ISO_DATETIME_LOCAL = "%Y-%m-%dT%H:%M"


class DateInput(forms.DateInput):
    """A date, picked in the browser's calendar."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format=ISO_DATE)


class DateTimeInput(forms.DateTimeInput):
    """A date and time in the portal's time zone, picked in the browser's calendar."""

    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs, format=ISO_DATETIME_LOCAL)


class DecimalInput(forms.NumberInput):
    """A number as typed: a stored `72.5000` is shown as `72.5` and `10.00` as `10`, never as `1E+1`."""

    def format_value(self, value):
        if isinstance(value, Decimal) and value.is_finite():
            value = format(value.normalize(), "f")
        return super().format_value(value)
