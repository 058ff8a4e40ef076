"""The Windows and macOS keyboard back ends' logic: hook messages in, findings and suppression
decisions out (the hooks themselves exist only on those systems)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from agent.policy import Policy
from agent.watchers import keyboard as kb
from agent.watchers import keyboard_hooks as hooks


def feed(tracker: kb.Tracker, events: list[tuple[str, bool, bool] | None]) -> list:  # type: ignore[type-arg]
    out = []
    for event in events:
        assert event is not None
        name, down, synthetic = event
        suppress = down and tracker.should_suppress(name)
        out += tracker.key(name, down, synthetic, {"platform": "test"}, suppress)
    return out


def test_windows_alt_tab_is_suppressed_and_reported_under_block() -> None:
    tracker = kb.Tracker(Policy(shortcuts="block", synthetic_input="flag"))
    alt_down = hooks.win32_key(hooks.WM_SYSKEYDOWN, 0xA4, 0)
    tab_down = hooks.win32_key(hooks.WM_SYSKEYDOWN, 0x09, 0)
    assert alt_down == ("alt_l", True, False)
    assert not tracker.should_suppress("alt_l")  # a lone Alt is not blocked
    findings = feed(tracker, [alt_down])
    assert tracker.should_suppress("tab")
    findings += feed(tracker, [tab_down, hooks.win32_key(hooks.WM_KEYUP, 0x09, 0),
                               hooks.win32_key(hooks.WM_KEYUP, 0xA4, 0)])
    assert [f.evidence["combo"] for f in findings] == ["Alt+Tab"]
    assert findings[0].evidence["suppressed"] is True and findings[0].action == "block"
    assert "blocked" in findings[0].message


def test_windows_injected_keys() -> None:
    assert hooks.win32_key(hooks.WM_KEYDOWN, 0x41, hooks.LLKHF_INJECTED) == ("a", True, True)
    assert hooks.win32_key(0x200, 0x41, 0) is None  # not a key message
    tracker = kb.Tracker(Policy(shortcuts="flag", synthetic_input="flag"))
    findings = feed(tracker, [hooks.win32_key(hooks.WM_KEYDOWN, 0x41, hooks.LLKHF_INJECTED)])
    assert [f.kind for f in findings] == ["synthetic_input"]
    assert not tracker.should_suppress("a")


def test_flag_policy_never_suppresses() -> None:
    tracker = kb.Tracker(Policy(shortcuts="flag"))
    feed(tracker, [hooks.win32_key(hooks.WM_KEYDOWN, 0x5B, 0)])  # Win key down
    assert not tracker.should_suppress("d")


def test_macos_cmd_tab_and_screenshot() -> None:
    tracker = kb.Tracker(Policy(shortcuts="block", synthetic_input="flag"))
    cmd_down = hooks.mac_key(hooks.CG_FLAGS_CHANGED, 55, hooks.CG_FLAG_FOR["cmd"], 1)
    assert cmd_down == ("cmd_l", True, False)
    findings = feed(tracker, [cmd_down])  # Cmd alone: the Super key itself
    findings += feed(tracker, [hooks.mac_key(hooks.CG_KEY_DOWN, 48, hooks.CG_FLAG_FOR["cmd"], 1)])
    shift_down = hooks.mac_key(hooks.CG_FLAGS_CHANGED, 56, hooks.CG_FLAG_FOR["cmd"] |
                            hooks.CG_FLAG_FOR["shift"], 1)
    findings += feed(tracker, [shift_down, hooks.mac_key(hooks.CG_KEY_DOWN, 20, 0, 1)])
    combos = [f.evidence["combo"] for f in findings if f.kind == "shortcut"]
    assert combos == ["Super/Win/Cmd", "Super/Win/Cmd+Tab", "Shift+Super/Win/Cmd+3"]
    cmd_up = hooks.mac_key(hooks.CG_FLAGS_CHANGED, 55, 0, 1)
    assert cmd_up == ("cmd_l", False, False)
    assert hooks.mac_key(hooks.CG_KEY_DOWN, 0, 0, 0)[2] is True  # type: ignore[index]


@given(st.lists(st.tuples(st.sampled_from(["a", "b", "1", "enter", "space", "shift_l",
                                            "f5", "backspace"]), st.booleans()), max_size=40))
def test_ordinary_typing_is_never_a_shortcut(keys: list[tuple[str, bool]]) -> None:
    tracker = kb.Tracker(Policy(shortcuts="block", synthetic_input="allow"))
    findings = feed(tracker, [(name, down, False) for name, down in keys])
    assert findings == []
