"""Field access shared by signals: the texts of a model or bounty record, by field name."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from dfaudit.detect.text import fold
from dfaudit.records import BountyRecord, ModelRecord

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


class _LastRecord:
    """What was derived from the record seen last: every signal reads the same record in turn,
    so its folded tags and description are worked out once. Holding the record keeps it alive,
    so its identity cannot be reused by another object while it is remembered. Each value is
    stored only once computed, so a failure leaves nothing stale behind."""

    tags_record: object = None
    tags: tuple[str, ...] = ()
    description_record: object = None
    description: str | None = None  # folded description_of(record), when ASCII

    @classmethod
    def tags_of(cls, record: object) -> tuple[str, ...]:
        if cls.tags_record is not record:
            tags = getattr(record, "tags", ())
            cls.tags = _folded_tags(tags) if isinstance(tags, tuple) else _folded_tags(tuple(tags))
            cls.tags_record = record
        return cls.tags

    @classmethod
    def folded_description(cls, record: object) -> str | None:
        if cls.description_record is not record:
            text = description_of(record)
            cls.description = text.lower() if text.isascii() else None
            cls.description_record = record
        return cls.description


def tags_of(record: object) -> tuple[str, ...]:
    """Folded tags of a record."""
    return _LastRecord.tags_of(record)


def folded_description(record: object, limit: int = DESCRIPTION_LIMIT) -> str:
    """``fold(description_of(record)[:limit])``, folding the description once per record
    (for ASCII text folding is lower-casing, which keeps lengths, so a slice of the folded
    text is the folded slice)."""
    folded = _LastRecord.folded_description(record)
    if folded is None:
        return fold(description_of(record)[:limit])
    return folded[:limit]


@lru_cache(maxsize=65536)
def _folded_tags(tags: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fold(t).strip() for t in tags if isinstance(t, str))


def description_of(record: object) -> str:
    text = getattr(record, "description", "") or ""
    return text[:DESCRIPTION_LIMIT]
