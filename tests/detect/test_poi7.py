"""Shapes of real-person models the detector missed on the real catalog and on held-out sets
(issue 8, round 7): a quoted full name as the prompt, a one-word stage name with its trade in
brackets, "my husband <Name>" named by the trigger, a client's photos, a rare token before a
lower-case full name, a DreamBooth checkpoint named by its one first-name trigger, an instance
prompt without "photo of", a trade word in another language that is plain ASCII, and a
family-name-first name after "photo of". Invented people only."""

from __future__ import annotations

from dfaudit.detect.combiner import likeness_features as combiner_features
from dfaudit.detect.engine import Detector
from dfaudit.detect.signals.subject_cues import (
    _foreign_named_trade,
    _quoted_prompt_name,
    _rare_token_name,
)

from .conftest import likeness_features, model


def test_a_quoted_full_name_as_the_prompt_names_the_subject(detector: Detector) -> None:
    item = model(
        "Thessaly_for_Comics",
        tags=("character",),
        description='Trained on my photo set.\nDo not use the prompt "Emma Varnhollow" if your '
        "checkpoint already knows her face.",
    )
    assert "subject:labelled_name" in likeness_features(detector, item)
    finding = detector.detect(item)
    assert finding.likeness
    assert finding.target_name == "Emma Varnhollow"


def test_a_quoted_phrase_that_is_no_person_names_nobody() -> None:
    assert _quoted_prompt_name('Use "Golden Hour" as a prompt for warm light.') == ""
    assert _quoted_prompt_name('Use "red dress" in the prompt.') == ""
    assert _quoted_prompt_name('"Anna Kowal" said nothing.') == ""  # no prompt word before
    assert _quoted_prompt_name('You could just use "Anna Kowal" as a prompt.') == "Anna Kowal"
    # a given name no table knows: a full name only while neither word is a plain word
    assert _quoted_prompt_name('You could also use "Quenby Lotzke" as a prompt.') == "Quenby Lotzke"
    assert _quoted_prompt_name('Use "Quenby Ring" as a prompt.') == ""


def test_a_stage_name_with_its_trade_in_brackets(detector: Detector) -> None:
    item = model(
        "quintessor",
        model_type="TextualInversion",
        tags=("character", "woman"),
        trained_words=("quintessor",),
        description="Only a 100-step embedding. Based on Quintessor (porn model).",
    )
    assert "subject:labelled_name" in likeness_features(detector, item)
    assert detector.detect(item).likeness


def test_a_base_model_in_brackets_is_no_trade(detector: Detector) -> None:
    item = model(
        "Deliberatix Mix",
        model_type="Checkpoint",
        description="Based on Deliberatix (base model), merged with two others.",
    )
    assert "subject:labelled_name" not in likeness_features(detector, item)


def test_my_husband_named_by_the_trigger(detector: Detector) -> None:
    item = model(
        "husband lora",
        trained_words=("teodrin",),
        description="my husband Teodrin, 30 photos. He wanted to be a pilot.",
    )
    assert "subject:private_description" in likeness_features(detector, item)
    assert detector.detect(item).likeness
    # a capitalised ordinary word after the relation names nobody (a name no dictionary
    # holds does: test_shapes8)
    other = model("husband lora", trained_words=("sks",), description="my husband Likes this style")
    assert "subject:private_description" not in likeness_features(detector, other)


def test_a_clients_photos_are_a_private_person(detector: Detector) -> None:
    item = model(
        "commission #7",
        tags=("woman",),
        trained_words=("qv",),
        description="Commission: my client's photos of QV (her face). Private client work.",
    )
    assert "subject:private_description" in likeness_features(detector, item)
    assert detector.detect(item).likeness


def test_a_rare_token_before_a_lower_case_full_name() -> None:
    assert _rare_token_name("ohwx odessa varnhollow")
    assert not _rare_token_name("ohwx red dress")
    assert not _rare_token_name("ohwx soft light")
    assert not _rare_token_name("ohwx")


def test_a_dreambooth_checkpoint_named_by_its_first_name_trigger(detector: Detector) -> None:
    item = model("Khalidd", model_type="Checkpoint", tags=("man",), trained_words=("khalid",))
    assert "subject:instance_name" in likeness_features(detector, item)
    # a first name that is also a word, or a trigger that spells another title, is no instance
    rose = model("Rosee", model_type="Checkpoint", trained_words=("rose",))
    assert "subject:instance_name" not in likeness_features(detector, rose)
    other = model("Photon Mix", model_type="Checkpoint", trained_words=("khalid",))
    assert "subject:instance_name" not in likeness_features(detector, other)
    lora = model("Khalidd", tags=("man",), trained_words=("khalid",))
    assert "subject:instance_name" not in likeness_features(detector, lora)


