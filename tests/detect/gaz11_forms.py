"""Every way an uploader writes a listed name, in every field a record has (round 11, gazetteer).

A generator of records, built in memory from names given at run time: the tests pass names of
Civitai's POI list read from ``../shared/lexicons/civitai/words-poi.json`` (never written into
the project) or invented ones. Each positive writes a listed person's name in one *form* (ALL
CAPS, letter-spaced, camelCase, family name first, leetspeak, ...) into one *field* of a
Civitai or Hugging Face item (title, tags, trained words, file name, version name, HTML
description, image prompt, card widget, instance prompt); each negative names a listed person
who is not the subject (a painter's style, a photographer's or voice actor's credit, a given
name alone in prose, a listed name that is an ordinary word, a listed name inside a longer word).

``python tests/detect/gaz11_forms.py`` prints recall and false-fire rate per form and field with
Civitai's list as the lexicon (the table of the round's report).
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dfaudit.records import ModelRecord
from dfaudit.store.normalize import normalize_civitai_model, normalize_hf_model

POI_LIST = Path(__file__).resolve().parents[2] / ".." / "shared" / "lexicons" / "civitai"
POI_LIST = POI_LIST / "words-poi.json"
_ENTRY = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){1,2}")
SEED = 1101101
Item = dict[str, Any]


def load_names(path: Path = POI_LIST) -> list[str]:
    """The list's entries of two or three words of letters (lower case, sorted)."""
    data = json.loads(Path(path).read_text("utf-8"))
    names = {" ".join(str(e).lower().split()) for e in data if isinstance(e, str)}
    return sorted(n for n in names if _ENTRY.fullmatch(n))


def load_entries(path: Path = POI_LIST) -> list[str]:
    """Every entry of the list as it stands."""
    data = json.loads(Path(path).read_text("utf-8"))
    return [str(e) for e in data if isinstance(e, str)]


def sample(names: list[str], count: int, seed: int = SEED) -> list[str]:
    rng = random.Random(seed)
    return rng.sample(names, min(count, len(names)))


# ---------------------------------------------------------------------------------------------
# forms: a name's words (lower case, as listed) -> the name as an uploader writes it

Form = Callable[[list[str]], str]
_ACCENT = {"a": "á", "e": "é", "i": "í", "o": "ö", "u": "ü", "n": "ñ", "c": "ç"}
_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
# Cyrillic letters that look like Latin ones, written in place of them to dodge a filter
_LOOKALIKE = str.maketrans({"a": "\u0430", "e": "\u0435", "o": "\u043e"})
_PLAIN = str.maketrans("áàâäãåéèêëíìîïóòôöõúùûüñçý", "aaaaaaeeeeiiiiooooouuuuncy")


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def _title(words: list[str]) -> str:
    return " ".join(_cap(w) for w in words)


def _accented(word: str) -> str:
    """The word with its first plain vowel (or n, c) given a diacritic: "jane" -> "jáne"."""
    for i, ch in enumerate(word):
        if ch in _ACCENT:
            return word[:i] + _ACCENT[ch] + word[i + 1 :]
    return word


def _leet(word: str) -> str:
    """The word with its first leetable letter after the first written as a digit."""
    for i, ch in enumerate(word):
        if i and ch in _LEET:
            return word[:i] + _LEET[ch] + word[i + 1 :]
    return word


def _doubled(word: str) -> str:
    """The word with its last letter doubled ("jane" -> "janee")."""
    return word + word[-1]


def _middle_added(words: list[str]) -> str:
    if len(words) > 2:
        return _title(words)  # already has one
    return _title([words[0], "marie" if words[0][-1:] in "aeiy" else "james", *words[1:]])


