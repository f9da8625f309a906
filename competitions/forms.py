from itertools import pairwise

from django import forms
from django.db.models import QuerySet
from django.forms.formsets import DELETION_FIELD_NAME
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from competitions.models import Category, Competition, Unit
from competitions.selectors import (
    categories_with_entries,
    prizes_awarded,
    requirements_in_use,
    stages_with_records,
)


class UnitImportForm(forms.Form):
    csv_file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "Columns: name, short_name, kind, parent, active. Kind is one of dinas, badan, bagian, "
            "kecamatan, kelurahan, puskesmas, sekolah, umkm, masyarakat."
        ),
    )

    MAX_BYTES = 2 * 1024 * 1024

    def clean_csv_file(self) -> str:
        upload = self.cleaned_data["csv_file"]
        if upload.size > self.MAX_BYTES:
            raise forms.ValidationError(_("The file is larger than 2 MB."))
        try:
            return upload.read().decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise forms.ValidationError(_("The file is not UTF-8 text; save it as “CSV UTF-8”.")) from error


class CategoryAdminForm(forms.ModelForm):
    eligible_kinds = forms.MultipleChoiceField(
        label=_("Eligible unit kinds"), choices=Unit.Kind.choices, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = Category
        fields = "__all__"  # noqa: DJ007 - the ModelAdmin chooses the fields


class CompetitionAdminForm(forms.ModelForm):
    class Meta:
        model = Competition
        fields = "__all__"  # noqa: DJ007 - the ModelAdmin chooses the fields

    def clean_tie_break_chain(self):
        chain = self.cleaned_data.get("tie_break_chain") or []
        allowed = set(Competition.TieBreak.values)
        if (
            not isinstance(chain, list)
            or any(key not in allowed for key in chain)
            or len(set(chain)) != len(chain)
        ):
            raise forms.ValidationError(
                _("Give a list of distinct keys from: %(keys)s.")
                % {"keys": ", ".join(Competition.TieBreak.values)}
            )
        return chain

    def clean(self):
        cleaned = super().clean()
        opens, closes = cleaned.get("registration_opens_at"), cleaned.get("registration_closes_at")
        if opens and closes and closes <= opens:
            self.add_error("registration_closes_at", _("Registration must close after it opens."))
        return cleaned


class HistoryKeepingFormSet(forms.BaseInlineFormSet):
    """Inline rows that carry history cannot be deleted, nor their `locked_fields` changed.

    Their fields are disabled, so the admin never offers the change and ignores a posted value.
    """

    locked_fields: tuple[str, ...] = ()

    def rows_with_history(self, rows: QuerySet) -> QuerySet:
        return rows.none()

    @cached_property
    def _ids_with_history(self) -> frozenset[int]:
        if self.instance.pk is None:
            return frozenset()
        return frozenset(self.rows_with_history(self.get_queryset().order_by()).values_list("pk", flat=True))

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if form.instance.pk is not None and form.instance.pk in self._ids_with_history:
            for name in (DELETION_FIELD_NAME, *self.locked_fields):
                if name in form.fields:
                    form.fields[name].disabled = True


class CategoryInlineFormSet(HistoryKeepingFormSet):
    """A category with entries stays."""

    def rows_with_history(self, rows):
        return categories_with_entries(rows)


class PrizeInlineFormSet(HistoryKeepingFormSet):
    """A prize that has been awarded stays, at its place."""

    locked_fields = ("place",)

    def rows_with_history(self, rows):
        return prizes_awarded(rows)


class RequirementInlineFormSet(HistoryKeepingFormSet):
    """A required document that evidence or a check refers to stays."""

    def rows_with_history(self, rows):
        return requirements_in_use(rows)


class StageInlineFormSet(HistoryKeepingFormSet):
    """Stage dates in order, each stage ending after it starts and starting after registration opens.

    A stage with score sheets, field visits or results stays.
    """

    def rows_with_history(self, rows):
        return stages_with_records(rows)

    def clean(self):
        super().clean()
        competition_opens = getattr(self.instance, "registration_opens_at", None)
        stages = []
        for form in self.forms:
            if not getattr(form, "cleaned_data", None) or form.cleaned_data.get("DELETE"):
                continue
            data = form.cleaned_data
            opens, closes = data.get("opens_at"), data.get("closes_at")
            if opens and closes and closes <= opens:
                form.add_error("closes_at", _("A stage must close after it opens."))
            if opens and competition_opens and opens < competition_opens:
                form.add_error("opens_at", _("A stage cannot start before registration opens."))
            if data.get("order") is not None and opens:
                stages.append((data["order"], opens, form))
        stages.sort(key=lambda item: item[0])
        orders = [order for order, _opens, _form in stages]
        if len(orders) != len(set(orders)):
            raise forms.ValidationError(_("Two stages have the same order number."))
        for (_order, earlier, _form), (_next_order, later, form) in pairwise(stages):
            if later < earlier:
                form.add_error("opens_at", _("This stage starts before the stage before it."))


class CriterionInlineFormSet(forms.BaseInlineFormSet):
    """A scored stage's criteria weigh 100% together."""

    def clean(self):
        super().clean()
        forms_kept = [
            form
            for form in self.forms
            if getattr(form, "cleaned_data", None) and not form.cleaned_data.get("DELETE")
        ]
        for form in forms_kept:
            low, high = form.cleaned_data.get("min_score"), form.cleaned_data.get("max_score")
            if low is not None and high is not None and high <= low:
                form.add_error("max_score", _("The highest score must be above the lowest score."))
        if not forms_kept:
            return
        total = sum(form.cleaned_data.get("weight") or 0 for form in forms_kept)
        if total != 100:
            raise forms.ValidationError(
                _("The criteria weigh %(total)d%% in total; they must add up to 100%%.") % {"total": total}
            )


class EditionFromTemplateForm(forms.Form):
    template = forms.ChoiceField(label=_("Template"))
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100)

    def __init__(self, *args, templates: dict, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["template"].choices = [(key, template.name) for key, template in templates.items()]


class DuplicateEditionForm(forms.Form):
    year = forms.IntegerField(label=_("Year of the new edition"), min_value=2000, max_value=2100)
