"""The gender of a finding on shapes of the eleventh round: pronouns of other languages said of
the named subject, honorifics before the target's name, gendered trades, Chinese romanised given
names by their syllables, Vietnamese name order, hyphenated given names, names written letter by
letter, a misreading of the target's own given name. Each rule has its opposite-gender twin and
a twin with no cue. Invented people only."""

from __future__ import annotations

import pytest

from dfaudit.detect.base import Hit
from dfaudit.detect.engine import Detector
from dfaudit.detect.findings import FIRST_NAME_NOTE, decide_gender, given_name, pinyin_gender
from dfaudit.detect.signals.gender_words import _joined_letters

from .conftest import model

# these tests ask whether a cue says a gender: without the catalog prior
pytestmark = pytest.mark.usefixtures("no_gender_prior")

DETECTOR = Detector()
# an invented name the first-name tables give no gender
NAME = "Quarrow Vellisand"


def gender_of(name: str = NAME, **fields: object) -> str:
    fields.setdefault("tags", ("celebrity",))
    return DETECTOR.detect(model(name, **fields)).target_gender


def test_the_invented_name_alone_says_no_gender() -> None:
    assert gender_of(description=f"{NAME}, TV presenter.") == "unknown"


@pytest.mark.parametrize(
    ("female", "male"),
    [
        ("Она снимается в кино.", "Он снимается в кино."),
        ("Вона співає.", "Він співає."),
        ("Ella es presentadora de televisión.", "Él es presentador de televisión."),
        ("Elle présente le journal.", "Il présente le journal."),
        ("Ela apresenta o jornal.", "Ele apresenta o jornal."),
        ("Zij presenteert het nieuws.", "Hij presenteert het nieuws."),
        ("她是一位主持人。", "他是一位主持人。"),
        ("그녀는 방송인입니다.", "그는 방송인입니다."),
        ("彼女はタレントです。", "彼はタレントです。"),
    ],
)
def test_a_pronoun_of_another_language_after_the_named_subject(female: str, male: str) -> None:
    assert gender_of(description=f"LoRA: {NAME}. {female}") == "female"
    assert gender_of(description=f"LoRA: {NAME}. {male}") == "male"


@pytest.mark.parametrize(
    "text",
    [
        "Il faut utiliser un poids de 0.7.",  # French "il" of "il faut": no one
        "Il est conseillé de rester sous 0.9.",
        "其他模型也可以。",  # 其他: "other"
        "Works with 吉他 prompts.",  # 吉他: a guitar
    ],
)
def test_a_pronoun_shaped_word_that_is_no_one_says_nothing(text: str) -> None:
    assert gender_of(description=f"LoRA: {NAME}. {text}") == "unknown"


def test_a_pronoun_of_someone_not_named_before_it_says_nothing() -> None:
    # no name in the sentences before the pronoun: it may be anyone's
    assert gender_of(description="Trained on 40 photos. Elle adore la photo.") == "unknown"


@pytest.mark.parametrize(
    ("female", "male"),
    [
        ("Mrs.", "Mr."),
        ("Ms", "Sir"),
        ("Madame", "Monsieur"),
        ("la señora", "el señor"),
        ("Signorina", "Signor"),
        ("Dame", "Lord"),
        ("Duchess", "Duke"),
    ],
)
def test_an_honorific_before_the_target(female: str, male: str) -> None:
    assert gender_of(description=f"Portrait LoRA of {female} {NAME}, presenter.") == "female"
    assert gender_of(description=f"Portrait LoRA of {male} {NAME}, presenter.") == "male"


def test_an_honorific_before_someone_else_says_nothing_of_the_target() -> None:
    text = f"{NAME}, presenter. Thanks to Mr. Tarquell Dalgleth for the photos."
    assert gender_of(description=text) == "unknown"


def test_a_korean_honorific_after_the_target() -> None:
    # 지우: a given name of either gender (the corrected Korean table, round 14)
    assert gender_of("남궁지우", description="남궁지우 양 LoRA") == "female"
    assert gender_of("남궁지우", description="남궁지우 군 LoRA") == "male"
    # 씨 says no gender
    assert gender_of("남궁지우", description="남궁지우 씨 LoRA") == "unknown"


