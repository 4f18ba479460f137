"""Fiction (negative evidence): anime, game and film franchises, character tags, "from <the
anime/game>" in the name or description."""

from __future__ import annotations

import re
from typing import ClassVar

from dfaudit.detect.base import Hit
from dfaudit.detect.fields import description_of, tags_of
from dfaudit.detect.text import fold, word_set
from dfaudit.detect.vocab import FICTION_PHRASES, FICTION_STRONG, FICTION_WORDS

_PHRASES = re.compile(
    r"\b(?:"
    + "|".join(re.escape(p) for p in sorted(FICTION_PHRASES, key=len, reverse=True))
    + r")\b"
)
_WORDS = re.compile(r"\b(?:" + "|".join(sorted(FICTION_STRONG, key=len, reverse=True)) + r")\b")
_FROM = re.compile(
    r"\b(?:from|in|character of|character from)\s+(?:the\s+)?(?:anime|manga|game|video game|"
    r"visual novel|series|light novel|webtoon|cartoon|comic)\b"
)


_DESCRIPTION_TRIGGERS = (
    FICTION_STRONG | {"from", "in", "character"} | {p.split()[0] for p in FICTION_PHRASES}
)


class Fiction:
    name: ClassVar[str] = "fiction"
    version: ClassVar[str] = "1"
    fields: ClassVar[tuple[str, ...]] = ("tags", "name", "description")

    def hits(self, record: object) -> list[Hit]:
        sig = f"{self.name}@{self.version}"
        out: list[Hit] = []
        for tag in tags_of(record):
            if tag in FICTION_STRONG or _PHRASES.fullmatch(tag):
                out.append(
                    Hit(
                        sig,
                        "likeness",
                        -1.0,
                        "tags",
                        tag,
                        note="fiction tag",
                        feature="fiction:tag_strong",
                    )
                )
            elif tag in FICTION_WORDS:
                out.append(
                    Hit(
                        sig,
                        "likeness",
                        -0.6,
                        "tags",
                        tag,
                        note="fiction tag",
                        feature="fiction:tag",
                    )
                )
        name = fold(getattr(record, "name", "") or "")
        match = _PHRASES.search(name) or _WORDS.search(name) or _FROM.search(name)
        if match:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -1.0,
                    "name",
                    match.group(0),
                    match.span(),
                    note="fiction word in name",
                    feature="fiction:name",
                )
            )
        head = description_of(record)[:1500]
        if word_set(head).isdisjoint(_DESCRIPTION_TRIGGERS):
            return out
        text = fold(head)
        match = _FROM.search(text) or _PHRASES.search(text) or _WORDS.search(text)
        if match:
            out.append(
                Hit(
                    sig,
                    "likeness",
                    -0.7,
                    "description",
                    match.group(0),
                    match.span(),
                    note="fiction word in description",
                    feature="fiction:description",
                )
            )
        return out
