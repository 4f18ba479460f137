"""Prominence from public roles and audience size (invented people only)."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.signals.public_role import PublicRole, audience_size
from dfaudit.records import ModelRecord


def record(name: str, description: str = "", tags: tuple[str, ...] = ()) -> ModelRecord:
    return ModelRecord(
        platform="civitai",
        model_id="1",
        url="u",
        name=name,
        model_type="LORA",
        tags=tags,
        description=description,
    )


@pytest.mark.parametrize(
    ("name", "description", "expected"),
    [
        ("Maren Solberg", "Maren Solberg – Norwegian news anchor.", "public_figure"),
        (
            "Teodor Kinsella",
            "Teodor Kinsella, Australian actor. Trained on 70 photos.",
            "public_figure",
        ),
        ("K.V. (tennis player) embedding", "", "public_figure"),
        ("Lia Moreau", "Lia Moreau is a French singer and songwriter.", "public_figure"),
        ("Ines Braga", "Ines Braga – Brazilian model.", "public_figure"),
        ("Skin detail", "works with any model", None),
        ("Nina Valdes", "my neighbour, her insta has 95 followers", "private_or_unknown"),
        ("Nina Valdes", "instagram model, 2.1M followers", "online_creator"),
        ("Nina Valdes", "tiktok girl with 48k followers", "online_creator"),
        ("Aiko AI actress", "an AI actress persona", None),
        ("Detail slider", "makes the model sharper", None),
    ],
)
def test_public_role_hits(name: str, description: str, expected: str | None) -> None:
    hits = PublicRole().hits(record(name, description))
    values = {h.value for h in hits}
    if expected is None:
        assert not hits
    else:
        assert expected in values
        assert all(h.aspect == "prominence" for h in hits)


@pytest.mark.parametrize(
    ("number", "suffix", "size"),
    [
        ("95", None, 95),
        ("12,500", None, 12_500),
        ("12.500", None, 12_500),
        ("2.1", "M", 2_100_000),
        ("48", "k", 48_000),
        ("1,5", "k", 1_500),
    ],
)
def test_audience_size(number: str, suffix: str | None, size: int) -> None:
    assert audience_size(number, suffix) == size


def test_small_audience_outweighs_social_cues_in_the_finding() -> None:
    detector = Detector()
    private = detector.detect(
        record(
            "Nina Valdes LoRA",
            "Trained on photos of Nina Valdes, a friend from my gym; instagram @ninavaldes_, "
            "95 followers.",
            ("woman", "realistic"),
        )
    )
    assert private.likeness and private.prominence == "private_or_unknown"
    anchor = detector.detect(
        record("Maren Solberg", "Maren Solberg – Norwegian news anchor. Likeness LoRA.", ("woman",))
    )
    assert anchor.likeness and anchor.prominence == "public_figure"
