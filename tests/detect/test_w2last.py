"""w2last: a name written only in a line of the page; a Hugging Face card's front matter.

An uploader who takes the subject's name out of a listing's title and writes the full title on
a line of the page (first or last, after a settings block) is read with that line as the title;
a description opening with a YAML front matter is read from the card's text. Each rule has a
twin that must not fire.
"""

from __future__ import annotations

import pytest

from dfaudit.detect.engine import Detector
from dfaudit.detect.fields import bounded, restated_title
from dfaudit.records import ModelRecord

SETTINGS = (
    "Settings\nSampler: DPM++ 2M Karras\nSteps: 28\nCFG: 6\nNegative prompt: blurry, lowres\n"
    "Changelog\nv1.1: cleaner captions\nv1.0: first upload\n"
)


def _record(name: str, description: str) -> ModelRecord:
    return ModelRecord("civitai", "1", "u", name, "LORA", description=description)


@pytest.mark.parametrize(
    ("title", "description", "full"),
    [
        (
            "face LoRA (actress)",
            "Trained on photos of her face.\n" + SETTINGS + "Odalys Fenwarrow face LoRA (actress)",
            "Odalys Fenwarrow face LoRA (actress)",
        ),
        ("女優", "写真集から。\n" + SETTINGS + "\n女優 薬師寺琴羽", "女優 薬師寺琴羽"),
        ("LoRA", SETTINGS + "雪代 ゆずは | LoRA", "雪代 ゆずは | LoRA"),
        ("streamer", SETTINGS + "@sol.kat — streamer", "@sol.kat — streamer"),
        (
            "Kestrel | Caster",
            "Kestrel (Ylva Fjellbakk) | Caster",
            "Kestrel (Ylva Fjellbakk) | Caster",
        ),
        ("Singer 💫", "Singer Tamsin Oakridge 💫\n" + SETTINGS, "Singer Tamsin Oakridge 💫"),
    ],
)
def test_a_line_restating_the_title_with_a_name_is_the_title(
    title: str, description: str, full: str
) -> None:
    assert restated_title(title, description) == full
    read = bounded(_record(title, description)).name  # type: ignore[attr-defined]
    assert read == full.removesuffix(" 💫")  # a decorating emoji reads as a space


@pytest.mark.parametrize(
    ("title", "description"),
    [
        # settings and prompt lines that hold the title's word with a name stay settings
        ("Euler", SETTINGS + "Sampler: Euler a by Odalys Fenwarrow"),
        ("portrait", "Negative prompt: portrait of Odalys Fenwarrow, blurry, lowres"),
        ("portrait", "portrait, Odalys Fenwarrow, beach, dress, smile, 8k"),
        # the title's words out of order, or only lower-case words added
        ("face LoRA (actress)", SETTINGS + "LoRA face (actress) Odalys Fenwarrow"),
        ("face LoRA", SETTINGS + "face LoRA for sdxl and pony"),
        ("face LoRA", SETTINGS + "face LoRA | SDXL"),  # a separator and a model word only
        ("face LoRA", SETTINGS + "face LoRA | (v2)"),
        # the title as it stands: nothing added
        ("Neon Alley", "Neon Alley\n" + SETTINGS),
    ],
)
def test_twin_lines_that_do_not_restate_the_title_stay(title: str, description: str) -> None:
    assert restated_title(title, description) is None
    assert bounded(_record(title, description)).name == title  # type: ignore[attr-defined]


def test_a_name_only_in_the_last_paragraph_is_found() -> None:
    description = "Trained on 80 photos of her face.\n" + SETTINGS + "Odalys Fenwarrow (actress)"
    finding = Detector().detect(_record("(actress)", description))
    assert finding.likeness
    assert finding.target_name == "Odalys Fenwarrow"


CARD = (
    "---\nlicense: other\nbase_model: stabilityai/stable-diffusion-xl-base-1.0\ntags:\n"
    "- text-to-image\n- lora\ninstance_prompt: ofw woman\n---\n"
)


def test_a_card_front_matter_is_not_read_as_the_description() -> None:
    body = "# Odalys Fenwarrow\n## Model description\nPhotos of Odalys Fenwarrow, a singer."
    read = bounded(_record("Odalys Fenwarrow", CARD + body))
    # (its opening headings are layout too: meta19)
    assert read.description == body.split("\n")[-1]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "description",
    [
        "---\nA rule line, then prose: no key.\n---\nMore prose.",  # rules around prose
        "Prose first.\n---\nlicense: other\n---\n",  # not at the head
        "---\nlicense: other\n",  # never closed
    ],
)
def test_twin_texts_between_rules_stay(description: str) -> None:
    read = bounded(_record("Neon Alley", description))
    assert read.description == description  # type: ignore[attr-defined]
