import pytest
from django.test import Client

from tests import factories


class PortalClient(Client):
    """`force_login` stands for a whole sign-in: an account with an authenticator app has also given
    its code, as every staff account must before it reaches a page."""

    def force_login(self, user, backend=None):
        super().force_login(user, backend)
        from django_otp import DEVICE_ID_SESSION_KEY
        from django_otp.plugins.otp_totp.models import TOTPDevice

        device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
        if device is not None:
            session = self.session
            session[DEVICE_ID_SESSION_KEY] = device.persistent_id
            session.save()


@pytest.fixture
def client():
    return PortalClient()


def pytest_configure(config):
    """Tests run on the production settings, except where a test server or speed needs otherwise.

    Set once for the session, before the live server (session-scoped) loads its middleware.
    """
    from django.conf import settings

    # Tests do not run collectstatic, so templates resolve static files without the hashed manifest.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    # The test client and the live server speak plain HTTP.
    settings.SECURE_SSL_REDIRECT = False
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False
    # A deliberately slow hash protects real passwords; tests create hundreds of users.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: a public page cached by one test must not answer another
    (its rows were rolled back without a signal)."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def secretariat(db):
    return factories.make_secretariat(username="sekretariat-test")


@pytest.fixture
def judge(db):
    return factories.make_judge(username="juri-test")


@pytest.fixture
def verifier(db):
    return factories.make_verifier(username="verifikator-test")


@pytest.fixture
def leader(db):
    return factories.make_leader(username="pimpinan-test")


@pytest.fixture
def operator(db):
    return factories.make_operator(username="operator-test")


@pytest.fixture
def role_users(secretariat, judge, verifier, leader, operator):
    return {
        "secretariat": secretariat,
        "judge": judge,
        "verifier": verifier,
        "leader": leader,
        "operator": operator,
    }


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Uploads go to a fresh folder per test, never into the project."""
    settings.MEDIA_ROOT = tmp_path / "media"
