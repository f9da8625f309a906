"""The demo city: the roster, an account for every role, and seeding twice changes nothing; only with DEBUG
on (or forced); every published award follows from the stored scores."""

import logging
from base64 import b32decode
from collections import defaultdict
from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from competitions import permissions
from competitions.models import Competition, Event, Membership, Stage, Unit
from demo.content import PAST_2022_ENTRIES, read_entries
from demo.seed import DEMO_AUTHENTICATOR_KEY, DEMO_PASSWORD, DEMO_RECOVERY_CODES
from judging.models import Assignment, Award, Conflict, FieldVisit, Score, ScoreSheet, StageResult
from submissions.index.models import IndexYear
from submissions.models import (
    AdministrativeCheck,
    Attachment,
    InnovationIndicator,
    Submission,
    SubmissionVersion,
)

pytestmark = pytest.mark.django_db

DEMO_USERNAMES = [
    "sekretariat",
    "pimpinan",
    "operator-diskominfo",
    "operator-dpmptsp",
    "operator-plaju",
    "juri1",
    "juri2",
    "juri3",
    "verifikator",
]


def snapshot() -> dict:
    return {
        "units": list(Unit.objects.order_by("pk").values_list("pk", "name", "parent_id", "updated_at")),
        "users": list(User.objects.order_by("pk").values_list("pk", "username", "password")),
        "memberships": list(Membership.objects.order_by("pk").values_list("pk", "user_id", "unit_id")),
        "groups": list(User.groups.through.objects.order_by("pk").values_list("user_id", "group_id")),
        "entries": list(Submission.objects.order_by("pk").values_list("pk", "status", "updated_at")),
        "competitions": list(Competition.objects.order_by("pk").values_list("pk", "slug", "updated_at")),
        "index_answers": list(
            InnovationIndicator.objects.order_by("pk").values_list(
                "pk", "level", "link_url", "verified", "updated_at"
            )
        ),
        "index_years": list(IndexYear.objects.order_by("pk").values_list("pk", "regional_score")),
    }


