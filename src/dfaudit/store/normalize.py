"""Raw API items → normalised records.

Pure functions: one raw item (a dict decoded from the API's JSON, exactly as it came) in, frozen
records out. They accept the shapes seen over the years: Civitai's 2023 items (image ``nsfw`` as
a word, no ``nsfwLevel``), its 2025 items (bit-flag ``nsfwLevel``, ``poi``, ``minor``, ``mode``),
and Hugging Face ``ModelInfo`` JSON from ``/api/models`` (with or without ``full``/``cardData``).
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

import msgspec

from dfaudit.records import BountyRecord, FileRecord, ImageRecord, ModelRecord, NormalizedModel

CIVITAI_SITE = "https://civitai.com"
HF_SITE = "https://huggingface.co"

# Civitai's older image ratings as words, mapped onto today's bit flags.
NSFW_WORD_LEVELS = {
    "none": 1,
    "pg": 1,
    "soft": 2,
    "pg13": 2,
    "mature": 4,
    "r": 4,
    "x": 8,
    "xxx": 16,
}
NSFW_BITS = 4 | 8 | 16 | 32  # R | X | XXX | Blocked

_TAG_RE = re.compile(r"<[^>]*>")
_BLOCK_RE = re.compile(r"</?(p|br|div|li|h[1-6]|tr|hr)\b[^>]*>", re.IGNORECASE)
_SPACE_RE = re.compile(r"[ \t\r\f\v]+")
_encoder = msgspec.json.Encoder()


# Bump when a normalised record would come out differently: stored records are then rebuilt.
NORMALIZER_VERSION = 1


def raw_sha256(item: Any, raw_bytes: bytes | None = None) -> str:
    """sha256 of the item's JSON as it came (its own bytes when known, else re-encoded)."""
    return hashlib.sha256(raw_bytes.strip() if raw_bytes else _encoder.encode(item)).hexdigest()


def html_to_text(markup: str | None) -> str:
    """Plain text of an HTML description (tags dropped, entities decoded, blocks on new lines)."""
    if not markup:
        return ""
    text = _BLOCK_RE.sub("\n", markup)
    text = _TAG_RE.sub(" ", text)
    text = html.unescape(text)
    lines = (_SPACE_RE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def parse_time(value: Any) -> datetime | None:
    """An ISO-8601 timestamp (with ``Z`` or an offset) as an aware datetime; None if absent."""
    if not value or not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _str_list(values: Any) -> tuple[str, ...]:
    """Tags and trained words as strings, whether given as strings or ``{"name": ...}``."""
    if values is None:
        return ()
    if isinstance(values, str):
        return (values,) if values.strip() else ()
    out: list[str] = []
    for value in values:
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, str) and value.strip():
            out.append(value.strip())
    return tuple(out)


def _int(value: Any) -> int | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None


def image_level(image: Mapping[str, Any]) -> int | None:
    """An image's NSFW level as bit flags, from ``nsfwLevel`` (int or word) or older ``nsfw``."""
    level = image.get("nsfwLevel")
    if isinstance(level, int) and not isinstance(level, bool):
        return level
    word = level if isinstance(level, str) else image.get("nsfw")
    if isinstance(word, str):
        return NSFW_WORD_LEVELS.get(word.strip().lower())
    if word is True:
        return 8
    if word is False:
        return 1
    return None


def civitai_status(mode: Any, availability: Any = None) -> str:
    if isinstance(mode, str):
        if mode.lower() == "takendown":
            return "taken_down"
        if mode.lower() == "archived":
            return "archived"
    if isinstance(availability, str) and availability.lower() == "private":
        return "private"
    return "active"


def _lower_hex(value: Any) -> str | None:
    return value.strip().lower() if isinstance(value, str) and value.strip() else None


