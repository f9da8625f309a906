from http import HTTPStatus

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView

from competitions import permissions
from competitions.public_pages import CachedPublicPageMixin
from competitions.selectors import public_competition_cards


class HomeView(CachedPublicPageMixin, TemplateView):
    """The front page: what the portal is for, and every published competition with where it stands."""

    template_name = "home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(competitions=public_competition_cards(), **kwargs)


@require_GET
def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask for /favicon.ico on every page, the admin's included."""
    return redirect(staticfiles_storage.url("portal/favicon.svg"), permanent=True)


@never_cache
@require_GET
def healthz(request: HttpRequest) -> HttpResponse:
    """Liveness for load balancers: answers without touching the database or the session."""
    return HttpResponse("ok", content_type="text/plain")


def sign_in_locked(request: HttpRequest, original_response, credentials) -> HttpResponse:
    """The page django-axes shows when a username+IP pair is locked out of signing in."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(
        request,
        "registration/lockout.html",
        {"cooloff_minutes": minutes},
        status=HTTPStatus.TOO_MANY_REQUESTS,
    )


def where_work_is(user) -> str:
    """The page a person's work starts from, for the first role they hold in this order: the secretariat's
    admin, the operator's unit, the judge's list, the verifier's visits, the leader's dashboard."""
    landings = [
        (permissions.is_secretariat, "admin:index"),
        (permissions.is_operator, "submissions:dashboard"),
        (permissions.is_judge, "judging:dashboard"),
        (permissions.is_verifier, "judging:field_visits"),
        (permissions.is_leader, "submissions:participation"),
    ]
    return next((reverse(name) for holds_role, name in landings if holds_role(user)), reverse("home"))


class SignInView(auth_views.LoginView):
    """Django's sign-in, which lands each person where their work is unless `next` names a page."""

    def get_default_redirect_url(self):
        return where_work_is(self.request.user)
