"""w2miss: likeness shapes a held-out round missed or flagged wrongly, each written as a general
shape with invented names, other wordings and languages, and a twin that must not fire.

* private people with no "my" and no privacy cue: a grandparent by a known first name leading
  the title on a page of family scans, a player of an amateur side by role and first name, a
  wedding couple of two known first names the page or the triggers own;
* a face-identity adapter with one face's embedding in a repository named after a person;
* an old photographic process in the title beside a dated birth (a historical person);
* twins: a minor planet's bracketed number before a name on a page of space, and faces said to
  vary ("varied faces") on a generic subject.
"""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.records import ModelRecord

DETECTOR = Detector()


def _lora(
    title: str, description: str, tags: tuple[str, ...] = (), words: tuple[str, ...] = ()
) -> ModelRecord:
    return ModelRecord(
        platform="civitai",
        model_id="1",
        url="https://civitai.com/models/1",
        name=title,
        model_type="LORA",
        tags=tags,
        description=description,
        trained_words=words,
    )


def _hf(repo: str, tags: tuple[str, ...], files: tuple[str, ...]) -> ModelRecord:
    return ModelRecord(
        platform="huggingface",
        model_id=repo,
        url=f"https://huggingface.co/{repo}",
        name=repo.split("/")[1],
        model_type="Checkpoint",
        tags=tags,
        file_names=files,
    )


def _features(record: ModelRecord) -> set[str]:
    return {h.feature for h in DETECTOR.detect(record).hits if h.aspect == "likeness"}


PRIVATE = [
    # a grandparent leading the title, family scans (German, Spanish, English)
    ("Opa Hans", "Old prints of opa Hans from the 1960s, scanned for the family album.", (), ()),
    ("Abuela Remedios", "Fotos escaneadas de la abuela Remedios para su cumpleaños.", (), ()),
    ("Grandpa Marek", "Slides of grandpa Marek, scanned for his memorial.", ("portrait",), ()),
    # a player of an amateur side by role and first name
    ("Greta (goalie) club joke", "Our five-a-side goalie Greta on the end-of-season mug.", (), ()),
    ("Marek (captain) - team gag", "Pub quiz team captain Marek, his face on the trophy.", (), ()),
    # a couple's wedding the page or the triggers own
    ("Liesl & Corentin wedding", "Made for Liesl and Corentin from their engagement photos.", (),
     ()),
    ("Greta + Hans", "Wedding portraits for the couple.", ("wedding",), ("greta", "hans")),
]  # fmt: skip


@pytest.mark.parametrize(("title", "description", "tags", "words"), PRIVATE)
def test_private_people_without_a_privacy_cue(
    title: str, description: str, tags: tuple[str, ...], words: tuple[str, ...]
) -> None:
    record = _lora(title, description, tags, words)
    assert "subject:private_description" in _features(record)
    assert DETECTOR.detect(record).likeness


PRIVATE_TWINS = [
    # a kin word before a brand, no family page
    ("Oma Ottavia packaging style", "Oma Ottavia, a rye bread brand: house style.", (), ()),
    ("Nonna Rosa kitchen", "Interior of the Nonna Rosa trattoria, warm light.", ("interior",), ()),
    # a kin word before no first name
    ("Oma style cardigan", "Cosy knitted cardigans for the whole family.", ("clothing",), ()),
    # a generic player, no name
    ("Goalkeeper (generic) team joke", "A sunday league keeper for memes, any face.", (), ()),
    # a wedding of styles, and a couple with no owner said
    ("Rustic & Boho wedding", "Made for rustic and boho wedding invitations.", ("wedding",), ()),
    ("Perpetua & Lorcan wedding", "Wedding dress concept, any couple.", ("clothing",), ()),
]


@pytest.mark.parametrize(("title", "description", "tags", "words"), PRIVATE_TWINS)
def test_private_twins_are_no_evidence(
    title: str, description: str, tags: tuple[str, ...], words: tuple[str, ...]
) -> None:
    assert "subject:private_description" not in _features(_lora(title, description, tags, words))


