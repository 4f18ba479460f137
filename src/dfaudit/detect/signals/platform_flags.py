"""Platform flags: Civitai ``poi``/``minor`` (model and images), NSFW flags and levels, and
Hugging Face's ``not-for-all-audiences`` tag."""

from __future__ import annotations

from typing import ClassVar

from dfaudit.detect.base import Hit
from dfaudit.detect.fields import tags_of

NSFW_BITS = 4 | 8 | 16 | 32
EXPLICIT_BITS = 8 | 16 | 32
# Civitai sets ``poi`` creator-wide: a realistic checkpoint or merge of a creator who also
# uploads people carries it with no person in it. On a whole checkpoint the flag is its own,
# weaker feature, which needs a person named in the page to flag; on a LoRA, an embedding or a
# DoRA it stays the strong ``flag:poi``.
FLAG_ONLY_WITH_EVIDENCE_TYPES = frozenset({"Checkpoint"})


class PlatformFlags:
    name: ClassVar[str] = "platform_flags"
    version: ClassVar[str] = "2"
    fields: ClassVar[tuple[str, ...]] = (
        "poi",
        "minor",
        "nsfw",
        "nsfw_level",
        "images",
        "tags",
        "model_type",
    )

    def hits(self, record: object) -> list[Hit]:
        sig = f"{self.name}@{self.version}"
        out: list[Hit] = []
        if getattr(record, "poi", False):
            whole = getattr(record, "model_type", "") in FLAG_ONLY_WITH_EVIDENCE_TYPES
            out.append(
                Hit(
                    sig,
                    "likeness",
                    1.0,
                    "poi",
                    "poi",
                    note="platform flags a real person"
                    + (" (a checkpoint: the flag is often creator-wide)" if whole else ""),
                    feature="flag:poi_checkpoint" if whole else "flag:poi",
                )
            )
            out.append(Hit(sig, "prominence", 0.6, "poi", "poi", value="public_figure"))
        if getattr(record, "image_poi", False):
            out.append(
                Hit(
                    sig,
                    "likeness",
                    0.8,
                    "images.poi",
                    "poi",
                    note="a preview image is flagged as a real person",
                    feature="flag:image_poi",
                )
            )
        if getattr(record, "minor", False) or getattr(record, "image_minor", False):
            out.append(Hit(sig, "minor", 1.0, "minor", "minor", note="platform flags a minor"))
        nsfw_level = getattr(record, "nsfw_level", None) or 0
        if getattr(record, "nsfw", False):
            out.append(
                Hit(
                    sig,
                    "sexual",
                    0.7,
                    "nsfw",
                    "nsfw",
                    note="model marked NSFW",
                    feature="flag:nsfw",
                )
            )
        if nsfw_level & EXPLICIT_BITS:
            out.append(
                Hit(
                    sig,
                    "sexual",
                    0.8,
                    "nsfw_level",
                    str(nsfw_level),
                    note="model level X or above",
                    feature="flag:level_x",
                )
            )
        elif nsfw_level & NSFW_BITS:
            out.append(
                Hit(
                    sig,
                    "sexual",
                    0.5,
                    "nsfw_level",
                    str(nsfw_level),
                    note="model level R",
                    feature="flag:level_r",
                )
            )
        levels = getattr(record, "image_nsfw_levels", ()) or ()
        if levels:
            explicit = sum(1 for level in levels if level & EXPLICIT_BITS) / len(levels)
            mature = sum(1 for level in levels if level & NSFW_BITS) / len(levels)
            if explicit > 0:
                out.append(
                    Hit(
                        sig,
                        "sexual",
                        round(explicit, 3),
                        "images.nsfw_level",
                        f"{explicit:.0%} of previews X or above",
                        feature="images:explicit_share",
                    )
                )
            if mature > 0:
                out.append(
                    Hit(
                        sig,
                        "sexual",
                        round(mature, 3),
                        "images.nsfw_level",
                        f"{mature:.0%} of previews R or above",
                        feature="images:mature_share",
                    )
                )
        if "not-for-all-audiences" in tags_of(record):
            out.append(
                Hit(
                    sig,
                    "sexual",
                    0.6,
                    "tags",
                    "not-for-all-audiences",
                    note="Hugging Face adult-content tag",
                    feature="flag:nfaa",
                )
            )
        return out
