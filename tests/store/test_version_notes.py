"""What a Civitai model's versions say about themselves ("About this version") is read with its
description: uploaders often name the person there only."""

from __future__ import annotations

from typing import Any

from dfaudit.detect.engine import Detector
from dfaudit.store.normalize import MAX_VERSION_NOTES_CHARS, normalize_civitai_model


def item(description: Any, *notes: Any, name: str = "VX9 face") -> dict[str, Any]:
    return {
        "id": 4242,
        "name": name,
        "type": "LORA",
        "tags": ["realistic"],
        "description": description,
        "modelVersions": [
            {"id": 100 + i, "name": f"v{i + 1}", "description": note, "trainedWords": ["vx9"]}
            for i, note in enumerate(notes)
        ],
    }


def description(raw: dict[str, Any]) -> str:
    return normalize_civitai_model(raw).model.description


def test_version_notes_follow_the_description_as_plain_text() -> None:
    raw = item("<p>Face LoRA.</p>", "<p>v2: more photos of <b>Mirela Vanterpool</b></p>", None)
    assert description(raw) == "Face LoRA.\nv2: more photos of Mirela Vanterpool"


def test_each_distinct_note_once_and_none_equal_to_the_description() -> None:
    raw = item("<p>Same text</p>", "Same text", "<p>retrained</p>", "retrained", "")
    assert description(raw) == "Same text\nretrained"


def test_notes_without_a_description_and_hostile_values() -> None:
    assert description(item(None, "only the version speaks")) == "only the version speaks"
    assert description(item("", 42, ["a list"], {"a": "dict"})) == ""
    assert description(item(None)) == ""


def test_notes_are_bounded_in_all() -> None:
    long = "word " * (MAX_VERSION_NOTES_CHARS // 2)
    raw = item("Model text.", long, "x" + long, "y" + long)
    text = description(raw)
    assert text.startswith("Model text.\n")
    assert len(text) <= len("Model text.\n") + MAX_VERSION_NOTES_CHARS + 2


def test_a_person_named_only_in_a_version_note_is_found() -> None:
    plain = item("See version notes. Dataset: 80 pics.", "")
    named = item(
        "See version notes. Dataset: 80 pics.",
        "<p>Trained on 80 photos of Mirela Vanterpool, the Dutch news presenter.</p>",
    )
    detector = Detector()
    before = detector.detect(normalize_civitai_model(plain).model)
    after = detector.detect(normalize_civitai_model(named).model)
    assert not before.likeness
    assert after.likeness
    assert after.target_name == "Mirela Vanterpool"
