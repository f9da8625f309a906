"""The judges' and field verifiers' pages, and the public results. Each view loads what the user may see
(404 otherwise), binds a form, calls one service and redirects."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView, TemplateView

from competitions import permissions
from competitions.access import KeepTypedDataMixin, RoleRequiredMixin
from competitions.errors import RuleViolation, add_violation_to_form, report_violation
from competitions.formatting import format_score
from competitions.models import PUBLISHED_STATUSES, Competition, Stage
from competitions.public_pages import CachedPublicPageMixin
from competitions.rules import certificate_problems
from judging import services
from judging.certificates import certificate_response
from judging.eligibility import visit_needs_score
from judging.forms import ConflictForm, FieldVisitForm, ScoreSheetForm
from judging.models import Award, FieldVisit, Score, ScoreSheet
from judging.permissions import can_record_visits, can_view_visit
from judging.selectors import (
    WorkFilter,
    certificate_for_check,
    feedback_for_unit,
    frozen_version,
    get_assignment_for_judge,
    get_attachment_for_judge,
    judge_work,
    other_judges_totals,
    results_for_public,
    sections_for_judge,
    verification_work,
)
from submissions.catalogue.selectors import catalogue_innovations
from submissions.downloads import evidence_response, private_file_response
from submissions.models import InnovationPhoto
from submissions.permissions import can_download_certificate
from submissions.selectors import get_submission_for_user


class JudgeDashboardView(RoleRequiredMixin, TemplateView):
    """The judge's home: the running stages they are on, their entries and progress, the deadlines."""

    role = permissions.is_judge
    template_name = "judging/dashboard.html"

    def get_context_data(self, **kwargs):
        show = self.request.GET.get("tampil", WorkFilter.TO_DO)
        show = show if show in WorkFilter.CHOICES else WorkFilter.TO_DO
        work, shown = judge_work(
            self.request.user,
            stage=self.request.GET.get("tahap"),
            show=show,
            page=self.request.GET.get("halaman"),
        )
        return super().get_context_data(work=work, shown=shown, show=show, filters=WorkFilter, **kwargs)


class AssignedEntryMixin(LoginRequiredMixin):
    """Loads the judge's assignment for the entry in the stage; anything else answers 404."""

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.assignment = get_assignment_for_judge(
                judge=request.user, stage_pk=kwargs["stage"], submission_pk=kwargs["pk"]
            )
            self.stage, self.submission = self.assignment.stage, self.assignment.submission
        return super().dispatch(request, *args, **kwargs)

    def entry_context(self) -> dict:
        version = frozen_version(self.submission)
        return {
            "stage": self.stage,
            "submission": self.submission,
            "version": version,
            "version_sections": sections_for_judge(self.stage, self.submission, version),
            "evidence": list(version.attachments.all()) if version else [],
            "blind": self.stage.blind,
        }


class ScoreView(KeepTypedDataMixin, AssignedEntryMixin, FormView):
    """The frozen proposal beside the rubric: save a draft at any time, submit to lock the sheet."""

    form_class = ScoreSheetForm
    template_name = "judging/score.html"

    def get_sheet(self) -> ScoreSheet | None:
        if not hasattr(self, "_sheet"):
            self._sheet = (
                ScoreSheet.objects.filter(
                    stage=self.stage, submission=self.submission, judge=self.request.user
                )
                .prefetch_related("scores")
                .first()
            )
        return self._sheet

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["criteria"] = list(self.stage.criteria.all())
        kwargs["sheet"] = self.get_sheet()
        return kwargs

    def get_context_data(self, **kwargs):
        sheet = self.get_sheet()
        locked = sheet is not None and sheet.status == ScoreSheet.Status.SUBMITTED
        return super().get_context_data(
            **self.entry_context(),
            sheet=sheet,
            locked=locked or self.stage.status != Stage.Status.ACTIVE,
            other_totals=other_judges_totals(self.assignment),
            **kwargs,
        )

    def form_valid(self, form):
        """Save what was typed as a draft; "Kirim dan kunci" then asks for confirmation on its own page."""
        try:
            sheet = services.save_sheet(
                stage=self.stage,
                submission=self.submission,
                judge=self.request.user,
                values=form.values(),
                note=form.cleaned_data["note"],
                expected_revision=form.cleaned_data["revision"],
            )
        except RuleViolation as violation:
            add_violation_to_form(form, violation)
            return self.form_invalid(form)
        if "submit" in self.request.POST:
            missing = services.missing_criteria(sheet, self.stage.criteria.all())
            if not missing:
                return redirect("judging:score_submit", stage=self.stage.pk, pk=self.submission.pk)
            messages.warning(
                self.request,
                _("The draft is saved. Score every criterion before submitting. Missing: %(names)s.")
                % {"names": ", ".join(missing)},
            )
        else:
            messages.success(self.request, _("The draft is saved."))
        return redirect("judging:score", stage=self.stage.pk, pk=self.submission.pk)


