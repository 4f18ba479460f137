"""The README contract and the CLI's help: two commands first, every command documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dfaudit.cli import app

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands(group: object, prefix: str = "") -> list[str]:
    from typer.main import get_command

    command = get_command(group)  # type: ignore[arg-type]
    names: list[str] = []
    for name, sub in getattr(command, "commands", {}).items():
        full = f"{prefix}{name}"
        if getattr(sub, "commands", None):
            names.extend(f"{full} {child}" for child in sub.commands)
        else:
            names.append(full)
    return names


def test_readme_opens_with_the_two_commands_and_ci_runs_the_second() -> None:
    blocks = re.findall(r"```bash\n(.*?)\n```", README, flags=re.DOTALL)
    first, second = blocks[0].strip(), blocks[1].strip()
    assert README.lstrip().startswith("# dfaudit")
    assert "\n" not in first and "\n" not in second
    assert "dfaudit audit --sample" in first and "pip install" in first
    assert "pytest" in second and "ruff" in second and "mypy" in second
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert second in ci.splitlines()


COMMANDS = _commands(app)


def test_every_expected_command_exists() -> None:
    expected = {
        "audit",
        "collect civitai",
        "collect bounties",
        "collect huggingface",
        "ingest",
        "export models",
        "status",
        "sample-server",
    }
    assert expected <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example_and_is_in_the_readme(command: str) -> None:
    result = CliRunner().invoke(app, [*command.split(), "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output
    assert f"dfaudit {command}" in README
