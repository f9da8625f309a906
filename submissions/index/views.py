"""The index pages: a unit's answers per innovation, their evidence, and the city's simulated index for
leaders. Anything outside the user's scope answers 404."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView, TemplateView

from competitions import permissions
from competitions.access import KeepTypedDataMixin, RoleRequiredMixin
from submissions.downloads import private_file_response
from submissions.index import services
from submissions.index.forms import IndicatorAnswersForm
from submissions.index.permissions import can_fill_innovation_index, can_view_innovation_index
from submissions.index.selectors import (
    city_index_for_year,
    get_answer_for_user,
    get_index_year,
    get_innovation_for_index,
    index_years,
    innovation_index_sheet,
    years_with_answers,
)


class InnovationIndexLatestView(LoginRequiredMixin, View):
    """The index page of an innovation, for the newest configured year."""

    def get(self, request, pk):
        innovation = get_innovation_for_index(user=request.user, pk=pk)
        years = index_years()
        if not years:
            raise Http404
        return redirect("submissions:innovation_index", pk=innovation.pk, year=years[0].year)


class InnovationIndexView(KeepTypedDataMixin, LoginRequiredMixin, FormView):
    """One innovation's answers for one year: the unit's operators fill them, the secretariat reads them.

    Every indicator is saved on its own: a refused file comes back on this page beside its indicator,
    with everything typed still in the form, while the other indicators are saved.
    """

    form_class = IndicatorAnswersForm
    template_name = "submissions/index/innovation.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.innovation = get_innovation_for_index(user=request.user, pk=kwargs["pk"])
            self.config = get_index_year(kwargs["year"])
            self.can_fill = can_fill_innovation_index(request.user, self.innovation)
            self.sheet = innovation_index_sheet(self.innovation, self.config)
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "indicators": [line.indicator for line in self.sheet.lines],
            "answers": self.sheet.answers(),
            "read_only": not self.can_fill,
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = context["form"]
        return {
            **context,
            "innovation": self.innovation,
            "config": self.config,
            "years": index_years(),
            "sheet": self.sheet,
            "rows": [(line, form.fields_for(line.indicator)) for line in self.sheet.lines],
            "can_fill": self.can_fill,
        }

    def post(self, request, *args, **kwargs):
        if not self.can_fill:
            raise Http404
        form = self.get_form()
        form.is_valid()  # an invalid indicator is left out; the others are saved
        refused = services.save_indicator_answers(
            innovation=self.innovation, answers=form.answers(), by=request.user
        )
        for line in self.sheet.lines:
            if line.indicator.pk in refused:
                form.add_refusal(line.indicator, refused[line.indicator.pk])
        if form.errors:
            messages.warning(
                request,
                _("Not every indicator is saved: see the notes beside them. Choose any file again."),
            )
            self.sheet = innovation_index_sheet(self.innovation, self.config)
            return self.render_to_response(self.get_context_data(form=form))
        messages.success(request, _("The innovation index answers are saved."))
        return redirect("submissions:innovation_index", pk=self.innovation.pk, year=self.config.year)


class IndexEvidenceView(LoginRequiredMixin, View):
    """An answer's evidence, for the unit's operators and the secretariat: a link redirects, a file
    downloads under its original name."""

    def get(self, request, pk):
        answer = get_answer_for_user(user=request.user, pk=pk)
        if answer.link_url:
            return redirect(answer.link_url)
        return private_file_response(
            answer.file, content_type=answer.content_type, download_name=answer.original_name
        )


class IndexSimulationView(RoleRequiredMixin, TemplateView):
    """For leaders: the index the city would get for a year, from its units' answers."""

    role = permissions.is_leader
    template_name = "submissions/index/simulation.html"

    def get_context_data(self, **kwargs):
        years = index_years()
        config = self.chosen_year(years)
        city = city_index_for_year(config) if config else None
        lists = []
        if city is not None:
            for item in city.innovations:
                item.can_open = can_view_innovation_index(self.request.user, item.innovation)
            lists = [
                (_("Highest simulated scores"), city.highest()),
                (_("Lowest simulated scores"), city.lowest()),
            ]
        return super().get_context_data(years=years, config=config, city=city, city_lists=lists, **kwargs)

    def chosen_year(self, years):
        by_year = {config.year: config for config in years}
        try:
            return by_year[int(self.request.GET.get("tahun", ""))]
        except (KeyError, ValueError):
            answered = years_with_answers()
            return next((config for config in years if config.year in answered), years[0] if years else None)
