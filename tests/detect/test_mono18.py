"""Real public figures without a list (round 18), read by kind:

* a one-word name (a stage name, a mononym) is a person only where the page's prose sets it in
  a slot that names whom the model holds (a request, a bounty, "this one is …", whose photos,
  whose look-alike) and the model's own naming fields (title, trigger words, file names) hold
  it too;
* a given name, a frequent middle name and a family name are read whole, in any case;
* a family name that is also a word ("White") after a frequent given name, in a slot of prose.

Each positive has a twin that must not flag: no naming field holds the word, a dictionary word,
a prompt's trigger token, a given name alone in a request, a fiction page, a word of things read
on after a name. Invented people only."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.names import find_names
from dfaudit.detect.signals.named_context import slot_mononym, slot_person
from dfaudit.records import ModelRecord

from .conftest import likeness_features, model

MONONYM_CASES = [
    # a request title, the trigger word says the same
    (
        model("[Request] quillory", description="Made for a bounty.", trained_words=("quillory",)),
        model("[Request] quillory", description="Made for a bounty."),
        "Quillory",
    ),
    # a bounty line, the trigger word says the same
    (
        model(
            "Bounty entry",
            description="[Bounty] Looking for a good model of Vexaria, 1000 buzz.",
            trained_words=("vexaria",),
            tags=("bounty",),
        ),
        model(
            "Bounty entry",
            description="[Bounty] Looking for a good model of Vexaria, 1000 buzz.",
            trained_words=("vexaria",),
            tags=("bounty", "anime"),
        ),
        "Vexaria",
    ),
    # whose look-alike, the title says the same
    (
        model("Inspired by Quillory", description="A lookalike of Quillory, trained on photos."),
        model("Inspired by Sunset", description="A lookalike of Sunset, trained on photos."),
        "Quillory",
    ),
    # whose photos, in a Chinese line, the file name says the same
    (
        model(
            "face v2",
            description="用 quillory 的照片训练。",
            file_names=("quillory_v2.safetensors",),
        ),
        model(
            "face v2", description="用 quillory 的照片训练。", file_names=("face_v2.safetensors",)
        ),
        "Quillory",
    ),
    # "this one is <name>." beside a file name that spells it
    (
        model(
            "Realistic Person #738",
            description="this one is vexaria. press photos only",
            file_names=("Vexaria_v1.safetensors",),
        ),
        model(
            "Realistic Person #738",
            description="this one is velvet. press photos only",
            file_names=("Velvet_v1.safetensors",),
        ),
        "Vexaria",
    ),
]


@pytest.mark.parametrize(("positive", "twin", "target"), MONONYM_CASES)
def test_a_mononym_in_a_slot_of_prose_that_its_naming_fields_repeat_is_a_person(
    detector: Detector, positive: ModelRecord, twin: ModelRecord, target: str
) -> None:
    found = detector.detect(positive)
    assert found.likeness and found.target_name == target
    assert not detector.detect(twin).likeness


def test_a_prompts_one_word_is_its_trigger_token_not_a_mononym(detector: Detector) -> None:
    prompt = model(
        "Photo helper",
        description="Example prompt: photo of zorvak, smiling, soft light",
        trained_words=("zorvak",),
    )
    assert not detector.detect(prompt).likeness


def test_a_given_name_alone_is_a_person_only_in_a_slot_only_people_fill(
    detector: Detector,
) -> None:
    lookalike = model("Inspired by Jessica", description="A lookalike of Jessica, from photos.")
    assert detector.detect(lookalike).likeness
    request = model(
        "[Request] jessica", description="Made for a bounty.", trained_words=("jessica",)
    )
    assert not detector.detect(request).likeness


@pytest.mark.parametrize(
    ("word", "named_in", "person_slot", "expected"),
    [
        ("quillory", 1, False, "Quillory"),
        ("quillory", 0, False, None),  # no naming field repeats it
        ("quillory", 0, True, None),
        ("sunset", 2, True, None),  # a dictionary word
        ("jessica", 2, False, None),  # a given name alone, outside a slot of a person
        ("jessica", 1, True, "Jessica"),
        ("noiseoffset", 2, False, None),  # two words run together
        ("santa", 2, True, None),  # a place's first word
    ],
)
def test_slot_mononym_reads_only_name_shaped_words_its_fields_repeat(
    word: str, named_in: int, person_slot: bool, expected: str | None
) -> None:
    assert slot_mononym(word, named_in, person_slot) == expected


def test_a_pair_no_table_holds_is_a_name_only_where_the_trigger_agrees(
    detector: Detector,
) -> None:
    # a pair of rare words is a name in a slot when a naming field spells it (round 13); the
    # relaxation tried this round (any prose slot) read a request's title with a "zwx" trigger
    agreed = model("request: osric vorgrave", description="Sent.", trained_words=("osricvorgrave",))
    assert detector.detect(agreed).likeness
    assert slot_person("zorvan quelliard") is None


@pytest.mark.parametrize(
    ("description", "flagged"),
    [
        ("Trained on 300 photos of Ilse Varnow.", True),
        ("Trained on 300 photos of young bears, cubs.", False),  # free text: no name
    ],
)
def test_whose_photos_reads_a_name_but_not_a_phrase_of_free_text(
    detector: Detector, description: str, flagged: bool
) -> None:
    record = model("Portrait LoRA 51", description=description, tags=("portrait",))
    assert ("subject:labelled_name" in likeness_features(detector, record)) is flagged


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("odile jo varnow through the years", ("odile", "jo", "varnow")),
        ("Odile Jo Varnow", ("odile", "jo", "varnow")),
        # twins (no three-word reading): a common word, a model word or a look after the middle
        # name is no family name
        ("odile jo garden", None),
        ("odile jo portrait", None),
        ("odile jo lora", None),
        ("odile jo chibi caricature", None),  # a word of fiction read on
        # a surname of the tables in the middle, then a word no table holds: the surname ends it
        ("odile clinton varnow", ("odile", "clinton")),
        # a rare given name in the middle is no middle name (a second person's given name)
        ("odile hermione varnow", None),
    ],
)
def test_a_middle_name_between_given_and_family_name_is_read_whole(
    text: str, words: tuple[str, ...] | None
) -> None:
    found = [m.words for m in find_names(text)]
    if words is None:
        assert all(len(w) < 3 for w in found)
    else:
        assert words in found


@pytest.mark.parametrize(
    ("candidate", "expected"),
    [
        ("odette white", "Odette White"),  # a surname of the tables that is also a word
        ("odette king", "Odette King"),
        ("odette silver", None),  # a word no surname table holds
        ("odette style", None),  # a word of things
        ("odette dress", None),
        ("odette garden", None),
        ("rose white", None),  # the given name is a word too
    ],
)
def test_a_family_name_that_is_a_word_after_a_frequent_given_name_in_prose(
    candidate: str, expected: str | None
) -> None:
    assert slot_person(candidate) == expected
    assert slot_person(candidate, strict=True) is None  # a prompt's words may be a look


def test_a_request_for_a_given_name_and_a_word_surname_is_flagged(detector: Detector) -> None:
    found = detector.detect(
        model("[Request] odette white", description="Patreon request (Gold tier): odette white.")
    )
    assert found.likeness and found.target_name == "Odette White"
    twin = detector.detect(
        model("[Request] odette dress", description="Patreon request (Gold tier): odette dress.")
    )
    assert not twin.likeness


@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        # whom the model holds, said at the page's end: after "PS:", in brackets, as a label
        ("PS: this is odile varnow.", True),
        ("(it's odile varnow, obviously)", True),
        ("人物: odile varnow", True),
        ("Subject: Odile Varnow", True),
        # twins: the same lines holding no person
        ("PS: this is golden hour.", False),
        ("(it's golden hour, obviously)", False),
        ("人物: golden hour", False),
        ("Subject: lake como", False),
    ],
)
def test_a_closing_line_that_says_whom_the_model_holds(
    detector: Detector, line: str, flagged: bool
) -> None:
    description = f"face lora, realistic\nSteps: 30\nCFG: 7\nChangelog\nv2: less bleed\n{line}"
    record = model("Face 57 • LoRA", description=description, tags=("realistic",))
    assert ("subject:labelled_name" in likeness_features(detector, record)) is flagged
