"""The gender of a finding on shapes of the thirteenth round: the second gender-only first-name
table (names of many scripts), Indic given names in script, gendered adjectives and Indonesian
and Malay words, Russian patronymics and Cyrillic feminine surnames, a gendered word of the
title against tags of the other gender, a named subject's pronoun with no target. Each rule has
a twin that must stay unknown or follow the text. Invented people only (the first names are
common first names; every family name is made up)."""

from __future__ import annotations

import pytest

from dfaudit.detect import indic, names
from dfaudit.detect.base import Hit
from dfaudit.detect.engine import Detector
from dfaudit.detect.findings import SUBJECT_PRONOUN_NOTE, decide_gender, given_name
from dfaudit.detect.signals.gender_words import _indic_title_name, foreign_nouns
from dfaudit.detect.text import fold

from .conftest import model

# these tests ask whether a cue says a gender: without the catalog prior
pytestmark = pytest.mark.usefixtures("no_gender_prior")

DETECTOR = Detector()
NAME = "Quarrow Vellisand"  # no table gives "Quarrow" a gender


def gender_of(name: str = NAME, **fields: object) -> str:
    fields.setdefault("tags", ("celebrity",))
    return DETECTOR.detect(model(name, **fields)).target_gender


def test_the_invented_name_alone_says_no_gender() -> None:
    assert names.name_gender("quarrow") == "u"
    assert gender_of(description=f"{NAME}, TV presenter.") == "unknown"


@pytest.mark.parametrize(
    ("target", "gender"),
    [
        ("Хабиба Велисандова", "f"),  # Cyrillic, in the second table only
        ("Бехзод Велисандов", "m"),
        ("Ферангиз Торвельева", "f"),
        ("Amandyne Vellisand", "f"),  # Latin, in the second table only
        ("Noelson Vellisand", "m"),
        ("অনিন্দ্য তোরমালি", "m"),  # Bengali
    ],
)
def test_the_second_table_gives_a_given_name_its_gender(target: str, gender: str) -> None:
    found = given_name(target)
    assert found is not None and found.gender == gender


def test_the_second_table_is_read_only_after_the_others() -> None:
    # a name the first tables hold keeps their letter; the second one has no row for it
    more = {line.split(",")[0] for line in names._gender_more_lines()[:5000]}
    assert not more & set(names.first_names())
    assert names.name_gender("quarrow") == "u"


@pytest.mark.parametrize(
    ("word", "gender"),
    [
        ("प्रियंवदा", "f"),  # Devanagari, romanised: priyamvada
        ("विक्रम", "m"),  # vikram
        ("सुनीता", "f"),  # sunita
        ("राहुल", "m"),  # rahul: the last inherent vowel dropped
        ("অনিতা", "f"),  # Bengali: anita
        ("ராஜேஷ்", "m"),  # Tamil: rajesh
        ("तोरवेलिका", "f"),  # an invented name: its long -ā ending
        ("तोरवेलम", "m"),  # an invented name: a consonant ending
    ],
)
def test_an_indic_given_name_in_script(word: str, gender: str) -> None:
    assert indic.given_gender(word) == gender


def test_an_indic_word_of_another_shape_says_nothing() -> None:
    assert indic.given_gender("रवेलि") == "u"  # a short -i: either
    assert indic.given_gender("Ravel") == "u"  # no Indic script
    assert indic.given_gender("तोरवेलिका", endings=False) == "u"  # the tables lack it
    assert indic.romanise("प्रियंवदा") == ("priyamvadaa", "aa")


def test_an_indic_name_pair_in_the_title_votes_its_given_names_gender() -> None:
    (hit,) = _indic_title_name("s", "प्रियंवदा तोरमाली | v2")
    assert hit.value == "female" and hit.note == "first-name table"
    (hit,) = _indic_title_name("s", "विक्रम तोरमाली LoRA")
    assert hit.value == "male"
    # twins: one word, no Indic script, an invented word the tables lack
    assert _indic_title_name("s", "प्रियंवदा LoRA") == []
    assert _indic_title_name("s", "Priya Tormali") == []
    assert _indic_title_name("s", "तोरवेलिका तोरमाली") == []


def test_an_indic_title_gives_the_models_gender() -> None:
    assert gender_of("प्रियंवदा तोरमाली | v2", tags=("realistic",)) == "female"
    assert gender_of("विक्रम तोरमाली | v2", tags=("realistic",)) == "male"
    assert gender_of("तोरवेलिका तोरमाली | v2", tags=("realistic",)) != "male"


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("modelo guapa", "female"),
        ("modelo guapo", "male"),
        ("bellissima", "female"),
        ("bellissimo", "male"),
        ("красивая", "female"),
        ("красивый", "male"),
        ("ela é linda", "female"),
        ("ele é lindo", "male"),
        ("kakak perempuan", "female"),
        ("adik laki-laki", "male"),
        ("gadis jakarta", "female"),
        ("co gai ha noi", "female"),
        ("chang trai ha noi", "male"),
    ],
)
def test_gendered_adjectives_and_words_of_more_languages(text: str, gender: str) -> None:
    assert {g for _, g in foreign_nouns(fold(text))} == {gender}


