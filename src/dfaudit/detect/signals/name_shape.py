"""Person-name shape in the model's name, trigger words and file names: a known first name
beside a surname-like word, or run together with one (``annamiller``, ``4nn4_m1ll3r``)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import ClassVar

from dfaudit.detect.base import Hit
from dfaudit.detect.fields import name_texts
from dfaudit.detect.names import NameMatch, canonical_key, find_names

GENDER = {"f": "female", "m": "male"}
BASE_SCORE = {
    "pair": 0.9,
    "reversed": 0.7,
    "run_together": 0.7,
    "script": 1.0,
    "romanised": 1.0,
    "romaji": 0.8,
    "pinyin": 0.7,
}
FIELD_WEIGHT = {
    "name": 1.0,
    "trained_words": 0.8,
    "card:instance_prompt": 0.8,
    "file_names": 0.6,
    "version_names": 0.5,
}
PROMPT_COMMAS = 3
_WORD = re.compile(r"[A-Za-z]+")
_MIDDLE_INITIAL = re.compile(r"\b([A-Z][a-z]{1,20}) [A-Z]\.? (?=[A-Z][a-z])")


def _acronym_first(match: NameMatch) -> bool:
    written = _WORD.findall(match.text)
    return bool(written) and 2 <= len(written[0]) <= 5 and written[0].isupper()


def _letters(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _lowercase_word_surname(match: NameMatch) -> bool:
    """A pair written "Yuri kiss": the first name capitalised, the other word left small."""
    if match.kind != "pair" or " " not in match.text:
        return False
    first, last = match.text.split()[0], match.text.split()[-1]
    return first[:1].isupper() and last.islower()


class NameShape:
    name: ClassVar[str] = "name_shape"
    version: ClassVar[str] = "3"
    fields: ClassVar[tuple[str, ...]] = ("name", "trained_words", "file_names", "version_names")

    def hits(self, record: object) -> list[Hit]:
        out: list[Hit] = []
        seen: set[tuple[str, str]] = set()
        name_letters, name_found = "", True
        for field, text in name_texts(record):
            if field == "name":
                name_letters = _letters(text)
                name_found = bool(text_hits(field, text))
            elif (
                field in ("file_names", "version_names")
                and not name_found
                and _letters(text) == name_letters
            ):
                continue  # the file named after a model name that holds no name
            for key, hits in text_hits(field, text):
                if (field, key) in seen:
                    continue
                seen.add((field, key))
                out.extend(hits)
        return out


@lru_cache(maxsize=262144)
def text_hits(field: str, text: str) -> tuple[tuple[str, tuple[Hit, ...]], ...]:
    """(name key, hits) for every name in one field's text; cached, as texts recur."""
    sig = f"{NameShape.name}@{NameShape.version}"
    out: list[tuple[str, tuple[Hit, ...]]] = []
    weight = FIELD_WEIGHT.get(field, 0.5)
    if field != "name":
        lowered = text.lower()
        if "style" in lowered:
            return ()  # "<artist> artstyle": a trigger of an artist's style, not a face
        if lowered.count(",") >= PROMPT_COMMAS:
            weight *= 0.5  # a prompt of many tags: a name-like pair there is often a look
    mixed_case = not text.islower() and not text.isupper()
    matches = find_names(text)
    if not matches and " " in text:
        # "George W. Harlan", "Anna J Kowal": a middle initial between first name and surname
        bare = _MIDDLE_INITIAL.sub(r"\1 ", text)
        if bare != text:
            matches = find_names(bare)
    for match in matches:
        if mixed_case and _lowercase_word_surname(match):
            continue  # "Yuri kiss": a writer who capitalises names left this word small
        if match.kind == "reversed" and _acronym_first(match):
            continue  # "DOAX Venus": an acronym (a game, a studio) is no surname
        base = BASE_SCORE[match.kind]
        if match.kind in ("pair", "reversed") and match.capitalised:
            base = 1.0
        score = round(base * weight, 3)
        where = "name" if field == "name" else "other"
        hits = [
            Hit(
                sig,
                "likeness",
                score,
                field,
                match.text,
                match.span,
                note=f"person-name shape ({match.kind.replace('_', ' ')})",
                feature=f"name_shape:{where}:{match.kind}",
            ),
            Hit(
                sig,
                "target",
                round(0.75 * score, 3),
                field,
                match.text,
                match.span,
                value=" ".join(w.capitalize() for w in match.words),
                note=canonical_key(" ".join(match.words)),
            ),
        ]
        gender = GENDER.get(match.first.gender)
        if gender:
            hits.append(
                Hit(
                    sig,
                    "gender",
                    0.6 * score,
                    field,
                    match.first.name,
                    value=gender,
                    note="first-name table",
                )
            )
        out.append((match.key, tuple(hits)))
    return tuple(out)
