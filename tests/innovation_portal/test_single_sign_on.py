"""Optional OpenID Connect sign-on: off unless configured; a verified identity maps to an existing
account by email or username; it never creates accounts and never creates or elevates staff.

The provider is not contacted: the backend's own steps are given the claims a provider would send."""

import pytest
from django.contrib.auth.models import User
from django.urls import NoReverseMatch, reverse

from competitions.permissions import SECRETARIAT_GROUP
from innovation_portal.sign_in.oidc import ExistingAccountOIDCBackend
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def provider(settings):
    settings.OIDC_RP_CLIENT_ID = "portal-inovasi"
    settings.OIDC_RP_CLIENT_SECRET = "rahasia-klien"
    settings.OIDC_OP_AUTHORIZATION_ENDPOINT = "https://sso.palembang.example/auth"
    settings.OIDC_OP_TOKEN_ENDPOINT = "https://sso.palembang.example/token"
    settings.OIDC_OP_USER_ENDPOINT = "https://sso.palembang.example/userinfo"
    settings.OIDC_OP_JWKS_ENDPOINT = "https://sso.palembang.example/jwks"
    settings.OIDC_MATCH_BY = "email"
    settings.OIDC_VERIFIED_CLAIM = "email_verified"
    return ExistingAccountOIDCBackend()


def sign_on(backend, claims):
    """The backend's whole decision after the provider answered, with these claims as its user info."""
    backend.get_userinfo = lambda access_token, id_token, payload: claims
    try:
        return backend.get_or_create_user("access-token", "id-token", {})
    except Exception as refused:  # mozilla-django-oidc refuses unverified claims with an exception
        return refused


def test_single_sign_on_is_off_unless_configured(client, settings):
    assert settings.OIDC_ENABLED is False
    assert "ExistingAccountOIDCBackend" not in " ".join(settings.AUTHENTICATION_BACKENDS)
    with pytest.raises(NoReverseMatch):
        reverse("oidc_authentication_init")
    assert "SSO" not in client.get(reverse("login")).content.decode()


def test_a_verified_email_maps_to_the_existing_account(provider):
    account = factories.UserFactory(username="dimas", email="Dimas@Palembang.go.id")
    claims = {"sub": "1", "email": "dimas@palembang.go.id", "email_verified": True}
    assert provider.verify_claims(claims)
    assert list(provider.filter_users_by_claims(claims)) == [account]
    assert sign_on(provider, claims) == account


@pytest.mark.parametrize("verified", [False, "true", None])
def test_an_identity_the_provider_does_not_vouch_for_is_refused(provider, verified):
    factories.UserFactory(username="dimas", email="dimas@palembang.go.id")
    claims = {"sub": "1", "email": "dimas@palembang.go.id"}
    if verified is not None:
        claims["email_verified"] = verified
    assert not provider.verify_claims(claims)
    assert not isinstance(sign_on(provider, claims), User)


def test_an_unknown_identity_creates_no_account(provider):
    claims = {"sub": "9", "email": "orang.baru@palembang.go.id", "email_verified": True}
    assert provider.create_user(claims) is None
    assert sign_on(provider, claims) is None
    assert not User.objects.filter(email="orang.baru@palembang.go.id").exists()


def test_an_email_shared_by_two_accounts_or_an_inactive_account_maps_to_none(provider):
    factories.UserFactory(username="a", email="bersama@palembang.go.id")
    factories.UserFactory(username="b", email="bersama@palembang.go.id")
    factories.UserFactory(username="lama", email="lama@palembang.go.id", is_active=False)
    for email in ("bersama@palembang.go.id", "lama@palembang.go.id"):
        claims = {"sub": "1", "email": email, "email_verified": True}
        assert list(provider.filter_users_by_claims(claims)) == []
        assert sign_on(provider, claims) is None


def test_claims_never_make_an_account_staff(provider):
    account = factories.UserFactory(username="dimas", email="dimas@palembang.go.id")
    claims = {
        "sub": "1",
        "email": "dimas@palembang.go.id",
        "email_verified": True,
        "is_staff": True,
        "is_superuser": True,
        "groups": [SECRETARIAT_GROUP],
        "roles": ["admin"],
    }
    assert sign_on(provider, claims) == account
    account.refresh_from_db()
    assert (account.is_staff, account.is_superuser, list(account.groups.all())) == (False, False, [])


def test_matching_by_username_with_a_configured_claim(provider, settings):
    settings.OIDC_MATCH_BY = "username"
    settings.OIDC_USERNAME_CLAIM = "nip"
    settings.OIDC_VERIFIED_CLAIM = "nip_verified"
    account = factories.UserFactory(username="198701012010011001", email="")
    claims = {"sub": "1", "nip": "198701012010011001", "nip_verified": True, "email": "x@example.go.id"}
    assert provider.verify_claims(claims)
    assert sign_on(provider, claims) == account
    assert not provider.verify_claims({**claims, "nip_verified": False})
    assert sign_on(provider, {**claims, "nip": "000"}) is None


def test_when_configured_the_sign_in_page_offers_single_sign_on_and_its_start_keeps_a_short_session(
    client, provider, settings
):
    settings.ROOT_URLCONF = "tests.innovation_portal.sso_urls"
    settings.OIDC_ENABLED = True
    page = client.get(reverse("login")).content.decode()
    assert "Masuk dengan SSO pemerintah kota" in page
    start = client.get(reverse("oidc_authentication_init"))
    assert start.status_code == 302
    assert start["Location"].startswith("https://sso.palembang.example/auth?")
    assert "client_id=portal-inovasi" in start["Location"]
    # The state waiting for the provider's answer expires in minutes, not in the 12 hours of a sign-in.
    assert client.session.get_expiry_age() <= 10 * 60
    # A callback that does not match the state signs no one in.
    refused = client.get(reverse("oidc_authentication_callback"), {"code": "x", "state": "salah"})
    assert refused.status_code in (302, 400)
    assert "_auth_user_id" not in client.session
