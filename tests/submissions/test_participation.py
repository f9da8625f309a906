"""The leaders' participation dashboard against a city built by hand: who took part, who did not, how far
the entries went, three years of history, and "One Agency One Innovation"."""

import datetime
import io
import re

import openpyxl
import pytest
from django.core.cache import cache
from django.urls import reverse

from competitions.models import Competition, Prize, Stage, Unit
from competitions.services import change_competition_status
from judging import services as judging
from submissions import services
from submissions.models import AdministrativeCheck, Innovation, Submission
from tests import factories
from tests.judging.conftest import decide_stage

pytestmark = pytest.mark.django_db


def entry(unit, competition, *, status=Submission.Status.SUBMITTED, **innovation):
    category = competition.categories.first()
    return factories.SubmissionFactory(
        innovation=factories.InnovationFactory(unit=unit, **innovation), category=category, status=status
    )


@pytest.fixture
def city(db):
    """Three years of the city's competition and six units:

    - Dinas Setia took part in 2024, 2025 and 2026;
    - Dinas Absen never entered;
    - Dinas Draf has only a draft in 2026 (a draft is not taking part);
    - Badan Mundur withdrew its 2026 entry (not taking part) but took part in 2025;
    - Kecamatan Baru took part in 2026 only, in a second edition open to kecamatan;
    - Dinas Tutup is inactive: it counts nowhere.
    """
    editions = {
        year: factories.CompetitionFactory(year=year, name=f"KIK {year}", slug=f"kik-{year}")
        for year in (2024, 2025, 2026)
    }
    for competition in editions.values():
        factories.CategoryFactory(competition=competition, eligible_kinds=["dinas", "badan"])
    koinyanlik = factories.CompetitionFactory(year=2026, name="KOINYANLIK 2026", slug="koinyanlik-2026")
    factories.CategoryFactory(competition=koinyanlik, eligible_kinds=["kecamatan"])
    units = {
        "setia": factories.UnitFactory(name="Dinas Setia", kind=Unit.Kind.DINAS),
        "absen": factories.UnitFactory(name="Dinas Absen", kind=Unit.Kind.DINAS),
        "draf": factories.UnitFactory(name="Dinas Draf", kind=Unit.Kind.DINAS),
        "mundur": factories.UnitFactory(name="Badan Mundur", kind=Unit.Kind.BADAN),
        "baru": factories.UnitFactory(name="Kecamatan Baru", kind=Unit.Kind.KECAMATAN),
        "tutup": factories.UnitFactory(name="Dinas Tutup", kind=Unit.Kind.DINAS, is_active=False),
    }
    for year in (2024, 2025, 2026):
        entry(units["setia"], editions[year], launch_date=datetime.date(2023, 1, 1))
    entry(units["mundur"], editions[2025], launch_date=datetime.date(2026, 2, 1))
    entry(units["mundur"], editions[2026], status=Submission.Status.WITHDRAWN)
    entry(units["draf"], editions[2026], status=Submission.Status.DRAFT, phase=Innovation.Phase.INITIATIVE)
    entry(units["baru"], koinyanlik, phase=Innovation.Phase.TRIAL, launch_date=None)
    entry(units["tutup"], editions[2026])
    return {"editions": editions, "koinyanlik": koinyanlik, "units": units}


def test_a_year_counts_every_active_unit_and_lists_those_that_did_not_take_part(client, leader, city):
    client.force_login(leader)
    dashboard = client.get(reverse("submissions:participation"), {"tahun": 2026}).context["dashboard"]
    kinds = {row.kind: (row.eligible, row.taking_part) for row in dashboard.kinds}
    # Active dinas: Setia, Absen, Draf (Tutup is inactive); badan: Mundur; kecamatan: Baru.
    assert kinds == {"dinas": (3, 1), "badan": (1, 0), "kecamatan": (1, 1)}
    assert [unit.name for unit in dashboard.not_taking_part] == ["Badan Mundur", "Dinas Absen", "Dinas Draf"]
    assert (dashboard.eligible, dashboard.taking_part) == (5, 2)


def test_an_edition_counts_the_units_its_categories_accept_and_shows_the_funnel(client, leader, city):
    client.force_login(leader)
    response = client.get(reverse("submissions:participation"), {"tahun": 2026, "edisi": "kik-2026"})
    dashboard = response.context["dashboard"]
    # KIK 2026 accepts dinas and badan: Kecamatan Baru could not take part in it.
    assert {row.kind: (row.eligible, row.taking_part) for row in dashboard.kinds} == {
        "dinas": (3, 1),
        "badan": (1, 0),
    }
    # Entries of KIK 2026: Setia (submitted), Mundur (withdrawn), Draf (a draft) and Tutup (submitted by a
    # unit made inactive since): 4 entered, none submitted through the portal's services (no submission
    # time), none checked.
    assert [(step.count, step.percent) for step in dashboard.funnel] == [
        (4, 100),
        (0, 0),
        (0, 0),
        (0, 0),
        (0, 0),
        (0, 0),
    ]


