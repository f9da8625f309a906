"""The secretariat's downloads inside the admin site: an edition's spreadsheets (entries, the innovation
inventory, the judges' scores, each stage's ranking, the final ranking and awards), its piagam, and the
berita acara (minutes) of each decision.

Each view is a `JudgingAdminPage` (secretariat only), reads through one builder and returns the file.
"""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from competitions.errors import RuleViolation, report_violation
from competitions.models import BackgroundJob, Competition, Stage
from competitions.rules import certificate_problems
from competitions.services import record_download
from competitions.services.jobs import start_job
from competitions.spreadsheets import spreadsheet_response
from judging.admin_views import JudgingAdminPage
from judging.exports import (
    final_category_sheet,
    final_ranking_sheets,
    stage_ranking_sheets,
)
from judging.jobs import CERTIFICATES_ZIP, EDITION_SPREADSHEET
from judging.minutes import final_minutes_pdf, stage_minutes_pdf
from judging.models import Award, StageResult
from judging.ranking.common import DECIDING_KINDS
from submissions.forms import InventoryExportForm

FILE_FORMATS = ("xlsx", "csv")
EDITION_SPREADSHEET_TITLES = {
    "entries": _lazy("Entries"),
    "scores": _lazy("Judges' scores"),
    "inventory": _lazy("Innovation inventory"),
}


def file_format_or_404(file_format: str) -> str:
    if file_format not in FILE_FORMATS:
        raise Http404
    return file_format


def logged_download(request, competition: Competition, response: HttpResponse) -> HttpResponse:
    """The file, once it is in the event log under its edition with who downloaded it."""
    filename = response["Content-Disposition"].split('filename="', 1)[1].rstrip('"')
    record_download(competition, by=request.user, filename=filename)
    return response


class EditionPage(JudgingAdminPage):
    """A download of one edition (`pk`)."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.competition = get_object_or_404(Competition, pk=kwargs["pk"])


class EditionDownloadsView(EditionPage):
    """Every file the secretariat can download for an edition, on one page."""

    def get(self, request, pk):
        competition = self.competition
        categories = list(competition.categories.order_by("order", "pk"))
        stages = list(competition.stages.order_by("order"))
        decided = set(
            StageResult.objects.filter(stage__competition=competition, reverted_at__isnull=True)
            .values_list("stage_id", "submission__category_id")
            .distinct()
        )
        awarded = set(
            Award.objects.filter(competition=competition).values_list("prize__category_id", flat=True)
        )
        return self.page(
            "admin/judging/downloads.html",
            _("Downloads: %(competition)s") % {"competition": competition.name},
            competition=competition,
            categories=categories,
            scored_stages=[stage for stage in stages if stage.kind == Stage.Kind.SCORED],
            stage_rows=[
                (stage, category, (stage.pk, category.pk) in decided)
                for stage in stages
                if stage.kind in DECIDING_KINDS
                for category in categories
            ],
            final_rows=[(category, category.pk in awarded) for category in categories],
            has_final=any(stage.kind == Stage.Kind.FINAL for stage in stages),
            inventory_form=InventoryExportForm(),
            certificate_problems=certificate_problems(competition),
            jobs=competition.jobs.select_related("requested_by")[:5],
            job_opts=BackgroundJob._meta,
            competition_opts=Competition._meta,
        )


class EditionSpreadsheetJob(EditionPage):
    """Starts one of the edition's big spreadsheets as a background job (`judging.jobs.edition_spreadsheet`):
    a national edition's tens of thousands of rows take longer than a request may last. The secretariat
    follows it on the job's page and downloads the file there."""

    http_method_names = ["post"]

    def parameters(self, request, file_format: str | None, **kwargs) -> dict:
        raise NotImplementedError

    def post(self, request, pk, file_format=None, **kwargs):
        parameters = self.parameters(request, file_format, **kwargs)
        job = start_job(
            EDITION_SPREADSHEET,
            title=_("%(file)s (%(competition)s)")
            % {
                "file": EDITION_SPREADSHEET_TITLES[parameters["export"]],
                "competition": self.competition.name,
            },
            by=request.user,
            competition=self.competition,
            parameters=parameters,
        )
        return redirect("admin:competitions_backgroundjob_change", job.pk)


class EntriesDownload(EditionSpreadsheetJob):
    def parameters(self, request, file_format, **kwargs):
        if not self.competition.submissions.exists():
            raise Http404
        return {"export": "entries", "file_format": file_format_or_404(file_format)}


