"""The sixth dev set is what its builder writes, every label has its item, the cues agree with the
labels and never join a sexual and a minor cue, it names nobody of Civitai's POI list, its
invented full names are absent from the real catalog, poi6 stays in memory, and the scoring code
of ``scripts/eval_devset6.py`` runs on it.

No test prints a detector figure: every part is held out and scored once, at the end.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import build_devset6 as B
import pytest
from huggingface_hub.hf_api import ModelInfo

from dfaudit.detect.evalsets import record_of

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SCRIPTS = REPO / "scripts"
SHARED = REPO.parent / "shared"
POI_LIST = SHARED / "lexicons" / "civitai" / "words-poi.json"
CATALOG = SHARED / "realdata" / "civitai_catalog_2023_dev.jsonl.gz"
PARTS = tuple(B.SEEDS)

Pair = tuple[dict[str, Any], dict[str, Any]]


def read_part(part: str) -> list[Pair]:
    items = (HERE / f"{part}.jsonl").read_text(encoding="utf-8").splitlines()
    labels = (HERE / f"{part}_labels.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(items) == len(labels)
    return [(json.loads(i), json.loads(lab)) for i, lab in zip(items, labels, strict=True)]


def flat(text: str) -> str:
    """Lower-case letters and digits only, so 'Ha-rin', 'ha_rin' and 'harin' compare equal."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def word_tuple(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", text.casefold()))