def test_the_funnel_follows_the_entries_through_the_services(client, leader, secretariat):
    competition = factories.CompetitionFactory(year=2026, slug="kik-funnel", status=Competition.Status.OPEN)
    category = factories.CategoryFactory(competition=competition, eligible_kinds=["dinas"], shortlist_size=2)
    Prize.objects.create(category=category, place=1, label="Juara 1", amount=1_000_000)
    factories.StageFactory(competition=competition, order=1, kind=Stage.Kind.ADMINISTRATIVE)
    proposal = factories.StageFactory(competition=competition, order=2, kind=Stage.Kind.SCORED, weight=100)
    paparan = factories.StageFactory(
        competition=competition, order=3, kind=Stage.Kind.SCORED, shortlist_size=1
    )
    factories.StageFactory(competition=competition, order=4, kind=Stage.Kind.FINAL)
    operators = [factories.make_operator() for _ in range(5)]
    entries = []
    for operator in operators:
        innovation = factories.InnovationFactory(unit=operator.memberships.get().unit)
        entries.append(services.enter_competition(innovation=innovation, category=category, by=operator))
    # 5 entered; 4 submitted; 3 pass the check, 1 fails; 2 of 3 shortlisted; 1 finalist; 1 winner.
    for submitted, operator in zip(entries[:4], operators, strict=False):
        services.save_draft(submission=submitted, sections=factories.FILLED_SECTIONS, by=operator)
        services.submit_submission(submission=submitted, by=operator)
    for checked, outcome in zip(entries[:4], ["passed", "passed", "passed", "failed"], strict=True):
        services.record_administrative_check(submission=checked, by=secretariat, verdicts=[], outcome=outcome)
    decide_stage(proposal, category, {entries[0]: 90, entries[1]: 80, entries[2]: 70}, by=secretariat)
    Stage.objects.filter(pk=proposal.pk).update(status=Stage.Status.CLOSED)
    decide_stage(paparan, category, {entries[0]: 90, entries[1]: 60}, by=secretariat)
    Competition.objects.filter(pk=competition.pk).update(status=Competition.Status.JUDGING)
    judging.decide_awards(competition=competition, category=category, by=secretariat)
    client.force_login(leader)
    url = reverse("submissions:participation")
    before = client.get(url, {"tahun": 2026, "edisi": "kik-funnel"}).context["dashboard"].funnel
    # An award is not a winner on the dashboard until the results are published.
    assert [step.count for step in before] == [5, 4, 3, 2, 1, 0]
    competition.refresh_from_db()
    change_competition_status(competition=competition, to=Competition.Status.ANNOUNCED, by=secretariat)
    after = client.get(url, {"tahun": 2026, "edisi": "kik-funnel"}).context["dashboard"].funnel
    assert [(step.count, step.percent) for step in after] == [
        (5, 100),
        (4, 80),
        (3, 60),
        (2, 40),
        (1, 20),
        (1, 20),
    ]
    assert AdministrativeCheck.objects.filter(outcome="failed").count() == 1


def test_three_years_show_who_never_entered_and_who_always_did(client, leader, city):
    client.force_login(leader)
    dashboard = client.get(reverse("submissions:participation"), {"tahun": 2026}).context["dashboard"]
    assert dashboard.trend_years == [2024, 2025, 2026]
    rows = {row.unit.name: row.years for row in dashboard.trend}
    assert rows["Dinas Setia"] == [True, True, True]
    assert rows["Badan Mundur"] == [False, True, False]
    assert rows["Kecamatan Baru"] == [False, False, True]
    assert [row.unit.name for row in dashboard.never_in_trend] == ["Dinas Absen", "Dinas Draf"]
    assert "Dinas Tutup" not in rows


def test_one_agency_one_innovation_counts_innovations_launched_or_in_use_this_year(client, leader, city):
    client.force_login(leader)
    dashboard = client.get(reverse("submissions:participation"), {"tahun": 2026}).context["dashboard"]
    # Setia: in use since 2023 (implementation); Mundur: launched 2026; Baru: a trial without a launch date is
    # not "launched or in use"; Draf: only an initiative; Absen: nothing.
    assert dashboard.active_units == 5
    assert [unit.name for unit in dashboard.without_innovation] == [
        "Dinas Absen",
        "Dinas Draf",
        "Kecamatan Baru",
    ]


