"""The secretariat's judging screens. Stages are defined with their edition (competitions app); they are
run from here because closing a stage needs to know what is still undecided in it. Each admin's actions and
`save_model` call the judging services; the ranking and decision pages are in `judging.admin_views`."""

from django import forms
from django.contrib import admin, messages
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db.models import Count, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from competitions.errors import RuleViolation, add_violation_to_form, report_violation
from competitions.forms import CriterionInlineFormSet, StageAdminForm
from competitions.models import Criterion, Stage
from competitions.permissions import JUDGE_GROUP
from competitions.services import close_stage, open_stage
from judging import admin_downloads
from judging.admin_views import FinalRankingView, StageRankingView
from judging.forms import ReasonForm
from judging.models import (
    Assignment,
    Conflict,
    Panel,
)
from judging.selectors import replacement_candidates, undecided_in_stage
from judging.services import (
    assign_judge,
    assignment_problems,
    auto_assign,
    panel_problems,
    remove_assignment,
    save_panel_member,
)


class StageChoiceField(forms.ModelChoiceField):
    """A stage picker that names the edition: "Kompetisi … 2026 – 2. Penilaian Proposal"."""

    def label_from_instance(self, stage):
        return f"{stage.competition.name} – {stage}"


class StageListFilter(admin.RelatedFieldListFilter):
    """The stage filter of a list, each stage named with its edition."""

    def field_choices(self, field, request, model_admin):
        stages = Stage.objects.select_related("competition").order_by(
            "-competition__year", "competition__name", "order"
        )
        return [(stage.pk, f"{stage.competition.name} – {stage}") for stage in stages]


