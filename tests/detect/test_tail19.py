"""The description's tail (w2last, round 19): a long description that names its subject only in
its closing lines, after a settings block, a changelog or a support link ("PS: this is <Name>.",
"Dataset note: all images of <Name> (UK) ...", "this one is <Name>, requested on discord"), is
read there as its opening would be. Each positive has a twin of the same layout whose closing
line names no person (a thank-you, a support link, the uploader's own words). Invented people
only."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.evalsets import record_of
from dfaudit.detect.fields import TAIL_CHARS, description_tail
from dfaudit.records import ModelRecord

DETECTOR = Detector()

SETTINGS = (
    "Settings\n" + "sampler DPM++ 2M Karras, 28 steps, cfg 5, weight 0.6-0.8, clip skip 1\n" * 6
)
CHANGELOG = "Changelog\n10/25 v2: smaller rank\n09/04 v1: new dataset, more angles\n"
SUPPORT = "buy me a coffee ko-fi.com/quietforge\n"


def _lora(description: str) -> ModelRecord:
    raw = {
        "id": 7,
        "name": "Portrait LoRA #7",
        "type": "LORA",
        "tags": ["photorealistic", "portrait"],
        "description": description,
        "modelVersions": [{"id": 8, "name": "v1", "trainedWords": [], "files": []}],
    }
    return record_of(raw, "civitai")


def _long(last: str) -> str:
    return f"Realistic portrait LoRA.\n{SETTINGS}{CHANGELOG}{SUPPORT}{last}"


@pytest.mark.parametrize(
    "last",
    [
        "PS: this is Zorvena Maltrakis.",
        "Subject: Zorvena Maltrakis",
        "this one is Zorvena Maltrakis, requested on discord",
        "(yes, it's Zorvena Maltrakis)",
        "PS: for those asking, yes it's Zorvena Maltrakis from the morning show",
    ],
)
def test_a_name_in_the_closing_line_is_read(last: str) -> None:
    finding = DETECTOR.detect(_lora(_long(last)))
    assert finding.likeness
    assert finding.target_name == "Zorvena Maltrakis"


@pytest.mark.parametrize(
    "last",
    [
        "PS: this is my first LoRA.",
        "Thanks for downloading, post your images!",
        "Comments open, I reply most days.",
        "(yes, it's Velvet Harbor at night)",
        "this one is very slow, requested on discord",
        "PS: yes it's free now, enjoy",
    ],
)
def test_twin_a_closing_line_without_a_person_is_not_a_subject(last: str) -> None:
    finding = DETECTOR.detect(_lora(_long(last)))
    assert not finding.likeness
    assert finding.target_name is None


def test_the_tail_is_whole_lines_past_the_head_and_bounded() -> None:
    record = _lora(_long("PS: this is Zorvena Maltrakis."))
    tail = description_tail(record, 400)
    assert tail.endswith("PS: this is Zorvena Maltrakis.")
    assert len(tail) <= TAIL_CHARS
    assert "\n" not in tail or tail.split("\n", 1)[0] in record.description.split("\n")
    # a short description is read whole by its opening: no tail
    assert description_tail(_lora("PS: this is Zorvena Maltrakis."), 400) == ""
    # one line longer than the budget: no tail (the head read its start)
    assert description_tail(_lora("word " * 400), 400) == ""


def test_a_lower_case_name_where_the_page_says_who_it_is() -> None:
    finding = DETECTOR.detect(_lora(_long("this one is maria vostrenko, requested on discord")))
    assert finding.likeness
    assert finding.target_name == "Maria Vostrenko"


def test_twin_lower_case_words_where_the_page_says_what_it_is() -> None:
    finding = DETECTOR.detect(_lora(_long("this one is maria's outfit, requested on discord")))
    assert not finding.likeness
