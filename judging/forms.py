from decimal import Decimal

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from competitions.models import Criterion
from competitions.widgets import DateInput, DecimalInput
from judging.models import ScoreSheet


class ScoreSheetForm(forms.Form):
    """One score and one note per criterion, and an overall note. A draft may leave scores empty."""

    note = forms.CharField(label=_("Overall note"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    # The sheet's revision when the page was opened (0: no sheet yet), so a save from a page opened
    # before another save is refused. Pages sent without it (opened before it existed) save as before.
    revision = forms.IntegerField(min_value=0, required=False, widget=forms.HiddenInput)

    def __init__(self, *args, criteria: list[Criterion], sheet: ScoreSheet | None, **kwargs):
        initial = kwargs.pop("initial", None) or {}
        initial["revision"] = sheet.revision if sheet is not None else 0
        if sheet is not None:
            initial["note"] = sheet.note
            for score in sheet.scores.all():
                initial[f"score_{score.criterion_id}"] = score.value
                initial[f"note_{score.criterion_id}"] = score.note
        super().__init__(*args, initial=initial, **kwargs)
        self.criteria = criteria
        for criterion in criteria:
            self.fields[f"score_{criterion.pk}"] = forms.DecimalField(
                label=criterion.name,
                required=False,
                min_value=Decimal(criterion.min_score),
                max_value=Decimal(criterion.max_score),
                decimal_places=2,
                widget=DecimalInput(
                    attrs={
                        "step": "0.5",
                        "inputmode": "decimal",
                        "class": "form-control score-input",
                        "data-weight": criterion.weight,
                        "data-min": criterion.min_score,
                        "data-max": criterion.max_score,
                    }
                ),
            )
            self.fields[f"note_{criterion.pk}"] = forms.CharField(
                label=_("Note"),
                required=False,
                widget=forms.Textarea(attrs={"rows": 2, "class": "form-control"}),
            )

    def rows(self):
        return [
            (criterion, self[f"score_{criterion.pk}"], self[f"note_{criterion.pk}"])
            for criterion in self.criteria
        ]

    def values(self) -> dict[int, tuple[str, str]]:
        return {
            criterion.pk: (
                self.cleaned_data.get(f"score_{criterion.pk}"),
                self.cleaned_data.get(f"note_{criterion.pk}", ""),
            )
            for criterion in self.criteria
        }


class ConflictForm(forms.Form):
    reason = forms.CharField(
        label=_("What is the conflict of interest?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example: a family member works in this unit, or you advised on this innovation."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.add_input(Submit("declare", _("Declare the conflict"), css_class="btn-warning"))


class MultipleImageInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleImageField(forms.FileField):
    """Several photos at once (as Django's documentation shows); each is checked by the service."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleImageInput(attrs={"accept": "image/*"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        clean_one = super().clean
        if isinstance(data, list | tuple):
            return [clean_one(item, initial) for item in data]
        return [clean_one(data, initial)] if data else []


class FieldVisitForm(forms.Form):
    visited_on = forms.DateField(
        label=_("Date of the visit"),
        widget=DateInput(),
        initial=timezone.localdate,
    )
    team = forms.CharField(label=_("Team members"), max_length=300)
    findings = forms.CharField(label=_("Findings"), widget=forms.Textarea(attrs={"rows": 5}))
    verified = forms.TypedChoiceField(
        label=_("Does the innovation work as described?"),
        choices=[("yes", _("Yes, verified")), ("no", _("No, not verified"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )
    score = forms.DecimalField(
        label=_("Score (0–100, optional)"),
        required=False,
        min_value=0,
        max_value=100,
        decimal_places=2,
        widget=DecimalInput,
    )
    photos = MultipleImageField(
        label=_("Photos"), required=False, help_text=_("JPEG, PNG or WebP. Location data is removed.")
    )

    def __init__(self, *args, score_required: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if score_required:
            self.fields["score"].required = True
            self.fields["score"].label = _("Score (0–100)")
            self.fields["score"].help_text = _("This stage counts towards the final score.")
        self.helper = FormHelper()
        self.helper.form_tag = False

    @property
    def photos_to_choose_again(self) -> int:
        """How many photos were chosen in a post that came back unsaved: a browser never keeps a chosen
        file, so the page asks for them again (everything typed is kept)."""
        return len(self.files.getlist("photos")) if self.is_bound else 0


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}))