@pytest.mark.parametrize(
    "text",
    ["la foto es bonita", "linda vista", "caslaki-laki", "computri", "krasivaya"],
)
def test_their_twins_say_nothing(text: str) -> None:
    assert foreign_nouns(fold(text)) == ()


def test_a_gendered_adjective_tag_gives_the_gender() -> None:
    assert gender_of(tags=("celebrity", "guapa")) == "female"
    assert gender_of(tags=("celebrity", "guapo")) == "male"
    assert gender_of(tags=("celebrity", "es bonito")) == "unknown"


@pytest.mark.parametrize(
    ("target", "gender"),
    [
        ("Quarrow Sergeevna Vellisand", "female"),
        ("Quarrow Ilyinichna Vellisand", "female"),
        ("Quarrow Petrovich Vellisand", "male"),
        ("Кварро Сергеевна Велисанд", "female"),
        ("Кварро Петрович Велисанд", "male"),
        ("Кварро Велисандова", "female"),  # a Cyrillic feminine surname
        ("Кварро Тормалевская", "female"),
    ],
)
def test_a_patronymic_or_a_feminine_surname(target: str, gender: str) -> None:
    assert decide_gender([], None, target) == gender


@pytest.mark.parametrize(
    "target",
    [
        "Quarrow Abramovich",  # -ovich as a surname: borne by both
        "Quarrow Vellisand Petrovich",  # not the middle word
        "Кварро Велисандов",  # a man's form
        "Кварро Велисандина",  # -ina: not read
    ],
)
def test_their_twins_stay_unknown(target: str) -> None:
    assert decide_gender([], None, target) == "unknown"


def _hit(value: str, field: str, text: str, signal: str = "gender_words@22", **kw: str) -> Hit:
    score = 0.9 if field == "name" else 0.8
    return Hit(signal, "gender", score, field, text, value=value, **kw)


def test_a_gendered_title_word_beats_tags_of_the_other_gender() -> None:
    hits = [
        _hit("female", "name", "woman"),
        _hit("male", "tags", "man", "likeness_tags@4"),
        _hit("male", "tags", "boy", "likeness_tags@4"),
    ]
    assert decide_gender(hits, None, NAME) == "female"
    # twins: the title's word against the target's given name of the other gender (a role's
    # word), a title of both genders, a vote of the other side beyond tags
    assert decide_gender(hits, None, "Bartholomew Vellisand") != "female"
    both = [*hits, _hit("male", "name", "man")]
    assert decide_gender(both, None, NAME) == "male"
    pronouns = [*hits, Hit("s", "gender", 0.9, "description", "5 male pronouns", value="male")]
    assert decide_gender(pronouns, None, NAME) == "male"


def test_a_role_reading_in_the_title_is_no_title_word() -> None:
    # a role's reading of the title (another signal, with a note) does not silence the tags
    role = Hit("fiction@18", "gender", 0.9, "name", "lady", value="female", note="role")
    tags = [_hit("male", "tags", t, "likeness_tags@4") for t in ("man", "boy")]
    assert decide_gender([role, *tags], None, NAME) == "male"
    word = _hit("female", "name", "lady")
    assert decide_gender([word, *tags], None, NAME) == "female"


def test_a_named_subjects_pronoun_counts_with_no_target() -> None:
    pronoun = Hit(
        "s", "gender", 0.3, "description", "Quarrow (anchorman). He", value="male",
        note=SUBJECT_PRONOUN_NOTE,
    )  # fmt: skip
    tags = [_hit("female", "tags", t, "likeness_tags@4") for t in ("1girl", "girl", "woman")]
    nouns = [Hit("s", "gender", 0.6, "description", "anchorman", value="male")]
    assert decide_gender([pronoun, *tags, *nouns]) == "male"
    # twin: without the subject's pronoun the three tags win
    assert decide_gender([*tags, *nouns]) == "female"


def test_actor_in_a_title_does_not_outweigh_woman_tags() -> None:
    """ "Actor" is said of women too: tagged woman and female, an "Actor" title stays a woman's;
    its twin with "Actress" agrees, and with "man" tags the title's word still counts."""
    detector = Detector()
    tags = ("photorealistic", "female", "woman", "celebrity")
    for title in ("Nusantaran Actor 1", "Nusantaran Actress 1"):
        found = detector.detect(model(title, model_type="TextualInversion", tags=tags))
        assert found.target_gender == "female", title
    found = detector.detect(model("Nusantaran Actor 1", tags=("photorealistic", "man")))
    assert found.target_gender == "male"
