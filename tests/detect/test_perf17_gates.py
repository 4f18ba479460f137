"""Speed-only gates (perf17): a costly pattern is tried only where a cheap pattern it cannot
match without has a match. ``named_context._SLOT_BORN`` ("<name> (born 1989)") tries its name
part at every word of a description; its life-dates tail alone is a literal search. The gate
is the tail of the slot's own pattern, so a text the gate passes over holds no match of the
slot. Invented people only."""

from __future__ import annotations

import random

from dfaudit.detect.signals import named_context as nc

TEXTS = [
    "The singer odette kettering (born 1989) is known worldwide.",
    "Odette Kettering (B. 1962) -- a portrait set.",
    "Margit Hadrow (née en 1990) posa pour ce modèle.",
    "Margit Hadrow (nee en 1990)",
    "Lukas Brennholt (geboren in 1987), Fotograf.",
    "Lukas Brennholt ( born 1987)",  # a space after the bracket: no slot, no gate
    "austin harbour (built 1989) is known worldwide.",
    "Bettina Delvaux (born 2031)",  # no year of the living
    "BETTINA DELVAUX (BORN 1999)",
    "Bettina Delvaux\u00a0(born\u00a01999)",
    "Tamsin Orlowe (born 19899)",  # no word boundary after the year
    "",
]


def _slot_matches(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in nc._SLOT_BORN.finditer(text)]


def test_the_gate_is_the_tail_of_the_slot() -> None:
    assert nc._SLOT_BORN.pattern.endswith(nc._SLOT_BORN_GATE.pattern)
    assert nc._SLOT_BORN.flags == nc._SLOT_BORN_GATE.flags


def test_a_text_with_a_slot_match_passes_the_gate_and_its_twin_without_dates_does_not() -> None:
    assert _slot_matches(TEXTS[0]) and nc._SLOT_BORN_GATE.search(TEXTS[0])
    twin = TEXTS[0].replace("(born 1989)", "(built 1989)")
    assert not _slot_matches(twin) and nc._SLOT_BORN_GATE.search(twin) is None


def test_no_text_the_gate_passes_over_holds_a_slot_match() -> None:
    rng = random.Random(17)
    pieces = ["Odette", "kettering", "(born", "(b.", "(née en", "(geboren", "in", "1989)",
              "2001", "19", "(", ")", " ", "\n", "İ", "ſ", "K", "ß", "Ä", "—"]  # fmt: skip
    texts = list(TEXTS)
    for _ in range(3000):
        texts.append("".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(12)))
    gated = 0
    for text in texts:
        if nc._SLOT_BORN_GATE.search(text) is None:
            assert _slot_matches(text) == [], text
            gated += 1
    assert 0 < gated < len(texts)


def test_the_slot_reads_the_same_name_behind_the_gate() -> None:
    found = nc._slot_name(object(), "TI-odette", TEXTS[0], "TI-odette\n" + TEXTS[0])
    assert found == ("description", "Odette Kettering")
    twin = TEXTS[0].replace("(born 1989)", "(built 1989)")
    assert nc._slot_name(object(), "TI-odette", twin, "TI-odette\n" + twin) is None
