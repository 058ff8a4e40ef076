"""Helpers for the readiness-check tests: a context on the demo exam's settings."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from client.checks.context import CheckContext, default_config


def make_ctx(tmp_path: Path, *, selected: tuple[str, ...] = (), requirements: Any = None,
             backend: Any = None, **fields: Any) -> CheckContext:
    config = default_config()
    if requirements is not None:
        config = dataclasses.replace(config, requirements=requirements)
    if backend is not None:
        config = dataclasses.replace(config, backend=backend)
    ctx = CheckContext(config=config, spool_dir=tmp_path / "spool", **fields)
    ctx.selected = frozenset(selected)
    return ctx


@pytest.fixture
def ctx_factory(tmp_path: Path) -> Any:
    def build(**kwargs: Any) -> CheckContext:
        return make_ctx(tmp_path, **kwargs)
    return build
