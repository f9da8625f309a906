from django.views.generic import DetailView

from competitions.models import Competition
from competitions.public_pages import CachedPublicPageMixin
from competitions.selectors import competition_for_public_page, competition_timeline, published_results


class CompetitionDetailView(CachedPublicPageMixin, DetailView):
    """Public page of an edition: who may enter, what it awards, what to send, where it stands now, and
    once its results are published, its winners.

    Anyone may read it; a draft answers 404 like an unknown slug.
    """

    template_name = "competitions/detail.html"
    context_object_name = "competition"

    def get_object(self, queryset=None) -> Competition:
        return competition_for_public_page(self.kwargs["slug"])

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            timeline=competition_timeline(self.object), results=published_results(self.object), **kwargs
        )
