"""Field access shared by signals: the texts of a model or bounty record, by field name.

It also owns :class:`TextFields`, the hashable view of the text fields most signals read, and
:func:`cached_by_text`, which lets a signal whose hits depend on those fields alone compute them
once per distinct content (names, tags, trigger words and whole descriptions recur a lot).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any, NamedTuple

from dfaudit.detect.base import Hit
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


class TextFields(NamedTuple):
    """The text fields of a record as text-only signals read them (``getattr`` with the same
    defaults), hashable so that their hits can be cached by content."""

    name: Any
    model_type: Any
    tags: Any
    trained_words: Any
    description: str


TEXT_CACHE_SIZE = 16384
_last_view: tuple[object, TextFields | None] = (None, None)


def text_fields(record: object) -> TextFields | None:
    """The record's :class:`TextFields` (None when a field is unhashable, e.g. a list).

    The last record's view is kept, so the signals run one after another on a record build it
    once; the kept reference keeps that record alive, so its identity cannot be reused.
    """
    global _last_view
    if _last_view[0] is record:
        return _last_view[1]
    view: TextFields | None = TextFields(
        getattr(record, "name", ""),
        getattr(record, "model_type", ""),
        getattr(record, "tags", ()),
        getattr(record, "trained_words", ()),
        description_of(record),
    )
    try:
        hash(view)
    except TypeError:
        view = None
    _last_view = (record, view)
    return view


def cached_by_text(
    compute: Callable[[Any], list[Hit]], maxsize: int = TEXT_CACHE_SIZE
) -> Callable[[object], list[Hit]]:
    """Wrap ``compute(record)``, a signal's hits that depend only on :class:`TextFields`,
    so that records with the same text content share one computation (hits are frozen)."""
    cached = lru_cache(maxsize=maxsize)(lambda view: tuple(compute(view)))

    def hits(record: object) -> list[Hit]:
        view = text_fields(record)
        if view is None:
            return compute(record)
        return list(cached(view))

    return hits
