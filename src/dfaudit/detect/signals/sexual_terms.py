"""Sexual intent in words: explicit and suggestive terms in the name, tags, trigger words and
description."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import ClassVar

from dfaudit.detect.base import Hit
from dfaudit.detect.fields import description_of, tags_of, view
from dfaudit.detect.text import word_set
from dfaudit.detect.vocab import SEXUAL_SOFT, SEXUAL_TERMS

_EXPLICIT = re.compile(
    r"(?<![a-z])(?:"
    + "|".join(re.escape(t) for t in sorted(SEXUAL_TERMS, key=len, reverse=True))
    + r")(?![a-z])"
)
_SOFT = re.compile(
    r"(?<![a-z])(?:"
    + "|".join(re.escape(t) for t in sorted(SEXUAL_SOFT, key=len, reverse=True))
    + r")(?![a-z])"
)


class SexualTerms:
    name: ClassVar[str] = "sexual_terms"
    version: ClassVar[str] = "1"
    fields: ClassVar[tuple[str, ...]] = ("name", "tags", "trained_words", "description")

    def hits(self, record: object) -> list[Hit]:
        sig = f"{self.name}@{self.version}"
        out: list[Hit] = []
        short = [("name", view(record).name_folded)]
        short += [("trained_words", w) for w in view(record).trained_folded[:12]]
        for tag in tags_of(record):
            short.append(("tags", tag))
        explicit_seen = soft_seen = 0
        for field, text in short:
            explicit, soft = _terms_in(text)
            if explicit and explicit_seen < 3:
                explicit_seen += 1
                out.append(
                    Hit(
                        sig,
                        "sexual",
                        0.9,
                        field,
                        explicit[0],
                        explicit[1],
                        note="explicit term",
                        feature=f"sexual:explicit_{field}",
                    )
                )
                continue
            if soft and soft_seen < 2:
                soft_seen += 1
                out.append(
                    Hit(
                        sig,
                        "sexual",
                        0.5,
                        field,
                        soft[0],
                        soft[1],
                        note="suggestive term",
                        feature="sexual:soft",
                    )
                )
        found = sorted(word_set(description_of(record)) & SEXUAL_TERMS)
        if found:
            out.append(
                Hit(
                    sig,
                    "sexual",
                    0.6,
                    "description",
                    found[0],
                    None,
                    note="explicit term in description",
                    feature="sexual:explicit_description",
                )
            )
        return out


Found = tuple[str, tuple[int, int]] | None


@lru_cache(maxsize=65536)
def _terms_in(text: str) -> tuple[Found, Found]:
    """The first explicit and the first suggestive term of a short folded text, with spans
    (cached: names, trigger words and tags recur)."""
    explicit = _EXPLICIT.search(text)
    soft = _SOFT.search(text)
    return (
        (explicit.group(0), explicit.span()) if explicit else None,
        (soft.group(0), soft.span()) if soft else None,
    )
