"""A judge with hundreds of entries: the dashboard shows what is left to score a page at a time, counts
everything, and costs the same queries for a handful of entries or hundreds."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from judging.models import Assignment, Conflict, ScoreSheet
from submissions.models import Submission
from tests import factories

pytestmark = pytest.mark.django_db


def assign(scored_round, judge, titles, *, status=None):
    """Entries with these titles assigned to the judge; with `status`, the judge's sheet in that state."""
    for title in titles:
        entry = factories.SubmissionFactory(
            category=scored_round["category"],
            status=Submission.Status.ELIGIBLE,
            submitted_at=timezone.now(),
            innovation=factories.InnovationFactory(title=title),
        )
        Assignment.objects.create(stage=scored_round["stage"], submission=entry, judge=judge)
        if status:
            total = 80 if status == ScoreSheet.Status.SUBMITTED else None
            ScoreSheet.objects.create(
                stage=scored_round["stage"], submission=entry, judge=judge, status=status, total=total
            )


def test_the_judge_sees_what_is_left_a_page_at_a_time_and_counts_everything(client, scored_round):
    judge = scored_round["judges"][0]
    assign(scored_round, judge, [f"Belum {n:02d}" for n in range(1, 31)])
    assign(scored_round, judge, [f"Draf {n:02d}" for n in range(1, 6)], status=ScoreSheet.Status.DRAFT)
    assign(
        scored_round, judge, [f"Selesai {n:02d}" for n in range(1, 11)], status=ScoreSheet.Status.SUBMITTED
    )
    assign(scored_round, judge, ["Usulan Keluarga"])
    conflicted = Submission.objects.get(innovation__title="Usulan Keluarga")
    Conflict.objects.create(judge=judge, submission=conflicted, reason="Keluarga.")
    client.force_login(judge)
    url = reverse("judging:dashboard")

    html = client.get(url).content.decode()
    # 45 entries count (the conflicted one never does): 10 submitted, 5 drafts, 35 still to do.
    assert "10 dari 45 terkirim" in html and "5 draf" in html
    assert "Belum selesai (35)" in html and "Terkirim (10)" in html and "Semua (45)" in html
    # To do, 25 a page by title: "Belum 01" to "Belum 25"; then "Belum 26" to "30" and the 5 drafts.
    assert "Belum 25" in html and "Belum 26" not in html and "Draf 01" not in html
    assert "Selesai 01" not in html and "Usulan Keluarga" not in html
    assert "Halaman 1 dari 2" in html

    second = client.get(url, {"halaman": 2}).content.decode()
    assert "Belum 26" in second and "Draf 05" in second and "Belum 25" not in second
    done = client.get(url, {"tampil": "selesai"}).content.decode()
    assert "Selesai 01" in done and "Selesai 10" in done and "Belum 01" not in done
    assert "Usulan Keluarga" not in client.get(url, {"tampil": "semua", "halaman": 2}).content.decode()


def test_a_judge_with_nothing_left_is_thanked(client, scored_round):
    judge = scored_round["judges"][0]
    assign(scored_round, judge, ["Selesai"], status=ScoreSheet.Status.SUBMITTED)
    client.force_login(judge)
    assert (
        "Tidak ada lagi yang perlu dinilai di tahap ini."
        in client.get(reverse("judging:dashboard")).content.decode()
    )


def test_the_judge_dashboard_costs_the_same_queries_for_3_or_120_entries(
    client, scored_round, django_assert_num_queries
):
    judge = scored_round["judges"][0]
    client.force_login(judge)
    assign(scored_round, judge, ["A", "B"])
    assign(scored_round, judge, ["C"], status=ScoreSheet.Status.DRAFT)
    with CaptureQueriesContext(connection) as small:
        assert client.get(reverse("judging:dashboard")).status_code == 200
    assign(scored_round, judge, [f"Belum {n}" for n in range(100)])
    assign(scored_round, judge, [f"Draf {n}" for n in range(17)], status=ScoreSheet.Status.DRAFT)
    with django_assert_num_queries(len(small.captured_queries)):
        assert client.get(reverse("judging:dashboard")).status_code == 200


def test_each_sheets_status_is_looked_up_without_joining_the_stage_edition_entry_or_judge(
    client, scored_round
):
    judge = scored_round["judges"][0]
    assign(scored_round, judge, ["A", "B"])
    assign(scored_round, judge, ["C"], status=ScoreSheet.Status.DRAFT)
    client.force_login(judge)

    with CaptureQueriesContext(connection) as captured:
        assert client.get(reverse("judging:dashboard")).status_code == 200

    # The sheet's status is a subquery run for every assignment of the judge: it reads the sheets alone.
    lookups = [
        query["sql"].split("COALESCE((SELECT", 1)[1].split("LIMIT 1)", 1)[0]
        for query in captured
        if "COALESCE((SELECT" in query["sql"]
    ]
    assert lookups
    assert all("JOIN" not in lookup and "ORDER BY" not in lookup for lookup in lookups)
