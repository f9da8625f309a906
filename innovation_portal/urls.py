from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt
from django.views.i18n import set_language

from innovation_portal import views

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("favicon.ico", views.favicon),
    path(
        "accounts/password_reset/",
        auth_views.PasswordResetView.as_view(extra_email_context={"site_name": settings.SITE_NAME}),
        name="password_reset",
    ),
    path("accounts/", include("innovation_portal.sign_in.urls")),
    path("accounts/login/", views.SignInView.as_view(), name="login"),
    path("accounts/", include("django.contrib.auth.urls")),
    # Choosing the language changes nothing but a cookie, so it needs no CSRF token: without one, the
    # public pages are the same for every visitor and can be served from the cache (README, "Performance").
    path("i18n/setlang/", csrf_exempt(set_language), name="set_language"),
    path("kompetisi/", include("competitions.urls")),
    path("unit/", include("submissions.urls")),
    path("katalog/", include("submissions.catalogue.urls")),
    path("", include("judging.urls")),
    path("admin/", admin.site.urls),
]
if settings.OIDC_ENABLED:
    urlpatterns.insert(-1, path("oidc/", include("innovation_portal.sign_in.oidc_urls")))
