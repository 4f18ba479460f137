"""Hard negatives of the eighteenth round, by kind (found by ``scripts/stress_negatives.py``):
an artist's or photographer's style credited in the description; a look named after a trade of
fame ("K-pop idol style face"); a doll, figure or statue of a type; a VTuber named as one in the
tags, the description or in script; a game's playable character, a donghua's or an MMORPG's
heroine; "Character LoRA: <Name> from <Work>"; a persona said to be AI-made or not to exist; a
place, vehicle or watch named after someone; a live-action creature. Each rule has a twin that
names a real person beside the same words and stays flagged (invented people and works only)."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.vocab import fame_type_of_person, type_of_person
from dfaudit.records import ModelRecord

from .conftest import model


def _named(
    title: str,
    description: str = "",
    tags: tuple[str, ...] = ("lora",),
    model_type: str = "LORA",
) -> ModelRecord:
    """A LoRA whose title and trigger spell one name."""
    return model(
        title,
        model_type=model_type,
        tags=tags,
        trained_words=("_".join(title.lower().split()),),
        description=description,
    )


NEGATIVES = {
    # an art trade credits the name with a style (any trade of the table, any order)
    "art_credit": _named(
        "Solenne Vossberg", "Style LoRA after the concept artist Solenne Vossberg. Weight 0.7."
    ),
    "art_homage": _named(
        "Kazamatsuri Suzuran", "An homage to the mangaka Kazamatsuri Suzuran. Style only."
    ),
    "name_then_style": _named(
        "Sakuraba Kotone", "Sakuraba Kotone style. Trained on 60 of the illustrator's works."
    ),
    # a look named after a trade of fame, no name
    "fame_type": _named("Cpop idol face", tags=("realistic", "actress", "celebrity", "korean")),
    "fame_type_kpop": _named("K-pop idol style face v2", tags=("kpop", "idol", "woman")),
    # (no trigger: name_shape reads "thai_actress" as a given and a family name, a trade word
    # as a name's part; left to name_shape's owners)
    "actress_type": model("Thai actress type", tags=("kpop", "face", "korean", "woman")),
    # a doll, figure or statue of a type
    "figure_type": _named("Japanese Figure v2", tags=("girl", "japanese", "figure", "korean")),
    "statue_type": _named("Korean marble statue", tags=("woman", "asian", "korean", "likeness")),
    # a VTuber said as one
    "vtuber_tag": _named("Verena Nocturne", tags=("virtual youtuber", "avatar", "girl")),
    "vtuber_desc": _named(
        "Brielle Starling", "LoRA of the VTuber Brielle Starling from Aurora Live, 2.0 model."
    ),
    # (said in the description only, as "the VTuber <Name>" in English: against a name that
    # the title and a trigger also spell, the two cues are not enough, in either language)
    "vtuber_script": model(
        "Suzuran Hanazono", description="バーチャルYouTuber 花園すずらん のLoRAです。"
    ),
    # a game's or a drawn medium's character
    "playable": _named(
        "Rio Minazuki", "Rio Minazuki is a playable character in Moonlit Requiem, a tactics RPG."
    ),
    "donghua": _named("Mitsuki Minazuki", "Mitsuki Minazuki from the donghua Heaven's Lantern."),
    "medium_girl": _named(
        "Mikazuki Nagisa", "My favourite MMORPG girl, Nagisa, from Eternal Raid!"
    ),
    "character_colon": _named(
        "Liora Kestrelle", "Character LoRA: Liora Kestrelle from Spirit Harbor. Weight 0.7."
    ),
    # a persona said to be invented
    "does_not_exist": _named(
        "Saoirse Vossberg",
        "this person does not exist Saoirse Vossberg. Any resemblance is coincidental.",
    ),
    "ai_girlfriend": _named(
        "Delphine Kestrelle", "Meet Delphine Kestrelle, your virtual wife and AI girlfriend!"
    ),
    "generated_images": _named(
        "Aoba Hikari", "Aoba Hikari. Made from 100% generated images, any resemblance is chance."
    ),
    # a place, a vehicle named after someone
    "villa": _named("Villa Solenne", "Trained on photos of the villa, its garden and pool."),
    "coupe": _named("Fenwyck Coupe", "Please post your images in the gallery."),
    # a live-action creature
    "creature": _named("Kaiju Ryujin-Go", tags=("movie", "film", "character")),
}

TWINS = {
    # a photographer's own face: no style word binds the name
    "art_credit": _named(
        "Solenne Vossberg",
        "Real person LoRA of the photographer Solenne Vossberg, trained on 40 photos of her.",
    ),
    # "<Name> style icon": her, not a style she made
    "name_then_style": _named(
        "Sakuraba Kotone", "Sakuraba Kotone style icon, trained on 40 photos of her face."
    ),
    # a name beside the look words
    "fame_type": _named(
        "Tamsin Ashcombe idol face", tags=("realistic", "actress", "celebrity", "korean")
    ),
    # the look title's name stands in the trigger, or the description's recipe names people
    "fame_type_trigger": model(
        "Singer face v1",
        model_type="TextualInversion",
        tags=("male", "celebrity", "singer", "photorealistic"),
        trained_words=("photo of brannoquillfeather",),
        file_names=("brannoquillfeather.pt",),
    ),
    "fame_type_recipe": model(
        "~Celeb Mix 4~",
        tags=("celebrity", "blend", "woman"),
        description="recipe: Odessa Vantreigh (0.5) + Liora Kestrelle (0.4), all actresses",
    ),
    "figure_type": _named("Odessa Vantreigh Japanese figure", tags=("girl", "japanese", "figure")),
    # a streamer's own face: "youtuber" and "streamer" are trades, not avatars
    "vtuber_tag": _named("Verena Nocturne", tags=("youtuber", "streamer", "girl")),
    "vtuber_desc": _named(
        "Brielle Starling",
        "Real photos of the streamer Brielle Starling, who also plays the vtuber Mira.",
        tags=("streamer", "real person"),
    ),
    # a real player of the game, not its character
    "medium_girl": _named(
        "Mikazuki Nagisa",
        "Mikazuki Nagisa, the esports player and MMORPG streamer. Trained on 50 photos of her.",
        tags=("streamer", "real person"),
    ),
    # generated images *of* a real person are her likeness
    "generated_images": _named(
        "Ottilie Drummarck", "Trained on AI generated images of Ottilie Drummarck, the singer."
    ),
    # an ordinary-word surname after a given name ("<Given> Lake") is a person's
    "villa": _named("Solenne Lake", "Trained on 40 photos of her.", tags=("woman", "photo")),
    # someone with the vehicle
    "coupe": _named("Odessa Fenwyck with her coupe", "40 photos of her.", tags=("woman", "photo")),
    # a live-action actress, no creature
    "creature": _named("Wrenna Ravensholt", "The actress in Deep Orbit.", tags=("movie", "film")),
}


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize("kind", sorted(NEGATIVES))
def test_negative_kind_not_flagged(detector: Detector, kind: str) -> None:
    assert not detector.detect(NEGATIVES[kind]).likeness


@pytest.mark.parametrize("kind", sorted(TWINS))
def test_twin_stays_flagged(detector: Detector, kind: str) -> None:
    assert detector.detect(TWINS[kind]).likeness


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("k-pop idol style face", True),
        ("kpop idol makeup v2", True),
        ("thai actress type", True),
        ("gravure idol look", True),
        ("influencer face", True),
        ("japanese actress", False),  # no look word: a trade alone
        ("tamsin ashcombe idol face", False),  # a name
        ("idol", False),
    ],
)
def test_fame_type_of_person(title: str, expected: bool) -> None:
    assert fame_type_of_person(title) is expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("thai doll", True),
        ("japanese figure v2", True),
        ("korean marble statue", True),
        ("odessa japanese figure", False),
        ("doll", False),  # no demonym
    ],
)
def test_likeness_object_type(title: str, expected: bool) -> None:
    assert type_of_person(title) is expected


def test_script_vtuber_weighs_as_the_english_one(detector: Detector) -> None:
    def fiction(description: str) -> list[tuple[str, float]]:
        hits = detector.detect(model("Suzuran Hanazono", description=description)).hits
        return sorted((h.feature, h.score) for h in hits if h.signal.startswith("fiction@"))

    script = fiction("バーチャルYouTuber 花園すずらん のLoRAです。")
    english = fiction("LoRA of the VTuber Suzuran Hanazono.")
    assert script == english == [("fiction:description", -0.7), ("fiction:role", -1.0)]
    # a voice actress (声優) beside it: a real person, no fiction cue
    assert fiction("バーチャルYouTuber 花園すずらん の声優、本人の写真。") == []
