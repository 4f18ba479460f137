"""A small class of plain characters branches a start finder's literals (perf15): "u[- ]?1"
starts with "u-1", "u 1" or "u1", not merely "u" (a letter that stands ~30 times in a real
description, each a hit of the shared pass and a try of the pattern). Every start finder of the
detection modules whose literals this changes finds what its pattern's own ``finditer`` /
``search`` find, on random texts of its literals and on every description of the real
catalog, folded or not, shared or not."""

from __future__ import annotations

import importlib
import random
import re
from pathlib import Path

import pytest

from dfaudit import _native
from dfaudit.detect.evalsets import load_catalog
from dfaudit.detect.text import (
    PATTERN_LITERALS_MAX,
    NoLiteralStarts,
    PatternStarts,
    fold,
    pattern_literals,
    share_scans,
)


def test_a_small_class_branches_and_a_range_or_a_large_class_stops() -> None:
    assert pattern_literals(re.compile(r"\bu[- ]?1[0-7]"))[0] == {"u-1", "u 1", "u1"}
    assert pattern_literals(re.compile(r"ab[cd]x"))[0] == {"abcx", "abdx"}
    assert pattern_literals(re.compile(r"ab[c-d]x"))[0] == {"ab"}  # a range
    assert pattern_literals(re.compile(r"ab[^cd]x"))[0] == {"ab"}  # a negation
    assert pattern_literals(re.compile(r"ab[\dx]y"))[0] == {"ab"}  # a category
    assert pattern_literals(re.compile(r"ab[cdefg]x"))[0] == {"ab"}  # five: too many
    assert pattern_literals(re.compile(r"ab[cd]x"), small_classes=False)[0] == {"ab"}
    assert pattern_literals(re.compile(r"[ab]c"))[0] == {"ac", "bc"}


def test_a_case_insensitive_class_reads_as_its_letters() -> None:
    # not lowered: a cased letter ends the literal, in a class as outside one
    assert pattern_literals(re.compile(r"zo(?i:[rs])p"))[0] == {"zo"}
    literals, _ = pattern_literals(re.compile(r"(?i:z[is]a)"), lowered=True)
    assert literals == {"zia", "zıa", "zsa", "zſa"}
    with pytest.raises(NoLiteralStarts):
        pattern_literals(re.compile(r"(?i:[ab])c"))


def test_too_many_literals_fall_back_to_stopping_at_the_classes() -> None:
    words = "|".join(f"w{i:04d}" for i in range(PATTERN_LITERALS_MAX // 2))
    pattern = re.compile(rf"(?:{words})[abc]")
    literals, _ = pattern_literals(pattern)
    assert len(literals) == PATTERN_LITERALS_MAX // 2 and "w0001" in literals


def _branched() -> dict[str, PatternStarts]:
    """The detection modules' start finders whose literals the small classes changed."""
    out: dict[str, PatternStarts] = {}
    for name in _native.COMPILED:
        if not name.startswith("dfaudit.detect."):
            continue
        module = importlib.import_module(name)
        for attr, value in vars(module).items():
            if not isinstance(value, PatternStarts) or value.finder is None:
                continue
            before = pattern_literals(value.pattern, value.lowered, small_classes=False)
            if before != pattern_literals(value.pattern, value.lowered):
                out[f"{name.rsplit('.', 1)[1]}.{attr}"] = value
    return out


BRANCHED = _branched()


def test_the_youth_divisions_take_longer_literals() -> None:
    assert "minor_cues._DIVISION_STARTS" in BRANCHED
    finder = BRANCHED["minor_cues._DIVISION_STARTS"].finder
    assert finder is not None and "u" not in finder.kept and "u1" in finder.kept


def _spans(starts: PatternStarts, text: str) -> tuple[object, object]:
    first = starts.search(text)
    return [m.span() for m in starts.finditer(text)], first and first.span()


def _plain(starts: PatternStarts, text: str) -> tuple[object, object]:
    first = starts.pattern.search(text)
    return [m.span() for m in starts.pattern.finditer(text)], first and first.span()


EXTRA = ["İ", "ſ", "K", "ß", " ", "  ", "\n", "-", "'", "’", ".", ",", "(", ")", "1", "6", "a", "é"]


@pytest.mark.parametrize("name", sorted(BRANCHED))
def test_branched_finders_on_random_texts(name: str) -> None:
    starts = BRANCHED[name]
    assert starts.finder is not None
    pieces = [*starts.finder.literals, *EXTRA, *(w[:-1] for w in starts.finder.literals)]
    rng = random.Random(15)
    for _ in range(400):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 24)))
        for variant in (text, text.lower(), text.upper()):
            assert _spans(starts, variant) == _plain(starts, variant), variant


def test_branched_finders_on_every_catalog_description(shared_dir: Path) -> None:
    catalog = shared_dir / "realdata" / "civitai_catalog_2023_dev.jsonl.gz"
    texts = {item.record.description for item in load_catalog(catalog)}
    assert len(texts) > 1000 and BRANCHED
    for text in texts:
        folded = fold(text[:4000])
        for variant in (text[:4000], folded):
            share_scans(variant)  # shared: heads read off the one pass
            for starts in BRANCHED.values():
                for head in (variant[:800], variant):
                    assert _spans(starts, head) == _plain(starts, head)
        share_scans("")
        for starts in BRANCHED.values():
            assert _spans(starts, folded) == _plain(starts, folded)
