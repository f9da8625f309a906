"""The public pages of the competitions: the list on the home page and each edition's own page."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from competitions.models import Competition, Prize, Stage, Unit
from competitions.selectors import StepState, competition_timeline
from competitions.templatetags.portal_format import rupiah
from tests.factories import CategoryFactory, CompetitionFactory, RequirementFactory, StageFactory

pytestmark = pytest.mark.django_db


def detail_url(competition: Competition) -> str:
    return reverse("competitions:detail", kwargs={"slug": competition.slug})


def make_stages(competition: Competition, statuses: list[str]) -> list[Stage]:
    start = timezone.now() - timedelta(days=60)
    return [
        StageFactory(
            competition=competition,
            order=number,
            name=f"Tahap {number} {competition.slug}",
            status=status,
            opens_at=start + timedelta(days=10 * number),
            closes_at=start + timedelta(days=10 * number + 9),
        )
        for number, status in enumerate(statuses, start=1)
    ]


def steps_in(html: str) -> list[str]:
    """The <li> start tags of the stepper, in order."""
    return re.findall(r'<li class="stepper-step[^"]*"[^>]*>', html)


def queries_to_get(client, url: str) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


# The rupiah filter


@pytest.mark.parametrize(
    ("amount", "expected"),
    [(1_000_000, "Rp1.000.000"), (3000000, "Rp3.000.000"), (0, "Rp0"), (999, "Rp999"), (1500, "Rp1.500")],
)
def test_rupiah_uses_a_dot_between_thousands_and_no_space(amount, expected):
    assert rupiah(amount) == expected


def test_rupiah_leaves_a_value_that_is_not_a_number_alone():
    assert rupiah(None) is None
    assert rupiah("soon") == "soon"


# The competition's own page


def test_detail_shows_categories_who_may_enter_and_prizes_in_rupiah(client):
    competition = CompetitionFactory(
        name="Kompetisi Inovasi Kota Palembang 2026",
        organiser="Bappeda Litbang Kota Palembang",
        partner="Harian Sumatera Ekspres",
        legal_basis="Perwali Nomor 12 Tahun 2025\nSK Wali Kota Nomor 100/KPTS/2026",
        description="Lomba tahunan untuk perangkat daerah.",
    )
    category = CategoryFactory(
        competition=competition, name="Kecamatan", eligible_kinds=[Unit.Kind.KECAMATAN, Unit.Kind.KELURAHAN]
    )
    category.prizes.create(place=1, label="Juara 1", amount=3_000_000, certificate=True)
    category.prizes.create(place=2, label="Juara 2", amount=2_000_000, certificate=True)
    category.prizes.create(place=4, label="Harapan 1", kind=Prize.Kind.HONOURABLE, amount=0)

    response = client.get(detail_url(competition))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Kompetisi Inovasi Kota Palembang 2026" in html
    assert "Bappeda Litbang Kota Palembang" in html
    assert "Harian Sumatera Ekspres" in html
    assert "Lomba tahunan untuk perangkat daerah." in html
    assert "<li>Perwali Nomor 12 Tahun 2025</li>" in html
    assert "<li>SK Wali Kota Nomor 100/KPTS/2026</li>" in html
    assert "Kecamatan" in html
    for label in category.eligible_kind_labels():
        assert label in html
    assert "Rp3.000.000" in html
    assert "Rp2.000.000" in html
    assert "Harapan 1" in html
    assert "Rp0" not in html  # a prize with no money shows only its certificate


def test_detail_lists_required_and_optional_documents(client):
    competition = CompetitionFactory()
    RequirementFactory(competition=competition, name="SK Kepala OPD", is_required=True)
    RequirementFactory(competition=competition, name="Video profil inovasi", is_required=False)

    html = client.get(detail_url(competition)).content.decode()

    assert "SK Kepala OPD" in html
    assert "Video profil inovasi" in html
    assert html.count("requirement--required") == 1
    assert html.count("requirement--optional") == 1


def test_draft_competition_answers_404_and_is_not_on_the_home_page(client):
    draft = CompetitionFactory(name="Kompetisi Rahasia", status=Competition.Status.DRAFT)
    published = CompetitionFactory(name="Kompetisi Terbuka")

    assert client.get(detail_url(draft)).status_code == 404
    home = client.get(reverse("home")).content.decode()
    assert "Kompetisi Rahasia" not in home
    assert "Kompetisi Terbuka" in home
    assert detail_url(published) in home


def test_unknown_slug_answers_404(client):
    assert client.get(reverse("competitions:detail", kwargs={"slug": "tidak-ada"})).status_code == 404


# The timeline stepper


def test_stepper_marks_closed_stages_done_the_active_one_current_and_pending_ones_upcoming(client):
    competition = CompetitionFactory(
        status=Competition.Status.JUDGING,
        registration_opens_at=timezone.now() - timedelta(days=90),
        registration_closes_at=timezone.now() - timedelta(days=60),
    )
    make_stages(competition, [Stage.Status.CLOSED, Stage.Status.ACTIVE, Stage.Status.PENDING])

    html = client.get(detail_url(competition)).content.decode()

    steps = steps_in(html)
    assert len(steps) == 4  # registration, then the three stages
    assert "stepper-step--done" in steps[0]  # registration
    assert "stepper-step--done" in steps[1]
    assert "stepper-step--current" in steps[2]
    assert 'aria-current="step"' in steps[2]
    assert "stepper-step--upcoming" in steps[3]
    assert html.count('aria-current="step"') == 1
    assert html.index(f"Tahap 1 {competition.slug}") < html.index(f"Tahap 2 {competition.slug}")


def test_registration_is_the_current_step_while_it_is_open_and_no_stage_has_started(client):
    competition = CompetitionFactory()  # registration opened 10 days ago, closes in 20
    make_stages(competition, [Stage.Status.PENDING, Stage.Status.PENDING])

    steps = steps_in(client.get(detail_url(competition)).content.decode())

    assert "stepper-step--current" in steps[0]
    assert 'aria-current="step"' in steps[0]
    assert all("stepper-step--upcoming" in step for step in steps[1:])


def test_registration_is_upcoming_before_it_opens():
    competition = CompetitionFactory(
        registration_opens_at=timezone.now() + timedelta(days=5),
        registration_closes_at=timezone.now() + timedelta(days=35),
    )

    timeline = competition_timeline(competition)

    assert [step.state for step in timeline.steps] == [StepState.UPCOMING]
    assert timeline.current is None
    assert timeline.next.is_registration


def test_home_card_names_the_stage_in_progress(client):
    competition = CompetitionFactory(
        status=Competition.Status.JUDGING,
        registration_opens_at=timezone.now() - timedelta(days=90),
        registration_closes_at=timezone.now() - timedelta(days=60),
    )
    CategoryFactory(competition=competition, name="Puskesmas")
    stages = make_stages(competition, [Stage.Status.CLOSED, Stage.Status.ACTIVE])

    html = client.get(reverse("home")).content.decode()

    assert competition.name in html
    assert "Puskesmas" in html
    assert "status-badge--judging" in html
    assert stages[1].name in html
    assert stages[0].name not in html  # only where the competition is now, not its whole history


def test_home_lists_the_newest_year_first(client):
    CompetitionFactory(name="Kompetisi Lama", year=2024)
    CompetitionFactory(name="Kompetisi Baru", year=2026)

    html = client.get(reverse("home")).content.decode()

    assert html.index("Kompetisi Baru") < html.index("Kompetisi Lama")


# Query budgets: the number of queries does not grow with the number of rows


def make_published_competitions(count: int) -> list[Competition]:
    competitions = CompetitionFactory.create_batch(count)
    for competition in competitions:
        CategoryFactory.create_batch(2, competition=competition)
        make_stages(competition, [Stage.Status.CLOSED, Stage.Status.ACTIVE])
    return competitions


def test_home_uses_the_same_number_of_queries_for_1_or_5_competitions(client):
    make_published_competitions(1)
    with_one = queries_to_get(client, reverse("home"))
    make_published_competitions(4)
    with_five = queries_to_get(client, reverse("home"))
    assert with_five == with_one


def make_full_competition(size: int) -> Competition:
    competition = CompetitionFactory()
    for number in range(size):
        category = CategoryFactory(competition=competition)
        category.prizes.create(place=1, label="Juara 1", amount=3_000_000)
        category.prizes.create(place=2, label="Juara 2", amount=2_000_000)
        RequirementFactory(competition=competition, is_required=number % 2 == 0)
    make_stages(competition, [Stage.Status.CLOSED] * (size - 1) + [Stage.Status.ACTIVE])
    return competition


def test_detail_uses_the_same_number_of_queries_for_2_or_8_stages_and_categories(client):
    small = queries_to_get(client, detail_url(make_full_competition(2)))
    big = queries_to_get(client, detail_url(make_full_competition(8)))
    assert big == small
