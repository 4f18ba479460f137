"""Metamorphic robustness of likeness detection: meaning-preserving rewrites of dev-set items.

Every decision that a truth-preserving rewrite flips is a rule fitted to one wording. This tool
loads dev-set parts (sets 2–20, through the eval scripts' loaders), applies a list of named
transforms to each raw item (a title separator swapped, a bracketed alias turned round, the case of
a title changed, decorations, emoji, kaomoji or base-model and version suffixes added, the title's
model words in another language, a base model before the title, zero-width or soft-hyphen masks and
look-alike letters of other scripts inside its words, the description's markup changed, written as
a Hugging Face card or a neutral block appended, the labelled name moved from the title to the
description's last paragraph or only into the trigger word, file name or version name, trigger
words spelt with ``_``, spaces or camelCase, tags shuffled, typographic variants), builds the
record again (``record_of``) and detects it again. Only items the detector gets right are counted.
Per transform it prints: the items it changed, likeness flips (pos→neg: a found likeness lost;
neg→pos: a false flag made), target changes (a right target made wrong) and gender changes (a right
gender made wrong). Seeded and deterministic. ``--sample T N`` prints N items as T rewrites them,
to read that every rewrite keeps its item's label.

Run from the repository root::

    PYTHONPATH=src:scripts .venv/bin/python scripts/perturb_sets.py
    PYTHONPATH=src:scripts .venv/bin/python scripts/perturb_sets.py --parts all --poi
    PYTHONPATH=src:scripts .venv/bin/python scripts/perturb_sets.py -t case_upper \\
        --show case_upper 20
    PYTHONPATH=src:scripts .venv/bin/python scripts/perturb_sets.py --sets 17 --sample name_last 5

Items of the POI parts (names of Civitai's POI list, built in memory) are shown by position only.
"""

from __future__ import annotations

import argparse
import copy
import importlib
import random
import re
import sys
import time
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import redirect_stdout
from dataclasses import dataclass, field
from io import StringIO
from typing import Any

from dfaudit.detect.engine import Detector
from dfaudit.detect.evalsets import LabelledItem, record_of
from dfaudit.detect.evaluate import name_key, target_forms
from dfaudit.detect.findings import Finding

SETS = (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20)
SEED = 17

Raw = dict[str, Any]
# a transform: the raw item, its platform, a seeded generator and the item's label (read only to
# find where the labelled name stands, never to decide) → the rewritten item, or None where it
# does not apply (the item has nothing it rewrites, or rewriting changes nothing)
Rewrite = Callable[[Raw, str, random.Random, Mapping[str, Any]], Raw | None]


# ---- field access (Civitai items carry a title, an HTML description, tags, trigger words) ----


def _title(raw: Raw, platform: str) -> str | None:
    value = raw.get("name")
    return value if platform == "civitai" and isinstance(value, str) and value else None


def _with_title(rewrite: Callable[[str, random.Random], str | None]) -> Rewrite:
    def apply(raw: Raw, platform: str, rng: random.Random, label: Mapping[str, Any]) -> Raw | None:
        title = _title(raw, platform)
        if title is None:
            return None
        new = rewrite(title, rng)
        if new is None or new == title:
            return None
        out = dict(raw)
        out["name"] = new
        return out

    return apply


def _with_description(rewrite: Callable[[str, random.Random], str | None]) -> Rewrite:
    def apply(raw: Raw, platform: str, rng: random.Random, label: Mapping[str, Any]) -> Raw | None:
        if platform != "civitai":
            return None
        description = raw.get("description")
        new = rewrite(description if isinstance(description, str) else "", rng)
        if new is None or new == description:
            return None
        out = dict(raw)
        out["description"] = new
        return out

    return apply


def _with_text(rewrite: Callable[[str], str]) -> Rewrite:
    """A rewrite of the visible text of the title and the description (markup kept as it is)."""

    def apply(raw: Raw, platform: str, rng: random.Random, label: Mapping[str, Any]) -> Raw | None:
        if platform != "civitai":
            return None
        out = dict(raw)
        title = _title(raw, platform)
        if title is not None:
            out["name"] = rewrite(title)
        description = raw.get("description")
        if isinstance(description, str):
            parts = re.split(r"(<[^<>]*>)", description)
            out["description"] = "".join(
                p if p.startswith("<") and p.endswith(">") else rewrite(p) for p in parts
            )
        changed = out.get("name") != raw.get("name") or out.get("description") != description
        return out if changed else None

    return apply


