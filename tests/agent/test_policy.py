"""Policy levels: the code's table, the documented table and the exam config agree."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agent import policy as policy_mod
from agent.findings import KINDS, Finding
from agent.policy import LEVEL_TABLE, LEVELS, Policy
from client.config.loader import parse_toml
from client.config.validate import ConfigError

DOC = Path(__file__).resolve().parents[2] / "docs" / "LOCKDOWN.md"
BASE = b"""schema = 1
[exam]
id = "x"
title = "X"
institution = "I"
not_before = 2025-01-01T00:00:00Z
not_after = 2099-01-01T00:00:00Z
"""


def test_documented_table_is_the_code_table() -> None:
    rows = re.findall(r"^\| `(\w+)` \| (\w+) \| (\w+) \| (\w+) \| (\w+) \|$", DOC.read_text(),
                      re.M)
    assert {name: tuple(values) for name, *values in rows} == LEVEL_TABLE


@pytest.mark.parametrize("level", LEVELS)
def test_each_level_resolves_from_an_exam_config(level: str) -> None:
    config = parse_toml(BASE + f'[lockdown]\nlevel = "{level}"\n'.encode())
    resolved = policy_mod.from_config(config)
    column = LEVELS.index(level)  # type: ignore[arg-type]
    for concern, row in LEVEL_TABLE.items():
        assert getattr(resolved, concern) == row[column]


def test_overrides_and_extras_come_through() -> None:
    config = parse_toml(BASE + b"""[lockdown]
level = "strict"
virtual_machine = "allow"
forbidden_process_action = "flag"
allow_apps = ["nvda"]
deny_apps = ["notes*"]
deny_hashes = ["elf-build-id:e3103c603f624119a9e5c025e4e5dc430f8519b0"]
default_deny_list = false
restart_agent = false
[requirements]
max_displays = 2
""")
    p = policy_mod.from_config(config)
    assert (p.virtual_machine, p.forbidden_process_action, p.clipboard) == ("allow", "flag",
                                                                            "block")
    assert p.allow_apps == ("nvda",) and p.deny_apps == ("notes*",)
    assert p.max_displays == 2 and not p.default_deny_list and not p.restart_agent
    assert Policy.from_dict(p.as_dict()) == p


def test_a_malformed_hash_is_refused_with_the_field_named() -> None:
    with pytest.raises(ConfigError, match=r"lockdown\.deny_hashes"):
        parse_toml(BASE + b'[lockdown]\ndeny_hashes = ["md5:abc"]\n')


def test_a_typo_in_a_lockdown_setting_is_refused() -> None:
    with pytest.raises(ConfigError):
        parse_toml(BASE + b'[lockdown]\nvirtual_machines = "allow"\n')


@given(st.sampled_from(KINDS), st.sampled_from(LEVELS))
def test_every_kind_has_an_action_at_every_level(kind: str, level: str) -> None:
    values = policy_mod.level_defaults(level)  # type: ignore[arg-type]
    p = Policy(level=level, **values)  # type: ignore[arg-type]
    assert p.action_for(kind) in ("allow", "flag", "block")


@given(st.dictionaries(st.sampled_from(["kind", "action", "message", "remedy", "at"]),
                       st.one_of(st.text(max_size=5), st.floats(allow_nan=False))))
def test_finding_from_dict_accepts_only_known_actions(data: dict) -> None:  # type: ignore[type-arg]
    try:
        f = Finding.from_dict(data)
    except (KeyError, ValueError, TypeError):
        return
    assert f.action in ("allow", "flag", "block")


def test_a_wayland_session_is_said_plainly() -> None:
    from agent.runtime import platform_notices
    notices = platform_notices({"XDG_SESSION_TYPE": "wayland"}, "linux")
    assert len(notices) == 1 and "Wayland" in notices[0].message
    assert platform_notices({"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"}, "linux") == []
    assert platform_notices({"XDG_SESSION_TYPE": "wayland"}, "win32") == []
