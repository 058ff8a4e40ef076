"""Translations of the words that come from modules without Qt (photo quality, devices, checks).

Those modules keep plain English strings in one place each; the app shows them through these
functions so that Qt's translation tools see every string. The readiness checks, the exam file's
loader, the journal, the uploader and the lockdown agent mark their own sentences
(client/i18n.py); `local` shows them in the app's language and `sentence` also starts an error
message with a capital letter (they are written to follow "error: " on the command line).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from client.i18n import QT_TRANSLATE_NOOP, translated

translate = QCoreApplication.translate

# The exam config's own words where they are ours, not an institution's: the built-in practice
# exam's and the defaults of a config that leaves [privacy] out (client/config/schema.py). A test
# keeps this list equal to those; an institution's own text is shown as it wrote it.
CONFIG_TEXTS = (
    QT_TRANSLATE_NOOP("ExamConfig", "Practice exam"),
    QT_TRANSLATE_NOOP("ExamConfig", "Invigilo practice"),
    QT_TRANSLATE_NOOP("ExamConfig", "Only you: this is a practice exam and nothing leaves your "
                      "computer."),
    QT_TRANSLATE_NOOP("ExamConfig", "During this exam your webcam, microphone and screen are "
                      "recorded. The recording is encrypted on this computer so that only your "
                      "institution can open it."),
    QT_TRANSLATE_NOOP("ExamConfig", "Exam reviewers at your institution."),
)


def config_text(text: str) -> str:
    """A text from the exam config in the app's language when it is one of CONFIG_TEXTS."""
    return translate("ExamConfig", text) if text else text


def local(text: str) -> str:
    """A sentence from a module without Qt in the app's language (English if not marked)."""
    return translated(text, translate)


def check_text(text: str) -> str:
    """A readiness check's message or remedy in the app's language (English if not marked)."""
    return local(text)


def sentence(text: str) -> str:
    """An error's message in the app's language, starting with a capital letter when it starts
    with a word (not with a file name or an address, which are shown as they are)."""
    shown = local(text)
    first = shown.split(" ", 1)[0]
    return shown[:1].upper() + shown[1:] if first.isalpha() and first.islower() else shown


def problem(error: object) -> str:
    """A UserError in words for the page: its message, then what to do about it."""
    said = getattr(error, "message", None)
    message = sentence(said if isinstance(said, str) else str(error))  # str() drops a Text
    remedy = getattr(error, "remedy", None)
    if not remedy:
        return message
    return message + "\n" + translate("OpenPage", "What to do: {remedy}").format(
        remedy=local(remedy))


def quality_message(key: str) -> str:
    messages = {
        "no_face": translate("Quality", "No face found: sit in front of the camera "
                             "and look straight at it."),
        "many_faces": translate("Quality", "More than one face is in the picture: only you "
                                "should be visible."),
        "face_small": translate("Quality", "Come a little closer to the camera."),
        "blurry": translate("Quality", "The picture is blurred: hold still and clean the "
                            "camera lens."),
        "dark": translate("Quality", "The picture is too dark: turn on a light in front of "
                          "you."),
        "bright": translate("Quality", "The picture is too bright: move away from the window "
                            "or lamp behind you."),
        "no_card": translate("Quality", "Hold your ID card up to the camera so that all four "
                             "corners are visible."),
        "card_cut": translate("Quality", "Part of the card is outside the picture: move it to "
                              "the middle."),
        "good_face": translate("Quality", "Good: your face is clear and well lit."),
        "good_id": translate("Quality", "Good: the whole card is visible and sharp."),
    }
    return messages.get(key, key)


def device_message(key: str) -> str:
    messages = {
        "no_camera": translate("Devices", "No camera picture: check that the camera is "
                               "connected, not covered, and not used by another program (close "
                               "video-call apps)."),
        "no_microphone": translate("Devices", "The microphone cannot be opened: check that it "
                                   "is connected and that this app may use it (system privacy "
                                   "settings)."),
    }
    return messages.get(key, key)