class InventoryDownload(EditionSpreadsheetJob):
    """The innovations of the edition's entries, in the national form's order (`year`, `file_format`)."""

    def parameters(self, request, file_format, **kwargs):
        form = InventoryExportForm(request.POST)
        if not form.is_valid():
            raise Http404
        year = form.cleaned_data["year"]
        return {
            "export": "inventory",
            "file_format": form.cleaned_data["file_format"],
            "year": year.pk if year else None,
        }


class ScoreMatrixDownload(EditionSpreadsheetJob):
    """Every score sheet: XLSX with one sheet per scored stage, or one stage's sheets (`stage`)."""

    def parameters(self, request, file_format, stage=None, **kwargs):
        if stage is not None:
            stage = get_object_or_404(self.competition.stages.filter(kind=Stage.Kind.SCORED), pk=stage)
            return {"export": "scores", "stage": stage.pk, "file_format": file_format_or_404(file_format)}
        if file_format != "xlsx" or not self.competition.stages.filter(kind=Stage.Kind.SCORED).exists():
            raise Http404
        return {"export": "scores", "file_format": file_format}


class StageRankingDownload(JudgingAdminPage):
    """A stage's ranking in a category: XLSX (ranking, judges, ties, about) or CSV (the ranking)."""

    def get(self, request, pk, category, file_format):
        stage = get_object_or_404(
            Stage.objects.select_related("competition").filter(kind__in=DECIDING_KINDS), pk=pk
        )
        category = get_object_or_404(stage.competition.categories, pk=category)
        name = f"peringkat-{stage.competition.slug}-tahap-{stage.order}-{slugify(category.name)}"
        response = spreadsheet_response(
            name, stage_ranking_sheets(stage, category), file_format_or_404(file_format)
        )
        return logged_download(request, stage.competition, response)


class FinalRankingDownload(EditionPage):
    """The final ranking and the awards: XLSX with every category (and the ties), or CSV of one category."""

    def get(self, request, pk, file_format, category=None):
        name = f"peringkat-akhir-{self.competition.slug}"
        if category is not None:
            category = get_object_or_404(self.competition.categories, pk=category)
            if file_format_or_404(file_format) == "csv":
                sheet = final_category_sheet(self.competition, category)
                response = spreadsheet_response(f"{name}-{slugify(category.name)}", [sheet], "csv")
                return logged_download(request, self.competition, response)
        if file_format != "xlsx" or not self.competition.categories.exists():
            raise Http404
        response = spreadsheet_response(name, final_ranking_sheets(self.competition), file_format)
        return logged_download(request, self.competition, response)


class CertificatesDownload(EditionPage):
    """Every piagam of the edition (winners and participants) as one ZIP, made as a background job: an
    edition of thousands of entries takes minutes to draw, longer than a request may last. The secretariat
    follows its progress on the job's page and downloads the ZIP there."""

    http_method_names = ["post"]

    def post(self, request, pk):
        problems = certificate_problems(self.competition)
        if problems:
            report_violation(request, RuleViolation(problems))
            return redirect("admin:judging_edition_downloads", self.competition.pk)
        job = start_job(
            CERTIFICATES_ZIP,
            title=_("Every piagam of %(competition)s (ZIP)") % {"competition": self.competition.name},
            by=request.user,
            competition=self.competition,
        )
        return redirect("admin:competitions_backgroundjob_change", job.pk)


def pdf_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


class StageMinutesDownload(JudgingAdminPage):
    """The berita acara of a stage's decision in a category, for its judges to sign."""

    def get(self, request, pk, category):
        stage = get_object_or_404(
            Stage.objects.select_related("competition").filter(kind__in=DECIDING_KINDS), pk=pk
        )
        category = get_object_or_404(stage.competition.categories, pk=category)
        content = stage_minutes_pdf(stage, category)
        if content is None:
            messages.error(request, _("The minutes are written once the stage is decided for this category."))
            return redirect("admin:judging_stage_ranking", stage.pk, category.pk)
        name = f"berita-acara-{stage.competition.slug}-tahap-{stage.order}-{slugify(category.name)}.pdf"
        return logged_download(request, stage.competition, pdf_response(content, name))


class FinalMinutesDownload(EditionPage):
    """The berita acara of a category's awards."""

    def get(self, request, pk, category):
        category = get_object_or_404(self.competition.categories, pk=category)
        content = final_minutes_pdf(self.competition, category)
        if content is None:
            messages.error(
                request, _("The minutes are written once the awards of this category are decided.")
            )
            return redirect("admin:judging_final_ranking", self.competition.pk, category.pk)
        response = pdf_response(
            content, f"berita-acara-{self.competition.slug}-pemenang-{slugify(category.name)}.pdf"
        )
        return logged_download(request, self.competition, response)