FORMS: dict[str, Form] = {
    "title": _title,
    "caps": lambda w: " ".join(w).upper(),
    "lower": lambda w: " ".join(w),
    "plain_letters": lambda w: _title(w).translate(_PLAIN),
    "letter_spaced": lambda w: "  ".join(" ".join(x.upper()) for x in w),
    "letter_dotted": lambda w: " ".join(".".join(x.upper()) for x in w),
    "underscore": lambda w: "_".join(w),
    "dots": lambda w: ".".join(w),
    "hyphen": lambda w: "-".join(w),
    "camel": lambda w: "".join(_cap(x) for x in w),
    "run_together": lambda w: "".join(w),
    "caps_run": lambda w: "".join(w).upper(),
    "reversed": lambda w: _title([w[-1], *w[:-1]]),
    "reversed_comma": lambda w: f"{_cap(w[-1])}, {_title(w[:-1])}",
    "caps_family_comma": lambda w: f"{w[-1].upper()}, {_title(w[:-1])}",
    "lower_family_comma": lambda w: f"{w[-1]}, {' '.join(w[:-1])}",
    "given_initial": lambda w: f"{_cap(w[0])} {w[-1][0].upper()}.",
    "initial_surname": lambda w: f"{w[0][0].upper()}. {_cap(w[-1])}",
    "initials_surname": lambda w: "".join(f"{x[0].upper()}." for x in w[:-1]) + f" {_cap(w[-1])}",
    "accents_added": lambda w: _title([_accented(x) for x in w]),
    "possessive": lambda w: _title(w) + "'s",
    "hashtag": lambda w: "#" + "".join(_cap(x) for x in w),
    "version_suffix": lambda w: "".join(_cap(x) for x in w) + "_v2",
    "kohya_suffix": lambda w: "_".join(w) + "-000010",
    "bracketed": lambda w: f"[{_title(w)}]",
    "leet": lambda w: _title([_leet(x) for x in w]),
    "doubled": lambda w: _title([_doubled(x) for x in w]),
    "middle_added": _middle_added,
    "lookalike_letters": lambda w: _title(w).translate(_LOOKALIKE),
    "zero_width": lambda w: " ".join("\u200b".join(_cap(x)) for x in w),
    "emoji_between": lambda w: "🦋" + "🦋".join(_cap(x) for x in w) + "🦋",
    "middle_dropped": lambda w: _title([w[0], w[-1]]),
}

# forms a careful reader does not count as the listed person on their own (a given name with
# an initial is many people): measured, never required
UNCOUNTED_FORMS = frozenset({"given_initial"})


# ---------------------------------------------------------------------------------------------
# fields: a written name -> a raw platform item that names it in that one field


def _version(
    *,
    name: str = "v1.0",
    trained: Iterable[str] = (),
    file: str = "portrait_lora_v1.safetensors",
    prompt: str = "photo of a woman, portrait, soft light",
    desc: str | None = None,
) -> Item:
    return {
        "id": 9001,
        "modelId": 9000,
        "name": name,
        "createdAt": "2025-03-10T10:00:00.000Z",
        "trainedWords": list(trained),
        "baseModel": "SDXL 1.0",
        "description": desc,
        "files": [
            {
                "id": 9002,
                "sizeKB": 145000,
                "name": file,
                "type": "Model",
                "primary": True,
                "metadata": {"format": "SafeTensor"},
            }
        ],
        "images": [{"url": "https://image.civitai.com/x/1.jpeg", "nsfwLevel": 1,
                    "meta": {"prompt": prompt}}],
    }  # fmt: skip


def civitai_item(
    title: str = "Portrait LoRA #7",
    *,
    description: str = "<p>Realistic portrait LoRA. Weight 0.7 works best.</p>",
    tags: Iterable[str] = ("photorealistic", "portrait"),
    mtype: str = "LORA",
    **version: Any,
) -> Item:
    return {
        "id": 9000,
        "name": title,
        "description": description,
        "type": mtype,
        "poi": False,
        "nsfw": False,
        "tags": list(tags),
        "creator": {"username": "quietforge"},
        "stats": {"downloadCount": 1200},
        "modelVersions": [_version(**version)],
    }


def hf_item(
    slug: str = "portrait-lora",
    *,
    instance: str | None = None,
    widget: str = "a portrait photo of a woman, soft light",
    card_description: str | None = None,
) -> Item:
    card: Item = {"base_model": "black-forest-labs/FLUX.1-dev", "license": "other"}
    card["widget"] = [{"text": widget, "output": {"url": "images/sample_0.png"}}]
    if instance is not None:
        card["instance_prompt"] = instance
    if card_description is not None:
        card["description"] = card_description
    return {
        "id": f"quietforge/{slug}",
        "author": "quietforge",
        "tags": ["diffusers", "lora", "text-to-image", "license:other"],
        "cardData": card,
        "siblings": [{"rfilename": "README.md"}, {"rfilename": "lora.safetensors"}],
        "createdAt": "2025-02-01T12:00:00.000Z",
    }


def _civ(item: Item) -> ModelRecord:
    return normalize_civitai_model(item).model


def _hf(item: Item) -> ModelRecord:
    return normalize_hf_model(item).model


def _file_name(written: str) -> str:
    return re.sub(r"[\s,]+", "_", written).strip("_") + ".safetensors"