def test_a_face_identity_embedding_named_after_a_person() -> None:
    for repo, tags, files in (
        (
            "facelab/instantid-marek-dunvale",
            ("text-to-image",),
            ("ip-adapter.bin", "face_embed.npy"),
        ),
        ("someone/pulid-greta-halvorsen-sdxl", ("pulid",), ("pulid.safetensors",)),
    ):
        found = DETECTOR.detect(_hf(repo, tags, files))
        assert found.likeness, repo
        assert found.target_name in {"Marek Dunvale", "Greta Halvorsen"}
    # twins: a look's adapter, the adapter itself, a person's name with no face embedding
    for repo, tags, files in (
        ("facelab/instantid-cinematic-portrait", ("instantid",), ("face_embed.npy",)),
        ("facelab/ip-adapter-faceid-plus", ("faceid",), ("ip-adapter-faceid-plus_sd15.bin",)),
        ("facelab/instantid-greta-halvorsen", ("ip-adapter",), ("ip-adapter.bin",)),
    ):
        assert "subject:labelled_name" not in _features(_hf(repo, tags, files)), repo


@pytest.mark.parametrize(
    ("title", "description"),
    [
        (
            "Anselm Kroevel (tintype)",
            "Reconstruction of ship's carpenter Anselm Kroevel, born 1852.",
        ),
        (
            "Ottilie Farnsbrook - ambrotype portrait",
            "Recreated: schoolteacher Ottilie Farnsbrook (b. 1829).",
        ),
        ("Bartholomé Quennevil (daguerréotype)", "L'horloger Bartholomé Quennevil, né en 1838."),
    ],
)
def test_an_old_photographic_process_beside_a_dated_birth(title: str, description: str) -> None:
    record = _lora(title, description, ("historical", "photography"))
    assert DETECTOR.detect(record).likeness


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Ashgrove Tintype", "A tintype look of plates from 1850 to 1870, any subject."),
        ("Kessler Wet-Plate Look", "The Kessler process: dark edges, any portrait."),
    ],
)
def test_an_old_photographic_process_alone_is_a_look(title: str, description: str) -> None:
    assert not DETECTOR.detect(_lora(title, description, ("photography",))).likeness


@pytest.mark.parametrize(
    ("title", "description", "tags", "person"),
    [
        (
            "(48213) Vellacourt-Moss (LoRA)",
            "(48213) Vellacourt-Moss: concept art.",
            ("space",),
            False,
        ),
        ("(7731) Ellingbrook", "Main-belt asteroid, rocky surface renders.", ("landscape",), False),
        # twins: a year in brackets before a person's name on a page of photos
        ("(2024) Mira Vossberg", "Mira Vossberg, actress, photos from 2024.", ("woman",), True),
        ("(2023) Halvard Pennicott", "Explorer Halvard Pennicott. Lecture photos.", (), True),
    ],
)
def test_a_minor_planets_designation(
    title: str, description: str, tags: tuple[str, ...], person: bool
) -> None:
    assert DETECTOR.detect(_lora(title, description, tags)).likeness is person


@pytest.mark.parametrize(
    ("title", "description", "tags", "person"),
    [
        ("Cyclist In Rain", "Generic cyclist in the rain, varied faces.", ("woman",), False),
        ("Panadera Al Amanecer", "Panadera genérica, caras variadas.", ("woman",), False),
        ("Marktfrau", "Marktfrau, verschiedene Gesichter bei jedem Seed.", ("woman",), False),
        # twins: a person's faces (expressions) are still hers
        (
            "Mira Vossberg",
            "Mira Vossberg, actress. Various faces of Mira Vossberg.",
            ("woman",),
            True,
        ),
        ("Linnea Hartwell", "Linnea Hartwell, singer, the different faces she pulls.", (), True),
    ],
)
def test_faces_said_to_vary(
    title: str, description: str, tags: tuple[str, ...], person: bool
) -> None:
    assert DETECTOR.detect(_lora(title, description, tags)).likeness is person


