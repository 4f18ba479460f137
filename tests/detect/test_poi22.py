"""poi22: a listed name as a quoted work's title, and photos with an adjective before "of".

Invented people only. Gazetteer 13: a listed name between quotes in a title, on a page whose
description calls it a piece of music or writing ("for the track “<Name>”"), is the work's name
(WORK_WORDS gains track, tune, ballad, anthem, mixtape, poem, opera); twins: the same quoted
title without a work in the description, the work's page that shows a person, the name unquoted.
Name_shape 36: one word may stand between the photos and "of" ("fotos públicas de <Name>",
"photos récentes de <Name>"), as the English adjective before ("public photos of"); twins: a
style word there ("portraits style of <Name>"), no "of" after the word.
"""

from __future__ import annotations

import pytest

from dfaudit.detect.lexicon import Lexicon, parse_lexicon_text
from dfaudit.detect.signals.gazetteer import Gazetteer
from dfaudit.detect.signals.name_shape import _after_context
from dfaudit.records import ModelRecord

from .conftest import model

INVENTED = '["Mira Vossberg", "Tavia Quennell"]'


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon(parse_lexicon_text(INVENTED, "poi", source="test"))


def _targets(lexicon: Lexicon, record: ModelRecord) -> set[str]:
    hits = Gazetteer(lexicon).hits(record)
    return {str(h.value).lower() for h in hits if h.aspect == "target"}


COVER = "album cover aesthetic for the {work} \u201cMira Vossberg\u201d (synthwave), no people"


@pytest.mark.parametrize("work", ["track", "ballad", "poem", "song"])
@pytest.mark.parametrize(
    "title", ["\u201cMira Vossberg\u201d cover art", "'Mira Vossberg' cover", "«Mira Vossberg» art"]
)
def test_quoted_work_title_is_no_subject(lexicon: Lexicon, work: str, title: str) -> None:
    record = model(title, tags=["concept"], description=COVER.format(work=work))
    assert _targets(lexicon, record) == set()


@pytest.mark.parametrize(
    ("title", "description", "tags"),
    [
        # twin: the same quoted title, no work in the description
        ("\u201cMira Vossberg\u201d cover art", "realistic LoRA, 40 red carpet photos", []),
        # twin: the work's page shows a person (her photos)
        (
            "\u201cMira Vossberg\u201d cover art",
            COVER.format(work="track") + ", trained on photos of her",
            [],
        ),
        # twin: the work's page tagged with a person's trade
        ("\u201cMira Vossberg\u201d cover art", COVER.format(work="track"), ["singer"]),
        # twin: the title's name unquoted
        ("Mira Vossberg cover art", COVER.format(work="track"), []),
    ],
)
def test_quoted_title_twins_name_the_person(
    lexicon: Lexicon, title: str, description: str, tags: list[str]
) -> None:
    record = model(title, tags=tags, description=description)
    assert "mira vossberg" in _targets(lexicon, record)


def _after(head: str) -> str | None:
    found = _after_context(head, head.lower())
    return None if found is None else found[0]


@pytest.mark.parametrize(
    "head",
    [
        "treinado com fotos públicas de Elena Vostrikova. usar peso 0.75",
        "entrenado con fotos recientes de Elena Vostrikova",
        "photos récentes de Elena Vostrikova, poids 0.8",
        "trained on public photos of Elena Vostrikova",
        "treinado com fotos de Elena Vostrikova",
    ],
)
def test_photos_adjective_of_names_the_person(head: str) -> None:
    assert _after(head) == "Elena Vostrikova"


@pytest.mark.parametrize(
    "head",
    [
        # twin: a style word between the photos and "of"
        "portraits style of Elena Vostrikova, oil on canvas",
        "pictures illustration of Elena Vostrikova",
        # twin: no "of" after the word
        "fotos públicas Elena Vostrikova",
    ],
)
def test_photos_adjective_twins(head: str) -> None:
    assert _after(head) is None
