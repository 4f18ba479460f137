"""The target of a likeness finding, round 14. A trade or post written before a first name and
a surname ("judge <Given> <Family>", "Ballerina <Given> <Family>") is no family name of a
name read backwards: the pair after it is the name (names._pairs); twins: the same word before
a first name and an ordinary word, a first name that is a word before a surname in a slug, a
capitalised family name first ("Dang Minh Khoi"). A two-word name that the title writes with a
third name word ("<given> <middle> <family>", a surname of the tables) is that three-word name
(findings._join_third_name_word); twin: a style word read on ("chibi"). A name written small
after the words of a training set ("trained on 40 pictures of <given> <family>") is the
subject (subject_name 11); twins: pictures of dogs, of flowers named like a first name.
Invented people only."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.evalsets import record_of
from dfaudit.detect.names import find_names
from dfaudit.detect.signals.subject_name import _pictured_name
from dfaudit.records import ModelRecord


def _lora(
    title: str, description: str, tags: list[str], trained: list[str] | None = None
) -> ModelRecord:
    raw = {
        "id": 7,
        "name": title,
        "type": "LORA",
        "tags": tags,
        "description": description,
        "modelVersions": [{"name": "v1", "trainedWords": trained or []}],
    }
    return record_of(raw, "civitai")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gala Show judge Tomasz Quellbury", "Tomasz Quellbury"),
        ("Ballerina Agnes Quorvath [Filipino]", "Agnes Quorvath"),
        ("Stand-Up Comic Zofia Drosselby", "Zofia Drosselby"),
    ],
)
def test_a_trade_before_a_name_is_no_family_name(text: str, name: str) -> None:
    assert [m.text for m in find_names(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ballerina Agnes Portrait", "Ballerina Agnes"),  # no surname after the first name
        ("judge Agnes photos", "judge Agnes"),
        ("mel-parker-faceid", "mel-parker"),  # a slug written small: read as before
        ("Dang Minh Khoi", "Dang Minh"),  # a capitalised family name first
        ("Faces_I_like_AgnesQuorvathepoch", "like_Agnes"),  # glued camel case: as before
    ],
)
def test_twins_keep_their_reading(text: str, name: str) -> None:
    assert [m.text for m in find_names(text)][:1] == [name]


def test_a_judge_of_a_show_is_named_by_the_whole_name() -> None:
    f = Detector().detect(
        _lora(
            "Gala Show judge Tomasz Quellbury",
            "<p>Tomasz Quellbury, judge on Gala Show.</p><p>Jury-desk frames.</p>",
            ["tv", "judge"],
        )
    )
    assert f.likeness
    assert f.target_name == "Tomasz Quellbury"


def test_a_trade_before_the_title_name_is_no_part_of_the_target() -> None:
    f = Detector().detect(
        _lora(
            "Ballerina Agnes Quorvath [Filipino]",
            "<h2>Agnes Quorvath</h2><ul><li>Occupation: ballerina</li></ul>",
            ["real person", "realistic"],
            ["agnes quorvath"],
        )
    )
    assert f.likeness
    assert f.target_name == "Agnes Quorvath"


@pytest.mark.parametrize(
    ("title", "description", "name"),
    [
        ("ilse marit parker [XL]", "<p>ilse marit parker: she asked for no watermark.</p>",
         "Ilse Marit Parker"),
        ("nadia corr lewis (actress) LoRA", "<p>LoRA of the actress nadia corr lewis.</p>",
         "Nadia Corr Lewis"),
    ],
)  # fmt: skip
def test_a_three_word_name_is_named_whole(title: str, description: str, name: str) -> None:
    f = Detector().detect(_lora(title, description, ["realistic"]))
    assert f.likeness
    assert f.target_name == name


def test_a_style_word_after_a_name_is_no_third_name_word() -> None:
    f = Detector().detect(
        _lora("ilse marit chibi [XL]", "<p>ilse marit chibi, a caricature.</p>", ["realistic"])
    )
    assert f.target_name != "Ilse Marit Chibi"


def test_a_name_written_small_after_the_training_pictures_is_the_target() -> None:
    f = Detector().detect(
        _lora("S-12", "<p>Trained on 40 pictures of nadia quellmore.</p><p>weight 0.7</p>",
              ["realistic"])
    )  # fmt: skip
    assert f.likeness
    assert f.target_name == "Nadia Quellmore"


@pytest.mark.parametrize(
    "head",
    [
        "Trained on 40 pictures of golden retrievers.",
        "Trained on 40 photos of rose gardens.",  # a first name that is a word
        "Trained on 40 pictures.",
    ],
)
def test_pictures_of_no_person_name_nobody(head: str) -> None:
    assert _pictured_name(head) is None
