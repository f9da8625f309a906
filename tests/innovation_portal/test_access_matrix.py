"""Every URL of the portal × every role: the answer each role gets, written out by hand.

The URLconf is walked (the admin's model pages and its custom pages included), and a pattern without a
row fails the test, as does a row whose pattern no longer exists: a new page cannot ship without saying
who may open it. Each cell is a real request through the whole stack with real objects of unit A in the
URL (`access_world.py`; the machinery is in `access_matrix.py`), made by a signed-in client of the role;
a state-changing URL is also sent a POST, and a role that may not act must leave the row as it was (and
one that may, changes it).

Outcomes: 200; a redirect to sign-in (the portal's, or the admin's for admin pages); 404 for whatever lies
outside the role's scope; 403 only where the admin itself answers it to the secretariat (said per row);
another redirect where the page sends on (after an action, to the current index year, …).

The matrix: 268 URL patterns (1 exempt, with its reason), 9 roles; 306 rows (admin model pages grouped
by model: 29 models × 6 pages), 2754 cells checked, each a real request.
"""

import re

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin
from django.contrib.auth.models import Group, User
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.test import override_settings
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from competitions.models import BackgroundJob, Category, Competition, Event, Membership, Stage, Unit
from judging.models import (
    Assignment,
    Award,
    Certificate,
    Conflict,
    FieldVisit,
    Panel,
    ScoreSheet,
    StageResult,
    TieDecision,
)
from submissions.index.models import IndexYear, InnovationIndicator
from submissions.models import (
    AdministrativeCheck,
    Attachment,
    GovernmentAffair,
    Innovation,
    InnovationPhoto,
    Submission,
)
from tests.conftest import PortalClient
from tests.files import image_upload
from tests.innovation_portal.access_matrix import (
    ADMIN_403,
    ADMIN_PAGES,
    EVERYONE,
    FORBIDDEN,
    LOGIN,
    NOBODY,
    NOT_FOUND,
    OK,
    REDIRECT,
    AdminModel,
    Row,
    admin_model_rows,
    category_of,
    cells,
    const,
    exists,
    outcome_of,
    pattern_key,
    pk,
    request_as,
    secretariat_admin,
    signed_in,
    slug,
    status_of,
    url,
    url_patterns,
)
from tests.innovation_portal.access_world import ROLES, World, build_world

pytestmark = pytest.mark.django_db


def innovation_form(world: World, *, title: str) -> dict:
    """The innovation form filled in for unit A, as its operator would send it."""
    return {
        "unit": world.innovation.unit_id,
        "title": title,
        "summary": "Layanan daring yang memangkas waktu tunggu warga.",
        "form": Innovation.Form.PUBLIC_SERVICE,
        "kind": Innovation.Kind.DIGITAL,
        "phase": Innovation.Phase.IMPLEMENTATION,
        "initiator": Innovation.Initiator.AGENCY,
        "affairs": [GovernmentAffair.objects.order_by("pk").first().pk],
        "launch_date": "2024-01-15",
        "is_public": "on",
    }


SECOND_FACTOR_ROLES = dict.fromkeys(
    ("judge_assigned", "judge_not_assigned", "judge_conflicted", "secretariat"), OK
)


def second_factors(world: World) -> list:
    """Every account's authenticator apps and recovery codes."""
    return [
        sorted(TOTPDevice.objects.values_list("user_id", "key")),
        sorted(StaticToken.objects.values_list("device__user_id", "token")),
    ]


