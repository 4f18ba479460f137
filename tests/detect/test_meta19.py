"""meta19: a base-model or version segment at either end of a title keeps its decisions.

What a model was made on ("[SDXL]", "| Flux.1 D", "(Pony)", "- IL", "v3.5", "NoobAI",
"[Pony] …") says nothing of its subject: the title is read without it, in any separator,
bracket and case, at either end (``fields._unsuffixed``). A file stem named after the title is
the title again whatever base-model or version words either adds (``name_shape``), so a title
holding no name is never confirmed by its own file name. Each rule has a twin that must not
fire. A page that writes its title again on its first or last line with the name added reads
that line as the title also where the name is lower case (the page writing it capitalised
elsewhere), holds a particle ("van der"), is glued to a script without spaces ("【実写】白峰陽翔")
or where the title is only a model word ("LoRA"). A quoted nickname between a given and a
family name is a person's ('Kalinda "Kalie" Quillaski'). The last test runs the harness's suffix
transforms on invented pages and asserts that they flip nothing (a regression guard, a few
seconds).
"""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.evalsets import record_of
from dfaudit.detect.fields import bounded, restated_title
from dfaudit.records import ModelRecord

from .test_meta17 import _label, _page, _perturb


def _title(name: str) -> str:
    record = ModelRecord("civitai", "1", "u", name, "LORA")
    return bounded(record).name  # type: ignore[attr-defined,no-any-return]


@pytest.mark.parametrize(
    ("title", "read"),
    [
        ("Mira Vossberg [SDXL]", "Mira Vossberg"),
        ("Mira Vossberg | Flux.1 D", "Mira Vossberg"),
        ("Mira Vossberg (Pony)", "Mira Vossberg"),
        ("Mira Vossberg - IL", "Mira Vossberg"),
        ("Mira Vossberg v3.5", "Mira Vossberg"),
        ("Mira Vossberg NoobAI", "Mira Vossberg"),
        ("Mira Vossberg-XL", "Mira Vossberg"),
        ("Mira Vossberg 【Flux.1-dev】", "Mira Vossberg"),
        ("Mira Vossberg (Pony v6) - PDXL", "Mira Vossberg"),
        ("[SDXL] Mira Vossberg", "Mira Vossberg"),
        ("PONY | Mira Vossberg", "Mira Vossberg"),
        ("Flux.1 D: Mira Vossberg", "Mira Vossberg"),
        ("Calliope (gift) - Pony", "Calliope (gift)"),
        ("~Thai look slider~ | Flux.1 D", "~Thai look slider~"),
    ],
)
def test_a_base_model_segment_at_either_end_is_read_off(title: str, read: str) -> None:
    assert _title(title) == read


@pytest.mark.parametrize(
    "title",
    [
        "Pony",  # nothing of a subject would be left
        "SDXL - Pony",
        "My Little Pony - Twilight",  # a segment with other words
        "Mira - Vossberg",
        "Ji-yeon Park",  # a hyphen inside a name
        "Mira Vossberg - Devon",  # a word no model table holds
        "Mira Vossberg (Ilse)",
        "Mira Vossberg Pony",  # set on by a space, a word a name may be made of
        "mira vossberg - Pony v4",  # lower case left: kept whole (bare, it reads as a concept)
        "mira-vossberg-sdxl-lora",  # a slug: its readers drop its model words
    ],
)
def test_twin_a_segment_that_is_no_base_model_stays(title: str) -> None:
    assert _title(title) == title


def _stem_record(title: str, file: str, description: str) -> ModelRecord:
    return ModelRecord(
        "civitai",
        "1",
        "u",
        title,
        "LORA",
        description=description,
        file_names=(file,),
        tags=("slider", "face"),
    )


SLIDER = "Kelp look, a slider. example prompt: woman, kelp look, walking"


@pytest.mark.parametrize(
    "title", ["~Kelp look slider~ | Flux.1 D", "~Kelp look slider~ | Flux.1 D - Pony"]
)
def test_a_file_stem_named_after_a_nameless_title_is_not_read_as_a_name(title: str) -> None:
    record = _stem_record(title, "kelp_look_slider_flux_1_d.safetensors", SLIDER)
    hits = [h for h in Detector().detect(record).hits if h.signal.startswith("name_shape")]
    assert not [h for h in hits if h.field == "file_names"], hits


