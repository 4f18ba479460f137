"""Every likeness finding names its best target, written in full: a name read from one word
split in the wrong place, a surname written before its first name, a model-making word read as
a surname, a word for "wife" before a first name. Invented people only."""

from __future__ import annotations

from dfaudit.detect.base import Hit
from dfaudit.detect.engine import Detector
from dfaudit.detect.findings import best_target, clean_target, ranked_target
from dfaudit.detect.names import canonical_key, find_names, spelt_by_trigger

from .conftest import model


def hit(field: str, score: float, text: str, value: str) -> Hit:
    return Hit("t@1", "target", score, field, text, value=value, note=canonical_key(value))


def test_a_model_word_split_at_its_capitals_is_no_surname() -> None:
    assert [m.text for m in find_names("Cornelia LoRA (private)")] == []
    assert all("lo" not in m.words for m in find_names("Rosalind LoHa v2"))
    # a surname written after the first name still pairs, with or without a LoRA after it
    assert [m.text for m in find_names("Mira Vossberg LoRA")] == ["Mira Vossberg"]


def test_a_first_name_before_lora_is_the_target(detector: Detector) -> None:
    record = model(
        "Cornelia LoRA (private)",
        trained_words=("cornelia",),
        file_names=("cornelia.safetensors",),
        description="this is my wife (Cornelia), trained on 20 of her selfies",
    )
    finding = detector.detect(record)
    assert finding.likeness
    assert finding.target_name == "Cornelia"


def test_a_word_read_in_two_is_the_fuller_name_that_holds_it_whole() -> None:
    hits = [
        hit("name", 0.53, "Wrenmorvast", "Wren Morvast"),
        hit("name", 0.1, "Ysmay Wrenmorvast", "Ysmay Wrenmorvast"),
    ]
    assert best_target(hits)[1] == "Ysmay Wrenmorvast"
    # a camel-cased pair the title holds is read right already: not folded into the title
    camel = [
        hit("trained_words", 0.48, "ysmaywrenmorvast", "Ysmay Wrenmorvast"),
        hit("name", 0.1, "YsmayWrenmorvast JA News", "YsmayWrenmorvast JA News"),
    ]
    assert best_target(camel)[1] == "Ysmay Wrenmorvast"
    # a one-word target is taken only when the word is a first name as a whole
    alone = [*hits[:1], hit("name", 0.1, "Wrenmorvast", "Wrenmorvast")]
    assert best_target(alone)[1] == "Wren Morvast"
    # nor beside a code ("AV"), nor for a romanised name run together ("lanxiang")
    coded = [*hits[:1], hit("name", 0.1, "AV Wrenmorvast", "AV Wrenmorvast")]
    assert best_target(coded)[1] == "Wren Morvast"
    pinyin = [
        hit("name", 0.53, "Lanxiang", "Lan Xiang"),
        hit("name", 0.1, "Grav Lanxiang", "Grav Lanxiang"),
    ]
    assert best_target(pinyin)[1] == "Lan Xiang"


def test_a_first_name_is_not_split_in_two() -> None:
    hits = [
        hit("trained_words", 0.42, "philippa", "Phil Ippa"),
        hit("file_names", 0.32, "philippa", "Phil Ippa"),
        hit("name", 0.1, "Philippa", "Philippa"),
    ]
    assert best_target(hits)[1] == "Philippa"


def test_a_slug_is_cut_after_the_trigger_s_given_name() -> None:
    hits = [
        hit("trained_words", 0.04, "philippa", "Philippa"),
        hit("name", 0.53, "philippaquendrafelt", "Philipp Aquendrafelt"),
        hit("file_names", 0.32, "philippaquendrafelt", "Philipp Aquendrafelt"),
    ]
    assert best_target(hits)[1] == "Philippa Quendrafelt"


