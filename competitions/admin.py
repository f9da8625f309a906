from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from competitions.edition_templates import EDITION_TEMPLATES
from competitions.errors import RuleViolation, add_violation_to_form, report_violation
from competitions.forms import (
    CategoryAdminForm,
    CompetitionAdminForm,
    DuplicateEditionForm,
    EditionFromTemplateForm,
    StageInlineFormSet,
    UnitImportForm,
)
from competitions.models import Category, Competition, Event, Membership, Prize, Requirement, Stage, Unit
from competitions.services import (
    change_competition_status,
    create_edition_from_template,
    duplicate_edition,
    import_units,
    read_unit_csv,
)

admin.site.site_header = _("Innovation Portal · Secretariat")
admin.site.site_title = _("Innovation Portal")
admin.site.index_title = _("Competition administration")


class RecordAdminMixin:
    """A record nobody edits or deletes in the admin (the event log, decisions, awards, checks):
    the services write it, the secretariat reads it."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ReadOnlyInline(admin.TabularInline):
    """Rows of a record shown inside another record's page, never added or changed there."""

    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user", "unit"]


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin):
    list_display = ["name", "short_name", "kind", "parent", "is_active"]
    list_filter = ["kind", "is_active"]
    search_fields = ["name", "short_name"]
    list_select_related = ["parent"]
    autocomplete_fields = ["parent"]
    list_per_page = 50
    show_full_result_count = False
    inlines = [MembershipInline]
    change_list_template = "admin/competitions/unit/change_list.html"

    def get_urls(self):
        return [
            path(
                "import/",
                self.admin_site.admin_view(self.import_csv_view),
                name="competitions_unit_import",
            ),
            *super().get_urls(),
        ]

    def import_csv_view(self, request):
        if not self.has_add_permission(request) or not self.has_change_permission(request):
            return redirect("admin:competitions_unit_changelist")
        form = UnitImportForm(request.POST or None, request.FILES or None)
        errors: list[str] = []
        if request.method == "POST" and form.is_valid():
            try:
                report = import_units(rows=read_unit_csv(form.cleaned_data["csv_file"]))
            except RuleViolation as error:
                errors = error.messages
            else:
                self.message_user(
                    request,
                    ngettext(
                        "%(created)d unit created, %(updated)d updated.",
                        "%(created)d units created, %(updated)d updated.",
                        len(report.created),
                    )
                    % {"created": len(report.created), "updated": len(report.updated)},
                    messages.SUCCESS,
                )
                return redirect(reverse("admin:competitions_unit_changelist"))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Import units from CSV"),
            "form": form,
            "errors": errors,
        }
        return TemplateResponse(request, "admin/competitions/unit/import.html", context)


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "unit", "created_at"]
    search_fields = [
        "user__username",
        "user__first_name",
        "user__last_name",
        "unit__name",
    ]
    list_select_related = ["user", "unit"]
    autocomplete_fields = ["user", "unit"]


admin.site.unregister(User)


@admin.register(User)
class PortalUserAdmin(UserAdmin):
    """Accounts, provisioned by the secretariat.

    Only a superuser may grant superuser status or individual permissions, so a secretariat account
    cannot raise its own rights (OWASP ASVS 4.1.3, least privilege).
    """

    inlines = [MembershipInline]
    list_filter = ["is_staff", "is_active", "groups"]

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            readonly += ["is_superuser", "user_permissions"]
            if obj is not None and obj.is_superuser:
                readonly += ["is_staff", "is_active", "groups", "username", "email"]
        return readonly


class CategoryInline(admin.TabularInline):
    model = Category
    form = CategoryAdminForm
    extra = 0
    fields = ["order", "name", "eligible_kinds", "shortlist_size", "winners", "honourable_mentions"]
    show_change_link = True


class StageInline(admin.TabularInline):
    model = Stage
    formset = StageInlineFormSet
    extra = 0
    fields = ["order", "name", "kind", "opens_at", "closes_at", "weight", "shortlist_size", "blind", "status"]
    readonly_fields = ["status"]
    show_change_link = True


class RequirementInline(admin.TabularInline):
    model = Requirement
    extra = 0
    fields = ["order", "name", "kind", "is_required", "description"]


def _status_action(status: str, label):
    def action(modeladmin, request, queryset):
        for competition in queryset:
            try:
                change_competition_status(competition=competition, to=status, by=request.user)
            except RuleViolation as error:
                report_violation(request, error)
            else:
                modeladmin.message_user(
                    request,
                    _("“%(name)s” is now “%(status)s”.")
                    % {"name": competition.name, "status": Competition.Status(status).label},
                    messages.SUCCESS,
                )

    action.__name__ = f"make_{status}"
    action.short_description = label
    return action


