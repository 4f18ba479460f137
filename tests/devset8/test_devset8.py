"""Checks of the eighth dev set (tests/devset8).

dev8, hold8 and poi8 are held out: the detector runs here only on five dev8 items, through the
scoring code of ``scripts/eval_devset8.py``, and its printout is captured, never shown.
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

import build_devset8 as B
import devset8_poi as P
import pytest
from huggingface_hub.hf_api import ModelInfo

from dfaudit.detect.evalsets import record_of

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = REPO.parent / "shared"
POI_FILE = SHARED / "lexicons" / "civitai" / "words-poi.json"
REAL_CATALOG = SHARED / "realdata" / "civitai_catalog_2023_dev.jsonl.gz"
SCRIPT = REPO / "scripts" / "eval_devset8.py"
LABEL_FIELDS = (
    "platform", "model_id", "kind", "likeness", "target", "gender", "prominence",
    "sexual_intent", "minor_risk", "shape", "targets", "aliases",
)  # fmt: skip
TOKEN = re.compile(r"[^\W_]+")
Part = list[tuple[dict[str, Any], dict[str, Any]]]


def tokens(text: str) -> tuple[str, ...]:
    return tuple(TOKEN.findall(text.lower()))


def flat(item: dict[str, Any]) -> str:
    return " " + " ".join(tokens(" ".join(B._texts(item)))) + " "


def occurs(name: str, text: str) -> bool:
    t = tokens(name)
    return bool(t) and f" {' '.join(t)} " in text


def found_phrases(text_tokens: tuple[str, ...], wanted: set[tuple[str, ...]]) -> set[Any]:
    """The wanted phrases that occur in the tokens (counted by callers, never shown)."""
    lengths: dict[str, set[int]] = {}
    for phrase in wanted:
        lengths.setdefault(phrase[0], set()).add(len(phrase))
    seen = set()
    for i, tok in enumerate(text_tokens):
        for n in lengths.get(tok, ()):
            if text_tokens[i : i + n] in wanted:
                seen.add(text_tokens[i : i + n])
    return seen


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
    return P.load_names(POI_FILE)


def test_builder_is_deterministic_and_matches_the_committed_files() -> None:
    for name in B.SEEDS:
        first, again = B.build(name), B.build(name)
        assert first == again
        items, labels = first
        assert (HERE / f"{name}.jsonl").read_text("utf-8") == "".join(
            B.dumps(x) + "\n" for x in items
        )
        assert (HERE / f"{name}_labels.jsonl").read_text("utf-8") == "".join(
            B.dumps(x) + "\n" for x in labels
        )
    assert B.counts_table() in (HERE / "README.md").read_text("utf-8")


def test_each_label_has_its_item_and_the_readers_take_it(sets: dict[str, Part]) -> None:
    for pairs in sets.values():
        assert len({(lab["platform"], lab["model_id"]) for _, lab in pairs}) == len(pairs)
        for item, lab in pairs:
            assert tuple(lab) == LABEL_FIELDS
            assert str(item["id"]) == lab["model_id"]
            if lab["platform"] == "huggingface":
                assert ModelInfo(**item).id == lab["model_id"]
            assert record_of(item, lab["platform"]).platform == lab["platform"]


def test_targets_show_in_their_items_and_negatives_name_nobody(sets: dict[str, Part]) -> None:
    for pairs in sets.values():
        for item, lab in pairs:
            text = flat(item)
            if not lab["likeness"]:
                assert (lab["target"], lab["gender"], lab["targets"]) == (None, None, [])
                continue
            assert lab["gender"] in ("female", "male", "unknown")
            if lab["target"]:
                assert any(occurs(n, text) for n in (lab["target"], *lab["aliases"])), lab
            for person in lab["targets"] if len(lab["targets"]) > 1 else ():
                assert occurs(person, text), lab


WRONG_WORDS = {
    "female": re.compile(r"\b(he|him|his|himself|actor|él|lui|он|boyfriend|husband)\b|他是|그는"),
    "male": re.compile(r"\b(she|her|hers|herself|actress|ella|elle|она|girlfriend|wife)\b|她|그녀"),
}


def test_no_item_uses_the_other_genders_words_for_its_person(sets: dict[str, Part]) -> None:
    for pairs in sets.values():
        for item, lab in pairs:
            if lab["likeness"] and len(lab["targets"]) <= 1 and lab["gender"] in WRONG_WORDS:
                prose = f"{item.get('name', '')} {item.get('description') or ''}".lower()
                assert not WRONG_WORDS[lab["gender"]].search(prose), lab


def test_the_parts_have_a_harness_like_mix(sets: dict[str, Part]) -> None:
    for name, pairs in sets.items():
        labs = [lab for _, lab in pairs]
        pos = [x for x in labs if x["likeness"]]
        assert 250 <= len(labs) <= 420 and 0.45 <= len(pos) / len(labs) <= 0.62
        genders = Counter(x["gender"] for x in pos)
        assert genders["female"] > 3 * genders["male"] > 0 < genders["unknown"]
        kinds = Counter(x["kind"] for x in labs)
        assert len(kinds) >= 15 and min(kinds.values()) >= 2
        assert sum(x["minor_risk"] for x in labs) >= 4
        assert sum(x["sexual_intent"] for x in labs) >= 10
        assert sum(x["platform"] == "huggingface" for x in labs) >= 15
        hold_only = set(B.HOLD_ONLY) & {x["shape"] for x in labs}
        assert hold_only == (set(B.HOLD_ONLY) if name == "hold8" else set())


def test_hold8_and_dev8_name_different_people(sets: dict[str, Part]) -> None:
    def people(name: str) -> set[tuple[str, ...]]:
        return {
            tokens(n)
            for _, lab in sets[name]
            for n in (lab["target"] or "", *lab["targets"])
            if len(tokens(n)) > 1
        }

    assert not people("dev8") & people("hold8")


def test_cues_match_the_labels_and_a_sexual_and_a_minor_cue_never_meet(
    sets: dict[str, Part],
) -> None:
    for pairs in sets.values():
        for item, lab in pairs:
            sexual, minor = B.sexual_cue(item), B.minor_cue(item)
            assert (sexual, minor) == (lab["sexual_intent"], lab["minor_risk"]), lab
            assert not (sexual and minor), lab


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("child actress (12 years old in season one)", True),
        ("14세 아역 배우", True),
        ("teen TV presenter, age 15", True),
        ("canon age 14", True),
        ("子役", True),
        ("24 years old, petite", False),
        ("27歳の女優、かわいい系", False),
        ("v1.1: minor fixes", False),
        ("v1.5 yo", False),
        ("cute idol, school uniform concept photoshoot, 25 years old", False),
        ("Adult age slider (25-70)", False),
    ],
)
def test_the_minor_cue_reads_stated_ages_and_youth_words_only(text: str, minor: bool) -> None:
    assert B.minor_cue({"description": text}) is minor


def test_the_sexual_cue_reads_flags_and_words() -> None:
    assert B.sexual_cue({"description": "NSFW capable"}) and B.sexual_cue({"nsfwLevel": 12})
    assert B.sexual_cue({"tags": ["not-for-all-audiences"]})
    assert not B.sexual_cue({"description": "Essex portrait"}) and not B.sexual_cue(
        {"nsfwLevel": 3}
    )


def test_nobody_with_a_minor_cue_appears_in_another_item(sets: dict[str, Part]) -> None:
    for pairs in sets.values():
        young = {lab["target"] for _, lab in pairs if lab["minor_risk"] and lab["target"]}
        for item, lab in pairs:
            if not lab["minor_risk"]:
                assert not any(occurs(n, flat(item)) for n in young), lab


def test_no_name_of_the_poi_list_is_in_any_committed_file(poi_list: list[str]) -> None:
    wanted = {tokens(n) for n in poi_list if len(tokens(n)) > 1}
    paths = sorted(HERE.glob("*.py")) + sorted(HERE.glob("*.jsonl")) + [HERE / "README.md", SCRIPT]
    hits = {p.name: len(found_phrases(tokens(p.read_text("utf-8")), wanted)) for p in paths}
    assert not any(hits.values()), {k: v for k, v in hits.items() if v}  # counts only


def test_no_invented_full_name_is_in_the_real_catalog(sets: dict[str, Part]) -> None:
    if not REAL_CATALOG.exists():
        pytest.skip("../shared is absent: the real 2023 catalog is not here")
    invented = {
        tokens(n)
        for pairs in sets.values()
        for _, lab in pairs
        for n in (lab["target"] or "", *lab["targets"], *lab["aliases"])
    }
    # full names (initials are none) and names in a script
    invented = {
        t
        for t in invented
        if (len(t) > 1 and min(map(len, t)) > 1) or (t and not t[0].isascii() and len(t[0]) > 2)
    }
    seen: set[Any] = set()
    with gzip.open(REAL_CATALOG, "rt", encoding="utf-8") as fh:
        for line in fh:
            seen |= found_phrases(tokens(line), invented)
    hits = len(seen)
    assert hits == 0, f"{hits} invented names occur in the real catalog"  # a count only


def test_poi8_is_built_in_memory_and_states_gender_only_in_words(poi_list: list[str]) -> None:
    before = sorted(p.name for p in HERE.iterdir())
    items, labels = P.build_poi8(poi_list)
    assert (items, labels) == P.build_poi8(list(reversed(poi_list)))
    assert sorted(p.name for p in HERE.iterdir()) == before
    assert len(items) == len(labels) == P.N_POSITIVE + P.N_NEGATIVE
    pos = [x for x in labels if x["likeness"]]
    assert len(pos) == P.N_POSITIVE and P.stated_genders(labels) == P.N_PRONOUN
    assert all(x["gender"] == "unknown" for x in pos if x["shape"] != "poi_pronoun")
    assert not any(x["minor_risk"] for x in labels if x["likeness"])
    for item, lab in zip(items, labels, strict=True):
        if lab["likeness"]:
            assert any(occurs(n, flat(item)) for n in (lab["target"], *lab["aliases"]))


def test_the_scoring_script_loads_the_set_and_scores_five_items_quietly() -> None:
    sys.path.append(str(SCRIPT.parent))
    try:
        ev2 = importlib.import_module("eval_devset2")
        ev8 = importlib.import_module("eval_devset8")
    finally:
        sys.path.remove(str(SCRIPT.parent))
    loaded = ev8.load_part("dev8")
    assert loaded is not None and len(loaded) == len(B.build("dev8")[1])
    detector = ev2.make_detector("none")
    assert detector is not None
    out = StringIO()
    with redirect_stdout(out):  # the figures stay unseen: only the header line is checked
        ev2.report("dev8", loaded[:5], detector, errors=False)
    assert out.getvalue().splitlines()[0].startswith("== dev8: 5 items (")
