"""A unit with hundreds of innovations and entries: the operator's pages show a page at a time, the most
urgent work first, and cost the same queries whatever the unit holds."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db


def add_drafts(unit, category, titles):
    for title in titles:
        factories.SubmissionFactory(
            innovation=factories.InnovationFactory(unit=unit, title=title), category=category
        )


def test_the_dashboard_shows_a_page_of_entries_and_the_ten_most_urgent(client, edition, unit_operator):
    unit = unit_operator.memberships.get().unit
    add_drafts(unit, edition["category"], [f"Inovasi #{n:02d}" for n in range(1, 46)])
    client.force_login(unit_operator)

    first = client.get(reverse("submissions:dashboard")).content.decode()
    assert "(45)" in first  # entries, and innovations
    entries = first[first.index('id="entries-heading"') : first.index('id="innovations-heading"')]
    assert "Inovasi #20" in entries and "Inovasi #21" not in entries
    assert "Halaman 1 dari 3" in entries
    attention = first[first.index('id="attention-heading"') : first.index('id="entries-heading"')]
    assert attention.count("Masih draf") == 10
    assert "45 usulan perlu Anda tindak lanjuti; yang paling mendesak ada di atas." in attention
    # The ten most recently changed innovations, and a link to all 45.
    assert "Semua 45 inovasi" in first

    last = client.get(reverse("submissions:dashboard") + "?halaman=3").content.decode()
    entries = last[last.index('id="entries-heading"') : last.index('id="innovations-heading"')]
    assert "Inovasi #41" in entries and "Inovasi #45" in entries and "Inovasi #40" not in entries


def test_the_innovation_list_pages_and_finds_by_title(client, unit_operator):
    unit = unit_operator.memberships.get().unit
    for n in range(1, 61):
        factories.InnovationFactory(unit=unit, title=f"Inovasi #{n:02d}")
    factories.InnovationFactory(unit=unit, title="Sistem Antrean Puskesmas")
    factories.InnovationFactory(title="Antrean Unit Lain")  # another unit's: never listed
    client.force_login(unit_operator)
    url = reverse("submissions:innovation_list")

    first = client.get(url).content.decode()
    assert "(61)" in first and "Inovasi #25" in first and "Inovasi #26" not in first
    assert "Halaman 1 dari 3" in first
    found = client.get(url, {"q": "antrean"}).content.decode()
    assert "Sistem Antrean Puskesmas" in found
    assert "Antrean Unit Lain" not in found and "Inovasi #01" not in found
    nothing = client.get(url, {"q": "tidak ada"}).content.decode()
    assert "Tidak ada inovasi dengan judul yang memuat kata itu." in nothing


@pytest.mark.parametrize("url_name", ["submissions:dashboard", "submissions:innovation_list"])
def test_the_operator_pages_cost_the_same_queries_for_3_or_60_innovations(
    client, edition, unit_operator, url_name, django_assert_num_queries
):
    unit = unit_operator.memberships.get().unit
    client.force_login(unit_operator)
    add_drafts(unit, edition["category"], ["Satu", "Dua", "Tiga"])
    with CaptureQueriesContext(connection) as small:
        assert client.get(reverse(url_name)).status_code == 200
    add_drafts(unit, edition["category"], [f"Inovasi #{n:02d}" for n in range(57)])
    with django_assert_num_queries(len(small.captured_queries)):
        assert client.get(reverse(url_name)).status_code == 200


def test_the_dashboard_sorts_the_units_entries_by_id_and_reads_only_the_page_whole(
    client, edition, unit_operator
):
    unit = unit_operator.memberships.get().unit
    add_drafts(unit, edition["category"], [f"Inovasi #{n:02d}" for n in range(1, 31)])
    client.force_login(unit_operator)

    with CaptureQueriesContext(connection) as captured:
        assert client.get(reverse("submissions:dashboard")).status_code == 200

    entry_queries = [
        query["sql"]
        for query in captured
        if 'FROM "submissions_submission"' in query["sql"].split(" WHERE ")[0]
    ]
    sorted_queries = [sql for sql in entry_queries if "ORDER BY" in sql and "LIMIT 20" in sql]
    # The page is picked by the entries' ids alone; the proposal texts are read for its 20 entries only.
    assert len(sorted_queries) == 1
    assert '"submissions_submission"."sections"' not in sorted_queries[0]
    assert '"submissions_innovation"."design"' not in sorted_queries[0]


def test_the_dashboards_entries_and_their_decisions_are_read_without_sorting_joins(
    client, edition, unit_operator
):
    unit = unit_operator.memberships.get().unit
    add_drafts(unit, edition["category"], ["Satu", "Dua", "Tiga"])
    client.force_login(unit_operator)

    with CaptureQueriesContext(connection) as captured:
        assert client.get(reverse("submissions:dashboard")).status_code == 200

    # The page's entries are fetched by id and their decisions by entry: neither needs an order, so neither
    # joins the editions, categories and units the models' default orders go through.
    by_ids = [
        query["sql"]
        for query in captured
        if '"submissions_submission"."id" IN (' in query["sql"]
        or 'FROM "judging_stageresult"' in query["sql"]
    ]
    assert len(by_ids) == 2
    assert all("ORDER BY" not in sql for sql in by_ids)
