"""Shapes the seventh independently written set's dev part broke (issue 8): a private partner
named in another language or script, and a title that says the model is private in another
language (invented people only)."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector

from .conftest import likeness_features, model


@pytest.mark.parametrize(
    "description",
    [
        "Mi novia Clementine, entrenado con fotos de nuestras vacaciones.",
        "Meine Frau Annika. Sie wollte sich als Elfe sehen.",
        "Ma copine Sunniva, photos de nos vacances.",
        "Minha namorada Annika, fotos da viagem.",
        "Pacar saya Annika, foto liburan kami.",
    ],
)
def test_a_partner_named_in_another_language_is_private(
    detector: Detector, description: str
) -> None:
    item = model("Holiday LoRA v1", description=description)
    assert "subject:private_description" in likeness_features(detector, item)
    assert detector.detect(item).likeness


@pytest.mark.parametrize(
    "description",
    ["我老婆Sunniva，自己用的", "私の彼女です。自分用。", "내 여자친구 사진으로 학습"],
)
def test_a_partner_in_script_is_private(detector: Detector, description: str) -> None:
    item = model("Sunniva v1", description=description)
    assert "subject:private_description" in likeness_features(detector, item)


def test_a_relation_word_without_a_name_or_partner_is_not_private(detector: Detector) -> None:
    # "mi mujer" followed by a common word, and a style page in German: no one named
    for description in ("Para mi mujer favorita: estilo acuarela.", "Mein Freund sagt: gut."):
        item = model("Watercolor style", description=description)
        assert "subject:private_description" not in likeness_features(detector, item)


@pytest.mark.parametrize("title", ["Clementine (privat)", "Annika (privado)", "Sunniva (privé)"])
def test_a_private_title_in_another_language(detector: Detector, title: str) -> None:
    item = model(title, description="Recommended weight 0.7")
    assert "subject:private_name" in likeness_features(detector, item)


@pytest.mark.parametrize(
    "pronoun", ["她的自拍和vlog截图", "그녀의 셀카로 학습", "彼女の写真で学習"]
)
def test_a_female_pronoun_in_script_votes_female(detector: Detector, pronoun: str) -> None:
    item = model("慕容绯烟 网红", tags=("influencer",), description=f"抖音网红 慕容绯烟。{pronoun}")
    assert detector.detect(item).target_gender == "female"


def test_other_in_chinese_is_no_male_pronoun(detector: Detector) -> None:
    # 其他 ("other") holds 他 ("he"): no male vote from it
    item = model(
        "慕容绯烟 网红", tags=("influencer",), description="抖音网红 慕容绯烟。其他版本见下"
    )
    assert detector.detect(item).target_gender != "male"
