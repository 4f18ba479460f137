"""The fourth dev set holds together: reproducible, every label matches an item that shows its
person, no name of the real POI list in any committed file, no invented full name in the real
catalog, no item with both a sexual and a minor cue, and poi4 built in memory only."""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import build_devset4
import pytest
from huggingface_hub.hf_api import ModelInfo

from dfaudit.detect.evalsets import record_of

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = REPO.parent / "shared"
POI_FILE = SHARED / "lexicons" / "civitai" / "words-poi.json"
CATALOG = SHARED / "realdata" / "civitai_catalog_2023_dev.jsonl.gz"
PARTS = sorted(build_devset4.SEEDS)
OUR_FILES = [*HERE.glob("*.py"), *HERE.glob("*.jsonl"), HERE / "README.md"]
OUR_FILES.append(REPO / "scripts" / "eval_devset4.py")


def read_part(part: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    lines = [
        (HERE / f"{part}{suffix}.jsonl").read_text(encoding="utf-8").splitlines()
        for suffix in ("", "_labels")
    ]
    assert len(lines[0]) == len(lines[1]), f"{part}: items and labels differ in number"
    return [(json.loads(a), json.loads(b)) for a, b in zip(*lines, strict=True)]


def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def phrase_hits(text_tokens: list[str], phrases: set[tuple[str, ...]]) -> int:
    """How many of the phrases occur as whole-word runs in the token list."""
    starts: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        starts.setdefault(phrase[0], []).append(phrase)
    seen: set[tuple[str, ...]] = set()
    for at, token in enumerate(text_tokens):
        seen.update(p for p in starts.get(token, ()) if tuple(text_tokens[at : at + len(p)]) == p)
    return len(seen)


def test_the_committed_files_are_what_the_builder_writes() -> None:
    for path, text in build_devset4.outputs():
        assert path.read_text(encoding="utf-8") == text, f"rerun build_devset4.py ({path.name})"


def test_the_readme_table_is_current() -> None:
    assert build_devset4.counts_table() in (HERE / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("part", PARTS)
def test_each_label_belongs_to_one_item(part: str) -> None:
    pairs = read_part(part)
    assert 330 <= len(pairs) <= 480
    seen = set()
    for raw, label in pairs:
        assert tuple(label) == build_devset4.LABEL_KEYS
        platform = "huggingface" if "siblings" in raw else "civitai"
        key = (label["platform"], label["model_id"])
        assert key == (platform, str(raw["id"])) and key not in seen
        seen.add(key)
        assert record_of(raw, platform).name  # the evaluation code reads it
        if platform == "huggingface":
            assert ModelInfo(**raw).id == raw["id"]  # the shape huggingface_hub parses


@pytest.mark.parametrize("part", PARTS)
def test_likeness_labels_name_someone_the_item_shows(part: str) -> None:
    def squeeze(text: str) -> str:
        return re.sub(r"[\W_]+", "", text.casefold())

    for raw, label in read_part(part):
        if not label["likeness"]:
            assert label["target"] is label["gender"] is label["prominence"] is None
            assert label["targets"] == label["aliases"] == []
            continue
        assert label["gender"] in {"female", "male", "unknown"}
        if label["target"] is None:
            assert label["kind"] == "private_person" and label["targets"] == []
            continue
        assert label["target"] in label["targets"]
        shown = squeeze(build_devset4.item_text(raw))
        forms = [label["target"], *label["aliases"]]
        assert any(squeeze(form) in shown for form in forms), label["model_id"]


@pytest.mark.parametrize("part", PARTS)
def test_the_mix_is_the_one_the_readme_describes(part: str) -> None:
    labels = [label for _, label in read_part(part)]
    kinds = Counter(label["kind"] for label in labels)
    assert len(kinds) >= 18 and min(kinds.values()) >= 3
    genders = Counter(label["gender"] for label in labels if label["likeness"])
    assert genders["female"] > 0.65 * sum(genders.values())
    assert genders["male"] >= 10 and genders["unknown"] >= 1
    assert sum(label["minor_risk"] for label in labels) >= 5
    assert sum(label["platform"] == "huggingface" for label in labels) >= 25
    assert 0.5 < sum(label["likeness"] for label in labels) / len(labels) < 0.7


GENDER_WORDS = {
    "female": re.compile(
        r"\b(?:1girl|woman|women|actress|she|her|herself)\b|女優|女演员|女性|여배우|여자|美女"
    ),
    "male": re.compile(r"\b(?:1boy|man|men|actor|he|his|himself)\b|男性|男演员|俳優|남자|남배우"),
}


@pytest.mark.parametrize("part", PARTS)
def test_no_item_speaks_of_a_person_with_the_other_gender(part: str) -> None:
    for raw, label in read_part(part):
        if label["likeness"] and label["gender"] in GENDER_WORDS:
            other = "male" if label["gender"] == "female" else "female"
            text = build_devset4.item_text(raw)
            assert not GENDER_WORDS[other].search(text.casefold()), label["model_id"]


def test_hold4_is_about_other_people() -> None:
    dev, hold = ({t for _, lab in read_part(p) for t in lab["targets"]} for p in PARTS)
    assert hold and not dev & hold


@pytest.mark.parametrize("part", PARTS)
def test_cues_agree_with_labels_and_never_meet(part: str) -> None:
    for raw, label in read_part(part):
        sexual = build_devset4.sexual_cue(raw)
        minor = build_devset4.minor_cue(raw)
        assert (sexual, minor) == (label["sexual_intent"], label["minor_risk"]), label["model_id"]
        assert not (sexual and minor), label["model_id"]


@pytest.mark.parametrize("part", PARTS)
def test_a_person_with_a_minor_cue_or_youth_words_is_in_no_other_item(part: str) -> None:
    labels = [label for _, label in read_part(part)]
    once = [
        lab["target"] for lab in labels if lab["minor_risk"] or lab["shape"] == "adult_youth_words"
    ]
    named = Counter(t for label in labels for t in label["targets"])
    assert len(once) >= 15 and all(named[name] == 1 for name in once)


def test_the_cue_rules_read_ages_and_words_as_meant() -> None:
    def civitai(description: str) -> dict[str, Any]:
        return {"id": 1, "name": "x", "description": description, "tags": [], "nsfw": False}

    assert build_devset4.minor_cue(civitai("she is 15 years old"))
    assert build_devset4.minor_cue(civitai("16歳の子役"))
    assert not build_devset4.minor_cue(civitai("24歳, cute and petite, school uniform"))
    assert not build_devset4.minor_cue(civitai("19세 배우, 2000 steps"))
    assert build_devset4.sexual_cue(civitai("great for boudoir photos"))
    assert not build_devset4.sexual_cue(civitai("red carpet portraits, sfw"))


@pytest.fixture(scope="module")
def poi_names() -> list[str]:
    if not POI_FILE.exists():
        pytest.skip("../shared/lexicons/civitai/words-poi.json is absent: no real names to check")
    return [str(name) for name in json.loads(POI_FILE.read_text(encoding="utf-8"))]


def test_no_real_poi_name_in_our_files(poi_names: list[str]) -> None:
    phrases = {tuple(tokens(name)) for name in poi_names} - {()}
    for path in OUR_FILES:
        hits = phrase_hits(tokens(path.read_text(encoding="utf-8")), phrases)
        assert hits == 0, f"{path.name} holds {hits} names of the real POI list"  # never the names


def test_no_invented_full_name_occurs_in_the_real_catalog() -> None:
    if not CATALOG.exists():
        pytest.skip("../shared/realdata is absent: the real catalog cannot be compared")
    catalog = tokens(gzip.decompress(CATALOG.read_bytes()).decode("utf-8"))
    for part in PARTS:
        names = {tuple(tokens(t)) for _, lab in read_part(part) for t in lab["targets"]}
        # full names only: initials ("S.M.") and one-word names are no full names
        full = {n for n in names if len(n) > 1 and all(len(w) > 1 for w in n)}
        assert phrase_hits(catalog, full) == 0, f"{part}: an invented name is in the catalog"


def test_poi4_is_built_in_memory_from_the_real_list(poi_names: list[str]) -> None:
    import devset4_poi

    listing = sorted(HERE.iterdir())
    items, labels = devset4_poi.build_poi4(poi_names)
    assert sorted(HERE.iterdir()) == listing, "poi4 wrote a file"
    assert devset4_poi.build_poi4(poi_names) == (items, labels), "poi4 is not deterministic"
    positives = [label for label in labels if label["likeness"]]
    assert len(positives) == devset4_poi.N_POSITIVE
    assert len(labels) - len(positives) == devset4_poi.N_NEGATIVE
    assert {label["gender"] for label in positives} == {"female", "male", "unknown"}
    keys = {(label["platform"], label["model_id"]) for label in labels}
    assert len(keys) == len(labels)
    # assertion messages never show an item: poi4's items carry real names
    for raw, label in zip(items, labels, strict=True):
        assert "{" not in build_devset4.item_text(raw), "a template slot was left unfilled"
        assert not build_devset4.minor_cue(raw), "a poi4 item carries a minor cue"
        assert build_devset4.sexual_cue(raw) == label["sexual_intent"], "a sexual label disagrees"
