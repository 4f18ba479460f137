"""Training metadata in safetensors headers: who a LoRA was trained on, when names and tags say
nothing.

kohya sd-scripts writes the dataset folders into the file (``ss_dataset_dirs``,
``ss_tag_frequency``: ``20_anna miller woman`` is "20 repeats of trigger *anna miller*, class
*woman*"), the caption tags with their counts, ``ss_output_name``, and ``modelspec.title`` /
``modelspec.trigger_phrase``. A person-name shape there, or a person class word, is likeness and
target evidence. A header that says the subject is fictional — an anime class (``1girl``) or
anime caption tags without any realism tag, character tags like ``name (franchise)``, franchise
tags — or that the subject is a style or concept, is negative evidence, and then a name in it
(a character's name looks like anyone's) counts for nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from dfaudit.detect.base import Hit
from dfaudit.detect.fields import SHORT_LIMIT, TAG_LIMIT
from dfaudit.detect.names import NameMatch, canonical_key, find_names
from dfaudit.detect.text import fold, spaced
from dfaudit.detect.vocab import FICTION_PHRASES, FICTION_STRONG, FICTION_WORDS, STYLE_WORDS

_REPEATS = re.compile(r"^\s*(\d+)_(.+)$")
_CHARACTER_TAG = re.compile(r"^[^()]+[ _]\((?!cosplay\))[^()]+\)$")  # ``name_(franchise)``
_RARE_TOKEN = re.compile(r"^(?:ohwx|sks|zwx|tok|xyz)$")

PERSON_CLASSES = {
    "woman": "female",
    "women": "female",
    "girl": "female",
    "lady": "female",
    "female": "female",
    "actress": "female",
    "man": "male",
    "men": "male",
    "boy": "male",
    "guy": "male",
    "male": "male",
    "actor": "male",
    "person": None,
    "people": None,
}
ANIME_CLASSES = frozenset({"1girl", "1boy", "2girls", "character", "anime", "chibi", "waifu"})
NON_SUBJECT_CLASSES = frozenset(
    {
        "style",
        "artstyle",
        "concept",
        "pose",
        "poses",
        "outfit",
        "clothing",
        "clothes",
        "background",
        "scenery",
        "object",
        "effect",
        "lighting",
        "slider",
        "tool",
        "texture",
    }
)
ANIME_CAPTION_TAGS = frozenset(
    {
        "1girl",
        "1boy",
        "2girls",
        "anime coloring",
        "anime screencap",
        "official art",
        "chibi",
        "animal ears",
        "cat ears",
        "fox ears",
        "no humans",
        "multiple girls",
    }
)
REALISM_TAGS = frozenset(
    {
        "realistic",
        "photorealistic",
        "photo",
        "photograph",
        "photography",
        "real life",
        "raw photo",
        "photo (medium)",
        "film grain",
        "lips",
        "freckles",
        "mole",
    }
)
NAME_FIELDS = ("ss_output_name", "modelspec.title", "modelspec.trigger_phrase")
FIELD_SCORE = {
    "header:ss_dataset_dirs": 0.9,
    "header:ss_tag_frequency": 0.8,
    "header:ss_output_name": 0.7,
    "header:modelspec.trigger_phrase": 0.7,
    "header:modelspec.title": 0.6,
}
FIRST_NAME_GENDER = {"f": "female", "m": "male"}
PERSON_CLASS_BONUS = 0.1
MAIN_TAG_SHARE = 0.5  # a caption tag on at least half the images is the subject's trigger
# Combiner weights proposed for this signal's features (the fitted file decides; see
# bench/forensics_header_detection.py for the figures with and without them).
PROPOSED_WEIGHTS = {
    "training_metadata:dataset_name": 2.5,
    "training_metadata:label_name": 1.5,
    "training_metadata:person_class": 1.0,
    "training_metadata:fiction": 2.0,
    "training_metadata:non_subject": 1.5,
}


@dataclass(frozen=True, slots=True)
class DatasetDir:
    """One training folder: ``<repeats>_<trigger words> <class word>``."""

    raw: str
    trigger: str  # folded, without repeats and class word
    class_word: str | None


@dataclass(frozen=True, slots=True)
class Cue:
    """A finding inside one metadata block before it becomes a hit."""

    field: str
    text: str
    kind: str  # name | person_class | anime | non_subject | character_tag | franchise
    value: str | None = None
    gender: str | None = None  # from the first-name table, for names


def _json_value(text: str | None) -> Any:
    if not text:
        return None
    try:
        return json.loads(text)
    except (TypeError, ValueError):
        return None


def parse_dataset_dir(folder: str) -> DatasetDir:
    """``"20_anna miller woman"`` → trigger ``anna miller``, class ``woman``."""
    base = re.split(r"[\\/]", folder[-SHORT_LIMIT:].strip().rstrip("/\\"))[-1]
    match = _REPEATS.match(base)
    body = match.group(2) if match else base
    words = spaced(body).split()
    class_word = None
    if len(words) >= 2 and (
        words[-1] in PERSON_CLASSES
        or words[-1] in ANIME_CLASSES
        or words[-1] in NON_SUBJECT_CLASSES
    ):
        class_word = words.pop()
    return DatasetDir(folder, " ".join(words), class_word)


def dataset_dirs(metadata: Mapping[str, str]) -> Iterator[tuple[str, DatasetDir]]:
    """Training folders from ``ss_dataset_dirs``, ``ss_tag_frequency`` and ``ss_datasets``."""
    seen: set[str] = set()
    for key in ("ss_dataset_dirs", "ss_tag_frequency"):
        value = _json_value(metadata.get(key))
        if isinstance(value, dict):
            for folder in value:
                if folder not in seen:
                    seen.add(folder)
                    yield f"header:{key}", parse_dataset_dir(str(folder))
    datasets = _json_value(metadata.get("ss_datasets"))
    for dataset in datasets if isinstance(datasets, list) else ():
        for subset in dataset.get("subsets", ()) if isinstance(dataset, dict) else ():
            folder = subset.get("image_dir") if isinstance(subset, dict) else None
            if isinstance(folder, str) and folder not in seen:
                seen.add(folder)
                yield "header:ss_datasets", parse_dataset_dir(folder)


def caption_tags(metadata: Mapping[str, str]) -> dict[str, int]:
    """Caption tag → count, summed over folders of ``ss_tag_frequency``."""
    counts: dict[str, int] = {}
    value = _json_value(metadata.get("ss_tag_frequency"))
    for tags in value.values() if isinstance(value, dict) else ():
        for tag, count in tags.items() if isinstance(tags, dict) else ():
            key = fold(str(tag)[:TAG_LIMIT]).strip()
            counts[key] = counts.get(key, 0) + (count if isinstance(count, int) else 0)
    return counts


def _names(field: str, text: str, *, run_together: bool = True) -> Iterator[Cue]:
    for match in find_names(text):
        if match.kind in ("run_together", "pinyin") and not run_together:
            continue  # folders and caption tags keep their spaces; a run-together word is a word
        yield Cue(
            field, match.text, "name", _display(match), FIRST_NAME_GENDER.get(match.first.gender)
        )


def _display(match: NameMatch) -> str:
    return " ".join(word.capitalize() for word in match.words)


def _folder_cues(field: str, folder: DatasetDir) -> Iterator[Cue]:
    if folder.class_word in PERSON_CLASSES:
        yield Cue(field, folder.raw, "person_class", PERSON_CLASSES[folder.class_word])
    elif folder.class_word in ANIME_CLASSES:
        yield Cue(field, folder.raw, "anime", folder.class_word)
    elif folder.class_word in NON_SUBJECT_CLASSES:
        yield Cue(field, folder.raw, "non_subject", folder.class_word)
    if folder.trigger and not (set(folder.trigger.split()) & STYLE_WORDS):
        yield from _names(field, folder.trigger, run_together=False)


def _fictional(tag: str) -> bool:
    return (
        tag in FICTION_STRONG
        or tag in FICTION_WORDS
        or tag in FICTION_PHRASES
        or any(word in FICTION_STRONG for word in tag.split())
    )


def _caption_cues(tags: Mapping[str, int]) -> Iterator[Cue]:
    field = "header:ss_tag_frequency"
    if not tags:
        return
    realism = any(tag in REALISM_TAGS for tag in tags)
    most = max(tags.values()) or 1
    for tag, count in tags.items():
        if _CHARACTER_TAG.match(tag):
            yield Cue(field, tag, "character_tag")
        elif _fictional(tag):
            yield Cue(field, tag, "franchise")
        elif tag in ANIME_CAPTION_TAGS and not realism:
            yield Cue(field, tag, "anime")
        elif count >= MAIN_TAG_SHARE * most:
            yield from _names(field, tag, run_together=False)


def metadata_cues(metadata: Mapping[str, str]) -> list[Cue]:
    """Every cue in one ``__metadata__`` block."""
    cues: list[Cue] = []
    for field, folder in dataset_dirs(metadata):
        cues.extend(_folder_cues(field, folder))
    cues.extend(_caption_cues(caption_tags(metadata)))
    for key in NAME_FIELDS:
        text = metadata.get(key)
        if isinstance(text, str) and text.strip():
            cues.extend(_names(f"header:{key}", text))
    return cues


def _name_feature(field: str) -> str:
    """Names in the training data itself weigh more than names the uploader typed as labels."""
    if field in ("header:ss_dataset_dirs", "header:ss_tag_frequency", "header:ss_datasets"):
        return "training_metadata:dataset_name"
    return "training_metadata:label_name"


def _against_feature(kind: str) -> str:
    return "training_metadata:non_subject" if kind == "non_subject" else "training_metadata:fiction"


class TrainingMetadata:
    """Names, person classes and fiction cues in the model files' training metadata."""

    name: ClassVar[str] = "training_metadata"
    version: ClassVar[str] = "3"
    fields: ClassVar[tuple[str, ...]] = (
        "header:ss_dataset_dirs",
        "header:ss_tag_frequency",
        "header:ss_datasets",
        "header:ss_output_name",
        "header:modelspec.title",
        "header:modelspec.trigger_phrase",
    )

    def hits(self, record: object) -> list[Hit]:
        blocks: Iterable[Mapping[str, str]] = getattr(record, "training_metadata", ()) or ()
        out: list[Hit] = []
        seen: set[tuple[str, str, str]] = set()
        for metadata in blocks:
            for hit in self._block_hits(metadata):
                key = (hit.aspect, hit.field, hit.value or hit.text)
                if key not in seen:
                    seen.add(key)
                    out.append(hit)
        return out

    def _block_hits(self, metadata: Mapping[str, str]) -> list[Hit]:
        sig = f"{self.name}@{self.version}"
        cues = metadata_cues(metadata)
        against = [
            c for c in cues if c.kind in ("anime", "non_subject", "character_tag", "franchise")
        ]
        person_classes = [c for c in cues if c.kind == "person_class"]
        names = [c for c in cues if c.kind == "name"]
        out: list[Hit] = []
        for cue in against:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -0.8 if cue.kind != "non_subject" else -0.6,
                    cue.field,
                    cue.text,
                    note=f"training data says {cue.kind.replace('_', ' ')}",
                    feature=_against_feature(cue.kind),
                )
            )
        if against:
            # A character's or style's name has the shape of a person's: it proves nothing here.
            return out
        for cue in person_classes:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    0.5,
                    cue.field,
                    cue.text,
                    note="trained on images of one person (class word)",
                    feature="training_metadata:person_class",
                )
            )
            if cue.value:
                out.append(
                    Hit(
                        sig,
                        "gender",
                        0.8,
                        cue.field,
                        cue.text,
                        value=cue.value,
                        note="dataset class word",
                    )
                )
        bonus = PERSON_CLASS_BONUS if person_classes else 0.0
        for cue in names:
            score = min(1.0, FIELD_SCORE.get(cue.field, 0.6) + bonus)
            out.append(
                Hit(
                    sig,
                    "likeness",
                    score,
                    cue.field,
                    cue.text,
                    note="person name in training metadata",
                    feature=_name_feature(cue.field),
                )
            )
            out.append(
                Hit(
                    sig,
                    "target",
                    score,
                    cue.field,
                    cue.text,
                    value=cue.value,
                    note=canonical_key(cue.value) if cue.value else "",
                )
            )
            if cue.gender and not any(c.value for c in person_classes):
                out.append(
                    Hit(
                        sig,
                        "gender",
                        0.5,
                        cue.field,
                        cue.text,
                        value=cue.gender,
                        note="first-name table",
                    )
                )
        return out
