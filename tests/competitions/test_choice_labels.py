"""A record shows the label of its choice (a unit's kind, an entry's status) in the language of the page,
translating that one label: a list of 550 units must not translate every kind's label 550 times."""

import pytest
from django.utils import translation

from competitions.models import Unit
from submissions.models import Submission


@pytest.fixture
def translations(monkeypatch):
    """Every label translated while the test runs."""
    translated = []
    translate = translation._trans.gettext
    monkeypatch.setattr(
        translation._trans, "gettext", lambda text: translated.append(text) or translate(text)
    )
    return translated


def test_a_units_kind_is_shown_in_indonesian_translating_only_its_own_label(translations):
    unit = Unit(name="Puskesmas Sukarami", kind=Unit.Kind.PUSKESMAS)

    with translation.override("id"):
        assert unit.get_kind_display() == "Puskesmas"

    assert translations == ["Community health centre (puskesmas)"]


def test_an_entrys_status_follows_the_language_and_an_unknown_value_shows_as_it_is():
    entry = Submission(status=Submission.Status.SUBMITTED)
    with translation.override("id"):
        indonesian = entry.get_status_display()
    with translation.override("en"):
        english = entry.get_status_display()
    entry.status = "archived-before-2024"

    assert (indonesian, english) == (
        "Terkirim, menunggu pemeriksaan administrasi",
        "Submitted, awaiting the administrative check",
    )
    assert entry.get_status_display() == "archived-before-2024"
