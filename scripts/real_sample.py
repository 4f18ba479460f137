"""Seeded random samples of the real 2023 Civitai catalog, for labelling by hand.

Run from the repository root::

    .venv/bin/python scripts/real_sample.py flagged --count 50 --offset 0
    .venv/bin/python scripts/real_sample.py unflagged --count 50 --unlabelled
    .venv/bin/python scripts/real_sample.py random --count 50 --part holdout
    .venv/bin/python scripts/real_sample.py flagged --count 120 --seed 2  # a fresh sample
    .venv/bin/python scripts/real_sample.py flagged --count 200 --seed 4 --part all --fresh

The catalog (``../shared/realdata/civitai_catalog_2023_dev.jsonl.gz``, 5,460 real models) is run
through the whole pipeline of the current checkout — ingest, detection, re-upload links and
inheritance — with Civitai's ``poi`` flag cleared, so the detector sees what it would see on a
platform that does not flag people. Every model gets a stable random key (a keyed hash of its
id); a sample is the models of one *stratum* with the smallest keys:

* ``flagged`` — what the detector flags (precision);
* ``unflagged`` — what it does not flag (misses);
* ``random`` — any model (prevalence and recall, whatever the detector does).

Because the key does not depend on the detector, a later detector's sample of size N reuses
every label of its stratum it can and needs labels only for the models that newly entered it
(``--unlabelled`` prints just those). A quarter of the catalog (by another keyed hash) is the
*held-out* part: its labels are scored once, at the end (``--part holdout``); ``--part all``
draws over both parts. ``--fresh`` leaves out every model labelled in a file of another seed
(any file not named ``*_s<seed>_*``): a sample of models no one has looked at while tuning.

For each model it prints a compact view for labelling — id, name, type, tags, trained words,
and the first 300 characters of the description — never into a project file: labels are stored
as ids and labels only (``tests/devset/real_labels/``).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html
import json
import re
import sys
import tempfile
from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CATALOG = ROOT.parent / "shared" / "realdata" / "civitai_catalog_2023_dev.jsonl.gz"
LABELS_DIR = ROOT / "tests" / "devset" / "real_labels"
SAMPLE_SALT = "dfaudit-real-sample-2026"
HOLDOUT_SALT = "dfaudit-real-holdout-2026"
HOLDOUT_SHARE = 4  # one model in four is held out
STRATA = ("flagged", "unflagged", "random")
LABEL_VALUES = ("real", "not", "unsure")


def sample_key(model_id: str, seed: int = 0) -> str:
    """The stable random order of the samples (independent of the detector).

    ``seed`` 0 is the original order; another seed draws a fresh, independent sample (e.g. a
    second precision sample whose models were never looked at while tuning).
    """
    salt = SAMPLE_SALT if not seed else f"{SAMPLE_SALT}#{seed}"
    return hashlib.sha256(f"{salt}|{model_id}".encode()).hexdigest()


def part_of(model_id: str) -> str:
    """``holdout`` for one model in four, else ``dev``; stable."""
    digest = hashlib.sha256(f"{HOLDOUT_SALT}|{model_id}".encode()).digest()
    return "holdout" if digest[0] % HOLDOUT_SHARE == 0 else "dev"


def read_catalog(path: Path = CATALOG) -> Iterator[dict[str, Any]]:
    if not path.exists():
        sys.exit(f"real catalog not available: {path} (../shared is absent)")
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def clear_poi(item: dict[str, Any]) -> dict[str, Any]:
    """The item as a platform without person flags would show it."""
    out = dict(item)
    out["poi"] = False
    versions = []
    for version in item.get("modelVersions") or ():
        if isinstance(version, dict):
            version = dict(version)
            version["images"] = [
                {k: v for k, v in image.items() if k != "poi"} if isinstance(image, dict) else image
                for image in version.get("images") or ()
            ]
        versions.append(version)
    out["modelVersions"] = versions
    return out


@dataclass(frozen=True)
class Detected:
    """One catalog model as the current checkout's pipeline sees it."""

    model_id: str
    flagged: bool
    poi: bool  # Civitai's own flag (cleared before detection)
    part: str
    key: str
    inherited: bool  # the finding came from a re-upload link


