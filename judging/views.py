from django.views.generic import TemplateView

from competitions import permissions
from competitions.access import RoleRequiredMixin


class JudgeDashboardView(RoleRequiredMixin, TemplateView):
    """The judge's home: the stages and entries assigned to them."""

    role = permissions.is_judge
    template_name = "judging/dashboard.html"


class FieldVisitListView(RoleRequiredMixin, TemplateView):
    """The fact-finding team's home: the entries to visit in the field."""

    role = permissions.is_verifier
    template_name = "judging/field_visits.html"