def phrases_in(words: list[str], phrases: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    starts: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        starts.setdefault(phrase[0], []).append(phrase)
    found: set[tuple[str, ...]] = set()
    for at, word in enumerate(words):
        for phrase in starts.get(word, ()):
            if tuple(words[at : at + len(phrase)]) == phrase:
                found.add(phrase)
    return found


@pytest.fixture(scope="module")
def parts() -> dict[str, list[Pair]]:
    return {part: read_part(part) for part in PARTS}


@pytest.fixture(scope="module")
def poi_names() -> list[str]:
    if not POI_LIST.exists():
        pytest.skip("../shared is absent: Civitai's POI list is not available here")
    return [str(name) for name in json.loads(POI_LIST.read_text(encoding="utf-8"))]


def test_the_builder_rewrites_the_committed_files_and_the_readme_table() -> None:
    built = {part: B.build(part) for part in PARTS}
    assert built == {part: B.build(part) for part in PARTS}
    for part, pairs in built.items():
        items = "".join(B.dumps(item) + "\n" for item, _ in pairs)
        labels = "".join(B.dumps(lab) + "\n" for _, lab in pairs)
        assert (HERE / f"{part}.jsonl").read_text(encoding="utf-8") == items, part
        assert (HERE / f"{part}_labels.jsonl").read_text(encoding="utf-8") == labels, part
    assert B.counts_table(built) in (HERE / "README.md").read_text(encoding="utf-8")


def test_every_label_has_one_item_in_a_shape_the_readers_take(
    parts: dict[str, list[Pair]],
) -> None:
    for part, pairs in parts.items():
        keys = Counter((lab["platform"], lab["model_id"]) for _, lab in pairs)
        assert max(keys.values()) == 1, part
        for item, lab in pairs:
            assert tuple(lab) == B.LABEL_FIELDS
            platform = "huggingface" if "siblings" in item else "civitai"
            assert (lab["platform"], lab["model_id"]) == (platform, str(item["id"]))
            assert record_of(item, platform).name
            if platform == "huggingface":
                assert ModelInfo(**item).id == item["id"]
                assert item["id"] == item["id"].lower()


def test_every_named_target_shows_in_its_item(parts: dict[str, list[Pair]]) -> None:
    for pairs in parts.values():
        for item, lab in pairs:
            if not lab["likeness"]:
                assert lab["target"] is None and lab["targets"] == []
                continue
            text = flat(B.text_of(item))
            forms = [lab["target"], *lab["aliases"]] if lab["target"] else []
            assert not forms or any(flat(form) in text for form in forms), lab
            if len(lab["targets"]) > 1:  # a blend, a band or a pack: every person is named
                assert all(flat(person) in text for person in lab["targets"]), lab


def test_no_item_speaks_of_its_person_with_the_other_genders_words(
    parts: dict[str, list[Pair]],
) -> None:
    other = {"female": r"\b(?:he|him|his|himself)\b", "male": r"\b(?:she|her|hers|herself)\b"}
    for pairs in parts.values():
        for item, lab in pairs:
            if lab["likeness"] and lab["gender"] in other:
                assert not re.search(other[lab["gender"]], B.text_of(item), re.I), lab


def test_each_part_has_the_mix_a_harness_would_use(parts: dict[str, list[Pair]]) -> None:
    for part, pairs in parts.items():
        labels = [lab for _, lab in pairs]
        likeness = [lab for lab in labels if lab["likeness"]]
        genders = Counter(lab["gender"] for lab in likeness)
        assert 250 <= len(labels) <= 450, part
        assert 0.45 <= len(likeness) / len(labels) <= 0.65, part
        assert genders["female"] > len(likeness) / 2 and genders["male"] >= 10
        assert genders["unknown"] >= 1
        assert sum(lab["minor_risk"] for lab in labels) >= 4
        assert sum(lab["sexual_intent"] for lab in labels) >= 5
        assert sum(lab["platform"] == "huggingface" for lab in labels) >= 15
        assert {lab["kind"] for lab in labels} >= {
            "public_figure", "online_creator", "private_person", "character_anime",
            "character_vtuber", "artist_style", "checkpoint_realistic", "concept",
            "consistent_character", "generic_face", "doll_likeness", "nonexistent_person",
        }  # fmt: skip
    hold_shapes = {lab["shape"] for _, lab in parts["hold6"]}
    dev_shapes = {lab["shape"] for _, lab in parts["dev6"]}
    assert B.HOLD_ONLY and set(B.HOLD_ONLY) <= hold_shapes - dev_shapes


def test_hold6_names_nobody_dev6_names(parts: dict[str, list[Pair]]) -> None:
    def named(part: str) -> set[str]:
        return {
            flat(person)
            for _, lab in parts[part]
            if lab["likeness"]
            for person in [lab["target"], *lab["targets"]]
            if person
        }

    assert not named("dev6") & named("hold6")


def test_the_cues_agree_with_every_label_and_never_meet(parts: dict[str, list[Pair]]) -> None:
    for pairs in parts.values():
        for item, lab in pairs:
            sexual, minor = B.sexual_cue(item), B.minor_cue(item)
            assert (sexual, minor) == (lab["sexual_intent"], lab["minor_risk"]), lab
            assert not (sexual and minor), lab


def test_a_person_with_a_minor_cue_or_youth_words_is_in_no_other_item(
    parts: dict[str, list[Pair]],
) -> None:
    every = [(flat(B.text_of(item)), lab) for pairs in parts.values() for item, lab in pairs]
    for at, (_, lab) in enumerate(every):
        if lab["shape"] not in ("minor_cue", "adult_youth_words", "adult_youth_words_western"):
            continue
        forms = {flat(form) for form in [lab["target"], *lab["aliases"]] if form}
        for other_at, (text, other_lab) in enumerate(every):
            if other_at != at:
                assert not any(form in text for form in forms), (lab, other_lab)


def test_the_cue_rules_read_what_they_should() -> None:
    assert B.MINOR_AGE.search("the 14-year-old figure skater")
    assert B.MINOR_AGE.search("15세 중학생") and B.MINOR_AGE.search("子役 (12歳)")
    assert not B.MINOR_AGE.search("27 years old") and not B.MINOR_AGE.search("23歳")
    assert B.YOUTH_WORDS.search("a teen chess champion") and B.YOUTH_WORDS.search("童星")
    for adult in ("young-looking, cute, petite", "school uniform photoshoot", "kohyakid"):
        assert not B.YOUTH_WORDS.search(adult) and not B.MINOR_AGE.search(adult)
    assert B.SEXUAL_WORDS.search("Lace lingerie set") and not B.SEXUAL_WORDS.search("Porsche")


def test_no_committed_file_holds_a_name_of_the_real_poi_list(poi_names: list[str]) -> None:
    phrases = {word_tuple(name) for name in poi_names if word_tuple(name)}
    files = [*HERE.glob("*.py"), *HERE.glob("*.jsonl"), HERE / "README.md"]
    files.append(SCRIPTS / "eval_devset6.py")
    hits = {
        path.name: len(phrases_in(list(word_tuple(path.read_text(encoding="utf-8"))), phrases))
        for path in files
    }
    # counts only: the names themselves are never printed
    assert not any(hits.values()), {name: n for name, n in hits.items() if n}


def test_no_invented_full_name_is_in_the_real_catalog(parts: dict[str, list[Pair]]) -> None:
    if not CATALOG.exists():
        pytest.skip("../shared is absent: the real catalog is not available here")
    invented: set[tuple[str, ...]] = set()
    for pairs in parts.values():
        for _, lab in pairs:
            for name in [lab["target"] or "", *lab["targets"], *lab["aliases"]]:
                words = word_tuple(name)
                if len(words) >= 2 or (len(words) == 1 and not words[0].isascii()):
                    invented.add(words)
    found: set[tuple[str, ...]] = set()
    with gzip.open(CATALOG, "rt", encoding="utf-8") as lines:
        for line in lines:
            found |= phrases_in(list(word_tuple(line)), invented - found)
    assert not found, f"{len(found)} invented names occur in the real catalog"


def test_poi6_is_built_in_memory_deterministically(poi_names: list[str]) -> None:
    import devset6_poi

    before = sorted(p.name for p in HERE.iterdir())
    items, labels = devset6_poi.build_poi6(poi_names)
    assert devset6_poi.build_poi6(list(reversed(poi_names))) == (items, labels)
    assert sorted(p.name for p in HERE.iterdir()) == before
    assert len(items) == len(labels) == devset6_poi.N_POSITIVE + devset6_poi.N_NEGATIVE
    assert not any(lab["minor_risk"] for lab in labels)
    stated = Counter(lab["gender"] for lab in labels if lab["likeness"])
    assert stated["female"] + stated["male"] == devset6_poi.N_PRONOUN
    assert all(lab["gender"] == "unknown" for lab in labels if lab["shape"] != "poi_pronoun"
               and lab["likeness"])  # fmt: skip


def test_the_scoring_script_reads_the_set_and_runs_on_a_few_items() -> None:
    sys.path.insert(0, str(SCRIPTS))
    try:
        import eval_devset2
        import eval_devset6
    finally:
        sys.path.remove(str(SCRIPTS))
    items = eval_devset6.load_part("dev6")
    assert items is not None and len(items) == len(read_part("dev6"))
    detector = eval_devset2.make_detector("none")
    assert detector is not None
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        eval_devset2.report("dev6", items[:5], detector, errors=True)
    # the figures are captured and never shown: only the header is checked
    assert out.getvalue().startswith("== dev6: 5 items")
