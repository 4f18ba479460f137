"""A face blended from named people is each of their likenesses (issue 8, tenth round), whatever
blend or mix words the title and tags hold; a blend of many generated faces, of checkpoints or
of styles is nobody's (invented people only)."""

from __future__ import annotations

from dfaudit.detect.engine import Detector
from dfaudit.detect.names import blended_names
from dfaudit.store.normalize import normalize_civitai_model


def _page(name: str, description: str, tags: list[str], kind: str = "LORA") -> dict[str, object]:
    return {
        "id": 1011,
        "name": name,
        "type": kind,
        "tags": tags,
        "description": description,
        "modelVersions": [
            {"id": 1, "name": "v1", "files": [{"id": 2, "name": "a.safetensors", "type": "Model"}]}
        ],
    }


def test_the_names_a_blend_is_made_of() -> None:
    text = "A blend of Odile Draystide, Brianna Varnwick and Sunniva Prydenfold. Weight 0.7."
    assert blended_names(text) == ("Odile Draystide", "Brianna Varnwick", "Sunniva Prydenfold")
    assert blended_names("mix of Maren Kellander x Ilse Wraxander") == (
        "Maren Kellander",
        "Ilse Wraxander",
    )


def test_no_names_in_blends_of_faces_models_or_styles() -> None:
    for text in (
        "A blend of 200 generated faces, purely coincidental.",
        "A mix of Realistic Vision and Dream Shaper at 0.5.",
        "A blend of Pastel Dreams, Candy Pop and Soft Focus styles.",
        "A blend of Odile Draystide.",  # one name: a person, not a blend (other signals)
    ):
        assert blended_names(text) == (), text


def test_a_blend_of_named_people_is_their_likeness(detector: Detector) -> None:
    page = _page(
        "Draystide x Varnwick x Prydenfold blend",
        "A blend of Odile Draystide, Brianna Varnwick, Sunniva Prydenfold.",
        ["blend", "realistic"],
    )
    finding = detector.detect(normalize_civitai_model(page).model)
    assert finding.likeness
    assert finding.target_name == "Odile Draystide"
    assert finding.target_gender == "female"


def test_a_blend_of_unnamed_faces_stays_unflagged(detector: Detector) -> None:
    for description in (
        "A blend of 200 generated faces. Any resemblance is coincidental.",
        "A mix of Realistic Vision and Dream Shaper, for portraits.",
    ):
        page = _page("Soft face blend", description, ["blend", "realistic"])
        assert not detector.detect(normalize_civitai_model(page).model).likeness, description
