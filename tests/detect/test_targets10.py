"""Targets of the tenth round: a name written with the particles of its surname ("y", "Mac an",
"d'", "Ní"), a title that writes the name family name first beside a description that writes
it given name first, a title's handle beside the name it also writes. Invented people only."""

from __future__ import annotations

import pytest

from dfaudit.detect.base import Hit
from dfaudit.detect.engine import Detector
from dfaudit.detect.findings import decide_gender, ranked_target
from dfaudit.detect.names import canonical_key
from dfaudit.detect.signals.subject_name import subject_of, tag_name

from .conftest import model

DETECTOR = Detector()


def hit(field: str, score: float, text: str, value: str, note: str | None = None) -> Hit:
    return Hit("t@1", "target", score, field, text, value=value, note=note or canonical_key(value))


def target_of(name: str, **fields: object) -> str | None:
    return DETECTOR.detect(model(name, **fields)).target_name


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Idony Quellhart y Bramusk", "Idony Quellhart y Bramusk"),
        ("Ciarán Mac an Fhirvane | SDXL", "Ciarán Mac an Fhirvane"),
        ("Clémence d'Arvillon [PT]", "Clémence d'Arvillon"),
        ("Aoibhe Ní Dhorvane | TikToker", "Aoibhe Ní Dhorvane"),
        ("Pieter van der Quellmoor v2", "Pieter van der Quellmoor"),
    ],
)
def test_a_titles_subject_keeps_the_particles_of_its_surname(title: str, name: str) -> None:
    found = subject_of(title)
    assert found is not None and found[0] == name


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Mira Quellhart lora v2", "Mira Quellhart"),  # no particle: as before
        ("Mira's favourite look", "Mira Favourite Look"),  # a possessive is no name's apostrophe
        ("Mira Quellhart de v2", "Mira Quellhart"),  # a particle never ends a name
    ],
)
def test_no_particle_is_added_where_the_title_has_none(title: str, name: str) -> None:
    found = subject_of(title)
    assert found is not None and found[0] == name


def test_a_name_cut_at_a_particle_is_the_name_written_whole() -> None:
    hits = [
        hit("name", 0.75, "Ciarán Mac", "Ciarán Mac"),
        hit("name", 0.1, "Ciarán Mac an Fhirvane", "Ciarán Mac an Fhirvane"),
    ]
    assert ranked_target(hits)[1] == "Ciarán Mac an Fhirvane"
    # a fuller name that is another person's (no shared start) takes nothing
    other = [
        hit("name", 0.75, "Ciarán Mac", "Ciarán Mac"),
        hit("name", 0.1, "Orla Mac an Fhirvane", "Orla Mac an Fhirvane"),
    ]
    assert ranked_target(other)[1] == "Ciarán Mac"


def test_a_name_read_without_its_particles_is_the_name_with_them() -> None:
    hits = [
        hit("file_names", 0.405, "clemence_arvillon", "Clemence Arvillon"),
        hit("name", 0.1, "Clémence d'Arvillon", "Clémence d'Arvillon"),
    ]
    assert ranked_target(hits)[1] == "Clémence d'Arvillon"
    # two different surnames are two names
    twin = [
        hit("file_names", 0.405, "clemence_arvillon", "Clemence Arvillon"),
        hit("name", 0.1, "Clémence d'Orbanne", "Clémence d'Orbanne"),
    ]
    assert ranked_target(twin)[1] == "Clemence Arvillon"


def test_the_given_name_first_order_another_field_writes_is_kept() -> None:
    title = "Quellmarsh Benedikt"
    found = target_of(
        title,
        description="LoRA do Benedikt Quellmarsh, apresentador brasileiro.",
        trained_words=("benedikt_quellmarsh",),
        tags=("portrait",),
    )
    assert found == "Benedikt Quellmarsh"


