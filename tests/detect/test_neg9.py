"""Hard negatives of the ninth round (issue 8, point 5): a game's or an anime's character named
like a person (a first name from the name table, or a romaji name) in the title, the trigger and
the file, with no `character` tag, where only the description says "from the game <Work>"; a
virtual idol; a made-up consistent character. Each negative has a twin that names a real person
and stays flagged (invented people and works only)."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.records import ModelRecord

from .conftest import likeness_features, model


def _named(title: str, description: str, tags: tuple[str, ...] = ("girl", "woman")) -> ModelRecord:
    """A LoRA whose title, trigger and file all spell one name (the strongest name evidence a
    record without a platform flag has)."""
    key = title.lower().replace(" ", "")
    return model(
        title,
        tags=tags,
        trained_words=(key,),
        file_names=(title.lower().replace(" ", "_") + ".safetensors",),
        description=description,
    )


@pytest.mark.parametrize("title", ["Nadia Corvel", "Hinata Mizuchi", "Aoi Kurosame"])
@pytest.mark.parametrize(
    "description",
    [
        "from the game Marrow Bakery, v2 fixes the hair color",
        "Took 4 tries to get this right lol. 37 images in the final set. from the game "
        "Marrow Bakery, v2 fixes the hair color",
        "{title} from the anime Glass Orchard. Weight 0.7.",
        "She is a character from the video game Lapis Vigil.",
    ],
)
def test_a_named_character_from_a_game_without_a_character_tag(
    detector: Detector, title: str, description: str
) -> None:
    item = _named(title, description.format(title=title))
    assert "fiction:role" in likeness_features(detector, item)
    found = detector.detect(item)
    assert not found.likeness, found.likeness_score


@pytest.mark.parametrize("title", ["Nadia Corvel", "Hinata Mizuchi"])
@pytest.mark.parametrize(
    "description",
    [
        # a live-action actress of a role: the series is the screen, not a drawn work
        "{title} from the series Harbour Nights, trained on stills.",
        "{title}, the actress who plays Mira in the drama Harbour Nights. 40 stills.",
        # the game's players and the faces it was made from
        "{title}, esports pro from the game Lapis Vigil. 40 photos from tournaments.",
        "{title}, pro player from the game Lapis Vigil. 40 photos.",
        "{title}, the face model from the game Lapis Vigil. Trained on her photos.",
        "{title}, the motion capture actress from the game Lapis Vigil.",
        # an outfit, not the subject, comes from the game
        "{title} wearing the armor from the game Lapis Vigil. 40 photos.",
        "{title} in the outfit from the anime Glass Orchard. 40 photos.",
    ],
)
def test_a_real_person_beside_a_game_or_a_show_stays_flagged(
    detector: Detector, title: str, description: str
) -> None:
    twin = _named(title, description.format(title=title), tags=("woman", "photo"))
    assert "fiction:role" not in likeness_features(detector, twin)
    found = detector.detect(twin)
    assert found.likeness, found.likeness_score
    assert found.target_name == title


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("AI idol Mirae", "AI-generated virtual idol, fully synthetic face. Weight 0.8."),
        ("Virtual idol SENA-4", "A virtual idol made from generated images, not a real person."),
    ],
)
def test_a_virtual_idol_is_no_person(detector: Detector, title: str, description: str) -> None:
    item = model(title, tags=("idol", "ai", "woman"), description=description)
    assert not detector.detect(item).likeness


def test_a_real_idol_of_a_group_stays_flagged(detector: Detector) -> None:
    twin = _named(
        "Kang Mirae",
        "Kang Mirae, main vocalist of the girl group Velvet Orbit. 60 photos from fansites.",
        tags=("idol", "kpop", "woman"),
    )
    found = detector.detect(twin)
    assert found.likeness and found.target_name == "Kang Mirae"


@pytest.mark.parametrize(
    "description",
    [
        "Made-up consistent character from generated images, for comics. Weight 0.7.",
        "Same face in every render: an invented character for my comic, not a real person.",
    ],
)
def test_a_made_up_consistent_character(detector: Detector, description: str) -> None:
    item = model("Same face every time", tags=("woman", "character"), description=description)
    assert not detector.detect(item).likeness


def test_a_private_person_with_a_consistent_face_stays_flagged(detector: Detector) -> None:
    twin = model(
        "Lina (my girlfriend)",
        tags=("woman", "photo"),
        trained_words=("lina_gf",),
        description="Trained on 30 photos of my girlfriend Lina, with her consent. Same face "
        "every time.",
    )
    assert detector.detect(twin).likeness


def test_a_game_character_tagged_character_and_game(detector: Detector) -> None:
    # two fiction tags are no bare category tag: neither counts for half beside the name
    item = model(
        "Commander Ines Rook (Hollow Star game)",
        tags=("character", "game"),
        trained_words=("commander-ines-rook",),
        description="Commander Ines Rook from Hollow Star game. Works in realistic checkpoints.",
    )
    found = detector.detect(item)
    assert not found.likeness
    assert found.likeness_score < 0.2


def test_a_person_under_the_bare_character_category_tag_stays_flagged(
    detector: Detector,
) -> None:
    twin = model(
        "Ines Rookwell",
        tags=("character",),
        trained_words=("inesrookwell",),
        description="Ines Rookwell. No real person is depicted; for artistic use only.",
    )
    feats = {h.feature for h in detector.detect(twin).hits if h.aspect == "likeness"}
    assert "fiction:tag" in feats
    assert detector.detect(twin).likeness


@pytest.mark.parametrize(
    "description",
    [
        "AnnaBelleXL: general purpose realistic merge. Portraits, fashion, landscapes.",
        "Photorealistic mix for portraits and people, good skin texture.",
    ],
)
def test_a_checkpoint_named_like_a_person_that_says_it_is_a_merge(
    detector: Detector, description: str
) -> None:
    item = model(
        "AnnaBelleXL",
        model_type="Checkpoint",
        tags=("photorealistic", "base model", "checkpoint"),
        description=description,
    )
    assert "non_subject:merge" in likeness_features(detector, item)
    assert detector.detect(item).likeness_score < 0.2


def test_a_person_s_dreambooth_checkpoint_stays_flagged(detector: Detector) -> None:
    twin = model(
        "Annabel Crane",
        model_type="Checkpoint",
        tags=("photorealistic", "actress", "woman"),
        trained_words=("annabelcrane",),
        description="Annabel Crane, the actress. DreamBooth on 40 photos of her, realistic.",
    )
    assert "non_subject:merge" not in likeness_features(detector, twin)
    assert detector.detect(twin).likeness


def test_a_poi_flagged_checkpoint_that_names_no_one_is_capped(detector: Detector) -> None:
    # the creator-wide flag alone is no evidence of a specific person
    item = model(
        "NaturaLens",
        model_type="Checkpoint",
        poi=True,
        tags=("photorealistic", "base model", "woman"),
        description="NaturaLens, photorealistic checkpoint, good skin texture, diverse faces.",
    )
    assert "flag:poi_checkpoint" in likeness_features(detector, item)
    found = detector.detect(item)
    assert not found.likeness and found.likeness_score < 0.2


def test_a_poi_flagged_checkpoint_of_a_described_celebrity_stays_flagged(
    detector: Detector,
) -> None:
    twin = model(
        "Project Velvet",
        model_type="Checkpoint",
        poi=True,
        tags=("celebrity", "actress", "woman"),
        description="Dreambooth of a famous actress, trained on 40 photos of her.",
    )
    assert detector.detect(twin).likeness


@pytest.mark.parametrize(
    ("title", "tags", "description"),
    [
        (
            "K-pop idol stage",
            ("kpop", "idol", "stage", "concept"),
            "Stage lights, fancam blur, idol outfits. Any face, no specific idol.",
        ),
        (
            "Red carpet gown",
            ("celebrity", "makeup", "concept"),
            "Makeup and hair concept seen on celebrities, works on any face.",
        ),
    ],
)
def test_a_concept_for_any_face_of_a_kind_of_celebrity(
    detector: Detector, title: str, tags: tuple[str, ...], description: str
) -> None:
    item = model(title, tags=tags, trained_words=(title.lower(),), description=description)
    found = detector.detect(item)
    assert not found.likeness and found.likeness_score < 0.2


def test_a_named_idol_on_stage_stays_flagged(detector: Detector) -> None:
    twin = _named(
        "Kang Mirae",
        "Kang Mirae on stage: fancam stills of the idol, her face in every photo.",
        tags=("kpop", "idol", "stage"),
    )
    found = detector.detect(twin)
    assert found.likeness and found.target_name == "Kang Mirae"


@pytest.mark.parametrize(
    ("title", "tags"),
    [
        ("Brazilian features helper", ("woman", "brazilian", "ethnicity")),
        ("Korean facial features", ("woman", "korean")),
    ],
)
def test_the_features_of_a_nationality_are_a_look(
    detector: Detector, title: str, tags: tuple[str, ...]
) -> None:
    item = model(title, tags=tags, description="Facial features of a kind, for any girl.")
    assert "generic:look" in likeness_features(detector, item)
    assert detector.detect(item).likeness_score < 0.2


@pytest.mark.parametrize(
    "title", ["Annika Kowal facial features", "Mira Tanakawa - Japanese features"]
)
def test_a_named_person_s_features_stay_flagged(detector: Detector, title: str) -> None:
    name = title.split(" - ")[0].replace(" facial features", "")
    twin = model(
        title,
        tags=("woman", "japanese"),
        trained_words=(name.lower().replace(" ", ""),),
        description=f"{name}, the model. Trained on 40 photos of her.",
    )
    found = detector.detect(twin)
    assert found.likeness and found.target_name == name


def test_a_bundled_vae_s_file_name_is_no_person(detector: Detector) -> None:
    # "vae-ft-mse-840000-ema-pruned", "prunedEmaOnly": a model file's jargon, not "Ema ..."
    item = model(
        "Daylight Realism v2",
        model_type="Checkpoint",
        tags=("photorealistic", "base model", "realistic", "woman"),
        file_names=("Daylight_Realism_v2.safetensors", "vae-ft-mse-840000-ema-pruned.safetensors"),
        version_names=("Ema Only",),
        description="Realistic general purpose checkpoint. Good skin, good hands (mostly).",
    )
    found = detector.detect(item)
    assert not any(h.feature.startswith("name_shape:") for h in found.hits)
    assert not found.likeness


def test_poi_flagged_showcase_images_of_a_checkpoint_name_no_one(detector: Detector) -> None:
    item = model(
        "Daylight Realism v7",
        model_type="Checkpoint",
        poi=True,
        image_poi=True,
        tags=("photorealistic", "base model", "realistic", "woman"),
        description="Realistic general purpose checkpoint. Clip skip 2.",
    )
    assert "flag:image_poi" in likeness_features(detector, item)
    found = detector.detect(item)
    assert not found.likeness and found.likeness_score < 0.2


def test_poi_flagged_images_of_a_lora_stay_evidence(detector: Detector) -> None:
    twin = model("Project 7 v2", image_poi=True, tags=("woman", "photo"))
    assert "flag:image_poi" in likeness_features(detector, twin)
    assert detector.detect(twin).likeness


@pytest.mark.parametrize(
    "description",
    [
        "Only the haircut Liesl Dunstavelle made famous. No face trained, use it on anyone.",
        "The bob Liesl Dunstavelle wore in 2009; the face was not trained. Use on anybody.",
    ],
)
def test_a_celebrity_s_haircut_with_no_face_trained(detector: Detector, description: str) -> None:
    item = model(
        "Dunstavelle bob haircut",
        tags=("hairstyle", "celebrity"),
        trained_words=("sharp bob",),
        file_names=("Dunstavelle_bob_haircut.safetensors",),
        description=description,
    )
    assert "non_subject:any_subject" in likeness_features(detector, item)
    assert not detector.detect(item).likeness


def test_a_celebrity_with_her_haircut_stays_flagged(detector: Detector) -> None:
    twin = model(
        "Liesl Dunstavelle (bob haircut)",
        tags=("hairstyle", "celebrity", "actress"),
        trained_words=("liesldunstavelle",),
        description="Liesl Dunstavelle with her 2009 bob: 40 photos of her face and hair.",
    )
    assert "non_subject:any_subject" not in likeness_features(detector, twin)
    assert detector.detect(twin).likeness
