"""The set-up rules of an edition, as plain functions (the forms and services that ask them are tested
with their callers)."""

from types import SimpleNamespace

from competitions.rules import rubric_problems


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
