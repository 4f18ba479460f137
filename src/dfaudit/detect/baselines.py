"""Two naive likeness baselines for the detector to beat.

They read a raw API item (a Civitai ``/api/v1/models`` item or a Hugging Face ModelInfo dict, as
stored in ``models.raw``) and answer one question: is this model of a real person?

* :func:`tags_and_flags_baseline` trusts the platform: Civitai's ``poi`` flag (model or preview
  image) and a fixed set of likeness tags. Hugging Face's ``not-for-all-audiences`` tag says
  nothing about likeness and is ignored.
* :class:`PoiListBaseline` is a plain gazetteer: a case-insensitive substring match of any listed
  name in the model name, tags and trained words.

Neither knows about the other or about the real detector; they exist so that evaluation can
report how much the detector adds over what a platform or a name list already gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

# Tags that, on their own, claim the model depicts a real person.
LIKENESS_TAGS: frozenset[str] = frozenset(
    {
        "celebrity",
        "real person",
        "actress",
        "actor",
        "influencer",
        "instagram",
        "public figure",
        "porn star",
        "deepfake",
    }
)
_SEPARATORS = re.compile(r"[\s_\-]+")


def normalize_tag(tag: str) -> str:
    """Lower-case a tag and treat ``_``, ``-`` and runs of spaces as one space."""
    return _SEPARATORS.sub(" ", tag.strip().lower())


# "pornstar" and "realperson" are the same tags written without the space.
_LIKENESS_TAGS_JOINED = frozenset(tag.replace(" ", "") for tag in LIKENESS_TAGS)


def is_likeness_tag(tag: str) -> bool:
    """True when a tag is one of :data:`LIKENESS_TAGS`, however it is spaced or cased."""
    normalized = normalize_tag(tag)
    return normalized in LIKENESS_TAGS or normalized.replace(" ", "") in _LIKENESS_TAGS_JOINED


def is_huggingface_item(item: Mapping[str, Any]) -> bool:
    """Hugging Face ModelInfo ids are ``owner/name`` strings; Civitai ids are integers."""
    return isinstance(item.get("id"), str) and "/" in str(item.get("id"))


def _strings(values: object) -> Iterator[str]:
    if isinstance(values, str):
        yield values
    elif isinstance(values, Iterable) and not isinstance(values, Mapping):
        for value in values:
            if isinstance(value, str):
                yield value


def item_tags(item: Mapping[str, Any]) -> list[str]:
    """The item's tags; for Hugging Face also the model card's ``tags``."""
    tags = list(_strings(item.get("tags") or []))
    card = item.get("cardData")
    if isinstance(card, Mapping):
        tags += list(_strings(card.get("tags") or []))
    return tags


def item_trained_words(item: Mapping[str, Any]) -> list[str]:
    """Civitai ``trainedWords`` of every version; Hugging Face card ``instance_prompt``."""
    words: list[str] = []
    for version in item.get("modelVersions") or []:
        if isinstance(version, Mapping):
            words += list(_strings(version.get("trainedWords") or []))
    card = item.get("cardData")
    if isinstance(card, Mapping):
        words += list(_strings(card.get("instance_prompt") or []))
    return words


def item_name(item: Mapping[str, Any]) -> str:
    """The model's name: Civitai ``name``, or the Hugging Face repo id."""
    if is_huggingface_item(item):
        return str(item.get("id") or "")
    return str(item.get("name") or "")


def _platform_poi(item: Mapping[str, Any]) -> bool:
    if item.get("poi") is True:
        return True
    for version in item.get("modelVersions") or []:
        for image in version.get("images") or [] if isinstance(version, Mapping) else []:
            if isinstance(image, Mapping) and image.get("poi") is True:
                return True
    return False


def tags_and_flags_baseline(item: Mapping[str, Any]) -> bool:
    """Predict likeness from the platform's own ``poi`` flags and likeness tags only.

    >>> tags_and_flags_baseline({"id": 1, "name": "x", "poi": False, "tags": ["Real_Person"]})
    True
    """
    if _platform_poi(item):
        return True
    return any(is_likeness_tag(tag) for tag in item_tags(item))


class PoiListBaseline:
    """Predict likeness when any listed name occurs (case-insensitively) in name/tags/words.

    A plain substring match, as a naive moderation filter would do it: no word boundaries, no
    accent folding, no leetspeak, no run-together names.
    """

    def __init__(self, names: Iterable[str]) -> None:
        cleaned = sorted({name.strip().lower() for name in names if name.strip()}, key=len)
        self.names: tuple[str, ...] = tuple(cleaned)
        # One alternation is much faster than a loop over thousands of names.
        self._pattern = (
            re.compile("|".join(re.escape(name) for name in reversed(cleaned))) if cleaned else None
        )

    def matches(self, item: Mapping[str, Any]) -> list[str]:
        """The listed names found in the item, in order of appearance, without repeats."""
        if self._pattern is None:
            return []
        found: dict[str, None] = {}
        for text in [item_name(item), *item_tags(item), *item_trained_words(item)]:
            for match in self._pattern.finditer(text.lower()):
                found.setdefault(match.group(0), None)
        return list(found)

    def predict(self, item: Mapping[str, Any]) -> bool:
        """True when at least one listed name occurs in the item."""
        return bool(self.matches(item))
