"""CLI commands: export."""

from __future__ import annotations

from dfaudit.cli.app import app  # noqa: F401
