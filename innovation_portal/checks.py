"""Deploy checks of the portal's own settings (`manage.py check --deploy`)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register
from django.http.request import validate_host


@register(Tags.security, deploy=True)
def base_url_is_where_the_portal_is_served(app_configs, **kwargs):
    """Links in emails and the QR codes on the piagam use PORTAL_BASE_URL, outside any request: it must
    name an address this portal answers on, in the scheme it is served with."""
    address = urlsplit(settings.PORTAL_BASE_URL)
    if not validate_host(address.hostname or "", settings.ALLOWED_HOSTS):
        return [
            Error(
                f"PORTAL_BASE_URL ({settings.PORTAL_BASE_URL}) is not an address this portal serves "
                f"(DJANGO_ALLOWED_HOSTS: {', '.join(settings.ALLOWED_HOSTS)}).",
                hint="Set PORTAL_BASE_URL to the portal's public address (https://inovasi.palembang.go.id): "
                "links in emails and the piagam's QR codes use it.",
                id="portal.E001",
            )
        ]
    if settings.SECURE_SSL_REDIRECT and address.scheme != "https":
        return [
            Warning(
                f"PORTAL_BASE_URL ({settings.PORTAL_BASE_URL}) is not https, "
                "but the portal is served over HTTPS.",
                hint="Write the address with https://, as people reach the portal.",
                id="portal.W002",
            )
        ]
    return []
