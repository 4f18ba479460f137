"""Round 15 (issue 8): an idol unit of an anime or game franchise is a drawn persona, a name its
maker calls a placeholder stands for nobody, a garment named after an idol scene ("K-pop idol
tracksuit", "outfit only, no idol face") is a garment; a numeric age bracket under 18 before a
team word ("U-17 rugby sevens squad", "14U softball team") is a stated minor age. Every positive
has a twin: a real idol group's member, a real person whose name resembles a placeholder, an
idol in her stage outfit stay flagged; "U23", "over-35 league", a youth coach raise no minor cue.
Invented names only; minor cues are metadata words only."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.records import ModelRecord

from .conftest import likeness_features, model


def _page(title: str, description: str, tags: tuple[str, ...] = ("woman", "photo")) -> ModelRecord:
    slug = title.split("(")[0].split("|")[0].strip().lower().replace(" ", "_")
    return model(
        title,
        tags=tags,
        trained_words=(slug.replace("_", ""),),
        file_names=(slug[:40] + ".safetensors",),
        description=description,
    )


ANIME = ("anime", "idol", "character")
IDOL = ("idol", "kpop", "woman")

# a member of an anime or game franchise's idol unit: a drawn persona, not flagged
DRAWN_IDOLS = [
    _page(
        "Hotaru Kiyose (idol unit, Glimmer Parade)",
        "Hotaru Kiyose, centre of the anime idol unit in Glimmer Parade. Stage costume, anime "
        "style.",
        tags=ANIME,
    ),
    _page(
        "Mika Tsunogai | Starlight Encore",
        "Mika Tsunogai, from the idol unit in the rhythm game Starlight Encore. Card art outfit.",
        tags=("game", "idol", "character"),
    ),
    _page(
        "Ririka Honoe",
        "Ririka Honoe of the gacha game's idol group Petal Nine, her festival outfit.",
        tags=ANIME,
    ),
    _page(
        "Sayo Minazuki",
        "Sayo Minazuki, the shy keyboardist from the idol anime Paper Lantern Live. Two outfits.",
        tags=("idol", "character"),
    ),
]
# twins: a real idol group's member (a likeness), even where an anime is named
REAL_IDOLS = [
    _page(
        "Hotaru Kiyose (idol group Glimmer Parade)",
        "Hotaru Kiyose, centre of the idol group Glimmer Parade. Stage photos from the third "
        "single showcase, 40 images.",
        tags=IDOL,
    ),
    _page(
        "Mika Tsunogai",
        "Mika Tsunogai, J-pop idol of the group Starlight Encore; she sang the anime opening of "
        "Paper Lantern. Trained on 35 photos of her face.",
        tags=IDOL,
    ),
]

# a name its maker calls a placeholder: nobody's face
PLACEHOLDERS = [
    _page(
        "Tilda Samplewood (placeholder)",
        "'Tilda Samplewood' is just a placeholder name for an average generated face.",
        tags=("generic",),
    ),
    _page(
        "Kasimir Normalek",
        "The name is a dummy: Kasimir Normalek stands for the average face of my dataset.",
        tags=("generic",),
    ),
    _page(
        "Ottilie Beispielkind",
        "Ottilie Beispielkind is a stand-in name for a generated face, nobody in particular.",
        tags=("generic",),
    ),
]
# twins: a real person whose name resembles a placeholder, and a trigger word's placeholder on a
# real person's page
PLACEHOLDER_TWINS = [
    _page("Jana Rowe", "Jana Rowe, folk singer from Tarvik. Trained on 30 photos of her face."),
    _page(
        "Tilda Samplewood",
        "Tilda Samplewood, the actress. The trigger 'tsw' is a placeholder name for her face.",
    ),
    _page("Ivo Ivanovski", "Ivo Ivanovski, Macedonian actor, 25 photos from premieres."),
]

# a garment named after an idol scene: the garment, nobody's face
GARMENTS = [
    _page(
        "K-pop idol tracksuit",
        "idol tracksuit — girl group style clothing. Outfit only, no idol face.",
        tags=("clothing", "kpop"),
    ),
    _page(
        "K-pop music-show jacket",
        "A jacket as worn on the weekly music show stage.",
        tags=("clothing", "kpop"),
    ),
    _page(
        "Concert crop set",
        "Crop set of the girl group's concert, clothing only.",
        tags=("clothing", "kpop"),
    ),
]
# twin: an idol in her stage outfit (her face is trained)
GARMENT_TWINS = [
    _page(
        "Hana Kiriyama (Starlit Nine) stage jacket",
        "Hana Kiriyama of the idol group Starlit Nine in her stage jacket. Her face and outfit, "
        "40 photos.",
        tags=IDOL,
    ),
]


@pytest.mark.parametrize("record", DRAWN_IDOLS + PLACEHOLDERS + GARMENTS, ids=lambda r: r.name)
def test_drawn_idols_placeholders_and_garments_are_not_flagged(
    detector: Detector, record: ModelRecord
) -> None:
    found = detector.detect(record)
    assert not found.likeness, [(h.feature, h.score, h.text) for h in found.hits]


@pytest.mark.parametrize("record", REAL_IDOLS + PLACEHOLDER_TWINS, ids=lambda r: r.name)
def test_real_idols_and_placeholder_like_names_stay_flagged(
    detector: Detector, record: ModelRecord
) -> None:
    found = detector.detect(record)
    assert found.likeness, [(h.feature, h.score, h.text) for h in found.hits]
    assert "generic:persona" not in {h.feature for h in found.hits}


@pytest.mark.parametrize("record", GARMENT_TWINS, ids=lambda r: r.name)
def test_idol_in_her_stage_outfit_stays_flagged(detector: Detector, record: ModelRecord) -> None:
    found = detector.detect(record)
    assert found.likeness, [(h.feature, h.score, h.text) for h in found.hits]
    assert "non_subject:any_subject" not in likeness_features(detector, record)


def test_drawn_idol_marks_and_cosplayer_twin(detector: Detector) -> None:
    assert "generic:persona" in likeness_features(detector, DRAWN_IDOLS[0])
    cosplayer = _page(
        "Ririka Honoe cosplay",
        "Ririka Honoe, cosplayer, as the centre of the anime idol unit in Glimmer Parade. "
        "Convention photos.",
        tags=("cosplay", "woman"),
    )
    assert "generic:persona" not in likeness_features(detector, cosplayer)
    voice = _page(
        "Kana Mirose (seiyuu)",
        "Kana Mirose, the voice actress of Hotaru in the anime idol unit of Glimmer Parade. "
        "Live concert photos, 30 images.",
        tags=IDOL,
    )
    found = detector.detect(voice)
    assert found.likeness, [(h.feature, h.score, h.text) for h in found.hits]
    assert "generic:persona" not in {h.feature for h in found.hits}


def test_a_show_of_music_or_fashion_is_no_drama(detector: Detector) -> None:
    music = _page("Music-show stage lights", "Lights of a music show stage.", tags=("concept",))
    assert "live_action:role" not in likeness_features(detector, music)
    drama = _page("Odile Fauxmont - Crumb Show", "Odile Fauxmont in the sitcom.", tags=("tv",))
    assert "live_action:role" in likeness_features(detector, drama)


# a numeric age bracket under 18 before a team word: a stated minor age (likeness pages)
MINOR_BRACKETS = [
    _page("Petra Lindqvale | rugby sevens", "Petra Lindqvale — U-17 rugby sevens squad."),
    _page("Oskar Brennvik", "Oskar Brennvik, U14 water polo team goalkeeper. Match photos."),
    _page("Ilse Marrow", "Ilse Marrow, pitcher of a 14U travel softball team."),
    _page("Dario Felk", "Dario Felk — under-15 futsal squad captain."),
    _page("Wenna Dorrell", "Wenna Dorrell plays in the 12-and-under league."),
    _page("Lio Varmestad", "Lio Varmestad, U15 goalkeeper, cup final photos."),
]
# twins: an adult bracket, an adult's role in a youth team, no team word
ADULT_BRACKETS = [
    _page("Petra Lindqvale | rugby sevens", "Petra Lindqvale — U23 rugby sevens squad."),
    _page("Oskar Brennvik", "Oskar Brennvik, over-35 water polo league. Match photos."),
    _page("Ilse Marrow", "Ilse Marrow, youth coach of the futsal club."),
    _page("Dario Felk", "Dario Felk, coach of the U14 team, 41 photos."),
    _page("Wenna Dorrell", "Wenna Dorrell; the model fits under 16 GB for the whole team."),
    _page("Hesper Garrow", "Hesper Garrow — U-17 rugby sevens squad coach."),
    _page("Branka Faldor", "Branka Faldor, former U-16 national team player, now a referee."),
    _page("Lio Varmestad", "Lio Varmestad, U21 goalkeeper; the node stores u8 keeper values."),
]


@pytest.mark.parametrize("record", MINOR_BRACKETS, ids=lambda r: r.description or "")
def test_minor_age_bracket_is_a_minor_cue(detector: Detector, record: ModelRecord) -> None:
    found = detector.detect(record)
    assert found.minor_risk, [(h.signal, h.text, h.note) for h in found.hits if h.aspect == "minor"]


@pytest.mark.parametrize("record", ADULT_BRACKETS, ids=lambda r: r.description or "")
def test_adult_brackets_raise_no_minor_cue(detector: Detector, record: ModelRecord) -> None:
    found = detector.detect(record)
    assert not found.minor_risk, [(h.text, h.note) for h in found.hits if h.aspect == "minor"]


def test_petite_adult_in_a_costume_uniform_is_no_minor(detector: Detector) -> None:
    record = _page(
        "Seo Ha-rin 서하린 | cute, petite",
        "Seo Ha-rin (서하린), idol, 25 years old. Tags: cute, petite, school uniform costume. "
        "Her drama role wore a school uniform.",
        tags=("cute", "petite", "asian"),
    )
    found = detector.detect(record)
    assert not found.minor_risk, [(h.text, h.note) for h in found.hits if h.aspect == "minor"]