def normalize_civitai_model(
    raw: Mapping[str, Any], *, site: str = CIVITAI_SITE, raw_bytes: bytes | None = None
) -> NormalizedModel:
    """One ``/api/v1/models`` item → records for the models, files and images tables."""
    model_id = str(raw["id"])
    versions = [v for v in raw.get("modelVersions") or () if isinstance(v, dict)]
    files: list[FileRecord] = []
    images: list[ImageRecord] = []
    trained: list[str] = []
    version_names: list[str] = []
    times: list[datetime] = []
    for version in versions:
        version_id = str(version["id"]) if version.get("id") is not None else None
        version_names.append(str(version.get("name") or ""))
        trained.extend(_str_list(version.get("trainedWords")))
        for key in ("publishedAt", "createdAt"):
            stamp = parse_time(version.get(key))
            if stamp is not None:
                times.append(stamp)
                break
        for file in version.get("files") or ():
            if not isinstance(file, dict) or file.get("id") is None:
                continue
            hashes = file.get("hashes") or {}
            metadata = file.get("metadata") or {}
            size_kb = file.get("sizeKB")
            files.append(
                FileRecord(
                    platform="civitai",
                    model_id=model_id,
                    version_id=version_id,
                    file_id=str(file["id"]),
                    name=str(file.get("name") or ""),
                    size_bytes=int(size_kb * 1024) if isinstance(size_kb, int | float) else None,
                    sha256=_lower_hex(hashes.get("SHA256")),
                    autov2=_lower_hex(hashes.get("AutoV2")),
                    blake3=_lower_hex(hashes.get("BLAKE3")),
                    download_url=file.get("downloadUrl") or version.get("downloadUrl"),
                    file_format=metadata.get("format") if isinstance(metadata, dict) else None,
                    primary=bool(file.get("primary")),
                    file_type=str(file["type"])[:40] if file.get("type") else None,
                )
            )
        for image in version.get("images") or ():
            if not isinstance(image, dict):
                continue
            images.append(
                ImageRecord(
                    platform="civitai",
                    model_id=model_id,
                    version_id=version_id,
                    url=image.get("url"),
                    nsfw_level=image_level(image),
                    width=_int(image.get("width")),
                    height=_int(image.get("height")),
                    poi=bool(image.get("poi")),
                    minor=bool(image.get("minor")),
                )
            )
    stats = raw.get("stats") or {}
    creator = raw.get("creator") or {}
    base_model = next((v.get("baseModel") for v in versions if v.get("baseModel")), None)
    image_levels = tuple(i.nsfw_level for i in images if i.nsfw_level is not None)
    model = ModelRecord(
        platform="civitai",
        model_id=model_id,
        url=f"{site}/models/{model_id}",
        name=str(raw.get("name") or ""),
        model_type=str(raw.get("type") or "Other"),
        creator=creator.get("username") if isinstance(creator, dict) else None,
        created_at=min(times) if times else None,
        base_model=base_model,
        tags=_str_list(raw.get("tags")),
        nsfw=bool(raw.get("nsfw")),
        nsfw_level=_int(raw.get("nsfwLevel")),
        poi=bool(raw.get("poi")),
        minor=bool(raw.get("minor")),
        downloads=_int(stats.get("downloadCount")) or 0 if isinstance(stats, dict) else 0,
        status=civitai_status(raw.get("mode"), raw.get("availability")),
        description=html_to_text(raw.get("description")),
        trained_words=tuple(dict.fromkeys(trained)),
        version_names=tuple(version_names),
        file_names=tuple(f.name for f in files),
        image_nsfw_levels=image_levels,
        image_poi=any(i.poi for i in images),
        image_minor=any(i.minor for i in images),
    )
    return NormalizedModel(model, tuple(files), tuple(images), raw_sha256(raw, raw_bytes))


HF_LORA_TAGS = ("lora", "template:sd-lora")


def _hf_type(tags: Iterable[str], siblings: Iterable[str]) -> str:
    tag_set = {t.lower() for t in tags}
    if tag_set & set(HF_LORA_TAGS) or any(t.startswith("base_model:adapter:") for t in tag_set):
        return "LORA"
    if "textual_inversion" in tag_set or "textual-inversion" in tag_set:
        return "TextualInversion"
    names = [s.lower() for s in siblings]
    if "model_index.json" in names or any(n.endswith((".ckpt", ".safetensors")) for n in names):
        return "Checkpoint"
    return "Other"


