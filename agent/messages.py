"""Every sentence the agent shows to a person, in one place (for translation and review).

Messages say what was seen, never guess at intent: "AnyDesk is running", not "you are cheating".

Each is marked with `QT_TRANSLATE_NOOP("Agent", ...)` (client/i18n.py, no Qt): it is the English
sentence wherever the agent uses it (its log, `invigilo agent --report`), and a finding sends it
to the app as a template with its values as well (`Finding.as_dict`), so the app shows it in the
candidate's language. The report-mode lines at the end are for IT at a terminal and stay English.
"""

from __future__ import annotations

from client.i18n import QT_TRANSLATE_NOOP, Text, marked

_HOW = {
    "name": QT_TRANSLATE_NOOP("Agent", "by its name"),
    "path": QT_TRANSLATE_NOOP("Agent", "by where it is installed"),
    "original_name": QT_TRANSLATE_NOOP("Agent", "by the original file name inside the program, "
                                       "although it was renamed"),
    "bundle_id": QT_TRANSLATE_NOOP("Agent", "by its app identifier"),
    "signer": QT_TRANSLATE_NOOP("Agent", "by the company that signed it"),
    "sha256": QT_TRANSLATE_NOOP("Agent", "by its exact content, although it was renamed"),
    "elf_build_id": QT_TRANSLATE_NOOP("Agent", "by its build id, although it was renamed"),
}
APP_SEEN = QT_TRANSLATE_NOOP("Agent", "{app} is running (process '{process}', recognised {how}).")
APP_CLOSED = QT_TRANSLATE_NOOP("Agent", "The exam's rules do not allow it, so it was closed.")
APP_NOT_CLOSED = QT_TRANSLATE_NOOP("Agent", "The exam's rules do not allow it and it could not "
                                   "be closed.")
APP_CLOSE_YOURSELF = QT_TRANSLATE_NOOP("Agent", "Close {app} yourself, or restart the computer "
                                       "and do not open it again.")
APP_NOT_ALLOWED = QT_TRANSLATE_NOOP("Agent", "The exam's rules do not allow it.")
APP_CLOSE = QT_TRANSLATE_NOOP("Agent", "Close {app} to continue the exam.")
APP_GONE = QT_TRANSLATE_NOOP("Agent", "{app} (process '{process}') is no longer running.")
APP_BY_CONTENT = QT_TRANSLATE_NOOP("Agent", "a program this exam forbids")  # a deny_hashes match


def forbidden_app(app: str, process: str, how: str, action: str,
                  terminated: bool) -> tuple[str, str]:
    seen = APP_SEEN.format(app=app, process=process, how=_HOW.get(how, how))
    if action == "terminate":
        if terminated:
            return seen + " " + APP_CLOSED, ""
        return seen + " " + APP_NOT_CLOSED, APP_CLOSE_YOURSELF.format(app=app)
    if action == "ask":
        return seen + " " + APP_NOT_ALLOWED, APP_CLOSE.format(app=app)
    return seen, ""


def forbidden_app_closed(app: str, process: str) -> str:
    return APP_GONE.format(app=app, process=process)


VM = (QT_TRANSLATE_NOOP("Agent", "This computer appears to be a virtual machine."),
      QT_TRANSLATE_NOOP("Agent", "Sit the exam on a physical computer, or ask your institution "
                        "whether virtual machines are allowed."))
VM_NONE = "No sign of a virtual machine was found."  # for the report, not a finding
REMOTE = (QT_TRANSLATE_NOOP("Agent", "Someone could see or control this computer remotely: "
                            "{what}."),
          QT_TRANSLATE_NOOP("Agent", "End the remote session or switch the remote access "
                            "software off, then try again."))
DISPLAYS = (QT_TRANSLATE_NOOP("Agent", "{count} displays are connected; this exam allows "
                              "{allowed}."),
            QT_TRANSLATE_NOOP("Agent", "Disconnect the extra displays, then continue."))
MIRRORED = (QT_TRANSLATE_NOOP("Agent", "A display is mirrored: {outputs} show the same picture."),
            QT_TRANSLATE_NOOP("Agent", "Switch mirroring off, so that only one display shows "
                              "the exam."))
