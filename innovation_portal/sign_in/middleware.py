from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.shortcuts import redirect
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from competitions.access import (
    SIGNED_IN_COOKIE,
    SIGNED_IN_COOKIE_AGE,
    SIGNED_IN_COOKIE_SALT,
    signed_in_account_id,
)
from competitions.permissions import may_use_second_factor, must_use_second_factor


def has_authenticator(user) -> bool:
    """Whether the account has set up an authenticator app (recovery codes alone are not a set-up)."""
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


class SecondFactorMiddleware:
    """Until it has given its second factor in this session, a signed-in account that has one reaches
    only the page that asks for it, and a staff account without one only the page that sets it up.

    Installed after django-otp's OTPMiddleware, which tells whether the session was verified. Applies
    to every page, the admin included, so no view can forget it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        step = self.missing_step(request.user)
        # The layout offers no page the account cannot reach yet (innovation_portal.context_processors).
        request.second_factor_step = step
        if step is not None and request.path not in self.open_paths(step):
            query = urlencode({REDIRECT_FIELD_NAME: request.get_full_path()})
            return redirect(f"{reverse(step)}?{query}")
        return self.get_response(request)

    @staticmethod
    def missing_step(user) -> str | None:
        if not user.is_authenticated or user.is_verified() or not may_use_second_factor(user):
            return None
        if has_authenticator(user):
            return "sign_in:verify"
        if must_use_second_factor(user):
            return "sign_in:setup"
        return None

    @staticmethod
    def open_paths(step: str) -> set[str]:
        paths = {reverse(step), reverse("logout"), reverse("set_language"), reverse("healthz")}
        if step == "sign_in:setup":
            paths.add(reverse("sign_in:qr"))
        return paths


class SignedInBrowserMiddleware:
    """Give a browser that signed in the signed cookie `competitions.access.signed_in_account_id` reads."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and signed_in_account_id(request) != user.pk:
            response.set_signed_cookie(
                SIGNED_IN_COOKIE,
                str(user.pk),
                salt=SIGNED_IN_COOKIE_SALT,
                max_age=SIGNED_IN_COOKIE_AGE,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response
