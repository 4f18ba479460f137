"""Issue 8, third round: how hits are weighed (invented people and works only)."""

from __future__ import annotations

import pytest

from dfaudit.detect.combiner import person_evidence
from dfaudit.detect.engine import Detector

from .conftest import likeness_features, model

# these tests ask whether a cue says a gender: without the catalog prior
pytestmark = pytest.mark.usefixtures("no_gender_prior")

# Kinds of face, looks and celebrity-as-a-scene: tagged like real-person models, never one.
NOT_ONE_PERSON = [
    model("Korean Doll Likeness v2", tags=("woman", "korean", "celebrity")),
    model("Japanese Doll Likeness", tags=("girl", "japanese", "photorealistic")),
    model("Thai girl look", tags=("woman", "ethnicity", "face"), trained_words=("thaigirllook",)),
    model(
        "Eastern Beauty Realistic",
        model_type="Checkpoint",
        tags=("photorealistic", "asian", "celebrity"),
    ),
    model(
        "Paparazzi photo (celebrity candid)",
        tags=("celebrity", "paparazzi", "photo"),
        description="Paparazzi photo (celebrity candid). Works with any realistic checkpoint.",
    ),
    model(
        "Red carpet glamour",
        tags=("celebrity", "red carpet"),
        description="Make anyone look like a celebrity at a premiere.",
    ),
    model("Famous people on magazine covers", tags=("celebrity", "magazine")),
    model("Celebrity Look", tags=("celebrity", "woman"), description="A glamorous celebrity look."),
    model(
        "Beautiful Korean Girl",
        tags=("woman", "face", "celebrity"),
        trained_words=("beautifulkor",),
        description="a photo of beautifulkor, portrait",
    ),
]


@pytest.mark.parametrize("record", NOT_ONE_PERSON, ids=lambda r: r.name)
def test_a_kind_of_face_or_a_celebrity_scene_is_not_flagged(
    detector: Detector, record: object
) -> None:
    assert not detector.detect(record).likeness  # type: ignore[arg-type]


def test_tags_alone_are_evidence_until_a_look_or_scene_denies_a_person() -> None:
    assert person_evidence({"tag:explicit": 1.0, "prior:lora": 1.0})
    assert not person_evidence({"tag:explicit": 1.0, "generic:look": -0.5})
    assert not person_evidence({"tag:explicit": 1.0, "non_subject:celebrity_concept": -0.3})
    # a name is specific evidence whatever the look words say
    assert person_evidence({"name_shape:name:pair": 1.0, "generic:look": -0.5})
    # the name/negative discount is never evidence by itself
    assert not person_evidence({"conflict:name_negative": 0.5, "generic:look": -0.5})


def test_red_carpet_photos_of_a_named_person_stay_likeness(detector: Detector) -> None:
    record = model(
        "Marisol Quenby",
        tags=("woman",),
        description="Marisol Quenby (fashion model)\nMostly red carpet and candid photos.",
    )
    finding = detector.detect(record)
    assert finding.likeness
    assert "non_subject:celebrity_concept" not in likeness_features(detector, record)


def test_face_alone_in_the_name_is_no_look(detector: Detector) -> None:
    feats = likeness_features(detector, model("Face model 07", tags=("celebrity",)))
    assert "generic:name" in feats and "generic:look" not in feats
    assert "generic:look" in likeness_features(detector, model("Nordic doll likeness"))


def test_a_totally_fictional_character_is_a_disclaimer(detector: Detector) -> None:
    record = model(
        "Velma Orskaya",
        tags=("actress", "woman"),
        description="She might look like someone real, but she is a totally fictional character.",
    )
    feats = likeness_features(detector, record)
    assert "generic:disclaimer" in feats and "generic:not_real" not in feats
    assert detector.detect(record).likeness


@pytest.mark.parametrize(
    ("name", "description", "actor"),
    [
        (
            "Captain Idris Vale (Tomasz Brennick) - Legend of the Copper Gate",
            "Captain Idris Vale from the drama Legend of the Copper Gate.",
            "Tomasz Brennick",
        ),
        (
            "Lady Amsel (Harrow Point)",
            "Lady Amsel from the TV series Harrow Point.\nPlayed by Quillan Ashdown-Vey.",
            "Quillan Ashdown-Vey",
        ),
        (
            "Officer Renn (Glass Lantern)",
            "Officer Renn from the film Glass Lantern.\nActor: Dariela Montferro",
            "Dariela Montferro",
        ),
    ],
)
def test_the_actor_of_a_live_action_role_is_the_target(
    detector: Detector, name: str, description: str, actor: str
) -> None:
    record = model(name, tags=("character", "tv series", "realistic"), description=description)
    finding = detector.detect(record)
    assert finding.likeness
    assert finding.target_name == actor


def test_a_title_after_the_dash_is_not_the_actor(detector: Detector) -> None:
    record = model(
        "Captain Idris Vale - Legend of the Jade Harbor",
        tags=("character", "tv series", "realistic"),
        description="Captain Idris Vale from the drama Legend of the Jade Harbor.",
    )
    assert detector.detect(record).target_name != "Jade Harbor"


