"""Hard negatives of the eighth round (issue 8, point 5): a game's or an anime's character
named like a person with no `character` tag, an embedding made for the negative prompt "to
avoid celebrity faces", a virtual idol the uploader says is AI-made. Each negative has a twin
that names a real-looking person and stays flagged (invented people only)."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector

from .conftest import likeness_features, model


@pytest.mark.parametrize(
    "source",
    [
        "from the game Ashfall Chronicle, v2 fixes the hair color",
        "Character from the visual novel Lantern Bay. Weight 0.7.",
        "She is from the anime Glass Orchard, season 2 outfit included.",
    ],
)
def test_a_character_from_a_game_or_anime_without_a_character_tag(
    detector: Detector, source: str
) -> None:
    item = model(
        "Ysolde Carrowmere",
        tags=("girl", "woman"),
        trained_words=("ysoldecarrowmere",),
        file_names=("ysolde_carrowmere.safetensors",),
        description=source,
    )
    assert "fiction:role" in likeness_features(detector, item)
    assert not detector.detect(item).likeness


@pytest.mark.parametrize(
    "source",
    [
        # live action shares "from the series"
        "Ysolde Carrowmere from the series Harbour Nights, trained on stills.",
        # a person whose trade is said before the game
        "Ysolde Carrowmere, the voice actress from the game Ashfall Chronicle. Photos.",
        "Ysolde Carrowmere, streamer known from the game Ashfall Chronicle tournaments.",
        # a show, not a game
        "Ysolde Carrowmere from the game show Quick Money, 40 photos.",
    ],
)
def test_a_person_beside_a_work_stays_flagged(detector: Detector, source: str) -> None:
    twin = model(
        "Ysolde Carrowmere",
        tags=("woman", "photo"),
        trained_words=("ysoldecarrowmere",),
        file_names=("ysolde_carrowmere.safetensors",),
        description=source,
    )
    assert "fiction:role" not in likeness_features(detector, twin)
    assert detector.detect(twin).likeness


def test_a_negative_embedding_that_steers_away_from_celebrities(detector: Detector) -> None:
    item = model(
        "no-famous-faces neg",
        model_type="TextualInversion",
        tags=("negative embedding", "celebrity"),
        description=(
            "<p>Put it in the negative prompt to avoid celebrity faces in your portraits.</p>"
            "<p>Trained on 80 pictures, 10 epochs.</p>"
        ),
    )
    feats = likeness_features(detector, item)
    assert {"non_subject:type", "non_subject:any_subject"} <= feats
    assert "non_subject:celebrity_concept" in feats
    assert not detector.detect(item).likeness
    # an embedding OF a named celebrity that recommends a negative embedding for hands
    twin = model(
        "Ysolde Carrowmere",
        model_type="TextualInversion",
        tags=("celebrity", "actress"),
        trained_words=("ysoldecarrowmere",),
        description=(
            "<p>Embedding of the actress Ysolde Carrowmere. Use badhands in the negative "
            "prompt.</p><pre>Negative prompt: (worst quality:1.4), blurry</pre>"
        ),
    )
    feats = likeness_features(detector, twin)
    assert "non_subject:any_subject" not in feats and "non_subject:type" not in feats
    assert detector.detect(twin).likeness


def test_the_negative_prompt_alone_does_not_make_a_negative_embedding(
    detector: Detector,
) -> None:
    # the use without the kind (no negative tag or title): a person's LoRA that says where a
    # trigger goes is not read as a negative embedding
    twin = model(
        "Ysolde Carrowmere",
        tags=("celebrity", "woman"),
        trained_words=("ysoldecarrowmere",),
        description="Ysolde Carrowmere, the news anchor. Put easynegative in the negative prompt.",
    )
    assert "non_subject:any_subject" not in likeness_features(detector, twin)
    assert detector.detect(twin).likeness


@pytest.mark.parametrize(
    "description",
    [
        "AI-generated virtual idol, fully synthetic face.",
        "Luna is a virtual singer, her face is entirely synthetic.",
        "A synthetic idol I trained from generated images.",
    ],
)
def test_a_virtual_idol_said_to_be_ai_made(detector: Detector, description: str) -> None:
    item = model("AI idol Luna", tags=("idol", "ai", "woman"), description=description)
    assert "generic:persona" in likeness_features(detector, item)
    assert not detector.detect(item).likeness


def test_a_real_idol_stays_flagged(detector: Detector) -> None:
    twin = model(
        "Han Seoyul",
        tags=("idol", "kpop", "woman"),
        trained_words=("hanseoyul",),
        description="Han Seoyul, K-pop idol. Real photos only, not AI-generated faces.",
    )
    assert "generic:persona" not in likeness_features(detector, twin)
    assert detector.detect(twin).likeness


@pytest.mark.parametrize(
    ("title", "tags", "description"),
    [
        ("Solvane Chroma 400", ("photography", "film"), "Film emulation. Weight 0.7."),
        ("Brevik Ultracolor 800T", (), "Emulates the look of the film stock: grain, halation."),
        ("Marlo Vesta", ("film grain", "photo"), "Analog film look, trained on 35mm scans."),
    ],
)
def test_a_film_stock_is_a_photographic_style(
    detector: Detector, title: str, tags: tuple[str, ...], description: str
) -> None:
    item = model(title, tags=tags, description=description)
    feats = likeness_features(detector, item)
    assert "live_action:role" not in feats  # a `film` tag beside film words is no movie
    assert feats & {"non_subject:style_name", "non_subject:concept_name"}
    assert not detector.detect(item).likeness


def test_a_person_shot_on_film_stays_flagged(detector: Detector) -> None:
    twin = model(
        "Ysolde Carrowmere",
        tags=("woman", "photography", "film"),
        trained_words=("ysoldecarrowmere",),
        description="Ysolde Carrowmere, the actress. Trained on 40 photos; some are 35mm scans.",
    )
    assert "non_subject:style_name" not in likeness_features(detector, twin)
    assert detector.detect(twin).likeness


@pytest.mark.parametrize("description", ["{} effect.", "dataset: 80 pics. {} concept LoRA."])
def test_a_title_the_description_calls_an_effect(detector: Detector, description: str) -> None:
    item = model("Willow Hollin", tags=("woman",), description=description.format("Willow Hollin"))
    assert "non_subject:concept_name" in likeness_features(detector, item)
    assert not detector.detect(item).likeness
    twin = model(
        "Willow Hollin",
        tags=("woman",),
        trained_words=("willowhollin",),
        description="Willow Hollin, the singer. Trained on 30 photos of Willow Hollin.",
    )
    assert "non_subject:concept_name" not in likeness_features(detector, twin)
    assert detector.detect(twin).likeness


def test_a_real_person_trained_against_the_synthetic_look_stays_flagged(
    detector: Detector,
) -> None:
    twin = model(
        "Han Seoyul",
        tags=("actress", "woman"),
        trained_words=("hanseoyul",),
        description="Photos of Han Seoyul, the actress; real photos to avoid the synthetic face.",
    )
    assert "generic:persona" not in likeness_features(detector, twin)
    assert detector.detect(twin).likeness


@pytest.mark.parametrize(
    "title", ["Lake Orrindel", "Mount Cassadra", "Santa Imelda Beach", "Port Vellamy Harbor"]
)
def test_a_place_named_like_a_person_is_a_concept(detector: Detector, title: str) -> None:
    item = model(title, tags=("woman",), description="Scenery LoRA, weight 0.7.")
    assert "non_subject:concept_name" in likeness_features(detector, item)
    assert not detector.detect(item).likeness


def test_a_person_photographed_at_a_place_stays_flagged(detector: Detector) -> None:
    twin = model(
        "Imelda Vorrant at the beach",
        tags=("woman", "photo"),
        trained_words=("imeldavorrant",),
        description="Imelda Vorrant, the swimmer, at the beach. 40 photos.",
    )
    assert detector.detect(twin).likeness


def test_a_mugshot_concept_and_a_person_s_mugshot(detector: Detector) -> None:
    item = model("Jail Mugshot | SDXL", tags=("photo",), description="Weight 0.8.")
    assert "non_subject:concept_name" in likeness_features(detector, item)
    assert not detector.detect(item).likeness
    twin = model(
        "Dorian Quellbrook mugshot",
        tags=("man", "photo"),
        trained_words=("dorianquellbrook",),
        description="Dorian Quellbrook, the senator, from his 40 press photos.",
    )
    assert detector.detect(twin).likeness