def _with_tags(rewrite: Callable[[list[str], random.Random], list[str]]) -> Rewrite:
    def apply(raw: Raw, platform: str, rng: random.Random, label: Mapping[str, Any]) -> Raw | None:
        out = copy.deepcopy(raw)
        if platform == "civitai":
            tags = out.get("tags")
            if not isinstance(tags, list) or len(tags) < 1:
                return None
            out["tags"] = rewrite([str(t) for t in tags], rng)
        else:
            card = out.get("cardData")
            if not isinstance(card, dict) or not isinstance(card.get("tags"), list):
                return None
            card["tags"] = rewrite([str(t) for t in card["tags"]], rng)
        return None if out == raw else out

    return apply


def _with_trigger_words(rewrite: Callable[[str], str]) -> Rewrite:
    def apply(raw: Raw, platform: str, rng: random.Random, label: Mapping[str, Any]) -> Raw | None:
        out = copy.deepcopy(raw)
        if platform == "civitai":
            for version in out.get("modelVersions") or []:
                if isinstance(version, dict) and isinstance(version.get("trainedWords"), list):
                    version["trainedWords"] = [
                        _per_phrase(w, rewrite) if isinstance(w, str) else w
                        for w in version["trainedWords"]
                    ]
        else:
            card = out.get("cardData")
            if isinstance(card, dict) and isinstance(card.get("instance_prompt"), str):
                card["instance_prompt"] = _per_phrase(card["instance_prompt"], rewrite)
        return None if out == raw else out

    return apply


def _per_phrase(words: str, rewrite: Callable[[str], str]) -> str:
    """A trigger-word field rewritten phrase by phrase (its commas kept); only a phrase of two
    or three words is a trigger token spelt one way or another ("mira vossberg", "sks_woman"),
    a longer one is a sentence ("a photo of my friend") and is left as it is."""

    def one(match: re.Match[str]) -> str:
        phrase = match.group(0)
        return rewrite(phrase) if 2 <= len(re.split(r"[_\s]+", phrase)) <= 3 else phrase

    return ",".join(re.sub(r"\S.*\S|\S", one, part) for part in words.split(","))


# ---- the transforms ----

# the separators between a title's segments, with spaces around (a hyphen inside a name is no
# separator); a colon takes a space after it; the lenticular brackets are a separator themselves
_SEPARATOR = re.compile(r"\s+(?:[-|/~•–—])\s+|\s*:\s+|\s*[【】]\s*")


def _segments(title: str) -> list[str] | None:
    parts = [p.strip() for p in _SEPARATOR.split(title)]
    parts = [p for p in parts if p]
    return parts if len(parts) >= 2 else None


def _separator(new: str) -> Callable[[str, random.Random], str | None]:
    def rewrite(title: str, rng: random.Random) -> str | None:
        parts = _segments(title)
        if parts is None:
            return None
        if new == "【】":
            return f"【{parts[0]}】{' '.join(parts[1:])}" if len(parts) == 2 else None
        return new.join(parts)

    return rewrite


_BRACKETS = "()[]（）"
_TAIL_ALIAS = re.compile(r"^([^()\[\]（）]+?)\s*([(\[（])([^()\[\]（）]+)([)\]）])\s*$")
_HEAD_ALIAS = re.compile(r"^\s*([(\[（])([^()\[\]（）]+)([)\]）])\s*([^()\[\]（）]+?)\s*$")


def _alias_swapped(title: str, rng: random.Random) -> str | None:
    """``A (B)`` → ``B (A)`` and ``(B) A`` → ``A (B)``, the brackets kept."""
    tail = _TAIL_ALIAS.match(title)
    if tail:
        a, opening, b, closing = tail.groups()
        return f"{b.strip()} {opening}{a.strip()}{closing}"
    head = _HEAD_ALIAS.match(title)
    if head:
        opening, b, closing, a = head.groups()
        return f"{a.strip()} {opening}{b.strip()}{closing}"
    return None


def _brackets_as(opening: str, closing: str) -> Callable[[str, random.Random], str | None]:
    def rewrite(title: str, rng: random.Random) -> str | None:
        if not any(c in title for c in _BRACKETS):
            return None
        return re.sub(r"[(\[（]", opening, re.sub(r"[)\]）]", closing, title))

    return rewrite


