"""Frozen, typed records passed between stages.

Raw API JSON is never grown into these objects: ``store.normalize`` reads raw items and builds
the records; detection reads records and returns findings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

PLATFORMS = ("civitai", "huggingface")


@dataclass(frozen=True, slots=True)
class FileRecord:
    """One model file (a Civitai version file or a Hugging Face sibling)."""

    platform: str
    model_id: str
    version_id: str | None
    file_id: str
    name: str
    size_bytes: int | None
    sha256: str | None  # lower-case hex
    autov2: str | None
    blake3: str | None
    download_url: str | None
    file_format: str | None  # SafeTensor, PickleTensor, ...
    primary: bool
    file_type: str | None = None  # Civitai's file type: Model, Pruned Model, VAE, Config, ...


@dataclass(frozen=True, slots=True)
class ImageRecord:
    """Metadata of one preview image; the bytes are never fetched or stored."""

    platform: str
    model_id: str
    version_id: str | None
    url: str | None
    nsfw_level: int | None  # Civitai bit flags; older word levels are mapped to flags
    width: int | None
    height: int | None
    poi: bool
    minor: bool


@dataclass(frozen=True, slots=True)
class ModelRecord:
    """A normalised model from any platform: what detection reads."""

    platform: str
    model_id: str
    url: str
    name: str
    model_type: str
    creator: str | None = None
    created_at: datetime | None = None
    base_model: str | None = None
    tags: tuple[str, ...] = ()
    nsfw: bool = False
    nsfw_level: int | None = None
    poi: bool = False
    minor: bool = False
    downloads: int = 0
    status: str = "active"  # active | archived | taken_down | disabled | gated
    description: str = ""  # plain text, HTML removed
    trained_words: tuple[str, ...] = ()
    version_names: tuple[str, ...] = ()
    file_names: tuple[str, ...] = ()
    image_nsfw_levels: tuple[int, ...] = ()
    image_poi: bool = False
    image_minor: bool = False
    card: dict[str, Any] = field(default_factory=dict)  # Hugging Face cardData, as it came
    # Parsed safetensors ``__metadata__`` of the model's files (filled by forensics).
    training_metadata: tuple[dict[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class BountyRecord:
    """A normalised Civitai bounty."""

    bounty_id: str
    url: str
    name: str
    description: str = ""
    bounty_type: str = ""
    mode: str | None = None
    nsfw: bool = False
    nsfw_level: int | None = None
    poi: bool = False
    tags: tuple[str, ...] = ()
    base_model: str | None = None
    requester: str | None = None
    starts_at: datetime | None = None
    expires_at: datetime | None = None
    complete: bool = False
    unit_amount: int = 0
    entry_count: int = 0
    benefactor_count: int = 0
    image_nsfw_levels: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class NormalizedModel:
    """Everything ``store`` keeps of one raw model item."""

    model: ModelRecord
    files: tuple[FileRecord, ...]
    images: tuple[ImageRecord, ...]
    raw_sha256: str
