"""perf14's fast paths against the plain computations they replace.

- :class:`text.LiteralGate` (``any(literal in text …)`` read off the shared start-finder pass)
  answers as the ``any`` it replaces, on texts that are heads of the shared text and on others;
- a start finder asked for a head of the shared text shorter than the pass (the partial branch,
  now a bisection of each group's ends) gives the starts its own automaton gives;
- ``PatternStarts.finditer`` / ``search`` from a position give what the pattern's own give;
- the patterns perf14 gave a start finder find, through it, what their own ``finditer`` and
  ``search`` find;

on random texts built from the literals and words that matter and on every description of the
real catalog (folded, cut where the signals cut them, shared as the detector shares them).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from dfaudit.detect import text as text_module
from dfaudit.detect.evalsets import load_catalog
from dfaudit.detect.signals import (
    fiction,
    gender_words,
    generic_subject,
    minor_cues,
    name_shape,
    non_subject,
    social_cues,
    subject_cues,
)
from dfaudit.detect.text import (
    LiteralGate,
    PatternStarts,
    StartFinder,
    finditer_at,
    fold,
    share_scans,
)

GATES: dict[str, LiteralGate] = {
    "gender_words.role": gender_words._ROLE_GATE,
    "gender_words.prompt": gender_words._PROMPT_GATE,
    "fiction.anime_checkpoint": fiction._ANIME_CHECKPOINT_GATE,
    "fiction.in_game": fiction._IN_GAME_GATE,
    "fiction.made_real": fiction._MADE_REAL_GATE,
    "non_subject.style_phrase": non_subject._STYLE_PHRASE_GATE,
    "non_subject.style_credit": non_subject._STYLE_CREDIT_GATE,
    "subject_cues.relation": subject_cues._RELATION_GATE,
    "generic_subject.triggers": generic_subject._TRIGGER_GATE,
    "generic_subject.persona": generic_subject._PERSONA_GATE,
    "subject_cues.coded": subject_cues._CODED_ANY,
    "minor_cues.youth": minor_cues._YOUTH_SCANS[0][1],
    "minor_cues.phrase": minor_cues._YOUTH_SCANS[1][1],
}
STARTS: dict[str, PatternStarts] = {
    "fiction.anime_checkpoint": fiction._ANIME_CHECKPOINT_STARTS,
    "fiction.in_game": fiction._IN_GAME_STARTS,
    "non_subject.any_subject": non_subject._ANY_SUBJECT_STARTS,
    "non_subject.style_phrase": non_subject._STYLE_PHRASE_STARTS,
    "non_subject.style_credit": non_subject._STYLE_CREDIT_STARTS,
    "non_subject.sample_prompt": non_subject._SAMPLE_PROMPT_STARTS,
    "subject_cues.relation_named": subject_cues._RELATION_NAMED_STARTS,
    "subject_cues.coded": subject_cues._CODED_STARTS,
    "non_subject.film_look": non_subject._FILM_LOOK_STARTS,
    "name_shape.before_hint": name_shape._BEFORE_HINT_STARTS,
    "name_shape.model_of_hint": name_shape._MODEL_OF_HINT_STARTS,
    "name_shape.label_line": name_shape._LABEL_LINE_STARTS,
    "minor_cues.youth": minor_cues._YOUTH_SCANS[0][0],
    "minor_cues.phrase": minor_cues._YOUTH_SCANS[1][0],
}
# patterns searched through a hand-given start finder (finditer_at)
FINDERS: dict[str, tuple[re.Pattern[str], StartFinder]] = {
    "social_cues.handle": (social_cues.HANDLE, social_cues.STARTS["social:handle"]),
}
# Words and phrases that make the patterns match (invented names only), and characters that
# matter to the folding and to the word boundaries.
PHRASES = [
    "in the style of ", "art by ", "artwork by ", "inspired by the art of ", "brushwork of ",
    "sample prompts: ", "example prompt ", "prompts used ", "test image prompt ",
    "use with anything v4.5", "counterfeit", "abyss orangemix", "aom3", "illustrious xl",
    "noobai", "screenshot from the game", "(ps5)", "(nintendo switch)", "(wii u)", "cutscene",
    "in-engine", "my wife Wrenna", "my girlfriend ", "ma copine Steph", "mi novia ", "saya ",
    "karım ", "works on any subject", "apply it to any character", "only the outfit",
    "trained on all faces", "every face", "your own character", "woman", " girl", " man",
    "actress", "the weatherwoman", "consistent character", "made-up", "fake", "not real",
    "Odile Marchetti", "Quenby", "photos of ", "portrait of ", "face of ", "lora of ",
    "model of ", "modèle de ", "subject: ", "Subject：", "\n  person:", "likeness :", "@wren_f",
    "x@y.z", "@@ab", "look of the film", "colour grading of the 1984 movie", "schoolgirl",
    "child", "kid", "little girl", "high school", "teen model", " is ", ", a ", "(", ")", "\n",
    ".", " ", "-", "_", "'", "’", "é", "İ", "ſ", "K", "ß", "東京", "배우", "a", "z", "1",
]  # fmt: skip


def _pieces(literals: tuple[str, ...]) -> list[str]:
    return [*PHRASES, *literals, *(literal[:-1] for literal in literals if len(literal) > 1)]


def _random_texts(rng: random.Random, pieces: list[str], count: int) -> list[str]:
    return ["".join(rng.choices(pieces, k=rng.randint(0, 40))) for _ in range(count)]


def _plain_gate(gate: LiteralGate, text: str) -> bool:
    return any(literal in text for literal in gate.literals)


def _all_gate_literals() -> tuple[str, ...]:
    return tuple(literal for gate in GATES.values() for literal in gate.literals)


@pytest.mark.parametrize("name", sorted(GATES))
def test_gate_on_random_texts_shared_or_not(name: str) -> None:
    gate = GATES[name]
    rng = random.Random(14)
    for text in _random_texts(rng, _pieces(gate.literals), 600):
        expected = [_plain_gate(gate, text[:cut]) for cut in range(0, len(text) + 1, 7)]
        share_scans("")  # a text that is no head of the shared one
        assert [gate(text[:cut]) for cut in range(0, len(text) + 1, 7)] == expected, text
        share_scans(text)  # every head of the shared text: read off the one pass
        assert [gate(text[:cut]) for cut in range(0, len(text) + 1, 7)] == expected, text
        folded = fold(text)
        share_scans(folded)
        assert gate(folded) == _plain_gate(gate, folded)
        assert gate(folded + "x") == _plain_gate(gate, folded + "x")  # longer: no head


def test_gate_refuses_an_empty_literal() -> None:
    with pytest.raises(ValueError):
        LiteralGate(("a", ""))


def test_shared_starts_of_shorter_heads() -> None:
    """The shared pass scans at least ``SHARED_SCAN_MIN`` characters; a finder asked for a
    shorter head reads the hits that end within it (each group's prefix, by bisection)."""
    rng = random.Random(141)
    finders = [gate.finder for gate in GATES.values()] + [
        s.finder for s in STARTS.values() if s.finder is not None
    ]
    pieces = _pieces(_all_gate_literals())
    for text in _random_texts(rng, pieces, 300):
        text = text * rng.randint(1, 4)
        share_scans(text)
        for finder in rng.sample(finders, 6):
            for cut in sorted(rng.sample(range(len(text) + 1), min(8, len(text) + 1))):
                head = text[:cut]
                own = (
                    sorted(end - back for end, back in finder._automaton.iter(head)) if head else []
                )
                assert finder.starts(head) == own, (head, finder.literals[:5])


def test_pattern_starts_from_a_position() -> None:
    rng = random.Random(142)
    patterns = [
        PatternStarts(re.compile(r"(?<![a-z])ab+c")),
        PatternStarts(re.compile(r"^x|\bcat\b", re.MULTILINE)),
        PatternStarts(re.compile(r"\bdog|^cat", re.IGNORECASE), lowered=True),
        *STARTS.values(),
    ]
    pieces = ["ab", "bc", "abbc", "x", "cat", "dog", "DOG", "Cat", "\n", " ", "a", "İ", *PHRASES]
    for text in _random_texts(rng, pieces, 400):
        for starts in patterns:
            for pos in (-3, 0, 1, len(text) // 2, len(text), len(text) + 2):
                plain = [m.span() for m in starts.pattern.finditer(text, pos)]
                assert [m.span() for m in starts.finditer(text, pos)] == plain, (text, pos)
                first = starts.pattern.search(text, pos)
                found = starts.search(text, pos)
                assert (found and found.span()) == (first and first.span()), (text, pos)


def _same_matches(starts: PatternStarts, text: str) -> None:
    plain = [m.span() for m in starts.pattern.finditer(text)]
    assert [m.span() for m in starts.finditer(text)] == plain, text[:200]
    first = starts.pattern.search(text)
    found = starts.search(text)
    assert (found and found.span()) == (first and first.span()), text[:200]


@pytest.mark.parametrize("name", sorted(STARTS))
def test_pattern_starts_on_random_texts(name: str) -> None:
    starts = STARTS[name]
    rng = random.Random(143)
    literals = tuple(starts.finder.literals) if starts.finder is not None else ()
    for text in _random_texts(rng, _pieces(literals), 1500):
        share_scans("")
        _same_matches(starts, text)
        folded = fold(text)
        share_scans(folded)
        for cut in (300, 600, 800, 1500, len(folded)):
            _same_matches(starts, folded[:cut])


def _same_as_finder(pattern: re.Pattern[str], finder: StartFinder, text: str) -> None:
    plain = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in finditer_at(pattern, text, finder.starts(text))] == plain, text


@pytest.mark.parametrize("name", sorted(FINDERS))
def test_finders_on_random_texts(name: str) -> None:
    pattern, finder = FINDERS[name]
    rng = random.Random(144)
    for text in _random_texts(rng, _pieces(finder.literals), 1500):
        share_scans("")
        _same_as_finder(pattern, finder, text)
        share_scans(text)
        _same_as_finder(pattern, finder, text[: len(text) // 2])


def test_every_catalog_description(shared_dir: Path) -> None:
    catalog = shared_dir / "realdata" / "civitai_catalog_2023_dev.jsonl.gz"
    texts = {item.record.description for item in load_catalog(catalog)}
    assert len(texts) > 1000
    matched = dict.fromkeys(STARTS, 0)
    opened = dict.fromkeys(GATES, 0)
    for text in texts:
        folded = fold(text[:4000])
        share_scans(folded)
        for cut in (300, 400, 600, 800, 1500, 2000):
            head = folded[:cut]
            for name, gate in GATES.items():
                plain = _plain_gate(gate, head)
                assert gate(head) == plain, (name, cut)
                opened[name] += plain
            for name, starts in STARTS.items():
                _same_matches(starts, head)
                matched[name] += starts.pattern.search(head) is not None
            for pattern, finder in FINDERS.values():
                _same_as_finder(pattern, finder, head)
        share_scans("")
        for variant in (text[:4000], text[:4000].lower()):
            for name, gate in GATES.items():
                assert gate(variant) == _plain_gate(gate, variant), name
            for starts in STARTS.values():
                _same_matches(starts, variant)
            for pattern, finder in FINDERS.values():
                _same_as_finder(pattern, finder, variant)
    # the real descriptions open every gate and match most patterns (some read other texts:
    # the unfolded description, its lower case)
    assert all(opened.values()), opened
    assert sum(1 for count in matched.values() if count) >= len(STARTS) // 2, matched


def test_shared_state_is_the_modules() -> None:
    """The gates and finders registered with the one shared pass the detector uses."""
    shared = text_module._SHARED
    for gate in GATES.values():
        assert gate.finder in shared.finders
        assert isinstance(gate.finder, StartFinder)
