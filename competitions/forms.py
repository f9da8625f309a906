import copy

from django import forms
from django.db.models import QuerySet
from django.forms.formsets import DELETION_FIELD_NAME
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from competitions.formatting import file_too_large
from competitions.models import Category, Competition, Stage, Unit
from competitions.rules import Problem, rubric_problems, schedule_problems
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
            raise file_too_large(upload.size, self.MAX_BYTES)
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


def _kept_forms(formset: forms.BaseFormSet) -> list[forms.Form]:
    """The formset's forms that will be saved: filled in and not marked for deletion."""
    return [
        form
        for form in formset.forms
        if getattr(form, "cleaned_data", None) and not form.cleaned_data.get("DELETE")
    ]


def show_problems(problems: list[Problem], kept: list[forms.ModelForm]) -> None:
    """Put each problem on the field of the form it is about; raise the rest as the formset's errors."""
    by_subject = {id(form.instance): form for form in kept}
    general = []
    for problem in problems:
        form = by_subject.get(id(problem.subject))
        if form is not None and problem.field in form.fields:
            form.add_error(problem.field, problem.message)
        else:
            general.append(problem.message)
    if general:
        raise forms.ValidationError(general)


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
    """The edition's stages, as typed, checked by `competitions.rules.schedule_problems`. A stage with
    score sheets, field visits or results stays."""

    def rows_with_history(self, rows):
        return stages_with_records(rows)

    def clean(self):
        super().clean()
        kept = _kept_forms(self)
        show_problems(schedule_problems(self.instance, [form.instance for form in kept]), kept)


class StageAdminForm(forms.ModelForm):
    """One stage on its own page: with the edition's other stages, it must keep the schedule
    (`competitions.rules.schedule_problems`)."""

    class Meta:
        model = Stage
        fields = "__all__"  # noqa: DJ007 - the ModelAdmin chooses the fields

    def clean(self):
        cleaned = super().clean()
        competition = cleaned.get("competition") or getattr(self.instance, "competition", None)
        if competition is None:
            return cleaned
        # The stage as typed; the fields the admin shows read-only keep their stored values.
        stage = copy.copy(self.instance)
        for name in ("order", "name", "opens_at", "closes_at"):
            if name in cleaned:
                setattr(stage, name, cleaned[name])
        others = Stage.objects.filter(competition=competition).exclude(pk=self.instance.pk)
        for problem in schedule_problems(competition, [*others, stage]):
            on_field = problem.subject is stage and problem.field in self.fields
            self.add_error(problem.field if on_field else None, problem.message)
        return cleaned


class CriterionInlineFormSet(forms.BaseInlineFormSet):
    """A stage's rubric, checked by `competitions.rules.rubric_problems`: ranges rise, weights make 100%.

    Each form's instance carries the values as typed and, for fields the admin shows read-only, the
    stored ones. Once the stage has started its weights and ranges cannot change (they were checked when
    it opened), so the rubric is not checked again and its names and guidance can still be edited.
    """

    def clean(self):
        super().clean()
        if self.instance.status != Stage.Status.PENDING:
            return
        kept = _kept_forms(self)
        if kept:
            show_problems(rubric_problems(form.instance for form in kept), kept)


class EditionFromTemplateForm(forms.Form):
    template = forms.ChoiceField(label=_("Template"))
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100)

    def __init__(self, *args, templates: dict, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["template"].choices = [(key, template.name) for key, template in templates.items()]


class DuplicateEditionForm(forms.Form):
    year = forms.IntegerField(label=_("Year of the new edition"), min_value=2000, max_value=2100)
