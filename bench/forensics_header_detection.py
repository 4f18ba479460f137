"""How well header metadata finds likeness LoRAs that names, tags and trigger words hide.

Generates (with the sample's generator, invented people only) LoRAs whose name, tags and
trigger words say nothing but whose safetensors header names the person, and character,
concept, style, clothing and pose LoRAs with headers; runs detection with and without the
headers; prints recall on the hidden likeness models and the flag rate on the others.

Run: `.venv/bin/python bench/forensics_header_detection.py [--hidden 400] [--per-kind 200]`
"""

from __future__ import annotations

import argparse
import html
import random
import re
import time
from dataclasses import replace

from dfaudit.detect.combiner import load_models
from dfaudit.detect.engine import Detector
from dfaudit.detect.signals.training_metadata import PROPOSED_WEIGHTS
from dfaudit.records import ModelRecord
from dfaudit.sample.content import Content, likeness_content, make_people, negative_content

NEGATIVE_KINDS = ("character", "concept", "style", "clothing", "pose")
_TAGS = re.compile(r"<[^>]+>")


def to_record(index: int, content: Content) -> ModelRecord:
    return ModelRecord(
        platform="civitai",
        model_id=str(index),
        url=f"https://civitai.example/models/{index}",
        name=content.name,
        model_type=content.model_type,
        tags=content.tags,
        description=html.unescape(_TAGS.sub(" ", content.description)),
        trained_words=content.trained_words,
        file_names=(f"{content.file_stem}.safetensors",),
        training_metadata=(dict(content.metadata),) if content.metadata else (),
    )


def hidden_likeness(rng: random.Random, count: int) -> list[Content]:
    people = make_people(rng, 300)
    out: list[Content] = []
    while len(out) < count:
        content = likeness_content(rng, rng.choice(people))
        if content.header_only and content.metadata:
            out.append(content)
    return out


def negatives(rng: random.Random, per_kind: int) -> dict[str, list[Content]]:
    out: dict[str, list[Content]] = {kind: [] for kind in NEGATIVE_KINDS}
    for kind in NEGATIVE_KINDS:
        while len(out[kind]) < per_kind:
            content = negative_content(rng, kind)
            if content.metadata and any(k.startswith("ss_") for k in content.metadata):
                out[kind].append(content)
    return out


def flagged(detector: Detector, contents: list[Content], with_headers: bool) -> int:
    return detected(detector, contents, with_headers)[0]


def detected(detector: Detector, contents: list[Content], with_headers: bool) -> tuple[int, int]:
    """(models flagged, flagged models whose target is the person the content was made of)."""
    total = right_target = 0
    for index, content in enumerate(contents):
        record = to_record(index, content)
        if not with_headers:
            record = replace(record, training_metadata=())
        finding = detector.detect(record)
        total += finding.likeness
        if finding.likeness and content.target and finding.target_name:
            right_target += finding.target_name.lower() == content.target.lower()
    return total, right_target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hidden", type=int, default=400)
    parser.add_argument("--per-kind", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--proposed-weights",
        action="store_true",
        help="Add the signal's proposed combiner weights where the fitted file has none.",
    )
    args = parser.parse_args()
    rng = random.Random(args.seed)
    detector = Detector()
    if args.proposed_weights:
        model = load_models()["likeness"]
        weights = {**PROPOSED_WEIGHTS, **model.weights}
        detector.likeness_model = replace(model, weights=weights)
    started = time.perf_counter()
    hidden = hidden_likeness(rng, args.hidden)
    others = negatives(rng, args.per_kind)
    found, right_target = detected(detector, hidden, True)
    found_without = flagged(detector, hidden, False)
    print(f"hidden likeness LoRAs: {len(hidden)}")
    print(f"  found with headers:    {found} ({found / len(hidden):.1%})")
    print(f"  of those, target named right: {right_target}")
    print(f"  found without headers: {found_without} ({found_without / len(hidden):.1%})")
    all_negative = 0
    for kind, items in others.items():
        count = flagged(detector, items, True)
        base = flagged(detector, items, False)
        all_negative += count
        print(
            f"{kind:>9} LoRAs with headers: {count}/{len(items)} flagged ({count / len(items):.1%})"
            f"; without headers {base}/{len(items)}"
        )
    total = sum(len(v) for v in others.values())
    print(
        f"character/concept/style/clothing/pose flagged: {all_negative}/{total} "
        f"({all_negative / total:.1%})"
    )
    print(f"[{time.perf_counter() - started:.1f} s]")


if __name__ == "__main__":
    main()
