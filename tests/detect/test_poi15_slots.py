"""Names read without a gazetteer (round 15): a person-shaped name, in any case, in a slot only
people fill: a photo's caption with a year or an event, a face pack's version, a request or
commission line, a birthday line, "(born 1989)", "photo of <name>," in a prompt. Each positive
has a twin of the same slot holding a product, a place, a character, a style or an invented
persona, which must not flag. Invented people only."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.signals.named_context import slot_person
from dfaudit.records import ModelRecord

from .conftest import model


def _pack(versions: tuple[str, ...], title: str = "Face pack #81") -> ModelRecord:
    return model(
        title,
        description="One face per version.",
        tags=("pack",),
        version_names=versions,
    )


CASES = [
    # a photo's caption with a year, under the page's sources
    (
        (
            "Press portrait #684",
            "Sources: Wikimedia Commons: “odette kettering in 2016” (CC BY-SA)",
        ),
        ("Press portrait #684", "Sources: Wikimedia Commons: “lake como in 2016” (CC BY-SA)"),
        "Odette Kettering",
    ),
    (
        ("Premiere look", "(image: Margit Hadrow at the premiere)"),
        ("Premiere look", "(image: Golden Gate at the premiere)"),
        "Margit Hadrow",
    ),
    # a request or commission line
    (
        ("[Request] bettina delvaux", "Patreon request (Gold tier): bettina delvaux."),
        ("[Request] golden hour", "Patreon request (Gold tier): golden hour."),
        "Bettina Delvaux",
    ),
    (
        ("Reddit request (SDXL)", "someone on r/StableDiffusion asked for Lukas Brennholt, here"),
        ("Reddit request (SDXL)", "someone on r/StableDiffusion asked for Sailor Moon, here"),
        "Lukas Brennholt",
    ),
    # a birthday line
    (
        ("Birthday edition", "Happy birthday, tamsin orlowe! A tribute release."),
        ("Birthday edition", "Happy birthday, rose garden! A tribute release."),
        "Tamsin Orlowe",
    ),
    # the living's dates
    (
        ("TI-odette", "The singer odette kettering (born 1989) is known worldwide."),
        ("TI-river", "austin harbour (built 1989) is known worldwide."),
        "Odette Kettering",
    ),
    # a widget prompt that opens on the name
    (
        ("portrait-lora-220", "odette kettering in a cafe, film photo\na portrait, soft light"),
        ("portrait-lora-220", "lake como in a cafe, film photo\na portrait, soft light"),
        "Odette Kettering",
    ),
    (
        ("lora-596948", "bettina delvaux, portrait, soft light"),
        ("lora-596948", "golden hour, portrait, soft light"),
        "Bettina Delvaux",
    ),
    # a weighted prompt block after "photo of", the family name a frequent word too
    (
        ("Portrait prompt set #660", "Use this prompt:\nphoto of (odette quill:1.2), soft light"),
        ("Portrait prompt set #660", "Use this prompt:\nphoto of (rose garden:1.2), soft light"),
        "Odette Quill",
    ),
    # the subject of a face model
    (
        ("odette kettering | face model", "odette kettering | face model. Base: Flux.1 Dev."),
        ("golden hour | face model", "golden hour | face model. Base: Flux.1 Dev."),
        "Odette Kettering",
    ),
    # "he" or "she" right after the name that opens the page
    (
        ("lukas brennholt [SD 1.5]", "lukas brennholt — he asked fans for softer light."),
        ("mira vossberg [SD 1.5]", "mira vossberg — she is an invented persona, no one real."),
        "Lukas Brennholt",
    ),
    # "photo of <name>," in an example prompt
    (
        ("portrait helper 31", "Example prompt: photo of margit hadrow, standing in a cafe"),
        ("portrait helper 31", "Example prompt: photo of lake como, golden hour, bokeh"),
        "Margit Hadrow",
    ),
]


@pytest.mark.parametrize(("positive", "twin", "target"), CASES)
def test_a_person_in_a_person_only_slot_is_flagged_and_its_twin_is_not(
    detector: Detector,
    positive: tuple[str, str],
    twin: tuple[str, str],
    target: str,
) -> None:
    found = detector.detect(model(positive[0], description=positive[1], tags=("portrait",)))
    assert found.likeness and found.target_name == target
    other = detector.detect(model(twin[0], description=twin[1], tags=("portrait",)))
    assert not other.likeness


def test_a_pack_version_named_by_a_person_is_flagged_beside_a_placeholder(
    detector: Detector,
) -> None:
    found = detector.detect(_pack(("v2 - lukas brennholt", "v1 - placeholder face")))
    assert found.likeness and found.target_name == "Lukas Brennholt"
    epoch = detector.detect(_pack(("odette kettering - e10",), title="Request pile #3"))
    assert epoch.likeness and epoch.target_name == "Odette Kettering"


@pytest.mark.parametrize(
    "versions",
    [
        ("v2 - golden hour", "v1 - placeholder face"),
        ("v2 - lake como", "v1 - rose garden"),
        ("v2 - sailor moon", "v1 - placeholder face"),
        ("v2 - mira vossberg (invented persona)", "v1 - placeholder face"),
        ("v2 - mira vossberg, AI character", "v1 - generic face"),
    ],
)
def test_a_pack_version_holding_no_person_is_not(
    detector: Detector, versions: tuple[str, ...]
) -> None:
    assert not detector.detect(_pack(versions)).likeness


def test_a_person_named_version_outside_a_pack_page_is_not_read_by_the_slot() -> None:
    record = model("Landscape set", description="Scenic views.", version_names=("v2 - lake como",))
    assert not Detector().detect(record).likeness


@pytest.mark.parametrize(
    ("candidate", "expected"),
    [
        ("odette kettering", "Odette Kettering"),
        ("bill hadrow", "Bill Hadrow"),  # a first name that is a word, before a rare surname
        ("rose garden", None),  # a first name that is a word, before a common word
        ("austin harbour", None),  # a place
        ("santa monica", None),  # a place's first word, then a first name
        ("jordan river", None),
        ("golden hour", None),  # a look
        ("sailor moon", None),  # no first name
        ("photo style", None),
    ],
)
def test_slot_person_reads_only_person_shaped_names(candidate: str, expected: str | None) -> None:
    assert slot_person(candidate) == expected


def test_a_name_said_to_be_a_placeholder_is_nobody_and_a_placeholder_image_clears_no_one(
    detector: Detector,
) -> None:
    said = model(
        "Odette Kettering (placeholder)",
        description="'Odette Kettering' is just a placeholder name for an average generated face.",
        tags=("generic",),
    )
    assert not detector.detect(said).likeness
    twin = model(
        "Odette Kettering",
        description="Portrait LoRA of Odette Kettering, the cellist. The cover is a placeholder "
        "image until v2.",
        tags=("portrait",),
    )
    assert detector.detect(twin).likeness
