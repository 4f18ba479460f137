"""Issue 8, sixth round: recall, gender and targets on shapes no set showed before (invented
people, works and uploaders only)."""

from __future__ import annotations

from dfaudit.detect.base import Hit
from dfaudit.detect.combiner import with_conflict
from dfaudit.detect.engine import Detector
from dfaudit.detect.evaluate import name_key
from dfaudit.detect.findings import best_target

from .conftest import likeness_features, model

YOUTH_TAGS = ("girl", "cute", "asian", "woman")


def test_a_hyphenated_korean_name_and_its_trade_outweigh_youth_words(detector: Detector) -> None:
    cases = [
        ("Maeng Ro-ah - school uniform photoshoot (cosplay)", "27 years old"),
        ("Yeom A-rin - young-looking, kawaii", "born 1998"),
        ("Gong Dae-seul - cute idol style", "29세"),
    ]
    for title, age in cases:
        name = title.split(" - ")[0]
        record = model(
            title,
            tags=YOUTH_TAGS,
            description=f"Keep the weight low.\n{name}, Korean actress, {age}. SFW portraits.",
        )
        finding = detector.detect(record)
        assert "subject:labelled_name" in likeness_features(detector, record), title
        assert finding.likeness, title
        assert name_key(finding.target_name) == name_key(name), title
        assert finding.target_gender == "female", title
        assert not finding.minor_risk, title  # youth words are never a stated minor age


def test_a_name_with_a_stated_minor_age_keeps_likeness_and_minor_risk(detector: Detector) -> None:
    record = model(
        "Odalys Fenwright portrait",
        tags=("portrait",),
        description="Odalys Fenwright (14 years old). Portrait from a televised award show.",
    )
    finding = detector.detect(record)
    assert finding.likeness
    assert finding.minor_risk
    assert finding.target_name == "Odalys Fenwright"


def test_a_one_word_stage_name_with_its_trade_names_the_subject(detector: Detector) -> None:
    record = model(
        "Marzipane v4",
        tags=("music",),
        trained_words=("marzipane",),
        description="Trained on concert and press photos of Marzipane, the drag performer.",
    )
    finding = detector.detect(record)
    assert "subject:labelled_name" in likeness_features(detector, record)
    assert finding.likeness
    assert finding.target_name == "Marzipane"
    # the word must stand in the title or a trigger: a place or a work photographed is not one
    elsewhere = model(
        "Night Market Lights",
        tags=("photography",),
        description="Inspired by photos of Lisbon, the singer and the street.",
    )
    assert "subject:labelled_name" not in likeness_features(detector, elsewhere)


def test_new_trades_say_who_the_subject_is(detector: Detector) -> None:
    for trade in ("volleyball player", "runway model", "drag performer"):
        record = model(
            "Subject 0815",
            tags=("photography",),
            description=f"She is a famous Estonian {trade}. Trained on 40 photos.",
        )
        assert "subject:who_description" in likeness_features(detector, record), trade


def test_a_relation_after_a_one_word_title_is_a_private_person(detector: Detector) -> None:
    for title in ("Ilse - college classmate", "ingrid_gf_v2", "Tove coworker"):
        record = model(title, description="gf lora v2, better eyes.")
        finding = detector.detect(record)
        assert "subject:private_name" in likeness_features(detector, record), title
        assert finding.likeness, title
    described = model("Ilse v1", description="My college classmate Ilse asked me to train this.")
    assert "subject:private_description" in likeness_features(detector, described)
    # a kind of partner is no person: "AI gf", "virtual girlfriend", "anime gf"
    for title in ("ai_gf_v2", "Virtual girlfriend", "anime gf", "MUSE_girlfriend_v2"):
        record = model(title, tags=("concept",))
        assert "subject:private_name" not in likeness_features(detector, record), title
        assert not detector.detect(record).likeness, title


