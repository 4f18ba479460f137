"""The labelled likeness dev set: files, labels, real shapes, honest labels, no real names."""

from __future__ import annotations

import gzip
import importlib
import json
import re
import sys
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from huggingface_hub.hf_api import ModelInfo

HERE = Path(__file__).resolve().parent
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"

SPLITS = {
    "dev": ("devset.jsonl", "labels.jsonl"),
    "holdout": ("holdout.jsonl", "holdout_labels.jsonl"),
}
MIN_TOTAL = {"dev": 800, "holdout": 280}
MIN_COUNTS = {
    "dev": {
        "public_figure": 120,
        "online_creator": 50,
        "private_person": 35,
        "character_anime": 40,
        "character_western": 15,
        "character_vtuber": 8,
        "artist_style": 25,
        "concept": 35,
        "clothing": 20,
        "checkpoint_realistic": 20,
        "tool": 12,
        "generic_face": 25,
        "ethnic_look": 10,
        "body_type": 10,
        "blend_unnamed": 10,
        "nonexistent_person": 5,
        "doll_likeness": 5,
        "consistent_character": 10,
    },
    "holdout": {
        "public_figure": 40,
        "online_creator": 18,
        "private_person": 12,
        "character_anime": 12,
        "artist_style": 8,
        "concept": 10,
        "generic_face": 8,
    },
}
LIKENESS_KINDS = {"public_figure", "online_creator", "private_person"}
PROMINENCE = {
    "public_figure": "public_figure",
    "online_creator": "online_creator",
    "private_person": "private_or_unknown",
}
LABEL_KEYS = [
    "platform",
    "model_id",
    "kind",
    "likeness",
    "target",
    "gender",
    "prominence",
    "sexual_intent",
    "minor_risk",
    "shape",
    "targets",
    "aliases",
]
# the shapes issue 8 added (appended after the first 600 / 200 items), with their label kinds
EXTENSION_SHAPES = {
    "east_asian_name": "public_figure",
    "live_action_role": "public_figure",
    "ordinary_word_name": "public_figure",
    "named_blend": "public_figure",
    "disclaimer": "public_figure",
    "adult_youth_words": "public_figure",
    "east_asian_minor": "public_figure",
    "east_asian_creator": "online_creator",
    "blend_unnamed": "blend_unnamed",
    "nonexistent_person": "nonexistent_person",
    "doll_likeness": "doll_likeness",
    "consistent_character": "consistent_character",
    "anime_script_name": "character_anime",
    "ordinary_word_concept": "concept",
}
FIRST_PART = {"dev": 600, "holdout": 200}
CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
# Top-level keys of a Civitai model item: the 2025 shape of the recorded fixture, and the 2023
# shape of the real catalog.
CIVITAI_2025_KEYS = {
    "id", "name", "description", "allowNoCredit", "allowCommercialUse", "allowDerivatives",
    "allowDifferentLicense", "type", "minor", "sfwOnly", "poi", "nsfw", "nsfwLevel",
    "availability", "cosmetic", "supportsGeneration", "stats", "creator", "tags", "modelVersions",
}  # fmt: skip
CIVITAI_2023_KEYS = {
    "id", "name", "description", "type", "poi", "nsfw", "allowNoCredit", "allowCommercialUse",
    "allowDerivatives", "allowDifferentLicense", "stats", "creator", "tags", "modelVersions",
}  # fmt: skip
NSFW_BITS = 4 | 8 | 16 | 32
SEXUAL_WORDS = re.compile(
    r"\b(nsfw|nudes?|naked|lingerie|sexy|topless|boudoir|porn|pornstar|onlyfans|bikini|erotic"
    r"|lewd|hentai|latex|not-for-all-audiences)\b"
)
MINOR_CUES = re.compile(
    r"\b(teen|schoolgirl|high school|child actor|child actress|kid"
    r"|(1[0-7]|[5-9]) ?(yo|y/o|years old)|age 1[0-7]|born 20(0[89]|1\d))\b"
    r"|(?<!\d)(1[0-7]|[5-9]) ?(歳|세|岁)"
)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@cache
def split(name: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    items_name, labels_name = SPLITS[name]
    return read_jsonl(HERE / items_name), read_jsonl(HERE / labels_name)


def is_hf(item: dict[str, Any]) -> bool:
    return isinstance(item["id"], str) and "/" in item["id"]


def item_text(item: dict[str, Any]) -> str:
    """All human-written text of an item, lower-cased."""
    if is_hf(item):
        card = item.get("cardData") or {}
        parts = [item["id"], *item.get("tags", []), *card.get("tags", [])]
        parts.append(str(card.get("instance_prompt") or ""))
        parts += [w.get("text", "") for w in card.get("widget", [])]
    else:
        parts = [item["name"], item.get("description") or "", *item.get("tags", [])]
        for version in item["modelVersions"]:
            parts += version.get("trainedWords", [])
            parts += [version.get("name", ""), version.get("description") or ""]
            parts += [f["name"] for f in version.get("files", [])]
    return " ".join(parts).lower()


def sexual_cues(item: dict[str, Any]) -> list[str]:
    """Every platform flag or word in the item that signals sexual content."""
    cues = [match.group(0) for match in SEXUAL_WORDS.finditer(item_text(item))]
    if is_hf(item):
        return cues
    if item.get("nsfw"):
        cues.append("nsfw flag")
    if int(item.get("nsfwLevel") or 0) & NSFW_BITS:
        cues.append("nsfwLevel")
    for version in item["modelVersions"]:
        if int(version.get("nsfwLevel") or 0) & NSFW_BITS:
            cues.append("version nsfwLevel")
        for image in version.get("images", []):
            if int(image.get("nsfwLevel") or 0) & NSFW_BITS or image.get("nsfw") in ("Mature", "X"):
                cues.append("image level")
    return cues


def minor_cues(item: dict[str, Any]) -> list[str]:
    cues = [match.group(0) for match in MINOR_CUES.finditer(item_text(item))]
    if not is_hf(item) and item.get("minor"):
        cues.append("minor flag")
    return cues


@pytest.mark.parametrize("name", SPLITS)
def test_files_parse_and_labels_match_items_one_to_one(name: str) -> None:
    items, labels = split(name)
    assert len(items) == len(labels) >= MIN_TOTAL[name]
    keys = [(label["platform"], label["model_id"]) for label in labels]
    assert len(set(keys)) == len(keys), "duplicate (platform, model_id)"
    item_keys = [("huggingface" if is_hf(i) else "civitai", str(i["id"])) for i in items]
    assert item_keys == keys


@pytest.mark.parametrize("name", SPLITS)
def test_label_schema(name: str) -> None:
    for label in split(name)[1]:
        assert list(label) == LABEL_KEYS
        assert label["platform"] in ("civitai", "huggingface")
        assert isinstance(label["sexual_intent"], bool) and isinstance(label["minor_risk"], bool)
        if label["likeness"]:
            assert label["kind"] in LIKENESS_KINDS
            assert label["gender"] in ("female", "male", "unknown")
            assert label["prominence"] == PROMINENCE[label["kind"]]
            assert label["target"] is None or isinstance(label["target"], str)
            assert label["targets"] == ([label["target"]] if label["target"] else []) or (
                label["shape"] == "named_blend" and label["targets"][0] == label["target"]
            )
            assert label["target"] not in label["aliases"]
        else:
            assert label["kind"] not in LIKENESS_KINDS
            assert label["target"] is label["gender"] is label["prominence"] is None
            assert label["targets"] == label["aliases"] == []
            assert not label["minor_risk"]
        if label["shape"] != "base":
            assert EXTENSION_SHAPES[label["shape"]] == label["kind"]


@pytest.mark.parametrize("name", SPLITS)
def test_kind_counts_and_shares(name: str) -> None:
    labels = split(name)[1]
    counts = Counter(label["kind"] for label in labels)
    for kind, minimum in MIN_COUNTS[name].items():
        assert counts[kind] >= minimum, kind
    hf_share = sum(label["platform"] == "huggingface" for label in labels) / len(labels)
    assert 0.18 <= hf_share <= 0.33
    likeness = [label for label in labels if label["likeness"]]
    female_share = sum(label["gender"] == "female" for label in likeness) / len(likeness)
    assert 0.75 <= female_share <= 0.93
    assert any(label["sexual_intent"] for label in likeness)
    assert sum(label["minor_risk"] for label in likeness) >= (8 if name == "dev" else 3)
    # named targets are present for public figures and creators
    for label in likeness:
        if label["kind"] != "private_person":
            assert label["target"]


@pytest.mark.parametrize("name", SPLITS)
def test_minor_risk_items_are_sfw_and_carry_no_sexual_words(name: str) -> None:
    items, labels = split(name)
    minors = [
        (item, label) for item, label in zip(items, labels, strict=True) if label["minor_risk"]
    ]
    assert minors
    for item, label in minors:
        assert not label["sexual_intent"]
        assert sexual_cues(item) == [], (label["model_id"], sexual_cues(item))


@pytest.mark.parametrize("name", SPLITS)
def test_labels_agree_with_the_cues_in_the_metadata(name: str) -> None:
    """Sexual intent and minor risk are labelled exactly where the metadata carries a cue."""
    items, labels = split(name)
    for item, label in zip(items, labels, strict=True):
        assert bool(sexual_cues(item)) is label["sexual_intent"], (label, sexual_cues(item))
        assert bool(minor_cues(item)) is label["minor_risk"], (label, minor_cues(item))


@pytest.mark.parametrize("name", SPLITS)
def test_items_have_the_real_api_shapes(name: str) -> None:
    shapes = Counter()
    for item in split(name)[0]:
        if is_hf(item):
            info = ModelInfo(**item)
            assert info.id == item["id"] and info.siblings
            weights = [s for s in info.siblings if s.rfilename.endswith(".safetensors")]
            assert weights and all(s.lfs and len(s.lfs.sha256) == 64 for s in weights)
            assert isinstance(item["cardData"], dict) and "text-to-image" in item["tags"]
            shapes["hf"] += 1
            continue
        keys = set(item)
        assert keys in (CIVITAI_2025_KEYS, CIVITAI_2023_KEYS)
        shapes["2025" if keys == CIVITAI_2025_KEYS else "2023"] += 1
        assert isinstance(item["id"], int) and item["modelVersions"]
        for version in item["modelVersions"]:
            file = version["files"][0]
            assert re.fullmatch(r"[0-9A-F]{64}", file["hashes"]["SHA256"])
            assert file["hashes"]["AutoV2"] == file["hashes"]["SHA256"][:10]
            assert version["images"]
    assert shapes["hf"] and shapes["2025"] and shapes["2023"]


def test_holdout_uses_names_and_templates_the_dev_split_lacks() -> None:
    dev_first = {
        label["target"].split()[0]
        for label in split("dev")[1]
        if label["target"] and label["kind"] == "public_figure"
    }
    holdout_targets = [
        label["target"]
        for label in split("holdout")[1]
        if label["target"] and label["kind"] == "public_figure"
    ]
    unseen = [target for target in holdout_targets if target.split()[0] not in dev_first]
    assert len(unseen) >= 0.2 * len(holdout_targets)
    dev_names = {item.get("name") for item in split("dev")[0]}
    holdout_only_shapes = [
        item
        for item in split("holdout")[0]
        if "Face Model" in str(item.get("name")) or "//" in str(item.get("name"))
    ]
    assert holdout_only_shapes and not any(
        "Face Model" in str(n) or "//" in str(n) for n in dev_names
    )


@pytest.mark.parametrize("name", SPLITS)
def test_committed_files_are_what_the_seeded_generator_writes(name: str) -> None:
    sys.path.insert(0, str(HERE))
    try:
        builder = importlib.import_module("build_devset")
    finally:
        sys.path.remove(str(HERE))
    pairs = builder.build_split(name)
    items, labels = split(name)
    assert [json.loads(json.dumps(item)) for item, _ in pairs] == items
    assert [builder.label_dict(label) for _, label in pairs] == labels


WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


def name_hits(names: list[str], texts: list[str]) -> set[str]:
    """The names that occur as whole words in any text (case, spacing and punctuation ignored)."""
    by_first: dict[str, set[tuple[str, ...]]] = {}
    for name in names:
        words = tuple(WORD.findall(name.lower()))
        if words:
            by_first.setdefault(words[0], set()).add(words)
    found: set[str] = set()
    for text in texts:
        words = WORD.findall(text.lower())
        for index, word in enumerate(words):
            for name in by_first.get(word, ()):
                if tuple(words[index : index + len(name)]) == name:
                    found.add(" ".join(name))
    return found


def test_name_hits_finds_whole_word_names_only() -> None:
    texts = ["LoRA of Mara Corvale (actress)", "tags: dorian_ostwick, marathon"]
    assert name_hits(["mara corvale", "Dorian Ostwick", "Mara"], texts) == {
        "mara corvale",
        "dorian ostwick",
        "mara",
    }
    assert name_hits(["Ara Corv", "athon"], texts) == set()


@cache
def all_item_texts() -> list[str]:
    return [json.dumps(item, ensure_ascii=False) for name in SPLITS for item in split(name)[0]]


def test_no_real_poi_name_from_the_lexicon_appears() -> None:
    lexicon = SHARED / "lexicons" / "civitai" / "words-poi.json"
    if not lexicon.exists():
        pytest.skip(f"real lexicon not available: {lexicon} (../shared is absent)")
    names = json.loads(lexicon.read_text(encoding="utf-8"))
    assert len(names) > 100
    hits = name_hits(names, all_item_texts())
    # the names themselves are never printed, only how many matched
    assert not hits, f"{len(hits)} real POI names occur in the dev set"


def test_no_invented_target_is_a_name_from_the_real_catalog() -> None:
    catalog = SHARED / "realdata" / "civitai_catalog_2023_dev.jsonl.gz"
    if not catalog.exists():
        pytest.skip(f"real catalog not available: {catalog} (../shared is absent)")
    forms = {
        form
        for name in SPLITS
        for label in split(name)[1]
        for form in [*label["targets"], *label["aliases"]]
    }
    # full Latin-script names (not initials such as "A. Day": ordinary words in a catalog)
    latin = [f for f in forms if " " in f and not CJK.search(f) and not re.match(r"\w\. ", f)]
    script = [form for form in forms if CJK.search(form)]
    assert len(latin) > 100 and len(script) > 20
    with gzip.open(catalog, "rt", encoding="utf-8") as handle:
        lines = list(handle)
    collisions = name_hits(latin, lines)
    # names in Chinese, Japanese or Korean script are not split into words: any substring counts
    collisions |= {form for form in script if any(form in line for line in lines)}
    assert not collisions, f"{len(collisions)} invented names also occur in the real catalog"


def shape_pairs(name: str, shape: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    items, labels = split(name)
    return [(i, label) for i, label in zip(items, labels, strict=True) if label["shape"] == shape]


@pytest.mark.parametrize("name", SPLITS)
def test_the_extension_is_appended_after_the_first_items(name: str) -> None:
    labels = split(name)[1]
    first = FIRST_PART[name]
    assert all(label["shape"] == "base" for label in labels[:first])
    assert all(label["shape"] != "base" for label in labels[first:])
    shapes = Counter(label["shape"] for label in labels[first:])
    assert set(shapes) == set(EXTENSION_SHAPES)
    assert sum(shapes.values()) >= (250 if name == "dev" else 100)


@pytest.mark.parametrize("name", SPLITS)
def test_aliases_and_every_target_are_shown_by_the_item(name: str) -> None:
    items, labels = split(name)
    for item, label in zip(items[FIRST_PART[name] :], labels[FIRST_PART[name] :], strict=True):
        text = item_text(item)
        for form in [*label["targets"], *label["aliases"]]:
            words = re.findall(r"[^\W_]+", form.lower())
            pattern = r"(?<![^\W_])" + r"[\W_]*".join(words) + r"(?![^\W_])"
            if not form.isascii():
                pattern = re.escape(form.lower())
            assert re.search(pattern, text), (label["model_id"], form)


@pytest.mark.parametrize("name", SPLITS)
def test_east_asian_names_come_in_every_script_and_romanisation(name: str) -> None:
    labels = [label for _, label in shape_pairs(name, "east_asian_name")]
    targets = [label["target"] for label in labels]
    hangul = [t for t in targets if re.search(r"[\uac00-\ud7af]", t)]
    kana = [t for t in targets if re.search(r"[\u3040-\u30ff]", t)]
    han_only = [t for t in targets if re.fullmatch(r"[\u4e00-\u9fff]+", t)]
    hyphenated = [t for t in targets if re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+", t)]
    assert hangul and kana and han_only and hyphenated
    # a third or more shows the name in script only, with no romanised form anywhere
    script_only = [
        label for label in labels if CJK.search(label["target"]) and not label["aliases"]
    ]
    assert len(script_only) >= 0.15 * len(labels)


@pytest.mark.parametrize("name", SPLITS)
def test_live_action_roles_carry_a_character_tag_and_name_the_actor(name: str) -> None:
    pairs = shape_pairs(name, "live_action_role")
    assert pairs
    for item, label in pairs:
        assert label["likeness"] and label["target"]
        if not is_hf(item):
            assert "character" in item["tags"]


@pytest.mark.parametrize("name", SPLITS)
def test_named_blends_have_a_target_per_person(name: str) -> None:
    pairs = shape_pairs(name, "named_blend")
    assert pairs
    assert all(len(label["targets"]) >= 2 for _, label in pairs)


@pytest.mark.parametrize("name", SPLITS)
def test_adult_east_asian_women_with_youth_words_are_not_minor_risk(name: str) -> None:
    adults = shape_pairs(name, "adult_youth_words")
    minors = shape_pairs(name, "east_asian_minor")
    youth = re.compile(r"\b(young|cute|petite|school uniform|youthful|baby face|kawaii)\b")
    assert adults and minors
    for item, label in adults:
        assert label["gender"] == "female" and not label["minor_risk"]
        assert youth.search(item_text(item)), label["model_id"]
    assert all(label["minor_risk"] and not label["sexual_intent"] for _, label in minors)
