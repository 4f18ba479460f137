"""The gender of a finding on shapes of the fourteenth round: a post written before the given
name, Chinese and Japanese names in script whose family name the tables lack, Korean given names
read with the corrected table (data/korean_given_gender.csv.gz), and the Western first-name
tables kept off a given name the East-Asian tables read. Each rule has a twin that must stay
unknown or keep the earlier reading. Invented people only (the given names are common given
names; every family name is made up or a common one alone)."""

from __future__ import annotations

import pytest

from dfaudit.detect.base import Hit
from dfaudit.detect.engine import Detector
from dfaudit.detect.findings import (
    FIRST_NAME_NOTE,
    HONORIFIC_NOTE,
    decide_gender,
    given_name,
    korean_gender,
)
from dfaudit.detect.names import romanise_ethiopic
from dfaudit.detect.signals.gender_words import (
    _catalogue_order_name,
    _example_prompt_nouns,
    _handle_owner,
    _named_titles,
    _script_title_name,
    _titles_before_names,
    foreign_nouns,
)
from dfaudit.detect.text import fold

from .conftest import model

DETECTOR = Detector()


def _guess(value: str, text: str, field: str = "name") -> Hit:
    return Hit("name_shape@23", "gender", 0.6, field, text, value=value, note=FIRST_NAME_NOTE)


# -- a post before the given name ------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "form", "gender"),
    [
        ("Judge Delphine Quarrowby", "delphine", "f"),
        ("Judge Delphine", "delphine", "f"),  # the target cut after the given name
        ("Mayor Anselm Quarrowby", "anselm", "m"),
    ],
)
def test_a_post_before_the_name_is_no_given_name(target: str, form: str, gender: str) -> None:
    found = given_name(target)
    assert found is not None and form in found.forms and found.gender == gender


def test_a_target_that_is_only_a_post_keeps_its_word() -> None:
    # twin: nothing but a post ("Judge"): no other word to read
    found = given_name("Judge")
    assert found is not None and found.forms == frozenset({"judge"})


def test_a_post_read_as_a_first_name_does_not_outvote_the_given_name() -> None:
    hits = [_guess("male", "judge"), _guess("female", "delphine", "description")]
    assert decide_gender(hits, None, "Judge Delphine") == "female"


# -- Chinese and Japanese names in script whose family name the tables lack -------------------


@pytest.mark.parametrize(
    ("target", "gender"),
    [
        ("荣婉瑶", "f"),  # a rarer family name, a given name the tables lack: its characters vote
        ("荣浩然", "m"),
        ("東雲葵", "f"),  # a family name of two kanji, a given name of one
        ("東雲翔", "m"),
    ],
)
def test_a_script_name_with_an_unknown_family_name(target: str, gender: str) -> None:
    found = given_name(target)
    assert found is not None and found.gender == gender and found.east_asian


@pytest.mark.parametrize("phrase", ["写真集", "女明星", "男明星", "女演员", "明星脸"])
def test_a_phrase_of_three_characters_is_no_name(phrase: str) -> None:
    # twins: words of three characters, no family name's character first or characters of no
    # given name
    assert given_name(phrase) is None


# -- Korean given names: the corrected table ---------------------------------------------------


@pytest.mark.parametrize(
    ("given", "gender"),
    [
        ("서윤", "f"),  # borne mostly by women: the source's share (about one half) corrected
        ("서연", "f"),
        ("민준", "m"),
        ("지우", "u"),  # a name of either gender stays so
        ("seoyun", "f"),  # romanised
        ("seoah", "f"),  # not in the table: its syllables vote ("a" second: a woman's)
        ("minjun", "m"),
    ],
)
def test_korean_given_names(given: str, gender: str) -> None:
    assert korean_gender(given) == gender


def test_a_korean_word_of_no_syllables_says_nothing() -> None:
    assert korean_gender("xqzt") is None
    assert korean_gender("portrait") is None


