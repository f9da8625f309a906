from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.utils import unquote
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group, User
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from competitions.edition_templates import EDITION_TEMPLATES
from competitions.errors import RuleViolation, add_violation_to_form, report_violation
from competitions.forms import (
    CategoryAdminForm,
    CategoryInlineFormSet,
    CompetitionAdminForm,
    DuplicateEditionForm,
    EditionFromTemplateForm,
    PrizeInlineFormSet,
    RequirementInlineFormSet,
    StageInlineFormSet,
    UnitImportForm,
)
from competitions.models import (
    Category,
    Competition,
    Membership,
    Prize,
    ProposalSection,
    Requirement,
    Stage,
    Unit,
)
from competitions.permissions import can_manage_account, grantable_groups, manageable_accounts
from competitions.selectors import (
    carries_history,
    categories_with_entries,
    competitions_with_history,
    units_with_history,
)
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


class CategoryListFilter(admin.RelatedFieldListFilter):
    """The category filter of a list, each category named with its edition, in one query however many
    editions there are."""

    def field_choices(self, field, request, model_admin):
        categories = Category.objects.select_related("competition").order_by(
            "-competition__year", "competition__name", "order", "pk"
        )
        return [(category.pk, str(category)) for category in categories]


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

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not (
            obj is not None and carries_history(obj, units_with_history)
        )

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        if obj is not None and "is_active" in form.base_fields and carries_history(obj, units_with_history):
            form.base_fields["is_active"].help_text = _(
                "This unit has innovations or entries, so it is never deleted: untick “active” when it "
                "merges or closes. Its history stays."
            )
        return form

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
                report = import_units(rows=read_unit_csv(form.cleaned_data["csv_file"]), by=request.user)
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
admin.site.unregister(Group)


@admin.register(User)
class PortalUserAdmin(UserAdmin):
    """Accounts, provisioned by the secretariat.

    Only a superuser may grant superuser status or individual permissions, so a secretariat account
    cannot raise its own rights (OWASP ASVS 4.1.3, least privilege). Every path that changes an account
    (the change form, the password form, the list's actions) asks `can_manage_account`: an account
    holding rights the secretariat lacks is shown read-only and its password page answers 404.
    """

    inlines = [MembershipInline]
    list_filter = ["is_staff", "is_active", "groups"]

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        return obj is None or can_manage_account(request.user, obj)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            readonly += ["is_superuser", "user_permissions"]
        return readonly

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "groups":
            kwargs["queryset"] = grantable_groups(request.user)
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def _refuse_unmanageable(self, request, object_id) -> None:
        account = self.get_object(request, unquote(object_id))
        if account is None or not can_manage_account(request.user, account):
            raise Http404

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if object_id is not None and request.method == "POST":
            self._refuse_unmanageable(request, object_id)
        return super().changeform_view(request, object_id, form_url, extra_context)

    def user_change_password(self, request, id, form_url=""):
        self._refuse_unmanageable(request, id)
        return super().user_change_password(request, id, form_url)

    def response_action(self, request, queryset):
        """A bulk action runs only when every selected account may be managed by the actor."""
        if request.POST.get("select_across") != "1":
            queryset = queryset.filter(pk__in=request.POST.getlist(ACTION_CHECKBOX_NAME))
        refused = queryset.exclude(pk__in=manageable_accounts(request.user, queryset).values("pk"))
        if refused.exists():
            self.message_user(
                request,
                _("Nothing was changed: you cannot manage %(accounts)s.")
                % {"accounts": ", ".join(refused.values_list("username", flat=True))},
                messages.ERROR,
            )
            return HttpResponseRedirect(request.get_full_path())
        return super().response_action(request, queryset)


@admin.register(Group)
class PortalGroupAdmin(GroupAdmin):
    """Role groups. A group's permissions are every member's rights, so only a superuser edits them;
    the secretariat reads them."""

    def has_add_permission(self, request):
        return request.user.is_superuser

    def has_change_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser


class CategoryInline(admin.TabularInline):
    model = Category
    form = CategoryAdminForm
    formset = CategoryInlineFormSet
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
    formset = RequirementInlineFormSet
    extra = 0
    fields = ["order", "name", "kind", "is_required", "description"]


class ProposalSectionInline(admin.TabularInline):
    """The edition's proposal form, section by section (in the order of the "order" column). Fixed once
    registration opens, so every entry answers the same form."""

    model = ProposalSection
    extra = 0
    fields = [
        "order",
        "key",
        "label",
        "guidance",
        "min_words",
        "word_limit",
        "is_required",
        "profile_text",
        "requirements",
    ]
    verbose_name = _("section")
    verbose_name_plural = _("proposal form (sections in order)")

    def get_readonly_fields(self, request, obj=None):
        return self.fields if obj is not None and obj.proposal_form_is_frozen else []

    def has_add_permission(self, request, obj=None):
        return (obj is None or not obj.proposal_form_is_frozen) and super().has_add_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return (obj is None or not obj.proposal_form_is_frozen) and super().has_delete_permission(
            request, obj
        )

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        if "requirements" in formset.form.base_fields:
            field = formset.form.base_fields["requirements"]
            field.queryset = obj.requirements.all() if obj is not None else Requirement.objects.none()
        return formset


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
    inlines = [CategoryInline, StageInline, RequirementInline, ProposalSectionInline]
    change_list_template = "admin/competitions/competition/change_list.html"
    change_form_template = "admin/competitions/competition/change_form.html"
    readonly_fields = ["status"]  # changed only through the actions, which check each step
    fieldsets = [
        (None, {"fields": ["name", "slug", "year", "status", "organiser", "partner"]}),
        (_("Registration"), {"fields": ["registration_opens_at", "registration_closes_at"]}),
        (_("Description"), {"fields": ["description", "legal_basis"]}),
        (_("Rules"), {"fields": ["max_upload_mb", "minimum_innovation_age_months"]}),
        (
            _("Judging"),
            {
                "fields": [
                    "aggregation",
                    "rank_by_adjusted",
                    "tie_break_chain",
                    "judges_per_entry",
                    "unverified_cannot_win",
                    "show_feedback_to_units",
                ]
            },
        ),
        (
            _("Certificates (piagam)"),
            {"fields": ["certificate_signer_name", "certificate_signer_title", "certificate_signer_nip"]},
        ),
    ]
    actions = [
        _status_action(Competition.Status.OPEN, _("Open for entries")),
        _status_action(Competition.Status.JUDGING, _("Close registration and start judging")),
        _status_action(Competition.Status.ANNOUNCED, _("Mark the winners as announced")),
        _status_action(Competition.Status.ARCHIVED, _("Archive")),
        _status_action(Competition.Status.DRAFT, _("Back to draft")),
    ]

    def has_delete_permission(self, request, obj=None):
        """An edition with entries, stage results or awards is archived, never deleted."""
        return super().has_delete_permission(request, obj) and not (
            obj is not None and carries_history(obj, competitions_with_history)
        )

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
    formset = PrizeInlineFormSet
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

    def get_readonly_fields(self, request, obj=None):
        # A category stays in its edition: its entries, panels and prizes belong there.
        return ["competition"] if obj is not None else []

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not (
            obj is not None and carries_history(obj, categories_with_entries)
        )


# The event log's and the background jobs' admins, registered on import.
from competitions import admin_records  # noqa: E402, F401
