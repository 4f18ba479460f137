"""Re-upload links by file hash and the findings they pass on."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from dfaudit.collect.ingest import ingest_files
from dfaudit.forensics.reuploads import link_reuploads
from dfaudit.pipeline import process_all
from dfaudit.store.db import Store, open_store

SHA_1 = "ab" * 32
SHA_2 = "cd" * 32
SHA_SAME_PREFIX = "ab" * 5 + "ef" * 27  # same AutoV2 (first 10 hex) as SHA_1, different file
BLAKE = "12" * 32


@pytest.fixture
def store() -> Iterator[Store]:
    with open_store(":memory:") as db:
        yield db


def model(store: Store, platform: str, model_id: str, created: str) -> None:
    when = datetime.fromisoformat(created).replace(tzinfo=UTC)
    store.con.execute(
        "INSERT INTO models (platform, model_id, name, created_at, first_seen, last_seen) "
        "VALUES (?, ?, 'x', ?, ?, ?)",
        [
            platform,
            model_id,
            when,
            datetime(2026, 1, 1, tzinfo=UTC),
            datetime(2026, 1, 1, tzinfo=UTC),
        ],
    )


def file(
    store: Store,
    platform: str,
    model_id: str,
    file_id: str,
    sha256: str | None,
    autov2: str | None = None,
    blake3: str | None = None,
) -> None:
    store.con.execute(
        "INSERT INTO files (platform, model_id, file_id, name, sha256, autov2, blake3) "
        "VALUES (?, ?, ?, 'f.safetensors', ?, ?, ?)",
        [platform, model_id, file_id, sha256, autov2, blake3],
    )


def finding(store: Store, platform: str, model_id: str, likeness: bool, **extra: str) -> None:
    store.con.execute(
        "INSERT INTO findings (platform, model_id, likeness, likeness_score, target_key, "
        "target_name, target_gender, prominence, sexual_intent, sexual_intent_score, minor_risk, "
        "evidence, detector_version, input_sha256, processed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE, 0, FALSE, ?::JSON, 'test', 'in', now())",
        [
            platform,
            model_id,
            likeness,
            0.9 if likeness else 0.1,
            extra.get("target_key"),
            extra.get("target_name"),
            extra.get("gender", "unknown"),
            extra.get("prominence"),
            json.dumps([{"signal": "name@1", "aspect": "likeness", "score": 0.1}]),
        ],
    )


def links(store: Store) -> list[tuple[str, str, str, str, str]]:
    return store.query(
        "SELECT sha256, platform_a, model_id_a, platform_b, model_id_b FROM reuploads ORDER BY ALL"
    )


def test_huggingface_copy_links_to_earlier_civitai_original_case_insensitively(
    store: Store,
) -> None:
    model(store, "civitai", "100", "2024-03-01")
    model(store, "huggingface", "mirror/pack", "2025-06-01")
    model(store, "huggingface", "other/thing", "2025-06-02")
    file(store, "civitai", "100", "c1", SHA_1.upper(), autov2=SHA_1[:10].upper())
    file(store, "huggingface", "mirror/pack", "h1", SHA_1)
    file(store, "huggingface", "other/thing", "h2", SHA_2)
    assert link_reuploads(store) == 1
    assert links(store) == [(SHA_1, "civitai", "100", "huggingface", "mirror/pack")]
    assert store.scalar("SELECT first_seen_a < first_seen_b FROM reuploads") is True


def test_the_earlier_side_is_the_original_whatever_the_platform(store: Store) -> None:
    model(store, "huggingface", "early/repo", "2023-01-01")
    model(store, "civitai", "5", "2024-01-01")
    file(store, "huggingface", "early/repo", "h", SHA_1)
    file(store, "civitai", "5", "c", SHA_1)
    link_reuploads(store)
    assert links(store) == [(SHA_1, "huggingface", "early/repo", "civitai", "5")]


def test_autov2_links_only_where_a_full_hash_is_missing(store: Store) -> None:
    model(store, "civitai", "1", "2023-01-01")  # legacy file: AutoV2 only
    model(store, "huggingface", "a/copy", "2025-07-01")  # same file
    model(store, "huggingface", "b/diff", "2025-07-02")  # other file, same 10-hex prefix
    model(store, "civitai", "2", "2025-07-03")  # full hash, same prefix, different file
    file(store, "civitai", "1", "c1", None, autov2=SHA_1[:10].upper())
    file(store, "huggingface", "a/copy", "h1", SHA_1)
    file(store, "huggingface", "b/diff", "h2", SHA_SAME_PREFIX)
    file(store, "civitai", "2", "c2", SHA_SAME_PREFIX.upper())
    link_reuploads(store)
    found = links(store)
    # The legacy AutoV2 cannot tell the two prefixes apart, but the full hashes never link.
    assert (SHA_1, "civitai", "1", "huggingface", "a/copy") in found
    assert (SHA_SAME_PREFIX, "huggingface", "b/diff", "civitai", "2") in found
    assert not any(
        {row[2], row[4]} == {"a/copy", "b/diff"} or {row[2], row[4]} == {"a/copy", "2"}
        for row in found
    )


def test_blake3_links_blake3_only_when_sha256_cannot_decide(store: Store) -> None:
    model(store, "civitai", "1", "2024-01-01")
    model(store, "civitai", "2", "2024-02-01")
    model(store, "civitai", "3", "2024-03-01")
    file(store, "civitai", "1", "f1", SHA_1, blake3=BLAKE.upper())
    file(store, "civitai", "2", "f2", None, blake3=BLAKE)
    file(store, "civitai", "3", "f3", SHA_2, blake3=BLAKE)  # contradicting full hash
    link_reuploads(store)
    found = links(store)
    assert (SHA_1, "civitai", "1", "civitai", "2") in found
    assert (SHA_2, "civitai", "2", "civitai", "3") in found
    assert not any({r[2], r[4]} == {"1", "3"} for r in found)


def test_files_shared_inside_one_model_are_not_reuploads(store: Store) -> None:
    model(store, "civitai", "1", "2024-01-01")
    file(store, "civitai", "1", "v1", SHA_1)
    file(store, "civitai", "1", "v2", SHA_1)
    assert link_reuploads(store) == 0


def test_works_without_findings_and_is_idempotent(store: Store) -> None:
    model(store, "civitai", "1", "2024-01-01")
    model(store, "huggingface", "x/y", "2025-06-01")
    file(store, "civitai", "1", "c", SHA_1)
    file(store, "huggingface", "x/y", "h", SHA_1)
    assert link_reuploads(store) == 1
    assert link_reuploads(store) == 1
    assert store.scalar("SELECT count(*) FROM findings") == 0


def test_reupload_inherits_the_likeness_finding_once(store: Store) -> None:
    model(store, "civitai", "1", "2024-01-01")
    model(store, "huggingface", "x/y", "2025-06-01")
    model(store, "huggingface", "x/z", "2025-06-02")
    file(store, "civitai", "1", "c", SHA_1)
    file(store, "huggingface", "x/y", "h", SHA_1)
    file(store, "huggingface", "x/z", "h2", SHA_2)
    finding(
        store,
        "civitai",
        "1",
        True,
        target_key="ada example",
        target_name="Ada Example",
        gender="female",
        prominence="online_creator",
    )
    finding(store, "huggingface", "x/y", False)
    finding(store, "huggingface", "x/z", False)
    for _ in range(2):
        link_reuploads(store)
        row = store.query(
            "SELECT likeness, target_key, target_name, target_gender, prominence, evidence "
            "FROM findings WHERE model_id = 'x/y'"
        )[0]
        assert row[:5] == (True, "ada example", "Ada Example", "female", "online_creator")
        evidence = json.loads(row[5])
        reupload_hits = [e for e in evidence if e["signal"] == "reupload@2"]
        assert len(reupload_hits) == 1
        assert reupload_hits[0]["field"] == "files.sha256"
        assert reupload_hits[0]["text"] == f"{SHA_1} = civitai:1"
        assert len(evidence) == 2  # the original hit is kept
    assert store.scalar("SELECT likeness FROM findings WHERE model_id = 'x/z'") is False


def test_originals_never_inherit_from_their_copies(store: Store) -> None:
    model(store, "civitai", "1", "2024-01-01")
    model(store, "huggingface", "x/y", "2025-06-01")
    file(store, "civitai", "1", "c", SHA_1)
    file(store, "huggingface", "x/y", "h", SHA_1)
    finding(store, "civitai", "1", False)
    finding(store, "huggingface", "x/y", True, target_key="k")
    link_reuploads(store)
    assert store.scalar("SELECT likeness FROM findings WHERE model_id = '1'") is False


def test_unprocessed_copy_gets_a_finding_and_chains_settle(store: Store) -> None:
    model(store, "civitai", "1", "2024-01-01")
    model(store, "civitai", "2", "2024-06-01")
    model(store, "huggingface", "x/y", "2025-06-01")
    file(store, "civitai", "1", "c1", SHA_1)
    file(store, "civitai", "2", "c2a", SHA_1)
    file(store, "civitai", "2", "c2b", SHA_2)
    file(store, "huggingface", "x/y", "h", SHA_2)  # copies model 2's other file only
    finding(store, "civitai", "1", True, target_key="k", target_name="K")
    link_reuploads(store)
    rows = dict(store.query("SELECT model_id, target_key FROM findings WHERE likeness"))
    assert rows == {"1": "k", "2": "k", "x/y": "k"}
    evidence = json.loads(store.scalar("SELECT evidence FROM findings WHERE model_id = 'x/y'"))
    assert evidence[0]["text"] == f"{SHA_2} = civitai:2"


# ---- issue 8: links only through the model file itself ---------------------------------------
# Real store rows: Civitai items in the 2023 catalog shape go through ingest (normalisation and
# the store writer) and the whole process pipeline (detection, then links and inheritance).

STOCK_VAE_KB = 326_851.0  # a stock VAE bundled with checkpoints (~335 MB)
SD2_YAML_KB = 1815 / 1024  # the stock 1,815-byte SD2 inference config
VAE_SHA = "5e" * 32
FILE_IDS = itertools.count(90_000)
YAML_SHA = "9a" * 32


def civitai_file(
    sha: str, name: str, *, kind: str = "Model", size_kb: float = 147_566.0, primary: bool = False
) -> dict[str, Any]:
    file_id = next(FILE_IDS)  # every upload is its own file on Civitai, whatever its bytes
    file: dict[str, Any] = {
        "id": file_id,
        "name": name,
        "type": kind,
        "sizeKB": size_kb,
        "hashes": {"SHA256": sha.upper(), "AutoV2": sha[:10].upper()},
        "downloadUrl": f"https://civitai.com/api/download/models/{file_id}",
    }
    if primary:
        file["primary"] = True
    return file


def civitai_model(
    model_id: int,
    name: str,
    files: list[dict[str, Any]],
    *,
    creator: str,
    created: str = "2023-03-01T10:00:00.000Z",
    model_type: str = "LORA",
    tags: list[str] | None = None,
    description: str = "",
    trained_words: list[str] | None = None,
    nsfw: bool = False,
) -> dict[str, Any]:
    return {
        "id": model_id,
        "name": name,
        "description": f"<p>{description}</p>" if description else None,
        "type": model_type,
        "poi": False,
        "nsfw": nsfw,
        "creator": {"username": creator},
        "tags": tags or [],
        "stats": {"downloadCount": 10},
        "modelVersions": [
            {
                "id": model_id * 10,
                "name": "v1.0",
                "createdAt": created,
                "baseModel": "SD 1.5",
                "trainedWords": trained_words or [],
                "files": files,
                "images": [{"id": model_id * 100, "nsfw": "None", "width": 512, "height": 768}],
            }
        ],
    }


LIKENESS_TEXT = {
    "tags": ["actress", "celebrity", "woman"],
    "description": "Oriel Vantreck is a British actress. Trained on 60 photos of her.",
    "trained_words": ["orielvantreck"],
}


def pipeline(tmp_path: Path, items: list[dict[str, Any]]) -> Store:
    path = tmp_path / "items.jsonl"
    path.write_text("\n".join(json.dumps(item) for item in items) + "\n", encoding="utf-8")
    store = open_store(":memory:")
    ingest_files(store, "civitai", [path])
    process_all(store, progress=False)
    return store


def likeness_of(store: Store) -> dict[str, bool]:
    return {str(k): bool(v) for k, v in store.query("SELECT model_id, likeness FROM findings")}


def test_shared_vae_and_sd2_yaml_between_unrelated_checkpoints_make_no_link(
    tmp_path: Path,
) -> None:
    def bundled() -> list[dict[str, Any]]:
        return [
            civitai_file(VAE_SHA, "vae-ft-mse-840000-ema.ckpt", kind="VAE", size_kb=STOCK_VAE_KB),
            civitai_file(YAML_SHA, "v2-inference-v.yaml", kind="Config", size_kb=SD2_YAML_KB),
        ]

    person = civitai_model(
        501,
        "Oriel Vantreck Dreambooth",
        [civitai_file("01" * 32, "oriel_vantreck.ckpt", size_kb=2_082_642.0, primary=True)]
        + bundled(),
        creator="alpha",
        model_type="Checkpoint",
        **LIKENESS_TEXT,  # type: ignore[arg-type]
    )
    landscape = civitai_model(
        502,
        "Misty Valleys landscape mix",
        [civitai_file("02" * 32, "misty_valleys.ckpt", size_kb=2_082_642.0, primary=True)]
        + bundled(),
        creator="beta",
        created="2023-04-01T10:00:00.000Z",
        model_type="Checkpoint",
        tags=["landscape", "scenery"],
        description="Mountains, lakes and fog.",
    )
    with pipeline(tmp_path, [person, landscape]) as store:
        assert store.scalar("SELECT count(*) FROM files WHERE file_type = 'VAE'") == 2
        assert likeness_of(store) == {"501": True, "502": False}
        assert links(store) == []


def test_a_copy_of_the_primary_model_file_links_and_inherits(tmp_path: Path) -> None:
    original = civitai_model(
        601,
        "Oriel Vantreck",
        [civitai_file("03" * 32, "oriel_vantreck.safetensors", primary=True)],
        creator="alpha",
        **LIKENESS_TEXT,  # type: ignore[arg-type]
    )
    copy = civitai_model(
        602,
        "backup upload",
        [
            civitai_file("03" * 32, "ov_lora.safetensors", primary=True),
            civitai_file(VAE_SHA, "some.vae.pt", kind="VAE", size_kb=STOCK_VAE_KB),
        ],
        creator="gamma",
        created="2023-06-01T10:00:00.000Z",
    )
    with pipeline(tmp_path, [original, copy]) as store:
        assert links(store) == [("03" * 32, "civitai", "601", "civitai", "602")]
        assert likeness_of(store) == {"601": True, "602": True}
        evidence = json.loads(store.scalar("SELECT evidence FROM findings WHERE model_id = '602'"))
        assert [e["text"] for e in evidence if e["signal"] == "reupload@2"] == [
            f"{'03' * 32} = civitai:601"
        ]


def test_a_hash_common_to_many_creators_never_links(tmp_path: Path) -> None:
    common = "0c" * 32
    # uploaded as the model itself by two creators, bundled as an extra file by a third
    person = civitai_model(
        701,
        "Oriel Vantreck",
        [civitai_file(common, "oriel.safetensors", primary=True)],
        creator="alpha",
        **LIKENESS_TEXT,  # type: ignore[arg-type]
    )
    other = civitai_model(
        702,
        "clear colors",
        [civitai_file(common, "clearcolors.safetensors", primary=True)],
        creator="beta",
        created="2023-05-01T10:00:00.000Z",
        model_type="VAE",
        description="A VAE for clear colours.",
    )
    bundler = civitai_model(
        703,
        "Harbor Mix",
        [
            civitai_file("04" * 32, "harbor.ckpt", size_kb=2_082_642.0, primary=True),
            civitai_file(common, "clearcolors.safetensors", kind="VAE", size_kb=163_000.0),
        ],
        creator="delta",
        created="2023-05-02T10:00:00.000Z",
        model_type="Checkpoint",
    )
    with pipeline(tmp_path, [person, other, bundler]) as store:
        common_rows = store.query(
            "SELECT hash_key, creators, models, bundled FROM common_hashes ORDER BY hash_key"
        )
        assert common_rows == [(f"s:{common}", 3, 3, 1)]
        assert links(store) == []
        assert likeness_of(store) == {"701": True, "702": False, "703": False}


def test_a_hash_under_ten_creators_is_common_whatever_its_role(store: Store) -> None:
    for index in range(10):
        model(store, "huggingface", f"user{index}/repo", f"2024-01-{index + 1:02d}")
        store.con.execute(
            "UPDATE models SET creator = ? WHERE model_id = ?",
            [f"user{index}", f"user{index}/repo"],
        )
        file(store, "huggingface", f"user{index}/repo", f"h{index}", SHA_1)
    # a legacy Civitai file with only an AutoV2 is the same common file
    model(store, "civitai", "legacy", "2023-01-01")
    file(store, "civitai", "legacy", "c-legacy", None, autov2=SHA_1[:10].upper())
    assert link_reuploads(store) == 0
    assert (
        store.scalar("SELECT creators FROM common_hashes WHERE hash_key = ?", [f"s:{SHA_1}"]) == 10
    )
    store.con.execute("DELETE FROM files WHERE file_id = 'c-legacy'")
    # nine creators sharing only model files are re-uploads, not a stock file
    store.con.execute("DELETE FROM files WHERE file_id = 'h9'")
    assert link_reuploads(store) == 36


def test_a_copy_with_strong_fiction_evidence_does_not_inherit(tmp_path: Path) -> None:
    original = civitai_model(
        801,
        "Oriel Vantreck",
        [civitai_file("05" * 32, "oriel_vantreck.safetensors", primary=True)],
        creator="alpha",
        **LIKENESS_TEXT,  # type: ignore[arg-type]
    )
    anime = civitai_model(
        802,
        "Rin Asakura (Starlit Requiem) - anime character",
        [civitai_file("05" * 32, "rin_asakura.safetensors", primary=True)],
        creator="epsilon",
        created="2023-07-01T10:00:00.000Z",
        tags=["anime", "character", "video game", "1girl"],
        description="Character LoRA of Rin Asakura from the anime Starlit Requiem.",
        trained_words=["rin asakura, 1girl, silver hair"],
    )
    with pipeline(tmp_path, [original, anime]) as store:
        assert links(store) == [("05" * 32, "civitai", "801", "civitai", "802")]
        assert likeness_of(store) == {"801": True, "802": False}


@pytest.mark.parametrize(
    ("path", "kind", "size", "primary", "links_expected"),
    [
        ("model.safetensors", None, 150_000_000, None, 1),  # no type: Hugging Face, old stores
        ("model.safetensors", "Pruned Model", 150_000_000, False, 1),
        ("model_fp16.safetensors", "Model", 150_000_000, False, 1),
        ("config.json", None, 1_815, None, 0),
        ("v2-inference.yaml", "Config", 1_815, False, 0),
        ("training.zip", "Training Data", 9_000_000, False, 0),
        ("kl-f8-anime2.ckpt", None, 405_000_000, False, 0),  # stock VAE size, not primary
        ("anime.vae.pt", "Model", 150_000_000, True, 0),
        ("vae/diffusion_pytorch_model.safetensors", None, 167_000_000, True, 0),
        ("text_encoder/model.safetensors", None, 492_000_000, True, 0),
        ("unet/diffusion_pytorch_model.safetensors", None, 3_400_000_000, True, 1),
    ],
)
def test_which_files_can_make_a_link(
    store: Store, path: str, kind: str | None, size: int, primary: bool | None, links_expected: int
) -> None:
    model(store, "huggingface", "a/one", "2024-01-01")
    model(store, "huggingface", "b/two", "2024-02-01")
    for model_id, file_id in (("a/one", "1"), ("b/two", "2")):
        store.con.execute(
            "INSERT INTO files (platform, model_id, file_id, name, size_bytes, sha256, "
            "is_primary, file_type) VALUES ('huggingface', ?, ?, ?, ?, ?, ?, ?)",
            [model_id, file_id, path, size, SHA_1, primary, kind],
        )
    assert link_reuploads(store) == links_expected


def test_inherited_finding_keeps_the_copys_gender_and_gets_its_own_violations(
    store: Store,
) -> None:
    model(store, "civitai", "1", "2024-01-01")
    model(store, "huggingface", "x/y", "2025-06-01")
    file(store, "civitai", "1", "c", SHA_1)
    file(store, "huggingface", "x/y", "h", SHA_1)
    finding(store, "civitai", "1", True, target_key="k", target_name="K", gender="female")
    store.con.execute("UPDATE findings SET violations = ['civitai.real-person-any']")
    finding(store, "huggingface", "x/y", False, gender="male")
    store.con.execute("UPDATE findings SET sexual_intent = TRUE WHERE model_id = 'x/y'")
    link_reuploads(store)
    gender, violations, evidence = store.query(
        "SELECT target_gender, violations, evidence FROM findings WHERE model_id = 'x/y'"
    )[0]
    assert gender == "male"  # its own evidence decided; the original's is not copied over it
    assert violations == ["huggingface.non-consensual-sexual"]
    rules = [e["rule"] for e in json.loads(evidence) if e.get("aspect") == "violation"]
    assert rules == ["huggingface.non-consensual-sexual"]


def test_a_copy_without_its_own_gender_takes_the_originals(store: Store) -> None:
    model(store, "civitai", "1", "2024-01-01")
    model(store, "civitai", "2", "2024-03-01")
    file(store, "civitai", "1", "c", SHA_1)
    file(store, "civitai", "2", "d", SHA_1)
    finding(store, "civitai", "1", True, target_key="k", gender="female")
    finding(store, "civitai", "2", False, gender="unknown")
    link_reuploads(store)
    assert store.scalar("SELECT target_gender FROM findings WHERE model_id = '2'") == "female"
    assert store.scalar("SELECT violations FROM findings WHERE model_id = '2'") == [
        "civitai.real-person-any"
    ]


def test_an_inherited_finding_goes_away_with_its_link(tmp_path: Path) -> None:
    original = civitai_model(
        901,
        "Oriel Vantreck",
        [civitai_file("06" * 32, "oriel_vantreck.safetensors", primary=True)],
        creator="alpha",
        **LIKENESS_TEXT,  # type: ignore[arg-type]
    )
    copy = civitai_model(
        902,
        "backup upload",
        [civitai_file("06" * 32, "ov.safetensors", primary=True)],
        creator="gamma",
        created="2023-06-01T10:00:00.000Z",
    )
    with pipeline(tmp_path, [original, copy]) as store:
        assert likeness_of(store) == {"901": True, "902": True}
        version = store.scalar("SELECT detector_version FROM findings WHERE model_id = '902'")
        assert str(version).endswith("+reupload@2")  # not the detector's: re-detected next time
        # the copy's file turns out to be another file (a corrected hash): no link any more
        store.con.execute(
            "UPDATE files SET sha256 = ?, autov2 = NULL WHERE model_id = '902'", ["07" * 32]
        )
        process_all(store, progress=False)
        assert links(store) == []
        assert likeness_of(store) == {"901": True, "902": False}
