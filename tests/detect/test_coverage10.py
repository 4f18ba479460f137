"""Field coverage (round 10): a listed person's name planted in any string a real recorded item
carries reaches the gazetteer, wherever the page puts it, and flags the model; planted where a
name is no evidence (a negative prompt, the uploader's username or own credit), it does not.

The items are real recorded responses (``../shared/fixtures/real``: a Civitai 2025 LoRA, a
Civitai 2024 page of checkpoints) and a Hugging Face ``ModelInfo`` item in the Hub's shape
(``/api/models?full=true&cardData=true``). Every string leaf of their JSON is one of: a field a
person writes that names the subject (``EVIDENCE``), one a person writes that is no evidence
(``NO_EVIDENCE``), or one the platform writes (``MACHINE``: hashes, dates, addresses, states).
A leaf no table lists fails the test, so a new field is a decision. The person is invented.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.lexicon import Lexicon, parse_lexicon_text
from dfaudit.records import ModelRecord
from dfaudit.store.normalize import normalize_civitai_model, normalize_hf_model

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "real"
NAME = "Orsolya Vantrebek"
FIRST, LAST = (part.lower() for part in NAME.split())
OTHER = "Quintessa Marbury-Lowe"  # listed too: never on the page

Plant = Callable[[Any], Any]


def _html(markup: str) -> Plant:
    return lambda old: (old if isinstance(old, str) else "") + markup


def _text(value: str) -> Plant:
    return lambda old: value


def _append(value: str) -> Plant:
    return lambda old: [*(old if isinstance(old, list) else []), value]


# What a person writes in each field of a Civitai item, naming the subject there.
HTML_PLANTS: dict[str, Plant] = {
    "text": _html(f"<p>Trained on 40 photos of {NAME}.</p>"),
    "image_alt": _html(f'<p><img src="https://i.example/1.jpg" alt="{NAME} at a premiere"></p>'),
    "image_title": _html(f'<p><img src="https://i.example/2.jpg" title="{NAME}"></p>'),
    "link_title": _html(f'<p>who? <a href="https://n.example/a/1" title="{NAME}">guess</a></p>'),
    "link_profile": _html(f'<p><a href="https://www.instagram.com/{FIRST}{LAST}/">her</a></p>'),
    "link_profile_dotted": _html(f'<p><a href="https://x.com/{FIRST}.{LAST}">her</a></p>'),
    "link_wikipedia": _html(
        f'<p>who? <a href="https://en.wikipedia.org/wiki/{FIRST.title()}_{LAST.title()}">hint</a></p>'
    ),
    "hashtag": _html(f"<p>guess who #{FIRST.title()}{LAST.title()}</p>"),
}
CIVITAI_EVIDENCE: dict[str, dict[str, Plant]] = {
    "name": {"title": _text(f"{NAME} v2"), "lower": _text(f"{FIRST} {LAST} | realistic")},
    "description": HTML_PLANTS,
    "tags[]": {"tag": _text(f"{FIRST} {LAST}"), "run_together": _text(f"{FIRST}{LAST}")},
    "modelVersions[].name": {"version": _text(f"{NAME} v1.5")},
    "modelVersions[].description": HTML_PLANTS,
    "modelVersions[].trainedWords[]": {"trigger": _text(f"{FIRST}{LAST}")},
    "modelVersions[].files[].name": {
        "file": _text(f"{FIRST}_{LAST}_v2.safetensors"),
        "steps": _text(f"{FIRST}_{LAST}-000012.safetensors"),
    },
    "modelVersions[].images[].meta.prompt": {
        "prompt": _text(f"photo of {FIRST} {LAST}, smiling, 85mm"),
        "network": _text(f"photo of a woman, smiling <lora:{FIRST}_{LAST}_v2:0.8>"),
    },
    "modelVersions[].images[].meta.resources[].name": {"resource": _text(f"{FIRST}_{LAST}_v2")},
}
# A person writes these, but a name there says nothing of the model's subject.
CIVITAI_NO_EVIDENCE: dict[str, dict[str, Plant]] = {
    "creator.username": {"username": _text(f"{FIRST}{LAST}")},
    "modelVersions[].images[].meta.negativePrompt": {"negative": _text(f"{NAME}, blurry")},
    "description": {
        "credit": _html(f"<p>LoRA by {NAME}</p>"),
        "own_account": _html(
            f'<p>Follow me on Instagram: <a href="https://instagram.com/{FIRST}{LAST}">here</a></p>'
        ),
    },
}
CIVITAI_MACHINE = {
    "allowCommercialUse[]",
    "availability",
    "creator.image",
    "modelVersions[].availability",
    "modelVersions[].baseModel",
    "modelVersions[].baseModelType",
    "modelVersions[].createdAt",
    "modelVersions[].downloadUrl",
    "modelVersions[].files[].downloadUrl",
    "modelVersions[].files[].hashes.AutoV1",
    "modelVersions[].files[].hashes.AutoV2",
    "modelVersions[].files[].hashes.AutoV3",
    "modelVersions[].files[].hashes.BLAKE3",
    "modelVersions[].files[].hashes.CRC32",
    "modelVersions[].files[].hashes.SHA256",
    "modelVersions[].files[].metadata.format",
    "modelVersions[].files[].metadata.fp",
    "modelVersions[].files[].metadata.size",
    "modelVersions[].files[].pickleScanMessage",
    "modelVersions[].files[].pickleScanResult",
    "modelVersions[].files[].scannedAt",
    "modelVersions[].files[].type",
    "modelVersions[].files[].virusScanResult",
    "modelVersions[].images[].hash",
    "modelVersions[].images[].meta.resources[].type",
    "modelVersions[].images[].type",
    "modelVersions[].images[].url",
    "modelVersions[].publishedAt",
    "modelVersions[].status",
    "type",
}

# The Hub's ``ModelInfo`` of a diffusers LoRA repo, as ``/api/models?full=true&cardData=true``
# gives it (keys and nesting as the Hub writes them; values neutral).
HF_ITEM: dict[str, Any] = {
    "_id": "65f0c0ffee0123456789abcd",
    "id": "pixelfarmer/portrait-lora-14",
    "modelId": "pixelfarmer/portrait-lora-14",
    "author": "pixelfarmer",
    "sha": "0123456789abcdef0123456789abcdef01234567",
    "lastModified": "2024-05-02T10:11:12.000Z",
    "createdAt": "2024-05-01T10:11:12.000Z",
    "private": False,
    "disabled": False,
    "gated": False,
    "downloads": 120,
    "likes": 3,
    "tags": [
        "diffusers",
        "text-to-image",
        "lora",
        "template:sd-lora",
        "base_model:stabilityai/stable-diffusion-xl-base-1.0",
        "license:openrail++",
        "region:us",
    ],
    "pipeline_tag": "text-to-image",
    "library_name": "diffusers",
    "cardData": {
        "tags": ["text-to-image", "lora", "diffusers", "template:sd-lora"],
        "widget": [
            {
                "text": "a portrait photo, soft light",
                "parameters": {"negative_prompt": "blurry"},
                "output": {"url": "images/example_1.png"},
            }
        ],
        "base_model": "stabilityai/stable-diffusion-xl-base-1.0",
        "instance_prompt": "p0rtr41t",
        "license": "openrail++",
        "datasets": ["pixelfarmer/portrait-set"],
        "model-index": [{"name": "portrait-lora-14", "results": []}],
    },
    "siblings": [
        {"rfilename": ".gitattributes"},
        {"rfilename": "README.md"},
        *({"rfilename": f"images/example_{i}.png"} for i in range(1, 10)),
        {"rfilename": "portrait_lora_14.safetensors"},
    ],
    "spaces": [],
}
HF_EVIDENCE: dict[str, dict[str, Plant]] = {
    "id": {"repo": _text(f"pixelfarmer/{FIRST}-{LAST}-lora")},
    "tags[]": {"tag": _text(f"{FIRST}-{LAST}")},
    "cardData.tags[]": {"tag": _text(f"{FIRST}-{LAST}")},
    "cardData.instance_prompt": {"trigger": _text(f"{FIRST}{LAST}")},
    "cardData.widget[].text": {"prompt": _text(f"photo of {FIRST} {LAST}, smiling")},
    "cardData.datasets[]": {"dataset": _text(f"pixelfarmer/{FIRST}-{LAST}-photos")},
    "cardData.model-index[].name": {"index": _text(f"{FIRST}-{LAST}-lora")},
    "siblings[].rfilename": {"weights": _text(f"{FIRST}_{LAST}.safetensors")},
}
HF_NO_EVIDENCE: dict[str, dict[str, Plant]] = {
    "author": {"username": _text(f"{FIRST}{LAST}")},
    "cardData.widget[].parameters.negative_prompt": {"negative": _text(f"{NAME}, blurry")},
}
HF_MACHINE = {
    "_id",
    "sha",
    "lastModified",
    "createdAt",
    "pipeline_tag",
    "library_name",
    "modelId",  # the Hub repeats ``id`` there (planted with it below)
    "cardData.base_model",
    "cardData.license",
    "cardData.widget[].output.url",  # an image of the repo's own, listed among its siblings
}


def _leaves(value: Any, path: str = "") -> Iterator[str]:
    """The path of every string leaf of ``value`` (list items as ``[]``)."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for item in value:
            yield from _leaves(item, f"{path}[]")
    elif isinstance(value, str):
        yield path


