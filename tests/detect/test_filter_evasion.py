"""A name bent past a platform's real-person filter ("M i r e i l l e", leetspeak) with the
uploader saying so is a likeness, whatever the bent name looks like (issue 8; invented people
and works only)."""

from __future__ import annotations

from dfaudit.detect.engine import Detector

from .conftest import likeness_features, model


def test_a_bent_name_with_evasion_wording_is_a_likeness(detector: Detector) -> None:
    for name, description in (
        ("T4m51n_0rl3v4y (you know who)", "Join my discord for requests."),
        ("T a m s i n Orlevay", "name changed because of the filter, you know who it is 😉"),
        ("Tam-sin Orle-vay", "Can't use her real name here. 40 photos."),
    ):
        record = model(name, tags=("person",), description=description)
        assert "evasion:filter" in likeness_features(detector, record), name
        assert detector.detect(record).likeness, name


def test_the_villains_nickname_is_no_evasion(detector: Detector) -> None:
    record = model(
        "You-Know-Who (Quartz Halo saga)",
        tags=("character", "anime"),
        description="The dark lord everyone calls you-know-who, from the Quartz Halo novels.",
    )
    assert "evasion:filter" not in likeness_features(detector, record)
    assert not detector.detect(record).likeness


def test_a_photo_filter_is_no_evasion(detector: Detector) -> None:
    record = model(
        "Vintage film filter",
        tags=("style", "photography"),
        description="Avoid the filter look at high weight; no name needed, works on any face.",
    )
    assert "evasion:filter" not in likeness_features(detector, record)
