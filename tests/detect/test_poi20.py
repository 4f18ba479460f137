"""Round 18 wave 2 fixes found on poi20, as general shapes: a Civitai LoRA's base-model tag
("sdxl") says what it plugs into, not that it is a tool, as on a Hugging Face adapter; the
slot after "played by" holds a person's name in any case; a negative prompt's drawn words
("cartoon, 3d") say nothing of what the model shows. Each
positive has a twin of the same shape that must not fire. Invented names only."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.signals.non_subject import NonSubject
from dfaudit.records import ModelRecord

from .conftest import model


def _tool_tags(title: str, model_type: str) -> list[str]:
    record = model(title, model_type=model_type, tags=("sdxl",), description=f"{title} !!!")
    return [h.text for h in NonSubject().hits(record) if h.feature == "non_subject:tool_tag"]


def test_base_model_tag_of_a_civitai_lora_is_no_tool() -> None:
    assert _tool_tags("MARTA VELKOWSKI | SDXL", "LORA") == []
    assert _tool_tags("MARTA VELKOWSKI | SDXL", "LoCon") == []
    # twin: a checkpoint tagged sdxl is still a tool
    assert _tool_tags("MARTA VELKOWSKI | SDXL", "Checkpoint") == ["sdxl"]


def test_caps_name_lora_tagged_only_by_its_base_model(detector: Detector) -> None:
    record = model(
        "MARTA VELKOWSKI | SDXL",
        tags=("sdxl",),
        description="MARTA VELKOWSKI !!!",
        file_names=("marta_velkowski.safetensors",),
    )
    finding = detector.detect(record)
    assert finding.likeness
    assert finding.target_name is not None and finding.target_name.lower() == "marta velkowski"
    # twins: the same page for a tool or a concept stays unflagged
    for title in ("DETAIL SLIDER", "NEON GLOW"):
        twin = model(
            f"{title} | SDXL",
            tags=("sdxl",),
            description=f"{title} !!!",
            file_names=(title.lower().replace(" ", "_") + ".safetensors",),
        )
        assert not detector.detect(twin).likeness


# --- "played by <given> <family>" in lower case ---------------------------------------------


def _role_page(actor_clause: str) -> ModelRecord:
    return model(
        "Dr. Quell - Harbor Lights",
        tags=("character", "tv series"),
        trained_words=("drquell",),
        description=f"Dr. Quell from Harbor Lights (TV), played by {actor_clause}\ntrigger: x",
    )


@pytest.mark.parametrize("actor", ["odile hunter", "vern chase", "odile k hunter"])
def test_lower_case_actor_after_played_by(detector: Detector, actor: str) -> None:
    # a family name that is also a word: no table reads the pair, the slot does
    finding = detector.detect(_role_page(actor))
    assert finding.likeness
    assert finding.target_name == actor.title()


@pytest.mark.parametrize(
    "clause", ["several actresses", "the same actress", "my friend", "odile and hunter"]
)
def test_lower_case_phrase_after_played_by_is_no_actor(detector: Detector, clause: str) -> None:
    # twins: the slot holds a phrase, not a name
    finding = detector.detect(_role_page(clause))
    assert not any(h.feature == "live_action:actor" for h in finding.hits)


# --- a negative prompt's drawn words --------------------------------------------------------


def _pack(negative: str) -> ModelRecord:
    return model(
        "Portrait pack 41",
        tags=("portrait", "realistic"),
        trained_words=("martaVelkowski",),
        description=(
            "use trigger\ntrigger: martaVelkowski\n(martaVelkowski:1.1), office, 35mm photo\n"
            f"{negative}cartoon, 3d, doll"
        ),
    )


def test_drawn_words_of_a_negative_prompt_are_no_fiction(detector: Detector) -> None:
    finding = detector.detect(_pack("Negative prompt: "))
    assert not any(h.feature == "fiction:description" for h in finding.hits)
    assert finding.likeness
    # twin: the same words as the page's own line still say drawn
    twin = detector.detect(_pack("style: "))
    assert any(h.feature == "fiction:description" for h in twin.hits)
