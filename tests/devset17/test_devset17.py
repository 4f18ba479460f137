"""Checks of the seventeenth dev set (tests/devset17).

The detector runs here only on five dev17 items, through the scoring code of
``scripts/eval_devset17.py``; its printout is captured and only its header is checked.
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

import build_devset17 as B
import devset17_poi as P
import pytest
from huggingface_hub.hf_api import ModelInfo

from dfaudit.detect.evalsets import record_of

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
POI_FILE = REPO.parent / "shared" / "lexicons" / "civitai" / "words-poi.json"
SCRIPT = REPO / "scripts" / "eval_devset17.py"
LABEL_FIELDS = (
    "platform", "model_id", "kind", "likeness", "target", "gender", "prominence",
    "sexual_intent", "minor_risk", "shape", "targets", "aliases",
)  # fmt: skip
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
def sets() -> dict[str, Part]:
    out: dict[str, Part] = {}
    for name in B.SEEDS:
        raw = (HERE / f"{name}.jsonl").read_text("utf-8").splitlines()
        labs = (HERE / f"{name}_labels.jsonl").read_text("utf-8").splitlines()
        assert len(raw) == len(labs), name
        out[name] = [(json.loads(a), json.loads(b)) for a, b in zip(raw, labs, strict=True)]
    return out


@pytest.fixture(scope="module")
def poi_list() -> list[str]:
    if not POI_FILE.exists():
        pytest.skip("../shared is absent: no Civitai POI list to check against")
    data = json.loads(POI_FILE.read_text("utf-8"))
    words = data if isinstance(data, list) else next(iter(data.values()))
    return [str(w) for w in words]


def test_builder_rewrites_the_committed_files_byte_for_byte(sets: dict[str, Part]) -> None:
    for name in sets:
        items, labels = B.build(name)
        assert (items, labels) == B.build.__wrapped__(name)
        assert (HERE / f"{name}.jsonl").read_text("utf-8") == "".join(
            B.dumps(x) + "\n" for x in items
        )
        assert (HERE / f"{name}_labels.jsonl").read_text("utf-8") == "".join(
            B.dumps(x) + "\n" for x in labels
        )
    readme = (HERE / "README.md").read_text("utf-8")
    assert B.counts_table() in readme
    assert B.totals() in readme
    for name in sets:
        assert B.digest(name) in readme


def test_label_fields_ids_and_readers(sets: dict[str, Part]) -> None:
    seen: set[tuple[str, str]] = set()
    for pairs in sets.values():
        for item, lab in pairs:
            assert tuple(lab) == LABEL_FIELDS
            key = (lab["platform"], lab["model_id"])
            assert key not in seen
            seen.add(key)
            assert str(item["id"]) == lab["model_id"]
            if lab["platform"] == "civitai":
                assert 17_000_000 <= item["id"] <= 17_999_999
            else:
                assert ModelInfo(**item).id == lab["model_id"]
            assert record_of(item, lab["platform"]).platform == lab["platform"]


def test_labels_are_consistent_and_targets_show(sets: dict[str, Part]) -> None:
    for pairs in sets.values():
        for item, lab in pairs:
            if not lab["likeness"]:
                assert (lab["target"], lab["gender"], lab["prominence"]) == (None, None, None)
                assert lab["targets"] == lab["aliases"] == []
                continue
            assert lab["kind"] in B.PROMINENCE
            assert lab["prominence"] == B.PROMINENCE[lab["kind"]]
            assert lab["gender"] in ("female", "male", "unknown")
            assert lab["targets"][0] == lab["target"]
            assert any(shown(n, item) for n in (lab["target"], *lab["aliases"])), lab
            if lab["shape"] == "named_blend":
                assert len(lab["targets"]) >= 2
                assert all(shown(p, item) for p in lab["targets"]), lab


def test_the_parts_have_the_briefs_mix(sets: dict[str, Part]) -> None:
    for name, pairs in sets.items():
        labels = [lab for _, lab in pairs]
        like = [lab for lab in labels if lab["likeness"]]
        assert 380 <= len(labels) <= 460 and 0.42 <= len(like) / len(labels) <= 0.48, name
        kinds = Counter(lab["kind"] for lab in like)
        assert 0.55 <= kinds["public_figure"] / len(like) <= 0.70
        assert kinds["online_creator"] >= 30 and kinds["private_person"] >= 30
        genders = Counter(lab["gender"] for lab in like)
        assert genders["female"] > len(like) / 2 and genders["male"] >= 20
        negs = Counter(lab["kind"] for lab in labels if not lab["likeness"])
        assert len(negs) >= 12 and min(negs.values()) >= 15, negs
        hf = sum(lab["platform"] == "huggingface" for lab in labels)
        assert 0.15 <= hf / len(labels) <= 0.25
        civ = [i for i, _ in pairs if "modelVersions" in i]
        assert any("nsfwLevel" in i for i in civ) and any("nsfwLevel" not in i for i in civ)


def test_the_parts_share_shapes_but_no_person(sets: dict[str, Part]) -> None:
    shapes = {n: {lab["shape"] for _, lab in pairs} for n, pairs in sets.items()}
    assert shapes["dev17"] == shapes["hold17"]
    people = {
        n: {p for _, lab in pairs for p in lab["targets"] if " " in p} for n, pairs in sets.items()
    }
    assert not people["dev17"] & people["hold17"]


def test_cues_agree_with_labels_and_never_meet(sets: dict[str, Part]) -> None:
    for pairs in sets.values():
        for item, lab in pairs:
            assert B.sexual_cue(item) == lab["sexual_intent"], lab
            assert B.minor_cue(item) == lab["minor_risk"], lab
            assert not (lab["sexual_intent"] and lab["minor_risk"])
            assert lab["minor_risk"] == (lab["shape"] in B.MINOR_SHAPES)
            if lab["shape"] == "adult_cute_uniform":
                assert lab["likeness"] and not lab["minor_risk"]
        minors = [lab["target"] for _, lab in pairs if lab["minor_risk"]]
        pages = [flat(item) for item, _ in pairs]
        for person in minors:
            assert sum(f" {' '.join(tokens(person))} " in p for p in pages) == 1, person


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("swimmer, 15 years old", True),
        ("(16yo)", True),
        ("16세 배우", True),
        ("14岁", True),
        ("aged 13", True),
        ("tags: teen", True),
        ("中学生", True),
        ("gravure model, 24歳", False),
        ("school uniform, petite, cute, young girl", False),
        ("steps 14 / cfg 4", False),
        ("03/16 v2: flux port", False),
        ("born 2001", False),
    ],
)
def test_the_minor_cue(text: str, minor: bool) -> None:
    assert B.minor_cue({"name": text, "modelVersions": []}) is minor


def test_no_name_of_the_poi_list_is_in_any_committed_file(poi_list: list[str]) -> None:
    wanted = {tokens(n) for n in poi_list if len(tokens(n)) >= 2}
    longest = max(map(len, wanted))
    found = checked = 0
    for path in [*HERE.iterdir(), SCRIPT]:
        if path.is_file() and path.suffix in (".py", ".md", ".jsonl"):
            checked += 1
            t = tokens(path.read_text("utf-8"))
            grams = {t[i : i + n] for n in range(2, longest + 1) for i in range(len(t) - n + 1)}
            found += len(wanted & grams)
    assert checked >= 7
    assert found == 0, f"{found} names of the POI list in committed files"


def test_poi17_is_built_in_memory(poi_list: list[str]) -> None:
    names = P.load_names(POI_FILE)
    assert names and set(names) <= set(poi_list)
    items, labels = P.build_poi17(names)
    assert len(items) == P.N_ITEMS + P.N_NEG
    assert len({lab["target"] for lab in labels if lab["likeness"]} | {
        p for lab in labels for p in lab["targets"]}) >= 150  # fmt: skip
    assert len({(lab["platform"], lab["model_id"]) for lab in labels}) == len(labels)
    assert len({lab["shape"] for lab in labels if lab["likeness"]}) >= 10
    gendered = {shape for shape, _, _ in P.GENDERED}
    for item, lab in zip(items, labels, strict=True):
        assert tuple(lab) == LABEL_FIELDS
        assert not lab["minor_risk"]
        assert record_of(item, lab["platform"]).platform == lab["platform"]
        if lab["likeness"]:
            assert any(shown(n, item) for n in (lab["target"], *lab["aliases"]))
            assert all(shown(p, item) for p in lab["targets"][1:])
            assert (lab["gender"] != "unknown") == (lab["shape"] in gendered)
    assert not any(p.name.startswith("poi17") for p in HERE.iterdir())


def test_the_scoring_script_scores_five_items_quietly() -> None:
    sys.path.append(str(SCRIPT.parent))
    try:
        ev2 = importlib.import_module("eval_devset2")
        ev17 = importlib.import_module("eval_devset17")
    finally:
        sys.path.remove(str(SCRIPT.parent))
    loaded = ev17.load_part("dev17")
    assert loaded is not None and len(loaded) == len(B.build("dev17")[0])
    detector = ev2.make_detector("none")
    out = StringIO()
    with redirect_stdout(out):
        ev2.report("dev17", loaded[:5], detector, errors=False)
    assert out.getvalue().startswith("== dev17: 5 items")
