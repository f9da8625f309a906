"""The event log as an audit trail: every bulk download is in it, nobody edits or deletes it in the admin,
and it tells the story of a whole competition in order."""

import pytest
from django.db import IntegrityError, connection, transaction
from django.urls import reverse

from competitions.event_log import describe
from competitions.models import Event
from tests import factories
from tests.files import pdf_upload
from tests.jobs import file_from_job
from tests.judging.test_certificates import announced  # noqa: F401  (the published final round)
from tests.judging.test_exports import ranking_url

pytestmark = pytest.mark.django_db


def downloads(round_):
    """Every bulk download of the secretariat, with the file name it answers with, and what the secretariat
    sends to get it: nothing for a direct download, the form for one prepared as a background job."""
    competition, category, stage = round_["competition"], round_["category"], round_["stage"]
    slug = competition.slug
    direct = None
    return [
        (reverse("admin:judging_entries_download", args=[competition.pk, "xlsx"]), f"usulan-{slug}.xlsx", {}),
        (reverse("admin:judging_entries_download", args=[competition.pk, "csv"]), f"usulan-{slug}.csv", {}),
        (
            reverse("admin:judging_inventory_download", args=[competition.pk]),
            f"inventaris-inovasi-{slug}.xlsx",
            {"year": "", "file_format": "xlsx"},
        ),
        (
            reverse("admin:judging_scores_download", args=[competition.pk, "xlsx"]),
            f"nilai-juri-{slug}.xlsx",
            {},
        ),
        (
            reverse("admin:judging_stage_scores_download", args=[competition.pk, stage.pk, "csv"]),
            f"nilai-juri-{slug}-tahap-2.csv",
            {},
        ),
        (ranking_url(round_), f"peringkat-{slug}-tahap-2-perangkat-daerah.xlsx", direct),
        (
            reverse("admin:judging_final_download", args=[competition.pk, "xlsx"]),
            f"peringkat-akhir-{slug}.xlsx",
            direct,
        ),
        (
            reverse("admin:judging_final_ranking_download", args=[competition.pk, category.pk, "csv"]),
            f"peringkat-akhir-{slug}-perangkat-daerah.csv",
            direct,
        ),
        (reverse("admin:judging_certificates_download", args=[competition.pk]), f"piagam-{slug}.zip", {}),
        (
            reverse("admin:judging_stage_minutes_download", args=[stage.pk, category.pk]),
            f"berita-acara-{slug}-tahap-2-perangkat-daerah.pdf",
            direct,
        ),
        (
            reverse("admin:judging_final_minutes_download", args=[competition.pk, category.pk]),
            f"berita-acara-{slug}-pemenang-perangkat-daerah.pdf",
            direct,
        ),
    ]


def test_every_bulk_download_is_in_the_event_log_with_who_and_which_file(client, announced, secretariat):  # noqa: F811
    client.force_login(secretariat)
    competition = announced["competition"]
    for url, filename, job_form in downloads(announced):
        before = Event.objects.count()
        if job_form is None:
            response = client.get(url)
            assert response.status_code == 200, url
        else:
            response = file_from_job(client, url, job_form)
        assert filename in response["Content-Disposition"], (url, response["Content-Disposition"])
        logged = list(Event.objects.order_by("pk")[before:])
        downloaded = [event for event in logged if event.action == "downloaded"]
        assert [(event.actor, event.new_value, event.object_id) for event in downloaded] == [
            (secretariat, filename, competition.pk)
        ], url
        assert downloaded[0].content_type.model == "competition"


def test_a_refused_download_is_not_logged(client, final_round, secretariat):
    """The awards are not decided, so there are no minutes of them (and no piagam without a signer)."""
    client.force_login(secretariat)
    competition, category = final_round["competition"], final_round["category"]
    client.get(reverse("admin:judging_final_minutes_download", args=[competition.pk, category.pk]))
    client.get(reverse("admin:judging_certificates_download", args=[competition.pk]))
    assert not Event.objects.filter(action="downloaded").exists()


