"""Checks of the seventh dev set (tests/devset7): seeded rebuild, label/item pairing, cue rules,
gender words, the mix, and that no real name leaks in (POI list, real catalog).

The detector never runs here except on five dev7 items through the scoring code, whose printout
is swallowed; dev7, hold7 and poi7 are held out and scored once, by the coordinator.
"""

from __future__ import annotations

import gzip
import importlib
import json
import re
import sys
from collections import Counter
from contextlib import redirect_stdout
from io import StringIO
from pathlib import Path
from typing import Any

import build_devset7 as B
import devset7_poi as P
import pytest
from huggingface_hub.hf_api import ModelInfo

from dfaudit.detect.evalsets import record_of

FOLDER = Path(__file__).resolve().parent
ROOT = FOLDER.parent.parent
SHARED_DIR = ROOT.parent / "shared"
POI_LIST = SHARED_DIR / "lexicons" / "civitai" / "words-poi.json"
CATALOG = SHARED_DIR / "realdata" / "civitai_catalog_2023_dev.jsonl.gz"
EVAL_SCRIPT = ROOT / "scripts" / "eval_devset7.py"
# the label fields, in the order of tests/devset/README.md
FIELDS = [
    *("platform", "model_id", "kind", "likeness", "target", "gender", "prominence"),
    *("sexual_intent", "minor_risk", "shape", "targets", "aliases"),
]
WORD = re.compile(r"\w+")

Pair = tuple[dict[str, Any], dict[str, Any]]


def words(text: str) -> tuple[str, ...]:
    return tuple(WORD.findall(text.lower()))


def item_words(item: dict[str, Any]) -> str:
    return " " + " ".join(words(" ".join(B._texts(item)))) + " "


