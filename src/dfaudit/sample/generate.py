"""The seeded, deterministic synthetic sample: Civitai models and bounties, Hugging Face models.

Items come out in the platforms' real API shapes (2025 Civitai REST v1, Civitai tRPC bounties,
Hugging Face ``/api/models?full=true&cardData=true``); the ground truth of each is a
:class:`SampleLabel` kept apart. Every person is invented (see ``vocab``). Files are real, tiny
safetensors whose hashes are the real hashes of their bytes (BLAKE3 excepted, see
``safetensors.civitai_hashes``).

``load_sample()`` builds the default sample (~400 Civitai models, ~60 bounties, ~120 HF models)
in well under 2 s; ``iter_civitai_items(n, seed)`` streams any number of items in bounded memory
for benchmarks (without file bytes: hashes are then random).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import random
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from dfaudit.sample import safetensors as st
from dfaudit.sample import vocab
from dfaudit.sample.content import (
    NEGATIVE_KIND_WEIGHTS,
    PG,
    PG13,
    XXX,
    Content,
    Person,
    format_followers,
    likeness_content,
    make_people,
    negative_content,
    pick_base,
)
from dfaudit.sample.labels import SampleLabel, write_labels_jsonl

DEFAULT_SEED = 2025
SAMPLE_SITE = "https://civitai.sample.invalid"  # the server rewrites it to its own URL
IMAGE_HOST = "https://image.sample.invalid"
START = datetime(2022, 11, 15, tzinfo=UTC)
END = datetime(2025, 10, 31, tzinfo=UTC)
LIKENESS_SHARE = 0.30


@dataclass(frozen=True, slots=True)
class SampleFile:
    """One servable file: its bytes and the sha256 (lower-case hex) that names it."""

    name: str
    data: bytes
    sha256: str

    @property
    def token(self) -> str:
        """The opaque path segment the file host serves it under."""
        return self.sha256[:32]


@dataclass(frozen=True, slots=True)
class HfRepoFile:
    """One file of a Hugging Face repo: its path in the repo, its blob and whether it is LFS."""

    rfilename: str
    sha256: str
    lfs: bool


@dataclass(frozen=True)
class Sample:
    """The whole synthetic platform content and its ground truth."""

    seed: int
    civitai_models: tuple[dict[str, Any], ...]
    bounties: tuple[dict[str, Any], ...]
    hf_models: tuple[dict[str, Any], ...]
    hf_repo_files: Mapping[str, tuple[HfRepoFile, ...]]
    files: Mapping[str, SampleFile]  # by lower-case sha256
    labels: tuple[SampleLabel, ...]

    def label(self, platform: str, model_id: str, entity: str = "model") -> SampleLabel:
        for label in self.labels:
            if (label.platform, label.model_id, label.entity) == (platform, model_id, entity):
                return label
        raise KeyError((platform, model_id, entity))

    def write_labels(self, path: Path) -> int:
        return write_labels_jsonl(self.labels, path)


# --- small helpers ---------------------------------------------------------------------------


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _hex(rng: random.Random, n_bytes: int) -> str:
    return rng.randbytes(n_bytes).hex()


def _blurhash(rng: random.Random) -> str:
    # Looks like a blurhash (36 base-83-like characters); nobody decodes it.
    return base64.b85encode(rng.randbytes(29)).decode("ascii")[:36]


def _username(index: int) -> str:
    words = vocab.USERNAME_WORDS
    first, second = words[index % len(words)], words[(index // len(words)) % len(words)]
    return f"{first}{second}{index}" if index % 3 else f"{first}_{second}_{index}"


def _skewed_index(rng: random.Random, pool: int, skew: float = 2.5) -> int:
    """An index in ``range(pool)`` where low indexes are much likelier (a few creators upload
    most models, a few targets have most likeness models, as on the real platforms)."""
    return min(pool - 1, int(pool * rng.random() ** skew))


def _pick_creator(rng: random.Random, pool: int) -> int:
    return _skewed_index(rng, pool)


def _strip_html(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", text)).strip()


def _seed_of(*parts: object) -> int:
    return int.from_bytes(hashlib.sha256(repr(parts).encode()).digest()[:8], "little")


def _choose_content(rng: random.Random, people: list[Person]) -> Content:
    if rng.random() < LIKENESS_SHARE:
        # Popular targets get many models (Zipf-like over the pool).
        person = people[_skewed_index(rng, len(people), 1.8)]
        return likeness_content(rng, person)
    kinds, weights = zip(*NEGATIVE_KIND_WEIGHTS, strict=True)
    return negative_content(rng, rng.choices(kinds, weights=weights)[0])


def _label_for(platform: str, model_id: str, content: Content) -> SampleLabel:
    person = content.person
    return SampleLabel(
        platform=platform,
        model_id=model_id,
        kind=content.kind,
        likeness=content.likeness,
        target=person.full_name if person else None,
        gender=person.gender if person else None,
        prominence=person.prominence if person else None,
        sexual_intent=content.sexual,
        minor_risk=content.minor_risk,
        header_only=content.header_only,
    )


# --- Civitai models --------------------------------------------------------------------------


class _CivitaiRenderer:
    """Turns contents into Civitai model items, allocating ids and (optionally) file bytes."""

    def __init__(self, rng: random.Random, seed: int, files: dict[str, SampleFile] | None):
        self.rng = rng
        self.seed = seed
        self.files = files  # None: stream mode, no bytes, random hashes
        self.next_version_id = 20_000
        self.next_file_id = 30_000
        self.next_image_id = 1_000_000
        self.huge_header_pending = files is not None
        self.primary_files: dict[int, SampleFile] = {}  # model id → newest primary file

    def render(
        self, content: Content, model_id: int, published: datetime, creator: str
    ) -> dict[str, Any]:
        rng = self.rng
        n_versions = rng.choices((1, 2, 3, 4), weights=(72, 18, 7, 3))[0]
        versions = []
        moment = published
        for index in range(n_versions):
            versions.append(self._version(content, model_id, index, moment))
            moment += timedelta(days=rng.randint(3, 120))
        versions.reverse()  # the API lists the newest version first, index 0
        for index, version in enumerate(versions):
            version["index"] = index
        nsfw_level = 0
        for version in versions:
            nsfw_level |= version["nsfwLevel"]
        downloads = sum(version["stats"]["downloadCount"] for version in versions)
        thumbs = sum(version["stats"]["thumbsUpCount"] for version in versions)
        item: dict[str, Any] = {
            "id": model_id,
            "name": content.name,
            "description": content.description,
            "allowNoCredit": rng.random() < 0.7,
            "allowCommercialUse": rng.choice((["Image", "RentCivit"], ["None"], ["Sell", "Image"])),
            "allowDerivatives": rng.random() < 0.8,
            "allowDifferentLicense": rng.random() < 0.6,
            "type": content.model_type,
            "minor": content.minor_flag,
            "sfwOnly": content.minor_risk,
            "poi": content.poi,
            "nsfw": content.sexual,
            "nsfwLevel": nsfw_level,
            "availability": "Public",
            "cosmetic": None,
            "supportsGeneration": rng.random() < 0.5,
            "stats": {
                "downloadCount": downloads,
                "favoriteCount": 0,
                "thumbsUpCount": thumbs,
                "thumbsDownCount": rng.randint(0, max(1, thumbs // 50)),
                "commentCount": rng.randint(0, 40),
                "ratingCount": 0,
                "rating": 0,
                "tippedAmountCount": rng.randint(0, 30),
            },
            "creator": {"username": creator, "image": f"{IMAGE_HOST}/avatars/{creator}.jpeg"},
            "tags": list(content.tags),
            "modelVersions": versions,
        }
        mode_draw = rng.random()
        takedown_rate = 0.06 if content.likeness else 0.01
        if mode_draw < takedown_rate:
            item["mode"] = "TakenDown"
        elif mode_draw < takedown_rate + 0.02:
            item["mode"] = "Archived"
        return item

    def _version(
        self, content: Content, model_id: int, index: int, published: datetime
    ) -> dict[str, Any]:
        rng = self.rng
        version_id = self.next_version_id = self.next_version_id + rng.randint(1, 3)
        images = [self._image(content) for _ in range(rng.randint(1, 4))]
        if content.sexual and all(image["nsfwLevel"] < 4 for image in images):
            images[0]["nsfwLevel"] = rng.choice((4, 8))
        nsfw_level = 0
        for image in images:
            nsfw_level |= image["nsfwLevel"]
        downloads = int(rng.lognormvariate(6.3 if content.likeness else 6.0, 1.7))
        base = content.base_model if index == 0 or rng.random() < 0.7 else pick_base(rng)[0]
        file = self._file(content, model_id, version_id, index, published)
        download_url = f"{SAMPLE_SITE}/api/download/models/{version_id}"
        return {
            "id": version_id,
            "modelId": model_id,
            "index": index,
            "name": rng.choice((f"v{index + 1}.0", f"V{index + 1}", f"{base} v{index + 1}")),
            "baseModel": base,
            "baseModelType": "Standard",
            "createdAt": _iso(published - timedelta(minutes=rng.randint(5, 600))),
            "publishedAt": _iso(published),
            "status": "Published",
            "availability": "Public",
            "nsfwLevel": nsfw_level,
            "description": None
            if rng.random() < 0.5
            else "<p>Improved likeness and flexibility.</p>",
            "trainedWords": list(content.trained_words),
            "covered": True,
            "stats": {
                "downloadCount": downloads,
                "ratingCount": 0,
                "rating": 0,
                "thumbsUpCount": downloads // rng.randint(4, 12),
                "thumbsDownCount": 0,
            },
            "files": [file],
            "images": images,
            "downloadUrl": download_url,
        }

    def _image(self, content: Content) -> dict[str, Any]:
        rng = self.rng
        image_id = self.next_image_id = self.next_image_id + rng.randint(1, 9)
        if content.sexual:
            level = rng.choices((1, 2, 4, 8, XXX), weights=(20, 15, 30, 25, 10))[0]
        elif content.likeness:
            level = rng.choices((PG, PG13), weights=(80, 20))[0]
        else:
            level = rng.choices((PG, PG13, 4), weights=(70, 22, 8))[0]
        width, height = rng.choice(((832, 1216), (1024, 1024), (512, 768), (768, 1152)))
        return {
            "id": image_id,
            "url": f"{IMAGE_HOST}/{_hex(rng, 16)}/width={width}/{image_id}.jpeg",
            "nsfwLevel": level,
            "width": width,
            "height": height,
            "hash": _blurhash(rng),
            "type": "image",
            "minor": content.minor_flag,
            "poi": content.poi,
            "hasMeta": True,
            "hasPositivePrompt": True,
            "onSite": False,
            "remixOfId": None,
        }

    def _file(
        self, content: Content, model_id: int, version_id: int, index: int, published: datetime
    ) -> dict[str, Any]:
        rng = self.rng
        file_id = self.next_file_id = self.next_file_id + rng.randint(1, 3)
        name = f"{content.file_stem}{'' if index == 0 else f'_v{index + 1}'}.safetensors"
        if self.files is None:
            sha = _hex(rng, 32).upper()
            hashes = {
                "AutoV1": _hex(rng, 4).upper(),
                "AutoV2": sha[:10],
                "SHA256": sha,
                "CRC32": _hex(rng, 4).upper(),
                "BLAKE3": _hex(rng, 32).upper(),
                "AutoV3": _hex(rng, 6).upper(),
            }
            size_kb = (
                rng.uniform(2_000, 6_000_000)
                if content.tensor_kind == "checkpoint"
                else rng.uniform(10, 230_000)
            )
        else:
            data = self._file_bytes(content, file_id, published)
            sample_file = st.civitai_hashes(data)
            hashes = sample_file.as_civitai()
            size_kb = len(data) / 1024
            stored = SampleFile(name=name, data=data, sha256=sample_file.sha256.lower())
            self.files[stored.sha256] = stored
            self.primary_files.setdefault(model_id, stored)
        return {
            "id": file_id,
            "sizeKB": size_kb,
            "name": name,
            "type": "Model",
            "pickleScanResult": "Success",
            "pickleScanMessage": "No Pickle imports",
            "virusScanResult": "Success",
            "virusScanMessage": None,
            "scannedAt": _iso(published + timedelta(minutes=3)),
            "metadata": {"format": "SafeTensor", "size": "pruned", "fp": "fp16"},
            "hashes": hashes,
            "downloadUrl": f"{SAMPLE_SITE}/api/download/models/{version_id}",
            "primary": True,
        }

    def _file_bytes(self, content: Content, file_id: int, published: datetime) -> bytes:
        rng = self.rng
        metadata = dict(content.metadata) if content.metadata is not None else None
        if metadata is not None and "ss_output_name" in metadata:
            metadata["ss_session_id"] = str(file_id)
        if content.tensor_kind == "embedding":
            tensors = st.embedding_tensors(rng.randint(2, 8), 768)
        elif content.tensor_kind == "checkpoint":
            tensors = st.checkpoint_tensors()
        else:
            blocks, pad = rng.randint(3, 8), 0
            if (
                self.huge_header_pending
                and content.likeness
                and metadata
                and "ss_tag_frequency" in metadata
            ):
                blocks, self.huge_header_pending = 420, False  # a header over 100 kB
            elif rng.random() < 0.04:
                pad = 60_000  # 120 kB of data: a file larger than the first range request
            tensors = st.lora_tensors(rank=4, blocks=blocks, pad_elements=pad)
        return st.build_safetensors(tensors, metadata, seed=_seed_of(self.seed, file_id))


# --- streaming -------------------------------------------------------------------------------


def iter_labeled_civitai_items(
    n: int, seed: int = DEFAULT_SEED, people_pool: int = 2000, creator_pool: int = 50_000
) -> Iterator[tuple[dict[str, Any], SampleLabel]]:
    """Yield ``n`` Civitai model items with their labels, one at a time, in bounded memory.

    No file bytes are built: hashes are random. Ids and dates grow with the position, as on
    the platform.
    """
    rng = random.Random(seed)
    people = make_people(rng, people_pool)
    renderer = _CivitaiRenderer(rng, seed, files=None)
    span = (END - START).total_seconds()
    for position in range(n):
        content = _choose_content(rng, people)
        model_id = 10_000 + position * 9 + rng.randint(0, 8)
        published = START + timedelta(seconds=span * (position + rng.random()) / max(n, 1))
        creator = _username(_pick_creator(rng, creator_pool))
        item = renderer.render(content, model_id, published, creator)
        yield item, _label_for("civitai", str(model_id), content)


def iter_civitai_items(n: int, seed: int = DEFAULT_SEED) -> Iterator[dict[str, Any]]:
    """Yield ``n`` Civitai model items (API shape), deterministic for ``seed``."""
    for item, _ in iter_labeled_civitai_items(n, seed):
        yield item


# --- bounties --------------------------------------------------------------------------------


def _bounty(
    rng: random.Random, bounty_id: int, people: list[Person], when: datetime
) -> tuple[dict[str, Any], SampleLabel]:
    likeness = rng.random() < 0.6
    person: Person | None = None
    sexual = False
    tags: list[str]
    if likeness:
        person = people[_skewed_index(rng, len(people), 1.8)]
        name, description, tags = _likeness_bounty_text(rng, person)
        sexual = rng.random() < 0.45
        kind = "likeness"
    else:
        kind = rng.choice(("character", "style", "concept"))
        if kind == "character":
            character, franchise = rng.choice(vocab.CHARACTERS), rng.choice(vocab.FRANCHISES)
            name = f"{character} from {franchise}"
            description = f"<p>Need a character LoRA of {character} ({franchise}), all outfits.</p>"
            tags = ["character", "anime"]
        elif kind == "style":
            artist = rng.choice(vocab.ARTISTS)
            name = f"Style of {artist}"
            description = f"<p>LoRA in the style of {artist}, paintings attached.</p>"
            tags = ["style"]
        else:
            name = f"Concept: {rng.choice(vocab.CONCEPTS)}"
            description = "<p>Concept LoRA wanted, reference images attached.</p>"
            tags = ["concept"]
        sexual = rng.random() < 0.15
    if sexual:
        tags = [*tags, "nsfw"]
        description += "<p>Must do NSFW.</p>"
    levels = [
        rng.choice((4, 8, 16)) if sexual else rng.choice((1, 2)) for _ in range(rng.randint(1, 4))
    ]
    nsfw_level = 0
    for level in levels:
        nsfw_level |= level
    expires = when + timedelta(days=rng.choice((7, 14, 30)))
    complete = expires < END and rng.random() < 0.45
    requester_index = _pick_creator(rng, 400)
    base, _, _ = pick_base(rng)
    bounty = {
        "id": bounty_id,
        "name": name,
        "description": description,
        "type": rng.choices(("LoraCreation", "ModelCreation", "EmbedCreation"), weights=(85, 8, 7))[
            0
        ],
        "mode": rng.choice(("Individual", "Split")),
        "entryMode": rng.choice(("Open", "BenefactorsOnly")),
        "unitAmount": rng.choice((500, 1000, 2000, 5000, 10_000, 25_000)),
        "currency": "BUZZ",
        "startsAt": _iso(when),
        "expiresAt": _iso(expires),
        "createdAt": _iso(when - timedelta(hours=rng.randint(1, 48))),
        "complete": complete,
        "nsfw": sexual,
        "nsfwLevel": nsfw_level,
        "poi": likeness and rng.random() < 0.15,
        "availability": "Public",
        "tags": tags,
        "details": {"baseModel": base, "modelSize": "any", "modelFormat": "SafeTensor"},
        "user": {
            "id": 5_000 + requester_index,
            "username": _username(requester_index + 7_000),
            "image": None,
        },
        "stats": {
            "entryCountAllTime": rng.randint(0, 25),
            "benefactorCountAllTime": rng.randint(1, 12),
            "unitAmountCountAllTime": rng.randint(500, 60_000),
            "favoriteCountAllTime": rng.randint(0, 80),
            "commentCountAllTime": rng.randint(0, 30),
        },
        "images": [
            {
                "id": 9_000_000 + bounty_id * 10 + position,
                "url": f"{IMAGE_HOST}/bounty/{_hex(rng, 16)}/{bounty_id}_{position}.jpeg",
                "nsfwLevel": level,
                "width": 832,
                "height": 1216,
                "hash": _blurhash(rng),
                "type": "image",
            }
            for position, level in enumerate(levels)
        ],
    }
    label = SampleLabel(
        platform="civitai",
        model_id=str(bounty_id),
        kind=kind,
        likeness=likeness,
        target=person.full_name if person else None,
        gender=person.gender if person else None,
        prominence=person.prominence if person else None,
        sexual_intent=sexual,
        entity="bounty",
    )
    return bounty, label


def _likeness_bounty_text(rng: random.Random, person: Person) -> tuple[str, str, list[str]]:
    full = person.full_name
    if person.prominence == "public_figure":
        name = rng.choice((f"{full} LoRA", f"Make a model of {full} ({person.role})"))
        description = f"<p>Looking for an accurate LoRA of {full}, the {person.role}.</p>"
        return name, description, ["celebrity", "woman" if person.gender == "female" else "man"]
    assert person.social and person.handle and person.followers is not None
    word, tag, host = person.social
    if person.prominence == "online_creator":
        name = rng.choice(
            (f"Looking for a LoRA of @{person.handle} ({word})", f"{full} {word} model")
        )
        description = (
            f"<p>{full} — {word} @{person.handle}, {format_followers(person.followers)} followers. "
            f"https://{host.rstrip('/@')}/{person.handle}</p>"
        )
        return name, description, [tag, "influencer"]
    pronoun = "She" if person.gender == "female" else "He"
    name = rng.choice((f"LoRA of {person.role} (pics provided)", f"{person.first} from my town"))
    description = (
        f"<p>{pronoun} is {person.role}, instagram @{person.handle}, only {person.followers} "
        "followers. I have 40 photos, will send them.</p>"
    )
    return name, description, ["woman" if person.gender == "female" else "man", "realistic"]


# --- Hugging Face ----------------------------------------------------------------------------


def _git_blob_sha1(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()


def lfs_pointer(file: SampleFile) -> bytes:
    """The git-lfs pointer text stored in git in place of an LFS file."""
    return (
        "version https://git-lfs.github.com/spec/v1\n"
        f"oid sha256:{file.sha256}\nsize {len(file.data)}\n"
    ).encode()


def hf_sibling_blob(file: SampleFile, lfs: bool) -> dict[str, Any]:
    """A sibling entry as ``?blobs=true`` gives it."""
    if not lfs:
        return {"blobId": _git_blob_sha1(file.data), "size": len(file.data)}
    pointer = lfs_pointer(file)
    return {
        "blobId": _git_blob_sha1(pointer),
        "size": len(file.data),
        "lfs": {"sha256": file.sha256, "size": len(file.data), "pointerSize": len(pointer)},
    }


def _readme(card: Mapping[str, Any], body: str) -> str:
    lines = ["---"]
    for key, value in card.items():
        if isinstance(value, list):
            lines.append(f"{key}:")
            lines.extend(f"- {json.dumps(entry)}" for entry in value)
        elif value is not None:
            lines.append(f"{key}: {json.dumps(value)}")
    lines += ["---", "", body, ""]
    return "\n".join(lines)


GITATTRIBUTES = (
    b"*.safetensors filter=lfs diff=lfs merge=lfs -text\n"
    b"*.bin filter=lfs diff=lfs merge=lfs -text\n"
)


class _HfBuilder:
    """Builds Hugging Face model items, their repo files and their labels."""

    def __init__(self, rng: random.Random, seed: int, files: dict[str, SampleFile]):
        self.rng = rng
        self.seed = seed
        self.files = files
        self.items: list[dict[str, Any]] = []
        self.repo_files: dict[str, tuple[HfRepoFile, ...]] = {}
        self.labels: list[SampleLabel] = []
        self.used_ids: set[str] = set()

    def _store(self, name: str, data: bytes) -> SampleFile:
        sha = hashlib.sha256(data).hexdigest()
        stored = self.files.setdefault(sha, SampleFile(name=name, data=data, sha256=sha))
        return stored

    def _repo_id(self, owner: str, name: str) -> str:
        repo_id, counter = f"{owner}/{name}", 2
        while repo_id in self.used_ids:
            repo_id, counter = f"{owner}/{name}-{counter}", counter + 1
        self.used_ids.add(repo_id)
        return repo_id

    def add(
        self,
        repo_id: str,
        content: Content,
        weights: SampleFile,
        weights_name: str,
        card: dict[str, Any],
        body: str,
        label: SampleLabel,
        when: datetime,
        lora: bool = True,
    ) -> None:
        rng = self.rng
        _, _, base_repo = pick_base(rng)
        base_repo = card.get("base_model") or base_repo
        tags = ["diffusers", "text-to-image", "stable-diffusion"]
        if lora:
            tags += [
                "lora",
                "template:sd-lora",
                f"base_model:{base_repo}",
                f"base_model:adapter:{base_repo}",
            ]
        tags += [tag for tag in card.get("tags", []) if tag not in tags]
        tags += [f"license:{card.get('license', 'other')}", "region:us"]
        readme = self._store("README.md", _readme(card, body).encode())
        attributes = self._store(".gitattributes", GITATTRIBUTES)
        self.repo_files[repo_id] = (
            HfRepoFile(".gitattributes", attributes.sha256, lfs=False),
            HfRepoFile("README.md", readme.sha256, lfs=False),
            HfRepoFile(weights_name, weights.sha256, lfs=True),
        )
        downloads_all = int(rng.lognormvariate(5.5, 1.8))
        owner = repo_id.split("/", 1)[0]
        item = {
            "_id": _hex(rng, 12),
            "id": repo_id,
            "modelId": repo_id,
            "author": owner,
            "sha": _hex(rng, 20),
            "lastModified": _iso(when + timedelta(days=rng.randint(0, 60))),
            "createdAt": _iso(when),
            "private": False,
            "disabled": rng.random() < 0.03,
            "gated": rng.choices((False, "auto", "manual"), weights=(88, 8, 4))[0],
            "downloads": downloads_all // rng.randint(2, 20),
            "downloadsAllTime": downloads_all,
            "likes": rng.randint(0, 120),
            "trendingScore": rng.randint(0, 5),
            "tags": tags,
            "pipeline_tag": "text-to-image",
            "library_name": "diffusers",
            "cardData": card,
            "widgetData": card.get("widget", []),
            "siblings": [{"rfilename": entry.rfilename} for entry in self.repo_files[repo_id]],
            "spaces": [],
            "usedStorage": len(weights.data) + len(readme.data),
        }
        self.items.append(item)
        self.labels.append(label)

    def card(
        self, content: Content, base_repo: str, instance_prompt: str | None, tags: list[str]
    ) -> dict[str, Any]:
        widget = [
            {"text": instance_prompt or content.name, "output": {"url": "images/example_1.png"}}
        ]
        return {
            "base_model": base_repo,
            "instance_prompt": instance_prompt,
            "tags": tags,
            "license": self.rng.choice(
                ("openrail++", "other", "creativeml-openrail-m", "apache-2.0")
            ),
            "widget": widget,
        }

    def reupload(
        self, content: Content, civitai_item: dict[str, Any], original: SampleFile, when: datetime
    ) -> None:
        """A Civitai likeness LoRA re-uploaded under a bland name with the very same file."""
        rng = self.rng
        owner = f"user{rng.randint(100, 9999)}"
        repo_id = self._repo_id(owner, f"lora-{rng.randint(1000, 9999)}")
        _, _, base_repo = pick_base(rng)
        trigger = content.trained_words[0] if content.trained_words else None
        disclosure = rng.choice(("full", "trigger", "none"))
        tags = ["lora", "text-to-image"]
        if content.sexual and rng.random() < 0.6:
            tags.append("not-for-all-audiences")
        if disclosure == "full":
            body = (
                f"# {civitai_item['name']}\n\nMirror of Civitai model {civitai_item['id']} "
                f"(civitai.com/models/{civitai_item['id']}). Trigger: `{trigger}`."
            )
            card = self.card(content, base_repo, trigger, tags)
        elif disclosure == "trigger":
            body = "# LoRA\n\nUse the trigger word."
            card = self.card(content, base_repo, trigger, tags)
        else:
            body = "# LoRA\n\nAuto-uploaded."
            card = self.card(content, base_repo, None, tags)
        weights_name = rng.choice(
            (original.name, "pytorch_lora_weights.safetensors", "lora.safetensors")
        )
        label = replace(
            _label_for("huggingface", repo_id, content),
            reupload_of=("civitai", str(civitai_item["id"])),
            header_only=content.header_only or disclosure == "none",
        )
        self.add(repo_id, content, original, weights_name, card, body, label, when)

    def native(self, content: Content, when: datetime, file: SampleFile) -> None:
        """A model first uploaded to Hugging Face (likeness or not)."""
        rng = self.rng
        owner = _username(_pick_creator(rng, 300) + 20_000)
        stem = content.file_stem.replace("_", "-")
        repo_id = self._repo_id(
            owner, f"{stem}-lora" if content.model_type != "Checkpoint" else stem
        )
        _, _, base_repo = pick_base(rng)
        trigger = content.trained_words[0] if content.trained_words else None
        tags = [tag for tag in content.tags if tag not in ("nsfw",)][:4]
        if content.sexual:
            tags.append("not-for-all-audiences")
        prompt = f"a photo of {trigger}" if trigger else None
        card = self.card(content, base_repo, prompt, tags)
        body = f"# {content.name}\n\n{_strip_html(content.description)}"
        lora = content.model_type not in ("Checkpoint", "VAE")
        weights_name = f"{content.file_stem}.safetensors"
        self.add(
            repo_id,
            content,
            file,
            weights_name,
            card,
            body,
            _label_for("huggingface", repo_id, content),
            when,
            lora=lora,
        )

    def text_model(self, when: datetime) -> None:
        """A model that is not a diffusion model at all (filters must leave it out)."""
        rng = self.rng
        owner = _username(_pick_creator(rng, 300) + 30_000)
        repo_id = self._repo_id(
            owner, rng.choice(("tiny-sentiment", "mini-ner", "small-summarizer"))
        )
        weights = self._store(
            "model.safetensors",
            st.build_safetensors(st.checkpoint_tensors(), None, seed=_seed_of(self.seed, repo_id)),
        )
        readme = self._store(
            "README.md", _readme({"license": "mit"}, "# A small text model").encode()
        )
        self.repo_files[repo_id] = (
            HfRepoFile("README.md", readme.sha256, lfs=False),
            HfRepoFile("model.safetensors", weights.sha256, lfs=True),
        )
        self.items.append(
            {
                "_id": _hex(rng, 12),
                "id": repo_id,
                "modelId": repo_id,
                "author": owner,
                "sha": _hex(rng, 20),
                "lastModified": _iso(when),
                "createdAt": _iso(when),
                "private": False,
                "disabled": False,
                "gated": False,
                "downloads": rng.randint(0, 5000),
                "downloadsAllTime": rng.randint(5000, 50_000),
                "likes": rng.randint(0, 30),
                "trendingScore": 0,
                "tags": [
                    "transformers",
                    "safetensors",
                    "bert",
                    "text-classification",
                    "license:mit",
                    "region:us",
                ],
                "pipeline_tag": "text-classification",
                "library_name": "transformers",
                "cardData": {"license": "mit"},
                "widgetData": [],
                "siblings": [{"rfilename": entry.rfilename} for entry in self.repo_files[repo_id]],
                "spaces": [],
                "usedStorage": len(weights.data),
            }
        )
        self.labels.append(
            SampleLabel(platform="huggingface", model_id=repo_id, kind="other", likeness=False)
        )


def _hf_native_file(content: Content, seed: int, repo_hint: str) -> bytes:
    if content.tensor_kind == "embedding":
        tensors = st.embedding_tensors(4, 768)
    elif content.tensor_kind == "checkpoint":
        tensors = st.checkpoint_tensors()
    else:
        tensors = st.lora_tensors(rank=4, blocks=4)
    return st.build_safetensors(tensors, content.metadata, seed=_seed_of(seed, "hf", repo_hint))


# --- the default sample ----------------------------------------------------------------------


@lru_cache(maxsize=4)
def load_sample(
    seed: int = DEFAULT_SEED, n_civitai: int = 400, n_bounties: int = 60, n_hf: int = 120
) -> Sample:
    """Build (once per arguments) the bundled sample platform content and its labels."""
    rng = random.Random(seed)
    people = make_people(rng, 80)
    files: dict[str, SampleFile] = {}
    renderer = _CivitaiRenderer(rng, seed, files)
    span = (END - START).total_seconds()
    civitai: list[dict[str, Any]] = []
    labels: list[SampleLabel] = []
    reupload_candidates: list[tuple[Content, dict[str, Any]]] = []
    for position in range(n_civitai):
        content = _choose_content(rng, people)
        model_id = 10_000 + position * 9 + rng.randint(0, 8)
        published = START + timedelta(seconds=span * (position + rng.random()) / n_civitai)
        item = renderer.render(content, model_id, published, _username(_pick_creator(rng, 150)))
        civitai.append(item)
        labels.append(_label_for("civitai", str(model_id), content))
        if content.likeness and content.tensor_kind == "lora" and not content.minor_risk:
            reupload_candidates.append((content, item))

    bounty_labels: list[SampleLabel] = []
    bounties: list[dict[str, Any]] = []
    bounty_start = datetime(2023, 9, 20, tzinfo=UTC)
    bounty_span = (END - bounty_start).total_seconds()
    for position in range(n_bounties):
        when = bounty_start + timedelta(
            seconds=bounty_span * (position + rng.random()) / max(n_bounties, 1)
        )
        bounty, label = _bounty(rng, 1_000 + position * 7 + rng.randint(0, 6), people, when)
        bounties.append(bounty)
        bounty_labels.append(label)

    hf = _HfBuilder(rng, seed, files)
    hf_start = datetime(2023, 1, 10, tzinfo=UTC)
    n_reuploads = min(len(reupload_candidates), n_hf // 4)
    for content, item in rng.sample(reupload_candidates, k=n_reuploads):
        original = renderer.primary_files[item["id"]]
        published = datetime.fromisoformat(item["modelVersions"][-1]["publishedAt"])
        hf.reupload(content, item, original, published + timedelta(days=rng.randint(5, 400)))
    n_text = max(1, n_hf // 12)
    for position in range(n_hf - n_reuploads - n_text):
        when = hf_start + timedelta(days=rng.randint(0, 1000))
        content = _choose_content(rng, people)
        if content.kind in ("tool", "pose"):
            content = negative_content(rng, "style")
        data = _hf_native_file(content, seed, f"{position}")
        stored = hf._store(f"{content.file_stem}.safetensors", data)
        hf.native(content, when, stored)
    for _ in range(n_text):
        hf.text_model(hf_start + timedelta(days=rng.randint(0, 1000)))

    return Sample(
        seed=seed,
        civitai_models=tuple(civitai),
        bounties=tuple(bounties),
        hf_models=tuple(hf.items),
        hf_repo_files=dict(hf.repo_files),
        files=files,
        labels=tuple(labels + bounty_labels + hf.labels),
    )


def write_labels(path: Path, sample: Sample | None = None) -> int:
    """Write the (default) sample's labels as JSONL; returns how many."""
    return (sample or load_sample()).write_labels(path)
