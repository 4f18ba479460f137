"""Issue 8, fifth round: description cues that name a subject, private relations, youth and
outfit words beside a named person, and the target and gender a named subject gives (invented
people, works and uploaders only)."""

from __future__ import annotations

from dfaudit.detect.base import Hit
from dfaudit.detect.engine import Detector
from dfaudit.detect.evaluate import name_key
from dfaudit.detect.findings import best_target

from .conftest import likeness_features, model


def test_a_trade_with_a_full_stop_says_who_the_subject_is(detector: Detector) -> None:
    for trade in ("the DJ.", "the weather presenter.", "the news anchor."):
        record = model(
            "Quorvelle (v2)",
            tags=("music", "photography"),
            trained_words=("quorvelle",),
            description=f"Quorvelle — {trade} Era: 2021. Use at 0.7 weight.",
        )
        assert "subject:who_description" in likeness_features(detector, record), trade
        assert detector.detect(record).likeness, trade
    # the same words as a look stay no person
    look = model(
        "Stage Lights",
        tags=("concept",),
        description="A dancer style. Works with most merges.",
    )
    assert "subject:who_description" not in likeness_features(detector, look)


def test_a_script_name_with_a_copula_and_a_trade_names_its_subject(detector: Detector) -> None:
    cases = [
        # kanji family name and kana given name, the copula after it, a title in script
        (
            "LoRA | 鶴見沢ゆらね",
            "鶴見沢ゆらねは日本のモデルです。代表作は「灯台の朝」。",
            "鶴見沢ゆらね",
        ),
        # a Chinese actress, named twice; the second time with the copula
        ("【闵絮遥】", "闵絮遥, cute. 27歳. 闵絮遥是一位女演员，代表作《海边》。", "闵絮遥"),
        # a name ending in the copula's own kana ("…ことは" + "は")
        ("鳰原ことは - LoRA", "鳰原ことはは日本のグラビアです。", "鳰原ことは"),
    ]
    for title, description, name in cases:
        record = model(title, tags=("photography",), description=description)
        finding = detector.detect(record)
        assert "subject:labelled_name" in likeness_features(detector, record), title
        assert finding.likeness, title
        assert finding.target_name == name, title


def test_a_copula_sentence_needs_the_name_in_a_field_or_a_named_title(detector: Detector) -> None:
    # the sentence's subject stands nowhere else and the title is no name: not this model's
    record = model(
        "Seaside Light",
        tags=("style",),
        description="写真の雰囲気。鶴見沢ゆらねは日本のモデルです。",
    )
    assert "subject:labelled_name" not in likeness_features(detector, record)
    # a trade word far from the copula is no clause of it
    far = model(
        "鶴見沢ゆらね",
        description="鶴見沢ゆらねは毎日とても長い時間をかけて写真を撮りましたがモデルです",
    )
    assert "subject:labelled_name" not in likeness_features(detector, far)


def test_memorial_and_friend_from_work_are_private_people(detector: Detector) -> None:
    memorial = model(
        "Grandpa (memorial)",
        tags=("person",),
        trained_words=("zxc",),
        description="My late grandfather, trained on old family photos.",
    )
    friend = model(
        "Ilsabet face lora",
        tags=("realistic", "face"),
        trained_words=("zxc",),
        description="Ilsabet, a friend from work. Private test upload.",
    )
    for record in (memorial, friend):
        finding = detector.detect(record)
        assert "subject:private_description" in likeness_features(detector, record)
        assert finding.likeness and finding.prominence == "private_or_unknown"
    # a late-night render is no relative
    night = model("Neon Alley", tags=("concept",), description="My late night renders, enjoy.")
    assert "subject:private_description" not in likeness_features(detector, night)


def test_a_nickname_title_takes_the_full_name_from_the_bio(detector: Detector) -> None:
    record = model(
        "Pipsy ✿ (v2)",
        tags=("woman", "realistic", "portrait"),
        trained_words=("pipsy",),
        description="Pipsy is what fans call Marisol Quenby-Tarr, the news anchor. Trained on "
        "press photos.",
    )
    finding = detector.detect(record)
    assert finding.likeness
    assert name_key(finding.target_name or "") == name_key("Marisol Quenby-Tarr")
    assert finding.target_gender == "female"  # the named subject's first name


