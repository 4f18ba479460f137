"""Names read without a gazetteer (round 11): a name in title case opening a prompt line (a Hugging
Face widget, an example prompt) before a scene or a cast as a person; a name as a register lists
it ("KOWAL, Anna"); a name spelled letter by letter in capitals, its words apart by a wider gap.
Each positive has a negative twin of the same shape that names a place, a look, a character or a
thing. Invented people only."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.findings import Finding
from dfaudit.detect.names import cast_name_words, find_names
from dfaudit.records import ModelRecord
from dfaudit.store.normalize import normalize_civitai_model

from .conftest import model


def hf_model(slug: str, description: str, instance: str = "p0rtr4it") -> ModelRecord:
    """A Hugging Face LoRA whose widget prompts are its description (as the normaliser reads
    them)."""
    return ModelRecord(
        platform="huggingface",
        model_id=f"somelab/{slug}",
        url=f"https://huggingface.co/somelab/{slug}",
        name=slug,
        model_type="LORA",
        tags=("lora", "text-to-image", "template:sd-lora"),
        description=description,
        trained_words=(instance,),
        card={"instance_prompt": instance},
    )


WIDGETS = [
    ("Clara Pemberwick in a cafe, film photo\na portrait, soft light", "Clara Pemberwick"),
    ("Marcus Quellenberg at the beach, golden hour", "Marcus Quellenberg"),
    ("Tobrin Vassaludo as a man in a cafe, film photo", "Tobrin Vassaludo"),
    ("Ysolde Marrickvane as a woman, portrait, soft light", "Ysolde Marrickvane"),
    ("Clara Del Marrick in a cafe, film photo", "Clara Del Marrick"),
    ("Marcus Hyde Quellenberg at the beach, golden hour", "Marcus Hyde Quellenberg"),
]
WIDGET_TWINS = [
    "Golden Hour in a park, film photo",  # a look
    "Victoria Harbour at the night market, film photo",  # a place
    "Santa Monica in a haze, film photo",  # a place's first word
    "Tobrin Vassaludo in a cafe, 1girl, anime screencap",  # a drawn character
    "Rose Garden in a village, watercolor",  # a first name that is a word, then a word
    "Neon Street as a woman, cyberpunk",  # words of things cast
    "Tobrin Vassaludo in a cafe, film photo",  # no first name of the tables, no cast
    "Golden Hour Glow in a park, film photo",  # three words of a look
    "Santa Monica Pier at the beach, film photo",  # a place
    "Clara Stone Age in a cave, film photo",  # a first name before words of things
    "Celia Vantrell, heroine of Ashen Crown, voiced by Mariko Tenjo",  # prose, not a prompt
]


@pytest.mark.parametrize(("widgets", "target"), WIDGETS)
def test_a_titled_name_opening_a_widget_prompt_is_a_person(
    detector: Detector, widgets: str, target: str
) -> None:
    finding = detector.detect(hf_model("portrait-lora-412", widgets))
    assert finding.likeness and finding.target_name == target


@pytest.mark.parametrize("widgets", WIDGET_TWINS)
def test_a_place_look_or_character_opening_a_widget_prompt_is_not(
    detector: Detector, widgets: str
) -> None:
    assert not detector.detect(hf_model("portrait-lora-412", widgets)).likeness


@pytest.mark.parametrize(
    ("words", "named"),
    [
        (["tobrin", "vassaludo"], True),  # two words no table holds, no common word
        (["anna", "kowal"], True),  # a framed name
        (["neon", "street"], False),
        (["golden", "hour"], False),
        (["tobrin", "vassaludo", "quell"], False),  # two words only
    ],
)
def test_cast_name_words(words: list[str], named: bool) -> None:
    assert cast_name_words(words) is named


REGISTER = [
    ("KOWALCZYK, Anna — LoRA", "Anna Kowalczyk"),
    ("PEMBERWICK, Clara (presenter)", "Clara Pemberwick"),
    ("LI, Marcus — portrait", "Marcus Li"),
]
REGISTER_TWINS = [
    "PARIS, France — travel LoRA",  # a place and its country
    "LAKE, Victoria — landscape",  # a gazetteer's entry
    "CHRISTMAS, Eve — concept",  # a word before a given name
    "MARIO, Luigi — game LoRA",  # two given names, no family name
    "ANIME, Style — LoRA",
    "SUMMER, Rose — concept",
]


@pytest.mark.parametrize(("title", "target"), REGISTER)
def test_a_register_name_family_first_is_a_person(
    detector: Detector, title: str, target: str
) -> None:
    finding = detector.detect(model(title, description=f"<p>Catalogue entry: {title}.</p>"))
    assert finding.likeness and finding.target_name == target


@pytest.mark.parametrize("title", REGISTER_TWINS)
def test_a_register_of_places_words_or_characters_is_not(detector: Detector, title: str) -> None:
    assert not [m for m in find_names(title) if m.span[0] == 0]
    assert not detector.detect(model(title, tags=("portrait",))).likeness


SPELLED = [
    ("C L A R A   P E M B E R W I C K", "Clara Pemberwick"),
    ("M A R C U S  Q U E L L E N B E R G", "Marcus Quellenberg"),
]
SPELLED_TWINS = [
    "A N I M E   S T Y L E",
    "R O S E   G A R D E N",
    "G O L D E N   H O U R",
]


@pytest.mark.parametrize(("title", "target"), SPELLED)
def test_a_name_spelled_letter_by_letter_is_a_person(
    detector: Detector, title: str, target: str
) -> None:
    finding = detector.detect(model(title, description="news presenter", tags=("realistic",)))
    assert finding.likeness and finding.target_name == target


@pytest.mark.parametrize("title", SPELLED_TWINS)
def test_words_spelled_letter_by_letter_are_not(detector: Detector, title: str) -> None:
    assert not find_names(title)
    assert not detector.detect(model(title, tags=("realistic",))).likeness


SLUG_INITIALS = [
    ("ysolde-marrickvane-flux-lora", "ymface", "Ysolde Marrickvane"),
    ("tobrin-vassaludo-lora", "tv man", "Tobrin Vassaludo"),
]
SLUG_INITIALS_TWINS = [
    ("ysolde-marrickvane-flux-lora", "p0rtr4it"),  # no initials: the slug alone is no name
    ("neon-street-flux-lora", "nsface"),  # words of things
    ("golden-hour-lora", "gh"),  # a look
    ("ysolde-marrickvane-flux-lora", "xyface"),  # initials of other words
]


@pytest.mark.parametrize(("slug", "instance", "target"), SLUG_INITIALS)
def test_a_slug_whose_initials_are_the_instance_prompt_is_a_person(
    detector: Detector, slug: str, instance: str, target: str
) -> None:
    finding = detector.detect(hf_model(slug, f"{instance}, portrait", instance=instance))
    assert finding.likeness and finding.target_name == target


@pytest.mark.parametrize(("slug", "instance"), SLUG_INITIALS_TWINS)
def test_a_slug_without_its_initials_as_instance_prompt_is_not(
    detector: Detector, slug: str, instance: str
) -> None:
    assert not detector.detect(hf_model(slug, f"{instance}, portrait", instance=instance)).likeness


INITIALS = [
    ("Q.V. | cyclist likeness", "<p>You know who Q.V. is, his face only.</p>", "Q.V."),
    ("L.D. face LoRA (radio host)", "<p>Trained on 80 photos of her face.</p>", "L.D."),
]
INITIALS_TWINS = [
    ("C.C. face LoRA (anime)", "<p>The witch from the anime, her face.</p>"),  # drawn
    ("A.I. face LoRA", "<p>A generated face, likeness of no one.</p>"),  # not initials
    ("Q.V. | cyclist jersey", "<p>A jersey design.</p>"),  # no face or likeness
    ("Q.V. style", "<p>Paintings in the manner of the master.</p>"),
]


@pytest.mark.parametrize(("title", "description", "target"), INITIALS)
def test_initials_with_a_face_or_likeness_are_a_person(
    detector: Detector, title: str, description: str, target: str
) -> None:
    finding = detector.detect(model(title, description=description, tags=("realistic", "face")))
    assert finding.likeness and finding.target_name == target


@pytest.mark.parametrize(("title", "description"), INITIALS_TWINS)
def test_initials_without_a_person_are_not(
    detector: Detector, title: str, description: str
) -> None:
    assert not detector.detect(model(title, description=description, tags=("face",))).likeness


PROMPT_PERSON = [
    "Example prompt: photo of ysolde marrickvane, woman, 35mm, natural light",
    "Example prompt: a photo of tobrin vassaludo, man, red carpet",
]
PROMPT_PERSON_TWINS = [
    "Example prompt: photo of ysolde marrickvane, 35mm, natural light",  # no person's noun
    "Example prompt: photo of ysolde marrickvane, girl, 1girl, anime screencap",  # drawn
    "Example prompt: photo of neon street, woman, 35mm",  # words of things
]


@pytest.mark.parametrize("description", PROMPT_PERSON)
def test_a_prompt_name_followed_by_a_person_noun_is_a_person(
    detector: Detector, description: str
) -> None:
    finding = detector.detect(model("zx-portrait", description=description, tags=("realistic",)))
    assert finding.likeness


@pytest.mark.parametrize("description", PROMPT_PERSON_TWINS)
def test_a_prompt_name_without_a_person_noun_is_not(detector: Detector, description: str) -> None:
    finding = detector.detect(model("zx-portrait", description=description, tags=("realistic",)))
    assert not finding.likeness


@pytest.mark.parametrize(
    ("title", "target"),
    [
        ("kciwrebmeP aralC (read it backwards)", "Clara Pemberwick"),
        ("grebnelleuQ sucraM - backwards", "Marcus Quellenberg"),
    ],
)
def test_a_name_spelled_backwards_and_said_so_is_a_person(
    detector: Detector, title: str, target: str
) -> None:
    finding = detector.detect(model(title, description="<p>you know who</p>", tags=("person",)))
    assert finding.likeness and finding.target_name == target


@pytest.mark.parametrize(
    "title",
    [
        "elyts emina (read it backwards)",  # "anime style"
        "kciwrebmeP aralC",  # no hint: letters, not a name
        "Backwards walking pose",  # the hint alone
    ],
)
def test_words_backwards_or_no_hint_are_not(detector: Detector, title: str) -> None:
    finding = detector.detect(model(title, description="<p>a pose</p>", tags=("pose",)))
    assert not finding.likeness


@pytest.mark.parametrize(
    ("description", "named"),
    [
        ("<p>Hint: news presenter. Answer: Clara Pemberwick.</p>", True),
        ("<p>Hint: a season. Answer: Golden Hour.</p>", False),
        ("<p>Hint: a city. Answer: Santa Monica.</p>", False),
    ],
)
def test_a_guessing_games_answer_names_the_subject(
    detector: Detector, description: str, named: bool
) -> None:
    finding = detector.detect(model("Face #231", description=description, tags=("photo",)))
    assert finding.likeness is named


def _stage(title: str, trigger: str, tags: tuple[str, ...] = ("realistic",)) -> ModelRecord:
    return model(
        title, description="<p>LoRA wajah, 40 foto.</p>", tags=tags, trained_words=(trigger,)
    )


@pytest.mark.parametrize(
    ("title", "trigger"),
    [("Quilvane - penyanyi Indonesia", "quilvane"), ("Quilvane (singer) - 2019 tour", "quilvane")],
)
def test_a_one_word_name_with_its_trade_and_trigger_is_a_person(
    detector: Detector, title: str, trigger: str
) -> None:
    finding = detector.detect(_stage(title, trigger))
    assert finding.likeness and finding.target_name == "Quilvane"


@pytest.mark.parametrize(
    ("title", "trigger", "tags"),
    [
        ("Quilvane - penyanyi Indonesia", "qlv", ("realistic",)),  # the trigger disagrees
        ("Quilvane - anime singer", "quilvane", ("anime",)),  # a drawn singer
        ("Summer - singer outfit", "summer", ("clothing",)),  # a word
    ],
)
def test_a_one_word_title_without_agreeing_fields_is_not(
    detector: Detector, title: str, trigger: str, tags: tuple[str, ...]
) -> None:
    assert not detector.detect(_stage(title, trigger, tags)).likeness


CANTONESE = [
    ("Yip Suet Kiu - news presenter", "Yip Suet Kiu"),
    ("YIP Suet-kiu LoRA", "Yip Suet-kiu"),
    ("Kwong Pik Chuen | TVB actress", "Kwong Pik Chuen"),
]
CANTONESE_TWINS = [
    "Cheung Chau island",  # a family name and one syllable: a place
    "Mong Kok street",  # no family name
    "Chan Style",  # a word
]


@pytest.mark.parametrize(("title", "target"), CANTONESE)
def test_a_cantonese_name_family_first_is_read(title: str, target: str) -> None:
    found = [m for m in find_names(title) if m.origin == "hk"]
    assert found and " ".join(w.capitalize() for w in found[0].text.split()) == target


@pytest.mark.parametrize(("title", "target"), CANTONESE)
def test_a_cantonese_name_is_the_target(detector: Detector, title: str, target: str) -> None:
    finding = detector.detect(model(title, tags=("realistic",)))
    assert finding.likeness and finding.target_name == target


@pytest.mark.parametrize("title", CANTONESE_TWINS)
def test_a_cantonese_place_or_word_is_no_name(title: str) -> None:
    assert not [m for m in find_names(title) if m.origin == "hk"]


@pytest.mark.parametrize(
    ("title", "words"),
    [
        ("Layla Al-Qadimari - actress", ("layla", "al-qadimari")),
        ("Rashid Al-Fennawi (footballer)", ("rashid", "al-fennawi")),
        ("Omar El-Tawhari LoRA", ("omar", "el-tawhari")),
    ],
)
def test_an_arabic_family_name_with_its_article_is_read(title: str, words: tuple[str, ...]) -> None:
    assert [m.words for m in find_names(title)] == [words]


@pytest.mark.parametrize("title", ["Hotel El-Dorado", "Casa El Greco", "Anna Al"])
def test_an_article_without_a_first_name_and_family_name_is_no_name(title: str) -> None:
    assert not find_names(title)


@pytest.mark.parametrize(
    ("title", "words"),
    [
        ("Agniya Pustovarska LoRA", None),  # no ending of the table: left to the tables
        ("Agniya Pustovalova", ("agniya", "pustovalova")),
        ("milos_dragovich_v2", ("milos", "dragovich")),
    ],
)
def test_a_slavic_family_name_is_read_by_its_ending(
    title: str, words: tuple[str, ...] | None
) -> None:
    found = [m.words for m in find_names(title) if m.kind == "pair"]
    if words is None:
        assert ("agniya", "pustovarska") not in found
    else:
        assert words in found


@pytest.mark.parametrize("title", ["Bossa Nova style", "Terra Nova", "Galaxy Nova", "Super Nova"])
def test_a_word_before_nova_is_no_slavic_name(title: str) -> None:
    assert not find_names(title)


@pytest.mark.parametrize(
    ("description", "named"),
    [
        ("Example prompt: photo of Thessaly Wrenquist as a woman, 35mm, soft light", True),
        ("Example prompt: photo of thessaly wrenquist, woman, 35mm", True),
        ("Example prompt: photo of Neon Street as a woman, 35mm", False),  # words of things
        ("Example prompt: photo of Thessaly Wrenquist, 35mm, soft light", False),  # no cast
        ("Example prompt: photo of Thessaly Wrenquist as a woman, 1girl, anime", False),  # drawn
    ],
)
def test_a_framed_name_cast_as_a_person_is_read_by_its_shape(
    detector: Detector, description: str, named: bool
) -> None:
    finding = detector.detect(model("Portrait helper", description=description, tags=("photo",)))
    assert _name_shape_likeness(finding) is named
    if named:
        assert finding.likeness


@pytest.mark.parametrize(
    ("title", "named"),
    [
        ("B.C. — boxer LoRA", True),  # initials and a trade
        ("B.C. — anime idol LoRA", False),  # a drawn idol
        ("B.C. — retro poster LoRA", False),  # no trade, no face
    ],
)
def test_initials_with_a_trade_are_a_person(detector: Detector, title: str, named: bool) -> None:
    finding = detector.detect(
        model(title, description="<p>You know who B.C. is.</p>", tags=("portrait",))
    )
    assert _name_shape_likeness(finding) is named
    if named:
        assert finding.likeness and finding.target_name == "B.C."


def _name_shape_likeness(finding: Finding) -> bool:
    """Whether the name-shape signal found a person (other signals may weigh in apart)."""
    return any(h.signal.startswith("name_shape@") and h.aspect == "likeness" for h in finding.hits)


@pytest.mark.parametrize(
    ("title", "description", "target"),
    [
        ("Quorebrook LoRA", "Asked for by many: Ariel Quorebrook. Weight 0.8.", "Ariel Quorebrook"),
        ("Mrs. Oskamire", "Mrs. Oskamire, the weather forecaster. Face LoRA.", "Oskamire"),
    ],
)
def test_a_family_name_title_that_the_page_completes_is_a_person(
    detector: Detector, title: str, description: str, target: str
) -> None:
    finding = detector.detect(model(title, description=description))
    assert finding.likeness and finding.target_name == target


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Quorebrook LoRA", "A castle in the hills of Quorebrook. Weight 0.8."),  # a place
        ("Mrs. Oskamire", "A retro poster design, weight 0.8."),  # no trade, face or photos
        ("Quorebrook LoRA", "Ariel Quorebrook, the anime heroine. Weight 0.8."),  # drawn
    ],
)
def test_a_family_name_title_the_page_does_not_complete_is_not(
    detector: Detector, title: str, description: str
) -> None:
    assert not _name_shape_likeness(detector.detect(model(title, description=description)))


@pytest.mark.parametrize(
    ("title", "named"),
    [
        ("ليلى القصيرين", True),  # a first name of the table in another spelling
        ("صورة الشمس", False),  # "picture of the sun"
    ],
)
def test_an_arabic_name_is_read_in_either_spelling(title: str, named: bool) -> None:
    assert bool(find_names(title)) is named


@pytest.mark.parametrize(
    ("title", "words"),
    [
        ("Countess Greer Oskivane - realistic", [("greer", "oskivane")]),  # a title of rank
        ("Sir Anton Quellmore", [("anton", "quellmore")]),
        ("thaddeus27 streamer LoRA", []),  # one first name, not "thad|deus"
        ("Quellmore Anna", [("quellmore", "anna")]),  # a family name first is still read
    ],
)
def test_titles_and_whole_first_names_are_no_family_names(
    title: str, words: list[tuple[str, ...]]
) -> None:
    assert [m.words for m in find_names(title)] == words


def test_an_honorific_before_a_whole_name_keeps_the_whole_name(detector: Detector) -> None:
    finding = detector.detect(
        model(
            "Dr Brynja Oskivane",
            description="Dr Brynja Oskivane, the climate scientist. Interview stills.",
            tags=("realistic",),
        )
    )
    assert finding.likeness and finding.target_name == "Brynja Oskivane"


@pytest.mark.parametrize(
    ("tag", "target"),
    [
        ("person:ysolde-marrickvane", "Ysolde Marrickvane"),
        ("celebrity:clara_pemberwick", "Clara Pemberwick"),
        ("person:neon-street", None),  # words of things
        ("style:clara-pemberwick", None),  # not a person's tag
    ],
)
def test_a_person_tag_names_the_target(detector: Detector, tag: str, target: str | None) -> None:
    record = ModelRecord(
        platform="huggingface",
        model_id="somelab/likeness-541",
        url="https://huggingface.co/somelab/likeness-541",
        name="likeness-541",
        model_type="LORA",
        tags=("lora", tag, "photo"),
        description="p3rs0n standing in a garden",
        trained_words=("p3rs0n",),
    )
    hits = [h for h in detector.detect(record).hits if h.signal.startswith("name_shape@")]
    assert [h.value for h in hits if h.aspect == "target"][:1] == ([target] if target else [])


def _hashed(hashes: str) -> ModelRecord:
    """A Civitai item whose example image's generation data lists the LoRAs it called."""
    image = {"url": "https://image.example/1.jpeg", "nsfwLevel": 1, "meta": {"prompt": "ohwx"}}
    image["meta"]["Lora hashes"] = hashes  # type: ignore[index]
    raw = {
        "id": 1,
        "name": "Portrait test 23",
        "type": "LORA",
        "description": "Face LoRA. Trigger: ohwx.",
        "tags": ["realistic"],
        "modelVersions": [
            {
                "id": 2,
                "name": "v1.0",
                "trainedWords": ["ohwx"],
                "files": [{"id": 3, "name": "Portrait_test_23.safetensors"}],
                "images": [image],
            }
        ],
    }
    return normalize_civitai_model(raw).model


def test_the_lora_an_example_image_called_is_read_as_a_file_name(detector: Detector) -> None:
    record = _hashed("claraMarrickvane_v2: 94baf639c467")
    assert "claraMarrickvane_v2" in record.file_names
    finding = detector.detect(record)
    assert finding.likeness and finding.target_name == "Clara Marrickvane"


def test_a_lora_hash_of_a_style_names_no_one(detector: Detector) -> None:
    record = _hashed("filmGrainStyle_v2: 94baf639c467, not a hash list")
    assert "filmGrainStyle_v2" in record.file_names
    assert not detector.detect(record).likeness


@pytest.mark.parametrize(
    ("stem", "words"),
    [
        ("petronella_sd15", []),  # a first name and a base model's token, no "Sdis"
        ("4nn4_m1ll3r_sd15", [("anna", "miller")]),  # leetspeak is still read
    ],
)
def test_a_base_models_digits_are_no_leetspeak(stem: str, words: list[tuple[str, ...]]) -> None:
    assert [m.words for m in find_names(stem)] == words
