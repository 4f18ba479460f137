"""A small store of INVENTED models, findings, bounties and re-uploads for the report tests.

Every person here is made up. Some strings carry planted markup (script tags, event handlers,
``javascript:`` links) to prove the report renders them inert.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from dfaudit.store.db import Store

# Invented targets: (target_key, display name, gender, prominence)
TARGETS = (
    ("marlowe quintavalle", "Marlowe Quintavalle", "female", "public_figure"),
    ("izolda pembrookfane", "Izolda Pembrook-Fane", "female", "online_creator"),
    ("teodric vanstraaten", "Teodric Vanstraaten", "male", "public_figure"),
    ("ysolde karthwaite", "Ysolde Karthwaite", "female", "private_or_unknown"),
)
TARGET_NAMES = tuple(name for _, name, _, _ in TARGETS)
PLANTED = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    '"><svg onload=alert(1)>',
    "[click](javascript:alert(1))",
)


@dataclass(frozen=True)
class PlantedModel:
    platform: str
    model_id: str
    name: str
    model_type: str
    creator: str
    created_at: datetime
    base_model: str | None
    downloads: int
    likeness: bool
    target: int | None  # index into TARGETS
    sexual: bool = False
    minor: bool = False
    violations: tuple[str, ...] = ()
    removed_after_days: float | None = None
    tags: tuple[str, ...] = ()
    description: str = ""


def _models() -> list[PlantedModel]:
    start = datetime(2022, 12, 5, tzinfo=UTC)
    bases = ("SD 1.5", "SDXL 1.0", "Pony", "Illustrious", "Flux.1 D", "SD 3.5", "SD 2.1", None)
    models = []
    for i in range(40):
        likeness = i % 2 == 0
        target = (i // 2) % len(TARGETS) if likeness else None
        platform = "civitai" if i % 5 else "huggingface"
        model_id = str(1000 + i) if platform == "civitai" else f"user{i}/model-{i}"
        name = f"Model {i}"
        if target is not None:
            name = f"{TARGETS[target][1]} LoRA {i}"
        models.append(
            PlantedModel(
                platform=platform,
                model_id=model_id,
                name=name,
                model_type="LORA" if i % 3 else "Checkpoint",
                creator=f"maker{i % 7}" if i % 7 else "prolific_maker",
                created_at=start + timedelta(days=23 * i),
                base_model=bases[i % len(bases)],
                downloads=100 * (i + 1),
                likeness=likeness,
                target=target,
                sexual=likeness and i % 4 == 0,
                minor=i == 10,
                violations=("civitai.real-person-suggestive",) if likeness and i % 4 == 0 else (),
                removed_after_days=1.0 if i == 4 else (40.0 if i == 8 else None),
                tags=(TARGETS[target][1].lower(), "celebrity")
                if target is not None
                else ("style",),
            )
        )
    # One likeness model whose every platform string is hostile.
    models.append(
        PlantedModel(
            platform="civitai",
            model_id="9999",
            name=f"{PLANTED[0]}{TARGETS[1][1]} {PLANTED[1]}",
            model_type="LORA",
            creator=PLANTED[3],
            created_at=datetime(2024, 3, 1, tzinfo=UTC),
            base_model="Pony",
            downloads=10_000_000,
            likeness=True,
            target=1,
            sexual=True,
            tags=(PLANTED[2], PLANTED[4], PLANTED[0]),
            description=PLANTED[1] + PLANTED[4],
        )
    )
    return models


MODELS = _models()


def pseudonym_of(store: Store, target_key: str) -> str:
    from dfaudit.detect.pseudonym import pseudonym

    return str(pseudonym(store, target_key))


def _insert_models(store: Store) -> None:
    now = datetime(2025, 6, 1, tzinfo=UTC)
    rows = []
    for m in MODELS:
        removed = (
            m.created_at + timedelta(days=m.removed_after_days) if m.removed_after_days else None
        )
        url = (
            f"https://civitai.com/models/{m.model_id}"
            if m.platform == "civitai"
            else f"https://huggingface.co/{m.model_id}"
        )
        if m.model_id == "9999":
            url = PLANTED[2]
        rows.append(
            (
                m.platform, m.model_id, url, m.name, m.model_type, m.creator, m.created_at,
                m.base_model, list(m.tags), m.sexual, 28 if m.sexual else 1, m.likeness, m.minor,
                m.downloads, "taken_down" if removed else "active", m.description, [],
                m.created_at, now, removed, 1, "0" * 64,
            )
        )  # fmt: skip
    columns = (
        "platform, model_id, url, name, type, creator, created_at, base_model, tags, nsfw, "
        "nsfw_level, poi, minor, downloads, status, description, trained_words, first_seen, "
        "last_seen, removed_at, last_run_id, raw_sha256"
    )
    marks = ", ".join(["?"] * 22)
    store.con.executemany(f"INSERT INTO models ({columns}) VALUES ({marks})", rows)


def _evidence(model: PlantedModel) -> str:
    """Violation items as the detection stage stores them (policy versions by date)."""
    published = (
        "civitai-2023-11-17" if model.created_at.date().isoformat() >= "2023-11-17" else None
    )
    items = [
        {"signal": "rules", "aspect": "violation", "rule": rule,
         "policy_at_publication": published, "policy_at_snapshot": "civitai-2025-05-22"}
        for rule in model.violations
    ]  # fmt: skip
    return json.dumps(items)


def _insert_findings(store: Store) -> None:
    now = datetime(2025, 6, 1, tzinfo=UTC)
    rows = []
    for m in MODELS:
        target = TARGETS[m.target] if m.target is not None else None
        name = target[1] if target else None
        if m.model_id == "9999":
            name = f"{TARGETS[1][1]} {PLANTED[0]}"
        rows.append(
            (
                m.platform, m.model_id, m.likeness, 0.9 if m.likeness else 0.1,
                target[0] if target else None, name, target[2] if target else None,
                target[3] if target else None, m.sexual, 0.8 if m.sexual else 0.0, m.minor,
                list(m.violations), _evidence(m), "test@1", "0" * 64, now,
            )
        )  # fmt: skip
    columns = (
        "platform, model_id, likeness, likeness_score, target_key, target_name, target_gender, "
        "prominence, sexual_intent, sexual_intent_score, minor_risk, violations, evidence, "
        "detector_version, input_sha256, processed_at"
    )
    marks = ", ".join(["?"] * 16)
    store.con.executemany(f"INSERT INTO findings ({columns}) VALUES ({marks})", rows)


BOUNTIES = (
    # bounty_id, type, nsfw, requester, complete, likeness, gender
    ("b1", "LoraCreation", True, "req_a", True, True, "female"),
    ("b2", "LoraCreation", True, "req_a", False, True, "female"),
    ("b3", "ModelCreation", False, "req_b", True, True, "male"),
    ("b4", "LoraCreation", False, f"{PLANTED[1]}req", False, False, None),
    ("b5", "ImageCreation", True, "req_c", False, True, "female"),
)


def _insert_bounties(store: Store) -> None:
    now = datetime(2025, 6, 1, tzinfo=UTC)
    for bounty_id, kind, nsfw, requester, complete, likeness, gender in BOUNTIES:
        store.con.execute(
            "INSERT INTO bounties (bounty_id, name, description, type, nsfw, requester, "
            "starts_at, expires_at, complete, last_seen, tags) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                bounty_id, f"{PLANTED[0]} bounty", PLANTED[1], kind, nsfw, requester,
                datetime(2024, 1, 1, tzinfo=UTC), datetime(2024, 2, 1, tzinfo=UTC), complete, now,
                [PLANTED[2]],
            ],
        )  # fmt: skip
        store.con.execute(
            "INSERT INTO bounty_findings (bounty_id, likeness, likeness_score, target_key, "
            "target_name, target_gender, sexual_intent, sexual_intent_score, minor_risk, "
            "detector_version, input_sha256, processed_at) VALUES (?, ?, 0.9, ?, ?, ?, ?, 0.5, "
            "FALSE, 'test@1', 'x', ?)",
            [
                bounty_id, likeness, TARGETS[0][0] if likeness else None,
                TARGETS[0][1] if likeness else None, gender, nsfw, now,
            ],
        )  # fmt: skip


REUPLOADS = (
    ("aa" * 32, "civitai", "1002", "huggingface", "user0/model-0", 3.0),
    ("bb" * 32, "civitai", "1004", "civitai", "1006", 10.0),
)


def _insert_reuploads(store: Store) -> None:
    base = datetime(2024, 1, 1, tzinfo=UTC)
    for sha, pa, ma, pb, mb, delay in REUPLOADS:
        store.con.execute(
            "INSERT INTO reuploads (sha256, platform_a, model_id_a, platform_b, model_id_b, "
            "first_seen_a, first_seen_b) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [sha, pa, ma, pb, mb, base, base + timedelta(days=delay)],
        )


def populate(store: Store) -> Store:
    """Fill ``store`` with the invented data set and create the pseudonym key."""
    _insert_models(store)
    _insert_findings(store)
    _insert_bounties(store)
    _insert_reuploads(store)
    pseudonym_of(store, TARGETS[0][0])  # the process step creates the key; do the same here
    return store
