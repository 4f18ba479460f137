"""Every written form of a listed name, in every field: does the gazetteer find the entry?

For each entry of a lexicon list (Civitai's POI list by default, read at run time from
``../shared/lexicons/civitai/words-poi.json``; never copied into the project), the script writes
the name the ways uploaders write it (lower case, UPPER, snake_case, kebab-case, run together,
camelCase, family name first, a trade / version / base suffix glued on, ``@``/``#``, inside a
``<lora:...>`` tag, diacritics kept or folded or spelled out in ASCII, a middle initial, a
possessive, ``Given F.``, a multi-part name hyphenated or spaced, an emoji or brackets before it,
full-width letters) into one field of a Civitai or Hugging Face item, runs the gazetteer signal
and counts whether it names that entry. It prints a table form x field -> share found, and
counts only: no name is printed unless ``--show`` is given (to the terminal, never a file).

    PYTHONPATH=src .venv/bin/python scripts/gazetteer_forms.py
    PYTHONPATH=src .venv/bin/python scripts/gazetteer_forms.py --limit 300 --show 5
"""

from __future__ import annotations

import argparse
import os
import random
import re
import stat
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dfaudit.detect.engine import Detector
from dfaudit.detect.lexicon import Lexicon, parse_lexicon_file
from dfaudit.detect.signals.gazetteer import Gazetteer
from dfaudit.records import ModelRecord
from dfaudit.store.normalize import normalize_civitai_model, normalize_hf_model

POI_LIST = Path(__file__).resolve().parents[2] / "shared" / "lexicons" / "civitai"
POI_LIST = POI_LIST / "words-poi.json"


def poi_detector() -> Detector | None:
    """A detector reading Civitai's POI list, or None (said on stdout) when ../shared lacks it:
    the generators' second run."""
    if not POI_LIST.exists():
        print("with the POI list: skipped, ../shared/lexicons/civitai/words-poi.json is absent")
        return None
    return Detector(Lexicon(parse_lexicon_file(POI_LIST, "poi")))


Item = dict[str, Any]
Form = Callable[[list[str]], str | None]  # a name's words as listed -> as written (or n/a)

# ---------------------------------------------------------------------------------------------
# forms


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:].lower()


def _title(words: list[str]) -> str:
    return " ".join("-".join(_cap(p) for p in w.split("-")) for w in words)


def _plain(word: str) -> str:
    """Diacritics dropped: "Zoë" -> "Zoe"."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# how a name with diacritics is spelled in ASCII by hand ("Müller" -> "Mueller", "ß" -> "ss")
_ASCII_SPELLED = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ø": "oe",
     "å": "aa", "æ": "ae", "œ": "oe", "ñ": "n", "ł": "l", "đ": "d"}
)  # fmt: skip


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _parts(words: list[str]) -> list[str]:
    """A name's parts with hyphenated ones split ("Anna-Lena Moor" -> 3 parts)."""
    return [p for w in words for p in w.split("-") if p]


def _multi(words: list[str]) -> bool:
    return len(words) >= 2


def _only_multi(form: Callable[[list[str]], str]) -> Form:
    return lambda w: form(w) if _multi(w) else None


def _snake(words: list[str]) -> str:
    return "_".join(p.lower() for p in _parts(words))


def _run(words: list[str]) -> str:
    return "".join(p.lower() for p in _parts(words))


def _pascal(words: list[str]) -> str:
    return "".join(_cap(p) for p in _parts(words))


def _camel(words: list[str]) -> str:
    parts = _parts(words)
    return parts[0].lower() + "".join(_cap(p) for p in parts[1:])


def _family_first(words: list[str]) -> str:
    return _title([words[-1], *words[:-1]])


def _middle_initial(words: list[str]) -> str | None:
    if len(words) != 2:
        return None
    middle = "M" if words[1][:1].lower() != "m" else "J"
    return f"{_title(words[:1])} {middle}. {_title(words[1:])}"


def _hyphen_swap(words: list[str]) -> str | None:
    """A multi-part name with its hyphens spaced, or its spaces (for 3+ words) hyphenated."""
    if any("-" in w for w in words):
        return _title(_parts(words))
    if len(words) >= 3:
        return _title(words[:-2]) + " " + "-".join(_cap(w) for w in words[-2:])
    return None


def _diacritics_kept(words: list[str]) -> str | None:
    name = _title(words)
    return name if not name.isascii() else None


