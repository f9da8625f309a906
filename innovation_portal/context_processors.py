from django.conf import settings
from django.http import HttpRequest

from competitions import permissions


def portal(request: HttpRequest) -> dict:
    """What the layout needs on every page: the site name and the signed-in user's roles."""
    user = request.user
    return {
        "portal_name": settings.SITE_NAME,
        "roles": {
            "secretariat": permissions.is_secretariat(user),
            "operator": permissions.is_operator(user),
            "judge": permissions.is_judge(user),
            "verifier": permissions.is_verifier(user),
            "leader": permissions.is_leader(user),
        },
    }
