"""`get_<field>_display()` that translates one label, not all of them.

Django's own builds, on every call, a dictionary of the field's (value, label) pairs made hashable, which
turns each lazily translated label into text. A list of 550 units, each showing its kind, translated every
kind's label 550 times: a third of the leaders' dashboard's time (README, "Performance").
"""

from django.db import models
from django.utils.encoding import force_str


class ChoiceLabelsModel(models.Model):
    class Meta:
        abstract = True

    def _get_FIELD_display(self, field):
        value = getattr(self, field.attname)
        try:
            label = dict(field.flatchoices).get(value, value)
        except TypeError:  # an unhashable value (a list from a JSON field): Django's way handles it
            return super()._get_FIELD_display(field)
        return force_str(label, strings_only=True)
