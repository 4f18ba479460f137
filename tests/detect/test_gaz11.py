"""A listed name found however an uploader writes it, in every field (round 11, gazetteer).

The forms and fields come from ``gaz11_forms``: invented people here, and names of Civitai's
POI list read at run time from ``../shared/lexicons/civitai/words-poi.json`` (never written into
the project). Each positive form has negative twins: a listed name that names a painter's style,
a photographer, maker or voice actor, a given name alone in prose, a listed name inside a longer
ordinary word, and near-misses of each new form (a different name written the same way)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from dfaudit.detect.east_asian import common_english_words
from dfaudit.detect.engine import Detector
from dfaudit.detect.lexicon import (
    Lexicon,
    matchable,
    normalise_name,
    parse_lexicon_file,
    parse_lexicon_text,
    squeezed,
    variant_keys,
)

from . import gaz11_forms as G
from .conftest import model

INVENTED = '["Mira Vossberg", "Teodor Quillane", "Liadán Öberholt", "Ysolde Q. Marrick", "Lanter"]'
COUNTED = [f for f in G.FORMS if f not in G.UNCOUNTED_FORMS and not f.startswith("initial")]


@pytest.fixture(scope="module")
def invented() -> Detector:
    return Detector(Lexicon(parse_lexicon_text(INVENTED, "poi", source="test")))


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon(parse_lexicon_text(INVENTED, "poi", source="test"))


def _named(detector: Detector, case: G.Case) -> set[str]:
    return G.gazetteer_entries(detector.detect(case.record).hits)


@pytest.mark.parametrize("form", COUNTED)
def test_every_counted_form_is_found_in_every_field(invented: Detector, form: str) -> None:
    names = ["mira vossberg", "teodor quillane", "liadán öberholt"]
    if form == "middle_dropped":
        names = ["ysolde q. marrick"]  # a listed middle initial left out
    cases = list(G.positives(names, forms=[form]))
    assert cases
    missed = [(c.field, c.written) for c in cases if c.entry not in _named(invented, c)]
    assert not missed


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("M I R A  V O S S B E R G", "mira vossberg"),
        ("M.I.R.A V.O.S.S.B.E.R.G", "mira vossberg"),
        ("photo of m i r a v o s s b e r g, smiling", "mira vossberg"),
        ("Vossberg Mira", "mira vossberg"),
        ("vossberg, mira", "mira vossberg"),
        ("QUILLANE Teodor", "teodor quillane"),
        ("Mirra Vosssberg", "mira vossberg"),
        ("miiraavossberg_v2", "mira vossberg"),
        ("Mira J. Vossberg", "mira vossberg"),
        ("Mira Helena Vossberg", "mira vossberg"),
        ("Ysolde Marrick", "ysolde q. marrick"),
        ("marrick ysolde", "ysolde q. marrick"),
    ],
)
def test_lexicon_reads_the_forms(lexicon: Lexicon, text: str, entry: str) -> None:
    assert [m.entry.name.lower() for m in lexicon.match(text)] == [entry]


@pytest.mark.parametrize(
    "text",
    [
        "M I R A  V O S S B E R T",  # another name written apart
        "A B C D E F G H",  # letters that are no name
        "Mira and Vossberg",  # a word between that is no name
        "Mira Will Vossberg",  # a given name that is an ordinary word
        "Mora Vossberg",  # doubled letters are read once, other letters stay
        "Miraa Vossbergen",  # run on into a longer name
        "Vossberg Mirabel",  # another given name
        "Ysolde Marricks Q",
        "lanterns and lantern festivals",  # an ordinary word that starts with a listed name
    ],
)
def test_near_misses_are_not_the_listed_name(lexicon: Lexicon, text: str) -> None:
    assert lexicon.match(text) == []


def test_a_listed_one_word_name_still_matches_run_on_when_no_ordinary_word(
    lexicon: Lexicon,
) -> None:
    assert [m.entry.name for m in lexicon.match("lanterxl_v2")] == ["Lanter"]


def test_squeezed_and_variant_keys() -> None:
    assert squeezed("jannnedoee") == "janedoe"
    assert squeezed("miravossberg") == "miravosberg"
    assert variant_keys("Mira Vossberg") == ["vossbergmira"]
    assert variant_keys("Ysolde Q. Marrick") == [
        "marrickysoldeq",
        "ysoldemarrick",
        "marrickysolde",
    ]
    assert variant_keys("Lanter") == []
    assert variant_keys("Ana Maria Lopez Garcia") == []  # four words: no family name to tell


def test_a_name_own_key_wins_over_another_names_reversed_key() -> None:
    lexicon = Lexicon(parse_lexicon_text('["Dana Kell", "Kell Dana"]', "poi", source="t"))
    assert [m.entry.name for m in lexicon.match("Kell Dana")] == ["Kell Dana"]
    assert [m.entry.name for m in lexicon.match("Dana Kell")] == ["Dana Kell"]


def test_letter_runs_are_read_in_linear_time(lexicon: Lexicon) -> None:
    hostile = " ".join("abcdefghij" * 2000)  # 20,000 single letters in one run
    started = time.perf_counter()
    lexicon.match(hostile)
    lexicon.match(" ".join("mira" * 5000))
    assert time.perf_counter() - started < 2.0


@pytest.mark.parametrize("kind", ["style", "credit", "given_alone"])
def test_a_listed_name_that_is_not_the_subject_is_no_evidence(
    invented: Detector, kind: str
) -> None:
    cases = [c for c in G.negatives(["mira vossberg"], [], []) if c.form == kind]
    assert cases
    for case in cases:
        finding = invented.detect(case.record)
        assert not G.gazetteer_entries(finding.hits) and not finding.likeness, case.field


def test_the_same_frames_naming_the_subject_are_evidence(invented: Detector) -> None:
    """The twin of the style and credit negatives: the frame names the subject."""
    for description in (
        "<p>Trained on photos of Mira Vossberg, styled by me.</p>",
        "<p>Portraits of Mira Vossberg. LoRA made by quietforge.</p>",
    ):
        record = G._civ(G.civitai_item("Portrait LoRA", description=description))
        assert "mira vossberg" in G.gazetteer_entries(invented.detect(record).hits)


def test_a_listed_name_inside_a_longer_ordinary_word_is_no_evidence(invented: Detector) -> None:
    assert "lantern" in common_english_words()
    cases = list(G.negatives([], ["Lanter"], ["lantern", "lanterns"]))
    assert {c.form for c in cases} == {"inside_word"}
    for case in cases:
        finding = invented.detect(case.record)
        assert not G.gazetteer_entries(finding.hits) and not finding.likeness


# --- Civitai's POI list, read at run time ------------------------------------------------------


@pytest.fixture(scope="module")
def poi_names() -> list[str]:
    if not G.POI_LIST.exists():
        pytest.skip("../shared/lexicons/civitai/words-poi.json is absent: no real names to check")
    return G.load_names(Path(G.POI_LIST))


@pytest.fixture(scope="module")
def poi_detector(poi_names: list[str]) -> Detector:
    return Detector(Lexicon(parse_lexicon_file(G.POI_LIST, "poi")))


def test_poi_list_names_are_found_in_every_counted_form(
    poi_names: list[str], poi_detector: Detector
) -> None:
    # names the lexicon matches on their own (not a key of four letters)
    names = G.sample([n for n in poi_names if matchable(n, normalise_name(n))], 8)
    fields = ["title", "file_name", "description", "hf_widget"]
    tally = G.score(G.positives(names, COUNTED, fields), poi_detector.detect)
    missed = {form for (form, _), t in tally.items() if t.gazetteer < t.total}
    assert not missed


def test_poi_list_names_that_are_not_the_subject_are_no_evidence(
    poi_names: list[str], poi_detector: Detector
) -> None:
    names = G.sample(poi_names, 8)
    cases = [
        c
        for c in G.negatives(names, G.load_entries(), common_english_words())
        if c.form in ("style", "credit", "given_alone", "inside_word")
    ]
    tally = G.score(cases, poi_detector.detect)
    assert sum(t.gazetteer for t in tally.values()) == 0
    assert sum(t.likeness for t in tally.values()) == 0


# --- a listed one-word or short name that is the whole of a name field --------------------------

LONE = '["Marisol", "Mr Q", "Mira Vossberg"]'  # a first name, a short key: never matched alone


@pytest.mark.parametrize(
    "fields",
    [
        {"name": "Marisol"},
        {"name": "Marisol LoRA v2"},
        {"name": "Marisol [SD1.5]"},
        {"name": "Portrait LoRA", "file_names": ("marisol_v2.safetensors",)},
        {"name": "Portrait LoRA", "trained_words": ("marisol-000010",)},
        {"name": "Portrait LoRA", "trained_words": ("mr_q",)},
        {"name": "Mr Q - SDXL"},
    ],
)
def test_a_lone_listed_name_that_is_a_whole_name_field_is_found(fields: dict[str, object]) -> None:
    detector = Detector(Lexicon(parse_lexicon_text(LONE, "poi", source="t")))
    record = model(**fields)  # type: ignore[arg-type]
    assert G.gazetteer_entries(detector.detect(record).hits) & {"marisol", "mr q"}


@pytest.mark.parametrize(
    "fields",
    [
        {"name": "Marisol (Starlight Drift)"},  # a character of that name
        {"name": "Marisol Lopez"},  # another person of that given name
        {"name": "Mr Quinn"},
        {"name": "Portrait LoRA", "tags": ("marisol",)},  # a tag is no name field
        {"name": "Portrait LoRA", "trained_words": ("marisol beach house",)},
        {"name": "Portrait LoRA", "description": "Marisol and I made this."},
    ],
)
def test_a_lone_listed_name_beside_other_words_is_not(fields: dict[str, object]) -> None:
    detector = Detector(Lexicon(parse_lexicon_text(LONE, "poi", source="t")))
    record = model(**fields)  # type: ignore[arg-type]
    assert not G.gazetteer_entries(detector.detect(record).hits)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Mr Q - realistic LoRA", True),
        ("a photo of ice q on stage", True),
        ("Mr. Q", True),
        ("MR Q", True),
        ("ice q-shirt", False),  # the letter begins a longer word
        ("mrq", False),  # a short name run together is no name
        ("Mr Quinn", False),
        ("M r Q", False),
    ],
)
def test_a_short_listed_name_of_several_words_is_found_as_its_words(text: str, found: bool) -> None:
    lexicon = Lexicon(parse_lexicon_text('["Mr Q", "Ice Q", "Mira Vossberg"]', "poi", source="t"))
    assert bool(lexicon.match(text)) is found
