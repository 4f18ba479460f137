"""The gender of a finding is its target's: a character's, a surname's or a title word's first
name does not decide it, the target's own given name does, and a gendered word or pronoun the
uploader wrote outweighs a first-name guess. Invented people only."""

from __future__ import annotations

import pytest

from dfaudit.detect.base import Hit
from dfaudit.detect.engine import Detector
from dfaudit.detect.findings import (
    FIRST_NAME_NOTE,
    best_target,
    decide_gender,
    given_name,
    ranked_target,
)

from .conftest import model

# these tests ask whether a cue says a gender: without the catalog prior
pytestmark = pytest.mark.usefixtures("no_gender_prior")

DETECTOR = Detector()


def gender_of(name: str, **fields: object) -> str:
    return DETECTOR.detect(model(name, **fields)).target_gender


def guess(value: str, score: float, text: str) -> Hit:
    return Hit("t@1", "gender", score, "name", text, value=value, note=FIRST_NAME_NOTE)


def word(value: str, score: float, text: str = "x") -> Hit:
    return Hit("t@1", "gender", score, "description", text, value=value)


def test_a_cosplayer_is_her_pronouns_not_the_cosplayed_character() -> None:
    # the character's first name is a man's; the cosplayer is "her"
    assert (
        gender_of(
            "Ryota Kirishane cosplay by mossbunny",
            trained_words=("ryota kirishane", "mossbunny"),
            tags=("character", "anime", "cosplay"),
            description="Cosplayer mossbunny as Ryota Kirishane (Lantern Drift). Real photos "
            "from her photoshoot, her face, not the anime one.",
        )
        == "female"
    )


@pytest.mark.parametrize("surname", ["Lowe", "Grant", "Dean", "Warren"])
def test_a_surname_read_as_a_first_name_does_not_outvote_a_pronoun(surname: str) -> None:
    name = f"Bettany {surname}"
    assert (
        gender_of(
            f"{name} (Harbour Lights)",
            trained_words=(name.lower(),),
            tags=("character", "live action", "film"),
            description="From the live-action film Harbour Lights (2019). Screencaps only, her "
            "face is accurate.",
        )
        == "female"
    )


@pytest.mark.parametrize(("first", "gender"), [("Araminta", "female"), ("Bastiaan", "male")])
def test_the_target_given_name_votes_when_nothing_else_speaks(first: str, gender: str) -> None:
    # a subject named only in a label line: no pronoun, no gendered word
    found = DETECTOR.detect(
        model(
            "Commission",
            trained_words=("ohwx",),
            tags=("character", "realistic"),
            description=f"Subject: {first} Quelbrook\nDataset: red carpet + interviews",
        )
    )
    assert found.likeness and found.target_name == f"{first} Quelbrook"
    assert found.target_gender == gender


def test_a_hyphenated_surname_part_is_no_first_name() -> None:
    # "Ben" of "Ben-Corvath" reads as a man's first name in the trigger word
    assert (
        gender_of(
            "Ilana Ben-Corvath [SDXL]",
            trained_words=("ilana_ben_corvath",),
            tags=("celebrity", "portrait"),
            description="Ilana Ben-Corvath\nBest with realistic checkpoints",
        )
        == "female"
    )


def test_a_name_shaped_place_is_no_target_whose_name_votes() -> None:
    found = DETECTOR.detect(
        model(
            "Zerlinde (singer)",
            tags=("singer", "photorealistic"),
            description="Zerlinde is a singer from Santo Domingo.",
        )
    )
    assert found.target_gender == "unknown"


@pytest.mark.parametrize(
    ("target", "forms", "gender"),
    [
        ("Araminta Quelbrook", {"araminta"}, "f"),
        ("Quelbrook", {"quelbrook"}, "u"),
        ("Shinonome Kotone", {"kotone"}, "f"),  # family name first: the given name is last
        ("Kotone Shinonome", {"kotone"}, "f"),
        # a romanised given name: no Western guess; the corrected Korean table (round 14)
        ("Seo-ah Kang", {"seoah"}, "f"),
    ],
)
def test_given_name_of_a_target(target: str, forms: set[str], gender: str) -> None:
    given = given_name(target)
    assert given is not None
    assert forms <= given.forms and given.gender == gender


