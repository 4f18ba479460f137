"""Lexicon matching: accents, case, separators, leetspeak, run-together, lone first names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dfaudit.detect.engine import detect_model
from dfaudit.detect.lexicon import (
    Lexicon,
    import_lexicon_file,
    load_lexicon,
    parse_lexicon_text,
)
from dfaudit.errors import InputError
from dfaudit.store.db import open_store

from .conftest import model

NAMES = (
    '["Zoë Ångström", "Quillon Darrowby", "Sophia", {"name": "Marla Venn-Ostrow", "gender": "f"}]'
)


@pytest.fixture
def lexicon() -> Lexicon:
    return Lexicon(parse_lexicon_text(NAMES, "poi", source="test"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zoe angstrom lora", "Zoë Ångström"),
        ("ZOE_ANGSTROM", "Zoë Ångström"),
        ("ZoeAngstrom", "Zoë Ångström"),
        ("z0e 4ngstr0m", "Zoë Ångström"),
        ("zoeangstromxl", "Zoë Ångström"),
        ("quillon-darrowby v2", "Quillon Darrowby"),
        ("MarlaVennOstrow", "Marla Venn-Ostrow"),
    ],
)
def test_matching_variants(lexicon: Lexicon, text: str, expected: str) -> None:
    assert [m.entry.name for m in lexicon.match(text)] == [expected]


@pytest.mark.parametrize("text", ["Sophia", "sophia dress", "angstromology", "quill on"])
def test_no_match(lexicon: Lexicon, text: str) -> None:
    assert lexicon.match(text) == []


def test_gazetteer_gives_gender_and_public_figure(lexicon: Lexicon) -> None:
    finding = detect_model(model("marla_venn_ostrow", tags=("photo",)), lexicon)
    assert finding.likeness and finding.target_name == "Marla Venn-Ostrow"
    assert finding.target_gender == "female" and finding.prominence == "public_figure"


def test_character_lexicon_is_negative_evidence() -> None:
    characters = Lexicon(parse_lexicon_text('["Elena Marchetti"]', "characters", source="t"))
    assert detect_model(model("Elena Marchetti")).likeness
    assert not detect_model(model("Elena Marchetti"), characters).likeness


def test_import_csv_and_json(tmp_path: Path) -> None:
    csv_file = tmp_path / "watch.csv"
    csv_file.write_text("name,gender\nOrla Penhallow,female\nDesmond Quaye,m\n")
    json_file = tmp_path / "poi.json"
    json_file.write_text(json.dumps(["Ilse Varga"]))
    with open_store(":memory:") as store:
        assert import_lexicon_file(store, csv_file, "poi") == 2
        assert import_lexicon_file(store, json_file, "characters") == 1
        loaded = load_lexicon(store)
    genders = {e.name: e.gender for e in loaded.entries}
    assert genders == {"Orla Penhallow": "female", "Desmond Quaye": "male", "Ilse Varga": None}


def test_bad_files_are_input_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[not json")
    with open_store(":memory:") as store:
        with pytest.raises(InputError):
            import_lexicon_file(store, bad, "poi")
        with pytest.raises(InputError):
            import_lexicon_file(store, bad, "celebs")


def test_watchlist_entries_are_sealed_and_still_match(tmp_path: Path) -> None:
    """A watchlist import keeps no name in clear, yet detection finds the name in a model."""
    watch = tmp_path / "watch.csv"
    watch.write_text("name,gender\nOrla Penhallow,female\nSophia\n")
    with open_store(":memory:") as store:
        assert import_lexicon_file(store, watch, "watchlist") == 1  # a lone first name never
        rows = store.query("SELECT name, norm, source FROM lexicon_entries")
        assert "penhallow" not in repr(rows).lower() and "watch.csv" not in repr(rows)
        loaded = load_lexicon(store)
    assert [m.entry.name for m in loaded.match("orla_penhallow lora")] == ["orla penhallow"]
    assert [m.text for m in loaded.match("0rla p3nhallow")] == ["orla penhallow"]
    assert [m.text for m in loaded.match("orlapenhallowxl v2")] == ["orlapenhallowxl"]
    assert loaded.match("orla penhall") == [] and loaded.match("penhallow") == []
    finding = detect_model(model("Orla Penhallow | SDXL", tags=("photo",)), loaded)
    assert finding.likeness and finding.target_name == "Orla Penhallow"
    assert finding.target_gender == "female"
    # without the store's key a sealed entry matches nothing
    assert not Lexicon(loaded.entries).match("orla penhallow")
