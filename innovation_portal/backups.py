"""Backups of the whole portal: the database and the uploads together, in one folder (README, "Backup and
restore").

A backup folder holds `backup.json` (what was backed up, when, from which kind of database), the database
(`database.dump`, PostgreSQL's custom format, or `database.sqlite3`, a consistent copy made with SQLite's
backup API while the portal may be running) and `media.tar`, the uploads under MEDIA_ROOT. A restore puts
both back into the database and MEDIA_ROOT the settings name, and refuses to replace anything already there
unless it is told to.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.db.backends.postgresql.client import DatabaseClient
from django.utils import timezone
from django.utils.translation import gettext as _

from competitions.errors import RuleViolation
from competitions.public_pages import public_content_changed

MANIFEST = "backup.json"
MEDIA_ARCHIVE = "media.tar"
DATABASE_FILES = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Backup:
    folder: Path
    engine: str
    created_at: str
    media_files: int

    @property
    def database_file(self) -> Path:
        return self.folder / DATABASE_FILES[self.engine]

    @property
    def media_archive(self) -> Path:
        return self.folder / MEDIA_ARCHIVE


def default_backup_folder(now: datetime | None = None) -> Path:
    stamp = (now or timezone.now()).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return Path(settings.BASE_DIR) / "backups" / stamp


def create_backup(*, folder: Path, now: datetime | None = None) -> Backup:
    """Write the database and the uploads into `folder`, which must be new or empty."""
    engine = _engine()
    if folder.exists() and any(folder.iterdir()):
        raise RuleViolation(
            _("%(folder)s is not empty; a backup is never written over another.") % {"folder": folder}
        )
    folder.mkdir(parents=True, exist_ok=True)
    created_at = (now or timezone.now()).isoformat()
    database_file = folder / DATABASE_FILES[engine]
    if engine == "postgresql":
        _dump_postgresql(database_file)
    else:
        _copy_sqlite(database_file)
    # The uploads after the database: a file is written before the row naming it is committed, so every
    # file the database copy names is already on disk when the archive is made.
    backup = Backup(
        folder=folder,
        engine=engine,
        created_at=created_at,
        media_files=_archive_media(folder / MEDIA_ARCHIVE),
    )
    manifest = {
        "format": FORMAT_VERSION,
        "engine": backup.engine,
        "created_at": backup.created_at,
        "database": backup.database_file.name,
        "media": MEDIA_ARCHIVE,
        "media_files": backup.media_files,
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return backup


def read_backup(folder: Path) -> Backup:
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise RuleViolation(
            _("%(folder)s holds no backup (no %(file)s).") % {"folder": folder, "file": MANIFEST}
        ) from error
    backup = Backup(
        folder=folder,
        engine=manifest["engine"],
        created_at=manifest["created_at"],
        media_files=manifest["media_files"],
    )
    for part in (backup.database_file, backup.media_archive):
        if not part.is_file():
            raise RuleViolation(_("The backup is incomplete: %(file)s is missing.") % {"file": part})
    return backup


def holds_data() -> list[str]:
    """What a restore would replace: the database if it has any table, MEDIA_ROOT if it has any file."""
    occupied = []
    if connection.introspection.table_names():
        occupied.append(_("the database %(name)s") % {"name": connection.settings_dict["NAME"]})
    media_root = Path(settings.MEDIA_ROOT)
    if media_root.is_dir() and any(path.is_file() for path in media_root.rglob("*")):
        occupied.append(_("the uploads folder %(folder)s") % {"folder": media_root})
    return occupied


def restore_backup(*, backup: Backup, replace_existing: bool = False) -> None:
    """Put the backup's database and uploads in place of the current ones.

    Without `replace_existing` only an empty database and an empty uploads folder are restored into, so a
    restore aimed at the wrong server cannot wipe it."""
    if backup.engine != _engine():
        raise RuleViolation(
            _("This backup is of a %(backup)s database; the portal is set up for %(current)s.")
            % {"backup": backup.engine, "current": _engine()}
        )
    occupied = holds_data()
    if occupied and not replace_existing:
        raise RuleViolation(
            _(
                "Nothing was restored, because it would replace data already there: %(what)s. "
                "To replace it, run again with --replace-existing."
            )
            % {"what": ", ".join(occupied)}
        )
    if backup.engine == "postgresql":
        _restore_postgresql(backup.database_file)
    else:
        _restore_sqlite(backup.database_file)
    _extract_media(backup.media_archive)
    # Pages cached before the restore show the data it replaced.
    public_content_changed()


def _engine() -> str:
    if connection.vendor not in DATABASE_FILES:
        raise RuleViolation(
            _("Backups support PostgreSQL and SQLite, not %(vendor)s.") % {"vendor": connection.vendor}
        )
    return connection.vendor


def _postgresql_command(program: str, *arguments: str) -> tuple[list[str], dict[str, str]]:
    """The command line and environment for pg_dump or pg_restore, from the same settings Django connects
    with; the password goes in the environment, never on the command line (others can read that)."""
    settings_dict = connection.settings_dict
    _psql_arguments, environment = DatabaseClient.settings_to_cmd_args_env(settings_dict, [])
    command = [program]
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if settings_dict.get(key):
            command += [option, str(settings_dict[key])]
    command += [*arguments, "--dbname", settings_dict["NAME"]]
    return command, {**os.environ, **(environment or {})}


def _run(command: list[str], environment: dict[str, str]) -> None:
    try:
        subprocess.run(command, env=environment, check=True, capture_output=True, text=True)  # noqa: S603
    except FileNotFoundError as error:
        raise RuleViolation(
            _("%(program)s was not found; install the PostgreSQL client tools.") % {"program": command[0]}
        ) from error
    except subprocess.CalledProcessError as error:
        raise RuleViolation(
            _("%(program)s failed: %(message)s") % {"program": command[0], "message": error.stderr.strip()}
        ) from error


def _dump_postgresql(target: Path) -> None:
    _run(*_postgresql_command("pg_dump", "--format=custom", "--file", str(target)))


def _restore_postgresql(source: Path) -> None:
    # One transaction: a restore that fails half-way leaves the database as it was.
    connection.close()
    _run(
        *_postgresql_command(
            "pg_restore",
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            "--exit-on-error",
            str(source),
        )
    )


def _copy_sqlite(target: Path) -> None:
    # The backup API copies a consistent snapshot even while other connections write.
    connection.ensure_connection()
    copy = sqlite3.connect(target)
    try:
        connection.connection.backup(copy)
    finally:
        copy.close()


def _restore_sqlite(source: Path) -> None:
    backup = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    connection.ensure_connection()
    try:
        backup.backup(connection.connection)
    finally:
        backup.close()


def _archive_media(target: Path) -> int:
    media_root = Path(settings.MEDIA_ROOT)
    count = 0
    with tarfile.open(target, "w") as archive:
        if media_root.is_dir():
            for path in sorted(media_root.rglob("*")):
                if path.is_file():
                    archive.add(path, arcname=path.relative_to(media_root).as_posix(), recursive=False)
                    count += 1
    return count


def _extract_media(source: Path) -> None:
    media_root = Path(settings.MEDIA_ROOT)
    media_root.mkdir(parents=True, exist_ok=True)
    for child in media_root.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
    with tarfile.open(source) as archive:
        # The "data" filter refuses absolute paths, "..", links out of the folder and device files.
        archive.extractall(media_root, filter="data")
