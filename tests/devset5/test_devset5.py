"""The fifth dev set is what its builder writes, its labels match their items, it names no real
person of Civitai's POI list, its invented full names are absent from the real catalog, no item
joins a sexual and a minor cue, poi5 stays in memory, and the scoring code reads the set.

No test here prints a detector figure: the parts are held out and scored once, at the end.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import build_devset5 as B
import pytest
from huggingface_hub.hf_api import ModelInfo

from dfaudit.detect.evalsets import record_of

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = REPO.parent / "shared"
POI_FILE = SHARED / "lexicons" / "civitai" / "words-poi.json"
CATALOG = SHARED / "realdata" / "civitai_catalog_2023_dev.jsonl.gz"
COMMITTED = sorted([*HERE.glob("*.py"), *HERE.glob("*.jsonl"), HERE / "README.md"])
COMMITTED.append(REPO / "scripts" / "eval_devset5.py")
PARTS = list(B.SEEDS)

Pair = tuple[dict[str, Any], dict[str, Any]]


def pairs_of(part: str) -> list[Pair]:
    items = (HERE / f"{part}.jsonl").read_text(encoding="utf-8").splitlines()
    labels = (HERE / f"{part}_labels.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(items) == len(labels), part
    return [
        (json.loads(item), json.loads(label)) for item, label in zip(items, labels, strict=True)
    ]


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def count_phrases(haystack: list[str], phrases: set[tuple[str, ...]]) -> int:
    """How many distinct phrases (word tuples) occur as consecutive words of the haystack."""
    by_first: dict[str, set[tuple[str, ...]]] = {}
    for phrase in phrases:
        by_first.setdefault(phrase[0], set()).add(phrase)
    found: set[tuple[str, ...]] = set()
    for at, word in enumerate(haystack):
        for phrase in by_first.get(word, ()):
            if phrase not in found and tuple(haystack[at : at + len(phrase)]) == phrase:
                found.add(phrase)
    return len(found)


def test_builder_rewrites_the_committed_files_byte_for_byte() -> None:
    for path, text in B.outputs():
        assert path.read_text(encoding="utf-8") == text, f"run build_devset5.py ({path.name})"


def test_readme_shows_the_current_counts() -> None:
    assert B.counts_table() in (HERE / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("part", PARTS)
def test_every_label_has_exactly_one_item_in_a_real_shape(part: str) -> None:
    pairs = pairs_of(part)
    assert 330 <= len(pairs) <= 420
    keys = Counter((label["platform"], label["model_id"]) for _, label in pairs)
    assert max(keys.values()) == 1
    for raw, label in pairs:
        assert list(label) == list(B.LABEL_KEYS)
        platform = "huggingface" if "siblings" in raw else "civitai"
        assert (label["platform"], label["model_id"]) == (platform, str(raw["id"]))
        assert record_of(raw, platform).name
        if platform == "huggingface":
            assert ModelInfo(**raw).id == raw["id"] == raw["id"].lower()
        else:
            assert raw["modelVersions"] and all(v["files"] for v in raw["modelVersions"])


@pytest.mark.parametrize("part", PARTS)
def test_a_likeness_label_names_someone_its_item_shows(part: str) -> None:
    for raw, label in pairs_of(part):
        if not label["likeness"]:
            assert (label["target"], label["gender"], label["prominence"]) == (None, None, None)
            assert not label["targets"] and not label["aliases"]
            continue
        assert label["gender"] in ("female", "male", "unknown")
        assert label["prominence"] == B.LIKENESS_PROMINENCE[label["kind"]]
        if label["target"] is None:  # "my wife": nobody is named
            assert label["kind"] == "private_person" and not label["targets"]
            continue
        assert label["target"] == label["targets"][0]
        text = B.squash(B.item_text(raw))
        for person in label["targets"]:
            forms = [person, *label["aliases"]] if person == label["target"] else [person]
            assert any(B.squash(form) in text for form in forms), label["model_id"]


@pytest.mark.parametrize("part", PARTS)
def test_the_balance_is_a_harness_like_mix(part: str) -> None:
    labels = [label for _, label in pairs_of(part)]
    kinds = Counter(label["kind"] for label in labels)
    assert len(kinds) >= 18 and min(kinds.values()) >= 3
    likeness = [label for label in labels if label["likeness"]]
    assert 0.5 <= len(likeness) / len(labels) <= 0.65
    genders = Counter(label["gender"] for label in likeness)
    assert genders["female"] >= 0.7 * len(likeness)
    assert genders["male"] >= 15 and genders["unknown"] >= 2
    assert sum(label["minor_risk"] for label in labels) >= 5
    assert sum(label["sexual_intent"] for label in labels) >= 20
    assert sum(label["platform"] == "huggingface" for label in labels) >= 25
    assert len({label["shape"] for label in labels}) >= 55


SHE = re.compile(
    r"\b(?:she|her|hers|herself|woman|women|actress|1girl)\b|女性|女優|女演员|여자|여배우|美女"
)
HE = re.compile(r"\b(?:he|him|his|himself|man|men|actor|1boy)\b|男性|男演员|俳優|남자|남배우")


@pytest.mark.parametrize("part", PARTS)
def test_no_item_speaks_of_its_person_with_the_other_genders_words(part: str) -> None:
    for raw, label in pairs_of(part):
        if label["likeness"] and label["gender"] != "unknown":
            wrong = HE if label["gender"] == "female" else SHE
            assert not wrong.search(B.item_text(raw).casefold()), label["model_id"]


def test_hold5_names_nobody_dev5_names() -> None:
    dev, hold = ({name for _, lab in pairs_of(part) for name in lab["targets"]} for part in PARTS)
    assert dev and hold and not dev & hold


@pytest.mark.parametrize("part", PARTS)
def test_labels_carry_exactly_the_cues_and_the_cues_never_meet(part: str) -> None:
    for raw, label in pairs_of(part):
        cues = (B.sexual_cue(raw), B.minor_cue(raw))
        assert cues == (label["sexual_intent"], label["minor_risk"]), label["model_id"]
        assert cues != (True, True), label["model_id"]


@pytest.mark.parametrize("part", PARTS)
def test_minors_and_youthful_adults_are_in_one_item_only(part: str) -> None:
    labels = [label for _, label in pairs_of(part)]
    alone = {lab["target"] for lab in labels if lab["minor_risk"] or "youth" in lab["shape"]}
    uses = Counter(name for lab in labels for name in lab["targets"])
    assert len(alone) >= 12 and all(uses[name] == 1 for name in alone)


def test_the_cue_readers_mean_what_they_say() -> None:
    def item(description: str) -> dict[str, Any]:
        return {"id": 7, "name": "portrait", "description": description, "tags": []}

    for minor in ("she is 16 years old", "15yo", "14歳の子役", "중학생", "child actress", "13岁"):
        assert B.minor_cue(item(minor)), minor
    for adult in ("24歳, petite", "cute, 27 years old", "school uniform (cosplay), born 1999",
                  "SD v1-5\nyo", "trained 15 epochs"):  # fmt: skip
        assert not B.minor_cue(item(adult)), adult
    assert B.sexual_cue(item("boudoir set")) and B.sexual_cue({**item(""), "nsfwLevel": 8})
    assert not B.sexual_cue({**item("red carpet"), "nsfwLevel": 3})


@pytest.fixture(scope="module")
def poi_names() -> list[str]:
    if not POI_FILE.exists():
        pytest.skip("../shared/lexicons/civitai/words-poi.json is absent: no real names to check")
    return [str(name) for name in json.loads(POI_FILE.read_text(encoding="utf-8"))]


def test_no_committed_file_holds_a_name_of_the_real_poi_list(poi_names: list[str]) -> None:
    phrases = {tuple(words(name)) for name in poi_names if words(name)}
    for path in COMMITTED:
        found = count_phrases(words(path.read_text(encoding="utf-8")), phrases)
        assert found == 0, f"{path.name}: {found} real names"  # the count, never the names


def test_no_invented_full_name_is_in_the_real_catalog() -> None:
    if not CATALOG.exists():
        pytest.skip("../shared/realdata is absent: the real catalog cannot be compared")
    catalog = words(gzip.decompress(CATALOG.read_bytes()).decode("utf-8"))
    full: set[tuple[str, ...]] = set()
    for part in PARTS:  # full names only: initials and one-word names are no full names
        names = {tuple(words(t)) for _, lab in pairs_of(part) for t in lab["targets"]}
        full |= {n for n in names if len(n) >= 2 and min(map(len, n)) >= 2}
    assert len(full) > 100
    assert count_phrases(catalog, full) == 0, "an invented full name is in the real catalog"


def test_poi5_is_built_in_memory_and_deterministically(poi_names: list[str]) -> None:
    import devset5_poi

    before = sorted(HERE.iterdir())
    items, labels = devset5_poi.build_poi5(poi_names)
    assert sorted(HERE.iterdir()) == before, "poi5 wrote a file"
    assert devset5_poi.build_poi5(list(reversed(poi_names))) == (items, labels)
    likeness = [label for label in labels if label["likeness"]]
    assert len(likeness) == devset5_poi.N_POSITIVE
    assert len(labels) == devset5_poi.N_POSITIVE + devset5_poi.N_NEGATIVE
    assert {label["gender"] for label in likeness} == {"female", "male", "unknown"}
    assert len({(label["platform"], label["model_id"]) for label in labels}) == len(labels)
    for raw, label in zip(items, labels, strict=True):  # messages never show an item
        assert "{" not in B.item_text(raw), "an unfilled template slot"
        assert not B.minor_cue(raw), "a poi5 item with a minor cue"
        assert B.sexual_cue(raw) == label["sexual_intent"], "a sexual label disagrees"


def test_the_scoring_code_reads_a_handful_of_items(capsys: pytest.CaptureFixture[str]) -> None:
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import eval_devset2
        import eval_devset5
    finally:
        sys.path.remove(str(REPO / "scripts"))
    items = eval_devset5.load_part("dev5")
    assert items is not None and len(items) == len(pairs_of("dev5"))
    handful = items[:4] + [i for i in items if i.label["minor_risk"]][:1]
    detector = eval_devset2.make_detector("none")
    assert detector is not None
    eval_devset2.report("dev5", handful, detector, True)
    out = capsys.readouterr().out  # captured, never shown
    assert out.startswith("== dev5: 5 items")
    for line in ("likeness precision", "gender accuracy", "minor risk recall", "sexual intent"):
        assert line in out


def test_the_phrase_counter_finds_runs_of_words_only() -> None:
    text = words("A photo of Meadow Thimble, not of meadow-thimbles or Thimble Meadow.")
    assert count_phrases(text, {("meadow", "thimble"), ("thimble", "meadow")}) == 2
    assert count_phrases(text, {("meadow", "thimbles", "x"), ("photo", "meadow")}) == 0