def test_an_opening_name_and_its_trade_outrank_a_title_read_as_a_name(
    detector: Detector,
) -> None:
    record = model(
        "【Sunday Photos】",
        tags=("face", "photography"),
        description="Maple Thornquist, Canadian comedian\nWeight 0.6~0.9.",
    )
    finding = detector.detect(record)
    assert finding.likeness
    assert finding.target_name == "Maple Thornquist"
    # the same opening for an AI persona names nobody real
    persona = model(
        "Mika Oraleen | AI influencer",
        tags=("character", "oc"),
        description="Meet Mika Oraleen, an AI influencer. Not a real person.",
    )
    assert not detector.detect(persona).likeness


def test_photos_of_an_unknown_name_count_when_its_trade_follows(detector: Detector) -> None:
    record = model(
        "Muse",
        tags=("lora", "photography"),
        trained_words=("ohwx",),
        description="Trained on 38 photos of Zephyrine Vallocq, the radio DJ. Weight 0.7.",
    )
    finding = detector.detect(record)
    assert finding.likeness and finding.target_name == "Zephyrine Vallocq"
    # without the trade, an unknown capitalised pair after "photos of" is no subject
    plain = model("Muse", description="Trained on photos of Preying Mantises. Weight 0.7.")
    assert "subject:labelled_name" not in likeness_features(detector, plain)


def test_an_outfit_tag_beside_a_named_subject_is_not_evidence_against(
    detector: Detector,
) -> None:
    record = model(
        "Nakazono Mirei",
        tags=("school uniform", "cute", "petite", "character"),
        trained_words=("nakazonomirei, school uniform",),
        description="Nakazono Mirei, cute girl next door (adult, 24). 中園みれいは日本の女優です。",
    )
    finding = detector.detect(record)
    assert finding.likeness
    # the description naming her is what lets the name outweigh the tags
    unnamed = model(
        "Nakazono Mirei",
        tags=("school uniform", "cute", "petite", "character"),
        trained_words=("nakazonomirei, school uniform",),
        description="Nakazono Mirei, cute girl next door.",
    )
    assert detector.detect(unnamed).likeness_score < finding.likeness_score
    assert not finding.minor_risk  # youth words and a uniform are no stated minor age


def test_a_live_action_role_takes_its_actor_from_the_trigger(detector: Detector) -> None:
    # the role's name is one the name tables know, so it would win as the title's name
    record = model(
        "Helena Brooks (Harbour of Glass)",
        tags=("character", "tv series", "photography"),
        trained_words=("tamsin_quarrell, helena brooks",),
        description="Character LoRA: Helena Brooks, Harbour of Glass (TV series, season 2). "
        "Disclaimer: this is a fictional character.",
    )
    finding = detector.detect(record)
    assert finding.likeness
    assert name_key(finding.target_name or "") == name_key("Tamsin Quarrell")


def test_a_work_title_in_brackets_is_no_actor(detector: Detector) -> None:
    record = model(
        "Perdita Wollaston (The Glass Harbour)",
        tags=("character", "tv series", "photography"),
        trained_words=("tamsin_quarrell, perdita wollaston",),
        description="Character LoRA: Perdita Wollaston, The Glass Harbour (TV series).",
    )
    finding = detector.detect(record)
    assert finding.target_name != "The Glass Harbour"
    assert name_key(finding.target_name or "") == name_key("Tamsin Quarrell")


def test_a_real_name_phrase_names_a_stage_name_s_bearer(detector: Detector) -> None:
    record = model(
        "Mirei (Velvet Orbit) LoRA",
        tags=("photography",),
        trained_words=("mirei_velvet",),
        description="Mirei of Velvet Orbit. Real name 鶴見沢美玲 (Tsurumizawa Mirei). Weight 0.7.",
    )
    finding = detector.detect(record)
    assert finding.likeness and finding.target_name == "Tsurumizawa Mirei"
    # a script name alone is the target then
    script = model(
        "Mirei (Velvet Orbit) LoRA",
        tags=("photography",),
        description="Mirei of Velvet Orbit. Real name: 鶴見沢美玲. Weight 0.7.",
    )
    assert detector.detect(script).target_name == "鶴見沢美玲"


