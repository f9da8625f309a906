"""The secretariat's stage control. Stages are defined with their edition (competitions app); they are
run from here because closing a stage needs to know what is still undecided in it."""

from django import forms
from django.contrib import admin, messages
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _

from competitions.admin import ReadOnlyInline, RecordAdminMixin
from competitions.errors import RuleViolation, add_violation_to_form
from competitions.forms import CriterionInlineFormSet, StageAdminForm
from competitions.models import Competition, Criterion, Stage
from competitions.permissions import JUDGE_GROUP
from competitions.services import close_stage, open_stage
from judging.forms import ReasonForm
from judging.models import (
    Assignment,
    Award,
    Conflict,
    FieldVisit,
    FieldVisitPhoto,
    Panel,
    Score,
    ScoreSheet,
    StageResult,
)
from judging.permissions import is_conflicted
from judging.ranking import final_ranking, stage_ranking
from judging.selectors import undecided_in_stage
from judging.services import (
    advance_shortlist,
    assign_judge,
    auto_assign,
    decide_awards,
    publish_results,
    reopen_sheet,
    revert_shortlist,
)
from judging.services.decisions import award_cutoff_tie


def _posted_ids(request) -> set[int]:
    """The entries the secretariat ticked at a tie."""
    return {int(value) for value in request.POST.getlist("chosen") if value.isdigit()}


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


