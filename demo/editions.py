"""The demo city's competitions: the announced 2022 edition, the city edition this year mid-way through
judging, and KOINYANLIK this year with registration open.

Each edition is replayed through the services the portal uses, at the moments it would have happened
(`now=`): entries are made while registration is open, checked, judged stage by stage, decided and, for
2022, announced. Nothing is written to the database behind the services' back, so versions, submission
times, sheets, decisions, awards and the event log are what a real round would leave behind, and every
published award can be recomputed from the stored scores. Dates of this year's editions are counted from
today, so the demo looks the same whenever it is loaded.
"""

import datetime
from datetime import timedelta
from decimal import Decimal

from django.contrib.auth.models import User
from django.utils import timezone

from competitions.models import Competition, Stage
from competitions.services import (
    change_competition_status,
    close_stage,
    create_edition_from_template,
    open_stage,
)
from demo.content import CATALOGUE_ONLY, PAST_2022_ENTRIES, THIS_YEAR_ENTRIES, DemoEntry, read_entries
from demo.entrants import (
    bring_to_state,
    check_references,
    enter_with_content,
    requirements_by_role,
    upsert_innovation,
)
from demo.scoring import score_stage, seat_panels, sheet_values
from judging import services as judging
from judging.ranking import stage_pool
from judging.selectors import undecided_in_stage
from submissions import services
from submissions.models import Submission

PAST_SLUG = "kompetisi-inovasi-kota-palembang-2022"
CURRENT_TEMPLATE = "kompetisi-inovasi-kota"

# What state each KOINYANLIK entry is left in, by its position: most are waiting for the administrative
# check, some passed, a few need revision, a few are still drafts.
STATE_CYCLE = [
    "submitted",
    "eligible",
    "submitted",
    "needs_revision",
    "eligible",
    "draft",
    "resubmitted",
    "eligible",
]
# The demo operators' own entries, so each has something to do when they sign in.
FIXED_STATES = {
    "Dinas Komunikasi dan Informatika": "needs_revision",
    "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu": "draft",
    "Kecamatan Plaju": "submitted",
}
# Kecamatan entries at these positions share one quality, so they end level at Juara 3 / Harapan 1 and
# the secretariat has a tie at a prize cutoff to decide.
KECAMATAN_TIE = (2, 3)
PAPARAN_CONFLICT_REASON = "Pernah menjadi narasumber pelatihan bagi tim inovasi ini."
VISIT_TEAM = "Fitri Handayani, Rina Marlina"
FOUND_WORKING = "Layanan berjalan di lokasi, petugas dan warga memakai inovasi sesuai proposal."
NOT_FOUND_WORKING = "Aplikasi belum dipakai warga di lokasi; data yang ditunjukkan masih data uji coba."


def _quality(position: int, category: str) -> Decimal:
    """A distinct quality per entry of a category (9.5, 9.25, …), except the planned Kecamatan tie."""
    if category == "Kecamatan" and position == KECAMATAN_TIE[1]:
        position = KECAMATAN_TIE[0]
    elif category == "Kecamatan" and position > KECAMATAN_TIE[1]:
        position -= 1
    return Decimal("9.5") - Decimal("0.25") * position


def _past_quality(entry: DemoEntry, unranked_position: int) -> Decimal:
    """2022: half a point between places, so the replayed scores rank the entries as the city announced
    them; the entries without a place come after the six that had one."""
    place = entry.place or 6 + unranked_position
    return Decimal("9.5") - Decimal("0.5") * (place - 1)


def _schedule(
    competition: Competition, days: list[tuple[int, int]], *, now: datetime.datetime
) -> list[Stage]:
    """Set the stages' dates (the secretariat's setting on the edition page), counted in days from `now`."""
    stages = list(competition.stages.order_by("order"))
    for stage, (opens, closes) in zip(stages, days, strict=True):
        stage.opens_at, stage.closes_at = now + timedelta(days=opens), now + timedelta(days=closes)
        stage.save(update_fields=["opens_at", "closes_at"])
    return stages


