"""The secretariat's administrative check in the admin: the "Check" button and page ask the same rule as
the service."""

from datetime import timedelta

import pytest
from django.db import IntegrityError, connection, transaction
from django.db.models import ProtectedError
from django.urls import reverse
from django.utils import timezone

from competitions.models import Stage
from competitions.services import close_stage, open_stage
from submissions import services
from submissions.models import AdministrativeCheck, Submission
from tests import factories
from tests.files import image_upload, pdf_upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def waiting(draft, unit_operator, edition, secretariat):
    """The operator's entry, submitted in an edition whose administrative stage is in progress."""
    open_stage(stage=edition["competition"].stages.get(kind=Stage.Kind.ADMINISTRATIVE), by=secretariat)
    services.add_evidence(
        submission=draft, by=unit_operator, requirement=edition["proposal"], upload=pdf_upload()
    )
    services.add_evidence(
        submission=draft, by=unit_operator, requirement=edition["photo"], upload=image_upload()
    )
    return services.submit_submission(submission=draft, by=unit_operator)


def check_url(submission) -> str:
    return reverse("admin:submissions_submission_check", args=[submission.pk])


def passing_form(edition) -> dict:
    return {"outcome": "passed", f"met_{edition['proposal'].pk}": "on", f"met_{edition['photo'].pk}": "on"}


def test_the_check_button_and_page_close_with_the_administrative_stage(client, secretariat, waiting, edition):
    client.force_login(secretariat)
    changelist = reverse("admin:submissions_submission_changelist")
    assert check_url(waiting) in client.get(changelist).content.decode()

    # Closed as the portal did before it waited for every entry.
    stage = edition["competition"].stages.get(kind=Stage.Kind.ADMINISTRATIVE)
    close_stage(stage=stage, by=secretariat, find_undecided=lambda stage: [])

    assert check_url(waiting) not in client.get(changelist).content.decode()
    page = client.get(check_url(waiting)).content.decode()
    assert "Pemeriksaan administrasi edisi ini sudah ditutup." in page
    assert 'name="outcome"' not in page
    response = client.post(check_url(waiting), passing_form(edition))
    assert response.status_code == 200
    assert "sudah ditutup: hasil pemeriksaan tidak dapat dicatat lagi" in response.content.decode()
    waiting.refresh_from_db()
    assert waiting.status == Submission.Status.SUBMITTED


def test_an_entry_not_revised_in_time_gets_the_check_button_to_fail_it(client, secretariat, waiting, edition):
    services.record_administrative_check(
        submission=waiting,
        by=secretariat,
        verdicts=[],
        outcome=AdministrativeCheck.Outcome.REVISE,
        revision_deadline=timezone.now() + timedelta(days=3),
    )
    client.force_login(secretariat)
    changelist = reverse("admin:submissions_submission_changelist")
    assert check_url(waiting) not in client.get(changelist).content.decode()

    # The deadline passes without a resubmission.
    Submission.objects.filter(pk=waiting.pk).update(revision_deadline=timezone.now() - timedelta(hours=1))
    assert check_url(waiting) in client.get(changelist).content.decode()
    page = client.get(check_url(waiting)).content.decode()
    assert 'value="failed"' in page
    assert 'value="passed"' not in page and 'value="revise"' not in page
    response = client.post(check_url(waiting), {"outcome": "failed", "note": "Tidak ada perbaikan"})
    assert response.status_code == 302
    waiting.refresh_from_db()
    assert waiting.status == Submission.Status.INELIGIBLE


@pytest.mark.parametrize("who", ["secretariat", "superuser"])
def test_a_submitted_entry_cannot_be_deleted_from_its_admin_page(client, waiting, who):
    client.force_login(factories.make_account(who))
    change = client.get(reverse("admin:submissions_submission_change", args=[waiting.pk]))
    assert change.status_code == 200
    assert reverse("admin:submissions_submission_delete", args=[waiting.pk]) not in change.content.decode()
    delete_url = reverse("admin:submissions_submission_delete", args=[waiting.pk])
    assert client.get(delete_url).status_code == 403
    assert client.post(delete_url, {"post": "yes"}).status_code == 403
    assert Submission.objects.filter(pk=waiting.pk).exists()


@pytest.mark.parametrize("who", ["secretariat", "superuser"])
def test_the_entries_list_offers_no_bulk_delete_and_refuses_one_sent_anyway(client, waiting, who):
    client.force_login(factories.make_account(who))
    changelist = reverse("admin:submissions_submission_changelist")
    assert 'value="delete_selected"' not in client.get(changelist).content.decode()
    response = client.post(
        changelist,
        {"action": "delete_selected", "_selected_action": [waiting.pk], "post": "yes"},
        follow=True,
    )
    assert response.status_code == 200
    assert Submission.objects.filter(pk=waiting.pk).exists()


def test_a_submitted_entry_cannot_be_deleted_through_the_models(waiting):
    with pytest.raises(ProtectedError):
        waiting.delete()
    with pytest.raises(ProtectedError):
        Submission.objects.filter(pk=waiting.pk).delete()
    with pytest.raises(ProtectedError):
        waiting.unit.submissions.all().delete()
    assert Submission.objects.filter(pk=waiting.pk).exists()


def test_a_withdrawn_entry_is_kept_too(waiting, unit_operator):
    services.withdraw_submission(submission=waiting, by=unit_operator, reason="Salah kategori.")
    with pytest.raises(ProtectedError):
        Submission.objects.get(pk=waiting.pk).delete()


def test_a_draft_never_submitted_can_still_be_deleted(draft):
    draft.delete()
    assert not Submission.objects.filter(pk=draft.pk).exists()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the refusing trigger is PostgreSQL's")
def test_the_database_refuses_to_delete_a_submitted_entry_even_in_raw_sql(waiting, draft_of_another_unit):
    table = Submission._meta.db_table
    with pytest.raises(IntegrityError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table} WHERE id = %s", [waiting.pk])  # noqa: S608
    assert Submission.objects.filter(pk=waiting.pk).exists()
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table} WHERE id = %s", [draft_of_another_unit.pk])  # noqa: S608
    assert not Submission.objects.filter(pk=draft_of_another_unit.pk).exists()


@pytest.fixture
def draft_of_another_unit(edition):
    return factories.SubmissionFactory(category=edition["category"])
