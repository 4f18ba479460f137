"""Speed-only gates (perf18). ``minor_cues``' ages in the words of other languages: the regex
engine tried ``_WORLD_AGE`` and ``_NATIVE_AGE`` at every character of a description (their
branches open on look-behinds and long alternations); now ``_WORLD_AGE`` is tried only where a
match can begin (the first digit of a run of digits, or a word of its second branch, read off
that branch) and ``_NATIVE_AGE`` only in a text holding a teen number's first letters (read off
its first branch) or one of its script branches' marks. Each is compared with the pattern's own
``finditer`` on invented texts of the patterns' pieces and on every description of the real
catalog (``../shared``, read at run time, skipped when absent), shared and not shared.
``named_context``'s page cues (``_SLOT_INVENTED``, ``_PACK_PAGE``) and the request and prompt
slots are tried where their first words stand (``text.PatternStarts``, in the text's lower
case), compared with the patterns' own ``finditer`` likewise."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from dfaudit.detect.signals import minor_cues as mc
from dfaudit.detect.signals import named_context as nc
from dfaudit.detect.text import fold, share_scans

CATALOG = (
    Path(__file__).resolve().parents[2]
    / ".."
    / "shared"
    / "realdata"
    / "civitai_catalog_2023_dev.jsonl.gz"
)

TEXTS = [
    "Lena Marchetti, 16 anni, dal vivo",
    "Lena Marchetti ha 16 anni.",
    "edad: 15, altura 1.60",
    "alter: 14 (invented)",
    "возраст 15 лет",
    "มีอายุ 16 ปี",
    "年龄：16",
    "16歳の少女",
    "十六歳",
    "열여섯 살",
    "십육세",
    "dieciseis anos",
    "sechzehn jahre alt",
    "on alti yasinda",
    "trained 16 epochs at 512px",
    "usia 30 tahun",
    "v1.5 16 lat",
    "",
]
PIECES = ["16", "1", "07", "123", "1.5", ",", ".", " ", "-", ":", "=", "\n", "lat", "let",
          "latka", "jahre", "jahren", "alt", "anni", "ans", "anos", "yas", "yasinda", "tahun",
          "tuoi", "edad", "idade", "alter", "wiek", "umur", "umurnya", "usia", "berusia",
          "лет", "года", "возраст", "возрасте", "ปี", "อายุ", "سنة", "عام", "العمر", "साल",
          "उम्र", "歲", "歳", "才", "岁", "十", "六", "年龄", "나이", "열", "여섯", "살", "십",
          "육", "세", "dieciseis", "sechzehn", "on", "alti", "uc", "seize", "quince", "treze",
          "шестнадцать", "gb", "steps", "days", "a", "x", "İ", "ſ", "K", "ß", "٣",
          "１"]  # fmt: skip


def _random_texts(count: int) -> list[str]:
    rng = random.Random(18)
    texts = list(TEXTS)
    for _ in range(count):
        texts.append("".join(rng.choice(PIECES) + rng.choice(["", "", " "]) for _ in range(10)))
    return texts


def _spans(matches: object) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in matches]  # type: ignore[attr-defined]


def _catalog_texts() -> list[str]:
    if not CATALOG.exists():
        pytest.skip("../shared absent")
    from dfaudit.detect.evalsets import load_catalog

    out: list[str] = []
    for item in load_catalog(CATALOG):
        description = getattr(item.record, "description", "") or ""
        if description:
            out.append(fold(description))
    return out


def _check(texts: list[str], *, shared: bool) -> int:
    found = 0
    for text in texts:
        share_scans(text if shared else "")
        world = _spans(mc._WORLD_AGE.finditer(text))
        assert _spans(mc._world_age_matches(text)) == world, text
        native = _spans(mc._NATIVE_AGE.finditer(text))
        assert _spans(mc._native_age_matches(text)) == native, text
        if native:
            assert mc._NATIVE_AGE_GATE(text)
        found += bool(world) + bool(native)
    share_scans("")
    return found


def test_the_patterns_are_built_from_their_branches() -> None:
    assert mc._WORLD_AGE.pattern == mc._WORLD_AGE_NUMBER_FIRST + "|" + mc._WORLD_AGE_WORD_FIRST
    # the first branch's gate is the branch without its look-behind, "\d{1,2}" as "\d\d?"
    tail = mc._WORLD_AGE_NUMBER_TAIL
    assert mc._WORLD_AGE_NUMBER_FIRST.endswith(tail)
    assert mc._WORLD_AGE_NUMBER_FIRST[: -len(tail)] == r"(?<![\d.,])(\d{1,2})"
    assert mc._WORLD_AGE_NUMBER_GATE.pattern[: -len(tail)] == r"\d\d?"
    assert mc._NATIVE_AGE.pattern.startswith(mc._NATIVE_AGE_WORDS + "|")
    # each script branch holds one of the gate's marks
    script = mc._NATIVE_AGE.pattern[len(mc._NATIVE_AGE_WORDS) + 1 :]
    assert all(mark in script for mark in mc._NATIVE_AGE_SCRIPT_MARKS)


@pytest.mark.parametrize("shared", [False, True])
def test_the_gated_scans_find_what_the_patterns_find(shared: bool) -> None:
    texts = _random_texts(3000)
    assert _check(texts, shared=shared) > 100  # the texts hold matches of both


def test_a_text_without_a_mark_or_a_teen_number_holds_no_native_age_and_its_twin_does() -> None:
    assert not mc._NATIVE_AGE_GATE("she is sixteen, lena marchetti")
    assert _spans(mc._native_age_matches("lena marchetti, dieciseis anos")) != []
    assert not mc._NATIVE_AGE_GATE("lena marchetti, 16 lat")
    assert mc._NATIVE_AGE_GATE("lena marchetti 十六歳")


def test_a_match_begins_at_a_run_of_digits_or_a_word_of_the_second_branch() -> None:
    words = re.compile(mc._WORLD_AGE_WORD_FIRST)
    for text in _random_texts(500):
        for match in mc._WORLD_AGE.finditer(text):
            at = match.start()
            first_digit = text[at].isdecimal() and (at == 0 or not text[at - 1].isdecimal())
            assert first_digit or words.match(text, at), text
            if not words.match(text, at):
                assert mc._WORLD_AGE_NUMBER_GATE.search(text), text


def test_the_digit_gate_and_its_twin() -> None:
    assert mc._WORLD_AGE_NUMBER_GATE.search("lena marchetti, 16 lat")
    assert not mc._WORLD_AGE_NUMBER_GATE.search("lena marchetti, 16 latest images, v2 let")
    assert _spans(mc._world_age_matches("lena marchetti, 16 lat")) != []


def test_every_description_of_the_real_catalog() -> None:
    texts = _catalog_texts()
    _check(texts, shared=True)
    _check(texts[:500], shared=False)


# ---- named_context: the page's cues and the slots that open on words --------------------------
SLOT_PIECES = ["Requested", "request", "REQUEST", "commission", "bounty", "by", "@vexa", ":",
               "asked", "for", "looking", "a", "good", "model", "lora", "of", "photo", "Portrait",
               "picture", "headshot", "close-up", "closeup", "selfie", "Invented", "placeholder",
               "fictitious", "imaginary", "persona", "original", "character", "doesn't",
               "does", "not", "exist", "don't", "one", "face", "per", "version", "faces", "pack",
               "celebs", "collection", "pick", "choose", "the", "Odette", "Kettering", "Margit",
               "Hadrow", ",", ".", "!", "(", ")", "<lora:", "standing", "here", "\n", "İ", "ſ",
               "K", "ß", "é", "“", "—"]  # fmt: skip
SLOT_PATTERNS = {
    "_SLOT_REQUEST": lambda t: nc._slot_matches(nc._SLOT_REQUEST, t),
    "_SLOT_PROMPT": lambda t: nc._slot_matches(nc._SLOT_PROMPT, t),
    "_SLOT_INVENTED": nc._SLOT_INVENTED_STARTS.finditer,
    "_PACK_PAGE": nc._PACK_PAGE_STARTS.finditer,
}


def _slot_texts(count: int) -> list[str]:
    rng = random.Random(1818)
    texts = ["Patreon request (Gold tier): Odette Kettering.", "photo of Margit Hadrow, smiling",
             "ONE FACE PER VERSION", "an invented persona", "Looking for a good LoRA of Odette "
             "Kettering here", "İnvented", ""]  # fmt: skip
    for _ in range(count):
        words = [rng.choice(SLOT_PIECES) for _ in range(rng.randint(1, 14))]
        texts.append("".join(w + rng.choice([" ", " ", "", "\n"]) for w in words))
    return texts


def _check_slots(texts: list[str], *, shared: bool) -> int:
    found = 0
    for text in texts:
        share_scans(fold(text) if shared else "")
        for name, gated in SLOT_PATTERNS.items():
            expected = _spans(getattr(nc, name).finditer(text))
            assert _spans(gated(text)) == expected, (name, text)
            found += bool(expected)
    share_scans("")
    return found


@pytest.mark.parametrize("shared", [False, True])
def test_the_slots_behind_their_start_finders_find_what_the_patterns_find(shared: bool) -> None:
    assert _check_slots(_slot_texts(3000), shared=shared) > 100


def test_the_other_slots_keep_their_own_scan_and_the_first_words_are_the_patterns() -> None:
    # (perf19 put three more slots behind start finders: tests/detect/test_perf19_scan.py)
    assert {id(nc._SLOT_REQUEST), id(nc._SLOT_PROMPT)} <= set(nc._SLOT_STARTS)
    assert id(nc._SLOT_BORN) not in nc._SLOT_STARTS
    assert nc._SLOT_STARTS[id(nc._SLOT_PROMPT)].pattern is nc._SLOT_PROMPT
    assert nc._SLOT_INVENTED_STARTS.pattern is nc._SLOT_INVENTED
    assert nc._PACK_PAGE_STARTS.pattern is nc._PACK_PAGE
    # twins: a slot word in another word's place is no slot
    assert list(nc._slot_matches(nc._SLOT_PROMPT, "photo of Odette Kettering, smiling"))
    assert not list(nc._slot_matches(nc._SLOT_PROMPT, "photos off Odette Kettering, smiling"))


def test_the_slots_on_every_page_of_the_real_catalog() -> None:
    if not CATALOG.exists():
        pytest.skip("../shared absent")
    from dfaudit.detect.evalsets import load_catalog

    for item in load_catalog(CATALOG):
        record = item.record
        title = (getattr(record, "name", "") or "")[: nc.NAME_HEAD]
        description = (getattr(record, "description", "") or "")[: nc.DESCRIPTION_HEAD]
        share_scans(fold(getattr(record, "description", "") or ""))
        for text in (description, title, title + "\n" + description):
            for name, gated in SLOT_PATTERNS.items():
                assert _spans(gated(text)) == _spans(getattr(nc, name).finditer(text)), name
    share_scans("")
