"""Every likeness finding names its best target, written in full: a post or title before the
name taken off, a name read without its last part joined to the fuller name the same field
writes. Invented people only."""

from __future__ import annotations

from dfaudit.detect.base import Hit
from dfaudit.detect.engine import Detector
from dfaudit.detect.findings import (
    best_target,
    clean_target,
    ranked_target,
    script_name_only,
    without_role,
)
from dfaudit.detect.names import canonical_key, find_names, find_prose_names
from dfaudit.detect.signals.subject_name import (
    bio_name,
    comma_name,
    description_head,
    subject_of,
)

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
    # in a title a capitalised surname before a first name still reads as written; a rank or
    # trade that is no surname does not (tgt14: the pair after it is the name)
    assert [m.text for m in find_names("Tanner Ursina Pellwether")] != ["Ursina Pellwether"]
    assert [m.text for m in find_names("Commander Ursina Pellwether")] == ["Ursina Pellwether"]


def test_a_lookalike_not_the_person_herself_names_her(detector: Detector) -> None:
    record = model(
        "Pellwether lookalike",
        tags=("woman", "lookalike"),
        description="Not Ursina Pellwether herself, wink. A woman who looks just like her.",
    )
    finding = detector.detect(record)
    assert finding.likeness
    assert finding.target_name == "Ursina Pellwether"


def test_a_pasted_bio_names_the_person_a_trigger_abbreviates(detector: Detector) -> None:
    record = model(
        "orlqen",
        model_type="TextualInversion",
        tags=("girl", "realistic", "person"),
        trained_words=("orlqen",),
        file_names=("orlqen.pt",),
        description="Orlaith Quennvale (born 3 May 1994) is an Irish actress. She is best known "
        "for Glass Harbour. trigger word is orlqen",
    )
    finding = detector.detect(record)
    assert finding.likeness
    assert finding.target_name == "Orlaith Quennvale"
    assert bio_name("Rate it! About Orlaith Quennvale (born 1994) is ...") == "Orlaith Quennvale"
    assert bio_name("Orlaith van Quennvale (née Brisk) is ...") == "Orlaith van Quennvale"
    assert bio_name("The Model (born 2000)") is None
    assert bio_name("photos of her (born 1990)") is None


def test_an_ordinary_word_read_as_two_names_is_no_target() -> None:
    hits = [
        hit("name", 0.525, "nickname", "Nick Name"),
        hit("description", 0.3, "Dorabel Quisk", "Dorabel Quisk"),
    ]
    assert best_target(hits)[1] == "Dorabel Quisk"
    # a word that is a first name as a whole still reads as one
    assert best_target([hit("name", 0.5, "rosemary", "Rose Mary")])[1] == "Rose Mary"


def test_aka_after_a_fan_nickname_names_the_real_person(detector: Detector) -> None:
    record = model(
        "Honey Lin (fan nickname)",
        tags=("kpop", "woman"),
        # the file name reads as a romanised name ("Lin Fan"): the real name outranks it
        file_names=("honey_lin_fan_nickname.safetensors",),
        description="Works with ADetailer. aka Jeon Ha-rim (전하림), girl group member",
    )
    finding = detector.detect(record)
    assert finding.likeness
    assert finding.target_name is not None
    assert finding.target_name.replace("-", "").lower() == "jeon harim"


def test_the_description_s_opening_never_cuts_a_name() -> None:
    text = "x" * 190 + " Not Orla Quennvale herself, wink."
    head = description_head(text)
    assert head.endswith("Quennvale")
    assert len(description_head("y" * 500)) <= 240
    assert description_head("short text") == "short text"


def test_a_lookalike_named_late_in_the_opening_is_named_in_full(detector: Detector) -> None:
    record = model(
        "Quennvale lookalike",
        tags=("woman", "lookalike"),
        description="Trained on 99 photos, 12 epochs. "
        + "soft light, 8k uhd, dslr, " * 6
        + "Not Orla Quennvale herself, wink. A woman who looks just like the actress.",
    )
    finding = detector.detect(record)
    assert finding.likeness
    assert finding.target_name == "Orla Quennvale"


def test_a_self_titled_repo_names_the_instance_prompt_s_person(detector: Detector) -> None:
    record = model(
        "me-lora",
        platform="huggingface",
        model_id="wrenna77/me-lora",
        url="https://huggingface.co/wrenna77/me-lora",
        tags=("lora", "template:sd-lora"),
        trained_words=("photo of wrenna woman",),
        file_names=("me.safetensors",),
        card={"instance_prompt": "photo of wrenna woman"},
    )
    finding = detector.detect(record)
    assert finding.likeness
    assert finding.target_name == "Wrenna"
    assert subject_of("Me v2") is None


def test_a_partner_word_and_a_dataset_word_are_no_part_of_a_name() -> None:
    assert clean_target("Freundin Noor", "freundin nor") == ("Noor", canonical_key("Noor"))
    assert clean_target("Novia Lucia", "x")[0] == "Lucia"  # type: ignore[index]
    assert clean_target("Kasia Dataset", "x")[0] == "Kasia"  # type: ignore[index]
    # a partner word before a surname, not a first name, is kept
    assert clean_target("Freundin Quennvale", "k") == ("Freundin Quennvale", "k")


