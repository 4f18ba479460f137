"""Checks of the fifteenth dev set (tests/devset15).

The detector runs here only on five dev15 items, through the scoring code of
``scripts/eval_devset15.py``; its printout is captured and only its header is checked.
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

import build_devset15 as B
import devset15_poi as P
import devset15_vocab as V
import pytest
from huggingface_hub.hf_api import ModelInfo

from dfaudit.detect.evalsets import record_of

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = REPO.parent / "shared"
POI_FILE = SHARED / "lexicons" / "civitai" / "words-poi.json"
REAL_CATALOG = SHARED / "realdata" / "civitai_catalog_2023_dev.jsonl.gz"
SCRIPT = REPO / "scripts" / "eval_devset15.py"
LABEL_FIELDS = (
    "platform", "model_id", "kind", "likeness", "target", "gender", "prominence",
    "sexual_intent", "minor_risk", "shape", "targets", "aliases",
)  # fmt: skip
DEV15_SHA256 = {
    "dev15.jsonl": "c39b13108d0ba86e68a14dc211846a66af5ad7042725087729e34b34ac1e59fd",
    "dev15_labels.jsonl": "e97d632e026a12d21521b9826e10fde37bac1585949122ea60eff1e782305bfa",
}
TOKEN = re.compile(r"[^\W_]+")
GENDERED = {
    "actress", "actor", "woman", "man", "women", "men", "female", "male", "she", "he", "her",
    "his", "him", "hers", "girl", "boy", "lady", "sir", "mrs", "mr", "ms",
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
    """The name run together (``givenfamily``), as triggers and file names write it."""
    key = "".join(tokens(name))
    return bool(key) and key in "".join(tokens(" ".join(B._texts(item))))


def shown(lab: dict[str, Any], item: Any) -> bool:
    names = (lab["target"], *lab["aliases"])
    return any(occurs(n, flat(item)) or squashed(n, item) for n in names)


@pytest.fixture(scope="module")
def sets() -> dict[str, Part]:
    out: dict[str, Part] = {}
    for name in B.SEEDS:
        path = HERE / f"{name}.jsonl"
        if not path.exists():
            continue
        raw = path.read_text("utf-8").splitlines()
        labs = (HERE / f"{name}_labels.jsonl").read_text("utf-8").splitlines()
        assert len(raw) == len(labs), name
        out[name] = [(json.loads(a), json.loads(b)) for a, b in zip(raw, labs, strict=True)]
    assert "dev15" in out
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
    readme = HERE / "README.md"
    if readme.exists():
        assert B.counts_table() in readme.read_text("utf-8")
        assert B.totals() in readme.read_text("utf-8")


def test_dev15_is_frozen_since_it_was_published() -> None:
    """dev15 became development data at 'dev15 ready': later edits must leave its bytes alone."""
    for name, digest in DEV15_SHA256.items():
        assert hashlib.sha256((HERE / name).read_bytes()).hexdigest() == digest, name


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
            assert not lab["target"] or shown(lab, item), lab
            assert not lab["target"] or lab["targets"][0] == lab["target"]
            for person in lab["targets"] if len(lab["targets"]) > 1 else ():
                assert occurs(person, flat(item)) or squashed(person, item), lab


def test_blends_list_every_person_and_script_shapes_show_the_script(
    sets: dict[str, Part],
) -> None:
    """A blend names every person as a target; East-Asian and other-script shapes carry the
    script form as an alias and show it."""
    script_shapes = {"cjk_gender_word", "furigana_reading", "pinyin_tone_marks",
                     "taiwan_hyphen_roman", "cantonese_english_name", "hangul_latin_mixed_title",
                     "fan_kinship_term", "thai_nickname_trade", "persian_script_trade",
                     "arabic_script_trade", "indic_script_trade", "script_variants_one_person",
                     "petite_uniform_adult", "hf_hyphen_script_repo"}  # fmt: skip
    seen: Counter[str] = Counter()
    for pairs in sets.values():
        for item, lab in pairs:
            if lab["shape"] == "merge_recipe_people":
                seen["blend"] += 1
                assert len(lab["targets"]) >= 2
            if lab["shape"] in script_shapes:
                seen["script"] += 1
                text = " ".join(B._texts(item))
                assert any(not a.isascii() and a in text for a in lab["aliases"]), lab
    assert seen["blend"] >= 6 and seen["script"] >= 80


def test_gender_shapes_show_gender_only_where_they_say(sets: dict[str, Part]) -> None:
    """``trade_word_in_tag``: a unisex given name and a gendered trade word of another language,
    in the tags only; ``vietnamese_thi_van``: Thị / Văn; ``turkish_honorific``: Hanım / Bey;
    ``filipino_ate_kuya``: Ate / Kuya; ``pronoun_in_changelog``: a pronoun in the changelog."""
    quiet = {"trade_word_in_tag", "vietnamese_thi_van", "turkish_honorific", "filipino_ate_kuya",
             "slavic_feminine_surname", "apodo_article_gender", "nordic_given_only",
             "indonesian_mbak_mas"}  # fmt: skip
    for name, pairs in sets.items():
        unisex = V.vocab(B.VOCAB_PART[name])["UNISEX"]
        by: dict[str, Counter[str]] = {}
        for item, lab in pairs:
            by.setdefault(lab["shape"], Counter())[lab["gender"]] += 1
            words = set(tokens(" ".join(B._texts(item))))
            if lab["shape"] in quiet:
                assert not words & GENDERED, (lab, words & GENDERED)
            if lab["shape"] in ("trade_word_in_tag", "pronoun_in_changelog"):
                assert lab["target"].split()[0] in unisex
            if lab["shape"] == "trade_word_in_tag":
                word = [t for t in item["tags"] if t not in ("realistic",)][0]
                assert word not in item["description"] and word not in item["name"]
            if lab["shape"] == "pronoun_in_changelog":
                head = item["description"].split("<h3>Changelog</h3>")[0]
                assert not set(tokens(head)) & GENDERED, lab
                assert not words & (GENDERED - {"she", "he", "her", "his", "him"}), lab
            if lab["shape"] == "vietnamese_thi_van":
                assert (" Thị " in f" {lab['target']} ") == (lab["gender"] == "female")
            if lab["shape"] == "turkish_honorific":
                hon = "Hanım" if lab["gender"] == "female" else "Bey"
                assert hon in item["description"], lab
        for shape in ("trade_word_in_tag", "vietnamese_thi_van", "pronoun_in_changelog",
                      "cjk_gender_word", "fan_kinship_term"):  # fmt: skip
            assert by[shape]["female"] and by[shape]["male"], (name, shape)


def test_minor_items_state_an_age_or_a_youth_word_and_petite_adults_do_not(
    sets: dict[str, Part],
) -> None:
    """Adult East-Asian women with cute / petite / school-uniform words are no minor cue."""
    for pairs in sets.values():
        petite = [(i, lab) for i, lab in pairs if lab["shape"] == "petite_uniform_adult"]
        assert len(petite) >= 5
        for item, lab in petite:
            assert not lab["minor_risk"] and not B.minor_cue(item) and lab["gender"] == "female"
            assert re.search(r"\b(?:2\d|3\d) years old\b", item["description"])


def test_the_parts_have_a_catalog_like_mix(sets: dict[str, Part]) -> None:
    for name, pairs in sets.items():
        labels = [lab for _, lab in pairs]
        like = [lab for lab in labels if lab["likeness"]]
        assert len(labels) >= 300 and 0.42 <= len(like) / len(labels) <= 0.50, name
        genders = Counter(lab["gender"] for lab in like)
        assert genders["female"] > len(like) / 2 and genders["male"] >= 10 and genders["unknown"]
        kinds = {lab["kind"] for lab in labels}
        assert {"public_figure", "online_creator", "private_person", "character_anime"} <= kinds
        assert len(kinds) >= 15
        assert sum(lab["minor_risk"] for lab in labels) >= 3
        assert sum(lab["sexual_intent"] for lab in labels) >= 10
        assert sum(lab["platform"] == "huggingface" for lab in labels) >= 10
        civ = [item for item, _ in pairs if "modelVersions" in item]
        assert any("nsfwLevel" in i for i in civ) and any("nsfwLevel" not in i for i in civ)
        assert any(len(i["modelVersions"]) > 1 for i in civ)
        shapes = {lab["shape"] for lab in labels}
        assert bool(shapes & B.HOLD_ONLY) == (name == "hold15"), name
        if name == "hold15":
            assert shapes >= B.HOLD_ONLY


def test_pages_are_long_like_real_ones(sets: dict[str, Part]) -> None:
    """Real 2023 pages have a median description of about 600 characters; so do these."""
    for pairs in sets.values():
        sizes = sorted(len(i["description"]) for i, _ in pairs if "modelVersions" in i)
        assert sizes[len(sizes) // 2] >= 350
        descs = [i["description"] for i, _ in pairs if "modelVersions" in i]
        assert sum("<pre><code>" in d for d in descs) >= 40
        assert sum("Changelog" in d for d in descs) >= 40


def test_at_least_twenty_shapes_are_new_to_this_set() -> None:
    """Shapes no earlier set's README names, so the set measures generalisation."""
    earlier = " ".join(
        path.read_text("utf-8")
        for path in sorted(HERE.parent.glob("devset*/README.md"))
        if int(path.parent.name.removeprefix("devset") or 1) < 15  # sets written before this one
    )
    listed = set(re.findall(r"`([a-z0-9_]+)`", earlier))
    mine = {*B.POSITIVES, *B.NEGATIVES}
    assert len(mine - listed) >= 20, sorted(mine - listed)