@pytest.mark.parametrize(
    ("target", "gender"),
    [
        ("남궁서윤", "f"),  # hangul, a family name of the tables
        ("선우서연", "f"),  # hangul, a family name of two syllables the tables lack
        ("선우지호", "m"),
        ("Kang Seoah", "f"),  # romanised, family name first or last
        ("Seoah Kang", "f"),
        ("Jegal Seo-ah", "f"),  # a syllable written as people write it
        ("Kim Minjun", "m"),
    ],
)
def test_korean_targets(target: str, gender: str) -> None:
    found = given_name(target)
    assert found is not None and found.gender == gender and found.east_asian


def test_a_western_given_name_beside_a_korean_family_name_keeps_its_tables() -> None:
    # twins: "Mina Cho", "Anna Kim": the Western tables' guesses still count
    for target in ("Mina Cho", "Anna Kim"):
        found = given_name(target)
        assert found is not None and not found.east_asian


# -- the Western tables kept off a given name the East-Asian tables read ----------------------


def test_a_western_guess_of_an_east_asian_given_name_is_no_vote() -> None:
    # "seoah" guessed a man's by some Western reading: the Korean table's woman's name decides
    hits = [_guess("male", "seoah"), _guess("male", "Seoah", "trained_words")]
    assert decide_gender(hits, None, "Kang Seoah") == "female"


def test_a_western_guess_of_a_western_given_name_still_votes() -> None:
    # twin: a Western name with a made-up family name: its guess is the vote
    hits = [_guess("male", "anselm")]
    assert decide_gender(hits, None, "Anselm Quarrowby") == "male"


# -- a title that opens with a given name and a family name in another script ------------------


@pytest.mark.parametrize(
    ("title", "value"),
    [
        ("غيداء المريخلي v2", "female"),  # Arabic: a made-up family name
        ("Мария Тесселенкова | v1", "female"),  # Cyrillic, both words capitalised
        ("Ελένη Παπαδορέλου", "female"),  # Greek
        ("גלעד תורמלי", "male"),  # Hebrew
    ],
)
def test_a_script_title_name_gives_a_weak_vote(title: str, value: str) -> None:
    (hit,) = _script_title_name("s", title)
    assert hit.value == value and hit.score == 0.2 and hit.note == FIRST_NAME_NOTE


@pytest.mark.parametrize(
    "title",
    [
        "Красивая девушка",  # twin: a Cyrillic phrase, its second word small: no name's shape
        "Mariya Tesselenkova",  # Latin letters: the other readers' business
        "تصوير فوتوغرافي",  # Arabic words of no given name
        "Мария",  # one word alone
    ],
)
def test_no_script_title_name_without_a_name_s_shape(title: str) -> None:
    assert _script_title_name("s", title) == []


def test_the_script_title_name_decides_when_the_target_is_missed() -> None:
    record = model("غيداء المريخلي", description="<p>30 images, weight 0.8</p>", tags=("portrait",))
    assert DETECTOR.detect(record).target_gender == "female"


# -- Ethiopic given names, read in Latin letters ------------------------------------------------


@pytest.mark.parametrize(
    ("word", "latin"),
    [("አቤል", "abel"), ("ሜሮን", "meron"), ("ሄለን", "helen"), ("ማርያም", "maryam"), ("ዳዊት", "dawit")],
)
def test_ethiopic_words_in_latin_letters(word: str, latin: str) -> None:
    assert romanise_ethiopic(word) == latin


def test_an_ethiopic_given_name_gets_the_tables_gender() -> None:
    for target, gender in (("አቤል ቆርማሌ", "m"), ("ሄለን ቆርማሌ", "f")):  # a made-up family name
        found = given_name(target)
        assert found is not None and found.gender == gender
    (hit,) = _script_title_name("s", "ሄለን ቆርማሌ v1")
    assert hit.value == "female"


