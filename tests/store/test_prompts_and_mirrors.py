"""Where else a page names its person: the example prompts of a Civitai model's preview images
(``images[].meta.prompt``, where the API gives them) and the Civitai page a Hugging Face mirror
names in its card (invented people only)."""

from __future__ import annotations

from typing import Any

from dfaudit.detect.engine import Detector
from dfaudit.store.normalize import (
    MAX_IMAGE_PROMPT_CHARS,
    MAX_IMAGE_PROMPTS,
    normalize_civitai_model,
    normalize_hf_model,
)


def civitai(*prompts: Any) -> dict[str, Any]:
    return {
        "id": 5151,
        "name": "PF-27",
        "type": "LORA",
        "tags": ["realistic"],
        "description": "<p>see the images for prompts</p>",
        "modelVersions": [
            {
                "id": 77,
                "name": "v1",
                "trainedWords": ["pf27"],
                "images": [
                    {"url": f"https://img.example/{i}.jpeg", "nsfwLevel": 1, "meta": meta}
                    for i, meta in enumerate(prompts)
                ],
            }
        ],
    }


PROMPT = (
    "photo of tamsin orlevay, <lora:pf27:0.8>, on a beach at golden hour, dslr\n"
    "Negative prompt: lowres, blurry\nSteps: 25, Sampler: DDIM, CFG scale: 4"
)


def test_image_prompts_follow_the_description_without_negatives_or_settings() -> None:
    text = normalize_civitai_model(
        civitai({"prompt": PROMPT}, {"prompt": PROMPT})
    ).model.description
    assert text.startswith("see the images for prompts\nExample prompt: photo of tamsin orlevay")
    assert text.count("Example prompt:") == 1  # the same prompt once
    assert "Negative prompt" not in text and "Sampler" not in text


def test_image_prompts_are_bounded_and_hostile_meta_is_ignored() -> None:
    metas: list[Any] = [None, "prompt", {"prompt": 42}, {"prompt": ""}, {"seed": 1}]
    metas += [{"prompt": f"prompt {i} " + "x" * 5_000} for i in range(10)]
    text = normalize_civitai_model(civitai(*metas)).model.description
    assert text.count("Example prompt:") == MAX_IMAGE_PROMPTS
    longest = max(len(line) for line in text.splitlines())
    assert longest <= len("Example prompt: ") + MAX_IMAGE_PROMPT_CHARS


def test_a_name_only_in_an_image_prompt_is_found() -> None:
    record = normalize_civitai_model(civitai({"prompt": PROMPT})).model
    finding = Detector().detect(record)
    assert finding.likeness and finding.target_name == "Tamsin Orlevay"


def mirror(source: str) -> dict[str, Any]:
    return {
        "id": "pixelmoth/civitai-265394",
        "tags": ["lora", "text-to-image", "diffusers"],
        "cardData": {
            "base_model": "stabilityai/stable-diffusion-xl-base-1.0",
            "widget": [{"text": "a photo"}],
            "source": source,
            "description": f"mirror of {source}",
        },
        "siblings": [{"rfilename": "model.safetensors", "size": 1000}],
    }


def test_a_mirror_names_the_civitai_model_it_copies() -> None:
    record = normalize_hf_model(
        mirror("https://civitai.com/models/265394/thomasina-orvamire-sdxl")
    ).model
    assert record.version_names == ("thomasina-orvamire-sdxl",)
    assert "mirror of https://civitai.com/models/265394" in record.description
    assert Detector().detect(record).target_name == "Thomasina Orvamire"


def test_a_card_without_a_civitai_address_names_no_mirror() -> None:
    record = normalize_hf_model(mirror("https://example.org/models/265394/thomasina")).model
    assert record.version_names == ()
    record = normalize_hf_model(mirror("https://civitai.com/models/265394")).model
    assert record.version_names == ()
