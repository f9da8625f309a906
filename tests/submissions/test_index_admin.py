"""The secretariat keeps the index rules per year and verifies the units' evidence in the admin."""

from decimal import Decimal

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from competitions.models import Event
from submissions.index.models import IndexYear, InnovationIndicator
from tests import factories
from tests.html_forms import form_fields
from tests.submissions.index_helpers import answer, innovation_with_affairs

pytestmark = pytest.mark.django_db

LINK = "https://drive.google.com/file/d/perwali"


@pytest.fixture
def answered(db):
    operator = factories.make_operator(username="operator-dinkes")
    innovation = innovation_with_affairs(
        unit=operator.memberships.get().unit, title="SI CANTIK", affairs=["kesehatan"], by=operator
    )
    return answer(innovation, 2023, 16, level=3, link=LINK, by=operator)


def change_url(config: IndexYear) -> str:
    return reverse("admin:submissions_indexyear_change", args=[config.pk])


def test_the_secretariat_enters_the_regional_score_and_edits_an_indicator(client, secretariat):
    config = IndexYear.objects.get(year=2023)
    client.force_login(secretariat)
    page = client.get(change_url(config)).content.decode()
    assert "Regulasi inovasi daerah" in page
    data = form_fields(page, "indexyear_form")
    data["regional_score"] = ["41.25"]
    sixteen = next(key for key, value in data.items() if key.endswith("-number") and value == ["16"])
    data[sixteen.replace("-number", "-weight")] = ["4"]
    response = client.post(change_url(config), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    config.refresh_from_db()
    assert config.regional_score == Decimal("41.25")
    assert config.indicators.get(number=16).weight == 4
    assert config.indicators.count() == 20


def test_a_regional_score_above_its_maximum_is_refused(client, secretariat):
    config = IndexYear.objects.get(year=2023)
    client.force_login(secretariat)
    data = form_fields(client.get(change_url(config)).content.decode(), "indexyear_form")
    data["regional_score"] = ["70"]
    response = client.post(change_url(config), data)
    assert response.status_code == 200
    assert "Nilai SPD tidak boleh melebihi nilai maksimumnya (63,00)." in response.content.decode()
    config.refresh_from_db()
    assert config.regional_score is None


def test_a_year_the_units_answered_cannot_be_deleted(client, secretariat, answered):
    client.force_login(secretariat)
    answered_year, other = IndexYear.objects.get(year=2023), IndexYear.objects.get(year=2024)
    delete = "admin:submissions_indexyear_delete"
    assert client.get(reverse(delete, args=[answered_year.pk])).status_code == 403
    assert client.get(reverse(delete, args=[other.pk])).status_code == 200


def test_an_answered_indicator_cannot_be_deleted_from_its_year(client, secretariat, answered):
    config = IndexYear.objects.get(year=2023)
    client.force_login(secretariat)
    data = form_fields(client.get(change_url(config)).content.decode(), "indexyear_form")
    sixteen = next(key for key, value in data.items() if key.endswith("-number") and value == ["16"])
    data[sixteen.replace("-number", "-DELETE")] = ["on"]
    response = client.post(change_url(config), data)
    assert response.status_code == 200
    assert config.indicators.filter(number=16).exists()


def test_copying_the_rules_to_the_next_year(client, secretariat):
    client.force_login(secretariat)
    changelist = reverse("admin:submissions_indexyear_changelist")
    config = IndexYear.objects.get(year=2024)
    data = {"action": "copy_to_next_year", ACTION_CHECKBOX_NAME: [config.pk]}
    client.post(changelist, data)
    copy = IndexYear.objects.get(year=2025)
    assert (copy.divisor, copy.basic_affairs_required, copy.very_innovative_from) == (12, 6, Decimal("65.01"))
    assert copy.indicators.count() == 20 and copy.basic_affairs.count() == 6
    page = client.post(changelist, data, follow=True).content.decode()
    assert "Ketentuan indeks inovasi tahun 2025 sudah ada." in page


def test_the_secretariat_verifies_evidence_and_the_log_says_so(client, secretariat, answered):
    client.force_login(secretariat)
    changelist = reverse("admin:submissions_innovationindicator_changelist")
    page = client.get(changelist).content.decode()
    assert "SI CANTIK" in page and reverse("submissions:index_evidence", args=[answered.pk]) in page
    client.post(changelist, {"action": "mark_verified", ACTION_CHECKBOX_NAME: [answered.pk]})
    answered.refresh_from_db()
    assert answered.verified
    event = Event.objects.get(action="index_evidence_verified")
    assert (event.actor, event.new_value, event.note) == (
        secretariat,
        LINK,
        "IID 2023 · 16. Regulasi inovasi daerah",
    )

    # The change page offers the flag alone; unticking it goes through the same service.
    url = reverse("admin:submissions_innovationindicator_change", args=[answered.pk])
    data = form_fields(client.get(url).content.decode(), "innovationindicator_form")
    assert set(data) == {"csrfmiddlewaretoken", "verified"}
    data.pop("verified")
    assert client.post(url, data).status_code == 302
    answered.refresh_from_db()
    assert not answered.verified
    assert Event.objects.filter(action="index_evidence_unverified").count() == 1
    assert InnovationIndicator.objects.get().level == 3


def test_operators_do_not_reach_the_index_admin(client, answered):
    client.force_login(factories.make_operator())
    assert client.get(reverse("admin:submissions_indexyear_changelist")).status_code == 302
