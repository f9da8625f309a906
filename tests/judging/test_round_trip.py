"""The judging pages that edit a saved record, sent back unchanged, change nothing (tests/round_trip.py)."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from judging import services
from judging.models import Assignment, ScoreSheet
from tests.files import image_upload
from tests.html_forms import form_fields
from tests.round_trip import post_back, stored

pytestmark = pytest.mark.django_db


def test_a_field_visit_sent_back_unchanged_keeps_its_date_and_photos(client, verification_round, verifier):
    entry = verification_round["entries"][0]
    visit = services.record_field_visit(
        stage=verification_round["stage"],
        submission=entry,
        by=verifier,
        visited_on=datetime.date(2026, 11, 12),
        team="Fitri Handayani, Rina Marlina",
        findings="Loket berjalan.\nWarga memakai aplikasinya setiap hari.",
        verified=False,
        score=Decimal("72.50"),
        photos=[image_upload("lokasi.jpg")],
    )
    before = stored(visit)
    client.force_login(verifier)
    post_back(client, reverse("judging:field_visit", args=[visit.stage_id, entry.pk]), "visit-form")
    assert stored(visit) == before
    assert (before["visited_on"], before["verified"]) == (datetime.date(2026, 11, 12), False)
    assert visit.photos.count() == 1


def test_a_draft_score_sheet_sent_back_unchanged_keeps_its_scores_and_notes(client, scored_round):
    stage, entry, judge = scored_round["stage"], scored_round["entries"][0], scored_round["judges"][0]
    novelty, impact = scored_round["criteria"]
    Assignment.objects.create(stage=stage, submission=entry, judge=judge)
    sheet = services.save_sheet(
        stage=stage,
        submission=entry,
        judge=judge,
        values={novelty.pk: ("10", "Sangat baru."), impact.pk: ("5.25", "")},
        note="Perlu data\npengguna.",
    )

    def scores():
        return sorted(sheet.scores.values_list("criterion", "value", "note"))

    before = stored(sheet), scores()
    client.force_login(judge)
    url = reverse("judging:score", args=[stage.pk, entry.pk])
    shown = form_fields(client.get(url).content.decode(), "score-form")
    assert (shown[f"score_{novelty.pk}"], shown[f"score_{impact.pk}"]) == (["10"], ["5.25"])  # not 1E+1
    post_back(client, url, "score-form")
    assert (stored(sheet), scores()) == before
    assert sheet.status == ScoreSheet.Status.DRAFT
    assert before[1] == [(novelty.pk, Decimal("10.00"), "Sangat baru."), (impact.pk, Decimal("5.25"), "")]
