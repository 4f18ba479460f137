"""named_context (ctx14): a name set in a context only a person has is likeness evidence even
when no name table knows it: a trade in several languages before or after it, life dates, a
weighted prompt block, a ComfyUI node's lora_name, a freely licensed photo's caption, a Hugging
Face repository named by the name its trigger runs together, and private people named by their
relation to the maker beside a consent or privacy cue. Each positive has a twin of the same
shape without a person (a product, a place, a style, a character, a thing named after someone).
Invented people only."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.evalsets import record_of
from dfaudit.detect.signals.named_context import NamedContext, name_like
from dfaudit.records import ModelRecord

DETECTOR = Detector()


def _lora(
    title: str, description: str, tags: list[str], words: list[str] | None = None
) -> ModelRecord:
    raw = {
        "id": 7,
        "name": title,
        "type": "LORA",
        "tags": tags,
        "description": description,
        "modelVersions": [{"id": 8, "name": "v1", "trainedWords": words or [], "files": []}],
    }
    return record_of(raw, "civitai")


def _hf(repo: str, prompt: str, widget: str) -> ModelRecord:
    return ModelRecord(
        platform="huggingface",
        model_id=repo,
        url=f"https://huggingface.co/{repo}",
        name=repo.split("/")[1],
        model_type="LORA",
        description=widget,
        trained_words=(prompt,),
        tags=("lora", "flux", "text-to-image"),
        card={"instance_prompt": prompt, "widget": [{"text": widget}]},
    )


def _evidence(record: ModelRecord) -> set[str]:
    return {h.feature for h in NamedContext().hits(record) if h.aspect == "likeness"}


PEOPLE = [
    # a trade no public-life list holds, after the name in brackets, with a title before it
    (
        "Dr. Maris Quellavane (orthopaedic surgeon)",
        "<p>Dr. Maris Quellavane, orthopaedic surgeon at St. Wenna's Hospital, TV interviews.</p>",
        ["realistic", "doctor"],
        [],
    ),
    # a trade before the name, after a nationality
    (
        "Tamsin Orvelade | Illustrious",
        "<p>Chilean cellist Tamsin Orvelade. 90 images from concerts and press.</p>",
        ["person", "photography"],
        [],
    ),
    # a title-case trade leading the name
    (
        "Halvard Pennicott",
        "<p>Explorer Halvard Pennicott (the Glass Coast sledge crossing). Lecture photos.</p>",
        ["outdoors", "realistic"],
        [],
    ),
    # life dates and a role: a historical person as if photographed
    (
        "Wilhelmina Strathcarrow (daguerreotype)",
        "<p>Wilhelmina Strathcarrow (1818–1880), lighthouse keeper, as if photographed.</p>",
        ["historical", "photography"],
        [],
    ),
    # particle index order and an art trade on a page of portraits
    (
        "van der Moolen, Griet",
        "<p>van der Moolen, Griet (sculptor). Trained on archive portraits.</p>",
        ["realistic", "portrait"],
        ["moolen"],
    ),
    # a single name and a trade in Indonesian
    (
        "Sastrowidagdo | dalang",
        "<p>Sastrowidagdo, dalang dari Jawa Timur. Dataset 50 foto panggung.</p>",
        ["realistic", "indonesia"],
        ["sastrowidagdo"],
    ),
    # a name only in a weighted prompt block
    (
        "Gala faces",
        "<p>Copy this prompt: photo of (corisande vellacourt:1.2), outdoors, film grain</p>",
        ["portrait", "realistic"],
        [],
    ),
    # a name only in a ComfyUI node
    (
        "Portrait workflow LoRA",
        '<p>The LoRA node: {"class_type": "LoraLoader", "inputs": {"lora_name": '
        '"perpetua_hollowmere_v2.safetensors", "strength_model": 0.8}}</p>',
        ["workflow", "comfyui"],
        [],
    ),
    # a name only in a freely licensed photo's caption
    (
        "Red carpet face 2019",
        "<p>Image sources: Wikimedia Commons: “Imogen Caddavore at the Harbour Film Days, 2019”"
        " (CC BY-SA 4.0)</p>",
        ["portrait", "realistic"],
        [],
    ),
]


@pytest.mark.parametrize(("title", "description", "tags", "words"), PEOPLE)
def test_a_name_in_a_persons_context_is_flagged(
    title: str, description: str, tags: list[str], words: list[str]
) -> None:
    record = _lora(title, description, tags, words)
    assert "subject:labelled_name" in _evidence(record)
    assert DETECTOR.detect(record).likeness


THINGS = [
    # a thing named after a person of that trade
    (
        "Quellavane jacket (clothing)",
        "<p>The Quellavane jacket, a cut named after the tailor Maris Quellavane.</p>",
        ["clothing", "fashion"],
        [],
    ),
    # a synthetic presenter
    (
        "Tamsin Orvelade (AI anchor)",
        "<p>Tamsin Orvelade, the synthetic news presenter of a channel. No real person.</p>",
        ["news", "ai"],
        [],
    ),
    # a painter's style: an art trade on a style page
    (
        "Griet Moolen style",
        "<p>Style of the painter Griet Moolen: broken colour, visible canvas weave.</p>",
        ["style", "painting"],
        [],
    ),
    # a bridge with dates of its building
    (
        "Ironmarsh Bridge (1869–1883)",
        "<p>Cityscape LoRA: the Ironmarsh Bridge (1869–1883), day and night.</p>",
        ["architecture", "cityscape"],
        [],
    ),
    # a single word and a trade word used for a look
    (
        "Sastrowidagdo | pilot style",
        "<p>Sastrowidagdo, pilot style jackets and goggles.</p>",
        ["clothing"],
        ["sastrowidagdo"],
    ),
    # a weighted block of ordinary words
    (
        "Gala scenes",
        "<p>Copy this prompt: photo of (rose garden:1.2), outdoors, film grain</p>",
        ["landscape"],
        [],
    ),
    # a ComfyUI node with a tool's LoRA
    (
        "Detail workflow",
        '<p>The LoRA node: {"class_type": "LoraLoader", "inputs": {"lora_name": '
        '"noiseoffset_detail_v2.safetensors"}}</p>',
        ["workflow", "comfyui"],
        [],
    ),
    # a caption of a place
    (
        "Harbour at dusk",
        "<p>Image sources: Wikimedia Commons: “Harbour Film Days at dusk, 2019” (CC BY)</p>",
        ["landscape"],
        [],
    ),
    # a character of a novel with a trade
    (
        "Corisande Vellacourt (The Salt Marsh)",
        "<p>Corisande Vellacourt, surgeon, from the novel The Salt Marsh.</p>",
        ["book", "character"],
        [],
    ),
]


@pytest.mark.parametrize(("title", "description", "tags", "words"), THINGS)
def test_the_same_shape_without_a_person_is_no_evidence(
    title: str, description: str, tags: list[str], words: list[str]
) -> None:
    assert not _evidence(_lora(title, description, tags, words))


PRIVATE = [
    (
        "Ingeborg (keeper) team joke",
        "<p>Our five-a-side keeper Ingeborg for the end-of-season posters. She agreed!</p>",
        ["meme", "person"],
    ),
    (
        "Nonna Ottavia",
        "<p>My nonna Ottavia, from scanned family albums. Private, please don't share.</p>",
        ["family", "portrait"],
    ),
    (
        "Perpetua & Lorcan wedding",
        "<p>Perpetua and Lorcan — private wedding LoRA, please don't reuse.</p>",
        ["wedding", "couple"],
    ),
    (
        "us, summer 2023",
        "<p>My husband, from our holiday photos. He is fine with it, but it stays private.</p>",
        ["person"],
    ),
]


@pytest.mark.parametrize(("title", "description", "tags"), PRIVATE)
def test_a_private_person_with_a_consent_or_privacy_cue_is_flagged(
    title: str, description: str, tags: list[str]
) -> None:
    record = _lora(title, description, tags)
    assert "subject:private_description" in _evidence(record)
    assert DETECTOR.detect(record).likeness


PRIVATE_TWINS = [
    # a brand named for a grandmother
    ("Oma Ottavia packaging style", "<p>Oma Ottavia — a rye bread brand, house style.</p>", []),
    # a couple of characters, no cue of privacy
    ("Perpetua & Lorcan wedding", "<p>Wedding dress concept, any couple.</p>", ["clothing"]),
    # the maker's relative's taste, no person shown, private use only
    ("Cosy cabin", "<p>My husband's favourite look. For private use only.</p>", ["style"]),
    # a relative who made the model, not its subject
    ("Ink wash", "<p>My friend Perpetua trained this style, with her permission.</p>", []),
    # a relative's things, not the relative
    ("Quilt patterns", "<p>My grandma Ottavia's quilts, please don't share.</p>", []),
]


@pytest.mark.parametrize(("title", "description", "tags"), PRIVATE_TWINS)
def test_private_shapes_without_a_person_are_no_evidence(
    title: str, description: str, tags: list[str]
) -> None:
    assert not _evidence(_lora(title, description, tags))


def test_a_hugging_face_slug_the_trigger_runs_together() -> None:
    person = _hf(
        "someone/orla-brennicastle-flux",
        "photo of orlabrennicastle",
        "photo of orlabrennicastle, ceramicist, press photo",
    )
    assert "subject:labelled_name" in _evidence(person)
    assert DETECTOR.detect(person).likeness
    # twin: a look whose two words are ordinary
    look = _hf("someone/golden-hour-flux", "photo of goldenhour", "photo of goldenhour, beach")
    assert not _evidence(look)


def test_a_hugging_face_selfie_repository() -> None:
    selfie = _hf("someone/me-dreambooth-a3f9", "a photo of zwx face", "zwx face as a diver")
    assert "subject:private_description" in _evidence(selfie)
    assert DETECTOR.detect(selfie).likeness
    # twin: a style repository whose first word is "me"-like
    assert not _evidence(_hf("someone/meme-dreambooth-a3f9", "zwx style", "zwx style poster"))
    assert not _evidence(_hf("someone/me-style-a3f9", "zwx style", "zwx style poster"))


def test_name_like_needs_a_family_name_no_dictionary_holds() -> None:
    assert name_like(["Sunny", "Quellavane"])
    assert not name_like(["Victoria", "Station"])
    assert not name_like(["Golden", "Gate"])


MORE_PEOPLE = [
    # a chess title on a page of chess, no trade word
    ("WIM Odile Brashcombe", "<p>WIM Odile Brashcombe. Photos from the Olympiad.</p>", []),
    # a doctor's title on a page of medicine
    (
        "Dr. Casimir Voddlethorpe",
        "<p>Dr. Casimir Voddlethorpe of the city hospital, from his lectures.</p>",
        [],
    ),
    # a prompt's LoRA tag
    ("Gala faces", "<p>Prompt: <lora:perpetua_hollowmere_v2:0.8>, portrait, bokeh</p>", []),
    # a Commons file's name
    (
        "Red carpet face",
        "<p>Sources (CC BY-SA 4.0): File:Imogen_Caddavore_at_the_Harbour_Gala_2019.jpg</p>",
        [],
    ),
    # a weighted block without "photo of", a first name of the tables
    ("Gala faces", "<p>masterpiece, (imogen caddavore:1.1), outdoors, film grain</p>", []),
    # a trade in German after the name
    ("Henrike Oskamsdottir", "<p>Henrike Oskamsdottir, Schachspielerin aus Kiel.</p>", []),
]


@pytest.mark.parametrize(("title", "description", "tags"), MORE_PEOPLE)
def test_more_person_contexts(title: str, description: str, tags: list[str]) -> None:
    assert "subject:labelled_name" in _evidence(_lora(title, description, tags or ["portrait"]))


MORE_THINGS = [
    ("GM Sierra Denali", "<p>GM Sierra Denali pickup truck renders.</p>", ["vehicle"]),
    ("Dr. Marten Boots", "<p>Dr. Marten Boots from the medical supply store.</p>", ["clothing"]),
    ("Detail", "<p>Prompt: <lora:add_detail:0.6>, portrait, bokeh</p>", ["tool"]),
    ("Bridge", "<p>Sources (CC BY): File:Harbour_Bridge_at_night_2019.jpg</p>", ["landscape"]),
    ("Film look", "<p>masterpiece, (kodak portra:1.2), outdoors, film grain</p>", ["style"]),
    ("Sailor Moon fan art", "<p>Usagi Tsukino - Sailor Moon, anime.</p>", ["anime"]),
]


@pytest.mark.parametrize(("title", "description", "tags"), MORE_THINGS)
def test_more_twins_without_a_person(title: str, description: str, tags: list[str]) -> None:
    assert not _evidence(_lora(title, description, tags))


def test_private_people_in_other_languages() -> None:
    german = _lora(
        "Oma Hildegard", "<p>Meine Oma Hildegard, aus alten Fotos. Bleibt privat.</p>", []
    )
    assert "subject:private_description" in _evidence(german)
    spanish = _lora("Abuela", "<p>Mi abuela Remedios, fotos de familia. Privado.</p>", [])
    assert "subject:private_description" in _evidence(spanish)
    # twin: a brand named for a grandmother, in German
    assert not _evidence(_lora("Oma Hildegard Brot", "<p>Oma Hildegard, eine Brotmarke.</p>", []))


def test_a_selfie_repository_with_a_face_word() -> None:
    selfie = _hf("someone/my-face-lora", "a photo of zwx face", "zwx face at the beach")
    assert "subject:private_description" in _evidence(selfie)
