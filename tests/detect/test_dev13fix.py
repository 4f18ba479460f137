"""Round 13 fixes found on dev13, as general shapes: a target's face-tool and script-trade
tails, a paper's name kept after a person's, a Russian three-part name, the person a title
names before "as <Role>", a work's title "The <Trade>'s Daughter" that votes on no one's
gender, and a title "<Name> Cup …" whose description calls it "the <Name> Cup". Each positive
has a twin of the same shape that must not fire. Invented names only."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.findings import _without_patronymic, clean_target
from dfaudit.detect.signals.gender_words import _gender_words_of
from dfaudit.records import ModelRecord

from .conftest import model


def _page(title: str, description: str, tags: tuple[str, ...] = ("photo",)) -> ModelRecord:
    return model(
        title,
        tags=tags,
        file_names=(title.replace(" ", "_")[:40] + ".safetensors",),
        description=description,
    )


# --- target tails ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "kept"),
    [
        ("Maribel Oskvaard FaceID", "Maribel Oskvaard"),
        ("Tobiah Renkwist InstantID", "Tobiah Renkwist"),
        ("Sunniva Drellkamp-Faceid", "Sunniva Drellkamp"),
        ("丁柔霏 明星", "丁柔霏"),
        ("윤서결 배우", "윤서결"),
        ("Halvard Treskmoor Evening", "Halvard Treskmoor"),
    ],
)
def test_tails_go_from_a_target(value: str, kept: str) -> None:
    cleaned = clean_target(value, value.lower())
    assert cleaned is not None and cleaned[0] == kept


@pytest.mark.parametrize(
    "value",
    [
        "Maribel Oskvaard",  # twin: nothing to take off
        "明星",  # the trade word alone is no name to trim down to nothing
        "Halvard Evening",  # an outlet word after one word only: perhaps a surname
    ],
)
def test_tail_twins_keep_the_target(value: str) -> None:
    cleaned = clean_target(value, value.lower())
    assert cleaned is not None and cleaned[0] == value


def test_faceid_title_names_the_person(detector: Detector) -> None:
    found = detector.detect(
        model(
            "Rosalie Kravenholt FaceID embedding",
            tags=("faceid", "ip-adapter", "tool"),
            description="IP-Adapter FaceID embedding of Rosalie Kravenholt for ComfyUI.",
        )
    )
    assert found.likeness and found.target_name == "Rosalie Kravenholt"


def test_reporter_with_paper_names_the_person(detector: Detector) -> None:
    found = detector.detect(
        _page(
            "Brannock Fedderly The Morning Courier reporter",
            "Brannock Fedderly, correspondent for The Morning Courier. Broadcast frames.",
            ("journalist", "news", "realistic"),
        )
    )
    assert found.likeness and found.target_name == "Brannock Fedderly"


# --- Russian three-part names ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "others", "plain"),
    [
        ("Vsevolod Timurovich", ["Vsevolod Timurovich Krasnobaev"], "Vsevolod Krasnobaev"),
        ("Mstislavovna Orlitskaya", ["Yaroslava Mstislavovna Orlitskaya"], "Yaroslava Orlitskaya"),
        ("Milena Gordeyevna Vashurina", [], "Milena Vashurina"),
    ],
)
def test_patronymic_goes_from_a_three_part_name(value: str, others: list[str], plain: str) -> None:
    assert _without_patronymic(value, others) == plain


@pytest.mark.parametrize(
    ("value", "others"),
    [
        ("Dragan Jovanovich", ["Dragan Jovanovich"]),  # twin: -ovich as a two-word surname
        ("Dragan Jovanovich", ["Studio Dragan Jovanovich"]),  # last of three: a surname
        ("Anselm Voight Brackenridge", []),  # three words, no patronymic
    ],
)
def test_patronymic_twins_keep_the_target(value: str, others: list[str]) -> None:
    assert _without_patronymic(value, others) == value


def test_patronymic_title_names_given_and_family(detector: Detector) -> None:
    found = detector.detect(
        _page(
            "Rostislav Yefimovich Gorbatko",
            "Rostislav Yefimovich Gorbatko, stage director. Portrait LoRA, 30 photos.",
            ("realistic", "portrait"),
        )
    )
    assert found.likeness and found.target_name == "Rostislav Gorbatko"


# --- "<Actor> as <Role>" --------------------------------------------------------------------


def test_person_before_as_is_the_target(detector: Detector) -> None:
    found = detector.detect(
        _page(
            "Marisol Quennell as Inspector Rhoda Vale",
            "As Inspector Rhoda Vale in Lanternfall (West End run): Marisol Quennell in costume.",
            ("theatre", "costume"),
        )
    )
    assert found.likeness and found.target_name == "Marisol Quennell"


def test_as_twin_without_a_person_names_no_actor(detector: Detector) -> None:
    from dfaudit.detect.signals.fiction import _title_actor

    assert _title_actor("fiction@19", "Copper Lantern as Desk Lamp") == []
    assert _title_actor("fiction@19", "Marisol Quennell in Lanternfall") == []
    hits = _title_actor("fiction@19", "Marisol Quennell as Inspector Rhoda Vale")
    assert [h.value for h in hits] == ["Marisol Quennell"]


# --- a work's title votes on no gender ------------------------------------------------------


def test_work_title_kin_word_does_not_vote() -> None:
    assert _gender_words_of("The Ropemaker's Daughter cast pack") == ()
    assert _gender_words_of("The Lighthouse Keeper's Wife") == ()


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Ropemaker Daughter", "female"),  # twin: no "the" and no possessive
        ("Clementine's Daughter", "female"),  # no "the": a relative
        ("The daughter of the ropemaker", "female"),  # no possessive before it
    ],
)
def test_work_title_twins_still_vote(text: str, gender: str) -> None:
    assert ("daughter", gender) in _gender_words_of(text)


def test_cast_pack_of_a_work_title_keeps_the_actor_gender(detector: Detector) -> None:
    found = detector.detect(
        model(
            "The Ropemaker's Daughter cast pack",
            tags=("tv series", "cast", "realistic"),
            trained_words=("anselmo_vreeland", "tobias_harrowgate", "ingrid_morwenna"),
            description="Main cast of The Ropemaker's Daughter, one trigger each: Anselmo "
            "Vreeland Tobias Harrowgate Ingrid Morwenna",
        )
    )
    assert found.likeness and found.target_gender == "male"


# --- "<Name> Cup" that the description calls "the <Name> Cup" -------------------------------


def test_named_cup_is_a_thing(detector: Detector) -> None:
    found = detector.detect(
        _page(
            "Rosalind Tearwood Cup podium",
            "Podium and stage for the Rosalind Tearwood Cup: lights, banners, empty seats.",
            ("stage", "event"),
        )
    )
    assert not found.likeness


def test_named_cup_twin_with_a_person_stays_flagged(detector: Detector) -> None:
    found = detector.detect(
        _page(
            "Rosalind Tearwood Cup winner",
            "Rosalind Tearwood, who won a cup last spring. Photos of her face, 30 images.",
            ("woman", "photo"),
        )
    )
    assert found.likeness and found.target_name == "Rosalind Tearwood"


# --- Georgian and Armenian given names ------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "gender"),
    [
        ("Անահիտ Վարդոսյան", "f"),  # Anahit, an invented surname in -յան
        ("Տիգրան Մելքոնունի", "m"),  # Tigran
        ("თამარ ხერგიანიძე", "f"),  # Tamar, an invented surname in -ძე
        ("ლევან ორბელიშვილი", "m"),  # Levan
    ],
)
def test_caucasian_given_name_gender(target: str, gender: str) -> None:
    from dfaudit.detect.findings import given_name

    found = given_name(target)
    assert found is not None and found.gender == gender


def test_caucasian_romanising_twins() -> None:
    from dfaudit.detect.names import romanise_caucasian

    assert romanise_caucasian("Լուսինե") == "lusine"  # "ու" is one vowel
    assert romanise_caucasian("Ոսկան") == "voskan"  # "ո" opening a word
    assert romanise_caucasian("Тимофей") is None  # Cyrillic: not these alphabets
    assert romanise_caucasian("ლევანX") is None  # a mixed word says nothing


# --- clergy titles, a preacher's "religion" tag ---------------------------------------------


@pytest.mark.parametrize(
    ("value", "kept"),
    [("Rabbi Tamsin", "Tamsin"), ("Imam Corwin Adeyelu", "Corwin Adeyelu")],
)
def test_clergy_title_goes_from_a_target(value: str, kept: str) -> None:
    cleaned = clean_target(value, value.lower())
    assert cleaned is not None and cleaned[0] == kept


def test_clergy_title_alone_is_kept() -> None:
    cleaned = clean_target("Bishop", "bishop")  # twin: a surname alone stays
    assert cleaned is not None and cleaned[0] == "Bishop"


def test_preacher_tagged_religion_and_person(detector: Detector) -> None:
    found = detector.detect(
        _page(
            "Rabbi Peregrine Holmcastle",
            "Rabbi Peregrine Holmcastle, a preacher with a large following online. Face LoRA, "
            "sermon and studio photos.",
            ("religion", "person", "realistic"),
        )
    )
    assert found.likeness and found.target_name == "Peregrine Holmcastle"


def test_religion_tag_without_a_person_still_counts() -> None:
    from dfaudit.detect.signals.fiction import Fiction

    tagged = model("Temple Guardian Deity", tags=("religion", "statue"))
    hits = Fiction().hits(tagged)
    assert any(h.feature == "fiction:tag" and h.text == "religion" for h in hits)
    twin = model("Temple Guardian Deity", tags=("religion", "person"))
    assert not any(h.text == "religion" for h in Fiction().hits(twin))


# --- an HF adapter's base-model tag ---------------------------------------------------------


def _hf(repo: str, tags: tuple[str, ...]) -> ModelRecord:
    return ModelRecord(
        platform="huggingface",
        model_id=repo,
        url=f"https://huggingface.co/{repo}",
        name=repo.split("/")[1],
        model_type="LORA",
        tags=tags,
    )


def test_sdxl_tag_of_an_adapter_is_no_tool() -> None:
    from dfaudit.detect.signals.non_subject import NonSubject

    adapter = _hf("quill-labs/wrenna-halcrow-sdxl-lora", ("lora", "sdxl", "text-to-image"))
    assert not any(h.feature == "non_subject:tool_tag" for h in NonSubject().hits(adapter))
    # twin: a checkpoint repo tagged sdxl is still a tool
    checkpoint = _hf("quill-labs/halcrow-mix-sdxl", ("sdxl", "text-to-image", "checkpoint"))
    assert any(h.feature == "non_subject:tool_tag" for h in NonSubject().hits(checkpoint))


# --- "<Rank> <Surname>" tagged uniform ------------------------------------------------------


def test_uniform_tag_of_an_officer_is_what_they_wear() -> None:
    from dfaudit.detect.signals.non_subject import NonSubject

    officer = _page(
        "Commodore Vantreece",
        "Commodore Ilsabet Vantreece in dress uniform.",
        ("military", "uniform", "realistic"),
    )
    assert not any(h.text == "uniform" for h in NonSubject().hits(officer))


@pytest.mark.parametrize("title", ["Captain Uniform", "General Outfit", "Military Uniform"])
def test_uniform_twins_stay_concepts(title: str) -> None:
    from dfaudit.detect.signals.non_subject import NonSubject

    page = _page(title, "A dress uniform with braid and medals.", ("military", "uniform"))
    assert any(h.text == "uniform" for h in NonSubject().hits(page))
