"""Settings come from the environment; the production configuration passes Django's deploy check."""

import json
import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

PROJECT_DIR = Path(settings.BASE_DIR)
PRODUCTION_ENV = {
    "DJANGO_DEBUG": "false",
    "DJANGO_SECRET_KEY": "x7Qp-production-secret-for-the-test-3kf9Vb2LmZt8RwYc1NhJd6Gs4Aq0Ue5Oi",
    "DJANGO_ALLOWED_HOSTS": "inovasi.palembang.go.id",
    "DJANGO_BEHIND_TLS_PROXY": "true",
    "PORTAL_BASE_URL": "https://inovasi.palembang.go.id",
}


def run_python(code: str, extra_env: dict[str, str]) -> subprocess.CompletedProcess:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "EMAIL_URL", "MEDIA_ROOT", "CACHE_URL"))
    }
    env |= {"DJANGO_SETTINGS_MODULE": "innovation_portal.settings", **extra_env}
    return subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT_DIR, env=env, capture_output=True, text=True, timeout=120
    )


def read_settings(extra_env: dict[str, str]) -> dict:
    code = (
        "import json, django; django.setup(); from django.conf import settings as s; "
        "db = s.DATABASES['default']; "
        "print(json.dumps({'DEBUG': s.DEBUG, 'ALLOWED_HOSTS': s.ALLOWED_HOSTS, "
        "'ENGINE': db['ENGINE'], 'NAME': str(db['NAME']), 'HOST': db.get('HOST'), "
        "'MEDIA_ROOT': str(s.MEDIA_ROOT), 'EMAIL_BACKEND': s.EMAIL_BACKEND, 'EMAIL_HOST': s.EMAIL_HOST, "
        "'SECRET_KEY': s.SECRET_KEY, 'LANGUAGE_CODE': s.LANGUAGE_CODE, 'TIME_ZONE': s.TIME_ZONE, "
        "'USE_TZ': s.USE_TZ, 'SECURE_SSL_REDIRECT': s.SECURE_SSL_REDIRECT, "
        "'STATIC_BACKEND': s.STORAGES['staticfiles']['BACKEND']}))"
    )
    result = run_python(code, extra_env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_development_defaults_need_no_environment():
    values = read_settings({})
    assert values["DEBUG"] is False
    assert values["ENGINE"] == "django.db.backends.sqlite3"
    assert values["NAME"] == str(PROJECT_DIR / "db.sqlite3")
    assert values["EMAIL_BACKEND"] == "django.core.mail.backends.console.EmailBackend"
    assert values["LANGUAGE_CODE"] == "id"
    assert values["TIME_ZONE"] == "Asia/Jakarta"
    assert values["USE_TZ"] is True


def test_settings_are_read_from_the_environment(tmp_path):
    values = read_settings(
        {
            "DJANGO_DEBUG": "true",
            "DJANGO_SECRET_KEY": "from-the-environment",
            "DJANGO_ALLOWED_HOSTS": "inovasi.example.go.id,portal.example.go.id",
            "DATABASE_URL": "postgres://portal:secret@db.internal:5432/inovasi",
            "MEDIA_ROOT": str(tmp_path / "uploads"),
            "EMAIL_URL": "smtp+tls://mailer:secret@mail.example.go.id:587",
        }
    )
    assert values["DEBUG"] is True
    assert values["SECRET_KEY"] == "from-the-environment"
    assert values["ALLOWED_HOSTS"] == ["inovasi.example.go.id", "portal.example.go.id"]
    assert values["ENGINE"] == "django.db.backends.postgresql"
    assert (values["NAME"], values["HOST"]) == ("inovasi", "db.internal")
    assert values["MEDIA_ROOT"] == str(tmp_path / "uploads")
    assert values["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert values["EMAIL_HOST"] == "mail.example.go.id"
    # Debug serves unhashed static files; production uses WhiteNoise's compressed manifest.
    assert values["STATIC_BACKEND"] == "django.contrib.staticfiles.storage.StaticFilesStorage"
    assert read_settings({})["STATIC_BACKEND"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"


def deploy_check(extra_env: dict[str, str]) -> subprocess.CompletedProcess:
    code = (
        "import sys; from django.core.management import execute_from_command_line; "
        "execute_from_command_line(['manage.py', 'check', '--deploy', '--fail-level', 'WARNING'])"
    )
    return run_python(code, extra_env)


def test_production_configuration_passes_the_deploy_check_without_warnings():
    result = deploy_check(PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_deploy_check_fails_when_the_secret_key_is_not_set():
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != "DJANGO_SECRET_KEY"}
    result = deploy_check(env)
    assert result.returncode != 0
    assert "security.W009" in result.stderr


def test_deploy_check_fails_when_email_links_would_lead_away_from_the_portal():
    unset = {key: value for key, value in PRODUCTION_ENV.items() if key != "PORTAL_BASE_URL"}
    result = deploy_check(unset)  # links would point to the development address, 127.0.0.1:8000
    assert result.returncode != 0
    assert "portal.E001" in result.stderr
    result = deploy_check({**PRODUCTION_ENV, "PORTAL_BASE_URL": "https://inovasi.example.org"})
    assert "portal.E001" in result.stderr


def test_deploy_check_warns_when_email_links_are_not_https_on_an_https_portal():
    result = deploy_check({**PRODUCTION_ENV, "PORTAL_BASE_URL": "http://inovasi.palembang.go.id"})
    assert result.returncode != 0
    assert "portal.W002" in result.stderr


def read_upload_limit(extra_env: dict[str, str]) -> int:
    code = (
        "import django; django.setup(); from django.conf import settings as s; print(s.PORTAL_MAX_UPLOAD_MB)"
    )
    result = run_python(code, extra_env)
    assert result.returncode == 0, result.stderr
    return int(result.stdout)


def test_the_portal_upload_limit_is_10_mb_unless_the_environment_says_otherwise():
    assert read_upload_limit({}) == 10
    assert read_upload_limit({"PORTAL_MAX_UPLOAD_MB": "4"}) == 4
