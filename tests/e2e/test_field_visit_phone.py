"""The verifier edits a saved field visit on a phone, in the demo city: the saved date is shown, saving works
without retyping anything, and every control of the form is big enough for a finger (44 px)."""

from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import User
from django.core.management import call_command
from django.urls import resolve

from judging.models import FieldVisit
from judging.services import revert_shortlist
from tests.e2e.actions import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ARTIFACTS = Path(django_settings.BASE_DIR) / "e2e-artifacts"
TOUCH = 44  # px: the smallest comfortable touch target (WCAG 2.5.5, Apple's and Google's guidelines)

# Every control of the visit form a finger may touch, with the box that takes the touch: a radio button or
# a checkbox is touched through its label, which covers the button and spans the row; a file field through
# the portal's button drawn over it.
CONTROLS = """() => Array.from(document.getElementById("visit-form").querySelectorAll(
  "input:not([type=hidden]), textarea, select, button, a"
)).map((control) => {
  const choice = control.type === "radio" || control.type === "checkbox";
  const target = choice ? document.querySelector(`label[for="${control.id}"]`)
    : control.type === "file" ? control.parentNode.querySelector(".file-picker-button") : control;
  const box = target.getBoundingClientRect(), own = control.getBoundingClientRect();
  const x = own.left + own.width / 2, y = own.top + own.height / 2;
  return {
    control: control.name || control.id || control.textContent.trim() || control.tagName,
    type: control.type || control.tagName.toLowerCase(),
    width: box.width, height: box.height,
    covered: x >= box.left && x <= box.right && y >= box.top && y <= box.bottom,
  };
})"""


def test_a_verifier_edits_a_saved_visit_on_a_phone(phone, live_server, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    call_command("seed_demo", force=True)
    base = live_server.url
    sign_in(phone, base, "verifikator")
    phone.goto(f"{base}/verifikasi/")
    phone.get_by_role("link", name="Ubah kunjungan").first.click()
    phone.wait_for_selector("#visit-form")
    match = resolve(phone.url.removeprefix(base))
    visit = FieldVisit.objects.get(stage_id=match.kwargs["stage"], submission_id=match.kwargs["pk"])

    # The saved visit is on the page as saved: the date shows in the date picker.
    assert phone.input_value("#id_visited_on") == visit.visited_on.isoformat()
    answers = {True: "id_verified_0", False: "id_verified_1"}  # yes, no
    saved_answer, other_answer = answers[visit.verified], answers[not visit.verified]
    assert phone.is_checked(f"#{saved_answer}")

    # Every control is at least 44 px high and 44 px wide.
    controls = phone.evaluate(CONTROLS)
    kinds = {control["type"] for control in controls}
    assert kinds >= {"date", "text", "textarea", "radio", "number", "file", "submit"}
    too_small = [
        control
        for control in controls
        if control["height"] < TOUCH or control["width"] < TOUCH or not control["covered"]
    ]
    assert not too_small, "\n".join(str(control) for control in too_small)

    # A tap on an answer's label chooses it. The verifier keeps the saved answer and adds to the findings.
    phone.click(f"label[for={other_answer}]")
    assert phone.is_checked(f"#{other_answer}")
    phone.click(f"label[for={saved_answer}]")
    findings = visit.findings + "\nPetugas loket menunjukkan data bulan ini."
    phone.fill("#id_findings", findings)
    ARTIFACTS.mkdir(exist_ok=True)
    phone.screenshot(path=str(ARTIFACTS / "phone-field-visit.png"), full_page=True)
    phone.click("#visit-form button[type=submit]")
    # Fact finding is already decided in the demo: what it was decided on cannot change, and the page
    # says so, with everything typed still there.
    assert "sudah ditetapkan" in phone.locator(".alert-danger").inner_text()
    assert phone.input_value("#id_findings").replace("\r\n", "\n") == findings
    assert phone.input_value("#id_visited_on") == visit.visited_on.isoformat()
    # The secretariat reverts the decision for the category, with a reason; then the correction saves.
    revert_shortlist(
        stage=visit.stage,
        category=visit.submission.category,
        by=User.objects.get(username="sekretariat"),
        reason="Verifikator mengoreksi temuan kunjungan.",
    )
    phone.click("#visit-form button[type=submit]")
    phone.wait_for_url(f"{base}/verifikasi/")
    assert "Kunjungan lapangan sudah dicatat." in phone.locator(".alert-success").inner_text()

    saved = FieldVisit.objects.get(pk=visit.pk)
    assert saved.findings.replace("\r\n", "\n") == findings  # a browser sends a textarea's lines with CRLF
    assert (saved.visited_on, saved.verified, saved.score, saved.team) == (
        visit.visited_on,
        visit.verified,
        visit.score,
        visit.team,
    )