def test_demo_city_has_the_roster_every_role_and_competitions_in_every_phase(client, capsys):
    call_command("seed_demo", force=True)
    output = capsys.readouterr().out
    for username in DEMO_USERNAMES:
        assert username in output
    assert DEMO_PASSWORD in output

    opd_kinds = [Unit.Kind.DINAS, Unit.Kind.BADAN, Unit.Kind.BAGIAN]
    assert Unit.objects.filter(kind__in=opd_kinds).count() == 53
    assert Unit.objects.filter(kind=Unit.Kind.KECAMATAN).count() == 18
    assert Unit.objects.filter(kind=Unit.Kind.UMKM).count() == 8
    assert Unit.objects.filter(kind=Unit.Kind.PUSKESMAS).exists()
    assert Unit.objects.filter(kind=Unit.Kind.SEKOLAH).exists()

    users = {user.username: user for user in User.objects.filter(username__in=DEMO_USERNAMES)}
    assert set(users) == set(DEMO_USERNAMES)
    assert all(user.check_password(DEMO_PASSWORD) for user in users.values())
    assert permissions.is_secretariat(users["sekretariat"])
    assert not users["sekretariat"].is_superuser
    assert permissions.is_leader(users["pimpinan"])
    assert permissions.is_judge(users["juri2"])
    assert permissions.is_verifier(users["verifikator"])
    assert Membership.objects.get(user=users["operator-dpmptsp"]).unit.short_name == "DPM-PTSP"
    assert Membership.objects.get(user=users["operator-plaju"]).unit.name == "Kecamatan Plaju"

    # 2022: announced, with its winners published.
    past = Competition.objects.get(year=2022)
    assert past.status == Competition.Status.ANNOUNCED and past.results_published_at is not None
    winners = dict(
        Award.objects.filter(competition=past).values_list("prize__label", "submission__innovation__title")
    )
    assert (winners["Juara 1"], winners["Juara 2"], winners["Juara 3"]) == ("Si Demang", "SITA", "Siska")
    assert "Si Demang" in client.get(reverse("judging:results", args=[past.slug])).content.decode()

    # The city edition this year: judging, 6 besar decided, paparan under way.
    city = Competition.objects.get(status=Competition.Status.JUDGING)
    per_category = dict(
        Submission.objects.filter(competition=city).values_list("category__name").annotate(n=Count("pk"))
    )
    assert per_category == {"Perangkat Daerah": 19, "Kecamatan": 17, "UMKM Start-up Digital": 8}
    proposal, fact_finding, paparan = city.stages.order_by("order")[1:4]
    assert proposal.status == Stage.Status.CLOSED
    assert StageResult.objects.filter(stage=proposal, outcome="advanced").count() == 18
    assert (fact_finding.status, paparan.status) == (Stage.Status.ACTIVE, Stage.Status.ACTIVE)
    juri1_sheets = ScoreSheet.objects.filter(stage=paparan, judge=users["juri1"])
    assert juri1_sheets.filter(status="draft").exists()
    assert Assignment.objects.filter(stage=paparan, judge=users["juri1"]).count() > juri1_sheets.count()
    assert Conflict.objects.filter(judge=users["juri2"], submission__competition=city).count() == 1
    # The paparan is judged blind: juri1's pages number the entries instead of naming their units.
    assert paparan.blind and not proposal.blind
    client.force_login(users["juri1"])
    judge_dashboard = client.get(reverse("judging:dashboard")).content.decode()
    for assignment in Assignment.objects.filter(stage=paparan, judge=users["juri1"]).select_related(
        "submission__unit", "submission__category"
    ):
        entry = assignment.submission
        assert f"{entry.category.name} · {entry.unit.display_name}" not in judge_dashboard
    draft = juri1_sheets.get(status="draft")
    score_page = client.get(reverse("judging:score", args=[paparan.pk, draft.submission_id])).content.decode()
    assert f"Usulan no. {draft.submission_id} · Perangkat Daerah" in score_page

    # KOINYANLIK this year: registration open, the operators' work waiting.
    koinyanlik = Competition.objects.get(status=Competition.Status.OPEN)
    statuses = set(Submission.objects.filter(competition=koinyanlik).values_list("status", flat=True))
    assert {"draft", "submitted", "needs_revision", "eligible"} <= statuses
    diskominfo = Submission.objects.get(competition=koinyanlik, unit__short_name="Diskominfo")
    assert diskominfo.status == Submission.Status.NEEDS_REVISION
    assert diskominfo.revision_deadline > timezone.now()
    client.force_login(users["operator-diskominfo"])
    dashboard = client.get(reverse("submissions:dashboard")).content.decode()
    assert diskominfo.innovation.title in dashboard
    assert "list-group-item-danger" in dashboard  # the revision is what needs attention first


def test_seeding_again_changes_nothing_keeps_passwords_and_every_account_signs_in(client):
    call_command("seed_demo", force=True)
    user = User.objects.get(username="juri1")
    user.set_password("Rahasia-juri-2026!")
    user.save()
    before = snapshot()
    call_command("seed_demo", force=True)
    assert snapshot() == before
    user.refresh_from_db()
    assert user.check_password("Rahasia-juri-2026!")
    for username in DEMO_USERNAMES:
        password = "Rahasia-juri-2026!" if username == "juri1" else DEMO_PASSWORD
        response = client.post(reverse("login"), {"username": username, "password": password})
        assert response.status_code == 302, username
        client.logout()


