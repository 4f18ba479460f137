"""Set 19's errors by kind, each rule with a twin that must not fire (invented people only):
trades of other scripts and trades before a one-word name (named_context 9, the trades
table), a name kept on one line, script names of six characters and romanised names compared
whatever separates their syllables (subject_cues 37), a denial of any real person beside a
rare-token trigger (combiner), a tool's noun in either place of a slug (name_shape 31)."""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.trades import gendered_trades, latin, lead_trade_keys, trade_words
from dfaudit.records import ModelRecord

from .conftest import model

LABELLED = "subject:labelled_name"


def hf(repo: str, **fields: object) -> ModelRecord:
    """A Hugging Face-shaped record named by its repository."""
    base: dict[str, object] = {
        "platform": "huggingface",
        "model_id": repo,
        "url": f"https://huggingface.co/{repo}",
        "name": repo.rsplit("/", 1)[1],
        "model_type": fields.pop("model_type", "LORA"),
    }
    base.update(fields)
    return ModelRecord(**base)  # type: ignore[arg-type]


def _labelled(detector: Detector, record: ModelRecord) -> list[str]:
    return [
        h.text
        for h in detector.detect(record).hits
        if h.feature == LABELLED and h.signal.startswith("named_context")
    ]


PAGE = "Realistic portrait LoRA.\nSteps: 30\nThanks for the likes!\n"


@pytest.mark.parametrize(
    "tail",
    [
        "Tamsin Orlowe – актриса",
        "Tamsin Orlowe (певица)",
        "Tamsin Orlowe, นักร้อง",
        "Tamsin Orlowe 歌手",
        "Tamsin Orlowe（女優）",
        "Tamsin Orlowe นักแสดงหญิง",
        "Tamsin Orlowe，演员",
    ],
)
def test_a_trade_of_another_script_beside_a_name(detector: Detector, tail: str) -> None:
    record = model("Portrait pack 12", description=PAGE + tail, tags=("realistic",))
    finding = detector.detect(record)
    assert finding.likeness
    assert finding.target_name == "Tamsin Orlowe"


@pytest.mark.parametrize("tail", ["Neon Street – певица", "Tamsin Orlowe – Москва"])
def test_twin_no_name_or_no_trade_beside_the_script(detector: Detector, tail: str) -> None:
    record = model("Portrait pack 12", description=PAGE + tail, tags=("realistic",))
    assert not _labelled(detector, record)


def test_a_name_stands_on_one_line(detector: Detector) -> None:
    """The word ending the line before is no part of the name after it."""
    record = model(
        "Portrait pack 12",
        description=PAGE + "Feedback gerne in die Kommentare\nTamsin Orlowe — певица.",
        tags=("realistic",),
    )
    assert detector.detect(record).target_name == "Tamsin Orlowe"


@pytest.mark.parametrize(
    "line",
    [
        "la cantante Vessaly.",
        "nữ ca sĩ Vessaly.",
        "นักร้อง Vessaly",
        "Vessaly 가수",
        "Vessaly, cantor do Brasil.",
    ],
)
def test_a_one_word_name_with_its_trade_either_side(detector: Detector, line: str) -> None:
    record = model(
        "vessaly v1", trained_words=("vessaly",), description=f"vessaly, portrait\n{line}"
    )
    finding = detector.detect(record)
    assert _labelled(detector, record) == ["Vessaly"]
    assert finding.likeness and finding.target_name == "Vessaly"


@pytest.mark.parametrize(
    ("title", "triggers", "line"),
    [
        # the word is in neither the title nor a trigger: any capitalised word beside a trade
        ("Portrait v1", ("ptr",), "nữ ca sĩ Vessaly."),
        # a trade made up
        ("vessaly v1", ("vessaly",), "AI singer Vessaly."),
        ("vessaly v1", ("vessaly",), "virtual ca sĩ Vessaly."),
    ],
)
def test_twin_one_word_name_not_the_models_or_made_up(
    detector: Detector, title: str, triggers: tuple[str, ...], line: str
) -> None:
    record = model(title, trained_words=triggers, description=f"vessaly, portrait\n{line}")
    assert not _labelled(detector, record)


