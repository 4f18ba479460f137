"""Evaluation sets for detection, read at run time: the real 2023 Civitai catalog (with its
``poi`` flag as a noisy label), the independent dev/held-out sets and the bundled sample.

This module owns turning those files into ``(record, label)`` pairs the way the harness does:
``poi`` cleared on every item, optionally the explicit likeness tags removed too. It never
copies anything from the files into the repository; the paths are given by the caller.
"""

from __future__ import annotations

import copy
import gzip
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dfaudit.records import ModelRecord
from dfaudit.store.normalize import normalize_civitai_model, normalize_hf_model

# The tags the harness removes in its "tags stripped" run (compared folded, separators as space).
LIKENESS_TAGS_STRIPPED = frozenset(
    {
        "celebrity",
        "real person",
        "actress",
        "actor",
        "influencer",
        "instagram",
        "public figure",
        "porn star",
        "porn actress",
        "deepfake",
    }
)
FICTION_TAG_WORDS = ("anime", "character", "game")


@dataclass(frozen=True, slots=True)
class CatalogItem:
    """One real catalog model: its record as detection sees it and Civitai's ``poi`` label."""

    record: ModelRecord
    poi: bool
    fiction_tagged: bool  # an anime/character/game tag (the harness's hard negatives)


@dataclass(frozen=True, slots=True)
class LabelledItem:
    """One labelled dev/held-out/sample item."""

    record: ModelRecord
    label: Mapping[str, Any]
    raw: Mapping[str, Any]


def _tag_key(tag: str) -> str:
    return " ".join(tag.lower().replace("_", " ").replace("-", " ").split())


def is_stripped_tag(tag: str) -> bool:
    """A tag the harness removes: one of :data:`LIKENESS_TAGS_STRIPPED`, spacing ignored."""
    key = _tag_key(tag)
    return key in LIKENESS_TAGS_STRIPPED or key.replace(" ", "") in {
        t.replace(" ", "") for t in LIKENESS_TAGS_STRIPPED
    }


def is_fiction_tagged(tags: list[str]) -> bool:
    return any(word in _tag_key(t) for t in tags for word in FICTION_TAG_WORDS)


def prepare_item(item: Mapping[str, Any], *, strip_tags: bool) -> dict[str, Any]:
    """A copy of a raw Civitai item with ``poi`` cleared (and likeness tags removed)."""
    out = copy.deepcopy(dict(item))
    out["poi"] = False
    for version in out.get("modelVersions") or []:
        for image in version.get("images") or []:
            if isinstance(image, dict) and "poi" in image:
                image["poi"] = False
    if strip_tags:
        out["tags"] = [t for t in out.get("tags") or [] if not is_stripped_tag(str(t))]
    return out


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def load_catalog(path: Path, *, strip_tags: bool = False) -> list[CatalogItem]:
    """The real catalog as the harness ingests it: ``poi`` false everywhere."""
    out = []
    for item in read_jsonl(path):
        tags = [str(t) for t in item.get("tags") or []]
        prepared = prepare_item(item, strip_tags=strip_tags)
        record = normalize_civitai_model(prepared).model
        out.append(CatalogItem(record, bool(item.get("poi")), is_fiction_tagged(tags)))
    return out


def record_of(raw: Mapping[str, Any], platform: str) -> ModelRecord:
    if platform == "huggingface":
        return normalize_hf_model(raw).model
    return normalize_civitai_model(raw).model


def load_labelled(items_path: Path, labels_path: Path) -> list[LabelledItem]:
    """Dev/held-out items paired with their labels (same order, same ids)."""
    items = list(read_jsonl(items_path))
    labels = list(read_jsonl(labels_path))
    out = []
    for raw, label in zip(items, labels, strict=True):
        platform = str(label.get("platform") or "civitai")
        out.append(LabelledItem(record_of(raw, platform), label, raw))
    return out


def load_sample_labelled() -> list[LabelledItem]:
    """The bundled sample's Civitai and Hugging Face models with their labels."""
    from dfaudit.sample.generate import load_sample

    sample = load_sample()
    labels = {(lab.platform, lab.model_id): lab for lab in sample.labels}
    out = []
    for platform, items in (("civitai", sample.civitai_models), ("huggingface", sample.hf_models)):
        for raw in items:
            model_id = str(raw["id"])
            label = labels.get((platform, model_id))
            if label is None:
                continue
            out.append(LabelledItem(record_of(raw, platform), _label_dict(label), raw))
    return out


def _label_dict(label: Any) -> dict[str, Any]:
    if isinstance(label, Mapping):
        return dict(label)
    fields = getattr(label, "__dataclass_fields__", None)
    if fields:
        return {name: getattr(label, name) for name in fields}
    return dict(vars(label))
