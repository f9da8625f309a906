"""The set-up rules of an edition, as plain functions (the forms and services that ask them are tested
with their callers)."""

import datetime
from types import SimpleNamespace

from competitions.rules import rubric_problems, schedule_problems


def criterion(name, weight, low=1, high=10):
    return SimpleNamespace(name=name, weight=weight, min_score=low, max_score=high)


def messages(problems) -> list[str]:
    return [str(problem) for problem in problems]


def test_a_rubric_of_100_percent_with_rising_ranges_is_fine():
    assert rubric_problems([criterion("Kebaruan", 60), criterion("Signifikansi", 40)]) == []


def test_weights_that_do_not_add_up_to_100_are_named_with_their_total():
    problems = rubric_problems([criterion("Kebaruan", 60), criterion("Signifikansi", 30)])
    assert messages(problems) == ["Total bobot kriteria 90%; jumlahnya harus tepat 100%."]
    assert problems[0].subject is None


def test_a_range_that_does_not_rise_is_pinned_to_its_criterion():
    impact = criterion("Signifikansi", 40, low=5, high=5)
    problems = rubric_problems([criterion("Kebaruan", 60), impact])
    assert len(problems) == 1
    assert (problems[0].subject, problems[0].field) == (impact, "max_score")
    assert "Signifikansi" in str(problems[0])


def test_a_missing_weight_counts_as_nothing():
    assert messages(rubric_problems([criterion("Kebaruan", None)])) == [
        "Total bobot kriteria 0%; jumlahnya harus tepat 100%."
    ]


def at(day: int) -> datetime.datetime:
    return datetime.datetime(2027, 5, day, 8, tzinfo=datetime.UTC)


def stage(order, name, opens, closes):
    return SimpleNamespace(order=order, name=name, opens_at=at(opens), closes_at=at(closes))


EDITION = SimpleNamespace(registration_opens_at=at(1))


def test_stages_in_order_after_registration_opens_are_fine():
    stages = [stage(1, "Administrasi", 2, 10), stage(2, "Penilaian", 11, 20), stage(3, "Paparan", 11, 25)]
    assert schedule_problems(EDITION, stages) == []


def test_each_broken_date_is_pinned_to_its_stage_and_field():
    stages = [stage(3, "Paparan", 15, 25), stage(2, "Penilaian", 20, 12), stage(1, "Administrasi", 1, 10)]
    problems = schedule_problems(SimpleNamespace(registration_opens_at=at(2)), stages)
    assert {(problem.subject.name, problem.field, str(problem)) for problem in problems} == {
        ("Paparan", "opens_at", "Tahap “Paparan” dimulai lebih awal daripada tahap sebelumnya, “Penilaian”."),
        ("Penilaian", "closes_at", "Tanggal penutupan tahap “Penilaian” harus setelah tanggal pembukaannya."),
        ("Administrasi", "opens_at", "Tahap “Administrasi” tidak boleh dimulai sebelum pendaftaran dibuka."),
    }


def test_two_stages_with_one_order_number_are_refused():
    problems = schedule_problems(EDITION, [stage(1, "Administrasi", 2, 10), stage(1, "Penilaian", 11, 20)])
    assert [str(problem) for problem in problems] == [
        "Dua tahap memiliki nomor urut yang sama. Beri setiap tahap nomor urut yang berbeda."
    ]
