"""A name masked to slip past a platform's filter (issue 8, tenth round): look-alike letters of
another script inside a Latin word, invisible characters between its letters. Detection reads
the name the mask hides; words wholly in another script stay as they are (invented people)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dfaudit.detect.engine import Detector
from dfaudit.detect.fields import bounded, unmasked
from dfaudit.store.normalize import normalize_civitai_model

CYRILLIC_I, CYRILLIC_A, CYRILLIC_O, GREEK_O = "\u0456", "\u0430", "\u043e", "\u03bf"


def _page(name: str, description: str, tags: list[str]) -> dict[str, object]:
    return {
        "id": 1010,
        "name": name,
        "type": "LORA",
        "tags": tags,
        "description": description,
        "modelVersions": [
            {"id": 1, "name": "v1", "files": [{"id": 2, "name": "a.safetensors", "type": "Model"}]}
        ],
    }


def test_look_alike_letters_in_a_latin_word_are_read_as_latin() -> None:
    assert unmasked(f"Od{CYRILLIC_I}le V{CYRILLIC_A}rnello LoRA") == "Odile Varnello LoRA"
    assert unmasked(f"N{GREEK_O}emi") == "Noemi"
    assert unmasked("Od\u200bile Var\u200dnello") == "Odile Varnello"


def test_words_wholly_in_another_script_are_left_alone() -> None:
    for text in ("Анна Петрова", "Ελένη Παπαδοπούλου", "Мира and Lena", "مرحبا\u200cدنیا"):
        assert unmasked(text) == text
    # an emoji's joiner is no mask, nor a joiner between non-Latin letters
    assert unmasked("👩\u200d🎤 singer") == "👩\u200d🎤 singer"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_unmasking_keeps_length_or_shortens_and_is_idempotent(text: str) -> None:
    once = unmasked(text)
    assert len(once) <= len(text)
    assert unmasked(once) == once


def test_a_masked_name_is_the_target_with_its_gender(detector: Detector) -> None:
    name = f"Od{CYRILLIC_I}le V{CYRILLIC_A}rnello LoRA"
    page = _page(name, "Tv host. Trained on 35 photos.", ["realistic", "celebrity"])
    finding = detector.detect(normalize_civitai_model(page).model)
    assert finding.likeness
    assert finding.target_name == "Odile Varnello"
    assert finding.target_gender == "female"


def test_a_masked_record_is_read_unmasked_and_a_plain_one_is_untouched() -> None:
    plain = normalize_civitai_model(_page("Odile Varnello", "Tv host.", ["celebrity"])).model
    assert bounded(plain) is plain
    masked = normalize_civitai_model(
        _page(f"Od{CYRILLIC_I}le Varnello", f"the h{CYRILLIC_O}st", [f"c{CYRILLIC_A}lm"])
    ).model
    seen = bounded(masked)
    assert seen.name == "Odile Varnello"  # type: ignore[attr-defined]
    assert seen.description == "the host"  # type: ignore[attr-defined]
    assert seen.tags == ("calm",)  # type: ignore[attr-defined]


def test_letters_without_a_decomposition_fold_to_their_base_letter() -> None:
    from dfaudit.detect.text import fold, pieces

    assert fold("Nazlı Đặng") == "nazli dang"
    assert [p for p, _, _ in pieces("Nazlı Łucja Søren")] == ["Nazli", "Lucja", "Soren"]


def test_a_turkish_given_name_gives_its_gender(detector: Detector) -> None:
    page = _page("Nazlı Özdemirtaş (şarkıcı)", "Türk şarkıcı Nazlı Özdemirtaş.", ["turkish"])
    finding = detector.detect(normalize_civitai_model(page).model)
    assert finding.likeness and finding.target_gender == "female"
    page = _page("Nazlı Özdemirtaş (şarkıcı)", "Türk şarkıcı. He is a tenor.", ["turkish"])
    assert detector.detect(normalize_civitai_model(page).model).target_gender != "female"


def _listed(*names: str) -> Detector:
    import json

    from dfaudit.detect.lexicon import Lexicon, parse_lexicon_text

    return Detector(Lexicon(parse_lexicon_text(json.dumps(list(names)), "poi", source="test")))


def test_a_listed_name_written_family_name_first_with_a_comma_is_found() -> None:
    detector = _listed("Odile Varnello")
    for name, description in (
        ("VARNELLO, Odile — LoRA", "Catalogue entry: VARNELLO, Odile."),
        ("Entry 14", "Register: Varnello, Odile (b. 1990)."),
    ):
        finding = detector.detect(normalize_civitai_model(_page(name, description, [])).model)
        assert finding.likeness, name


def test_a_comma_between_other_words_finds_no_listed_name() -> None:
    detector = _listed("Odile Varnello")
    for name, description in (
        ("VARNELLO, Paris — travel LoRA", "Places: Varnello, Italy."),
        ("Lake VARNELLO, Summer — travel LoRA", "Places: Varnello, Italy; Garda, Italy."),
    ):
        page = _page(name, description, ["landscape"])
        assert not detector.detect(normalize_civitai_model(page).model).likeness, name