Field = Callable[[str], ModelRecord]
FIELDS: dict[str, Field] = {
    "title": lambda n: _civ(civitai_item(f"{n} - realistic LoRA")),
    "tag": lambda n: _civ(civitai_item(tags=("photorealistic", n, "portrait"))),
    "trained_word": lambda n: _civ(civitai_item(trained=[n, "portrait photo"])),
    "file_name": lambda n: _civ(civitai_item(file=_file_name(n))),
    "version_name": lambda n: _civ(civitai_item(name=n)),
    "description": lambda n: _civ(
        civitai_item(description=f"<p>Trained on 40 photos of <strong>{n}</strong>.</p>")
    ),
    "description_plain": lambda n: _civ(
        civitai_item(description=f"<h2>{n}</h2><p>Weight 0.7 works best.</p>")
    ),
    "image_prompt": lambda n: _civ(civitai_item(prompt=f"photo of {n}, smiling, 85mm")),
    "prompt_lora": lambda n: _civ(
        civitai_item(prompt=f"photo of a woman, smiling <lora:{_file_name(n)[:-12]}:0.8>")
    ),
    "hf_repo": lambda n: _hf(hf_item(slug=re.sub(r"[^\w.]+", "-", n).strip("-") + "-lora")),
    "hf_widget": lambda n: _hf(hf_item(widget=f"a photo of {n} on the beach")),
    "hf_instance": lambda n: _hf(hf_item(instance=f"photo of {n}")),
    "hf_card_text": lambda n: _hf(hf_item(card_description=f"A LoRA of {n}, trained on photos.")),
}


@dataclass(frozen=True)
class Case:
    """One generated record: the listed name it writes, how, where, and whether it is the
    subject (a positive) or a negative of some kind."""

    entry: str  # the listed name, as listed
    form: str  # a form of FORMS, or a negative kind
    field: str
    written: str
    record: ModelRecord
    positive: bool


def positives(
    names: Iterable[str], forms: Iterable[str] | None = None, fields: Iterable[str] | None = None
) -> Iterator[Case]:
    """Every name in every form (that changes it) in every field."""
    form_names = list(forms or FORMS)
    field_names = list(fields or FIELDS)
    for entry in names:
        words = entry.lower().split()
        for form in form_names:
            written = FORMS[form](words)
            if form in ("plain_letters", "middle_dropped") and written == _title(words):
                continue  # nothing to strip, no middle name to drop
            for field in field_names:
                yield Case(entry, form, field, written, FIELDS[field](written), True)


# ---------------------------------------------------------------------------------------------
# negatives: a listed name that is not the subject


def _neg_style(name: str) -> list[tuple[str, ModelRecord]]:
    t = _title(name.split())
    return [
        ("description", _civ(civitai_item(
            "Impasto Oil Landscapes",
            description=f"<p>Landscape paintings in the style of {t}. Thick brush strokes.</p>",
            tags=("style", "painting", "landscape"), trained=["impasto style"],
            prompt="a harbour at dusk, impasto oil painting"))),
        ("image_prompt", _civ(civitai_item(
            "Impasto Oil Landscapes",
            description="<p>Thick brush strokes, warm palette.</p>",
            tags=("style", "painting"), trained=["impasto style"],
            prompt=f"a harbour at dusk, in the style of {t}, oil painting"))),
    ]  # fmt: skip


def _neg_credit(name: str) -> list[tuple[str, ModelRecord]]:
    t = _title(name.split())
    return [
        ("photographer", _civ(civitai_item(
            "Rainy Street Scenes",
            description=f"<p>Street scenes at night. Dataset photos by {t}, used with permission."
                        "</p>",
            tags=("style", "street", "photography"), trained=["rainy street"],
            prompt="a rainy street at night, neon"))),
        ("maker", _civ(civitai_item(
            "Rainy Street Scenes",
            description=f"<p>Street scenes at night.</p><p>LoRA made by {t}.</p>",
            tags=("style", "street"), trained=["rainy street"],
            prompt="a rainy street at night, neon"))),
        ("voice_actor", _civ(civitai_item(
            "Akari Minase (Starlight Drift)",
            description=f"<p>Akari from the anime Starlight Drift, voiced by {t}.</p>",
            tags=("anime", "character", "girl"), trained=["akari minase"],
            prompt="1girl, akari minase, anime screencap"))),
    ]  # fmt: skip


def _neg_given_alone(name: str) -> list[tuple[str, ModelRecord]]:
    given = _cap(name.split()[0])
    return [
        ("description", _civ(civitai_item(
            "Cozy Cabin Interiors",
            description=f"<p>My friend {given} and I tested this on a rainy afternoon. "
                        "Works with most checkpoints.</p>",
            tags=("interior", "architecture"), trained=["cozy cabin"],
            prompt="a cozy cabin interior, fireplace"))),
    ]  # fmt: skip


def _neg_word(word: str) -> list[tuple[str, ModelRecord]]:
    """A listed name that is an ordinary word or a place, in its ordinary use."""
    return [
        ("description", _civ(civitai_item(
            "Fantasy Scene Pack",
            description=f"<p>Scenes with a {word} in the background, a river and a forest.</p>",
            tags=("concept", "fantasy", "scenery"), trained=["fantasy scene"],
            prompt=f"fantasy landscape, {word}, river, forest"))),
        ("tag", _civ(civitai_item(
            "Fantasy Scene Pack",
            description="<p>Scenes with a river and a forest.</p>",
            tags=("concept", "fantasy", word), trained=["fantasy scene"],
            prompt="fantasy landscape, river, forest"))),
    ]  # fmt: skip


