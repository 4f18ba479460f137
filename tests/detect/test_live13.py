"""A live-action role whose page says who plays it ("… from the series <Work>, played by
<Name>") reproduces the actor's face: flagged, the actor the target (issue 8, live-action roles).
Its twins stay unflagged: a drawn role voiced by someone, a game's role, a role with nobody
named. Invented people and works only."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector

from .conftest import model

ROLES = [
    ("Captain Orla Vey (Harbor Lights)", "from the series <i>Harbor Lights</i>", "Ilsabet Varga"),
    ("Nurse Tamsin Hale (Ward Nine)", "in the drama Ward Nine", "Corinne Laszlo"),
    ("Judge Elric Moss", "from the series Quiet Bench", "Tomasz Brenner"),
]


@pytest.mark.parametrize(("title", "work", "actor"), ROLES)
@pytest.mark.parametrize("cue", ["played by", "portrayed by"])
def test_a_role_played_by_a_named_actor_is_the_actors_likeness(
    detector: Detector, title: str, work: str, actor: str, cue: str
) -> None:
    record = model(
        title, description=f"<p>{title.split(' (')[0]} {work}, {cue} {actor}.</p>",
        tags=("character",),
    )  # fmt: skip
    finding = detector.detect(record)
    assert finding.likeness
    assert finding.target_name == actor


@pytest.mark.parametrize(
    "description",
    [
        "<p>Orla Vey from the anime Harbor Lights, voiced by Ilsabet Varga.</p>",
        "<p>Orla Vey from the video game Ashen Crown, played by thousands every day.</p>",
        "<p>Orla Vey, my original character, is played by nobody: she is drawn.</p>",
        "<p>Orla Vey from the manga Harbor Lights. Best played with the anime checkpoint.</p>",
    ],
)
def test_twins_drawn_game_or_nobody_named_stay_unflagged(
    detector: Detector, description: str
) -> None:
    record = model("Orla Vey (Harbor Lights)", description=description, tags=("character",))
    assert not detector.detect(record).likeness
