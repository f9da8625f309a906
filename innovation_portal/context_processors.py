from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest

from competitions import permissions


def portal(request: HttpRequest) -> dict:
    """What the layout needs on every page: the site name and the signed-in user's roles."""
    # An error page can be rendered for a request the middleware never reached: a `DisallowedHost`
    # (unknown Host header) is refused before authentication, and must still get the 400 page.
    user = getattr(request, "user", None) or AnonymousUser()
    if getattr(request, "second_factor_step", None):
        # Signed in with the password but not yet with the second factor: no role's pages open yet.
        user = AnonymousUser()
    return {
        "portal_name": settings.SITE_NAME,
        "roles": {
            "secretariat": permissions.is_secretariat(user),
            "operator": permissions.is_operator(user),
            "judge": permissions.is_judge(user),
            "verifier": permissions.is_verifier(user),
            "leader": permissions.is_leader(user),
            "second_factor": permissions.may_use_second_factor(user),
        },
        "sso_enabled": settings.OIDC_ENABLED,
    }
