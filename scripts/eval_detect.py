"""Evaluate detection the way the acceptance harness does, in one run.

Run from the repository root::

    .venv/bin/python scripts/eval_detect.py            # everything
    .venv/bin/python scripts/eval_detect.py --skip-store --skip-lexicon

Prints (a) the real 2023 Civitai catalog with ``poi`` cleared (and with the explicit likeness
tags stripped), with and without Civitai's POI list as lexicon; (b) the independent dev and
held-out sets: likeness P/R/F1 overall and per kind, gender accuracy, sexual-intent F1,
minor-risk recall and both baselines; (c) the bundled sample's labels. Then it checks once that
the store path (ingest_files → process_store → evaluate_store) agrees with ``Detector.detect``.

Real data is read from ``../shared`` at run time only; nothing from it is written anywhere.
With ``--show-errors N`` it prints up to N false negatives/positives of the catalog to the
terminal (local inspection only; never redirect that into the repository).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from dfaudit.detect.baselines import PoiListBaseline, tags_and_flags_baseline
from dfaudit.detect.engine import Detector
from dfaudit.detect.evalsets import (
    CatalogItem,
    LabelledItem,
    load_catalog,
    load_labelled,
    load_sample_labelled,
)
from dfaudit.detect.evaluate import score
from dfaudit.detect.lexicon import Lexicon, parse_lexicon_file

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
CATALOG = SHARED / "realdata" / "civitai_catalog_2023_dev.jsonl.gz"
POI_LIST = SHARED / "lexicons" / "civitai" / "words-poi.json"
DEVSET = ROOT / "tests" / "devset"
SPLITS = {
    "dev": ("devset.jsonl", "labels.jsonl"),
    "holdout": ("holdout.jsonl", "holdout_labels.jsonl"),
}


def poi_lexicon() -> Lexicon | None:
    if not POI_LIST.exists():
        return None
    return Lexicon(parse_lexicon_file(POI_LIST, "poi"))


def catalog_rates(items: Sequence[CatalogItem], detector: Detector) -> dict[str, float]:
    """Recall on poi, FP share on unflagged, FP share on unflagged fiction-tagged."""
    flagged = [detector.detect(i.record).likeness for i in items]
    pos = [f for f, i in zip(flagged, items, strict=True) if i.poi]
    neg = [f for f, i in zip(flagged, items, strict=True) if not i.poi]
    fic = [f for f, i in zip(flagged, items, strict=True) if not i.poi and i.fiction_tagged]
    return {
        "recall_poi": sum(pos) / max(1, len(pos)),
        "fp_unflagged": sum(neg) / max(1, len(neg)),
        "fp_fiction": sum(fic) / max(1, len(fic)),
        "n_poi": len(pos),
        "n_unflagged": len(neg),
        "n_fiction": len(fic),
    }


def section_catalog(with_lexicon: bool, show_errors: int) -> None:
    if not CATALOG.exists():
        print(f"(a) skipped: {CATALOG} not found")
        return
    print("(a) real 2023 Civitai catalog (dev part), poi cleared on every item")
    print(
        f"    {'variant':34} {'recall':>7} {'FP':>6} {'FP fic':>7}"
        "   target >=0.90/0.70, <=.08, <=.03"
    )
    lexicons: list[tuple[str, Lexicon | None]] = [("no lexicon", None)]
    if with_lexicon:
        lexicons.append(("POI list", poi_lexicon()))
    for strip in (False, True):
        items = load_catalog(CATALOG, strip_tags=strip)
        for lex_name, lexicon in lexicons:
            detector = Detector(lexicon)
            r = catalog_rates(items, detector)
            variant = f"{'tags stripped' if strip else 'tags kept'}, {lex_name}"
            print(
                f"    {variant:34} {r['recall_poi']:7.3f} {r['fp_unflagged']:6.3f} "
                f"{r['fp_fiction']:7.3f}   (n={r['n_poi']}/{r['n_unflagged']}/{r['n_fiction']})"
            )
            if show_errors and lexicon is None:
                print_errors(items, detector, show_errors)


def print_errors(items: Sequence[CatalogItem], detector: Detector, limit: int) -> None:
    """Local inspection only: names go to the terminal, never into a file of the repo."""
    fns, fps = [], []
    for item in items:
        finding = detector.detect(item.record)
        if item.poi and not finding.likeness:
            fns.append((item, finding))
        elif not item.poi and finding.likeness:
            fps.append((item, finding))
    for title, rows in (("false negatives", fns), ("false positives", fps)):
        print(f"      -- {title}: {len(rows)}")
        for item, finding in rows[:limit]:
            rec = item.record
            feats = sorted({h.feature or h.signal for h in finding.hits if h.aspect == "likeness"})
            print(
                f"      {finding.likeness_score:.2f} {rec.model_type:16} {rec.name[:50]!r} "
                f"tags={list(rec.tags)[:6]} tw={list(rec.trained_words)[:3]} {feats}"
            )


def labelled_report(
    name: str, items: Sequence[LabelledItem], detector: Detector, baselines: bool = True
) -> dict[str, float]:
    findings = [detector.detect(i.record) for i in items]
    pairs = [(f.likeness, bool(i.label["likeness"])) for f, i in zip(findings, items, strict=True)]
    overall = score(pairs)
    by_kind: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    for pair, item in zip(pairs, items, strict=True):
        by_kind[str(item.label.get("kind"))].append(pair)
    gender_ok = gender_n = 0
    sexual: list[tuple[bool, bool]] = []
    minor: list[tuple[bool, bool]] = []
    for f, i in zip(findings, items, strict=True):
        lab = i.label
        if lab["likeness"] and lab.get("gender") in ("female", "male"):
            gender_n += 1
            gender_ok += f.target_gender == lab["gender"]
        if lab.get("sexual_intent") is not None:
            sexual.append((f.sexual_intent, bool(lab["sexual_intent"])))
        if lab.get("minor_risk") is not None:
            minor.append((f.minor_risk, bool(lab["minor_risk"])))
    sex, mnr = score(sexual), score(minor)
    print(f"  {name}: {len(items)} items")
    print(f"    likeness P={overall.precision:.3f} R={overall.recall:.3f} F1={overall.f1:.3f}")
    for kind, kind_pairs in sorted(by_kind.items()):
        s = score(kind_pairs)
        positive = any(actual for _, actual in kind_pairs)
        rate = s.recall if positive else s.flagged_share
        what = "recall" if positive else "flagged"
        print(f"      {kind:22} {what:7} {rate:.3f} (n={len(kind_pairs)})")
    print(f"    gender accuracy {gender_ok / max(1, gender_n):.3f} (n={gender_n})")
    print(f"    sexual intent P={sex.precision:.3f} R={sex.recall:.3f} F1={sex.f1:.3f}")
    print(f"    minor risk recall {mnr.recall:.3f} ({mnr.tp}/{mnr.tp + mnr.fn}), FP {mnr.fp}")
    out = {"f1": overall.f1}
    if baselines:
        raw_items = [i.raw for i in items]
        actual = [bool(i.label["likeness"]) for i in items]
        named: list[tuple[str, Callable[[dict], bool]]] = [
            ("tags_and_flags", tags_and_flags_baseline)
        ]
        if POI_LIST.exists():
            names = json.loads(POI_LIST.read_text(encoding="utf-8"))
            named.append(("poi_list(civitai)", PoiListBaseline(names).predict))
        for base_name, predict in named:
            s = score((predict(dict(raw)), a) for raw, a in zip(raw_items, actual, strict=True))
            print(f"    baseline {base_name:18} F1={s.f1:.3f} (margin {overall.f1 - s.f1:+.3f})")
    return out


def section_labelled(with_lexicon: bool, with_holdout: bool = True) -> None:
    print("(b) independent dev / held-out sets")
    lexicons: list[tuple[str, Lexicon | None]] = [("no lexicon", None)]
    if with_lexicon and POI_LIST.exists():
        lexicons.append(("POI list", poi_lexicon()))
    for split, (items_name, labels_name) in SPLITS.items():
        if split == "holdout" and not with_holdout:
            continue
        items = load_labelled(DEVSET / items_name, DEVSET / labels_name)
        for lex_name, lexicon in lexicons:
            labelled_report(f"{split}, {lex_name}", items, Detector(lexicon))


def section_sample() -> None:
    print("(c) bundled sample labels (models; header-only items need collected headers)")
    items = [i for i in load_sample_labelled() if i.label.get("entity", "model") == "model"]
    visible = [i for i in items if not i.label.get("header_only")]
    labelled_report("sample (metadata-visible)", visible, Detector(), baselines=False)
    hidden = [i for i in items if i.label.get("header_only")]
    print(f"    ({len(hidden)} header-only items left out of this figure)")


def section_store() -> None:
    """Once through ingest → process_store → evaluate_store; compare with Detector.detect."""
    from dfaudit.collect.ingest import ingest_files
    from dfaudit.detect.engine import process_store
    from dfaudit.detect.evaluate import evaluate_store
    from dfaudit.store.db import open_store

    items_path, labels_path = DEVSET / SPLITS["dev"][0], DEVSET / SPLITS["dev"][1]
    items = load_labelled(items_path, labels_path)
    detector = Detector()
    direct = {
        (str(i.label["platform"]), str(i.label["model_id"])): detector.detect(i.record).likeness
        for i in items
    }
    with tempfile.TemporaryDirectory() as tmp:
        by_platform: dict[str, list[str]] = defaultdict(list)
        for item in items:
            by_platform[str(item.label["platform"])].append(json.dumps(item.raw))
        with open_store(Path(tmp) / "eval.duckdb") as store:
            for platform, lines in by_platform.items():
                path = Path(tmp) / f"{platform}.jsonl"
                path.write_text("\n".join(lines) + "\n", encoding="utf-8")
                ingest_files(store, platform, [path])
            process_store(store, progress=False)
            rows = store.query("SELECT platform, model_id, likeness FROM findings")
            report = evaluate_store(store, labels_path)
    stored = {(str(p), str(m)): bool(v) for p, m, v in rows}
    disagree = sum(1 for k, v in direct.items() if stored.get(k) != v)
    print(
        f"(store) dev set through ingest+process_store: {len(stored)} findings, "
        f"likeness F1 {report.likeness.f1:.3f}; disagreements with detect(): {disagree}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--skip-lexicon", action="store_true")
    parser.add_argument("--skip-catalog", action="store_true")
    parser.add_argument("--skip-store", action="store_true")
    parser.add_argument("--skip-holdout", action="store_true", help="while iterating")
    parser.add_argument("--show-errors", type=int, default=0)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if not args.skip_catalog:
        section_catalog(not args.skip_lexicon, args.show_errors)
    section_labelled(not args.skip_lexicon, not args.skip_holdout)
    section_sample()
    if not args.skip_store:
        section_store()
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
