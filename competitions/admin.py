from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import User
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from competitions.forms import UnitImportForm
from competitions.models import Membership, Unit
from competitions.services import UnitImportError, import_units, read_unit_csv

admin.site.site_header = _("Innovation Portal · Secretariat")
admin.site.site_title = _("Innovation Portal")
admin.site.index_title = _("Competition administration")


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
            except UnitImportError as error:
                errors = error.errors
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
