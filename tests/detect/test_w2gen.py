"""w2gen: round-15 rules made general (issue 8), each with invented names and a twin that must
not fire.

* the actor of a live-action adaptation of a drawn work (webtoon, manga), named after a trade
  word of any script ("as played by 여배우 <name> (<romanised>)") — twins: a drawn character
  whose description only wishes for a live-action drama; an adaptation naming no actor;
"""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.records import ModelRecord

DETECTOR = Detector()


def _lora(
    title: str, description: str, tags: tuple[str, ...] = (), words: tuple[str, ...] = ()
) -> ModelRecord:
    return ModelRecord(
        platform="civitai",
        model_id="1",
        url="https://civitai.com/models/1",
        name=title,
        model_type="LORA",
        tags=tags,
        description=description,
        trained_words=words,
    )


@pytest.mark.parametrize(
    ("title", "description", "tags"),
    [
        (
            "Lim Do-ha (Glass Orchard drama)",
            "Live-action drama of the webtoon Glass Orchard : Lim Do-ha, as played by "
            "여배우 육지안 (Yuk Ji-an).\nTrained on 60 photos.",
            ("kdrama", "webtoon", "character"),
        ),
        (
            "Captain Reed (Tin Harbor series)",
            "Live-action series of the manga Tin Harbor: Captain Reed, as played by "
            "actor Dorian Vask.\n40 stills.",
            ("tv series", "manga", "character"),
        ),
    ],
)
def test_the_named_actor_of_a_live_action_adaptation_is_the_subject(
    title: str, description: str, tags: tuple[str, ...]
) -> None:
    found = DETECTOR.detect(_lora(title, description, tags))
    assert found.likeness
    assert "live_action:actor" in {h.feature for h in found.hits}


@pytest.mark.parametrize(
    ("title", "description", "tags"),
    [
        (
            "Lim Do-ha (Glass Orchard webtoon)",
            "Lim Do-ha from the webtoon Glass Orchard, flat colours. I hope it gets a "
            "live-action drama one day!",
            ("kdrama", "webtoon", "character"),
        ),
        (
            "Glass Orchard cafe set (drama)",
            "Live-action drama of the webtoon Glass Orchard: the cafe set and its props, "
            "no people.",
            ("kdrama", "webtoon", "background"),
        ),
    ],
)
def test_a_drawn_character_or_an_adaptation_without_an_actor_is_not(
    title: str, description: str, tags: tuple[str, ...]
) -> None:
    assert not DETECTOR.detect(_lora(title, description, tags)).likeness
