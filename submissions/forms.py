from dataclasses import dataclass

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.utils.translation import gettext_lazy as _

from competitions.models import Category, ProposalSection, Requirement, Unit
from competitions.widgets import DateInput
from submissions.index.models import IndexYear
from submissions.index.selectors import years_with_answers
from submissions.models import GovernmentAffair, Innovation, Submission
from submissions.selectors import count_words, proposal_form


class InnovationForm(forms.ModelForm):
    affairs = forms.ModelMultipleChoiceField(
        label=_("Areas of government affairs (urusan)"),
        queryset=GovernmentAffair.objects.all(),
        widget=forms.CheckboxSelectMultiple,
    )

    video_url = forms.URLField(
        label=_("Video link"), required=False, assume_scheme="https", help_text=_("YouTube or Google Drive.")
    )

    class Meta:
        model = Innovation
        fields = [
            "unit",
            "title",
            "summary",
            "form",
            "kind",
            "phase",
            "initiator",
            "affairs",
            "trial_date",
            "launch_date",
            "design",
            "goals",
            "benefits",
            "results",
            "video_url",
            "is_public",
        ]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 4}),
            "design": forms.Textarea(attrs={"rows": 8}),
            "goals": forms.Textarea(attrs={"rows": 4}),
            "benefits": forms.Textarea(attrs={"rows": 4}),
            "results": forms.Textarea(attrs={"rows": 4}),
            "trial_date": DateInput(),
            "launch_date": DateInput(),
        }

    def __init__(self, *args, units: list[Unit], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = Unit.objects.filter(pk__in=[unit.pk for unit in units])
        if len(units) == 1:
            self.fields["unit"].initial = units[0]
            self.fields["unit"].widget = forms.HiddenInput()
        if self.instance.pk:
            self.fields["unit"].disabled = True
        self.helper = FormHelper()
        self.helper.form_id = "innovation-form"
        self.helper.add_input(Submit("save", _("Save")))

    def clean(self):
        cleaned = super().clean()
        trial, launch = cleaned.get("trial_date"), cleaned.get("launch_date")
        if trial and launch and launch < trial:
            self.add_error("launch_date", _("The innovation cannot be in use before its trial started."))
        return cleaned


class InnovationPhotoForm(forms.Form):
    image = forms.FileField(
        label=_("Photo"),
        help_text=_("JPEG, PNG or WebP. Location data in the photo is removed when it is saved."),
    )
    caption = forms.CharField(label=_("Caption"), max_length=200, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False


class EnterCompetitionForm(forms.Form):
    category = forms.ModelChoiceField(label=_("Competition and category"), queryset=Category.objects.none())

    def __init__(self, *args, categories: list[Category], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = Category.objects.filter(
            pk__in=[c.pk for c in categories]
        ).select_related("competition")
        self.fields["category"].label_from_instance = lambda category: (
            f"{category.competition.name} – {category.name}"
        )
        if len(categories) == 1:  # one choice is no choice: it is chosen, with no empty line to pick first
            self.fields["category"].initial = categories[0].pk
            self.fields["category"].empty_label = None
        self.helper = FormHelper()
        self.helper.add_input(Submit("enter", _("Enter this competition")))


@dataclass
class SectionField:
    """One section on the proposal page: its definition, its field, the words in it, where it came from."""

    section: ProposalSection
    field: forms.BoundField
    words: int
    source: dict | None

    @property
    def over_limit(self) -> bool:
        return self.section.word_limit is not None and self.words > self.section.word_limit


class ProposalForm(forms.Form):
    """The edition's proposal form (`competitions.ProposalSection`), one text field per section. Word
    limits are shown and counted here but enforced when submitting, so a draft is always saved as typed."""

    # The draft's revision when the page was opened: a save from a page opened before someone else's
    # save is refused. Pages sent without it (opened before it existed) are saved as before.
    draft_revision = forms.IntegerField(min_value=0, required=False, widget=forms.HiddenInput)

    def __init__(self, *args, submission: Submission, **kwargs):
        super().__init__(*args, **kwargs)
        self.submission = submission
        self.sections = proposal_form(submission.competition)
        self.fields["draft_revision"].initial = submission.draft_revision
        for section in self.sections:
            attrs = {"rows": 10 if (section.word_limit or 1000) > 300 else 6, "class": "word-counted"}
            if section.word_limit is not None:
                attrs["data-word-limit"] = section.word_limit
            if section.min_words is not None:
                attrs["data-min-words"] = section.min_words
            self.fields[self.field_name(section)] = forms.CharField(
                label=section.label,
                required=False,  # a draft saves whatever is there; the submit check asks for the rest
                initial=submission.sections.get(section.key, ""),
                help_text=section.guidance,
                widget=forms.Textarea(attrs=attrs),
            )
        self.helper = FormHelper()
        self.helper.form_tag = False

    @staticmethod
    def field_name(section: ProposalSection) -> str:
        return f"section_{section.key}"

    def texts(self) -> dict[str, str]:
        """The sections as typed, by key (after validation)."""
        return {section.key: self.cleaned_data[self.field_name(section)] for section in self.sections}

    def section_fields(self) -> list[SectionField]:
        """Each section with its field, its word count as shown now, and the source of its first text."""
        rows = []
        for section in self.sections:
            name = self.field_name(section)
            text = self.data.get(name, "") if self.is_bound else self.submission.sections.get(section.key, "")
            rows.append(
                SectionField(
                    section, self[name], count_words(text), self.submission.section_sources.get(section.key)
                )
            )
        return rows


class EvidenceForm(forms.Form):
    """A file or a link, for one required document or one proposal section. Its fields are part of the
    proposal form, whose every button also adds the evidence when a file or link is given."""

    target = forms.ChoiceField(label=_("Evidence for"))
    title = forms.CharField(label=_("Description"), max_length=200, required=False)
    file = forms.FileField(label=_("File"), required=False, help_text=_("PDF, JPEG, PNG or WebP."))
    link = forms.URLField(
        label=_("Or a link"),
        required=False,
        max_length=500,
        assume_scheme="https",
        help_text=_("For example a YouTube or Google Drive link."),
    )

    TYPED_FIELDS = ("target", "title", "link")  # what a browser can be given back; never a file

    def __init__(self, *args, requirements: list[Requirement], sections: list[ProposalSection], **kwargs):
        super().__init__(*args, **kwargs)
        self.requirements = {str(requirement.pk): requirement for requirement in requirements}
        self.fields["target"].choices = [
            (_("Required documents"), [(f"req-{pk}", r.name) for pk, r in self.requirements.items()]),
            (
                _("Proposal sections"),
                [(f"sec-{section.key}", section.label) for section in sections],
            ),
        ]
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True  # the proposal form carries the token

    @classmethod
    def typed_values(cls, data) -> dict[str, str]:
        """The evidence fields as typed, to show them again when the evidence was not sent yet."""
        return {name: data[name] for name in cls.TYPED_FIELDS if data.get(name)}

    def is_filled(self) -> bool:
        """Whether a file or a link was given: only then is there evidence to add."""
        return bool(self.files.get("file")) or bool(self.data.get("link", "").strip())

    def clean(self):
        cleaned = super().clean()
        if bool(cleaned.get("file")) == bool(cleaned.get("link")):
            raise forms.ValidationError(_("Choose a file or paste a link (one of the two)."))
        target = cleaned.get("target", "")
        cleaned["requirement"] = (
            self.requirements.get(target.removeprefix("req-")) if target.startswith("req-") else None
        )
        cleaned["section"] = target.removeprefix("sec-") if target.startswith("sec-") else ""
        return cleaned


class WithdrawForm(forms.Form):
    reason = forms.CharField(label=_("Why is the entry withdrawn?"), widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.add_input(Submit("withdraw", _("Withdraw the entry"), css_class="btn-danger"))


class InventoryExportForm(forms.Form):
    """The innovation inventory's options: which year's index answers to add, and the file type."""

    year = forms.ModelChoiceField(
        label=_("Innovation index year"),
        queryset=None,
        required=False,
        empty_label=_("(profile fields only)"),
        help_text=_("Adds each indicator's level and whether evidence is attached, for that year."),
    )
    file_format = forms.ChoiceField(
        label=_("File type"),
        choices=[("xlsx", "Excel (XLSX)"), ("csv", "CSV")],
        initial="xlsx",
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].queryset = IndexYear.objects.order_by("-year")
        answered = sorted(years_with_answers(), reverse=True)
        if answered:
            self.fields["year"].initial = IndexYear.objects.get(year=answered[0]).pk
