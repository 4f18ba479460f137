"""Policy rules with effective dates."""

from __future__ import annotations

from datetime import date

import pytest

from dfaudit.detect.rules import default_rulebook, evaluate_condition
from dfaudit.errors import InputError

BOOK = default_rulebook()
LIKENESS = {"likeness": True, "sexual_intent": False, "minor_risk": False}
LIKENESS_SEXUAL = {"likeness": True, "sexual_intent": True, "minor_risk": False}
MINOR_SEXUAL = {"likeness": False, "sexual_intent": True, "minor_risk": True}


def ids(platform: str, facts: dict, published: date | None, snapshot: date) -> set[str]:
    return {v.rule for v in BOOK.violations(platform, facts, published, snapshot)}


@pytest.mark.parametrize(
    ("platform", "facts", "snapshot", "expected"),
    [
        ("civitai", LIKENESS, date(2023, 6, 1), set()),
        ("civitai", LIKENESS_SEXUAL, date(2023, 6, 1), set()),
        ("civitai", LIKENESS_SEXUAL, date(2023, 11, 17), {"civitai.real-person-suggestive"}),
        ("civitai", LIKENESS, date(2025, 5, 21), set()),
        ("civitai", LIKENESS, date(2025, 5, 22), {"civitai.real-person-any"}),
        ("huggingface", LIKENESS_SEXUAL, date(2025, 4, 9), set()),
        ("huggingface", LIKENESS_SEXUAL, date(2025, 4, 10), {"huggingface.non-consensual-sexual"}),
        ("huggingface", MINOR_SEXUAL, date(2020, 1, 1), {"global.sexualised-minors"}),
    ],
)
def test_rules_by_date(platform: str, facts: dict, snapshot: date, expected: set[str]) -> None:
    assert ids(platform, facts, None, snapshot) == expected


def test_violation_names_policy_versions() -> None:
    (violation,) = [
        v
        for v in BOOK.violations("civitai", LIKENESS, date(2024, 1, 5), date(2025, 6, 1))
        if v.rule == "civitai.real-person-any"
    ]
    assert violation.policy_at_publication == "civitai-2023-11-17"
    assert violation.policy_at_snapshot == "civitai-2025-05-22"


def test_sexualised_minors_critical_everywhere() -> None:
    found = BOOK.violations("huggingface", MINOR_SEXUAL, None, date(2026, 1, 1))
    assert {v.severity for v in found} == {"critical"}


def test_condition_language() -> None:
    facts = {"likeness": True, "sexual_intent": False, "minor_risk": True}
    assert evaluate_condition("likeness and (sexual_intent or minor_risk)", facts)
    assert not evaluate_condition("not likeness or sexual_intent", facts)
    with pytest.raises(InputError):
        evaluate_condition("likeness and nope", facts)