def test_a_family_name_first_east_asian_name_keeps_its_order() -> None:
    hits = [
        hit("name", 0.75, "Murong Jingyi", "Murong Jingyi"),
        hit("description", 0.3, "Jingyi Murong", "Jingyi Murong"),
    ]
    assert ranked_target(hits)[1] == "Murong Jingyi"


def test_a_titles_handle_gives_way_to_the_name_the_title_writes() -> None:
    hits = [
        hit("name", 0.9, "kalindadaily", "kalindadaily", note="handle"),
        hit("name", 0.1, "Kalinda Wenzomoor", "Kalinda Wenzomoor"),
    ]
    assert ranked_target(hits)[1] == "Kalinda Wenzomoor"
    # a handle that spells neither word of the other name stays the target
    apart = [
        hit("name", 0.9, "glitterhexa", "glitterhexa", note="handle"),
        hit("name", 0.1, "Kalinda Wenzomoor", "Kalinda Wenzomoor"),
    ]
    assert ranked_target(apart)[1] == "glitterhexa"


def test_a_surname_read_as_a_first_name_does_not_vote() -> None:
    guess = Hit("n@1", "gender", 0.42, "name", "bram", value="male", note="first-name table")
    # (an invented given name the tables do not know: "Kalinda" is now in the second table)
    assert decide_gender([guess], None, "Quorvane Brammofield") == "unknown"
    # the same guess for a word that is no part of the target still votes, halved
    assert decide_gender([guess], None, "Quorvane Wenzomoor") == "male"


def test_a_tag_that_is_a_persons_name_names_the_target() -> None:
    fields = {"tags": ("woman", "photorealistic", "wrenna vantrelle"), "description": "portrait"}
    found = DETECTOR.detect(model("Request batch 7 - item 3", **fields))
    if found.likeness:
        assert found.target_name == "Wrenna Vantrelle"
    assert tag_name(("woman", "wrenna vantrelle")) == "Wrenna Vantrelle"
    assert tag_name(("yaretzi olazábal-ruíz",)) == "Yaretzi Olazábal-Ruíz"  # accents kept


@pytest.mark.parametrize(
    "tags",
    [
        ("golden hour", "red dress"),  # ordinary words
        ("real person", "photorealistic"),  # words the project reads as no name
        ("woman",),  # one word
    ],
)
def test_tags_of_ordinary_words_name_nobody(tags: tuple[str, ...]) -> None:
    assert tag_name(tags) is None


@pytest.mark.parametrize(
    ("short", "whole"),
    [
        ("Trịnh Minh", "Trịnh Minh Khang"),  # a Vietnamese name read without its last word
        ("Nguyễn Thị", "Nguyễn Thị Lan Vy"),
        ("Wierzchowska", "Małgorzata Wierzchowska"),  # the surname alone
        ("Bart Lomiej", "Bartłomiej Żmijakowicz"),  # one word read as two
    ],
)
def test_a_part_of_the_titles_whole_subject_is_that_name(short: str, whole: str) -> None:
    hits = [
        hit("name", 0.75, short, short),
        Hit("subject_name@7", "target", 0.05, "name:whole", whole, value=whole,
            note=canonical_key(whole)),
    ]  # fmt: skip
    assert ranked_target(hits)[1] == whole


def test_a_title_of_ordinary_words_after_a_name_is_no_name() -> None:
    # "Mira Quellhart Red Dress": the title's subject holds ordinary words, the name stays
    whole = "Mira Quellhart Red Dress"
    hits = [
        hit("name", 0.75, "Mira Quellhart", "Mira Quellhart"),
        Hit("subject_name@7", "target", 0.05, "name:whole", whole, value=whole,
            note=canonical_key(whole)),
    ]  # fmt: skip
    assert ranked_target(hits)[1] == "Mira Quellhart"


def test_a_latin_title_with_diacritics_is_read_as_its_subject() -> None:
    found = subject_of("Małgorzata Wierzchowska - aktorka")
    assert found is not None and found[0] == "Małgorzata Wierzchowska"
