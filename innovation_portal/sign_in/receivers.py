"""Django's sign-in signals, turned into event-log lines by the competitions services.

The signals are the one place every way of signing in passes through: the sign-in form, the admin's,
single sign-on, and a session ended by signing out.
"""

from axes.helpers import get_client_ip_address
from django.contrib.auth import signals

from competitions import services


def _address(request) -> str:
    return (get_client_ip_address(request) or "") if request is not None else ""


def account_signed_in(sender, request, user, **kwargs) -> None:
    method = "single sign-on" if getattr(user, "backend", "").endswith("OIDCBackend") else "password"
    services.record_sign_in(account=user, address=_address(request), method=method)


def sign_in_failed(sender, credentials, request=None, **kwargs) -> None:
    services.record_failed_sign_in(username=credentials.get("username", ""), address=_address(request))


def account_signed_out(sender, request, user, **kwargs) -> None:
    if user is not None:
        services.record_sign_out(account=user, address=_address(request))


def connect() -> None:
    signals.user_logged_in.connect(account_signed_in, dispatch_uid="sign_in.signed_in")
    signals.user_login_failed.connect(sign_in_failed, dispatch_uid="sign_in.failed")
    signals.user_logged_out.connect(account_signed_out, dispatch_uid="sign_in.signed_out")
