"""Likeness read where no table of famous people helps and the model's title names nobody: a
person named further down the page by what the model was made from (a changelog, a version
note, a request), a prompt that opens on the trigger word and then the name, a romanised
East-Asian name in camelCase, a name masked against a filter, a repository slug that runs the
instance prompt's given name into a surname. Each positive has a negative twin that must stay
unflagged (a drawn or game character with a person-like name, an artist's style, a place, a
consistent AI character, a style slug). Invented people only."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.names import find_names, instance_slug_name
from dfaudit.detect.signals.name_shape import display_name
from dfaudit.records import ModelRecord

from .conftest import model

TAIL = "Recommended weight: 0.7\nClip skip 2. Feedback welcome!"


def _portrait(description: str, **fields: object) -> ModelRecord:
    """A LoRA whose title, trigger and file name say nothing of whom it shows."""
    base: dict[str, object] = {
        "tags": ("portrait",),
        "trained_words": ("prt4",),
        "file_names": ("prt4.safetensors",),
    }
    base.update(fields)
    return model("Portrait LoRA v4", description=description, **base)


@pytest.mark.parametrize(
    ("description", "person"),
    [
        (f"realistic portrait LoRA\nv4: retrained on Rosalind Ferncastle photos\n{TAIL}",
         "Rosalind Ferncastle"),
        (f"v3: added more Theodore Quillbrook red carpet pictures, fixed the eyes\n{TAIL}",
         "Theodore Quillbrook"),
        (f"Este LoRA es de Valentina Orrequez. Entrenado con 30 fotos.\n{TAIL}",
         "Valentina Orrequez"),
        (f"[Request] Looking for a good model of Harriet Pellworth, 500 buzz.\n{TAIL}",
         "Harriet Pellworth"),
        (f"{TAIL}\nv2: minor fixes\nThis month: Margaret Oldenshaw. She won the poll.",
         "Margaret Oldenshaw"),
    ],
)  # fmt: skip
def test_a_person_named_further_down_the_page(
    detector: Detector, description: str, person: str
) -> None:
    found = detector.detect(_portrait(description))
    assert found.likeness
    assert found.target_name == person


@pytest.mark.parametrize(
    "description",
    [
        # a place and things photographed: no first name, no surname of the tables
        f"v4: retrained on Castle Ruins photos\n{TAIL}",
        f"v3: added more Golden Hour beach pictures\n{TAIL}",
        f"Este LoRA es de Ciudad Vieja. Entrenado con 30 fotos.\n{TAIL}",
        # a game character's screenshots, an artist's paintings: no photographs of a person
        f"v3: more Rosalind Ferncastle screenshots from the game\n{TAIL}",
        f"v4: retrained on Theodore Quillbrook paintings and sketches\n{TAIL}",
        # a style named after a painter: a possessive after the name
        f"A LoRA of Harriet Pellworth's style, flat colours.\n{TAIL}",
        # a name with no person's context around it
        f"{TAIL}\nThanks to Margaret Oldenshaw for the dataset tips",
    ],
)
def test_no_person_without_such_a_context(detector: Detector, description: str) -> None:
    assert not detector.detect(_portrait(description)).likeness


def _widget(prompt: str, *, name: str = "face-lora-31", tags: tuple[str, ...] = ()) -> ModelRecord:
    return ModelRecord(
        platform="huggingface",
        model_id=f"someone/{name}",
        url=f"https://huggingface.co/someone/{name}",
        name=name,
        model_type="LORA",
        tags=("lora", "text-to-image", *tags),
        card={"instance_prompt": "TOK"},
        description=prompt,
    )


def test_a_widget_prompt_that_names_the_person_after_the_trigger(detector: Detector) -> None:
    found = detector.detect(_widget("TOK, Eleanor Whitcombe on a red carpet, flash photography"))
    assert found.likeness
    assert found.target_name == "Eleanor Whitcombe"
    # the twin: the trigger word then a thing, or a look
    assert not detector.detect(_widget("TOK, Marble Statue on a plinth, museum light")).likeness
    assert not detector.detect(_widget("TOK, Golden Hour portrait, soft light")).likeness
    # a name elsewhere in the prompt, not right after the trigger, is no subject
    assert not detector.detect(
        _widget("TOK, a woman reading Eleanor Whitcombe novels, soft light")
    ).likeness


def test_a_drawn_character_with_a_person_like_name_after_the_trigger(
    detector: Detector,
) -> None:
    anime = _widget(
        "TOK, Eleanor Whitcombe, 1girl, anime screencap, cel shading",
        name="eleanor-anime-lora",
        tags=("anime", "character"),
    )
    assert not detector.detect(anime).likeness


def test_a_consistent_ai_character_named_in_a_note(detector: Detector) -> None:
    persona = model(
        "Consistent character: Lyra",
        tags=("consistent character", "ai influencer"),
        trained_words=("lyra_ai",),
        description=(
            "An AI-generated consistent character, this person does not exist.\n"
            "This month: Lyra Morrowfield. She is my AI influencer, every image generated."
        ),
    )
    assert not detector.detect(persona).likeness


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("ChiharuKazamatsu", ("kazamatsu", "chiharu")),
        ("KazamatsuChiharu", ("kazamatsu", "chiharu")),
        ("YeByeolJegal", ("jegal", "yebyeol")),
    ],
)
def test_a_camel_case_east_asian_name(text: str, words: tuple[str, ...]) -> None:
    found = find_names(text)
    assert [m.words for m in found] == [words]
    assert found[0].span == (0, len(text))


@pytest.mark.parametrize("text", ["GreenDress", "RedCarpetLook", "NeonCity", "SoftLight"])
def test_camel_case_words_are_no_east_asian_name(text: str) -> None:
    assert find_names(text) == ()


def test_a_camel_case_east_asian_name_as_a_title(detector: Detector) -> None:
    found = detector.detect(
        model("ChiharuKazamatsu", tags=("asian",), trained_words=("ChiharuKazamatsu",))
    )
    assert found.likeness
    assert found.target_name is not None
    assert set(found.target_name.lower().split()) == {"chiharu", "kazamatsu"}
    # the twin: the same shape for a drawn character, tagged so
    drawn = detector.detect(
        model(
            "ChiharuKazamatsu",
            tags=("anime", "character", "game character"),
            trained_words=("ChiharuKazamatsu",),
            description="Character from the game Starlight Academy, anime style.",
        )
    )
    assert not drawn.likeness


@pytest.mark.parametrize(
    ("title", "person"),
    [
        ("R*salind Ferncastle", "Rosalind Ferncastle"),
        ("Ros*lind Ferncastle", "Rosalind Ferncastle"),
        ("R o s a l i n d F e r n c a s t l e", "Rosalind Ferncastle"),
    ],
)
def test_a_masked_name(detector: Detector, title: str, person: str) -> None:
    found = detector.detect(
        model(title, tags=("woman",), trained_words=("yk_who",), description="you know who")
    )
    assert found.likeness
    assert found.target_name == person


@pytest.mark.parametrize(
    "title", ["B*dy Slider", "Sn*w Landscape", "A n i m e S t y l e", "N e o n C i t y"]
)
def test_a_masked_word_is_no_name(detector: Detector, title: str) -> None:
    found = detector.detect(
        model(title, tags=("concept",), trained_words=("msk",), description="a look")
    )
    assert not found.likeness


def _slug(slug: str, instance: str) -> ModelRecord:
    return ModelRecord(
        platform="huggingface",
        model_id=f"someone/{slug}",
        url=f"https://huggingface.co/someone/{slug}",
        name=slug,
        model_type="LORA",
        tags=("lora", "text-to-image"),
        card={"instance_prompt": instance},
    )


def test_a_slug_that_runs_the_instance_given_name_into_a_surname(detector: Detector) -> None:
    found = detector.detect(_slug("ysoldevarrenby-flux", "ysolde"))
    assert found.likeness
    assert found.target_name == "Ysolde Varrenby"
    # the twins: a style or a thing run together with its instance prompt
    assert not detector.detect(_slug("pixelforge-flux", "pixel")).likeness
    assert not detector.detect(_slug("cyberpunkcity-flux", "cyberpunk")).likeness
    assert not detector.detect(_slug("watercolorwash-flux", "watercolor")).likeness


def test_instance_slug_name_needs_both_fields_to_agree() -> None:
    assert instance_slug_name("ysoldevarrenby-flux", "ysolde") is not None
    assert instance_slug_name("ysoldevarrenby-flux", "ysold") is not None  # where it cuts
    assert instance_slug_name("varrenby-flux", "ysolde") is None  # not its start
    assert instance_slug_name("ysolde-flux", "ysolde") is None  # nothing after it
    assert instance_slug_name("ysoldevarrenby-flux", "TOK") is None


def test_a_request_for_a_good_model_of_a_person(detector: Detector) -> None:
    found = detector.detect(
        _portrait(f"Bounty entry for 'Need a good Isolde Marchbank LoRA, SDXL please'.\n{TAIL}")
    )
    assert found.likeness
    assert found.target_name == "Isolde Marchbank"
    # the twin: a good model of a look, a tool
    assert not detector.detect(
        _portrait(f"Works best with a good Detail Tweaker LoRA and a realistic base.\n{TAIL}")
    ).likeness


def test_a_famous_surname_that_is_also_a_frequent_word(detector: Detector) -> None:
    # a common first name, then a surname the English word table counts ("Baker")
    found = detector.detect(_portrait(f"v2: retrained on Jennifer Baker photos\n{TAIL}"))
    assert found.likeness
    assert found.target_name == "Jennifer Baker"
    # the twin: a first name that is an ordinary word, before another word
    assert not detector.detect(_portrait(f"v2: retrained on Rose Garden photos\n{TAIL}")).likeness


def test_a_star_filled_from_the_gender_tables() -> None:
    # "Tamsin" is a first name of the table rarer than the run-together finder reads
    found = find_names("T*msin Quarrendale")
    assert [m.words for m in found] == [("tamsin", "quarrendale")]
    assert found[0].span == (0, len("T*msin Quarrendale"))
    assert find_names("C*t Girl") == ()


@pytest.mark.parametrize(
    ("title", "description"),
    [
        # a given name in kana no table holds: the trade before the name says who she is
        ("鷹森ささら", "女優の鷹森ささらさんのLoRAです。推奨ウェイト0.7"),
        ("冷泉院ささら", "モデルの冷泉院ささらさんのLoRAです。"),
        ("九十九ささら", "アイドルの九十九ささらちゃんのLoRA"),
    ],
)
def test_a_trade_then_the_script_name(detector: Detector, title: str, description: str) -> None:
    found = detector.detect(model(title, tags=("asian",), description=description))
    assert found.likeness
    assert found.target_name == title


def test_a_trade_before_a_script_name_the_title_lacks(detector: Detector) -> None:
    # the twin: an anime character's page that mentions a voice actress by trade
    found = detector.detect(
        model(
            "星野ミライ",
            tags=("anime", "character"),
            description="アニメのキャラクター。声優はアイドルの鷹森ささらさんです。",
        )
    )
    assert not found.likeness


def _instance(slug: str, instance: str) -> ModelRecord:
    return ModelRecord(
        platform="huggingface",
        model_id=f"someone/{slug}",
        url=f"https://huggingface.co/someone/{slug}",
        name=slug,
        model_type="LORA",
        tags=("lora", "text-to-image"),
        card={"instance_prompt": instance, "base_model": "black-forest-labs/FLUX.1-dev"},
    )


@pytest.mark.parametrize("instance", ["p3rs0n", "w0m4n", "g1rl"])
def test_an_instance_prompt_that_spells_the_person_class_with_digits(
    detector: Detector, instance: str
) -> None:
    assert detector.detect(_instance("selfie-lora-v2", instance)).likeness


@pytest.mark.parametrize("instance", ["st7le", "c4r", "d0g", "person", "v2"])
def test_other_instance_prompts_are_no_person_token(detector: Detector, instance: str) -> None:
    # the twin: a thing spelled with digits, the class word plain, a version
    assert not detector.detect(_instance("selfie-lora-v2", instance)).likeness


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Margaux de la Vresnay (fashion model)", "Margaux de la Vresnay"),
        ("Pieter van der Hollenkamp", "Pieter van der Hollenkamp"),
        ("Lucas del Varrio LoRA", "Lucas del Varrio"),
    ],
)
def test_a_surname_with_its_particles(text: str, shown: str) -> None:
    found = find_names(text)
    assert len(found) == 1
    assert display_name(found[0]) == shown


@pytest.mark.parametrize("text", ["Castle de la Mer", "Made in the Shade", "Anime de la Mode"])
def test_particles_between_words_are_no_name(text: str) -> None:
    assert find_names(text) == ()
