from django.views.generic import TemplateView

from competitions import permissions
from competitions.access import RoleRequiredMixin
from competitions.selectors import unit_counts_by_kind, units_for_operator


class OperatorDashboardView(RoleRequiredMixin, TemplateView):
    """The operator's home: the units they work for and what those units have in hand."""

    role = permissions.is_operator
    template_name = "submissions/dashboard.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(units=units_for_operator(self.request.user), **kwargs)


class ParticipationView(RoleRequiredMixin, TemplateView):
    """For leaders: the roster of units that may take part, by kind."""

    role = permissions.is_leader
    template_name = "submissions/participation.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(kinds=unit_counts_by_kind(), **kwargs)