def test_the_list_of_units_that_did_not_take_part_sorts_and_downloads(client, leader, city):
    client.force_login(leader)
    url = reverse("submissions:participation")
    by_kind = client.get(url, {"tahun": 2026, "urut": "kind"}).context["dashboard"].not_taking_part
    assert [unit.name for unit in by_kind] == ["Badan Mundur", "Dinas Absen", "Dinas Draf"]
    response = client.get(url, {"tahun": 2026, "unduh": "xlsx"})
    assert response["Content-Disposition"] == 'attachment; filename="partisipasi-2026.xlsx"'
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames[:2] == ["Per jenis unit", "Belum ikut serta"]
    not_taking_part = list(workbook["Belum ikut serta"].iter_rows(min_row=2, values_only=True))
    assert [row[0] for row in not_taking_part] == ["Badan Mundur", "Dinas Absen", "Dinas Draf"]
    by_kind_sheet = list(workbook["Per jenis unit"].iter_rows(min_row=2, values_only=True))
    assert by_kind_sheet[0][1:] == (3, 1, 2, 33)  # dinas: 3 could, 1 did, 2 did not, 33 %
    csv = client.get(url, {"tahun": 2026, "unduh": "csv"}).content.decode("utf-8-sig")
    assert csv.splitlines()[1].startswith("Badan Mundur,")


def test_the_public_and_operators_get_no_dashboard_nor_its_exports(client, city, operator):
    url = reverse("submissions:participation")
    assert client.get(url, {"unduh": "xlsx"}).status_code == 302  # anonymous: sign in first
    client.force_login(operator)
    assert client.get(url).status_code == 404
    assert client.get(url, {"unduh": "xlsx"}).status_code == 404


@pytest.mark.parametrize("units", [10, 120])
def test_the_dashboard_query_count_does_not_grow_with_the_units(
    client, leader, city, units, django_assert_num_queries
):
    for number in range(units):
        unit = factories.UnitFactory(kind=Unit.Kind.DINAS)
        if number % 3 == 0:
            entry(unit, city["editions"][2026])
    client.force_login(leader)
    url = reverse("submissions:participation")
    client.get(url, {"tahun": 2026, "edisi": "kik-2026"})  # warm the session and permission caches
    cache.clear()  # counted afresh, as after any change to the data
    with django_assert_num_queries(13):
        assert client.get(url, {"tahun": 2026, "edisi": "kik-2026"}).status_code == 200
    # Then from the cache: the session, the account and its roles, the years and the editions.
    with django_assert_num_queries(5):
        assert client.get(url, {"tahun": 2026, "edisi": "kik-2026"}).status_code == 200


def test_the_counts_are_kept_until_an_entry_is_withdrawn_through_the_portal(client, leader, city):
    client.force_login(leader)

    def taking_part() -> str:
        page = client.get(reverse("submissions:participation"), {"tahun": 2026}).content.decode()
        return re.search(r"(\d+) dari 5 unit yang dapat ikut", page).group(1)

    assert taking_part() == "2"  # Dinas Setia and Kecamatan Baru
    # Changed behind the portal's back (no signal): the counts come from the cache and do not see it.
    Submission.objects.filter(unit=city["units"]["setia"], competition=city["editions"][2026]).update(
        status=Submission.Status.WITHDRAWN
    )
    assert taking_part() == "2"
    # Withdrawn through the portal: counted afresh, which sees both entries withdrawn.
    baru = Submission.objects.get(unit=city["units"]["baru"])
    services.withdraw_submission(submission=baru, by=leader, reason="Salah kategori")
    assert taking_part() == "0"


def test_a_new_draft_counts_as_entered_at_once_though_the_page_is_cached(client, leader, city):
    client.force_login(leader)

    def entered() -> str:
        page = client.get(reverse("submissions:participation"), {"tahun": 2026, "edisi": "kik-2026"})
        return re.search(
            r"<tr><td>Mendaftar</td><td class=\"text-end\">(\d+)</td>", page.content.decode()
        ).group(1)

    innovation = factories.InnovationFactory(unit=city["units"]["absen"])
    assert entered() == "4"
    factories.SubmissionFactory(
        innovation=innovation,
        category=city["editions"][2026].categories.get(),
        status=Submission.Status.DRAFT,
    )
    assert entered() == "5"