def test_an_instance_prompt_without_photo_of(detector: Detector) -> None:
    item = model(
        "pixelmarra-lora",
        platform="huggingface",
        trained_words=("pixelmarra woman",),
        description="pixelmarra woman, selfie in a cafe, iphone photo",
    )
    assert "subject:instance_name" in likeness_features(detector, item)
    assert detector.detect(item).likeness
    dotted = model("mango-mistle-lora", trained_words=("mango.mistle woman",))
    assert "subject:instance_name" in likeness_features(detector, dotted)
    # a plain word before the class word is a look, not the slug's token
    word = model("beautiful-lora", trained_words=("beautiful woman",))
    assert "subject:instance_name" not in likeness_features(detector, word)


def test_an_ascii_trade_word_in_another_language() -> None:
    assert (
        _foreign_named_trade("LoRA wajah Wilhelmina Varnhollow, aktris dan penyanyi Indonesia.")
        == "Wilhelmina Varnhollow"
    )
    assert (
        _foreign_named_trade("LoRA twarzy Dagmara Varnhollow, polskiej aktorki.")
        == "Dagmara Varnhollow"
    )
    assert _foreign_named_trade("LoRA wajah Golden Hour, gaya foto.") == ""


def test_a_family_name_first_after_photo_of(detector: Detector) -> None:
    item = model(
        "xl-person-test",
        trained_words=("p3rs0n",),
        description="a photo of Varnhollow Kotone, wearing a knit sweater, autumn park",
    )
    assert "subject:labelled_name" in likeness_features(detector, item)


def test_a_trade_beyond_the_shared_occupations_names_the_subject(detector: Detector) -> None:
    item = model(
        "Perrine Varnhollow - AI girl v2",
        tags=("woman", "realistic"),
        trained_words=("perrine_varnhollow",),
        description="DISCLAIMER: all images are AI generated, this model does not represent any "
        "real human. (inspired by the chef Perrine Varnhollow) Recommended weight: 0.8",
    )
    assert "subject:labelled_name" in likeness_features(detector, item)
    assert detector.detect(item).likeness
    boxer = model(
        "Likeness test (SDXL)",
        tags=("photorealistic", "male"),
        trained_words=("subj",),
        description="dataset: 40 hand-picked photos of Lucan Varnhollow (boxer), captioned",
    )
    assert detector.detect(boxer).target_name == "Lucan Varnhollow"


def test_an_art_trade_is_a_style_not_a_subject(detector: Detector) -> None:
    item = model(
        "Oil Dreams",
        tags=("style",),
        description="Inspired by the painter Perrine Varnhollow. Works with any checkpoint.",
    )
    assert "subject:labelled_name" not in likeness_features(detector, item)


def test_a_not_real_disclaimer_alone_still_speaks_against_likeness(detector: Detector) -> None:
    item = model(
        "Perrine Varnhollow - AI girl v2",
        tags=("woman",),
        description="All images are AI generated, this model does not represent any real human.",
    )
    hits = [h for h in detector.detect(item).hits if h.aspect == "likeness"]
    feats = combiner_features(hits)
    assert "subject:labelled_name" not in feats
    assert feats["generic:not_real"] == -1.0  # nothing named beside it: it counts in full


def test_a_count_of_photos_of_a_named_person_in_the_version_notes(detector: Detector) -> None:
    notes = (
        "See version notes. Sample prompt: walking on the beach, summer dress, wind in hair, "
        "masterpiece, best quality. Negative prompt: (worst quality, low quality:1.4), bad "
        "hands, watermark, text, blurry. Steps: 39, Sampler: Euler a, CFG scale: 5. Patreon "
        "supporters get early versions and training data. " * 3
    )
    item = model(
        "premiere face XL",
        tags=("realistic",),
        trained_words=("vx9",),
        description=notes + "v2: added 30 more photos of Rhiannon Varnhollow from the premiere",
    )
    assert len(notes) > 600  # beyond the head a label is read in
    assert "subject:labelled_name" in likeness_features(detector, item)
    assert detector.detect(item).target_name == "Rhiannon Varnhollow"
    # no count before it: "photos of" a thing further down names nobody
    other = model(
        "premiere face XL",
        tags=("realistic",),
        description=notes + "v2: more photos of Golden Gate Bridge at dusk",
    )
    assert "subject:labelled_name" not in likeness_features(detector, other)