def _visit_finalists(stage: Stage, categories, qualities, *, by: User, unverified=frozenset()) -> None:
    """The verifier visits every finalist of the stage, one a day from the stage's opening."""
    for category in categories:
        for index, entry in enumerate(stage_pool(stage, category).order_by("pk")):
            verified = (category.name, index) not in unverified
            visited_on = timezone.localdate(stage.opens_at) + timedelta(days=2 + index)
            judging.record_field_visit(
                stage=stage,
                submission=entry,
                by=by,
                visited_on=visited_on,
                team=VISIT_TEAM,
                findings=FOUND_WORKING if verified else NOT_FOUND_WORKING,
                verified=verified,
                score=qualities[entry.pk] * 10,
                now=stage.opens_at + timedelta(days=2 + index, hours=6),
            )


def _decide(stage: Stage, categories, *, by: User, now: datetime.datetime) -> None:
    for category in categories:
        judging.advance_shortlist(stage=stage, category=category, by=by, now=now)


def _close(stage: Stage, *, by: User, now: datetime.datetime) -> None:
    close_stage(stage=stage, by=by, find_undecided=undecided_in_stage, now=now)


def _judge_whole_stage(stage: Stage, categories, judges: list[User], qualities, *, by: User) -> None:
    """A scored stage from start to decision: opened, every judge scores every entry in its first week,
    closed and decided on its closing day."""
    open_stage(stage=stage, by=by, now=stage.opens_at)
    seat_panels(stage, categories, judges, by=by)
    score_stage(stage, qualities, now=stage.opens_at + timedelta(days=7))
    _close(stage, by=by, now=stage.closes_at)
    _decide(stage, categories, by=by, now=stage.closes_at)


def seed_past_edition(
    *, units, affairs, secretariat: User, judges: list[User], verifier: User
) -> Competition:
    """Kompetisi Inovasi Kota 2022, replayed from registration to the announcement on its own dates."""
    existing = Competition.objects.filter(slug=PAST_SLUG).first()
    if existing is not None:
        return existing
    entries = read_entries(PAST_2022_ENTRIES)
    competition = create_edition_from_template(key=CURRENT_TEMPLATE, year=2022, by=secretariat)
    competition.name = "Kompetisi Inovasi Kota Palembang 2022"
    competition.slug = PAST_SLUG
    competition.save(update_fields=["name", "slug", "updated_at"])
    categories = list(competition.categories.order_by("order"))
    check_references(entries, units=units, affairs=affairs, categories={c.name for c in categories})
    by_name = {category.name: category for category in categories}
    opens, closes = competition.registration_opens_at, competition.registration_closes_at
    change_competition_status(competition=competition, to=Competition.Status.OPEN, by=secretariat, now=opens)
    requirements = requirements_by_role(competition)
    qualities: dict[int, Decimal] = {}
    unranked = 0
    for seed, spec in enumerate(entries):
        entered_at = opens + timedelta(days=3 + 4 * seed, hours=9)
        innovation = upsert_innovation(spec, units, affairs, None)
        submission = enter_with_content(spec, innovation, by_name[spec.category], None, now=entered_at)
        unranked += spec.place is None
        qualities[submission.pk] = _past_quality(spec, unranked)
        bring_to_state(
            submission,
            "eligible",
            operator=None,
            secretariat=secretariat,
            requirements=requirements,
            seed=seed,
            now=entered_at + timedelta(hours=2),
        )
    change_competition_status(
        competition=competition, to=Competition.Status.JUDGING, by=secretariat, now=closes
    )
    administrasi, proposal, fact_finding, paparan, final = competition.stages.order_by("order")
    entered = [category for category in categories if category.submissions.exists()]

    open_stage(stage=administrasi, by=secretariat, now=administrasi.opens_at)
    _close(administrasi, by=secretariat, now=administrasi.closes_at)
    _judge_whole_stage(proposal, entered, judges, qualities, by=secretariat)
    open_stage(stage=fact_finding, by=secretariat, now=fact_finding.opens_at)
    _visit_finalists(fact_finding, entered, qualities, by=verifier)
    _close(fact_finding, by=secretariat, now=fact_finding.closes_at)
    _decide(fact_finding, entered, by=secretariat, now=fact_finding.closes_at)
    _judge_whole_stage(paparan, entered, judges, qualities, by=secretariat)
    open_stage(stage=final, by=secretariat, now=final.opens_at)
    for category in entered:
        judging.decide_awards(competition=competition, category=category, by=secretariat, now=final.opens_at)
    _close(final, by=secretariat, now=final.closes_at)
    change_competition_status(
        competition=competition, to=Competition.Status.ANNOUNCED, by=secretariat, now=final.closes_at
    )
    competition.refresh_from_db()
    return competition