class EditionNamedStagesMixin:
    """Every stage picker of this admin names its edition (three editions each have "2. Penilaian…")."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "stage":
            kwargs.setdefault("form_class", StageChoiceField)
            kwargs.setdefault(
                "queryset",
                Stage.objects.select_related("competition").order_by(
                    "-competition__year", "competition__name", "order"
                ),
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class CriterionInline(admin.TabularInline):
    """The rubric. Once a stage has started, the parts that enter a score are fixed: sheet totals are
    stored when judges save, and a changed weight or range would mix two rubrics in one ranking."""

    model = Criterion
    formset = CriterionInlineFormSet
    extra = 0
    fields = ["order", "name", "weight", "min_score", "max_score", "guidance", "level_descriptors"]

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and obj.status != Stage.Status.PENDING:
            return ["order", "weight", "min_score", "max_score"]
        return []

    def has_add_permission(self, request, obj=None):
        return (obj is None or obj.status == Stage.Status.PENDING) and super().has_add_permission(
            request, obj
        )

    def has_delete_permission(self, request, obj=None):
        return (obj is None or obj.status == Stage.Status.PENDING) and super().has_delete_permission(
            request, obj
        )


def stage_has_history(stage: Stage) -> bool:
    """A stage that carries assignments, sheets, visits or decisions is never deleted."""
    return (
        stage.status != Stage.Status.PENDING
        or stage.assignments.exists()
        or stage.sheets.exists()
        or stage.visits.exists()
        or stage.results.exists()
    )


@admin.register(Stage)
class StageAdmin(admin.ModelAdmin):
    form = StageAdminForm
    list_display = ["name", "competition", "order", "kind", "status", "opens_at", "closes_at", "weight"]
    list_filter = ["competition", "kind", "status"]
    list_select_related = ["competition"]
    search_fields = ["name", "competition__name"]
    inlines = [CriterionInline]
    actions = ["open_selected", "close_selected"]
    change_form_template = "admin/judging/stage/change_form.html"

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ["status"]
        if obj.status != Stage.Status.PENDING:
            return ["status", "competition", "order", "kind", "weight"]
        return ["status", "competition"]  # a stage never moves to another edition

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and (obj is None or not stage_has_history(obj))

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)  # one stage at a time, from its page, when it has no history
        return actions

    def get_urls(self):
        ranking = StageRankingView.as_view(admin_site=self.admin_site)
        final = FinalRankingView.as_view(admin_site=self.admin_site)
        view = self.admin_site.admin_view
        return [
            path("<int:pk>/ranking/<int:category>/", view(ranking), name="judging_stage_ranking"),
            path("final/<int:pk>/<int:category>/", view(final), name="judging_final_ranking"),
            *self.download_urls(),
            *super().get_urls(),
        ]

    def download_urls(self):
        """The edition's files: spreadsheets of its entries, inventory, scores and rankings; its piagam; the
        minutes of its decisions."""

        def download(route: str, view_class, name: str):
            return path(
                route, self.admin_site.admin_view(view_class.as_view(admin_site=self.admin_site)), name=name
            )

        views = admin_downloads
        return [
            download("edition/<int:pk>/downloads/", views.EditionDownloadsView, "judging_edition_downloads"),
            download(
                "edition/<int:pk>/entries.<str:file_format>",
                views.EntriesDownload,
                "judging_entries_download",
            ),
            download("edition/<int:pk>/inventory/", views.InventoryDownload, "judging_inventory_download"),
            download(
                "edition/<int:pk>/certificates.zip",
                views.CertificatesDownload,
                "judging_certificates_download",
            ),
            download(
                "edition/<int:pk>/scores.<str:file_format>",
                views.ScoreMatrixDownload,
                "judging_scores_download",
            ),
            download(
                "edition/<int:pk>/scores/<int:stage>.<str:file_format>",
                views.ScoreMatrixDownload,
                "judging_stage_scores_download",
            ),
            download(
                "<int:pk>/ranking/<int:category>/ranking.<str:file_format>",
                views.StageRankingDownload,
                "judging_stage_ranking_download",
            ),
            download(
                "final/<int:pk>/ranking.<str:file_format>",
                views.FinalRankingDownload,
                "judging_final_download",
            ),
            download(
                "<int:pk>/ranking/<int:category>/minutes.pdf",
                views.StageMinutesDownload,
                "judging_stage_minutes_download",
            ),
            download(
                "final/<int:pk>/<int:category>/minutes.pdf",
                views.FinalMinutesDownload,
                "judging_final_minutes_download",
            ),
            download(
                "final/<int:pk>/<int:category>/ranking.<str:file_format>",
                views.FinalRankingDownload,
                "judging_final_ranking_download",
            ),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        stage = self.get_object(request, object_id)
        categories = list(stage.competition.categories.all()) if stage else []
        return super().change_view(
            request, object_id, form_url, {**(extra_context or {}), "categories": categories}
        )

    @admin.action(description=_("Open the selected stages"))
    def open_selected(self, request, queryset):
        for stage in queryset.order_by("order"):
            try:
                open_stage(stage=stage, by=request.user)
            except RuleViolation as violation:
                report_violation(request, violation, prefix=f"{stage.name}: ")
            else:
                self.message_user(request, _("“%(name)s” is open.") % {"name": stage.name}, messages.SUCCESS)

    @admin.action(description=_("Close the selected stages"))
    def close_selected(self, request, queryset):
        for stage in queryset.select_related("competition").order_by("order"):
            try:
                close_stage(stage=stage, by=request.user, find_undecided=undecided_in_stage)
            except RuleViolation as violation:
                self.message_user(
                    request,
                    _("“%(name)s” cannot be closed yet:") % {"name": stage.name}
                    + " "
                    + " ".join(violation.messages),
                    messages.ERROR,
                )
            else:
                self.message_user(
                    request, _("“%(name)s” is closed.") % {"name": stage.name}, messages.SUCCESS
                )


def judges() -> QuerySet[User]:
    """The accounts a judge can be chosen from: the judge group, by username."""
    return User.objects.filter(groups__name=JUDGE_GROUP).order_by("username")


class PanelForm(forms.ModelForm):
    class Meta:
        model = Panel
        fields = ["stage", "category", "judge", "entries"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A saved member's judge and category are read-only, so its form has neither field.
        if "judge" in self.fields:
            self.fields["judge"].queryset = judges()
        if "category" in self.fields:
            self.fields["category"].queryset = self.fields["category"].queryset.select_related("competition")
            self.fields["category"].label_from_instance = lambda category: str(category)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("stage") and cleaned.get("category"):
            for problem in panel_problems(stage=cleaned["stage"], category=cleaned["category"]):
                self.add_error(None, problem)
        return cleaned


@admin.register(Panel)
class PanelAdmin(EditionNamedStagesMixin, admin.ModelAdmin):
    """Judges on the panel of a stage and category. Saved through the service, which logs it; a member with
    current assignments stays (take the judge off the entries first, with a reason)."""

    form = PanelForm
    list_display = ["judge", "stage", "category", "load"]
    list_filter = ["stage__competition", ("stage", StageListFilter), "category"]
    list_select_related = ["judge", "stage__competition", "category"]
    autocomplete_fields = ["entries"]
    actions = ["assign_automatically"]

    @admin.display(description=_("Assigned entries"))
    def load(self, panel):
        return panel.assigned_count

    def get_queryset(self, request):
        assigned = (
            Assignment.objects.filter(
                stage=OuterRef("stage"), judge=OuterRef("judge"), removed_at__isnull=True
            )
            .order_by()
            .values("judge")
        )
        return (
            super()
            .get_queryset(request)
            .annotate(assigned_count=Coalesce(Subquery(assigned.annotate(n=Count("pk")).values("n")[:1]), 0))
        )

    def get_readonly_fields(self, request, obj=None):
        return ["stage", "category", "judge"] if obj is not None else []

    def save_model(self, request, obj, form, change):
        """Saved with its entries in `save_related`, through the service, in one step and one event."""

    def save_related(self, request, form, formsets, change):
        save_panel_member(
            panel=form.instance, entries=list(form.cleaned_data.get("entries") or []), by=request.user
        )

    def has_delete_permission(self, request, obj=None):
        if obj is None:
            return super().has_delete_permission(request, obj)
        busy = Assignment.objects.filter(
            stage=obj.stage, judge=obj.judge, submission__category=obj.category, removed_at__isnull=True
        )
        return super().has_delete_permission(request, obj) and not busy.exists()

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    @admin.action(description=_("Assign entries automatically (k judges per entry, balanced)"))
    def assign_automatically(self, request, queryset):
        for stage, category in sorted(
            {(panel.stage, panel.category) for panel in queryset}, key=lambda p: (p[0].pk, p[1].pk)
        ):
            try:
                report = auto_assign(stage=stage, category=category, by=request.user)
            except RuleViolation as violation:
                report_violation(request, violation, prefix=f"{stage.name}, {category.name}: ")
                continue
            self.message_user(
                request,
                _("%(stage)s, %(category)s: %(count)d assignments made; load per judge: %(loads)s.")
                % {
                    "stage": stage.name,
                    "category": category.name,
                    "count": report.created,
                    "loads": ", ".join(f"{name} {load}" for name, load in report.loads.items()),
                },
                messages.SUCCESS,
            )
            if report.short:
                self.message_user(
                    request,
                    _("Not enough judges without a conflict for: %(entries)s.")
                    % {"entries": "; ".join(report.short)},
                    messages.WARNING,
                )


class AssignmentForm(forms.ModelForm):
    class Meta:
        model = Assignment
        fields = ["stage", "submission", "judge"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A saved assignment is read-only: its form has no field to narrow.
        if "judge" in self.fields:
            self.fields["judge"].queryset = judges()

    def clean(self):
        cleaned = super().clean()
        stage, submission, judge = cleaned.get("stage"), cleaned.get("submission"), cleaned.get("judge")
        if stage and submission and judge:
            for problem in assignment_problems(stage=stage, submission=submission, judge=judge):
                self.add_error(None, problem)
        return cleaned


class CurrentAssignmentFilter(admin.SimpleListFilter):
    title = _("current")
    parameter_name = "current"

    def lookups(self, request, model_admin):
        return [("yes", _("Current")), ("no", _("Removed"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(removed_at__isnull=True)
        if self.value() == "no":
            return queryset.filter(removed_at__isnull=False)
        return queryset


@admin.register(Assignment)
class AssignmentAdmin(EditionNamedStagesMixin, admin.ModelAdmin):
    """Assignments are added here or by the panel's automatic assignment, never changed or deleted: a judge
    is taken off an entry with a reason ("Remove the judge from the entry"), and the row stays."""

    form = AssignmentForm
    list_display = ["judge", "submission", "stage", "created_at", "removed_at", "remove_link"]
    list_filter = [CurrentAssignmentFilter, "stage__competition", ("stage", StageListFilter), "judge"]
    list_select_related = ["judge", "stage__competition", "submission__innovation", "submission__unit"]
    search_fields = ["submission__innovation__title", "judge__username", "removal_reason"]
    autocomplete_fields = ["submission"]
    fields = ["stage", "submission", "judge"]

    def get_fields(self, request, obj=None):
        if obj is None:
            return self.fields
        return [*self.fields, "created_by", "created_at", "removed_at", "removed_by", "removal_reason"]

    def get_readonly_fields(self, request, obj=None):
        return self.get_fields(request, obj) if obj is not None else []

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("Remove"))
    def remove_link(self, assignment):
        if assignment.removed_at is not None:
            return "—"
        url = reverse("admin:judging_assignment_remove", args=[assignment.pk])
        return format_html('<a class="button" href="{}">{}</a>', url, _("Remove the judge from the entry"))

    def get_urls(self):
        return [
            path(
                "<int:pk>/remove/",
                self.admin_site.admin_view(self.remove_view),
                name="judging_assignment_remove",
            ),
            *super().get_urls(),
        ]

    def remove_view(self, request, pk):
        if not self.has_view_or_change_permission(request) or not request.user.has_perm(
            "judging.change_assignment"
        ):
            raise PermissionDenied
        assignment = get_object_or_404(
            Assignment.objects.select_related("submission__innovation", "submission__unit", "judge", "stage"),
            pk=pk,
        )
        form = ReasonForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                remove_assignment(assignment=assignment, by=request.user, reason=form.cleaned_data["reason"])
            except RuleViolation as violation:
                add_violation_to_form(form, violation)
            else:
                self.message_user(
                    request,
                    _("The judge is taken off the entry; their sheet no longer counts."),
                    messages.SUCCESS,
                )
                return redirect("admin:judging_assignment_changelist")
        return _reason_page(
            self,
            request,
            form,
            _("Remove %(judge)s from “%(entry)s”")
            % {"judge": assignment.judge, "entry": assignment.submission},
            assignment,
        )

    def save_model(self, request, obj, form, change):
        try:
            obj.pk = assign_judge(
                stage=obj.stage, submission=obj.submission, judge=obj.judge, by=request.user
            ).pk
        except RuleViolation as violation:
            raise PermissionDenied(" ".join(violation.messages)) from violation


@admin.register(Conflict)
class ConflictAdmin(admin.ModelAdmin):
    """Every declared conflict and its reason. Membership of the entry's unit is a conflict by itself.
    From a conflict, the secretariat assigns a replacement judge (the panel's least-loaded free judge is
    offered first)."""

    list_display = ["judge", "submission", "reason", "declared_at", "replace_link"]
    list_filter = ["submission__competition", "judge"]
    list_select_related = ["judge", "submission__innovation", "submission__unit"]
    search_fields = ["judge__username", "submission__innovation__title", "reason"]
    readonly_fields = ["judge", "submission", "reason", "declared_at"]

    def has_add_permission(self, request):
        return False  # judges declare conflicts themselves, from the entry's page

    def has_delete_permission(self, request, obj=None):
        return False  # a conflict decides which sheets count; it is part of the record

    @admin.display(description=_("Replacement"))
    def replace_link(self, conflict):
        url = reverse("admin:judging_conflict_replace", args=[conflict.pk])
        return format_html('<a class="button" href="{}">{}</a>', url, _("Assign a replacement"))

    def get_urls(self):
        return [
            path(
                "<int:pk>/replace/",
                self.admin_site.admin_view(self.replace_view),
                name="judging_conflict_replace",
            ),
            *super().get_urls(),
        ]

    def replace_view(self, request, pk):
        if not request.user.has_perm("judging.add_assignment"):
            raise PermissionDenied
        conflict = get_object_or_404(
            Conflict.objects.select_related("judge", "submission__innovation", "submission__unit"), pk=pk
        )
        replacements = replacement_candidates(conflict)
        errors = []
        if request.method == "POST":
            chosen = next(
                (
                    (replacement.stage, judge)
                    for replacement in replacements
                    if str(replacement.stage.pk) == request.POST.get("stage")
                    for judge in replacement.candidates
                    if str(judge.pk) == request.POST.get("judge")
                ),
                None,
            )
            if chosen is None:
                errors = [_("Choose one of the judges offered.")]
            else:
                stage, judge = chosen
                try:
                    assign_judge(stage=stage, submission=conflict.submission, judge=judge, by=request.user)
                except RuleViolation as violation:
                    errors = violation.messages
                else:
                    self.message_user(
                        request,
                        _("%(judge)s now judges “%(entry)s” in %(stage)s and has been emailed.")
                        % {"judge": judge, "entry": conflict.submission, "stage": stage.name},
                        messages.SUCCESS,
                    )
                    return redirect("admin:judging_conflict_changelist")
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Replacement for %(judge)s on “%(entry)s”")
            % {"judge": conflict.judge, "entry": conflict.submission},
            "original": conflict,
            "replacements": replacements,
            "errors": errors,
        }
        return TemplateResponse(request, "admin/judging/conflict_replace.html", context)


def _reason_page(model_admin, request, form, title, original=None):
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": title,
        "form": form,
        "original": original,
    }
    return TemplateResponse(request, "admin/portal/simple_form.html", context)


# The read-only records' admins, registered on import.
from judging import admin_records  # noqa: E402, F401