def test_a_surname_first_slug_shows_the_trigger_s_given_name_first() -> None:
    hits = [
        hit("trained_words", 0.04, "isaura", "Isaura"),
        hit("name", 0.53, "quendrafelt_isaura", "Quendrafelt Isaura"),
    ]
    assert best_target(hits)[1] == "Isaura Quendrafelt"
    # without a trigger that gives the first name alone, the name stays as written; so does
    # a name whose first word is a first name ("Anna Mira" beside a trigger "mira")
    assert best_target(hits[1:])[1] == "Quendrafelt Isaura"
    first = [hit("trained_words", 0.04, "mira", "Mira"), hit("name", 0.53, "x", "Anna Mira")]
    assert best_target(first)[1] == "Anna Mira"
    # an East-Asian name keeps its family name first
    korean = [
        hit("trained_words", 0.04, "jiyeon", "Jiyeon"),
        hit("name", 0.53, "park_jiyeon", "Park Jiyeon"),
    ]
    assert best_target(korean)[1] == "Park Jiyeon"


def test_hf_slug_surname_first_names_the_person_given_name_first(detector: Detector) -> None:
    record = model(
        "quendrafelt_isaura_flux",
        platform="huggingface",
        model_id="someone/quendrafelt_isaura_flux",
        tags=("lora", "flux", "woman", "photorealistic"),
        trained_words=("isaura",),
        file_names=("quendrafelt_isaura.safetensors",),
        card={"instance_prompt": "isaura"},
    )
    finding = detector.detect(record)
    assert finding.likeness
    assert finding.target_name == "Isaura Quendrafelt"


def test_a_word_for_wife_before_a_first_name_is_no_part_of_it() -> None:
    assert clean_target("Frau Liesbeth", "frau liesbeth") == ("Liesbeth", "liesbeth")
    assert clean_target("Femme Odalys", "femme odalys") == ("Odalys", "odalys")
    # a first name that is such a word keeps its surname; an ordinary word stays a name
    assert clean_target("Donna Quendrafelt", "donna quendrafelt") == (
        "Donna Quendrafelt",
        "donna quendrafelt",
    )
    assert clean_target("Donna Summer", "donna summer") == ("Donna Summer", "donna summer")


def test_a_live_action_role_s_title_stays_with_its_name() -> None:
    hits = [
        hit("name", 0.75, "Hollis Quendrafelt", "Hollis Quendrafelt"),
        hit("name", 0.1, "Sergeant Hollis Quendrafelt", "Sergeant Hollis Quendrafelt"),
    ]
    # in a live-action role (the record's likeness hits say so): see test_targets9
    assert ranked_target(hits, role=True)[1] == "Sergeant Hollis Quendrafelt"
    # a trade before a real person's name is no part of it
    chef = [
        hit("name", 0.75, "Colm Quendrafelt", "Colm Quendrafelt"),
        hit("name", 0.1, "Chef Colm Quendrafelt", "Chef Colm Quendrafelt"),
    ]
    assert best_target(chef)[1] == "Colm Quendrafelt"


def _role(title: str, description: str) -> object:
    return model(
        title,
        tags=("character", "live action", "tv series"),
        trained_words=("sergeant_hollis_quendrafelt",),
        file_names=("sergeant_hollis_quendrafelt.safetensors",),
        description=description,
    )


def test_an_actor_cue_names_the_words_right_after_it(detector: Detector) -> None:
    # "actress face ... Clip skip 2": the cue names nobody, no word of the text after it is
    # the actor ("Skip"), nor the show's title in brackets
    finding = detector.detect(
        _role(
            "Sergeant Hollis Quendrafelt (Lantern Street)",
            "from the live-action series, the real actress face, not the comic. Clip skip 2. "
            "Please don't use this to make anything hurtful.",
        )
    )
    assert finding.likeness
    assert finding.target_name == "Sergeant Hollis Quendrafelt"
    # a name right after the cue is the actor's, even one no table knows
    named = detector.detect(
        _role(
            "Sergeant Hollis Quendrafelt",
            "Sergeant Hollis Quendrafelt from Harbor Nine (2024 film). Actress: Ravenna "
            "Wrenfovska. Disclaimer: this is a fictional character.",
        )
    )
    assert named.likeness
    assert named.target_name == "Ravenna Wrenfovska"


