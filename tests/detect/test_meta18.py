"""meta18: more meaning-preserving rewrites of a page (scripts/perturb_sets.py) keep its decisions.

A model word of another script set apart from its script ("LoRA模型", "로라", "「LoRA」")
reads as the Latin one, never as a part of the name. Each rule has a twin that must not fire.
The last tests run the harness's new transforms on a few invented pages and assert that the
fixed ones flip nothing (a regression guard, a few seconds).
"""

from __future__ import annotations

from typing import Any

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.evalsets import record_of
from dfaudit.detect.fields import bounded
from dfaudit.records import ModelRecord

from .test_meta17 import _label, _page, _perturb


def _title(name: str) -> str:
    record = ModelRecord("civitai", "1", "u", name, "LORA")
    return bounded(record).name  # type: ignore[attr-defined,no-any-return]


@pytest.mark.parametrize(
    ("title", "read"),
    [
        ("Noemi LoRA模型", "Noemi LoRA model"),
        ("Yuli 로라", "Yuli LoRA"),
        ("Yuli ЛоРА", "Yuli LoRA"),
        ("Odalys 「LoRA」", "Odalys LoRA"),
        ("Odalys モデル", "Odalys model"),
    ],
)
def test_a_model_word_of_another_script_reads_as_the_latin_one(title: str, read: str) -> None:
    assert _title(title) == read


@pytest.mark.parametrize(
    "title",
    [
        "【东方书瑶】真人模型",  # one word with what it follows ("real-person model")
        "Noemi 模型设计",  # part of a longer word of its script
        "로라",  # the whole title: a given name (Laura)
        "Yuli Лора",  # written as a given name
        "Ирина модель",  # beside words of its own script: that language's own title
    ],
)
def test_twin_script_model_words_inside_their_script_stay(title: str) -> None:
    assert _title(title) == title


# ---- the harness on invented pages ----


PAGES: list[tuple[dict[str, Any], dict[str, Any]]] = [
    (
        _page(
            1,
            "Odalys Fenwarrow | Singer",
            "<p>Odalys Fenwarrow, singer: photos from her concerts.</p>",
            ["woman", "realistic"],
            ["odalys fenwarrow"],
        ),
        _label(True, "Odalys Fenwarrow", "female"),
    ),
    (
        _page(
            3,
            "Tamsin Oakridge",
            "<p>Example: photo of tamsin oakridge, walking on the beach, summer dress.</p>",
            ["realistic", "woman"],
            [],
        ),
        _label(True, "Tamsin Oakridge", "female"),
    ),
    (
        _page(
            4,
            "Neon Alley - cyberpunk city style",
            "<p>A rainy neon city style. Works at 0.7.</p>",
            ["style", "cyberpunk"],
            ["neon alley style"],
        ),
        _label(False),
    ),
    (
        _page(
            6,
            "Japanese girl",
            "<p>generic face, not a real person.</p>",
            ["woman", "girl", "japanese", "realistic"],
            [],
        ),
        _label(False),
    ),
]
FIXED = (
    "title_ja",
    "title_ru",
    "title_zh",
    "mask_zero_width",
    "mask_soft_hyphen",
    "mask_cyrillic",
    "mask_greek",
    "deco_hearts",
    "deco_kaomoji",
)


def test_the_fixed_transforms_flip_nothing_on_invented_pages() -> None:
    perturb = _perturb()
    cases = [perturb.Case(f"t:{raw['id']}", "civitai", raw, label) for raw, label in PAGES]
    detector = Detector()
    for raw, label in PAGES:  # every page is got right as it stands, else the harness skips it
        assert detector.detect(record_of(raw, "civitai")).likeness == label["likeness"]
    tallies = perturb.run(cases, [perturb.BY_NAME[n] for n in FIXED], detector)
    assert all(tallies[n].applied for n in FIXED)
    flipped = {n: (t.pos_to_neg, t.neg_to_pos, t.target, t.gender) for n, t in tallies.items()}
    assert all(t.flips == 0 and not t.target and not t.gender for t in tallies.values()), flipped


def test_name_moves_keep_the_name_on_the_page_and_leave_negatives_alone() -> None:
    perturb = _perturb()
    raw, label = PAGES[1]
    rng = perturb._rng("name_trigger", "t:3")
    moved = perturb.BY_NAME["name_trigger"].rewrite(dict(raw), "civitai", rng, label)
    assert moved is None  # the description says the name: it would not stand only in a trigger
    raw, label = PAGES[0]
    last = perturb.BY_NAME["name_last"].rewrite(dict(raw), "civitai", rng, label)
    assert last["name"] == "Singer"
    assert last["description"].endswith("<p>Odalys Fenwarrow | Singer</p>")
    negative, label = PAGES[2]
    assert perturb.BY_NAME["name_last"].rewrite(dict(negative), "civitai", rng, label) is None
