"""False flags of real catalogs cut by what a model *is* (issue 8): a face model that says it
was trained on no one, a checkpoint that makes a kind of people, a drawn work named in the
title's brackets, a drawn base checkpoint recommended by name, a merge's recipe, a description
made of concept words only. Each negative has a twin that names a person and stays flagged
(invented people only)."""

from __future__ import annotations

from dfaudit.detect.engine import Detector
from dfaudit.detect.signals.non_subject import concept_description

from .conftest import likeness_features, model


def test_a_face_model_trained_on_no_one(detector: Detector) -> None:
    item = model(
        "Glamour Face",
        tags=("celebrity", "face"),
        description="Improves faces. Not trained on any particular person.",
    )
    assert "generic:not_real" in likeness_features(detector, item)
    assert not detector.detect(item).likeness
    twin = model(
        "Odessa Varnhollow face",
        tags=("celebrity", "face"),
        trained_words=("odessa varnhollow",),
        description="Improves faces. Trained on photos of Odessa Varnhollow.",
    )
    assert "generic:not_real" not in likeness_features(detector, twin)
    assert detector.detect(twin).likeness


def test_a_checkpoint_that_makes_a_kind_of_people(detector: Detector) -> None:
    item = model(
        "Pelican",
        model_type="Checkpoint",
        description="Generate beautiful Nordic girls, NSFW. Popular on Instagram.",
    )
    assert "generic:look" in likeness_features(detector, item)
    assert not detector.detect(item).likeness
    twin = model(
        "Odessa Varnhollow",
        trained_words=("odessa varnhollow",),
        tags=("woman", "instagram model"),
        description="Generates photos of Odessa Varnhollow, the Instagram model.",
    )
    assert "generic:look" not in likeness_features(detector, twin)
    assert detector.detect(twin).likeness


def test_a_drawn_work_named_in_the_title_brackets(detector: Detector) -> None:
    item = model(
        "Corra Vellmont (Ashen Tide comic)",
        tags=("character", "comics"),
        trained_words=("corra vellmont",),
        description="Corra Vellmont, drawn character. Comic style.",
    )
    feats = likeness_features(detector, item)
    assert {"fiction:name", "fiction:role"} <= feats
    assert not detector.detect(item).likeness
    twin = model(
        "Corra Vellmont (Ashen Tide series)",
        tags=("character", "tv series"),
        trained_words=("corra vellmont",),
        description="Corra Vellmont as she appears in the live-action show, played by Odessa "
        "Varnhollow.",
    )
    assert "fiction:name" not in likeness_features(detector, twin)
    assert detector.detect(twin).likeness


def test_a_drawn_base_checkpoint_named_on_the_page(detector: Detector) -> None:
    item = model(
        "Summer Arc HinataKozue",
        trained_words=("hinatakozue", "(purple eyes:0.7)"),
        description="Anything4.5 works well. Weight 0.7-0.8. Please leave a review!",
    )
    assert "fiction:anime_base" in likeness_features(detector, item)
    # the same page recommending a realistic base says nothing
    twin = model(
        "Odessa Varnhollow",
        trained_words=("odessavarnhollow",),
        description="Works with Anything4.5 and chilloutmix. Weight 0.7-0.8. Photos of Odessa "
        "Varnhollow.",
    )
    assert "fiction:anime_base" not in likeness_features(detector, twin)
    assert detector.detect(twin).likeness


def test_a_merge_recipe_says_the_checkpoint_is_a_merge(detector: Detector) -> None:
    item = model(
        "GlowFusion 3",
        model_type="Checkpoint",
        tags=("photorealistic",),
        description="Recipe: GlowBase 0.6 + SkinReal 0.4 (add difference). Baked VAE.",
    )
    assert "non_subject:merge" in likeness_features(detector, item)
    assert not detector.detect(item).likeness
    twin = model(
        "Odessa Varnhollow",
        model_type="Checkpoint",
        tags=("photorealistic", "woman", "celebrity"),
        trained_words=("odessa varnhollow",),
        description="Dreambooth of Odessa Varnhollow, 2000 steps on 40 photos of her.",
    )
    assert "non_subject:merge" not in likeness_features(detector, twin)
    assert detector.detect(twin).likeness


def test_a_description_of_concept_words_only() -> None:
    assert concept_description("chinese style, ancient costume, hanfu")
    assert not concept_description("odessa varnhollow, red dress")
    assert not concept_description("red dress, varnhollow")
    assert not concept_description("ancient costume")  # one piece: the title's reading decides
    assert not concept_description("chinese style, ancient costume, " + "hanfu, " * 20)