def run_pipeline(
    items: list[dict[str, Any]], db: Path | None = None, seed: int = 0
) -> dict[str, Detected]:
    """Ingest (poi cleared), detect, link re-uploads; return each model's decision."""
    from dfaudit.collect.ingest import ingest_files
    from dfaudit.pipeline import process_all
    from dfaudit.store.db import open_store

    with tempfile.TemporaryDirectory() as tmp:
        cleared = Path(tmp) / "catalog.jsonl"
        with cleared.open("w", encoding="utf-8") as handle:
            for item in items:
                handle.write(json.dumps(clear_poi(item)) + "\n")
        path = db or Path(tmp) / "real.duckdb"
        with open_store(path) as store:
            if not store.scalar("SELECT count(*) FROM models"):
                ingest_files(store, "civitai", [cleared])
            process_all(store, progress=False)
            rows = store.query(
                "SELECT model_id, likeness, "
                "coalesce(CAST(evidence AS VARCHAR) LIKE '%reupload@%', FALSE) FROM findings "
                "WHERE platform = 'civitai'"
            )
    decided = {str(m): (bool(flag), bool(inherited)) for m, flag, inherited in rows}
    out = {}
    for item in items:
        model_id = str(item["id"])
        flagged, inherited = decided.get(model_id, (False, False))
        out[model_id] = Detected(
            model_id,
            flagged,
            bool(item.get("poi")),
            part_of(model_id),
            sample_key(model_id, seed),
            inherited,
        )
    return out


def stratum(
    detected: dict[str, Detected], name: str, part: str, exclude: Container[str] = ()
) -> list[Detected]:
    """The models of one stratum and part (``all``: both), in sample order, minus ``exclude``."""
    chosen = [
        d
        for d in detected.values()
        if part in ("all", d.part)
        and (name == "random" or (d.flagged if name == "flagged" else not d.flagged))
        and d.model_id not in exclude
    ]
    return sorted(chosen, key=lambda d: d.key)


_SEED_FILE = re.compile(r"^(?:flagged|unflagged|random)_s(\d+)_")


def file_seed(path: Path) -> int:
    """The sample seed of a label file: ``flagged_s4_all.jsonl`` → 4, ``flagged_dev.jsonl`` → 0.

    Only a stratum's file has a seed: targeted labels (``poi_missed_s7_all.jsonl``, the misses of
    round 7, looked at while tuning) count as seed 0, so a fresh seed 7 leaves them out."""
    found = _SEED_FILE.match(path.stem)
    return int(found.group(1)) if found else 0


def read_labels(
    directory: Path = LABELS_DIR, keep: Callable[[int], bool] = lambda seed: True
) -> dict[str, str]:
    """Every stored label by model id (labels of one model agree across files); ``keep``
    chooses the files by their sample seed (e.g. only another seed's, for ``--fresh``)."""
    labels: dict[str, str] = {}
    for path in sorted(directory.glob("*.jsonl")):
        if not keep(file_seed(path)):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                labels[str(row["model_id"])] = str(row["label"])
    return labels


_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def plain(text: Any, limit: int) -> str:
    """Untrusted catalog text as one short plain line (no markup, no control characters)."""
    value = html.unescape(_TAG.sub(" ", str(text or "")))
    value = _SPACE.sub(" ", _CONTROL.sub(" ", value)).strip()
    return value if len(value) <= limit else value[: limit - 1] + "…"


def compact_view(item: dict[str, Any]) -> str:
    words: list[str] = []
    for version in item.get("modelVersions") or ():
        if isinstance(version, dict):
            words += [str(w) for w in version.get("trainedWords") or ()]
    tags = ", ".join(str(t) for t in item.get("tags") or ())
    return (
        f"#{item['id']} [{item.get('type')}] {plain(item.get('name'), 120)}\n"
        f"   tags: {plain(tags, 200)} | words: {plain('; '.join(dict.fromkeys(words)), 150)}\n"
        f"   desc: {plain(item.get('description'), 300)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stratum", choices=STRATA)
    parser.add_argument("--part", choices=("dev", "holdout", "all"), default="dev")
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--offset", type=int, default=0, help="skip the first N of the sample")
    parser.add_argument("--unlabelled", action="store_true", help="only models with no label")
    parser.add_argument(
        "--fresh", action="store_true", help="leave out models labelled in another seed's files"
    )
    parser.add_argument("--db", type=Path, help="keep the pipeline's store here (reused)")
    parser.add_argument("--catalog", type=Path, default=CATALOG)
    parser.add_argument(
        "--seed", type=int, default=0, help="another sample order (0: the original samples)"
    )
    args = parser.parse_args()
    items = list(read_catalog(args.catalog))
    by_id = {str(item["id"]): item for item in items}
    detected = run_pipeline(items, args.db, args.seed)
    labels = read_labels()
    seen = read_labels(keep=lambda seed: seed != args.seed) if args.fresh else {}
    chosen = stratum(detected, args.stratum, args.part, seen)
    chosen = chosen[args.offset : args.offset + args.count]
    if args.unlabelled:
        chosen = [d for d in chosen if d.model_id not in labels]
    print(f"# {args.stratum} / {args.part}: {len(chosen)} models (offset {args.offset})")
    for d in chosen:
        print(compact_view(by_id[d.model_id]))


if __name__ == "__main__":
    main()
