"""The secretariat's screens for the innovation index: each year's rules and indicators, the city's
regional score, and the verification of the units' evidence."""

from django import forms
from django.contrib import admin, messages
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from competitions.errors import RuleViolation
from submissions.index import services
from submissions.index.models import IndexIndicator, IndexYear, InnovationIndicator


class IndexYearForm(forms.ModelForm):
    class Meta:
        model = IndexYear
        fields = [
            "year",
            "regional_score",
            "regional_max_score",
            "divisor",
            "innovation_count_cap",
            "points_per_innovation",
            "basic_affairs",
            "basic_affairs_required",
            "very_innovative_from",
            "innovative_from",
        ]

    def clean(self):
        cleaned = super().clean()
        affairs, required = cleaned.get("basic_affairs"), cleaned.get("basic_affairs_required")
        if affairs is not None and required is not None and required > len(affairs):
            self.add_error(
                "basic_affairs_required",
                _("Only %(count)d basic-service areas are chosen.") % {"count": len(affairs)},
            )
        return cleaned


class IndexIndicatorInline(admin.TabularInline):
    """The year's indicators. One that units have answered cannot be deleted (its answers protect it)."""

    model = IndexIndicator
    extra = 0
    fields = ["number", "name", "weight", "is_mandatory", "level_1", "level_2", "level_3", "evidence_hint"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in {"level_1", "level_2", "level_3", "evidence_hint"}:
            kwargs["widget"] = forms.Textarea(attrs={"rows": 2, "cols": 24})
        return super().formfield_for_dbfield(db_field, request, **kwargs)


@admin.register(IndexYear)
class IndexYearAdmin(admin.ModelAdmin):
    form = IndexYearForm
    list_display = [
        "year",
        "divisor",
        "basic_affairs_required",
        "very_innovative_from",
        "innovative_from",
        "regional_score",
        "simulation_link",
    ]
    filter_horizontal = ["basic_affairs"]
    inlines = [IndexIndicatorInline]
    actions = ["copy_to_next_year"]
    fieldsets = [
        (None, {"fields": ["year", "regional_score", "regional_max_score"]}),
        (
            _("Innovation aspect (SID)"),
            {
                "fields": [
                    "divisor",
                    "innovation_count_cap",
                    "points_per_innovation",
                    "basic_affairs",
                    "basic_affairs_required",
                ]
            },
        ),
        (_("Predicates"), {"fields": ["very_innovative_from", "innovative_from"]}),
    ]

    def has_delete_permission(self, request, obj=None):
        # A year the units answered keeps its rules: the answers and their history rest on them.
        return super().has_delete_permission(request, obj) and not (
            obj is not None and InnovationIndicator.objects.filter(indicator__year=obj).exists()
        )

    @admin.display(description=_("Simulation"))
    def simulation_link(self, config):
        url = reverse("submissions:index_simulation") + f"?tahun={config.year}"
        return format_html('<a href="{}">{}</a>', url, _("Show"))

    @admin.action(description=_("Copy the rules to the next year"))
    def copy_to_next_year(self, request, queryset):
        for source in queryset.order_by("year"):
            try:
                copy = services.copy_index_year(source=source, year=source.year + 1, by=request.user)
            except RuleViolation as violation:
                for message in violation.messages:
                    self.message_user(request, message, messages.ERROR)
            else:
                self.message_user(
                    request,
                    _("The rules of %(year)s are ready: check them against that year's guidance.")
                    % {"year": copy.year},
                    messages.SUCCESS,
                )


class InnovationIndicatorForm(forms.ModelForm):
    class Meta:
        model = InnovationIndicator
        fields = ["verified"]


@admin.register(InnovationIndicator)
class InnovationIndicatorAdmin(admin.ModelAdmin):
    """The units' answers: the secretariat reads them and verifies the evidence. The answers themselves
    are the units' and change only on their page."""

    form = InnovationIndicatorForm
    list_display = ["innovation", "unit", "year", "indicator_number", "level", "evidence_link", "verified"]
    list_filter = ["indicator__year", "verified", "indicator__is_mandatory", "indicator__number"]
    search_fields = ["innovation__title", "innovation__unit__name", "innovation__unit__short_name"]
    list_select_related = ["innovation__unit", "indicator__year"]
    actions = ["mark_verified", "mark_unverified"]
    readonly_fields = [
        "innovation",
        "indicator",
        "level",
        "note",
        "evidence_link",
        "updated_by",
        "updated_at",
    ]
    fields = [*readonly_fields, "verified"]
    show_full_result_count = False
    list_per_page = 50

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("unit"), ordering="innovation__unit__name")
    def unit(self, answer):
        return answer.innovation.unit.display_name

    @admin.display(description=_("year"), ordering="indicator__year__year")
    def year(self, answer):
        return answer.indicator.year.year

    @admin.display(description=_("indicator"), ordering="indicator__number")
    def indicator_number(self, answer):
        return str(answer.indicator)

    @admin.display(description=_("Evidence"))
    def evidence_link(self, answer):
        if not answer.has_evidence:
            return "—"
        url = reverse("submissions:index_evidence", kwargs={"pk": answer.pk})
        return format_html('<a href="{}" rel="noopener noreferrer">{}</a>', url, answer.evidence_label)

    def save_model(self, request, obj, form, change):
        # The flag is the only field here; it changes through the service, which writes the event log.
        try:
            services.set_answer_verified(answer=obj, verified=form.cleaned_data["verified"], by=request.user)
        except RuleViolation as violation:
            for message in violation.messages:
                self.message_user(request, message, messages.ERROR)

    @admin.action(description=_("Mark the evidence verified"))
    def mark_verified(self, request, queryset):
        self._verify(request, queryset, verified=True)

    @admin.action(description=_("Mark the evidence as waiting for verification"))
    def mark_unverified(self, request, queryset):
        self._verify(request, queryset, verified=False)

    def _verify(self, request, queryset, *, verified: bool):
        changed = 0
        for answer in queryset:
            try:
                services.set_answer_verified(answer=answer, verified=verified, by=request.user)
            except RuleViolation as violation:
                for message in violation.messages:
                    self.message_user(request, message, messages.ERROR)
            else:
                changed += 1
        if changed:
            self.message_user(request, _("%(count)d answers updated.") % {"count": changed}, messages.SUCCESS)