def test_the_entries_and_innovations_chosen_in_the_admin_lists_are_logged_when_downloaded(
    client, final_round, secretariat
):
    client.force_login(secretariat)
    competition = final_round["competition"]
    entries = final_round["entries"][:2]
    client.post(
        reverse("admin:submissions_submission_changelist"),
        {"action": "export_xlsx", "_selected_action": [entry.pk for entry in entries]},
    )
    client.post(
        reverse("admin:submissions_innovation_changelist"),
        {
            "action": "export_inventory",
            "_selected_action": [entry.innovation_id for entry in entries],
            "download": "",
            "year": "",
            "file_format": "csv",
        },
    )
    events = Event.objects.filter(action="selection_downloaded").order_by("pk")
    assert [
        (event.content_type.model, event.object_id, event.actor, event.new_value, event.old_value)
        for event in events
    ] == [
        ("competition", competition.pk, secretariat, f"usulan-{competition.slug}.xlsx", "2"),
        ("user", secretariat.pk, secretariat, "inventaris-inovasi.csv", "2"),
    ]
    assert [describe(event) for event in events] == [
        f"Berkas diunduh: usulan-{competition.slug}.xlsx, 2 baris terpilih.",
        "Berkas diunduh: inventaris-inovasi.csv, 2 baris terpilih.",
    ]


def test_the_leaders_participation_export_is_logged(client, leader):
    client.force_login(leader)
    response = client.get(reverse("submissions:participation"), {"unduh": "xlsx"})
    assert response.status_code == 200
    event = Event.objects.get(action="downloaded")
    assert (event.actor, event.content_type.model, event.new_value) == (
        leader,
        "user",
        response["Content-Disposition"].split('filename="')[1].rstrip('"'),
    )


def sheet_story(sheet) -> list[tuple[str, str, str, str]]:
    events = Event.objects.filter(content_type__model="scoresheet", object_id=sheet.pk).order_by("pk")
    return [(event.action, event.old_value, event.new_value, event.note) for event in events]


def test_every_change_of_a_score_is_logged_with_the_criterion_and_both_values(scored_round, secretariat):
    from judging import services
    from judging.models import Assignment

    stage, entry, judge = scored_round["stage"], scored_round["entries"][0], scored_round["judges"][0]
    novelty, impact = scored_round["criteria"]
    Assignment.objects.create(stage=stage, submission=entry, judge=judge)

    def save(values, **kwargs):
        return services.save_sheet(stage=stage, submission=entry, judge=judge, values=values, **kwargs)

    sheet = save({novelty.pk: ("3", "")})
    save({novelty.pk: ("3", "Catatan saja")})  # a note, no score changed: nothing to log
    save({novelty.pk: ("7,5", ""), impact.pk: ("4", "")})
    save({novelty.pk: ("7.5", ""), impact.pk: ("10", "")}, submit=True)
    services.reopen_sheet(sheet=sheet, by=secretariat, reason="Nilai tertukar.")
    save({novelty.pk: ("10", ""), impact.pk: ("", "")})
    # Totals: (60 × 6.5/9 + 40 × 3/9) / 100 × 100 = 56.6667; with 10 for impact, 83.3333.
    assert sheet_story(sheet) == [
        ("scores_changed", "", "", "Kebaruan: – → 3"),
        ("scores_changed", "", "56.6667", "Kebaruan: 3 → 7.5; Signifikansi: – → 4"),
        ("scores_changed", "56.6667", "83.3333", "Signifikansi: 4 → 10"),
        ("sheet_submitted", "", "83.3333", ""),
        ("sheet_reopened", "submitted", "draft", "Nilai tertukar."),
        ("scores_changed", "83.3333", "", "Kebaruan: 7.5 → 10; Signifikansi: 10 → –"),
    ]
    assert [describe(event) for event in Event.objects.filter(action="scores_changed").order_by("pk")][
        1:3
    ] == [
        "Nilai diubah (total: – → 56,67).",
        "Nilai diubah (total: 56,67 → 83,33).",
    ]


