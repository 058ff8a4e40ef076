"""The config reference in docs/ is the one the schema generates."""

from __future__ import annotations

from pathlib import Path

from client.config.reference import render

DOC = Path(__file__).resolve().parents[2] / "docs" / "CONFIG.md"


def test_config_reference_is_up_to_date() -> None:
    assert DOC.read_text() == render(), (
        "docs/CONFIG.md is stale: run python -m client.config.reference > docs/CONFIG.md")