DISPLAY_ADDED = QT_TRANSLATE_NOOP("Agent", "A display was connected: {name}.")
DISPLAY_REMOVED = QT_TRANSLATE_NOOP("Agent", "A display was disconnected: {name}.")
SHORTCUT = QT_TRANSLATE_NOOP("Agent", "The shortcut {combo} was pressed.")
SHORTCUT_BLOCKED = QT_TRANSLATE_NOOP("Agent", "The shortcut {combo} was pressed and blocked.")
SYNTHETIC = (QT_TRANSLATE_NOOP("Agent", "Key presses were sent by software, not typed on a "
                               "keyboard ({detail})."),
             QT_TRANSLATE_NOOP("Agent", "Close any program that types for you (macro, remote "
                               "control or automation tools)."))
CLIPBOARD_COPY = QT_TRANSLATE_NOOP("Agent", "Something was copied to the clipboard.")
CLIPBOARD_COPY_BY = QT_TRANSLATE_NOOP("Agent", "Something was copied to the clipboard by {who}.")
CLIPBOARD_PASTE = QT_TRANSLATE_NOOP("Agent", "A paste was attempted.")
CLIPBOARD_PASTE_BY = QT_TRANSLATE_NOOP("Agent", "A paste was attempted by {who}.")
CLIPBOARD_CLEARED = QT_TRANSLATE_NOOP("Agent", "The clipboard was emptied for the exam.")
FOCUS_LOST = QT_TRANSLATE_NOOP("Agent", "The exam window lost focus to {app}.")
FOCUS_BACK = QT_TRANSLATE_NOOP("Agent", "The exam window has focus again.")
HIDDEN_WINDOW = (QT_TRANSLATE_NOOP("Agent", "A window of {owner} hides itself from screen "
                                   "recording."),
                 QT_TRANSLATE_NOOP("Agent", "Close {owner}: programs that hide from recording "
                                   "are not allowed during the exam."))
VIRTUAL_DEVICE = (QT_TRANSLATE_NOOP("Agent", "A virtual {what} is present: '{name}'."),
                  QT_TRANSLATE_NOOP("Agent", "Use a real camera and microphone; close or "
                                    "uninstall virtual device software such as OBS Virtual "
                                    "Camera if the exam asks for it."))
DEVICE_CAMERA = QT_TRANSLATE_NOOP("Agent", "camera")
DEVICE_AUDIO = QT_TRANSLATE_NOOP("Agent", "microphone or audio device")
NOT_POSSIBLE = QT_TRANSLATE_NOOP("Agent", "{what} cannot be checked on this system: {why}.")
WAYLAND = QT_TRANSLATE_NOOP("Agent", "This is a Wayland session: keys, clipboard and focus are "
                            "seen only for programs that run through XWayland.")
REMOTE_X_FORWARDING = QT_TRANSLATE_NOOP("Agent", "the screen is shown on another computer "
                                        "(DISPLAY={display})")
REMOTE_SSH = QT_TRANSLATE_NOOP("Agent", "this session was started over SSH from {host}")
REMOTE_SERVER = QT_TRANSLATE_NOOP("Agent", "a {service} server is listening on "
                                  "{address}:{port}")
REMOTE_WINDOWS = QT_TRANSLATE_NOOP("Agent", "Windows reports a remote session (GetSystemMetrics "
                                   "SM_REMOTESESSION)")
REMOTE_MACOS = QT_TRANSLATE_NOOP("Agent", "macOS screen sharing is on ({process})")
# Evidence for the reviewer (English, as all evidence is), not sentences for the candidate.
DEVICE_DRIVER = "virtual source driver {driver}"
DEVICE_MONITOR_MIC = "the default microphone records the computer's own sound output"
DEVICE_NAME = "its name"
DEVICE_ALSA_LOOPBACK = "/proc/asound/cards lists a Loopback card"

REPORT_HEADER = ("Watching this computer for {seconds:g} s with the '{level}' rules of exam "
                 "'{exam}' (nothing is closed, blocked or cleared in this mode).")
REPORT_REMEDY = "What to do: {remedy}"
REPORT_EVIDENCE = "Evidence: {evidence}"


def catalogue() -> frozenset[tuple[str, str]]:
    """(context, template) of every sentence above: the only ones the app rebuilds from a
    finding (client/i18n.py `from_data`)."""
    return frozenset((t.context, t.template) for t in marked(list(globals().values()))
                     if isinstance(t, Text))
