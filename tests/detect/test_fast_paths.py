"""The speed-ups in detection give exactly what the plain computations give (invented data)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from dfaudit.detect.base import Hit
from dfaudit.detect.combiner import EXTRA_CAP, EXTRA_HIT_SHARE, features_by_aspect
from dfaudit.detect.fields import description_of, folded_description, tags_of
from dfaudit.detect.findings import hits_by_aspect
from dfaudit.detect.rules import default_rulebook
from dfaudit.detect.signals.gender_words import _pronoun_counts
from dfaudit.detect.signals.minor_cues import _DIGIT_OR_YOUTH
from dfaudit.detect.text import _pieces, fold, word_set

from .conftest import model

DESCRIPTIONS = [
    "Photo of Mirela Quintavalle. She smiles; her hair is red.",
    "Zoë Ångström — ein Porträt. Er trägt einen Hut, his hat.",
    "x" * 5000,
    "",
    "The heroine of the tale, 20yo in the story, you know",
]


@pytest.mark.parametrize("description", DESCRIPTIONS)
@pytest.mark.parametrize("limit", [300, 800, 1500, 4000])
def test_folded_description_is_the_folded_slice(description: str, limit: int) -> None:
    record = model("Anything", description=description)
    assert folded_description(record, limit) == fold(description_of(record)[:limit])


def test_per_record_memo_follows_the_record() -> None:
    first = model("A", tags=("Anime", "Woman"), description="First TEXT")
    second = model("B", tags=("Style",), description="Second text")
    assert tags_of(first) == ("anime", "woman")
    assert folded_description(first) == "first text"
    assert tags_of(second) == ("style",)
    assert folded_description(second) == "second text"
    assert tags_of(first) == ("anime", "woman")


@pytest.mark.parametrize(
    "text",
    ["she said her hers herself", "he him his himself", "hershey the heiress", "", "she he he"],
)
def test_pronoun_counts_match_two_separate_scans(text: str) -> None:
    she = len(re.findall(r"\b(?:she|her|hers|herself)\b", text))
    he = len(re.findall(r"\b(?:he|him|his|himself)\b", text))
    assert _pronoun_counts(text) == (she, he)


@pytest.mark.parametrize(
    "text", ["she is 16yo", "you and your friend", "18歳 idol", "toyota", "yo yo", "tokyo"]
)
def test_age_suffix_precheck_matches_the_word_scan(text: str) -> None:
    present = word_set(text)
    plain = any(w.endswith(("yo", "歳", "才")) for w in present)
    youth_first = _DIGIT_OR_YOUTH(text)
    assert youth_first is True or youth_first == plain


def test_non_ascii_pieces_keep_spans_aligned() -> None:
    assert _pieces("Zoë Ångström_v2") == (
        ("Zoe", 0, 3),
        ("Angstrom", 4, 12),
        ("v", 13, 14),
        ("2", 14, 15),
    )


def _plain_features(hits: list[Hit], aspect: str) -> dict[str, float]:
    grouped: dict[str, list[float]] = {}
    for hit in hits:
        if hit.aspect == aspect:
            grouped.setdefault(hit.feature or hit.signal.split("@")[0], []).append(hit.score)
    out = {}
    for name, scores in grouped.items():
        ordered = sorted(scores, key=abs, reverse=True)
        extra = min(EXTRA_CAP, EXTRA_HIT_SHARE * sum(abs(s) for s in ordered[1:]))
        out[name] = ordered[0] + (1.0 if ordered[0] >= 0 else -1.0) * extra
    return out


def test_one_pass_features_equal_the_per_aspect_features() -> None:
    hits = [
        Hit("a@1", "likeness", 0.9, "name", "x", feature="name_shape:name:pair"),
        Hit("b@1", "sexual", 0.5, "tags", "y"),
        Hit("a@1", "likeness", -0.7, "tags", "z", feature="fiction:tag"),
        Hit("a@1", "likeness", 0.4, "name", "w", feature="name_shape:name:pair"),
        Hit("c@1", "likeness", -0.0, "name", "v"),
        Hit("b@1", "sexual", 0.9, "tags", "u"),
    ]
    feats = features_by_aspect(hits, ("likeness", "sexual"))
    for aspect in ("likeness", "sexual"):
        assert feats[aspect] == _plain_features(hits, aspect)
        assert list(feats[aspect]) == list(_plain_features(hits, aspect))
    grouped = hits_by_aspect(hits)
    assert [h.text for h in grouped["likeness"]] == ["x", "z", "w", "v"]


def test_rulebook_memo_returns_what_the_rules_say() -> None:
    book = default_rulebook()
    facts = {"likeness": True, "sexual_intent": True, "minor_risk": False}
    first = book.violations("civitai", facts, date(2024, 5, 1), date(2025, 11, 1))
    again = book.violations("civitai", dict(facts), date(2024, 5, 1), date(2025, 11, 1))
    fresh = book._violations(
        "civitai",
        tuple(sorted(facts)),
        tuple(facts[k] for k in sorted(facts)),
        date(2024, 5, 1),
        date(2025, 11, 1),
    )
    assert first == again == fresh
    assert first, "a sexual likeness model breaks a Civitai rule"
