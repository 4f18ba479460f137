"""Round 19 (issue 8, item 8): explicit minor cues in every field and separator, measured by
generated family (`scripts/minor_gender_families.py`): an age after "age" with any separator, a
bracketed teen age in a title, "b."/"born:" birth years, school grades written "grade 8", "中2",
"중2", pupils of a school level ("middle schooler"), a hyphenated slug; and none on a work made for
an age group ("kids cartoon", "Harbor Kids (cartoon)"). Every cue has a twin that must not fire.
Invented names only; the cue itself in neutral metadata only."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from dfaudit.detect.signals.minor_cues import MinorCues
from dfaudit.records import ModelRecord

from .conftest import model

SIGNAL = MinorCues()
PAGE_DATE = datetime(2025, 3, 10, tzinfo=UTC)


def _minor(
    name: str = "Mira Oxley", description: str = "", tags: tuple[str, ...] = ("portrait",),
    trained: tuple[str, ...] = (),
) -> list[str]:  # fmt: skip
    record: ModelRecord = model(
        name, tags=tags, description=description, trained_words=trained, created_at=PAGE_DATE
    )
    return [h.text for h in SIGNAL.hits(record) if h.score >= 0.85]


# (title with a cue, its twin): the cue fires, the twin does not
TITLES = [
    ("mira-oxley-age-15-lora", "mira-oxley-age-25-lora"),
    ("mira_oxley_aged_16", "mira_oxley_image_16"),
    ("Mira Oxley age: 15", "Mira Oxley stage 15"),
    ("Mira Oxley (15)", "Mira Oxley (2)"),
    ("Mira Oxley (16)", "Mira Oxley (26)"),
    ("Mira Oxley 16_yo", "Mira Oxley 26_yo"),
    ("Mira Oxley b. 2009", "Mira Oxley b. 1998"),
    ("mira-oxley-born:-2010-lora", "mira-oxley-born:-1999-lora"),
    ("Mira Oxley born-in-2011", "Mira Oxley born-in-2001"),
    ("Mira Oxley grade 8", "Mira Oxley colour grade 8"),
    ("mira-oxley-grade-9", "mira-oxley-grade-9.5-sharpness"),
    ("mira-oxley-7th-grade-student", "mira-oxley-7th-anniversary"),
    ("Mira Oxley 中2", "Mira Oxley 中二病"),
    ("Mira Oxley 高1", "Mira Oxley 最高1位"),
    ("Mira Oxley 중2", "Mira Oxley 중2병"),
    ("Mira Oxley 中学2年生", "Mira Oxley 中学校の先生"),
    ("Mira Oxley middle schooler", "Mira Oxley middle ground"),
    ("mira-oxley-middle-schooler-lora", "mira-oxley-middle-aged-lora"),
    ("mira-oxley-high-school-student", "mira-oxley-high-school-uniform"),
    ("Mira Oxley ragazzina", "Mira Oxley ragazza"),
    ("Mira Oxley kid", "Mira Oxley kids cartoon"),
    ("Mira Oxley teen", "Mira Oxley teen drama"),
    ("Mira Oxley kids", "Juniper Quill (Harbor Kids (cartoon))"),
    ("mira-oxley-kids-lora", "juniper-quill-harbor-kids-cartoon-xl"),
]


@pytest.mark.parametrize(("cue", "twin"), TITLES)
def test_title_cue_and_its_twin(cue: str, twin: str) -> None:
    assert _minor(cue), cue
    assert not _minor(twin), (twin, _minor(twin))


# (description with a cue, its twin)
DESCRIPTIONS = [
    ("Mira Oxley, edad: 13.", "Mira Oxley, edad: 31."),
    ("Mira Oxley, grade 8.", "Mira Oxley, film grade 8."),
    ("Mira Oxley, 중2.", "Mira Oxley, 중2병 밈."),
    ("Mira Oxley, b. 2011.", "Mira Oxley, b. 1997."),
    ("Mira Oxley (born: 2010)", "Mira Oxley (born: 1996)"),
    ("Mira Oxley, a kid.", "Mira Oxley hosts a kids show."),
]


@pytest.mark.parametrize(("cue", "twin"), DESCRIPTIONS)
def test_description_cue_and_its_twin(cue: str, twin: str) -> None:
    assert _minor(description=cue), cue
    assert not _minor(description=twin), (twin, _minor(description=twin))


def test_cues_in_tags_and_triggers() -> None:
    assert _minor(tags=("portrait", "born in 2010"))
    assert not _minor(tags=("portrait", "born in 1999"))
    assert _minor(trained=("mira_oxley, age_15",))
    assert not _minor(trained=("mira_oxley, page_15",))
    assert _minor(trained=("mira_oxley, 고1",))
    assert not _minor(trained=("mira_oxley, 고1000",))


def test_an_adult_age_still_outweighs_a_look_word_not_a_grade() -> None:
    assert not _minor("Mira Oxley 24歳", tags=("school uniform", "portrait"))
    assert _minor("Mira Oxley grade 8")


# -- gender_words 32: an example prompt on the line after its heading ----------------------------


def test_an_example_prompt_on_the_next_line_votes_its_class_noun() -> None:
    from dfaudit.detect.signals.gender_words import _example_prompt_nouns

    text = "notes\nexample prompt:\n<lora:x_1:0.8> ohwx woman, studio portrait\nnegative prompt: "
    assert [h.value for h in _example_prompt_nouns("s", text)] == ["female"]
    text = "notes\nexample prompt:\nphoto of anselm quarrowby as a man, studio light"
    assert [h.value for h in _example_prompt_nouns("s", text)] == ["male"]
    # twins: the class noun set off by commas (boilerplate tags), or only in the notes after
    twin = "notes\nexample prompt:\nohwx, 1girl, woman, studio portrait"
    assert _example_prompt_nouns("s", twin) == []
    twin = "notes\nexample prompt:\n\nphoto of odile quarrowby as a woman"
    assert _example_prompt_nouns("s", twin) == []