def normalize_hf_model(
    raw: Mapping[str, Any], *, endpoint: str = HF_SITE, raw_bytes: bytes | None = None
) -> NormalizedModel:
    """One Hugging Face ``ModelInfo`` JSON item → records (siblings become files)."""
    repo_id = str(raw.get("id") or raw.get("modelId"))
    tags = _str_list(raw.get("tags"))
    card = raw.get("cardData") or raw.get("card_data") or {}
    if not isinstance(card, dict):
        card = {}
    siblings = [s for s in raw.get("siblings") or () if isinstance(s, dict)]
    files: list[FileRecord] = []
    for sibling in siblings:
        name = str(sibling.get("rfilename") or "")
        lfs = sibling.get("lfs") or {}
        sha = _lower_hex(lfs.get("sha256") or lfs.get("oid")) if isinstance(lfs, dict) else None
        size = _int(sibling.get("size")) or (_int(lfs.get("size")) if lfs else None)
        files.append(
            FileRecord(
                platform="huggingface",
                model_id=repo_id,
                version_id=raw.get("sha"),
                file_id=f"{repo_id}/{name}",
                name=name,
                size_bytes=size,
                sha256=sha,
                autov2=sha[:10] if sha else None,
                blake3=None,
                download_url=f"{endpoint.rstrip('/')}/{repo_id}/resolve/main/{name}",
                file_format="SafeTensor" if name.endswith(".safetensors") else None,
                primary=name.endswith(".safetensors"),
            )
        )
    base = card.get("base_model")
    if isinstance(base, list):
        base = base[0] if base else None
    if base is None:
        base = next((t.split(":")[-1] for t in tags if t.startswith("base_model:")), None)
    instance = _str_list(card.get("instance_prompt"))
    widget_texts: list[str] = []
    for widget in card.get("widget") or () if isinstance(card.get("widget"), list) else ():
        if isinstance(widget, dict) and isinstance(widget.get("text"), str):
            widget_texts.append(widget["text"])
    card_tags = _str_list(card.get("tags"))
    all_tags = tuple(dict.fromkeys(tags + card_tags))
    status = "disabled" if raw.get("disabled") else "active"
    downloads = _int(raw.get("downloadsAllTime")) or _int(raw.get("downloads")) or 0
    author = raw.get("author") or (repo_id.split("/")[0] if "/" in repo_id else None)
    model = ModelRecord(
        platform="huggingface",
        model_id=repo_id,
        url=f"{HF_SITE}/{repo_id}",
        name=repo_id.split("/", 1)[-1],
        model_type=_hf_type(all_tags, (f.name for f in files)),
        creator=str(author) if author else None,
        created_at=parse_time(raw.get("createdAt") or raw.get("created_at")),
        base_model=str(base) if base else None,
        tags=all_tags,
        nsfw="not-for-all-audiences" in {t.lower() for t in all_tags},
        nsfw_level=None,
        poi=False,
        minor=False,
        downloads=downloads,
        status=status,
        description="\n".join(widget_texts),
        trained_words=instance,
        version_names=(),
        file_names=tuple(f.name for f in files),
        card=dict(card),
    )
    return NormalizedModel(model, tuple(files), (), raw_sha256(raw, raw_bytes))


def normalize_bounty(raw: Mapping[str, Any], *, site: str = CIVITAI_SITE) -> BountyRecord:
    """One tRPC ``bounty.getInfinite`` / ``getById`` item → a bounty record."""
    bounty_id = str(raw["id"])
    stats = raw.get("stats") or {}
    details = raw.get("details") or {}
    user = raw.get("user") or {}
    levels = tuple(
        level
        for image in raw.get("images") or ()
        if isinstance(image, dict) and (level := image_level(image)) is not None
    )
    return BountyRecord(
        bounty_id=bounty_id,
        url=f"{site}/bounties/{bounty_id}",
        name=str(raw.get("name") or ""),
        description=html_to_text(raw.get("description")),
        bounty_type=str(raw.get("type") or ""),
        mode=raw.get("mode"),
        nsfw=bool(raw.get("nsfw")),
        nsfw_level=_int(raw.get("nsfwLevel")),
        poi=bool(raw.get("poi")),
        tags=_str_list(raw.get("tags")),
        base_model=details.get("baseModel") if isinstance(details, dict) else None,
        requester=user.get("username") if isinstance(user, dict) else None,
        starts_at=parse_time(raw.get("startsAt")),
        expires_at=parse_time(raw.get("expiresAt")),
        complete=bool(raw.get("complete")),
        unit_amount=_int(raw.get("unitAmount")) or 0,
        entry_count=_int(stats.get("entryCountAllTime")) or 0 if isinstance(stats, dict) else 0,
        benefactor_count=(
            _int(stats.get("benefactorCountAllTime")) or 0 if isinstance(stats, dict) else 0
        ),
        image_nsfw_levels=levels,
    )


def is_nsfw_level(level: int | None) -> bool:
    """True when a level's bits include R, X, XXX or Blocked."""
    return bool(level and level & NSFW_BITS)