def _plant(item: dict[str, Any], path: str, plant: Plant) -> dict[str, Any]:
    """A copy of ``item`` with the leaf at ``path`` replaced (in the first element of each
    list on the way; a missing part is made, as the API would give it)."""
    out = copy.deepcopy(item)
    parts = path.replace("[]", ".[]").split(".")
    node: Any = out
    for i, part in enumerate(parts[:-1]):
        nxt: Any = [] if parts[i + 1] == "[]" else {}
        if part == "[]":
            if not node:
                node.append(nxt)
            node = node[-1] if path.startswith("siblings") else node[0]
        else:
            node = node.setdefault(part, nxt)
    last = parts[-1]
    if last == "[]":
        node.append(plant(None))
    else:
        node[last] = plant(node.get(last))
    if path == "id":
        out["modelId"] = out["id"]
    return out


def _civitai_lora() -> dict[str, Any]:
    item = json.loads((FIXTURES / "civitai_model_1580878_lora_2025.json").read_text("utf-8"))
    # the API's image meta, which this recording's images lack: an example prompt and the
    # LoRA it called
    item["modelVersions"][0]["images"][0]["meta"] = {
        "prompt": "a portrait photo, soft light",
        "negativePrompt": "blurry",
        "resources": [{"name": "semi_realistic", "type": "lora", "weight": 0.8}],
    }
    return item


