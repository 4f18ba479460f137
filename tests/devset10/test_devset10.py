"""Checks of the tenth dev set (tests/devset10).

The detector runs here only on five dev10 items, through the scoring code of
``scripts/eval_devset10.py``; its printout is captured and only its header is checked.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib
import json
import re
import sys
from collections import Counter
from contextlib import redirect_stdout
from io import StringIO
from pathlib import Path
from typing import Any

import build_devset10 as B
import devset10_poi as P
import devset10_vocab as V
import pytest
from huggingface_hub.hf_api import ModelInfo

from dfaudit.detect.evalsets import record_of

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = REPO.parent / "shared"
POI_FILE = SHARED / "lexicons" / "civitai" / "words-poi.json"
REAL_CATALOG = SHARED / "realdata" / "civitai_catalog_2023_dev.jsonl.gz"
SCRIPT = REPO / "scripts" / "eval_devset10.py"
LABEL_FIELDS = (
    "platform", "model_id", "kind", "likeness", "target", "gender", "prominence",
    "sexual_intent", "minor_risk", "shape", "targets", "aliases",
)  # fmt: skip
DEV10_SHA256 = {
    "dev10.jsonl": "bf982a0f16dfc5777f097ca4049d19201c181218d6c4a870f2b9d152343554ea",
    "dev10_labels.jsonl": "f0e01b5c6ecb1761c0d9a2d24863b2ec9238d409e589333c151f6fb870baddfa",
}
TOKEN = re.compile(r"[^\W_]+")
Part = list[tuple[dict[str, Any], dict[str, Any]]]


def tokens(text: str) -> tuple[str, ...]:
    return tuple(TOKEN.findall(text.lower()))


def flat(item: dict[str, Any]) -> str:
    return " " + " ".join(tokens(" ".join(B._texts(item)))) + " "


def occurs(name: str, text: str) -> bool:
    t = tokens(name)
    return bool(t) and f" {' '.join(t)} " in text


def squashed(name: str, item: dict[str, Any]) -> bool:
    """The name run together (``givenfamily``), as triggers and file names write it."""
    key = "".join(tokens(name))
    return bool(key) and key in "".join(tokens(" ".join(B._texts(item))))


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
    readme = HERE / "README.md"
    if readme.exists():
        assert B.counts_table() in readme.read_text("utf-8")
        assert B.totals() in readme.read_text("utf-8")


def test_dev10_is_frozen_since_it_was_published() -> None:
    """dev10 became development data at 'dev10 ready': later edits must leave its bytes alone."""
    for name, digest in DEV10_SHA256.items():
        assert hashlib.sha256((HERE / name).read_bytes()).hexdigest() == digest, name


def test_ids_are_unique_and_the_readers_take_every_item(sets: dict[str, Part]) -> None:
    for pairs in sets.values():
        assert len({(lab["platform"], lab["model_id"]) for _, lab in pairs}) == len(pairs)
        for item, lab in pairs:
            assert tuple(lab) == LABEL_FIELDS
            assert str(item["id"]) == lab["model_id"]
            if lab["platform"] == "huggingface":
                assert ModelInfo(**item).id == lab["model_id"]
            assert record_of(item, lab["platform"]).platform == lab["platform"]


def test_targets_show_in_their_items_and_negative_labels_name_nobody(sets: dict[str, Part]) -> None:
    for pairs in sets.values():
        for item, lab in pairs:
            if not lab["likeness"]:
                assert (lab["target"], lab["gender"], lab["targets"]) == (None, None, [])
                continue
            assert lab["gender"] in ("female", "male", "unknown")
            text = flat(item)
            names = (lab["target"], *lab["aliases"]) if lab["target"] else ()
            assert not names or any(occurs(n, text) or squashed(n, item) for n in names), lab
            for person in lab["targets"] if len(lab["targets"]) > 1 else ():
                assert occurs(person, text) or squashed(person, item), lab


def test_obfuscated_names_are_not_readable_as_plain_text(sets: dict[str, Part]) -> None:
    """The evasion shapes really hide the plain name: it must be recovered, not matched."""
    hidden = {"zero_width_split", "homoglyph_name", "leetspeak_name", "reversed_name"}
    seen: Counter[str] = Counter()
    for pairs in sets.values():
        for item, lab in pairs:
            if lab["shape"] in hidden:
                seen[lab["shape"]] += 1
                assert not occurs(lab["target"], flat(item)), lab
    assert set(seen) == hidden


def test_the_parts_have_a_catalog_like_mix(sets: dict[str, Part]) -> None:
    for name, pairs in sets.items():
        labels = [lab for _, lab in pairs]
        like = [lab for lab in labels if lab["likeness"]]
        assert len(labels) >= 280 and 0.42 <= len(like) / len(labels) <= 0.50, name
        genders = Counter(lab["gender"] for lab in like)
        assert genders["female"] > len(like) / 2 and genders["male"] >= 10 and genders["unknown"]
        kinds = {lab["kind"] for lab in labels}
        assert {"public_figure", "online_creator", "private_person", "character_anime"} <= kinds
        assert sum(lab["minor_risk"] for lab in labels) >= 3
        assert sum(lab["sexual_intent"] for lab in labels) >= 10
        assert sum(lab["platform"] == "huggingface" for lab in labels) >= 10
        civ = [item for item, _ in pairs if "modelVersions" in item]
        assert any("nsfwLevel" in i for i in civ) and any("nsfwLevel" not in i for i in civ)
        shapes = {lab["shape"] for lab in labels}
        assert bool(shapes & B.HOLD_ONLY) == (name == "hold10"), name


def test_hold10_names_nobody_dev10_names(sets: dict[str, Part]) -> None:
    def people(pairs: Part) -> set[str]:
        return {" ".join(tokens(p)) for _, lab in pairs for p in lab["targets"] if " " in p}

    assert people(sets["dev10"]) and people(sets["hold10"])
    assert not people(sets["dev10"]) & people(sets["hold10"])


def test_cues_match_the_labels_and_a_sexual_and_a_minor_cue_never_meet(
    sets: dict[str, Part],
) -> None:
    for pairs in sets.values():
        for item, lab in pairs:
            assert B.sexual_cue(item) == lab["sexual_intent"], lab
            assert B.minor_cue(item) == lab["minor_risk"], lab
            assert not (lab["sexual_intent"] and lab["minor_risk"]), lab


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("child actress, 12 years old", True),
        ("(15yo) figure skater", True),
        ("age 14, chess player", True),
        ("14歳 子役", True),
        ("15세", True),
        ("born 1996 (29 years old), cute petite kawaii look", False),
        ("school uniform photoshoot, 24 years old", False),
        ("v1.5 yo", False),
        ("Greta (1927–1994)", False),
        ("epoch 10, rank 16", False),
    ],
)
def test_the_minor_cue_reads_stated_ages_and_youth_words_only(text: str, minor: bool) -> None:
    assert B.minor_cue({"name": text, "modelVersions": []}) is minor


@pytest.mark.parametrize(
    ("item", "sexual"),
    [
        ({"name": "boudoir light", "modelVersions": []}, True),
        ({"name": "portrait", "nsfwLevel": 1 | 8, "modelVersions": []}, True),
        ({"name": "portrait", "nsfwLevel": 1 | 2, "modelVersions": []}, False),
        ({"name": "Sussex landscape", "modelVersions": []}, False),
        ({"id": "a/b", "tags": ["lora", "not-for-all-audiences"]}, True),
        ({"id": "a/b", "tags": ["lora"]}, False),
    ],
)
def test_the_sexual_cue_reads_flags_and_words(item: dict[str, Any], sexual: bool) -> None:
    assert B.sexual_cue(item) is sexual


def test_nobody_with_a_minor_cue_appears_in_another_item(sets: dict[str, Part]) -> None:
    for pairs in sets.values():
        minors = [lab["target"] for _, lab in pairs if lab["minor_risk"]]
        assert minors
        for person in minors:
            hits = [lab for item, lab in pairs if occurs(person, flat(item))]
            assert len(hits) == 1, "a person with a minor cue is reused"


def test_no_name_of_the_poi_list_is_in_any_committed_file(poi_list: list[str]) -> None:
    wanted = {tokens(n) for n in poi_list if len(tokens(n)) >= 2}
    files = [*HERE.iterdir(), SCRIPT]
    found = checked = 0
    for path in files:
        if path.is_file() and path.suffix in (".py", ".md", ".jsonl"):
            checked += 1
            text = " " + " ".join(tokens(path.read_text("utf-8"))) + " "
            found += sum(1 for w in wanted if f" {' '.join(w)} " in text)
    assert checked >= 4
    assert found == 0, f"{found} names of the POI list in committed files"


def test_no_invented_full_name_is_in_the_real_catalog(sets: dict[str, Part]) -> None:
    if not REAL_CATALOG.exists():
        pytest.skip("../shared is absent: no real catalog to check against")
    invented = {
        tokens(p)
        for pairs in sets.values()
        for _, lab in pairs
        for p in lab["targets"]
        if len(tokens(p)) >= 2 and min(map(len, tokens(p))) >= 2
    }
    for part in ("A", "B"):
        voc = V.vocab(part)
        keys = ("ANIME_CHARS", "GAME_NPCS", "PAINTERS", "PHOTOGRAPHERS", "PERSONAS", "VOICE")
        for key in (*keys, "VTUBERS", "BRANDS", "FONTS"):
            invented |= {tokens(x) for x in voc[key]}
        invented |= {tokens(f"{row[0]} {row[1]}") for row in voc.get("KATAKANA", [])}
    pairs_seen: set[tuple[str, ...]] = set()
    with gzip.open(REAL_CATALOG, "rt", encoding="utf-8") as fh:
        for line in fh:
            m = json.loads(line)
            texts = [m.get("name") or "", m.get("description") or "", " ".join(m.get("tags") or [])]
            for v in m.get("modelVersions") or []:
                texts += [v.get("name") or "", " ".join(v.get("trainedWords") or [])]
            toks = tokens(" ".join(texts))
            pairs_seen.update(toks[i : i + 2] for i in range(len(toks) - 1))
    hits = [n for n in invented if all(n[i : i + 2] in pairs_seen for i in range(len(n) - 1))]
    assert not hits, f"{len(hits)} invented full names occur in the real catalog"


def test_poi10_is_built_in_memory_and_states_gender_only_where_its_template_does(
    poi_list: list[str],
) -> None:
    names = P.load_names(POI_FILE)
    assert names and all(n in poi_list for n in names)
    items, labels = P.build_poi10(names)
    assert (items, labels) == P.build_poi10(names)
    assert len(items) == P.N_NAMES + P.N_NEG
    stated = {shape for shape, _, _ in P.GENDERED}
    shapes = Counter(lab["shape"] for lab in labels if lab["likeness"])
    assert len(shapes) == 10 and set(shapes.values()) == {P.N_PER_TEMPLATE}
    for item, lab in zip(items, labels, strict=True):
        assert not lab["minor_risk"] and not B.minor_cue(item)
        assert B.sexual_cue(item) == lab["sexual_intent"]
        if lab["likeness"]:
            names_ = (lab["target"], *lab["aliases"])
            assert any(occurs(n, flat(item)) or squashed(n, item) for n in names_)
            assert (lab["gender"] != "unknown") == (lab["shape"] in stated)
        else:
            assert lab["target"] is None
    assert not any(p.name.startswith("poi10") for p in HERE.iterdir())


def test_the_scoring_script_loads_the_set_and_scores_five_items_quietly() -> None:
    sys.path.append(str(SCRIPT.parent))
    try:
        ev2 = importlib.import_module("eval_devset2")
        ev10 = importlib.import_module("eval_devset10")
    finally:
        sys.path.remove(str(SCRIPT.parent))
    loaded = ev10.load_part("dev10")
    assert loaded is not None and len(loaded) == len(B.build("dev10")[0])
    hold = ev10.load_part("hold10")
    assert hold is not None and len(hold) == len(B.build("hold10")[0])
    if POI_FILE.exists():  # loaded only, never scored here
        with redirect_stdout(StringIO()):
            poi = ev10.load_part("poi10")
        assert poi is not None and len(poi) == P.N_NAMES + P.N_NEG
    detector = ev2.make_detector("none")
    assert detector is not None
    out = StringIO()
    with redirect_stdout(out):
        ev2.report("dev10", loaded[:5], detector, errors=False)
    assert out.getvalue().startswith("== dev10: 5 items")
    with redirect_stdout(StringIO()), pytest.raises(SystemExit) as exc:
        ev10.main(["--help"])
    assert exc.value.code == 0