def test_no_ethiopic_reading_of_other_characters() -> None:
    # twins: a word with a character of no row (a number, Latin letters): no reading
    assert romanise_ethiopic("አቤል1") is None
    assert romanise_ethiopic("Abel") is None
    assert _script_title_name("s", "ሰላም ዓለም") == []  # "hello world": no given name's gender


# -- the example prompts of the preview images ----------------------------------------------------


@pytest.mark.parametrize(
    ("prompt", "value"),
    [
        ("photo of Odile Quarrowby as a woman, 35mm, soft light", "female"),
        ("photo of Odile Quarrowby woman, outdoors, golden hour", "female"),
        ("close-up of Anselm Quarrowby as a man, studio light", "male"),
    ],
)
def test_a_class_noun_of_an_example_prompt_votes(prompt: str, value: str) -> None:
    hits = _example_prompt_nouns("s", f"notes\nexample prompt: {prompt.lower()}")
    assert [h.value for h in hits] == [value] and hits[0].note == "prompt"


@pytest.mark.parametrize(
    "prompt",
    [
        "photo of Anselm Quarrowby, 1girl, woman, dress, gala",  # twin: boilerplate tags
        "a man and a woman dancing, ballroom",  # both sides
        "photo of a cafe, golden hour",  # no class noun
    ],
)
def test_no_vote_from_tags_or_both_sides(prompt: str) -> None:
    assert _example_prompt_nouns("s", f"notes\nexample prompt: {prompt.lower()}") == []


def test_a_class_noun_outside_the_example_prompts_is_not_read_so() -> None:
    # twin: the same words in the uploader's notes, no example prompt
    assert _example_prompt_nouns("s", "photo of odile quarrowby as a woman") == []


def test_a_corrected_share_left_between_keeps_the_source_s_reading() -> None:
    # 태오: the correction leaves it between (u); the East-Asian table's m stands
    assert korean_gender("태오") == "u"
    for target in ("석태오", "Seok Taeo"):
        found = given_name(target)
        assert found is not None and found.gender == "m"


# -- a title of rank before a name in the title: the named one's ---------------------------------


def test_a_role_s_title_does_not_speak_for_the_actor() -> None:
    record = model(
        "Lady Evangeline Quorrel (The Vellum Ledger) - Anselm Quarrowby",
        description="<p>Lady Evangeline Quorrel from the TV series The Vellum Ledger, as played "
        "by Anselm Quarrowby.</p>",
        tags=("character", "tv series", "man"),
    )
    assert DETECTOR.detect(record).target_gender == "male"


def test_a_title_before_the_target_s_own_name_still_speaks() -> None:
    # twin: the title is the target's ("Lady Vexmoor" a stage name)
    assert DETECTOR.detect(model("Lady Vexmoor", tags=("celebrity",))).target_gender == "female"


@pytest.mark.parametrize(
    ("text", "titled"),
    [
        ("Lady Evangeline Quorrel - Anselm Quarrowby", {"lady": "Lady Evangeline Quorrel"}),
        ("Prince Aurel Quarrowby", {"prince": "Prince Aurel Quarrowby"}),
        ("drag queen portrait", {}),  # twins: no name after the title
        ("Queen of hearts", {}),
        ("lady_vexmoor", {}),
    ],
)
def test_titles_before_names(text: str, titled: dict[str, str]) -> None:
    assert _titles_before_names(text) == titled


# -- dev14 shapes: a handle built on the given name, women's chess titles, Malay patronyms,
# -- Czech and Polish trades ---------------------------------------------------------------------


def test_a_handle_built_on_the_given_name_takes_its_gender() -> None:
    record = model(
        "SeverinQQ (Twitch)",
        description="<p>Severin Quarrowby aka SeverinQQ on Twitch — facecam captures.</p>",
        tags=("streamer", "twitch"),
    )
    assert DETECTOR.detect(record).target_gender == "male"


