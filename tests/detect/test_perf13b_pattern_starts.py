"""Start finders on three more of the dearest patterns (perf13): fiction's "made real" and
voice-credit patterns and generic_subject's persona pattern, tried only where a match can begin,
find what the patterns' own ``finditer`` / ``search`` find, on random texts built from their
words and on every description of the real catalog."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from dfaudit.detect.evalsets import load_catalog
from dfaudit.detect.signals import fiction, generic_subject
from dfaudit.detect.text import PatternStarts

STARTS = {
    "made_real": fiction._MADE_REAL_STARTS,
    "voice_credit": fiction._VOICE_CREDIT_STARTS,
    "persona": generic_subject._PERSONA_STARTS,
}
PIECES = [
    "realistic version of ", "real-life take on ", "my ", "the lora", "as if she were real",
    "what if they existed in real life", ") in real life", ") irl", "in-engine shots",
    "not in-engine renders", "as a game character", "video game footage", "(2029 video game)",
    "(visual novel)", "from the ", "dustline ", "anime", "manga", "is a virtual youtuber",
    "vtuber m", "\nthe vtuber a", "CV: ", "cv：", "Voiced by ", "VA. ", "seiyū: ", "声優：",
    "doublée par ", "gesprochen von ", "Synchronsprecherin: ", "her voice actress is ",
    "Mariko Tenjo", "consistent character", "custom ai personas", "oc character",
    "i designed this as a character", "woman who never existed", "is a made-up face",
    "not ai-generated virtual idol", "ai-generated virtual singer", "fully synthetic face",
    "not an ai influencer", "ai influencer that looks like ", "fictional persona", "backstory",
    "vtuber idol unit", "İ", "ſ", "K", " ", "\n", ".", ",", "(", ")", "a", "é",
]  # fmt: skip


def _found(starts: PatternStarts, text: str) -> tuple[list[tuple[int, int]], object]:
    """Every match's span and the first match's span, through the start finder."""
    first = starts.search(text)
    return [m.span() for m in starts.finditer(text)], first and first.span()


def _plain(starts: PatternStarts, text: str) -> tuple[list[tuple[int, int]], object]:
    """The same through the pattern's own ``finditer`` and ``search``."""
    first = starts.pattern.search(text)
    return [m.span() for m in starts.pattern.finditer(text)], first and first.span()


@pytest.mark.parametrize("name", sorted(STARTS))
def test_random_texts_of_the_patterns_words(name: str) -> None:
    rng = random.Random(13)
    starts = STARTS[name]
    for _ in range(1500):
        text = "".join(rng.choices(PIECES, k=rng.randint(0, 30)))
        for variant in (text, text.lower()):
            assert _found(starts, variant) == _plain(starts, variant), variant


def test_every_catalog_description(shared_dir: Path) -> None:
    catalog = shared_dir / "realdata" / "civitai_catalog_2023_dev.jsonl.gz"
    texts = {item.record.description for item in load_catalog(catalog)}
    assert len(texts) > 1000
    for text in texts:
        for variant in (text[:4000], text[:4000].lower()):
            for starts in STARTS.values():
                assert _found(starts, variant) == _plain(starts, variant)
