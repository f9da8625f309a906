"""Every hostile file as a field-visit photo, through the real visit form: refused in Indonesian with the
visit as typed, or stored re-encoded (no EXIF, so no GPS) as the image type its content is."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from judging.models import FieldVisit, FieldVisitPhoto
from tests.hostile_files import HOSTILE_FILES, IMAGE_TYPES, LIMIT_MB, assert_image_is_clean
from tests.html_forms import form_fields

pytestmark = pytest.mark.django_db

EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp"}


@pytest.mark.parametrize("hostile", HOSTILE_FILES, ids=[item.id for item in HOSTILE_FILES])
def test_hostile_visit_photo_is_refused_with_the_visit_as_typed_or_stored_harmless(
    client, verification_round, verifier, hostile
):
    competition = verification_round["stage"].competition
    competition.max_upload_mb = LIMIT_MB
    competition.save()
    entry = verification_round["entries"][0]
    url = reverse("judging:field_visit", args=[verification_round["stage"].pk, entry.pk])
    client.force_login(verifier)
    response = client.post(
        url,
        {
            "visited_on": "2026-11-20",
            "team": "Fitri Handayani",
            "findings": "Aplikasi dipakai di loket kelurahan.",
            "verified": "yes",
            "score": "85",
            "photos": SimpleUploadedFile(hostile.name, hostile.data, content_type="image/jpeg"),
        },
    )
    outcome, expected = hostile.outcome_for(IMAGE_TYPES)
    if outcome == "refused":
        assert response.status_code == 200
        html = response.content.decode()
        assert expected in html
        typed = form_fields(html, "visit-form")
        assert (typed["team"], typed["findings"]) == (
            ["Fitri Handayani"],
            ["Aplikasi dipakai di loket kelurahan."],
        )
        assert not FieldVisit.objects.exists()
        return

    assert response.status_code == 302
    photo = FieldVisitPhoto.objects.get(visit__submission=entry)
    assert photo.content_type == expected
    assert photo.image.name.endswith(EXTENSIONS[expected])
    shown = client.get(reverse("judging:visit_photo", args=[photo.pk, "image"]))
    assert (shown["Content-Type"], shown["Content-Disposition"]) == (expected, "inline")
    assert shown["X-Content-Type-Options"] == "nosniff"
    assert_image_is_clean(b"".join(shown.streaming_content), expected)
