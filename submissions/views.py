"""The operator's dashboard and their unit's entries, and the leaders' participation dashboard (the unit's
innovations are in `submissions.innovation_views`). Each view checks scope, binds a form, calls one service
and redirects; anything outside the user's units answers 404."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView, TemplateView

from competitions import permissions
from competitions.access import KeepTypedDataMixin, RoleRequiredMixin
from competitions.errors import RuleViolation, add_violation_to_form, report_violation
from competitions.models import Competition
from competitions.public_pages import content_version
from competitions.services import record_download
from competitions.spreadsheets import spreadsheet_response
from submissions import services
from submissions.downloads import evidence_response
from submissions.forms import (
    EvidenceForm,
    ProposalForm,
    WithdrawForm,
)
from submissions.models import Attachment, Submission
from submissions.participation import Participation, participation
from submissions.participation_exports import (
    not_taking_part_sheet,
    participation_sheets,
    trend_totals,
)
from submissions.permissions import (
    can_download_certificate,
    can_edit_submission,
    can_withdraw_submission,
)
from submissions.selectors import (
    competition_years,
    current_attachments,
    get_attachment_for_user,
    get_submission_for_user,
    get_version_for_user,
    latest_check,
    missing_for_submission,
    operator_dashboard,
    progress,
    proposal_form,
    section_texts,
)


class OperatorRequiredMixin(RoleRequiredMixin):
    role = permissions.is_operator


class OperatorDashboardView(OperatorRequiredMixin, TemplateView):
    """The operator's home: what needs attention, their entries, innovations and open competitions."""

    template_name = "submissions/dashboard.html"

    def get_context_data(self, **kwargs):
        dashboard = operator_dashboard(self.request.user, page=self.request.GET.get("halaman"))
        return super().get_context_data(dashboard=dashboard, page_obj=dashboard.entries, **kwargs)


class ParticipationView(RoleRequiredMixin, TemplateView):
    """For leaders: who took part in a year's competitions or in one edition, who did not, how far the
    entries went, the trend over three years and "One Agency One Innovation". Everything exports."""

    role = permissions.is_leader
    template_name = "submissions/participation.html"

    def get(self, request, *args, **kwargs):
        self.years = competition_years()
        self.year = self.chosen_year()
        self.editions = list(Competition.objects.filter(year=self.year).order_by("name"))
        export = request.GET.get("unduh")
        if export not in ("xlsx", "csv"):
            # The page is cached as rendered, per address and language, until the data it counts changes
            # (`competitions.public_pages.content_version`); the counting runs only when it is not.
            self.dashboard = SimpleLazyObject(self.build)
            return super().get(request, *args, **kwargs)
        self.dashboard = self.build()
        if export == "xlsx":
            response = spreadsheet_response(self.filename(), participation_sheets(self.dashboard), "xlsx")
        else:
            response = spreadsheet_response(self.filename(), [not_taking_part_sheet(self.dashboard)], "csv")
        # Spans every unit of a year: the download is logged under the account that took it.
        record_download(request.user, by=request.user, filename=f"{self.filename()}.{export}")
        return response

    def chosen_year(self) -> int:
        try:
            return int(self.request.GET.get("tahun", ""))
        except ValueError:
            return self.years[0] if self.years else timezone.localdate().year

    def build(self) -> Participation:
        competition = (
            Competition.objects.prefetch_related("categories")
            .filter(year=self.year, slug=self.request.GET.get("edisi", ""))
            .first()
        )
        return participation(self.year, competition=competition, sort=self.request.GET.get("urut", "name"))

    def filename(self) -> str:
        scope = self.dashboard.competition.slug if self.dashboard.competition else str(self.dashboard.year)
        return f"partisipasi-{scope}"

    def get_context_data(self, **kwargs):
        query = self.request.GET.copy()
        query.pop("unduh", None)
        return super().get_context_data(
            dashboard=self.dashboard,
            years=self.years,
            editions=self.editions,
            sort=self.request.GET.get("urut", "name"),
            query=query.urlencode(),
            trend_totals=SimpleLazyObject(lambda: trend_totals(self.dashboard)),
            content_version=content_version(),
            **kwargs,
        )


# Entries


