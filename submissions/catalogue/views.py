"""The public catalogue's pages: anyone may read them, signed in or not."""

from django.core.paginator import Paginator
from django.views.generic import TemplateView

from competitions.public_pages import CachedPublicPageMixin
from competitions.selectors import published_editions
from submissions.catalogue.forms import CatalogueFilterForm
from submissions.catalogue.selectors import get_catalogue_innovation, public_wins, search_catalogue

PER_PAGE = 20


class CatalogueView(CachedPublicPageMixin, TemplateView):
    """The catalogue: the public innovations and every published winner, filtered and searched from the
    address, 20 to a page; with the results of every announced edition beside them."""

    template_name = "submissions/catalogue/list.html"

    def get_context_data(self, **kwargs):
        form = CatalogueFilterForm(self.request.GET or None)
        filters = form.filters()
        page = Paginator(search_catalogue(filters), PER_PAGE).get_page(self.request.GET.get("halaman"))
        return super().get_context_data(
            form=form,
            filters=filters,
            page=page,
            editions=published_editions(),
            **kwargs,
        )


class CatalogueDetailView(CachedPublicPageMixin, TemplateView):
    """One innovation of the catalogue: its public profile, photos, awards and the proposals that won them.
    Any other innovation answers 404."""

    template_name = "submissions/catalogue/detail.html"

    def get_context_data(self, **kwargs):
        innovation = get_catalogue_innovation(kwargs["pk"])
        return super().get_context_data(innovation=innovation, wins=public_wins(innovation), **kwargs)
