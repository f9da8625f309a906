"""Sign-ins, failed sign-ins and sign-outs of staff accounts, and changes to anyone's second factor, in
the event log (OWASP ASVS 7.2.1: authentication decisions are logged, with the client address)."""

from django.contrib.auth.models import User
from django.db import transaction
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from competitions.permissions import must_use_second_factor
from competitions.services.events import record_event

RECOVERY_CODE_COUNT = 10


def record_sign_in(*, account: User, address: str, method: str) -> None:
    """A staff account signed in (with its password, or through single sign-on)."""
    if must_use_second_factor(account):
        record_event(account, by=account, action="signed_in", old=method, new=address)


def record_failed_sign_in(*, username: str, address: str) -> None:
    """Someone gave a wrong password for `username`; logged when it names a staff account. Who tried is
    unknown, so the event has no actor and names the account in its sentence."""
    account = User.objects.filter(username=username).first() if username else None
    if account is not None and must_use_second_factor(account):
        record_event(account, by=None, action="sign_in_failed", old=account.username, new=address)


def record_sign_out(*, account: User, address: str) -> None:
    if must_use_second_factor(account):
        record_event(account, by=account, action="signed_out", new=address)


def record_second_factor_given(*, account: User, address: str, kind: str) -> None:
    """The second step of a sign-in: `kind` is "authenticator" or "recovery code"."""
    record_event(account, by=account, action="second_factor_verified", old=kind, new=address)


def record_second_factor_refused(*, account: User, address: str) -> None:
    record_event(account, by=None, action="second_factor_failed", old=account.username, new=address)


def _replace_recovery_codes(account: User) -> list[str]:
    device, _created = StaticDevice.objects.get_or_create(user=account, defaults={"name": "backup"})
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _n in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


@transaction.atomic
def finish_second_factor_set_up(*, account: User, address: str) -> list[str]:
    """The account confirmed its authenticator app: it gets its recovery codes, each working once."""
    codes = _replace_recovery_codes(account)
    record_event(account, by=account, action="second_factor_set_up", new=address)
    return codes


@transaction.atomic
def renew_recovery_codes(*, account: User, address: str) -> list[str]:
    """New recovery codes; the old ones stop working."""
    codes = _replace_recovery_codes(account)
    record_event(account, by=account, action="recovery_codes_renewed", new=address)
    return codes


@transaction.atomic
def turn_off_second_factor(*, account: User, address: str) -> None:
    """For an account that may but need not use a second factor (a judge)."""
    if must_use_second_factor(account):
        raise PermissionError("staff accounts keep their second factor")
    TOTPDevice.objects.filter(user=account).delete()
    StaticDevice.objects.filter(user=account).delete()
    record_event(account, by=account, action="second_factor_removed", new=address)
