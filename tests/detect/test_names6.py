"""Names of the sixth round: a listed person named in a description line in another language
(any script around the name), listed one-word and short names where the sentence says the model
was made from their pictures, and no such hit where it does not. Every name here is invented."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.lexicon import Lexicon, parse_lexicon_text
from dfaudit.detect.names import find_names, slug_name
from dfaudit.detect.signals.gazetteer import trained_on
from dfaudit.detect.signals.name_shape import display_name
from dfaudit.records import ModelRecord

from .conftest import model

LISTED = '["Orla Penhallow", "Tobin Vasquerell", "Marisol", "QXV"]'


@pytest.fixture(scope="module")
def listed() -> Detector:
    return Detector(Lexicon(parse_lexicon_text(LISTED, "poi", source="test")))


@pytest.mark.parametrize(
    "line",
    [
        "用 orla penhallow 的照片训练。",
        "orla penhallow の写真で学習しました。",
        "orla penhallow 사진으로 학습했습니다.",
        "Entrenado con 40 fotos de orla penhallow.",
        "Обучена на 30 фото Orla Penhallow.",
        "Trained on 40 photos of orla penhallow.",
        "Trainiert mit Bildern von Orla Penhallow",
    ],
)
def test_a_listed_name_in_a_line_about_the_pictures_is_strong(listed: Detector, line: str) -> None:
    # a generic model name ("face v2") holds no name: the description's line carries it
    description = f"推荐权重 0.7～0.9。\n{line}\nPlease leave a review!"
    finding = listed.detect(model("face v2", description=description))
    assert finding.likeness
    assert finding.target_name == "Orla Penhallow"


@pytest.mark.parametrize(
    "description",
    [
        "Thanks to orla penhallow for the support on ko-fi!",
        "Works well with other LoRAs; inspired by a talk of Orla Penhallow.",
    ],
)
def test_a_listed_name_elsewhere_in_the_description_stays_weak(
    listed: Detector, description: str
) -> None:
    finding = listed.detect(model("face v2", description=description))
    assert not finding.likeness


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("用 marisol 的照片训练。", True),  # a listed one-word name, the line about pictures
        ("Trained on 30 photos of QXV.", True),  # a listed short name
        ("marisol dress, red, flowing", False),  # no line about pictures
        ("Thanks marisol! Trained on 30 photos.", False),  # another sentence
        ("用 qxvz 的照片训练。", False),  # a short name only as a whole word
    ],
)
def test_lone_and_short_entries_only_in_a_sentence_about_pictures(
    listed: Detector, line: str, found: bool
) -> None:
    finding = listed.detect(model("LoRA 2025-03", description=line))
    gazetteer = [h for h in finding.hits if h.signal.startswith("gazetteer") and h.score > 0]
    assert bool(gazetteer) is found


def test_lone_entries_never_match_through_the_ordinary_matcher() -> None:
    lexicon = Lexicon(parse_lexicon_text(LISTED, "poi", source="test"))
    assert lexicon.match("marisol photo set") == []
    assert [m.entry.name for m in lexicon.match_lone("fotos de Marisol")] == ["Marisol"]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Trained on photos of Orla Penhallow.", "Orla Penhallow", True),
        ("Orla Penhallow. Trained on photos.", "Orla Penhallow", False),  # another sentence
        ("Orla Penhallow の写真で学習", "Orla Penhallow", True),
        ("Style by Orla Penhallow", "Orla Penhallow", False),
    ],
)
def test_trained_on_reads_only_the_sentence_of_the_name(
    text: str, name: str, expected: bool
) -> None:
    start = text.index(name)
    assert trained_on(text, (start, start + len(name))) is expected


@pytest.mark.parametrize(
    ("text", "words", "origin"),
    [
        ("pyeonhayul", ("pyeon", "hayul"), "kr"),  # a Korean name run together, family first
        ("hayulpyeon_v2", ("pyeon", "hayul"), "kr"),  # family name last
        ("ga-on_dongbang v2", ("dongbang", "gaon"), "kr"),  # given name first in a slug
        ("ruoxi-puyang", ("puyang", "ruoxi"), "cn"),  # a compound Chinese family name last
        ("puyangruoxi", ("puyang", "ruoxi"), "cn"),  # and first, run together
        ("동방서윤 | LoRA", ("dongbang", "seoyun"), "kr"),  # a two-syllable family name in hangul
        ("【太史　若溪】 real v2", ("taishi", "ruoxi"), "cn"),  # compound, ideographic space
        ("RuoxiTantai_CH", ("tantai", "ruoxi"), "cn"),  # camelCase, given name first
    ],
)
def test_rarer_and_compound_east_asian_family_names(
    text: str, words: tuple[str, str], origin: str
) -> None:
    found = find_names(text)
    assert [(m.words, m.origin) for m in found] == [(words, origin)]


@pytest.mark.parametrize(
    "text",
    ["parkinson", "kimberly", "moonlight", "sunset-park", "songbird", "hanbok", "jungwoo lora"],
)
def test_words_that_start_with_a_korean_family_name_are_no_name(text: str) -> None:
    assert find_names(text) == ()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ნინო ზვარტაძე | LoRA", "script"),  # Georgian: a surname ending -ძე
        ("ლევან_ზღვაპაშვილი_v2", "script"),  # -შვილი, in a file name
        ("Nino Zvartadze", "pair"),  # romanised, -dze
    ],
)
def test_georgian_surnames_known_by_their_ending(text: str, kind: str) -> None:
    assert [m.kind for m in find_names(text)] == [kind]


@pytest.mark.parametrize("text", ["ეს არის ძე", "ძე შვილი", "ქართული ენა"])
def test_georgian_words_without_a_surname_ending_are_no_name(text: str) -> None:
    assert find_names(text) == ()


def _hf(slug: str, prompt: str = "a photo of sks woman") -> ModelRecord:
    return ModelRecord(
        platform="huggingface",
        model_id=f"someone/{slug}",
        url=f"https://huggingface.co/someone/{slug}",
        name=slug,
        model_type="LORA",
        trained_words=(prompt,),
        description=f"{prompt.removeprefix('a photo of ')}, portrait, studio light",
    )


@pytest.mark.parametrize(
    ("slug", "target"),
    [
        ("ignatiusmerrowdale-lora", "Ignatius Merrowdale"),  # a rarer first name run together
        ("perpetua-quillbarrow", "Perpetua Quillbarrow"),  # a first name of the world table
    ],
)
def test_a_hugging_face_slug_that_is_only_a_name(slug: str, target: str) -> None:
    finding = Detector().detect(_hf(slug))
    assert finding.likeness and finding.target_name == target


@pytest.mark.parametrize(
    "slug", ["margaretrose", "detail-tweaker", "epicrealism-v5", "pixel-art-xl", "sdxl-turbo"]
)
def test_slugs_that_are_no_name(slug: str) -> None:
    assert slug_name(slug) is None


def test_a_civitai_title_is_not_read_as_a_slug() -> None:
    # the relaxed reading is for repository slugs only: a Civitai title keeps the pair rules
    record = model("ignatiusmerrowdale", description="portrait")
    hits = [h for h in Detector().detect(record).hits if h.signal.startswith("name_shape")]
    assert hits == []


@pytest.mark.parametrize(
    ("text", "surname", "given"),
    [
        ("빙・하윤 (배우)", "bing", "hayun"),  # a rarer family name, a middle dot
        (
            "【소봉　하윤】real v2",
            "sobong",
            "hayun",
        ),  # a family name no table has, ideographic space
        (
            "【四月一日ひより】real v2",
            "siyueyiri",
            "hiyori",
        ),  # a kana given name ranked by its romaji
    ],
)
def test_family_and_given_name_joined_by_a_name_separator(
    text: str, surname: str, given: str
) -> None:
    assert [m.words for m in find_names(text)] == [(surname, given)]


def test_hangul_words_apart_with_a_plain_space_are_no_name() -> None:
    assert find_names("사진 가온") == ()


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("kyunghayul", "Kyung Hayul"),  # run together: the family name as written
        ("gyeonghayul", "Gyeong Hayul"),
        ("Gyeong Ha-yun", "Gyeong Hayun"),
    ],
)
def test_a_romanised_family_name_is_shown_as_written(text: str, shown: str) -> None:
    (match,) = find_names(text)
    assert display_name(match) == shown


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("it went over the keywords", False),  # ordinary words joined are no one-word name
        ("photos of Dorvin", True),
        ("Dor vin photos", True),  # a name split, not into ordinary words
    ],
)
def test_ordinary_words_joined_are_no_listed_name(text: str, found: bool) -> None:
    lexicon = Lexicon(parse_lexicon_text('["Dorvin", "Wentover"]', "poi", source="test"))
    assert bool(lexicon.match(text)) is found


def test_a_lone_entry_matches_only_as_many_words_as_it_has() -> None:
    lexicon = Lexicon(parse_lexicon_text('["Marisol", "Dee J"]', "poi", source="test"))
    assert lexicon.match_lone("mari sol photos") == []
    assert [m.entry.name for m in lexicon.match_lone("photos of Dee-J")] == ["Dee J"]


@pytest.mark.parametrize("text", ["请文明使用此模型，谢谢～", "常常"])
def test_a_doubled_character_is_a_word_not_a_name(text: str) -> None:
    assert find_names(text) == ()


def test_a_given_name_that_is_also_a_pinyin_word_beside_a_family_name() -> None:
    # "mengyao" is also a dictionary phrase in pinyin, and a ranked given name's reading
    assert [m.words for m in find_names("MengyaoHuyan_CH_Dancer")] == [("huyan", "mengyao")]


@pytest.mark.parametrize(
    ("name", "trigger", "description", "flagged"),
    [
        ("Velvetine v2", "velvetine", "Trained on press photos of Velvetine, the singer.", True),
        # the trigger is another word: no agreement
        ("Velvetine v2", "vlvtn", "Trained on press photos of Velvetine, the singer.", False),
        # images, not photographs: drawn characters are trained on images
        ("Velvetine v2", "velvetine", "Trained on 40 images of Velvetine.", False),
        # a common word is no stage name
        ("Summer v2", "summer", "Trained on photos of Summer landscapes.", False),
    ],
)
def test_a_one_word_stage_name_three_fields_agree(
    name: str, trigger: str, description: str, flagged: bool
) -> None:
    record = model(name, trained_words=(trigger,), description=description)
    hits = [h for h in Detector().detect(record).hits if h.signal.startswith("name_shape")]
    assert bool(hits) is flagged


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Sobong Ha-neul", ("sobong", "haneul")),  # a family name no table has, hyphened given
        ("Eogeum Do-yun v2", ("eogeum", "doyun")),  # "Do" begins the given name here
        ("Shira Ben-Oravi", ("shira", "ben-oravi")),  # a double surname whose first part is "Ben"
        ('Marisol "Mari" Quellenby', ("marisol", "quellenby")),  # a nickname in quotes
    ],
)
def test_names_around_a_hyphen_or_a_nickname(text: str, words: tuple[str, str]) -> None:
    assert [m.words for m in find_names(text)] == [words]


@pytest.mark.parametrize("text", ["Hello Ka-boom", "Mini Ha-ha", "Spider Man-made"])
def test_hyphened_words_that_are_no_korean_name(text: str) -> None:
    assert [m for m in find_names(text) if m.origin == "kr"] == []


@pytest.mark.parametrize(
    ("text", "shown"), [("Seo-ah Kang", "Seoah Kang"), ("Kang Seo-ah", "Kang Seoah")]
)
def test_a_romanised_name_is_shown_in_the_order_written(text: str, shown: str) -> None:
    (match,) = find_names(text)
    assert display_name(match) == shown


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Looks a lot like Isaura Quellmore, trained", ("isaura", "quellmore")),  # not "like"
        ("Solenne_v4_v1", ()),  # a version token is no leetspeak ("v4" is no "va")
        ("Lupita_college_classmate_Flux", ("lupita",)),  # a first name before ordinary words
        ("my friend Courtney", ("courtney",)),  # a common word is no surname
        ("heather_whistle_v1", ("heather", "whistle")),  # an ordinary-word surname survives
    ],
)
def test_ordinary_words_beside_a_first_name(text: str, words: tuple[str, ...]) -> None:
    found = find_names(text)
    assert (found[0].words if found else ()) == words


@pytest.mark.parametrize("text", ["Արփինե Զվարթունյան | LoRA", "Լուսինե_Կարմրունյանց_v2"])
def test_armenian_surnames_known_by_their_ending(text: str) -> None:
    assert [m.kind for m in find_names(text)] == ["script"]


@pytest.mark.parametrize("text", ["Հայաստան", "Բարև ձեզ"])
def test_armenian_words_without_a_surname_ending_are_no_name(text: str) -> None:
    assert find_names(text) == ()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("actress Odalys Merrin", ("odalys", "merrin")),  # a capitalised pair after the word
        ("photos of the singer Linnea Quarrow", ("linnea", "quarrow")),
    ],
)
def test_a_common_word_before_a_full_name_leaves_the_pair(
    text: str, words: tuple[str, ...]
) -> None:
    assert [m.words for m in find_names(text)] == [words]
