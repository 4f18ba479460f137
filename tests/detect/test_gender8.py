"""The gender of a finding on shapes held out in the eighth round: the subject's own pronoun
against the uploader's default tags, and East-Asian given names read by their own tables.
Invented people only."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from dfaudit.detect.base import Hit
from dfaudit.detect.engine import Detector
from dfaudit.detect.findings import SUBJECT_PRONOUN_NOTE, decide_gender

from .conftest import model

DETECTOR = Detector()
DEFAULT_TAGS = ("girl", "woman", "1girl", "realistic", "celebrity")


def gender_of(name: str, **fields: object) -> str:
    found = DETECTOR.detect(model(name, **fields))
    assert found.likeness
    return found.target_gender


@pytest.mark.parametrize(
    ("name", "description"),
    [
        # a given name the tables do not know: the pronoun of the named subject decides
        ("Quorvane Ostravenko", "Quorvane Ostravenko, the actor. He was requested by many."),
        # the pronoun in the sentence that names him
        ("Tobiah Wrenskald", "A model of Tobiah Wrenskald; his face from 40 stills."),
    ],
)
def test_a_named_subjects_pronoun_outweighs_default_tags(name: str, description: str) -> None:
    trigger = name.lower().replace(" ", "_")
    assert (
        gender_of(name, tags=DEFAULT_TAGS, trained_words=(trigger,), description=description)
        == "male"
    )


def test_the_same_tags_decide_without_a_pronoun_of_the_subject() -> None:
    # no pronoun: the tags stand (the subject rule needs the subject's own word)
    name = "Quorvane Ostravenko"
    assert (
        gender_of(
            name,
            tags=DEFAULT_TAGS,
            trained_words=("quorvane_ostravenko",),
            description="Quorvane Ostravenko, the actor. Requested by many.",
        )
        == "female"
    )


def test_a_pronoun_about_someone_else_does_not_overrule_the_tags() -> None:
    # the pronoun follows a sentence about the trainer, not the target
    description = (
        "Trained on 30 photos. Thanks to Marlow Quenbury for the dataset; he is a great help."
    )
    assert (
        gender_of(
            "Ysmay Ferncastle",
            tags=DEFAULT_TAGS,
            trained_words=("ysmay_ferncastle",),
            description=description,
        )
        == "female"
    )


def subject(value: str, text: str) -> Hit:
    return Hit("t@1", "gender", 0.3, "description", text, value=value, note=SUBJECT_PRONOUN_NOTE)


def tag(value: str, text: str) -> Hit:
    return Hit("t@1", "gender", 0.8, "tags", text, value=value)


def pronouns(value: str, count: int) -> Hit:
    return Hit("t@1", "gender", 0.3 + 0.1 * count, "description", f"{count} pronouns", value=value)


def test_decide_gender_counts_the_subject_pronoun_only_for_the_target() -> None:
    hits = [
        tag("female", "girl"),
        tag("female", "woman"),
        tag("female", "1girl"),
        pronouns("male", 1),
        subject("male", "Quorvane Ostravenko, the actor."),
    ]
    assert decide_gender(hits, None, "Quorvane Ostravenko") == "male"
    assert decide_gender(hits, None, "Ysmay Ferncastle") == "female"
    # no target (thirteenth round): the subject the description names is the finding's own
    assert decide_gender(hits, None, None) == "male"


def test_the_subject_pronoun_does_not_silence_other_words() -> None:
    # a gendered word of the name ("actress") is no default tag: it still speaks
    hits = [
        Hit("t@1", "gender", 0.9, "name", "actress", value="female"),
        Hit("t@1", "gender", 0.9, "trained_words", "actress", value="female"),
        tag("female", "woman"),
        pronouns("male", 1),
        subject("male", "Quorvane Ostravenko, the actor."),
    ]
    assert decide_gender(hits, None, "Quorvane Ostravenko") == "female"


def _build_script() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "scripts" / "build_name_tables.py"
    spec = importlib.util.spec_from_file_location("build_name_tables", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def entry(female: float, ranks: dict[str, int], countries: dict[str, float]) -> dict[str, object]:
    return {"gender": {"F": female, "M": 1 - female}, "rank": ranks, "country": countries}


# pinyin of the invented hanzi names below (the build reads it from pypinyin, a build-time tool)
PINYIN = {
    "宇丞": "yucheng",
    "语澄": "yucheng",
    "雨澄": "yucheng",
    "妤澄": "yucheng",
    "雅婷": "yating",
}


def no_reading(kanji: str) -> str | None:
    return None  # the build reads kanji given names with UniDic (a build-time tool)


def test_a_romaji_name_mostly_borne_elsewhere_takes_its_kana_forms_gender() -> None:
    # invented names: "kabemi" is mostly borne by men of another country, a woman's name in
    # Japan (its kana forms); "tobeno" is mostly borne in Japan, where its own share stands
    build = _build_script()
    first = {
        "Kabemi": entry(0.2, {"JP": 900, "BD": 50}, {"JP": 0.1, "BD": 0.9}),
        "かべみ": entry(1.0, {"JP": 3000}, {"JP": 1.0}),
        "カベミ": entry(0.9, {"JP": 5000}, {"JP": 1.0}),
        "Tobeno": entry(0.05, {"JP": 400}, {"JP": 0.8, "US": 0.2}),
        "Rusuki": entry(0.1, {"JP": 700, "US": 20}, {"JP": 0.05, "US": 0.95}),
    }
    rows = {
        ("given", "kabemi", "kabemi", "m", "jp", 900),
        ("given", "tobeno", "tobeno", "u", "jp", 400),
        ("given", "rusuki", "rusuki", "m", "jp", 700),
    }
    build._romanised_genders(rows, first, PINYIN.__getitem__, no_reading)
    genders = {form: gender for _, form, _, gender, _, _ in rows}
    assert genders == {"kabemi": "f", "tobeno": "m", "rusuki": "m"}  # rusuki: no vote, kept


def test_a_pinyin_key_takes_the_gender_of_all_its_hanzi_forms() -> None:
    # four invented hanzi names read alike: the best-ranked one a man's, the others women's;
    # the key's gender is their weighted mean (mixed here), no longer the best form's alone
    build = _build_script()
    first = {
        "宇丞": entry(0.0, {"CN": 100}, {"CN": 1.0}),
        "语澄": entry(1.0, {"CN": 120}, {"CN": 1.0}),
        "雨澄": entry(1.0, {"CN": 130}, {"CN": 1.0}),
        "妤澄": entry(1.0, {"TW": 150}, {"TW": 1.0}),
    }
    key = "yucheng"
    rows = {
        ("given", form, key, "m" if form == "宇丞" else "f", "cn", min(info["rank"].values()))
        for form, info in first.items()
    }
    before = set(rows)
    build._romanised_genders(rows, first, PINYIN.__getitem__, no_reading)
    assert rows - before == {("given", key, key, "u", "cn", 100)}  # mixed: no longer "m"


def test_a_key_whose_gender_is_unchanged_adds_no_row() -> None:
    build = _build_script()
    first = {"雅婷": entry(1.0, {"TW": 10}, {"TW": 1.0})}
    key = PINYIN["雅婷"]
    rows = {("given", "雅婷", key, "f", "cn", 10)}
    build._romanised_genders(rows, first, PINYIN.__getitem__, no_reading)
    assert rows == {("given", "雅婷", key, "f", "cn", 10)}


def test_a_version_named_as_its_subject_gives_a_weak_gender_vote() -> None:
    # a collection with one person per version: the version's name is the subject's
    fields: dict[str, object] = {
        "tags": ("celebrity", "collection"),
        "version_names": ("Odile Marchetti",),
        "description": "Recommended weight: 0.7",
    }
    found = DETECTOR.detect(model("Celebrity Collection (one per version)", **fields))
    assert found.likeness and found.target_gender == "female"
    votes = [
        (h.text, h.value)
        for h in found.hits
        if h.aspect == "gender" and h.field == "version_names" and h.signal.startswith("gender_")
    ]
    assert votes == [("odile", "female")]
    # a version name that is no person's name gives none
    fields["version_names"] = ("Flux Dev",)
    found = DETECTOR.detect(model("Celebrity Collection (one per version)", **fields))
    assert not [h for h in found.hits if h.aspect == "gender" and h.field == "version_names"]


@pytest.mark.parametrize(
    ("name", "tags", "description", "gender"),
    [
        # a gendered noun of another language in the description's opening
        ("Zorislava Kremenic", (), "Hrvatska glumica, 40 fotografija.", "female"),
        ("Tomislav Brezarin", (), "Srpski glumac iz Novog Sada.", "male"),
        ("Dalia Vaitkute", (), "Lietuvos aktore ir dainininke.", "female"),
        ("Ilinca Marasescu", (), "O cantareata din Iasi, 30 de poze.", "female"),
        ("Maricel Dumaguete", (), "Isang aktres mula sa Cebu.", "female"),
        # a gendered script word of a tag (not in the shared lists)
        ("Yoon Sael", ("미녀", "korean"), "", "female"),
        ("Yoon Haram", ("미남", "korean"), "", "male"),
        ("Qiao Mingsen", ("男神", "chinese"), "", "male"),
        # idol group words in English
        ("Kiera Vollantine", (), "Former girl group member, 25 photos.", "female"),
        ("Dario Vollantine", (), "The lead singer of a boy group, 25 photos.", "male"),
    ],
)
def test_gendered_words_of_more_languages(
    name: str, tags: tuple[str, ...], description: str, gender: str
) -> None:
    record = model(name, tags=tags, description=description)
    votes = {h.value for h in DETECTOR.detect(record).hits if h.aspect == "gender"}
    assert gender in votes
    other = "male" if gender == "female" else "female"
    assert other not in {
        h.value
        for h in DETECTOR.detect(record).hits
        if h.aspect == "gender" and h.signal.startswith("gender_") and h.note != "first-name table"
    }


def test_a_word_that_holds_a_script_term_by_chance_casts_no_vote() -> None:
    # "大丈夫" (all right, in Japanese) holds "丈夫" (a husband, in Chinese): not read
    record = model("大丈夫 portrait lora", description="大丈夫です")
    assert not [
        h for h in DETECTOR.detect(record).hits if h.aspect == "gender" and h.value == "male"
    ]
