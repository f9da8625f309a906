"""The public innovation catalogue: what it lists, its filters and search, an innovation's page, and
everything it must never show. The same tests run on SQLite (matching the texts) and PostgreSQL (full-text
search)."""

import datetime

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from competitions.models import Competition, Unit
from submissions import services
from submissions.models import Innovation
from tests import factories
from tests.files import image_upload, pdf_upload
from tests.submissions.catalogue_helpers import (
    JUDGES_NOTE,
    edition,
    innovation,
    judge_and_award,
    proposal,
    sent_entry,
)

pytestmark = pytest.mark.django_db
Form, Kind, Phase = Innovation.Form, Innovation.Kind, Innovation.Phase
ON_POSTGRESQL = connection.vendor == "postgresql"


@pytest.fixture
def city(secretariat):
    """Five innovations of three units, three editions, through the services.

    2023 (announced): Si Demang (public) Juara 1, Posyandu Lansia Ceria (private) Juara 2, Lapor Camat
    (public) and Kas Tertutup (private) won nothing. 2025 (judging): Bank Sampah Digital (private) Juara 1
    and Si Demang Juara 2, decided but not published. 2026 (open): a draft of Si Demang. Each proposal
    carries a word of its own: tongkang, jamu, ronda, brankas; kompos, sembilang; sembako.
    """
    kominfo = factories.UnitFactory(name="Dinas Komunikasi dan Informatika", kind=Unit.Kind.DINAS)
    puskesmas = factories.UnitFactory(name="Puskesmas Plaju", kind=Unit.Kind.PUSKESMAS)
    kecamatan = factories.UnitFactory(name="Kecamatan Ilir Barat I", kind=Unit.Kind.KECAMATAN)
    operator = factories.make_operator(
        unit=kominfo, username="op-budi", first_name="Budi", last_name="Santoso"
    )
    made = {
        "si_demang": innovation(
            unit=kominfo,
            title="Si Demang",
            summary="Pengaduan warga lewat aplikasi.",
            affairs=("kominfo",),
            form=Form.PUBLIC_SERVICE,
            kind=Kind.DIGITAL,
            phase=Phase.IMPLEMENTATION,
            trial_date=datetime.date(2020, 9, 1),
            launch_date=datetime.date(2021, 3, 1),
            video_url="https://www.youtube.com/watch?v=demang",
            is_public=True,
            by=operator,
        ),
        "posyandu": innovation(
            unit=puskesmas,
            title="Posyandu Lansia Ceria",
            summary="Pemeriksaan rutin bagi warga lanjut usia.",
            affairs=("kesehatan",),
            form=Form.PUBLIC_SERVICE,
            kind=Kind.NON_DIGITAL,
            phase=Phase.TRIAL,
            launch_date=datetime.date(2023, 5, 1),
            is_public=False,
            by=operator,
        ),
        "lapor": innovation(
            unit=kecamatan,
            title="Lapor Camat",
            summary="Keluhan ketertiban disampaikan langsung.",
            affairs=("trantibum",),
            form=Form.GOVERNANCE,
            kind=Kind.DIGITAL,
            phase=Phase.IMPLEMENTATION,
            launch_date=datetime.date(2022, 1, 10),
            is_public=True,
            by=operator,
        ),
        "kas": innovation(
            unit=kominfo,
            title="Kas Tertutup",
            summary="Pencatatan kas internal.",
            affairs=("keuangan",),
            form=Form.OTHER,
            kind=Kind.NON_DIGITAL,
            phase=Phase.INITIATIVE,
            launch_date=None,
            is_public=False,
            by=operator,
        ),
        "bank": innovation(
            unit=kecamatan,
            title="Bank Sampah Digital",
            summary="Tabungan sampah warga.",
            affairs=("lingkungan-hidup",),
            form=Form.PUBLIC_SERVICE,
            kind=Kind.DIGITAL,
            phase=Phase.TRIAL,
            launch_date=datetime.date(2024, 2, 1),
            is_public=False,
            by=operator,
        ),
    }
    people = {"operator": operator, "secretariat": secretariat}

    announced, category = edition(name="Kompetisi Inovasi Kota 2023", year=2023)
    evidence = [
        {
            "section": "significance",
            "title": "Laporan keuangan internal",
            "upload": pdf_upload("rahasia.pdf"),
        },
        {
            "section": "significance",
            "title": "Notulen rapat",
            "link": "https://drive.google.com/file/d/notulen",
        },
    ]
    entries = {
        "si_demang": sent_entry(
            innovation=made["si_demang"],
            category=category,
            texts=proposal("Warga pesisir melapor dari tongkang."),
            evidence=evidence,
            **people,
        ),
        "posyandu": sent_entry(
            innovation=made["posyandu"], category=category, texts=proposal("Kader meracik jamu."), **people
        ),
        "lapor": sent_entry(
            innovation=made["lapor"], category=category, texts=proposal("Pos ronda terhubung."), **people
        ),
        "kas": sent_entry(
            innovation=made["kas"], category=category, texts=proposal("Isi brankas dicatat."), **people
        ),
    }
    judge_and_award(
        announced,
        category,
        {entries["si_demang"]: 90, entries["posyandu"]: 80, entries["lapor"]: 60, entries["kas"]: 50},
        secretariat=secretariat,
    )

    undecided, later_category = edition(name="Kompetisi Inovasi Kota 2025", year=2025)
    later = {
        name: sent_entry(innovation=made[name], category=later_category, texts=proposal(word), **people)
        for name, word in [("bank", "Sisa dapur menjadi kompos."), ("si_demang", "Ikan sembilang dijual.")]
    }
    judge_and_award(
        undecided,
        later_category,
        {later["bank"]: 90, later["si_demang"]: 80},
        secretariat=secretariat,
        publish=False,
    )

    _open, open_category = edition(name="KOINYANLIK 2026", year=2026)
    draft = services.enter_competition(innovation=made["si_demang"], category=open_category, by=operator)
    services.save_draft(submission=draft, sections=proposal("Paket sembako untuk warga."), by=operator)

    photos = {
        name: services.add_innovation_photo(
            innovation=made[name], upload=image_upload(), caption=f"Foto {name}", by=operator
        )
        for name in ("si_demang", "kas")
    }
    return {**made, "photos": photos, "operator": operator, "announced": announced, "undecided": undecided}


