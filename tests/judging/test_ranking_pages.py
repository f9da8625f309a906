"""The secretariat's ranking pages with a national-size category: paged, the line always in view, and a
query count that does not grow with the entries."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from competitions.models import Criterion, Stage
from judging.models import Assignment, Score, ScoreSheet
from judging.services import advance_shortlist
from submissions.models import Submission
from tests import factories

pytestmark = pytest.mark.django_db
D = Decimal


@pytest.fixture
def national(db):
    """A proposal stage (cutoff 6) in one category, three judges and one criterion."""
    competition = factories.CompetitionFactory(aggregation="mean", tie_break_chain=[])
    category = factories.CategoryFactory(competition=competition, shortlist_size=6)
    factories.StageFactory(competition=competition, order=1, kind=Stage.Kind.ADMINISTRATIVE)
    stage = factories.StageFactory(competition=competition, order=2, kind=Stage.Kind.SCORED, status="active")
    criterion = Criterion.objects.create(
        stage=stage, name="Signifikansi", weight=100, min_score=0, max_score=100
    )
    panel = [factories.make_judge(username=f"juri{n}") for n in (1, 2, 3)]
    return {"stage": stage, "category": category, "criterion": criterion, "panel": panel, "count": 0}


def add_entries(national, count: int) -> None:
    """`count` more entries, the k-th overall (from 1) scored 100 − (k − 1)/4 by every judge, so place k
    holds "Entri #k" (titles zero-padded to 3 digits so one never contains another)."""
    stage, panel = national["stage"], national["panel"]
    first = national["count"] + 1
    entries = [
        factories.SubmissionFactory(
            category=national["category"],
            innovation=factories.InnovationFactory(title=f"Entri #{k:03d}"),
            status=Submission.Status.ELIGIBLE,
            submitted_at=datetime.datetime(2026, 3, 1, tzinfo=datetime.UTC),
        )
        for k in range(first, first + count)
    ]
    national["count"] += count
    Assignment.objects.bulk_create(
        Assignment(stage=stage, submission=entry, judge=judge) for entry in entries for judge in panel
    )
    totals = {entry.pk: D(100) - D(k - 1) / 4 for k, entry in enumerate(entries, start=first)}
    sheets = ScoreSheet.objects.bulk_create(
        ScoreSheet(stage=stage, submission=entry, judge=judge, status="submitted", total=totals[entry.pk])
        for entry in entries
        for judge in panel
    )
    Score.objects.bulk_create(
        Score(sheet=sheet, criterion=national["criterion"], value=sheet.total) for sheet in sheets
    )


def ranking_url(national, page=None) -> str:
    url = reverse("admin:judging_stage_ranking", args=[national["stage"].pk, national["category"].pk])
    return f"{url}?page={page}" if page else url


def test_a_long_ranking_is_paged_and_every_page_shows_the_line(client, secretariat, national):
    add_entries(national, 230)
    client.force_login(secretariat)

    first = client.get(ranking_url(national)).content.decode()
    assert "Entri #001" in first and "Entri #100" in first and "Entri #101" not in first
    assert "Peringkat 1–100 dari 230." in first
    assert "Di sekitar batas" not in first  # place 6 is on this page already

    last = client.get(ranking_url(national, 3)).content.decode()
    assert "Peringkat 201–230 dari 230." in last
    assert "Entri #201" in last and "Entri #230" in last and "Entri #200" not in last
    # Places 4 to 9 around the line under place 6; place 3 and place 10 are not repeated.
    assert "Di sekitar batas" in last
    assert all(f"Entri #{k:03d}" in last for k in range(4, 10))
    assert "Entri #003" not in last and "Entri #010" not in last


def test_the_ranking_page_costs_the_same_queries_for_30_or_230_entries(
    client, secretariat, national, django_assert_num_queries
):
    client.force_login(secretariat)
    add_entries(national, 30)
    with CaptureQueriesContext(connection) as small:
        assert client.get(ranking_url(national)).status_code == 200
    add_entries(national, 200)
    with django_assert_num_queries(len(small.captured_queries)):
        assert client.get(ranking_url(national)).status_code == 200


def test_a_decided_ranking_is_paged_too_with_the_line_in_view(client, secretariat, national):
    add_entries(national, 130)
    advance_shortlist(stage=national["stage"], category=national["category"], by=secretariat)
    client.force_login(secretariat)

    second = client.get(ranking_url(national, 2)).content.decode()
    assert "Peringkat 101–130 dari 130." in second
    assert "Entri #101" in second and "Entri #130" in second and "Entri #100" not in second
    assert "Di sekitar batas" in second
    assert all(f"Entri #{k:03d}" in second for k in range(4, 10))


def test_the_confirmation_lists_the_first_20_of_each_group_and_counts_the_rest(client, secretariat, national):
    add_entries(national, 130)
    client.force_login(secretariat)
    html = client.post(ranking_url(national), {"preview": "1"}).content.decode()
    assert "Lolos ke tahap berikutnya (6)" in html and "Tidak lolos (124)" in html
    # Not advancing: places 7 to 26 listed, 27 onwards counted.
    assert "Entri #026" in html and "Entri #027" not in html
    assert "… dan 104 usulan lainnya." in html
    # Each entry comes from its own unit: 20 of the 130 units named, 110 counted.
    assert "dan 110 unit lainnya" in html