def test_lora_of_a_name_with_its_trade_names_the_subject(
    detector: Detector,
) -> None:
    record = model(
        "Weather Girl",
        model_type="Checkpoint",
        tags=("photography", "face"),
        file_names=("odalys.safetensors", "vae-ft-mse-840000-ema-pruned.safetensors"),
        description="LoRA of Odalys Brenwether-Quay, the weather presenter. She was requested.",
    )
    finding = detector.detect(record)
    assert finding.likeness
    assert finding.target_name == "Odalys Brenwether-Quay"


def test_a_nationality_after_a_lead_in_is_no_name(detector: Detector) -> None:
    record = model(
        "Odalys Brenwether",
        model_type="TextualInversion",
        description="Embedding of Chilean-Swedish actress Odalys Brenwether. You might know her.",
    )
    finding = detector.detect(record)
    assert finding.likeness
    assert finding.target_name != "Chilean-Swedish"
    hits = [h for h in finding.hits if h.feature == "subject:labelled_name"]
    assert all("Swedish" not in h.text for h in hits)


def test_a_title_trimmed_to_one_word_ranks_below_a_full_name(detector: Detector) -> None:
    hits = [
        Hit("n@1", "target", 0.75, "name", "Sunday Photos", value="Sunday Photos", note="s p"),
        Hit("n@1", "target", 0.41, "file_names", "x", value="Odalys Brenwether", note="o b"),
    ]
    assert best_target(hits)[1] == "Odalys Brenwether"
    # alone, the trimmed word is still the target
    assert best_target(hits[:1])[1] == "Sunday"


def test_she_is_a_name_names_the_subject(detector: Detector) -> None:
    record = model(
        "S-21",
        tags=("lora", "realistic"),
        trained_words=("ohwx",),
        description="She is Maelis Oyarbide, you know her work from Glass Tideline and TV.",
    )
    finding = detector.detect(record)
    assert finding.likeness and finding.target_name == "Maelis Oyarbide"


def test_a_hyphenated_given_name_with_its_trade_in_brackets(detector: Detector) -> None:
    record = model(
        "Sagyeong Da-on - realistic",
        tags=("portrait",),
        trained_words=("sagyeongdaon woman",),
        description="Sagyeong Da-on (korean weather presenter). Weight 0.7.",
    )
    assert "subject:labelled_name" in likeness_features(detector, record)
    assert detector.detect(record).target_name == "Sagyeong Da-on"


def test_a_parody_disclaimer_says_a_real_person_stands_behind(detector: Detector) -> None:
    record = model(
        "Quillan Oyelaran-Birch - realistic",
        tags=("face", "photography"),
        description="Quillan Oyelaran-Birch LoRA. For entertainment / parody only. Not affiliated "
        "with the person.",
    )
    assert "social:likeness_phrase" in likeness_features(detector, record)
    # a product's "not affiliated with Stability AI" says no such thing
    tool = model(
        "Detail Booster",
        tags=("tool",),
        description="Not affiliated with Stability AI. Adds detail.",
    )
    assert "social:likeness_phrase" not in likeness_features(detector, tool)


def test_a_show_in_brackets_is_the_work_and_the_trigger_names_the_actor(
    detector: Detector,
) -> None:
    record = model(
        "Helena Brooks (Lantern Apothecary)",
        tags=("character", "jdrama", "live action", "photorealistic"),
        trained_words=("vorsk_ta_el, helena brooks",),
        description="Character LoRA: Helena Brooks, Lantern Apothecary (J-drama, season 2).",
    )
    finding = detector.detect(record)
    assert finding.likeness
    assert finding.target_name != "Lantern Apothecary"
    assert name_key(finding.target_name or "") == name_key("Vorsk Ta El")


def test_an_accented_title_reads_as_a_name(detector: Detector) -> None:
    record = model(
        "[REQ] Yolanda Echazábal-Ruíz",
        tags=("photorealistic", "lora"),
        trained_words=("yolandaechazábalruíz",),
        description="Commissioned by a follower, trained on the references they sent.",
    )
    assert "subject:name_is_name" in likeness_features(detector, record)
    assert detector.detect(record).likeness
