"""Gazetteer: names from the operator's lexicons (real people, watchlist, characters) found in
the name, trigger words, file names, tags and the start of the description."""

from __future__ import annotations

from typing import ClassVar

from dfaudit.detect.base import Hit
from dfaudit.detect.fields import description_of, name_texts, view
from dfaudit.detect.lexicon import Lexicon
from dfaudit.detect.names import canonical_key

DESCRIPTION_HEAD = 600


class Gazetteer:
    name: ClassVar[str] = "gazetteer"
    version: ClassVar[str] = "1"
    fields: ClassVar[tuple[str, ...]] = (
        "name",
        "trained_words",
        "file_names",
        "tags",
        "description",
    )

    def __init__(self, lexicon: Lexicon | None = None):
        self.lexicon = lexicon

    def hits(self, record: object) -> list[Hit]:
        if not self.lexicon:
            return []
        sig = f"{self.name}@{self.version}"
        out: list[Hit] = []
        seen: set[str] = set()
        texts = list(name_texts(record))
        texts += [("tags", t) for t in view(record).tags]
        texts.append(("description", description_of(record)[:DESCRIPTION_HEAD]))
        for field, text in texts:
            for match in self.lexicon.match(text):
                entry = match.entry
                if entry.norm in seen:
                    continue
                seen.add(entry.norm)
                strong = field != "description"
                if entry.kind == "characters":
                    out.append(
                        Hit(
                            sig,
                            "likeness",
                            -1.0 if strong else -0.5,
                            field,
                            match.text,
                            match.span,
                            note="fictional character lexicon",
                            feature="gazetteer:character",
                        )
                    )
                    continue
                score = 1.0 if strong else 0.6
                feature = f"gazetteer:{entry.kind}" + ("" if strong else ":description")
                out.append(
                    Hit(
                        sig,
                        "likeness",
                        score,
                        field,
                        match.text,
                        match.span,
                        note=f"{entry.kind} lexicon ({entry.source or 'imported'})",
                        feature=feature,
                    )
                )
                out.append(
                    Hit(
                        sig,
                        "target",
                        1.0 if strong else 0.8,
                        field,
                        match.text,
                        match.span,
                        value=entry.name,
                        note=canonical_key(entry.name),
                    )
                )
                if entry.gender:
                    out.append(
                        Hit(
                            sig,
                            "gender",
                            1.0,
                            field,
                            match.text,
                            value=entry.gender,
                            note="lexicon gender",
                        )
                    )
                if entry.kind == "poi":
                    out.append(
                        Hit(sig, "prominence", 1.0, field, match.text, value="public_figure")
                    )
        return out