def test_a_dreambooth_instance_prompt_is_a_rare_token_class(detector: Detector) -> None:
    record = model(
        "corvenna-ashdale-lora",
        trained_words=("a photo of sks woman",),
        description="sks woman, portrait, studio light",
    )
    assert "subject:rare_token_class" in likeness_features(detector, record)
    assert detector.detect(record).likeness
    # a class with no rare token is no instance prompt
    plain = model("beach-light", trained_words=("a photo of a woman",))
    assert "subject:rare_token_class" not in likeness_features(detector, plain)


def test_a_generic_title_does_not_discount_a_name_in_another_field(detector: Detector) -> None:
    record = model(
        "Faces I like",
        version_names=("Odalys Fenwright v1",),
        file_names=("Faces_I_like_OdalysFenwrightv1.safetensors",),
        description="Recommended weight 0.6-0.8.",
    )
    finding = detector.detect(record)
    assert finding.likeness
    assert finding.target_name == "Odalys Fenwright"
    # without the name the title stays a kind of face
    nameless = model("Faces I like", version_names=("v1",), description="Weight 0.7.")
    assert not detector.detect(nameless).likeness


def test_title_look_words_count_less_only_beside_a_name_elsewhere() -> None:
    feats = {"generic:look": -0.5, "name_shape:other:pinyin": 0.4, "prior:lora": 1.0}
    out = with_conflict(dict(feats))
    assert out["generic:look"] == -0.125
    assert "conflict:name_negative" not in out
    # a name in the title itself: the look words count in full and discount it
    titled = with_conflict({"generic:look": -0.5, "name_shape:name:pair": 1.0})
    assert titled["generic:look"] == -0.5
    assert titled["conflict:name_negative"] == 0.5


def test_a_setting_label_in_script_casts_no_gender_vote(detector: Detector) -> None:
    record = model(
        "Rowenna Paskell - LoRA",
        description="가중치 0.7 추천합니다. 실사 모델과 잘 맞아요.",
    )
    votes = [h for h in detector.detect(record).hits if h.aspect == "gender"]
    assert not any(h.text == "가중치" for h in votes)
    assert detector.detect(record).target_gender == "female"


def test_a_script_trade_word_after_an_unknown_given_name_casts_no_vote(
    detector: Detector,
) -> None:
    record = model(
        "Shangguan Qiuyue portrait",
        description="Shangguan Qiuyue (童星). Portrait from a televised award show.",
    )
    votes = [h for h in detector.detect(record).hits if h.aspect == "gender"]
    assert not any(h.text in ("xing", "童星") for h in votes)


def test_an_example_prompt_gives_the_named_subject_gender(detector: Detector) -> None:
    for kind, gender in (("man", "male"), ("woman", "female")):
        record = model(
            "Portrait LoRA (read desc)",
            tags=("photorealistic",),
            description=f"Example prompt:\nphoto of Corvane Ashdelby, {kind}, looking at viewer",
        )
        finding = detector.detect(record)
        assert finding.likeness, kind
        assert finding.target_gender == gender, kind


def test_targets_lose_relation_and_trade_words_and_keep_initials(detector: Detector) -> None:
    cases = [
        ("Famous news anchor R.T.", ("woman", "celebrity"), "R.T."),
        ("Famous comedian Q.V.", ("woman", "celebrity"), "Q.V."),
        ("my husband Teodor", (), "Teodor"),
        ("Sunniva irl", (), "Sunniva"),
        # middle initials belong to the full name
        ("Torvald K.J. Brennmark", ("man", "celebrity"), "Torvald Brennmark"),
    ]
    for title, tags, target in cases:
        finding = detector.detect(model(title, tags=tags))
        assert finding.likeness, title
        assert finding.target_name == target, title