def _neg_inside(word: str) -> list[tuple[str, ModelRecord]]:
    """A longer ordinary word that holds a listed name's letters."""
    return [
        ("title", _civ(civitai_item(
            f"{_cap(word)} Concept", description="<p>A concept LoRA for scenes.</p>",
            tags=("concept",), trained=[word], prompt=f"scene, {word}"))),
    ]  # fmt: skip


NEGATIVE_KINDS = ("style", "credit", "given_alone", "word", "inside_word")


def negatives(
    names: Iterable[str], entries: Iterable[str], english: Iterable[str]
) -> Iterator[Case]:
    """Listed names that are not the subject. ``names``: multi-word entries (styles, credits,
    given names); ``entries``: every entry (the one-word ones that are ordinary words);
    ``english``: ordinary English words (the words that hold a listed name's letters)."""
    for entry in names:
        for field, record in _neg_style(entry):
            yield Case(entry, "style", field, entry, record, False)
        for field, record in _neg_credit(entry):
            yield Case(entry, "credit", field, entry, record, False)
        for field, record in _neg_given_alone(entry):
            yield Case(entry, "given_alone", field, entry.split()[0], record, False)
    common = frozenset(english)
    keys = {}
    for entry in entries:
        words = entry.lower().split()
        if len(words) == 1 and words[0] in common:
            for field, record in _neg_word(words[0]):
                yield Case(entry, "word", field, words[0], record, False)
        if len(words) == 1 and words[0].isalpha():
            keys[words[0]] = entry
    # one-word entries at the start of a longer ordinary word ("usher" in "ushered")
    seen = 0
    for word in sorted(common):
        for cut in range(len(word) - 1, 3, -1):
            entry = keys.get(word[:cut])
            if entry is not None and len(word) - cut <= 4:
                for field, record in _neg_inside(word):
                    yield Case(entry, "inside_word", field, word, record, False)
                seen += 1
                break


# ---------------------------------------------------------------------------------------------
# scoring


@dataclass
class Tally:
    total: int = 0
    gazetteer: int = 0  # the gazetteer found the listed entry (positives) / any listed entry
    likeness: int = 0  # the detector called the record a likeness model

    def add(self, found: bool, likeness: bool) -> None:
        self.total += 1
        self.gazetteer += found
        self.likeness += likeness


def gazetteer_entries(hits: Iterable[Any]) -> set[str]:
    """The listed entries a finding's gazetteer hits name as targets."""
    return {
        h.value.lower()
        for h in hits
        if h.signal.startswith("gazetteer@") and h.aspect == "target" and h.value
    }


def score(
    cases: Iterable[Case], detect: Callable[[ModelRecord], Any]
) -> dict[tuple[str, str], Tally]:
    out: dict[tuple[str, str], Tally] = {}
    for case in cases:
        finding = detect(case.record)
        named = gazetteer_entries(finding.hits)
        found = case.entry.lower() in named if case.positive else bool(named)
        out.setdefault((case.form, case.field), Tally()).add(found, finding.likeness)
    return out


def main() -> None:  # pragma: no cover - the report's table
    from dfaudit.detect.east_asian import common_english_words
    from dfaudit.detect.engine import Detector
    from dfaudit.detect.lexicon import Lexicon, parse_lexicon_file

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    names = sample(load_names(), count)
    detector = Detector(Lexicon(parse_lexicon_file(POI_LIST, "poi")))
    pos = score(positives(names), detector.detect)
    neg = score(negatives(names, load_entries(), common_english_words()), detector.detect)
    fields = list(FIELDS)
    print(f"{count} names; gazetteer recall per form (rows) and field (columns), then detector")
    print("form".ljust(20) + " ".join(f[:7].rjust(7) for f in fields) + "    all    det")
    for form in FORMS:
        row = [pos.get((form, f)) for f in fields]
        if not any(row):
            continue
        cells = " ".join(f"{t.gazetteer / t.total:7.2f}" if t else "      -" for t in row)
        total = sum(t.total for t in row if t)
        gaz = sum(t.gazetteer for t in row if t) / total
        det = sum(t.likeness for t in row if t) / total
        print(f"{form:20}{cells} {gaz:6.3f} {det:6.3f}")
    print("negatives: kind/field  n  gazetteer-fired  detector-likeness")
    for (kind, field), t in sorted(neg.items()):
        print(f"  {kind:12} {field:13} {t.total:4} {t.gazetteer / t.total:6.3f} "
              f"{t.likeness / t.total:6.3f}")  # fmt: skip


if __name__ == "__main__":  # pragma: no cover
    main()
