"""Shapes of the real catalog's misses (real14, fresh hand labels of seed 8), read by the
fiction signal; invented people and works only, each positive with a twin that has no person.

* a description that names the person playing a role of a film or a TV series ("a person who
  resembles <Name> playing <Role> from the TV series <Work>") names the actor, whose face it
  is, even when the title and the tags speak of the role's game or book;
* Civitai's "character" category tag is no fiction evidence on a title that says its subject
  looks like a named person ("ex girlfriend, a bit like <Name>") or on a description that speaks
  of depicting real people ("NSFW content depicting actual people is not permitted");
* "film grain" in a photo checkpoint's prompt is a photo's look, not a movie;
* a title that opens on a name and an animal epithet ("Pemberton the Duck") is an animal
  character, no person's face.
"""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.signals.fiction import Fiction

from .conftest import likeness_features, model

PLAYED = [
    (
        "Harbor Lights, Captain Orla Vey",
        "An embedding of a person who resembles Tessa Vornholm playing Captain Orla Vey from "
        "the TV series Harbor Lights, trained on 20 public images.",
        "Tessa Vornholm",
    ),
    (
        "Ashen Crown - Lord Brannoc",
        "Lord Brannoc of the Ashen Crown books, as in the Netflix series: Corvin Maddox, "
        "playing the Lord, gives him his face.",
        "Corvin Maddox",
    ),
]


@pytest.mark.parametrize(("title", "description", "actor"), PLAYED)
def test_a_person_playing_a_role_of_a_screen_work_is_the_actor(
    detector: Detector, title: str, description: str, actor: str
) -> None:
    record = model(
        title, description=f"<p>{description}</p>", tags=("fantasy", "male", "hero"),
        model_type="TextualInversion",
    )  # fmt: skip
    assert "live_action:actor" in likeness_features(detector, record)
    finding = detector.detect(record)
    assert finding.likeness
    assert finding.target_name == actor


@pytest.mark.parametrize(
    "description",
    [
        # drawn or voiced: an animated screen work
        "An embedding of Captain Orla Vey from the anime TV series Harbor Lights, Tessa "
        "Vornholm playing Captain Orla Vey in the dub.",
        "Tessa Vornholm playing Captain Orla Vey, voiced in the animated movie Harbor Lights.",
        # no screen work named: a game's role played by players
        "Tessa Vornholm playing Captain Orla Vey in the board game Harbor Lights, a fun night.",
        # no person named before "playing"
        "A captain playing Cards from the TV series Harbor Lights, trained on 20 images.",
    ],
)
def test_twins_drawn_voiced_unnamed_screen_or_nobody_give_no_actor(description: str) -> None:
    record = model(
        "Harbor Lights, Captain Orla Vey", description=f"<p>{description}</p>",
        tags=("fantasy", "male", "hero"), model_type="TextualInversion",
    )  # fmt: skip
    features = {h.feature for h in Fiction().hits(record) if h.aspect == "likeness"}
    assert "live_action:actor" not in features


CATEGORY = ("character", "girl", "female", "woman")


def test_a_title_that_says_its_subject_looks_like_a_named_person(detector: Detector) -> None:
    record = model(
        "前女友有点像某人 ex girl friend bit like Marla Quenby", tags=CATEGORY,
        model_type="TextualInversion", trained_words=("marlaquenbyv1",),
    )  # fmt: skip
    assert "fiction:tag" not in likeness_features(detector, record)
    assert detector.detect(record).likeness


@pytest.mark.parametrize(
    "title",
    [
        "ex girl friend bit like anime style",
        "looks like Watercolor Painting",
        "a girl a bit like Orla",  # one word: no person's full name
    ],
)
def test_twin_titles_that_look_like_a_style_or_a_single_word(title: str) -> None:
    record = model(title, tags=CATEGORY, model_type="TextualInversion")
    features = {h.feature for h in Fiction().hits(record) if h.aspect == "likeness"}
    assert "fiction:tag" in features


