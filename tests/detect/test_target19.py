"""The target of a likeness finding, round 19 (scripts/target_families.py). Invented people only;
each positive has a twin of the same shape whose target must not change.

* A country, a demonym or a word for a person at a whole name's edge is no part of it
  ("Brazil <Given> <Family>", "<Given> <Family> Korea", "<Family>-Norway"); twins: the word is
  a given name ("Chile" is not when the tables hold it), or only one name word is left.
* An age or a count beside a whole name ("<Given> <Family>, 37", "24yo") is no part of it;
  twin: a bare name.
* The model's words glued into one word ("Fluxdev", "SDXLv2", "ILXL") are no part of a name,
  and a target made only of them names nobody; twins: a surname tiled of version letters
  ("Reeve").
* A link word after a whole name ends it ("<Name> of <Group>"); twin: one word before it.
* "<stage name> aka <given> <family>" (either order) is the fuller side.
* An account handle's word glued to a whole name's edge is no part of it; twin: a third name
  word that is no handle.
* A surname read split at a linking s ("Ravensdahl" as "Raven Dahl") is the whole name the
  title gives; twin: a plain surname.
* At an equal score a person's name ranks over a phrase of dictionary words (a group's name);
  twin: the person's name alone.
"""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.evalsets import record_of
from dfaudit.detect.evaluate import name_key
from dfaudit.detect.findings import Finding, clean_target
from dfaudit.detect.names import canonical_key


def _clean(value: str) -> str | None:
    cleaned = clean_target(value, canonical_key(value))
    return None if cleaned is None else cleaned[0]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Brazil Linnea Keswani", "Linnea Keswani"),
        ("Carys Lindqvast Korea", "Carys Lindqvast"),
        ("Norway Tamsin Marchetty", "Tamsin Marchetty"),
        ("Ottilie Thorncliffe-Norway", "Ottilie Thorncliffe"),
        ("Ilka Achterveld 37", "Ilka Achterveld"),
        ("Ilka Achterveld 24yo", "Ilka Achterveld"),
        ("Radka Pellorova-Fluxdev", "Radka Pellorova"),
        ("Radim Quillanek Fluxdev", "Radim Quillanek"),
        ("Zofia Marchetty SDXLv2", "Zofia Marchetty"),
        # twins: nothing to take off
        ("Linnea Keswani", "Linnea Keswani"),
        ("Ottilie Achterveld-Olmedo", "Ottilie Achterveld-Olmedo"),
        ("Anna Maria Reeve", "Anna Maria Reeve"),
        ("Mira Dora Quillan", "Mira Dora Quillan"),
        ("Korea Marchetty", "Korea Marchetty"),  # one name word would be left
    ],
)
def test_edge_words_off_a_whole_name(value: str, expected: str) -> None:
    assert _clean(value) == expected


@pytest.mark.parametrize(
    ("value", "named"),
    [("ILXL", False), ("SDXL Pony", False), ("Fluxdev", False), ("Indonesia", False),
     ("Reeve", True), ("Ilxa", True), ("D.B.", True), ("DB", True)],
)  # fmt: skip
def test_model_words_alone_name_nobody(value: str, named: bool) -> None:
    assert (_clean(value) is not None) is named


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # a link word after a whole name ends it ("<Name> of <Group>")
        ("Maelle Halvorsk of Lunaria", "Maelle Halvorsk"),
        ("Marisol Lindqvast from Starlit9", "Marisol Lindqvast"),
        # twin: one word before the link is kept whole
        ("Ysolde of Brackwater", "Ysolde of Brackwater"),
        # "<stage name> aka <given> <family>" (either order): the fuller side
        ("Luma aka Maelle Deverill", "Maelle Deverill"),
        ("Maelle Deverill a.k.a. Luma", "Maelle Deverill"),
        # twin: "aka" opening nothing is no alias word between names
        ("Maelle Deverill", "Maelle Deverill"),
    ],
)
def test_links_and_aliases(value: str, expected: str) -> None:
    assert _clean(value) == expected


def _page(title: str, *, description: str, trained: tuple[str, ...] = ()) -> Finding:
    raw = {
        "id": 19,
        "name": title,
        "type": "LORA",
        "tags": ["photorealistic", "portrait"],
        "description": description,
        "modelVersions": [
            {
                "id": 190,
                "name": "v1.0",
                "trainedWords": list(trained),
                "files": [{"id": 191, "name": "portrait_lora_v1.safetensors", "type": "Model"}],
            }
        ],
    }
    return Detector().detect(record_of(raw, "civitai"))


_PHOTOS = "<p>Trained on 40 photos. Use weight 0.7, works with most realistic checkpoints.</p>"


def test_handle_word_off_a_whole_name() -> None:
    finding = _page(
        "Linnea Halvorsk | @thelinneahal - XL LoRA",
        description=f"<p>A LoRA of Linnea Halvorsk | @thelinneahal.</p>{_PHOTOS}",
        trained=("linnea_halvorsk",),
    )
    assert finding.likeness and finding.target_name == "Linnea Halvorsk"
    # twin: a third name word that is no handle stays
    twin = _page(
        "Linnea Halvorsk Montijo - XL LoRA",
        description=f"<p>A LoRA of Linnea Halvorsk Montijo.</p>{_PHOTOS}",
        trained=("linnea_halvorsk_montijo",),
    )
    assert twin.target_name == "Linnea Halvorsk Montijo"


def test_surname_split_at_a_linking_s_is_the_whole_name() -> None:
    # "Ravensdahl" read as "Raven Dahl": the title's whole name is the target
    finding = _page("Ysolde Ravensdahl-Lozada", description=_PHOTOS)
    assert finding.target_key is not None
    assert name_key(finding.target_name) == name_key("Ysolde Ravensdahl Lozada")
    # twin: the surname alone, no split reading to join
    twin = _page("Ysolde Vossberg", description=_PHOTOS)
    assert twin.target_name == "Ysolde Vossberg"


def test_person_name_over_a_phrase_of_dictionary_words() -> None:
    finding = _page(
        "Realistic portrait LoRA 5",
        description=_PHOTOS,
        trained=("Velvet Bloom - Maelle (Maelle Vossberg)", "portrait photo"),
    )
    assert finding.target_name == "Maelle Vossberg"
    # twin: the person's name alone in the same field
    twin = _page(
        "Realistic portrait LoRA 5",
        description=_PHOTOS,
        trained=("Maelle Vossberg", "portrait photo"),
    )
    assert twin.target_name == "Maelle Vossberg"


def test_title_subject_in_capitals_or_with_particles_is_the_whole_name() -> None:
    finding = _page("ZOFIA LIZ MARCHETTY - vlogger [flux]", description=_PHOTOS)
    assert name_key(finding.target_name) == name_key("Zofia Liz Marchetty")
    particles = _page("Carys van der Holst-Ruyter", description=_PHOTOS)
    assert name_key(particles.target_name) == name_key("Carys van der Holst-Ruyter")
    # twin: the same names in title case are read whole as before
    twin = _page("Zofia Liz Marchetty - vlogger [flux]", description=_PHOTOS)
    assert name_key(twin.target_name) == name_key("Zofia Liz Marchetty")


def test_one_word_never_wins_by_the_phrase_rank() -> None:
    finding = _page(
        "Realistic portrait LoRA 5",
        description=_PHOTOS,
        trained=("Maelle Vossberg", "portrait photo"),
    )
    assert finding.target_name == "Maelle Vossberg"
