from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from submissions.catalogue.search import refresh_search_vectors, uses_full_text_search
from submissions.models import Innovation


class Command(BaseCommand):
    help = "Recompute the catalogue's search vector (title and summary) of every innovation (PostgreSQL)."

    def handle(self, *args, **options):
        if not uses_full_text_search():
            self.stdout.write(_("Nothing to rebuild: on SQLite the catalogue searches the texts directly."))
            return
        count = refresh_search_vectors(Innovation.objects.all())
        self.stdout.write(
            self.style.SUCCESS(_("The search index of %(count)d innovations is rebuilt.") % {"count": count})
        )
