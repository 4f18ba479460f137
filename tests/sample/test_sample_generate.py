"""The synthetic sample: shapes, ground truth, real file bytes and hashes, determinism."""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import struct
import zlib
from pathlib import Path

import pytest

from dfaudit.sample.generate import (
    Sample,
    iter_civitai_items,
    iter_labeled_civitai_items,
    load_sample,
)
from dfaudit.sample.labels import SampleLabel, read_labels_jsonl
from dfaudit.sample.safetensors import read_header

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
NSFW_WORDS = ("nsfw", "nude", "sexy", "lingerie", "topless", "bikini", "boudoir")


@pytest.fixture(scope="module")
def sample() -> Sample:
    return load_sample()


def _norm(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


def test_default_sample_has_the_promised_sizes_and_label_per_item(sample: Sample) -> None:
    assert len(sample.civitai_models) == 400
    assert len(sample.bounties) == 60
    assert len(sample.hf_models) == 120
    keys = {(lbl.platform, lbl.entity, lbl.model_id) for lbl in sample.labels}
    assert len(keys) == len(sample.labels) == 580
    for item in sample.civitai_models:
        assert ("civitai", "model", str(item["id"])) in keys
    for item in sample.hf_models:
        assert ("huggingface", "model", item["id"]) in keys
    for bounty in sample.bounties:
        assert ("civitai", "bounty", str(bounty["id"])) in keys


def test_civitai_items_have_the_2025_api_shape(sample: Sample) -> None:
    model_keys = {"id", "name", "description", "type", "nsfw", "nsfwLevel", "poi", "minor"}
    for item in sample.civitai_models:
        assert model_keys <= item.keys()
        assert {"downloadCount", "thumbsUpCount"} <= item["stats"].keys()
        assert item["creator"]["username"]
        level = 0
        for version in item["modelVersions"]:
            assert version["modelId"] == item["id"]
            assert version["baseModel"] and version["publishedAt"].endswith("Z")
            assert version["downloadUrl"].endswith(f"/api/download/models/{version['id']}")
            for file in version["files"]:
                assert set(file["hashes"]) == {
                    "AutoV1",
                    "AutoV2",
                    "AutoV3",
                    "SHA256",
                    "CRC32",
                    "BLAKE3",
                }
            level |= version["nsfwLevel"]
        assert item["nsfwLevel"] == level
    modes = {item.get("mode") for item in sample.civitai_models}
    assert "TakenDown" in modes


def test_proportions_look_like_the_platform(sample: Sample) -> None:
    civitai = [lbl for lbl in sample.labels if lbl.platform == "civitai" and lbl.entity == "model"]
    likeness = [lbl for lbl in civitai if lbl.likeness]
    assert 0.2 < len(likeness) / len(civitai) < 0.4
    women = sum(lbl.gender == "female" for lbl in likeness) / len(likeness)
    assert 0.8 < women < 0.97
    assert {lbl.prominence for lbl in likeness} == {
        "public_figure",
        "online_creator",
        "private_or_unknown",
    }
    assert 0.2 < sum(lbl.sexual_intent for lbl in likeness) / len(likeness) < 0.6
    assert 1 <= sum(lbl.minor_risk for lbl in likeness) <= 20
    assert sum(lbl.header_only for lbl in likeness) >= 5
    kinds = {lbl.kind for lbl in civitai if not lbl.likeness}
    assert {"character", "style", "concept", "clothing", "checkpoint", "pose", "tool"} <= kinds
    bounties = [lbl for lbl in sample.labels if lbl.entity == "bounty"]
    assert any(lbl.likeness for lbl in bounties) and any(not lbl.likeness for lbl in bounties)
    assert any(lbl.prominence == "private_or_unknown" for lbl in bounties)


def test_no_item_is_labelled_both_youth_and_sexual(sample: Sample) -> None:
    assert not [lbl for lbl in sample.labels if lbl.minor_risk and lbl.sexual_intent]
    youth_ids = {
        lbl.model_id for lbl in sample.labels if lbl.minor_risk and lbl.platform == "civitai"
    }
    assert youth_ids
    for item in sample.civitai_models:
        if str(item["id"]) not in youth_ids:
            continue
        assert item["nsfwLevel"] & ~3 == 0 and not item["nsfw"]
        text = json.dumps([item["name"], item["description"], item["tags"]]).lower()
        assert not any(word in text for word in NSFW_WORDS)
        for version in item["modelVersions"]:
            assert all(image["nsfwLevel"] in (1, 2) for image in version["images"])
            assert not any(
                word in w.lower() for w in version["trainedWords"] for word in NSFW_WORDS
            )


def test_files_are_real_safetensors_and_the_hashes_are_theirs(sample: Sample) -> None:
    checked = 0
    for item in sample.civitai_models:
        for version in item["modelVersions"]:
            for file in version["files"]:
                stored = sample.files[file["hashes"]["SHA256"].lower()]
                data = stored.data
                assert hashlib.sha256(data).hexdigest().upper() == file["hashes"]["SHA256"]
                assert file["hashes"]["AutoV2"] == file["hashes"]["SHA256"][:10]
                assert file["hashes"]["CRC32"] == f"{zlib.crc32(data):08X}"
                assert abs(file["sizeKB"] * 1024 - len(data)) < 1
                length, header = read_header(data)
                assert 8 + length <= len(data)
                for name, tensor in header.items():
                    if name != "__metadata__":
                        begin, end = tensor["data_offsets"]  # type: ignore[index]
                        assert 0 <= begin <= end <= len(data) - 8 - length
                checked += 1
    assert checked >= 400
    lengths = [
        struct.unpack("<Q", f.data[:8])[0]
        for f in sample.files.values()
        if f.name.endswith(".safetensors")
    ]
    assert max(lengths) > 100_000  # one header needs a second range request
    assert sum(len(f.data) > 100_000 for f in sample.files.values()) >= 3


def test_likeness_headers_carry_kohya_metadata_and_header_only_models_hide_the_name(
    sample: Sample,
) -> None:
    by_id = {item["id"]: item for item in sample.civitai_models}
    header_only = [lbl for lbl in sample.labels if lbl.header_only and lbl.platform == "civitai"]
    assert header_only
    for lbl in header_only:
        item = by_id[int(lbl.model_id)]
        assert lbl.target is not None
        surname = lbl.target.split()[-1].lower()
        shown = json.dumps(
            [
                item["name"],
                item["description"],
                item["tags"],
                item["modelVersions"][0]["trainedWords"],
            ]
        )
        assert surname not in shown.lower()
        file = item["modelVersions"][0]["files"][0]
        _, header = read_header(sample.files[file["hashes"]["SHA256"].lower()].data)
        metadata = header["__metadata__"]
        assert isinstance(metadata, dict)
        dirs = json.loads(metadata["ss_dataset_dirs"])
        assert any(surname in folder for folder in dirs)
        assert surname in metadata["ss_output_name"]
        assert isinstance(json.loads(metadata["ss_tag_frequency"]), dict)


def test_hf_reuploads_share_the_exact_civitai_file(sample: Sample) -> None:
    civitai_sha = {
        item["id"]: {
            f["hashes"]["SHA256"].lower() for v in item["modelVersions"] for f in v["files"]
        }
        for item in sample.civitai_models
    }
    reuploads = [lbl for lbl in sample.labels if lbl.reupload_of]
    assert len(reuploads) >= 20
    bland = 0
    for lbl in reuploads:
        assert lbl.reupload_of is not None and lbl.reupload_of[0] == "civitai"
        weights = [f for f in sample.hf_repo_files[lbl.model_id] if f.lfs]
        assert weights[0].sha256 in civitai_sha[int(lbl.reupload_of[1])]
        assert hashlib.sha256(sample.files[weights[0].sha256].data).hexdigest() == weights[0].sha256
        bland += bool(re.fullmatch(r"user\d+/lora-\d+(-\d+)?", lbl.model_id))
    assert bland == len(reuploads)
    hf_tags = {tag for item in sample.hf_models for tag in item["tags"]}
    assert {"lora", "text-to-image", "template:sd-lora"} <= hf_tags
    assert any(tag.startswith("base_model:adapter:") for tag in hf_tags)


def test_same_seed_same_sample_other_seed_other_sample() -> None:
    first = load_sample.__wrapped__(7, 40, 6, 12)  # bypass the cache: really rebuild
    again = load_sample.__wrapped__(7, 40, 6, 12)
    other = load_sample.__wrapped__(8, 40, 6, 12)
    assert json.dumps(first.civitai_models) == json.dumps(again.civitai_models)
    assert json.dumps(first.hf_models) == json.dumps(again.hf_models)
    assert first.labels == again.labels
    assert set(first.files) == set(again.files)
    assert json.dumps(first.civitai_models) != json.dumps(other.civitai_models)


def test_streaming_generator_is_deterministic_and_labelled() -> None:
    first = list(itertools.islice(iter_civitai_items(300, seed=3), 300))
    again = list(iter_civitai_items(300, seed=3))
    assert first == again and len(first) == 300
    ids = [item["id"] for item in first]
    assert ids == sorted(ids) and len(set(ids)) == 300
    labels = [lbl for _, lbl in iter_labeled_civitai_items(300, seed=3)]
    assert [lbl.model_id for lbl in labels] == [str(i) for i in ids]
    assert any(lbl.likeness for lbl in labels) and not any(
        lbl.minor_risk and lbl.sexual_intent for lbl in labels
    )


def test_labels_round_trip_through_jsonl(sample: Sample, tmp_path: Path) -> None:
    path = tmp_path / "labels.jsonl"
    assert sample.write_labels(path) == len(sample.labels)
    assert tuple(read_labels_jsonl(path)) == sample.labels
    assert isinstance(sample.label("civitai", str(sample.civitai_models[0]["id"])), SampleLabel)


def test_invented_names_are_not_on_civitais_real_people_list(sample: Sample) -> None:
    poi_file = SHARED / "lexicons" / "civitai" / "words-poi.json"
    if not poi_file.exists():
        pytest.skip(f"../shared is absent: cannot check names against {poi_file}")
    real = {_norm(name) for name in json.loads(poi_file.read_text(encoding="utf-8"))}
    targets = {lbl.target for lbl in sample.labels if lbl.target}
    assert targets
    clashes = [target for target in targets if _norm(target) in real]
    assert not clashes, f"{len(clashes)} invented names are on the real-people list"
