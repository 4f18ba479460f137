"""Likeness tags: celebrity, real person, actress, influencer, occupations of real people, and
social-media creator tags; each also says something about prominence and gender."""

from __future__ import annotations

from functools import lru_cache
from typing import ClassVar

from dfaudit.detect.base import Hit
from dfaudit.detect.fields import tags_of
from dfaudit.detect.vocab import (
    CREATOR_TAGS,
    FEMALE_CODED_WEIGHT,
    FEMALE_CODED_WORDS,
    FEMALE_WORDS,
    LIKENESS_TAG_EXPLICIT,
    LIKENESS_TAG_OCCUPATION,
    MALE_WORDS,
    PERSON_HINT_TAGS,
)

PUBLIC_TAGS = frozenset(
    {
        "celebrity",
        "celebrities",
        "celeb",
        "celebs",
        "actress",
        "actor",
        "public figure",
        "famous",
        "singer",
        "hollywood",
        "wrestler",
        "athlete",
        "politician",
        "pornstar",
        "porn star",
        "porn actress",
        "kpop idol",
        "supermodel",
        "tv host",
        "news anchor",
        "playmate",
        "jav",
        "rapper",
        "musician",
        "comedian",
        "footballer",
        "wwe",
        "bollywood",
    }
)


class LikenessTags:
    name: ClassVar[str] = "likeness_tags"
    version: ClassVar[str] = "2"
    fields: ClassVar[tuple[str, ...]] = ("tags",)

    def hits(self, record: object) -> list[Hit]:
        out: list[Hit] = []
        checkpoint = getattr(record, "model_type", "") == "Checkpoint"
        for tag in tags_of(record):
            if checkpoint and tag in MACHINE_MODEL_TAGS:
                continue  # "model" on a checkpoint is the machine-learning model
            out.extend(_tag_hits(tag))
        return out


MACHINE_MODEL_TAGS = frozenset({"model", "models"})


@lru_cache(maxsize=4096)
def _tag_hits(tag: str) -> tuple[Hit, ...]:
    """The hits of one folded tag (cached: tags come from a small vocabulary)."""
    sig = f"{LikenessTags.name}@{LikenessTags.version}"
    out: list[Hit] = []
    if tag in LIKENESS_TAG_EXPLICIT:
        out.append(
            Hit(
                sig,
                "likeness",
                1.0,
                "tags",
                tag,
                note="likeness tag",
                feature="tag:explicit",
            )
        )
    elif tag in CREATOR_TAGS:
        out.append(
            Hit(
                sig,
                "likeness",
                0.8,
                "tags",
                tag,
                note="social-media tag",
                feature="tag:creator",
            )
        )
    elif tag in LIKENESS_TAG_OCCUPATION:
        out.append(
            Hit(
                sig,
                "likeness",
                0.6,
                "tags",
                tag,
                note="tag of a real person's occupation or origin",
                feature="tag:occupation",
            )
        )
    elif tag in PERSON_HINT_TAGS:
        out.append(
            Hit(
                sig,
                "likeness",
                0.3,
                "tags",
                tag,
                note="person or photo tag",
                feature="tag:person_hint",
            )
        )
    if tag in PUBLIC_TAGS:
        out.append(Hit(sig, "prominence", 0.8, "tags", tag, value="public_figure"))
    elif tag in CREATOR_TAGS or tag == "instagram" or tag == "instagram model":
        out.append(Hit(sig, "prominence", 0.8, "tags", tag, value="online_creator"))
    gender = _tag_gender(tag)
    if gender:
        out.append(Hit(sig, "gender", 0.8, "tags", tag, value=gender))
    elif not FEMALE_CODED_WORDS.isdisjoint(tag.split()):
        out.append(
            Hit(
                sig, "gender", FEMALE_CODED_WEIGHT, "tags", tag, value="female", note="female-coded"
            )
        )
    return tuple(out)


def _tag_gender(tag: str) -> str | None:
    words = tag.replace("-", " ").split()
    female = any(w in FEMALE_WORDS for w in words) and tag not in ("her", "his")
    male = any(w in MALE_WORDS for w in words) and tag not in ("her", "his")
    if female and not male:
        return "female"
    if male and not female:
        return "male"
    return None
