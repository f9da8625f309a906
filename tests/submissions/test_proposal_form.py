"""Each edition's proposal form is data: the sections an operator writes, the checks at submission, the
frozen version, and the pages of the secretariat and the judges all follow the edition's own form."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse

from competitions.models import Competition, ProposalSection, Stage
from competitions.services import create_edition_from_template
from judging import services as judging
from submissions import services
from submissions.models import AdministrativeCheck, Submission
from tests import factories
from tests.files import image_upload, pdf_upload

pytestmark = pytest.mark.django_db


def page_texts(**texts) -> dict:
    return {f"section_{key}": text for key, text in texts.items()}


@pytest.fixture
def custom_form(edition):
    """The KIPP form with one section added ("dampak", required, 12 words), one removed ("resources") and
    one limit changed (summary: 5 words)."""
    competition = edition["competition"]
    competition.proposal_sections.filter(key="resources").delete()
    competition.proposal_sections.filter(key="summary").update(word_limit=5)
    ProposalSection.objects.create(
        competition=competition,
        order=20,
        key="dampak",
        label="Dampak bagi lingkungan",
        guidance="Apa akibat inovasi bagi lingkungan sekitar.",
        word_limit=12,
    )
    return edition


def test_a_custom_form_works_from_the_operator_to_the_judge(
    client, custom_form, draft, unit_operator, secretariat
):
    edition = custom_form
    url = reverse("submissions:entry_edit", args=[draft.pk])
    client.force_login(unit_operator)
    page = client.get(url).content.decode()
    assert "Dampak bagi lingkungan" in page and 'name="section_dampak"' in page
    assert 'name="section_resources"' not in page
    assert 'data-word-limit="5"' in page and 'data-word-limit="12"' in page

    keys = ["summary", "background", "novelty", "implementation", "significance", "adaptability"]
    texts = {key: f"Teks {key} yang jelas." for key in keys} | {"sustainability": "Berlanjut dengan APBD."}
    texts["summary"] = "Ringkasan ini terlalu panjang untuk batas lima kata."  # 8 words
    texts["dampak"] = "Sampah plastik berkurang di tiga kelurahan."
    client.post(url, {**page_texts(**texts), "draft_revision": "0", "save": ""})
    draft.refresh_from_db()
    assert draft.sections["dampak"] == texts["dampak"]
    counted = client.get(url).content.decode()
    assert "8 dari 5 kata" in counted  # the counter rendered by the server

    for requirement, upload in [(edition["proposal"], pdf_upload()), (edition["photo"], image_upload())]:
        services.add_evidence(submission=draft, by=unit_operator, requirement=requirement, upload=upload)
    review = client.get(reverse("submissions:entry_submit", args=[draft.pk])).content.decode()
    assert "“Ringkasan” berisi 8 kata; batasnya 5" in review
    client.post(
        url, {**page_texts(**(texts | {"summary": "Ringkasan lima kata saja."})), "draft_revision": "1"}
    )
    client.post(reverse("submissions:entry_submit", args=[draft.pk]))
    draft.refresh_from_db()
    assert draft.status == "submitted"
    version = draft.versions.get()
    assert set(version.sections) == {*keys, "sustainability", "dampak"}
    assert version.sections["dampak"] == "Sampah plastik berkurang di tiga kelurahan."

    client.force_login(secretariat)
    check = client.get(reverse("admin:submissions_submission_check", args=[draft.pk])).content.decode()
    assert "Dampak bagi lingkungan" in check and "Sampah plastik berkurang" in check
    services.record_administrative_check(
        submission=draft, by=secretariat, verdicts=[], outcome=AdministrativeCheck.Outcome.PASSED
    )
    stage = factories.StageFactory(
        competition=edition["competition"], order=2, kind=Stage.Kind.SCORED, status=Stage.Status.ACTIVE
    )
    judge = factories.make_judge()
    judging.assign_judge(stage=stage, submission=draft, judge=judge, by=secretariat)
    client.force_login(judge)
    judge_page = client.get(reverse("judging:score", args=[stage.pk, draft.pk])).content.decode()
    assert "Dampak bagi lingkungan" in judge_page and "Sampah plastik berkurang" in judge_page
    assert "Sumber daya" not in judge_page


def test_an_optional_section_may_stay_empty_and_a_minimum_is_enforced(edition, draft, unit_operator):
    competition = edition["competition"]
    competition.proposal_sections.filter(key="novelty").update(is_required=False)
    competition.proposal_sections.filter(key="significance").update(min_words=10)
    services.save_draft(
        submission=draft, sections={"novelty": "", "significance": "Terlalu singkat."}, by=unit_operator
    )
    draft.refresh_from_db()
    problems = [
        problem
        for problem in services.missing_for_submission(draft)
        if "“Kebaruan”" in problem or "Signifikansi" in problem
    ]
    assert problems == ["Bagian “Signifikansi” berisi 2 kata; paling sedikit 10 kata."]


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        (
            "kompetisi-inovasi-kota",
            [
                ("summary", "Ringkasan", 200),
                ("background", "Latar belakang dan tujuan", 300),
                ("novelty", "Kebaruan", 200),
                ("implementation", "Implementasi", 200),
                ("significance", "Signifikansi", 600),
                ("adaptability", "Adaptabilitas", 300),
                ("resources", "Sumber daya", 200),
                ("sustainability", "Strategi keberlanjutan", 500),
            ],
        ),
        (
            "koinyanlik",
            [
                ("summary", "Ringkasan inovasi", 150),
                ("background", "Permasalahan yang diatasi", 250),
                ("novelty", "Kebaruan dan keunikan", 150),
                ("significance", "Manfaat dan hasil", 300),
                ("sustainability", "Keberlanjutan", 200),
            ],
        ),
        (
            "inventarisasi-inovasi-daerah",
            [
                ("design", "Rancang bangun", 1000),
                ("goals", "Tujuan inovasi", 300),
                ("benefits", "Manfaat yang diperoleh", 300),
                ("results", "Hasil inovasi", 300),
            ],
        ),
    ],
)
def test_each_template_creates_its_own_form(secretariat, template, expected):
    competition = create_edition_from_template(key=template, year=2027, by=secretariat)
    form = list(competition.proposal_sections.order_by("order").values_list("key", "label", "word_limit"))
    assert form == expected


def test_the_iid_template_asks_at_least_300_words_of_design(secretariat):
    competition = create_edition_from_template(key="inventarisasi-inovasi-daerah", year=2027, by=secretariat)
    design = competition.proposal_sections.get(key="design")
    assert (design.min_words, design.profile_text) == (300, "design")


def test_a_new_entry_starts_from_the_profile_and_says_so(client, edition, unit_operator, secretariat):
    competition = create_edition_from_template(key="inventarisasi-inovasi-daerah", year=2026, by=secretariat)
    Competition.objects.filter(pk=competition.pk).update(
        status=Competition.Status.OPEN,
        registration_opens_at=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC),
        registration_closes_at=datetime.datetime(2099, 1, 1, tzinfo=datetime.UTC),
    )
    unit = unit_operator.memberships.get().unit
    innovation = factories.InnovationFactory(
        unit=unit, design="Rancang bangun dari profil.", goals="Tujuan dari profil.", benefits=""
    )
    entry = services.enter_competition(
        innovation=innovation, category=competition.categories.get(), by=unit_operator
    )
    assert entry.sections == {"design": "Rancang bangun dari profil.", "goals": "Tujuan dari profil."}
    client.force_login(unit_operator)
    page = client.get(reverse("submissions:entry_edit", args=[entry.pk])).content.decode()
    assert page.count("Diawali dari profil inovasi.") == 2


def test_a_new_entry_takes_last_years_text_for_the_same_section(edition, unit_operator, secretariat):
    unit = unit_operator.memberships.get().unit
    innovation = factories.InnovationFactory(unit=unit, summary="Ringkasan profil.")
    last_year = factories.SubmissionFactory(
        innovation=innovation,
        category=factories.CategoryFactory(
            competition=factories.CompetitionFactory(year=2025, name="KIK 2025")
        ),
        sections={"summary": "Ringkasan usulan 2025.", "novelty": "Kebaruan 2025."},
    )
    entry = services.enter_competition(innovation=innovation, category=edition["category"], by=unit_operator)
    assert entry.sections == {"summary": "Ringkasan usulan 2025.", "novelty": "Kebaruan 2025."}
    assert entry.section_sources["novelty"] == {"kind": "entry", "entry": last_year.pk, "edition": "KIK 2025"}


def test_editing_a_proposal_never_changes_the_profile_until_the_text_is_copied_back(
    client, edition, draft, unit_operator
):
    client.force_login(unit_operator)
    url = reverse("submissions:entry_edit", args=[draft.pk])
    texts = page_texts(**(draft.sections | {"summary": "Ringkasan baru yang lebih tajam."}))
    client.post(url, {**texts, "draft_revision": "0", "save": ""})
    draft.innovation.refresh_from_db()
    assert draft.innovation.summary != "Ringkasan baru yang lebih tajam."
    client.post(url, {**texts, "draft_revision": "1", "copy_to_profile": "summary"})
    draft.innovation.refresh_from_db()
    assert draft.innovation.summary == "Ringkasan baru yang lebih tajam."


def test_the_form_is_fixed_once_registration_opens(client, edition, secretariat):
    competition = edition["competition"]  # open for entries
    client.force_login(secretariat)
    page = client.get(
        reverse("admin:competitions_competition_change", args=[competition.pk])
    ).content.decode()
    assert "proposal_sections-0-label" not in page  # shown read-only
    assert "Latar belakang dan tujuan" in page
    draft = factories.CompetitionFactory(status=Competition.Status.DRAFT)
    page = client.get(reverse("admin:competitions_competition_change", args=[draft.pk])).content.decode()
    assert 'name="proposal_sections-0-label"' in page


def test_innovation_profile_holds_the_national_profile_texts(client, unit_operator):
    unit = unit_operator.memberships.get().unit
    innovation = factories.InnovationFactory(unit=unit)
    client.force_login(unit_operator)
    page = client.get(reverse("submissions:innovation_edit", args=[innovation.pk])).content.decode()
    for field in ("design", "goals", "benefits", "results"):
        assert f'name="{field}"' in page


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_keeps_every_entry_and_version_readable_and_identical():
    """Entries and versions written with one column per section read the same texts after the move to the
    edition's form; each edition gets the eight sections with the word limits it had set."""
    before = [
        ("competitions", "0004_rank_by_adjusted_score"),
        ("submissions", "0003_submission_draft_revision"),
    ]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    texts = {key: f"Teks lama bagian {key}, ditulis sebelum formulir menjadi data." for key in KIPP_KEYS}
    unit = old.get_model("competitions", "Unit").objects.create(name="Dinas Lama", kind="dinas")
    competition = old.get_model("competitions", "Competition").objects.create(
        name="KIK 2025",
        slug="kik-2025",
        year=2025,
        organiser="Bappeda",
        registration_opens_at=datetime.datetime(2025, 3, 1, tzinfo=datetime.UTC),
        registration_closes_at=datetime.datetime(2025, 4, 30, tzinfo=datetime.UTC),
        limit_summary=150,
        limit_significance=700,
    )
    category = old.get_model("competitions", "Category").objects.create(
        competition=competition, name="Perangkat Daerah", eligible_kinds=["dinas"]
    )
    innovation = old.get_model("submissions", "Innovation").objects.create(
        unit=unit,
        title="Si Lama",
        summary="-",
        form="governance",
        kind="digital",
        phase="trial",
        initiator="asn",
    )
    entry = old.get_model("submissions", "Submission").objects.create(
        innovation=innovation, unit=unit, competition=competition, category=category, **texts
    )
    old.get_model("submissions", "SubmissionVersion").objects.create(
        submission=entry, number=1, **{key: text.upper() for key, text in texts.items()}
    )

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    migrated = Submission.objects.get(pk=entry.pk)
    assert migrated.sections == texts
    assert migrated.versions.get().sections == {key: text.upper() for key, text in texts.items()}
    form = list(
        ProposalSection.objects.filter(competition_id=competition.pk).values_list(
            "key", "label", "word_limit"
        )
    )
    assert form == [
        ("summary", "Ringkasan", 150),
        ("background", "Latar belakang dan tujuan", 300),
        ("novelty", "Kebaruan", 200),
        ("implementation", "Implementasi", 200),
        ("significance", "Signifikansi", 700),
        ("adaptability", "Adaptabilitas", 300),
        ("resources", "Sumber daya", 200),
        ("sustainability", "Strategi keberlanjutan", 500),
    ]


KIPP_KEYS = [
    "summary",
    "background",
    "novelty",
    "implementation",
    "significance",
    "adaptability",
    "resources",
    "sustainability",
]
