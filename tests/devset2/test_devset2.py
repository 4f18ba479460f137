"""Checks of the second dev set: reproducible, consistent, free of real names and of sexual
content with a minor cue."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import build_devset2 as builder
import devset2_poi
import pytest

from dfaudit.detect.evalsets import record_of

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
POI_LIST = ROOT / ".." / "shared" / "lexicons" / "civitai" / "words-poi.json"
SPLITS = ("dev2", "hold2")
COMMITTED = [
    *sorted(HERE.glob("*.py")),
    *sorted(HERE.glob("*.jsonl")),
    HERE / "README.md",
    ROOT / "scripts" / "eval_devset2.py",
]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@cache
def split(name: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    return read_jsonl(HERE / f"{name}.jsonl"), read_jsonl(HERE / f"{name}_labels.jsonl")


def poi_names() -> list[str]:
    if not POI_LIST.exists():
        pytest.skip("../shared/lexicons/civitai/words-poi.json is absent (no real names here)")
    return [str(n) for n in json.loads(POI_LIST.read_text(encoding="utf-8"))]


def test_the_builder_regenerates_the_same_bytes() -> None:
    for path, text in builder.outputs():
        assert path.read_text(encoding="utf-8") == text, f"{path.name} is stale: rerun the builder"


@pytest.mark.parametrize("name", SPLITS)
def test_every_label_has_its_item(name: str) -> None:
    items, labels = split(name)
    assert len(items) == len(labels) > 250
    pairs = set()
    for raw, label in zip(items, labels, strict=True):
        platform = label["platform"]
        assert platform == ("huggingface" if "siblings" in raw else "civitai")
        assert str(raw["id"]) == label["model_id"]
        pairs.add((platform, label["model_id"]))
        record = record_of(raw, platform)
        assert record.name
        if label["likeness"]:
            assert label["gender"] in ("female", "male", "unknown")
            assert label["prominence"]
            if label["kind"] != "private_person":
                assert label["target"] in label["targets"]
        else:
            assert label["gender"] is None and label["target"] is None and not label["targets"]
    assert len(pairs) == len(labels)


@pytest.mark.parametrize("name", SPLITS)
def test_the_mix_has_every_kind_and_a_female_majority(name: str) -> None:
    _, labels = split(name)
    kinds = {label["kind"] for label in labels}
    for kind in (
        "public_figure",
        "online_creator",
        "private_person",
        "character_anime",
        "character_vtuber",
        "artist_style",
        "checkpoint_realistic",
        "blend_unnamed",
        "nonexistent_person",
        "doll_likeness",
        "consistent_character",
    ):
        assert kind in kinds
    genders = [label["gender"] for label in labels if label["likeness"]]
    assert genders.count("female") > 0.7 * len(genders)
    assert genders.count("male") > 0 and genders.count("unknown") > 0
    assert sum(label["minor_risk"] for label in labels) >= 4


def test_hold2_uses_names_and_templates_dev2_never_shows() -> None:
    dev_targets = {t for label in split("dev2")[1] for t in label["targets"]}
    hold_targets = {t for label in split("hold2")[1] for t in label["targets"]}
    assert hold_targets and len(hold_targets & dev_targets) < 0.2 * len(hold_targets)
    dev_shapes = {label["shape"] for label in split("dev2")[1]}
    hold_shapes = {label["shape"] for label in split("hold2")[1]}
    assert {"tag_only", "person_pack", "resembles"} <= hold_shapes - dev_shapes


def _is_minor(raw: dict[str, Any]) -> bool:
    return builder.MINOR_RE.search(builder.item_text(raw)) is not None or bool(raw.get("minor"))


def _is_sexual(raw: dict[str, Any]) -> bool:
    if builder.SEXUAL_RE.search(builder.item_text(raw)):
        return True
    if raw.get("nsfw") or "not-for-all-audiences" in raw.get("tags", []):
        return True
    levels = [raw.get("nsfwLevel") or 0]
    for version in raw.get("modelVersions", []):
        levels.append(version.get("nsfwLevel") or 0)
        for image in version.get("images", []):
            levels.append(image.get("nsfwLevel") or 0)
            if image.get("nsfw") in ("Mature", "X"):
                return True
    return any(level & (4 | 8 | 16 | 32) for level in levels)


@pytest.mark.parametrize("name", SPLITS)
def test_no_item_carries_a_sexual_cue_and_a_minor_cue(name: str) -> None:
    items, labels = split(name)
    minors = 0
    for raw, label in zip(items, labels, strict=True):
        if _is_minor(raw):
            minors += 1
            assert label["minor_risk"]
            assert not _is_sexual(raw), label["model_id"]
    assert minors == sum(label["minor_risk"] for label in labels)


@pytest.mark.parametrize("name", SPLITS)
def test_sexual_labels_agree_with_the_metadata(name: str) -> None:
    items, labels = split(name)
    for raw, label in zip(items, labels, strict=True):
        assert _is_sexual(raw) == label["sexual_intent"], label["model_id"]


def _ngrams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.casefold())
    return {tuple(words[i : i + n]) for n in range(1, 6) for i in range(len(words) - n + 1)}


def test_no_real_name_in_any_committed_file() -> None:
    names = [tuple(re.findall(r"\w+", n.casefold())) for n in poi_names()]
    names = [n for n in names if n]
    for path in COMMITTED:
        if not path.exists():
            continue
        grams = _ngrams(path.read_text(encoding="utf-8"))
        hits = sum(1 for n in names if n in grams)
        # never print the names themselves
        assert hits == 0, f"{path.name}: {hits} names of the real POI list"


def test_poi2_is_built_in_memory_with_its_templates_filled() -> None:
    names = devset2_poi.load_names(POI_LIST) if POI_LIST.exists() else []
    if not names:
        poi_names()  # skips with its message
    before = sorted(p.name for p in HERE.iterdir())
    items, labels = devset2_poi.build_poi2(names)
    assert sorted(p.name for p in HERE.iterdir()) == before
    positives = [lab for lab in labels if lab["likeness"]]
    assert len(positives) == devset2_poi.N_POSITIVE
    for raw, label in zip(items, labels, strict=True):
        text = builder.item_text(raw)
        assert "{" + "person" not in text
        if label["likeness"]:
            assert all(builder.name_key(t) for t in label["targets"])
        assert not _is_minor(raw)