@admin.register(Stage)
class StageAdmin(admin.ModelAdmin):
    form = StageAdminForm
    list_display = ["name", "competition", "order", "kind", "status", "opens_at", "closes_at", "weight"]
    list_filter = ["competition", "kind", "status"]
    list_select_related = ["competition"]
    search_fields = ["name", "competition__name"]
    inlines = [CriterionInline]

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and obj.status != Stage.Status.PENDING:
            return ["status", "competition", "order", "kind", "weight"]
        return ["status"]

    actions = ["open_selected", "close_selected"]
    change_form_template = "admin/judging/stage/change_form.html"

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("<int:pk>/ranking/<int:category>/", view(self.ranking_view), name="judging_stage_ranking"),
            path("final/<int:pk>/<int:category>/", view(self.final_view), name="judging_final_ranking"),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        stage = self.get_object(request, object_id)
        categories = list(stage.competition.categories.all()) if stage else []
        return super().change_view(
            request, object_id, form_url, {**(extra_context or {}), "categories": categories}
        )

    def _page(self, request, template, title, **context):
        return TemplateResponse(
            request,
            template,
            {**self.admin_site.each_context(request), "opts": self.model._meta, "title": title, **context},
        )

    def ranking_view(self, request, pk, category):
        """The ranking of a stage in a category, and the decision: who advances ("Tetapkan 6 besar")."""
        if not self.has_change_permission(request):
            raise PermissionDenied
        stage = get_object_or_404(Stage.objects.select_related("competition"), pk=pk)
        category = get_object_or_404(stage.competition.categories, pk=category)
        decided = list(
            StageResult.objects.filter(stage=stage, submission__category=category, reverted_at__isnull=True)
            .select_related("submission__innovation", "submission__unit", "decided_by")
            .order_by("rank")
        )
        error = ""
        if request.method == "POST":
            try:
                if "revert" in request.POST:
                    revert_shortlist(
                        stage=stage, category=category, by=request.user, reason=request.POST.get("reason", "")
                    )
                    self.message_user(request, _("The decision is reverted."), messages.SUCCESS)
                else:
                    advance_shortlist(
                        stage=stage,
                        category=category,
                        by=request.user,
                        chosen_ids=_posted_ids(request),
                        reason=request.POST.get("reason", ""),
                    )
                    self.message_user(
                        request,
                        _("The decision is recorded and the units have been emailed."),
                        messages.SUCCESS,
                    )
                return redirect("admin:judging_stage_ranking", stage.pk, category.pk)
            except RuleViolation as refused:
                error = " ".join(refused.messages)
        return self._page(
            request,
            "admin/judging/ranking.html",
            _("Ranking: %(stage)s – %(category)s") % {"stage": stage.name, "category": category.name},
            stage=stage,
            category=category,
            ranking=None if decided else stage_ranking(stage, category),
            decided=decided,
            error=error,
            posted_reason=request.POST.get("reason", ""),
            posted_chosen=_posted_ids(request),
        )

    def final_view(self, request, pk, category):
        """The final composite ranking of a category, the awards, and publishing the results."""
        if not self.has_change_permission(request):
            raise PermissionDenied
        competition = get_object_or_404(Competition, pk=pk)
        category = get_object_or_404(competition.categories, pk=category)
        error = ""
        if request.method == "POST":
            try:
                if "publish" in request.POST:
                    publish_results(competition=competition, by=request.user)
                    self.message_user(request, _("The results are published."), messages.SUCCESS)
                else:
                    decide_awards(
                        competition=competition,
                        category=category,
                        by=request.user,
                        chosen_ids=_posted_ids(request),
                        reason=request.POST.get("reason", ""),
                    )
                    self.message_user(request, _("The awards are decided."), messages.SUCCESS)
                return redirect("admin:judging_final_ranking", competition.pk, category.pk)
            except RuleViolation as refused:
                error = " ".join(refused.messages)
        competition.refresh_from_db()
        entries = final_ranking(competition, category)
        _boundary, tied = award_cutoff_tie(
            [entry for entry in entries if entry.eligible_to_win],
            winners=category.winners,
            prize_count=category.prizes.count(),
        )
        return self._page(
            request,
            "admin/judging/final.html",
            _("Final ranking: %(competition)s – %(category)s")
            % {"competition": competition.name, "category": category.name},
            competition=competition,
            category=category,
            entries=entries,
            tied_ids={entry.submission.pk for entry in tied},
            stages=list(
                competition.stages.filter(kind__in=[Stage.Kind.SCORED, Stage.Kind.VERIFICATION], weight__gt=0)
            ),
            awards=list(
                Award.objects.filter(competition=competition, prize__category=category)
                .select_related("prize", "submission__innovation", "submission__unit")
                .order_by("prize__place")
            ),
            categories=list(competition.categories.all()),
            error=error,
            posted_reason=request.POST.get("reason", ""),
            posted_chosen=_posted_ids(request),
        )

    @admin.action(description=_("Open the selected stages"))
    def open_selected(self, request, queryset):
        for stage in queryset.order_by("order"):
            try:
                open_stage(stage=stage, by=request.user)
            except RuleViolation as error:
                for problem in error.messages:
                    self.message_user(request, f"{stage.name}: {problem}", messages.ERROR)
            else:
                self.message_user(request, _("“%(name)s” is open.") % {"name": stage.name}, messages.SUCCESS)

    @admin.action(description=_("Close the selected stages"))
    def close_selected(self, request, queryset):
        for stage in queryset.select_related("competition").order_by("order"):
            try:
                close_stage(stage=stage, by=request.user, find_undecided=undecided_in_stage)
            except RuleViolation as error:
                self.message_user(
                    request,
                    _("“%(name)s” cannot be closed yet:") % {"name": stage.name}
                    + " "
                    + " ".join(error.messages),
                    messages.ERROR,
                )
            else:
                self.message_user(
                    request, _("“%(name)s” is closed.") % {"name": stage.name}, messages.SUCCESS
                )


