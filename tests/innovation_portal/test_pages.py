"""The public pages a new user opens first, in Indonesian."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_home_page_is_indonesian(client):
    response = client.get(reverse("home"))
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="id">' in html
    assert "Kompetisi" in html
    assert "Masuk" in html


def test_an_english_browser_still_gets_indonesian(client):
    html = client.get(reverse("home"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert '<html lang="id">' in html
    assert "Masuk" in html


def test_the_language_switcher_sets_english(client):
    response = client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert response.status_code == 302
    html = client.get(reverse("home")).content.decode()
    assert '<html lang="en">' in html
    assert "Sign in" in html


def test_html_lang_follows_the_chosen_language(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    html = client.get(reverse("home")).content.decode()
    assert '<html lang="en">' in html
    assert "Sign in" in html


def test_sign_in_is_indonesian_and_the_admin_signs_in_through_it(client):
    login = client.get(reverse("login"))
    assert login.status_code == 200
    assert "Lupa kata sandi?" in login.content.decode()
    admin_login = client.get(reverse("admin:login"), {"next": reverse("admin:index")}, follow=True)
    assert admin_login.redirect_chain[-1][0] == f"{reverse('login')}?next={reverse('admin:index')}"
    assert "Lupa kata sandi?" in admin_login.content.decode()


def test_unknown_page_answers_404_in_indonesian(client):
    response = client.get("/tidak-ada/")
    assert response.status_code == 404
    assert "Halaman tidak ditemukan" in response.content.decode()


def test_healthz_answers_ok_without_touching_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get(reverse("healthz"))
    assert response.status_code == 200
    assert response.content == b"ok"


def test_pages_carry_a_strict_content_security_policy(client):
    policy = client.get(reverse("home"))["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "style-src 'self'" in policy
    assert "unsafe-inline" not in policy


def test_no_template_has_inline_script_or_style(settings):
    """A strict CSP forbids inline code: every script and style comes from a static file."""
    import re
    from pathlib import Path

    offenders = []
    for template in Path(settings.BASE_DIR, "templates").rglob("*.html"):
        text = template.read_text()
        if (
            re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text)
            or re.search(r"\sstyle=", text)
            or "<style" in text
        ):
            offenders.append(str(template))
    assert offenders == []


def test_unknown_host_answers_the_portal_400_page(client, settings):
    settings.DEBUG = False
    response = client.get(reverse("home"), HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert "Permintaan tidak valid" in response.content.decode()


def test_every_response_denies_the_browser_features_the_portal_does_not_use(client, secretariat):
    responses = [
        client.get(reverse("home")),
        client.get(reverse("login")),
        client.get("/tidak-ada/"),
        client.get(reverse("healthz")),
    ]
    client.force_login(secretariat)
    responses.append(client.get(reverse("admin:index")))
    for response in responses:
        policy = {
            directive.split("=")[0]: directive.split("=")[1]
            for directive in response["Permissions-Policy"].split(", ")
        }
        for feature in ("camera", "microphone", "geolocation", "payment", "usb", "serial", "display-capture"):
            assert policy[feature] == "()", (response.request["PATH_INFO"], feature)
