from django.views.generic import TemplateView


class BaselineView(TemplateView):
    """The cheapest page this server can answer through the same middleware: a tiny template and no query.
    Every page's requests per second are read as a share of this one's."""

    template_name = "benchmarks/baseline.html"