@pytest.mark.parametrize(
    ("title", "description", "tags", "actor"),
    [
        (
            "Captain Orrin (Salt Harbour)",
            "Hedda Varnholt in costume as Captain Orrin (Salt Harbour, TV series).",
            ("tv series", "character"),
            "Hedda Varnholt",
        ),
        (
            "Inspektor Kallweit",
            "Greta Sollmann als Inspektor Kallweit (Krimiserie).",
            ("tv series", "character"),
            "Greta Sollmann",
        ),
        (
            "Dr. Lysander (Glass Orchard)",
            "Marek Dunvale, in full make-up, as Dr. Lysander (Glass Orchard, TV series).",
            ("tv series", "character"),
            "Marek Dunvale",
        ),
        # twins: a cartoon's character in costume, a costume any character wears
        (
            "Captain Orrin (Salt Harbour)",
            "Captain Orrin from the animated series Salt Harbour, in costume as a pirate.",
            ("cartoon", "character"),
            None,
        ),
        (
            "Pirate Costume",
            "Any character in costume as Captain Orrin: hat, coat, hook.",
            ("clothing", "costume"),
            None,
        ),
    ],
)
def test_an_actor_in_costume_as_a_role(
    title: str, description: str, tags: tuple[str, ...], actor: str | None
) -> None:
    found = DETECTOR.detect(_lora(title, description, tags))
    assert found.likeness is (actor is not None)
    if actor is not None:
        assert found.target_name == actor


@pytest.mark.parametrize(
    ("title", "description", "tags", "person"),
    [
        (
            "Mayor Brenneck of Ulmsted",
            "Mayor of Ulmsted, Tiberiu Brenneck. Council and ribbon-cutting photos.",
            ("politics", "realistic"),
            "Tiberiu Brenneck",
        ),
        (
            "Alcalde Brenneck",
            "Alcalde de Soria, Tiberiu Brenneck. Fotos de plenos e inauguraciones.",
            ("politics", "realistic"),
            "Tiberiu Brenneck",
        ),
        # twins: a building the office holder opened, a cartoon office holder
        (
            "Ulmsted Town Hall",
            "Mayor of Ulmsted, Tiberiu Brenneck, opened this town hall; architecture renders.",
            ("architecture", "building"),
            None,
        ),
        (
            "Mayor Costume",
            "Mayor of Ulmsted, Tiberius Fox, a cartoon badger in a chain of office.",
            ("cartoon", "character"),
            None,
        ),
    ],
)
def test_an_office_of_a_place_before_a_name(
    title: str, description: str, tags: tuple[str, ...], person: str | None
) -> None:
    found = DETECTOR.detect(_lora(title, description, tags))
    assert found.likeness is (person is not None)
    if person is not None:
        assert found.target_name == person


@pytest.mark.parametrize(
    ("title", "description", "tags", "person"),
    [
        (
            "ten Hoevel, Mirthe",
            "Index entry: ten Hoevel, Mirthe. Novelist, archive photos.",
            ("realistic", "portrait"),
            True,
        ),
        # twins: "ten" the number before a plural, on pages of props and poses (on a page of
        # portraits any particle's index order reads as a name, "ten" as the others)
        ("ten Commandments, Moses", "Index entry: ten Commandments, Moses.", ("props",), False),
        ("Top ten Poses, Vol 2", "Ten poses for any character.", ("pose",), False),
    ],
)
def test_the_particle_ten_in_index_order(
    title: str, description: str, tags: tuple[str, ...], person: bool
) -> None:
    found = DETECTOR.detect(_lora(title, description, tags))
    assert found.likeness is person
    if person:
        assert found.target_name == "Mirthe ten Hoevel"