def test_hold15_names_nobody_dev15_names() -> None:
    def people(part: str) -> set[str]:
        return {" ".join(tokens(p)) for lab in B.build(part)[1] for p in lab["targets"] if " " in p}

    dev, hold = people("dev15"), people("hold15")
    assert dev and hold and not dev & hold


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
        ("diver, 15 years old", True),
        ("Profile: Age: 14", True),
        ("(16yo) skater", True),
        ("a 13-year-old pianist", True),
        ("U-16 national team", True),
        ("junior high club captain", True),
        ("16歳の女優", True),
        ("만 15세 배우", True),
        ("gravure model, 27 years old", False),
        ("cute, petite, school uniform", False),
        ("U-23 squad", False),
        ("Image: 16 of 40", False),
        ("Steps: 14, CFG: 4", False),
        ("v1.2 — 2024-02-14: better hands", False),
    ],
)
def test_the_minor_cue_reads_stated_ages_and_youth_words_only(text: str, minor: bool) -> None:
    assert B.minor_cue({"name": text, "modelVersions": []}) is minor


@pytest.mark.parametrize(
    ("item", "sexual"),
    [
        ({"name": "lingerie catalogue", "modelVersions": []}, True),
        ({"name": "spicy gym selfies", "modelVersions": []}, True),
        ({"name": "portrait", "nsfwLevel": 1 | 4, "modelVersions": []}, True),
        ({"name": "portrait", "nsfwLevel": 1 | 2, "modelVersions": []}, False),
        ({"name": "p", "modelVersions": [{"images": [{"nsfw": "X"}]}]}, True),
        ({"name": "p", "modelVersions": [{"images": [{"nsfw": "Soft"}]}]}, False),
        ({"name": "Middlesex harbour", "modelVersions": []}, False),
        ({"id": "a/b", "tags": ["lora", "not-for-all-audiences"]}, True),
        ({"id": "a/b", "tags": ["lora"]}, False),
    ],
)
def test_the_sexual_cue_reads_flags_and_words(item: dict[str, Any], sexual: bool) -> None:
    assert B.sexual_cue(item) is sexual