def test_a_cut_of_a_given_name_of_known_gender_still_says_nothing() -> None:
    # twin: "phil" of "Philippa", a given name the tables know: the cut is no vote
    hits = [_guess("male", "phil", "description")]
    assert decide_gender(hits, None, "Philippa Quarrowby") == "female"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("WGM Kit Quarrowby", "female"),
        ("WIM Sunny Quarrowby, chess player", "female"),
        ("Nurul Ain binti Quarrowdin", "female"),
        ("Ahmad bin Quarrowdin (penyanyi)", "male"),
    ],
)
def test_named_titles(text: str, value: str) -> None:
    (hit,) = _named_titles("s", [("name", text)])
    assert hit.value == value and hit.note == HONORIFIC_NOTE


@pytest.mark.parametrize(
    "text",
    ["IM Hollis Quarrowby", "GM Kit Quarrowby", "trash bin Collector", "wgm kit", "a bin of Figs"],
)
def test_no_named_title_of_an_open_title_or_a_word(text: str) -> None:
    # twins: open chess titles say no gender; "bin" as a word between no names
    assert _named_titles("s", [("name", text)]) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("Remy Quarrowby (tanečnice)", "female"), ("Remy Quarrowby (tanečník)", "male")],
)
def test_czech_trades(text: str, value: str) -> None:
    assert foreign_nouns(fold(text)) == ((fold(text).split("(")[1].rstrip(")"), value),)


def test_no_czech_trade_in_a_plain_word() -> None:
    assert foreign_nouns(fold("Remy Quarrowby (dance studio)")) == ()


# -- a title in catalogue order; the gender-only tables for a name found in the description ------


@pytest.mark.parametrize(
    ("title", "value"),
    [
        ("van der Quarrow, Saskia", "female"),
        ("von Quarrowrath, Konstanze", "female"),
        ("de Quarrowby, Maarten (v2)", "male"),
    ],
)
def test_a_title_in_catalogue_order_gives_its_given_name_s_vote(title: str, value: str) -> None:
    (hit,) = _catalogue_order_name("s", title)
    assert hit.value == value and hit.score == 0.2


@pytest.mark.parametrize(
    "title",
    ["Portrait, Anna", "made in la Mancha, Spain", "van der Quarrow Saskia", "de Quarrowby, v2"],
)
def test_no_catalogue_order_without_its_shape(title: str) -> None:
    # twins: no particle, a place after a particle, no comma, no given name after it
    assert _catalogue_order_name("s", title) == []


def test_the_catalogue_order_decides_when_the_target_is_missed() -> None:
    record = model("von Quarrowrath, Konstanze", description="<p>Sculptor.</p>", tags=("portrait",))
    assert DETECTOR.detect(record).target_gender == "female"


# -- the given name of a handle's owner -----------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "value"),
    [
        ("Benedikt of @mossy.quarrow — ASMR creator", "male"),
        ("Ines aka @quietquarrow on every platform", "female"),
    ],
)
def test_the_owner_of_a_handle(head: str, value: str) -> None:
    (hit,) = _handle_owner("s", head)
    assert hit.value == value and hit.note == FIRST_NAME_NOTE


@pytest.mark.parametrize(
    "head",
    ["Photos by Ines from @studio.quarrow", "Made by @benedikt", "Thanks to everyone at @quarrow"],
)
def test_no_owner_without_the_shape(head: str) -> None:
    # twins: a credit ("from @studio"), a handle alone, a word that is no given name
    assert _handle_owner("s", head) == []


def test_the_owner_decides_a_handle_target() -> None:
    record = model(
        "@mossy.quarrow (ASMR)",
        description="<p>Benedikt of @mossy.quarrow — ASMR creator, mic and soft lamp set-up.</p>",
        tags=("asmr", "youtuber", "realistic"),
    )
    assert DETECTOR.detect(record).target_gender == "male"
