from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo city: its content files and `seed_demo`. Leave it out in production with PORTAL_DEMO=false."""

    name = "demo"
    verbose_name = _("Demo city")