def _diacritics_folded(words: list[str]) -> str | None:
    name = _title(words)
    return _plain(name) if not name.isascii() else None


def _ascii_spelled(words: list[str]) -> str | None:
    name = _title(words)
    if name.isascii():
        return None
    return _plain(name.translate(_ASCII_SPELLED))


FORMS: dict[str, Form] = {
    "title": _title,
    "lower": lambda w: " ".join(w).lower(),
    "upper": lambda w: " ".join(w).upper(),
    "snake_case": _only_multi(_snake),
    "kebab-case": _only_multi(lambda w: "-".join(p.lower() for p in _parts(w))),
    "run_together": _only_multi(_run),
    "PascalCase": _only_multi(_pascal),
    "camelCase": _only_multi(_camel),
    "family_first": _only_multi(_family_first),
    "family_first_run": _only_multi(lambda w: _pascal([w[-1], *w[:-1]])),
    "run_v2": lambda w: _run(w) + "_v2",
    "Pascal-SDXL": lambda w: _pascal(w) + "-SDXL",
    "snake_lora_000010": lambda w: _snake(w) + "_lora_000010",
    "PascalXL": lambda w: _pascal(w) + "XL",
    "runlora": lambda w: _run(w) + "lora",
    "run_trade": lambda w: _run(w) + "actress",
    "base_run": lambda w: "sdxl" + _run(w),
    "nickname_quoted": lambda w: f'{_cap(w[0])} "Moxie" {_cap(w[1])}' if len(w) == 2 else None,
    "middle_dropped": lambda w: _title([w[0], w[2]]) if len(w) == 3 else None,
    "@handle": lambda w: "@" + _run(w),
    "#hashtag": lambda w: "#" + _pascal(w),
    "<lora:...>": lambda w: f"<lora:{_snake(w)}:0.8>",
    "diacritics_kept": _diacritics_kept,
    "diacritics_folded": _diacritics_folded,
    "ascii_spelled": _ascii_spelled,
    "middle_initial": _middle_initial,
    "possessive": lambda w: _title(w) + "'s",
    "given_F.": lambda w: f"{_title(w[:1])} {_plain(w[-1])[:1].upper()}." if _multi(w) else None,
    "hyphen/space": _hyphen_swap,
    "emoji_before": lambda w: "✨" + _title(w),
    "brackets": lambda w: f"[{_title(w)}]",
    "quotes": lambda w: f'"{_title(w)}"',
    "full_width": lambda w: _full_width(_title(w)),
}
# forms a careful reader does not take as the listed person on their own (a given name and an
# initial is many people): measured, not required
UNCOUNTED = frozenset({"given_F."})

# ---------------------------------------------------------------------------------------------
# fields


def civitai_page(
    title: str = "Portrait LoRA #7",
    *,
    description: str = "<p>Realistic portrait LoRA. Weight 0.7 works best.</p>",
    tags: tuple[str, ...] = ("photorealistic", "portrait"),
    trained: tuple[str, ...] = ("portrait photo",),
    file: str = "portrait_lora_v1.safetensors",
    version: str = "v1.0",
    model_type: str = "LORA",
    base: str = "SDXL 1.0",
    prompts: tuple[str, ...] = (),
    model_id: int = 9000,
) -> ModelRecord:
    """A Civitai model item (one version, one file; ``prompts`` are its images' prompts),
    normalised as the store would (also `poi_negatives.py`'s pages)."""
    images = [{"url": f"https://img/{i}.jpg", "nsfwLevel": 1, "meta": {"prompt": p}}
              for i, p in enumerate(prompts)]  # fmt: skip
    item: Item = {
        "id": model_id, "name": title, "description": description, "type": model_type,
        "poi": False, "nsfw": False, "tags": list(tags), "creator": {"username": "quietforge"},
        "stats": {"downloadCount": 1200},
        "modelVersions": [{
            "id": model_id + 1, "modelId": model_id, "name": version,
            "createdAt": "2025-03-10T10:00:00.000Z", "trainedWords": list(trained),
            "baseModel": base, "description": None,
            "files": [{"id": model_id + 2, "sizeKB": 145000, "name": file, "type": "Model",
                       "primary": True, "metadata": {"format": "SafeTensor"}}],
            "images": images,
        }],
    }  # fmt: skip
    return normalize_civitai_model(item).model


