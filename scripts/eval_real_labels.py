"""Score the current checkout's detector on the hand-labelled samples of the real catalog.

Run from the repository root::

    .venv/bin/python scripts/eval_real_labels.py                 # dev part
    .venv/bin/python scripts/eval_real_labels.py --part holdout  # once, at the end
    .venv/bin/python scripts/eval_real_labels.py --json
    .venv/bin/python scripts/eval_real_labels.py --seed 2   # the fresh flagged sample (120)
    .venv/bin/python scripts/eval_real_labels.py --part holdout --seed 3  # fresh 150/150/150
    .venv/bin/python scripts/eval_real_labels.py --part all --seed 4  # fresh 200/150, both parts
    .venv/bin/python scripts/eval_real_labels.py --part all --seed 5  # fresh again, after seed 4
    .venv/bin/python scripts/eval_real_labels.py --part all --seed 6  # fresh again, after seed 5
    .venv/bin/python scripts/eval_real_labels.py --part all --seed 7  # fresh again, after seed 6
    .venv/bin/python scripts/eval_real_labels.py --part all --seed 8  # fresh unflagged, dev share
    .venv/bin/python scripts/eval_real_labels.py --part all --seed 8 --unflagged 260 \
        --labels-dir tests/devset/real_labels/held14  # its held-out share, scored once

The detector is re-run on the catalog (Civitai's ``poi`` cleared; see ``real_sample.py``) and
its *current* samples are drawn — the first N flagged, the first N unflagged and the first N of
all models in the stable random order. Labels (``tests/devset/real_labels/*.jsonl``, ids and
``real`` / ``not`` / ``unsure`` only) are reused wherever the model was labelled before; models
that entered a sample since (a changed detector flags others) are listed with their count, to be
labelled with ``real_sample.py --unlabelled``. ``unsure`` labels are left out of every rate.
A *fresh* seed (``--fresh``; always for seeds 4 to 8) draws its samples among the models no
file of another seed labels, and scores them with its own files (``*_s<seed>_*``) only;
``--labels-dir`` scores them with the files of another directory instead (a held-out share of
a fresh sample, kept apart in ``real_labels/held14/`` so that no default run reads it).

It prints, each with a 95 % Wilson interval:

* precision — real people among the flagged sample;
* miss rate — real people among the unflagged sample;
* recall from the plain random sample, and the stratified estimate
  ``P·F / (P·F + M·U)`` (F, U: flagged and unflagged models in the part; P precision, M miss
  rate), whose interval combines the two intervals' ends (conservative);
* agreement with Civitai's own ``poi`` flag: recall of ``poi`` models, flags outside ``poi``,
  flags among unflagged models tagged anime/character/game, and how noisy ``poi`` is against
  the labels of the random sample.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

from dfaudit.detect.evaluate import wilson

HERE = Path(__file__).resolve().parent
FICTION_TAGS = {"anime", "character", "game character", "video game", "anime character"}
# Default sample sizes (flagged, unflagged, random) of the fresh samples drawn in another order:
# seed 2 labelled a flagged sample only; seed 3 all three strata of the held-out part.
# seed 4 labelled fresh flagged and unflagged samples over both parts (``--part all``), leaving out
# every model labelled before; seed 5 did the same again, leaving out seed 4's labels too; seed 6
# again (only 6 flagged models were left that no file labelled); seed 7 again, after seed 6;
# seed 8 again: no flagged model was left unlabelled, and the first 250 unflagged were split by
# sample order, the first 188 here (``unflagged_s8_all``), the last 62 held out (``held14/``);
# 153 more after them (order 250-400 after the round's first fix) are in ``unflagged_s8_all``
# too, so a dev run of 400 lists the held-out 62 as unlabelled and leaves them out of the rates.
SEED_SIZES = {
    2: (120, 0, 0),
    3: (150, 150, 150),
    4: (200, 150, 0),
    5: (200, 150, 0),
    6: (200, 150, 0),
    7: (200, 150, 0),
    8: (200, 400, 0),
}
FRESH_SEEDS = {4, 5, 6, 7, 8}


def _load_sampler() -> Any:
    spec = importlib.util.spec_from_file_location("real_sample", HERE / "real_sample.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["real_sample"] = module
    spec.loader.exec_module(module)
    return module


def rate(hits: int, n: int) -> dict[str, Any]:
    low, high = wilson(hits, n)
    return {
        "value": round(hits / n, 4) if n else None,
        "ci": [round(low, 4), round(high, 4)],
        "hits": hits,
        "n": n,
    }


def cell(r: dict[str, Any]) -> str:
    if not r["n"]:
        return "-"
    return f"{r['value']:.3f} [{r['ci'][0]:.3f}-{r['ci'][1]:.3f}] {r['hits']}/{r['n']}"


def labelled_counts(sample: list[Any], labels: dict[str, str]) -> tuple[int, int, int, list[str]]:
    """(real, not, unsure, unlabelled ids) of a sample."""
    real = not_ = unsure = 0
    missing = []
    for d in sample:
        label = labels.get(d.model_id)
        if label == "real":
            real += 1
        elif label == "not":
            not_ += 1
        elif label == "unsure":
            unsure += 1
        else:
            missing.append(d.model_id)
    return real, not_, unsure, missing


def evaluate(
    part: str,
    sizes: dict[str, int],
    db: Path | None,
    seed: int = 0,
    fresh: bool = False,
    labels_dir: Path | None = None,
) -> dict[str, Any]:
    rs = _load_sampler()
    items = list(rs.read_catalog())
    tags = {str(i["id"]): {str(t).lower() for t in i.get("tags") or ()} for i in items}
    detected = rs.run_pipeline(items, db, seed)
    labels, seen = fresh_labels(rs, seed, labels_dir) if fresh else (rs.read_labels(), {})
    in_part = [d for d in detected.values() if part in ("all", d.part)]
    flagged_n = sum(d.flagged for d in in_part)
    unflagged_n = len(in_part) - flagged_n
    samples = {name: rs.stratum(detected, name, part, seen)[: sizes[name]] for name in rs.STRATA}
    out: dict[str, Any] = {
        "part": part,
        "seed": seed,
        "fresh": fresh,
        "left_out_labelled_before": len(seen),
        "models": len(in_part),
        "flagged": flagged_n,
        "inherited_flags": sum(d.flagged and d.inherited for d in in_part),
        "samples": {},
    }
    for name, sample in samples.items():
        real, not_, unsure, missing = labelled_counts(sample, labels)
        out["samples"][name] = {
            "size": len(sample),
            "real": real,
            "not": not_,
            "unsure": unsure,
            "unlabelled": len(missing),
            "unlabelled_ids": missing,
        }
    flagged = out["samples"]["flagged"]
    unflagged = out["samples"]["unflagged"]
    precision = rate(flagged["real"], flagged["real"] + flagged["not"])
    miss = rate(unflagged["real"], unflagged["real"] + unflagged["not"])
    random_real = [d for d in samples["random"] if labels.get(d.model_id) == "real"]
    recall_random = rate(sum(d.flagged for d in random_real), len(random_real))
    out["precision"] = precision
    out["miss_rate"] = miss
    out["recall_random_sample"] = recall_random
    out["recall_stratified"] = _stratified_recall(precision, miss, flagged_n, unflagged_n)
    random_labelled = [d for d in samples["random"] if labels.get(d.model_id) in ("real", "not")]
    out["prevalence_random_sample"] = rate(len(random_real), len(random_labelled))
    out["poi"] = _poi_agreement(in_part, tags, random_labelled, labels)
    return out


def fresh_labels(
    rs: Any, seed: int, labels_dir: Path | None = None
) -> tuple[dict[str, str], dict[str, str]]:
    """(this seed's labels, every other seed's labels): a fresh sample leaves out the second and
    is scored with the first only (read from ``labels_dir`` when given: a held-out share)."""
    own = rs.read_labels(labels_dir or rs.LABELS_DIR, keep=lambda s: s == seed)
    return own, rs.read_labels(keep=lambda s: s != seed)


def _stratified_recall(
    precision: dict[str, Any], miss: dict[str, Any], flagged: int, unflagged: int
) -> dict[str, Any]:
    def recall(p: float, m: float) -> float:
        found, missed = p * flagged, m * unflagged
        return found / (found + missed) if found + missed else 0.0

    if not precision["n"] or not miss["n"]:
        return {"value": None, "ci": [0.0, 1.0]}
    value = recall(precision["value"], miss["value"])
    low = recall(precision["ci"][0], miss["ci"][1])
    high = recall(precision["ci"][1], miss["ci"][0])
    return {
        "value": round(value, 4),
        "ci": [round(low, 4), round(high, 4)],
        "estimated_real_flagged": round(precision["value"] * flagged, 1),
        "estimated_real_unflagged": round(miss["value"] * unflagged, 1),
    }


def _poi_agreement(
    in_part: list[Any],
    tags: dict[str, set[str]],
    random_labelled: list[Any],
    labels: dict[str, str],
) -> dict[str, Any]:
    poi = [d for d in in_part if d.poi]
    not_poi = [d for d in in_part if not d.poi]
    fiction = [d for d in not_poi if tags.get(d.model_id, set()) & FICTION_TAGS]
    labelled_real = [d for d in random_labelled if labels[d.model_id] == "real"]
    return {
        "recall_of_poi": rate(sum(d.flagged for d in poi), len(poi)),
        "flagged_among_not_poi": rate(sum(d.flagged for d in not_poi), len(not_poi)),
        "flagged_among_not_poi_fiction_tagged": rate(sum(d.flagged for d in fiction), len(fiction)),
        "poi_is_real_random_sample": rate(
            sum(labels[d.model_id] == "real" for d in random_labelled if d.poi),
            sum(d.poi for d in random_labelled),
        ),
        "real_is_poi_random_sample": rate(sum(d.poi for d in labelled_real), len(labelled_real)),
    }


def print_report(result: dict[str, Any]) -> None:
    seed = f", sample seed {result['seed']}" if result.get("seed") else ""
    if result.get("fresh"):
        seed += f" (fresh: {result['left_out_labelled_before']} models labelled before left out)"
    print(
        f"real catalog, {result['part']} part{seed}: {result['models']} models, "
        f"{result['flagged']} flagged ({result['inherited_flags']} through a re-upload link)"
    )
    print("rates are value [95 % Wilson interval] hits/n; unsure labels left out\n")
    rows = [
        ("precision (flagged sample)", cell(result["precision"])),
        ("miss rate (unflagged sample)", cell(result["miss_rate"])),
        ("recall (random sample)", cell(result["recall_random_sample"])),
    ]
    strat = result["recall_stratified"]
    if strat["value"] is not None:
        rows.append(
            (
                "recall (stratified, P·F/(P·F+M·U))",
                f"{strat['value']:.3f} [{strat['ci'][0]:.3f}-{strat['ci'][1]:.3f}]",
            )
        )
    rows.append(("prevalence (random sample)", cell(result["prevalence_random_sample"])))
    poi = result["poi"]
    rows += [
        ("poi models flagged (poi cleared)", cell(poi["recall_of_poi"])),
        ("flagged among models without poi", cell(poi["flagged_among_not_poi"])),
        (
            "... of those tagged anime/character/game",
            cell(poi["flagged_among_not_poi_fiction_tagged"]),
        ),
        ("poi models labelled real (random)", cell(poi["poi_is_real_random_sample"])),
        ("real people with poi (random)", cell(poi["real_is_poi_random_sample"])),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"  {name.ljust(width)}  {value}")
    print("\nsamples")
    for name, s in result["samples"].items():
        print(
            f"  {name:10} size {s['size']:4}  real {s['real']:4}  not {s['not']:4}  "
            f"unsure {s['unsure']:3}  unlabelled {s['unlabelled']:3}"
        )
        if s["unlabelled"]:
            shown = " ".join(s["unlabelled_ids"][:40])
            print(f"    to label ({s['unlabelled']}): {shown}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "holdout", "all"), default="dev")
    parser.add_argument("--flagged", type=int, help="flagged sample size (dev 250, holdout 60)")
    parser.add_argument("--unflagged", type=int, help="unflagged sample size (250 / 80)")
    parser.add_argument("--random", type=int, help="random sample size (300 / 100)")
    parser.add_argument("--db", type=Path, help="keep the pipeline's store here (reused)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--seed",
        type=int,
        default=0,
        help="fresh samples drawn in another order: 2 (dev, 120 flagged only), "
        "3 (holdout, 150 flagged, unflagged and random), 4 (all, 200 flagged and 150 "
        "unflagged, fresh), 5, 6 and 7 (the same, fresh again), 8 (fresh, 400 unflagged, 62 of "
        "them held out; the flagged stratum is empty); another seed: 120 flagged only",
    )
    parser.add_argument(
        "--fresh",
        action="store_true",
        help="leave out models labelled in another seed's files; score this seed's files only "
        "(always for seeds 4 to 8)",
    )
    parser.add_argument(
        "--labels-dir",
        type=Path,
        help="score a fresh seed with this directory's label files (a held-out share)",
    )
    args = parser.parse_args()
    defaults = {"dev": (250, 250, 300), "holdout": (60, 80, 100), "all": (250, 250, 300)}[args.part]
    if args.seed:
        defaults = SEED_SIZES.get(args.seed, (120, 0, 0))
    sizes = {
        "flagged": args.flagged or defaults[0],
        "unflagged": args.unflagged if args.unflagged is not None else defaults[1],
        "random": args.random if args.random is not None else defaults[2],
    }
    fresh = args.fresh or args.seed in FRESH_SEEDS
    result = evaluate(args.part, sizes, args.db, args.seed, fresh, args.labels_dir)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_report(result)


if __name__ == "__main__":
    main()