def test_twin_a_file_stem_with_a_name_the_title_lacks_is_read() -> None:
    record = _stem_record(
        "Look slider | Flux.1 D",
        "odalys_fenwarrow_flux_1_d.safetensors",
        "A slider. Trained on Odalys Fenwarrow, example: odalys fenwarrow, walking",
    )
    hits = [h for h in Detector().detect(record).hits if h.signal.startswith("name_shape")]
    assert any(h.field == "file_names" for h in hits), hits


SETTINGS = "Settings\nSampler: DPM++ 2M Karras\nSteps: 28\nCFG: 6\n"


@pytest.mark.parametrize(
    ("title", "description", "read"),
    [
        (
            "lora",
            "Summer Pikewell, singer. On the morning show.\n" + SETTINGS + "summer pikewell lora",
            "summer pikewell lora",
        ),
        (
            "LoRA",
            "Summer Pikewell, singer. On the morning show.\n" + SETTINGS + "summer pikewell",
            "summer pikewell LoRA",
        ),
        ("LoRA", "Photos of her.\n" + SETTINGS + "Odalys Fenwarrow", "Odalys Fenwarrow LoRA"),
        (
            "face (actress)",
            "Photos of her.\n" + SETTINGS + "Anna van der Kelmhout face (actress)",
            "Anna van der Kelmhout face (actress)",
        ),
        ("【実写】", "写真から。\n" + SETTINGS + "【実写】白峰陽翔", "【実写】白峰陽翔"),
    ],
)
def test_a_page_restating_its_title_with_a_name_in_more_shapes(
    title: str, description: str, read: str
) -> None:
    assert restated_title(title, description) == read


@pytest.mark.parametrize(
    ("title", "description"),
    [
        # lower-case words the page never writes as a name's
        ("lora", "My first try.\n" + SETTINGS + "thanks for using my lora"),
        ("LoRA", "My first try.\n" + SETTINGS + "have fun"),
        # a model-word title and a last line that is a settings or prompt line, or one word
        ("LoRA", "Photos.\n" + SETTINGS + "Sampler: Euler a"),
        ("LoRA", "Photos.\n" + SETTINGS + "Odalys, beach, dress"),
        ("LoRA", "Photos.\n" + SETTINGS + "Enjoy"),
        # a particle at the run's end is no name's
        ("face (actress)", "Photos.\n" + SETTINGS + "Anna van face (actress)"),
        # the glued part is no name: a long run of script
        ("【実写】", "写真。\n" + SETTINGS + "【実写】これは写真から作ったモデルです"),
        ("白峰の顔", "写真。\n" + SETTINGS + "白峰の顔です"),  # a sentence's ending glued
    ],
)
def test_twin_lines_that_restate_nothing_stay(title: str, description: str) -> None:
    assert restated_title(title, description) is None


def _lora(title: str, description: str = "", tags: tuple[str, ...] = ()) -> ModelRecord:
    return ModelRecord("civitai", "1", "u", title, "LORA", description=description, tags=tags)


@pytest.mark.parametrize(
    "title",
    ['Kalinda "Kalie" Quillaski - SDXL', "Tobias 'Toby' Wrenfield", "Marguerite (Margo) Ashdell"],
)
def test_a_quoted_nickname_inside_a_name_is_a_person(title: str) -> None:
    finding = Detector().detect(_lora(title, "45 photos, mostly interviews.", ("person",)))
    assert finding.likeness
    assert finding.target_name is not None and "Kalie" not in finding.target_name


@pytest.mark.parametrize(
    ("title", "tags"),
    [
        ('The "Iron" Duke', ("person",)),  # common words around the quotes
        ('Kalinda "Zed" Quillaski', ("person",)),  # a nickname that is no name and no start
        ('Kalinda "Kalie" Quillaski', ("anime", "character")),  # a drawn character
    ],
)
def test_twin_quotes_inside_a_title_that_are_no_nickname(title: str, tags: tuple[str, ...]) -> None:
    hits = Detector().detect(_lora(title, "", tags)).hits
    assert not [h for h in hits if h.signal.startswith("name_shape") and h.aspect == "likeness"]