@pytest.fixture
def logged(scored_round, secretariat):
    """An event in the log: the secretariat closed nothing yet, but a judge was assigned."""
    from judging import services

    services.assign_judge(
        stage=scored_round["stage"],
        submission=scored_round["entries"][0],
        judge=scored_round["judges"][0],
        by=secretariat,
    )
    return Event.objects.get(action="judge_assigned")


@pytest.mark.parametrize("who", ["secretariat", "superuser"])
def test_nobody_adds_changes_or_deletes_an_event_in_the_admin(client, logged, who):
    client.force_login(factories.make_account(who))
    changelist = reverse("admin:competitions_event_changelist")
    listing = client.get(changelist)
    assert listing.status_code == 200
    assert logged.new_value in listing.content.decode()
    assert reverse("admin:competitions_event_add") not in listing.content.decode()
    assert 'value="delete_selected"' not in listing.content.decode()

    assert client.get(reverse("admin:competitions_event_add")).status_code == 403
    assert client.post(reverse("admin:competitions_event_add"), {"action": "forged"}).status_code == 403
    change = reverse("admin:competitions_event_change", args=[logged.pk])
    page = client.get(change)
    assert page.status_code == 200  # read, never edited: no field, no save button
    assert 'name="_save"' not in page.content.decode() and 'name="action"' not in page.content.decode()
    assert client.post(change, {"action": "forged", "new_value": "forged"}).status_code == 403
    delete = reverse("admin:competitions_event_delete", args=[logged.pk])
    assert client.get(delete).status_code == 403
    assert client.post(delete, {"post": "yes"}).status_code == 403
    client.post(changelist, {"action": "delete_selected", "_selected_action": [logged.pk], "post": "yes"})

    logged_again = Event.objects.get(pk=logged.pk)
    assert (logged_again.action, logged_again.new_value) == ("judge_assigned", logged.new_value)


def test_the_secretariat_group_holds_no_right_to_write_the_event_log(secretariat):
    assert secretariat.has_perm("competitions.view_event")
    for right in ("add_event", "change_event", "delete_event"):
        assert not secretariat.has_perm(f"competitions.{right}")


def test_an_account_that_acted_cannot_be_deleted_so_the_log_keeps_who(logged, secretariat):
    from django.db.models import ProtectedError

    with pytest.raises(ProtectedError):
        secretariat.delete()
    assert Event.objects.get(pk=logged.pk).actor == secretariat


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the refusing trigger is PostgreSQL's")
def test_the_database_refuses_to_change_or_delete_an_event(logged):
    for statement in (
        "UPDATE competitions_event SET new_value = 'forged' WHERE id = %s",
        "DELETE FROM competitions_event WHERE id = %s",
    ):
        with pytest.raises(IntegrityError), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(statement, [logged.pk])
    assert Event.objects.get(pk=logged.pk).new_value == logged.new_value


