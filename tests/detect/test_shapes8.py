"""Shapes the eighth independently written set's dev part broke (issue 8): a title whose words
are set apart by emoji, and a person named only by the network call of a pasted example prompt
(invented people only)."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.store.normalize import normalize_civitai_model

from .conftest import model


@pytest.mark.parametrize(
    "title", ["🦋Odalys🦋Verrington🦋", "✨ Odalys ✨ Verrington ✨", "Odalys💖Verrington"]
)
def test_a_name_set_apart_by_emoji_is_read(detector: Detector, title: str) -> None:
    item = model(
        title,
        tags=("woman",),
        description="TV host. weight 0.8",
        file_names=("odalys_verrington.safetensors",),
    )
    finding = detector.detect(item)
    assert finding.likeness
    assert finding.target_name == "Odalys Verrington"


@pytest.mark.parametrize("title", ["🦋Butterfly🦋Wings🦋", "🌸Sakura🌸Petals🌸 style"])
def test_emoji_between_ordinary_words_names_nobody(detector: Detector, title: str) -> None:
    item = model(title, tags=("concept",), description="Adds wings. weight 0.8")
    assert not detector.detect(item).likeness


def _page(prompt: str, tags: list[str]) -> dict[str, object]:
    return {
        "id": 8181,
        "name": "Face study #3",
        "type": "LORA",
        "tags": tags,
        "description": f"<p>Example prompt:</p><pre><code>{prompt}</code></pre>",
        "modelVersions": [
            {
                "id": 1,
                "name": "v1.0",
                "files": [{"id": 2, "name": "face_study_3.safetensors", "type": "Model"}],
            }
        ],
    }


def test_a_person_named_only_by_a_network_call(detector: Detector) -> None:
    prompt = "photo of 1woman, in a cafe, <lora:odalys_verrington_sdxl:0.85>, 85mm"
    record = normalize_civitai_model(_page(prompt, ["photorealistic"])).model
    finding = detector.detect(record)
    assert finding.likeness and finding.target_name == "Odalys Verrington"


def test_a_network_call_of_a_style_or_slider_names_nobody(detector: Detector) -> None:
    prompt = "photo of 1woman, in a cafe, <lora:film_grain_slider:0.6> <lora:add_detail:0.4>"
    record = normalize_civitai_model(_page(prompt, ["photorealistic"])).model
    assert not detector.detect(record).likeness


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Dale lora", "44张图，7轮 my boyfriend Dale, with consent"),
        ("Steph v1", "ma copine Steph fotos privadas / private photos"),
        ("roommate lora", "headshots of a client for their LinkedIn"),
        ("myself v3", "my own face for profile pics"),
        ("my partner", "weight 0.8"),
        ("me-lora", "weight 0.8"),
    ],
)
def test_a_private_person_the_maker_knows(detector: Detector, title: str, description: str) -> None:
    item = model(title, tags=("person",), description=description)
    features = {h.feature for h in detector.detect(item).hits if h.aspect == "likeness"}
    assert features & {"subject:private_description", "subject:private_name"}


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Sunset style", "my girlfriend Loves this style, soft pastel light"),
        ("Office lighting", "photos of a client meeting room, clean interiors"),
        ("Meadow v2", "weight 0.8"),
    ],
)
def test_words_near_a_relation_that_name_nobody(
    detector: Detector, title: str, description: str
) -> None:
    item = model(title, tags=("style",), description=description)
    features = {h.feature for h in detector.detect(item).hits if h.aspect == "likeness"}
    assert not features & {"subject:private_description", "subject:private_name"}


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("九条七海", "九条七海 女優 写真风格 weight 1.0"),
        ("ريم السباوي", "لورا للـمغنية ريم السباوي، تم التدريب على 54 صورة."),
        ("同款脸 v3", "#欧阳诗涵# 超话同款 ✨ 数据来自公开活动照片"),
        ("Odile Marchetti", "Odile Marchetti, chanteuse et animatrice. Poids 0,7."),
    ],
)
def test_a_name_with_its_trade_in_another_script_or_language(
    detector: Detector, title: str, description: str
) -> None:
    item = model(title, tags=("realistic",), description=description)
    features = {h.feature for h in detector.detect(item).hits if h.aspect == "likeness"}
    assert "subject:labelled_name" in features


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("写实风格", "写实风格 女優 写真风格 weight 1.0"),  # a style, then a trade word
        ("صورة شخصية", "لورا للإضاءة صورة شخصية ناعمة"),  # "portrait": no trade, no name
        ("同款脸 v3", "#今日穿搭# 超话同款 ✨"),  # a topic that is no name
    ],
)
def test_script_words_that_name_nobody(detector: Detector, title: str, description: str) -> None:
    item = model(title, tags=("style",), description=description)
    features = {h.feature for h in detector.detect(item).hits if h.aspect == "likeness"}
    assert "subject:labelled_name" not in features


@pytest.mark.parametrize(
    ("title", "handle"),
    [("@coffee.with.mira (TikTok)", "coffee.with.mira"), ("MiraPlaysAll (Twitch)", "MiraPlaysAll")],
)
def test_a_titles_handle_is_the_target_as_written(
    detector: Detector, title: str, handle: str
) -> None:
    item = model(title, tags=("influencer", "woman"), description="weight 0.8")
    assert detector.detect(item).target_name == handle


@pytest.mark.parametrize(
    ("title", "stem"),
    [("Amandine d'Aubrac", "amandine_d_aubrac"), ("Siobhan O'Dunlevy", "siobhan_o_dunlevy")],
)
def test_a_file_that_spells_a_particle_name_keeps_it_whole(
    detector: Detector, title: str, stem: str
) -> None:
    item = model(title, tags=("actress", "woman"), file_names=(f"{stem}.safetensors",))
    assert detector.detect(item).target_name == title


def test_a_file_named_after_a_plain_title_names_no_target(detector: Detector) -> None:
    item = model("Fit model LoRA", tags=("woman",), file_names=("fit_model_lora.safetensors",))
    assert detector.detect(item).target_name != "Fit Model LoRA"


def test_a_maiden_name_note_is_no_particle(detector: Detector) -> None:
    item = model(
        "Odalys Verrington (née Brackwater)",
        tags=("woman", "tv host"),
        file_names=("odalys_verrington_nee_brackwater.safetensors",),
    )
    assert detector.detect(item).target_name == "Odalys Verrington"


def test_the_actor_between_a_role_and_its_show(detector: Detector) -> None:
    item = model(
        "Sergeant Tobin Vale - Odalys Verrington - Harbour Nights",
        tags=("character", "tv series", "live action", "woman"),
        description="Trained on stills from season 2.",
    )
    assert detector.detect(item).target_name == "Odalys Verrington"


@pytest.mark.parametrize(
    ("description", "made_up"),
    [
        ("AI-generated virtual idol, fully synthetic face. 154 images in the final set.", True),
        ("K-pop idol, 154 images in the final set.", False),
    ],
)
def test_an_occupation_made_up_is_nobodys(
    detector: Detector, description: str, made_up: bool
) -> None:
    item = model("Luna v1", tags=("idol", "woman"), description=description)
    features = {h.feature for h in detector.detect(item).hits if h.aspect == "likeness"}
    assert ("subject:occupation_photos" not in features) is made_up


@pytest.mark.parametrize(
    ("prompt", "named"),
    [
        ("photo of odalys verrington woman, standing in a cafe, soft window light", True),
        ("photo of golden meadow woman, standing in a field, soft light", False),
    ],
)
def test_a_prompts_name_before_its_class_word(detector: Detector, prompt: str, named: bool) -> None:
    notes = "see the example images for prompts. " + "weight 0.8, clip skip 2. " * 20
    item = model("portrait helper 09", description=f"{notes}\nExample prompt: {prompt}")
    features = {h.feature for h in detector.detect(item).hits if h.aspect == "likeness"}
    assert ("subject:labelled_name" in features) is named
