"""Gender from words: woman/girl/actress vs man/boy/actor in the name and trigger words, and
pronouns in the description."""

from __future__ import annotations

import re
from typing import ClassVar

from dfaudit.detect.base import Hit
from dfaudit.detect.fields import description_of
from dfaudit.detect.text import fold, words
from dfaudit.detect.vocab import FEMALE_WORDS, MALE_WORDS

_SHE = re.compile(r"\b(?:she|her|hers|herself)\b")
_HE = re.compile(r"\b(?:he|him|his|himself)\b")
NAME_FEMALE = FEMALE_WORDS - {"her", "hers", "she", "herself", "ms", "miss", "mrs"}
NAME_MALE = MALE_WORDS - {"he", "him", "his", "himself", "mr", "sir"}


class GenderWords:
    name: ClassVar[str] = "gender_words"
    version: ClassVar[str] = "1"
    fields: ClassVar[tuple[str, ...]] = ("name", "trained_words", "description")

    def hits(self, record: object) -> list[Hit]:
        sig = f"{self.name}@{self.version}"
        out: list[Hit] = []
        short = [("name", getattr(record, "name", "") or "")]
        short += [("trained_words", w) for w in getattr(record, "trained_words", ())[:12]]
        for field, text in short:
            for word in words(text):
                if word in NAME_FEMALE:
                    out.append(Hit(sig, "gender", 0.9, field, word, value="female"))
                elif word in NAME_MALE:
                    out.append(Hit(sig, "gender", 0.9, field, word, value="male"))
        text = fold(description_of(record)[:2000])
        she, he = len(_SHE.findall(text)), len(_HE.findall(text))
        if she > he:
            out.append(
                Hit(
                    sig,
                    "gender",
                    min(0.9, 0.3 + 0.1 * (she - he)),
                    "description",
                    f"{she} female pronouns",
                    value="female",
                )
            )
        elif he > she:
            out.append(
                Hit(
                    sig,
                    "gender",
                    min(0.9, 0.3 + 0.1 * (he - she)),
                    "description",
                    f"{he} male pronouns",
                    value="male",
                )
            )
        return out
