"""Shapes the sixth independently written set broke (issue 8): a person's stated age or birth
year in brackets after a name (Latin or script) says the page names a person, whatever youth or
look words its title carries, and an example prompt names its subject in lower case (invented
people only)."""

from __future__ import annotations

from dfaudit.detect.engine import Detector
from dfaudit.detect.lexicon import Lexicon, parse_lexicon_text
from dfaudit.detect.signals.name_shape import _described_blend
from dfaudit.detect.signals.subject_cues import _prompt_named

from .conftest import likeness_features, model


def test_a_birth_year_after_a_name_labels_the_subject(detector: Detector) -> None:
    item = model(
        "Odessa Varnhollow - cute petite",
        tags=("cute", "girl", "school uniform"),
        trained_words=("odessa varnhollow",),
        description="Odessa Varnhollow (born 1996). Young-looking style; photos from her "
        "school uniform photoshoot (she is an adult model).",
    )
    assert "subject:labelled_name" in likeness_features(detector, item)
    finding = detector.detect(item)
    assert finding.likeness
    assert not finding.minor_risk


def test_an_age_in_another_language_labels_the_subject(detector: Detector) -> None:
    item = model(
        "Odessa Varnhollow cute",
        tags=("cute", "girl", "school uniform"),
        description="Odessa Varnhollow (29 ans). Photos de son shooting.",
    )
    assert "subject:labelled_name" in likeness_features(detector, item)


def test_a_script_name_with_its_age_in_brackets(detector: Detector) -> None:
    item = model(
        "선우다봄 - cute petite",
        tags=("cute", "girl", "school uniform"),
        description="선우다봄 (27세). Young-looking style, she is an adult model.",
    )
    assert "subject:labelled_name" in likeness_features(detector, item)
    assert detector.detect(item).likeness


def test_brackets_without_an_age_are_no_label(detector: Detector) -> None:
    item = model(
        "Odessa Varnhollow cute",
        tags=("cute", "girl"),
        description="Odessa Varnhollow (version 2). Retrained.",
    )
    assert "subject:labelled_name" not in likeness_features(detector, item)


def test_a_lower_case_prompt_names_its_subject() -> None:
    assert _prompt_named("Example: photo of tamsin orlevay, walking on the beach") == (
        "Tamsin Orlevay"
    )
    # no first name, a common word, or no comma after the two words: no name
    assert _prompt_named("photo of beautiful woman, walking on the beach") == ""
    assert _prompt_named("photo of rose garden, sunset") == ""
    assert _prompt_named("photo of tamsin orlevay walking on the beach") == ""


def test_a_face_lora_whose_prompt_names_a_person_is_a_likeness(detector: Detector) -> None:
    finding = detector.detect(
        model(
            "face22",
            tags=("realistic",),
            trained_words=("face22",),
            description="Example: photo of tamsin orlevay, portrait photo, soft window light, "
            "85mm. Negative prompt: bad hands. Steps: 28",
        )
    )
    assert finding.likeness
    assert finding.target_name == "Tamsin Orlevay"


def test_a_script_name_with_an_actor_trade_in_brackets_is_the_role_s_face(
    detector: Detector,
) -> None:
    finding = detector.detect(
        model(
            "Doctor Han (Paper Lanterns) 드라마",
            tags=("character", "drama", "tv series"),
            trained_words=("doctor han",),
            description="Doctor Han from the K-drama Paper Lanterns. 드라마: 선우다봄 (여배우).",
        )
    )
    assert finding.likeness
    assert finding.target_name == "선우다봄"


def test_a_name_with_a_trade_in_another_language(detector: Detector) -> None:
    finding = detector.detect(
        model(
            "Rosto 07",
            tags=("realistic",),
            trained_words=("rst07",),
            description="Maribel Quenthorpe yüz LoRA'sı, Türk oyuncu. 40 fotoğrafla eğitildi.",
        )
    )
    assert finding.likeness
    assert finding.target_name == "Maribel Quenthorpe"
    # the same line with no trade: still the face ("yüz") of a named person
    plain = detector.detect(
        model(
            "Rosto 07",
            tags=("realistic",),
            trained_words=("rst07",),
            description="Maribel Quenthorpe yüz LoRA'sı. 40 fotoğrafla eğitildi.",
        )
    )
    assert plain.likeness
    assert plain.target_name == "Maribel Quenthorpe"
    # a capitalised phrase with no trade and no face or photos word: no subject named
    bare = detector.detect(
        model(
            "Rosto 07",
            tags=("realistic",),
            trained_words=("rst07",),
            description="Maribel Quenthorpe LoRA'sı. 40 görselle eğitildi.",
        )
    )
    assert not bare.likeness


def test_a_partner_named_by_a_first_name_is_a_private_person(detector: Detector) -> None:
    item = model(
        "husband lora",
        tags=("person",),
        trained_words=("teodor",),
        description="my husband Teodor, 30 photos. He wanted to be an astronaut.",
    )
    assert "subject:private_description" in likeness_features(detector, item)
    assert detector.detect(item).likeness
    # "my husband" beside no first name (a style made for someone) is no private person
    style = model(
        "Pastel skies",
        tags=("style",),
        description="made this for my husband because he loves pastel skies.",
    )
    assert "subject:private_description" not in likeness_features(detector, style)


