"""Checks of the nineteenth dev set (tests/devset19).

The detector runs here only on five dev19 items, through the scoring code of
``scripts/eval_devset19.py``; its printout is captured and only its header is checked.
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

import build_devset19 as B
import devset19_poi as P
import pytest
from huggingface_hub.hf_api import ModelInfo

from dfaudit.detect.evalsets import record_of

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = REPO.parent / "shared"
POI_FILE = SHARED / "lexicons" / "civitai" / "words-poi.json"
SCRIPT = REPO / "scripts" / "eval_devset19.py"
LABEL_FIELDS = (
    "platform", "model_id", "kind", "likeness", "target", "gender", "prominence",
    "sexual_intent", "minor_risk", "shape", "targets", "aliases",
)  # fmt: skip
KINDS = {
    "public_figure", "online_creator", "private_person", "character_anime", "character_western",
    "character_vtuber", "artist_style", "concept", "clothing", "checkpoint_realistic", "tool",
    "generic_face", "ethnic_look", "body_type", "blend_unnamed", "nonexistent_person",
    "doll_likeness", "consistent_character",
}  # fmt: skip
TOKEN = re.compile(r"[^\W_]+")
Part = list[tuple[dict[str, Any], dict[str, Any]]]


def tokens(text: str) -> tuple[str, ...]:
    return tuple(TOKEN.findall(text.lower()))


def flat(item: Any) -> str:
    return " " + " ".join(tokens(" ".join(B.texts(item)))) + " "


def shown(name: str, item: Any) -> bool:
    t = tokens(name)
    squashed = "".join(t)
    return bool(t) and (
        f" {' '.join(t)} " in flat(item) or squashed in "".join(tokens(" ".join(B.texts(item))))
    )


@pytest.fixture(scope="module")
def dev19() -> Part:
    raw = (HERE / "dev19.jsonl").read_text("utf-8").splitlines()
    labs = (HERE / "dev19_labels.jsonl").read_text("utf-8").splitlines()
    assert len(raw) == len(labs)
    return [(json.loads(a), json.loads(b)) for a, b in zip(raw, labs, strict=True)]


@pytest.fixture(scope="module")
def poi_list() -> list[str]:
    if not POI_FILE.exists():
        pytest.skip("../shared is absent: no Civitai POI list to check against")
    data = json.loads(POI_FILE.read_text("utf-8"))
    words = data if isinstance(data, list) else next(iter(data.values()))
    return [str(w) for w in words]


def test_builder_is_deterministic_and_matches_the_committed_files(dev19: Part) -> None:
    items, labels = B.built("dev19")
    assert (HERE / "dev19.jsonl").read_text("utf-8") == "".join(B.dumps(x) + "\n" for x in items)
    assert (HERE / "dev19_labels.jsonl").read_text("utf-8") == "".join(
        B.dumps(x) + "\n" for x in labels
    )
    readme = (HERE / "README.md").read_text("utf-8")
    assert B.counts_table() in readme and B.totals() in readme
    assert B.digest("dev19") in readme


def test_label_fields_kinds_and_readers(dev19: Part) -> None:
    seen: set[tuple[str, str]] = set()
    for item, lab in dev19:
        assert tuple(lab) == LABEL_FIELDS
        assert lab["kind"] in KINDS
        key = (lab["platform"], lab["model_id"])
        assert key not in seen
        seen.add(key)
        assert str(item["id"]) == lab["model_id"]
        if lab["platform"] == "huggingface":
            assert ModelInfo(**item).id == lab["model_id"]
        else:
            assert 19_000_000 <= item["id"] < 20_000_000
        assert record_of(item, lab["platform"]).platform == lab["platform"]


def test_targets_show_and_negatives_name_nobody(dev19: Part) -> None:
    for item, lab in dev19:
        if not lab["likeness"]:
            assert (lab["target"], lab["gender"], lab["prominence"], lab["targets"],
                    lab["aliases"]) == (None, None, None, [], [])  # fmt: skip
            continue
        assert lab["gender"] in ("female", "male", "unknown")
        assert lab["targets"][0] == lab["target"]
        assert any(shown(n, item) for n in (lab["target"], *lab["aliases"])), lab
        for person in lab["targets"]:
            assert shown(person, item), lab
        if lab["shape"] == "named_blend":
            assert len(lab["targets"]) >= 2


def test_the_mix(dev19: Part) -> None:
    labels = [lab for _, lab in dev19]
    like = [lab for lab in labels if lab["likeness"]]
    assert 600 <= len(labels) <= 700 and 0.42 <= len(like) / len(labels) <= 0.48
    kinds = Counter(lab["kind"] for lab in like)
    assert kinds["public_figure"] / len(like) >= 0.55
    assert kinds["online_creator"] >= 45 and kinds["private_person"] >= 45
    genders = Counter(lab["gender"] for lab in like)
    assert genders["female"] > len(like) / 2 and genders["male"] >= 40 and genders["unknown"]
    negs = Counter(lab["kind"] for lab in labels if not lab["likeness"])
    assert len(negs) >= 12 and min(negs.values()) >= 15
    hf = sum(lab["platform"] == "huggingface" for lab in labels)
    assert 0.25 <= hf / len(labels) <= 0.35
    civ = [item for item, _ in dev19 if "modelVersions" in item]
    assert any("nsfwLevel" in i for i in civ) and any("nsfwLevel" not in i for i in civ)


def test_cues_match_the_labels(dev19: Part) -> None:
    for item, lab in dev19:
        assert B.sexual_cue(item) == lab["sexual_intent"], lab
        assert B.minor_cue(item) == lab["minor_risk"], lab
        assert not (lab["sexual_intent"] and lab["minor_risk"])
        assert lab["minor_risk"] == (lab["shape"] in B.MINOR_SHAPES)
    assert sum(lab["minor_risk"] for _, lab in dev19) >= 5
    assert sum(lab["sexual_intent"] for _, lab in dev19) >= 8


def test_nobody_with_a_minor_cue_appears_in_another_item(dev19: Part) -> None:
    minors = [lab["target"] for _, lab in dev19 if lab["minor_risk"]]
    assert len(minors) >= 5
    pages = [flat(item) for item, _ in dev19]
    for person in minors:
        assert sum(1 for page in pages if f" {' '.join(tokens(person))} " in page) == 1, person


def test_adult_youth_words_are_no_minor_cue(dev19: Part) -> None:
    adult = [(i, lab) for i, lab in dev19 if lab["shape"] == "adult_cute_uniform"]
    assert adult
    for item, lab in adult:
        assert not lab["minor_risk"] and lab["gender"] == "female"
        assert re.search(r"cute|petite|uniform|制服", item["description"])


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("chess player, 15 years old", True),
        ("(16yo) swimmer", True),
        ("배우 16세", True),
        ("中学生", True),
        ("tags: teenager", True),
        ("gravure, 24歳", False),
        ("school uniform cosplay, petite, cute, young looking", False),
        ("Steps: 14, CFG 4, denoise 0.35", False),
        ("trained on 16 photos", False),
    ],
)
def test_the_minor_cue(text: str, minor: bool) -> None:
    assert B.minor_cue({"name": text, "modelVersions": []}) is minor


def test_no_name_of_the_poi_list_is_in_any_committed_file(poi_list: list[str]) -> None:
    wanted = {tokens(n) for n in poi_list if 2 <= len(tokens(n)) <= 5}
    firsts = {w[0] for w in wanted}
    found = checked = 0
    for path in [*HERE.iterdir(), SCRIPT]:
        if path.is_file() and path.suffix in (".py", ".md", ".jsonl"):
            checked += 1
            toks = tokens(path.read_text("utf-8"))
            starts = [i for i, t in enumerate(toks) if t in firsts]
            grams = {toks[i : i + k] for i in starts for k in range(2, 6)}
            found += len(wanted & grams)
    assert checked >= 5
    assert found == 0, f"{found} names of the POI list in committed files"


def test_poi19_is_built_in_memory(poi_list: list[str]) -> None:
    names = P.load_names(POI_FILE)
    assert names and all(n in poi_list for n in names)
    items, labels = P.build_poi19(names)
    assert (items, labels) == P.build_poi19(names)
    assert len(items) == P.N_NAMES + P.N_LISTNAME + P.N_NEG
    assert P.N_NAMES >= 150 and P.N_LISTNAME >= 50 and P.N_NEG >= 60
    assert len({(lab["platform"], lab["model_id"]) for lab in labels}) == len(labels)
    stated = {shape for shape, _, _ in P.GENDERED}
    listname = {shape for shape, _ in P.LISTNAME_NEGATIVES}
    shapes = Counter(lab["shape"] for lab in labels if lab["likeness"])
    assert len(shapes) >= 10
    spelled = [f" {' '.join(tokens(n))} " for n in names]
    for item, lab in zip(items, labels, strict=True):
        assert tuple(lab) == LABEL_FIELDS and lab["kind"] in KINDS
        assert not lab["minor_risk"] and not B.minor_cue(item)
        assert B.sexual_cue(item) == lab["sexual_intent"]
        assert record_of(item, lab["platform"]).platform == lab["platform"]
        if lab["likeness"]:
            assert shown(lab["target"], item)
            assert (lab["gender"] != "unknown") == (lab["shape"] in stated)
        else:
            assert lab["target"] is None and lab["gender"] is None
            if lab["shape"] in listname:  # a list name on the page, in a non-likeness use
                page = flat(item)
                assert any(t in page for t in spelled)
    assert not any(p.name.startswith("poi19") for p in HERE.iterdir())


def test_the_scoring_script_loads_the_set_and_scores_five_items_quietly() -> None:
    sys.path.append(str(SCRIPT.parent))
    try:
        ev2 = importlib.import_module("eval_devset2")
        ev19 = importlib.import_module("eval_devset19")
    finally:
        sys.path.remove(str(SCRIPT.parent))
    loaded = ev19.load_part("dev19")
    assert loaded is not None and len(loaded) == len(B.built("dev19")[0])
    detector = ev2.make_detector("none")
    out = StringIO()
    with redirect_stdout(out):
        ev2.report("dev19", loaded[:5], detector, errors=False)
    assert out.getvalue().startswith("== dev19: 5 items")
