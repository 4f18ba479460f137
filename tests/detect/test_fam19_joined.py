"""Round 19 (fam19): a name written as one token, the way slugs and triggers write it
("liora_kestrelle", "liora-kestrelle", "lioraKestrelle", "LIORA_KESTRELLE"), reads in a slot
only people fill as the same name written with capitals and spaces does; and a name no table
vouches for, in such a slot or written as one token, counts when a trade stands right after it
("photo of danti_pondisari, thai rapper"), as a capitalised name before its trade does. Every
positive has a twin: the same slot and case holding a look, a place, a thing or a name with no
trade after it, which must not flag (``scripts/recall_families.py`` measures the families).
Invented people only."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.signals.named_context import joined_words

from .conftest import model

# (title, description) positive, its twin, the target
CASES = [
    # "photo of <name>," in a prompt, the name in any case and separator
    (
        ("portrait helper 31", "Example prompt: photo of margit_hadrow, standing in a cafe"),
        ("portrait helper 31", "Example prompt: photo of golden_hour, standing in a cafe"),
        "Margit Hadrow",
    ),
    (
        ("portrait helper 31", "Example prompt: photo of margit-hadrow, standing in a cafe"),
        ("portrait helper 31", "Example prompt: photo of lake-como, standing in a cafe"),
        "Margit Hadrow",
    ),
    (
        ("portrait helper 31", "Example prompt: photo of margitHadrow, standing in a cafe"),
        ("portrait helper 31", "Example prompt: photo of goldenHour, standing in a cafe"),
        "Margit Hadrow",
    ),
    (
        ("portrait helper 31", "Example prompt: photo of MARGIT_HADROW, standing in a cafe"),
        ("portrait helper 31", "Example prompt: photo of ROSE_GARDEN, standing in a cafe"),
        "Margit Hadrow",
    ),
    # a line that labels whom the model holds
    (
        ("Face 41", "Settings: 28 steps, CFG 5.\nSubject: odette_kettering"),
        ("Face 41", "Settings: 28 steps, CFG 5.\nSubject: golden_hour"),
        "Odette Kettering",
    ),
    # a name no table vouches for, a trade right after it, in a prompt
    (
        ("sdxl lora 3", "Example prompt: photo of danti_pondisari, thai rapper, stage light"),
        ("sdxl lora 3", "Example prompt: photo of danti_pondisari, stage light, bokeh"),
        "Danti Pondisari",
    ),
    (
        ("sdxl lora 3", "Example prompt: photo of danti pondisari, thai rapper, stage light"),
        ("sdxl lora 3", "Example prompt: photo of brass lantern, thai market stall, stage light"),
        "Danti Pondisari",
    ),
    # a name written as one token, its trade after it, in prose
    (
        ("Portrait LoRA #7", "nuwe_kabarite, kenyan actress. Photos from interviews."),
        ("Portrait LoRA #7", "nuwe_kabarite, kenyan street market at night. Scenery."),
        "Nuwe Kabarite",
    ),
    (
        ("Portrait LoRA #7", "nuweKabarite (kenyan actress). Photos from interviews."),
        ("Portrait LoRA #7", "velvetDusk (painter style). Brush textures."),
        "Nuwe Kabarite",
    ),
]


@pytest.mark.parametrize(("positive", "twin", "target"), CASES)
def test_a_name_in_any_case_and_separator_is_read_and_its_twin_is_not(
    detector: Detector, positive: tuple[str, str], twin: tuple[str, str], target: str
) -> None:
    found = detector.detect(model(positive[0], description=positive[1], tags=("portrait",)))
    assert found.likeness and found.target_name == target
    other = detector.detect(model(twin[0], description=twin[1], tags=("portrait",)))
    assert not other.likeness


def test_a_joined_name_of_a_character_page_is_no_one(detector: Detector) -> None:
    record = model(
        "Nuwe Kabarite",
        description="nuwe_kabarite, kenyan actress in the anime Ashen Crown.",
        tags=("anime", "character"),
    )
    assert not detector.detect(record).likeness


@pytest.mark.parametrize(
    ("written", "words"),
    [
        ("liora_kestrelle", "liora kestrelle"),
        ("liora-kestrelle", "liora kestrelle"),
        ("lioraKestrelle", "liora Kestrelle"),
        ("LioraKestrelle", "Liora Kestrelle"),
        ("LIORA-KESTRELLE", "liora kestrelle"),
        ("Anna-Lena", "Anna-Lena"),  # a capitalised hyphenated name stays one word
        ("liora kestrelle", "liora kestrelle"),
    ],
)
def test_joined_words_splits_a_token_at_its_separators_and_case(written: str, words: str) -> None:
    assert joined_words(written) == words


@pytest.mark.parametrize(
    ("block", "twin"),
    [
        ("photo of (Margit Hadrow:1.2), smiling", "photo of (Golden Hour:1.2), smiling"),
        ("photo of (MARGIT HADROW:1.1), smiling", "photo of (ROSE GARDEN:1.1), smiling"),
        ("photo of (margit_hadrow:0.8), smiling", "photo of (blue_eyes:0.8), smiling"),
        ("(Margit Hadrow:1.2), city street, 85mm", "(Red Dress:1.2), city street, 85mm"),
    ],
)
def test_a_weighted_prompt_block_names_its_person_in_any_case_and_its_twin_does_not(
    detector: Detector, block: str, twin: str
) -> None:
    found = detector.detect(
        model("Portrait LoRA #7", description=f"Example prompt: {block}", tags=("portrait",))
    )
    assert found.likeness and found.target_name == "Margit Hadrow"
    other = model("Portrait LoRA #7", description=f"Example prompt: {twin}", tags=("portrait",))
    assert not detector.detect(other).likeness