@admin.register(Competition)
class CompetitionAdmin(admin.ModelAdmin):
    form = CompetitionAdminForm
    list_display = ["name", "year", "organiser", "status", "registration_opens_at", "registration_closes_at"]
    list_filter = ["status", "year"]
    search_fields = ["name", "organiser"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [CategoryInline, StageInline, RequirementInline]
    change_list_template = "admin/competitions/competition/change_list.html"
    change_form_template = "admin/competitions/competition/change_form.html"
    readonly_fields = ["status"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "year", "status", "organiser", "partner"]}),
        (_("Registration"), {"fields": ["registration_opens_at", "registration_closes_at"]}),
        (_("Description"), {"fields": ["description", "legal_basis"]}),
        (
            _("Proposal word limits"),
            {
                "classes": ["collapse"],
                "fields": [
                    "limit_summary",
                    "limit_background",
                    "limit_novelty",
                    "limit_implementation",
                    "limit_significance",
                    "limit_adaptability",
                    "limit_resources",
                    "limit_sustainability",
                ],
            },
        ),
        (_("Rules"), {"fields": ["max_upload_mb", "minimum_innovation_age_months"]}),
        (
            _("Judging"),
            {
                "fields": [
                    "aggregation",
                    "rank_by_normalised",
                    "tie_break_chain",
                    "judges_per_entry",
                    "unverified_cannot_win",
                    "show_feedback_to_units",
                ]
            },
        ),
    ]
    actions = [
        _status_action(Competition.Status.OPEN, _("Open for entries")),
        _status_action(Competition.Status.JUDGING, _("Close registration and start judging")),
        _status_action(Competition.Status.ANNOUNCED, _("Mark the winners as announced")),
        _status_action(Competition.Status.ARCHIVED, _("Archive")),
        _status_action(Competition.Status.DRAFT, _("Back to draft")),
    ]

    def get_urls(self):
        return [
            path(
                "from-template/",
                self.admin_site.admin_view(self.from_template_view),
                name="competitions_competition_from_template",
            ),
            path(
                "<int:pk>/duplicate/",
                self.admin_site.admin_view(self.duplicate_view),
                name="competitions_competition_duplicate",
            ),
            *super().get_urls(),
        ]

    def _form_page(self, request, form, title, competition=None):
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": title,
            "form": form,
            "original": competition,
            "submit_label": _("Create"),
        }
        return TemplateResponse(request, "admin/portal/simple_form.html", context)

    def from_template_view(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = EditionFromTemplateForm(request.POST or None, templates=EDITION_TEMPLATES)
        if request.method == "POST" and form.is_valid():
            try:
                competition = create_edition_from_template(
                    key=form.cleaned_data["template"], year=form.cleaned_data["year"], by=request.user
                )
            except RuleViolation as violation:
                add_violation_to_form(form, violation)
            else:
                self.message_user(
                    request,
                    _("“%(name)s” is created as a draft. Check its dates before opening it.")
                    % {"name": competition.name},
                    messages.SUCCESS,
                )
                return redirect("admin:competitions_competition_change", competition.pk)
        return self._form_page(request, form, _("New edition from a template"))

    def duplicate_view(self, request, pk):
        competition = get_object_or_404(Competition, pk=pk)
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = DuplicateEditionForm(request.POST or None, initial={"year": competition.year + 1})
        if request.method == "POST" and form.is_valid():
            try:
                copy = duplicate_edition(
                    competition=competition, year=form.cleaned_data["year"], by=request.user
                )
            except RuleViolation as violation:
                add_violation_to_form(form, violation)
            else:
                self.message_user(
                    request,
                    _("“%(name)s” is created as a draft, without entries or scores.") % {"name": copy.name},
                    messages.SUCCESS,
                )
                return redirect("admin:competitions_competition_change", copy.pk)
        return self._form_page(
            request,
            form,
            _("Duplicate “%(name)s” for another year") % {"name": competition.name},
            competition,
        )


class PrizeInline(admin.TabularInline):
    model = Prize
    extra = 0
    fields = ["place", "kind", "label", "amount", "certificate"]


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    form = CategoryAdminForm
    list_display = ["name", "competition", "shortlist_size", "winners", "honourable_mentions"]
    list_filter = ["competition"]
    list_select_related = ["competition"]
    search_fields = ["name", "competition__name"]
    inlines = [PrizeInline]


@admin.register(Event)
class EventAdmin(RecordAdminMixin, admin.ModelAdmin):
    """The event log, read-only: nobody edits history."""

    list_display = ["created_at", "actor", "action", "content_type", "object_id", "old_value", "new_value"]
    list_filter = ["action", "content_type"]
    search_fields = ["action", "note", "actor__username"]
    list_select_related = ["actor", "content_type"]
    date_hierarchy = "created_at"