@pytest.mark.parametrize(
    ("female", "male"),
    [
        ("TV hostess", "weatherman"),
        ("frontwoman of a rock band", "frontman of a rock band"),
        ("a waitress from my town", "a policeman from my town"),
        ("member of a girl band", "member of a boyband"),
        ("mom influencer, 2M followers", "dad influencer, 2M followers"),
        ("granddaughter of a painter", "grandson of a painter"),
    ],
)
def test_a_gendered_trade_or_relation(female: str, male: str) -> None:
    assert gender_of(description=f"{NAME}, {female}.") == "female"
    assert gender_of(description=f"{NAME}, {male}.") == "male"


@pytest.mark.parametrize(
    ("given", "gender"),
    [
        ("wanqing", "f"),  # both syllables lean to women's names
        ("qianyun", "f"),
        ("zhiheng", "m"),  # both to men's
        ("heng", "u"),  # one syllable: not measured
        ("qingyi", "u"),  # the syllables disagree
        ("harold", "u"),  # no pinyin
    ],
)
def test_a_romanised_chinese_given_name_by_its_syllables(given: str, gender: str) -> None:
    assert pinyin_gender(given) == gender


def test_a_romanised_chinese_target_takes_its_syllables_gender() -> None:
    assert gender_of("Xiahou Wanqing", description="Xiahou Wanqing, TV presenter.") == "female"
    assert gender_of("Xiahou Zhiheng", description="Xiahou Zhiheng, TV presenter.") == "male"
    assert gender_of("Xiahou Qingyi", description="Xiahou Qingyi, TV presenter.") == "unknown"


@pytest.mark.parametrize(
    ("target", "given", "gender"),
    [
        ("Lưu Khánh Linh", "linh", "f"),  # family, middle, given: the given name is last
        ("Nguyen Thi Quellan", "quellan", "f"),  # no marks: a family name, a middle name
        ("Tran Van Quellan", "quellan", "m"),  # Văn is a man's middle name, Thị a woman's
        ("Le Petit Prince", "le", "u"),  # no Vietnamese middle name: read as before
        ("Ioana Vellisănescu", "ioana", "f"),  # Romanian ă is not Vietnamese
    ],
)
def test_vietnamese_name_order(target: str, given: str, gender: str) -> None:
    found = given_name(target)
    assert found is not None
    assert given in found.forms
    assert found.gender == gender


@pytest.mark.parametrize(
    ("target", "gender"),
    [
        ("Fenella-Jessamy Pelladine", "f"),
        ("Bartholomew-Ruari Pelladine", "m"),
        ("Fenella-Bartholomew Pelladine", "u"),  # the parts disagree
    ],
)
def test_a_hyphenated_given_name_by_its_parts(target: str, gender: str) -> None:
    found = given_name(target)
    assert found is not None and found.gender == gender


def test_a_name_written_letter_by_letter() -> None:
    assert _joined_letters("W I L H E L M I N E   P E L L A D I N E") == "WILHELMINE   PELLADINE"
    assert _joined_letters("R u a r i Pelladine") == "Ruari Pelladine"
    assert _joined_letters("A B test") == "A B test"  # two letters are initials
    assert gender_of("W I L H E L M I N E   P E L L A D I N E", tags=("realistic",)) == "female"
    assert gender_of("B A R T H O L O M E W   P E L L A D I N E", tags=("realistic",)) == "male"
    assert gender_of("Q U A R R O W   V E L L I S A N D", tags=("realistic",)) == "unknown"


def test_a_cut_of_the_targets_own_given_name_is_no_other_person() -> None:
    # "phil" and "philipp" read in a slug are cuts of "Philippa": they do not vote for a man
    fields = {"trained_words": ("phil",), "file_names": ("philipp_vellisand.safetensors",)}
    assert gender_of("Philippa Vellisand", **fields) == "female"
    assert gender_of("Phillip Vellisand", **fields) == "male"


@pytest.mark.parametrize(
    ("female", "male"),
    [("The Vellisand sisters", "The Vellisand brothers")],
)
def test_a_packs_people_of_one_gender(female: str, male: str) -> None:
    assert gender_of(female, description="Two TV presenters.") == "female"
    assert gender_of(male, description="Two TV presenters.") == "male"
    assert gender_of("The Vellisand twins", description="Two TV presenters.") == "unknown"