def seed_city_edition_in_judging(
    *, units, affairs, secretariat: User, judges: list[User], verifier: User
) -> Competition:
    """This year's city edition: proposals decided (6 besar), fact finding recorded, the paparan under way."""
    now = timezone.now()
    year = timezone.localtime(now).year
    slug = f"kompetisi-inovasi-kota-{year}"
    existing = Competition.objects.filter(slug=slug).first()
    if existing is not None:
        return existing
    entries = read_entries(THIS_YEAR_ENTRIES)
    competition = create_edition_from_template(key=CURRENT_TEMPLATE, year=year, by=secretariat)
    competition.name = f"Kompetisi Inovasi Kota Palembang {year}"
    competition.registration_opens_at = now - timedelta(days=120)
    competition.registration_closes_at = now - timedelta(days=90)
    competition.tie_break_chain = ["last_stage", "heaviest_criterion"]
    competition.show_feedback_to_units = True
    competition.save()
    administrasi, proposal, fact_finding, paparan, _final = _schedule(
        competition, [(-89, -76), (-75, -46), (-45, 5), (-10, 12), (13, 20)], now=now
    )
    # The paparan is judged blind: its judges are shown an entry number instead of the unit.
    paparan.blind = True
    paparan.save(update_fields=["blind"])
    categories = list(competition.categories.order_by("order"))
    check_references(entries, units=units, affairs=affairs, categories={c.name for c in categories})
    by_name = {category.name: category for category in categories}
    opens = competition.registration_opens_at
    change_competition_status(competition=competition, to=Competition.Status.OPEN, by=secretariat, now=opens)
    requirements = requirements_by_role(competition)
    qualities: dict[int, Decimal] = {}
    positions: dict[str, int] = {}
    for seed, spec in enumerate(entries):
        entered_at = opens + timedelta(days=2 + seed // 3, hours=8 + seed % 8)
        innovation = upsert_innovation(spec, units, affairs, None)
        submission = enter_with_content(spec, innovation, by_name[spec.category], None, now=entered_at)
        position = positions.get(spec.category, 0)
        positions[spec.category] = position + 1
        qualities[submission.pk] = _quality(position, spec.category)
        bring_to_state(
            submission,
            "eligible",
            operator=None,
            secretariat=secretariat,
            requirements=requirements,
            seed=seed,
            now=entered_at + timedelta(hours=1),
        )
    closes = competition.registration_closes_at
    change_competition_status(
        competition=competition, to=Competition.Status.JUDGING, by=secretariat, now=closes
    )
    withdrawn = Submission.objects.filter(
        competition=competition, category=by_name["UMKM Start-up Digital"]
    ).last()
    services.withdraw_submission(
        submission=withdrawn,
        by=None,
        reason="Tim pengembang sedang berganti.",
        now=closes + timedelta(days=1),
    )

    open_stage(stage=administrasi, by=secretariat, now=administrasi.opens_at)
    _close(administrasi, by=secretariat, now=administrasi.closes_at)

    # Proposal stage: every judge scores every entry; decided, 6 besar per category.
    open_stage(stage=proposal, by=secretariat, now=proposal.opens_at)
    seat_panels(proposal, categories, judges, by=secretariat)
    score_stage(proposal, qualities, now=proposal.opens_at + timedelta(days=5))
    _close(proposal, by=secretariat, now=proposal.closes_at)
    _decide(proposal, categories, by=secretariat, now=proposal.closes_at)

    # Fact finding: the verifier visits every finalist; one Perangkat Daerah innovation is not found working.
    open_stage(stage=fact_finding, by=secretariat, now=fact_finding.opens_at)
    _visit_finalists(fact_finding, categories, qualities, by=verifier, unverified={("Perangkat Daerah", 1)})
    _decide(fact_finding, categories, by=secretariat, now=now - timedelta(days=12))

    # Paparan in progress: juri2 declares a conflict; juri1 has not finished the Perangkat Daerah sheets.
    open_stage(stage=paparan, by=secretariat, now=paparan.opens_at)
    seat_panels(paparan, categories, judges, by=secretariat)
    pd_finalists = list(stage_pool(paparan, by_name["Perangkat Daerah"]).order_by("pk"))
    judging.declare_conflict(judge=judges[1], submission=pd_finalists[0], reason=PAPARAN_CONFLICT_REASON)
    unfinished = {("juri1", entry.pk) for entry in pd_finalists[3:]}
    score_stage(paparan, qualities, now=paparan.opens_at + timedelta(days=2), skip=unfinished)
    draft_entry = pd_finalists[3]
    values = sheet_values(paparan, qualities[draft_entry.pk], judges[0])
    first = next(iter(values))
    judging.save_sheet(stage=paparan, submission=draft_entry, judge=judges[0], values={first: values[first]})
    return competition


def seed_koinyanlik(*, units, affairs, secretariat: User, operators: dict[str, User]) -> Competition:
    """KOINYANLIK this year: registration open and the administrative check under way."""
    now = timezone.now()
    year = timezone.localtime(now).year
    slug = f"koinyanlik-{year}"
    existing = Competition.objects.filter(slug=slug).first()
    if existing is not None:
        return existing
    entries = read_entries(THIS_YEAR_ENTRIES)
    catalogue_only = read_entries(CATALOGUE_ONLY)
    check_references(entries + catalogue_only, units=units, affairs=affairs)
    competition = create_edition_from_template(key="koinyanlik", year=year, by=secretariat)
    competition.registration_opens_at = now - timedelta(days=20)
    competition.registration_closes_at = now + timedelta(days=21)
    competition.save(update_fields=["registration_opens_at", "registration_closes_at", "updated_at"])
    administrasi, *_later = _schedule(
        competition, [(-15, 28), (29, 60), (61, 90), (91, 110), (111, 120)], now=now
    )
    opens = competition.registration_opens_at
    change_competition_status(competition=competition, to=Competition.Status.OPEN, by=secretariat, now=opens)
    open_stage(stage=administrasi, by=secretariat, now=administrasi.opens_at)
    category = competition.categories.get()
    requirements = requirements_by_role(competition)
    cutoff = timezone.localtime(competition.registration_closes_at).date() - timedelta(days=366)
    chosen = [spec for spec in entries if spec.unit in FIXED_STATES]
    chosen += [
        spec
        for spec in entries
        if spec.unit not in FIXED_STATES and spec.launch_date and spec.launch_date <= cutoff
    ][:11]
    for seed, spec in enumerate(chosen):
        entered_at = opens + timedelta(days=1 + seed, hours=9)
        operator = operators.get(spec.unit)
        innovation = upsert_innovation(spec, units, affairs, operator)
        submission = enter_with_content(spec, innovation, category, operator, now=entered_at)
        bring_to_state(
            submission,
            FIXED_STATES.get(spec.unit, STATE_CYCLE[seed % len(STATE_CYCLE)]),
            operator=operator,
            secretariat=secretariat,
            requirements=requirements,
            seed=seed,
            now=entered_at + timedelta(hours=3),
            revision_deadline=now + timedelta(days=5),
        )
    for spec in catalogue_only:
        upsert_innovation(spec, units, affairs, operators.get(spec.unit))
    return competition
