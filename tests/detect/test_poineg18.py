"""A listed name where it names no one's face, and a listed name in two more forms (gazetteer v11).

An invented list only. A listed name on a negative prompt's line, naming a place, a thing, a
product or a work ("<Name> Stadium", "the album <Name>"), is no likeness evidence, nor is the
same name elsewhere on that page; each rule has its twin: the line ended, a person beside the
thing ("<Name> at the Stadium"), a place a person is shown in ("<Name> beach"), a page that
shows a person (a trade tag, "photos of her"), the title naming the person themself. The forms:
initials with full stops and the family name ("M. Vossberg"), and a name split between the
title and a tag ("Mira LoRA" tagged "vossberg"); their twins: no full stop, initials two
entries share, a title of more words, another tag."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.lexicon import Lexicon, parse_lexicon_text
from dfaudit.detect.signals.gazetteer import Gazetteer
from dfaudit.detect.signals.minor_cues import MinorCues
from dfaudit.records import ModelRecord

from .conftest import model

INVENTED = '["Mira Vossberg", "Tavia Quennell", "Tomas Quennell", "Ysolde Marie Marrick"]'


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon(parse_lexicon_text(INVENTED, "poi", source="test"))


def _targets(lexicon: Lexicon, record: ModelRecord) -> set[str]:
    hits = Gazetteer(lexicon).hits(record)
    return {str(h.value) for h in hits if h.aspect == "target"}


SCENERY = ("scenery", "background", "architecture")


@pytest.mark.parametrize(
    ("record", "named"),
    [
        # a negative prompt's line
        (
            model(
                "NaturaLens Realistic",
                model_type="Checkpoint",
                description="Settings: 30 steps.\nNegative prompt: lowres, bad hands, "
                "Mira Vossberg, watermark, (worst quality:1.4)",
            ),
            False,
        ),
        (
            model(
                "NaturaLens Realistic",
                model_type="Checkpoint",
                description="neg: lowres, mira vossberg, bad anatomy",
            ),
            False,
        ),
        # twins: the line has ended; a positive prompt's line
        (
            model(
                "Portrait LoRA",
                description="Negative prompt: lowres, bad hands\n"
                "Trained on 40 photos of Mira Vossberg.",
            ),
            True,
        ),
        (
            model("Portrait LoRA", description="Prompt: photo of Mira Vossberg ohwx, smiling"),
            True,
        ),
        # thanks in the description: the uploader's helpers (twin: thanks after the subject)
        (model("Soft Portraits", description="Shout-out to Mira Vossberg for testing!"), False),
        (model("Soft Portraits", description="Special thanks to Mira Vossberg."), False),
        (
            model(
                "Soft Portraits",
                description="Trained on 40 photos of Mira Vossberg. Thanks to all testers!",
            ),
            True,
        ),
        # a place, a thing, a product or a work named after someone
        (model("Mira Vossberg Stadium at Night", tags=SCENERY), False),
        (model("Mira Vossberg International Airport", tags=SCENERY), False),
        (model("Estadio Mira Vossberg", tags=SCENERY), False),
        (model("Mira Vossberg Signature Sneakers", tags=("product", "object")), False),
        (model("Diner from Mira Vossberg (film)", tags=SCENERY), False),
        (
            model(
                "Neon Diner",
                tags=SCENERY,
                description="The diner of the album Mira Vossberg, no characters.",
            ),
            False,
        ),
        # ... and the same name in a trigger or a tag of that page
        (
            model(
                "Mira Vossberg Memorial Bridge",
                tags=(*SCENERY, "mira vossberg"),
                trained_words=("miravossberg bridge",),
            ),
            False,
        ),
        # twins: someone at the thing; a place a person is shown in; a page that shows a
        # person; the title naming the person, the description a thing named after her
        (model("Mira Vossberg at the Stadium", tags=SCENERY), True),
        (model("Mira Vossberg beach", tags=("photorealistic",)), True),
        (model("Mira Vossberg Stadium", tags=("celebrity", "photorealistic")), True),
        (
            model(
                "Mira Vossberg Sneakers",
                tags=("product",),
                description="Trained on 30 photos of her in sneakers.",
            ),
            True,
        ),
        (
            model(
                "Mira Vossberg | realistic LoRA",
                description="She opened the Mira Vossberg Stadium in 2021.",
            ),
            True,
        ),
        (model("Mira Vossberg (actress)", tags=("photorealistic",)), True),
    ],
)
def test_a_name_that_names_no_face_is_no_evidence(
    lexicon: Lexicon, record: ModelRecord, named: bool
) -> None:
    assert ("Mira Vossberg" in _targets(lexicon, record)) is named


@pytest.mark.parametrize(
    ("title", "entry"),
    [
        ("M. Vossberg - photoreal LoRA", "Mira Vossberg"),
        ("Y.M. Marrick", "Ysolde Marie Marrick"),
        ("Y. Marrick face", "Ysolde Marie Marrick"),
        # twins: no full stop; a lower-case initial; initials two entries share
        ("M Vossberg - photoreal LoRA", None),
        ("m. vossberg", None),
        ("T. Quennell - photoreal LoRA", None),
    ],
)
def test_initials_and_family_name(lexicon: Lexicon, title: str, entry: str | None) -> None:
    found = _targets(lexicon, model(title, tags=("photorealistic",)))
    assert found == ({entry} if entry else set())


@pytest.mark.parametrize(
    ("title", "tags", "named"),
    [
        ("Mira LoRA", ("photorealistic", "vossberg"), True),
        ("Vossberg - realistic v2", ("mira", "portrait"), True),
        # twins: the title says more; the tag is another word
        ("Mira at the lake", ("photorealistic", "vossberg"), False),
        ("Mira LoRA", ("photorealistic", "vossbergs"), False),
    ],
)
def test_a_name_split_between_title_and_tag(
    lexicon: Lexicon, title: str, tags: tuple[str, ...], named: bool
) -> None:
    found = _targets(lexicon, model(title, tags=tags))
    assert ("Mira Vossberg" in found) is named


def test_the_detector_reads_a_negative_prompt_name_as_nothing(lexicon: Lexicon) -> None:
    detector = Detector(lexicon)
    page = "Recommended settings: DPM++ 2M, 30 steps.\nNegative prompt: lowres, {}, bad hands"
    negative = model(
        "DreamVale Checkpoint",
        model_type="Checkpoint",
        tags=("anime", "base model"),
        description=page.format("Mira Vossberg"),
    )
    assert not detector.detect(negative).likeness
    twin = model(
        "Mira Vossberg",
        tags=("photorealistic",),
        description="Trained on 40 photos of Mira Vossberg.",
    )
    found = detector.detect(twin)
    assert found.likeness and found.target_name == "Mira Vossberg"


@pytest.mark.parametrize(
    ("description", "named"),
    [
        ('"negative_prompt": "lowres, Mira Vossberg, watermark"', False),
        ("NEGATIVE PROMPT = lowres, Mira Vossberg", False),
        ("Negative prompt - lowres, Mira Vossberg", False),
        # twins: a prompt's label; "negative" in prose
        ('"prompt": "photo of Mira Vossberg, smiling"', True),
        ("The only negative - Mira Vossberg is hard to train.", True),
    ],
)
def test_a_negative_prompt_label_in_any_spelling(
    lexicon: Lexicon, description: str, named: bool
) -> None:
    record = model("Portrait LoRA", description=description)
    assert ("Mira Vossberg" in _targets(lexicon, record)) is named


@pytest.mark.parametrize(
    ("description", "cue"),
    [
        ('"negative_prompt": "child, 15 years old, lowres"', False),
        ("Negative prompt - child, 15 years old", False),
        ('"prompt": "15 years old"', True),  # twin: a prompt's line
    ],
)
def test_minor_cues_read_the_same_negative_prompt_labels(description: str, cue: bool) -> None:
    hits = MinorCues().hits(model("Mira Oxley", tags=("portrait",), description=description))
    assert any(h.score >= 0.85 for h in hits) is cue


SETTINGS = "Settings: DPM++ 2M, 28 steps, CFG 5, hires fix, weight 0.7, clip skip 1. " * 10


@pytest.mark.parametrize(
    ("description", "strong"),
    [
        # a sentence or a label far down the page that says who the model shows
        (f"face lora\n{SETTINGS}\nPS: this is Mira Vossberg.", True),
        (f"face lora\n{SETTINGS}\n(yes, it's Mira Vossberg)", True),
        (f"face lora\n{SETTINGS}\n인물: Mira Vossberg", True),
        (f"face lora\n{SETTINGS}\nSubject: Mira Vossberg", True),
        # twins: a passing mention far down; a denial
        (f"face lora\n{SETTINGS}\nworks with Mira Vossberg prompts too.", False),
        (f"face lora\n{SETTINGS}\nthis is not Mira Vossberg.", False),
    ],
)
def test_a_subject_introduced_far_down_the_page(
    lexicon: Lexicon, description: str, strong: bool
) -> None:
    hits = Gazetteer(lexicon).hits(model("Face 42", tags=("realistic",), description=description))
    assert any(h.aspect == "likeness" and h.score >= 1.0 for h in hits) is strong


@pytest.mark.parametrize(
    ("description", "named"),
    [
        # a model's maker, then thanks: no mention is evidence
        (
            "merged from Mira Vossberg's base mix - thanks to Mira Vossberg for the permission",
            False,
        ),
        ("Built on Mira Vossberg's realism merge.", False),
        # twins: her face, her photos; a credit first and the subject after it
        ("Mira Vossberg's face, 40 photos.", True),
        ("Thanks to Mira Vossberg for the idea. Trained on 40 photos of Mira Vossberg.", True),
    ],
)
def test_a_models_maker_and_the_mentions_after_a_credit(
    lexicon: Lexicon, description: str, named: bool
) -> None:
    record = model("LumenReal v3", model_type="Checkpoint", description=description)
    assert ("Mira Vossberg" in _targets(lexicon, record)) is named