def _title_case(title: str, rng: random.Random) -> str:
    return " ".join(w[:1].upper() + w[1:].lower() for w in title.split(" "))


def _around(left: str, right: str) -> Callable[[str, random.Random], str]:
    return lambda title, rng: f"{left}{title}{right}"


def _suffix(tail: str) -> Callable[[str, random.Random], str]:
    return lambda title, rng: f"{title}{tail}"


# ---- descriptions ----

_PARAGRAPH = re.compile(r"<p\b[^<>]*>(.*?)</p>", re.DOTALL)


def _paragraphs(description: str) -> list[str]:
    """The description's paragraphs, as markup (``<p>`` blocks) or as plain text blocks."""
    if "<p" in description:
        found = _PARAGRAPH.findall(description)
        rest = _PARAGRAPH.sub("", description).strip()
        return [f"<p>{p}</p>" for p in found] + ([rest] if rest else [])
    return [p for p in re.split(r"\n\s*\n", description) if p.strip()]


def _desc_strong(description: str, rng: random.Random) -> str | None:
    if not description.strip():
        return None
    if "<p" in description:
        return _PARAGRAPH.sub(lambda m: f"<p><strong>{m.group(1)}</strong></p>", description, 1)
    return f"<p><strong>{description}</strong></p>"


def _desc_breaks(description: str, rng: random.Random) -> str | None:
    """Paragraphs as lines of one paragraph, broken by ``<br>``."""
    paragraphs = _paragraphs(description)
    if len(paragraphs) < 2:
        return None
    inner = [re.sub(r"^<p\b[^<>]*>|</p>$", "", p) for p in paragraphs]
    return "<p>" + "<br><br>".join(inner) + "</p>"