def titles_found(client, **params) -> list[str]:
    """The titles the catalogue lists for these address parameters, in the page's order."""
    response = client.get(reverse("catalogue:list"), params)
    assert response.status_code == 200
    return [innovation.title for innovation in response.context["page"]]


# What is listed


def test_the_catalogue_lists_public_innovations_and_every_published_winner(client, city):
    assert titles_found(client) == ["Lapor Camat", "Posyandu Lansia Ceria", "Si Demang"]


def test_anyone_opens_the_catalogue_from_the_navigation_and_the_home_page(client, city):
    home = client.get(reverse("home")).content.decode()
    assert home.count(f'href="{reverse("catalogue:list")}"') == 2  # the navigation and the home page


# Filters: each one alone, from the address


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"tahun": "2021"}, ["Si Demang"]),  # the year the innovation has been in use since
        ({"tahun": "2023"}, ["Posyandu Lansia Ceria"]),
        ({"jenis_unit": "puskesmas"}, ["Posyandu Lansia Ceria"]),
        ({"jenis_unit": "kecamatan"}, ["Lapor Camat"]),  # Bank Sampah Digital's award is not published
        ({"bentuk": "governance"}, ["Lapor Camat"]),
        ({"bentuk": "other"}, []),  # Kas Tertutup is private and won nothing
        ({"jenis": "non_digital"}, ["Posyandu Lansia Ceria"]),
        ({"tahapan": "implementation"}, ["Lapor Camat", "Si Demang"]),
        ({"tahapan": "trial"}, ["Posyandu Lansia Ceria"]),
        ({"urusan": "trantibum"}, ["Lapor Camat"]),
        ({"urusan": "kesehatan"}, ["Posyandu Lansia Ceria"]),
        ({"juara": "on"}, ["Posyandu Lansia Ceria", "Si Demang"]),
        ({"juara": "on", "tahapan": "implementation"}, ["Si Demang"]),
    ],
)
def test_each_filter_narrows_the_list(client, city, params, expected):
    assert titles_found(client, **params) == expected


