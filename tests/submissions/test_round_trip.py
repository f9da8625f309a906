"""The unit's pages and the secretariat's check page, sent back as shown (see tests/round_trip.py)."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from submissions import services
from submissions.models import AdministrativeCheck, GovernmentAffair
from tests import factories
from tests.round_trip import post_back, stored
from tests.submissions.test_admin import waiting  # noqa: F401

pytestmark = pytest.mark.django_db


def test_an_innovation_profile_sent_back_unchanged_keeps_its_dates_and_affairs(client, unit_operator):
    innovation = factories.InnovationFactory(
        unit=unit_operator.memberships.get().unit,
        title="Si Warga",
        summary="Aduan warga.\nDijawab dalam sehari.",
        trial_date=datetime.date(2023, 3, 1),
        launch_date=datetime.date(2024, 1, 15),
        video_url="https://www.youtube.com/watch?v=abc123",
        is_public=True,
    )
    innovation.affairs.set(GovernmentAffair.objects.order_by("pk")[:2])
    before = stored(innovation)
    client.force_login(unit_operator)
    post_back(client, reverse("submissions:innovation_edit", args=[innovation.pk]), "innovation-form")
    assert stored(innovation) == before
    assert (before["trial_date"], before["launch_date"]) == (
        datetime.date(2023, 3, 1),
        datetime.date(2024, 1, 15),
    )
    assert len(before["affairs"]) == 2


def test_a_proposal_sent_back_unchanged_keeps_every_section(client, draft, unit_operator):
    services.save_draft(
        submission=draft,
        sections={"summary": "Baris pertama.\n\nBaris ketiga, setelah baris kosong."},
        by=unit_operator,
    )
    before = stored(draft)
    client.force_login(unit_operator)
    post_back(client, reverse("submissions:entry_edit", args=[draft.pk]), "proposal-form")
    assert stored(draft) == before
    assert not draft.attachments.exists()


def test_the_check_page_records_what_it_shows(client, secretariat, waiting):  # noqa: F811
    """The check page records a new decision rather than editing a saved one: the outcome (and, for a
    revision, its deadline) is what the secretariat chooses; everything else goes back as the page shows
    it, with the documents the unit provided ticked as met."""
    deadline = timezone.localtime(timezone.now() + datetime.timedelta(days=7)).replace(
        second=0, microsecond=0
    )
    client.force_login(secretariat)
    post_back(
        client,
        reverse("admin:submissions_submission_check", args=[waiting.pk]),
        "check-form",
        outcome="revise",
        revision_deadline=deadline.strftime("%Y-%m-%dT%H:%M"),
    )
    check = AdministrativeCheck.objects.get(submission=waiting)
    assert check.revision_deadline == deadline
    assert sorted(check.items.values_list("requirement__name", "is_met")) == [
        ("Foto kegiatan", True),
        ("Proposal lengkap (PDF)", True),
        ("Video", False),
    ]
