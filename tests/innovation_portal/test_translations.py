"""The Indonesian catalogue is complete, compiled, and covers every string in the code."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

PROJECT_DIR = Path(settings.BASE_DIR)
PO_PATH = PROJECT_DIR / "locale" / "id" / "LC_MESSAGES" / "django.po"
MO_PATH = PO_PATH.with_suffix(".mo")
SOURCE_DIRS = ["competitions", "submissions", "judging", "innovation_portal", "demo", "templates"]


def test_every_indonesian_entry_is_translated_and_not_fuzzy():
    catalogue = polib.pofile(str(PO_PATH))
    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []
    assert catalogue.percent_translated() == 100


def test_compiled_catalogue_matches_the_source():
    po = {(entry.msgctxt, entry.msgid): entry for entry in polib.pofile(str(PO_PATH)) if not entry.obsolete}
    mo = {(entry.msgctxt, entry.msgid): entry for entry in polib.mofile(str(MO_PATH))}
    assert set(mo) == set(po), "run `make messages` to recompile locale/id"
    for key, entry in po.items():
        assert (mo[key].msgstr, mo[key].msgstr_plural) == (entry.msgstr, entry.msgstr_plural), key


@pytest.mark.skipif(not shutil.which("xgettext"), reason="needs GNU gettext (apt-get install gettext)")
def test_every_string_in_the_code_is_in_the_catalogue(tmp_path):
    """Extract the messages afresh from a copy of the code and compare with the committed catalogue."""
    for name in SOURCE_DIRS:
        shutil.copytree(PROJECT_DIR / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PROJECT_DIR / "manage.py", tmp_path / "manage.py")
    (tmp_path / "locale").mkdir()
    result = subprocess.run(
        [sys.executable, "manage.py", "makemessages", "--locale", "id", "--no-location"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env={"PATH": "/usr/bin:/bin:/usr/local/bin", "DJANGO_SETTINGS_MODULE": "innovation_portal.settings"},
    )
    assert result.returncode == 0, result.stderr
    extracted = polib.pofile(str(tmp_path / "locale" / "id" / "LC_MESSAGES" / "django.po"))
    committed = {
        (entry.msgctxt, entry.msgid)
        for entry in polib.pofile(str(PO_PATH))
        if entry.msgstr or entry.msgstr_plural
    }
    missing = sorted(entry.msgid for entry in extracted if (entry.msgctxt, entry.msgid) not in committed)
    assert missing == [], "untranslated strings; run `make messages` and translate them"