class ScoreSubmitView(AssignedEntryMixin, TemplateView):
    """ "Kirim dan kunci": the saved sheet, what locking means, and a last question before it is locked."""

    template_name = "judging/score_submit.html"

    def sheet(self) -> ScoreSheet | None:
        return (
            ScoreSheet.objects.filter(stage=self.stage, submission=self.submission, judge=self.request.user)
            .prefetch_related(Prefetch("scores", queryset=Score.objects.select_related("criterion")))
            .first()
        )

    def get(self, request, *args, **kwargs):
        sheet = self.sheet()
        if sheet is None or sheet.status == ScoreSheet.Status.SUBMITTED:
            return redirect("judging:score", stage=self.stage.pk, pk=self.submission.pk)
        return self.render_to_response(
            self.get_context_data(
                stage=self.stage, submission=self.submission, sheet=sheet, blind=self.stage.blind
            )
        )

    def post(self, request, *args, **kwargs):
        try:
            sheet = services.submit_sheet(
                stage=self.stage,
                submission=self.submission,
                judge=request.user,
                expected_revision=int(request.POST.get("revision", "-1") or -1),
            )
        except RuleViolation as violation:
            report_violation(request, violation)
            return redirect("judging:score", stage=self.stage.pk, pk=self.submission.pk)
        messages.success(
            request,
            _("The score sheet is submitted and locked (total %(total)s).")
            % {"total": format_score(sheet.total)},
        )
        return redirect("judging:dashboard")


class DeclareConflictView(KeepTypedDataMixin, AssignedEntryMixin, FormView):
    form_class = ConflictForm
    template_name = "judging/conflict.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            stage=self.stage, submission=self.submission, blind=self.stage.blind, **kwargs
        )

    def form_valid(self, form):
        try:
            services.declare_conflict(
                judge=self.request.user, submission=self.submission, reason=form.cleaned_data["reason"]
            )
        except RuleViolation as violation:
            add_violation_to_form(form, violation)
            return self.form_invalid(form)
        messages.success(
            self.request, _("The conflict of interest is recorded; the entry is no longer yours to judge.")
        )
        return redirect("judging:dashboard")


class JudgeEvidenceView(LoginRequiredMixin, View):
    """Evidence for a judge, read in the stage they are judging. When that stage is blind, the file name
    does not reveal the unit."""

    def get(self, request, stage, pk, variant="file"):
        attachment, assignment = get_attachment_for_judge(judge=request.user, stage_pk=stage, pk=pk)
        name = None
        if attachment.file and assignment.stage.blind:
            name = f"bukti-{attachment.pk}.{attachment.file.name.rsplit('.', 1)[-1]}"
        return evidence_response(attachment, variant=variant, download_name=name)


class FieldVisitListView(RoleRequiredMixin, TemplateView):
    """The fact-finding team's list: entries in running verification stages, visited or not."""

    role = can_record_visits
    template_name = "judging/field_visits.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(work=verification_work(self.request.user), **kwargs)


