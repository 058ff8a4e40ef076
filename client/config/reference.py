"""docs/CONFIG.md from the schema itself, so the reference can never drift from the code.

Run `python -m client.config.reference > docs/CONFIG.md` after changing client/config/schema.py.
"""

from __future__ import annotations

import dataclasses
import typing
from typing import Any

from client.config import schema
from client.config.validate import describe

INTRO = """# Exam config reference (schema {version})

An exam config is a TOML file that the institution signs with `invigilo admin sign`. Everything
not given takes the default shown. Unknown settings are refused, so a typo never silently falls
back to a default. Start from `resources/demo-exam.toml`.

This page is generated from `client/config/schema.py`
(`python -m client.config.reference > docs/CONFIG.md`).
"""


def _default(f: dataclasses.Field[Any]) -> str:
    if f.default is not dataclasses.MISSING:
        value = f.default
    elif f.default_factory is not dataclasses.MISSING:
        value = f.default_factory()
        if dataclasses.is_dataclass(value):
            return "(table)"
    else:
        return "**required**"
    if isinstance(value, str) and len(value) > 40:
        return f"`{value[:37]}...`"
    return f"`{value!r}`" if not isinstance(value, bool) else f"`{str(value).lower()}`"


def _limits(meta: typing.Mapping[str, Any]) -> str:
    parts = []
    if meta.get("min") is not None:
        parts.append(f"at least {meta['min']}")
    if meta.get("max") is not None:
        parts.append(f"at most {meta['max']}")
    if meta.get("doc"):
        parts.append(str(meta["doc"]))
    return "; ".join(parts)


def section(cls: type, path: str) -> list[str]:
    hints = typing.get_type_hints(cls)
    rows = [f"\n## `{path or '(top level)'}`\n", "| setting | type | default | limits |",
            "|---|---|---|---|"]
    nested = []
    for f in dataclasses.fields(cls):
        tp = hints[f.name]
        if dataclasses.is_dataclass(tp):
            nested.append((tp, f"{path}.{f.name}" if path else f.name))
            continue
        rows.append(f"| `{f.name}` | {describe(tp)} | {_default(f)} | {_limits(f.metadata)} |")
    lines = rows
    for tp, sub in nested:
        lines += section(typing.cast(type, tp), sub)
    return lines


def render() -> str:
    return INTRO.format(version=schema.SCHEMA_VERSION) + "\n".join(
        section(schema.ExamConfig, "")) + "\n"


if __name__ == "__main__":
    print(render(), end="")