def test_a_pronoun_in_script_is_no_target() -> None:
    assert clean_target("그녀", "geunyeo") is None
    assert clean_target("彼女", "x") is None
    assert clean_target("차소린", "k") == ("차소린", "k")
    hits = [
        hit("description", 0.8, "그녀", "그녀"),
        hit("name", 0.75, "Carys Wendlebury", "Carys Wendlebury"),
    ]
    assert best_target(hits)[1] == "Carys Wendlebury"


def test_a_family_comma_given_title_names_the_person_given_name_first() -> None:
    assert comma_name("Quennvale, Orla", ()) == "Orla Quennvale"
    # the particles a trigger writes go back in ("van der"), the title's accents stay
    assert comma_name("Brouwmeer, Lieke", ("lieke_van_der_brouwmeer",)) == "Lieke van der Brouwmeer"
    assert comma_name("Courvel, Inès", ("in_s_de_la_courvel",)) == "Inès de la Courvel"
    # a title of ordinary words with a comma names nobody
    assert comma_name("Face, realistic", ()) is None
    assert comma_name("Quennvale, Orla, Mara", ()) is None


def test_a_comma_title_with_a_particle_trigger_is_the_target(detector: Detector) -> None:
    record = model(
        "Brouwmeer, Lieke",
        tags=("woman", "girl"),
        trained_words=("lieke_van_der_brouwmeer",),
        file_names=("lieke_van_der_brouwmeer.safetensors",),
        description="A fashion model from Leiden. Trained on 33 photos of her face.",
    )
    finding = detector.detect(record)
    assert finding.likeness
    assert finding.target_name == "Lieke van der Brouwmeer"


def test_a_sister_duo_names_the_first_sister_in_full() -> None:
    hits = [
        hit("trained_words", 0.04, "maelle", "Maelle"),
        hit("trained_words", 0.04, "ottoline", "Ottoline"),
        hit("name", 0.1, "Quarrendell Sisters", "Quarrendell Sisters"),
    ]
    assert best_target(hits)[1] == "Maelle Quarrendell"
    # the first name chosen beside the family's name takes it
    first = [hit("trained_words", 0.42, "maelle", "Maelle"), *hits[1:]]
    assert best_target(first)[1] == "Maelle Quarrendell"
    # no family word, no change
    duo = [hits[0], hit("name", 0.1, "Quarrendell Duo", "Quarrendell Duo")]
    assert best_target(duo)[1] != "Maelle Quarrendell"


def test_a_target_with_no_letter_names_nobody() -> None:
    assert clean_target("–", "–") is None
    assert best_target([hit("name", 0.05, "–", "–")]) == (None, None)


def test_a_described_name_a_word_short_of_the_title_s_is_the_title_s(
    detector: Detector,
) -> None:
    record = model(
        "Quach Thuy Tram | SDXL",
        tags=("woman", "celebrity"),
        file_names=("quach_thuy_tram_sdxl.safetensors",),
        description="Quach Thuy Tram, ca si. 40 photos, 10 epochs.",
    )
    finding = detector.detect(record)
    assert finding.likeness
    assert finding.target_name == "Quach Thuy Tram"


def test_a_dotted_handle_is_named_whole() -> None:
    assert subject_of("kiwi.and.kimchi face") == (
        "kiwi.and.kimchi",
        canonical_key("kiwi.and.kimchi"),
    )
    assert subject_of("portrait.safetensors") != ("portrait.safetensors", "")
    assert subject_of("Quennvale v1.5")[0] == "Quennvale"  # type: ignore[index]
    # a name read from a part of the handle is the handle
    hits = [
        hit("name", 0.525, "tofu.mae", "Tofu Mae"),
        hit("file_names", 0.315, "tofu_mae", "Tofu Mae"),
        hit("name", 0.1, "tofu.mae.official", "tofu.mae.official"),
    ]
    assert best_target(hits)[1] == "tofu.mae.official"


def test_a_denial_before_the_name_is_no_part_of_it() -> None:
    hits = [
        hit("name", 0.75, "Not Maelis", "Not Maelis"),
        hit("description", 0.3, "Maelis Quorrindge", "Maelis Quorrindge"),
    ]
    assert best_target(hits)[1] == "Maelis Quorrindge"


def test_a_live_action_role_loses_a_post_that_is_no_title() -> None:
    hits = [hit("name", 0.1, "Anchorman Quorrindge", "Anchorman Quorrindge")]
    assert ranked_target(hits, role=True)[1] == "Quorrindge"
    titled = [hit("name", 0.1, "Detective Mara Quorrindge", "Detective Mara Quorrindge")]
    assert ranked_target(titled, role=True)[1] == "Detective Mara Quorrindge"


def test_a_script_name_loses_what_a_title_writes_after_it() -> None:
    assert script_name_only("久遠彩花の顔") == "久遠彩花"
    assert script_name_only("久遠あやめさんLoRA") == "久遠あやめ"
    # a name's own kana "の", a handle's Latin part and a Latin name stay
    assert script_name_only("白鳥ほのか") == "白鳥ほのか"
    assert script_name_only("桃桃酱Momo") == "桃桃酱Momo"
    assert script_name_only("Orla Quennvale") == "Orla Quennvale"


def test_a_name_in_capitals_read_in_two_is_the_whole_title_name() -> None:
    hits = [
        hit("name", 0.525, "LEONTHRA", "Leon Thra"),
        hit("trained_words", 0.42, "leonthra", "Leon Thra"),
        hit("name", 0.1, "LEONTHRA HALLIQUEZ", "LEONTHRA HALLIQUEZ"),
    ]
    assert best_target(hits)[1] == "LEONTHRA HALLIQUEZ"
