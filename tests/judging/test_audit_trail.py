"""The event log as an audit trail: every bulk download is in it, nobody edits or deletes it in the admin,
and it tells the story of a whole competition in order."""

import pytest
from django.urls import reverse

from competitions.event_log import describe
from competitions.models import Event
from tests.judging.test_certificates import announced  # noqa: F401  (the published final round)
from tests.judging.test_exports import ranking_url

pytestmark = pytest.mark.django_db


def downloads(round_):
    """Every bulk download of the secretariat, with the file name it answers with."""
    competition, category, stage = round_["competition"], round_["category"], round_["stage"]
    slug = competition.slug
    return [
        (reverse("admin:judging_entries_download", args=[competition.pk, "xlsx"]), f"usulan-{slug}.xlsx"),
        (reverse("admin:judging_entries_download", args=[competition.pk, "csv"]), f"usulan-{slug}.csv"),
        (
            reverse("admin:judging_inventory_download", args=[competition.pk]) + "?file_format=xlsx",
            f"inventaris-inovasi-{slug}.xlsx",
        ),
        (reverse("admin:judging_scores_download", args=[competition.pk, "xlsx"]), f"nilai-juri-{slug}.xlsx"),
        (
            reverse("admin:judging_stage_scores_download", args=[competition.pk, stage.pk, "csv"]),
            f"nilai-juri-{slug}-tahap-2.csv",
        ),
        (ranking_url(round_), f"peringkat-{slug}-tahap-2-perangkat-daerah.xlsx"),
        (
            reverse("admin:judging_final_download", args=[competition.pk, "xlsx"]),
            f"peringkat-akhir-{slug}.xlsx",
        ),
        (
            reverse("admin:judging_final_ranking_download", args=[competition.pk, category.pk, "csv"]),
            f"peringkat-akhir-{slug}-perangkat-daerah.csv",
        ),
        (reverse("admin:judging_certificates_download", args=[competition.pk]), f"piagam-{slug}.zip"),
        (
            reverse("admin:judging_stage_minutes_download", args=[stage.pk, category.pk]),
            f"berita-acara-{slug}-tahap-2-perangkat-daerah.pdf",
        ),
        (
            reverse("admin:judging_final_minutes_download", args=[competition.pk, category.pk]),
            f"berita-acara-{slug}-pemenang-perangkat-daerah.pdf",
        ),
    ]


def test_every_bulk_download_is_in_the_event_log_with_who_and_which_file(client, announced, secretariat):  # noqa: F811
    client.force_login(secretariat)
    competition = announced["competition"]
    for url, filename in downloads(announced):
        before = Event.objects.count()
        response = client.get(url)
        assert response.status_code == 200, url
        assert filename in response["Content-Disposition"], (url, response["Content-Disposition"])
        logged = list(Event.objects.order_by("pk")[before:])
        downloaded = [event for event in logged if event.action == "downloaded"]
        assert [(event.actor, event.new_value, event.object_id) for event in downloaded] == [
            (secretariat, filename, competition.pk)
        ], url
        assert downloaded[0].content_type.model == "competition"


def test_a_refused_download_is_not_logged(client, final_round, secretariat):
    """The awards are not decided, so there are no minutes of them (and no piagam without a signer)."""
    client.force_login(secretariat)
    competition, category = final_round["competition"], final_round["category"]
    client.get(reverse("admin:judging_final_minutes_download", args=[competition.pk, category.pk]))
    client.get(reverse("admin:judging_certificates_download", args=[competition.pk]))
    assert not Event.objects.filter(action="downloaded").exists()


def test_the_entries_and_innovations_chosen_in_the_admin_lists_are_logged_when_downloaded(
    client, final_round, secretariat
):
    client.force_login(secretariat)
    competition = final_round["competition"]
    entries = final_round["entries"][:2]
    client.post(
        reverse("admin:submissions_submission_changelist"),
        {"action": "export_xlsx", "_selected_action": [entry.pk for entry in entries]},
    )
    client.post(
        reverse("admin:submissions_innovation_changelist"),
        {
            "action": "export_inventory",
            "_selected_action": [entry.innovation_id for entry in entries],
            "download": "",
            "year": "",
            "file_format": "csv",
        },
    )
    events = Event.objects.filter(action="selection_downloaded").order_by("pk")
    assert [
        (event.content_type.model, event.object_id, event.actor, event.new_value, event.old_value)
        for event in events
    ] == [
        ("competition", competition.pk, secretariat, f"usulan-{competition.slug}.xlsx", "2"),
        ("user", secretariat.pk, secretariat, "inventaris-inovasi.csv", "2"),
    ]
    assert [describe(event) for event in events] == [
        f"Berkas diunduh: usulan-{competition.slug}.xlsx, 2 baris terpilih.",
        "Berkas diunduh: inventaris-inovasi.csv, 2 baris terpilih.",
    ]


def test_the_leaders_participation_export_is_logged(client, leader):
    client.force_login(leader)
    response = client.get(reverse("submissions:participation"), {"unduh": "xlsx"})
    assert response.status_code == 200
    event = Event.objects.get(action="downloaded")
    assert (event.actor, event.content_type.model, event.new_value) == (
        leader,
        "user",
        response["Content-Disposition"].split('filename="')[1].rstrip('"'),
    )


def sheet_story(sheet) -> list[tuple[str, str, str, str]]:
    events = Event.objects.filter(content_type__model="scoresheet", object_id=sheet.pk).order_by("pk")
    return [(event.action, event.old_value, event.new_value, event.note) for event in events]


def test_every_change_of_a_score_is_logged_with_the_criterion_and_both_values(scored_round, secretariat):
    from judging import services
    from judging.models import Assignment

    stage, entry, judge = scored_round["stage"], scored_round["entries"][0], scored_round["judges"][0]
    novelty, impact = scored_round["criteria"]
    Assignment.objects.create(stage=stage, submission=entry, judge=judge)

    def save(values, **kwargs):
        return services.save_sheet(stage=stage, submission=entry, judge=judge, values=values, **kwargs)

    sheet = save({novelty.pk: ("3", "")})
    save({novelty.pk: ("3", "Catatan saja")})  # a note, no score changed: nothing to log
    save({novelty.pk: ("7,5", ""), impact.pk: ("4", "")})
    save({novelty.pk: ("7.5", ""), impact.pk: ("10", "")}, submit=True)
    services.reopen_sheet(sheet=sheet, by=secretariat, reason="Nilai tertukar.")
    save({novelty.pk: ("10", ""), impact.pk: ("", "")})
    # Totals: (60 × 6.5/9 + 40 × 3/9) / 100 × 100 = 56.6667; with 10 for impact, 83.3333.
    assert sheet_story(sheet) == [
        ("scores_changed", "", "", "Kebaruan: – → 3"),
        ("scores_changed", "", "56.6667", "Kebaruan: 3 → 7.5; Signifikansi: – → 4"),
        ("scores_changed", "56.6667", "83.3333", "Signifikansi: 4 → 10"),
        ("sheet_submitted", "", "83.3333", ""),
        ("sheet_reopened", "submitted", "draft", "Nilai tertukar."),
        ("scores_changed", "83.3333", "", "Kebaruan: 7.5 → 10; Signifikansi: 10 → –"),
    ]
    assert [describe(event) for event in Event.objects.filter(action="scores_changed").order_by("pk")][
        1:3
    ] == [
        "Nilai diubah (total: – → 56,67).",
        "Nilai diubah (total: 56,67 → 83,33).",
    ]
