"""The page of an innovation's index answers: every indicator of the year in one form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from submissions.index.models import IndexIndicator, InnovationIndicator
from submissions.index.services import IndicatorAnswer

FIELDS = ("level", "file", "link", "remove", "note")


def field_name(indicator: IndexIndicator, part: str) -> str:
    return f"i{indicator.number}-{part}"


class IndicatorAnswersForm(forms.Form):
    """Per indicator: the level (the three level descriptions as choices), evidence and a note.

    The evidence fields replace: a new file or link takes the place of the current evidence, "remove"
    takes it away, and empty fields leave it as it is. So the page never has to send a file back, and a
    form restored after an expired session changes nothing the unit did not type.
    """

    def __init__(
        self,
        *args,
        indicators: list[IndexIndicator],
        answers: dict[int, InnovationIndicator],
        read_only: bool = False,
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        self.indicators = indicators
        for indicator in indicators:
            answer = answers.get(indicator.pk)
            self.fields[field_name(indicator, "level")] = forms.TypedChoiceField(
                label=_("Level"),
                choices=[("", _("Not answered yet")), *indicator.level_descriptions()],
                coerce=int,
                empty_value=None,
                required=False,
                widget=forms.RadioSelect(attrs={"class": "form-check-input"}),
                initial=answer.level if answer and answer.level else "",
            )
            self.fields[field_name(indicator, "file")] = forms.FileField(
                label=_("Upload a file"), required=False, help_text=_("PDF, JPEG, PNG or WebP.")
            )
            self.fields[field_name(indicator, "link")] = forms.URLField(
                label=_("Or paste a link"), required=False, max_length=500, assume_scheme="https"
            )
            self.fields[field_name(indicator, "remove")] = forms.BooleanField(
                label=_("Remove the current evidence"), required=False
            )
            self.fields[field_name(indicator, "note")] = forms.CharField(
                label=_("Note"),
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
                initial=answer.note if answer else "",
            )
        if read_only:
            for field in self.fields.values():
                field.disabled = True

    def clean(self):
        cleaned = super().clean()
        for indicator in self.indicators:
            if cleaned.get(field_name(indicator, "file")) and cleaned.get(field_name(indicator, "link")):
                self.add_error(
                    field_name(indicator, "link"), _("Choose a file or paste a link (one of the two).")
                )
        return cleaned

    def fields_for(self, indicator: IndexIndicator) -> dict[str, forms.BoundField]:
        return {part: self[field_name(indicator, part)] for part in FIELDS}

    def indicator_errors(self, indicator: IndexIndicator) -> bool:
        return any(field_name(indicator, part) in self.errors for part in FIELDS)

    def answers(self) -> list[IndicatorAnswer]:
        """What to save, after validation: the indicators whose fields are all valid."""
        data = self.cleaned_data
        return [
            IndicatorAnswer(
                indicator=indicator,
                level=data[field_name(indicator, "level")],
                note=data[field_name(indicator, "note")],
                upload=data[field_name(indicator, "file")] or None,
                link=data[field_name(indicator, "link")],
                remove_evidence=data[field_name(indicator, "remove")],
            )
            for indicator in self.indicators
            if not self.indicator_errors(indicator)
        ]

    def add_refusal(self, indicator: IndexIndicator, messages: list[str]) -> None:
        """A refusal of the service, shown under the indicator's evidence."""
        for message in messages:
            self.add_error(field_name(indicator, "file"), message)
