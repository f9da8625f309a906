"""Two app servers behind one address (README, "Running more than one server"): two gunicorn instances on two
ports share one PostgreSQL database, one Redis (cache and task broker) and one uploads folder, and a visitor
cannot tell which one answered.

PostgreSQL only (a second process cannot open the in-memory SQLite test database); CI has Redis, locally the
test needs one at PORTAL_TEST_REDIS_URL.
"""

import os
import re
import secrets
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
import redis
import requests
from django.conf import settings
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection
from django.urls import reverse
from PIL import Image

from submissions.models import GovernmentAffair, InnovationPhoto
from tests import factories
from tests.html_forms import form_fields

REDIS_URL = os.environ.get("PORTAL_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def redis_is_up() -> bool:
    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


pytestmark = [
    pytest.mark.servers,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        not redis_is_up() and not os.environ.get("CI"), reason=f"no Redis at {REDIS_URL} (CI always has one)"
    ),
]


@pytest.fixture(autouse=True)
def _postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("two servers share a PostgreSQL database; the SQLite test database lives in memory")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url() -> str:
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


@contextmanager
def two_servers(media_root: Path, logs: Path):
    """Two gunicorn servers with production settings (DEBUG off), two workers each, sharing the test
    database, Redis and `media_root`; yields their base URLs."""
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.innovation_portal.two_servers_settings",
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": database_url(),
        # The cache in a database of its own: clearing a cache empties its whole database.
        "CACHE_URL": urlunsplit(urlsplit(REDIS_URL)._replace(path="/14")),
        "CELERY_BROKER_URL": REDIS_URL,
        "MEDIA_ROOT": str(media_root),
        # Plain HTTP on 127.0.0.1, as behind a TLS-terminating proxy.
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_SECURE_COOKIES": "false",
    }
    command = [sys.executable, "-m", "gunicorn", "innovation_portal.wsgi", "--workers", "2"]
    servers = []
    try:
        for name in ("a", "b"):
            port = free_port()
            log = open(logs / f"server-{name}.log", "wb")  # noqa: SIM115 - closed with the server
            process = subprocess.Popen(
                [*command, "--bind", f"127.0.0.1:{port}", "--log-level", "warning"],
                cwd=settings.BASE_DIR,
                env=environment,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
            servers.append((process, log, f"http://127.0.0.1:{port}"))
        for process, _log, url in servers:
            wait_until_up(process, url)
        yield [url for _process, _log, url in servers]
    finally:
        for process, log, _url in servers:
            process.terminate()
            process.wait(timeout=20)
            log.close()


def wait_until_up(process: subprocess.Popen, url: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, f"the server at {url} stopped; see its log"
        try:
            if requests.get(f"{url}/healthz", timeout=5).status_code == 200:
                return
        except requests.RequestException:  # not listening yet, or its workers still starting
            pass
        time.sleep(0.2)
    raise AssertionError(f"the server at {url} did not start within 60 seconds")


def csrf_token(html: str) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def sign_in(browser: requests.Session, server: str, username: str) -> None:
    page = browser.get(server + reverse("login"))
    response = browser.post(
        server + reverse("login"),
        {"username": username, "password": factories.PASSWORD, "csrfmiddlewaretoken": csrf_token(page.text)},
        allow_redirects=False,
    )
    assert response.status_code == 302, "the sign-in was refused"


def jpeg_bytes() -> bytes:
    buffer = BytesIO()
    Image.new("RGB", (320, 240), "teal").save(buffer, format="JPEG")
    return buffer.getvalue()


def test_a_visitor_cannot_tell_which_of_two_servers_answers(tmp_path):
    operator = factories.make_operator(username="operator-dua-server")
    # Hashed the way the servers' production settings check it (tests hash with a fast hasher).
    hasher = PBKDF2PasswordHasher()
    operator.password = hasher.encode(factories.PASSWORD, hasher.salt())
    operator.save(update_fields=["password"])
    innovation = factories.InnovationFactory(
        unit=operator.memberships.get().unit, title="Layanan Kilat", is_public=True
    )
    innovation.affairs.add(GovernmentAffair.objects.first())
    edit_path = reverse("submissions:innovation_edit", args=[innovation.pk])
    public_path = reverse("catalogue:detail", args=[innovation.pk])

    with two_servers(media_root=Path(settings.MEDIA_ROOT), logs=tmp_path) as (server_a, server_b):
        # Signed in through one server, the operator carries on through the other.
        operator_browser = requests.Session()
        sign_in(operator_browser, server_a, operator.username)
        page_on_b = operator_browser.get(server_b + edit_path, allow_redirects=False)
        assert page_on_b.status_code == 200
        assert "Layanan Kilat" in page_on_b.text

        # A photo uploaded through one server downloads through the other.
        uploaded = operator_browser.post(
            server_a + reverse("submissions:innovation_photo_add", args=[innovation.pk]),
            {"caption": "Loket", "csrfmiddlewaretoken": csrf_token(page_on_b.text)},
            files={"image": ("loket.jpg", jpeg_bytes(), "image/jpeg")},
            allow_redirects=False,
        )
        assert uploaded.status_code == 302
        photo = InnovationPhoto.objects.get(innovation=innovation)
        photo_path = reverse("submissions:photo", args=[photo.pk, "asli"])
        from_b = operator_browser.get(server_b + photo_path)
        assert from_b.status_code == 200
        assert from_b.headers["Content-Type"].startswith("image/")
        assert from_b.content == photo.image.read() == operator_browser.get(server_a + photo_path).content

        # Both servers serve the public page from the one cache: a change made without telling the cache
        # is not seen on either ...
        visitor = requests.Session()
        assert "Layanan Kilat" in visitor.get(server_a + public_path).text
        type(innovation).objects.filter(pk=innovation.pk).update(title="Diubah Diam-diam")
        stale_on_b = visitor.get(server_b + public_path).text
        assert "Layanan Kilat" in stale_on_b and "Diubah Diam-diam" not in stale_on_b

        # ... and an edit saved through one server renews the page on the other at once.
        form_page = operator_browser.get(server_b + edit_path).text
        fields = form_fields(form_page, "innovation-form")
        fields["title"] = ["Layanan Kilat Terpadu"]
        saved = operator_browser.post(server_a + edit_path, fields, allow_redirects=False)
        assert saved.status_code == 302
        public_on_b = visitor.get(server_b + public_path).text
        assert "Layanan Kilat Terpadu" in public_on_b
