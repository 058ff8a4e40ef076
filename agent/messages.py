"""Every sentence the agent shows to a person, in one place (for translation and review).

Messages say what was seen, never guess at intent: "AnyDesk is running", not "you are cheating".
"""

from __future__ import annotations

_HOW = {
    "name": "by its name",
    "path": "by where it is installed",
    "original_name": "by the original file name inside the program, although it was renamed",
    "bundle_id": "by its app identifier",
    "signer": "by the company that signed it",
    "sha256": "by its exact content, although it was renamed",
    "elf_build_id": "by its build id, although it was renamed",
}


def forbidden_app(app: str, process: str, how: str, action: str,
                  terminated: bool) -> tuple[str, str]:
    seen = f"{app} is running (process '{process}', recognised {_HOW.get(how, how)})."
    if action == "terminate":
        if terminated:
            return seen + " The exam's rules do not allow it, so it was closed.", ""
        return (seen + " The exam's rules do not allow it and it could not be closed.",
                f"Close {app} yourself, or restart the computer and do not open it again.")
    if action == "ask":
        return seen + " The exam's rules do not allow it.", f"Close {app} to continue the exam."
    return seen, ""


def forbidden_app_closed(app: str, process: str) -> str:
    return f"{app} (process '{process}') is no longer running."


VM = ("This computer appears to be a virtual machine.",
      "Sit the exam on a physical computer, or ask your institution whether virtual machines "
      "are allowed.")
VM_NONE = "No sign of a virtual machine was found."
REMOTE = ("Someone could see or control this computer remotely: {what}.",
          "End the remote session or switch the remote access software off, then try again.")
DISPLAYS = ("{count} displays are connected; this exam allows {allowed}.",
            "Disconnect the extra displays, then continue.")
MIRRORED = ("A display is mirrored: {outputs} show the same picture.",
            "Switch mirroring off, so that only one display shows the exam.")
DISPLAY_ADDED = "A display was connected: {name}."
DISPLAY_REMOVED = "A display was disconnected: {name}."
SHORTCUT = "The shortcut {combo} was pressed."
SHORTCUT_BLOCKED = "The shortcut {combo} was pressed and blocked."
SYNTHETIC = ("Key presses were sent by software, not typed on a keyboard ({detail}).",
             "Close any program that types for you (macro, remote control or automation tools).")
CLIPBOARD_COPY = "Something was copied to the clipboard{by}."
CLIPBOARD_PASTE = "A paste was attempted{by}."
CLIPBOARD_CLEARED = "The clipboard was emptied for the exam."
FOCUS_LOST = "The exam window lost focus to {app}."
FOCUS_BACK = "The exam window has focus again."
HIDDEN_WINDOW = ("A window of {owner} hides itself from screen recording.",
                 "Close {owner}: programs that hide from recording are not allowed during the "
                 "exam.")
VIRTUAL_DEVICE = ("A virtual {what} is present: '{name}'.",
                  "Use a real camera and microphone; close or uninstall virtual device software "
                  "such as OBS Virtual Camera if the exam asks for it.")
NOT_POSSIBLE = "{what} cannot be checked on this system: {why}."
WAYLAND = ("This is a Wayland session: keys, clipboard and focus are seen only for programs that "
           "run through XWayland.")
REMOTE_X_FORWARDING = "the screen is shown on another computer (DISPLAY={display})"
REMOTE_SSH = "this session was started over SSH from {host}"
REMOTE_SERVER = "a {service} server is listening on {address}:{port}"
REMOTE_WINDOWS = "Windows reports a remote session (GetSystemMetrics SM_REMOTESESSION)"
REMOTE_MACOS = "macOS screen sharing is on ({process})"
DEVICE_DRIVER = "virtual source driver {driver}"
DEVICE_MONITOR_MIC = "the default microphone records the computer's own sound output"
DEVICE_NAME = "its name"
DEVICE_ALSA_LOOPBACK = "/proc/asound/cards lists a Loopback card"
REPORT_HEADER = ("Watching this computer for {seconds:g} s with the '{level}' rules of exam "
                 "'{exam}' (nothing is closed, blocked or cleared in this mode).")
REPORT_REMEDY = "What to do: {remedy}"
REPORT_EVIDENCE = "Evidence: {evidence}"
