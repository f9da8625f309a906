"""Send an edit page back as the browser shows it, and compare a record before and after.

A page that edits a saved record must show the saved values so that sending it back unchanged changes
nothing. A value the browser cannot read (a date written `12-11-2026` in `<input type="date">`) shows as an
empty field, and the next save then fails or loses it.
"""

from django.forms.models import model_to_dict

from tests.html_forms import form_fields

# Fields every save moves on by itself: they say when and how often a record was saved, not what it holds.
BOOKKEEPING = {"id", "created_at", "updated_at", "draft_revision", "revision"}


def post_back(client, url: str, form_id: str, **chosen):
    """Open `url`, read its `<form id="form_id">` as a browser would send it and post that back, with
    `chosen` for the fields a person must still fill in. Asserts the page saved (it redirects)."""
    page = client.get(url)
    assert page.status_code == 200
    data = form_fields(page.content.decode(), form_id)
    assert data, f"no form #{form_id} on {url}"
    response = client.post(url, {**data, **chosen})
    assert response.status_code == 302, form_errors(response)
    return response


def form_errors(response) -> list:
    """The errors of the forms on a page that came back instead of saving, to say why in a failure."""
    context = response.context or {}
    forms = [context.get("form"), getattr(context.get("adminform"), "form", None)]
    formsets = [inline.formset for inline in context.get("inline_admin_formsets", [])]
    return [form.errors for form in forms if form is not None] + [
        (formset.errors, formset.non_form_errors()) for formset in formsets
    ]


def stored(record) -> dict:
    """The record's fields as stored now (many-to-many as lists of ids), without the bookkeeping."""
    record.refresh_from_db()
    return {key: value for key, value in model_to_dict(record).items() if key not in BOOKKEEPING}
