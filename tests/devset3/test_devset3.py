"""Checks of the third dev set: reproducible, labels agree with their items, no real name in
any committed file, no item with a sexual cue and a minor cue, poi3 built in memory only."""

from __future__ import annotations

import gzip
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import build_devset3 as builder
import devset3_poi
import pytest

from dfaudit.detect.evalsets import record_of

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
POI_LIST = ROOT / ".." / "shared" / "lexicons" / "civitai" / "words-poi.json"
SPLITS = ("dev3", "hold3")
LABEL_KEYS = [
    "platform",
    "model_id",
    "kind",
    "likeness",
    "target",
    "gender",
    "prominence",
    "sexual_intent",
    "minor_risk",
    "shape",
    "targets",
    "aliases",
]
COMMITTED = [
    *sorted(HERE.glob("*.py")),
    *sorted(HERE.glob("*.jsonl")),
    HERE / "README.md",
    ROOT / "scripts" / "eval_devset3.py",
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


def is_minor(raw: dict[str, Any]) -> bool:
    return builder.MINOR_RE.search(builder.cue_text(raw)) is not None or bool(raw.get("minor"))


def is_sexual(raw: dict[str, Any]) -> bool:
    if builder.SEXUAL_RE.search(builder.cue_text(raw)):
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


def test_the_builder_regenerates_the_same_bytes() -> None:
    for path, text in builder.outputs():
        assert path.read_text(encoding="utf-8") == text, f"{path.name} is stale: rerun the builder"


def test_the_readme_counts_are_current() -> None:
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    assert builder.counts_table() in readme, "rerun build_devset3.py --counts into README.md"


@pytest.mark.parametrize("name", SPLITS)
def test_every_label_has_its_item(name: str) -> None:
    items, labels = split(name)
    assert len(items) == len(labels) >= 380
    pairs = set()
    for raw, label in zip(items, labels, strict=True):
        assert list(label) == LABEL_KEYS
        platform = label["platform"]
        assert platform == ("huggingface" if "siblings" in raw else "civitai")
        assert str(raw["id"]) == label["model_id"]
        pairs.add((platform, label["model_id"]))
        assert record_of(raw, platform).name
        if label["likeness"]:
            assert label["gender"] in ("female", "male", "unknown")
            assert label["prominence"]
            if label["target"] is not None:
                assert label["target"] in label["targets"]
                text = builder.item_text(raw).casefold()
                shown = [label["target"], *label["aliases"]]
                # some form of the target is in the item (names may be run together there)
                squeezed = re.sub(r"[\W_]+", "", text)
                assert any(re.sub(r"[\W_]+", "", s.casefold()) in squeezed for s in shown)
        else:
            assert label["gender"] is None and label["target"] is None and not label["targets"]
    assert len(pairs) == len(labels)


@pytest.mark.parametrize("name", SPLITS)
def test_the_mix_has_every_kind_and_a_female_majority(name: str) -> None:
    _, labels = split(name)
    kinds = {label["kind"] for label in labels}
    assert {
        "public_figure",
        "online_creator",
        "private_person",
        "character_anime",
        "character_western",
        "character_vtuber",
        "artist_style",
        "concept",
        "clothing",
        "checkpoint_realistic",
        "generic_face",
        "ethnic_look",
        "blend_unnamed",
        "nonexistent_person",
        "doll_likeness",
        "consistent_character",
    } <= kinds
    genders = [label["gender"] for label in labels if label["likeness"]]
    assert genders.count("female") > 0.65 * len(genders)
    assert genders.count("male") > 0 and genders.count("unknown") > 0
    assert sum(label["minor_risk"] for label in labels) >= 4
    assert sum(label["platform"] == "huggingface" for label in labels) >= 20


def test_hold3_differs_from_dev3() -> None:
    dev_targets = {t for label in split("dev3")[1] for t in label["targets"]}
    hold_targets = {t for label in split("hold3")[1] for t in label["targets"]}
    assert hold_targets and len(hold_targets & dev_targets) < 0.2 * len(hold_targets)


@pytest.mark.parametrize("name", SPLITS)
def test_no_item_carries_a_sexual_cue_and_a_minor_cue(name: str) -> None:
    items, labels = split(name)
    for raw, label in zip(items, labels, strict=True):
        assert is_minor(raw) == label["minor_risk"], label["model_id"]
        if label["minor_risk"]:
            assert not is_sexual(raw), label["model_id"]


@pytest.mark.parametrize("name", SPLITS)
def test_sexual_labels_agree_with_the_metadata(name: str) -> None:
    items, labels = split(name)
    for raw, label in zip(items, labels, strict=True):
        assert is_sexual(raw) == label["sexual_intent"], label["model_id"]


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


def test_no_invented_full_name_is_in_the_real_catalog() -> None:
    catalog = ROOT / ".." / "shared" / "realdata" / "civitai_catalog_2023_dev.jsonl.gz"
    if not catalog.exists():
        pytest.skip("../shared/realdata is absent: the real catalog cannot be compared")
    words = re.findall(r"\w+", gzip.decompress(catalog.read_bytes()).decode("utf-8").casefold())
    pairs = set(zip(words, words[1:], strict=False))
    for name in SPLITS:
        names = {
            tuple(re.findall(r"\w+", t.casefold()))
            for label in split(name)[1]
            for t in label["targets"]
            if t and " " in t
        }
        # every name has two words or more: a name whose words are all adjacent pairs there
        found = [t for t in names if all(pair in pairs for pair in zip(t, t[1:], strict=False))]
        assert not found, f"{name}: {len(found)} invented names occur in the real catalog"


def test_poi3_is_built_in_memory_with_its_templates_filled() -> None:
    if not POI_LIST.exists():
        poi_names()  # skips with its message
    names = devset3_poi.load_names(POI_LIST)
    before = sorted(p.name for p in HERE.iterdir())
    items, labels = devset3_poi.build_poi3(names)
    assert sorted(p.name for p in HERE.iterdir()) == before
    positives = [lab for lab in labels if lab["likeness"]]
    assert len(positives) == devset3_poi.N_POSITIVE
    assert len(labels) - len(positives) == devset3_poi.N_NEGATIVE
    assert {lab["gender"] for lab in positives} == {"female", "male", "unknown"}
    for raw, label in zip(items, labels, strict=True):
        # messages name no item: poi3's items carry real names
        assert "{" not in record_of(raw, label["platform"]).name, "a template slot left unfilled"
        assert not is_minor(raw), "a poi3 item with a minor cue"
        assert is_sexual(raw) == label["sexual_intent"], "a poi3 sexual label disagrees"
