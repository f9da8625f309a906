"""Nothing that carries entries, sheets or decisions is deleted or moved to another edition in the admin,
and the database refuses it too."""

import pytest
from django.db.models import ProtectedError
from django.forms import CheckboxInput, MultiWidget
from django.urls import reverse

from competitions.models import Category, Competition, Prize, Requirement, Stage, Unit
from judging import services as judging
from submissions import services as submissions
from tests import factories
from tests.files import pdf_upload
from tests.judging.test_decisions import score_all

pytestmark = pytest.mark.django_db


def posted_back(response) -> dict:
    """What the admin change form posts back unchanged: the main form and every inline row."""
    context = response.context
    forms = [context["adminform"].form]
    for inline in context["inline_admin_formsets"]:
        forms += [inline.formset.management_form, *inline.formset.forms]
    data = {}
    for form in forms:
        for name, field in form.fields.items():
            bound, widget = form[name], field.widget
            value = bound.value()
            if isinstance(widget, MultiWidget):
                for index, (part, sub) in enumerate(
                    zip(widget.decompress(value), widget.widgets, strict=True)
                ):
                    data[f"{bound.html_name}_{index}"] = sub.format_value(part) or ""
            elif isinstance(widget, CheckboxInput):
                if value:
                    data[bound.html_name] = "on"
            elif isinstance(value, list | tuple):
                data[bound.html_name] = [str(item) for item in value]
            elif value is not None:
                data[bound.html_name] = str(value)
    return data


def inline_prefix(response, model) -> str:
    return next(
        inline.formset.prefix
        for inline in response.context["inline_admin_formsets"]
        if inline.formset.model is model
    )


def row_index(response, model, obj) -> int:
    formset = next(
        inline.formset
        for inline in response.context["inline_admin_formsets"]
        if inline.formset.model is model
    )
    return next(index for index, form in enumerate(formset.forms) if form.instance.pk == obj.pk)


# Units


def test_a_unit_with_innovations_is_made_inactive_not_deleted(client, secretariat):
    unit = factories.InnovationFactory(unit=factories.UnitFactory(name="Dinas Pariwisata")).unit
    client.force_login(secretariat)
    change = client.get(reverse("admin:competitions_unit_change", args=[unit.pk])).content.decode()
    assert reverse("admin:competitions_unit_delete", args=[unit.pk]) not in change
    assert "tidak pernah dihapus" in change
    delete_url = reverse("admin:competitions_unit_delete", args=[unit.pk])
    assert client.get(delete_url).status_code == 403
    assert client.post(delete_url, {"post": "yes"}).status_code == 403
    assert Unit.objects.filter(pk=unit.pk).exists()


