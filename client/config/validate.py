"""Strict, typed reading of plain data (parsed TOML) into frozen dataclasses.

Why our own: the schema is small, the error messages must name the exact field and say what was
expected in plain words, unknown keys must be refused (a typo in a lockdown setting must not
silently fall back to a default), and the config code runs in a frozen app where every dependency
costs start-up time. Constraints ride on dataclass field metadata: `min`, `max`, `pattern`, `doc`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import types
import typing
from typing import Any, Literal, TypeVar, get_args, get_origin, get_type_hints

from client.errors import InvalidInput
from client.i18n import QT_TRANSLATE_NOOP

T = TypeVar("T")

# Every sentence a person sees, marked for translation (client/i18n.py): the frames and the
# words for kinds of value; field names, values and the schema's own `doc` stay as written.
TEXT = {
    "field": QT_TRANSLATE_NOOP("ConfigError", "exam config field '{field}': {problem}"),
    "fix": QT_TRANSLATE_NOOP("ConfigError", "ask the institution for a corrected exam file"),
    "bool": QT_TRANSLATE_NOOP("ConfigError", "true or false"),
    "int": QT_TRANSLATE_NOOP("ConfigError", "a whole number"),
    "float": QT_TRANSLATE_NOOP("ConfigError", "a number"),
    "str": QT_TRANSLATE_NOOP("ConfigError", "text"),
    "datetime": QT_TRANSLATE_NOOP("ConfigError", "a date and time with a time zone, like "
                                  "2027-06-01T09:00:00Z"),
    "one_of": QT_TRANSLATE_NOOP("ConfigError", "one of {options}"),
    "list": QT_TRANSLATE_NOOP("ConfigError", "a list of {item}"),
    "dict": QT_TRANSLATE_NOOP("ConfigError", "a table of {item}"),
    "table": QT_TRANSLATE_NOOP("ConfigError", "a table"),
    "or": QT_TRANSLATE_NOOP("ConfigError", "{first} or {second}"),
    "too_small": QT_TRANSLATE_NOOP("ConfigError", "{value} is too small; the least allowed is "
                                   "{low}"),
    "too_large": QT_TRANSLATE_NOOP("ConfigError", "{value} is too large; the most allowed is "
                                   "{high}"),
    "form": QT_TRANSLATE_NOOP("ConfigError", "{value} is not in the expected form ({form})"),
    "expected": QT_TRANSLATE_NOOP("ConfigError", "expected {expected}, found {found}"),
    "unknown": QT_TRANSLATE_NOOP("ConfigError", "unknown setting; known settings here: "
                                 "{known}"),
    "required": QT_TRANSLATE_NOOP("ConfigError", "is required ({expected})"),
}


class ConfigError(InvalidInput):
    """A config value is wrong; `field` is its dotted path, e.g. `recording.webcam.fps`."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(TEXT["field"].format(field=field, problem=problem), TEXT["fix"])
        self.field = field
        self.problem = problem


def constraint(*, min: float | None = None, max: float | None = None,
               pattern: str | None = None, doc: str = "") -> dict[str, Any]:
    """Field metadata for `dataclasses.field(metadata=...)`."""
    return {"min": min, "max": max, "pattern": pattern, "doc": doc}


def describe(tp: Any) -> str:
    origin = get_origin(tp)
    if tp is bool:
        return TEXT["bool"]
    if tp is int:
        return TEXT["int"]
    if tp is float:
        return TEXT["float"]
    if tp is str:
        return TEXT["str"]
    if tp is dt.datetime:
        return TEXT["datetime"]
    if origin is Literal:
        return TEXT["one_of"].format(options=", ".join(repr(a) for a in get_args(tp)))
    if origin is list or origin is tuple:
        return TEXT["list"].format(item=describe(get_args(tp)[0]))
    if origin is dict:
        return TEXT["dict"].format(item=describe(get_args(tp)[1]))
    if dataclasses.is_dataclass(tp):
        return TEXT["table"]
    if origin in (typing.Union, types.UnionType):
        # None means "left out" (TOML has no null), so it is not one of the kinds to write
        kinds = [describe(a) for a in get_args(tp) if a is not type(None)]
        said = kinds[0]
        for kind in kinds[1:]:
            said = TEXT["or"].format(first=said, second=kind)
        return said
    return str(tp)


