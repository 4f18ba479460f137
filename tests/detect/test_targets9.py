"""Every likeness finding names its best target, written in full: a post or title before the
name taken off, a name read without its last part joined to the fuller name the same field
writes. Invented people only."""

from __future__ import annotations

from dfaudit.detect.base import Hit
from dfaudit.detect.engine import Detector
from dfaudit.detect.findings import best_target, ranked_target, without_role
from dfaudit.detect.names import canonical_key, find_names, find_prose_names

from .conftest import model


def hit(field: str, score: float, text: str, value: str) -> Hit:
    return Hit("t@1", "target", score, field, text, value=value, note=canonical_key(value))


def test_a_post_before_a_name_is_no_part_of_it() -> None:
    assert without_role("Judge Orsolya Brenncastle") == "Orsolya Brenncastle"
    assert without_role("Goalkeeper Brenncastle") == "Brenncastle"
    assert without_role("Channel Anchor Brenncastle") == "Brenncastle"
    assert without_role("Senator Orsolya") == "Orsolya"
    # a title that also opens stage names goes only before a whole name
    assert without_role("Lady Vexamoor") == "Lady Vexamoor"
    assert without_role("Dr. Orsolya Brenncastle") == "Orsolya Brenncastle"
    # a name with no post, or one that is all posts, is kept as it is
    assert without_role("Orsolya Brenncastle") == "Orsolya Brenncastle"
    assert without_role("Morning Anchor") == "Morning Anchor"


def test_a_titled_first_name_is_the_full_name_another_field_gives() -> None:
    hits = [
        hit("name", 0.75, "Senator Orsolya", "Senator Orsolya"),
        hit("file_names", 0.3, "senator_orsolya", "Senator Orsolya"),
        hit("description", 0.3, "Orsolya Brenncastle", "Orsolya Brenncastle"),
    ]
    key, value = best_target(hits)
    assert value == "Orsolya Brenncastle"
    assert key == canonical_key("Orsolya Brenncastle")


def test_a_title_read_with_the_first_name_keeps_the_surname() -> None:
    hits = [
        hit("name", 0.75, "Judge Tamsin", "Judge Tamsin"),
        hit("name", 0.1, "Judge Tamsin Vorrelby", "Judge Tamsin Vorrelby"),
    ]
    assert best_target(hits)[1] == "Tamsin Vorrelby"
    # a live-action role's name is written with its title, as the show writes it
    key, value, _ = ranked_target(hits, role=True)
    assert value == "Judge Tamsin Vorrelby"
    assert key == canonical_key("Judge Tamsin Vorrelby")


def test_a_name_cut_before_its_last_word_is_the_fuller_name() -> None:
    hits = [
        hit("name", 0.75, "Phạm Thùy", "Pham Thuy"),
        hit("file_names", 0.3, "pham_thuy", "Pham Thuy"),
        hit("name", 0.1, "Phạm Thùy Trâm", "Phạm Thùy Trâm"),
    ]
    assert best_target(hits)[1] == "Phạm Thùy Trâm"
    # a Korean three-syllable name read as its first two syllables
    script = [
        hit("description", 0.8, "차소", "차소"),
        hit("name", 0.75, "차소린", "차소린"),
        hit("description", 0.3, "차소린", "차소린"),
    ]
    assert best_target(script)[1] == "차소린"


def test_a_word_after_a_name_that_is_no_name_word_is_not_joined() -> None:
    hits = [
        hit("name", 0.75, "Orsolya Brenncastle", "Orsolya Brenncastle"),
        hit("name", 0.1, "Orsolya Brenncastle Beach", "Orsolya Brenncastle Beach"),
    ]
    assert best_target(hits)[1] == "Orsolya Brenncastle"
    # nor a name another field gives in full (the fuller name must be written by the same one)
    other = [
        hit("name", 0.75, "Phạm Thùy", "Pham Thuy"),
        hit("description", 0.1, "Phạm Thùy Trâm", "Phạm Thùy Trâm"),
    ]
    assert best_target(other)[1] == "Phạm Thùy"


def test_an_honorific_title_names_the_person(detector: Detector) -> None:
    record = model(
        "Judge Leopold Harrowvane",
        tags=("male", "realistic"),
        file_names=("judge_leopold_harrowvane.safetensors",),
        description="The TV judge Leopold Harrowvane, portraits only.",
    )
    finding = detector.detect(record)
    assert finding.likeness
    assert finding.target_name == "Leopold Harrowvane"
    assert finding.target_key == canonical_key("Leopold Harrowvane")


def test_a_lower_case_hashtag_run_together_names_the_person(detector: Detector) -> None:
    record = model(
        "Gym look v2",
        tags=("woman", "realistic"),
        description="from her insta #maribelquorvane #fitness #gymlife weight 0.7",
    )
    finding = detector.detect(record)
    assert finding.likeness
    assert finding.target_name == "Maribel Quorvane"
    # an ordinary hashtag names nobody
    plain = model("Gym look v2", tags=("woman", "realistic"), description="#fitness #gymlife")
    assert detector.detect(plain).target_name != "Gym Life"


def test_a_sentence_s_first_word_before_a_full_name_is_no_surname() -> None:
    assert [m.text for m in find_prose_names("Not Ursina Pellwether herself, wink.")] == [
        "Ursina Pellwether"
    ]
    assert [m.text for m in find_prose_names("Also Ursina Pellwether in v2")] == [
        "Ursina Pellwether"
    ]
    # in a title a capitalised word before a first name still reads as written
    assert [m.text for m in find_names("Commander Ursina Pellwether")] != ["Ursina Pellwether"]


def test_a_lookalike_not_the_person_herself_names_her(detector: Detector) -> None:
    record = model(
        "Pellwether lookalike",
        tags=("woman", "lookalike"),
        description="Not Ursina Pellwether herself, wink. A woman who looks just like her.",
    )
    finding = detector.detect(record)
    assert finding.likeness
    assert finding.target_name == "Ursina Pellwether"
