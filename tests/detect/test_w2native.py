"""Round 19, wave 2 (w2native): names in descriptions written in the page's own language, and
adult East-Asian pages with youth or uniform words. Each rule has a twin that must not fire
(invented people only)."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector

from .conftest import model

SETTINGS = "\nSettings\nsampler Euler, 20 steps\ncfg 6\n"


@pytest.mark.parametrize(
    ("title", "description"),
    [
        # an uncased script: two opening words, then a trade of the same script
        ("face v1 25", "ريما الفرحاني الممثلة معروفة، تم التدريب على 23 صورة"),
        ("realistic lora 46", "सुहासिनी पटवर्धन एक प्रसिद्ध अभिनेत्री हैं, 84 फ़ोटो पर ट्रेन किया"),
        # a Latin name, a copula of the page's language, then a trade of the table
        ("realistic lora 46", "Wiesława Trzaskowicz to polska aktorka, 66 zdjęć"),
        ("портрет v2 16", "Neema Wambuguthi ni mwanamuziki wa kike maarufu kutoka Mombasa"),
        ("lora 46", "close-up, studio lighting\nLavanya Kulkarnee एक प्रसिद्ध अभिनेत्री हैं"),
    ],
)
def test_a_name_and_its_trade_in_the_pages_language(
    detector: Detector, title: str, description: str
) -> None:
    record = model(title, description=description + SETTINGS, tags=("photorealistic",))
    assert detector.detect(record).likeness


@pytest.mark.parametrize(
    ("title", "description"),
    [
        # twins: the same lines with no trade (a style, a place, a brand)
        ("face v1 25", "أسلوب الرسم الزيتي، تم التدريب على 23 صورة"),
        ("realistic lora 46", "लाल साड़ी पोशाक, 84 फ़ोटो पर ट्रेन किया"),
        ("realistic lora 46", "Wiesława Trzaskowicz to polska marka odzieżowa, 66 zdjęć"),
        ("portrait 2", "Luna Park is a famous place"),
    ],
)
def test_no_trade_no_name(detector: Detector, title: str, description: str) -> None:
    record = model(title, description=description + SETTINGS, tags=("photorealistic",))
    assert not detector.detect(record).likeness


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("개인용 13", "mi amiga Itzayana, le hice este lora con sus fotos"),
        ("私人 26", "mi amiga Yamilet, le hice este lora con sus fotos"),
        ("私人 7", "صديقتي رهوف، صور من الهاتف"),
        ("lora privada 6", "моя девушка Ростислава, фото с телефона"),
        ("personal 29", "彼女のみちるの写真で学習しました"),
    ],
)
def test_a_private_person_in_the_pages_language(
    detector: Detector, title: str, description: str
) -> None:
    record = model(title, description=description + SETTINGS, tags=("person",))
    finding = detector.detect(record)
    assert finding.likeness


@pytest.mark.parametrize(
    ("title", "description"),
    [
        # twins: a friend who drew a style, "her photos" naming no one
        ("portrait 3", "mi amiga Yamilet dibujó este estilo"),
        ("portrait 3", "彼女の写真で学習しました"),
    ],
)
def test_no_private_person(detector: Detector, title: str, description: str) -> None:
    record = model(title, description=description + SETTINGS, tags=("person",))
    assert not detector.detect(record).likeness


UNIFORM = (
    " cute & petite look, young face, school uniform outfit for the drama photoshoot\n"
    "制服 / uniform costume\nschool uniform, cute, portrait, <lora:x1:0.8>"
)
UNIFORM_TAGS = ("asian", "cute", "school uniform", "여자", "girl")


@pytest.mark.parametrize(
    ("title", "opening"),
    [
        ("Seomun Ha-yul cute petite", "서문하율 (Seomun Ha-yul), 27세."),
        ("남궁세린 制服", "남궁세린 (Namgung Se-rin), age 25."),
        ("Hwangbo Ye-seul school uniform ver", "황보예슬 (Hwangbo Ye-seul), (23)."),
        ("独孤霁月 kawaii", "独孤霁月 (Dugu Jiyue), 26岁."),
    ],
)
def test_an_adult_named_with_a_romanised_alias_and_age(
    detector: Detector, title: str, opening: str
) -> None:
    record = model(title, description=opening + UNIFORM, tags=UNIFORM_TAGS)
    finding = detector.detect(record)
    assert finding.likeness
    assert not finding.minor_risk


def test_a_uniform_with_a_bracketed_gloss_is_no_name(detector: Detector) -> None:
    # twin: the bracket glosses a word, and no age follows
    record = model("制服 kawaii", description="制服 (School Uniform), 2 styles." + UNIFORM)
    assert not detector.detect(record).likeness


@pytest.mark.parametrize(
    ("title", "description"),
    [
        (
            "Okonjo + Wairimuth blend",
            "portrait, window light\nblend of Thandiwe Okonjo and Zawadi Wairimuth (50/50)",
        ),
        (
            "Valdeira + Quintanar + Obuya blend",
            "blend of Caio Valdeira, Benicio Quintanar and Baraka Obuya (40/30/30)",
        ),
    ],
)
def test_a_blend_of_whole_names_the_title_repeats(
    detector: Detector, title: str, description: str
) -> None:
    record = model(title, description=description + SETTINGS, tags=("celebrity", "blend"))
    assert detector.detect(record).likeness


def test_a_blend_of_checkpoints_names_no_one(detector: Detector) -> None:
    # twin: the checkpoints' names in the same places, no given names
    record = model(
        "Vision + Shaper blend",
        description="blend of Realistic Vision and Dream Shaper (50/50)" + SETTINGS,
        tags=("blend",),
    )
    assert not detector.detect(record).likeness


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("yaroslava_lora", "uni classmate Yaroslava (we're both 24), 13 pics of her from the trip"),
        ("otieno_lora", "uni classmate Otieno (we're both 24), 44 pics from the trip"),
    ],
)
def test_a_classmate_named_by_a_world_given_name_or_the_title(
    detector: Detector, title: str, description: str
) -> None:
    record = model(title, description=description + SETTINGS, tags=("person",))
    assert detector.detect(record).likeness


def test_a_relation_beside_an_outfit_word_names_no_one(detector: Detector) -> None:
    # twin: the title's first word is a word of the language, not a name
    record = model("Outfit v1", description="office outfit, coworker Outfit pack" + SETTINGS)
    assert not detector.detect(record).likeness