# ---- the harness on invented pages ----


PAGES = [
    (
        _page(
            11,
            "Eberhard Quillmoor + Tancredi Wrennholt blend",
            "<p>Mixed faces of Eberhard Quillmoor + Tancredi Wrennholt into one.</p>",
            ["blend", "realistic"],
            [],
        ),
        _label(True, "Eberhard Quillmoor", "male"),
    ),
    (
        _page(
            12,
            "Odalys Fenwarrow | Singer",
            "<p>Odalys Fenwarrow, singer: photos from her concerts.</p>",
            ["woman", "realistic"],
            ["odalys fenwarrow"],
        ),
        _label(True, "Odalys Fenwarrow", "female"),
    ),
    (
        _page(
            13,
            "Neon Alley - cyberpunk city style",
            "<p>A rainy neon city style. Works at 0.7.</p>",
            ["style", "cyberpunk"],
            ["neon alley style"],
        ),
        _label(False),
    ),
]
SUFFIXES = (
    "suffix_v2",
    "suffix_flux",
    "suffix_sdxl",
    "suffix_pony",
    "suffix_sdxl_square",
    "suffix_flux_d",
    "suffix_pony_round",
    "suffix_il",
    "suffix_v35",
    "suffix_noobai",
    "suffix_illustrious",
    "suffix_pony_v6_lower",
    "suffix_pdxl",
    "suffix_flux_dev_lenticular",
    "prefix_sdxl_square",
    "prefix_pony_pipe",
)


def test_the_suffix_transforms_flip_nothing_on_invented_pages() -> None:
    perturb = _perturb()
    cases = [perturb.Case(f"t:{raw['id']}", "civitai", raw, label) for raw, label in PAGES]
    detector = Detector()
    for raw, label in PAGES:  # every page is got right as it stands, else the harness skips it
        assert detector.detect(record_of(raw, "civitai")).likeness == label["likeness"]
    tallies = perturb.run(cases, [perturb.BY_NAME[n] for n in SUFFIXES], detector)
    assert all(tallies[n].applied for n in SUFFIXES)
    flipped = {n: (t.pos_to_neg, t.neg_to_pos, t.target, t.gender) for n, t in tallies.items()}
    assert all(t.flips == 0 and not t.target and not t.gender for t in tallies.values()), flipped


CARD = "---\nlicense: other\ntags:\n- lora\n---\n"


def test_a_card_s_opening_headings_are_layout_and_its_text_heads_the_page() -> None:
    page = CARD + "# Odalys LoRA\n\n## Model description\n\n김하윤 (22세) 가수\nMore text."
    read = bounded(ModelRecord("civitai", "1", "u", "Odalys LoRA", "LORA", description=page))
    assert read.description.startswith("김하윤 (22세) 가수")  # type: ignore[attr-defined]


def test_twin_headings_without_a_front_matter_or_further_down_stay() -> None:
    page = "# Odalys LoRA\n\n## Model description\n\nText."
    read = bounded(ModelRecord("civitai", "1", "u", "Odalys LoRA", "LORA", description=page))
    assert read.description == page  # type: ignore[attr-defined]
    page = CARD + "Text first.\n## Settings\nSteps 20"
    read = bounded(ModelRecord("civitai", "1", "u", "Odalys LoRA", "LORA", description=page))
    assert read.description == "Text first.\n## Settings\nSteps 20"  # type: ignore[attr-defined]


def test_a_file_stem_with_the_title_s_dotted_version_is_the_title_again() -> None:
    record = _stem_record("~Kelp look slider~ v2.0", "kelp_look_slider_v2_0.safetensors", SLIDER)
    hits = [h for h in Detector().detect(record).hits if h.signal.startswith("name_shape")]
    assert not [h for h in hits if h.field == "file_names"], hits