def expected(tp: Any, found: str) -> str:
    return TEXT["expected"].format(expected=describe(tp), found=found)


def _check_bounds(path: str, value: float | str, meta: typing.Mapping[str, Any]) -> None:
    low, high, pattern = meta.get("min"), meta.get("max"), meta.get("pattern")
    if isinstance(value, int | float) and not isinstance(value, bool):
        if low is not None and value < low:
            raise ConfigError(path, TEXT["too_small"].format(value=value, low=low))
        if high is not None and value > high:
            raise ConfigError(path, TEXT["too_large"].format(value=value, high=high))
    if isinstance(value, str) and pattern is not None and not re.fullmatch(pattern, value):
        form = meta.get("doc") or pattern
        raise ConfigError(path, TEXT["form"].format(value=repr(value), form=form))


def convert(tp: Any, value: Any, path: str, meta: typing.Mapping[str, Any] | None = None) -> Any:
    """Check `value` against type `tp`; return it converted (tables become dataclasses)."""
    meta = meta or {}
    origin = get_origin(tp)
    if dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            raise ConfigError(path, expected(tp, type(value).__name__))
        return load(typing.cast(type, tp), value, path)
    if origin in (typing.Union, types.UnionType):
        options = get_args(tp)
        if value is None and type(None) in options:
            return None
        for option in options:
            if option is type(None):
                continue
            try:
                return convert(option, value, path, meta)
            except ConfigError:
                continue
        raise ConfigError(path, expected(tp, repr(value)))
    if origin is Literal:
        if value not in get_args(tp):
            raise ConfigError(path, expected(tp, repr(value)))
        return value
    if origin in (list, tuple):
        if not isinstance(value, list):
            raise ConfigError(path, expected(tp, type(value).__name__))
        item = get_args(tp)[0]
        items = [convert(item, v, f"{path}[{i}]", meta) for i, v in enumerate(value)]
        return tuple(items) if origin is tuple else items
    if origin is dict:
        if not isinstance(value, dict):
            raise ConfigError(path, expected(tp, type(value).__name__))
        _key_tp, val_tp = get_args(tp)
        return {str(k): convert(val_tp, v, f"{path}.{k}", meta) for k, v in value.items()}
    return _scalar(tp, value, path, meta)


def _scalar(tp: Any, value: Any, path: str, meta: typing.Mapping[str, Any]) -> Any:
    if tp is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if tp is dt.datetime:
        if not isinstance(value, dt.datetime) or value.tzinfo is None:
            raise ConfigError(path, expected(tp, repr(value)))
        return value
    if tp in (bool, int, float, str):
        if not isinstance(value, tp) or (tp is int and isinstance(value, bool)):
            raise ConfigError(path, expected(tp, repr(value)))
        _check_bounds(path, value, meta)
        return value
    raise TypeError(f"unsupported schema type {tp!r} at {path}")


def load(cls: type[T], data: dict[str, Any], path: str = "") -> T:
    """Build dataclass `cls` from `data`, refusing unknown keys and wrong types by name."""
    hints = get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    prefix = f"{path}." if path else ""
    for key in data:
        if key not in fields:
            known = ", ".join(sorted(fields))
            shown = key if key.strip() else repr(key)  # an empty or blank name must still show
            raise ConfigError(f"{prefix}{shown}", TEXT["unknown"].format(known=known))
    values: dict[str, Any] = {}
    for name, field in fields.items():
        if name in data:
            values[name] = convert(hints[name], data[name], f"{prefix}{name}", field.metadata)
        elif field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING:
            raise ConfigError(f"{prefix}{name}",
                              TEXT["required"].format(expected=describe(hints[name])))
    return cls(**values)