def test_the_event_log_tells_the_story_of_a_whole_competition_in_order(client, secretariat):
    """One edition from opening to the downloads, through the services the portal's pages call; the log
    must read as that story, event by event, each about the right record."""
    from datetime import timedelta

    from django.utils import timezone

    from competitions.models import Competition, Criterion, Prize, Stage
    from competitions.services import change_competition_status, close_stage, open_stage
    from judging import services as judging
    from judging.selectors import undecided_in_stage
    from submissions import services as entering
    from submissions.models import AdministrativeCheck

    now = timezone.now()
    edition = factories.CompetitionFactory(
        status=Competition.Status.DRAFT,
        slug="kik-cerita",
        judges_per_entry=1,
        certificate_signer_name="Drs. H. Ahmad",
        certificate_signer_title="Sekretaris Daerah",
    )
    category = factories.CategoryFactory(
        competition=edition, name="Perangkat Daerah", winners=1, honourable_mentions=0, shortlist_size=1
    )
    Prize.objects.create(category=category, place=1, label="Juara 1", amount=3_000_000, kind="juara")
    document = factories.RequirementFactory(competition=edition, name="Proposal (PDF)")

    def stage(order, kind, name, **fields):
        return factories.StageFactory(
            competition=edition,
            order=order,
            kind=kind,
            name=name,
            opens_at=now - timedelta(days=6 - order),
            **fields,
        )

    administrasi = stage(1, Stage.Kind.ADMINISTRATIVE, "Administrasi")
    proposal = stage(2, Stage.Kind.SCORED, "Penilaian Proposal", weight=100)
    Criterion.objects.create(stage=proposal, order=1, name="Kebaruan", weight=100, min_score=1, max_score=10)
    final = stage(3, Stage.Kind.FINAL, "Pengumuman")
    criterion = proposal.criteria.get()
    operators = [factories.make_operator(username=f"operator-{n}") for n in (1, 2)]
    judge = factories.make_judge(username="juri-cerita")
    innovations = [
        factories.InnovationFactory(unit=operator.memberships.get().unit, title=title)
        for operator, title in zip(operators, ["Si Warga", "SITA"], strict=True)
    ]

    # Registration, entries, the administrative check with a revision.
    change_competition_status(competition=edition, to=Competition.Status.OPEN, by=secretariat)
    open_stage(stage=administrasi, by=secretariat)
    entries = []
    for operator, innovation in zip(operators, innovations, strict=True):
        entry = entering.enter_competition(innovation=innovation, category=category, by=operator)
        entering.save_draft(submission=entry, sections=factories.FILLED_SECTIONS, by=operator)
        entering.add_evidence(submission=entry, by=operator, requirement=document, upload=pdf_upload())
        entries.append(entering.submit_submission(submission=entry, by=operator))
    si_warga, sita = entries
    met = [entering.RequirementVerdict(document, True)]
    entering.record_administrative_check(
        submission=si_warga,
        by=secretariat,
        verdicts=[entering.RequirementVerdict(document, False, "Tanpa tanda tangan")],
        outcome=AdministrativeCheck.Outcome.REVISE,
        revision_deadline=now + timedelta(days=3),
    )
    entering.submit_submission(submission=si_warga, by=operators[0])
    for entry in entries:
        entering.record_administrative_check(
            submission=entry, by=secretariat, verdicts=met, outcome=AdministrativeCheck.Outcome.PASSED
        )
    change_competition_status(competition=edition, to=Competition.Status.JUDGING, by=secretariat)
    close_stage(stage=administrasi, by=secretariat, find_undecided=undecided_in_stage)

    # Judging: assignment, scoring, a reopen, the shortlist.
    open_stage(stage=proposal, by=secretariat)
    for entry in entries:
        judging.assign_judge(stage=proposal, submission=entry, judge=judge, by=secretariat)
    sheets = [
        judging.save_sheet(
            stage=proposal, submission=entry, judge=judge, values={criterion.pk: (score, "")}, submit=True
        )
        for entry, score in zip(entries, ["9", "6"], strict=True)
    ]
    judging.reopen_sheet(sheet=sheets[1], by=secretariat, reason="Nilai tertukar dengan usulan lain.")
    judging.save_sheet(
        stage=proposal, submission=sita, judge=judge, values={criterion.pk: ("10", "")}, submit=True
    )
    judging.advance_shortlist(stage=proposal, category=category, by=secretariat)
    close_stage(stage=proposal, by=secretariat, find_undecided=undecided_in_stage)

    # The final, publication, the downloads.
    open_stage(stage=final, by=secretariat)
    judging.decide_awards(competition=edition, category=category, by=secretariat)
    change_competition_status(competition=edition, to=Competition.Status.ANNOUNCED, by=secretariat)
    client.force_login(secretariat)
    for url in [
        reverse("admin:judging_final_download", args=[edition.pk, "xlsx"]),
        reverse("admin:judging_final_minutes_download", args=[edition.pk, category.pk]),
    ]:
        assert client.get(url).status_code == 200, url
    # Every piagam is prepared as a background job, which issues them, then downloaded from the job's page.
    file_from_job(client, reverse("admin:judging_certificates_download", args=[edition.pk]))

    subjects = {
        ("competition", edition.pk): "edisi",
        ("stage", administrasi.pk): "administrasi",
        ("stage", proposal.pk): "proposal",
        ("stage", final.pk): "final",
        ("submission", si_warga.pk): "Si Warga",
        ("submission", sita.pk): "SITA",
        ("scoresheet", sheets[0].pk): "lembar Si Warga",
        ("scoresheet", sheets[1].pk): "lembar SITA",
        ("user", secretariat.pk): "akun sekretariat",
    }
    story = [
        (subjects[(event.content_type.model, event.object_id)], event.action, event.actor.username)
        for event in Event.objects.select_related("content_type", "actor").order_by("pk")
    ]
    assert story == [
        ("edisi", "status_changed", "sekretariat-test"),
        ("administrasi", "stage_opened", "sekretariat-test"),
        ("Si Warga", "entered", "operator-1"),
        ("Si Warga", "evidence_added", "operator-1"),
        ("Si Warga", "status:submitted", "operator-1"),
        ("SITA", "entered", "operator-2"),
        ("SITA", "evidence_added", "operator-2"),
        ("SITA", "status:submitted", "operator-2"),
        ("Si Warga", "status:needs_revision", "sekretariat-test"),
        ("Si Warga", "status:resubmitted", "operator-1"),
        ("Si Warga", "status:eligible", "sekretariat-test"),
        ("SITA", "status:eligible", "sekretariat-test"),
        ("edisi", "status_changed", "sekretariat-test"),
        ("administrasi", "stage_closed", "sekretariat-test"),
        ("proposal", "stage_opened", "sekretariat-test"),
        ("Si Warga", "judge_assigned", "sekretariat-test"),
        ("SITA", "judge_assigned", "sekretariat-test"),
        ("lembar Si Warga", "scores_changed", "juri-cerita"),
        ("lembar Si Warga", "sheet_submitted", "juri-cerita"),
        ("lembar SITA", "scores_changed", "juri-cerita"),
        ("lembar SITA", "sheet_submitted", "juri-cerita"),
        ("lembar SITA", "sheet_reopened", "sekretariat-test"),
        ("lembar SITA", "scores_changed", "juri-cerita"),
        ("lembar SITA", "sheet_submitted", "juri-cerita"),
        ("proposal", "shortlist_decided", "sekretariat-test"),
        ("proposal", "stage_closed", "sekretariat-test"),
        ("final", "stage_opened", "sekretariat-test"),
        ("edisi", "awards_decided", "sekretariat-test"),
        ("edisi", "status_changed", "sekretariat-test"),
        ("akun sekretariat", "signed_in", "sekretariat-test"),
        ("edisi", "downloaded", "sekretariat-test"),
        ("edisi", "downloaded", "sekretariat-test"),
        ("edisi", "job_requested", "sekretariat-test"),
        ("SITA", "certificate_issued", "sekretariat-test"),
        ("Si Warga", "certificate_issued", "sekretariat-test"),
        ("edisi", "downloaded", "sekretariat-test"),
    ]
    # The values tell what changed: the edition's statuses, the changed score, who won.
    values = [
        (event.action, event.old_value, event.new_value)
        for event in Event.objects.filter(
            action__in=["status_changed", "scores_changed", "awards_decided", "downloaded"]
        ).order_by("pk")
    ]
    assert values == [
        ("status_changed", "draft", "open"),
        ("status_changed", "open", "judging"),
        ("scores_changed", "", "88.8889"),
        ("scores_changed", "", "55.5556"),
        ("scores_changed", "55.5556", "100.0000"),
        ("awards_decided", "", "Perangkat Daerah"),
        ("status_changed", "judging", "announced"),
        ("downloaded", "", "peringkat-akhir-kik-cerita.xlsx"),
        ("downloaded", "", "berita-acara-kik-cerita-pemenang-perangkat-daerah.pdf"),
        ("downloaded", "", "piagam-kik-cerita.zip"),
    ]
