"""Names read in shapes the earlier readers left (round 13, second pass): a Hugging Face
DreamBooth repo whose instance prompt is its own name-shaped slug; "<Nickname> aka <Name>"; "<Name>
of <Group>"; "my uncle <Name> <Surname>"; a clergy, military or kin title before a name; a dash
read as a script name; a face-embedding kind after a name. Each positive has a twin of the same
shape with a thing. Invented people only."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.names import find_names
from dfaudit.detect.signals.subject_name import subject_of
from dfaudit.records import ModelRecord

from .conftest import likeness_features, model

# these tests ask whether a cue says a gender: without the catalog prior
pytestmark = pytest.mark.usefixtures("no_gender_prior")


def hf_dreambooth(slug: str) -> ModelRecord:
    """A Hugging Face DreamBooth LoRA whose instance prompt is "photo of <slug>"."""
    token = slug.removesuffix("-sdxl-lora")
    return ModelRecord(
        platform="huggingface",
        model_id=f"someone/{slug}",
        url=f"https://huggingface.co/someone/{slug}",
        name=slug,
        model_type="LORA",
        tags=("lora", "template:sd-lora", "diffusers", "text-to-image", "sdxl", "region:us"),
        trained_words=(f"photo of {token}",),
        card={"instance_prompt": f"photo of {token}"},
    )


@pytest.mark.parametrize(
    ("slug", "target"),
    [
        ("marisol-quellbrook-sdxl-lora", "Marisol Quellbrook"),
        ("tobias-wrenfield-sdxl-lora", "Tobias Wrenfield"),
    ],
)
def test_instance_prompt_of_a_name_slug(detector: Detector, slug: str, target: str) -> None:
    found = detector.detect(hf_dreambooth(slug))
    assert "subject:instance_name" in likeness_features(detector, hf_dreambooth(slug))
    assert found.likeness
    assert found.target_name == target


@pytest.mark.parametrize("slug", ["copper-kettle-sdxl-lora", "neon-alley-sdxl-lora"])
def test_instance_prompt_of_a_thing_slug(detector: Detector, slug: str) -> None:
    assert "subject:instance_name" not in likeness_features(detector, hf_dreambooth(slug))
    assert not detector.detect(hf_dreambooth(slug)).likeness


def test_aka_takes_the_name_after_it() -> None:
    assert subject_of("Spudster aka Corwin Halvard", 4) == (
        "Corwin Halvard",
        subject_of("Corwin Halvard")[1],
    )  # type: ignore[index]
    found = subject_of("Bizzy a.k.a. Jolene Marrowby", 4)
    assert found is not None and found[0] == "Jolene Marrowby"


def test_aka_twins() -> None:
    # nothing after "aka": the words before it; "aka" inside a word is no cut
    found = subject_of("Corwin Halvard aka", 4)
    assert found is not None and found[0] == "Corwin Halvard"
    found = subject_of("Kakao Bakery", 4)
    assert found is not None and found[0] == "Kakao Bakery"


def test_name_of_group_keeps_the_name() -> None:
    found = subject_of("Yerin of Starvale - kpop idol", 4)
    assert found is not None and found[0] == "Yerin"


def test_nothing_before_of_reads_after() -> None:
    found = subject_of("Portrait of Mira Quellvane", 4)
    assert found is not None and found[0] == "Mira Quellvane"


def test_my_uncle_with_surname(detector: Detector) -> None:
    found = detector.detect(
        model("Toby", description="Photos of my uncle Bertram Quillfeather.", tags=("man",))
    )
    assert found.likeness
    assert found.target_name == "Bertram Quillfeather"


def test_my_uncles_thing_twin(detector: Detector) -> None:
    found = detector.detect(
        model(
            "Old Tractor",
            description="My uncle's old farm tractor, rusty red paint.",
            tags=("vehicle",),
        )
    )
    assert not found.likeness


@pytest.mark.parametrize(
    ("title", "reading"),
    [("Rabbi Morgan Keldwith", "Morgan Keldwith"), ("Brigadier Oriane Wystthorpe", None)],
)
def test_title_word_is_no_surname(title: str, reading: str | None) -> None:
    texts = {m.text for m in find_names(title)}
    assert not any(t.split()[0] in ("Rabbi", "Brigadier") for t in texts)
    if reading is not None:
        assert reading in texts


def test_title_word_twin_still_reads_a_surname_first() -> None:
    # a family name before a given name is still read where no title stands
    assert any("Morgan" in m.text for m in find_names("Keldwith Morgan"))


def test_dash_is_no_script_name(detector: Detector) -> None:
    found = detector.detect(
        model("Dalmore #6 – Hexton Rovers", description="Ansel Dalmore, winger. Match photos.")
    )
    assert all(h.text != "–" for h in found.hits if h.aspect == "target")
    assert found.target_name == "Ansel Dalmore"


def test_script_name_beside_a_dash_is_kept(detector: Detector) -> None:
    found = detector.detect(model("夏婉汐 – LoRA", description="夏婉汐"))
    assert any(h.text == "夏婉汐" for h in found.hits if h.aspect == "target")


def test_face_embedding_kind_is_no_surname(detector: Detector) -> None:
    found = detector.detect(
        model(
            "Leilani Krovmark FaceID embedding",
            model_type="Other",
            description="InstantID / IP-Adapter FaceID embedding of Leilani Krovmark.",
        )
    )
    assert found.likeness and found.target_name == "Leilani Krovmark"


def test_face_embedding_tool_twin(detector: Detector) -> None:
    found = detector.detect(
        model(
            "FaceID Adapter Plus",
            model_type="Other",
            description="An IP-Adapter FaceID embedding tool for any face.",
        )
    )
    assert not found.likeness


def test_nickname_before_aka_says_the_gender(detector: Detector) -> None:
    found = detector.detect(
        model("Lulu aka Ysolde Hobvarnek", description="Ysolde Hobvarnek, vocalist.")
    )
    assert found.target_name == "Ysolde Hobvarnek"
    assert found.target_gender == "female"


def test_handle_before_aka_says_no_gender(detector: Detector) -> None:
    found = detector.detect(
        model("Spudster aka Ysolde Hobvarnek", description="Ysolde Hobvarnek, vocalist.")
    )
    assert found.target_name == "Ysolde Hobvarnek"
    assert found.target_gender == "unknown"


def test_rank_and_surname_title_with_the_full_name_described(detector: Detector) -> None:
    found = detector.detect(
        model(
            "Brigadier Quellvane",
            description="Brigadier Marisol Quellvane, in dress uniform. From official portraits.",
            tags=("military", "uniform", "realistic"),
        )
    )
    assert "name_shape:other:corroborated" in likeness_features(
        detector,
        model(
            "Brigadier Quellvane",
            description="Brigadier Marisol Quellvane, in dress uniform. From official portraits.",
        ),
    )
    assert found.likeness and found.target_name == "Marisol Quellvane"


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Captain Cometh", "Captain Cometh, a space hero in a blue suit."),
        ("Brigadier Quellvane", "Brigadier-style dress uniform pack, parade photos."),
    ],
)
def test_rank_title_twins(detector: Detector, title: str, description: str) -> None:
    record = model(title, description=description, tags=("uniform",))
    assert "name_shape:other:corroborated" not in likeness_features(detector, record)