def test_the_unit_filter_offers_only_units_with_innovations_in_the_catalogue(client, city):
    kominfo, kecamatan = city["si_demang"].unit, city["lapor"].unit
    assert titles_found(client, unit=kominfo.pk) == ["Si Demang"]  # not its private Kas Tertutup
    assert titles_found(client, unit=kecamatan.pk) == ["Lapor Camat"]
    form = client.get(reverse("catalogue:list")).context["form"]
    assert [unit.name for unit in form.fields["unit"].queryset] == [
        "Dinas Komunikasi dan Informatika",
        "Kecamatan Ilir Barat I",
        "Puskesmas Plaju",
    ]


def test_a_value_that_is_not_a_choice_is_ignored_and_said(client, city):
    response = client.get(reverse("catalogue:list"), {"bentuk": "semua", "tahun": "abc", "jenis": "digital"})
    assert response.status_code == 200
    assert [item.title for item in response.context["page"]] == ["Lapor Camat", "Si Demang"]
    assert "Masukkan pilihan yang valid." in response.content.decode()


# Search: title, summary and the public proposal text, nothing else


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tongkang", ["Si Demang"]),  # the frozen proposal of a published winner
        ("TONGK", ["Si Demang"]),  # any case, the start of a word
        ("jamu", ["Posyandu Lansia Ceria"]),  # a private innovation's winning proposal
        ("camat", ["Lapor Camat"]),  # a title
        ("lanjut usia", ["Posyandu Lansia Ceria"]),  # a summary: every word must match
        ("demang tongkang", ["Si Demang"]),  # the title and the proposal together
        ("demang jamu", []),  # two innovations' words: no single one holds both
    ],
)
def test_search_finds_titles_summaries_and_public_proposal_texts(client, city, text, expected):
    assert titles_found(client, q=text) == expected


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("ronda", "the proposal of a public innovation that won nothing"),
        ("brankas", "the proposal of a private innovation that won nothing"),
        ("Kas Tertutup", "a private innovation"),
        ("kompos", "a proposal whose award is not published"),
        ("Bank Sampah", "a private innovation whose award is not published"),
        ("sembilang", "a public winner's proposal in an edition not yet published"),
        ("sembako", "a draft of a public winner"),
        ("rahasia", "the name of an evidence file"),
        ("notulen", "the title of evidence"),
        ("anggaran pemeliharaan", "a judge's note"),
        ("significance", "the key of a proposal section"),
    ],
)
def test_search_never_finds_what_is_not_public(client, city, text, why):
    assert titles_found(client, q=text) == [], why


def test_search_keeps_the_filters_and_a_private_innovation_is_never_found(client, city):
    assert titles_found(client, q="warga", tahapan="trial") == ["Posyandu Lansia Ceria"]
    assert titles_found(client, q="pencatatan") == []  # Kas Tertutup's summary


def test_a_later_version_replaces_the_earlier_text(client, city, secretariat):
    """Only the latest frozen version of a winning entry is public: what a revision replaced is not."""
    unit = factories.UnitFactory(kind=Unit.Kind.DINAS)
    operator = factories.make_operator(unit=unit)
    revised = innovation(unit=unit, title="Pasar Rakyat", is_public=False, by=operator)
    competition, category = edition(name="Kompetisi Inovasi Kota 2024", year=2024, prizes=1)
    entry = services.enter_competition(innovation=revised, category=category, by=operator)
    services.save_draft(submission=entry, sections=proposal("Pedagang kaki lima ditata."), by=operator)
    services.submit_submission(submission=entry, by=operator)
    services.record_administrative_check(
        submission=entry,
        by=secretariat,
        verdicts=[],
        outcome="revise",
        revision_deadline=competition.registration_closes_at,
    )
    services.save_draft(submission=entry, sections=proposal("Pedagang keliling ditata."), by=operator)
    services.submit_submission(submission=entry, by=operator)
    services.record_administrative_check(submission=entry, by=secretariat, verdicts=[], outcome="passed")
    judge_and_award(competition, category, {entry: 90}, secretariat=secretariat)
    assert titles_found(client, q="keliling") == ["Pasar Rakyat"]
    assert titles_found(client, q="kaki lima") == []