PORTAL_ROWS = [
    Row("home", "the home page", url("home"), EVERYONE),
    Row("healthz", "liveness for the load balancer", url("healthz"), EVERYONE),
    Row("favicon.ico", "the icon, from the static files", const("/favicon.ico"), cells(REDIRECT)),
    Row("login", "the sign-in page", url("login"), EVERYONE),
    Row("logout", "signing out", url("logout"), cells(REDIRECT), method="POST"),
    Row("password_change", "changing one's password", url("password_change"), cells(OK, anonymous=LOGIN)),
    Row("password_change_done", "password changed", url("password_change_done"), cells(OK, anonymous=LOGIN)),
    Row("password_reset", "asking for a reset link", url("password_reset"), EVERYONE),
    Row("password_reset_done", "reset link sent", url("password_reset_done"), EVERYONE),
    Row("password_reset_complete", "password reset", url("password_reset_complete"), EVERYONE),
    Row(
        "set_language",
        "choosing English",
        url("set_language"),
        cells(REDIRECT),
        method="POST",
        data=lambda world: {"language": "en", "next": "/"},
    ),
    # Two-factor sign-in: the roles that may use it (judges) or must (the secretariat); the matrix's clients
    # have given their second factor, so the second step of signing in sends them on.
    Row(
        "sign_in:verify",
        "the second step of signing in",
        url("sign_in:verify"),
        cells(REDIRECT, anonymous=LOGIN),
    ),
    Row(
        "sign_in:two_factor",
        "one's two-factor sign-in",
        url("sign_in:two_factor"),
        signed_in(**SECOND_FACTOR_ROLES),
    ),
    Row(
        "sign_in:two_factor",
        "turning one's two-factor sign-in off (a judge without it, the secretariat who must keep it)",
        url("sign_in:two_factor"),
        signed_in(),
        method="POST",
        data=lambda world: {"confirm": "on"},
        state=second_factors,
    ),
    Row(
        "sign_in:setup",
        "setting up an authenticator app (the secretariat has one)",
        url("sign_in:setup"),
        signed_in(**(SECOND_FACTOR_ROLES | {"secretariat": REDIRECT})),
    ),
    Row(
        "sign_in:qr",
        "the QR code of a key being set up (none is, outside the set-up page's session)",
        url("sign_in:qr"),
        signed_in(),
    ),
    Row(
        "sign_in:recovery_codes",
        "one's recovery codes (a judge has not given a second factor)",
        url("sign_in:recovery_codes"),
        signed_in(secretariat=OK),
    ),
    Row(
        "sign_in:recovery_codes",
        "new recovery codes",
        url("sign_in:recovery_codes"),
        signed_in(secretariat=REDIRECT),
        method="POST",
        state=second_factors,
    ),
    # Competitions
    Row(
        "competitions:detail",
        "an edition in judging",
        url("competitions:detail", slug("judging_edition")),
        EVERYONE,
    ),
    Row("competitions:detail", "a draft edition", url("competitions:detail", slug("draft_edition")), NOBODY),
    # The operators' pages
    Row(
        "submissions:dashboard",
        "the unit's home",
        url("submissions:dashboard"),
        signed_in(operator_a=OK, operator_b=OK),
    ),
    Row(
        "submissions:participation",
        "who took part",
        url("submissions:participation"),
        signed_in(leader=OK, secretariat=OK),
    ),
    Row(
        "submissions:innovation_list",
        "the unit's innovations",
        url("submissions:innovation_list"),
        signed_in(operator_a=OK, operator_b=OK),
    ),
    Row(
        "submissions:innovation_create",
        "a new innovation",
        url("submissions:innovation_create"),
        signed_in(operator_a=OK, operator_b=OK),
    ),
    Row(
        "submissions:innovation_create",
        "creating an innovation for unit A (unit B's operator only gets the form back)",
        url("submissions:innovation_create"),
        signed_in(operator_a=REDIRECT, operator_b=OK),
        method="POST",
        data=lambda world: innovation_form(world, title="Inovasi Baru"),
        state=lambda world: Innovation.objects.filter(unit=world.innovation.unit).count(),
    ),
    Row(
        "submissions:innovation_edit",
        "unit A's innovation",
        url("submissions:innovation_edit", pk("innovation")),
        signed_in(operator_a=OK),
    ),
    Row(
        "submissions:innovation_edit",
        "saving unit A's innovation",
        url("submissions:innovation_edit", pk("innovation")),
        signed_in(operator_a=REDIRECT),
        method="POST",
        data=lambda world: innovation_form(world, title="Si Warga Plus"),
        state=lambda world: Innovation.objects.get(pk=world.innovation.pk).title,
    ),
    Row(
        "submissions:innovation_photo_add",
        "a photo for unit A's innovation",
        url("submissions:innovation_photo_add", pk("innovation")),
        signed_in(operator_a=REDIRECT),
        method="POST",
        data=lambda world: {"image": image_upload(), "caption": "Foto baru"},
        state=lambda world: InnovationPhoto.objects.filter(innovation=world.innovation).count(),
    ),
    Row(
        "submissions:innovation_enter",
        "entering unit A's innovation",
        url("submissions:innovation_enter", pk("innovation")),
        signed_in(operator_a=OK),
    ),
    Row(
        "submissions:innovation_enter",
        "entering unit A's private innovation in the open edition",
        url("submissions:innovation_enter", pk("private_innovation")),
        signed_in(operator_a=REDIRECT),
        method="POST",
        data=lambda world: {"category": world.open_edition.categories.get().pk},
        state=lambda world: Submission.objects.filter(innovation=world.private_innovation).count(),
    ),
    Row(
        "submissions:innovation_index_latest",
        "unit A's index answers, newest year",
        url("submissions:innovation_index_latest", pk("innovation")),
        signed_in(operator_a=REDIRECT, secretariat=REDIRECT),
    ),
    Row(
        "submissions:innovation_index",
        "unit A's index answers",
        url("submissions:innovation_index", pk("innovation"), lambda world: world.index_year.year),
        signed_in(operator_a=OK, secretariat=OK),
    ),
    Row(
        "submissions:innovation_index",
        "saving unit A's index answers (the secretariat only reads them)",
        url("submissions:innovation_index", pk("innovation"), lambda world: world.index_year.year),
        signed_in(operator_a=REDIRECT),
        method="POST",
        data=lambda world: {f"i{world.index_answer.indicator.number}-level": "3"},
        state=lambda world: InnovationIndicator.objects.get(pk=world.index_answer.pk).level,
    ),
    Row(
        "submissions:index_evidence",
        "evidence of unit A's index answer",
        url("submissions:index_evidence", pk("index_answer")),
        signed_in(operator_a=OK, secretariat=OK),
    ),
    Row(
        "submissions:index_simulation",
        "the city's simulated index",
        url("submissions:index_simulation"),
        signed_in(leader=OK, secretariat=OK),
    ),
    Row(
        "submissions:photo_remove",
        "removing a photo of unit A's innovation",
        url("submissions:photo_remove", pk("spare_photo")),
        signed_in(operator_a=REDIRECT),
        method="POST",
        state=exists(InnovationPhoto, "spare_photo"),
    ),
    Row(
        "submissions:photo",
        "unit A's public photo, thumbnail",
        url("submissions:photo", pk("photo"), const("thumbnail")),
        signed_in(operator_a=OK, secretariat=OK),
    ),
    Row(
        "submissions:photo",
        "unit A's private photo",
        url("submissions:photo", pk("private_photo"), const("full")),
        signed_in(operator_a=OK, secretariat=OK),
    ),
    Row(
        "submissions:entry",
        "unit A's entry",
        url("submissions:entry", pk("entry")),
        signed_in(operator_a=OK, secretariat=OK),
    ),
    Row(
        "submissions:entry",
        "unit B's entry",
        url("submissions:entry", pk("entry_b")),
        signed_in(operator_b=OK, secretariat=OK),
    ),
    Row(
        "submissions:entry_edit",
        "unit A's draft",
        url("submissions:entry_edit", pk("draft")),
        signed_in(operator_a=OK),
    ),
    Row(
        "submissions:entry_edit",
        "saving unit A's draft",
        url("submissions:entry_edit", pk("draft")),
        signed_in(operator_a=REDIRECT),
        method="POST",
        data=lambda world: {
            **{f"section_{key}": f"Teks baru {key}." for key in world.draft.sections},
            "draft_revision": Submission.objects.get(pk=world.draft.pk).draft_revision,
        },
        state=lambda world: Submission.objects.get(pk=world.draft.pk).sections,
    ),
    Row(
        "submissions:entry_edit",
        "unit A's submitted entry (no longer editable)",
        url("submissions:entry_edit", pk("entry")),
        signed_in(),
    ),
    Row(
        "submissions:evidence_add",
        "the old evidence address of unit A's draft",
        url("submissions:evidence_add", pk("draft")),
        signed_in(operator_a=REDIRECT, secretariat=REDIRECT),
    ),
    Row(
        "submissions:entry_submit",
        "reviewing unit A's draft",
        url("submissions:entry_submit", pk("draft")),
        signed_in(operator_a=OK),
    ),
    Row(
        "submissions:entry_submit",
        "submitting unit A's draft",
        url("submissions:entry_submit", pk("draft")),
        signed_in(operator_a=REDIRECT),
        method="POST",
        state=status_of("draft"),
    ),
    Row(
        "submissions:entry_withdraw",
        "withdrawing unit A's entry",
        url("submissions:entry_withdraw", pk("entry")),
        signed_in(operator_a=OK),
    ),
    Row(
        "submissions:entry_withdraw",
        "withdrawing unit A's entry",
        url("submissions:entry_withdraw", pk("entry")),
        signed_in(operator_a=REDIRECT),
        method="POST",
        data=lambda world: {"reason": "Inovasi dihentikan"},
        state=status_of("entry"),
    ),
    Row(
        "submissions:entry_version",
        "version 1 of unit A's entry",
        url("submissions:entry_version", pk("entry"), const(1)),
        signed_in(operator_a=OK, secretariat=OK),
    ),
    Row(
        "submissions:evidence_download",
        "a PDF of unit A's entry",
        url("submissions:evidence_download", pk("evidence_pdf")),
        signed_in(operator_a=OK, secretariat=OK),
    ),
    Row(
        "submissions:evidence_thumbnail",
        "a photo of unit A's entry, thumbnail",
        url("submissions:evidence_thumbnail", pk("evidence_photo")),
        signed_in(operator_a=OK, secretariat=OK),
    ),
    Row(
        "submissions:evidence_remove",
        "removing evidence of unit A's draft",
        url("submissions:evidence_remove", pk("draft_evidence")),
        signed_in(operator_a=REDIRECT),
        method="POST",
        state=exists(Attachment, "draft_evidence"),
    ),
    Row(
        "submissions:evidence_remove",
        "removing evidence of unit A's submitted entry (frozen in its version)",
        url("submissions:evidence_remove", pk("evidence_pdf")),
        signed_in(),
        method="POST",
        state=lambda world: Attachment.objects.get(pk=world.evidence_pdf.pk).removed_at,
    ),
    # The public catalogue
    Row("catalogue:list", "the catalogue", url("catalogue:list"), EVERYONE),
    Row(
        "catalogue:detail", "unit A's public innovation", url("catalogue:detail", pk("innovation")), EVERYONE
    ),
    Row(
        "catalogue:detail",
        "unit A's private innovation",
        url("catalogue:detail", pk("private_innovation")),
        NOBODY,
    ),
    Row(
        "catalogue:detail",
        "unit A's private innovation that won a published award",
        url("catalogue:detail", lambda world: world.winner.innovation_id),
        EVERYONE,
    ),
    Row(
        "catalogue:detail",
        "unit A's private innovation whose award is not announced yet",
        url("catalogue:detail", lambda world: world.unpublished_photo.innovation_id),
        NOBODY,
    ),
    # Judges and field verifiers
    Row(
        "judging:dashboard",
        "the judge's entries",
        url("judging:dashboard"),
        signed_in(judge_assigned=OK, judge_not_assigned=OK, judge_conflicted=OK),
    ),
    Row(
        "judging:score",
        "scoring unit A's entry",
        url("judging:score", pk("scored_stage"), pk("entry")),
        signed_in(judge_assigned=OK),
    ),
    Row(
        "judging:score",
        "saving a score for unit A's entry",
        url("judging:score", pk("scored_stage"), pk("entry")),
        signed_in(judge_assigned=REDIRECT),
        method="POST",
        data=lambda world: {
            f"score_{world.criterion.pk}": "9",
            "note": "",
            "revision": ScoreSheet.objects.get(pk=world.sheet.pk).revision,
        },
        state=lambda world: list(
            ScoreSheet.objects.get(pk=world.sheet.pk).scores.values_list("value", flat=True)
        ),
    ),
    Row(
        "judging:score",
        "scoring unit B's entry",
        url("judging:score", pk("scored_stage"), pk("entry_b")),
        signed_in(judge_not_assigned=OK),
    ),
    Row(
        "judging:score_submit",
        "confirming the sheet for unit A's entry",
        url("judging:score_submit", pk("scored_stage"), pk("entry")),
        signed_in(judge_assigned=OK),
    ),
    Row(
        "judging:score_submit",
        "locking the sheet for unit A's entry",
        url("judging:score_submit", pk("scored_stage"), pk("entry")),
        signed_in(judge_assigned=REDIRECT),
        method="POST",
        data=lambda world: {"revision": ScoreSheet.objects.get(pk=world.sheet.pk).revision},
        state=status_of("sheet"),
    ),
    Row(
        "judging:conflict",
        "declaring a conflict on unit A's entry",
        url("judging:conflict", pk("scored_stage"), pk("entry")),
        signed_in(judge_assigned=OK),
    ),
    Row(
        "judging:conflict",
        "declaring a conflict on unit A's entry",
        url("judging:conflict", pk("scored_stage"), pk("entry")),
        signed_in(judge_assigned=REDIRECT),
        method="POST",
        data=lambda world: {"reason": "Saudara kandung kepala dinas"},
        state=lambda world: Conflict.objects.filter(submission=world.entry).count(),
    ),
    Row(
        "judging:evidence",
        "a PDF of unit A's entry, for its judge",
        url("judging:evidence", pk("scored_stage"), pk("evidence_pdf")),
        signed_in(judge_assigned=OK),
    ),
    Row(
        "judging:evidence",
        "a PDF of unit A's entry, asked through a stage its judge does not score it in",
        url("judging:evidence", pk("verification_stage"), pk("evidence_pdf")),
        signed_in(),
    ),
    Row(
        "judging:evidence_thumbnail",
        "a photo of unit A's entry, for its judge",
        url("judging:evidence_thumbnail", pk("scored_stage"), pk("evidence_photo")),
        signed_in(judge_assigned=OK),
    ),
    Row(
        "judging:field_visits",
        "the fact-finding list",
        url("judging:field_visits"),
        signed_in(judge_assigned=OK, judge_not_assigned=OK, judge_conflicted=OK, verifier=OK),
    ),
    Row(
        "judging:field_visit",
        "the visit to unit A's finalist",
        url("judging:field_visit", pk("verification_stage"), pk("visit_entry")),
        signed_in(judge_assigned=OK, verifier=OK),
    ),
    Row(
        "judging:field_visit",
        "recording the visit to unit A's finalist",
        url("judging:field_visit", pk("verification_stage"), pk("visit_entry")),
        signed_in(judge_assigned=REDIRECT, verifier=REDIRECT),
        method="POST",
        data=lambda world: {
            "visited_on": world.visit.visited_on.isoformat(),
            "team": "Tim verifikasi",
            "findings": "Ditemukan berjalan, dengan antrean lebih pendek.",
            "verified": "yes",
            "score": "85",
        },
        state=lambda world: FieldVisit.objects.get(pk=world.visit.pk).findings,
    ),
    Row(
        "judging:visit_photo",
        "a photo of the visit to unit A's finalist",
        url("judging:visit_photo", lambda world: world.visit.photos.get().pk, const("thumbnail")),
        signed_in(judge_assigned=OK, verifier=OK, secretariat=OK),
    ),
    # Public results and piagam
    Row(
        "judging:results", "an announced edition", url("judging:results", slug("announced_edition")), EVERYONE
    ),
    Row(
        "judging:results", "an edition in judging", url("judging:results", slug("judging_edition")), EVERYONE
    ),
    Row("judging:results", "a draft edition", url("judging:results", slug("draft_edition")), NOBODY),
    Row("judging:public_photo", "unit A's public photo", url("judging:public_photo", pk("photo")), EVERYONE),
    Row(
        "judging:public_photo",
        "unit A's private photo",
        url("judging:public_photo", pk("private_photo")),
        NOBODY,
    ),
    Row(
        "judging:public_photo",
        "the photo of unit A's private winner",
        url("judging:public_photo", pk("winner_photo")),
        EVERYONE,
    ),
    Row(
        "judging:public_photo",
        "the photo of unit A's private innovation whose award is not announced yet",
        url("judging:public_photo", pk("unpublished_photo")),
        NOBODY,
    ),
    Row(
        "judging:public_photo_full",
        "unit A's public photo",
        url("judging:public_photo_full", pk("photo")),
        EVERYONE,
    ),
    Row(
        "judging:public_photo_full",
        "unit A's private photo",
        url("judging:public_photo_full", pk("private_photo")),
        NOBODY,
    ),
    Row(
        "judging:feedback",
        "the judges' feedback on unit A's winner",
        url("judging:feedback", pk("winner")),
        signed_in(operator_a=OK, secretariat=OK),
    ),
    Row(
        "judging:feedback",
        "unit A's entry before any result is published",
        url("judging:feedback", pk("entry")),
        signed_in(),
    ),
    Row(
        "judging:entry_certificate",
        "the piagam of unit A's winner, from its entry",
        url("judging:entry_certificate", pk("winner")),
        signed_in(operator_a=OK, secretariat=OK),
    ),
    Row(
        "judging:entry_certificate",
        "the participant's piagam of unit A's other entry",
        url("judging:entry_certificate", pk("participant")),
        signed_in(operator_a=OK, secretariat=OK),
    ),
    Row(
        "judging:entry_certificate",
        "unit A's entry before any result is published",
        url("judging:entry_certificate", pk("entry")),
        signed_in(),
    ),
    Row(
        "judging:results_certificate",
        "the piagam of unit A's winner, from the results",
        url("judging:results_certificate", slug("announced_edition"), pk("winner")),
        EVERYONE,
    ),
    Row(
        "judging:results_certificate",
        "a participant's piagam, which the results do not offer",
        url("judging:results_certificate", slug("announced_edition"), pk("participant")),
        NOBODY,
    ),
    Row(
        "judging:results_certificate",
        "the piagam of an award not announced yet",
        url(
            "judging:results_certificate",
            lambda world: world.unpublished_winner.competition.slug,
            pk("unpublished_winner"),
        ),
        NOBODY,
    ),
    Row(
        "judging:certificate",
        "the check of a piagam issued",
        url("judging:certificate", lambda world: world.certificate.code),
        EVERYONE,
    ),
    Row(
        "judging:certificate",
        "a code never issued",
        url("judging:certificate", const("bukan-kode-piagam-asli")),
        NOBODY,
    ),
]


