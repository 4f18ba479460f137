"""People shown as themselves in a reality show or a royal house: a tag of the show's genre
("reality tv", "reality star") or of royalty ("royalty", "royal family") is a tag of a real
person's public life (likeness_tags 5), so a LoRA of a contestant or a royal titled by first
name with the full name in the description is flagged. Twins: a reality show's logo, a fictional
queen of a game, a crown or palace, tagged alike. A character of a stage show ("<Actor> as
<Role>" tagged "theatre", "west end") has the actor's face, as a live-action role does (fiction
21); twins: a theatre building, stage lighting, a curtain. An advertisement's face named after
the commercials ("the <Brand> girl from the TV commercials, <Name>") is the person the model
shows (name_shape 23); twins: a product's mascot, a brand's commercial use, a style of ads.
An officer titled by rank and family name whose description writes the rank small ("<Given>
<Family>, admiral of the navy") is still named (subject_cues 26); twins: a rank before a thing.
Invented people only."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.evalsets import record_of
from dfaudit.records import ModelRecord


def _lora(title: str, description: str, tags: list[str], kind: str = "LORA") -> ModelRecord:
    raw = {
        "id": 7,
        "name": title,
        "type": kind,
        "tags": tags,
        "description": description,
        "modelVersions": [],
    }
    return record_of(raw, "civitai")


@pytest.mark.parametrize(
    ("title", "description", "tags"),
    [
        (
            "Brielle - Island Hearts S4",
            "<p>Brielle from Island Hearts, season 4 (Brielle Tamworrin).</p>",
            ["reality tv", "realistic"],
        ),
        (
            "Osric - Kitchen Clash S2",
            "<p>Contestant of Kitchen Clash S2: Osric Pellavant. Trained on 40 stills.</p>",
            ["reality show", "photo"],
        ),
        (
            "Princess Adalind of Osterwald",
            "<p>Princess Adalind of Osterwald (Adalind Veremont). Public engagement photos.</p>",
            ["royalty", "realistic", "portrait"],
        ),
        (
            "Grand Duke Corvin of Marsvale",
            "<p>Grand Duke Corvin of Marsvale (Corvin Delastre), from press photos.</p>",
            ["royal family", "realistic"],
        ),
    ],
)
def test_a_contestant_or_a_royal_is_flagged(title: str, description: str, tags: list[str]) -> None:
    assert Detector().detect(_lora(title, description, tags)).likeness


@pytest.mark.parametrize(
    ("title", "description", "tags", "kind"),
    [
        (
            "Island Hearts logo",
            "<p>The show's title card and logo, for thumbnails and posters.</p>",
            ["reality tv", "logo"],
            "LORA",
        ),
        (
            "Queen Ysolde of Emberfall (game)",
            "<p>Queen Ysolde from the game Emberfall Chronicles, in her coronation gown.</p>",
            ["royalty", "game character", "fantasy"],
            "LORA",
        ),
        (
            "Royal crown and regalia",
            "<p>Crowns, sceptres and ermine capes for any portrait.</p>",
            ["royalty", "clothing", "concept"],
            "LORA",
        ),
        (
            "Confessional booth lighting",
            "<p>The harsh key light and tinted glass of a reality show's confessional booth.</p>",
            ["reality tv", "style", "lighting"],
            "LORA",
        ),
        (
            "Palace interiors",
            "<p>Gilded halls and throne rooms of a royal palace.</p>",
            ["royal family", "architecture", "background"],
            "LORA",
        ),
    ],
)
def test_the_same_tags_without_a_person_stay_unflagged(
    title: str, description: str, tags: list[str], kind: str
) -> None:
    assert not Detector().detect(_lora(title, description, tags, kind)).likeness


@pytest.mark.parametrize(
    ("title", "description", "tags"),
    [
        (
            "Marisol Fenwick as Lady Morwen Ashe",
            "<p>As Lady Morwen Ashe in The Glass Orchard (West End), Marisol Fenwick in "
            "costume, from production photos.</p>",
            ["theatre", "costume"],
        ),
        (
            "Teodor Blaskett as Captain Ivo Renn",
            "<p>Teodor Blaskett as Captain Ivo Renn in Saltmarsh (national tour), stage stills."
            "</p>",
            ["theater", "costume"],
        ),
    ],
)
def test_an_actor_in_a_stage_role_is_flagged(title: str, description: str, tags: list[str]) -> None:
    finding = Detector().detect(_lora(title, description, tags))
    assert finding.likeness
    assert finding.target_name == title.split(" as ")[0]


@pytest.mark.parametrize(
    ("title", "description", "tags"),
    [
        (
            "Grand Opera House interior",
            "<p>Red velvet seats, gilded boxes and the proscenium arch of an old theatre.</p>",
            ["theatre", "architecture", "building"],
        ),
        (
            "Stage spotlight",
            "<p>Follow-spot beams and haze over an empty Broadway stage.</p>",
            ["broadway", "lighting", "concept"],
        ),
        (
            "Velvet curtain backdrop",
            "<p>A red stage curtain for any portrait background.</p>",
            ["theater", "background"],
        ),
    ],
)
def test_a_theatre_without_an_actor_stays_unflagged(
    title: str, description: str, tags: list[str]
) -> None:
    assert not Detector().detect(_lora(title, description, tags)).likeness


@pytest.mark.parametrize(
    ("title", "description", "person"),
    [
        (
            "Fizzwell Lemonade commercial girl",
            "<p>The Fizzwell Lemonade girl from the TV commercials, Marisol Fenwick.</p>",
            "Marisol Fenwick",
        ),
        (
            "Harbourline Insurance ad guy",
            "<p>The friendly face of the Harbourline adverts: Tomasz Brenner.</p>",
            "Tomasz Brenner",
        ),
    ],
)
def test_the_face_of_an_advertisement_is_flagged(title: str, description: str, person: str) -> None:
    finding = Detector().detect(_lora(title, description, ["commercial", "realistic"]))
    assert finding.likeness
    assert finding.target_name == person


@pytest.mark.parametrize(
    ("title", "description", "tags"),
    [
        (
            "Fizzwell Lemonade mascot",
            "<p>The Fizzwell Lemonade mascot from the TV commercials, a cartoon lemon.</p>",
            ["commercial", "mascot", "cartoon"],
        ),
        (
            "Product shot lighting",
            "<p>For commercial, Studio Product shots of bottles and cans; commercial use allowed."
            "</p>",
            ["commercial", "product", "lighting"],
        ),
        (
            "Retro adverts style",
            "<p>The look of 1950s print adverts, Pastel Tones and halftone dots.</p>",
            ["style", "advertising"],
        ),
    ],
)
def test_ads_without_a_person_stay_unflagged(title: str, description: str, tags: list[str]) -> None:
    assert not Detector().detect(_lora(title, description, tags)).likeness


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Commodore Brenner", "<p>Tomasz Brenner, commodore of the fleet, press briefings.</p>"),
        ("Colonel Okafor", "<p>Daniel Okafor, colonel of the guard, from parade photos.</p>"),
    ],
)
def test_an_officer_whose_rank_the_description_writes_small(title: str, description: str) -> None:
    finding = Detector().detect(_lora(title, description, ["military", "uniform", "realistic"]))
    assert finding.likeness


@pytest.mark.parametrize(
    ("title", "description", "tags"),
    [
        (
            "Admiral Flagship",
            "<p>An admiral's flagship at sea: a battleship with its flags, for wide shots.</p>",
            ["military", "ship", "vehicle"],
        ),
        (
            "Colonel Parade",
            "<p>A colonel's parade ground with marching ranks in dress uniform, no faces.</p>",
            ["military", "uniform", "concept"],
        ),
    ],
)
def test_a_rank_before_a_thing_stays_unflagged(
    title: str, description: str, tags: list[str]
) -> None:
    assert not Detector().detect(_lora(title, description, tags)).likeness
