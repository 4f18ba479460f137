"""Likeness tags: celebrity, real person, actress, influencer, occupations of real people, and
social-media creator tags; each also says something about prominence and gender. A tag that is
a person's full name ("severine fenwright", a first name and a surname the name tables know)
names the subject: the only place some uploaders write it ("Subject 0419" tagged so)."""

from __future__ import annotations

from functools import lru_cache
from typing import ClassVar

from dfaudit.detect.base import Hit
from dfaudit.detect.fields import tags_of
from dfaudit.detect.names import canonical_key, find_names
from dfaudit.detect.text import fold
from dfaudit.detect.vocab import (
    CREATOR_TAGS,
    FEMALE_CODED_WEIGHT,
    FEMALE_CODED_WORDS,
    FEMALE_WORDS,
    LIKENESS_TAG_EXPLICIT,
    LIKENESS_TAG_OCCUPATION,
    MALE_WORDS,
    PERSON_HINT_TAGS,
    SCRIPT_CREATOR_WORDS,
    SCRIPT_OCCUPATION_TAGS,
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
    version: ClassVar[str] = "8"
    fields: ClassVar[tuple[str, ...]] = ("tags",)

    def hits(self, record: object) -> list[Hit]:
        out: list[Hit] = []
        checkpoint = getattr(record, "model_type", "") == "Checkpoint"
        tags = tags_of(record)
        for tag in tags:
            if checkpoint and tag in MACHINE_MODEL_TAGS:
                continue  # "model" on a checkpoint is the machine-learning model
            out.extend(_tag_hits(tag))
        if not checkpoint and _names_a_person(tags, out):
            sig = f"{self.name}@{self.version}"
            for tag in tags:
                found = _name_tag_hits(sig, tag)
                if found:
                    out.extend(found)
                    break
        return out


MACHINE_MODEL_TAGS = frozenset({"model", "models"})
_SCRIPT_OCCUPATION = frozenset(fold(t) for t in SCRIPT_OCCUPATION_TAGS)


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
    elif tag in CREATOR_TAGS or tag in SCRIPT_CREATOR_WORDS:
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
    elif tag in LIKENESS_TAG_OCCUPATION or tag in _SCRIPT_OCCUPATION:
        scripted = tag in _SCRIPT_OCCUPATION and tag not in LIKENESS_TAG_OCCUPATION
        out.append(
            Hit(
                sig,
                "likeness",
                0.6,
                "tags",
                tag,
                note=(
                    "tag of a real person's trade, in script"
                    if scripted
                    else "tag of a real person's occupation or origin"
                ),
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
    elif (
        tag in CREATOR_TAGS
        or tag in SCRIPT_CREATOR_WORDS
        or tag == "instagram"
        or tag == "instagram model"
    ):
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


# A tag naming a drawn character, a work or a style: a name tag beside it is no person's.
_NOT_PERSON_TAG_WORDS = frozenset(
    {"anime", "character", "characters", "game", "games", "cartoon", "manga", "comic", "comics",
     "cosplay", "vtuber", "virtual", "myth", "mythology", "style", "artist", "art", "painting",
     "fiction", "fantasy", "movie", "film", "series", "show", "novel"}
)  # fmt: skip
_PERSON_TAG_FEATURES = ("tag:person_hint", "tag:explicit", "tag:occupation", "tag:creator")


def _names_a_person(tags: tuple[str, ...], hits: list[Hit]) -> bool:
    """Whether a name tag may name the subject: a person or photo tag stands beside it and no
    tag speaks of fiction, a work or a style (their tags name characters and artists)."""
    if not any(h.feature in _PERSON_TAG_FEATURES for h in hits):
        return False
    return _NOT_PERSON_TAG_WORDS.isdisjoint(
        word for tag in tags for word in tag.replace("-", " ").replace("_", " ").split()
    )


# A full name: a first name (not a dictionary word) and a surname, in that order ("two tone",
# "hong kong" read family-name first are words).
NAME_TAG_KINDS = frozenset({"pair"})
NAME_TAG_SCORE = 0.8
NAME_TAG_MAX = 40  # letters: a longer tag is a phrase, not a name


def _name_tag_hits(sig: str, tag: str) -> tuple[Hit, ...]:
    """Likeness, target and gender hits of a tag that is one person's full name, else none."""
    if not 5 <= len(tag) <= NAME_TAG_MAX or (" " not in tag and "-" not in tag):
        return ()
    if any(ch.isdigit() for ch in tag):
        return ()
    matches = find_names(tag)
    if len(matches) != 1:
        return ()
    match = matches[0]
    if match.kind not in NAME_TAG_KINDS or match.first.word or match.span != (0, len(tag)):
        return ()  # the name must be the whole tag ("anna miller cosplay" is something else)
    display = " ".join(w.capitalize() for w in match.words)
    out = [
        Hit(
            sig,
            "likeness",
            NAME_TAG_SCORE,
            "tags",
            tag,
            note="a tag is a person's full name",
            feature="subject:person_tag",
        ),
        Hit(sig, "target", 0.4, "tags", tag, value=display, note=canonical_key(display)),
    ]
    gender = {"f": "female", "m": "male"}.get(match.first.gender)
    if gender:
        out.append(
            Hit(sig, "gender", 0.5, "tags", match.first.name, value=gender, note="first-name table")
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