def jobs(world: World) -> list[int]:
    return list(BackgroundJob.objects.order_by("pk").values_list("pk", flat=True))


SECOND_FACTOR = "an account's second factor is its own: nobody but the IT team manages another's"

ADMIN_SITE_ROWS = [
    Row("admin:index", "the admin's index", url("admin:index"), secretariat_admin()),
    # Two-factor sign-in replaces the admin's own sign-in form (which asks for no second factor) with a
    # redirect to the portal's, for everyone (TWO_FACTOR_PATCH_ADMIN).
    Row("admin:login", "the admin's sign-in", url("admin:login"), cells(LOGIN)),
    Row("admin:logout", "signing out of the admin", url("admin:logout"), cells(REDIRECT), method="POST"),
    Row(
        "admin:password_change", "changing one's password", url("admin:password_change"), secretariat_admin()
    ),
    Row(
        "admin:password_change_done",
        "password changed",
        url("admin:password_change_done"),
        secretariat_admin(),
    ),
    Row(
        "admin:autocomplete",
        "choosing an entry for an assignment",
        url(
            "admin:autocomplete",
            query="?app_label=judging&model_name=assignment&field_name=submission&term=Si",
        ),
        secretariat_admin(),
    ),
    Row("admin:jsi18n", "the admin's JavaScript catalogue", url("admin:jsi18n"), secretariat_admin()),
    Row(
        "admin:view_on_site",
        "unit A's entry, from the admin",
        url(
            "admin:view_on_site", lambda world: ContentType.objects.get_for_model(Submission).pk, pk("entry")
        ),
        secretariat_admin(REDIRECT),
    ),
    Row("admin:app_list", "the judging app", url("admin:app_list", const("judging")), secretariat_admin()),
    Row(
        r"admin/(?P<url>.*)$",
        "an address the admin does not have",
        const("/admin/tidak-ada/"),
        secretariat_admin(NOT_FOUND),
    ),
    # The secretariat's own admin pages
    Row(
        "admin:auth_user_password_change",
        "setting the password of unit A's operator",
        url("admin:auth_user_password_change", lambda world: world.users["operator_a"].pk),
        secretariat_admin(),
    ),
    Row(
        "admin:auth_user_password_change",
        "setting the password of the IT team's superuser",
        url("admin:auth_user_password_change", pk("superuser")),
        secretariat_admin(NOT_FOUND),
    ),
    Row(
        "admin:auth_user_change",
        "changing the IT team's superuser (the secretariat only reads it)",
        url("admin:auth_user_change", pk("superuser")),
        secretariat_admin(NOT_FOUND),
        method="POST",
        data=lambda world: {"username": world.superuser.username, "is_active": "", "is_staff": ""},
        state=lambda world: (
            User.objects.filter(pk=world.superuser.pk).values_list("is_active", "is_staff").get()
        ),
    ),
    Row(
        "admin:competitions_unit_import",
        "importing units",
        url("admin:competitions_unit_import"),
        secretariat_admin(),
    ),
    Row(
        "admin:competitions_competition_from_template",
        "a new edition from a template",
        url("admin:competitions_competition_from_template"),
        secretariat_admin(),
    ),
    Row(
        "admin:competitions_competition_duplicate",
        "duplicating the edition in judging",
        url("admin:competitions_competition_duplicate", pk("judging_edition")),
        secretariat_admin(),
    ),
    Row(
        "admin:submissions_submission_check",
        "checking unit B's entry",
        url("admin:submissions_submission_check", pk("waiting_entry")),
        secretariat_admin(),
    ),
    Row(
        "admin:submissions_submission_check",
        "passing unit B's entry",
        url("admin:submissions_submission_check", pk("waiting_entry")),
        secretariat_admin(REDIRECT),
        method="POST",
        data=lambda world: {"outcome": "passed", "note": ""},
        state=status_of("waiting_entry"),
    ),
    Row(
        "admin:submissions_submission_delete",
        "deleting unit A's submitted entry",
        url("admin:submissions_submission_delete", pk("entry")),
        secretariat_admin(FORBIDDEN),
        method="POST",
        data=lambda world: {"post": "yes"},
        state=exists(Submission, "entry"),
        why_403=f"{ADMIN_403}; a submitted entry is never hard-deleted",
    ),
    Row(
        "admin:competitions_event_delete",
        "deleting an event of the log",
        url("admin:competitions_event_delete", lambda world: world.admin_objects[Event].pk),
        secretariat_admin(FORBIDDEN),
        method="POST",
        data=lambda world: {"post": "yes"},
        state=lambda world: Event.objects.filter(pk=world.admin_objects[Event].pk).exists(),
        why_403=f"{ADMIN_403}; nobody edits or deletes the event log",
    ),
    Row(
        "admin:judging_stage_ranking",
        "the ranking of the running scored stage",
        url("admin:judging_stage_ranking", pk("scored_stage"), category_of("judging_edition")),
        secretariat_admin(),
    ),
    Row(
        "admin:judging_final_ranking",
        "the final ranking of the announced edition",
        url("admin:judging_final_ranking", pk("announced_edition"), category_of("announced_edition")),
        secretariat_admin(),
    ),
    Row(
        "admin:judging_edition_downloads",
        "the downloads of the edition in judging",
        url("admin:judging_edition_downloads", pk("judging_edition")),
        secretariat_admin(),
    ),
    # The big files are made as background jobs: a POST starts one and sends the secretariat to its page.
    Row(
        "admin:judging_entries_download",
        "starting the entries spreadsheet",
        url("admin:judging_entries_download", pk("judging_edition"), const("xlsx")),
        secretariat_admin(REDIRECT),
        method="POST",
        state=jobs,
    ),
    Row(
        "admin:judging_inventory_download",
        "starting the innovation inventory",
        url("admin:judging_inventory_download", pk("judging_edition")),
        secretariat_admin(REDIRECT),
        method="POST",
        data=lambda world: {"file_format": "xlsx"},
        state=jobs,
    ),
    Row(
        "admin:judging_certificates_download",
        "starting every piagam of the announced edition",
        url("admin:judging_certificates_download", pk("announced_edition")),
        secretariat_admin(REDIRECT),
        method="POST",
        state=jobs,
    ),
    Row(
        "admin:judging_scores_download",
        "starting the judges' scores",
        url("admin:judging_scores_download", pk("judging_edition"), const("xlsx")),
        secretariat_admin(REDIRECT),
        method="POST",
        state=jobs,
    ),
    Row(
        "admin:judging_stage_scores_download",
        "starting the judges' scores of one stage",
        url("admin:judging_stage_scores_download", pk("judging_edition"), pk("scored_stage"), const("csv")),
        secretariat_admin(REDIRECT),
        method="POST",
        state=jobs,
    ),
    Row(
        "admin:competitions_backgroundjob_download",
        "the file of the secretariat's finished job",
        url("admin:competitions_backgroundjob_download", pk("job")),
        secretariat_admin(),
    ),
    Row(
        "admin:judging_stage_ranking_download",
        "a stage ranking spreadsheet",
        url(
            "admin:judging_stage_ranking_download",
            pk("scored_stage"),
            category_of("judging_edition"),
            const("xlsx"),
        ),
        secretariat_admin(),
    ),
    Row(
        "admin:judging_final_download",
        "the final ranking and awards",
        url("admin:judging_final_download", pk("announced_edition"), const("xlsx")),
        secretariat_admin(),
    ),
    Row(
        "admin:judging_stage_minutes_download",
        "the berita acara of a decided stage",
        url("admin:judging_stage_minutes_download", pk("decided_stage"), category_of("announced_edition")),
        secretariat_admin(),
    ),
    Row(
        "admin:judging_final_minutes_download",
        "the berita acara of the awards",
        url(
            "admin:judging_final_minutes_download", pk("announced_edition"), category_of("announced_edition")
        ),
        secretariat_admin(),
    ),
    Row(
        "admin:judging_final_ranking_download",
        "one category's final ranking",
        url(
            "admin:judging_final_ranking_download",
            pk("announced_edition"),
            category_of("announced_edition"),
            const("csv"),
        ),
        secretariat_admin(),
    ),
    Row(
        "admin:judging_assignment_remove",
        "taking the judge off unit A's entry",
        url("admin:judging_assignment_remove", pk("assignment")),
        secretariat_admin(),
    ),
    Row(
        "admin:judging_assignment_remove",
        "taking the judge off unit A's entry, with a reason",
        url("admin:judging_assignment_remove", pk("assignment")),
        secretariat_admin(REDIRECT),
        method="POST",
        data=lambda world: {"reason": "Juri berhalangan"},
        state=lambda world: Assignment.objects.get(pk=world.assignment.pk).removed_at,
    ),
    Row(
        "admin:judging_conflict_replace",
        "replacing the conflicted judge",
        url("admin:judging_conflict_replace", pk("conflict")),
        secretariat_admin(),
    ),
    Row(
        "admin:judging_scoresheet_reopen",
        "reopening the judge's sheet",
        url("admin:judging_scoresheet_reopen", pk("sheet")),
        secretariat_admin(),
    ),
    Row(
        "admin:otp_totp_totpdevice_config",
        "the settings of the IT team's authenticator app",
        url("admin:otp_totp_totpdevice_config", lambda world: world.admin_objects[TOTPDevice].pk),
        secretariat_admin(FORBIDDEN),
        why_403=f"{ADMIN_403}; {SECOND_FACTOR}",
    ),
    Row(
        "admin:otp_totp_totpdevice_qrcode",
        "the QR code of the IT team's authenticator app",
        url("admin:otp_totp_totpdevice_qrcode", lambda world: world.admin_objects[TOTPDevice].pk),
        secretariat_admin(FORBIDDEN),
        why_403=f"{ADMIN_403}; {SECOND_FACTOR}",
    ),
]

