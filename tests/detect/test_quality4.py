"""Issue 8, fourth round: how hits are weighed and which target a finding names (invented
people, works and uploaders only)."""

from __future__ import annotations

import pytest

from dfaudit.detect.base import Hit
from dfaudit.detect.engine import Detector
from dfaudit.detect.evaluate import name_key
from dfaudit.detect.findings import best_target, clean_target

from .conftest import likeness_features, model


def _target(value: str, score: float, field: str = "name") -> Hit:
    return Hit("t@1", "target", score, field, value, value=value, note=value.lower())


def test_relation_platform_and_request_words_are_trimmed_from_a_target() -> None:
    assert clean_target("Resembles Odile", "x") == ("Odile", "odile")
    assert clean_target("Coworker Brisa", "x") == ("Brisa", "brisa")
    assert clean_target("YouTube Tamsin Quarrell", "x") == ("Tamsin Quarrell", "quarel tamsin")
    assert clean_target("Varnacott Lookalike", "x") == ("Varnacott", "varnacot")
    # a name with nothing to trim is kept as it came, key included
    assert clean_target("Tamsin Quarrell", "k") == ("Tamsin Quarrell", "k")


def test_a_placeholder_token_is_never_a_target() -> None:
    assert clean_target("Ohwx", "ohwx") is None
    assert clean_target("TOK", "tok") is None
    assert best_target([_target("Ohwx", 0.1, "trained_words")]) == (None, None)


def test_a_weak_target_another_field_spells_outranks_a_stray_described_one() -> None:
    hits = [
        _target("Thanks Much", 0.3, "description"),  # a phrase of the description read as a name
        _target("Ruan Qingxue", 0.1, "name"),
        Hit("s@1", "likeness", 0.9, "trained_words", "ruanqingxue", feature="x"),
    ]
    assert best_target(hits)[1] == "Ruan Qingxue"
    # without the trigger spelling it, the stronger described name stays first
    assert best_target(hits[:2])[1] == "Thanks Much"


def test_a_strong_target_is_not_outranked_by_a_spelt_fallback() -> None:
    hits = [
        _target("Corvina Ashgrove", 0.95, "description"),  # a named actor
        _target("Officer Pell", 0.1, "name"),
        Hit("s@1", "likeness", 0.5, "trained_words", "officer_pell", feature="x"),
    ]
    assert best_target(hits)[1] == "Corvina Ashgrove"


def test_lookalike_and_relation_titles_name_the_person(detector: Detector) -> None:
    finding = detector.detect(
        model(
            "coworker Annika",
            tags=("person", "girl"),
            trained_words=("ohwx person",),
            description="Annika from the office, she is cool with it",
        )
    )
    assert finding.likeness
    assert name_key(finding.target_name) == "annika"


TAG_ONLY = model(
    "Subject 0419",
    tags=("photorealistic", "woman", "severine fenwright"),
    trained_words=("ohwx woman",),
    description="Recommended weight: 0.7",
)


def test_a_name_only_in_a_tag_is_likeness_with_that_target(detector: Detector) -> None:
    finding = detector.detect(TAG_ONLY)
    assert finding.likeness
    assert name_key(finding.target_name) == "severinefenwright"
    assert finding.target_gender == "female"
    assert "subject:person_tag" in likeness_features(detector, TAG_ONLY)


@pytest.mark.parametrize(
    "tags",
    [
        # a character's name beside fiction tags, an artist's beside style tags
        ("character", "woman", "severine fenwright"),
        ("anime", "girl", "severine fenwright"),
        ("art style", "woman", "severine fenwright"),
        # no person or photo tag: nothing says the name is the subject's
        ("landscape", "severine fenwright"),
        # words read family-name first are not a name tag ("two tone")
        ("woman", "hair", "two tone"),
    ],
)
def test_a_name_tag_counts_only_beside_person_tags_and_no_fiction(
    detector: Detector, tags: tuple[str, ...]
) -> None:
    record = model("Subject 0419", tags=tags, description="Recommended weight: 0.7")
    assert "subject:person_tag" not in likeness_features(detector, record)


ADULT_YOUTH = [
    model(
        "Ruan Qingxue - baby face look",
        tags=("女明星", "cute", "idol"),
        trained_words=("ruanqingxue",),
        description="阮清雪，中国内地歌手，今年26岁。本模型仅供学习交流。 | young face vibe",
    ),
    model(
        "Hisakata Chinatsu cute school uniform",
        tags=("美女", "cute", "celebrity"),
        trained_words=("hisakatachinatsu",),
        description="久方 ちなつさん、日本のモデルです。 | Looks school uniform and small.",
    ),
]