def _desc_plain(description: str, rng: random.Random) -> str | None:
    """An HTML description as plain text: its paragraphs apart by blank lines, the markup gone
    (and a plain one as ``<p>`` paragraphs)."""
    if not description.strip():
        return None
    if "<" not in description:
        return "".join(f"<p>{p}</p>" for p in _paragraphs(description))
    blocks = re.sub(r"</?(?:p|div|h[1-6]|ul|ol|table|tr|pre)\b[^<>]*>", "\n\n", description)
    lines = re.sub(r"<(?:br|li|td)\b[^<>]*>", "\n", blocks)
    text = re.sub(r"<(?!(?:lora|lyco|locon|hypernet)\s{0,3}:)[^<>]*>", "", lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _desc_reversed(description: str, rng: random.Random) -> str | None:
    paragraphs = _paragraphs(description)
    if len(paragraphs) < 2:
        return None
    joiner = "" if "<p" in description else "\n\n"
    return joiner.join(reversed(paragraphs))


SETTINGS_BLOCK = (
    "<h3>Settings</h3><ul><li>Sampler: DPM++ 2M Karras</li><li>Steps: 28 to 34</li>"
    "<li>CFG: 5.5 to 7</li><li>Clip skip: 2</li><li>Hires fix: 1.5x, 4x-UltraSharp, "
    "denoise 0.35</li><li>Weight: 0.6 to 0.9</li></ul><h3>Changelog</h3><ul>"
    "<li>v1.2: retrained at 1024 px, fewer colour bands</li><li>v1.1: cleaner captions, "
    "lower learning rate</li><li>v1.0: first upload</li></ul><p>Trained with kohya_ss, "
    "12 epochs, batch size 2, network dim 32, alpha 16, AdamW8bit, cosine schedule.</p>"
)
THANKS = (
    "<p>Merci beaucoup pour votre soutien !</p>",
    "<p>¡Muchas gracias por todo el apoyo!</p>",
    "<p>Vielen Dank fürs Ausprobieren!</p>",
    "<p>感谢大家的支持！</p>",
    "<p>いつも応援ありがとうございます！</p>",
    "<p>Grazie mille a tutti!</p>",
    "<p>Obrigado pelo apoio!</p>",
)


def _desc_settings(description: str, rng: random.Random) -> str:
    return description + SETTINGS_BLOCK


def _desc_thanks(description: str, rng: random.Random) -> str:
    return description + rng.choice(THANKS)


# ---- trigger words, tags, typography ----


def _camel(phrase: str) -> str:
    words = [w for w in re.split(r"[_\s]+", phrase) if w]
    if len(words) < 2 or len(words) > 3:
        return phrase
    return words[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in words[1:])


def _shuffled(tags: list[str], rng: random.Random) -> list[str]:
    out = list(tags)
    rng.shuffle(out)
    return out


def _curly(text: str) -> str:
    text = re.sub(r"(^|[\s(\[])\"", "\\1\u201c", text)
    text = text.replace('"', "\u201d")
    text = re.sub(r"(^|[\s(\[])'", "\\1\u2018", text)
    return text.replace("'", "\u2019")


_FULL_WIDTH = {", ": "，", ". ": "。", ": ": "：", "! ": "！", "? ": "？", "(": "（", ")": "）"}


def _full_width(text: str) -> str:
    for half, full in _FULL_WIDTH.items():
        text = text.replace(half, full)
    return text


# ---- where the name stands: moved out of the title ----

# what a title is left with when its name is taken out: separators and empty brackets at its
# ends or doubled, then nothing but a model word
_LOOSE_ENDS = re.compile(r"^[\s\-|/~•:–—,]+|[\s\-|/~•:–—,]+$")
_EMPTY_BRACKETS = re.compile(r"[(\[（【「]\s*[)\]）】」]")


def _name_forms(label: Mapping[str, Any]) -> list[str]:
    """The label's names of its likeness (target, targets, aliases), longest first; none for an
    item that is no likeness (a negative's name, an artist's or a character's, stays put)."""
    if not label.get("likeness"):
        return []
    forms: list[str] = [label.get("target") or ""]
    for key in ("targets", "aliases"):
        value = label.get(key)
        if isinstance(value, list):
            forms.extend(str(v) for v in value)
    kept = {f.strip() for f in forms if isinstance(f, str) and len(f.strip()) >= 3}
    return sorted(kept, key=len, reverse=True)


def _form_pattern(form: str) -> re.Pattern[str]:
    # a name in a script without spaces between words ("榊原ひなのさん") has no word edges
    if not form.isascii() and re.search(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", form):
        return re.compile(re.escape(form))
    return re.compile(rf"(?<![^\W_]){re.escape(form)}(?![^\W_])", re.IGNORECASE)


def _title_without_name(title: str, label: Mapping[str, Any]) -> tuple[str, str] | None:
    """(the title with the labelled name taken out, the name as it stood), or None where the
    title holds none of the label's names. What is left is tidied; a title left with no word
    becomes ``LoRA``."""
    for form in _name_forms(label):
        found = _form_pattern(form).search(title)
        if found is None:
            continue
        rest = title[: found.start()] + " " + title[found.end() :]
        for _ in range(2):
            rest = _EMPTY_BRACKETS.sub(" ", rest)
            rest = _LOOSE_ENDS.sub("", " ".join(rest.split()))
        if not re.search(r"[^\W\d_]", rest):
            rest = "LoRA"
        return rest, found.group(0)
    return None


def _says_name(text: str, label: Mapping[str, Any]) -> bool:
    return any(_form_pattern(form).search(text) for form in _name_forms(label))


def _name_to_last_paragraph(
    raw: Raw, platform: str, rng: random.Random, label: Mapping[str, Any]
) -> Raw | None:
    """The name out of the title, the old title as the description's last paragraph, after a
    long settings block (an uploader who writes the subject at the page's end)."""
    title = _title(raw, platform)
    moved = _title_without_name(title, label) if title else None
    if title is None or moved is None:
        return None
    description = raw.get("description")
    out = dict(raw)
    out["name"] = moved[0]
    out["description"] = (
        (description if isinstance(description, str) else "") + SETTINGS_BLOCK + f"<p>{title}</p>"
    )
    return out


def _name_only_in(where: str) -> Rewrite:
    """The name out of the title, written only in the trigger words (``trigger``), the model
    file's name (``file``) or the version's name (``version``): applied where the description
    does not say the name (else it would not stand only there) and no other short field does."""

    def apply(raw: Raw, platform: str, rng: random.Random, label: Mapping[str, Any]) -> Raw | None:
        title = _title(raw, platform)
        moved = _title_without_name(title, label) if title else None
        description = raw.get("description")
        if title is None or moved is None:
            return None
        if isinstance(description, str) and _says_name(description, label):
            return None
        out = copy.deepcopy(raw)
        out["name"] = moved[0]
        name = moved[1]
        versions = [v for v in out.get("modelVersions") or [] if isinstance(v, dict)]
        if not versions:
            return None
        for version in versions:
            words = [w for w in version.get("trainedWords") or [] if isinstance(w, str)]
            kept = [w for w in words if not _says_name(w, label)]
            version["trainedWords"] = kept
            for file in version.get("files") or []:
                if isinstance(file, dict) and _says_name(
                    re.sub(r"[_\-.]+", " ", str(file.get("name", ""))), label
                ):
                    file["name"] = "model.safetensors"
            if _says_name(str(version.get("name", "")), label):
                version["name"] = "v1.0"
        first = versions[0]
        if where == "trigger":
            first["trainedWords"] = [name.lower(), *first["trainedWords"]]
        elif where == "file":
            files = [f for f in first.get("files") or [] if isinstance(f, dict)]
            if not files:
                return None
            files[0]["name"] = re.sub(r"\s+", "_", name) + ".safetensors"
        else:
            first["name"] = f"{name} v1.0"
        return out

    return apply


# ---- a description written as a Hugging Face model card ----


def _desc_hf_card(
    raw: Raw, platform: str, rng: random.Random, label: Mapping[str, Any]
) -> Raw | None:
    """The description as a Hugging Face README: YAML front matter (licence, base model, tags,
    instance prompt), a ``#`` header with the title and ``##`` sections around the page's text
    (as plain text), as uploaders paste a card they first wrote for the Hub."""
    if platform != "civitai":
        return None
    description = raw.get("description")
    text = _desc_plain(description, rng) if isinstance(description, str) else None
    if not text or "<" in (text or "")[:1]:
        return None
    versions = [v for v in raw.get("modelVersions") or [] if isinstance(v, dict)]
    words = [w for v in versions[:1] for w in v.get("trainedWords") or [] if isinstance(w, str)]
    trigger = words[0] if words else None
    front = [
        "---",
        "license: other",
        "base_model: stabilityai/stable-diffusion-xl-base-1.0",
        "tags:",
        "- text-to-image",
        "- stable-diffusion",
        "- lora",
        "- diffusers",
    ]
    if trigger:
        front.append(f"instance_prompt: {trigger}")
    front.append("---")
    body = [f"# {raw.get('name') or 'Model'}", "", "## Model description", "", text, ""]
    if trigger:
        body += [
            "## Trigger words",
            "",
            f"You should use `{trigger}` to trigger the image generation.",
            "",
        ]
    body += ["## Download model", "", "Weights for this model are available in Safetensors format."]
    out = dict(raw)
    out["description"] = "\n".join(front) + "\n\n" + "\n".join(body)
    return out


# ---- a title's model words in another language ----

_MODEL_WORD = re.compile(r"(?<![^\W_])(lora|model|checkpoint|embedding)(?![^\W_])", re.IGNORECASE)
# a language's words for the model kinds, and what it appends to a title that has none
_MODEL_WORDS_IN = {
    "ja": (
        {
            "lora": "「LoRA」",
            "model": "モデル",
            "checkpoint": "モデル",
            "embedding": "エンベディング",
        },
        " 「LoRA」",
    ),
    "ko": ({"lora": "로라", "model": "모델", "checkpoint": "모델", "embedding": "임베딩"}, " 모델"),
    "ru": (
        {"lora": "ЛоРА", "model": "модель", "checkpoint": "модель", "embedding": "эмбеддинг"},
        " модель",
    ),
    "zh": (
        {"lora": "LoRA模型", "model": "模型", "checkpoint": "模型", "embedding": "嵌入"},
        " 模型",
    ),
}


def _model_words_in(language: str) -> Callable[[str, random.Random], str]:
    table, appended = _MODEL_WORDS_IN[language]

    def rewrite(title: str, rng: random.Random) -> str:
        if _MODEL_WORD.search(title):
            return _MODEL_WORD.sub(lambda m: table[m.group(1).lower()], title)
        return title + appended

    return rewrite


# ---- masks a filter-dodging uploader types inside the name ----

_LONG_WORD = re.compile(r"[A-Za-z]{4,}")
_CYRILLIC = str.maketrans("aeopcxAEOPCXHKMT", "аеорсхАЕОРСХНКМТ")
_GREEK = str.maketrans("oivkaAEOIKMNPTXYZ", "οινκαΑΕΟΙΚΜΝΡΤΧΥΖ")


def _inside_words(mark: str) -> Callable[[str, random.Random], str]:
    """An invisible character typed after the second letter of each Latin word of four or more."""
    return lambda title, rng: _LONG_WORD.sub(
        lambda m: m.group(0)[:2] + mark + m.group(0)[2:], title
    )


def _look_alikes(table: dict[int, int]) -> Callable[[str, random.Random], str]:
    """One letter of each Latin word of three or more (not its first) typed as the look-alike
    letter of another script; the word keeps Latin letters."""

    def one(match: re.Match[str]) -> str:
        word = match.group(0)
        for at in range(1, len(word)):
            swapped = word[at].translate(table)
            if swapped != word[at]:
                return word[:at] + swapped + word[at + 1 :]
        return word

    return lambda title, rng: re.sub(r"[A-Za-z]{3,}", one, title)


def _emoji_between(mark: str) -> Callable[[str, random.Random], str | None]:
    """The title's first space as an emoji with no space ("Odalys🌸Fenwarrow LoRA")."""
    return lambda title, rng: title.replace(" ", mark, 1) if " " in title else None


@dataclass(frozen=True)
class Transform:
    name: str
    rewrite: Rewrite
    note: str = ""


TRANSFORMS: tuple[Transform, ...] = (
    *(
        Transform(f"sep_{label}", _with_title(_separator(sep)))
        for label, sep in (
            ("dash", " - "),
            ("pipe", " | "),
            ("slash", " / "),
            ("colon", ": "),
            ("tilde", " ~ "),
            ("lenticular", "【】"),
            ("bullet", " • "),
        )
    ),
    Transform("alias_swap", _with_title(_alias_swapped), "A (B) <-> B (A)"),
    Transform("alias_square", _with_title(_brackets_as("[", "]"))),
    Transform("alias_fullwidth", _with_title(_brackets_as("（", "）"))),
    Transform("case_lower", _with_title(lambda t, rng: t.lower())),
    Transform("case_upper", _with_title(lambda t, rng: t.upper())),
    Transform("case_title", _with_title(_title_case)),
    Transform("deco_sparkles", _with_title(_around("✨ ", " ✨"))),
    Transform("deco_fire", _with_title(_around("🔥", "🔥"))),
    Transform("deco_stars", _with_title(_around("★ ", " ★"))),
    *(
        Transform(f"suffix_{label}", _with_title(_suffix(tail)))
        for label, tail in (
            ("v2", " v2"),
            ("flux", " [FLUX]"),
            ("sdxl", " | SDXL"),
            ("pony", " - Pony"),
            ("lora", " (LoRA)"),
            ("sdxl_square", " [SDXL]"),
            ("flux_d", " | Flux.1 D"),
            ("pony_round", " (Pony)"),
            ("il", " - IL"),
            ("v35", " v3.5"),
            ("noobai", " NoobAI"),
            ("illustrious", " [Illustrious]"),
            ("pony_v6_lower", " (pony v6)"),
            ("pdxl", " - PDXL"),
            ("flux_dev_lenticular", " 【Flux.1-dev】"),
        )
    ),
    # the base model first, as uploaders who sort their listings by base write it
    *(
        Transform(f"prefix_{label}", _with_title(_around(head, "")))
        for label, head in (("sdxl_square", "[SDXL] "), ("pony_pipe", "PONY | "))
    ),
    *(
        Transform(f"title_{language}", _with_title(_model_words_in(language)))
        for language in _MODEL_WORDS_IN
    ),
    Transform("deco_kaomoji", _with_title(_around("", " (◕‿◕✿)"))),
    Transform("deco_hearts", _with_title(_around("♡ ", " ♡"))),
    Transform("deco_emoji_inside", _with_title(_emoji_between("🌸"))),
    Transform("mask_zero_width", _with_title(_inside_words("\u200b"))),
    Transform("mask_soft_hyphen", _with_title(_inside_words("\u00ad"))),
    Transform("mask_cyrillic", _with_title(_look_alikes(_CYRILLIC))),
    Transform("mask_greek", _with_title(_look_alikes(_GREEK))),
    Transform("desc_strong", _with_description(_desc_strong)),
    Transform("desc_breaks", _with_description(_desc_breaks)),
    Transform("desc_plain", _with_description(_desc_plain)),
    Transform("desc_reversed", _with_description(_desc_reversed)),
    Transform("desc_settings", _with_description(_desc_settings)),
    Transform("desc_thanks", _with_description(_desc_thanks)),
    Transform("desc_hf_card", _desc_hf_card),
    Transform("name_last", _name_to_last_paragraph, "title's name to the page's last paragraph"),
    Transform("name_trigger", _name_only_in("trigger")),
    Transform("name_file", _name_only_in("file")),
    Transform("name_version", _name_only_in("version")),
    Transform("trig_space", _with_trigger_words(lambda w: w.replace("_", " "))),
    Transform("trig_underscore", _with_trigger_words(lambda w: re.sub(r"\s+", "_", w))),
    Transform("trig_camel", _with_trigger_words(_camel)),
    Transform("tags_shuffle", _with_tags(_shuffled)),
    Transform("tags_upper", _with_tags(lambda tags, rng: [t.upper() for t in tags])),
    Transform("tags_title", _with_tags(lambda tags, rng: [t.title() for t in tags])),
    Transform("typo_quotes", _with_text(_curly)),
    Transform("typo_fullwidth", _with_text(_full_width)),
    Transform("typo_nbsp", _with_text(lambda t: t.replace(" ", "\u00a0"))),
    Transform("typo_double_space", _with_text(lambda t: t.replace(" ", "  "))),
)
BY_NAME = {t.name: t for t in TRANSFORMS}


# ---- the harness ----


@dataclass
class Tally:
    """What one transform did over the items the detector gets right."""

    applied: int = 0
    pos_to_neg: list[str] = field(default_factory=list)
    neg_to_pos: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    gender: list[str] = field(default_factory=list)

    @property
    def flips(self) -> int:
        return len(self.pos_to_neg) + len(self.neg_to_pos)


@dataclass(frozen=True)
class Case:
    """One item the harness rewrites: its shown id, platform, raw item and label."""

    item_id: str
    platform: str
    raw: Mapping[str, Any]
    label: Mapping[str, Any]


def _rng(transform: str, item_id: str) -> random.Random:
    return random.Random(zlib.crc32(f"{SEED}:{transform}:{item_id}".encode()))


def _target_right(finding: Finding, label: Mapping[str, Any]) -> bool | None:
    forms = target_forms(label)
    if not (finding.likeness and label.get("likeness") and forms):
        return None
    return name_key(finding.target_name) in forms


def _gender_right(finding: Finding, label: Mapping[str, Any]) -> bool | None:
    if not label.get("likeness") or label.get("gender") not in ("female", "male"):
        return None
    return finding.target_gender == label["gender"]


def run(
    cases: Sequence[Case],
    transforms: Iterable[Transform],
    detector: Detector,
    done: Callable[[str, Tally], None] | None = None,
) -> dict[str, Tally]:
    """Per transform, the flips it makes on ``cases`` the detector gets right (``done`` is told
    each transform's tally as it is finished)."""
    base: list[tuple[Case, Finding]] = []
    for case in cases:
        finding = detector.detect(record_of(case.raw, case.platform))
        if finding.likeness == bool(case.label.get("likeness")):
            base.append((case, finding))
    tallies: dict[str, Tally] = {}
    for transform in transforms:
        tally = tallies[transform.name] = Tally()
        for case, before in base:
            raw = transform.rewrite(
                dict(case.raw), case.platform, _rng(transform.name, case.item_id), case.label
            )
            if raw is None:
                continue
            tally.applied += 1
            after = detector.detect(record_of(raw, case.platform))
            if after.likeness != before.likeness:
                (tally.pos_to_neg if before.likeness else tally.neg_to_pos).append(case.item_id)
                continue
            if _target_right(before, case.label) and _target_right(after, case.label) is False:
                tally.target.append(case.item_id)
            if _gender_right(before, case.label) and _gender_right(after, case.label) is False:
                tally.gender.append(case.item_id)
        if done is not None:
            done(transform.name, tally)
    return tallies


def load_cases(sets: Sequence[int], which: str, poi: bool) -> list[Case]:
    """The parts of the dev sets through the eval scripts' loaders (``dev``: the first part of
    each set; ``all``: its dev and hold parts; ``poi`` adds the POI parts, built in memory)."""
    cases: list[Case] = []
    for number in sets:
        module = importlib.import_module(f"eval_devset{number}")
        parts = [p for p in module.PARTS if not p.startswith("poi")]
        chosen = parts if which == "all" else parts[:1]
        if poi:
            chosen += [p for p in module.PARTS if p.startswith("poi")]
        for part in chosen:
            with redirect_stdout(StringIO()):
                items: list[LabelledItem] | None = module.load_part(part)
            for n, item in enumerate(items or ()):
                label = item.label
                platform = str(label.get("platform") or "civitai")
                shown = f"{part}#{n}" if part.startswith("poi") else f"{part}:{label['model_id']}"
                cases.append(Case(shown, platform, item.raw, label))
    return cases


def _shown(raw: Mapping[str, Any], key: str) -> object:
    """A raw item's field as a sample shows it: a version by its name, trigger words and files."""
    value = raw.get(key)
    if key != "modelVersions" or not isinstance(value, list):
        return value
    return [
        (v.get("name"), v.get("trainedWords"), [f.get("name") for f in v.get("files") or []])
        for v in value
        if isinstance(v, dict)
    ]


def samples(cases: Sequence[Case], transform: Transform, count: int) -> str:
    """``count`` items as ``transform`` rewrites them, spread over ``cases``: the label, and each
    field the rewrite changed, before and after (long texts by their changed ends)."""
    rewritten = []
    for case in cases:
        raw = transform.rewrite(
            dict(case.raw), case.platform, _rng(transform.name, case.item_id), case.label
        )
        if raw is not None:
            rewritten.append((case, raw))
    rows: list[str] = []
    for case, raw in rewritten[:: max(1, len(rewritten) // max(1, count))][:count]:
        label = case.label
        rows.append(f"{case.item_id} likeness={label.get('likeness')} target={label.get('target')}")
        for key in sorted(set(raw) | set(case.raw)):
            before, after = _shown(case.raw, key), _shown(raw, key)
            if before != after:
                rows.append(f"  {key}: {str(before)[-300:]!r}")
                rows.append(f"  {'':{len(key)}}> {str(after)[-300:]!r}")
    return "\n".join(rows)


def table(tallies: Mapping[str, Tally]) -> str:
    head = ("applied", "pos>neg", "neg>pos", "target", "gender")
    rows = [f"{'transform':20} " + " ".join(f"{h:>7}" for h in head)]
    for name, t in tallies.items():
        rows.append(
            f"{name:20} {t.applied:7} {len(t.pos_to_neg):7} {len(t.neg_to_pos):7} "
            f"{len(t.target):7} {len(t.gender):7}"
        )
    total = Tally()
    for t in tallies.values():
        total.applied += t.applied
        total.pos_to_neg += t.pos_to_neg
        total.neg_to_pos += t.neg_to_pos
        total.target += t.target
        total.gender += t.gender
    rows.append(
        f"{'total':20} {total.applied:7} {len(total.pos_to_neg):7} {len(total.neg_to_pos):7} "
        f"{len(total.target):7} {len(total.gender):7}"
    )
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="transforms: " + ", ".join(BY_NAME),
    )
    parser.add_argument("--sets", default=",".join(map(str, SETS)), help="e.g. 2,15,16")
    parser.add_argument("--parts", choices=("dev", "all"), default="dev")
    parser.add_argument("--poi", action="store_true", help="add the POI parts (no lexicon)")
    parser.add_argument(
        "-t",
        "--transform",
        action="append",
        choices=sorted(BY_NAME),
        metavar="T",
        help="one transform (repeatable; default: all, listed below)",
    )
    parser.add_argument(
        "--show", nargs=2, action="append", metavar=("T", "N"), help="list N ids flipped by T"
    )
    parser.add_argument(
        "--sample",
        nargs=2,
        metavar=("T", "N"),
        help="print N items as T rewrites them (to read that it keeps their labels), then stop",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    cases = load_cases([int(s) for s in args.sets.split(",")], args.parts, args.poi)
    if args.sample:
        print(samples(cases, BY_NAME[args.sample[0]], int(args.sample[1])))
        return 0
    transforms = [BY_NAME[n] for n in args.transform] if args.transform else list(TRANSFORMS)
    print(f"{len(cases)} items; counted over those the detector gets right", flush=True)
    print(table({}).splitlines()[0], flush=True)
    tallies = run(
        cases, transforms, Detector(), lambda n, t: print(table({n: t}).splitlines()[1], flush=True)
    )
    print(table(tallies).splitlines()[-1])
    for name, count in args.show or ():
        tally = tallies.get(name)
        if tally is None:
            print(f"--show {name}: not run")
            continue
        for kind in ("pos_to_neg", "neg_to_pos", "target", "gender"):
            ids = getattr(tally, kind)[: int(count)]
            if ids:
                print(f"  {name} {kind}: {' '.join(ids)}")
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