class PanelForm(forms.ModelForm):
    class Meta:
        model = Panel
        fields = ["stage", "category", "judge", "entries"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["judge"].queryset = User.objects.filter(groups__name=JUDGE_GROUP).order_by("username")


@admin.register(Panel)
class PanelAdmin(admin.ModelAdmin):
    form = PanelForm
    list_display = ["judge", "stage", "category", "load"]
    list_filter = ["stage__competition", "stage", "category"]
    list_select_related = ["judge", "stage", "category"]
    autocomplete_fields = ["entries"]
    actions = ["assign_automatically"]

    @admin.display(description=_("Assigned entries"))
    def load(self, panel):
        return panel.assigned_count

    def get_queryset(self, request):
        assigned = Assignment.objects.filter(stage=OuterRef("stage"), judge=OuterRef("judge")).values("judge")
        return (
            super()
            .get_queryset(request)
            .annotate(assigned_count=Coalesce(Subquery(assigned.annotate(n=Count("pk")).values("n")[:1]), 0))
        )

    @admin.action(description=_("Assign entries automatically (k judges per entry, balanced)"))
    def assign_automatically(self, request, queryset):
        for stage, category in sorted(
            {(panel.stage, panel.category) for panel in queryset}, key=lambda p: (p[0].pk, p[1].pk)
        ):
            report = auto_assign(stage=stage, category=category, by=request.user)
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

    def clean(self):
        cleaned = super().clean()
        judge, submission = cleaned.get("judge"), cleaned.get("submission")
        if judge and submission and is_conflicted(judge, submission):
            raise forms.ValidationError(
                _("%(judge)s has a conflict of interest with “%(entry)s”.")
                % {"judge": judge, "entry": submission}
            )
        return cleaned


@admin.register(Assignment)
class AssignmentAdmin(admin.ModelAdmin):
    form = AssignmentForm
    list_display = ["judge", "submission", "stage", "created_at"]
    list_filter = ["stage__competition", "stage", "judge"]
    list_select_related = ["judge", "stage", "submission__innovation", "submission__unit"]
    search_fields = ["submission__innovation__title", "judge__username"]
    autocomplete_fields = ["submission"]
    fields = ["stage", "submission", "judge"]

    def has_change_permission(self, request, obj=None):
        return False  # add or delete an assignment; changing one would hide who was assigned

    def save_model(self, request, obj, form, change):
        obj.pk = assign_judge(stage=obj.stage, submission=obj.submission, judge=obj.judge, by=request.user).pk


@admin.register(Conflict)
class ConflictAdmin(admin.ModelAdmin):
    """Every declared conflict and its reason. Membership of the entry's unit is a conflict by itself."""

    list_display = ["judge", "submission", "reason", "declared_at"]
    list_filter = ["submission__competition", "judge"]
    list_select_related = ["judge", "submission__innovation", "submission__unit"]
    search_fields = ["judge__username", "submission__innovation__title", "reason"]
    readonly_fields = ["judge", "submission", "reason", "declared_at"]

    def has_add_permission(self, request):
        return False  # judges declare conflicts themselves, from the entry's page


class ScoreInline(ReadOnlyInline):
    model = Score
    fields = ["criterion", "value", "note"]
    readonly_fields = fields


@admin.register(ScoreSheet)
class ScoreSheetAdmin(admin.ModelAdmin):
    """Sheets are the judges'. The secretariat reads them and may reopen a submitted one, with a reason."""

    list_display = ["submission", "judge", "stage", "status", "total", "submitted_at"]
    list_filter = ["stage__competition", "stage", "status", "judge"]
    list_select_related = ["submission__innovation", "submission__unit", "judge", "stage"]
    search_fields = ["submission__innovation__title", "judge__username"]
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


def _reason_page(model_admin, request, form, title, original=None):
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": title,
        "form": form,
        "original": original,
    }
    return TemplateResponse(request, "admin/portal/simple_form.html", context)


class VisitPhotoInline(ReadOnlyInline):
    model = FieldVisitPhoto
    fields = ["created_at"]
    readonly_fields = fields


@admin.register(FieldVisit)
class FieldVisitAdmin(RecordAdminMixin, admin.ModelAdmin):
    """Visits are recorded by the fact-finding team in the portal, through the service that logs them."""

    list_display = ["submission", "stage", "visited_on", "verified", "score", "recorded_by"]
    list_filter = ["stage__competition", "stage", "verified"]
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
        "normalised_score",
        "outcome",
        "decided_by",
        "reverted_at",
    ]
    list_filter = ["stage__competition", "stage", "outcome", ("reverted_at", admin.EmptyFieldListFilter)]
    list_select_related = ["submission__innovation", "submission__unit", "stage", "decided_by"]


@admin.register(Award)
class AwardAdmin(RecordAdminMixin, admin.ModelAdmin):
    list_display = ["prize", "submission", "competition", "final_score", "decided_by"]
    list_filter = ["competition"]
    list_select_related = [
        "prize__category",
        "submission__innovation",
        "submission__unit",
        "competition",
        "decided_by",
    ]
