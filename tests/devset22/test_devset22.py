"""Checks of the twenty-second dev set (tests/devset22). HELD OUT: only its author and the
coordinator open this folder.

The detector runs here only on five hold22 items, through the scoring code of
``scripts/eval_devset22.py``; its printout is captured and only its header is checked.
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

import build_devset22 as B
import devset22_poi as P
import pytest
from huggingface_hub.hf_api import ModelInfo

from dfaudit.detect.evalsets import record_of

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = REPO.parent / "shared"
POI_FILE = SHARED / "lexicons" / "civitai" / "words-poi.json"
REAL_CATALOG = SHARED / "realdata" / "civitai_catalog_2023_dev.jsonl.gz"
SCRIPT = REPO / "scripts" / "eval_devset22.py"
LABEL_FIELDS = (
    "platform", "model_id", "kind", "likeness", "target", "gender", "prominence",
    "sexual_intent", "minor_risk", "shape", "targets", "aliases",
)  # fmt: skip
LIKENESS_KINDS = {"public_figure", "online_creator", "private_person"}
TOKEN = re.compile(r"[^\W_]+")
# what shows a gender on a page: English words, pronouns and relation words, and the other
# languages' words this set writes (checked for every female / male likeness item)
GENDER_SIGNS = re.compile(
    r"\b(?:she|her|he|his|him|woman|man|girl|boy|actress|actor|wife|husband|gf|bf|girlfriend|"
    r"boyfriend|sister|brother|mom|dad|ella|él|ela|ele|ona|on|она|он|actriz|atriz|ator|aktorka|"
    r"aktor|amiga|namorada|dziewczyna|девушка|актриса|актёр|kike|kiume)\b"
    r"|女|男|她|他|여자|남자|여자친구|걸그룹|彼女|俳優|美女|الممثلة|الممثل|صديقتي|هي|هو|अभिनेत्री|अभिनेता|"
    r"girl group|1girl|1boy",
    re.IGNORECASE,
)
Part = list[tuple[dict[str, Any], dict[str, Any]]]


def tokens(text: str) -> tuple[str, ...]:
    return tuple(TOKEN.findall(text.lower()))


def flat(item: Any) -> str:
    return " " + " ".join(tokens(" ".join(B._texts(item)))) + " "


def occurs(name: str, text: str) -> bool:
    t = tokens(name)
    return bool(t) and f" {' '.join(t)} " in text


def squashed(name: str, item: Any) -> bool:
    key = "".join(tokens(B.fold(name))) or "".join(tokens(name))
    texts = " ".join(B._texts(item))
    return bool(key) and (key in "".join(tokens(B.fold(texts))) or key in "".join(tokens(texts)))


def shown(name: str, item: Any) -> bool:
    return occurs(name, flat(item)) or squashed(name, item)


@pytest.fixture(scope="module")
def part() -> Part:
    raw = (HERE / "hold22.jsonl").read_text("utf-8").splitlines()
    labs = (HERE / "hold22_labels.jsonl").read_text("utf-8").splitlines()
    assert len(raw) == len(labs)
    return [(json.loads(a), json.loads(b)) for a, b in zip(raw, labs, strict=True)]


@pytest.fixture(scope="module")
def poi_list() -> list[str]:
    if not POI_FILE.exists():
        pytest.skip("../shared is absent: no Civitai POI list to check against")
    data = json.loads(POI_FILE.read_text("utf-8"))
    words = data if isinstance(data, list) else next(iter(data.values()))
    return [str(w) for w in words]


def test_builder_is_deterministic_and_matches_the_committed_files() -> None:
    first, again = B.build("hold22"), B.build("hold22")
    assert first == again
    items, labels = first
    assert (HERE / "hold22.jsonl").read_text("utf-8") == "".join(B.dumps(x) + "\n" for x in items)
    assert (HERE / "hold22_labels.jsonl").read_text("utf-8") == "".join(
        B.dumps(x) + "\n" for x in labels
    )
    readme = (HERE / "README.md").read_text("utf-8")
    assert B.counts_table(labels) in readme and B.totals(labels) in readme
    assert f"`hold22.jsonl`: `{B.digest('hold22')}`" in readme


def test_fields_ids_kinds_and_readers(part: Part) -> None:
    seen: set[tuple[str, str]] = set()
    for item, lab in part:
        key = (lab["platform"], lab["model_id"])
        assert key not in seen
        seen.add(key)
        assert tuple(lab) == LABEL_FIELDS
        assert str(item["id"]) == lab["model_id"]
        assert lab["likeness"] == (lab["kind"] in LIKENESS_KINDS)
        if lab["platform"] == "huggingface":
            assert ModelInfo(**item).id == lab["model_id"]
        else:
            assert 22_000_000 <= item["id"] <= 22_999_999
        assert record_of(item, lab["platform"]).platform == lab["platform"]


def test_targets_show_and_negatives_name_nobody(part: Part) -> None:
    for item, lab in part:
        if not lab["likeness"]:
            assert (lab["target"], lab["gender"], lab["prominence"]) == (None, None, None)
            assert lab["targets"] == [] and lab["aliases"] == []
            continue
        assert lab["target"] == lab["targets"][0]
        assert lab["gender"] in ("female", "male", "unknown")
        assert any(shown(n, item) for n in (lab["target"], *lab["aliases"])), lab
        for person in lab["targets"][1:]:
            assert shown(person, item), lab


def test_every_gendered_likeness_page_shows_a_gender_sign(part: Part) -> None:
    for item, lab in part:
        if lab["likeness"] and lab["gender"] != "unknown":
            text = " ".join(B._texts(item))
            assert GENDER_SIGNS.search(text), lab
        if lab["likeness"] and lab["gender"] == "unknown":
            assert "they" in " ".join(B._texts(item))


def test_the_part_has_a_census_like_mix(part: Part) -> None:
    labels = [lab for _, lab in part]
    like = [lab for lab in labels if lab["likeness"]]
    assert len(labels) >= 600 and 0.42 <= len(like) / len(labels) <= 0.48
    kinds = Counter(lab["kind"] for lab in like)
    assert 0.55 <= kinds["public_figure"] / len(like) <= 0.65
    assert kinds["online_creator"] >= 50 and kinds["private_person"] >= 50
    genders = Counter(lab["gender"] for lab in like)
    assert genders["female"] > len(like) / 2 and genders["male"] >= 30
    negs = Counter(lab["kind"] for lab in labels if not lab["likeness"])
    assert len(negs) >= 12 and min(negs.values()) >= 15
    assert 0.15 <= sum(lab["platform"] == "huggingface" for lab in labels) / len(labels) <= 0.25
    civ = [item for item, _ in part if "modelVersions" in item]
    assert any("nsfwLevel" in i for i in civ) and any("nsfwLevel" not in i for i in civ)
    assert sum(lab["shape"] == "pf_named_blend" for lab in labels) >= 5
    assert all(len(lab["targets"]) >= 2 for lab in labels if lab["shape"] == "pf_named_blend")


def test_cues_agree_with_the_labels(part: Part) -> None:
    for item, lab in part:
        assert B.sexual_cue(item) == lab["sexual_intent"], lab
        assert B.minor_cue(item) == lab["minor_risk"], lab
        assert not (lab["sexual_intent"] and lab["minor_risk"])
        assert lab["minor_risk"] == (lab["shape"] in B.MINOR_SHAPES)
        if lab["shape"] == "pf_adult_uniform_east":
            assert not lab["minor_risk"] and re.search(
                r"uniform|petite|cute|制服|kawaii", flat(item)
            )
    minors = [lab["target"] for _, lab in part if lab["minor_risk"]]
    assert len(minors) >= 5
    for person in minors:  # a minor's person appears in no other item
        assert sum(occurs(person, flat(item)) for item, _ in part) == 1


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("swimmer, 15 years old", True),
        ("(16yo)", True),
        ("aged 14", True),
        ("16세", True),
        ("tags: teenager", True),
        ("中学生", True),
        ("26岁, school uniform, cute, petite", False),
        ("cfg 5, 30 steps, e10", False),
        ("05/16 v2: fixed", False),
        ("young face, kawaii", False),
    ],
)
def test_the_minor_cue(text: str, minor: bool) -> None:
    assert B.minor_cue({"name": text, "modelVersions": []}) is minor


def ngrams(toks: tuple[str, ...], sizes: set[int]) -> set[tuple[str, ...]]:
    return {toks[i : i + k] for k in sizes for i in range(len(toks) - k + 1)}


def test_no_poi_list_name_in_any_committed_file(poi_list: list[str]) -> None:
    wanted = {tokens(n) for n in poi_list if len(tokens(n)) >= 2}
    sizes = {len(w) for w in wanted}
    found = checked = 0
    for path in [*HERE.iterdir(), SCRIPT]:
        if path.is_file() and path.suffix in (".py", ".md", ".jsonl"):
            checked += 1
            found += len(wanted & ngrams(tokens(path.read_text("utf-8")), sizes))
    assert checked >= 5
    assert found == 0, f"{found} names of the POI list in committed files"


def test_no_invented_full_name_is_in_the_real_catalog() -> None:
    if not REAL_CATALOG.exists():
        pytest.skip("../shared is absent: no real catalog to check against")
    labels = (HERE / "hold22_labels.jsonl").read_text("utf-8").splitlines()
    invented = {
        tokens(B.fold(p))
        for line in labels
        for p in json.loads(line)["targets"]
        if len(tokens(B.fold(p))) >= 2 and min(map(len, tokens(B.fold(p)))) >= 2
    }
    with gzip.open(REAL_CATALOG, "rt", encoding="utf-8") as fh:
        text = fh.read().lower()
    toks = re.findall(r"[a-z0-9]+", text)  # markup and JSON escapes split words like spaces
    pairs = set(zip(toks, toks[1:], strict=False))
    hits = [n for n in invented if all(n[i : i + 2] in pairs for i in range(len(n) - 1))]
    assert not hits, f"{len(hits)} invented full names occur in the real catalog"


def test_poi22_is_built_in_memory_with_honest_labels(poi_list: list[str]) -> None:
    names = P.load_names(POI_FILE)
    assert names and set(names) <= set(poi_list)
    items, labels = P.build_poi22(names)
    assert (items, labels) == P.build_poi22(names)
    assert len({(lab["platform"], lab["model_id"]) for lab in labels}) == len(labels)
    used = {p for lab in labels for p in lab["targets"]}
    assert len(used) >= 200
    shapes = Counter(lab["shape"] for lab in labels if lab["likeness"])
    assert len(shapes) >= 12
    listneg = [lab for lab in labels if lab["shape"].startswith("listname_")]
    assert len(listneg) >= 50 and sum(not lab["likeness"] for lab in labels) - len(listneg) >= 60
    stated = {shape for shape, _, _ in P.GENDERED}
    for item, lab in zip(items, labels, strict=True):
        assert tuple(lab) == LABEL_FIELDS
        assert not lab["minor_risk"] and not B.minor_cue(item)
        assert B.sexual_cue(item) == lab["sexual_intent"]
        assert record_of(item, lab["platform"]).platform == lab["platform"]
        if lab["likeness"]:
            assert all(shown(p, item) for p in lab["targets"])
            assert (lab["gender"] != "unknown") == (lab["shape"] in stated)
        else:
            assert lab["target"] is None and lab["gender"] is None
    assert sum(lab["shape"] == P.BLEND for lab in labels) >= 10
    assert all(len(lab["targets"]) == 2 for lab in labels if lab["shape"] == P.BLEND)
    assert not any(p.name.startswith("poi22") for p in HERE.iterdir())


def test_the_scoring_script_loads_the_set_and_scores_five_items_quietly() -> None:
    sys.path.append(str(SCRIPT.parent))
    try:
        ev2 = importlib.import_module("eval_devset2")
        ev22 = importlib.import_module("eval_devset22")
    finally:
        sys.path.remove(str(SCRIPT.parent))
    loaded = ev22.load_part("hold22")
    n_items = len((HERE / "hold22.jsonl").read_text("utf-8").splitlines())
    assert loaded is not None and len(loaded) == n_items
    detector = ev2.make_detector("none")
    out = StringIO()
    with redirect_stdout(out):
        ev2.report("hold22", loaded[:5], detector, errors=False)
    assert out.getvalue().startswith("== hold22: 5 items")
    with redirect_stdout(StringIO()), pytest.raises(SystemExit) as exc:
        ev22.main(["--help"])
    assert exc.value.code == 0