def test_a_dozen_demo_innovations_answer_the_2023_index_and_leaders_see_the_simulation(client):
    call_command("seed_demo", force=True)
    answered = InnovationIndicator.objects.filter(indicator__year__year=2023)
    assert answered.values("innovation").distinct().count() == 12
    lapor = answered.filter(innovation__title__startswith="LAPOR WONG KITO").select_related("indicator")
    # Levels 3,3,3,3,3,2,3,2,3,2,2,3,3,3,3,2,2,3,3,3 with evidence everywhere,
    # weights 3,2,2,2,1,2,1,1,1,1,1,1,2,1,2,3,2,3,2,4:
    # 9+6+6+6+3+4+3+2+3+2+2+3+6+3+6+6+4+9+6+12 = 101 of 111.
    assert sum(row.indicator.weight * row.level for row in lapor if row.has_evidence) == 101
    assert lapor.filter(verified=True).count() == 20
    assert IndexYear.objects.get(year=2023).regional_score is not None

    client.force_login(User.objects.get(username="pimpinan"))
    response = client.get(reverse("submissions:index_simulation"))
    assert response.status_code == 200
    city = response.context["city"]
    assert (city.config.year, city.count, city.covered, city.coverage_met) == (2023, 12, 5, True)
    page = response.content.decode()
    assert "Indeks inovasi 2023 (simulasi)" in page
    assert city.predicate_label in page and "LAPOR WONG KITO" in page


