"""The secretariat's stage control. Stages are defined with their edition (competitions app); they are
run from here because closing a stage needs to know what is still undecided in it."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from competitions.forms import CriterionInlineFormSet
from competitions.models import Criterion, Stage
from competitions.services import StageControlError, close_stage, open_stage
from judging.selectors import undecided_in_stage


class CriterionInline(admin.TabularInline):
    model = Criterion
    formset = CriterionInlineFormSet
    extra = 0
    fields = ["order", "name", "weight", "min_score", "max_score", "guidance", "level_descriptors"]


@admin.register(Stage)
class StageAdmin(admin.ModelAdmin):
    list_display = ["name", "competition", "order", "kind", "status", "opens_at", "closes_at", "weight"]
    list_filter = ["competition", "kind", "status"]
    list_select_related = ["competition"]
    search_fields = ["name", "competition__name"]
    readonly_fields = ["status"]
    inlines = [CriterionInline]
    actions = ["open_selected", "close_selected"]

    @admin.action(description=_("Open the selected stages"))
    def open_selected(self, request, queryset):
        for stage in queryset.order_by("order"):
            try:
                open_stage(stage=stage, by=request.user)
            except StageControlError as error:
                for problem in error.problems:
                    self.message_user(request, f"{stage.name}: {problem}", messages.ERROR)
            else:
                self.message_user(request, _("“%(name)s” is open.") % {"name": stage.name}, messages.SUCCESS)

    @admin.action(description=_("Close the selected stages"))
    def close_selected(self, request, queryset):
        for stage in queryset.select_related("competition").order_by("order"):
            try:
                close_stage(stage=stage, by=request.user, undecided=undecided_in_stage(stage))
            except StageControlError as error:
                self.message_user(
                    request,
                    _("“%(name)s” cannot be closed yet:") % {"name": stage.name}
                    + " "
                    + " ".join(error.problems),
                    messages.ERROR,
                )
            else:
                self.message_user(
                    request, _("“%(name)s” is closed.") % {"name": stage.name}, messages.SUCCESS
                )
