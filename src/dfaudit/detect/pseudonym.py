"""Stable target pseudonyms: HMAC-SHA256 of the canonical target key with a random key made
once per store (setting ``pseudonym_key``), rendered like ``T-3F9A2C``."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from dfaudit.store.db import Store

SETTING = "pseudonym_key"


def pseudonym_key(store: Store) -> bytes:
    """The store's secret key, created on first use."""
    value = store.get_setting(SETTING)
    if value is None:
        if store.read_only:
            # a read-only store without a key cannot publish stable pseudonyms: use a fresh one
            return secrets.token_bytes(32)
        value = secrets.token_hex(32)
        store.set_setting(SETTING, value)
    return bytes.fromhex(value)


def render(key: bytes, target_key: str) -> str:
    digest = hmac.new(key, target_key.encode("utf-8"), hashlib.sha256).hexdigest()
    return f"T-{digest[:6].upper()}"


def render_model(key: bytes, platform: str, model_id: str) -> str:
    """A stable stand-in for a model id that carries a name (a Hugging Face repo id)."""
    message = f"model\x00{platform}\x00{model_id}".encode()
    return f"M-{hmac.new(key, message, hashlib.sha256).hexdigest()[:12].upper()}"


def pseudonym(store: Store, target_key: str) -> str:
    """The pseudonym of a target in this store: same key, same pseudonym, every time."""
    return render(pseudonym_key(store), target_key)
