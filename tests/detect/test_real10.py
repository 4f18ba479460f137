"""Shapes of real-person models the detector missed on the real 2023 Civitai catalog (round 10):
a title's name in Chinese script given again in its own pinyin (run together, in part, or as
initials). And the label tooling: a targeted label file is no seed's sample. Invented people and
handles only."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from dfaudit.detect.engine import Detector
from dfaudit.detect.signals.subject_cues import _romanised_run

from .conftest import likeness_features, model

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
ROMANISED = "subject:script_romanised"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_a_script_name_with_its_pinyin_as_the_trigger(detector: Detector) -> None:
    item = model(
        " 云朵朵 Cloudy Lora",
        tags=("character", "girl", "photorealistic", "woman"),
        trained_words=("yunduoduo",),
        description="Trained and only for tests. All training pictures are from the internet.",
    )
    assert ROMANISED in likeness_features(detector, item)
    assert detector.detect(item).likeness


def test_the_same_name_without_its_pinyin_is_no_such_cue(detector: Detector) -> None:
    item = model(
        " 云朵朵 Cloudy Lora",
        tags=("character", "girl", "photorealistic", "woman"),
        trained_words=("cloudy girl",),
        description="Trained and only for tests. All training pictures are from the internet.",
    )
    assert ROMANISED not in likeness_features(detector, item)
    assert not detector.detect(item).likeness


def test_pinyin_of_part_of_the_name_and_its_initials(detector: Detector) -> None:
    part = model("迷之晓雾 Lora", tags=("woman", "photorealistic"), trained_words=("xiaowu",))
    initials = model("林晓雾-lxw", tags=("woman", "photorealistic", "sexy"))
    camel = model("林晓雾lxw_realistic", tags=("woman",), trained_words=("PerfectLxwMajic",))
    for item in (part, initials, camel):
        assert ROMANISED in likeness_features(detector, item), item.name
        assert detector.detect(item).likeness, item.name
    # initials need three syllables or four; one letter per syllable, nothing more
    assert _romanised_run("林晓雾", {"lxw"}) == "lxw"
    assert _romanised_run("晓雾", {"xw"}) is None
    assert _romanised_run("林晓雾", {"lxwa"}) is None
    assert _romanised_run("林晓雾", {"linxiaowu"}) == "linxiaowu"


def test_a_characters_name_beside_its_game_is_no_person(detector: Detector) -> None:
    item = model(
        "青柠柠/qingningning/Honkai Star Rail", tags=("girl",), model_type="TextualInversion"
    )
    assert ROMANISED not in likeness_features(detector, item)
    assert not detector.detect(item).likeness


def test_a_style_and_a_checkpoint_and_a_platform_are_no_person(detector: Detector) -> None:
    style = model("水墨 shuimo", tags=("style", "chinese"), trained_words=("shuimo",))
    assert not detector.detect(style).likeness
    checkpoint = model("国风 GuoFeng", model_type="Checkpoint", tags=("girl", "realistic"))
    assert ROMANISED not in likeness_features(detector, checkpoint)
    assert _romanised_run("小红书", {"xiaohongshu"}) is None  # a platform's name
    assert _romanised_run("小红书", {"xhs"}) is None  # nor its initials


def test_a_targeted_label_file_is_no_seeds_sample(tmp_path: Path) -> None:
    real_sample = _load("real_sample")
    assert real_sample.file_seed(tmp_path / "flagged_s7_all.jsonl") == 7
    assert real_sample.file_seed(tmp_path / "unflagged_s7_all.jsonl") == 7
    assert real_sample.file_seed(tmp_path / "poi_missed_s7_all.jsonl") == 0
    assert real_sample.file_seed(tmp_path / "flagged_dev.jsonl") == 0


def test_a_description_saying_the_source_is_an_influencer(detector: Detector) -> None:
    item = model(
        "xsGirl 晓雾A", description="数据集采用某小红书网红，精简了数据集。建议权重0.4-0.8"
    )
    assert "subject:who_description" in likeness_features(detector, item)
    assert detector.detect(item).likeness
    prototype = model("晓雾-abc", description="原型为网红，禁止商用。")
    assert detector.detect(prototype).likeness


def test_a_virtual_source_or_a_ban_on_training_stars_is_no_such_cue(detector: Detector) -> None:
    virtual = model("xsGirl 晓雾A", description="素材是虚拟网红，原创角色。建议权重0.6")
    banned = model(
        "Wuxia girl",
        model_type="Checkpoint",
        description="声明：本模型禁止用于训练基于明星、公众人物肖像的风格模型训练，请文明使用此模型。",
    )
    for item in (virtual, banned):
        assert "subject:who_description" not in likeness_features(detector, item)
        assert not detector.detect(item).likeness


def test_a_relation_in_brackets_or_another_language_in_the_title(detector: Detector) -> None:
    for item in (
        model("Maribel (classmate) face", tags=("person", "realistic"), trained_words=("mrb",)),
        model("meine Freundin LoRA", tags=("person",), description="meine Freundin — 40 fotos."),
        model("mi novia v2", tags=("person",)),
    ):
        assert "subject:private_name" in likeness_features(detector, item), item.name
        assert detector.detect(item).likeness, item.name
    for item in (
        model("Harbor (neighbourhood) style", tags=("style",)),  # a place, no relation
        model("Minha Casa style", tags=("style",)),
    ):
        assert "subject:private_name" not in likeness_features(detector, item), item.name


def test_a_classmate_from_the_course_and_group_chat_photos(detector: Detector) -> None:
    item = model(
        "Maribel face",
        tags=("person", "realistic"),
        description="Maribel from my uni course, photos from the group chat.",
    )
    assert "subject:private_description" in likeness_features(detector, item)
    assert detector.detect(item).likeness
    art = model("Chalkboard style", tags=("style",), description="Images from my art class folder.")
    assert "subject:private_description" not in likeness_features(detector, art)
    assert not detector.detect(art).likeness


def test_counted_stills_of_a_name_with_its_trade_in_brackets(detector: Detector) -> None:
    item = model(
        "Portrait Study #12",
        tags=("person", "realistic"),
        trained_words=("lmnface",),
        description="Dataset: 45 red-carpet and interview stills of Quenby Tesselhorn (weather "
        "presenter). Captions with WD14, then cleaned.",
    )
    assert "subject:labelled_name" in likeness_features(detector, item)
    finding = detector.detect(item)
    assert finding.likeness and finding.target_name == "Quenby Tesselhorn"
    # no count, no trade: a place's name after "stills of" names nobody
    place = model(
        "Harbor Study",
        tags=("landscape",),
        description="Dataset: stills of Lantern Harbor at dusk. Captions with WD14.",
    )
    assert not detector.detect(place).likeness
