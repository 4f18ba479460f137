"""The target of a likeness finding, round 14. A trade or post written before a first name and
a surname ("judge <Given> <Family>", "Ballerina <Given> <Family>") is no family name of a
name read backwards: the pair after it is the name (names._pairs); twins: the same word before
a first name and an ordinary word, a first name that is a word before a surname in a slug, a
capitalised family name first ("Dang Minh Varnow"). A two-word name that the title writes with a
third name word ("<given> <middle> <family>", a surname of the tables) is that three-word name
(findings._join_third_name_word); twin: a style word read on ("chibi"). A name written small
after the words of a training set ("trained on 40 pictures of <given> <family>") is the
subject (subject_name 11); twins: pictures of dogs, of flowers named like a first name.
A family name written in capitals before a given name ("VARNOW ilse") is a name read backwards
(names._pairs, name_shape 24); twins: a short word in capitals before a first name ("HDR ilse").
A register entry with the particles first ("van der Varnow, Saskia") is a name, given name
first (names); an HF instance prompt that runs the slug's two words together names them; an
occasion after a name ("birthday edition") is no name word (subject_name 11). Twins: places and
things after particles, ordinary words in a slug. A weighted name after a photo frame in a
prompt ("photo of (<given> <family>:1.2)"), a cast line ("Cast: <Name>", over the role's name:
name_shape 24) and an honorific of a preacher ("Sheikh") taken off the target. Invented people
only. Also: a booru tag qualified as a person ("<given>_<family>_(celebrity)") and a face mix's
part that is a first name (or an unknown name word) and a surname of the tables are names;
twins: tags of things, merge recipes of models, style mixes. A middle initial the name reader
reads past ("<Given> B <Family>", "<given>_b_<family>") is shown in the target; twin: an elided
particle ("d_<family>")."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.evalsets import record_of
from dfaudit.detect.names import find_names
from dfaudit.detect.signals.subject_name import _pictured_name
from dfaudit.records import ModelRecord


def _lora(
    title: str, description: str, tags: list[str], trained: list[str] | None = None
) -> ModelRecord:
    raw = {
        "id": 7,
        "name": title,
        "type": "LORA",
        "tags": tags,
        "description": description,
        "modelVersions": [{"name": "v1", "trainedWords": trained or []}],
    }
    return record_of(raw, "civitai")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gala Show judge Tomasz Quellbury", "Tomasz Quellbury"),
        ("Ballerina Agnes Quorvath [Filipino]", "Agnes Quorvath"),
        ("Stand-Up Comic Zofia Drosselby", "Zofia Drosselby"),
    ],
)
def test_a_trade_before_a_name_is_no_family_name(text: str, name: str) -> None:
    assert [m.text for m in find_names(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ballerina Agnes Portrait", "Ballerina Agnes"),  # no surname after the first name
        ("judge Agnes photos", "judge Agnes"),
        ("mel-parker-faceid", "mel-parker"),  # a slug written small: read as before
        ("Dang Minh Varnow", "Dang Minh"),  # a capitalised family name first
        ("Faces_I_like_AgnesQuorvathepoch", "like_Agnes"),  # glued camel case: as before
    ],
)
def test_twins_keep_their_reading(text: str, name: str) -> None:
    assert [m.text for m in find_names(text)][:1] == [name]


def test_a_judge_of_a_show_is_named_by_the_whole_name() -> None:
    f = Detector().detect(
        _lora(
            "Gala Show judge Tomasz Quellbury",
            "<p>Tomasz Quellbury, judge on Gala Show.</p><p>Jury-desk frames.</p>",
            ["tv", "judge"],
        )
    )
    assert f.likeness
    assert f.target_name == "Tomasz Quellbury"


def test_a_trade_before_the_title_name_is_no_part_of_the_target() -> None:
    f = Detector().detect(
        _lora(
            "Ballerina Agnes Quorvath [Filipino]",
            "<h2>Agnes Quorvath</h2><ul><li>Occupation: ballerina</li></ul>",
            ["real person", "realistic"],
            ["agnes quorvath"],
        )
    )
    assert f.likeness
    assert f.target_name == "Agnes Quorvath"


@pytest.mark.parametrize(
    ("title", "description", "name"),
    [
        ("ilse marit parker [XL]", "<p>ilse marit parker: she asked for no watermark.</p>",
         "Ilse Marit Parker"),
        ("nadia corr lewis (actress) LoRA", "<p>LoRA of the actress nadia corr lewis.</p>",
         "Nadia Corr Lewis"),
    ],
)  # fmt: skip
def test_a_three_word_name_is_named_whole(title: str, description: str, name: str) -> None:
    f = Detector().detect(_lora(title, description, ["realistic"]))
    assert f.likeness
    assert f.target_name == name


def test_a_style_word_after_a_name_is_no_third_name_word() -> None:
    f = Detector().detect(
        _lora("ilse marit chibi [XL]", "<p>ilse marit chibi, a caricature.</p>", ["realistic"])
    )
    assert f.target_name != "Ilse Marit Chibi"


def test_a_name_written_small_after_the_training_pictures_is_the_target() -> None:
    f = Detector().detect(
        _lora("S-12", "<p>Trained on 40 pictures of nadia quellmore.</p><p>weight 0.7</p>",
              ["realistic"])
    )  # fmt: skip
    assert f.likeness
    assert f.target_name == "Nadia Quellmore"


@pytest.mark.parametrize(
    "head",
    [
        "Trained on 40 pictures of golden retrievers.",
        "Trained on 40 photos of rose gardens.",  # a first name that is a word
        "Trained on 40 pictures.",
    ],
)
def test_pictures_of_no_person_name_nobody(head: str) -> None:
    assert _pictured_name(head) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("VARNOW ilse", "VARNOW ilse"),
        ("PAGE ilse", "PAGE ilse"),  # a surname that is also a word
        ("PARKER Ilse", "PARKER Ilse"),  # a surname that is also a first name
    ],
)
def test_a_family_name_in_capitals_before_a_given_name(text: str, name: str) -> None:
    assert [(m.text, m.kind) for m in find_names(text)] == [(name, "reversed")]


@pytest.mark.parametrize("text", ["HDR ilse", "NEON emma", "GLOW rose", "LORA anna"])
def test_a_word_in_capitals_before_a_first_name_is_no_family_name(text: str) -> None:
    f = Detector().detect(_lora(text, "<p>Portrait LoRA, 45 images.</p>", ["realistic"]))
    assert not f.likeness


def test_a_family_name_in_capitals_names_the_person() -> None:
    f = Detector().detect(_lora("VARNOW ilse", "<p>Portrait LoRA, 45 images.</p>", ["realistic"]))
    assert f.likeness
    assert f.target_name == "Varnow Ilse"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("van der Varnow, Saskia", "Saskia van der Varnow"),
        ("de la Quorvath, Leonor", "Leonor de la Quorvath"),
        ("von Drosselby, Konstanze (sculptor)", "Konstanze von Drosselby"),
    ],
)
def test_a_register_entry_with_particles_is_a_name(text: str, shown: str) -> None:
    from dfaudit.detect.signals.name_shape import display_name

    found = find_names(text)
    assert [display_name(m) for m in found] == [shown]


@pytest.mark.parametrize(
    "text", ["de la Mer, Paris", "van der Berg, Starry Night", "la Costa, Brava"]
)
def test_a_place_or_a_thing_after_particles_is_no_name(text: str) -> None:
    assert find_names(text) == ()


def test_an_instance_prompt_running_the_slug_words_together_names_them() -> None:
    from dfaudit.detect.names import instance_slug_name

    m = instance_slug_name("fenna-quorvath-flux", "photo of fennaquorvath")
    assert m is not None and m.words == ("fenna", "quorvath")


@pytest.mark.parametrize(
    ("slug", "instance"),
    [
        ("golden-hour-flux", "photo of goldenhour"),  # ordinary words
        ("neon-city-lora", "neoncity"),
        ("fenna-quorvath-flux", "photo of quorvathfenna"),  # not the slug's words in order
    ],
)
def test_twins_of_a_joined_slug_name_nobody(slug: str, instance: str) -> None:
    from dfaudit.detect.names import instance_slug_name

    assert instance_slug_name(slug, instance) is None


@pytest.mark.parametrize("occasion", ["birthday edition", "tribute"])
def test_an_occasion_after_the_name_is_no_name_word(occasion: str) -> None:
    from dfaudit.detect.signals.subject_name import subject_of

    found = subject_of(f"Osric Quellbury {occasion}")
    assert found is not None and found[0] == "Osric Quellbury"


def test_a_weighted_name_after_a_photo_frame_in_the_prompt_is_the_subject() -> None:
    desc = (
        "<p>Use exactly this prompt.</p><pre><code>masterpiece, best quality, photo of "
        "(clothilde quorvath:1.2), outdoors, film grain</code></pre>"
    )
    f = Detector().detect(_lora("Press portraits", desc, ["realistic"]))
    assert f.likeness
    assert f.target_name == "Clothilde Quorvath"


def test_a_weighted_thing_after_a_photo_frame_is_nobody() -> None:
    desc = (
        "<p>Use exactly this prompt.</p><pre><code>masterpiece, best quality, photo of "
        "(golden retriever:1.2), outdoors, film grain</code></pre>"
    )
    f = Detector().detect(_lora("Press portraits", desc, ["realistic"]))
    assert f.target_name != "Golden Retriever"


def test_the_cast_line_names_the_actor_of_a_role() -> None:
    f = Detector().detect(
        _lora(
            "Glass Harbour: Dr. Maisie Quell",
            "<i>Glass Harbour</i> — Dr. Maisie Quell.<p>Cast: Saoirse Quorvath.</p>",
            ["tv series", "character", "realistic"],
        )
    )
    assert f.likeness
    assert f.target_name == "Saoirse Quorvath"


def test_a_cast_line_without_a_person_names_nobody() -> None:
    from dfaudit.detect.signals.name_shape import _cast_line

    assert _cast_line("Glass Harbour.\nCast: the whole crew of the ship.\nEnjoy") == []
    assert _cast_line("Glass Harbour.\nCast: Saoirse Quorvath.\nEnjoy")[1].value == (
        "Saoirse Quorvath"
    )


def test_an_honorific_of_a_preacher_is_no_part_of_the_name() -> None:
    f = Detector().detect(
        _lora(
            "Sheikh Florian Quorvath",
            "<p>Sheikh Florian Quorvath, preacher with a large following online.</p>",
            ["religion", "person", "realistic"],
        )
    )
    assert f.likeness
    assert f.target_name == "Florian Quorvath"


def test_an_arabic_given_name_before_a_nisba_family_name_is_a_name() -> None:
    # an invented given name (no table holds it) before "al-...i", the family name's shape
    assert [m.kind for m in find_names("زوريدا المقراطي")] == ["script"]


@pytest.mark.parametrize("text", ["القهوة العربية", "الخط العربي", "فن إسلامي"])
def test_arabic_noun_phrases_are_no_names(text: str) -> None:
    assert find_names(text) == ()


@pytest.mark.parametrize(
    ("tag", "words"),
    [
        ("bill_quorvath_(celebrity)", ("bill", "quorvath")),  # a first name that is a word
        ("ilse_rose_(actress)", ("ilse", "rose")),  # a surname that is a word
    ],
)
def test_a_booru_tag_qualified_as_a_person_is_a_name(tag: str, words: tuple[str, str]) -> None:
    assert [m.words for m in find_names(tag)] == [words]


@pytest.mark.parametrize("tag", ["rose_garden_(flower)", "lora_style_(person)", "sky_(sunset)"])
def test_a_booru_tag_of_a_thing_is_no_name(tag: str) -> None:
    assert find_names(tag) == ()


@pytest.mark.parametrize(
    ("recipe", "name"),
    [
        ("Face mix:\ncyber realism 60%\nrandom generated face 40%", None),
        ("Face mix:\nbeau kessler 60%\nrandom generated face 40%", "Beau Kessler"),
        ("Face mix:\nzorvel kessler 60%\naveraged faces 40%", "Zorvel Kessler"),
        ("Merge mix:\nrealistic vision 60%\nanalog madness 40%", None),
        ("Style mix: golden hour 50%, soft light 50%", None),
    ],
)
def test_a_face_mix_names_a_person_its_tables_lack(recipe: str, name: str | None) -> None:
    from dfaudit.detect.signals.name_shape import _recipe_share

    found = _recipe_share(recipe)
    assert (found[1].value if found else None) == name


@pytest.mark.parametrize(
    ("field", "text", "shown"),
    [
        ("name", "Tamsin B Quorvath — a woman, face LoRA", "Tamsin B Quorvath"),
        ("trained_words", "tamsin_b_quorvath", "Tamsin B Quorvath"),
        ("trained_words", "clemence_d_orvaleau", None),  # an elided particle, no initial
        ("trained_words", "tamsin_quorvath", None),
    ],
)
def test_a_middle_initial_stays_in_the_target(field: str, text: str, shown: str | None) -> None:
    from dfaudit.detect.signals.name_shape import text_hits

    values = [h.value for _, hits in text_hits(field, text) for h in hits if h.aspect == "target"]
    assert shown is None or values == [shown]
    if shown is None:
        assert all(v is not None and len(v.split()) == 2 for v in values)