def test_with_debug_off_the_demo_is_refused_unless_forced_because_its_passwords_are_public(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DJANGO_DEBUG=true") as refused:
        call_command("seed_demo")
    assert DEMO_PASSWORD in str(refused.value) and "--force" in str(refused.value)
    assert not User.objects.exists() and not Competition.objects.exists()


def test_with_debug_on_the_demo_loads_and_prints_no_line_per_email_task(settings, caplog, capsys):
    settings.DEBUG = True
    caplog.set_level(logging.INFO)
    call_command("seed_demo")
    assert User.objects.filter(username__in=DEMO_USERNAMES).count() == len(DEMO_USERNAMES)
    assert [record.getMessage() for record in caplog.records if record.levelno <= logging.INFO] == []
    # The heading, a line per account, and how staff accounts take their second sign-in step.
    assert len(capsys.readouterr().out.splitlines()) == 2 + len(DEMO_USERNAMES)


def sheet_total_from_scores(sheet_scores: list[Score]) -> Decimal:
    """DESIGN §4 by hand: Σ(weight × (score − min) / (max − min)) / Σ weight × 100."""
    weights = sum(score.criterion.weight for score in sheet_scores)
    points = sum(
        score.criterion.weight
        * (score.value - score.criterion.min_score)
        / (score.criterion.max_score - score.criterion.min_score)
        for score in sheet_scores
    )
    return points / weights * 100


def marks_by_stage_and_entry(competition: Competition) -> dict[tuple[int, int], list[Decimal]]:
    """Every submitted sheet's total, worked out from its scores, and every field visit's score."""
    scores = Score.objects.filter(
        sheet__stage__competition=competition, sheet__status=ScoreSheet.Status.SUBMITTED
    ).select_related("criterion", "sheet")
    per_sheet = defaultdict(list)
    for score in scores:
        per_sheet[score.sheet].append(score)
    marks = defaultdict(list)
    for sheet, sheet_scores in per_sheet.items():
        marks[sheet.stage_id, sheet.submission_id].append(sheet_total_from_scores(sheet_scores))
    for visit in FieldVisit.objects.filter(stage__competition=competition):
        marks[visit.stage_id, visit.submission_id].append(visit.score)
    return marks


def test_every_published_award_of_the_demo_follows_from_its_stored_scores():
    call_command("seed_demo", force=True)
    published = Competition.objects.filter(results_published_at__isnull=False)
    assert list(published.values_list("year", flat=True)) == [2022]
    for competition in published:
        weighted_stages = [stage for stage in competition.stages.all() if stage.weight]
        marks = marks_by_stage_and_entry(competition)
        categories = competition.categories.filter(prizes__awards__isnull=False).distinct()
        assert categories.exists()
        for category in categories:
            finalists = [
                entry.pk
                for entry in Submission.objects.filter(category=category)
                if marks[weighted_stages[-1].pk, entry.pk]
            ]
            final_scores = {}
            for entry in finalists:
                points = Decimal(0)
                for stage in weighted_stages:
                    stage_score = sum(marks[stage.pk, entry]) / len(marks[stage.pk, entry])
                    decided = StageResult.objects.get(stage=stage, submission_id=entry, reverted_at=None)
                    assert abs(decided.score - stage_score) < Decimal("0.01")
                    points += stage.weight * stage_score
                final_scores[entry] = points / sum(stage.weight for stage in weighted_stages)
            recomputed = sorted(final_scores, key=final_scores.get, reverse=True)
            awards = Award.objects.filter(prize__category=category).order_by("prize__place")
            awarded = list(awards.values_list("submission_id", flat=True))
            assert recomputed[: len(awarded)] == awarded, category

    # …and they are the winners the city announced in 2022, as the content files record them.
    placed = sorted(
        (entry for entry in read_entries(PAST_2022_ENTRIES) if entry.place), key=lambda e: e.place
    )
    awarded_titles = Award.objects.filter(competition__year=2022).order_by("prize__place")
    assert list(awarded_titles.values_list("submission__innovation__title", flat=True)) == [
        entry.title for entry in placed
    ]


def test_the_2022_edition_was_replayed_on_its_own_dates():
    call_command("seed_demo", force=True)
    past = Competition.objects.get(year=2022)
    entries = Submission.objects.filter(competition=past)
    assert all(past.registration_opens_at <= e.submitted_at <= past.registration_closes_at for e in entries)
    frozen_and_checked = [
        *SubmissionVersion.objects.filter(submission__in=entries).values_list("created_at", flat=True),
        *AdministrativeCheck.objects.filter(submission__in=entries).values_list("checked_at", flat=True),
        *Attachment.objects.filter(submission__in=entries).values_list("created_at", flat=True),
    ]
    assert len(frozen_and_checked) == 8 + 8 + 32 and {moment.year for moment in frozen_and_checked} == {2022}
    sheets = ScoreSheet.objects.filter(stage__competition=past)
    assert sheets.count() == 42  # 8 proposals and 6 paparan, by three judges each
    assert {sheet.submitted_at.year for sheet in sheets} == {2022}
    decided = list(StageResult.objects.filter(stage__competition=past)) + list(
        Award.objects.filter(competition=past)
    )
    assert {decision.decided_at.year for decision in decided} == {2022}
    assert past.results_published_at.year == 2022
    entry_events = Event.objects.filter(
        content_type__model="submission", object_id__in=entries.values_list("pk", flat=True)
    )
    assert entry_events.exists() and {event.created_at.year for event in entry_events} == {2022}


def test_the_demo_secretariat_signs_in_with_the_published_key_or_a_recovery_code(client, capsys):
    call_command("seed_demo", force=True)
    output = capsys.readouterr().out
    assert DEMO_AUTHENTICATOR_KEY in output and all(code in output for code in DEMO_RECOVERY_CODES)

    def sign_in_with(code):
        client.post(reverse("login"), {"username": "sekretariat", "password": DEMO_PASSWORD})
        client.post(reverse("sign_in:verify"), {"code": code})
        opened = client.get(reverse("admin:index")).status_code == 200
        client.logout()
        return opened

    device = TOTPDevice.objects.get(user__username="sekretariat")
    assert sign_in_with(f"{totp(b32decode(DEMO_AUTHENTICATOR_KEY), drift=device.drift):06d}")
    assert sign_in_with("demo-1")
    call_command("seed_demo", force=True)  # seeding again puts the used code back
    assert sign_in_with("demo-1")
    # Wrong codes last: each one makes the device wait a moment before it accepts another try.
    assert not sign_in_with("demo-1")  # used
    assert not sign_in_with("000000")
