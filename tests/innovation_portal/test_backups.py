"""Backup and restore: the demo city comes back from a backup with the same rankings and evidence that still
downloads, into an empty database (a new PostgreSQL database, or a new SQLite file); a restore never replaces
data by accident."""

import hashlib
from contextlib import contextmanager
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.db import connection
from django.urls import reverse

from competitions.models import Competition, Stage
from judging.ranking import final_ranking, stage_ranking
from submissions.models import Attachment

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def rankings() -> dict:
    """Every stage ranking and final ranking of every edition, as the secretariat reads them."""
    seen = {}
    for competition in Competition.objects.order_by("pk"):
        stages = competition.stages.filter(kind__in=[Stage.Kind.SCORED, Stage.Kind.VERIFICATION])
        for category in competition.categories.order_by("pk"):
            for stage in stages.order_by("order"):
                seen[(competition.slug, category.name, stage.name)] = [
                    (entry.submission.innovation.title, entry.score, entry.adjusted, entry.rank, entry.in_tie)
                    for entry in stage_ranking(stage, category).entries
                ]
            seen[(competition.slug, category.name, "final")] = [
                (entry.submission.innovation.title, entry.final_score, entry.rank, str(entry.prize or ""))
                for entry in final_ranking(competition, category).entries
            ]
    return seen


def evidence_downloads(client) -> dict:
    """The bytes the secretariat downloads for a spread of evidence files (documents and photos)."""
    client.force_login(User.objects.get(username="sekretariat"))
    files = Attachment.objects.exclude(file="").order_by("pk")
    chosen = [*files[:3], *files.filter(content_type="image/jpeg")[:2], files.last()]
    downloads = {}
    for attachment in chosen:
        response = client.get(reverse("submissions:evidence_download", args=[attachment.pk]))
        assert response.status_code == 200
        downloads[attachment.pk] = (response["Content-Disposition"], b"".join(response.streaming_content))
    client.logout()
    return downloads


def media_fingerprint(media_root: Path) -> dict[str, str]:
    return {
        path.relative_to(media_root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in media_root.rglob("*")
        if path.is_file()
    }


@contextmanager
def connected_to_new_database(tmp_path: Path):
    """The default connection points at a new, empty database (a scratch PostgreSQL database, or a new
    SQLite file) while the block runs, then back at the test database."""
    saved_settings = dict(connection.settings_dict)
    if connection.vendor == "postgresql":
        name = f"{saved_settings['NAME']}_restored"
        with connection._nodb_cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
            cursor.execute(f'CREATE DATABASE "{name}"')
    else:
        name = str(tmp_path / "restored.sqlite3")
    # Keep the test database's connection open aside: an in-memory SQLite database ends with it.
    test_database_connection, connection.connection = connection.connection, None
    connection.settings_dict["NAME"] = name
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(saved_settings)
        connection.connection = test_database_connection
        if connection.vendor == "postgresql":
            with connection._nodb_cursor() as cursor:
                cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_the_demo_restored_into_an_empty_database_has_the_same_rankings_and_evidence(
    client, settings, tmp_path
):
    call_command("seed_demo", force=True, stdout=StringIO())
    before = rankings()
    scored = [entries for entries in before.values() if any(entry[1] is not None for entry in entries)]
    assert len(scored) >= 5, "the demo should have scored rankings to compare"
    downloads = evidence_downloads(client)
    media = media_fingerprint(Path(settings.MEDIA_ROOT))
    assert len(media) > 100

    call_command("backup", str(tmp_path / "backup"), stdout=StringIO())

    settings.MEDIA_ROOT = tmp_path / "restored-media"
    with connected_to_new_database(tmp_path):
        assert connection.introspection.table_names() == []
        call_command("restore", str(tmp_path / "backup"), stdout=StringIO())

        assert rankings() == before
        assert evidence_downloads(client) == downloads
        assert media_fingerprint(Path(settings.MEDIA_ROOT)) == media


def test_a_restore_refuses_to_replace_a_database_that_holds_data(settings, tmp_path):
    User.objects.create_user("before-the-backup")
    call_command("backup", str(tmp_path / "backup"), stdout=StringIO())
    User.objects.create_user("after-the-backup")

    with pytest.raises(CommandError, match="--replace-existing"):
        call_command("restore", str(tmp_path / "backup"))
    assert User.objects.filter(username="after-the-backup").exists()

    call_command("restore", str(tmp_path / "backup"), "--replace-existing", stdout=StringIO())
    assert User.objects.filter(username="before-the-backup").exists()
    assert not User.objects.filter(username="after-the-backup").exists()


def test_a_backup_is_never_written_over_another(tmp_path):
    call_command("backup", str(tmp_path / "backup"), stdout=StringIO())
    with pytest.raises(CommandError, match=str(tmp_path / "backup")):
        call_command("backup", str(tmp_path / "backup"))
    assert sorted(path.name for path in (tmp_path / "backup").iterdir()) == [
        "backup.json",
        "database.sqlite3" if connection.vendor == "sqlite" else "database.dump",
        "media.tar",
    ]
