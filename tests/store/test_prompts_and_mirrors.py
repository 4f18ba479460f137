"""Where else a page names its person: the example prompts of a Civitai model's preview images
(``images[].meta.prompt``, where the API gives them) and the Civitai page a Hugging Face mirror
names in its card (invented people only)."""

from __future__ import annotations

from typing import Any

from dfaudit.detect.engine import Detector
from dfaudit.store.normalize import (
    MAX_IMAGE_PROMPT_CHARS,
    MAX_IMAGE_PROMPTS,
    html_to_text,
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


def test_a_prompts_network_call_is_kept_and_read_as_a_file_name() -> None:
    # Example prompts are plain text: "<lora:…>" is the call of a network, not a tag, and the
    # name it calls is the model's file as its uploader named it. A stem of the model's own
    # files is not repeated, and at most two names are read.
    item = civitai(
        {"prompt": "photo of 1woman, <lora:tamsin_orlevay_v2:0.8>, <LORA:pf27:1>, dslr"},
        {"prompt": "portrait, <lora:detail_slider:0.5> <lyco:third_one:0.3>, soft light"},
    )
    item["modelVersions"][0]["files"] = [{"id": 9, "name": "pf27.safetensors", "type": "Model"}]
    model = normalize_civitai_model(item).model
    assert "<lora:tamsin_orlevay_v2:0.8>" in model.description
    assert model.file_names == ("pf27.safetensors", "tamsin_orlevay_v2", "detail_slider")


def test_markup_tags_are_still_dropped_around_a_network_call() -> None:
    text = html_to_text("<p>Use <code>&lt;lora:mira_v:0.7&gt;</code></p><o:p></o:p><b>bold</b>")
    assert text == "Use <lora:mira_v:0.7>\nbold"
    model = normalize_civitai_model(civitai()).model  # no prompt: no network name
    assert model.file_names == ()


def test_a_network_call_blown_up_with_spaces_names_nothing() -> None:
    # hostile: a call opened and never closed, its spaces run to the markup's budget
    text = html_to_text("<p>" + "<lora:mira" + " " * 200_000 + "</p>")
    model = normalize_civitai_model(civitai({"prompt": "<lora:" + " " * 50_000}))
    assert model.model.file_names == ()
    assert "<lora:mira" in text