class EntryMixin(LoginRequiredMixin):
    """Loads the entry in the user's scope (their unit's, or any for the secretariat), else 404."""

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.submission = get_submission_for_user(user=request.user, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def editable_or_404(self):
        if not can_edit_submission(self.request.user, self.submission):
            raise Http404


class EntryDetailView(EntryMixin, TemplateView):
    template_name = "submissions/entry_detail.html"

    def get_context_data(self, **kwargs):
        submission = self.submission
        versions = list(submission.versions.all())
        shown = versions[0] if versions and not submission.is_editable else submission
        return super().get_context_data(
            submission=submission,
            shown=shown,
            shown_sections=section_texts(submission.competition, shown.sections),
            versions=versions,
            check=latest_check(submission),
            progress=progress(submission),
            evidence=submission.current_evidence,
            can_edit=can_edit_submission(self.request.user, submission),
            can_withdraw=can_withdraw_submission(self.request.user, submission),
            can_download_certificate=can_download_certificate(self.request.user, submission),
            **kwargs,
        )


def proposal_page_context(submission: Submission, form: ProposalForm, evidence_form: EvidenceForm):
    """What the proposal page shows: the sections with their word counts, and the evidence beside them."""
    return {
        "submission": submission,
        "form": form,
        "evidence": current_attachments(submission),
        "evidence_form": evidence_form,
        "requirements": list(submission.competition.requirements.all()),
        "check": latest_check(submission),
    }


class EntryEditView(KeepTypedDataMixin, EntryMixin, FormView):
    """The proposal and its evidence, in one form, so that nothing typed is lost on the way.

    Every button sends the whole page. The text is saved first (refused if someone saved the draft since
    this page was opened); then the evidence whose button was pressed is removed, and the file or link
    given is added. A refusal comes back on this page with everything as typed.
    """

    form_class = ProposalForm
    template_name = "submissions/entry_form.html"

    def get(self, request, *args, **kwargs):
        self.editable_or_404()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.editable_or_404()
        return super().post(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "submission": self.submission}

    def evidence_form(self, *args, **kwargs) -> EvidenceForm:
        competition = self.submission.competition
        return EvidenceForm(
            *args,
            requirements=list(competition.requirements.all()),
            sections=proposal_form(competition),
            **kwargs,
        )

    def get_context_data(self, **kwargs):
        form = kwargs.pop("form", None) or self.get_form()
        evidence_form = kwargs.pop("evidence_form", None)
        if evidence_form is None:
            # The evidence fields as typed (after a refused save, or a restored session), not yet checked.
            typed = form.data if form.is_bound else {}
            evidence_form = self.evidence_form(initial=EvidenceForm.typed_values(typed))
        return super().get_context_data(
            **proposal_page_context(self.submission, form, evidence_form), **kwargs
        )

    def form_valid(self, form):
        user, post = self.request.user, self.request.POST
        try:
            saved = services.save_draft(
                submission=self.submission,
                sections=form.texts(),
                by=user,
                expected_revision=form.cleaned_data["draft_revision"],
            )
        except RuleViolation as violation:
            add_violation_to_form(form, violation)
            return self.form_invalid(form)

        evidence_changed = False
        if post.get("remove_evidence"):
            attachment = self.attachment_to_remove(post["remove_evidence"])
            try:
                services.remove_evidence(attachment=attachment, by=user)
            except RuleViolation as violation:
                report_violation(self.request, violation)
            else:
                messages.success(self.request, _("The draft is saved and the evidence is removed."))
                evidence_changed = True
        evidence_form = self.evidence_form(post, self.request.FILES)
        if evidence_form.is_filled() or "add_evidence" in post:
            if evidence_form.is_valid():
                try:
                    services.add_evidence(
                        submission=saved,
                        by=user,
                        requirement=evidence_form.cleaned_data["requirement"],
                        section=evidence_form.cleaned_data["section"],
                        title=evidence_form.cleaned_data["title"],
                        upload=evidence_form.cleaned_data["file"],
                        link=evidence_form.cleaned_data["link"],
                    )
                except RuleViolation as violation:
                    add_violation_to_form(evidence_form, violation)
            if evidence_form.errors:
                return self.evidence_refused(form, evidence_form)
            messages.success(self.request, _("The draft is saved and the evidence is added."))
            evidence_changed = True

        if post.get("copy_to_profile"):
            try:
                services.copy_section_to_profile(submission=saved, key=post["copy_to_profile"], by=user)
            except RuleViolation as violation:
                report_violation(self.request, violation)
            else:
                messages.success(
                    self.request, _("The draft is saved and the text is copied to the innovation profile.")
                )
                return redirect("submissions:entry_edit", pk=self.submission.pk)
        if "review" in post:
            return redirect("submissions:entry_submit", pk=self.submission.pk)
        if not evidence_changed:
            messages.success(self.request, _("The draft is saved."))
            return redirect("submissions:entry_edit", pk=self.submission.pk)
        return HttpResponseRedirect(
            reverse("submissions:entry_edit", kwargs={"pk": self.submission.pk}) + "#evidence"
        )

    def attachment_to_remove(self, raw_pk: str) -> Attachment:
        """Evidence of this entry's working draft, or 404."""
        try:
            attachment = get_attachment_for_user(user=self.request.user, pk=int(raw_pk))
        except ValueError:
            raise Http404 from None
        if attachment.submission_id != self.submission.pk or attachment.removed_at is not None:
            raise Http404
        return attachment

    def evidence_refused(self, form: ProposalForm, evidence_form: EvidenceForm):
        """The text is saved, the evidence is not: the page again, with the sections and the evidence
        fields as typed, the refusal beside the evidence, and the draft's new revision."""
        messages.warning(
            self.request,
            _("The draft is saved, but the evidence is not added: see why under “Add evidence”."),
        )
        self.submission = get_submission_for_user(user=self.request.user, pk=self.submission.pk)
        data = form.data.copy()
        data["draft_revision"] = self.submission.draft_revision
        return self.render_to_response(
            self.get_context_data(
                form=ProposalForm(data, submission=self.submission), evidence_form=evidence_form
            )
        )


class EvidenceAddView(EntryMixin, View):
    """Evidence used to be sent here by a form of its own; it is now part of the proposal form. A page
    opened before that change still posts here: it is sent back to the proposal page, with a word."""

    def get(self, request, pk):
        return HttpResponseRedirect(reverse("submissions:entry_edit", kwargs={"pk": pk}) + "#evidence")

    def post(self, request, pk):
        messages.warning(
            request, _("The proposal page has changed: choose the evidence again below, then save.")
        )
        return self.get(request, pk)


class EvidenceRemoveView(LoginRequiredMixin, View):
    def post(self, request, pk):
        attachment = get_attachment_for_user(user=request.user, pk=pk)
        if not can_edit_submission(request.user, attachment.submission):
            raise Http404
        try:
            services.remove_evidence(attachment=attachment, by=request.user)
        except RuleViolation as violation:
            report_violation(request, violation)
        else:
            messages.success(request, _("The evidence is removed."))
        return HttpResponseRedirect(
            reverse("submissions:entry_edit", kwargs={"pk": attachment.submission_id}) + "#evidence"
        )


class EvidenceDownloadView(LoginRequiredMixin, View):
    def get(self, request, pk, variant="file"):
        return evidence_response(get_attachment_for_user(user=request.user, pk=pk), variant=variant)


class EntrySubmitView(EntryMixin, TemplateView):
    """Review before submitting: what is missing, or a confirmation button."""

    template_name = "submissions/entry_submit.html"

    def get(self, request, *args, **kwargs):
        self.editable_or_404()
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            submission=self.submission, missing=missing_for_submission(self.submission), **kwargs
        )

    def post(self, request, pk):
        self.editable_or_404()
        try:
            services.submit_submission(submission=self.submission, by=request.user)
        except RuleViolation as violation:
            report_violation(request, violation)
            return redirect("submissions:entry_submit", pk=pk)
        messages.success(request, _("The entry is submitted. A receipt has been emailed to your unit."))
        return redirect("submissions:entry", pk=pk)