@pytest.mark.parametrize("record", ADULT_YOUTH, ids=lambda r: r.name)
def test_youth_words_do_not_outweigh_a_named_adult(detector: Detector, record: object) -> None:
    finding = detector.detect(record)  # type: ignore[arg-type]
    assert finding.likeness
    assert not finding.minor_risk  # "young", "cute", "school uniform" state no age
    assert finding.target_name is not None


def test_a_script_name_and_trade_need_the_name_in_a_name_field(detector: Detector) -> None:
    # the same opening, but no field of the model spells the name: a phrase, not a subject
    record = model(
        "Baby face look",
        tags=("cute",),
        description="阮清雪，中国内地歌手，今年26岁。",
    )
    assert "subject:labelled_name" not in likeness_features(detector, record)


@pytest.mark.parametrize(
    "description",
    [
        "makeup / hair concept seen on celebrities, works on any face",
        "A hairstyle worn by many celebrities this season.",
    ],
)
def test_a_look_seen_on_celebrities_is_a_concept(detector: Detector, description: str) -> None:
    record = model(
        "Gala-night gown",
        tags=("celebrity", "makeup", "concept"),
        trained_words=("gala night gown",),
        description=description,
    )
    assert not detector.detect(record).likeness
    assert "non_subject:celebrity_concept" in likeness_features(detector, record)


def _gender(value: str, score: float, note: str = "") -> Hit:
    return Hit("g@1", "gender", score, "name", "x", value=value, note=note)


def test_a_gendered_word_outweighs_a_name_guess_against_it() -> None:
    from dfaudit.detect.findings import decide_gender

    # a "woman" tag against the first-name table's guess from a romanised given name
    hits = [_gender("female", 0.8), _gender("male", 0.6, "first-name table")]
    assert decide_gender(hits) == "female"
    # a script name's guess is a name guess too: it does not add to the table's
    hits += [_gender("male", 0.5, "script name")]
    assert decide_gender(hits) == "female"
    # with no gendered word, the table decides
    assert decide_gender([_gender("male", 0.6, "first-name table")]) == "male"
    # two gendered words that disagree stay undecided
    assert decide_gender([_gender("female", 0.8), _gender("male", 0.9)]) == "unknown"


@pytest.mark.parametrize(
    ("tags", "gender"),
    [(("女明星", "idol"), "female"), (("男明星", "celebrity"), "male"), (("女团",), "female")],
)
def test_gender_words_in_chinese_tags(
    detector: Detector, tags: tuple[str, ...], gender: str
) -> None:
    record = model("Ranxi of Moonveil", tags=(*tags, "celebrity"), description="Ranxi, 25")
    assert detector.detect(record).target_gender == gender


def test_a_name_shaped_phrase_late_in_a_line_gives_no_gender(detector: Detector) -> None:
    # "상업적 이용은 금지입니다" (commercial use is barred): no name, no male vote from it
    record = model(
        "맹가온_v2",
        tags=("여자", "가수", "celebrity"),
        description="맹가온 — 한국 가수. 학습 이미지 64장.\n상업적 이용은 금지입니다.",
    )
    finding = detector.detect(record)
    assert finding.target_gender == "female"
    assert not any(h.aspect == "gender" and h.value == "male" for h in finding.hits)


@pytest.mark.parametrize(
    "record",
    [
        model(
            "Tamsin Quarrell & Kuang Xuanyi (merged face)",
            tags=("celebrity", "woman", "blend"),
            trained_words=("blendface",),
            description="merged the two LoRAs with supermerger",
        ),
        model(
            "Face mix: Tamsin Quarrell, Odile Varnacott",
            tags=("celebrity", "woman", "blend"),
            trained_words=("blendface",),
            description="best of both",
        ),
    ],
    ids=lambda r: r.name,
)
def test_a_blend_of_named_people_is_likeness(detector: Detector, record: object) -> None:
    finding = detector.detect(record)  # type: ignore[arg-type]
    assert finding.likeness
    assert name_key(finding.target_name) == "tamsinquarrell"


def test_a_kind_of_person_and_a_face_word_is_a_kind_of_face(detector: Detector) -> None:
    record = model(
        "asian-girl-face-v3",
        tags=("woman", "girl", "celebrity"),
        trained_words=("asiangirlfac",),
        description="a photo of asiangirlfac, portrait",
    )
    assert not detector.detect(record).likeness
    assert "generic:look" in likeness_features(detector, record)
    # one person's face stays a face word only
    named = model("Tamsin face", tags=("woman", "celebrity"), trained_words=("tamsinface",))
    assert "generic:look" not in likeness_features(detector, named)


