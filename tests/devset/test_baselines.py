"""The two naive likeness baselines, on hand-written items with invented people."""

from __future__ import annotations

from typing import Any

import pytest

from dfaudit.detect.baselines import (
    PoiListBaseline,
    is_likeness_tag,
    tags_and_flags_baseline,
)


def civitai_item(
    name: str = "Some model",
    tags: list[str] | None = None,
    trained_words: list[str] | None = None,
    poi: bool = False,
    image_poi: bool = False,
    description: str = "",
) -> dict[str, Any]:
    return {
        "id": 424242,
        "name": name,
        "description": description,
        "type": "LORA",
        "poi": poi,
        "nsfw": False,
        "tags": tags or [],
        "modelVersions": [
            {
                "id": 515151,
                "trainedWords": trained_words or [],
                "images": [
                    {"url": "https://example.invalid/1.jpeg", "nsfwLevel": 1, "poi": image_poi}
                ],
            }
        ],
    }


def hf_item(
    repo_id: str = "someone/some-lora",
    tags: list[str] | None = None,
    card_tags: list[str] | None = None,
    instance_prompt: str | None = None,
) -> dict[str, Any]:
    card: dict[str, Any] = {"tags": card_tags or []}
    if instance_prompt is not None:
        card["instance_prompt"] = instance_prompt
    return {
        "id": repo_id,
        "tags": tags or ["lora", "text-to-image"],
        "cardData": card,
        "siblings": [],
    }


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("celebrity", True),
        ("Real Person", True),
        ("real_person", True),
        ("PORNSTAR", True),
        ("porn-star", True),
        ("public figure", True),
        ("instagram", True),
        ("deepfake", True),
        ("actor", True),
        ("instagram model", False),  # only the listed tags, exactly
        ("character", False),
        ("not-for-all-audiences", False),
        ("realistic", False),
    ],
)
def test_is_likeness_tag(tag: str, expected: bool) -> None:
    assert is_likeness_tag(tag) is expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (civitai_item(poi=True), True),
        (civitai_item(image_poi=True), True),
        (civitai_item(tags=["woman", "Actress"]), True),
        (civitai_item(tags=["anime", "character"]), False),
        (civitai_item(name="Mara Corvale", description="Trained on 80 photos of her."), False),
        (hf_item(tags=["lora", "not-for-all-audiences"]), False),
        (hf_item(card_tags=["celebrity"]), True),
        (hf_item(tags=["lora", "influencer"]), True),
    ],
    ids=[
        "poi-flag",
        "image-poi-flag",
        "likeness-tag",
        "character-tags",
        "name-without-tags",
        "hf-nsfw-tag-is-not-likeness",
        "hf-card-tag",
        "hf-repo-tag",
    ],
)
def test_tags_and_flags_baseline(item: dict[str, Any], expected: bool) -> None:
    assert tags_and_flags_baseline(item) is expected


def test_poi_list_matches_name_tags_and_trained_words_case_insensitively() -> None:
    baseline = PoiListBaseline(["Mara Corvale", "Dorian Ostwick"])
    assert baseline.predict(civitai_item(name="MARA CORVALE LoRA v2"))
    assert baseline.predict(civitai_item(tags=["dorian ostwick"]))
    assert baseline.predict(civitai_item(trained_words=["photo of Mara Corvale"]))
    assert baseline.predict(hf_item(instance_prompt="photo of mara corvale woman"))
    assert baseline.matches(civitai_item(name="Mara Corvale and Dorian Ostwick")) == [
        "mara corvale",
        "dorian ostwick",
    ]


def test_poi_list_is_a_plain_substring_match() -> None:
    baseline = PoiListBaseline(["Mara Corvale"])
    # run-together, snake case, leetspeak and description-only mentions are all missed
    assert not baseline.predict(civitai_item(name="MaraCorvale"))
    assert not baseline.predict(civitai_item(name="mara_corvale"))
    assert not baseline.predict(civitai_item(trained_words=["m4r4c0rv4l3"]))
    assert not baseline.predict(
        civitai_item(name="Project v2", description="Mara Corvale, actress")
    )
    # a substring inside a longer word still matches: that is the naive behaviour measured
    assert PoiListBaseline(["Vel"]).predict(civitai_item(name="Velvet dress"))


def test_poi_list_hf_repo_id_is_the_name() -> None:
    baseline = PoiListBaseline(["corvale"])
    assert baseline.predict(hf_item(repo_id="someone/mara-corvale-lora"))
    assert not baseline.predict(hf_item(repo_id="someone/unrelated-lora"))


def test_empty_poi_list_predicts_nothing() -> None:
    baseline = PoiListBaseline(["", "   "])
    assert baseline.names == ()
    assert not baseline.predict(civitai_item(name="Mara Corvale"))
