"""The admin of the records the secretariat reads and never edits: the event log, and the long work it
started (background jobs) with their files."""

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.http import FileResponse, Http404
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from competitions import event_log
from competitions.admin import RecordAdminMixin
from competitions.models import (
    BackgroundJob,
    Event,
)
from competitions.services import (
    record_download,
)


@admin.register(Event)
class EventAdmin(RecordAdminMixin, admin.ModelAdmin):
    """The event log, read-only: nobody edits history."""

    list_display = ["created_at", "actor", "sentence", "content_type", "object_id", "note"]
    list_filter = ["action", "content_type"]
    search_fields = ["action", "note", "old_value", "new_value", "actor__username"]
    list_select_related = ["actor", "content_type"]
    date_hierarchy = "created_at"

    @admin.display(description=_("What happened"))
    def sentence(self, event):
        return event_log.describe(event)

    def get_search_results(self, request, queryset, search_term):
        """Also find events by the words of their sentence, e.g. a status's name."""
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if search_term.strip():
            results |= queryset.filter(event_log.search_filter(search_term.strip()))
        return results, may_have_duplicates


@admin.register(BackgroundJob)
class BackgroundJobAdmin(RecordAdminMixin, admin.ModelAdmin):
    """Long work the secretariat started (README, "Long work"): its progress while it runs, then its file.
    The page reloads itself every few seconds until the job has finished."""

    list_display = ["title", "competition", "requested_by", "status", "progress", "created_at", "download"]
    list_filter = ["status", "kind"]
    list_select_related = ["competition", "requested_by"]
    fields = [
        "title",
        "competition",
        "requested_by",
        "status",
        "progress",
        "created_at",
        "started_at",
        "finished_at",
        "error",
        "download",
    ]
    readonly_fields = fields
    show_full_result_count = False

    @admin.display(description=_("progress"))
    def progress(self, job):
        if not job.total:
            return "–"
        return format_html(
            '<progress value="{}" max="{}">{}</progress> {} / {}',
            job.done,
            job.total,
            job.done,
            job.done,
            job.total,
        )

    @admin.display(description=_("file"))
    def download(self, job):
        if job.status != BackgroundJob.Status.DONE or not job.result:
            return "–"
        url = reverse("admin:competitions_backgroundjob_download", args=[job.pk])
        return format_html('<a class="button" href="{}">{}</a>', url, job.result_name)

    def get_urls(self):
        return [
            path(
                "<path:object_id>/download/",
                self.admin_site.admin_view(self.download_view),
                name="competitions_backgroundjob_download",
            ),
            *super().get_urls(),
        ]

    def download_view(self, request, object_id):
        job = self.get_object(request, unquote(object_id))
        if job is None or not self.has_view_permission(request, job):
            raise Http404
        if job.status != BackgroundJob.Status.DONE or not job.result:
            raise Http404
        try:
            handle = job.result.open("rb")
        except FileNotFoundError as error:
            raise Http404 from error
        response = FileResponse(handle, as_attachment=True, filename=job.result_name)
        record_download(job.competition or request.user, by=request.user, filename=job.result_name)
        response["X-Content-Type-Options"] = "nosniff"
        response["Cache-Control"] = "private, max-age=0, no-store"
        return response