@pytest.mark.skipif(not ON_POSTGRESQL, reason="ranking is PostgreSQL's full-text search")
def test_a_word_in_the_title_ranks_above_the_same_word_in_a_proposal(client, city):
    innovation(unit=city["lapor"].unit, title="Tongkang Pintar", is_public=True, by=city["operator"])
    assert titles_found(client, q="tongkang") == ["Tongkang Pintar", "Si Demang"]


def test_taking_the_results_back_takes_the_winning_proposals_out_of_the_search(client, city, secretariat):
    from competitions.services import change_competition_status

    change_competition_status(competition=city["announced"], to=Competition.Status.JUDGING, by=secretariat)
    assert titles_found(client, q="tongkang") == []
    assert titles_found(client, q="jamu") == []
    assert titles_found(client) == ["Lapor Camat", "Si Demang"]  # Posyandu is private again
    change_competition_status(competition=city["announced"], to=Competition.Status.ANNOUNCED, by=secretariat)
    assert titles_found(client, q="tongkang") == ["Si Demang"]


def test_editing_an_innovation_updates_what_the_search_finds(client, city):
    si_demang = city["si_demang"]
    si_demang.title = "Si Demang Plus"
    si_demang.summary = "Pengaduan warga lewat aplikasi dan pesan singkat."
    services.save_innovation(innovation=si_demang, affairs=si_demang.affairs.all(), by=city["operator"])
    assert titles_found(client, q="singkat") == ["Si Demang Plus"]
    assert titles_found(client, q="plus") == ["Si Demang Plus"]


def test_the_secretariat_editing_an_innovation_in_the_admin_updates_the_search(client, city, secretariat):
    from tests.html_forms import form_fields

    lapor = city["lapor"]
    client.force_login(secretariat)
    url = reverse("admin:submissions_innovation_change", args=[lapor.pk])
    data = form_fields(client.get(url).content.decode(), "innovation_form")
    response = client.post(url, {**data, "title": "Lapor Lurah"})
    assert response.status_code == 302
    client.logout()
    assert titles_found(client, q="lurah") == ["Lapor Lurah"]
    assert titles_found(client, q="camat") == []


def test_the_rebuild_command_restores_the_search_index(client, city, capsys):
    Innovation.objects.update(search_vector=None)
    call_command("rebuild_search_index")
    assert titles_found(client, q="camat") == ["Lapor Camat"]
    output = capsys.readouterr().out
    if ON_POSTGRESQL:
        assert "Indeks pencarian 5 inovasi telah dibangun ulang." in output
    else:
        assert "SQLite" in output


# Pages, and the query budget


@pytest.mark.parametrize("n_innovations", [10, 500])
def test_the_catalogue_page_query_count_is_constant(client, city, n_innovations, django_assert_num_queries):
    factories.InnovationFactory.create_batch(n_innovations, is_public=True)  # "Layanan daring …"
    call_command("rebuild_search_index")  # the factory does not go through the services
    with django_assert_num_queries(8):
        response = client.get(reverse("catalogue:list"))
    assert response.context["page"].paginator.count == 3 + n_innovations
    with django_assert_num_queries(8):
        response = client.get(reverse("catalogue:list"), {"q": "layanan", "halaman": "2"})
    assert response.context["page"].paginator.count == n_innovations


