"""Single sign-on addresses, included only when OIDC_RP_CLIENT_ID is set (settings.OIDC_ENABLED)."""

from django.urls import path

from innovation_portal.sign_in.oidc import SingleSignOnCallbackView, SingleSignOnStartView

urlpatterns = [
    path("callback/", SingleSignOnCallbackView.as_view(), name="oidc_authentication_callback"),
    path("authenticate/", SingleSignOnStartView.as_view(), name="oidc_authentication_init"),
]