def test_a_script_target_given_name_is_its_romanisation() -> None:
    given = given_name("東雲ことね")
    assert given is not None and "kotone" in given.forms


@pytest.mark.parametrize(
    ("hits", "target", "expected"),
    [
        # the target's given name guess against another word's guess
        ((guess("female", 0.6, "marisol"), guess("male", 0.6, "grant")), None, "unknown"),
        (
            (guess("female", 0.6, "marisol"), guess("male", 0.6, "grant")),
            "Marisol Grant",
            "female",
        ),
        # another word's guess still decides when it is the only evidence
        ((guess("male", 0.6, "grant"),), "Zerlinde Quelbrook", "male"),
        # the target's given name from the tables votes by itself
        ((), "Marisol Quelbrook", "female"),
        ((), "Quelbrook", "unknown"),
        # one pronoun with nothing direct against it halves a name guess
        ((word("female", 0.4), guess("male", 0.5, "tsubasa")), None, "female"),
        # ... but not a clothing word's vote ("Elias Brandt, topless" stays male)
        (
            (
                guess("male", 0.6, "elias"),
                Hit("t@1", "gender", 0.35, "tags", "topless", value="female", note="female-coded"),
            ),
            None,
            "male",
        ),  # fmt: skip
    ],
)
def test_target_aware_vote(hits: tuple[Hit, ...], target: str | None, expected: str) -> None:
    assert decide_gender(hits, None, target) == expected


@pytest.mark.parametrize(
    ("description", "gender"),
    [
        ("LoRA twarzy Zerlinde Quelbrook, polskiej aktorki. 40 zdjęć.", "female"),
        ("LoRA wajah Zerlinde Quelbrook, aktris dan penyanyi. 40 foto.", "female"),
        ("Modelo de Zerlinde Quelbrook, atriz e cantora brasileira.", "female"),
        ("Zerlinde Quelbrook ist eine deutsche Moderatorin.", "female"),
        ("โมเดลใบหน้าของ Zerlinde Quelbrook นักแสดงหญิงชาวไทย", "female"),
        ("Zerlinde Quelbrook — השחקנית", "female"),
        ("Zerlinde Quelbrook, الممثلة", "female"),
        ("Zerlinde Quelbrook, актриса театра и кино.", "female"),
        ("Zerlinde Quelbrook, nữ diễn viên.", "female"),
        ("Zerlinde Quelbrook, अभिनेत्री", "female"),
        ("Zerlinde Quelbrook, acteur français.", "male"),
        ("Zerlinde Quelbrook ist ein Schauspieler aus Wien.", "male"),
        ("Zerlinde Quelbrook, ممثل", "male"),
        ("Zerlinde Quelbrook, นักแสดงชาย", "male"),
        ("Zerlinde Quelbrook, актер.", "male"),
    ],
)
def test_gendered_nouns_of_other_languages(description: str, gender: str) -> None:
    # "Zerlinde" is in no first-name table: the noun alone decides
    assert gender_of("Rosto 03", trained_words=("rst03",), description=description) == gender


@pytest.mark.parametrize(
    "description",
    [
        "Ambrose Greveverin, requested on discord.",  # a surname that ends like "Moderatorin"
        "Zerlinde Quelbrook. Trained with nitroglycerin-grade care.",
        "Zerlinde Quelbrook, modelo e cantante.",  # occupations of either gender
        "Zerlinde Quelbrook, the cantor of a choir; a moderator of a forum.",
    ],
)
def test_words_of_no_gender_cast_no_foreign_vote(description: str) -> None:
    notes = [
        (h.text, h.note)
        for h in DETECTOR.detect(model("Rosto 03", description=description)).hits
        if h.aspect == "gender" and h.note == "occupation"
    ]
    assert notes == []


