"""What the units do in the demo: their innovations, their entries and the administrative check of them.

Everything goes through the services the portal's pages use, at the moment given (`now`), so a past round
leaves the same versions, submission times, checks and event log a real one would.
"""

import datetime
import io
import textwrap
from datetime import timedelta

from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageDraw

from competitions.models import Category, Competition, Requirement, Unit
from demo.content import DemoEntry, InvalidContentFile
from submissions import services
from submissions.models import AdministrativeCheck, GovernmentAffair, Innovation, Submission

REVISION_NOTE = (
    "SK Kepala OPD yang diunggah belum ditandatangani. Mohon unggah ulang SK yang sudah ditandatangani."
)


def demo_pdf(title: str, unit: str) -> SimpleUploadedFile:
    """A one-page PDF that reads like a cover page, made with Pillow."""
    page = Image.new("RGB", (595, 842), "white")
    draw = ImageDraw.Draw(page)
    draw.rectangle((40, 40, 555, 120), fill=(11, 83, 148))
    draw.text((60, 70), "PROPOSAL INOVASI", fill="white")
    y = 170
    for line in [*textwrap.wrap(title, 60), "", unit, "", "Dokumen demo Portal Inovasi"]:
        draw.text((60, y), line, fill="black")
        y += 24
    buffer = io.BytesIO()
    page.save(buffer, format="PDF")
    return SimpleUploadedFile("proposal.pdf", buffer.getvalue(), content_type="application/pdf")


def demo_photo(title: str, seed: int) -> SimpleUploadedFile:
    """A photo-sized JPEG with a colour of its own and the title on it."""
    colours = [(11, 83, 148), (25, 135, 84), (214, 51, 132), (253, 126, 20), (111, 66, 193), (32, 201, 151)]
    image = Image.new("RGB", (960, 640), colours[seed % len(colours)])
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 520, 960, 640), fill=(0, 0, 0))
    draw.text((30, 560), title[:90], fill="white")
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85)
    return SimpleUploadedFile("foto-kegiatan.jpg", buffer.getvalue(), content_type="image/jpeg")


def check_references(
    entries: list[DemoEntry], *, units: dict[str, Unit], affairs: dict[str, GovernmentAffair], categories=()
) -> None:
    """Names in the content files that the roster, the urusan list or the edition does not know."""
    problems = []
    for entry in entries:
        if entry.unit not in units:
            problems.append(f"{entry.source}: unit: “{entry.unit}” is not in the demo roster")
        problems += [
            f"{entry.source}: affairs: “{code}” is not an urusan code"
            for code in entry.affairs
            if code not in affairs
        ]
        if categories and entry.category not in categories:
            problems.append(f"{entry.source}: category: “{entry.category}” is not a category of the edition")
    if problems:
        raise InvalidContentFile("; ".join(problems))


def upsert_innovation(
    spec: DemoEntry, units: dict[str, Unit], affairs: dict[str, GovernmentAffair], by: User | None
) -> Innovation:
    unit = units[spec.unit]
    innovation = Innovation.objects.filter(unit=unit, title=spec.title).first()
    if innovation is not None:
        return innovation
    innovation = Innovation(
        unit=unit,
        title=spec.title,
        summary=spec.summary,
        form=spec.form,
        kind=spec.kind,
        phase=spec.phase,
        initiator=spec.initiator,
        trial_date=spec.trial_date,
        launch_date=spec.launch_date,
        video_url=spec.video_url,
        is_public=True,
    )
    return services.save_innovation(
        innovation=innovation, affairs=[affairs[code] for code in spec.affairs], by=by
    )


def enter_with_content(
    spec: DemoEntry, innovation: Innovation, category: Category, by: User | None, *, now: datetime.datetime
) -> Submission:
    submission = services.enter_competition(innovation=innovation, category=category, by=by, now=now)
    return services.save_draft(submission=submission, sections=spec.sections, by=by, now=now)


def requirements_by_role(competition: Competition) -> dict:
    all_requirements = list(competition.requirements.all())
    return {
        "document": next(r for r in all_requirements if r.name.startswith("Proposal")),
        "photo": next(r for r in all_requirements if r.kind == Requirement.Kind.PHOTO),
        "sk": next(r for r in all_requirements if r.name.startswith("SK")),
        "other_documents": [
            r
            for r in all_requirements
            if r.kind == Requirement.Kind.DOCUMENT and not r.name.startswith("Proposal")
        ],
    }


def _add_documents(
    submission: Submission, requirements: dict, by: User | None, seed: int, now: datetime.datetime
) -> None:
    title, unit = submission.innovation.title, submission.unit.name
    services.add_evidence(
        submission=submission,
        by=by,
        requirement=requirements["document"],
        upload=demo_pdf(title, unit),
        now=now,
    )
    services.add_evidence(
        submission=submission,
        by=by,
        requirement=requirements["photo"],
        upload=demo_photo(title, seed),
        now=now,
    )
    for requirement in requirements["other_documents"]:
        services.add_evidence(
            submission=submission,
            by=by,
            requirement=requirement,
            upload=demo_pdf(f"{requirement.name}: {title}", unit),
            now=now,
        )


def _check(
    submission: Submission,
    by: User,
    outcome: str,
    *,
    now: datetime.datetime,
    note: str = "",
    missing: str = "",
    revision_deadline: datetime.datetime | None = None,
) -> None:
    verdicts = [
        services.RequirementVerdict(
            requirement,
            requirement.name != missing,
            "Berkas tidak terbaca" if requirement.name == missing else "",
        )
        for requirement in submission.competition.requirements.all()
    ]
    services.record_administrative_check(
        submission=submission,
        by=by,
        verdicts=verdicts,
        outcome=outcome,
        note=note,
        revision_deadline=revision_deadline,
        now=now,
    )


def bring_to_state(
    submission: Submission,
    state: str,
    *,
    operator: User | None,
    secretariat: User,
    requirements: dict,
    seed: int,
    now: datetime.datetime,
    revision_deadline: datetime.datetime | None = None,
) -> None:
    """Take a fresh draft to `state`: the unit submits at `now`, the secretariat checks a day later and,
    for a revision, the unit answers a day after that (before `revision_deadline`)."""
    if state == "draft":
        if seed % 2:
            _add_documents(submission, requirements, operator, seed, now)
        return
    _add_documents(submission, requirements, operator, seed, now)
    services.submit_submission(submission=submission, by=operator, now=now)
    if state == "submitted":
        return
    checked_at = now + timedelta(days=1)
    if state == "eligible":
        _check(submission, secretariat, AdministrativeCheck.Outcome.PASSED, now=checked_at)
        return
    _check(
        submission,
        secretariat,
        AdministrativeCheck.Outcome.REVISE,
        now=checked_at,
        note=REVISION_NOTE,
        missing=requirements["sk"].name,
        revision_deadline=revision_deadline or checked_at + timedelta(days=5),
    )
    if state == "resubmitted":
        submission.refresh_from_db()
        answered_at = checked_at + timedelta(days=1)
        services.add_evidence(
            submission=submission,
            by=operator,
            requirement=requirements["sk"],
            upload=demo_pdf(f"SK (ditandatangani): {submission.innovation.title}", submission.unit.name),
            now=answered_at,
        )
        services.submit_submission(submission=submission, by=operator, now=answered_at)