def test_a_part_of_a_fuller_name_joins_it() -> None:
    def hit(field: str, score: float, value: str, key: str) -> Hit:
        return Hit("t@1", "target", score, field, value, value=value, note=key)

    hits = [
        hit("file_names", 0.315, "Odalys", "odalys"),
        hit("version_names", 0.375, "Odalys Fenwright", "fenwright odalys"),
    ]
    assert best_target(hits) == ("fenwright odalys", "Odalys Fenwright")
    # a fallback phrase of the title does not take a name over ("Who Looks Odalys")
    fallback = [
        hit("name", 0.525, "Odalys", "odalys"),
        hit("name", 0.1, "Who Looks Odalys", "looks odalys who"),
    ]
    assert best_target(fallback) == ("odalys", "Odalys")


def test_an_instance_prompt_naming_the_repo_slug_is_a_person(detector: Detector) -> None:
    for slug, token in (
        ("velmorra-ashkettle-lora", "ashkettlevelmorra"),
        ("quillanbrey-lora", "quillanbrey"),
    ):
        record = model(slug, trained_words=(f"a photo of {token} woman",))
        assert "subject:instance_name" in likeness_features(detector, record), slug
        assert detector.detect(record).likeness, slug
    # a token that is not the repo's own name, or a title with spaces, is no instance name
    for name, trigger in (
        ("portrait-pack", "a photo of ashkettlevelmorra woman"),
        ("Velmorra Portraits", "a photo of velmorra woman"),
    ):
        record = model(name, trained_words=(trigger,))
        assert "subject:instance_name" not in likeness_features(detector, record), name


def test_a_trade_after_a_country_code_in_a_title_is_an_occupation(detector: Detector) -> None:
    for title in ("QiuyueShangguan_CH_Comedian", "HaneulBing_KO_Volleyball Player"):
        record = model(title, tags=("female", "portrait"))
        assert "subject:occupation_name" in likeness_features(detector, record), title
        finding = detector.detect(record)
        assert finding.likeness, title
        assert finding.target_name is not None
        assert finding.target_name.split()[-1] not in ("CH", "KO", "Player", "Comedian"), title


def test_a_title_in_another_script_is_the_last_fallback_target(detector: Detector) -> None:
    record = model(
        "Մարիետա Խաչկալյանց | LoRA",
        tags=("woman",),
        description="Armenian fashion model. 50 photos.",
    )
    finding = detector.detect(record)
    assert finding.likeness
    assert finding.target_name == "Մարիետա Խաչկալյանց"
    # a script word for a kind of person is no target
    generic = [h for h in detector.detect(model("美女 | LoRA")).hits if h.aspect == "target"]
    assert not any(h.value == "美女" and h.signal.startswith("subject_cues") for h in generic)


def test_a_bare_character_tag_and_a_disclaimer_do_not_outweigh_a_full_name(
    detector: Detector,
) -> None:
    record = model(
        "Annika Kettleby (fictional?)",
        tags=("character",),
        trained_words=("annikakettleby",),
        description="No real person is depicted. Trigger annikakettleby.",
    )
    finding = detector.detect(record)
    assert finding.likeness
    assert finding.target_name == "Annika Kettleby"
    # a drawn medium's tag or a franchise still speaks against the name
    drawn = model(
        "Annika Kettleby | Ember Saga Chronicles",
        tags=("anime", "character", "game character"),
        trained_words=("annika_kettleby", "1girl"),
        description="Annika from Ember Saga Chronicles. Outfit tags: armor, long hair.",
    )
    assert not detector.detect(drawn).likeness


def test_the_bare_fiction_tag_counts_for_half_only_beside_a_spelt_full_name() -> None:
    base = {"fiction:tag": -0.6, "name_shape:name:pair": 1.0, "generic:disclaimer": -0.5}
    spelt = with_conflict({**base, "subject:trigger_abbreviates_name": 0.9})
    assert spelt["fiction:tag"] == -0.3
    assert with_conflict(dict(base))["fiction:tag"] == -0.6  # no trigger spells the name
    # any other evidence against (a franchise in the name) keeps the tag whole
    other = with_conflict({**base, "subject:trigger_abbreviates_name": 0.9, "fiction:name": -0.8})
    assert other["fiction:tag"] == -0.6