def check_name(check_id: str) -> str:
    names = {
        "os": translate("Checks", "Operating system"),
        "arch": translate("Checks", "64-bit system"),
        "cpu": translate("Checks", "Processor"),
        "cores": translate("Checks", "Processor cores"),
        "memory": translate("Checks", "Memory"),
        "disk": translate("Checks", "Free disk space"),
        "camera": translate("Checks", "Camera"),
        "microphone": translate("Checks", "Microphone"),
        "latency": translate("Checks", "Network response time"),
        "bandwidth": translate("Checks", "Upload speed"),
        "clock": translate("Checks", "Computer clock"),
        "displays": translate("Checks", "Displays"),
        "screen": translate("Checks", "Screen recording"),
        "vm": translate("Checks", "Virtual machine"),
        "remote_session": translate("Checks", "Remote access"),
        "forbidden_apps": translate("Checks", "Programs not allowed"),
        "virtual_devices": translate("Checks", "Virtual camera or microphone"),
    }
    if check_id in names:
        return names[check_id]
    from client.checks.registry import title

    return title(check_id)


def status_word(status: str) -> str:
    words = {
        "pass": translate("Checks", "OK"),
        "warn": translate("Checks", "Warning"),
        "fail": translate("Checks", "Problem"),
        "skipped": translate("Checks", "Not needed"),
        "error": translate("Checks", "Could not check"),
        "running": translate("Checks", "Checking…"),
        "waiting": translate("Checks", "Waiting"),
    }
    return words.get(status, status)


def stream_name(stream: str) -> str:
    names = {
        "webcam": translate("Streams", "Camera"),
        "screen": translate("Streams", "Screen"),
        "audio": translate("Streams", "Microphone"),
    }
    return names.get(stream, stream)


def agent_state(state: str) -> str:
    states = {
        "running": translate("Streams", "Exam security: on"),
        "starting": translate("Streams", "Exam security: starting…"),
        "restarting": translate("Streams", "Exam security: restarting…"),
        "lost": translate("Streams", "Exam security: stopped (this is noted for the reviewer)"),
        "off": translate("Streams", "Exam security: off"),
    }
    return states.get(state, state)


def stream_state(state: str) -> str:
    states = {
        "recording": translate("Streams", "recording"),
        "paused": translate("Streams", "paused (disk nearly full)"),
        "off": translate("Streams", "not recording"),
        "starting": translate("Streams", "starting…"),
        "failed": translate("Streams", "could not start"),
        "stopped": translate("Streams", "stopped"),
        "device missing": translate("Streams", "device missing: check the cable"),
        "permission denied": translate("Streams", "not allowed: check the privacy settings"),
    }
    return states.get(state, state)


def pause_reason(fault: str) -> tuple[str, str]:
    """What stopped and what the candidate can do about it (client/ui/pause.py's faults)."""
    reasons = {
        "agent": (translate("Paused", "Exam security stopped and could not be started again."),
                  translate("Paused", "Close Invigilo and open it again: your exam continues "
                            "where it was. If it happens again, tell your institution.")),
        "webcam": (translate("Paused", "The camera stopped sending pictures."),
                   translate("Paused", "Check that the camera is connected and not covered, "
                             "and close programs that may use it (video calls).")),
        "audio": (translate("Paused", "The microphone stopped."),
                  translate("Paused", "Check that the microphone or headset is connected and "
                            "not muted.")),
        "screen": (translate("Paused", "The screen cannot be recorded."),
                   translate("Paused", "Allow Invigilo to record the screen in the system's "
                             "privacy settings.")),
        "disk": (translate("Paused", "The disk is nearly full, so part of the recording "
                           "stopped."),
                 translate("Paused", "Free up disk space: empty the recycle bin or delete "
                           "large downloads.")),
    }
    return reasons.get(fault, (translate("Paused", "Part of the recording stopped."),
                               translate("Paused", "Tell your institution.")))