def test_old_photos_of_a_relative_are_a_private_person(detector: Detector) -> None:
    item = model(
        "In memory of mom",
        tags=("woman",),
        trained_words=("sksperson",),
        description="Made from old photos of my mother. Miss you every day.",
    )
    assert "subject:private_description" in likeness_features(detector, item)
    assert detector.detect(item).likeness


def test_an_instagram_filter_with_a_word_between_is_a_look(detector: Detector) -> None:
    item = model(
        "Insta Glow Filter",
        tags=("instagram", "photo filter", "style"),
        trained_words=("instafilter",),
        description="Adds that instagram glow filter look: warm tones, soft skin.",
    )
    features = likeness_features(detector, item)
    assert "social:name_platform" not in features
    assert "social:platform_word" not in features
    assert not detector.detect(item).likeness
    # a creator named with her platform still is one
    creator = model("Lumi Varda instagram model", tags=("instagram",))
    assert "social:name_platform" in likeness_features(detector, creator)


def test_she_is_an_actor_is_a_woman(detector: Detector) -> None:
    finding = detector.detect(
        model(
            "TANTAI QINGYI | XL",
            tags=("woman", "asian"),
            trained_words=("tantai qingyi",),
            description="Tantai Qingyi (澹台清漪). She is an actor and model. 17 images.",
        )
    )
    assert finding.likeness
    assert finding.target_gender == "female"


def test_a_listed_name_as_a_hashtag_counts_as_in_the_name() -> None:
    listed = Detector(Lexicon(parse_lexicon_text('["Corvin Tallowmere"]', "poi", source="test")))
    hashtag = model(
        "famous face (real) #12",
        tags=("realistic",),
        trained_words=("ff12",),
        description="guess who 😏 #CorvinTallowmere #fyp",
    )
    features = likeness_features(listed, hashtag)
    assert "gazetteer:poi" in features
    assert listed.detect(hashtag).likeness
    # the same name in a plain sentence of the description stays the weaker description cue
    mention = model("Tallow coat", description="A coat like the one Corvin Tallowmere wore.")
    assert "gazetteer:poi:description" in likeness_features(listed, mention)


def test_a_name_shaped_title_tagged_as_a_thing_or_place_is_no_person(detector: Detector) -> None:
    car = model(
        "Mercedes Gullwing",
        tags=("vehicle", "object"),
        trained_words=("mercedes gullwing",),
        description="Mercedes Gullwing, detailed and accurate.",
    )
    assert "non_subject:thing_tag" in likeness_features(detector, car)
    assert not detector.detect(car).likeness
    place = model("Florence Rooftops", tags=("background", "city"), description="Rooftops.")
    assert not detector.detect(place).likeness
    # a person tagged with a trade beside a thing tag keeps her name
    person = model(
        "Mercedes Quillborne",
        tags=("actress", "car"),
        description="Mercedes Quillborne, the actress, in her car.",
    )
    assert "non_subject:thing_tag" not in likeness_features(detector, person)
    assert detector.detect(person).likeness


def test_what_any_subject_can_wear_is_no_person(detector: Detector) -> None:
    gown = model(
        "Gala Gown (as worn at the 2019 gala)",
        tags=("clothing", "dress", "celebrity"),
        trained_words=("gala gown",),
        description="The dress Maribel Quenthorpe wore at the gala. Only the dress is trained, "
        "no face; works on any character.",
    )
    assert "non_subject:any_subject" in likeness_features(detector, gown)
    assert not detector.detect(gown).likeness
    kit = model(
        "Harbour Town 2022 home kit",
        tags=("clothing", "sports", "jersey"),
        description="The Harbour Town football shirt and shorts. Works on any character.",
    )
    assert not detector.detect(kit).likeness


def test_a_model_made_for_anime_base_models_only_is_drawn(detector: Detector) -> None:
    drawn = model(
        "Wen Qiaolu",
        tags=("girl",),
        trained_words=("wenqiaolu",),
        description="Wen Qiaolu (Ashen Lantern Online). works with anime checkpoints",
    )
    assert "fiction:anime_base" in likeness_features(detector, drawn)
    # a page that also speaks of realistic checkpoints says nothing by it
    both = model(
        "Wen Qiaolu",
        tags=("girl",),
        description="Wen Qiaolu. Works with realistic checkpoints; also works with anime models.",
    )
    assert "fiction:anime_base" not in likeness_features(detector, both)


def test_works_with_any_model_is_about_checkpoints_not_subjects(detector: Detector) -> None:
    person = model(
        "Maribel Quenthorpe",
        tags=("actress",),
        description="Maribel Quenthorpe, Spanish actress. Works with any model, weight 0.8.",
    )
    assert "non_subject:any_subject" not in likeness_features(detector, person)
    assert detector.detect(person).likeness


def test_a_blend_of_two_people_sharing_a_first_name(detector: Detector) -> None:
    finding = detector.detect(
        model(
            "Marisol x Marisol blend",
            tags=("blend", "woman"),
            trained_words=("blendface",),
            description="A 50/50 blend of Marisol Ibbomont and Marisol Cormecroft. Both "
            "actresses, merged with the LoRA merge script.",
        )
    )
    assert finding.likeness
    # the same person twice is no blend of two
    assert _described_blend("A blend of Marisol Ibbomont and Marisol Ibbomont.") == []
