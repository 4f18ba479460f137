"""vocab15: one vocabulary per idea. The trades (detect.trades), a model's words, the clergy's
titles and the patronymic endings (detect.vocab) are each defined once; the readers derive
their views from that one table, and no second literal list of those words is left in detect/.
Behaviour tests for the words whose reading changed, each with a twin of the same shape
without a person. Invented names only."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from dfaudit.detect import findings, names, trades, vocab
from dfaudit.detect.findings import _patronymic_gender, _without_patronymic, clean_target
from dfaudit.detect.signals import gazetteer, gender_words, name_shape, named_context, subject_cues
from dfaudit.detect.signals.gender_words import foreign_nouns
from dfaudit.detect.signals.subject_name import subject_of
from dfaudit.detect.text import fold

DETECT = Path(findings.__file__).parent


def _string_collections(path: Path) -> list[tuple[int, list[str]]]:
    """Every tuple, list or set literal of three strings or more in a module, and every
    ``_split("…")`` word list."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Tuple | ast.List | ast.Set):
            strings = [
                e.value
                for e in node.elts
                if isinstance(e, ast.Constant) and isinstance(e.value, str)
            ]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "_split"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            strings = node.args[0].value.split()
        else:
            continue
        if len(strings) >= 3:
            out.append((node.lineno, strings))
    return out


def _modules(*skip: str) -> list[Path]:
    return [p for p in sorted(DETECT.rglob("*.py")) if p.name not in skip]


# --- each table is the only definition ----------------------------------------------------


def test_trade_readers_derive_their_views_from_the_table() -> None:
    assert trades.trade_words(art=False, scripts=True) == named_context.TRADES
    assert trades.trade_words(art=True) == named_context.ART_TRADES
    assert not set(named_context.TRADES) & set(named_context.ART_TRADES)
    female = set(gender_words._folded(gender_words.FOREIGN_FEMALE))
    male = set(gender_words._folded(gender_words.FOREIGN_MALE))
    assert {fold(w) for w in trades.gendered_trades("female")} <= female
    assert {fold(w) for w in trades.gendered_trades("male")} <= male
    assert not female & male
    keys = trades.lead_trade_keys()
    assert {"cellist", "herecka", "skuespillerinne", "sculptor"} <= keys
    assert not any(" " in k for k in keys)


def test_table_genders_and_languages_are_well_formed() -> None:
    assert all(t.gender in {"female", "male", ""} for t in trades.TABLE)
    assert all(len(t.language) == 2 and t.language.isalpha() for t in trades.TABLE)
    assert all(t.word == t.word.lower().strip() and "  " not in t.word for t in trades.TABLE)
    # a folded word says one gender only, whatever language writes it
    said: dict[str, set[str]] = {}
    for t in trades.TABLE:
        said.setdefault(fold(t.word), set()).add(t.gender)
    assert all(len(g) == 1 for g in said.values()), {k: g for k, g in said.items() if len(g) > 1}


def test_no_second_list_of_foreign_trades_in_detect() -> None:
    """The trades of other languages are written only in detect/trades.py (a literal of other
    words may hold them inside a phrase: "la cantante")."""
    # (the Latin ones: the trades of other scripts the table holds for named_context since
    # fresh19 are still written apart by their older readers, gender_words, subject_cues and
    # vocab's script tags, which match them by script)
    foreign = {fold(t.word) for t in trades.TABLE if t.language != "en" and trades.latin(t.word)}
    for path in _modules("trades.py"):
        for line, strings in _string_collections(path):
            found = {fold(s) for s in strings} & foreign
            assert len(found) < 3, f"{path.name}:{line} lists trades {sorted(found)}"


def test_no_second_list_of_model_words_in_detect() -> None:
    """A literal list that is mostly model words (adapters, methods, bases) is vocab's own."""
    model = vocab.SLUG_MODEL_WORDS | vocab.MODEL_WORDS_NAMELIKE
    for path in _modules("vocab.py"):
        for line, strings in _string_collections(path):
            found = {fold(s) for s in strings} & model
            assert len(found) < 5 or len(found) * 2 < len(strings), (
                f"{path.name}:{line} lists model words {sorted(found)}"
            )


def test_no_second_list_of_clergy_titles_in_detect() -> None:
    for path in _modules("vocab.py", "trades.py"):
        for line, strings in _string_collections(path):
            found = {fold(s) for s in strings} & vocab.CLERGY_TITLES
            assert len(found) < 3, f"{path.name}:{line} lists clergy titles {sorted(found)}"


def test_no_second_patronymic_pattern_in_detect() -> None:
    """A woman's patronymic endings are written only in vocab (-ovich is a surname's ending
    too, which the surname readers keep)."""
    for path in _modules("vocab.py"):
        text = path.read_text(encoding="utf-8")
        assert "ovna" not in text and "ichna" not in text and "овна" not in text, path.name


def test_model_word_readers_derive_their_views_from_vocab() -> None:
    assert names._SUFFIX_WORDS == vocab.SLUG_MODEL_WORDS
    assert subject_cues._SLUG_NOISE == vocab.MODEL_WORDS
    assert named_context._MODEL_WORDS == vocab.MODEL_WORDS
    assert gazetteer._MODEL_WORDS == vocab.MODEL_WORDS
    assert name_shape._SLUG_MODEL_WORDS == vocab.MODEL_WORDS | vocab.LIKENESS_MODEL_WORDS
    # words that are names or syllables too never drop out of a run-together name
    assert not names._SUFFIX_WORDS & vocab.MODEL_WORDS_NAMELIKE


