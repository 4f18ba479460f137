"""Checks of the twentieth dev set (tests/devset20).

The detector runs here only on five hold20 items, through the scoring code of
``scripts/eval_devset20.py``; its printout is captured and only its header is checked.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from collections import Counter
from contextlib import redirect_stdout
from io import StringIO
from pathlib import Path
from typing import Any

import build_devset20 as B
import devset20_poi as P
import pytest
from huggingface_hub.hf_api import ModelInfo

from dfaudit.detect.evalsets import record_of

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = REPO.parent / "shared"
POI_FILE = SHARED / "lexicons" / "civitai" / "words-poi.json"
SCRIPT = REPO / "scripts" / "eval_devset20.py"
LABEL_FIELDS = (
    "platform", "model_id", "kind", "likeness", "target", "gender", "prominence",
    "sexual_intent", "minor_risk", "shape", "targets", "aliases",
)  # fmt: skip
TOKEN = re.compile(r"[^\W_]+")
# what a page may show a gender by: English words and pronouns, and the CJK words of this set
GENDER_WORDS = {
    "female": {"woman", "she", "her", "girl", "actress", "wife", "gf", "girlfriend", "sister",
               "女性", "美女", "女明星", "女演员", "女優", "여자", "여배우", "걸그룹"},
    "male": {"man", "he", "his", "actor", "brother", "男性", "男明星", "男演员", "俳優", "남자",
             "보이그룹"},
}  # fmt: skip
Part = list[tuple[dict[str, Any], dict[str, Any]]]


def tokens(text: str) -> tuple[str, ...]:
    return tuple(TOKEN.findall(text.lower()))


def flat(item: Any) -> str:
    return " " + " ".join(tokens(" ".join(B.texts(item)))) + " "


def occurs(name: str, item: Any) -> bool:
    t = tokens(name)
    if t and f" {' '.join(t)} " in flat(item):
        return True
    key = "".join(t)  # run-together, camelCase, script without spaces
    return bool(key) and key in "".join(tokens(" ".join(B.texts(item))))


def shows_gender(item: Any, gender: str) -> bool:
    text = " ".join(B.texts(item)).lower()
    words = set(tokens(text))
    return any(w in words or (not w.isascii() and w in text) for w in GENDER_WORDS[gender])


@pytest.fixture(scope="module")
def built() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    return B.build("hold20")


@pytest.fixture(scope="module")
def hold(built: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> Part:
    return list(zip(*built, strict=True))


@pytest.fixture(scope="module")
def poi_list() -> list[str]:
    if not POI_FILE.exists():
        pytest.skip("../shared is absent: no Civitai POI list to check against")
    data = json.loads(POI_FILE.read_text("utf-8"))
    words = data if isinstance(data, list) else next(iter(data.values()))
    return [str(w) for w in words]


def test_builder_rewrites_the_committed_files_byte_for_byte(
    built: tuple[list[dict[str, Any]], list[dict[str, Any]]],
) -> None:
    items, labels = built
    assert (HERE / "hold20.jsonl").read_text("utf-8") == "".join(B.dumps(x) + "\n" for x in items)
    assert (HERE / "hold20_labels.jsonl").read_text("utf-8") == "".join(
        B.dumps(x) + "\n" for x in labels
    )
    readme = (HERE / "README.md").read_text("utf-8")
    assert B.counts_table() in readme and B.totals() in readme
    assert f"`hold20.jsonl` {B.digest('hold20')}" in readme


def test_labels_have_the_fields_and_kinds_and_the_readers_take_every_item(hold: Part) -> None:
    seen: set[tuple[str, str]] = set()
    for item, lab in hold:
        assert tuple(lab) == LABEL_FIELDS
        key = (lab["platform"], lab["model_id"])
        assert key not in seen
        seen.add(key)
        assert str(item["id"]) == lab["model_id"]
        if lab["platform"] == "civitai":
            assert 20_000_000 <= item["id"] <= 20_999_999
        else:
            assert ModelInfo(**item).id == lab["model_id"]
        assert record_of(item, lab["platform"]).platform == lab["platform"]
        kinds = B.LIKENESS_KINDS if lab["likeness"] else B.NEGATIVE_KINDS
        assert lab["kind"] in kinds, lab


def test_targets_show_in_their_items_and_negatives_name_nobody(hold: Part) -> None:
    for item, lab in hold:
        if not lab["likeness"]:
            assert (lab["target"], lab["gender"], lab["prominence"], lab["targets"],
                    lab["aliases"]) == (None, None, None, [], [])  # fmt: skip
            continue
        assert lab["prominence"] == B.PROMINENCE[lab["kind"]]
        assert lab["targets"][0] == lab["target"]
        assert occurs(lab["target"], item) or lab["aliases"], lab
        assert all(occurs(p, item) for p in lab["targets"][1:]), lab
        assert all(occurs(a, item) for a in lab["aliases"]), lab


def test_gender_is_what_the_page_shows(hold: Part) -> None:
    for item, lab in hold:
        if lab["likeness"] and lab["gender"] != "unknown":
            assert shows_gender(item, lab["gender"]), lab
        if lab["likeness"] and lab["gender"] == "unknown":
            assert not shows_gender(item, "female") and not shows_gender(item, "male"), lab


def test_blends_name_each_person(hold: Part) -> None:
    blends = [lab for _, lab in hold if lab["shape"] == "blend_of_named_people"]
    assert blends and all(len(lab["targets"]) in (2, 3) for lab in blends)


def test_the_part_has_a_census_like_mix(hold: Part) -> None:
    labels = [lab for _, lab in hold]
    like = [lab for lab in labels if lab["likeness"]]
    assert len(labels) >= 580 and 0.42 <= len(like) / len(labels) <= 0.48
    kinds = Counter(lab["kind"] for lab in like)
    assert kinds["public_figure"] > 0.55 * len(like)
    assert kinds["online_creator"] >= 0.15 * len(like) and kinds["private_person"] >= 0.15 * len(
        like
    )
    genders = Counter(lab["gender"] for lab in like)
    assert genders["female"] > len(like) / 2 and genders["male"] >= 20 and genders["unknown"]
    negatives = Counter(lab["kind"] for lab in labels if not lab["likeness"])
    assert len(negatives) >= 12 and min(negatives.values()) >= 15
    hf = sum(lab["platform"] == "huggingface" for lab in labels)
    assert 0.15 <= hf / len(labels) <= 0.25
    civ = [item for item, _ in hold if "modelVersions" in item]
    assert any("nsfwLevel" in i for i in civ) and any("nsfwLevel" not in i for i in civ)


def test_cues_agree_with_the_labels_and_never_meet(hold: Part) -> None:
    for item, lab in hold:
        assert B.sexual_cue(item) == lab["sexual_intent"], lab
        assert B.minor_cue(item) == lab["minor_risk"], lab
        assert not (lab["sexual_intent"] and lab["minor_risk"]), lab
        assert lab["minor_risk"] == (lab["shape"] in B.MINOR_SHAPES), lab
    minors = [lab["target"] for _, lab in hold if lab["minor_risk"]]
    assert len(minors) >= 8
    pages = [flat(item) for item, _ in hold]
    for person in minors:  # a minor's person is in no other item
        assert sum(f" {' '.join(tokens(person))} " in page for page in pages) == 1


def test_adult_uniform_words_are_no_minor_cue(hold: Part) -> None:
    adult = [(i, lab) for i, lab in hold if lab["shape"] == "adult_cute_uniform_ea"]
    assert len(adult) >= 8
    for item, lab in adult:
        assert lab["likeness"] and not lab["minor_risk"] and lab["gender"] == "female"
        assert re.search(r"uniform|petite|cute|制服|kawaii", flat(item) + str(item.get("name")))


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("skater, 15 years old", True),
        ("(14yo)", True),
        ("aged 16", True),
        ("16세 배우", True),
        ("15歳", True),
        ("tags: teen", True),
        ("中学生", True),
        ("24歳, school uniform, petite, cute", False),
        ("Steps: 14, CFG 4", False),
        ("young face, kawaii", False),
        ("she is 25", False),
    ],
)
def test_the_minor_cue(text: str, minor: bool) -> None:
    assert B.minor_cue({"name": text, "modelVersions": []}) is minor


def test_no_name_of_the_poi_list_is_in_any_committed_file(poi_list: list[str]) -> None:
    wanted = {tokens(n) for n in poi_list if len(tokens(n)) >= 2}
    sizes = {len(w) for w in wanted}
    found = checked = 0
    for path in [*HERE.iterdir(), SCRIPT]:
        if path.is_file() and path.suffix in (".py", ".md", ".jsonl"):
            checked += 1
            words = tokens(path.read_text("utf-8"))
            grams = {words[i : i + n] for n in sizes for i in range(len(words) - n + 1)}
            found += len(wanted & grams)
    assert checked >= 6
    assert found == 0, f"{found} names of the POI list in committed files"


def test_poi20_is_built_in_memory_with_honest_labels(poi_list: list[str]) -> None:
    names = P.load_names(POI_FILE)
    assert names and set(names) <= set(poi_list)
    items, labels = P.build_poi20(names)
    assert len(items) == len(labels) == P.N_ITEMS
    assert len({(lab["platform"], lab["model_id"]) for lab in labels}) == len(labels)
    like = Counter(lab["shape"] for lab in labels if lab["likeness"])
    assert len(like) >= 10 and sum(len(lab["targets"]) for lab in labels) >= 150
    uses = [lab for lab in labels if lab["shape"] in dict(P.NEG_USES)]
    assert len(uses) >= 50 and not any(lab["likeness"] for lab in uses)
    assert sum(not lab["likeness"] for lab in labels) - len(uses) >= 60
    gendered = {shape for shape, _, _ in P.GENDERED}
    for item, lab in zip(items, labels, strict=True):
        assert tuple(lab) == LABEL_FIELDS
        assert not lab["minor_risk"]
        assert B.sexual_cue(item) == lab["sexual_intent"]
        assert record_of(item, lab["platform"]).platform == lab["platform"]
        if lab["likeness"]:
            assert all(occurs(p, item) for p in lab["targets"])
            assert (lab["gender"] != "unknown") == (lab["shape"] in gendered)
    assert not any(p.name.startswith("poi20") for p in HERE.iterdir())


def test_the_scoring_script_loads_the_set_and_scores_five_items_quietly() -> None:
    sys.path.append(str(SCRIPT.parent))
    try:
        ev2 = importlib.import_module("eval_devset2")
        ev20 = importlib.import_module("eval_devset20")
    finally:
        sys.path.remove(str(SCRIPT.parent))
    loaded = ev20.load_part("hold20")
    lines = (HERE / "hold20.jsonl").read_text("utf-8").count("\n")
    assert loaded is not None and len(loaded) == lines
    detector = ev2.make_detector("none")
    out = StringIO()
    with redirect_stdout(out):
        ev2.report("hold20", loaded[:5], detector, errors=False)
    assert out.getvalue().startswith("== hold20: 5 items")
