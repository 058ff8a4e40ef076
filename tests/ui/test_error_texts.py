"""Problems from the modules below the UI (the exam file's loader and trust checks, the journal,
the uploader, the lockdown agent) in the candidate's language, while their English stays as it
was for the command line, the journal and the log."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from agent import messages
from agent.findings import Finding
from client.agent_link import finding_fields
from client.config.practice import practice_exam
from client.errors import UserError
from client.i18n import marked
from client.journal import SessionWriter
from client.trust import keys
from client.ui import resume
from client.ui.flow import Flow
from client.ui.handin import HandIn, shown_folder
from client.ui.pages.exam import violation_text
from client.ui.pages.finish import FinishPage
from client.ui.window import MainWindow
from client.upload import errors
from tests.ui.support import app_args, free_port, shipped_translations, signed_exam

pytestmark = pytest.mark.needs_display


MARKED = ("client.config.loader", "client.config.fetch", "client.config.validate",
          "client.trust.keys", "client.trust.signed_config", "client.admin.brand",
          "client.journal.errors", "client.upload.errors", "client.upload.lock",
          "client.upload.uploader", "agent.messages")


def test_every_marked_sentence_is_in_the_shipped_translation() -> None:
    """Marked in code, extracted by lupdate, translated in the .ts: the whole chain, for every
    module whose sentences the app shows (a marker lupdate cannot read would be missed by
    `tools/translations.py --check` alone)."""
    found = {(t.context, t.template) for name in MARKED
             for t in marked(list(vars(importlib.import_module(name)).values()))}
    assert {c for c, _ in found} == {"ExamFile", "ConfigError", "Keys", "Branding", "Journal",
                                     "Upload", "Agent"}
    shipped = shipped_translations()
    missing = sorted(key for key in found if not shipped.get(key, "").strip())
    assert not missing, missing
    assert len(found) > 180



def test_an_altered_exam_is_refused_in_german(german, qt_app, data_dir: Path,  # type: ignore[no-untyped-def]
                                              camera_file: Path, tmp_path: Path) -> None:
    exam, anchor = signed_exam(tmp_path, backend_url="http://127.0.0.1:9/files/")
    exam.write_bytes(exam.read_bytes().replace(b'"signature": "', b'"signature": "AAAA'))
    flow = Flow(app_args(data_dir / "spool", camera_file, trust=[anchor]), practice=False)
    window = MainWindow(flow)
    page = window.pages["open"]
    page._open(str(exam))
    assert page.error.text() == ("Diese Prüfungsdatei wurde verändert, seit die Hochschule sie "
                                 "signiert hat\nWas Sie tun können: Bitten Sie Ihre Hochschule "
                                 "um eine neue Kopie")
    with pytest.raises(UserError) as refused:  # the command line's words are unchanged
        flow.open_exam(str(exam))
    assert str(refused.value) == ("this exam file has been altered since the institution signed "
                                  "it\n  What to do: ask your institution for a fresh copy")
    window.close()


def test_a_wrong_setting_and_an_unreachable_address_in_german(  # type: ignore[no-untyped-def]
        german, qt_app, data_dir: Path, camera_file: Path, tmp_path: Path) -> None:
    exam, anchor = signed_exam(tmp_path, backend_url="http://127.0.0.1:9/files/",
                               lockdown='fullscreen = "yes"')
    flow = Flow(app_args(data_dir / "spool", camera_file, trust=[anchor]), practice=False)
    window = MainWindow(flow)
    page = window.pages["open"]
    page._open(str(exam))
    text = page.error.text()
    # the frame and the words for kinds of value are German; the field and value as written
    assert text.startswith("Feld „lockdown.fullscreen“ der Prüfungskonfiguration: erwartet: "
                           "true oder false"), text
    assert "gefunden: 'yes'" in text
    assert "Bitten Sie die Hochschule um eine korrigierte Prüfungsdatei" in text
    address = f"https://127.0.0.1:{free_port()}/exam.invigilo"
    page._open(address)
    assert page.error.text().startswith(
        f"Der Prüfungsserver unter {address} ist nicht erreichbar\nWas Sie tun können: "
        "Prüfen Sie die Internetverbindung"), page.error.text()
    window.close()


def test_a_recording_folder_that_cannot_be_written_is_said_on_the_consent_page(  # type: ignore[no-untyped-def]
        german, qt_app, data_dir: Path, camera_file: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the recording folder should be")
    flow = Flow(app_args(blocked / "spool", camera_file), practice=True)
    window = MainWindow(flow)
    window.show()
    window.pages["open"].open_practice()
    consent = window.pages["consent"]
    assert window.current_name() == "consent"
    consent.auto_step()
    window._continue()
    assert window.current_name() == "consent"  # no session, so no going on
    assert consent.error.isVisibleTo(window)
    # the frame is German; the system's own reason is as the system gave it
    assert consent.error.text() == (f"In {blocked / 'spool'} kann nicht geschrieben werden: "
                                    "Not a directory")
    window.close()
    flow.shutdown()


def test_an_interrupted_exam_that_cannot_go_on_is_said_in_german(  # type: ignore[no-untyped-def]
        german, qt_app, data_dir: Path, camera_file: Path, tmp_path: Path) -> None:
    """The session beside the spool was sealed to another key than the practice exam's now."""
    spool = data_dir / "spool"
    exam, _ = practice_exam()
    other = keys.generate(tmp_path / "other-keys")
    writer = SessionWriter.create(spool, exam=exam.config, streams={},
                                  recipient=keys.load_recording_public(other["recording.pub"]))
    writer.abandon()
    resume.save(spool, resume.Note(writer.path.name, exam.config.exam.id, "running", 1.0, True))
    flow = Flow(app_args(spool, camera_file), practice=False)
    window = MainWindow(flow)
    page = window.pages["open"]
    page.enter()
    assert page.resume_button.isVisibleTo(window)
    page.continue_interrupted()
    assert page.error.text() == ("Diese Sitzung ist für einen anderen Schlüssel der Hochschule "
                                 "versiegelt\nWas Sie tun können: Setzen Sie sie mit der Prüfung "
                                 "fort, mit der sie begonnen wurde")
    assert not page.resume_button.isVisibleTo(window) and window.current_name() == "open"
    window.close()


