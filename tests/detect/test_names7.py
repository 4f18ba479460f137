"""Names read by their shape where no table helps: a person named by the photos or the face a
model was made from in several languages, a hashtag, a prompt, a version named after a person.
Invented people only."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.names import find_names
from dfaudit.detect.signals.name_shape import NameShape
from dfaudit.records import ModelRecord

from .conftest import model

PERSON_LINES = [
    ("Treinado com 40 fotos de Marisa Vantorrez. Peso 0.8.", "Marisa Vantorrez"),
    ("Rosto de Quelmira Vantorrez, 40 fotos.", "Quelmira Vantorrez"),
    ("LoRA wajah Sekar Wulandaripta, dilatih dengan 35 foto.", "Sekar Wulandaripta"),
    ("LoRA twarzy: Zbyslava Korniewicz. Trenowane na 45 zdjęciach.", "Zbyslava Korniewicz"),
    ("Oyelaran Adekunbi yüz LoRA'sı, 50 fotoğrafla eğitildi.", "Oyelaran Adekunbi"),
    ("Entrenado con fotos de Ximena Cuauhtlapa, actriz.", "Ximena Cuauhtlapa"),
    ("Trained on photos of Thandiwe Mokoenaqa.", "Thandiwe Mokoenaqa"),
    ("Gesicht von Irmelin Trautwasser, 30 Bilder.", "Irmelin Trautwasser"),
]


def _faceless(description: str, **fields: object) -> ModelRecord:
    return model(
        "rosto_07",
        tags=("realistic",),
        trained_words=("rst07",),
        description=description,
        **fields,
    )


@pytest.mark.parametrize(("line", "person"), PERSON_LINES)
def test_a_person_named_by_photos_or_face_in_any_language(
    detector: Detector, line: str, person: str
) -> None:
    finding = detector.detect(_faceless(f"{line}\nStrength 0.8, clip skip 2."))
    assert finding.likeness
    assert finding.target_name == person


@pytest.mark.parametrize(
    "line",
    [
        "Treinado com 40 fotos de ruas antigas. Peso 0.8.",  # no name
        "Photos of New York streets at night.",  # common words
        "LoRA wajah Anime Style, dilatih dengan 35 gambar.",  # words of model making
        "Quelmira Vantorrez LoRA, 40 images.",  # a name, but no face or photos of her
        "Photos of Castle Ruins in the fog.",  # ordinary words
        "Fotos de Buenos Aires de noche.",  # a place: no first name, no surname
        "Fotos de Nueva York, 40 imágenes.",  # a place
        "Photos of Santa Monica Pier at dusk.",  # a place's first word
    ],
)
def test_no_person_without_a_name_shape_in_that_context(line: str) -> None:
    # the name-shape signal alone: another signal may read a capitalised phrase its own way
    hits = NameShape().hits(_faceless(line))
    assert not [h for h in hits if h.aspect == "likeness"]


def test_a_hashtag_that_is_a_full_name(detector: Detector) -> None:
    found = detector.detect(
        model(
            "famous face (real) #12",
            tags=("realistic",),
            trained_words=("ff12",),
            description="guess who 😏 #SabineKorvathy #fyp",
        )
    )
    assert found.likeness
    assert found.target_name == "Sabine Korvathy"
    plain = detector.detect(
        model(
            "sunset glow #12",
            tags=("realistic",),
            trained_words=("ff12",),
            description="good light 😏 #GoldenHour #GoodVibes #fyp",
        )
    )
    assert not plain.likeness


def test_a_lower_case_name_in_a_prompt(detector: Detector) -> None:
    def hf(prompt: str) -> ModelRecord:
        return ModelRecord(
            platform="huggingface",
            model_id="someone/flux-face-0932",
            url="https://huggingface.co/someone/flux-face-0932",
            name="flux-face-0932",
            model_type="LORA",
            trained_words=("p3rs0n",),
            description=f"studio headshot\n{prompt}",
        )

    found = detector.detect(hf("a photo of gregory vantassel, city street at night"))
    assert found.likeness
    assert found.target_name == "Gregory Vantassel"
    assert not detector.detect(hf("a photo of rose garden, city street at night")).likeness
    assert not detector.detect(hf("a photo of winter forest, city street at night")).likeness


def test_a_version_named_after_a_person(detector: Detector) -> None:
    def pack(version: str) -> ModelRecord:
        return model(
            "Faces Collection (one per version)",
            tags=("collection",),
            trained_words=("fcx",),
            version_names=(version,),
            description="Pick the version you want.",
        )

    found = detector.detect(pack("Gregory Vantassel"))
    assert found.likeness
    assert found.target_name == "Gregory Vantassel"
    assert not detector.detect(pack("Golden Hour")).likeness
    assert not detector.detect(pack("v2 Gregory Vantassel style")).likeness


@pytest.mark.parametrize(
    ("line", "person"),
    [
        ("用 gregory vantassel 的照片训练。", "Gregory Vantassel"),
        ("gregory vantassel の写真で学習しました。", "Gregory Vantassel"),
        ("gregory vantassel 사진으로 학습했습니다.", "Gregory Vantassel"),
        ("Entrenado con 40 fotos de gregory vantassel.", "Gregory Vantassel"),
        ("Example:\nphoto of gregory vantassel, smiling, 85mm", "Gregory Vantassel"),
        ("gregory vantassel, portrait, soft light", "Gregory Vantassel"),
    ],
)
def test_a_lower_case_name_where_photos_of_someone_are_named(
    detector: Detector, line: str, person: str
) -> None:
    finding = detector.detect(_faceless(line))
    assert finding.likeness
    assert finding.target_name == person


@pytest.mark.parametrize(
    "line",
    [
        "用 golden hour 的照片训练。",  # words, no first name
        "photo of summer dress, smiling, 85mm",  # a first name that is a word, a common word
        "rose petals, portrait, soft light",  # a word first name before a common word
        "dark forest, portrait, soft light",
    ],
)
def test_no_lower_case_name_without_a_first_name_and_surname(line: str) -> None:
    hits = NameShape().hits(_faceless(line))
    assert not [h for h in hits if h.aspect == "likeness"]


@pytest.mark.parametrize(
    ("token", "words"),
    [("tomhadley_v10", ("tom", "hadley")), ("amyrourke", ("amy", "rourke"))],
)
def test_a_three_letter_first_name_run_together_with_a_known_surname(
    token: str, words: tuple[str, ...]
) -> None:
    found = find_names(token)
    assert [(m.kind, m.words) for m in found] == [("run_together", words)]


@pytest.mark.parametrize("word", ["tomorrow", "evaluate", "tombstone", "amygdala", "tomahawk_v2"])
def test_no_three_letter_first_name_in_an_ordinary_word(word: str) -> None:
    assert find_names(word) == ()


@pytest.mark.parametrize(
    "line",
    [
        "โมเดลใบหน้าของ Kalinda Luthenhart นักแสดงหญิง ใช้น้ำหนัก 0.8",
        "This one is Kalinda Luthenhart ✨ trained on 60 photos.",
        "用 Kalinda Luthenhart 的照片训练。",
        "Kalinda Luthenhart の写真で学習しました。",
        "Kalinda Luthenhart 사진으로 학습했습니다.",
    ],
)
def test_a_capitalised_name_by_a_face_or_photos_word_of_other_scripts(
    detector: Detector, line: str
) -> None:
    finding = detector.detect(_faceless(line))
    assert finding.likeness
    assert finding.target_name == "Kalinda Luthenhart"


def test_meet_introduces_a_persona_not_a_photographed_person() -> None:
    record = _faceless("Meet Quelmira Vantorrez, an AI influencer. Not a real person.")
    hits = NameShape().hits(record)
    assert not [h for h in hits if h.aspect == "likeness"]
