"""Hard negatives of the tenth round, of kinds no set had: a character's page that credits its
voice actor, a cartoon or game character with a full name and the medium only in the
description, an AI influencer or virtual idol persona with a backstory, a typeface, a fashion
house, a doll or a mannequin named like a woman, a pet with a person's name, a place whose name
is a given name. Each negative has a twin that names a real person and stays flagged (invented
people, works, brands and places only)."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.records import ModelRecord

from .conftest import likeness_features, model


def _named(title: str, description: str, tags: tuple[str, ...] = ("girl", "woman")) -> ModelRecord:
    """A LoRA whose title, trigger and file all spell one name (the strongest name evidence a
    record without a platform flag has)."""
    return model(
        title,
        tags=tags,
        trained_words=(title.lower().replace(" ", ""),),
        file_names=(title.lower().replace(" ", "_") + ".safetensors",),
        description=description,
    )


@pytest.mark.parametrize(
    "description",
    [
        "Character from the anime Glass Orchard, voiced by Mariko Tenjo. 60 screenshots.",
        "Celia Vantrell from Ashen Crown II. Voice actress: Mariko Tenjo. Armor and cape included.",
        "The knight Celia (VA: Dana Whitfield). 80 screenshots, weight 0.8.",
        "Celia, heroine of my favourite game. CV: Mariko Tenjo. Weight 0.7.",
        "Celia Vantrell. Her voice actress is Dana Whitfield. Weight 0.8.",
        "Celia Vantrell, héroïne de Ashen Crown, doublée par Mariko Tenjo.",
        "Celia aus Ashen Crown, gesprochen von Dana Whitfield.",
    ],
)
def test_a_character_page_that_credits_its_voice_actor(
    detector: Detector, description: str
) -> None:
    item = _named("Celia Vantrell", description, tags=("woman",))
    assert "fiction:role" in likeness_features(detector, item)
    assert not detector.detect(item).likeness


@pytest.mark.parametrize(
    "description",
    [
        "Mariko Tenjo, voice actress. CV: Rinka (Glass Orchard). 40 photos of her at events.",
        "Mariko Tenjo is the voice actress of Celia in Ashen Crown II. 50 photos from conventions.",
    ],
)
def test_a_voice_actress_s_own_page_stays_flagged(detector: Detector, description: str) -> None:
    twin = _named("Mariko Tenjo", description, tags=("woman", "photo"))
    found = detector.detect(twin)
    assert found.likeness, found.likeness_score
    assert found.target_name == "Mariko Tenjo"


def test_a_credit_of_the_title_s_own_name_is_no_character(detector: Detector) -> None:
    twin = _named(
        "Mariko Tenjo",
        "Voice actress: Mariko Tenjo herself. 40 photos of her face from fan events.",
        tags=("woman", "photo"),
    )
    assert "fiction:role" not in likeness_features(detector, twin)
    assert detector.detect(twin).likeness


@pytest.mark.parametrize(
    "description",
    [
        "Margaret Hollis from the animated series Maple Lane, season 2.",
        "Margaret Hollis, the mayor from my favourite JRPG. 80 in-game screenshots.",
        "Margaret Hollis, a character from the comic book series Cold Front.",
        "Trained on 70 anime screencaps of Margaret Hollis. Weight 0.7.",
    ],
)
def test_a_drawn_character_with_a_full_name_and_the_medium_only_in_the_description(
    detector: Detector, description: str
) -> None:
    item = _named("Margaret Hollis", description)
    assert "fiction:role" in likeness_features(detector, item)
    assert not detector.detect(item).likeness


@pytest.mark.parametrize(
    "description",
    [
        "Margaret Hollis, the streamer known from the JRPG speedrun scene. 40 photos.",
        "Margaret Hollis, actress from the animated series Maple Lane's live show. 40 photos.",
        "Margaret Hollis. 40 photos of her face, no game screenshots.",
    ],
)
def test_a_real_person_beside_a_drawn_medium_stays_flagged(
    detector: Detector, description: str
) -> None:
    twin = _named("Margaret Hollis", description, tags=("woman", "photo"))
    found = detector.detect(twin)
    assert found.likeness, found.likeness_score
    assert found.target_name == "Margaret Hollis"


@pytest.mark.parametrize(
    ("title", "tags", "description"),
    [
        (
            "Lena Kowalczyk",
            ("woman", "influencer", "instagram"),
            "Lena is a 24-year-old AI influencer from Krakow who loves hiking and coffee. She "
            "is a fictional character generated with SDXL; all images are synthetic.",
        ),
        (
            "Sofia Lindqvist",
            ("woman", "influencer"),
            "Meet Sofia, our virtual influencer! 22, loves yoga, cats and travel.",
        ),
        (
            "Nova Hartley",
            ("woman", "realistic"),
            "Backstory: Nova is 26, a barista from Seattle who loves indie music.",
        ),
        (
            "Kiara Moon",
            ("woman", "instagram", "influencer"),
            "AI influencer Kiara Moon - fictional persona, age 21, hobbies: gaming, cosplay.",
        ),
        (
            "Kanon Mitsuki",
            ("idol",),
            "Kanon Mitsuki, center of the VTuber idol unit Prism Seven.",
        ),
        (
            "Hoshino Sora",
            ("idol", "woman"),
            "Virtual idol of the idol group Stella Nine (3D live concerts). Age 19 in canon.",
        ),
    ],
)
def test_an_ai_influencer_or_virtual_idol_persona(
    detector: Detector, title: str, tags: tuple[str, ...], description: str
) -> None:
    item = _named(title, description, tags=tags)
    assert "generic:persona" in likeness_features(detector, item)
    assert not detector.detect(item).likeness


@pytest.mark.parametrize(
    "description",
    [
        "Lena Kowalczyk, 24, Instagram influencer from Krakow (@lenakow, 300k followers).",
        "Want your own AI influencer that looks like Lena Kowalczyk? 40 of her Instagram photos.",
        "Lena Kowalczyk is a real influencer, not an AI influencer. 40 photos from her feed.",
    ],
)
def test_a_real_influencer_stays_flagged(detector: Detector, description: str) -> None:
    twin = _named("Lena Kowalczyk", description, tags=("woman", "influencer", "instagram"))
    assert "generic:persona" not in likeness_features(detector, twin)
    found = detector.detect(twin)
    assert found.likeness and found.target_name == "Lena Kowalczyk"


@pytest.mark.parametrize(
    ("title", "tags", "description"),
    [
        ("Helena Gardner", ("font", "typography"), "Type 'helenagardner text' for the letters."),
        ("Helena Gardner", ("text",), "Helena Gardner is a serif typeface. Renders signs."),
        ("Helena Gardner Script Font", ("text",), "Script lettering for logos and signs."),
        (
            "Lucia Benedetti",
            ("clothing",),
            "Lucia Benedetti is an Italian luxury fashion house. Trained on their runway clothes.",
        ),
        ("Clara Porcelain", ("doll", "bjd"), "Clara, 40 photos of the resin doll I own."),
        ("Rosalind BJD", ("realistic",), "Resin photos, weight 0.7."),
        ("Mannequin Molly", ("woman",), "Molly stands in a shop window, faceless."),
        ("Oliver Twistpaws", ("realistic",), "Oliver is my ginger tabby. 50 photos."),
        ("Daisy Mae", ("photo",), "Daisy Mae is our family's beagle puppy."),
        ("Luna Marsh", ("photo",), "Trained on 30 photos I took of my cat Luna Marsh."),
        ("Mister Whiskers", ("photo",), "My cat, 40 photos."),
        ("Santa Imelda", ("photo",), "Pier, palm trees and the ferris wheel at sunset."),
        ("Alice Hollow Springs", ("landscape",), "Outback town, red desert."),
    ],
)
def test_a_thing_a_pet_or_a_place_named_like_a_woman(
    detector: Detector, title: str, tags: tuple[str, ...], description: str
) -> None:
    item = _named(title, description, tags=tags)
    found = detector.detect(item)
    assert not found.likeness, found.likeness_score


@pytest.mark.parametrize(
    "description",
    [
        "Helena Gardner is a fashion model from a small town. 40 photos.",
        "Helena Gardner is a dog lover and an actress: 40 photos of her with her puppy.",
        "Helena Gardner, the brand's face. 40 photos of her at the launch.",
        "Trained on 30 photos I took of my girlfriend Helena.",
        "Helena Gardner is the city's mayor. 40 photos from press events.",
    ],
)
def test_a_woman_beside_a_thing_a_pet_or_a_place_stays_flagged(
    detector: Detector, description: str
) -> None:
    twin = _named("Helena Gardner", description, tags=("woman", "photo"))
    assert "non_subject:thing_tag" not in likeness_features(detector, twin)
    assert detector.detect(twin).likeness


def test_a_statue_s_title_is_a_thing(detector: Detector) -> None:
    item = model("Statue of Irmgard", tags=("woman",), description="Bronze, green patina.")
    assert "non_subject:thing_tag" in likeness_features(detector, item)
    twin = model(
        "Irmgard Vell",
        tags=("woman",),
        trained_words=("irmgardvell",),
        description="Irmgard Vell, the sculptor, beside her statues: 40 photos of her.",
    )
    assert "non_subject:thing_tag" not in likeness_features(detector, twin)
    assert detector.detect(twin).likeness


@pytest.mark.parametrize(
    "description",
    [
        "General photorealistic checkpoint. Sample prompts: 'portrait of Jenna Morrow, 35mm', "
        "'Kira Latham as a knight, cinematic'. Sampler DPM++ 2M, CFG 5.",
        "Realistic checkpoint. Example prompt: photo of Jenna Morrow, 30 years old, freckles, "
        "city street, 85mm.",
    ],
)
def test_a_checkpoint_s_sample_prompts_name_no_subject(
    detector: Detector, description: str
) -> None:
    item = model(
        "LumaReal",
        model_type="Checkpoint",
        tags=("photorealistic", "woman"),
        description=description,
    )
    assert "non_subject:sample_prompt" in likeness_features(detector, item)
    assert not detector.detect(item).likeness


@pytest.mark.parametrize(
    ("title", "description"),
    [
        (
            "Project Velvet",
            "Dreambooth of the actress Jenna Morrow on 40 photos of her. Sample prompts: photo "
            "of jennamorrow, smiling.",
        ),
        (
            "Jenna Morrow",
            "Example prompts: photo of jennamorrow woman on a beach. Trained on 40 photos of her.",
        ),
    ],
)
def test_a_person_s_dreambooth_checkpoint_with_prompts_stays_flagged(
    detector: Detector, title: str, description: str
) -> None:
    twin = model(
        title,
        model_type="Checkpoint",
        tags=("photorealistic", "woman"),
        trained_words=("jennamorrow",) if title == "Jenna Morrow" else (),
        description=description,
    )
    assert detector.detect(twin).likeness


@pytest.mark.parametrize(
    "description",
    [
        "Fashion photography in the manner of Harlan Voss: harsh flash, grain, wide angle.",
        "Oil landscapes in the style of the 19th-century painter Harlan Voss. Thick strokes.",
        "Inspired by the work of Harlan Voss: muted palette, long shadows.",
    ],
)
def test_a_style_credited_to_the_title_s_name(detector: Detector, description: str) -> None:
    item = _named("Harlan Voss", description, tags=("photography",))
    assert "non_subject:style_name" in likeness_features(detector, item)
    assert not detector.detect(item).likeness


@pytest.mark.parametrize(
    "description",
    [
        "Harlan Voss, the photographer: 40 photos of his face, lit in the style of his shoots.",
        "Paintings of Harlan Voss and 30 photos of his face.",
    ],
)
def test_a_photographer_s_own_face_stays_flagged(detector: Detector, description: str) -> None:
    twin = _named("Harlan Voss", description, tags=("man", "photo"))
    assert "non_subject:style_name" not in likeness_features(detector, twin)
    assert detector.detect(twin).likeness


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Victorian Portrait", "Victorian era studio portrait look, sepia."),
        ("Art Nouveau Lady", "Flowing hair, floral frames, poster colours."),
    ],
)
def test_a_period_or_an_art_movement_is_a_style(
    detector: Detector, title: str, description: str
) -> None:
    item = _named(title, description, tags=("woman", "photo"))
    assert "non_subject:style_name" in likeness_features(detector, item)
    assert not detector.detect(item).likeness


def test_a_named_woman_in_a_period_costume_stays_flagged(detector: Detector) -> None:
    twin = _named(
        "Ines Rookwell Victorian",
        "Ines Rookwell, the actress, in her Victorian costume: 40 photos of her face.",
        tags=("woman", "actress"),
    )
    assert detector.detect(twin).likeness


@pytest.mark.parametrize(
    ("title", "tags", "description"),
    [
        ("Hurricane Odessa", ("weather",), "Satellite view of the storm's eye, 2031 season."),
        ("Queen Imelda", ("photo",), "The Queen Imelda is a cruise ship launched in 2019."),
        (
            "Lady Marguerite",
            ("photo",),
            "Lady Marguerite is a hybrid tea rose cultivar with pale pink petals.",
        ),
        ("Celestine Noir", ("product",), "Celestine Noir is a perfume by the house of Varel."),
    ],
)
def test_a_storm_a_ship_a_rose_or_a_perfume_named_like_a_woman(
    detector: Detector, title: str, tags: tuple[str, ...], description: str
) -> None:
    item = _named(title, description, tags=tags)
    assert "non_subject:thing_tag" in likeness_features(detector, item)
    assert not detector.detect(item).likeness


@pytest.mark.parametrize(
    "description",
    [
        "Helena Gardner is a rose gardener from Kent. 40 photos of her.",
        "Helena Gardner, the actress, launching her perfume. 40 photos of her.",
        "Helena Gardner is a ship captain. 40 photos of her on deck.",
    ],
)
def test_a_woman_with_a_rose_a_perfume_or_a_ship_stays_flagged(
    detector: Detector, description: str
) -> None:
    twin = _named("Helena Gardner", description, tags=("woman", "photo"))
    assert "non_subject:thing_tag" not in likeness_features(detector, twin)
    assert detector.detect(twin).likeness


def test_a_character_for_an_anime_base_named_in_the_description(detector: Detector) -> None:
    item = model(
        "Rinka Hoshimiya v3",
        tags=("girl",),
        trained_words=("rinka", "uniform"),
        description="Illustrious, outfit triggers in the versions.",
    )
    assert "fiction:anime_base" in likeness_features(detector, item)
    assert not detector.detect(item).likeness
    twin = model(
        "Rinka Hoshimiya v3",
        tags=("woman", "photo"),
        trained_words=("rinka",),
        description="Rinka Hoshimiya, the singer: 40 photos. Works on Illustrious realism merges.",
    )
    assert "fiction:anime_base" not in likeness_features(detector, twin)
    assert detector.detect(twin).likeness


def test_generated_faces_beside_a_disclaimer_are_no_one(detector: Detector) -> None:
    item = model(
        "Glam Face",
        tags=("woman", "celebrity", "face"),
        trained_words=("glmface",),
        description="Any resemblance to a celebrity or a real person is purely coincidental; "
        "a mix of 200 generated faces.",
    )
    assert "generic:look" in likeness_features(detector, item)
    assert not detector.detect(item).likeness
    twin = model(
        "Ines Rookwell",
        tags=("woman", "celebrity"),
        trained_words=("inesrookwell",),
        description="Any resemblance to a real person is purely coincidental 😉. 40 photos.",
    )
    assert detector.detect(twin).likeness


@pytest.mark.parametrize(
    ("title", "tags", "description"),
    [
        ("Harriet Sans", ("text",), "Renders text in the Harriet Sans typeface."),
        ("Odette Varenne", ("clothing",), "Runway gowns of the fashion house Odette Varenne."),
        ("Maison Odette Varenne", ("woman",), "Runway gowns, spring line."),
        ("HMS Adelaide Corran", ("photo",), "A frigate at sea, oil painting look."),
    ],
)
def test_a_typeface_a_fashion_house_or_a_ship_in_other_words(
    detector: Detector, title: str, tags: tuple[str, ...], description: str
) -> None:
    item = _named(title, description, tags=tags)
    assert "non_subject:thing_tag" in likeness_features(detector, item)
    assert not detector.detect(item).likeness


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Ms Adelaide Corran", "Adelaide Corran, the actress. 40 photos."),
        ("Adelaide Corran", "Adelaide Corran, designer of the Corran Sans font: 40 photos of her."),
        ("Adelaide Corran", "Adelaide Corran, the face of the fashion house Varel: 40 photos."),
    ],
)
def test_a_woman_beside_a_typeface_a_fashion_house_or_a_title_stays_flagged(
    detector: Detector, title: str, description: str
) -> None:
    twin = _named(title, description, tags=("woman",))
    assert "non_subject:thing_tag" not in likeness_features(detector, twin)
    assert detector.detect(twin).likeness