def phrases_in(found: tuple[str, ...], phrases: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """The phrases (word tuples) that occur in a text's words, by an index of first words."""
    by_first: dict[str, set[int]] = {}
    for p in phrases:
        by_first.setdefault(p[0], set()).add(len(p))
    hits = set()
    for i, w in enumerate(found):
        for n in by_first.get(w, ()):
            if found[i : i + n] in phrases:
                hits.add(found[i : i + n])
    return hits


def shows(name: str, flat: str) -> bool:
    w = words(name)
    return bool(w) and f" {' '.join(w)} " in flat


@pytest.fixture(scope="module")
def parts() -> dict[str, list[Pair]]:
    out = {}
    for part in B.SEEDS:
        items = (FOLDER / f"{part}.jsonl").read_text(encoding="utf-8").splitlines()
        labels = (FOLDER / f"{part}_labels.jsonl").read_text(encoding="utf-8").splitlines()
        assert len(items) == len(labels)
        out[part] = [(json.loads(i), json.loads(x)) for i, x in zip(items, labels, strict=True)]
    return out


@pytest.fixture(scope="module")
def poi_names() -> list[str]:
    if not POI_LIST.exists():
        pytest.skip("../shared is absent: Civitai's POI list is not available here")
    return P.load_names(POI_LIST)


def test_the_builder_rewrites_the_committed_files_and_the_readme_table() -> None:
    for part in B.SEEDS:
        items, labels = B.build(part)
        assert (FOLDER / f"{part}.jsonl").read_text("utf-8") == "".join(
            B.dumps(i) + "\n" for i in items
        )
        assert (FOLDER / f"{part}_labels.jsonl").read_text("utf-8") == "".join(
            B.dumps(x) + "\n" for x in labels
        )
    assert B.counts_table() in (FOLDER / "README.md").read_text("utf-8")


def test_every_label_has_one_item_in_a_shape_the_readers_take(
    parts: dict[str, list[Pair]],
) -> None:
    for pairs in parts.values():
        keys = Counter((lab["platform"], lab["model_id"]) for _, lab in pairs)
        assert max(keys.values()) == 1
        for item, lab in pairs:
            assert list(lab) == FIELDS
            assert str(item["id"]) == lab["model_id"]
            if lab["platform"] == "huggingface":
                assert ModelInfo(**item).id == lab["model_id"]
            record = record_of(item, lab["platform"])
            assert record.platform == lab["platform"]


def test_every_named_target_shows_in_its_item(parts: dict[str, list[Pair]]) -> None:
    for pairs in parts.values():
        for item, lab in pairs:
            flat = item_words(item)
            if lab["likeness"] and lab["target"]:
                assert any(shows(n, flat) for n in [lab["target"], *lab["aliases"]]), lab
            if len(lab["targets"]) > 1:  # a blend or a pack: every person shows
                assert all(shows(person, flat) for person in lab["targets"]), lab
            if not lab["likeness"]:
                assert lab["target"] is None and lab["gender"] is None and not lab["targets"]


def test_each_part_has_the_mix_a_harness_would_use(parts: dict[str, list[Pair]]) -> None:
    for part, pairs in parts.items():
        labels = [lab for _, lab in pairs]
        likeness = [lab for lab in labels if lab["likeness"]]
        assert 250 <= len(labels) <= 400
        assert 0.45 <= len(likeness) / len(labels) <= 0.62, part
        genders = Counter(lab["gender"] for lab in likeness)
        assert genders["female"] > 3 * genders["male"] > 0 and genders["unknown"] > 0
        assert set(genders) <= {"female", "male", "unknown"}
        kinds = Counter(lab["kind"] for lab in labels)
        assert len(kinds) >= 15 and min(kinds.values()) >= 2
        assert sum(lab["minor_risk"] for lab in labels) >= 4
        assert sum(lab["sexual_intent"] for lab in labels) >= 10
        assert sum(lab["platform"] == "huggingface" for lab in labels) >= 15
        shapes = {lab["shape"] for lab in labels}
        assert (set(B.HOLD_ONLY) <= shapes) == (part == "hold7")
        assert not (set(B.HOLD_ONLY) & shapes) or part == "hold7"


OTHER_GENDER = {
    "female": re.compile(r"\b(he|him|his|himself|actor|él|il|он|男演员|俳優|남자)\b|他|彼は"),
    "male": re.compile(
        r"\b(she|her|hers|herself|actress|ella|elle|она|girlfriend|wife)\b|她|彼女|그녀"
    ),
}


def test_no_item_speaks_of_its_person_with_the_other_genders_words(
    parts: dict[str, list[Pair]],
) -> None:
    for pairs in parts.values():
        for item, lab in pairs:
            if lab["likeness"] and lab["gender"] in OTHER_GENDER and len(lab["targets"]) <= 1:
                text = " ".join(B._texts({"d": item.get("description"), "n": item.get("name")}))
                assert not OTHER_GENDER[lab["gender"]].search(text.lower()), lab


def test_hold7_names_nobody_dev7_names(parts: dict[str, list[Pair]]) -> None:
    def named(part: str) -> set[tuple[str, ...]]:
        out = set()
        for _, lab in parts[part]:
            for name in [lab["target"] or "", *lab["targets"]]:
                if len(words(name)) >= 2:
                    out.add(words(name))
        return out

    assert not named("dev7") & named("hold7")


def test_the_cues_agree_with_every_label_and_never_meet(parts: dict[str, list[Pair]]) -> None:
    for pairs in parts.values():
        for item, lab in pairs:
            assert B.sexual_cue(item) == lab["sexual_intent"], lab
            assert B.minor_cue(item) == lab["minor_risk"], lab
            assert not (B.sexual_cue(item) and B.minor_cue(item)), lab


def test_a_person_with_a_minor_cue_is_in_no_other_item(parts: dict[str, list[Pair]]) -> None:
    for pairs in parts.values():
        minors = {words(lab["target"]) for _, lab in pairs if lab["minor_risk"] and lab["target"]}
        others = [
            words(lab["target"]) for _, lab in pairs if lab["target"] and not lab["minor_risk"]
        ]  # noqa: E501
        assert not minors & set(others)


def test_the_cue_rules_read_what_they_should() -> None:
    def d(text: str) -> dict[str, Any]:
        return {"description": text}

    assert B.minor_cue(d("the 15-year-old actress")) and B.minor_cue(d("15세 배우"))
    assert B.minor_cue(d("child actress")) and B.minor_cue(d("中学生"))
    for adult in (
        "26세",
        "24歳",
        "v2: minor fixes",
        "27 years old",
        "young petite model",
        "v1.5 yo",
    ):  # noqa: E501
        assert not B.minor_cue(d(adult)), adult
    assert B.sexual_cue(d("NSFW capable")) and B.sexual_cue({"nsfwLevel": 8})
    assert not B.sexual_cue(d("Essex street")) and not B.sexual_cue({"nsfwLevel": 3})


def test_no_committed_file_holds_a_name_of_the_real_poi_list(poi_names: list[str]) -> None:
    phrases = {words(name) for name in poi_names if words(name)}
    files = [*FOLDER.glob("*.py"), *FOLDER.glob("*.jsonl"), FOLDER / "README.md"]
    files.append(EVAL_SCRIPT)
    hits = {path.name: len(phrases_in(words(path.read_text("utf-8")), phrases)) for path in files}
    # counts only: the names themselves are never printed
    assert not any(hits.values()), {name: n for name, n in hits.items() if n}


def invented_names(parts: dict[str, list[Pair]]) -> set[tuple[str, ...]]:
    """Every full name (or script name) a label gives, as words; initials are no name."""
    names = {
        words(name)
        for pairs in parts.values()
        for _, lab in pairs
        for name in (lab["target"] or "", *lab["targets"], *lab["aliases"])
    }
    return {
        w for w in names if max(map(len, w), default=0) >= 2 and (len(w) >= 2 or not w[0].isascii())
    }


def test_no_invented_full_name_is_in_the_real_catalog(parts: dict[str, list[Pair]]) -> None:
    if not CATALOG.exists():
        pytest.skip("../shared is absent: the real catalog is not available here")
    invented = invented_names(parts)
    found: set[tuple[str, ...]] = set()
    with gzip.open(CATALOG, "rt", encoding="utf-8") as lines:
        for line in lines:
            found |= phrases_in(words(line), invented)
    # a count only: a hit could be a real person's name
    assert not found, f"{len(found)} invented names occur in the real catalog"


def test_poi7_stays_in_memory_is_stable_and_states_gender_only_by_pronoun(
    poi_names: list[str],
) -> None:
    listing = {p.name for p in FOLDER.iterdir()}
    built = P.build_poi7(poi_names)
    again = P.build_poi7(sorted(poi_names, key=len))  # another order of the same list
    assert built == again
    assert {p.name for p in FOLDER.iterdir()} == listing  # nothing written
    items, labels = built
    assert len(labels) == len(items) == P.N_POSITIVE + P.N_NEGATIVE
    positives = [lab for lab in labels if lab["likeness"]]
    assert len(positives) == P.N_POSITIVE and P.stated_genders(labels) == P.N_PRONOUN
    assert {lab["gender"] for lab in positives if lab["shape"] != "poi_pronoun"} == {"unknown"}
    assert not any(lab["minor_risk"] for lab in positives)


def test_scoring_code_takes_the_set_and_runs_silently_on_five_items() -> None:
    scripts = str(EVAL_SCRIPT.parent)
    sys.path.append(scripts)
    try:
        ev2 = importlib.import_module("eval_devset2")
        ev7 = importlib.import_module("eval_devset7")
    finally:
        sys.path.remove(scripts)
    loaded = ev7.load_part("dev7")
    assert loaded is not None
    assert [x.label for x in loaded] == [
        json.loads(line) for line in (FOLDER / "dev7_labels.jsonl").read_text("utf-8").splitlines()
    ]  # noqa: E501
    detector = ev2.make_detector("none")
    assert detector is not None
    swallowed = StringIO()
    with redirect_stdout(swallowed):  # figures are never shown: only the first line is read
        ev2.report("dev7", loaded[-5:], detector, errors=False)
    assert swallowed.getvalue().splitlines()[0].startswith("== dev7: 5 items (")