def hf_page(
    slug: str = "portrait-lora", instance: str | None = None, widget: tuple[str, ...] = ()
) -> ModelRecord:
    """A Hugging Face LoRA repository of ``quietforge``, normalised as the store would."""
    card: Item = {"base_model": "black-forest-labs/FLUX.1-dev", "license": "other"}
    if instance is not None:
        card["instance_prompt"] = instance
    if widget:
        card["widget"] = [{"text": t} for t in widget]
    item: Item = {
        "id": f"quietforge/{slug}", "author": "quietforge",
        "tags": ["diffusers", "lora", "text-to-image", "license:other"], "cardData": card,
        "siblings": [{"rfilename": "README.md"}, {"rfilename": "lora.safetensors"}],
        "createdAt": "2025-02-01T12:00:00.000Z",
    }  # fmt: skip
    return normalize_hf_model(item).model


def _file(written: str) -> str:
    return re.sub(r"\s+", "_", written).strip("_") + ".safetensors"


def _slug(written: str) -> str:
    return re.sub(r"[\s/]+", "-", written).strip("-") + "-lora"


FIELDS: dict[str, Callable[[str], ModelRecord]] = {
    "name": lambda n: civitai_page(f"{n} | realistic LoRA"),
    "trained_words": lambda n: civitai_page(trained=(n, "portrait photo")),
    "file_names": lambda n: civitai_page(file=_file(n)),
    "version_names": lambda n: civitai_page(version=n),
    "tags": lambda n: civitai_page(tags=("photorealistic", n, "portrait")),
    "description": lambda n: civitai_page(
        description=f"<p>Trained on 40 photos of <strong>{n}</strong>.</p>"
    ),
    "hf_repo_id": lambda n: hf_page(slug=_slug(n)),
    "hf_instance": lambda n: hf_page(instance=f"photo of {n}, portrait"),
}

# ---------------------------------------------------------------------------------------------


def _found(gazetteer: Gazetteer, record: ModelRecord, name: str) -> bool:
    return any(
        h.aspect == "target" and h.value == name and h.score > 0 for h in gazetteer.hits(record)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", type=Path, default=POI_LIST, help="lexicon list (JSON/CSV)")
    parser.add_argument("--limit", type=int, default=0, help="entries sampled (0: every one)")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument(
        "--show", type=int, default=0, help="print up to N misses per form (terminal only)"
    )
    parser.add_argument("--forms", default="", help="comma-separated forms (default: all)")
    args = parser.parse_args(argv)
    if args.show and stat.S_ISREG(os.fstat(sys.stdout.fileno()).st_mode):
        parser.error("--show prints listed names: to a terminal, never to a file")
    entries = parse_lexicon_file(args.list, "poi")
    gazetteer = Gazetteer(Lexicon(entries))
    if args.limit:
        entries = random.Random(args.seed).sample(entries, min(args.limit, len(entries)))
    forms = [f for f in args.forms.split(",") if f] or list(FORMS)
    table: dict[tuple[str, str], list[int]] = {}
    misses: dict[str, list[str]] = {}
    for entry in entries:
        words = entry.name.split()
        for form in forms:
            written = FORMS[form](words)
            if written is None:
                continue
            for field, build in FIELDS.items():
                cell = table.setdefault((form, field), [0, 0])
                cell[1] += 1
                if _found(gazetteer, build(written), entry.name):
                    cell[0] += 1
                elif args.show and len(misses.setdefault(form, [])) < args.show:
                    misses[form].append(f"{field}: {written}")
    fields = list(FIELDS)
    print(f"{len(entries)} entries; share found per form (rows) x field (columns)")
    print("form".ljust(19) + "".join(f[:9].rjust(10) for f in fields) + "       all      n")
    found_all = total_all = 0
    for form in forms:
        cells = [table.get((form, f)) for f in fields]
        if not any(cells):
            continue
        row = "".join(f"{c[0] / c[1]:10.3f}" if c else "         -" for c in cells)
        found = sum(c[0] for c in cells if c)
        total = sum(c[1] for c in cells if c)
        if form not in UNCOUNTED:
            found_all += found
            total_all += total
        mark = "*" if form in UNCOUNTED else " "
        print(f"{form:18}{mark}{row}{found / total:10.3f} {total // len(fields):6}")
    print(f"all counted forms: {found_all / max(total_all, 1):.4f} of {total_all}")
    print("* measured, not counted (a given name and an initial is many people)")
    for form, rows in misses.items():
        print(f"misses {form}:")
        for row in rows:
            print("   ", row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
