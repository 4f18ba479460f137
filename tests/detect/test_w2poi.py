"""Bare real-name forms read without a gazetteer (issue 8): a run-together trigger word, a
trigger word in capitals, a title in capitals that is a name and nothing else; each with a
twin of the same shape that names no person. Invented names only."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector

from .conftest import model


@pytest.mark.parametrize("word", ["helenawaldright", "samthorvald", "joehalloway"])
def test_run_together_trigger_word_is_a_name(detector: Detector, word: str) -> None:
    record = model("Portrait LoRA 12", trained_words=(word,), tags=("portrait",))
    assert detector.detect(record).likeness


@pytest.mark.parametrize(
    "word",
    [
        "georgetown",
        "charlottesville",
        "florencecity",
        "samplerate",
        "timelapse",
        "rosegoldstyle",
        "vietnameselo",
        "asiangirlfac",
        "thaigirllook",
    ],
)
def test_run_together_place_or_thing_is_no_name(detector: Detector, word: str) -> None:
    record = model("Portrait LoRA 12", trained_words=(word,), tags=("portrait",))
    assert not detector.detect(record).likeness


def test_caps_trigger_word_is_a_name(detector: Detector) -> None:
    record = model("Portrait LoRA 12", trained_words=("HELENA_VARRICK",), tags=("flux",))
    assert detector.detect(record).likeness


def test_caps_trigger_word_of_a_style_is_no_name(detector: Detector) -> None:
    record = model("Portrait LoRA 12", trained_words=("GOLDEN_HOUR",), tags=("flux",))
    assert not detector.detect(record).likeness


@pytest.mark.parametrize(
    "title", ["NEON DREAMS [FLUX] v2", "GOLDEN HOUR [SDXL] v3", "AMBER GLOW [FLUX] v2"]
)
def test_caps_title_of_a_style_is_no_name(detector: Detector, title: str) -> None:
    trigger = "_".join(title.split()[:2])
    assert not detector.detect(model(title, trained_words=(trigger,), tags=("flux",))).likeness


def test_caps_romaji_title_is_no_person(detector: Detector) -> None:
    record = model("KIRISAWA HARUKA", trained_words=("kirisawa haruka, 1girl",), tags=("anime",))
    assert not detector.detect(record).likeness