def test_pages_keep_the_filters_in_their_links(client, city):
    factories.InnovationFactory.create_batch(25, is_public=True, phase=Phase.IMPLEMENTATION)
    first = client.get(reverse("catalogue:list"), {"tahapan": "implementation"})
    assert first.context["page"].paginator.count == 27
    assert len(first.context["page"]) == 20
    assert "?tahapan=implementation&amp;halaman=2" in first.content.decode()
    second = client.get(reverse("catalogue:list"), {"tahapan": "implementation", "halaman": "2"})
    assert len(second.context["page"]) == 7


# An innovation's page


def test_an_innovations_page_shows_its_public_profile_proposal_photos_and_awards(client, city):
    si_demang, photo = city["si_demang"], city["photos"]["si_demang"]
    response = client.get(reverse("catalogue:detail", args=[si_demang.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    for shown in [
        "Si Demang",
        "Dinas Komunikasi dan Informatika",
        "Dinas",  # the kind of unit
        "Inovasi pelayanan publik",
        "Digital",
        "Penerapan",
        "Komunikasi dan Informatika",  # urusan
        "1 Maret 2021",
        "1 September 2020",
        "Pengaduan warga lewat aplikasi.",
        "Warga pesisir melapor dari tongkang.",  # the winning proposal, section by section
        "Signifikansi",
        "https://www.youtube.com/watch?v=demang",
        "Juara 1",
        reverse("judging:results", args=[city["announced"].slug]),
        f'href="{reverse("judging:public_photo_full", args=[photo.pk])}"',
        f'src="{reverse("judging:public_photo", args=[photo.pk])}"',
    ]:
        assert shown in html, shown


def test_a_private_winners_page_shows_it_and_a_private_innovations_page_answers_404(client, city):
    assert client.get(reverse("catalogue:detail", args=[city["posyandu"].pk])).status_code == 200
    for name in ("kas", "bank"):  # private: won nothing, or an award not yet published
        assert client.get(reverse("catalogue:detail", args=[city[name].pk])).status_code == 404
    assert client.get(reverse("catalogue:detail", args=[999_999])).status_code == 404


def test_nothing_confidential_appears_on_the_list_or_an_innovations_page(client, city):
    pages = [
        client.get(reverse("catalogue:list")).content.decode(),
        client.get(reverse("catalogue:list"), {"juara": "on"}).content.decode(),
        client.get(reverse("catalogue:detail", args=[city["si_demang"].pk])).content.decode(),
        client.get(reverse("catalogue:detail", args=[city["posyandu"].pk])).content.decode(),
        client.get(reverse("catalogue:detail", args=[city["lapor"].pk])).content.decode(),
    ]
    confidential = [
        "Paket sembako",  # a draft
        "Ikan sembilang",  # a proposal of an edition not yet published
        "Pos ronda",  # a proposal that won nothing
        "Laporan keuangan internal",  # evidence
        "rahasia.pdf",
        "drive.google.com",
        "/unit/bukti/",
        JUDGES_NOTE,  # the judge's note
        "90,00",  # scores
        "80,00",
        "Kas Tertutup",  # a private innovation
        "Bank Sampah Digital",  # an award not yet published
        "Kompetisi Inovasi Kota 2025",
        "Budi Santoso",  # the operator
        "op-budi",
    ]
    for html in pages:
        for secret in confidential:
            assert secret not in html, secret


def test_public_photos_are_those_of_the_catalogue_in_thumbnail_and_in_full(client, city):
    public, private = city["photos"]["si_demang"], city["photos"]["kas"]
    for name in ("judging:public_photo", "judging:public_photo_full"):
        response = client.get(reverse(name, args=[public.pk]))
        assert response.status_code == 200
        assert response["Content-Type"] == "image/jpeg"
        assert client.get(reverse(name, args=[private.pk])).status_code == 404


def test_the_catalogue_links_to_the_results_of_every_announced_edition(client, city):
    html = client.get(reverse("catalogue:list")).content.decode()
    assert reverse("judging:results", args=[city["announced"].slug]) in html
    assert reverse("judging:results", args=[city["undecided"].slug]) not in html
