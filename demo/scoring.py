"""How the demo's judges score: each entry has a quality, each judge a bias, and the sheets follow from both.

The sheets are saved and submitted through the judges' own service at the moment given, so every ranking,
decision and award of the demo is computed from stored scores.
"""

import datetime
from decimal import Decimal

from django.contrib.auth.models import User

from competitions.models import Category, Stage
from judging import services as judging
from judging.eligibility import is_conflicted
from judging.models import Assignment, Panel

JUDGE_BIAS = {"juri1": Decimal("0.5"), "juri2": Decimal("0"), "juri3": Decimal("-0.5")}  # lenient … harsh

JUDGE_NOTES = [
    (Decimal("8.5"), "Inovasi matang dengan dampak terukur; layak direplikasi ke unit lain."),
    (Decimal("7.5"), "Manfaat jelas bagi warga; data capaian perlu dilengkapi per triwulan."),
    (Decimal("0"), "Gagasan baik, tetapi bukti penerapan dan keberlanjutan anggaran masih lemah."),
]


def sheet_values(stage: Stage, quality: Decimal, judge: User) -> dict[int, tuple[str, str]]:
    values = {}
    for index, criterion in enumerate(stage.criteria.all()):
        raw = quality + JUDGE_BIAS.get(judge.username, Decimal(0)) + Decimal("0.5") * ((index % 3) - 1)
        clipped = min(max(raw, Decimal(criterion.min_score)), Decimal(criterion.max_score))
        values[criterion.pk] = ((clipped * 2).to_integral_value() / 2, "")
    return values


def judge_note(quality: Decimal) -> str:
    """An overall note that fits the entry's quality, so units read real feedback after publication."""
    return next(note for floor, note in JUDGE_NOTES if quality >= floor)


def seat_panels(stage: Stage, categories: list[Category], judges: list[User], *, by: User) -> None:
    """Every judge on every category's panel, and every entry given all three of them."""
    for category in categories:
        for judge in judges:
            Panel.objects.get_or_create(stage=stage, category=category, judge=judge)
    for category in categories:
        judging.auto_assign(stage=stage, category=category, by=by, judges_per_entry=len(judges))


def score_stage(
    stage: Stage,
    qualities: dict[int, Decimal],
    *,
    now: datetime.datetime,
    skip=frozenset(),
    drafts=frozenset(),
) -> None:
    """Every assigned judge scores every entry (except `skip`), submitting the sheet unless it is in
    `drafts`; one entry an hour from `now`."""
    assignments = Assignment.objects.filter(stage=stage).select_related("submission", "judge").order_by("pk")
    for hour, assignment in enumerate(assignments):
        key = (assignment.judge.username, assignment.submission_id)
        if key in skip or is_conflicted(assignment.judge, assignment.submission):
            continue
        judging.save_sheet(
            stage=stage,
            submission=assignment.submission,
            judge=assignment.judge,
            values=sheet_values(stage, qualities[assignment.submission_id], assignment.judge),
            note=judge_note(qualities[assignment.submission_id]),
            submit=key not in drafts,
            now=now + datetime.timedelta(hours=hour),
        )
