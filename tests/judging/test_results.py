"""Results people can find: every announced edition links to its results from the home page, its own page
and the catalogue; the results page shows every category, says when one has no winners, and shows each
winner's photo; an edition's page lists its winners."""

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from competitions.models import Competition, Unit
from submissions import services
from submissions.models import Submission
from tests import factories
from tests.files import image_upload
from tests.submissions.catalogue_helpers import edition, innovation, judge_and_award, proposal, sent_entry

pytestmark = pytest.mark.django_db

NO_WINNERS = "Belum ada pemenang di kategori ini."
NO_ENTRIES = "Tidak ada usulan yang masuk di kategori ini."


@pytest.fixture
def announced(secretariat):
    """An edition announced through the services: Si Demang Juara 1, Siska Juara 2 (Perangkat Daerah); and
    another edition still being judged, its award decided but not published."""
    unit = factories.UnitFactory(name="Dinas Komunikasi dan Informatika", kind=Unit.Kind.DINAS)
    operator = factories.make_operator(unit=unit)
    people = {"operator": operator, "secretariat": secretariat}
    competition, category = edition(name="Kompetisi Inovasi Kota 2023", year=2023)
    winners = [
        sent_entry(
            innovation=innovation(unit=unit, title=title, is_public=False, by=operator),
            category=category,
            texts=proposal(),
            **people,
        )
        for title in ("Si Demang", "Siska")
    ]
    judge_and_award(competition, category, dict(zip(winners, [90, 80], strict=True)), secretariat=secretariat)
    judging, later = edition(name="Kompetisi Inovasi Kota 2025", year=2025, prizes=1)
    pending = sent_entry(
        innovation=innovation(unit=unit, title="Bank Sampah", is_public=False, by=operator),
        category=later,
        texts=proposal(),
        **people,
    )
    judge_and_award(judging, later, {pending: 90}, secretariat=secretariat, publish=False)
    return {"competition": competition, "category": category, "winners": winners, "judging": judging}


def html_of(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_the_home_page_links_each_announced_edition_to_its_results(client, announced):
    home = html_of(client, reverse("home"))
    assert f'href="{reverse("judging:results", args=[announced["competition"].slug])}"' in home
    assert reverse("judging:results", args=[announced["judging"].slug]) not in home
    assert "Lihat pemenang" in home


def test_an_announced_editions_page_lists_its_winners_and_links_to_its_results(client, announced):
    si_demang, siska = (entry.innovation for entry in announced["winners"])
    page = html_of(client, announced["competition"].get_absolute_url())
    assert f'href="{reverse("judging:results", args=[announced["competition"].slug])}"' in page
    assert "Pemenang" in page
    for place, winner in (("Juara 1", si_demang), ("Juara 2", siska)):
        link = f'<a href="{reverse("catalogue:detail", args=[winner.pk])}">{winner.title}</a>'
        assert f'<span class="winner-place">{place}</span>: {link}' in page
    assert "Dinas Komunikasi dan Informatika" in page


def test_an_edition_still_being_judged_shows_no_winners_and_no_results_link(client, announced):
    page = html_of(client, announced["judging"].get_absolute_url())
    assert reverse("judging:results", args=[announced["judging"].slug]) not in page
    assert "Bank Sampah" not in page
    results = html_of(client, reverse("judging:results", args=[announced["judging"].slug]))
    assert "Bank Sampah" not in results
    assert "Hasil belum diumumkan." in results


def test_the_results_page_shows_every_category_and_says_when_one_has_no_winners(client, announced):
    competition = announced["competition"]
    # Categories the secretariat added after the announcement: one nobody entered, one with an entry.
    factories.CategoryFactory(competition=competition, name="Kecamatan", order=2)
    with_entry = factories.CategoryFactory(competition=competition, name="UMKM Start-up Digital", order=3)
    factories.SubmissionFactory(
        category=with_entry, status=Submission.Status.ELIGIBLE, submitted_at=timezone.now()
    )
    html = html_of(client, reverse("judging:results", args=[competition.slug]))
    sections = html.split('<h2 id="category-')[1:]
    assert [section.split(">", 1)[1].split("<", 1)[0] for section in sections] == [
        "Perangkat Daerah",
        "Kecamatan",
        "UMKM Start-up Digital",
    ]
    assert "Si Demang" in sections[0] and "Siska" in sections[0]
    assert NO_ENTRIES in sections[1] and NO_WINNERS not in sections[1]
    assert NO_WINNERS in sections[2] and NO_ENTRIES not in sections[2]


def test_each_winner_shows_its_innovations_first_photo_and_links_to_its_catalogue_page(client, announced):
    si_demang = announced["winners"][0].innovation
    operator = factories.make_operator(unit=si_demang.unit)
    first, second = (
        services.add_innovation_photo(
            innovation=si_demang, upload=image_upload(), caption=caption, by=operator
        )
        for caption in ("Loket", "Aplikasi")
    )
    html = html_of(client, reverse("judging:results", args=[announced["competition"].slug]))
    assert f'src="{reverse("judging:public_photo", args=[first.pk])}"' in html
    assert reverse("judging:public_photo", args=[second.pk]) not in html
    assert f'href="{reverse("catalogue:detail", args=[si_demang.pk])}"' in html
    thumbnail = client.get(reverse("judging:public_photo", args=[first.pk]))
    assert thumbnail.status_code == 200 and thumbnail["Content-Type"] == "image/jpeg"


def test_the_demo_2022_results_say_the_other_categories_had_no_entries(client):
    call_command("seed_demo", force=True)
    past = Competition.objects.get(year=2022)
    html = html_of(client, reverse("judging:results", args=[past.slug]))
    assert "Si Demang" in html
    assert [name in html for name in ("Perangkat Daerah", "Kecamatan", "UMKM Start-up Digital")] == [True] * 3
    assert html.count(NO_ENTRIES) == 2
    assert NO_WINNERS not in html