RECORD = {"add": FORBIDDEN, "delete": FORBIDDEN}  # written by the services, read in the admin
NO_PERMISSION = dict.fromkeys(ADMIN_PAGES, FORBIDDEN)

ADMIN_MODELS = [
    AdminModel(AccessAttempt, add=FORBIDDEN, why="failed sign-ins are recorded, never added by hand"),
    AdminModel(AccessLog, **NO_PERMISSION, why="the sign-in log is for the IT team, not the secretariat"),
    AdminModel(
        AccessFailureLog, **NO_PERMISSION, why="the sign-in log is for the IT team, not the secretariat"
    ),
    AdminModel(Unit, delete=FORBIDDEN, why="a unit with innovations is made inactive, never deleted"),
    AdminModel(Membership),
    AdminModel(User, delete=FORBIDDEN, why="accounts are deactivated, never deleted by the secretariat"),
    AdminModel(Group, add=FORBIDDEN, delete=FORBIDDEN, why="only a superuser edits the role groups"),
    AdminModel(Competition, delete=FORBIDDEN, why="an edition with entries is archived, never deleted"),
    AdminModel(Category, delete=FORBIDDEN, why="a category with entries stays in its edition"),
    AdminModel(Event, **RECORD, why="the event log is written by the services"),
    AdminModel(GovernmentAffair),
    AdminModel(Innovation),
    AdminModel(
        Submission,
        add=FORBIDDEN,
        delete=FORBIDDEN,
        why="units create their entries in the portal, and an entry is never hard-deleted",
    ),
    AdminModel(AdministrativeCheck, **RECORD, why="a check is recorded from the entry's check page"),
    AdminModel(IndexYear, delete=FORBIDDEN, why="a year that units answered stays"),
    AdminModel(InnovationIndicator, **RECORD, why="units answer the index in the portal"),
    AdminModel(Stage, delete=FORBIDDEN, why="a stage with score sheets stays"),
    AdminModel(Panel, delete=FORBIDDEN, why="a panel member with entries stays on the panel"),
    AdminModel(Assignment, delete=FORBIDDEN, why="an assignment is removed with a reason, never deleted"),
    AdminModel(
        Conflict,
        **RECORD,
        why="judges declare conflicts themselves, and a conflict decides which sheets count",
    ),
    AdminModel(ScoreSheet, **RECORD, why="judges write sheets; the secretariat reopens them"),
    AdminModel(FieldVisit, **RECORD, why="visits are recorded by the fact-finding team"),
    AdminModel(StageResult, **RECORD, why="stage results are written by the decision"),
    AdminModel(Award, **RECORD, why="awards are written by the decision"),
    AdminModel(TieDecision, **RECORD, why="tie decisions are written by the decision"),
    AdminModel(Certificate, **RECORD, why="a piagam is issued when it is first downloaded"),
    AdminModel(
        BackgroundJob, **RECORD, why="a job is started from the edition's downloads and written by its worker"
    ),
    AdminModel(TOTPDevice, **NO_PERMISSION, why=SECOND_FACTOR),
    AdminModel(StaticDevice, **NO_PERMISSION, why=SECOND_FACTOR),
]

