"""Checks of the sixteenth dev set (tests/devset16).

The detector runs here only on five hold16 items, through the scoring code of
``scripts/eval_devset16.py``; its printout is captured and only its header is checked.
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

import build_devset16 as B
import devset16_poi as P
import devset16_vocab as V
import pytest
from huggingface_hub.hf_api import ModelInfo

from dfaudit.detect.evalsets import record_of

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = REPO.parent / "shared"
POI_FILE = SHARED / "lexicons" / "civitai" / "words-poi.json"
REAL_CATALOG = SHARED / "realdata" / "civitai_catalog_2023_dev.jsonl.gz"
SCRIPT = REPO / "scripts" / "eval_devset16.py"
LABEL_FIELDS = (
    "platform", "model_id", "kind", "likeness", "target", "gender", "prominence",
    "sexual_intent", "minor_risk", "shape", "targets", "aliases",
)  # fmt: skip
TOKEN = re.compile(r"[^\W_]+")
GENDERED = {
    "actress", "actresses", "actor", "actors", "woman", "man", "women", "men", "female", "male",
    "she", "he", "her", "his", "him", "hers", "girl", "boy", "lady", "sir", "mrs", "mr", "ms",
    "sister", "brother", "wife", "husband",
}  # fmt: skip
Part = list[tuple[dict[str, Any], dict[str, Any]]]


def tokens(text: str) -> tuple[str, ...]:
    return tuple(TOKEN.findall(text.lower()))


def flat(item: Any) -> str:
    return " " + " ".join(tokens(" ".join(B._texts(item)))) + " "


def occurs(name: str, text: str) -> bool:
    t = tokens(name)
    return bool(t) and f" {' '.join(t)} " in text


def squashed(name: str, item: Any) -> bool:
    key = "".join(tokens(name))
    return bool(key) and key in "".join(tokens(" ".join(B._texts(item))))


def shown(lab: dict[str, Any], item: Any) -> bool:
    names = (lab["target"], *lab["aliases"])
    return any(occurs(n, flat(item)) or squashed(n, item) for n in names)


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


def test_builder_is_deterministic_and_matches_the_committed_files(sets: dict[str, Part]) -> None:
    for name in sets:
        first, again = B.build(name), B.build(name)
        assert first == again
        items, labels = first
        assert (HERE / f"{name}.jsonl").read_text("utf-8") == "".join(
            B.dumps(x) + "\n" for x in items
        )
        assert (HERE / f"{name}_labels.jsonl").read_text("utf-8") == "".join(
            B.dumps(x) + "\n" for x in labels
        )
    readme = (HERE / "README.md").read_text("utf-8")
    assert B.counts_table() in readme
    assert B.totals() in readme


def test_ids_are_unique_and_the_readers_take_every_item(sets: dict[str, Part]) -> None:
    seen: set[tuple[str, str]] = set()
    for pairs in sets.values():
        for item, lab in pairs:
            key = (lab["platform"], lab["model_id"])
            assert key not in seen
            seen.add(key)
            assert tuple(lab) == LABEL_FIELDS
            assert str(item["id"]) == lab["model_id"]
            if lab["platform"] == "huggingface":
                assert ModelInfo(**item).id == lab["model_id"]
            assert record_of(item, lab["platform"]).platform == lab["platform"]


def test_targets_show_in_their_items_and_negative_labels_name_nobody(sets: dict[str, Part]) -> None:
    for pairs in sets.values():
        for item, lab in pairs:
            if not lab["likeness"]:
                assert (lab["target"], lab["gender"], lab["targets"], lab["aliases"]) == (
                    None, None, [], [],
                )  # fmt: skip
                assert lab["prominence"] is None
                continue
            assert lab["gender"] in ("female", "male", "unknown")
            assert lab["target"] and shown(lab, item), lab
            assert lab["targets"][0] == lab["target"]
            for person in lab["targets"]:
                assert occurs(person, flat(item)) or squashed(person, item), lab


def test_every_blend_names_each_person_as_a_target(sets: dict[str, Part]) -> None:
    blends = [lab for pairs in sets.values() for _, lab in pairs
              if lab["shape"] == "merge_recipe_people"]  # fmt: skip
    assert blends and all(len(lab["targets"]) == 3 for lab in blends)


def test_quiet_shapes_show_gender_only_by_a_foreign_word_or_honorific(
    sets: dict[str, Part],
) -> None:
    by: Counter[str] = Counter()
    for pairs in sets.values():
        for item, lab in pairs:
            if lab["shape"] not in B.QUIET:
                continue
            by[lab["gender"]] += 1
            words = set(tokens(" ".join(B._texts(item))))
            assert not words & GENDERED, (lab, words & GENDERED)
    assert by["female"] > by["male"] >= 10
    for shape in ("turkish_hanim_bey", "filipino_ate_kuya", "slavic_ova_surname",
                  "viet_nu_nam_prefix", "devanagari_trade_word"):  # fmt: skip
        genders = {lab["gender"] for pairs in sets.values() for _, lab in pairs
                   if lab["shape"] == shape}  # fmt: skip
        assert genders == {"female", "male"}, shape


def test_disclaimers_and_uniform_words_do_not_change_the_label(sets: dict[str, Part]) -> None:
    """A "fictional character" line on a real person's page is no evidence against; an adult
    East-Asian woman with cute / petite / school uniform words is no minor cue."""
    for pairs in sets.values():
        for item, lab in pairs:
            if lab["shape"] == "resemblance_boilerplate":
                assert lab["likeness"] and "fictional character" in item["description"]
            if lab["shape"] == "adult_uniform_east_asian":
                assert lab["likeness"] and not lab["minor_risk"] and lab["gender"] == "female"
                assert re.search(r"uniform|petite|cute|制服|kawaii", flat(item) + item["name"])


def test_the_part_has_a_catalog_like_mix(sets: dict[str, Part]) -> None:
    for name, pairs in sets.items():
        labels = [lab for _, lab in pairs]
        like = [lab for lab in labels if lab["likeness"]]
        assert len(labels) >= 450 and 0.42 <= len(like) / len(labels) <= 0.48, name
        genders = Counter(lab["gender"] for lab in like)
        assert genders["female"] > len(like) / 2 and genders["male"] >= 10 and genders["unknown"]
        kinds = {lab["kind"] for lab in labels}
        assert {"public_figure", "online_creator", "private_person", "character_anime"} <= kinds
        assert len(kinds) >= 14
        assert sum(lab["minor_risk"] for lab in labels) >= 5
        assert sum(lab["sexual_intent"] for lab in labels) >= 10
        assert sum(lab["platform"] == "huggingface" for lab in labels) >= 15
        civ = [item for item, _ in pairs if "modelVersions" in item]
        assert any("nsfwLevel" in i for i in civ) and any("nsfwLevel" not in i for i in civ)
        assert any(len(i["modelVersions"]) > 1 for i in civ)


def test_pages_are_long_like_real_ones(sets: dict[str, Part]) -> None:
    for pairs in sets.values():
        descs = [i["description"] for i, _ in pairs if "modelVersions" in i]
        assert sorted(map(len, descs))[len(descs) // 2] >= 500
        assert sum("<pre><code>" in d for d in descs) >= 150
        assert sum("Changelog" in d for d in descs) >= 150


def test_at_least_thirty_shapes_are_new_to_this_set() -> None:
    earlier = " ".join(
        path.read_text("utf-8")
        for path in sorted(HERE.parent.glob("devset*/README.md"))
        if int(path.parent.name.removeprefix("devset") or 1) < 16  # sets written before this one
    )
    listed = set(re.findall(r"`([a-z0-9_]+)`", earlier))
    mine = {*B.POSITIVES, *B.NEGATIVES}
    assert len(mine - listed) >= 30, sorted(mine & listed)


def test_cues_match_the_labels_and_a_sexual_and_a_minor_cue_never_meet(
    sets: dict[str, Part],
) -> None:
    for pairs in sets.values():
        for item, lab in pairs:
            assert B.sexual_cue(item) == lab["sexual_intent"], lab
            assert B.minor_cue(item) == lab["minor_risk"], lab
            assert not (lab["sexual_intent"] and lab["minor_risk"]), lab
            assert lab["minor_risk"] == (lab["shape"] in B.MINOR_SHAPES), lab


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("figure skater, 15 years old", True),
        ("(14yo) climber", True),
        ("chess player, aged 16", True),
        ("16세 배우", True),
        ("tags: swimmer, teenager", True),
        ("中学生", True),
        ("gravure model, 24歳", False),
        ("school uniform cosplay, petite, cute", False),
        ("Steps: 14, CFG 4", False),
        ("2025-09-16 — v2.1", False),
        ("woman in her 40s", False),
    ],
)
def test_the_minor_cue_reads_stated_ages_and_youth_words_only(text: str, minor: bool) -> None:
    assert B.minor_cue({"name": text, "modelVersions": []}) is minor


@pytest.mark.parametrize(
    ("item", "sexual"),
    [
        ({"name": "boudoir set", "modelVersions": []}, True),
        ({"name": "Fansly creator", "modelVersions": []}, True),
        ({"name": "p", "nsfwLevel": 1 | 8, "modelVersions": []}, True),
        ({"name": "p", "nsfwLevel": 1 | 2, "modelVersions": []}, False),
        ({"name": "p", "modelVersions": [{"images": [{"nsfw": "Mature"}]}]}, True),
        ({"name": "Essex harbour", "modelVersions": []}, False),
        ({"id": "a/b", "tags": ["not-for-all-audiences"]}, True),
        ({"id": "a/b", "tags": ["lora"]}, False),
    ],
)
def test_the_sexual_cue_reads_flags_and_words(item: dict[str, Any], sexual: bool) -> None:
    assert B.sexual_cue(item) is sexual


def test_nobody_with_a_minor_cue_appears_in_another_item(sets: dict[str, Part]) -> None:
    for pairs in sets.values():
        minors = [lab["target"] for _, lab in pairs if lab["minor_risk"]]
        assert len(minors) >= 5
        for person in minors:
            assert len([1 for item, _ in pairs if occurs(person, flat(item))]) == 1


def test_no_name_of_the_poi_list_is_in_any_committed_file(poi_list: list[str]) -> None:
    wanted = {tokens(n) for n in poi_list if len(tokens(n)) >= 2}
    found = checked = 0
    for path in [*HERE.iterdir(), SCRIPT]:
        if path.is_file() and path.suffix in (".py", ".md", ".jsonl"):
            checked += 1
            text = " " + " ".join(tokens(path.read_text("utf-8"))) + " "
            found += sum(1 for w in wanted if f" {' '.join(w)} " in text)
    assert checked >= 5
    assert found == 0, f"{found} names of the POI list in committed files"


def test_no_invented_full_name_is_in_the_real_catalog() -> None:
    if not REAL_CATALOG.exists():
        pytest.skip("../shared is absent: no real catalog to check against")
    invented = {
        tokens(p)
        for lab in B.build("hold16")[1]
        for p in lab["targets"]
        if len(tokens(p)) >= 2 and min(map(len, tokens(p))) >= 2
    }
    for key in ("LN_HEROINES", "OTOME", "PILOTS", "VTUBERS", "CINEMATOGRAPHERS", "OC_NAMES",
                "SITCOM"):  # fmt: skip
        invented |= {tokens(x) for x in getattr(V, key)}
    invented = {n for n in invented if len(n) >= 2}
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


def test_poi16_is_built_in_memory_and_states_gender_only_where_its_template_does(
    poi_list: list[str],
) -> None:
    names = P.load_names(POI_FILE)
    assert names and all(n in poi_list for n in names)
    items, labels = P.build_poi16(names)
    assert (items, labels) == P.build_poi16(names)
    assert len(items) == P.N_NAMES + P.N_NEG
    assert len({(lab["platform"], lab["model_id"]) for lab in labels}) == len(labels)
    stated = {shape for shape, _, _ in P.GENDERED}
    shapes = Counter(lab["shape"] for lab in labels if lab["likeness"])
    assert len(shapes) == 10 and set(shapes.values()) == {P.N_PER_TEMPLATE}
    for item, lab in zip(items, labels, strict=True):
        assert tuple(lab) == LABEL_FIELDS
        assert not lab["minor_risk"] and not B.minor_cue(item)
        assert B.sexual_cue(item) == lab["sexual_intent"]
        assert record_of(item, lab["platform"]).platform == lab["platform"]
        if lab["likeness"]:
            assert shown(lab, item)
            assert (lab["gender"] != "unknown") == (lab["shape"] in stated)
        else:
            assert lab["target"] is None and lab["gender"] is None
    assert not any(p.name.startswith("poi16") for p in HERE.iterdir())


def test_the_scoring_script_loads_the_set_and_scores_five_items_quietly() -> None:
    sys.path.append(str(SCRIPT.parent))
    try:
        ev2 = importlib.import_module("eval_devset2")
        ev16 = importlib.import_module("eval_devset16")
    finally:
        sys.path.remove(str(SCRIPT.parent))
    loaded = ev16.load_part("hold16")
    assert loaded is not None and len(loaded) == len(B.build("hold16")[0])
    if POI_FILE.exists():  # loaded only, never scored here
        with redirect_stdout(StringIO()):
            poi = ev16.load_part("poi16")
        assert poi is not None and len(poi) == P.N_NAMES + P.N_NEG
    detector = ev2.make_detector("none")
    assert detector is not None
    out = StringIO()
    with redirect_stdout(out):
        ev2.report("hold16", loaded[:5], detector, errors=False)
    assert out.getvalue().startswith("== hold16: 5 items")
    with redirect_stdout(StringIO()), pytest.raises(SystemExit) as exc:
        ev16.main(["--help"])
    assert exc.value.code == 0
