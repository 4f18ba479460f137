"""Tiny but real safetensors files for the sample, and the Civitai hashes of their bytes.

A safetensors file is 8 bytes of little-endian header length N, N bytes of JSON (tensor table
and optional ``__metadata__`` of str → str) and the tensor data. The sample's files hold a few
small tensors of deterministic noise, so each is a few KB; some are padded past 100 kB and one
has a header over 100 kB, so that range-request logic is exercised.
"""

from __future__ import annotations

import hashlib
import json
import random
import struct
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

DTYPE_SIZES = {"F16": 2, "F32": 4, "BF16": 2}


@dataclass(frozen=True, slots=True)
class TensorSpec:
    """Name, dtype and shape of one tensor to write."""

    name: str
    dtype: str
    shape: tuple[int, ...]

    @property
    def n_bytes(self) -> int:
        count = 1
        for dim in self.shape:
            count *= dim
        return count * DTYPE_SIZES[self.dtype]


@dataclass(frozen=True, slots=True)
class FileHashes:
    """The hashes Civitai lists for a file, upper-case hex as the API gives them."""

    sha256: str
    autov1: str
    autov2: str
    autov3: str
    crc32: str
    blake3: str

    def as_civitai(self) -> dict[str, str]:
        return {
            "AutoV1": self.autov1,
            "AutoV2": self.autov2,
            "SHA256": self.sha256,
            "CRC32": self.crc32,
            "BLAKE3": self.blake3,
            "AutoV3": self.autov3,
        }


def build_safetensors(
    tensors: Sequence[TensorSpec],
    metadata: Mapping[str, str] | None,
    seed: int,
) -> bytes:
    """Serialise tensors of seeded noise and the metadata into safetensors bytes."""
    header: dict[str, object] = {}
    if metadata is not None:
        header["__metadata__"] = dict(metadata)
    offset = 0
    for tensor in tensors:
        header[tensor.name] = {
            "dtype": tensor.dtype,
            "shape": list(tensor.shape),
            "data_offsets": [offset, offset + tensor.n_bytes],
        }
        offset += tensor.n_bytes
    header_bytes = json.dumps(header, separators=(",", ":")).encode("utf-8")
    # The format pads the header with spaces to an 8-byte boundary.
    header_bytes += b" " * (-len(header_bytes) % 8)
    data = random.Random(seed).randbytes(offset)
    return struct.pack("<Q", len(header_bytes)) + header_bytes + data


def read_header(data: bytes) -> tuple[int, dict[str, object]]:
    """The declared header length and the parsed header JSON of safetensors bytes."""
    (length,) = struct.unpack("<Q", data[:8])
    return length, json.loads(data[8 : 8 + length])


def civitai_hashes(data: bytes) -> FileHashes:
    """Civitai's hashes of a file.

    AutoV1 is the legacy A1111 hash (sha256 of 64 KiB from offset 1 MiB, first 8 hex), AutoV2
    the first 10 hex of SHA256, AutoV3 the sha256 of the tensor data after the header (first 12
    hex). BLAKE3 is NOT a real BLAKE3: the standard library has none, so the sample uses a
    32-byte BLAKE2b of the bytes in its place — a stable, unique stand-in for cross-references.
    """
    sha = hashlib.sha256(data).hexdigest().upper()
    (length,) = struct.unpack("<Q", data[:8])
    return FileHashes(
        sha256=sha,
        autov1=hashlib.sha256(data[0x100000:0x110000]).hexdigest()[:8].upper(),
        autov2=sha[:10],
        autov3=hashlib.sha256(data[8 + length :]).hexdigest()[:12].upper(),
        crc32=f"{zlib.crc32(data):08X}",
        blake3=hashlib.blake2b(data, digest_size=32).hexdigest().upper(),
    )


def lora_tensors(rank: int, blocks: int, pad_elements: int = 0) -> list[TensorSpec]:
    """A kohya-style LoRA tensor table: down/up/alpha per block, optionally one padding tensor."""
    tensors: list[TensorSpec] = []
    for block in range(blocks):
        stem = f"lora_unet_down_blocks_{block // 3}_attentions_{block % 3}_proj_in"
        tensors.append(TensorSpec(f"{stem}.alpha", "F16", ()))
        tensors.append(TensorSpec(f"{stem}.lora_down.weight", "F16", (rank, 8)))
        tensors.append(TensorSpec(f"{stem}.lora_up.weight", "F16", (8, rank)))
    if pad_elements:
        tensors.append(
            TensorSpec(
                "lora_te_text_model_encoder_layers_0_mlp_fc1.lora_down.weight",
                "F16",
                (pad_elements // 256, 256),
            )
        )
    return tensors


def embedding_tensors(vectors: int, width: int) -> list[TensorSpec]:
    """A textual-inversion embedding: one ``emb_params`` tensor."""
    return [TensorSpec("emb_params", "F32", (vectors, width))]


def checkpoint_tensors() -> list[TensorSpec]:
    """A token checkpoint: a handful of named UNet/VAE/text-encoder tensors."""
    return [
        TensorSpec("model.diffusion_model.input_blocks.0.0.weight", "F16", (4, 4, 3, 3)),
        TensorSpec("model.diffusion_model.out.2.weight", "F16", (4, 4, 3, 3)),
        TensorSpec("first_stage_model.decoder.conv_in.weight", "F16", (4, 4, 3, 3)),
        TensorSpec("cond_stage_model.transformer.text_model.final_layer_norm.weight", "F16", (16,)),
    ]
