from django.conf import settings
from django.utils import translation


class ChosenLanguageMiddleware:
    """Serve Bahasa Indonesia unless the user picked another language with the footer switcher.

    Django's LocaleMiddleware would follow the browser's Accept-Language, and many office computers
    run an English browser; the portal's language must not depend on that.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.supported = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if language not in self.supported:
            language = settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response


class PermissionsPolicyMiddleware:
    """Send `Permissions-Policy` on every response (settings.PERMISSIONS_POLICY): an injected script or a
    framed page cannot reach the camera, microphone, location, payment or USB devices."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(allowed)})" for feature, allowed in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response