def test_titles_hold_the_clergy_titles() -> None:
    assert findings.CLERGY_TITLES is vocab.CLERGY_TITLES
    assert names.TITLE_WORDS is vocab.TITLE_WORDS
    assert vocab.CLERGY_TITLES <= vocab.TITLE_WORDS
    assert "reverend" in vocab.TITLE_WORDS and "reverend" not in vocab.CLERGY_TITLES


# --- behaviour of the words whose reading changed -----------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Herečka Ysolde Quarnveld", "Ysolde Quarnveld"),  # Czech, was a gender word only
        ("Lekarka Ysolde Quarnveld", "Ysolde Quarnveld"),  # Polish, was a context trade only
        ("Skuespillerinne Ysolde Quarnveld", "Ysolde Quarnveld"),
    ],
)
def test_lead_trades_of_the_table_leave_a_title(title: str, expected: str) -> None:
    cleaned = clean_target(title, "x")
    assert cleaned is not None and cleaned[0] == expected


@pytest.mark.parametrize(
    "title",
    [
        "Velvet Ysolde Quarnveld",  # no trade
        "Ysolde Quarnveld Herečka",  # a trade after the name
        "DJ Quarnveld Velvet",  # a stage name opened by a two-letter trade
        "Senator Quarnveld",  # a post before a lone surname: without_role's
    ],
)
def test_lead_trade_twins_keep_the_title(title: str) -> None:
    cleaned = clean_target(title, "x")
    assert cleaned is not None and cleaned[0].startswith(title.split()[0])


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("ysolde quarnveld, lekarka z krakowa", "female"),  # Polish doctor (f)
        ("ysolde quarnveld, enfermera de lugo", "female"),  # Spanish nurse (f)
        ("orvik tessaldo, avvocato di bari", "male"),  # Italian lawyer (m)
        ("orvik tessaldo, wielrenner uit gent", "male"),  # Dutch cyclist (m)
    ],
)
def test_gendered_trades_of_the_table_say_a_gender(text: str, gender: str) -> None:
    assert [g for _, g in foreign_nouns(fold(text))] == [gender]


@pytest.mark.parametrize(
    "text",
    [
        "ysolde quarnveld, lekarstwo z krakowa",  # a medicine, not a doctor
        "ysolde quarnveld, enfermeria de lugo",  # a ward
        "orvik tessaldo, avvocatura di bari",  # the bar
        "orvik tessaldo, moderator of the forum",  # English says no gender
    ],
)
def test_gendered_trade_twins_say_none(text: str) -> None:
    assert foreign_nouns(fold(text)) == ()


def test_a_patronymic_in_either_script() -> None:
    assert vocab.patronymic_gender("Sergeevna") == "female"
    assert vocab.patronymic_gender("Леонидович") == "male"
    assert vocab.patronymic_gender("sergeevna") is None  # no capital: no name's word
    assert vocab.patronymic_gender("Ovna") is None  # too short
    assert _patronymic_gender("Ilvana Sergeevna Tokmarova") == "female"
    assert _patronymic_gender("Ilvana Petrovich") is None  # two words: a surname
    # a Cyrillic three-part name loses its patronymic as a Latin one does
    assert _without_patronymic("Ильвана Сергеевна Токмарова", []) == "Ильвана Токмарова"
    assert _without_patronymic("Ilvana Sergeevna Tokmarova", []) == "Ilvana Tokmarova"
    # twins: a middle word that is no patronymic
    assert _without_patronymic("Ильвана Сергеева Токмарова", []) == "Ильвана Сергеева Токмарова"
    assert _without_patronymic("Ilvana Sergeeva Tokmarova", []) == "Ilvana Sergeeva Tokmarova"


@pytest.mark.parametrize("title", ["Abbess", "Mufti", "Monsignor"])
def test_clergy_titles_are_no_family_name(title: str) -> None:
    found = names.find_prose_names(f"Portraits of {title} Greer at the old chapel.")
    assert all(not m.text.startswith(title) for m in found)


def test_clergy_title_twin_a_surname_before_a_given_name() -> None:
    found = names.find_prose_names("Portraits of Quarnveld Greer at the old chapel.")
    assert any(m.text.startswith("Quarnveld") for m in found)


@pytest.mark.parametrize("slug", ["db-ef9a", "lora-8e97", "finetune-3c1d", "kohya-db-a9f0"])
def test_a_slug_of_model_words_and_a_hex_id_names_nobody(slug: str) -> None:
    assert subject_of(slug) is None


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("ysolde-quarnveld-db", "Ysolde Quarnveld"),  # twins: a name beside the same words
        ("Ysolde Quarnveld finetune 8e97", "Ysolde Quarnveld"),
        ("Ysolde Cafe", "Ysolde Cafe"),  # hex letters only: a word
        ("DB (celeb)", "DB"),  # a model word of two capitals: a person's initials
    ],
)
def test_a_name_beside_model_words_and_a_hex_id_is_read(title: str, name: str) -> None:
    found = subject_of(title)
    assert found is not None and found[0] == name
