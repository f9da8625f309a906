"""The secretariat's screens for innovations and entries, including the administrative check."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from competitions import event_log
from competitions.admin import CategoryListFilter, ReadOnlyInline, RecordAdminMixin
from competitions.errors import RuleViolation, add_violation_to_form
from competitions.models import Competition
from competitions.selectors import administrative_check_is_open, events_for
from competitions.services import record_download
from competitions.spreadsheets import spreadsheet_response
from competitions.widgets import DateTimeInput
from submissions import services
from submissions.exports import entry_sheets, inventory_sheet
from submissions.forms import InventoryExportForm
from submissions.models import (
    AdministrativeCheck,
    Attachment,
    GovernmentAffair,
    Innovation,
    InnovationPhoto,
    RequirementCheck,
    Submission,
    SubmissionVersion,
)
from submissions.selectors import awaits_administrative_check, section_texts
from submissions.services import OUTCOME_STATUS, TRANSITIONS


@admin.register(GovernmentAffair)
class GovernmentAffairAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "order"]
    search_fields = ["name"]


class InnovationPhotoInline(admin.TabularInline):
    model = InnovationPhoto
    extra = 0
    fields = ["caption", "created_at"]
    readonly_fields = ["created_at"]
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False  # photos are uploaded through the portal, where they are checked and re-encoded


@admin.register(Innovation)
class InnovationAdmin(admin.ModelAdmin):
    list_display = ["title", "unit", "kind", "phase", "launch_date", "is_public"]
    list_filter = ["kind", "phase", "form", "is_public", "unit__kind"]
    search_fields = ["title", "summary", "unit__name", "unit__short_name"]
    list_select_related = ["unit"]
    autocomplete_fields = ["unit"]
    # Newest first, from the primary key's index (the model's order by unit name sorts every innovation of
    # the city through a join before the first page can be shown).
    ordering = ["-pk"]
    show_full_result_count = False
    # A video link typed without its scheme is a web address (https), as on the operator's form.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    filter_horizontal = ["affairs"]
    inlines = [InnovationPhotoInline]
    show_full_result_count = False
    list_per_page = 50
    actions = ["export_inventory"]

    @admin.action(description=_("Download the innovation inventory (IID form)…"))
    def export_inventory(self, request, queryset):
        """Asks for the index year and the file type first, then downloads the selected innovations."""
        form = InventoryExportForm(request.POST if "download" in request.POST else None)
        if form.is_valid():
            year = form.cleaned_data["year"]
            name = f"inventaris-inovasi-{year.year}" if year else "inventaris-inovasi"
            file_format = form.cleaned_data["file_format"]
            response = spreadsheet_response(name, [inventory_sheet(queryset, year)], file_format)
            # Innovations of any unit and year: the download is logged under the account that took it.
            record_download(
                request.user, by=request.user, filename=f"{name}.{file_format}", selected=queryset.count()
            )
            return response
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Innovation inventory (IID form)"),
            "form": form,
            "count": queryset.count(),
            "action": request.POST.get("action", ""),
            "select_across": request.POST.get("select_across", "0"),
            "selected": request.POST.getlist(ACTION_CHECKBOX_NAME),
        }
        return TemplateResponse(request, "admin/submissions/innovation/inventory.html", context)

    def save_model(self, request, obj, form, change):
        """Through the same service as the operators' page, which keeps the catalogue's search current."""
        services.save_innovation(innovation=obj, affairs=form.cleaned_data["affairs"], by=request.user)


class VersionInline(ReadOnlyInline):
    model = SubmissionVersion
    fields = ["number", "created_at", "created_by", "view_link"]
    readonly_fields = fields

    @admin.display(description=_("Content"))
    def view_link(self, version):
        url = reverse(
            "submissions:entry_version", kwargs={"pk": version.submission_id, "number": version.number}
        )
        return format_html('<a href="{}">{}</a>', url, _("View version"))


class AttachmentInline(ReadOnlyInline):
    model = Attachment
    fields = ["requirement", "section", "evidence_link", "content_type", "size", "created_at", "removed_at"]
    readonly_fields = fields

    @admin.display(description=_("Evidence"))
    def evidence_link(self, attachment):
        if attachment.is_link:
            return format_html(
                '<a href="{}" rel="noopener noreferrer">{}</a>', attachment.link_url, attachment
            )
        url = reverse("submissions:evidence_download", kwargs={"pk": attachment.pk})
        return format_html('<a href="{}">{}</a>', url, attachment)


class AdministrativeCheckInline(ReadOnlyInline):
    model = AdministrativeCheck
    fields = ["checked_at", "checked_by", "version", "outcome", "note", "revision_deadline"]
    readonly_fields = fields


class AdministrativeCheckForm(forms.Form):
    """One met/not-met line per required document, then the outcome."""

    outcome = forms.ChoiceField(
        label=_("Outcome"), choices=AdministrativeCheck.Outcome.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=_("Note to the unit"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    revision_deadline = forms.DateTimeField(
        label=_("Revision deadline"),
        required=False,
        widget=DateTimeInput(),
        help_text=_("Required when the entry needs revision."),
    )

    def __init__(self, *args, requirements, provided: set[int], status: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.requirements = requirements
        # Only the outcomes the entry can still reach: an entry whose revision deadline passed can only fail.
        self.fields["outcome"].choices = [
            (value, label)
            for value, label in AdministrativeCheck.Outcome.choices
            if OUTCOME_STATUS[value] in TRANSITIONS[status]
        ]
        for requirement in requirements:
            self.fields[f"met_{requirement.pk}"] = forms.BooleanField(
                label=requirement.name, required=False, initial=requirement.pk in provided
            )
            self.fields[f"note_{requirement.pk}"] = forms.CharField(
                label=_("Note"), required=False, max_length=500
            )

    def requirement_rows(self):
        return [
            (requirement, self[f"met_{requirement.pk}"], self[f"note_{requirement.pk}"])
            for requirement in self.requirements
        ]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("outcome") == AdministrativeCheck.Outcome.REVISE and not cleaned.get(
            "revision_deadline"
        ):
            self.add_error("revision_deadline", _("Give the unit a revision deadline."))
        return cleaned

    def verdicts(self) -> list[services.RequirementVerdict]:
        return [
            services.RequirementVerdict(
                requirement,
                self.cleaned_data[f"met_{requirement.pk}"],
                self.cleaned_data[f"note_{requirement.pk}"],
            )
            for requirement in self.requirements
        ]


@admin.register(Submission)
class SubmissionAdmin(admin.ModelAdmin):
    """Entries. Their content is the unit's: the secretariat reads it, checks it and moves it on, but never
    edits or deletes it."""

    list_display = ["innovation", "unit", "competition", "category", "status", "submitted_at", "check_link"]
    list_filter = ["competition", ("category", CategoryListFilter), "status"]
    # Newest entries first, from the primary key's index: the model's order (edition, category, unit name)
    # would join and sort every entry of every edition before showing the first page. Filter by edition and
    # category, or sort by a column, to see them grouped.
    ordering = ["-pk"]
    search_fields = ["innovation__title", "unit__name", "unit__short_name"]
    list_select_related = ["innovation", "unit", "competition", "category__competition"]
    readonly_fields = [
        "innovation",
        "unit",
        "competition",
        "category",
        "status",
        "submitted_at",
        "revision_deadline",
        "created_at",
        "updated_at",
        "history",
        "working_draft",
    ]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "innovation",
                    "unit",
                    "competition",
                    "category",
                    "status",
                    "submitted_at",
                    "revision_deadline",
                ]
            },
        ),
        (_("Working draft"), {"classes": ["collapse"], "fields": ["working_draft"]}),
        (_("History"), {"fields": ["history"]}),
    ]
    inlines = [VersionInline, AttachmentInline, AdministrativeCheckInline]
    actions = ["pass_selected", "export_xlsx", "export_csv"]
    show_full_result_count = False
    list_per_page = 50

    def get_queryset(self, request):
        # The "Check" button asks whether the edition's administrative check is open.
        return super().get_queryset(request).prefetch_related("competition__stages")

    def has_add_permission(self, request):
        return False  # entries are created by units in the portal

    def has_delete_permission(self, request, obj=None):
        return False  # no hard delete of an entry; withdraw it instead

    @admin.display(description=_("Proposal"))
    def working_draft(self, submission):
        rows = format_html_join(
            "",
            "<dt>{}</dt><dd>{}</dd>",
            (
                (item.section.label, item.text or "—")
                for item in section_texts(submission.competition, submission.sections)
            ),
        )
        return format_html('<dl class="proposal-sections">{}</dl>', rows)

    @admin.display(description=_("Event log"))
    def history(self, submission):
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            (
                (
                    formats.date_format(timezone.localtime(event.created_at), "j M Y H:i"),
                    event.actor or "—",
                    event_log.describe(event),
                    event.note,
                )
                for event in events_for(submission)
            ),
        )
        return format_html("<table>{}</table>", rows) if rows else "—"

    @admin.display(description=_("Administrative check"))
    def check_link(self, submission):
        if awaits_administrative_check(submission):
            url = reverse("admin:submissions_submission_check", args=[submission.pk])
            return format_html('<a class="button" href="{}">{}</a>', url, _("Check"))
        return "—"

    def get_urls(self):
        return [
            path(
                "<int:pk>/check/",
                self.admin_site.admin_view(self.check_view),
                name="submissions_submission_check",
            ),
            *super().get_urls(),
        ]

    def check_view(self, request, pk):
        if not self.has_change_permission(request):
            raise PermissionDenied
        submission = get_object_or_404(
            Submission.objects.select_related("innovation", "unit", "competition", "category"), pk=pk
        )
        requirements = list(submission.competition.requirements.all())
        version = submission.versions.order_by("-number").prefetch_related("attachments__requirement").first()
        attachments = list(version.attachments.all()) if version else []
        provided = {attachment.requirement_id for attachment in attachments if attachment.requirement_id}
        form = AdministrativeCheckForm(
            request.POST or None, requirements=requirements, provided=provided, status=submission.status
        )
        if request.method == "POST" and form.is_valid():
            try:
                services.record_administrative_check(
                    submission=submission,
                    by=request.user,
                    verdicts=form.verdicts(),
                    outcome=form.cleaned_data["outcome"],
                    note=form.cleaned_data["note"],
                    revision_deadline=form.cleaned_data["revision_deadline"],
                )
            except RuleViolation as violation:
                add_violation_to_form(form, violation)
            else:
                self.message_user(
                    request,
                    _("The check of “%(entry)s” is recorded and the unit has been emailed.")
                    % {"entry": submission},
                    messages.SUCCESS,
                )
                return redirect("admin:submissions_submission_changelist")
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Administrative check: %(entry)s") % {"entry": submission},
            "submission": submission,
            "version": version,
            "version_sections": section_texts(submission.competition, version.sections) if version else [],
            "attachments": attachments,
            "form": form,
            "can_check": awaits_administrative_check(submission),
            "check_closed": not administrative_check_is_open(submission.competition),
        }
        return TemplateResponse(request, "admin/submissions/submission/check.html", context)

    @admin.action(description=_("Pass the administrative check (all documents in order)"))
    def pass_selected(self, request, queryset):
        passed, refused = services.pass_all_requirements(
            submissions=queryset.select_related("competition", "innovation", "unit"), by=request.user
        )
        if passed:
            self.message_user(request, _("%(count)d entries passed.") % {"count": passed}, messages.SUCCESS)
        for message in refused:
            self.message_user(request, message, messages.ERROR)

    @admin.action(description=_("Download the selected entries (XLSX)"))
    def export_xlsx(self, request, queryset):
        sheets = entry_sheets(queryset)
        response = spreadsheet_response(_entries_filename(sheets, queryset), sheets, "xlsx")
        _log_entries_download(request, queryset, f"{_entries_filename(sheets, queryset)}.xlsx")
        return response

    @admin.action(description=_("Download the selected entries (CSV)"))
    def export_csv(self, request, queryset):
        sheets = entry_sheets(queryset)
        if len(sheets) > 1:
            self.message_user(
                request,
                _(
                    "A CSV file holds the entries of one edition: filter the list by edition first, or "
                    "download XLSX (one sheet per edition)."
                ),
                messages.ERROR,
            )
            return None
        response = spreadsheet_response(_entries_filename(sheets, queryset), sheets, "csv")
        _log_entries_download(request, queryset, f"{_entries_filename(sheets, queryset)}.csv")
        return response


def _entries_filename(sheets, queryset) -> str:
    """usulan-<edition> for one edition's entries, else usulan."""
    return f"usulan-{queryset.first().competition.slug}" if len(sheets) == 1 else "usulan"


def _log_entries_download(request, queryset, filename: str) -> None:
    """One event per edition of the chosen entries, with how many of its entries the file holds."""
    counts = queryset.order_by().values("competition").annotate(selected=Count("pk"))
    editions = Competition.objects.in_bulk([row["competition"] for row in counts])
    for row in counts:
        record_download(
            editions[row["competition"]], by=request.user, filename=filename, selected=row["selected"]
        )


@admin.register(AdministrativeCheck)
class AdministrativeCheckAdmin(RecordAdminMixin, admin.ModelAdmin):
    list_display = ["submission", "outcome", "checked_by", "checked_at", "revision_deadline"]
    list_filter = ["outcome", "submission__competition"]
    list_select_related = ["submission__innovation", "submission__unit", "checked_by"]
    search_fields = ["submission__innovation__title", "submission__unit__name"]

    class RequirementCheckInline(ReadOnlyInline):
        model = RequirementCheck
        fields = ["requirement", "is_met", "note"]
        readonly_fields = fields

    inlines = [RequirementCheckInline]


# The innovation index's screens live with the rest of the index; importing them registers them.
from submissions.index import admin as index_admin  # noqa: E402, F401