def test_a_unit_without_history_can_still_be_deleted(client, secretariat):
    unit = factories.UnitFactory(name="Unit Salah Ketik")
    client.force_login(secretariat)
    response = client.post(reverse("admin:competitions_unit_delete", args=[unit.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert not Unit.objects.filter(pk=unit.pk).exists()


# Editions


def test_an_edition_with_an_entry_is_never_deleted_and_its_status_moves_only_by_action(client, secretariat):
    entry = factories.SubmissionFactory()
    competition = entry.competition
    client.force_login(secretariat)
    change = client.get(reverse("admin:competitions_competition_change", args=[competition.pk]))
    assert (
        reverse("admin:competitions_competition_delete", args=[competition.pk]) not in change.content.decode()
    )
    assert 'name="status"' not in change.content.decode()
    delete_url = reverse("admin:competitions_competition_delete", args=[competition.pk])
    assert client.post(delete_url, {"post": "yes"}).status_code == 403

    data = posted_back(change) | {"status": Competition.Status.ANNOUNCED}
    assert (
        client.post(reverse("admin:competitions_competition_change", args=[competition.pk]), data).status_code
        == 302
    )
    competition.refresh_from_db()
    assert competition.status == Competition.Status.OPEN
    with pytest.raises(ProtectedError):
        competition.delete()


def test_an_edition_without_entries_can_be_deleted(client, secretariat):
    category = factories.CategoryFactory(competition=factories.CompetitionFactory(status="draft"))
    client.force_login(secretariat)
    url = reverse("admin:competitions_competition_delete", args=[category.competition_id])
    assert client.post(url, {"post": "yes"}).status_code == 302
    assert not Competition.objects.filter(pk=category.competition_id).exists()


def test_the_edition_page_keeps_categories_documents_and_stages_that_carry_history(
    client, secretariat, unit_operator, draft, edition
):
    competition = edition["competition"]
    empty_category = factories.CategoryFactory(competition=competition, name="Kecamatan", order=5)
    submissions.add_evidence(
        submission=draft, by=unit_operator, requirement=edition["proposal"], upload=pdf_upload()
    )
    client.force_login(secretariat)
    url = reverse("admin:competitions_competition_change", args=[competition.pk])
    page = client.get(url)
    data = posted_back(page)
    categories = inline_prefix(page, Category)
    requirements = inline_prefix(page, Requirement)
    data[f"{categories}-{row_index(page, Category, edition['category'])}-DELETE"] = "on"
    data[f"{categories}-{row_index(page, Category, empty_category)}-DELETE"] = "on"
    data[f"{requirements}-{row_index(page, Requirement, edition['proposal'])}-DELETE"] = "on"
    data[f"{requirements}-{row_index(page, Requirement, edition['photo'])}-DELETE"] = "on"

    assert client.post(url, data).status_code == 302
    assert Category.objects.filter(pk=edition["category"].pk).exists()  # it has an entry
    assert not Category.objects.filter(pk=empty_category.pk).exists()
    assert Requirement.objects.filter(pk=edition["proposal"].pk).exists()  # evidence was sent for it
    assert not Requirement.objects.filter(pk=edition["photo"].pk).exists()


# Categories


def test_a_category_with_entries_stays_in_its_edition(client, secretariat, draft):
    category = draft.category
    other_edition = factories.CompetitionFactory(name="Edisi Lain")
    client.force_login(secretariat)
    url = reverse("admin:competitions_category_change", args=[category.pk])
    page = client.get(url)
    assert 'name="competition"' not in page.content.decode()
    assert reverse("admin:competitions_category_delete", args=[category.pk]) not in page.content.decode()
    data = posted_back(page) | {"competition": str(other_edition.pk)}
    assert client.post(url, data).status_code == 302
    category.refresh_from_db()
    assert category.competition_id == draft.competition_id
    delete_url = reverse("admin:competitions_category_delete", args=[category.pk])
    assert client.post(delete_url, {"post": "yes"}).status_code == 403
    assert Category.objects.filter(pk=category.pk).exists()


# Prizes, stages and entries that carry decisions


def test_an_awarded_prize_keeps_its_place_and_is_never_deleted(client, secretariat, final_round):
    competition, category = final_round["competition"], final_round["category"]
    judging.decide_awards(competition=competition, category=category, by=secretariat)
    first_prize = Prize.objects.get(category=category, place=1)
    client.force_login(secretariat)
    url = reverse("admin:competitions_category_change", args=[category.pk])
    page = client.get(url)
    prizes = inline_prefix(page, Prize)
    row = row_index(page, Prize, first_prize)
    data = posted_back(page) | {f"{prizes}-{row}-DELETE": "on", f"{prizes}-{row}-place": "9"}
    assert client.post(url, data).status_code == 302
    first_prize.refresh_from_db()
    assert first_prize.place == 1
    assert first_prize.awards.count() == 1


def test_a_stage_with_score_sheets_stays_and_the_database_protects_sheets(client, secretariat, scored_round):
    score_all(scored_round, [(10, 10), (9, 9), (8, 8), (7, 7), (6, 6), (5, 5)])
    stage, competition = scored_round["stage"], scored_round["competition"]
    client.force_login(secretariat)
    url = reverse("admin:competitions_competition_change", args=[competition.pk])
    page = client.get(url)
    data = posted_back(page)
    data[f"{inline_prefix(page, Stage)}-{row_index(page, Stage, stage)}-DELETE"] = "on"
    assert client.post(url, data).status_code == 302
    assert Stage.objects.filter(pk=stage.pk).exists()
    assert stage.sheets.count() == 12

    with pytest.raises(ProtectedError):
        stage.delete()
    with pytest.raises(ProtectedError):
        scored_round["entries"][0].delete()
