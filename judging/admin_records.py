"""The admin of what judging records: score sheets, field visits, stage results, awards, tie decisions
and piagam. The services write them; the secretariat reads them here (a sheet is reopened by its service)."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils.translation import gettext_lazy as _

from competitions.admin import ReadOnlyInline, RecordAdminMixin
from competitions.errors import RuleViolation, add_violation_to_form
from judging.admin import StageListFilter, _reason_page
from judging.forms import ReasonForm
from judging.models import (
    Award,
    Certificate,
    FieldVisit,
    FieldVisitPhoto,
    Score,
    ScoreSheet,
    StageResult,
    TieDecision,
)
from judging.services import (
    reopen_sheet,
)


class ScoreInline(ReadOnlyInline):
    model = Score
    fields = ["criterion", "value", "note"]
    readonly_fields = fields


@admin.register(ScoreSheet)
class ScoreSheetAdmin(admin.ModelAdmin):
    """Sheets are the judges'. The secretariat reads them and may reopen a submitted one, with a reason."""

    list_display = ["submission", "judge", "stage", "status", "total", "submitted_at"]
    # No judge filter: a national panel has hundreds of judges; the search finds a judge's sheets.
    list_filter = ["stage__competition", ("stage", StageListFilter), "status"]
    list_select_related = ["submission__innovation", "submission__unit", "judge", "stage"]
    search_fields = ["submission__innovation__title", "judge__username"]
    search_help_text = _("Search by innovation title or the judge's username.")
    # The columns of the sheets' unique constraint, so a page of 100 is read from its index. (Ordering by the
    # relations themselves would follow their own orderings: every sheet joined to its edition, category and
    # unit and sorted by their names before the first page could be shown.)
    ordering = ["stage_id", "submission_id", "judge_id"]
    show_full_result_count = False
    readonly_fields = [
        "stage",
        "submission",
        "judge",
        "status",
        "total",
        "note",
        "submitted_at",
        "reopen_reason",
    ]
    inlines = [ScoreInline]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_urls(self):
        return [
            path(
                "<int:pk>/reopen/",
                self.admin_site.admin_view(self.reopen_view),
                name="judging_scoresheet_reopen",
            ),
            *super().get_urls(),
        ]

    def reopen_view(self, request, pk):
        if not self.has_change_permission(request):
            raise PermissionDenied
        sheet = get_object_or_404(ScoreSheet.objects.select_related("submission__innovation", "judge"), pk=pk)
        form = ReasonForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                reopen_sheet(sheet=sheet, by=request.user, reason=form.cleaned_data["reason"])
            except RuleViolation as violation:
                add_violation_to_form(form, violation)
            else:
                self.message_user(
                    request, _("The sheet is reopened and the judge has been emailed."), messages.SUCCESS
                )
                return redirect("admin:judging_scoresheet_change", sheet.pk)
        return _reason_page(
            self, request, form, _("Reopen the score sheet: %(sheet)s") % {"sheet": sheet}, sheet
        )


class VisitPhotoInline(ReadOnlyInline):
    model = FieldVisitPhoto
    fields = ["created_at"]
    readonly_fields = fields


@admin.register(FieldVisit)
class FieldVisitAdmin(RecordAdminMixin, admin.ModelAdmin):
    """Visits are recorded by the fact-finding team in the portal, through the service that logs them."""

    list_display = ["submission", "stage", "visited_on", "verified", "score", "recorded_by"]
    list_filter = ["stage__competition", ("stage", StageListFilter), "verified"]
    list_select_related = ["submission__innovation", "submission__unit", "stage", "recorded_by"]
    search_fields = ["submission__innovation__title"]
    inlines = [VisitPhotoInline]


@admin.register(StageResult)
class StageResultAdmin(RecordAdminMixin, admin.ModelAdmin):
    """The record of decisions. Changed only through the ranking page (decide, revert with a reason)."""

    list_display = [
        "submission",
        "stage",
        "rank",
        "score",
        "adjusted_score",
        "outcome",
        "decided_by",
        "reverted_at",
    ]
    list_filter = [
        "stage__competition",
        ("stage", StageListFilter),
        "outcome",
        ("reverted_at", admin.EmptyFieldListFilter),
    ]
    list_select_related = ["submission__innovation", "submission__unit", "stage", "decided_by"]
    search_fields = ["submission__innovation__title", "tie_decision__reason", "revert_reason"]


@admin.register(Award)
class AwardAdmin(RecordAdminMixin, admin.ModelAdmin):
    list_display = ["prize", "submission", "competition", "final_score", "rank", "tie_decision", "decided_by"]
    list_filter = ["competition"]
    list_select_related = [
        "prize__category",
        "submission__innovation",
        "submission__unit",
        "competition",
        "decided_by",
        "tie_decision__category",
    ]
    search_fields = ["submission__innovation__title", "tie_decision__reason"]


@admin.register(TieDecision)
class TieDecisionAdmin(RecordAdminMixin, admin.ModelAdmin):
    """Every tie the secretariat placed: where (stage or final, places at stake), who, when and why."""

    list_display = ["decided_at", "competition", "category", "stage", "places", "reason", "decided_by"]
    list_filter = ["competition", ("stage", StageListFilter)]
    list_select_related = ["competition", "category", "stage", "decided_by"]
    search_fields = ["reason", "places", "entries__innovation__title"]
    filter_horizontal = ["entries"]


@admin.register(Certificate)
class CertificateAdmin(RecordAdminMixin, admin.ModelAdmin):
    """Every piagam issued, with the text it shows and its verification code (the services issue them)."""

    list_display = [
        "place",
        "innovation_title",
        "unit_name",
        "category_name",
        "edition_name",
        "code",
        "issued_at",
    ]
    list_filter = ["submission__competition", "kind"]
    list_select_related = ["submission"]
    search_fields = ["code", "innovation_title", "unit_name"]