def _civitai_checkpoint() -> dict[str, Any]:
    page = json.loads((FIXTURES / "civitai_models_page_checkpoints_2024.json").read_text("utf-8"))
    item = page["data"]["items"][0]
    item["modelVersions"][0]["images"][0]["meta"] = {
        "prompt": "a portrait photo, soft light",
        "negativePrompt": "blurry",
        "resources": [{"name": "detail_tweaker", "type": "lora", "weight": 0.5}],
    }
    return item


def _record(item: dict[str, Any], platform: str) -> ModelRecord:
    if platform == "huggingface":
        return normalize_hf_model(item).model
    return normalize_civitai_model(item).model


@pytest.fixture(scope="module")
def listed() -> Detector:
    return Detector(Lexicon(parse_lexicon_text(json.dumps([NAME, OTHER]), "poi", source="test")))


def _named(detector: Detector, record: ModelRecord) -> bool:
    """Whether a gazetteer hit names the planted person."""
    return any(
        h.signal.startswith("gazetteer") and h.aspect == "target" and h.value == NAME
        for h in detector.detect(record).hits
    )


needs_fixtures = pytest.mark.skipif(
    not FIXTURES.is_dir(), reason="../shared/fixtures/real is absent"
)


def _cases(tables: dict[str, dict[str, Plant]]) -> list[tuple[str, str]]:
    return [(path, label) for path, plants in tables.items() for label in plants]


