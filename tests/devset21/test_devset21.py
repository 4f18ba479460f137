"""Checks of the twenty-first dev set (tests/devset21), development data by an independent hand.

The detector runs here only on five dev21 items, through the scoring code of
``scripts/eval_devset21.py``; its printout is captured and only its header is checked.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from collections import Counter
from contextlib import redirect_stdout
from functools import cache
from io import StringIO
from pathlib import Path
from typing import Any

import build_devset21 as B
import devset21_poi as P
import pytest
from huggingface_hub.hf_api import ModelInfo

from dfaudit.detect.evalsets import record_of

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
POI_FILE = REPO.parent / "shared" / "lexicons" / "civitai" / "words-poi.json"
SCRIPT = REPO / "scripts" / "eval_devset21.py"
LABEL_FIELDS = (
    "platform", "model_id", "kind", "likeness", "target", "gender", "prominence",
    "sexual_intent", "minor_risk", "shape", "targets", "aliases",
)  # fmt: skip
LIKENESS_KINDS = {"public_figure", "online_creator", "private_person"}
NEGATIVE_KINDS = {
    "character_anime", "character_western", "character_vtuber", "artist_style", "concept",
    "clothing", "checkpoint_realistic", "tool", "generic_face", "ethnic_look", "body_type",
    "blend_unnamed", "nonexistent_person", "doll_likeness", "consistent_character",
}  # fmt: skip
TOKEN = re.compile(r"[^\W_]+")
Part = list[tuple[dict[str, Any], dict[str, Any]]]


def tokens(text: str) -> tuple[str, ...]:
    return tuple(TOKEN.findall(text.lower()))


def flat(item: Any) -> str:
    return " " + " ".join(tokens(" ".join(B.texts(item)))) + " "


def occurs(name: str, text: str) -> bool:
    t = tokens(name)
    return bool(t) and f" {' '.join(t)} " in text


def squashed(name: str, item: Any) -> bool:
    key = "".join(tokens(B.fold(name)))
    return bool(key) and key in "".join(tokens(B.fold(" ".join(B.texts(item)))))


def shown(lab: dict[str, Any], item: Any) -> bool:
    return any(occurs(n, flat(item)) or squashed(n, item) for n in (lab["target"], *lab["aliases"]))


@cache
def built() -> tuple[list[Any], list[Any]]:
    return B.build("dev21")


@pytest.fixture(scope="module")
def dev() -> Part:
    raw = (HERE / "dev21.jsonl").read_text("utf-8").splitlines()
    labs = (HERE / "dev21_labels.jsonl").read_text("utf-8").splitlines()
    assert len(raw) == len(labs)
    return [(json.loads(a), json.loads(b)) for a, b in zip(raw, labs, strict=True)]


@pytest.fixture(scope="module")
def poi_list() -> list[str]:
    if not POI_FILE.exists():
        pytest.skip("../shared is absent: no Civitai POI list to check against")
    data = json.loads(POI_FILE.read_text("utf-8"))
    words = data if isinstance(data, list) else next(iter(data.values()))
    return [str(w) for w in words]


def test_builder_rewrites_the_committed_files_byte_for_byte() -> None:
    items, labels = built()
    assert (HERE / "dev21.jsonl").read_text("utf-8") == "".join(B.dumps(x) + "\n" for x in items)
    assert (HERE / "dev21_labels.jsonl").read_text("utf-8") == "".join(
        B.dumps(x) + "\n" for x in labels
    )
    readme = (HERE / "README.md").read_text("utf-8")
    assert B.counts_table(labels) in readme and B.totals(labels) in readme
    assert B.digest("dev21") in readme
    assert "independent hand" in readme and "development data" in readme.lower()


def test_labels_have_the_fields_and_ids_are_unique_and_in_range(dev: Part) -> None:
    seen: set[tuple[str, str]] = set()
    for item, lab in dev:
        assert tuple(lab) == LABEL_FIELDS
        key = (lab["platform"], lab["model_id"])
        assert key not in seen
        seen.add(key)
        assert str(item["id"]) == lab["model_id"]
        assert record_of(item, lab["platform"]).platform == lab["platform"]
        if lab["platform"] == "huggingface":
            assert ModelInfo(**item).id == lab["model_id"]
            assert lab["model_id"].split("/")[0].removesuffix("-user") in B.HF_ORGS
        else:
            assert 21_000_000 <= item["id"] <= 21_999_999


def test_kinds_are_valid_and_every_negative_kind_is_large_enough(dev: Part) -> None:
    kinds = Counter(lab["kind"] for _, lab in dev)
    for _, lab in dev:
        assert lab["kind"] in (LIKENESS_KINDS if lab["likeness"] else NEGATIVE_KINDS), lab
    negative = {k: n for k, n in kinds.items() if k in NEGATIVE_KINDS}
    assert len(negative) >= 12 and min(negative.values()) >= 15, negative


def test_the_part_has_the_briefs_mix(dev: Part) -> None:
    labels = [lab for _, lab in dev]
    like = [lab for lab in labels if lab["likeness"]]
    assert len(labels) >= 550 and 0.42 <= len(like) / len(labels) <= 0.48
    kinds = Counter(lab["kind"] for lab in like)
    assert 0.55 <= kinds["public_figure"] / len(like) <= 0.65
    assert 0.15 <= kinds["private_person"] / len(like) <= 0.25
    assert 0.15 <= kinds["online_creator"] / len(like) <= 0.25
    genders = Counter(lab["gender"] for lab in like)
    assert genders["female"] > len(like) / 2 and genders["male"] >= 30
    hf = sum(lab["platform"] == "huggingface" for lab in labels)
    assert 0.15 <= hf / len(labels) <= 0.25
    civ = [item for item, _ in dev if "modelVersions" in item]
    assert any("nsfwLevel" in i for i in civ) and any("nsfwLevel" not in i for i in civ)
    assert sum(len(i["modelVersions"]) > 1 for i in civ) >= 10


def test_targets_show_in_their_items_and_negatives_name_nobody(dev: Part) -> None:
    for item, lab in dev:
        if not lab["likeness"]:
            assert (lab["target"], lab["gender"], lab["prominence"], lab["targets"],
                    lab["aliases"]) == (None, None, None, [], [])  # fmt: skip
            continue
        assert lab["gender"] in ("female", "male", "unknown")
        assert lab["target"] and shown(lab, item), lab
        assert lab["targets"][0] == lab["target"]
        for person in lab["targets"][1:]:  # every person of a blend is named on the page
            assert occurs(person, flat(item)) or squashed(person, item), lab
    blends = [lab for _, lab in dev if lab["shape"] == "named_people_blend"]
    assert blends and all(len(lab["targets"]) >= 2 for lab in blends)


def test_every_naming_culture_is_present(dev: Part) -> None:
    shapes = Counter(lab["shape"] for _, lab in dev)
    for culture in B.CULTURES:
        assert shapes[f"{culture}_naming"] >= 4, culture
    assert len(B.CULTURES) >= 20


def test_cues_match_the_labels_and_never_meet(dev: Part) -> None:
    for item, lab in dev:
        assert B.sexual_cue(item) == lab["sexual_intent"], lab
        assert B.minor_cue(item) == lab["minor_risk"], lab
        assert not (lab["sexual_intent"] and lab["minor_risk"]), lab
        assert lab["minor_risk"] == (lab["shape"] in B.MINOR_SHAPES), lab
    cute = [(i, lab) for i, lab in dev if lab["shape"] == "adult_east_asian_cute_words"]
    assert cute
    for item, lab in cute:
        assert lab["likeness"] and not lab["minor_risk"] and lab["gender"] == "female"
        assert re.search(r"uniform|petite|cute|制服|kawaii|young", " ".join(B.texts(item)))


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("chess player, 15 years old", True),
        ("(16yo) gymnast", True),
        ("aged 14", True),
        ("17세", True),
        ("13歳", True),
        ("tags: teen", True),
        ("中学生", True),
        ("gravure idol (24歳)", False),
        ("制服 cosplay, kawaii, petite", False),
        ("uni classmate (we're both 24)", False),
        ("Sampler: Euler a / 16 steps", False),
        ("2025/03/16 v2", False),
    ],
)
def test_the_minor_cue_reads_ages_and_youth_words_only(text: str, minor: bool) -> None:
    assert B.minor_cue({"name": text, "modelVersions": []}) is minor


def test_nobody_with_a_minor_cue_appears_in_another_item(dev: Part) -> None:
    minors = [lab["target"] for _, lab in dev if lab["minor_risk"]]
    assert len(minors) >= 5
    pages = [flat(item) for item, _ in dev]
    for person in minors:
        assert sum(occurs(person, page) for page in pages) == 1, person


def test_no_name_of_the_poi_list_is_in_any_committed_file(poi_list: list[str]) -> None:
    wanted = {tokens(n) for n in poi_list if len(tokens(n)) >= 2}
    sizes = {len(w) for w in wanted}
    found = checked = 0
    for path in [*HERE.iterdir(), SCRIPT]:
        if path.is_file() and path.suffix in (".py", ".md", ".jsonl"):
            checked += 1
            toks = tokens(path.read_text("utf-8"))
            grams = {toks[i : i + n] for n in sizes for i in range(len(toks) - n + 1)}
            found += len(wanted & grams)
    assert checked >= 5
    assert found == 0, f"{found} names of the POI list in committed files"


def test_poi21_is_built_in_memory_with_enough_names_templates_and_negatives(
    poi_list: list[str],
) -> None:
    names = P.load_names(POI_FILE)
    assert names and set(names) <= set(poi_list)
    items, labels = P.build_poi21(names)
    assert len(items) == P.N_NAMES + P.N_LIST_NEGATIVES + P.N_INVENTED
    assert len({(lab["platform"], lab["model_id"]) for lab in labels}) == len(labels)
    positive = Counter(lab["shape"] for lab in labels if lab["likeness"])
    assert sum(positive.values()) >= 150 and len(positive) >= 10
    listed = [lab for lab in labels if lab["shape"].startswith("poi_name_")]
    assert len(listed) >= 50 and not any(lab["likeness"] for lab in listed)
    invented = [lab for lab in labels if not lab["likeness"] and lab not in listed]
    assert len(invented) >= 60
    stated = {shape for shape, _, _ in P.GENDERED}
    for item, lab in zip(items, labels, strict=True):
        assert tuple(lab) == LABEL_FIELDS
        assert not lab["minor_risk"] and not B.minor_cue(item)
        assert B.sexual_cue(item) == lab["sexual_intent"]
        if lab["likeness"]:
            assert shown(lab, item)
            assert (lab["gender"] != "unknown") == (lab["shape"] in stated)
        else:
            assert lab["target"] is None and lab["gender"] is None
    assert not any(p.name.startswith("poi21") for p in HERE.iterdir())


def test_the_scoring_script_loads_the_set_and_scores_five_items_quietly(dev: Part) -> None:
    sys.path.append(str(SCRIPT.parent))
    try:
        ev2 = importlib.import_module("eval_devset2")
        ev21 = importlib.import_module("eval_devset21")
    finally:
        sys.path.remove(str(SCRIPT.parent))
    loaded = ev21.load_part("dev21")
    assert loaded is not None and len(loaded) == len(dev)
    detector = ev2.make_detector("none")
    out = StringIO()
    with redirect_stdout(out):
        ev2.report("dev21", loaded[:5], detector, errors=False)
    assert out.getvalue().startswith("== dev21: 5 items")
    with redirect_stdout(StringIO()), pytest.raises(SystemExit) as exc:
        ev21.main(["--help"])
    assert exc.value.code == 0