def test_a_description_that_speaks_of_depicting_actual_people(detector: Detector) -> None:
    record = model(
        "Marla Quenby", tags=("character", "girl"),
        description="<p>NSFW content depicting actual people is not permitted. Any "
        "Commercial Use is not permitted.</p>",
    )  # fmt: skip
    assert "fiction:tag" not in likeness_features(detector, record)
    assert detector.detect(record).likeness


@pytest.mark.parametrize(
    "description",
    [
        "Any resemblance to actual people is coincidental.",
        "This is not of real people: an original character.",
        "Trained on pictures of real cats and anime art.",
    ],
)
def test_twin_descriptions_deny_or_speak_of_no_people(description: str) -> None:
    record = model("Marla Quenby", tags=("character", "girl"), description=f"<p>{description}</p>")
    features = {h.feature for h in Fiction().hits(record) if h.aspect == "likeness"}
    assert "fiction:tag" in features


FILM_GRAIN = (
    "<p>Version 3 of my photo mix. If you use words in the prompt such as 'polaroid', "
    "'analog', 'film grain', 'perfect eyes' it turns on its analog look.</p>"
)


def test_film_grain_in_a_photo_checkpoints_prompt_is_no_movie() -> None:
    record = model(
        "Harbor TRUvision", model_type="Checkpoint", description=FILM_GRAIN,
        tags=("character", "girl", "photorealistic", "analog", "polaroid", "woman"),
    )  # fmt: skip
    features = {h.feature for h in Fiction().hits(record) if h.aspect == "likeness"}
    assert "live_action:role" not in features


def test_twin_a_role_from_a_film_is_still_live_action() -> None:
    record = model(
        "Captain Orla Vey", tags=("character", "woman"),
        description="<p>Captain Orla Vey from the film Harbor Lights (1994).</p>",
    )  # fmt: skip
    features = {h.feature for h in Fiction().hits(record) if h.aspect == "likeness"}
    assert "live_action:role" in features


@pytest.mark.parametrize("title", ["Pemberton the Duck", "Rosalind The Bat (Comic)"])
def test_a_name_with_an_animal_epithet_is_an_animal_character(title: str) -> None:
    record = model(title, model_type="TextualInversion", tags=("character",))
    features = {h.feature for h in Fiction().hits(record) if h.aspect == "likeness"}
    assert "fiction:name" in features


@pytest.mark.parametrize(
    "title", ["Pemberton the Great", "Marla Quenby the Actress", "Tessa and the Duck Pond"]
)
def test_twin_epithets_that_are_no_animal_or_not_a_name_first(title: str) -> None:
    record = model(title, model_type="TextualInversion", tags=("woman",))
    features = {h.feature for h in Fiction().hits(record) if h.aspect == "likeness"}
    assert "fiction:name" not in features


def test_a_bare_person_checkpoint_in_the_character_category() -> None:
    record = model(
        "Tessavorn", model_type="Checkpoint", tags=("character", "woman"),
        description="<p>personal use only</p>", trained_words=("tessavorn",),
    )  # fmt: skip
    features = {h.feature for h in Fiction().hits(record) if h.aspect == "likeness"}
    assert "fiction:tag" not in features


@pytest.mark.parametrize(
    ("model_type", "tags", "description"),
    [
        ("LORA", ("character", "woman"), "<p>personal use only</p>"),  # not a checkpoint
        ("Checkpoint", ("character", "woman", "anime"), ""),  # a drawn tag
        ("Checkpoint", ("character", "woman", "clothing"), ""),  # a thing tag beside
        (
            "Checkpoint",
            ("character", "woman"),
            "<p>Tessavorn, the heroine of my webcomic, trained on 40 panels.</p>",
        ),  # a page that says more
    ],
)
def test_twins_a_lora_a_drawn_or_thing_tag_or_a_page_that_says_more(
    model_type: str, tags: tuple[str, ...], description: str
) -> None:
    record = model("Tessavorn", model_type=model_type, tags=tags, description=description)
    features = {h.feature for h in Fiction().hits(record) if h.aspect == "likeness"}
    assert features & {"fiction:tag", "fiction:tag_strong"}
