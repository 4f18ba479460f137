"""Names read in shapes the earlier readers left (round 13): a Hugging Face adapter whose base
model's slug is a name; a tag that says it names a person; a name spelled letter by letter whose
first name no table holds; a voice model's weights file named after a person; a name before a
trade in brackets or in apposition that no table knows; "Pony" as a base model is no fiction.
Each positive has a twin of the same shape with a thing, a look or a character. Invented people
only."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.records import ModelRecord

from .conftest import model


def hf_adapter(base_model: str, description: str = "zwx, smiling, studio light") -> ModelRecord:
    """A Hugging Face LoRA with a bland slug, trained on top of ``base_model``."""
    return ModelRecord(
        platform="huggingface",
        model_id="tunedup/face-refine-7",
        url="https://huggingface.co/tunedup/face-refine-7",
        name="face-refine-7",
        model_type="LORA",
        tags=("lora", "template:sd-lora", f"base_model:adapter:{base_model}", "license:other"),
        description=description,
        trained_words=("zwx",),
        card={"base_model": base_model, "instance_prompt": "zwx"},
    )


@pytest.mark.parametrize(
    ("base_model", "target"),
    [
        ("lora-archive/ysolde_wintorrick_sdxl", "Ysolde Wintorrick"),
        ("somehub/clara-pembridge-sdxl-v2", "Clara Pembridge"),
        ("oldfaces/marcus-quellenberg-flux-lora", "Marcus Quellenberg"),
    ],
)
def test_a_base_model_slug_that_is_a_name_is_a_person(
    detector: Detector, base_model: str, target: str
) -> None:
    finding = detector.detect(hf_adapter(base_model))
    assert finding.likeness and finding.target_name == target


@pytest.mark.parametrize(
    ("base_model", "description"),
    [
        ("stabilityai/stable-diffusion-xl-base-1.0", "zwx, smiling, studio light"),
        ("somehub/neon-city-sdxl", "zwx, smiling, studio light"),  # a look
        ("somehub/victoria-harbour-lora", "zwx, smiling, studio light"),  # a place
        ("somehub/golden-hour-v2", "zwx, smiling, studio light"),
        ("somehub/ysolde-wintorrick-style", "zwx, smiling, studio light"),  # a style
        ("somehub/ysolde-wintorrick-sdxl", "zwx, 1girl, anime screencap"),  # a drawn one
        ("somehub/kisaragi-reona-xl", "zwx, smiling, studio light"),  # romaji: a character too
    ],
)
def test_a_base_model_slug_of_a_thing_look_or_character_is_not(
    detector: Detector, base_model: str, description: str
) -> None:
    assert not detector.detect(hf_adapter(base_model, description)).likeness


def tagged(tag: str) -> ModelRecord:
    return ModelRecord(
        platform="huggingface",
        model_id="faceset/likeness-41",
        url="https://huggingface.co/faceset/likeness-41",
        name="likeness-41",
        model_type="LORA",
        tags=("lora", tag, "license:other"),
        description="zkw, close-up portrait",
        trained_words=("zkw",),
        card={"tags": ["lora", tag], "instance_prompt": "zkw"},
    )


@pytest.mark.parametrize(
    ("tag", "target"),
    [
        ("person:clara-lively", "Clara Lively"),  # a surname that is a word
        ("person:tobin-o-garrow", "Tobin O Garrow"),  # an Irish "O" written apart
    ],
)
def test_a_person_tag_names_a_person(detector: Detector, tag: str, target: str) -> None:
    finding = detector.detect(tagged(tag))
    assert finding.likeness and finding.target_name == target


@pytest.mark.parametrize("tag", ["person:old-man", "person:elf-warrior", "person:victoria-harbour"])
def test_a_person_tag_of_a_look_or_a_character_is_not(detector: Detector, tag: str) -> None:
    assert not detector.detect(tagged(tag)).likeness


SPELLED = "Spaced out so the search does not find it. You know who."


@pytest.mark.parametrize(
    ("title", "target"),
    [
        ("Y S O L D E   G A S K O V E L L E", "Ysolde Gaskovelle"),
        ("T O V R I N   M E R V A V E N Y", "Tovrin Mervaveny"),
        ("J.E.N.N.A W.E.S.T.A.M.E.R.E", "Jenna Westamere"),  # dotted letters
    ],
)
def test_a_name_spelled_letter_by_letter_is_a_person(
    detector: Detector, title: str, target: str
) -> None:
    finding = detector.detect(model(title, description=SPELLED, tags=("realistic",)))
    assert finding.likeness and finding.target_name == target


@pytest.mark.parametrize(
    "title",
    [
        "N E O N   C I T Y",
        "D A R K   F A N T A S Y",
        "H O T   G I R L   S T Y L E",
        "N.E.O.N C.I.T.Y",
        "J E N N A",  # a first name alone
    ],
)
def test_a_look_spelled_letter_by_letter_is_not(detector: Detector, title: str) -> None:
    assert not detector.detect(model(title, description=SPELLED, tags=("realistic",))).likeness


def voice(
    slug: str, weights: str, tags: tuple[str, ...] = ("rvc", "audio", "voice-conversion")
) -> ModelRecord:
    return ModelRecord(
        platform="huggingface",
        model_id=f"rvc-hub/{slug}",
        url=f"https://huggingface.co/rvc-hub/{slug}",
        name=slug,
        model_type="other",
        tags=tags,
        file_names=(weights, ".gitattributes", "README.md", "added_IVF512.index"),
    )


@pytest.mark.parametrize(
    ("slug", "weights", "target"),
    [
        ("tovrinwestamere-rvc-v2", "TovrinWestamere.pth", "Tovrin Westamere"),
        ("ysolde-gaskovelle-svc", "Ysolde_Gaskovelle_e300.pth", "Ysolde Gaskovelle"),
    ],
)
def test_a_voice_model_named_after_a_person_is_a_likeness(
    detector: Detector, slug: str, weights: str, target: str
) -> None:
    finding = detector.detect(voice(slug, weights))
    assert finding.likeness and finding.target_name == target


@pytest.mark.parametrize(
    ("slug", "weights", "tags"),
    [
        ("deepnarrator-rvc-v2", "DeepNarrator.pth", ("rvc",)),  # a kind of voice
        ("robotvoice-rvc", "RobotVoice.pth", ("rvc",)),
        ("voicepack-rvc", "GruffNarrator.pth", ("rvc",)),
        ("tovrinwestamere-rvc", "TovrinWestamere.pth", ("rvc", "anime", "game")),
        ("tovrinwestamere-lora", "TovrinWestamere.pth", ("lora",)),  # no voice model
    ],
)
def test_a_voice_of_a_kind_or_a_character_is_not(
    detector: Detector, slug: str, weights: str, tags: tuple[str, ...]
) -> None:
    assert not detector.detect(voice(slug, weights, tags)).likeness


@pytest.mark.parametrize(
    ("title", "description", "target"),
    [
        (
            "Tovrin Mervaveny | news",
            "Tovrin Mervaveny (anchorman). The LoRA itself is him.",
            "Tovrin Mervaveny",
        ),
        (
            "Sadeqa Ronbehzad | tv",
            "Sadeqa Ronbehzad, broadcaster on national TV. 40 captioned images.",
            "Sadeqa Ronbehzad",
        ),
    ],
)
def test_an_unknown_name_given_a_trade_is_a_person(
    detector: Detector, title: str, description: str, target: str
) -> None:
    finding = detector.detect(model(title, description=description, tags=("realistic",)))
    assert finding.likeness and finding.target_name == target


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Neon Harbour | news", "Neon Harbour (anchorman). A studio look."),
        ("Neon Vapor | tv", "Neon Vapor, broadcaster on national TV. A lighting look."),
        ("Tovrin Mervaveny | news", "Tovrin Mervaveny (anchorman), the anime hero of Skyreach."),
    ],
)
def test_a_look_or_character_given_a_trade_is_not(
    detector: Detector, title: str, description: str
) -> None:
    assert not detector.detect(model(title, description=description)).likeness


HONORIFIC = "Ms. Quorravel, the finance minister. Face LoRA from broadcast stills.\n"


def test_pony_as_a_base_model_is_no_fiction(detector: Detector) -> None:
    finding = detector.detect(
        model("Ms. Quorravel", description=HONORIFIC + "Works on SDXL and Pony; not on Flux.")
    )
    assert finding.likeness and finding.target_name == "Quorravel"


def test_a_pony_of_a_cartoon_is_still_fiction(detector: Detector) -> None:
    finding = detector.detect(
        model("Ms. Quorravel", description=HONORIFIC + "The pony from the cartoon, as a mare.")
    )
    assert not finding.likeness


# invented names in Devanagari and Thai script (given name, family name)
HINDI = "तरुलता भोमवेकर"
THAI = "ชนิดาภา ทองวารีกุล"


@pytest.mark.parametrize(
    ("title", "description"),
    [
        (f"{HINDI} LoRA", f"{HINDI}\nTrained with kohya_ss, 12 epochs."),
        (f"{THAI} | v2", f"{THAI}\nWeight 0.6-0.8 works best."),
        (f"{THAI} / Chanidapa Thongwareekul — Face LoRA", "Weight 0.6-0.8 works best."),
    ],
)
def test_a_thai_or_indic_name_another_field_repeats_is_a_person(
    detector: Detector, title: str, description: str
) -> None:
    finding = detector.detect(model(title, description=description, tags=("realistic",)))
    assert finding.likeness and finding.target_name in (HINDI, THAI)


@pytest.mark.parametrize(
    ("title", "description"),
    [
        (f"{HINDI} LoRA", "Trained with kohya_ss, 12 epochs."),  # no second field
        ("सुंदर लड़की LoRA", "सुंदर लड़की\nTrained with kohya_ss."),  # "beautiful girl"
        ("สาวสวย ญี่ปุ่น | v2", "สาวสวย ญี่ปุ่น\nWeight 0.6."),  # "pretty girl, Japanese"
        (f"{THAI} anime outfit", f"{THAI}\nWeight 0.6."),  # the title says more
        (f"{THAI} | v2", f"{THAI}\nThe heroine of the manga, anime screencaps."),  # drawn
    ],
)
def test_a_thai_or_indic_phrase_or_a_lone_name_is_not(
    detector: Detector, title: str, description: str
) -> None:
    assert not detector.detect(model(title, description=description, tags=("realistic",))).likeness


@pytest.mark.parametrize(
    ("title", "description", "triggers", "target"),
    [
        (
            "Commission",
            "Commission of Tovrin Westamere, please keep it SFW.",
            (),
            "Tovrin Westamere",
        ),
        ("Bounty result", "Bounty for Ysolde Gaskovelle. 40 photos.", (), "Ysolde Gaskovelle"),
        ("request: osric vorgrave", "Trained on the references sent.", ("osricvorgrave",), None),
        ("Bounty entry: Genevra Kestrocombe (Flux)", "Trained on 35 images.", (), None),
    ],
)
def test_an_unknown_name_a_request_asks_for_is_a_person(
    detector: Detector, title: str, description: str, triggers: tuple[str, ...], target: str | None
) -> None:
    finding = detector.detect(model(title, description=description, trained_words=triggers))
    assert finding.likeness
    if target is not None:
        assert finding.target_name == target


@pytest.mark.parametrize(
    ("title", "description", "triggers"),
    [
        ("Commission", "Commission of Neon Harbour, please keep it SFW.", ()),  # a place, a look
        ("Commission", "Commission of Tovrin Westamere, my anime OC. Chibi style.", ()),  # drawn
        ("Bounty result", "Bounty for Golden Hour. Trained on 40 photos.", ()),
        ("request: osric vorgrave", "Trained on the references sent.", ("zwx",)),  # no trigger
        ("Bounty entry: Crimson Dusk (Flux)", "Trained on 35 images.", ()),
    ],
)
def test_a_thing_or_a_character_a_request_asks_for_is_not(
    detector: Detector, title: str, description: str, triggers: tuple[str, ...]
) -> None:
    finding = detector.detect(model(title, description=description, trained_words=triggers))
    assert not finding.likeness


@pytest.mark.parametrize(
    ("title", "description", "target"),
    [
        ("partner face", "The face of my partner Ysolde, from her own photos.", "Ysolde"),
        ("uncle_lora_5", "Trained on photos of my uncle Jareth, with consent.", "Jareth"),
        ("Vidar lora", "Trainiert mit Fotos von meinem Mann Vidar.", "Vidar"),
        ("aunt lora", "Trained on photos of my aunt Leocadia, with consent.", "Leocadia"),
    ],
)
def test_the_name_after_a_relation_is_the_target(
    detector: Detector, title: str, description: str, target: str
) -> None:
    finding = detector.detect(model(title, description=description, tags=("person",)))
    assert finding.likeness and finding.target_name == target


@pytest.mark.parametrize(
    "description",
    [
        "A watercolor style I made for my friend Tovrin. Works with any checkpoint.",
        "My wife Loves this style: soft pastel watercolor.",
    ],
)
def test_a_relation_named_beside_a_style_is_no_likeness(
    detector: Detector, description: str
) -> None:
    finding = detector.detect(model("Pastel Wash", description=description, tags=("style",)))
    assert not finding.likeness


@pytest.mark.parametrize(
    "title",
    [
        "Morwenna Lyssadine x Tovrin Westamere blend",  # first names no table holds
        "Mix of Ysolde Gaskovelle & Clara Pembridge",
        "Clara Pembridge x Ayanokoji Honoka blend",  # a romaji name beside a pair
    ],
)
def test_a_title_blending_named_people_is_a_likeness(detector: Detector, title: str) -> None:
    finding = detector.detect(model(title, description="Weights 0.5 each.", tags=("woman",)))
    assert finding.likeness


@pytest.mark.parametrize(
    ("title", "tags"),
    [
        ("Neon City x Golden Hour blend", ("woman",)),  # looks
        ("Mix of Cyber Punk & Dark Fantasy", ("style",)),  # styles
        ("Morwenna Lyssadine x Tovrin Westamere blend", ("anime", "character")),  # drawn ones
        ("Morwenna x Tovrin blend", ("woman",)),  # one word each: no names' shape
    ],
)
def test_a_title_blending_looks_or_characters_is_not(
    detector: Detector, title: str, tags: tuple[str, ...]
) -> None:
    finding = detector.detect(model(title, description="Weights 0.5 each.", tags=tags))
    assert not finding.likeness


@pytest.mark.parametrize(
    ("title", "triggers", "files", "target"),
    [
        ("portrait v1", ("morwenna_jossossa",), ("face_v1.safetensors",), "Morwenna Jossossa"),
        ("RLX-face-22", ("rlx22",), ("jarrahQuellwyck-000012.safetensors",), "Jarrah Quellwyck"),
    ],
)
def test_a_token_split_by_case_or_underscore_names_a_person(
    detector: Detector, title: str, triggers: tuple[str, ...], files: tuple[str, ...], target: str
) -> None:
    record = model(
        title,
        description="Weight 0.7.",
        tags=("woman", "photorealistic"),
        trained_words=triggers,
        file_names=files,
    )
    finding = detector.detect(record)
    assert finding.likeness and finding.target_name == target


@pytest.mark.parametrize(
    ("title", "triggers", "files", "tags", "model_type"),
    [
        ("test", ("beautiful,",), ("lucentMixtest_v10.safetensors",), ("realistic",), "LORA"),
        ("Lucent", (), ("lucentVessary_v10.safetensors",), ("realistic",), "Checkpoint"),
        ("portrait v1", ("morwenna_jossossa",), (), ("anime", "woman"), "LORA"),  # drawn
        ("portrait v1", ("morwenna_jossossa",), (), ("style",), "LORA"),  # no person tag
    ],
)
def test_a_split_token_of_a_product_group_or_character_is_not(
    detector: Detector,
    title: str,
    triggers: tuple[str, ...],
    files: tuple[str, ...],
    tags: tuple[str, ...],
    model_type: str,
) -> None:
    record = model(
        title,
        description="Weight 0.7.",
        tags=tags,
        trained_words=triggers,
        file_names=files,
        model_type=model_type,
    )
    assert not detector.detect(record).likeness


def test_a_group_and_member_token_is_not_read_as_a_name(detector: Detector) -> None:
    record = model(
        "Wandai (Moonveil)",
        description="Wandai from Moonveil, lead dancer.",
        tags=("idol", "celebrity"),
        trained_words=("moonveil_wandai",),
    )
    assert detector.detect(record).target_name != "Moonveil Wandai"
