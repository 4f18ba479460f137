"""Names in lower case where a page introduces its subject (issue 8, round 9): "LoRA de <name>,"
in another language, a bounty's request, a pasted bio's "<name> (born 1990)", a trade after
the name, a hashtag run together from a first name and a surname, an example prompt with a
middle initial or a particle, and a caricature of a named person. Each positive has a negative
twin with the same frame and no person in it. Invented people only."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.names import framed_name_words, split_hashtag

from .conftest import likeness_features, model

FRAMED = "name_shape:other:corroborated"


def _page(description: str, **fields: object) -> object:
    fields.setdefault("tags", ("portrait",))
    return model(fields.pop("name", "LoRA portrait 14"), description=description, **fields)


POSITIVES = [
    ("LoRA de helena corvander, entraîné sur 40 photos. Poids 0,7.", "Helena Corvander"),
    ("Modelo de tobias ferrandell, entrenado con 30 fotos.", "Tobias Ferrandell"),
    ("Entry for the bounty requesting ingrid halvorsen.", "Ingrid Halvorsen"),
    ("Entry for the bounty requesting j k wrennick.", "J K Wrennick"),
    ("oskar lindqvale (born 1987) is known worldwide.", "Oskar Lindqvale"),
    ("Notes\nmarisol ortegaz is an argentinian actress and singer.", "Marisol Ortegaz"),
    ("see images\nExample prompt: photo of yusuf bin khaldar, outdoors, 85mm", "Yusuf Bin Khaldar"),
    ("see images\nExample prompt: photo of harold t quenby, at night, neon", "Harold T Quenby"),
    ("ingrid halvorsen (actress) - finally trained, 40 photos.", "Ingrid Halvorsen"),
    ("the face of oskar lindqvale, trained on 40 photos.", "Oskar Lindqvale"),
    ("v2 notes\nsubject: marisol ortegaz\n40 photos, 10 repeats", "Marisol Ortegaz"),
    ("Peso 0,7.\nEntrenado con 40 fotos de tobias ferrandell.", "Tobias Ferrandell"),
    ("推荐权重 0.7\n用 ingrid halvorsen 的照片训练。", "Ingrid Halvorsen"),
    ("oskar lindqvale の写真で学習しました。", "Oskar Lindqvale"),
    ("helena corvander, portrait, soft light", "Helena Corvander"),
    ("harold kowalczyk. Trained on his red carpet photos.", "Harold Kowalczyk"),
    ("Tested on Flux.\nSubject Helena Corvander\nImages 62", "Helena Corvander"),
    (
        "Sample prompt: masterpiece, photo, (tobiasferrandell:1.2), 1boy, film grain",
        "Tobias Ferrandell",
    ),
]
NEGATIVES = [
    "LoRA de style aquarelle, entraîné sur 40 photos. Poids 0,7.",
    "Modelo de ropa deportiva, entrenado con 30 fotos.",
    "Entry for the bounty requesting more poses.",
    "Entry for the bounty requesting a new outfit.",
    "Crystal Hearts (born 2019) anime series, cel shading.",
    "the sunset is a classic look for portraits.",
    "see images\nExample prompt: photo of red sports car, outdoors, 85mm",
    "see images\nExample prompt: photo of rose petals, macro, soft light",
    "see images\nExample prompt: photo of emma smiling, outdoors",
    "red carpet look (actress) - finally trained, 40 photos.",
    "the face of a tired woman, trained on 40 photos.",
    "Commission for tobias ferrandell, thanks for the support!",
    "v2 notes\nsubject: golden hour\n40 photos, 10 repeats",
    "Peso 0,7.\nEntrenado con 40 fotos de paisajes urbanos.",
    "推荐权重 0.7\n用 golden hour 的照片训练。",
    "street fashion の写真で学習しました。",
    "golden hour, portrait, soft light",
    "rose garden, bokeh, soft light",
    "helena corvander, 1girl, anime, portrait, soft light",
    "Tested on Flux.\nSubject to change\nImages 62",
    "Sample prompt: masterpiece, photo, (goldenhour:1.2), (photoshoot:1.1), film grain",
    "Sample prompt: masterpiece, anime, (helenacorvander:1.2), 1girl, cel shading",
]


@pytest.mark.parametrize(("description", "target"), POSITIVES)
def test_a_framed_lower_case_name_is_a_person(
    detector: Detector, description: str, target: str
) -> None:
    item = _page(description)
    assert FRAMED in likeness_features(detector, item)
    finding = detector.detect(item)
    assert finding.likeness
    assert finding.target_name == target


@pytest.mark.parametrize("description", NEGATIVES)
def test_the_same_frame_around_no_name_names_nobody(detector: Detector, description: str) -> None:
    item = _page(description)
    assert FRAMED not in likeness_features(detector, item)
    assert not detector.detect(item).likeness


def test_a_run_together_hashtag_of_a_first_name_and_a_surname(detector: Detector) -> None:
    item = _page("📸 #lucianafenwick #photoshoot\nweight 0.7", name="IG look 21")
    finding = detector.detect(item)
    assert finding.likeness
    assert finding.target_name == "Luciana Fenwick"
    # hashtags of ordinary words, and a first name run into a plain word, name nobody
    for tags in ("#photoshoot #goodvibes #rosegold", "#streetstyle #ootd", "#emmastyle #nofilter"):
        other = _page(f"📸 {tags}\nweight 0.7", name="IG look 21")
        assert FRAMED not in likeness_features(detector, other), tags
        assert not detector.detect(other).likeness, tags


def test_hashtag_cuts() -> None:
    assert split_hashtag("tomkavanagh") == ("tom", "kavanagh")
    assert split_hashtag("lucianafenwick") == ("luciana", "fenwick")
    assert split_hashtag("marathon") is None  # a word, no first name and a rest
    assert split_hashtag("danielaswimwear") is None  # a first name and a plain word
    assert split_hashtag("photoshoot") is None


def test_framed_words() -> None:
    assert framed_name_words(["helena", "corvander"]) is not None
    assert framed_name_words(["queen", "helena"]) is not None  # a title and a first name
    assert framed_name_words(["r", "quenby"]) is not None  # an initial and a surname
    assert framed_name_words(["a", "quenby"]) is None  # an article is no initial
    assert framed_name_words(["rose", "garden"]) is None  # a word first name before a word
    assert framed_name_words(["emma", "smiling"]) is None
    assert framed_name_words(["more", "poses"]) is None
    assert framed_name_words(["anna", "kowal", "in", "red"]) is None


def test_a_caricature_of_a_named_person_targets_them(detector: Detector) -> None:
    item = model(
        "helena corvander chibi caricature",
        tags=("caricature", "3d"),
        file_names=("helena_corvander_chibi_caricature.safetensors",),
        description="keeps the face, 3D cartoon style",
    )
    assert "subject:lookalike_name" in likeness_features(detector, item)
    finding = detector.detect(item)
    assert finding.likeness
    assert finding.target_name == "Helena Corvander"
    assert detector.detect(model("Caricature of Tobias Ferrandell", tags=("caricature",))).likeness


def test_a_caricature_style_or_a_drawn_character_is_no_caricature_of_anyone(
    detector: Detector,
) -> None:
    style = model(
        "Big Head Caricature",
        tags=("style", "caricature"),
        description="Turns any portrait into a boardwalk caricature drawing. Style only.",
    )
    anime = model(
        "Nadia Corvel chibi caricature",
        tags=("anime", "caricature"),
        description="Nadia Corvel from the game Aether Drift, as a chibi.",
    )
    thing = model("red sports car caricature", tags=("caricature", "3d"))
    for item in (style, anime, thing):
        assert "subject:lookalike_name" not in likeness_features(detector, item), item.name
        assert not detector.detect(item).likeness, item.name


def test_a_possessive_title_names_whose_face(detector: Detector) -> None:
    item = model("tobias ferrandell's face (SDXL)", description="likeness LoRA, 30 photos")
    finding = detector.detect(item)
    assert finding.likeness
    assert finding.target_name == "Tobias Ferrandell"
    other = model("the city's face (SDXL)", description="a look LoRA, 30 photos")
    assert not detector.detect(other).likeness


def test_a_lower_case_name_then_a_pronoun_sentence(detector: Detector) -> None:
    item = model(
        "marisol ortegaz",
        tags=("realistic",),
        description="marisol ortegaz. She is a well-known face, photos from public events.",
    )
    assert detector.detect(item).likeness
    other = model(
        "neon nights",
        tags=("realistic",),
        description="neon nights. She is a girl in the rain, photos from public events.",
    )
    assert FRAMED not in likeness_features(detector, other)
    assert not detector.detect(other).likeness


def test_a_lower_case_middle_initial_in_a_title(detector: Detector) -> None:
    item = model("harold t kowalczyk (v5)", tags=("man",), description="Changelog\nv1: first")
    finding = detector.detect(item)
    assert finding.likeness
    assert finding.target_name == "Harold T Kowalczyk"  # tgt14: the initial stays in the target
    assert not detector.detect(model("golden t hour (v5)", description="Changelog")).likeness


def test_a_middle_initial_or_an_irish_o_in_a_network_key(detector: Detector) -> None:
    for key, target in (
        ("harold_t_kowalczyk_v1", "Harold T Kowalczyk"),  # tgt14: the initial stays
        ("helena_o_dowlerty", "Helena Odowlerty"),
    ):
        item = model(
            "Face study 0x21",
            tags=("portrait",),
            file_names=("face_study_0x21.safetensors", key),
            description=f"prompt:\nphoto of 1person, outdoors, <lora:{key}:0.8>, 85mm",
        )
        finding = detector.detect(item)
        assert finding.likeness, key
        assert finding.target_name == target, key


def test_a_tag_that_is_only_a_name_whose_surname_is_a_frequent_word(detector: Detector) -> None:
    item = model(
        "Golden hour look",
        tags=("tobias beckworth-lane", "portrait"),
        description="Enjoy.\nv1.5 - fixed the overbaked colours.",
    )
    assert detector.detect(item).likeness
    for tag in ("summer dress", "golden hour", "rose garden", "street style"):
        other = model("Golden hour look", tags=(tag, "portrait"), description="Enjoy.")
        assert not detector.detect(other).likeness, tag