ROWS = PORTAL_ROWS + ADMIN_SITE_ROWS + [row for entry in ADMIN_MODELS for row in admin_model_rows(entry)]

# Patterns no row requests, and why.
EXEMPT = {
    "password_reset_confirm": "Django's own reset-by-token page: it needs a token mailed to the account, and "
    "Django's tests cover it; it shows nothing of the portal",
}


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    """The world and a signed-in client per role, built once for the module in a transaction rolled back at
    its end; each cell runs in a savepoint of its own (`request_as`), so no cell sees another's changes."""
    media = tmp_path_factory.mktemp("access-matrix-media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media), transaction.atomic():
        built = build_world()
        clients = {}
        for role, user in built.users.items():
            clients[role] = PortalClient()
            if user is not None:
                clients[role].force_login(user)
        yield built, clients
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def _media_in_tmp(world):
    """The world's files stay in the module's folder (this replaces the per-test folder of conftest)."""


@pytest.mark.parametrize("row", ROWS, ids=[row.id for row in ROWS])
def test_each_role_gets_its_answer(world, row):
    built, clients = world
    assert pattern_key(row.url(built)) == row.pattern, "the row requests another pattern than it names"
    assert FORBIDDEN not in row.expect.values() or row.why_403, "a 403 says why a 404 would be wrong"
    wrong = []
    for role in ROLES:
        response, before, after = request_as(clients[role], row, built)
        got = outcome_of(response)
        if got != row.expect[role]:
            where = f" → {response['Location']}" if response.has_header("Location") else ""
            wrong.append(
                f"{role}: expected {row.expect[role].value}, got {getattr(got, 'value', got)}{where}"
            )
        elif row.state is not None and (before != after) != (row.expect[role] is REDIRECT):
            wrong.append(
                f"{role}: {'changed' if before != after else 'did not change'} {before!r} → {after!r}"
            )
    assert not wrong, "\n".join(wrong)


def test_every_url_pattern_has_a_row_and_every_row_a_pattern():
    patterns = {key for key, _route in url_patterns()}
    rows = {row.pattern for row in ROWS}
    assert sorted(patterns - rows - set(EXEMPT)) == [], "URL patterns without a row in the access matrix"
    assert sorted(rows - patterns) == [], "rows for URL patterns that no longer exist"
    assert sorted(set(EXEMPT) - patterns) == [], "exemptions for URL patterns that no longer exist"
    assert not set(EXEMPT) & rows


def test_every_model_of_the_admin_has_its_rows():
    assert {entry.model for entry in ADMIN_MODELS} == set(admin.site._registry)


def test_the_documented_size_is_the_size_of_the_matrix():
    patterns = list(url_patterns())
    documented = re.search(
        r"(\d+) URL patterns \((\d+) exempt.*?(\d+) roles; (\d+) rows.*?(\d+) cells", __doc__, re.DOTALL
    )
    assert documented, "the module docstring states the matrix's size"
    assert [int(number) for number in documented.groups()] == [
        len(patterns),
        len(EXEMPT),
        len(ROLES),
        len(ROWS),
        len(ROWS) * len(ROLES),
    ]


JOB_ROWS = [row for row in ADMIN_SITE_ROWS if row.state is jobs]


@pytest.mark.parametrize("row", JOB_ROWS, ids=[row.id for row in JOB_ROWS])
def test_starting_a_big_file_sends_the_secretariat_to_its_new_job(world, row):
    built, clients = world
    with transaction.atomic():
        before = set(jobs(built))
        response = clients["secretariat"].post(row.url(built), row.data(built) if row.data else {})
        (job,) = BackgroundJob.objects.exclude(pk__in=before)
        transaction.set_rollback(True)
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:competitions_backgroundjob_change", args=[job.pk])
    assert job.requested_by == built.users["secretariat"]


def test_an_anonymous_visitor_to_the_admin_sign_in_reaches_the_portal_sign_in(world):
    _built, clients = world
    response = clients["anonymous"].get(reverse("admin:login"), {"next": "/admin/"}, follow=True)
    assert response.redirect_chain == [(f"{reverse('login')}?next=/admin/", 302)]
    assert response.status_code == 200
    assert b'name="password"' in response.content
