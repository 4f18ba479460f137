"""What the held-out set 20 showed, by kind of evidence (invented people only):

* initials before a person word, dotted in any case and spacing ("B.T. woman lora", "q. v.
  Man", "S.K.-girl"), read as the undotted "KM woman" is; not a common short word dotted
  ("A.I. woman", "O.C. girl");
* a negative prompt's words ("Negative prompt: cartoon, 3d, doll") are what images steer away
  from: no fiction the subject comes from, whatever the relation word or name beside them;
* a private place beside a first name in brackets either side and with trailing decoration
  ("Kelsey (office) ✨", "[work] Marisol"), unless the page is a drawn character's.

Each rule has a twin that must not fire."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.vocab import without_negative_prompts

from .conftest import likeness_features, model

DETECTOR = Detector()
NEG = (
    "\nweight 0.7\n(x:1.1), office, window light, 35mm photo\n"
    "Negative prompt: cartoon, 3d, doll, plastic skin\nChangelog: v2 retrained"
)


@pytest.mark.parametrize(
    "title", ["B.T. woman lora", "b. t. Woman LoRA", "S.K.-girl", "Q.V.R. man", "d.q._guy"]
)
def test_dotted_initials_and_person_word(title: str) -> None:
    record = model(title, tags=("celebrity", "woman"), description="famous model, real person")
    assert "subject:initials_person" in likeness_features(DETECTOR, record)
    assert DETECTOR.detect(record).likeness


@pytest.mark.parametrize("title", ["A.I. woman lora", "O.C. girl", "Sci.Fi. woman", "B.T. style"])
def test_dotted_initials_twins(title: str) -> None:
    record = model(title, tags=("woman",), description="generic face, no real person")
    assert "subject:initials_person" not in likeness_features(DETECTOR, record)
    assert not DETECTOR.detect(record).likeness


def test_negative_prompt_blanked_same_length() -> None:
    text = "a\nNegative prompt: cartoon, 3d\nfrom the cartoon. NEG = anime. ok"
    out = without_negative_prompts(text)
    assert len(out) == len(text)
    assert "3d" not in out and "from the cartoon" in out and "anime" not in out
    assert out.endswith(". ok")
    assert without_negative_prompts("no such line, cartoon") == "no such line, cartoon"


@pytest.mark.parametrize(
    ("title", "description", "tags", "trigger"),
    [
        ("Jonas (ex) ✨", "ex Jonas from college, his old photos", ("man",), "jonas"),
        (
            "neighbour Odile B.",
            "Odile Brightmoor from across the street, her garden party pics",
            ("woman",),
            "odile",
        ),
        ("Marisol (office) ✨", "colleague Marisol, she doesnt know", ("woman",), "marisol"),
    ],
)
def test_relation_beside_name_with_negative_prompt(
    title: str, description: str, tags: tuple[str, ...], trigger: str
) -> None:
    record = model(
        title, tags=(*tags, "realistic"), description=description + NEG, trained_words=(trigger,)
    )
    feats = likeness_features(DETECTOR, record)
    assert "subject:private_name" in feats
    assert "fiction:description" not in feats
    assert DETECTOR.detect(record).likeness


@pytest.mark.parametrize(
    ("title", "description", "trigger"),
    [
        # the same relation and name on a drawn character's page
        ("Jonas (ex) ✨", "ex Jonas from the cartoon Starfall Academy, fan art", "jonas"),
        ("Marisol (office) ✨", "Marisol from the anime Office Tales", "marisol"),
    ],
)
def test_relation_beside_name_on_fiction_page(title: str, description: str, trigger: str) -> None:
    record = model(title, tags=("woman",), description=description, trained_words=(trigger,))
    assert "subject:private_name" not in likeness_features(DETECTOR, record)
    assert not DETECTOR.detect(record).likeness


@pytest.mark.parametrize(
    "title", ["Kelsey (office)", "Marisol [work] 🌸", "(office) Marisol", "[gym] Kelsey v2"]
)
def test_private_place_in_brackets(title: str) -> None:
    trigger = "kelsey" if "Kelsey" in title else "marisol"
    record = model(title, tags=("woman", "realistic"), trained_words=(trigger,))
    assert "subject:private_name" in likeness_features(DETECTOR, record)
    assert DETECTOR.detect(record).likeness


@pytest.mark.parametrize("title", ["Office (lady)", "Gym (outfit) ✨", "(office) look v2"])
def test_private_place_in_brackets_twins(title: str) -> None:
    record = model(title, tags=("woman", "realistic"), trained_words=("officelook",))
    assert "subject:private_name" not in likeness_features(DETECTOR, record)
    assert not DETECTOR.detect(record).likeness


@pytest.mark.parametrize(
    "description",
    [
        "a blend of Liesel Rosenvald + Tessaly Kestrand (60/40)\nmerge of my celeb loras",
        "A mix of Tessaly Kestrand and Liesel Rosenvald, 50/50.",
    ],
)
def test_blend_partner_read_by_shape(description: str) -> None:
    record = model("Liesel x Tessaly blend", tags=("woman", "blend"), description=description)
    assert "name_shape:described:blend" in likeness_features(DETECTOR, record)
    assert DETECTOR.detect(record).likeness


@pytest.mark.parametrize(
    "description",
    [
        "a blend of Liesel Rosenvald + Dark Fantasy style",
        "a mix of Realistic Vision x Epic Photo, 60/40",
    ],
)
def test_blend_partner_twins(description: str) -> None:
    record = model("Soft blend", tags=("woman", "blend"), description=description)
    assert "name_shape:described:blend" not in likeness_features(DETECTOR, record)