def test_sisters_beside_the_subject_are_not_the_subject() -> None:
    # "and his sisters": the kinship word speaks of people beside him; "his" is his own
    assert gender_of(f"{NAME} and his sisters", description="TV presenters.") == "male"


def _guess(field: str, word: str, value: str, score: float) -> Hit:
    return Hit("t@1", "gender", score, field, word, value=value, note=FIRST_NAME_NOTE)


@pytest.mark.parametrize(
    ("target", "own", "other", "gender"),
    [
        ("Esmee Vellisand", ("Esmee", "female"), ("prem", "male"), "female"),
        ("Bartholomew Vellisand", ("Bartholomew", "male"), ("marla", "female"), "male"),
        # a target given name the tables lack: the other word's guess, halved, still speaks
        ("Quarrow Vellisand", None, ("prem", "male"), "male"),
    ],
)
def test_another_words_name_guess_against_the_targets_own_given_name(
    target: str, own: tuple[str, str] | None, other: tuple[str, str], gender: str
) -> None:
    hits = [_guess("trained_words", other[0], other[1], 0.43)]
    if own is not None:
        hits.append(_guess("description", own[0], own[1], 0.3))
    assert decide_gender(hits, None, target) == gender


@pytest.mark.parametrize(
    ("female", "male"),
    [
        ("— the older sister in the acting family —", "— the older brother in the acting family —"),
        (", a grandmother of five,", ", a grandfather of five,"),
        ("(a mother of two)", "(a father of two)"),
    ],
)
def test_a_relation_noun_in_apposition_to_the_subject(female: str, male: str) -> None:
    assert gender_of(description=f"{NAME} {female} trained on TV photos.") == "female"
    assert gender_of(description=f"{NAME} {male} trained on TV photos.") == "male"


@pytest.mark.parametrize(
    "text",
    [
        "photographed with the older sister",  # someone beside the subject
        "an army wife portrait style",  # no apposition: a style
    ],
)
def test_a_relation_noun_not_in_apposition_says_nothing(text: str) -> None:
    assert gender_of(description=f"{NAME} {text}.") == "unknown"


def test_a_woman_compound_trade_and_strongman() -> None:
    assert gender_of(description=f"{NAME}, strongwoman champion.") == "female"
    assert gender_of(description=f"{NAME}, strongman champion.") == "male"
    assert gender_of(description=f"{NAME}, weightlifting champion.") == "unknown"


def test_a_person_tag_of_a_hugging_face_page_gives_its_first_name() -> None:
    hf = ("lora", "template:sd-lora")
    assert gender_of("", tags=(*hf, "person:mireille-vellisand")) == "female"
    assert gender_of("", tags=(*hf, "person:bartholomew-vellisand")) == "male"
    assert gender_of("", tags=(*hf, "person:quarrow-vellisand")) == "unknown"


def test_an_honorific_speaks_when_the_finding_names_no_target() -> None:
    # a title and a surname only: no target is named, the title is the person's
    hits_f = [Hit("t@1", "gender", 0.8, "name", "Mrs. Oskamire", value="female", note="honorific")]
    hits_m = [Hit("t@1", "gender", 0.8, "name", "Mr. Oskamire", value="male", note="honorific")]
    assert decide_gender(hits_f, None, None) == "female"
    assert decide_gender(hits_m, None, None) == "male"
    # with a target, a title before someone else says nothing of the target
    assert decide_gender(hits_m, None, "Quarrow Vellisand") == "unknown"


@pytest.mark.parametrize(
    ("target", "given", "gender"),
    [
        ("Amagiri Ryûnosuke", "ryunosuke", "m"),  # a long vowel's circumflex
        ("Amagiri Ryūnosuke", "ryunosuke", "m"),  # or macron
        ("Tizuru Shinonome", "chizuru", "f"),  # Kunrei-shiki "ti" is Hepburn "chi"
        ("Shinonome Tizuru", "chizuru", "f"),
        ("Amagiri Vellisand", "amagiri", "u"),  # no Japanese given name: read as before
    ],
)
def test_japanese_romanisation_variants(target: str, given: str, gender: str) -> None:
    found = given_name(target)
    assert found is not None
    assert given in found.forms
    assert found.gender == gender