@needs_fixtures
def test_every_string_leaf_of_the_real_items_is_classified() -> None:
    civitai = set(_leaves(_civitai_lora())) | set(_leaves(_civitai_checkpoint()))
    known = set(CIVITAI_EVIDENCE) | set(CIVITAI_NO_EVIDENCE) | CIVITAI_MACHINE
    assert civitai - known == set()
    hf = set(_leaves(HF_ITEM))
    assert hf - (set(HF_EVIDENCE) | set(HF_NO_EVIDENCE) | HF_MACHINE) == set()


@needs_fixtures
@pytest.mark.parametrize("base", ["lora", "checkpoint"])
def test_the_real_items_name_no_one(listed: Detector, base: str) -> None:
    item = _civitai_lora() if base == "lora" else _civitai_checkpoint()
    record = _record(item, "civitai")
    assert not _named(listed, record)
    assert not listed.detect(record).likeness


@needs_fixtures
@pytest.mark.parametrize(("path", "label"), _cases(CIVITAI_EVIDENCE))
def test_a_name_in_any_civitai_field_reaches_the_gazetteer_and_flags(
    listed: Detector, path: str, label: str
) -> None:
    record = _record(_plant(_civitai_lora(), path, CIVITAI_EVIDENCE[path][label]), "civitai")
    assert _named(listed, record)
    finding = listed.detect(record)
    assert finding.likeness and finding.target_name == NAME


@needs_fixtures
@pytest.mark.parametrize(
    ("path", "label"), [c for c in _cases(CIVITAI_EVIDENCE) if c[0] != "description"]
)
def test_a_name_in_any_field_of_a_long_checkpoint_page_reaches_the_gazetteer(
    listed: Detector, path: str, label: str
) -> None:
    """The checkpoint's description is long: what its versions and images say is still read
    (the description gives them room), but a merge stays a merge: reaching is asserted, not
    flagging. (A name appended to its own description is past what detection reads.)"""
    record = _record(_plant(_civitai_checkpoint(), path, CIVITAI_EVIDENCE[path][label]), "civitai")
    assert _named(listed, record)


@needs_fixtures
@pytest.mark.parametrize(("path", "label"), _cases(CIVITAI_NO_EVIDENCE))
def test_a_name_where_it_is_no_evidence_flags_nothing(
    listed: Detector, path: str, label: str
) -> None:
    record = _record(_plant(_civitai_lora(), path, CIVITAI_NO_EVIDENCE[path][label]), "civitai")
    assert not _named(listed, record)
    assert not listed.detect(record).likeness


def test_the_hub_item_names_no_one(listed: Detector) -> None:
    record = _record(HF_ITEM, "huggingface")
    assert not _named(listed, record) and not listed.detect(record).likeness


@pytest.mark.parametrize(("path", "label"), _cases(HF_EVIDENCE))
def test_a_name_in_any_hub_field_reaches_the_gazetteer_and_flags(
    listed: Detector, path: str, label: str
) -> None:
    record = _record(_plant(HF_ITEM, path, HF_EVIDENCE[path][label]), "huggingface")
    assert _named(listed, record)
    finding = listed.detect(record)
    assert finding.likeness and finding.target_name == NAME


@pytest.mark.parametrize(("path", "label"), _cases(HF_NO_EVIDENCE))
def test_a_name_where_it_is_no_evidence_on_the_hub_flags_nothing(
    listed: Detector, path: str, label: str
) -> None:
    record = _record(_plant(HF_ITEM, path, HF_NO_EVIDENCE[path][label]), "huggingface")
    assert not _named(listed, record)
    assert not listed.detect(record).likeness


def test_the_hubs_copy_of_the_widget_is_read_when_the_card_has_none(listed: Detector) -> None:
    item = copy.deepcopy(HF_ITEM)
    del item["cardData"]["widget"]
    item["widgetData"] = [{"text": f"photo of {FIRST} {LAST}, smiling"}]
    assert _named(listed, _record(item, "huggingface"))
    item["widgetData"] = [{"text": "photo of a red car, smiling"}]
    assert not _named(listed, _record(item, "huggingface"))


def test_a_repos_weights_come_before_its_many_example_images() -> None:
    item = copy.deepcopy(HF_ITEM)
    names = _record(item, "huggingface").file_names
    assert names[0] == "portrait_lora_14.safetensors"
    assert set(names) == {s["rfilename"] for s in item["siblings"]}
