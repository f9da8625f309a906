"""The event log reads as Indonesian sentences, and every code a service writes has one."""

import ast
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from competitions import event_log
from competitions.models import Event
from competitions.services import record_event
from submissions import services
from submissions.models import AdministrativeCheck
from tests.files import image_upload, pdf_upload

pytestmark = pytest.mark.django_db

APPS = ("competitions", "submissions", "judging")


def logged_action_codes() -> set[str]:
    """Every action code given to `record_event` in the apps' source: string literals, both branches of
    a conditional, and the fixed start of an f-string such as f"status:{to}"."""
    codes = set()
    for app in APPS:
        for path in (Path(settings.BASE_DIR) / app).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call) or getattr(node.func, "id", None) != "record_event":
                    continue
                for keyword in node.keywords:
                    if keyword.arg != "action":
                        continue
                    for part in ast.walk(keyword.value):
                        if isinstance(part, ast.JoinedStr):
                            codes.add(part.values[0].value)
                        elif isinstance(part, ast.Constant) and isinstance(part.value, str):
                            codes.add(part.value)
    return codes


def test_every_action_code_written_by_a_service_has_a_sentence():
    codes = logged_action_codes()
    assert {"status:", "entered", "evidence_added", "sheet_submitted", "judge_assigned"} <= codes
    assert sorted(code for code in codes if event_log.sentence_template(code) is None) == []


@pytest.fixture
def revised(draft, unit_operator, secretariat, edition):
    services.add_evidence(
        submission=draft, by=unit_operator, requirement=edition["proposal"], upload=pdf_upload("SK Kadis.pdf")
    )
    services.add_evidence(
        submission=draft, by=unit_operator, requirement=edition["photo"], upload=image_upload()
    )
    services.submit_submission(submission=draft, by=unit_operator)
    services.record_administrative_check(
        submission=draft,
        by=secretariat,
        verdicts=[],
        outcome=AdministrativeCheck.Outcome.REVISE,
        note="Foto buram",
        revision_deadline=draft.competition.registration_closes_at,
    )
    return draft


def sentences(submission) -> list[str]:
    events = Event.objects.filter(object_id=submission.pk, content_type__model="submission").order_by("pk")
    return [event_log.describe(event) for event in events]


def test_an_entrys_events_read_as_sentences_with_status_labels(revised):
    assert sentences(revised) == [
        "Bukti ditambahkan: SK Kadis.pdf.",
        "Bukti ditambahkan: foto.jpg.",
        "Status diubah dari “Draf” menjadi “Terkirim, menunggu pemeriksaan administrasi”.",
        "Status diubah dari “Terkirim, menunggu pemeriksaan administrasi” menjadi “Perlu perbaikan”.",
    ]


def test_an_unknown_code_still_reads_as_words(draft, secretariat):
    event = record_event(draft, by=secretariat, action="score_recounted", old="78", new="80")
    assert event_log.describe(event) == "Score recounted: 78 → 80"
    assert event_log.describe(record_event(draft, by=secretariat, action="archived_now")) == "Archived now"


def test_the_entry_page_in_the_admin_lists_its_history_as_sentences(client, secretariat, revised):
    client.force_login(secretariat)
    html = client.get(reverse("admin:submissions_submission_change", args=[revised.pk])).content.decode()
    assert (
        "Status diubah dari “Terkirim, menunggu pemeriksaan administrasi” menjadi “Perlu perbaikan”." in html
    )
    assert "Foto buram" in html
    assert "status:needs_revision" not in html


def test_the_event_log_shows_sentences_and_finds_them_by_their_words(client, secretariat, revised):
    client.force_login(secretariat)
    url = reverse("admin:competitions_event_changelist")
    html = client.get(url).content.decode()
    assert "Bukti ditambahkan: SK Kadis.pdf." in html

    def found(term) -> list[str]:
        return [event_log.describe(event) for event in client.get(url, {"q": term}).context["cl"].result_list]

    assert found("Perlu perbaikan") == [
        "Status diubah dari “Terkirim, menunggu pemeriksaan administrasi” menjadi “Perlu perbaikan”."
    ]
    assert found("Foto buram") == found("Perlu perbaikan")  # the note
    assert sorted(found("Bukti ditambahkan")) == [
        "Bukti ditambahkan: SK Kadis.pdf.",
        "Bukti ditambahkan: foto.jpg.",
    ]
    assert found("SK Kadis") == ["Bukti ditambahkan: SK Kadis.pdf."]  # a value
