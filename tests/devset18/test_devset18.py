"""Checks of the eighteenth dev set (tests/devset18), a held-out set.

The detector runs here only on five hold18 items, through the scoring code of
``scripts/eval_devset18.py``; its printout is captured and only its header is checked.
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

import build_devset18 as B
import devset18_poi as P
import pytest
from huggingface_hub.hf_api import ModelInfo

from dfaudit.detect.evalsets import record_of

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = REPO.parent / "shared"
POI_FILE = SHARED / "lexicons" / "civitai" / "words-poi.json"
REAL_CATALOG = SHARED / "realdata" / "civitai_catalog_2023_dev.jsonl.gz"
SCRIPT = REPO / "scripts" / "eval_devset18.py"
LABEL_FIELDS = (
    "platform", "model_id", "kind", "likeness", "target", "gender", "prominence",
    "sexual_intent", "minor_risk", "shape", "targets", "aliases",
)  # fmt: skip
NEGATIVE_KINDS = {
    "character_anime", "character_western", "character_vtuber", "artist_style", "concept",
    "clothing", "checkpoint_realistic", "tool", "generic_face", "ethnic_look", "body_type",
    "blend_unnamed", "consistent_character",
}  # fmt: skip
TOKEN = re.compile(r"[^\W_]+")
GENDERED = {
    "actress", "actresses", "actor", "actors", "woman", "man", "women", "men", "female", "male",
    "she", "he", "her", "his", "him", "hers", "girl", "boy", "lady", "sir", "mrs", "mr", "ms",
    "sister", "brother", "wife", "husband", "gf", "bf", "girlie", "guy",
}  # fmt: skip
Pairs = list[tuple[dict[str, Any], dict[str, Any]]]


def tokens(text: str) -> tuple[str, ...]:
    return tuple(TOKEN.findall(text.lower()))


def flat(item: Any) -> str:
    return " " + " ".join(tokens(" ".join(B.texts(item)))) + " "


def occurs(name: str, text: str) -> bool:
    t = tokens(name)
    return bool(t) and f" {' '.join(t)} " in text


def shown(name: str, item: Any) -> bool:
    key = "".join(tokens(name))
    if occurs(name, flat(item)) or (key and key in "".join(tokens(" ".join(B.texts(item))))):
        return True
    return name in " ".join(B.texts(item))  # a name in script


@pytest.fixture(scope="module")
def built() -> tuple[list[B.Item], list[B.Label]]:
    return B.build("hold18")


@pytest.fixture(scope="module")
def pairs() -> Pairs:
    raw = (HERE / "hold18.jsonl").read_text("utf-8").splitlines()
    labs = (HERE / "hold18_labels.jsonl").read_text("utf-8").splitlines()
    assert len(raw) == len(labs)
    return [(json.loads(a), json.loads(b)) for a, b in zip(raw, labs, strict=True)]


@pytest.fixture(scope="module")
def poi_list() -> list[str]:
    if not POI_FILE.exists():
        pytest.skip("../shared is absent: no Civitai POI list to check against")
    data = json.loads(POI_FILE.read_text("utf-8"))
    words = data if isinstance(data, list) else next(iter(data.values()))
    return [str(w) for w in words]


def test_builder_rewrites_the_committed_files_byte_for_byte(
    built: tuple[list[B.Item], list[B.Label]],
) -> None:
    items, labels = built
    assert (HERE / "hold18.jsonl").read_text("utf-8") == "".join(B.dumps(x) + "\n" for x in items)
    assert (HERE / "hold18_labels.jsonl").read_text("utf-8") == "".join(
        B.dumps(x) + "\n" for x in labels
    )
    readme = (HERE / "README.md").read_text("utf-8")
    assert B.counts_table(labels) in readme and B.totals(labels) in readme
    assert B.digest("hold18") in readme


def test_ids_are_unique_in_range_and_the_readers_take_every_item(pairs: Pairs) -> None:
    seen: set[tuple[str, str]] = set()
    for item, lab in pairs:
        key = (lab["platform"], lab["model_id"])
        assert key not in seen
        seen.add(key)
        assert tuple(lab) == LABEL_FIELDS
        assert str(item["id"]) == lab["model_id"]
        if lab["platform"] == "huggingface":
            assert ModelInfo(**item).id == lab["model_id"]
            assert lab["model_id"].split("/")[0] in B.HF_ORGS
        else:
            assert 18_000_000 <= item["id"] <= 18_999_999
        assert record_of(item, lab["platform"]).platform == lab["platform"]


def test_labels_are_valid_and_targets_show_in_their_items(pairs: Pairs) -> None:
    for item, lab in pairs:
        if not lab["likeness"]:
            assert lab["kind"] in NEGATIVE_KINDS
            assert (lab["target"], lab["gender"], lab["prominence"]) == (None, None, None)
            assert lab["targets"] == [] and lab["aliases"] == []
            continue
        assert lab["prominence"] == B.PROMINENCE[lab["kind"]]
        assert lab["gender"] in ("female", "male", "unknown")
        assert lab["targets"][0] == lab["target"]
        assert any(shown(n, item) for n in (lab["target"], *lab["aliases"])), lab
        assert all(shown(p, item) for p in lab["targets"]), lab


def test_blends_of_named_people_name_each_as_a_target(pairs: Pairs) -> None:
    blends = [lab for _, lab in pairs if lab["shape"] == "named_people_blend"]
    assert blends and all(len(lab["targets"]) >= 2 for lab in blends)
    assert all(not lab["likeness"] for _, lab in pairs if lab["shape"] == "mixed_face_blend")


def test_quiet_shapes_show_gender_only_by_an_east_asian_word(pairs: Pairs) -> None:
    by: Counter[str] = Counter()
    for item, lab in pairs:
        if lab["shape"] in B.QUIET:
            by[lab["gender"]] += 1
            words = set(tokens(" ".join(B.texts(item))))
            assert not words & GENDERED, (lab["model_id"], words & GENDERED)
    assert by["female"] > by["male"] >= 5


GENDER_WORDS = GENDERED | {"grandma", "nan", "oma", "grandpa", "opa"}
GENDER_SCRIPT = ("女", "男", "여", "남", "걸그룹", "보이그룹", "帅哥")


def test_every_labelled_gender_shows_on_its_page(pairs: Pairs) -> None:
    """A pronoun, a gendered word in English or an East-Asian language; else ``unknown``."""
    for item, lab in pairs:
        if lab["likeness"] and lab["gender"] != "unknown":
            text = " ".join(B.texts(item)).lower()
            assert set(tokens(text)) & GENDER_WORDS or any(w in text for w in GENDER_SCRIPT), lab


def test_youth_looking_words_on_adults_are_no_minor_cue(pairs: Pairs) -> None:
    for item, lab in pairs:
        if lab["shape"] == "adult_cute_uniform_east_asian":
            assert lab["likeness"] and not lab["minor_risk"] and lab["gender"] == "female"
            assert re.search(r"cute|petite|young|uniform|制服|kawaii", flat(item) + item["name"])
        if lab["shape"] == "seifuku_blazer_clothing":
            assert not lab["likeness"] and not lab["minor_risk"]


def test_the_part_has_the_briefed_mix(pairs: Pairs) -> None:
    labels = [lab for _, lab in pairs]
    like = [lab for lab in labels if lab["likeness"]]
    assert 580 <= len(labels) <= 640 and 0.42 <= len(like) / len(labels) <= 0.48
    kinds = Counter(lab["kind"] for lab in like)
    assert 0.55 <= kinds["public_figure"] / len(like) <= 0.65
    assert kinds["online_creator"] >= 45 and kinds["private_person"] >= 45
    genders = Counter(lab["gender"] for lab in like)
    assert genders["female"] > len(like) / 2 and genders["male"] >= 40 and genders["unknown"]
    negative = Counter(lab["kind"] for lab in labels if not lab["likeness"])
    assert len(negative) >= 12 and min(negative.values()) >= 15
    assert sum(lab["minor_risk"] for lab in labels) >= 8
    assert sum(lab["sexual_intent"] for lab in labels) >= 15
    hf = sum(lab["platform"] == "huggingface" for lab in labels)
    assert 0.15 <= hf / len(labels) <= 0.25
    civ = [item for item, _ in pairs if "modelVersions" in item]
    assert any("nsfwLevel" in i for i in civ) and any("nsfwLevel" not in i for i in civ)


def test_every_shape_is_new_to_this_set() -> None:
    earlier = " ".join(
        path.read_text("utf-8")
        for path in sorted(HERE.parent.glob("devset*/README.md"))
        # sets written before this one (set 17 was written side by side with it)
        if int(path.parent.name.removeprefix("devset") or 1) < 17
    )
    listed = set(re.findall(r"`([a-z0-9_]+)`", earlier))
    assert not {*B.POSITIVES, *B.NEGATIVES} & listed


def test_cues_match_the_labels_and_never_meet(pairs: Pairs) -> None:
    for item, lab in pairs:
        assert B.sexual_cue(item) == lab["sexual_intent"], lab["model_id"]
        assert B.minor_cue(item) == lab["minor_risk"], lab["model_id"]
        assert not (lab["sexual_intent"] and lab["minor_risk"])
        assert lab["minor_risk"] == (lab["shape"] in B.MINOR_SHAPES)


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("figure skater, 15 years old", True),
        ("(16yo) chess player", True),
        ("tags: 中学生", True),
        ("gymnast, teenager", True),
        ("drama actress, 24歳", False),
        ("born 1998, cute, petite, school uniform photoshoot", False),
        ("young looking girl next door, 27세", False),
        ("sampler: DEIS / 16 steps, cfg 3", False),
        ("03/16 v2: fixed burned eyes", False),
    ],
)
def test_the_minor_cue_reads_stated_ages_and_youth_words_only(text: str, minor: bool) -> None:
    assert B.minor_cue({"name": text, "modelVersions": []}) is minor


def test_nobody_with_a_minor_cue_appears_in_another_item(pairs: Pairs) -> None:
    minors = [lab["target"] for _, lab in pairs if lab["minor_risk"]]
    assert len(minors) >= 8
    flats = [flat(item) for item, _ in pairs]
    for person in minors:
        assert sum(1 for text in flats if occurs(person, text)) == 1


def test_no_name_of_the_poi_list_is_in_any_committed_file(poi_list: list[str]) -> None:
    wanted = {tokens(n) for n in poi_list if len(tokens(n)) >= 2}
    found = checked = 0
    for path in [*HERE.iterdir(), SCRIPT]:
        if path.is_file() and path.suffix in (".py", ".md", ".jsonl"):
            checked += 1
            toks = tokens(path.read_text("utf-8"))
            grams = {toks[i : i + n] for n in range(2, 5) for i in range(len(toks) - n + 1)}
            found += len(wanted & grams)
    assert checked >= 6
    assert found == 0, f"{found} names of the POI list in committed files"


def test_no_invented_full_name_is_in_the_real_catalog(pairs: Pairs) -> None:
    if not REAL_CATALOG.exists():
        pytest.skip("../shared is absent: no real catalog to check against")
    invented = {tokens(p) for _, lab in pairs for p in lab["targets"]}
    for key in ("ANIME_F", "WESTERN_CHARS", "VTUBERS", "PAINTERS", "PHOTOGRAPHERS", "OC_NAMES"):
        invented |= {tokens(x) for x in getattr(B, key)}
    invented = {n for n in invented if len(n) >= 2}
    texts: list[str] = []
    with gzip.open(REAL_CATALOG, "rt", encoding="utf-8") as fh:
        for line in fh:
            m = json.loads(line)
            texts += [m.get("name") or "", m.get("description") or "", *(m.get("tags") or [])]
            for v in m.get("modelVersions") or []:
                texts += [v.get("name") or "", *(v.get("trainedWords") or [])]
    toks = tokens(" | ".join(texts))
    seen = set(zip(toks, toks[1:], strict=False))
    hits = [n for n in invented if all(n[i : i + 2] in seen for i in range(len(n) - 1))]
    assert not hits, f"{len(hits)} invented full names occur in the real catalog"


def test_poi18_is_built_in_memory_with_gender_only_where_stated(poi_list: list[str]) -> None:
    names = P.load_names(POI_FILE)
    assert names and set(names) <= set(poi_list)
    items, labels = P.build_poi18(names)
    assert (items, labels) == P.build_poi18(names)
    assert len(items) == P.N_ITEMS + P.N_NEG and P.N_NEG >= 60
    assert len({(lab["platform"], lab["model_id"]) for lab in labels}) == len(labels)
    people = {p for lab in labels for p in lab["targets"]}
    assert len(people) >= 150
    shapes = Counter(lab["shape"] for lab in labels if lab["likeness"])
    assert len(shapes) >= 10 and set(shapes.values()) == {P.N_PER_TEMPLATE}
    stated = {shape for shape, _, _ in P.GENDERED}
    for item, lab in zip(items, labels, strict=True):
        assert tuple(lab) == LABEL_FIELDS
        assert not lab["minor_risk"] and not B.minor_cue(item)
        assert B.sexual_cue(item) == lab["sexual_intent"]
        assert record_of(item, lab["platform"]).platform == lab["platform"]
        if lab["likeness"]:
            assert any(shown(n, item) for n in (lab["target"], *lab["aliases"]))
            assert all(shown(p, item) for p in lab["targets"][1:])
            assert (lab["gender"] != "unknown") == (lab["shape"] in stated)
        else:
            assert lab["target"] is None and lab["gender"] is None
    assert not any(p.name.startswith("poi18") for p in HERE.iterdir())


def test_the_scoring_script_loads_the_set_and_scores_five_items_quietly(pairs: Pairs) -> None:
    sys.path.append(str(SCRIPT.parent))
    try:
        ev2 = importlib.import_module("eval_devset2")
        ev18 = importlib.import_module("eval_devset18")
    finally:
        sys.path.remove(str(SCRIPT.parent))
    loaded = ev18.load_part("hold18")
    assert loaded is not None and len(loaded) == len(pairs)
    detector = ev2.make_detector("none")
    assert detector is not None
    out = StringIO()
    with redirect_stdout(out):
        ev2.report("hold18", loaded[:5], detector, errors=False)
    assert out.getvalue().startswith("== hold18: 5 items")
    with redirect_stdout(StringIO()), pytest.raises(SystemExit) as exc:
        ev18.main(["--help"])
    assert exc.value.code == 0
