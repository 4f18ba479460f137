"""Write N Civitai model items (API shape) as JSONL, streaming in bounded memory.

Two kinds of corpus:

- generated (default): synthetic items from ``dfaudit.sample.generate`` (invented people only);
- ``--real-shaped``: the real 2023 Civitai catalog in ``../shared/realdata/`` replicated until
  N items, every copy with fresh ids (model, versions, files, images, download URLs) and fresh
  file hashes (so copies are not re-uploads of each other), texts and everything else as they
  came. Copy ``k`` of model ``m`` gets id ``m + k * 10,000,000``; copy 0 keeps its ids.

Examples:
  python bench/gen_corpus.py --n 30000 -o /tmp/civitai_30k.jsonl
  python bench/gen_corpus.py --real-shaped --n 30000 -o /tmp/real_30k.jsonl
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dfaudit.sample.generate import DEFAULT_SEED, iter_labeled_civitai_items

CATALOG = (
    Path(__file__).resolve().parents[1]
    / ".."
    / "shared"
    / "realdata"
    / "civitai_catalog_2023_dev.jsonl.gz"
)
ID_STRIDE = 10_000_000


def _fresh_id(value: Any, copy: int) -> Any:
    """``value + copy * ID_STRIDE`` in the value's own type (ids come as ints or digit strings)."""
    if copy == 0:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return value + copy * ID_STRIDE
    if isinstance(value, str) and value.isdigit():
        return str(int(value) + copy * ID_STRIDE)
    return f"{value}-{copy}"


def _fresh_hash(value: Any, copy: int) -> Any:
    """A different hash of the same length and case for each copy."""
    if copy == 0 or not isinstance(value, str) or not value:
        return value
    digest = hashlib.sha256(f"{value}/{copy}".encode()).hexdigest()
    digest = (digest * (len(value) // 64 + 1))[: len(value)]
    return digest.upper() if value.isupper() or value.upper() == value else digest


def replicate(item: dict[str, Any], copy: int) -> dict[str, Any]:
    """Copy ``copy`` of a catalog item: fresh ids, download URLs and file hashes."""
    if copy == 0:
        return item
    out = dict(item)
    out["id"] = _fresh_id(item.get("id"), copy)
    versions = []
    for version in item.get("modelVersions") or []:
        if not isinstance(version, dict):
            versions.append(version)
            continue
        v = dict(version)
        old_vid = version.get("id")
        v["id"] = _fresh_id(old_vid, copy)
        if "modelId" in v:
            v["modelId"] = out["id"]
        if isinstance(v.get("downloadUrl"), str):
            v["downloadUrl"] = v["downloadUrl"].replace(str(old_vid), str(v["id"]))
        files = []
        for file in version.get("files") or []:
            if not isinstance(file, dict):
                files.append(file)
                continue
            f = dict(file)
            f["id"] = _fresh_id(file.get("id"), copy)
            if isinstance(f.get("downloadUrl"), str):
                f["downloadUrl"] = f["downloadUrl"].replace(str(old_vid), str(v["id"]))
            if isinstance(file.get("hashes"), dict):
                f["hashes"] = {k: _fresh_hash(h, copy) for k, h in file["hashes"].items()}
            files.append(f)
        if "files" in version:
            v["files"] = files
        if isinstance(version.get("images"), list):
            v["images"] = [
                {**image, "id": _fresh_id(image.get("id"), copy)}
                if isinstance(image, dict)
                else image
                for image in version["images"]
            ]
        versions.append(v)
    if "modelVersions" in item:
        out["modelVersions"] = versions
    return out


def iter_real_shaped(n: int, catalog: Path = CATALOG) -> Iterator[dict[str, Any]]:
    """N items: the catalog's items in order, again and again, each round with fresh ids."""
    with gzip.open(catalog, "rt", encoding="utf-8") as handle:
        base = [json.loads(line) for line in handle if line.strip()]
    produced = 0
    copy = 0
    while produced < n:
        for item in base:
            if produced >= n:
                return
            yield replicate(item, copy)
            produced += 1
        copy += 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=30_000, help="number of model items")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("-o", "--output", type=Path, required=True, help="JSONL of items")
    parser.add_argument("--labels", type=Path, help="also write the labels as JSONL here")
    parser.add_argument(
        "--real-shaped",
        action="store_true",
        help="replicate the real catalog in ../shared/realdata with fresh ids",
    )
    args = parser.parse_args(argv)
    if args.real_shaped and not CATALOG.exists():
        print(f"the real catalog is absent ({CATALOG.name} under ../shared)", file=sys.stderr)
        return 2
    args.output.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    labels_handle = args.labels.open("w", encoding="utf-8") if args.labels else None
    size = 0
    with args.output.open("w", encoding="utf-8") as handle:
        if args.real_shaped:
            for item in iter_real_shaped(args.n):
                line = json.dumps(item, separators=(",", ":"), ensure_ascii=False) + "\n"
                size += len(line)
                handle.write(line)
        else:
            for item, label in iter_labeled_civitai_items(args.n, args.seed):
                line = json.dumps(item, separators=(",", ":")) + "\n"
                size += len(line)
                handle.write(line)
                if labels_handle is not None:
                    labels_handle.write(json.dumps(label.as_json(), sort_keys=True) + "\n")
    if labels_handle is not None:
        labels_handle.close()
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{args.n} items, {size / 1e6:.1f} MB in {elapsed:.1f} s "
        f"({args.n / max(elapsed, 1e-9):,.0f} items/s), peak RSS {peak_mb:.0f} MB",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