def test_a_concept_description_beside_a_name(detector: Detector) -> None:
    item = model(
        "Guofeng",
        tags=("character", "woman", "photorealistic"),
        trained_words=("1girl",),
        description="Chinese style, ancient costume, hanfu",
    )
    assert "non_subject:concept_name" in likeness_features(detector, item)
    assert not detector.detect(item).likeness
    twin = model(
        "Odessa Varnhollow",
        tags=("character", "woman", "photorealistic"),
        trained_words=("odessa varnhollow",),
        description="Odessa Varnhollow, red dress",
    )
    assert "non_subject:concept_name" not in likeness_features(detector, twin)
    assert detector.detect(twin).likeness


def test_one_token_on_a_man_and_a_woman_is_no_face(detector: Detector) -> None:
    item = model(
        "Lacequeen Perm",
        model_type="Checkpoint",
        trained_words=("sks man ", "sks woman ", "lacequeen style"),
        description="This is a merger of my lace model and an old one.",
    )
    feats = likeness_features(detector, item)
    assert {"non_subject:any_subject", "non_subject:merge"} <= feats
    assert not detector.detect(item).likeness
    twin = model(
        "Odessa Varnhollow",
        model_type="Checkpoint",
        trained_words=("sks woman",),
        description="Dreambooth of Odessa Varnhollow, the singer.",
    )
    assert "non_subject:any_subject" not in likeness_features(detector, twin)
    assert detector.detect(twin).likeness


def test_a_platform_kind_of_people_in_the_plural(detector: Detector) -> None:
    item = model(
        "SoftCurves - curvy Instagram models.",
        model_type="Checkpoint",
        trained_words=("curvy thighs", "women", "legs"),
        description="Support me on Patreon.",
    )
    assert "generic:look" in likeness_features(detector, item)
    assert not detector.detect(item).likeness
    twin = model(
        "Odessa Varnhollow - curvy Instagram model",
        trained_words=("odessa varnhollow",),
        tags=("instagram model", "woman"),
    )
    assert "generic:look" not in likeness_features(detector, twin)
    assert detector.detect(twin).likeness


def test_a_title_that_names_a_photographic_process(detector: Detector) -> None:
    item = model(
        "Kestrelwing Color Grading Negative Embeddings for Scene Enhancement",
        model_type="TextualInversion",
        trained_words=("neg_Grade768-Warm", "neg_Grade768-Cool"),
        tags=("photorealistic", "photography"),
    )
    assert "non_subject:style_name" in likeness_features(detector, item)
    assert not detector.detect(item).likeness
    twin = model(
        "Odessa Varnhollow embedding",
        model_type="TextualInversion",
        trained_words=("odessavarnhollow",),
        tags=("photorealistic", "celebrity"),
    )
    assert "non_subject:style_name" not in likeness_features(detector, twin)
    assert detector.detect(twin).likeness


def test_a_page_that_says_the_face_only_looks_like_someone(detector: Detector) -> None:
    item = model(
        "Mireiko",
        tags=("japanese", "real_photo", "japanese girl"),
        description="This model is fictional character. It may look like someone you know in "
        "real life but it is not.",
    )
    assert "generic:not_real" in likeness_features(detector, item)
    assert not detector.detect(item).likeness
    twin = model(
        "Odessa Varnhollow",
        tags=("japanese", "real_photo", "japanese girl"),
        trained_words=("odessa varnhollow",),
        description="This model is fictional character.",
    )
    assert "generic:not_real" not in likeness_features(detector, twin)
    assert detector.detect(twin).likeness


def test_a_trained_checkpoint_that_says_it_is_no_merge(detector: Detector) -> None:
    item = model(
        "Odessa Varnhollow Model",
        model_type="Checkpoint",
        trained_words=("OdessaV", "photo of OdessaV woman"),
        description="A full checkpoint of Odessa Varnhollow. This is the base form without "
        "merging; the resulting merge with other models is on my page.",
    )
    assert "non_subject:merge" not in likeness_features(detector, item)
    assert detector.detect(item).likeness


def test_a_character_made_for_anime_checkpoints(detector: Detector) -> None:
    item = model(
        "Suzune Kamiori",
        tags=("girl",),
        trained_words=("suzunekamiori",),
        description="Suzune Kamiori (Starfall Etude). works with anime checkpoints",
    )
    assert "fiction:anime_base" in likeness_features(detector, item)
    assert not detector.detect(item).likeness
    twin = model(
        "Suzune Kamiori",
        tags=("girl", "actress"),
        trained_words=("suzunekamiori",),
        description="Suzune Kamiori, Japanese actress. Works with anime checkpoints and "
        "realistic ones; trained on her photos.",
    )
    assert "fiction:anime_base" not in likeness_features(detector, twin)
    assert detector.detect(twin).likeness
