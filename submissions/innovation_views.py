"""The operator's pages for their unit's innovations: the list, the profile form, its photos, and entering
an innovation in an open competition. Anything outside the user's units answers 404."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView, TemplateView

from competitions import permissions
from competitions.access import KeepTypedDataMixin
from competitions.errors import RuleViolation, add_violation_to_form
from competitions.selectors import units_for_operator
from submissions import services
from submissions.downloads import private_file_response
from submissions.forms import (
    EnterCompetitionForm,
    InnovationForm,
    InnovationPhotoForm,
)
from submissions.models import InnovationPhoto
from submissions.permissions import (
    can_manage_innovation,
)
from submissions.selectors import (
    categories_open_to,
    get_innovation_for_operator,
    open_competitions_for_units,
    operator_innovations,
)
from submissions.views import OperatorRequiredMixin


class InnovationListView(OperatorRequiredMixin, TemplateView):
    """The unit's innovations, a page at a time, searchable by title."""

    template_name = "submissions/innovation_list.html"

    def get_context_data(self, **kwargs):
        search = self.request.GET.get("q", "")
        page = operator_innovations(self.request.user, search=search, page=self.request.GET.get("halaman"))
        return super().get_context_data(page_obj=page, search=search, **kwargs)


class InnovationFormView(KeepTypedDataMixin, OperatorRequiredMixin, FormView):
    """Create (no pk) or edit an innovation profile."""

    form_class = InnovationForm
    template_name = "submissions/innovation_form.html"

    def dispatch(self, request, *args, **kwargs):
        self.innovation = None
        if request.user.is_authenticated and "pk" in kwargs:
            self.innovation = get_innovation_for_operator(user=request.user, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["units"] = list(units_for_operator(self.request.user))
        if self.innovation is not None:
            kwargs["instance"] = self.innovation
        return kwargs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(innovation=self.innovation, **kwargs)
        if self.innovation is not None:
            context.setdefault("photo_form", InnovationPhotoForm())
            context["open_competitions"] = open_competitions_for_units([self.innovation.unit])
        return context

    def form_valid(self, form):
        innovation = services.save_innovation(
            innovation=form.save(commit=False), affairs=form.cleaned_data["affairs"], by=self.request.user
        )
        messages.success(
            self.request, _("The innovation “%(title)s” is saved.") % {"title": innovation.title}
        )
        return redirect("submissions:innovation_edit", pk=innovation.pk)


class InnovationPhotoAddView(OperatorRequiredMixin, View):
    def post(self, request, pk):
        innovation = get_innovation_for_operator(user=request.user, pk=pk)
        form = InnovationPhotoForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                services.add_innovation_photo(
                    innovation=innovation,
                    upload=form.cleaned_data["image"],
                    caption=form.cleaned_data["caption"],
                    by=request.user,
                )
            except RuleViolation as violation:
                add_violation_to_form(form, violation)
        if form.errors:
            return self.photo_refused(innovation, form)
        messages.success(request, _("The photo is added."))
        return redirect("submissions:innovation_edit", pk=innovation.pk)

    def photo_refused(self, innovation, photo_form: InnovationPhotoForm):
        """The innovation's page again, with why the photo was refused beside the caption as typed."""
        messages.error(self.request, _("The photo is not added: see why under “Photos”."))
        page = InnovationFormView()
        page.setup(self.request, pk=innovation.pk)
        page.innovation = innovation
        form = InnovationForm(instance=innovation, units=list(units_for_operator(self.request.user)))
        return page.render_to_response(page.get_context_data(form=form, photo_form=photo_form))


class InnovationPhotoRemoveView(OperatorRequiredMixin, View):
    def post(self, request, pk):
        photo = get_object_or_404(InnovationPhoto.objects.select_related("innovation"), pk=pk)
        if not can_manage_innovation(request.user, photo.innovation):
            raise Http404
        services.remove_innovation_photo(photo=photo, by=request.user)
        messages.success(request, _("The photo is removed."))
        return redirect("submissions:innovation_edit", pk=photo.innovation_id)


class InnovationPhotoView(LoginRequiredMixin, View):
    """A photo or its thumbnail, for the unit's operators and the secretariat."""

    def get(self, request, pk, variant):
        photo = get_object_or_404(InnovationPhoto.objects.select_related("innovation"), pk=pk)
        if not (
            can_manage_innovation(request.user, photo.innovation) or permissions.is_secretariat(request.user)
        ):
            raise Http404
        stored = photo.thumbnail if variant == "thumbnail" and photo.thumbnail else photo.image
        return private_file_response(
            stored, content_type=photo.content_type if stored == photo.image else "image/jpeg"
        )


class EnterCompetitionView(KeepTypedDataMixin, OperatorRequiredMixin, FormView):
    form_class = EnterCompetitionForm
    template_name = "submissions/enter.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.innovation = get_innovation_for_operator(user=request.user, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        open_now = open_competitions_for_units([self.innovation.unit])
        entered = set(self.innovation.submissions.values_list("competition_id", flat=True))
        return {
            **super().get_form_kwargs(),
            "categories": categories_open_to(self.innovation, open_now, entered),
        }

    def get_context_data(self, **kwargs):
        return super().get_context_data(innovation=self.innovation, **kwargs)

    def form_valid(self, form):
        try:
            submission = services.enter_competition(
                innovation=self.innovation, category=form.cleaned_data["category"], by=self.request.user
            )
        except RuleViolation as violation:
            add_violation_to_form(form, violation)
            return self.form_invalid(form)
        messages.success(
            self.request, _("The entry is created as a draft. Write the proposal and add the evidence.")
        )
        return redirect("submissions:entry_edit", pk=submission.pk)
