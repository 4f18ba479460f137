"""A start finder keeps the literals no other literal begins (perf10: found by prefix lookups
instead of comparing every pair), and its starts are the same either way."""

from __future__ import annotations

import random

import pytest

from dfaudit.detect.text import StartFinder


def _pairwise_kept(literals: tuple[str, ...]) -> tuple[str, ...]:
    """The definition, pair by pair (what the finder computed before)."""
    return tuple(w for w in literals if not any(w.startswith(v) and v != w for v in literals))


def _all_starts(literals: tuple[str, ...], text: str) -> list[int]:
    return sorted({i for w in literals for i in range(len(text)) if text.startswith(w, i)})


def test_a_literal_begun_by_another_is_dropped() -> None:
    finder = StartFinder(("zyx", "zyxwv", "zyxq", "qrs", "q"))
    assert finder.kept == ("q", "zyx")


def test_no_literal_begins_another_keeps_all() -> None:
    finder = StartFinder(("zyx", "yxz", "xzy"))
    assert finder.kept == ("xzy", "yxz", "zyx")


def test_kept_and_starts_match_the_pairwise_definition() -> None:
    rng = random.Random(10)
    for _ in range(40):
        literals = tuple(
            sorted({"".join(rng.choices("abq ", k=rng.randint(1, 5))) for _ in range(30)})
        )
        finder = StartFinder(literals)
        assert finder.kept == _pairwise_kept(literals)
        text = "".join(rng.choices("abq x", k=200))
        assert finder.starts(text) == _all_starts(literals, text)


def test_one_shot_iterable_is_read_once_and_pruned() -> None:
    finder = StartFinder(w for w in ("zyx", "zyxwv"))
    assert finder.literals == ("zyx", "zyxwv")
    assert finder.kept == ("zyx",)
    assert finder.starts("a zyxwv zyx") == [2, 8]


def test_empty_literal_is_refused() -> None:
    with pytest.raises(ValueError):
        StartFinder(("ab", ""))
