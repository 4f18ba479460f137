"""The gender of a finding on shapes of the ninth round: who the subject is to the uploader
("my wife", "mi abuela", "우리 할머니"), kinship words beside the subject in a title, script
names whose family name the tables lack. Invented people only."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.findings import given_name
from dfaudit.detect.signals.gender_words import GenderWords, foreign_nouns
from dfaudit.detect.text import fold

from .conftest import model

DETECTOR = Detector()


def gender_of(name: str, **fields: object) -> str:
    """The finding's gender (decided whether or not the record is found to be likeness)."""
    return DETECTOR.detect(model(name, **fields)).target_gender


def gender_hits(name: str, **fields: object) -> list[tuple[str, str]]:
    return [(h.text, h.value) for h in GenderWords().hits(model(name, **fields))]


@pytest.mark.parametrize(
    ("description", "gender"),
    [
        ("trained on 30 photos of my wife, she agreed", "female"),
        ("Trained on 30 photos of my husband. Private use only.", "male"),
        ("My late grandma, from old family photos. RIP", "female"),
        ("my late grandpa, scanned prints from the 70s", "male"),
        ("meine Freundin, private Fotos", "female"),
        ("ma copine, photos privées", "female"),
        ("fotos de mi abuela", "female"),
        ("portrait, soft light\nmeine Freundin Lotte, private Fotos", "female"),  # a new line
        ("private photos (my boyfriend) from our trip", "male"),
        ("fotos do meu namorado", "male"),
        ("фото моя жена, личное", "female"),
        ("我老婆的照片，自用", "female"),
        ("우리 할아버지 사진으로 학습", "male"),
        ("मेरी पत्नी की तस्वीरें", "female"),
        ("صور زوجي الخاصة", "male"),
    ],
)
def test_the_uploaders_kin_word_says_the_subjects_gender(description: str, gender: str) -> None:
    assert gender_of("QX lora", tags=("person",), description=description) == gender


@pytest.mark.parametrize(
    "description",
    [
        "trained on photos of my partner",  # partner: no gender
        "trained on photos of my friend",
        "an army wife portrait style",  # no first-person possessive
        "我妻善逸风格",  # a family name, not "my wife"
    ],
)
def test_no_kin_vote_without_a_gendered_relation_of_the_uploader(description: str) -> None:
    values = {v for t, v in gender_hits("QX lora", tags=("person",), description=description)}
    assert values <= {"unknown"}


def test_kinship_words_in_the_title() -> None:
    assert gender_of("grandma (memorial)", tags=("person",)) == "female"
    assert gender_of("grandpa memorial", tags=("person",)) == "male"


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        # the sister is someone beside him; "his" is his own
        ("Dorian Vasquelle and his sister", "male"),
        ("Maribel Osterhold with her husband", "female"),
    ],
)
def test_a_kinship_word_beside_the_subject_is_not_the_subjects(name: str, gender: str) -> None:
    hits = gender_hits(name, tags=("person",))
    assert all(v == gender for _, v in hits), hits


@pytest.mark.parametrize(
    ("target", "gender", "given"),
    [
        ("鸽野七海", "f", "七海"),  # a kanji family name the tables lack, a woman's given name
        ("豳静怡", "f", "静怡"),
    ],
)
def test_a_script_targets_given_name_when_the_family_name_is_unknown(
    target: str, gender: str, given: str
) -> None:
    found = given_name(target)
    assert found is not None and found.gender == gender and given in found.forms


def test_no_script_given_name_from_a_phrase() -> None:
    assert given_name("写真集") is None  # no given name of the tables in it
    assert given_name("女明星") is None


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Lucía Ferrquandis (actriz)", "female"),  # in brackets
        ("lucia_ferrquandis_actriz", "female"),  # a file stem or trigger
        ("l'attrice Giulietta Varsquoni", "female"),  # an elided article
        ("«актриса» из города", "female"),  # in quotes
        ("известный телеведущий", "male"),  # a short i, as the description is folded
        ("الإعلامية", "female"),  # with the article joined
        ("la cantante de moda", "female"),  # an article gives a trade word its gender
        ("una influencer de Sevilla", "female"),
        ("il cantante di Napoli", "male"),
        ("एक्ट्रेस", "female"),
        ("Sie ist in Wien bekannt", "female"),  # a pronoun with its verb
        ("Ele foi campeão em 2019", "male"),
    ],
)
def test_gendered_nouns_of_other_languages(text: str, gender: str) -> None:
    found = foreign_nouns(fold(text))
    assert found and found[0][1] == gender, found


@pytest.mark.parametrize(
    "text", ["el modelo entrenado con 40 fotos", "creator of the generator", "an LA streamer"]
)
def test_no_gendered_noun_in_neutral_words(text: str) -> None:
    assert foreign_nouns(fold(text)) == ()


def test_a_spanish_page_gives_its_subject_a_gender() -> None:
    description = "Es una cantante mexicana muy conocida. Entrenado con 40 fotos."
    assert gender_of("Valeria Quintsberg", tags=("celebrity",), description=description) == (
        "female"
    )


@pytest.mark.parametrize(
    ("name", "description", "gender"),
    [
        # the trade word is the wife's; the relation is his
        (
            "Tobias Wrenfold",
            "Tobias Wrenfold is the husband of actress Marisol Quentana. He is a chef.",
            "male",
        ),
        # her pronouns are the wife's
        (
            "Tobias Wrenfold",
            "Tobias Wrenfold with his wife. She posted these photos on her page.",
            "male",
        ),
        ("Tobias Wrenfold & girlfriend (couple)", "Couple pictures at the beach.", "male"),
        ("Marisol Quentana", "Marisol Quentana and her husband, from his page.", "female"),
        # a relative of her own gender: her pronouns stay hers
        ("Marisol Quentana", "the singer and her sister, on her tour", "female"),
    ],
)
def test_a_relative_named_beside_the_subject(name: str, description: str, gender: str) -> None:
    assert gender_of(name, tags=("celebrity",), description=description) == gender


def test_a_trans_woman_described_as_she() -> None:
    description = "Sienna Vorhalde is a trans woman and actress. She was born in Leeds."
    assert gender_of("Sienna Vorhalde", tags=("celebrity",), description=description) == "female"


def test_a_relative_named_as_the_models_subject_is_the_subject() -> None:
    # "his" is the client's; the fiancée the model's name names is the subject
    description = "Commissioned by a client, his fiancée Wenonah. Not a public person."
    assert gender_of("Commission: Wenonah", tags=("commission",), description=description) == (
        "female"
    )


def test_stated_they_them_pronouns_leave_the_gender_unknown() -> None:
    description = "Instagram cosplayer @fern.and.hazel (they/them). Photos from their feed."
    assert gender_of("fern.and.hazel (cosplayer)", tags=("cosplay",), description=description) == (
        "unknown"
    )


@pytest.mark.parametrize(
    ("text", "gender"),
    [("portrait (მსახიობი ქალი)", "female"), ("portrait (դերասանուհի)", "female")],
)
def test_georgian_and_armenian_gendered_nouns(text: str, gender: str) -> None:
    found = foreign_nouns(fold(text))
    assert found and found[0][1] == gender, found
