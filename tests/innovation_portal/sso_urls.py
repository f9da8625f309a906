"""The portal's addresses as they are when single sign-on is configured (OIDC_RP_CLIENT_ID set)."""

from django.urls import include, path

from innovation_portal.urls import urlpatterns as portal_urlpatterns

urlpatterns = [path("oidc/", include("innovation_portal.sign_in.oidc_urls")), *portal_urlpatterns]
