"""Targets of round 14, wave 2: a trade of any language written before a whole name in a title
("Sängerin <Given> <Family>", "Aktorka …", "Violinist …"), also when the title's reading kept
the trade and the given name only; a grandparent's word of another language before a name
("Nonna …", "Babcia …"); a patronymic link inside a title's whole name ("<Given> bin
<Father>"). Each shape has a twin where the word is the name's own or no person is named.
Invented people only."""

from __future__ import annotations

import pytest

from dfaudit.detect.base import Hit
from dfaudit.detect.engine import Detector
from dfaudit.detect.findings import clean_target, ranked_target, without_role
from dfaudit.detect.names import canonical_key

from .conftest import model

DETECTOR = Detector()


def hit(field: str, score: float, text: str, value: str, note: str | None = None) -> Hit:
    return Hit("t@1", "target", score, field, text, value=value, note=note or canonical_key(value))


def cleaned(value: str) -> str | None:
    found = clean_target(value, "k")
    return None if found is None else found[0]


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("Sängerin Odalys Vrennick", "Odalys Vrennick"),
        ("Aktorka Ilsabet Quorwin", "Ilsabet Quorwin"),
        ("Violinist Tamsin Holloweck", "Tamsin Holloweck"),
        ("Chanteur Bastien Morvellac", "Bastien Morvellac"),
        ("Skådespelerska Freja Lindqvorn", "Freja Lindqvorn"),
    ],
)
def test_a_trade_before_a_whole_name_is_no_part_of_it(value: str, name: str) -> None:
    assert without_role(value) == name


def test_a_trade_before_one_word_or_a_name_without_trade_is_kept() -> None:
    assert without_role("Rapper Vexo") == "Rapper Vexo"  # a stage name's two halves
    assert without_role("Odalys Vrennick") == "Odalys Vrennick"  # twin: no trade


def test_a_trade_read_with_the_given_name_only_is_trimmed() -> None:
    assert cleaned("Aktorka Ilsabet") == "Ilsabet"
    assert cleaned("Ilsabet Quorwin") == "Ilsabet Quorwin"  # twin: no trade


def test_a_trade_and_given_name_read_gives_way_to_the_whole_name() -> None:
    record = model(
        "Cantora Jessamy Oltravell",
        description="<p>Cantora Jessamy Oltravell: concert and studio photos.</p>",
    )
    assert DETECTOR.detect(record).target_name == "Jessamy Oltravell"


@pytest.mark.parametrize(
    ("value", "name"),
    [("Nonna Ilaria", "Ilaria"), ("Babcia Zofiana", "Zofiana"), ("Mormor Sigvor", "Sigvor")],
)
def test_a_grandparents_word_of_another_language_is_no_part_of_the_name(
    value: str, name: str
) -> None:
    assert cleaned(value) == name


def test_a_name_without_a_relatives_word_is_kept() -> None:
    assert cleaned("Ilaria Brescanti") == "Ilaria Brescanti"


def test_a_patronymic_link_keeps_the_titles_whole_name() -> None:
    hits = [
        hit("name", 0.68, "bin Rahmadi", "Bin Rahmadi"),
        hit("description", 0.68, "Hafiz Zulkarin", "Hafiz Zulkarin"),
        hit("name:whole", 0.05, "Hafiz Zulkarin bin Rahmadi", "Hafiz Zulkarin bin Rahmadi"),
    ]
    assert ranked_target(hits)[1] == "Hafiz Zulkarin bin Rahmadi"


def test_a_link_word_of_a_title_is_no_patronymic() -> None:
    hits = [  # twin: "of" joins a name to a place, no name of its own
        hit("name", 0.68, "Hafiz Zulkarin", "Hafiz Zulkarin"),
        hit("name:whole", 0.05, "Hafiz Zulkarin of Merrowdale", "Hafiz Zulkarin of Merrowdale"),
    ]
    assert ranked_target(hits)[1] == "Hafiz Zulkarin"


@pytest.mark.parametrize(
    "title",
    [
        "Odalys Vrennick (Harrow Lane Models)",
        "Odalys Vrennick - Kestrel Moor Agency",
        "Odalys Vrennick (Galerie Morvain Enchères)",
    ],
)
def test_a_firms_name_beside_the_person_is_no_target(title: str) -> None:
    record = model(title, description="<p>Odalys Vrennick, portraits from the sale room.</p>")
    assert DETECTOR.detect(record).target_name == "Odalys Vrennick"


def test_a_pair_without_a_firms_word_after_it_is_read() -> None:
    record = model("Harrow Lane", description="<p>Portraits.</p>")  # twin: no firm's word
    finding = DETECTOR.detect(record)
    assert finding.target_name in (None, "Harrow Lane")
    record = model("Emilia Harrowgate Portraits", description="<p>Portraits.</p>")
    assert DETECTOR.detect(record).target_name == "Emilia Harrowgate"


def test_a_post_and_surname_title_names_the_full_name_with_that_surname() -> None:
    hits = [
        hit("name", 0.75, "Lucía del Valle", "Lucía Del Valle"),  # the town read as a name
        hit("trained_words", 0.42, "ilsabetquorvane", "Ilsabet Quorvane"),
        hit("name:whole", 0.05, "Senator Quorvane", "Senator Quorvane"),
    ]
    assert ranked_target(hits)[1] == "Ilsabet Quorvane"


def test_a_post_and_surname_title_with_no_or_two_full_names_changes_nothing() -> None:
    town = hit("name", 0.75, "Lucía del Valle", "Lucía Del Valle")
    subject = hit("name:whole", 0.05, "Senator Quorvane", "Senator Quorvane")
    other = hit("trained_words", 0.42, "ilsabetbrenwick", "Ilsabet Brenwick")
    assert ranked_target([town, other, subject])[1] == "Lucía Del Valle"  # no such surname
    twins = [
        hit("description", 0.42, "Ilsabet Quorvane", "Ilsabet Quorvane"),
        hit("description", 0.42, "Tomas Quorvane", "Tomas Quorvane"),
    ]
    assert ranked_target([town, *twins, subject])[1] == "Lucía Del Valle"  # two: who?


def test_a_goalkeepers_surname_title_takes_the_described_full_name() -> None:
    record = model(
        "Goalkeeper Brenwick (Porto Alvares FC)",
        description="<p>Keeper of Porto Alvares FC, Tomas Brenwick. Match-day photos.</p>",
    )
    assert DETECTOR.detect(record).target_name == "Tomas Brenwick"


@pytest.mark.parametrize(
    ("title", "description", "actor"),
    [
        (
            "Inspector Vane (Saltmarsh Docks)",
            "Ottoline Brevardy in costume as Inspector Vane (Saltmarsh Docks, TV series).",
            "Ottoline Brevardy",
        ),
        (
            "Duchess Ermengarde",
            "Tamsin Quorwell stars as the Duchess in Velvet Crowns. Stills only.",
            "Tamsin Quorwell",
        ),
        (
            "Kommissarin Lenz",
            "Ysolde Marrowick playing Kommissarin Lenz, season two stills.",
            "Ysolde Marrowick",
        ),
    ],
)
def test_the_actor_cast_in_a_role_is_the_target(title: str, description: str, actor: str) -> None:
    assert DETECTOR.detect(model(title, description=description)).target_name == actor


def test_a_role_frame_without_a_persons_name_before_it_reads_no_actor() -> None:
    for description in (
        "The show Saltmarsh Docks in costume as always.",
        "Harbour Lights plays the night shift. Moody lighting.",
    ):
        found = DETECTOR.detect(model("Harbour Lights", description=description))
        assert found.target_name in (None, "Harbour Lights")