def test_look_words_count_for_less_beside_a_subject_the_description_names() -> None:
    from dfaudit.detect.combiner import NAMED_LOOK_SHARE, with_conflict

    look = {"generic:look": -1.0, "non_subject:concept_name": -0.8, "prior:lora": 1.0}
    assert with_conflict(dict(look)) == look
    named = with_conflict({**look, "subject:labelled_name": 0.8})
    assert named["generic:look"] == pytest.approx(-NAMED_LOOK_SHARE)
    assert named["non_subject:concept_name"] == pytest.approx(-0.8 * NAMED_LOOK_SHARE)
    assert named["prior:lora"] == 1.0


@pytest.mark.parametrize(
    "description",
    [
        "This is a merge of my favourite models. Follow me on Instagram for previews!",
        "Any doubt, send a message to my instagram account.",
        "Support me: https://www.patreon.com/quietcrane",
    ],
)
def test_the_uploaders_own_accounts_are_no_social_cue(detector: Detector, description: str) -> None:
    record = model("Velvet Merge HC", model_type="Checkpoint", description=description)
    features = likeness_features(detector, record)
    assert not {"social:platform_word", "social:profile_link"} & features
    assert not detector.detect(record).likeness


def test_the_subjects_account_stays_a_social_cue(detector: Detector) -> None:
    record = model(
        "Brisa Quenneville",
        tags=("woman",),
        description="Brisa is a creator on Instagram, https://instagram.com/brisa.q",
    )
    assert {"social:platform_word", "social:profile_link"} <= likeness_features(detector, record)


def test_a_concept_librarys_upload_is_no_person(detector: Detector) -> None:
    record = model(
        "odile-varnacott",
        model_type="TextualInversion",
        trained_words=("odile-varnacott",),
        description=(
            "Originally posted to HuggingFace by a concepts library. This is the "
            "<odile-varnacott> concept taught to Stable Diffusion via Textual Inversion."
        ),
    )
    assert "non_subject:concept_library" in likeness_features(detector, record)
    assert not detector.detect(record).likeness


def test_a_young_looking_adult_is_no_minor_and_her_script_trade_tag_counts(
    detector: Detector,
) -> None:
    record = model(
        "LORA | Sagong Chae-won 사공채원",
        tags=("petite", "kawaii", "school uniform", "여자", "여배우", "lora", "character"),
        trained_words=("sagong_chae_won",),
        description=(
            "Sagong Chae-won 사공채원, young-looking, baby face. (adult, 20+). "
            "사공채원은(는) 한국의 여배우입니다.\n"
            "Best with realistic checkpoints, not so good on anime ones lol"
        ),
    )
    finding = detector.detect(record)
    assert not finding.minor_risk
    features = likeness_features(detector, record)
    assert "tag:occupation" in features  # 여배우: actress
    assert "fiction:description" not in features  # the anime checkpoints it runs on


def test_an_explicit_minor_cue_still_counts(detector: Detector) -> None:
    record = model(
        "Sagong Chae-won",
        tags=("여배우",),
        description="Sagong Chae-won, 16 years old, child actress. Portrait only.",
    )
    assert detector.detect(record).minor_risk


def test_a_target_keeps_the_diacritics_its_text_wrote() -> None:
    hit = Hit("n@1", "target", 0.6, "trained_words", "xiomara_echeverrí", value="Xiomara Echeverri",
              note="echeveri xiomara")  # fmt: skip
    assert best_target([hit]) == ("echeveri xiomara", "Xiomara Echeverrí")
    # a text that spells other words leaves the value as it is
    other = Hit("n@1", "target", 0.6, "name", "Xiomara (Echeverrí fan)", value="Xiomara Echeverri",
                note="echeveri xiomara")  # fmt: skip
    assert best_target([other])[1] == "Xiomara Echeverri"


@pytest.mark.parametrize(
    "description",
    ["Kan Qianyun, 16岁童星. Portrait only.", "Mitarai Yuzuha, 15歳の子役. Portrait only."],
)
def test_a_cjk_age_with_a_word_run_on_is_a_stated_age(detector: Detector, description: str) -> None:
    record = model("Kan Qianyun LoRA", tags=("portrait", "sfw"), description=description)
    assert detector.detect(record).minor_risk
    # an adult age written the same way is none
    adult = model("Kan Qianyun LoRA", tags=("portrait",), description="Kan Qianyun, 26岁演员.")
    assert not detector.detect(adult).minor_risk
