"""Bidi controls, NUL bytes and bare URLs in platform text stay inert in every output (issue 11)."""

from __future__ import annotations

import re
from pathlib import Path

from dfaudit.report import write_report
from dfaudit.store.db import Store

HOSTILE_NAME = "Vexa\u202eLoRA\x00 see https://evil.example/x www.bad.example \u2066x\u2069"
HOSTILE_CREATOR = "=maker\u202e\x00"
HOSTILE_URL = "https://platform.example/models/1\u202egpj.exe"


def test_bidi_nul_and_bare_urls_are_neutralised(report_store: Store, tmp_path: Path) -> None:
    # the most downloaded likeness model gets the hostile name and creator
    platform, model_id = report_store.query(
        "SELECT m.platform, m.model_id FROM models m JOIN findings f USING (platform, model_id) "
        "WHERE f.likeness ORDER BY m.downloads DESC LIMIT 1"
    )[0]
    report_store.con.execute(
        "UPDATE models SET name = ?, creator = ?, url = ? WHERE platform = ? AND model_id = ?",
        [HOSTILE_NAME, HOSTILE_CREATOR, HOSTILE_URL, platform, model_id],
    )
    paths = write_report(report_store, tmp_path / "r", reveal_names=True, progress=False)
    outputs = {
        "html": paths.html.read_text(encoding="utf-8"),
        "md": paths.md.read_text(encoding="utf-8"),
        **{p.name: p.read_text(encoding="utf-8") for p in paths.csv},
    }
    assert "VexaLoRA" in outputs["html"] and "VexaLoRA" in outputs["md"]  # the text is shown
    for name, text in outputs.items():
        for char in ("\u202e", "\u2066", "\u2069", "\x00"):
            assert char not in text, (name, hex(ord(char)))
    markdown = outputs["md"]
    # no bare URL a Markdown renderer would turn into a link
    assert not re.search(r"https?://evil|(?<![\w.\[])www\.bad", markdown)
    assert "evil.example" in markdown
    assert 'href="https://platform.example/models/1' not in outputs["html"]  # not a link