@pytest.mark.parametrize(
    ("fields", "gender"),
    [
        ({"tags": ("aktorka", "portrait")}, "female"),
        ({"tags": ("schauspieler",)}, "male"),
        ({"trained_words": ("zrl aktris",)}, "female"),
    ],
)
def test_foreign_nouns_in_tags_and_trigger_words(fields: dict[str, object], gender: str) -> None:
    assert gender_of("Rosto 03", **fields) == gender


def target(value: str, score: float, field: str = "name", text: str | None = None) -> Hit:
    return Hit("t@1", "target", score, field, text or value, value=value, note=value.lower())


def test_a_pair_read_across_a_placeholder_yields_to_the_whole_name() -> None:
    hits = [
        target("Ohwx Anselm", 0.42, "trained_words", "ohwx anselm"),
        target("Anselm Quelbrook", 0.1, "trained_words"),
    ]
    assert best_target(hits)[1] == "Anselm Quelbrook"
    # alone, the placeholder is trimmed off
    assert best_target(hits[:1])[1] == "Anselm"


@pytest.mark.parametrize("token", ["Cspl", "wsx", "Sfc"])
def test_a_vowelless_trigger_token_is_no_target(token: str) -> None:
    hits = [target(token, 0.1, "trained_words"), target("พิมพ์ลภัส ศรีอำไพ", 0.05)]
    assert best_target(hits)[1] == "พิมพ์ลภัส ศรีอำไพ"


@pytest.mark.parametrize("initials", ["TF", "JFK", "j4n3ll3"])
def test_initials_and_leetspeak_stay_targets(initials: str) -> None:
    assert best_target([target(initials, 0.1)])[1] == initials


def test_a_name_cut_at_its_hyphen_is_the_whole_name() -> None:
    hits = [target("ნინო ქავთარაძე", 0.75), target("ნინო ქავთარაძე-ბერი", 0.05)]
    assert best_target(hits)[1] == "ნინო ქავთარაძე-ბერი"
    # a file name's next word read as a second family name is no such name
    joined = [
        target("Annika Zornanova", 0.75),
        target("Annika Zornanova-Pornstar", 0.4, "file_names", "annika_zornanova_pornstar"),
    ]
    assert best_target(joined)[1] == "Annika Zornanova"


def test_a_trigger_with_a_placeholder_names_its_person() -> None:
    found = DETECTOR.detect(
        model(
            "Realistic person LoRA (FLUX)",
            trained_words=("ohwx anselm quelbrook",),
            tags=("person",),
            description="Use the trigger. Works on most realistic models.",
        )
    )
    assert found.likeness and found.target_name == "Anselm Quelbrook"


def test_a_role_title_read_as_a_first_name_yields_to_the_whole_role() -> None:
    hits = [
        target("Sheriff Odalys", 0.75),
        target("Sheriff Odalys Quelbrook", 0.1),
    ]
    # in a live-action role (its likeness hits say so) the role's name keeps its title; a
    # post before a real person's name is no part of it (test_targets9)
    assert ranked_target(hits, role=True)[1] == "Sheriff Odalys Quelbrook"
    assert best_target(hits)[1] == "Odalys Quelbrook"
    # a name with no title keeps its reading: the extra word is the fallback's junk
    plain = [target("Odalys Quelbrook", 0.75), target("Odalys Quelbrook Crimson", 0.1)]
    assert best_target(plain)[1] == "Odalys Quelbrook"


@pytest.mark.parametrize(
    ("title", "trigger", "who"),
    [("coworker face", "jocasta", "coworker"), ("my gf lora", "zinnia", "girlfriend")],
)
def test_a_private_first_name_trigger_is_the_target(title: str, trigger: str, who: str) -> None:
    found = DETECTOR.detect(
        model(
            title,
            trained_words=(trigger,),
            tags=("person",),
            description=f"A {who}, 30 photos, shared with permission.",
        )
    )
    assert found.likeness and found.target_name == trigger.capitalize()


def test_a_first_name_trigger_is_the_weakest_target() -> None:
    found = DETECTOR.detect(
        model(
            "Odalys Quelbrook (actress)",
            trained_words=("leopold",),
            tags=("celebrity",),
        )
    )
    assert found.target_name == "Odalys Quelbrook"
