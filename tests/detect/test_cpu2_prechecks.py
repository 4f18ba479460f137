"""The second round of CPU pre-checks (issue 12): fiction, subject cues, generic subject and
non-subject scans tried only where a match can begin give exactly what the plain scans give,
on invented texts (the dev set, generated records and edge cases)."""

from __future__ import annotations

import re

import pytest

from dfaudit.detect.signals import fiction
from dfaudit.detect.text import StartFinder, fold

from .conftest import model
from .test_cpu_prechecks import corpus

EXTRA = [
    "the heroine of the story, a villain from the anime, main character in a game",
    "from  the\tvideo game; character of the manga; in the light novel and in series",
    "inside the anime; fromthe game; character fromgame; superheroine of",
    "a genshin impact character, from honkai star rail, vtuber model",
]


def _folded_texts() -> list[str]:
    return [fold(t)[:1500] for t in (*corpus(), *EXTRA)]


FICTION_SCANS = [
    (fiction._ROLE, fiction._ROLE_STARTS),
    (fiction._FROM, fiction._FROM_STARTS),
    (fiction._PHRASES, fiction._PHRASES_STARTS),
    (fiction._WORDS, fiction._WORDS_STARTS),
]


@pytest.mark.parametrize("index", range(len(FICTION_SCANS)))
def test_fiction_scans_equal_the_plain_search(index: int) -> None:
    pattern, finder = FICTION_SCANS[index]
    found = 0
    for text in _folded_texts():
        plain = pattern.search(text)
        fast = fiction._first(pattern, finder, text)
        assert (fast and fast.span()) == (plain and plain.span()), text
        found += plain is not None
    assert found > 0, pattern.pattern[:40]


def test_fiction_hits_equal_the_plain_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    records = [model(t[:80], description=t) for t in (*corpus(), *EXTRA)]
    signal = fiction.Fiction()
    fast = [signal.hits(r) for r in records]
    assert sum(h.feature == "fiction:description" for hits in fast for h in hits) > 5

    def plain(pattern: re.Pattern[str], finder: StartFinder, text: str) -> re.Match[str] | None:
        return pattern.search(text)

    monkeypatch.setattr(fiction, "_first", plain)
    assert [signal.hits(r) for r in records] == fast
