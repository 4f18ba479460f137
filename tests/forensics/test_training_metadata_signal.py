"""The training-metadata signal: names in headers are evidence, fiction and concepts are not.

All people here are invented.
"""

from __future__ import annotations

import json

import pytest

from dfaudit.detect.base import Hit
from dfaudit.detect.signals.training_metadata import TrainingMetadata, parse_dataset_dir
from dfaudit.records import ModelRecord


def record(*blocks: dict[str, str]) -> ModelRecord:
    return ModelRecord(
        platform="civitai",
        model_id="1",
        url="u",
        name="Detail Helper",
        model_type="LORA",
        training_metadata=tuple(blocks),
    )


def kohya(folder: str, tags: dict[str, int], output: str = "helper_v1") -> dict[str, str]:
    return {
        "ss_output_name": output,
        "ss_dataset_dirs": json.dumps({folder: {"n_repeats": 10, "img_count": 30}}),
        "ss_tag_frequency": json.dumps({folder: tags}),
    }


def hits_of(*blocks: dict[str, str]) -> list[Hit]:
    return TrainingMetadata().hits(record(*blocks))


def likeness_total(hits: list[Hit]) -> float:
    return sum(h.score for h in hits if h.aspect == "likeness")


def values(hits: list[Hit], aspect: str) -> set[str | None]:
    return {h.value for h in hits if h.aspect == aspect}


@pytest.mark.parametrize(
    ("folder", "trigger", "class_word"),
    [
        ("20_maren kowalczyk woman", "maren kowalczyk", "woman"),
        ("10_Tobias Lindqvist man", "tobias lindqvist", "man"),
        ("/data/train/5_ohwx woman", "ohwx", "woman"),
        ("10_red dress", "red dress", None),
        ("10_rin kazehara 1girl", "rin kazehara", "1girl"),
        ("15_watercolor style", "watercolor", "style"),
        ("woman", "woman", None),
    ],
)
def test_parse_dataset_dir(folder: str, trigger: str, class_word: str | None) -> None:
    parsed = parse_dataset_dir(folder)
    assert (parsed.trigger, parsed.class_word) == (trigger, class_word)


@pytest.mark.parametrize(
    ("metadata", "target", "gender"),
    [
        (
            kohya(
                "20_maren kowalczyk woman", {"maren kowalczyk": 30, "1girl": 28, "realistic": 20}
            ),
            "Maren Kowalczyk",
            "female",
        ),
        (kohya("10_Tobias Lindqvist man", {"photo": 12}), "Tobias Lindqvist", "male"),
        # Only the caption tags carry the name (a neutral folder).
        (kohya("10_img", {"dalia verhoeven": 40, "smile": 9}), "Dalia Verhoeven", "female"),
        # Only the output name and modelspec carry it.
        (
            {"ss_output_name": "sela_brandt_v2", "modelspec.title": "sela_brandt_v2"},
            "Sela Brandt",
            None,
        ),
        ({"modelspec.trigger_phrase": "Ilona Varga"}, "Ilona Varga", "female"),
    ],
)
def test_person_names_in_headers_are_likeness_and_target_evidence(
    metadata: dict[str, str], target: str, gender: str | None
) -> None:
    hits = hits_of(metadata)
    assert likeness_total(hits) >= 0.6
    assert target in values(hits, "target")
    assert all(h.field.startswith("header:") for h in hits)
    if gender:
        assert gender in values(hits, "gender")


def test_person_class_without_a_name_is_weaker_evidence_with_gender() -> None:
    hits = hits_of(kohya("5_ohwx woman", {"ohwx woman": 20, "realistic": 20}))
    assert 0 < likeness_total(hits) <= 0.5
    assert values(hits, "target") == set()
    assert values(hits, "gender") == {"female"}


@pytest.mark.parametrize(
    "metadata",
    [
        # An anime character: the name has a person's shape, the class and captions say anime.
        kohya("10_rin kazehara 1girl", {"rin kazehara": 30, "1girl": 30, "solo": 28}),
        kohya("10_lyra valemont", {"lyra valemont": 30, "1girl": 30, "animal ears": 12}),
        kohya("10_kael", {"kael dravenmoor (starfall saga)": 25, "1boy": 25}),
        kohya("10_juno", {"juno starkweather": 30, "genshin impact": 30}),
        kohya("10_tiny planet", {"tiny planet": 25, "1girl": 20, "outdoors": 4}),
        kohya("10_watercolor style", {"no humans": 12, "watercolor style": 30}),
    ],
)
def test_fiction_and_concepts_give_only_negative_evidence(metadata: dict[str, str]) -> None:
    hits = hits_of(metadata)
    assert hits, "expected negative evidence"
    assert all(h.score < 0 for h in hits if h.aspect == "likeness")
    assert values(hits, "target") == set()


@pytest.mark.parametrize(
    "metadata",
    [
        {"ss_network_module": "networks.lora", "ss_network_dim": "16"},
        kohya("10_rainy window", {"rainy window": 25, "scenery": 20}, output="rainy_window"),
        {"ss_tag_frequency": "not json", "ss_dataset_dirs": "[1, 2]"},
    ],
)
def test_bland_or_broken_metadata_gives_nothing(metadata: dict[str, str]) -> None:
    assert hits_of(metadata) == []


def test_no_metadata_no_hits_and_repeated_blocks_are_not_double_counted() -> None:
    assert TrainingMetadata().hits(record()) == []
    block = kohya("20_maren kowalczyk woman", {"maren kowalczyk": 30})
    assert hits_of(block, block) == hits_of(block)
