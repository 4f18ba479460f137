"""meta17: meaning-preserving rewrites of a page (scripts/perturb_sets.py) keep its decisions.

The rules read the kind of evidence, not one typesetting of it: odd spaces and runs of spaces,
full-width punctuation beside Latin text, stand-apart stars around a title, a rare-token
trigger spelt with ``_`` or camelCase, a name on either side of a model-word bracket. Each
rule has a twin that must not fire. The last test runs the harness on a few invented pages
and asserts that the fixed transforms flip nothing (a regression guard, a few seconds).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.evalsets import record_of
from dfaudit.detect.fields import bounded, unmasked
from dfaudit.detect.signals.subject_cues import SubjectCues, name_words
from dfaudit.records import ModelRecord

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def _record(name: str = "x", **fields: Any) -> ModelRecord:
    return ModelRecord("civitai", "1", "u", name, "LORA", **fields)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Mira\u00a0Vossberg\u00a0LoRA", "Mira Vossberg LoRA"),
        ("Mira  Vossberg", "Mira Vossberg"),
        ("Mira\u2009Vossberg", "Mira Vossberg"),
        ("Mira Vossberg（Singer）", "Mira Vossberg (Singer)"),
        ("photo of mira vossberg，beach，dress", "photo of mira vossberg, beach, dress"),
    ],
)
def test_odd_spaces_and_latin_side_wide_marks_read_plain(text: str, plain: str) -> None:
    assert unmasked(text) == plain
    assert bounded(_record(text)).name == plain  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    ["李明（演员）", "소봉　하윤", "Mira Vossberg (Singer)", "a, b", "M I R A   V O S S B E R G"],
)
def test_twin_cjk_marks_the_ideographic_space_and_plain_text_stay(text: str) -> None:
    assert unmasked(text) == text


@pytest.mark.parametrize(
    ("title", "undecorated"),
    [("★ Avery roommate LoRA ★", "Avery roommate LoRA"), ("★★Avery★★", "Avery")],
)
def test_stand_apart_stars_decorate_a_title(title: str, undecorated: str) -> None:
    assert bounded(_record(title)).name == undecorated  # type: ignore[attr-defined]


def test_twin_a_star_inside_a_word_masks_a_letter_and_stays() -> None:
    assert bounded(_record("J★nna Vossberg")).name == "J★nna Vossberg"  # type: ignore[attr-defined]


def _rare_token(trigger: str) -> bool:
    record = _record("Request 4", trained_words=(trigger,), tags=("woman",))
    return any(h.feature == "subject:rare_token_class" for h in SubjectCues().hits(record))


@pytest.mark.parametrize("trigger", ["ohwx woman", "ohwx_woman", "ohwx-woman", "ohwxWoman"])
def test_a_rare_token_trigger_reads_however_its_words_are_set_apart(trigger: str) -> None:
    assert _rare_token(trigger)


@pytest.mark.parametrize("trigger", ["ohwx_dog", "ohwxCastle", "nsfw_woman", "sunset_woman_style"])
def test_twin_a_rare_token_of_no_person_class_is_none(trigger: str) -> None:
    assert not _rare_token(trigger)


@pytest.mark.parametrize(
    "title",
    ["Sunny Vellardine [SDXL 1.0]", "SDXL 1.0 [Sunny Vellardine]", "LoRA (Sunny Vellardine)"],
)
def test_a_name_reads_on_either_side_of_a_model_word_bracket(title: str) -> None:
    assert name_words(title) == ("sunny", "vellardine")


@pytest.mark.parametrize(
    "title",
    ["Forest Cabin (Sunny Vellardine)", "Nurse Ottavia (Orchard Gate)", "SDXL (Neon Alley)"],
)
def test_twin_a_bracket_beside_other_words_is_not_read_as_the_title_s_name(title: str) -> None:
    assert name_words(title) != ("sunny", "vellardine")
    assert name_words("Nurse Ottavia (Orchard Gate)") == ()


# ---- the harness on invented pages ----


def _page(model_id: int, name: str, description: str, tags: list[str], words: list[str]) -> dict:
    return {
        "id": model_id,
        "name": name,
        "description": description,
        "type": "LORA",
        "poi": False,
        "nsfw": False,
        "tags": tags,
        "creator": {"username": "saltmarsh_ai"},
        "modelVersions": [
            {
                "id": model_id * 10,
                "name": "v1.0",
                "baseModel": "SD 1.5",
                "trainedWords": words,
                "files": [{"id": model_id * 100, "name": "model.safetensors", "type": "Model"}],
                "images": [],
            }
        ],
    }


def _label(likeness: bool, target: str | None = None, gender: str | None = None) -> dict:
    return {
        "platform": "civitai",
        "likeness": likeness,
        "target": target,
        "targets": [target] if target else [],
        "aliases": [],
        "gender": gender,
    }


PAGES = [
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
        _page(2, "Request 4", "<p>Weight 0.8.</p>", ["woman", "photorealistic"], ["ohwx woman"]),
        _label(True, None, "female"),
    ),
    (
        _page(
            3,
            "Tamsin Oakridge [SDXL 1.0]",
            "<p>Example: photo of tamsin oakridge, walking on the beach, summer dress.</p>",
            ["realistic"],
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
        _page(5, "Request 5", "<p>Weight 0.8.</p>", ["dog", "animal"], ["ohwx dog"]),
        _label(False),
    ),
]
FIXED = (
    "typo_nbsp",
    "typo_double_space",
    "typo_fullwidth",
    "deco_stars",
    "deco_sparkles",
    "trig_underscore",
    "trig_camel",
    "alias_swap",
    "alias_fullwidth",
)


def _perturb() -> Any:
    """``scripts/perturb_sets.py`` as a module."""
    sys.path.insert(0, str(SCRIPTS))
    try:
        return importlib.import_module("perturb_sets")
    finally:
        sys.path.remove(str(SCRIPTS))


def test_the_fixed_transforms_flip_nothing_on_invented_pages() -> None:
    perturb = _perturb()
    cases = [perturb.Case(f"t:{raw['id']}", "civitai", raw, label) for raw, label in PAGES]
    detector = Detector()
    # every page is got right as it stands, else the harness would skip it
    for raw, label in PAGES:
        assert detector.detect(record_of(raw, "civitai")).likeness == label["likeness"]
    tallies = perturb.run(cases, [perturb.BY_NAME[n] for n in FIXED], detector)
    assert all(tallies[n].applied for n in FIXED if not n.startswith("alias"))
    assert tallies["alias_swap"].applied == 1
    flipped = {n: (t.pos_to_neg, t.neg_to_pos, t.target, t.gender) for n, t in tallies.items()}
    assert all(t.flips == 0 and not t.target and not t.gender for t in tallies.values()), flipped


def test_a_title_in_one_case_reads_as_its_page_writes_it() -> None:
    page = "Frau Vellidow, the weather forecaster. Face LoRA from broadcast stills."
    for title in ("frau vellidow lora", "FRAU VELLIDOW LORA"):
        record = bounded(_record(title, description=page))
        assert record.name == "Frau Vellidow LoRA"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("title", "page"),
    [
        ("rainy city", "Rainy days. City lights and wet streets."),  # only sentences' first words
        ("neon alley style", "A neon alley style. Neon lights."),  # written two ways
        ("빈은봄 (BIN EUN-BOM)", "빈은봄 / Bin Eun-bom, actor."),  # a script name, capitals a gloss
        ("Frau vellidow", "Frau Vellidow, the weather forecaster."),  # a title in mixed case
    ],
)
def test_twin_a_title_stays_where_its_page_tells_no_case(title: str, page: str) -> None:
    assert bounded(_record(title, description=page)).name == title  # type: ignore[attr-defined]
