"""Start finders read off a pattern (perf11): every match of the pattern begins where one of
the derived literals stands (or at a line start), so ``PatternStarts.finditer`` / ``search``
give what the pattern's own ``finditer`` / ``search`` give; patterns whose matches could begin
anywhere are refused."""

from __future__ import annotations

import random
import re

import pytest

from dfaudit.detect.signals import name_shape, subject_cues
from dfaudit.detect.text import NoLiteralStarts, PatternStarts, pattern_literals, share_scans


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def test_literals_of_branches_groups_and_optional_parts() -> None:
    literals, lines = pattern_literals(re.compile(r"(?<![a-z])(?:zorp|quib)(?: le)? of\b"))
    assert literals == {"zorp of", "zorp le ", "quib of", "quib le "}
    assert not lines


def test_a_literal_ends_at_a_class_or_a_repeat() -> None:
    assert pattern_literals(re.compile(r"ab[c-d]x"))[0] == {"ab"}  # a small class: perf15
    assert pattern_literals(re.compile(r"ab+c"))[0] == {"ab"}


def test_line_anchored_branch_is_read_as_line_starts() -> None:
    literals, lines = pattern_literals(re.compile(r"(?:^|(?<=\n))[ \t]*subject:|zorp"))
    assert literals == {"zorp"}
    assert lines
    finder = PatternStarts(re.compile(r"(?:^|(?<=\n))[ \t]*subject:|zorp"))
    text = "x zorp\n  subject: y\nsubject: z"
    assert _spans(finder.finditer(text)) == _spans(finder.pattern.finditer(text))


@pytest.mark.parametrize(
    "source", [r"a*", r"[a-b]c", r"(?i:ab)", r"\bfoo|.bar", r"^", r"(?<!a)", r"x|(?:y|)"]
)
def test_patterns_that_can_match_anywhere_or_nothing_are_refused(source: str) -> None:
    with pytest.raises(NoLiteralStarts):
        pattern_literals(re.compile(source))


def test_without_lowered_a_case_insensitive_letter_ends_the_literal() -> None:
    assert pattern_literals(re.compile(r"zo(?i:rp)"))[0] == {"zo"}
    assert pattern_literals(re.compile(r"(?i:12rp)"))[0] == {"12"}


def test_lowered_literals_carry_the_engines_other_cases() -> None:
    # "s" also matches the long s, "i" the dotless i: the lowered text keeps those letters
    literals, _ = pattern_literals(re.compile(r"(?i:sia)"), lowered=True)
    assert literals == {"sia", "ſia", "sıa", "ſıa"}
    finder = PatternStarts(re.compile(r"\b(?i:zangeres|oyuncu)\b"), lowered=True)
    for text in ("Mira Zell, ZANGERES", "oyuncu", "Zangereſ x", "zangeresx", "İlk OYUNCU"):
        found, plain = finder.search(text), finder.pattern.search(text)
        assert (found and found.span()) == (plain and plain.span())


def _random_text(rng: random.Random) -> str:
    pieces = [
        "lora of ", "LoRA de ", "model is of ", "photo of ", "photograph of ", "Anime ",
        "screencaps of ", "\nsubject: ", " \t person ", "wikipedia: ", "用 ", "Zorp Quib",
        "Schauſpielerin", "AKTRİS", "aktrıs ", "oyuncu", " ", "\n", ".", "a", "İ", "é", "of",
    ]  # fmt: skip
    return "".join(rng.choices(pieces, k=rng.randint(0, 40)))


@pytest.mark.parametrize("shared", [False, True])
def test_the_signals_patterns_find_what_their_plain_search_finds(shared: bool) -> None:
    rng = random.Random(11)
    frame = name_shape._FRAME_OF_STARTS
    trade = subject_cues._FOREIGN_TRADE_STARTS
    for _ in range(600):
        text = _random_text(rng)
        low = text.lower()
        share_scans(low if shared else "")
        assert _spans(frame.finditer(low)) == _spans(name_shape._FRAME_OF.finditer(low))
        found, plain = trade.search(text), subject_cues._FOREIGN_TRADE.search(text)
        assert (found and found.span()) == (plain and plain.span())
    share_scans("")