@pytest.mark.parametrize(
    "record",
    [
        hf(
            "acme/korean-girl-7f3a",
            trained_words=("sks woman",),
            description="sks woman, soft light\naverage korean face, not a real person",
        ),
        hf(
            "acme/thai-beauty-91",
            trained_words=("ohwx woman",),
            description="ohwx woman\nthis person does not exist; generic face",
        ),
        model(
            "latina look v2",
            trained_words=("zwx woman",),
            description="zwx woman, portrait. Not based on any real person.",
        ),
    ],
)
def test_a_denial_outweighs_a_rare_token_trigger(detector: Detector, record: ModelRecord) -> None:
    assert not detector.detect(record).likeness


def test_twin_rare_token_trigger_without_a_denial(detector: Detector) -> None:
    record = hf(
        "acme/korean-girl-7f3a",
        trained_words=("sks woman",),
        description="sks woman, soft light\naverage korean face",
    )
    assert detector.detect(record).likeness


@pytest.mark.parametrize("repo", ["acme/hair-classifier-ada", "acme/mask-detector-eve"])
def test_a_tool_noun_before_a_first_name_is_a_slug(detector: Detector, repo: str) -> None:
    record = hf(repo, model_type="Other", tags=("onnx", "image-classification"))
    assert not detector.detect(record).likeness


def test_twin_a_name_slug_without_a_tool_noun(detector: Detector) -> None:
    record = hf("acme/lily-tanner-xl", trained_words=("lily tanner",))
    assert detector.detect(record).target_name == "Lily Tanner"


@pytest.mark.parametrize(
    "record",
    [
        # six characters: a kanji family name of three and a kana given name of three
        model("Shiratorizaka Kota v2", description="白鳥坂こうた (31歳) 俳優\nportrait"),
        hf(
            "acme/shiratorizakakota-lora",
            trained_words=("shiratorizakakota",),
            description="shiratorizakakota, portrait\n白鳥坂こうた（俳優）のLoRA",
        ),
        # a romanised name whose syllables a hyphen or an underscore parts
        model("Park Seo-yun LoRA", description="박서윤 (25세) 가수\nportrait"),
        model(
            "Face LoRA 3",
            file_names=("park_seo_yun_v1.safetensors",),
            description="박서윤 (25세) 가수\nportrait",
        ),
    ],
)
def test_a_script_name_the_fields_romanise(detector: Detector, record: ModelRecord) -> None:
    finding = detector.detect(record)
    assert finding.likeness
    assert finding.target_name in ("白鳥坂こうた", "박서윤")


@pytest.mark.parametrize(
    "record",
    [
        model("Portrait v1", description="白鳥坂こうた (31歳) 俳優\nportrait"),
        model("Park Seo-jin LoRA", description="박서윤 (25세) 가수\nportrait"),
    ],
)
def test_twin_a_script_name_no_field_romanises(detector: Detector, record: ModelRecord) -> None:
    assert detector.detect(record).target_name not in ("白鳥坂こうた", "박서윤")


def test_the_trades_table_keeps_its_latin_views() -> None:
    """Trades of other scripts are read beside names only: the views of gender_words and of a
    title's lead trade stay Latin, and "cantor" (English says it of anyone) says no gender."""
    scripts = [w for w in trade_words(art=False, scripts=True) if not latin(w)]
    assert "певица" in scripts and "นักแสดงหญิง" in scripts and "女優" in scripts
    assert all(latin(w) for w in trade_words(art=False))
    assert all(latin(w) for w in (*gendered_trades("female"), *gendered_trades("male")))
    assert all(latin(w) for w in lead_trade_keys())
    assert "cantor" in trade_words(art=False)
    assert "cantor" not in gendered_trades("male")
    assert latin("nữ ca sĩ")


@pytest.mark.parametrize(
    ("line", "gender"),
    [("nữ ca sĩ Vessaly.", "female"), ("nam diễn viên Vessaly.", "male")],
)
def test_a_gendered_trade_opening_a_line(detector: Detector, line: str, gender: str) -> None:
    record = model(
        "vessaly v1", trained_words=("vessaly",), description=f"vessaly, portrait\n{line}"
    )
    assert detector.detect(record).target_gender == gender


def test_twin_a_gendered_trade_inside_a_word(detector: Detector) -> None:
    """A trade's letters inside a longer word ("ator" in "creator") are no trade, at a line's
    start as in it."""
    record = model(
        "vessaly v1", trained_words=("vessaly",), description="vessaly, portrait\natoriko Vessaly."
    )
    assert detector.detect(record).target_gender == "unknown"