def test_nobody_with_a_minor_cue_appears_in_another_item(sets: dict[str, Part]) -> None:
    for pairs in sets.values():
        minors = [lab["target"] for _, lab in pairs if lab["minor_risk"]]
        assert len(minors) >= 3
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
        for part in B.SEEDS
        for lab in B.build(part)[1]
        for p in lab["targets"]
        if len(tokens(p)) >= 2 and min(map(len, tokens(p))) >= 2
    }
    for part in ("A", "B"):
        voc = V.vocab(part)
        for key in ("ANIME", "OTOME", "VTUBERS", "NOVELS", "OCS", "PERSONAS", "ILLUSTRATORS",
                    "CINEMATOGRAPHERS", "PHOTOGRAPHERS", "HALLS"):  # fmt: skip
            invented |= {tokens(x if isinstance(x, str) else x[0]) for x in voc[key]}
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


def test_poi15_is_built_in_memory_and_states_gender_only_where_its_template_does(
    poi_list: list[str],
) -> None:
    names = P.load_names(POI_FILE)
    assert names and all(n in poi_list for n in names)
    items, labels = P.build_poi15(names)
    assert (items, labels) == P.build_poi15(names)
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
    assert not any(p.name.startswith("poi15") for p in HERE.iterdir())


def test_the_scoring_script_loads_the_set_and_scores_five_items_quietly() -> None:
    sys.path.append(str(SCRIPT.parent))
    try:
        ev2 = importlib.import_module("eval_devset2")
        ev15 = importlib.import_module("eval_devset15")
    finally:
        sys.path.remove(str(SCRIPT.parent))
    loaded = ev15.load_part("dev15")
    assert loaded is not None and len(loaded) == len(B.build("dev15")[0])
    if (HERE / "hold15.jsonl").exists():  # loaded only, never scored here
        hold = ev15.load_part("hold15")
        assert hold is not None and len(hold) == len(B.build("hold15")[0])
    if POI_FILE.exists():  # loaded only, never scored here
        with redirect_stdout(StringIO()):
            poi = ev15.load_part("poi15")
        assert poi is not None and len(poi) == P.N_NAMES + P.N_NEG
    detector = ev2.make_detector("none")
    assert detector is not None
    out = StringIO()
    with redirect_stdout(out):
        ev2.report("dev15", loaded[:5], detector, errors=False)
    assert out.getvalue().startswith("== dev15: 5 items")
    with redirect_stdout(StringIO()), pytest.raises(SystemExit) as exc:
        ev15.main(["--help"])
    assert exc.value.code == 0
