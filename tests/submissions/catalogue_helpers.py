"""Building what the public catalogue shows through the services: innovations, entries submitted and checked,
judged with real sheets, awarded, and the results published (or not)."""

from decimal import Decimal

from competitions.models import Competition, Criterion, Prize, Stage, Unit
from competitions.services import change_competition_status, open_stage
from judging import services as judging
from submissions import services
from submissions.models import AdministrativeCheck, GovernmentAffair, Innovation, Submission
from tests import factories
from tests.factories import SECTION_KEYS

JUDGES_NOTE = "Catatan juri: anggaran pemeliharaan belum jelas."


def proposal(words: str = "") -> dict[str, str]:
    """Texts for every section of the KIPP form; `words` goes into the significance section."""
    texts = dict.fromkeys(SECTION_KEYS, "Uraian yang ringkas dan jelas.")
    texts["significance"] = f"Dampak bagi warga. {words}".strip()
    return texts


def innovation(*, unit, title: str, affairs: tuple[str, ...] = (), by, **fields) -> Innovation:
    """An innovation saved through the service the operators' page uses."""
    return services.save_innovation(
        innovation=factories.InnovationFactory.build(unit=unit, title=title, **fields),
        affairs=GovernmentAffair.objects.filter(code__in=affairs),
        by=by,
    )


def edition(*, name: str, year: int, prizes: int = 2) -> tuple[Competition, object]:
    """An edition open for entries with one category, Juara 1…`prizes`, a scored proposal stage and a final
    stage."""
    competition = factories.CompetitionFactory(name=name, year=year)
    category = factories.CategoryFactory(
        competition=competition, name="Perangkat Daerah", eligible_kinds=list(Unit.Kind.values)
    )
    for place in range(1, prizes + 1):
        Prize.objects.create(category=category, place=place, label=f"Juara {place}", amount=1_000_000)
    stage = factories.StageFactory(competition=competition, order=1, kind=Stage.Kind.SCORED, weight=100)
    Criterion.objects.create(stage=stage, name="Nilai", weight=100, min_score=0, max_score=100)
    factories.StageFactory(competition=competition, order=2, kind=Stage.Kind.FINAL)
    return competition, category


def sent_entry(
    *, innovation: Innovation, category, texts: dict[str, str], operator, secretariat, evidence=()
) -> Submission:
    """An entry written (with `evidence`: keyword arguments of `add_evidence`), submitted (frozen as version
    1) and passed by the administrative check."""
    entry = services.enter_competition(innovation=innovation, category=category, by=operator)
    services.save_draft(submission=entry, sections=texts, by=operator)
    for item in evidence:
        services.add_evidence(submission=entry, by=operator, **item)
    services.submit_submission(submission=entry, by=operator)
    services.record_administrative_check(
        submission=entry, by=secretariat, verdicts=[], outcome=AdministrativeCheck.Outcome.PASSED
    )
    return entry


def judge_and_award(
    competition: Competition, category, scores: dict[Submission, int], *, secretariat, publish: bool = True
) -> Competition:
    """Registration closes; one judge scores each entry (leaving a note), the stage is decided, the awards
    follow the scores, and the results are announced when `publish`."""
    change_competition_status(competition=competition, to=Competition.Status.JUDGING, by=secretariat)
    stage = competition.stages.get(kind=Stage.Kind.SCORED)
    criterion = stage.criteria.get()
    open_stage(stage=stage, by=secretariat)
    judge = factories.make_judge()
    for entry, score in scores.items():
        judging.assign_judge(stage=stage, submission=entry, judge=judge, by=secretariat)
        judging.save_sheet(
            stage=stage,
            submission=entry,
            judge=judge,
            values={criterion.pk: (str(Decimal(score)), "")},
            note=JUDGES_NOTE,
            submit=True,
        )
    judging.advance_shortlist(stage=stage, category=category, by=secretariat)
    judging.decide_awards(competition=competition, category=category, by=secretariat)
    if publish:
        change_competition_status(competition=competition, to=Competition.Status.ANNOUNCED, by=secretariat)
    competition.refresh_from_db()
    return competition