class FieldVisitView(KeepTypedDataMixin, LoginRequiredMixin, FormView):
    form_class = FieldVisitForm
    template_name = "judging/field_visit.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            if not can_record_visits(request.user):
                raise Http404
            self.entry = next(
                (
                    entry
                    for stage_work in verification_work(request.user)
                    for entry in stage_work.entries
                    if entry.stage.pk == kwargs["stage"] and entry.submission.pk == kwargs["pk"]
                ),
                None,
            )
            if self.entry is None:
                raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "score_required": visit_needs_score(self.entry.stage)}

    def get_initial(self):
        visit = self.entry.visit
        if visit is None:
            return {"team": self.request.user.get_full_name() or self.request.user.username}
        return {
            "visited_on": visit.visited_on,
            "team": visit.team,
            "findings": visit.findings,
            "verified": "yes" if visit.verified else "no",
            "score": visit.score,
        }

    def get_context_data(self, **kwargs):
        return super().get_context_data(entry=self.entry, **kwargs)

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            services.record_field_visit(
                stage=self.entry.stage,
                submission=self.entry.submission,
                by=self.request.user,
                visited_on=data["visited_on"],
                team=data["team"],
                findings=data["findings"],
                verified=data["verified"],
                score=data["score"],
                photos=data["photos"],
            )
        except RuleViolation as violation:
            add_violation_to_form(form, violation)
            return self.form_invalid(form)
        messages.success(self.request, _("The field visit is recorded."))
        return redirect("judging:field_visits")


class FieldVisitPhotoView(LoginRequiredMixin, View):
    def get(self, request, pk, variant):
        visit = get_object_or_404(FieldVisit.objects.select_related("submission", "stage"), photos__pk=pk)
        if not can_view_visit(request.user, visit):
            raise Http404
        photo = visit.photos.get(pk=pk)
        stored = photo.thumbnail if variant == "thumbnail" and photo.thumbnail else photo.image
        return private_file_response(
            stored, content_type="image/jpeg" if stored == photo.thumbnail else photo.content_type
        )


class ResultsView(CachedPublicPageMixin, TemplateView):
    """The public results of an edition: per category the winners, once published."""

    template_name = "judging/results.html"

    def get_context_data(self, **kwargs):
        competition = get_object_or_404(
            Competition.objects.exclude(status=Competition.Status.DRAFT), slug=kwargs["slug"]
        )
        return super().get_context_data(
            competition=competition,
            categories=results_for_public(competition),
            certificates_issued=not certificate_problems(competition),
            **kwargs,
        )


class PublicPhotoView(View):
    """A photo of an innovation in the public catalogue (public, or a published winner), as its thumbnail or
    in full. The portal re-encoded every photo on upload, so it is served inline."""

    def get(self, request, pk, variant="thumbnail"):
        public = InnovationPhoto.objects.filter(innovation__in=catalogue_innovations().values("pk"))
        photo = get_object_or_404(public, pk=pk)
        stored = photo.thumbnail if variant == "thumbnail" and photo.thumbnail else photo.image
        return private_file_response(
            stored, content_type="image/jpeg" if stored == photo.thumbnail else photo.content_type
        )


class FeedbackView(LoginRequiredMixin, TemplateView):
    """A unit's own scores and the judges' notes, after publication, when the edition allows it."""

    template_name = "judging/feedback.html"

    def get_context_data(self, **kwargs):
        submission = get_submission_for_user(user=self.request.user, pk=kwargs["pk"])
        feedback = feedback_for_unit(submission)
        if not feedback:
            raise Http404
        return super().get_context_data(submission=submission, feedback=feedback, **kwargs)


class ResultsCertificateView(View):
    """A winner's piagam, for anyone, from the public results page: once published, for a prize that
    carries a piagam."""

    def get(self, request, slug, pk):
        award = get_object_or_404(
            Award.objects.select_related("submission"),
            competition__slug=slug,
            competition__status__in=PUBLISHED_STATUSES,
            submission_id=pk,
            prize__certificate=True,
        )
        try:
            certificate = services.issue_certificate(submission=award.submission, by=request.user)
        except RuleViolation as violation:
            raise Http404 from violation
        return certificate_response(certificate)


class EntryCertificateView(LoginRequiredMixin, View):
    """The unit's own piagam (its prize's, or the participant's), from the entry page."""

    def get(self, request, pk):
        submission = get_submission_for_user(user=request.user, pk=pk)
        if not can_download_certificate(request.user, submission):
            raise Http404
        return certificate_response(services.issue_certificate(submission=submission, by=request.user))


class CertificateCheckView(View):
    """The public check of a piagam, from its QR code: a genuine one is confirmed with what it certifies;
    any other code answers 404 and says plainly that the portal did not issue it."""

    def get(self, request, code):
        certificate, holds = certificate_for_check(code)
        return TemplateResponse(
            request,
            "judging/certificate.html",
            {
                "certificate": certificate if holds else None,
                "withdrawn": certificate is not None and not holds,
            },
            status=200 if holds else 404,
        )
