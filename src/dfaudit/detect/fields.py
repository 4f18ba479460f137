"""Field access shared by signals: the texts of a model or bounty record, by field name."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from dfaudit.detect.text import fold
from dfaudit.records import BountyRecord, ModelRecord

AnyRecord = ModelRecord | BountyRecord
DESCRIPTION_LIMIT = 4000


def name_texts(record: object) -> Iterator[tuple[str, str]]:
    """(field, text) for the short fields a subject's name appears in, strongest first."""
    if isinstance(record, ModelRecord | BountyRecord):
        yield "name", record.name
    if isinstance(record, ModelRecord):
        for word in record.trained_words[:12]:
            yield "trained_words", word
        for name in record.file_names[:6]:
            yield "file_names", name.rsplit(".", 1)[0]
        for name in record.version_names[:4]:
            yield "version_names", name
        instance = record.card.get("instance_prompt") if record.card else None
        if isinstance(instance, str):
            yield "card:instance_prompt", instance


def tags_of(record: object) -> tuple[str, ...]:
    """Folded tags of a record."""
    tags = getattr(record, "tags", ())
    return _folded_tags(tags) if isinstance(tags, tuple) else _folded_tags(tuple(tags))


@lru_cache(maxsize=65536)
def _folded_tags(tags: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fold(t).strip() for t in tags if isinstance(t, str))


def description_of(record: object) -> str:
    text = getattr(record, "description", "") or ""
    return text[:DESCRIPTION_LIMIT]
