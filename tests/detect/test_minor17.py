"""Round 17 (issue 8): every kind of explicit minor cue in every language a model page is written
in, and none on adults. A stated age under 18 in each language's age words and scripts, an age
slot, an age in words; school-level youth words in each script; a "JK"/"JC" tag. Every cue has a
twin that must not fire: an adult's age, a span of time, a thing's age, a costume or a style, a
teacher, a product or era name. Invented names only; the cue itself in neutral metadata only."""

from __future__ import annotations

import pytest

from dfaudit.detect.signals.minor_cues import MinorCues
from dfaudit.records import ModelRecord

from .conftest import model

SIGNAL = MinorCues()


def _minor(description: str = "", tags: tuple[str, ...] = ("portrait",)) -> list[str]:
    record: ModelRecord = model("Mira Oxley", tags=tags, description=description)
    return [h.text for h in SIGNAL.hits(record) if h.score >= 0.85]


# (cue, twin): the cue fires, its near-identical twin does not
PAIRS = [
    ("Sie ist 16 Jahre alt.", "Sie fotografiert seit 16 Jahren."),
    ("Lei ha 16 anni.", "Fotografa da 16 anni."),
    ("Ей 16 лет.", "Снято 16 лет назад."),
    ("Ma 16 lat.", "Pracuje od 16 lat."),
    ("16-letnia modelka.", "26-letnia modelka."),
    ("16 yaşında.", "25 yaşında."),
    ("Dia berusia 16 tahun.", "Foto ini dari 16 tahun lalu."),
    ("Cô ấy 16 tuổi.", "Cô ấy 30 tuổi."),
    ("อายุ 16 ปี", "16 ปีที่แล้ว"),
    ("عمرها 16 سنة", "منذ 16 سنة"),
    ("वह 16 साल की है", "16 साल से मॉडलिंग"),
    ("她16歲", "她26歲"),
    ("１６歳のモデル", "２４歳のモデル"),
    ("Edad: 16", "Edad: 26"),
    ("年龄：16", "年龄：26"),
    ("나이: 16", "나이: 27"),
    ("十六歳", "二十六歳"),
    ("열여섯 살", "스물여섯 살"),
    ("dieciséis años", "veintiséis años"),
    ("sechzehn Jahre alt", "sechsundzwanzig Jahre alt"),
    ("Tiene 16 años.", "Hace 16 años que posa."),
    ("A 16 years old student.", "A 16 years old photo."),
    ("She is 15 years old.", "This car is 15 years old."),
    ("고등학생 모델", "고등학생 교복 컨셉"),
    ("여고생", "여고생 교복"),
    ("高校生のモデル", "女子高生風メイク"),
    ("女子高生", "JK制服"),
    ("高中生", "高中生校服"),
    ("初中生", "初中生风格"),
    ("школьница", "школьная форма"),
    ("nastolatka", "nastolatka kostium"),
    ("lycéenne", "déguisement en lycéenne"),
    ("estudiante de secundaria", "profesora de estudiante de secundaria"),
    ("siswi SMA", "seragam siswi SMA"),
    ("nữ sinh trung học", "nữ sinh viên"),
    ("นักเรียนมัธยม", "ชุดนักเรียน"),
    ("مراهقة", "امرأة"),
    ("नाबालिग", "वयस्क"),
    ("liseli kız", "liseli kostümü"),
    ("a sophomore in high school", "a college sophomore"),
    ("a teen", "teen spirit"),
    ("a teenager", "90s teen movie style"),
    ("a middle school student", "a middle school teacher"),
]


@pytest.mark.parametrize(("cue", "twin"), PAIRS)
def test_minor_cue_and_its_twin(cue: str, twin: str) -> None:
    assert _minor(cue), cue
    assert not _minor(twin), (twin, _minor(twin))


ADULT_PAGES = [
    "young cute petite girl, kawaii",
    "school uniform, 制服, seifuku",
    "24歳 OL",
    "27세 모델",
    "born 1998",
    "U23 squad",
    "over-35 league",
    "youth coach",
    "v16, 16 steps, 16 GB, ETA 16 days",
    "a 16-year-old song",
    "24歳, 高校生コスプレ",
    "27세, 여고생 컨셉",
    "She is 25 years old; schoolgirl look.",
    "twenty-six years old",
    "二十七歳",
    "두 살 차이",
    "16 years of experience",
]


@pytest.mark.parametrize("description", ADULT_PAGES)
def test_adult_pages_raise_no_minor_cue(description: str) -> None:
    assert not _minor(description), _minor(description)


def test_school_girl_tags_stand_only_whole() -> None:
    assert _minor(tags=("jk", "portrait"))
    assert _minor(tags=("jc",))
    assert not _minor(tags=("jk制服", "jk uniform", "portrait"))


def test_a_stated_adult_age_does_not_outweigh_a_minor_age_or_loli() -> None:
    assert _minor("24歳の姉と16歳の妹")
    assert _minor("She is 25 years old. loli")


# (cue, twin) in a licence, a rule or a possessive of children in general
SCRIPT_RULES = [
    ("未成年のモデル", "未成年の生成禁止"),
    ("未成年", "禁止生成未成年"),
    ("未成年人", "以任何方式伤害未成年人"),
    ("미성년자 모델", "미성년자 금지"),
    ("children", "in the style of children's books"),
]


@pytest.mark.parametrize(("cue", "twin"), SCRIPT_RULES)
def test_youth_word_and_its_rule_twin(cue: str, twin: str) -> None:
    assert _minor(cue), cue
    assert not _minor(twin), (twin, _minor(twin))


def test_a_school_girl_tag_on_a_clothing_page_names_the_uniform() -> None:
    assert _minor(tags=("jk", "portrait"))
    assert not _minor(tags=("jk", "clothing"))
    assert not _minor(tags=("jk", "style"))


def test_age_slots_need_an_age_word() -> None:
    assert _minor("Alter: 16")
    assert not _minor("eta: 1, ddim eta 1")
    assert not _minor("alter 16 layers")


def test_a_worn_word_is_a_whole_word() -> None:
    assert _minor("a little girl looking under the bed")  # "looking" is no "look"
    assert not _minor("schoolgirl look")