class EntryWithdrawView(KeepTypedDataMixin, EntryMixin, FormView):
    """The unit withdraws its entry, with a reason; 404 whenever the rules no longer allow it."""

    form_class = WithdrawForm
    template_name = "submissions/entry_withdraw.html"

    def withdrawable_or_404(self):
        if not can_withdraw_submission(self.request.user, self.submission):
            raise Http404

    def get(self, request, *args, **kwargs):
        self.withdrawable_or_404()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.withdrawable_or_404()
        return super().post(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(submission=self.submission, **kwargs)

    def form_valid(self, form):
        try:
            services.withdraw_submission(
                submission=self.submission, by=self.request.user, reason=form.cleaned_data["reason"]
            )
        except RuleViolation as violation:
            add_violation_to_form(form, violation)
            return self.form_invalid(form)
        messages.success(self.request, _("The entry is withdrawn."))
        return redirect("submissions:entry", pk=self.submission.pk)


class EntryVersionView(EntryMixin, TemplateView):
    template_name = "submissions/entry_version.html"

    def get_context_data(self, **kwargs):
        version = get_version_for_user(
            user=self.request.user, submission=self.submission, number=kwargs["number"]
        )
        return super().get_context_data(
            submission=self.submission,
            version=version,
            version_sections=section_texts(self.submission.competition, version.sections),
            **kwargs,
        )
