"""The public-role pre-check never hides an occupation the full pattern would find."""

from __future__ import annotations

import re

from dfaudit.detect.signals.public_role import (
    _NOT_REAL,
    _ROLE,
    PUBLIC_ROLES,
    ROLE_STARTS,
    _not_real_before,
    _roles,
)

# One example per top-level alternative of PUBLIC_ROLES, in its order, with its optional
# parts both taken and left out where the alternative has them.
EXAMPLES = [
    ["actress"], ["actor"], ["singer"], ["songwriter"], ["rapper"], ["musician"],
    ["pop star", "popstar"], ["rock star", "rockstar"],
    ["k-pop idol", "kpop idol", "gravure idol", "c-pop idol", "j-pop idol"], ["idol singer"],
    ["athlete"], ["olympian"], ["tennis player"], ["footballer"],
    ["soccer player", "hockey player", "cricket player"], ["golfer"], ["boxer"], ["swimmer"],
    ["gymnast"], ["figure skater", "skater"], ["sprinter"], ["cyclist"], ["racing driver"],
    ["f1 driver"], ["wrestler"], ["ufc fighter"],
    ["news anchor", "newsreader", "newscaster"], ["anchorwoman"], ["anchorman"],
    ["weather girl", "weatherwoman", "weather presenter"],
    ["tv host", "tv presenter", "tv personality"],
    ["television host", "television presenter", "television personality"],
    ["talk show host"], ["presenter"], ["broadcaster"], ["journalist"], ["reporter"],
    ["comedian"], ["comedienne"], ["politician"], ["senator"], ["congresswoman"],
    ["congressman"], ["governor"], ["prime minister"], ["president"], ["first lady"],
    ["princess"], ["royal"], ["supermodel"], ["fashion model"], ["runway model"],
    ["swimsuit model"], ["glamour model"], ["playmate"], ["porn star", "pornstar"],
    ["adult actress", "adult film actress"], ["jav actress"], ["ballerina"], ["dancer"],
    ["celebrity"], ["public figure"],
]  # fmt: skip


def _top_level_alternatives(pattern: str) -> list[str]:
    out, depth, start = [], 0, 0
    for i, ch in enumerate(pattern):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


def test_every_alternative_has_an_example_starting_with_a_literal() -> None:
    alternatives = _top_level_alternatives(PUBLIC_ROLES)
    assert len(alternatives) == len(EXAMPLES)
    for alternative, examples in zip(alternatives, EXAMPLES, strict=True):
        for example in examples:
            assert re.fullmatch(alternative, example, re.IGNORECASE), (alternative, example)
            assert example.lower().startswith(ROLE_STARTS), example


def test_precheck_gives_the_same_matches_as_the_full_scan() -> None:
    texts = [example for examples in EXAMPLES for example in examples] + [
        "Portrait LoRA of an Australian ACTRESS, 2.1M followers",
        "she is a K-Pop Idol and a TV Host",
        "Trained on 40 photos of my friend, no occupation at all",
        "A fictional actor from a game",
        "British model, runway Model",
        "Ünïcödé text with ſinger and Kelvin \u212apop idol",
        "",
        "news  reader newsreader news\tcaster",
    ]
    for text in texts:
        expected = [(m.group(0), m.span()) for m in _ROLE.finditer(text)]
        assert [(m.group(0), m.span()) for m in _roles(text)] == expected, text


def test_non_ascii_text_is_always_scanned() -> None:
    # "ſ" (long s) matches "s" when case is ignored, though no lower-case literal stands
    text = "a famous ſinger"
    assert not any(literal in text.lower() for literal in ROLE_STARTS)
    assert [m.group(0) for m in _roles(text)] == ["ſinger"]


def test_not_real_reads_only_the_last_word() -> None:
    texts = [
        "an AI actress",
        "a virtual   \n singer",
        "xai actor",
        "fictional",
        "a cartoon, actor",
        "ANIME\t",
        "ı",
        "a vtuber\u00a0",
        "",
        "an ai " + "x" * 30 + " actor",
    ]
    for text in texts:
        for start in range(len(text) + 1):
            expected = _NOT_REAL.search(text[:start]) is not None
            assert _not_real_before(text, start) == expected, (text, start)
