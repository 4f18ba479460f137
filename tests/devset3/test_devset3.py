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

from dfaudit.detect.evalsets import load_labelled, record_of

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SHARED = ROOT.parent / "shared"
POI_LIST = SHARED / "lexicons" / "civitai" / "words-poi.json"
SPLITS = tuple(builder.SEEDS)
# the label fields of the first dev set, in its order
with (ROOT / "tests" / "devset" / "labels.jsonl").open(encoding="utf-8") as first_set:
    LABEL_KEYS = list(json.loads(first_set.readline()))
COMMITTED = [
    *sorted(HERE.glob("*.py")),
    *sorted(HERE.glob("*.jsonl")),
    HERE / "README.md",
    ROOT / "scripts" / "eval_devset3.py",
]


@cache
def split(name: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    pairs = load_labelled(HERE / f"{name}.jsonl", HERE / f"{name}_labels.jsonl")
    return [dict(pair.raw) for pair in pairs], [dict(pair.label) for pair in pairs]


@pytest.fixture
def real_names() -> list[str]:
    if not POI_LIST.exists():
        pytest.skip("../shared/lexicons/civitai/words-poi.json is absent (no real names here)")
    return [str(name) for name in json.loads(POI_LIST.read_text(encoding="utf-8"))]


def test_the_builder_regenerates_the_committed_files() -> None:
    stale = [path.name for path, text in builder.outputs() if path.read_text("utf-8") != text]
    assert not stale, f"rerun tests/devset3/build_devset3.py: {stale}"


def test_the_readme_counts_are_current() -> None:
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    assert builder.counts_table() in readme, "rerun build_devset3.py --counts into README.md"


def squeeze(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


@pytest.mark.parametrize("name", SPLITS)
def test_every_label_has_its_item(name: str) -> None:
    items, labels = split(name)
    assert len(items) == len(labels) >= 380
    keys = [(lab["platform"], lab["model_id"]) for lab in labels]
    assert len(set(keys)) == len(keys), "a (platform, model_id) pair repeats"
    assert all(list(lab) == LABEL_KEYS for lab in labels)
    for raw, (platform, model_id) in zip(items, keys, strict=True):
        assert (platform, model_id) == (
            "huggingface" if "siblings" in raw else "civitai",
            str(raw["id"]),
        )
        assert record_of(raw, platform).name


@pytest.mark.parametrize("name", SPLITS)
def test_likeness_labels_name_someone_the_item_shows(name: str) -> None:
    items, labels = split(name)
    for raw, lab in zip(items, labels, strict=True):
        if not lab["likeness"]:
            assert (lab["target"], lab["gender"], lab["targets"]) == (None, None, [])
            continue
        assert lab["gender"] in ("female", "male", "unknown") and lab["prominence"]
        if lab["target"] is None:
            assert lab["kind"] == "private_person"
            continue
        assert lab["target"] in lab["targets"]
        # some form of the target is in the item, maybe run together or snake-cased there
        text = squeeze(builder.item_text(raw))
        assert any(squeeze(form) in text for form in [lab["target"], *lab["aliases"]])


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
        assert builder.minor_cue(raw) == label["minor_risk"], label["model_id"]
        if label["minor_risk"]:
            assert not builder.sexual_cue(raw), label["model_id"]


@pytest.mark.parametrize("name", SPLITS)
def test_sexual_labels_agree_with_the_metadata(name: str) -> None:
    items, labels = split(name)
    for raw, label in zip(items, labels, strict=True):
        assert builder.sexual_cue(raw) == label["sexual_intent"], label["model_id"]


def words_of(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def phrases_found(words: list[str], phrases: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """The phrases (word tuples) that occur in the word list, in one pass over it."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        by_first.setdefault(phrase[0], []).append(phrase)
    found = set()
    for i, word in enumerate(words):
        for phrase in by_first.get(word, ()):
            if tuple(words[i : i + len(phrase)]) == phrase:
                found.add(phrase)
    return found


def test_no_real_name_in_any_committed_file(real_names: list[str]) -> None:
    names = {tuple(words_of(n)) for n in real_names} - {()}
    for path in COMMITTED:
        if path.exists():
            hits = len(phrases_found(words_of(path.read_text(encoding="utf-8")), names))
            # the count only: the names themselves are never printed
            assert not hits, f"{path.name}: {hits} names of the real POI list"


def test_no_invented_full_name_is_in_the_real_catalog() -> None:
    catalog = ROOT / ".." / "shared" / "realdata" / "civitai_catalog_2023_dev.jsonl.gz"
    if not catalog.exists():
        pytest.skip("../shared/realdata is absent: the real catalog cannot be compared")
    words = words_of(gzip.decompress(catalog.read_bytes()).decode("utf-8"))
    for name in SPLITS:
        invented = {tuple(words_of(t)) for label in split(name)[1] for t in label["targets"] if t}
        found = phrases_found(words, {t for t in invented if len(t) > 1})
        assert not found, f"{name}: {len(found)} invented names occur in the real catalog"


def test_poi3_is_built_in_memory_with_its_templates_filled(real_names: list[str]) -> None:
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
        assert not builder.minor_cue(raw), "a poi3 item with a minor cue"
        assert builder.sexual_cue(raw) == label["sexual_intent"], "a poi3 sexual label disagrees"
