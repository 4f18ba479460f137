"""The second round of CPU pre-checks (issue 12): the fiction, subject-cue, generic-subject and
non-subject description scans, tried only where a match can begin or only when a literal every
match holds stands, give exactly what the plain scans give, on invented texts (the dev set,
generated records and edge cases)."""

from __future__ import annotations

import re

import pytest

from dfaudit.detect.signals import fiction, generic_subject, non_subject, subject_cues
from dfaudit.detect.text import StartFinder, fold, search_starts

from .conftest import model
from .test_cpu_prechecks import corpus

EXTRA = [
    "the heroine of the story, a villain from the anime, main character in a game",
    "from  the\tvideo game; character of the manga; in the light novel and in series",
    "inside the anime; fromthe game; character fromgame; superheroine of",
    "a genshin impact character, from honkai star rail, vtuber model",
    "not a real person; no specific face; doesn't exist; ai-generated influencer; mixed faces",
    "any resemblance to real persons is coincidental; purely fictional; is a fictional character",
    "not intended to depict anyone; no real people were harmed; avoid looking like anyone",
    "a friend of mine; my fiancée; a regular woman i know; not a celebrity; lora of myself",
    "pics from my phone, shared with her consent; an ordinary guy we met; our fiance",
    "in the style of old masters, art by someone, artwork by x, inspired by the art, artstyle",
    "hairstyle and lifestyle; painting style; drawing style; artist style; stylevault",
]


def _folded_texts() -> list[str]:
    return [fold(t)[:1500] for t in (*corpus(), *EXTRA)]


SCANS = {
    "fiction role": (fiction._ROLE, fiction._ROLE_STARTS),
    "fiction from": (fiction._FROM, fiction._FROM_STARTS),
    "fiction phrases": (fiction._PHRASES, fiction._PHRASES_STARTS),
    "fiction words": (fiction._WORDS, fiction._WORDS_STARTS),
    "generic not real": (generic_subject._NOT_REAL, generic_subject._NOT_REAL_STARTS),
    "generic disclaimer": (generic_subject._DISCLAIMER, generic_subject._DISCLAIMER_STARTS),
    "private description": (subject_cues._PRIVATE_DESCRIPTION, subject_cues._PRIVATE_STARTS),
}


@pytest.mark.parametrize("scan", sorted(SCANS))
def test_scans_from_starts_equal_the_plain_search(scan: str) -> None:
    pattern, finder = SCANS[scan]
    found = 0
    for text in _folded_texts():
        plain = pattern.search(text)
        fast = search_starts(pattern, finder, text)
        assert (fast and fast.span()) == (plain and plain.span()), text
        found += plain is not None
    assert found > 0, scan


def test_every_style_phrase_holds_a_literal() -> None:
    found = [m.group(0) for t in _folded_texts() for m in non_subject._STYLE_PHRASE.finditer(t)]
    assert len(found) > 5
    for text in found:
        assert non_subject._may_style(text), text


def _plain(pattern: re.Pattern[str], finder: StartFinder, text: str) -> re.Match[str] | None:
    return pattern.search(text)


SIGNALS = {
    "fiction": (fiction, fiction.Fiction(), "fiction:description"),
    "generic_subject": (generic_subject, generic_subject.GenericSubject(), "generic:not_real"),
    "subject_cues": (subject_cues, subject_cues.SubjectCues(), "subject:private_description"),
    "non_subject": (non_subject, non_subject.NonSubject(), "non_subject:style_description"),
}


@pytest.mark.from_source  # patches a compiled module: runs from source when compiled
@pytest.mark.parametrize("name", sorted(SIGNALS))
def test_signal_hits_equal_the_plain_ones(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    module, signal, feature = SIGNALS[name]
    records = [model(t[:80], description=t) for t in (*corpus(), *EXTRA)]
    fast = [signal.hits(r) for r in records]
    assert sum(h.feature == feature for hits in fast for h in hits) > 0
    if hasattr(module, "search_starts"):
        monkeypatch.setattr(module, "search_starts", _plain)
    if hasattr(module, "_may_style"):
        monkeypatch.setattr(module, "_may_style", lambda text: True)
    assert [signal.hits(r) for r in records] == fast