def test_the_title_s_words_the_trigger_spells_are_the_subject() -> None:
    cases = [
        ("Channel 6 Morning Anchor Quendrafelt", "quendrafelt", "Quendrafelt"),
        ("Goalkeeper Quendrafelt", "quendrafelt", "Quendrafelt"),
        ("Ysmay van den Quendrafelt", "ysmay_van_den_quendrafelt", "Ysmay van den Quendrafelt"),
        ("Ysmay O'Quendrafelt 💫", "ysmay_o_quendrafelt", "Ysmay O'Quendrafelt"),
        ("Autumn Chase ✨", "autumn_chase", "Autumn Chase"),
        ("Hwangbo Ra-on | C-drama", "hwangbo_ra_on", "Hwangbo Ra-on"),
        ("ysmay quendrafelt lora", "ysmayquendrafelt", "Ysmay Quendrafelt"),
    ]
    for title, trigger, subject in cases:
        assert spelt_by_trigger(title, trigger) == subject, title
    # no run of whole words spells it, or letters spelt one by one, or too short a trigger
    assert spelt_by_trigger("Quendrafelt, Ysmay", "ysmay_quendrafelt") is None
    assert spelt_by_trigger("Q.u.e.n.d.r.a Ysmay", "quendraysmay") is None
    assert spelt_by_trigger("Ysmay Quendrafelt", "ysm") is None
    assert spelt_by_trigger("qrVZ goes to SD 2.1", "qrvz") is None  # a made-up token
    # the first part of a longer capitalised name is no whole name
    assert spelt_by_trigger("Ysmay Quendrafelt", "ysmay") is None
    assert spelt_by_trigger("Ysmay from the Quendrafelt Show", "ysmay") == "Ysmay"
    # a lower-case word is capitalised, unless it stands between capitalised words
    assert spelt_by_trigger("DEN_ysmay_quendrafelt", "DEN_ysmay_quendrafelt") == (
        "DEN Ysmay Quendrafelt"
    )


def test_role_and_ordinary_words_of_a_title_around_the_trigger(detector: Detector) -> None:
    anchor = model(
        "Channel 6 Morning Anchor Quendrafelt",
        tags=("news", "sports"),
        trained_words=("quendrafelt",),
        file_names=("quendrafelt.safetensors",),
        description="Channel 6 morning anchor Quendrafelt. His face from the broadcast, 40 crops.",
    )
    finding = detector.detect(anchor)
    assert finding.likeness
    assert finding.target_name == "Quendrafelt"
    words = model(
        "Autumn Chase ✨",
        tags=("person", "woman", "photorealistic"),
        trained_words=("autumn_chase",),
        file_names=("autumn_chase.safetensors",),
        description="LoRA of the stand-up comedian Autumn Chase. She was asked for a lot.",
    )
    finding = detector.detect(words)
    assert finding.likeness
    assert finding.target_name == "Autumn Chase"


def test_a_version_named_after_its_person_names_the_target(detector: Detector) -> None:
    record = model(
        "Celebrity Collection (one per version)",
        tags=("celebrity", "collection"),
        version_names=("Ysmay Quendrafelt",),
        file_names=("ysmay_quendrafelt.safetensors",),
        description="Recommended weight: 0.66. Please don't use this to make anything hurtful.",
    )
    finding = detector.detect(record)
    assert finding.likeness
    assert finding.target_name == "Ysmay Quendrafelt"


def test_a_name_shape_that_is_part_of_the_trigger_spelt_title_takes_it_whole(
    detector: Detector,
) -> None:
    for title, trigger, person in (
        ("Đoàn Khánh Vỹ | Doan Khanh Vy", "doankhanhvy", "Đoàn Khánh Vỹ"),
        ("Saoirse Ní Bhraonmore | TikToker", "saoirsenibhraonmore", "Saoirse Ní Bhraonmore"),
    ):
        record = model(title, trained_words=(trigger,), tags=("woman", "photorealistic"))
        finding = detector.detect(record)
        assert finding.likeness, title
        assert finding.target_name == person, title
    # the Vietnamese letter đ is a d in a target's key: both spellings are one target
    assert canonical_key("Đoàn Khánh Vỹ") == canonical_key("Doan Khanh Vy")
