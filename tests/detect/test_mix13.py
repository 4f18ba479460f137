"""A face mix whose recipe gives a named person a share ("Face mix: <Name> 60%, random generated
face 40%") reproduces that person's face in part: flagged, the person the target (name_shape
22). Twins: checkpoint merge recipes of model names, style mixes, shares without a mix. Invented
people only."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.evalsets import record_of
from dfaudit.detect.fields import view
from dfaudit.detect.signals.name_shape import _recipe_share
from dfaudit.records import ModelRecord


def _mix(title: str, lines: list[str], tags: tuple[str, ...] = ("merge",)) -> ModelRecord:
    items = "".join(f"<li>{line}</li>" for line in lines)
    raw = {
        "id": 7,
        "name": title,
        "type": "LORA",
        "tags": list(tags),
        "description": f"<p>Face mix:</p><ul>{items}</ul>",
        "modelVersions": [],
    }
    return record_of(raw, "civitai")


@pytest.mark.parametrize(
    ("lines", "person"),
    [
        (["Marta Kowalczyk 60%", "random generated face 40%"], "Marta Kowalczyk"),
        (["40 % Tomasz Brenner", "60 % generic face"], "Tomasz Brenner"),
        (["Elena Varga: 70%", "my own face blend 30%"], "Elena Varga"),
        (["Daniel Okafor (55%)", "stock portrait faces (45%)"], "Daniel Okafor"),
    ],
)
def test_a_named_person_with_a_share_of_a_face_mix(lines: list[str], person: str) -> None:
    finding = Detector().detect(_mix("Face mix #12", lines))
    assert finding.likeness
    assert finding.target_name == person


@pytest.mark.parametrize(
    "lines",
    [
        ["Realistic Vision 60%", "Dream Shaper 40%"],
        ["Velvet Mix 50%", "Cinder Merge 50%"],
        ["photoreal base 70%", "anime base 30%"],
        ["random generated face 60%", "averaged faces 40%"],
    ],
)
def test_model_recipes_and_faceless_mixes_stay_unflagged(lines: list[str]) -> None:
    record = _mix("Checkpoint mix #3", lines, tags=("merge", "checkpoint"))
    assert not _recipe_share(view(record).description)
    assert not Detector().detect(record).likeness


def test_a_share_without_a_mix_word_is_no_recipe() -> None:
    assert not _recipe_share("Dataset:\nMarta Kowalczyk 60%\nother photos 40%")
    assert _recipe_share("Face blend:\nMarta Kowalczyk 60%\nother photos 40%")