@pytest.mark.parametrize(
    "record",
    [
        model(
            "Face LoRA #12",
            tags=("woman", "photo"),
            description="Use a low weight.\nSubject: Orla Penhallow\nImages: 40",
        ),
        model(
            "Model 7",
            tags=("women",),
            description="Hires fix 1.5x.\nBrenna Tavistock (model) - finally got the face right!",
        ),
        model("VESPRELLA | DJ lora", tags=("female", "dj"), description="Vesprella is a DJ."),
        model("ZANTHIA | pop star lora", tags=("girl", "pop star")),
        model(
            "Tobin face lora", tags=("man",), description="Tobin, private model, he is a friend."
        ),
        model("commission-client-s-wife", tags=("woman", "person")),
        model(
            "Mix of Orla Penhallow x Brenna Tavistock",
            tags=("woman", "blend", "mix"),
            description="A blend of two faces, 0.5 each.",
        ),
    ],
    ids=lambda r: r.name,
)
def test_a_named_or_described_subject_is_likeness(detector: Detector, record: object) -> None:
    assert detector.detect(record).likeness  # type: ignore[arg-type]


def test_a_label_line_names_the_target_but_a_checkpoint_label_does_not(
    detector: Detector,
) -> None:
    labelled = model("Face LoRA #12", description="Subject: Orla Penhallow\nImages: 40")
    assert detector.detect(labelled).target_name == "Orla Penhallow"
    tool = model("Portrait helper", description="Model: Realistic Vision\nSubject: portraits")
    assert "subject:labelled_name" not in likeness_features(detector, tool)


def test_a_name_shaped_place_casts_no_gender_vote(detector: Detector) -> None:
    record = model(
        "Zanthia (singer)",
        tags=("singer", "photorealistic"),
        description="Zanthia is a singer from Santo Domingo.",
    )
    assert detector.detect(record).target_gender == "unknown"


def test_a_gendered_script_tag_outweighs_a_script_name_guess(detector: Detector) -> None:
    record = model("司马书宁 LoRA", tags=("美女", "女明星", "chinese"))
    finding = detector.detect(record)
    assert any(h.value == "male" for h in finding.hits if h.aspect == "gender")  # the guess
    assert finding.target_gender == "female"


@pytest.mark.parametrize(
    "record",
    [
        model("Orla Penhallow cute cute", tags=("woman", "cute", "celebrity")),
        model("Subject 4", tags=("men",), description="This one is Emrys Talgarth, he was on tv."),
        model(
            "Likeness test",
            tags=("woman",),
            description="dataset: 40 hand-picked photos of Brenna Tavistock (actor)",
        ),
        model(
            "Sage Wrenfield - AI girl v2",
            tags=("woman",),
            description="All images are AI generated.\n(inspired by the comedian Sage Wrenfield)",
        ),
    ],
    ids=lambda r: r.name,
)
def test_a_person_with_a_look_or_named_in_a_sentence_is_likeness(
    detector: Detector, record: object
) -> None:
    assert detector.detect(record).likeness  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "record",
    [
        model(
            "Instagram filter",
            tags=("instagram", "photography", "filter"),
            description="makes any photo look like an instagram filter was applied",
        ),
        model("Watercolor style", description="Photos of Paris streets in watercolor."),
    ],
    ids=lambda r: r.name,
)
def test_a_platform_look_or_a_place_is_no_subject(detector: Detector, record: object) -> None:
    assert not detector.detect(record).likeness  # type: ignore[arg-type]


def test_a_booru_prompt_with_a_drawn_medium_is_fiction(detector: Detector) -> None:
    record = model("Lirea Vantis", trained_words=("lirea vantis, 1girl, anime",))
    assert "fiction:booru_trigger" in likeness_features(detector, record)


def test_a_bracketed_look_is_no_art_style(detector: Detector) -> None:
    feats = likeness_features(detector, model("Orla Penhallow (kawaii style)"))
    assert "non_subject:style_name" not in feats
    assert "non_subject:style_name" in likeness_features(detector, model("Penhallow Style"))


def test_the_maker_introducing_himself_names_no_subject(detector: Detector) -> None:
    record = model("Pillow concept", description="Hello!\nThis is Tobin Arvale speaking, enjoy.")
    assert "subject:labelled_name" not in likeness_features(detector, record)


@pytest.mark.parametrize(
    ("name", "description", "actor"),
    [
        (
            "Lady Orsolya / Brenna Tavistock",
            "Lady Orsolya as played in the drama Glass Lantern.",
            "Brenna Tavistock",
        ),
        (
            "Lady Orsolya - Ashen Harbor [HBO-style series] (Quillan Ashvey)",
            "Lady Orsolya as played in the HBO-style series Ashen Harbor.",
            "Quillan Ashvey",
        ),
    ],
)
def test_a_role_and_its_actor_in_the_name(
    detector: Detector, name: str, description: str, actor: str
) -> None:
    record = model(name, tags=("character", "film", "woman"), description=description)
    finding = detector.detect(record)
    assert finding.likeness
    assert finding.target_name == actor
    assert "non_subject:style_name" not in likeness_features(detector, record)