def test_an_agent_finding_is_shown_in_german(german, qt_app) -> None:  # type: ignore[no-untyped-def]
    """Through the channel's JSON, as the agent sends it and the app's link receives it."""
    message, remedy = messages.forbidden_app("AnyDesk", "anydesk", "name", "ask", False)
    sent = Finding("forbidden_app", "block", message, remedy, {"pid": 42}).for_client()
    received = finding_fields(json.loads(json.dumps(sent)))
    assert received["message"] == ("AnyDesk is running (process 'anydesk', recognised by its "
                                   "name). The exam's rules do not allow it.")
    assert violation_text(received) == (
        "In dieser Prüfung nicht erlaubt: AnyDesk läuft (Prozess „anydesk“, erkannt an seinem "
        "Namen). Die Regeln der Prüfung erlauben es nicht. Was Sie tun können: Schließen Sie "
        "AnyDesk, um die Prüfung fortzusetzen.")
    noted = finding_fields(json.loads(json.dumps(Finding(
        "virtual_device", "flag", messages.VIRTUAL_DEVICE[0].format(
            what=messages.DEVICE_AUDIO, name="Monitor of Null Output"),
        messages.VIRTUAL_DEVICE[1]).for_client())))
    assert violation_text(noted).startswith(
        "Für die Prüfenden vermerkt: Ein virtuelles Gerät ist vorhanden (Mikrofon oder "
        "Audiogerät): „Monitor of Null Output“. Was Sie tun können: Verwenden Sie eine echte "
        "Kamera")
    # an agent that sends only English (an older one) is shown as it wrote
    older = {k: v for k, v in json.loads(json.dumps(sent)).items() if k != "i18n"}
    assert violation_text(finding_fields(older)).startswith(
        "In dieser Prüfung nicht erlaubt: AnyDesk is running")


def test_the_hand_in_page_says_why_the_upload_waits_and_names_the_folder_from_home(  # type: ignore[no-untyped-def]
        german, qt_app, data_dir: Path, camera_file: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    folder = home / ".local" / "share" / "Invigilo" / "spool" / "0123abcd"
    flow = Flow(app_args(data_dir / "spool", camera_file), practice=True)
    page = FinishPage(flow)
    problem = errors.OFFLINE.format(detail=errors.CONNECTION_REFUSED)
    page.show_hand_in(HandIn(folder, True, 8, 2, 54_000, 9_000), problem=problem)
    assert page.upload_problem.text() == ("Der letzte Versuch hat nicht geklappt: Der "
                                          "Upload-Server ist nicht erreichbar (Verbindung "
                                          "abgelehnt)")
    assert page.folder_note.text().endswith("\n~/.local/share/Invigilo/spool/0123abcd")
    assert str(tmp_path) not in page.folder_note.text()
    assert page.folder_note.toolTip() == str(folder) and page.folder == str(folder)
    page.show_hand_in(HandIn(folder, True, 8, 8, 0, 63_000), "ABCD-EFGH-IJKL-MNOP")
    assert not page.upload_problem.isVisibleTo(page)
    flow.shutdown()


def test_a_folder_is_named_from_home_except_on_windows() -> None:
    from pathlib import PurePosixPath, PureWindowsPath

    home = PurePosixPath("/home/ann")
    assert shown_folder(PurePosixPath("/home/ann/Invigilo hand-in/ab12"), home,
                        windows=False) == "~/Invigilo hand-in/ab12"
    assert shown_folder(home, home, windows=False) == "~"
    assert shown_folder(PurePosixPath("/home/annie/x"), home, windows=False) == "/home/annie/x"
    assert shown_folder(PurePosixPath("/media/usb/hand-in"), home,
                        windows=False) == "/media/usb/hand-in"
    win_home = PureWindowsPath(r"C:\Users\ann")
    assert shown_folder(PureWindowsPath(r"C:\Users\ann\Invigilo\ab12"), win_home,
                        windows=True) == r"C:\Users\ann\Invigilo\ab12"
