"""The readiness checks' own sentences in the app: translated at display time (English stays
English for `invigilo check`), and a check that could not run shown for what it is."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import pytest

import client.checks
from client import paths
from client.checks.registry import CHECKS, Check
from client.config.schema import Privacy
from client.i18n import Text
from client.ui import texts
from client.ui.flow import Flow
from client.ui.window import MainWindow
from tests.ui.support import app_args, shipped_translations, signed_exam, wait_until

pytestmark = pytest.mark.needs_display


def marked_texts() -> list[Text]:
    found = []
    for module in pkgutil.iter_modules(client.checks.__path__):
        loaded = importlib.import_module(f"client.checks.{module.name}")
        found += [value for value in getattr(loaded, "TEXT", {}).values()
                  if isinstance(value, Text)]
    return found


def test_every_check_message_is_in_the_shipped_translation() -> None:
    """Marked in code, extracted by lupdate, translated in the .ts: the whole chain."""
    marked = marked_texts()
    contexts = {t.context for t in marked}
    assert {"CameraCheck", "MicrophoneCheck", "SystemCheck", "NetworkCheck", "NetworkProbe",
            "ScreenCheck", "LockdownCheck", "CheckRunner"} <= contexts
    shipped = shipped_translations()
    missing = [f"{t.context}: {t.template}" for t in marked
               if not shipped.get((t.context, t.template), "").strip()]
    assert not missing, missing


def test_the_configs_own_words_are_the_ones_translated() -> None:
    """CONFIG_TEXTS must match what the demo exam and the defaults really say, or the
    translation silently stops applying."""
    import tomllib

    demo = tomllib.loads(paths.resource("demo-exam.toml").read_text())
    ours = {demo["exam"]["title"], demo["exam"]["institution"], demo["privacy"]["who_can_see"],
            Privacy().consent_text, Privacy().who_can_see}
    assert ours == set(texts.CONFIG_TEXTS)



def open_checks(flow: Flow, window: MainWindow, exam: Path | None) -> None:
    flow.open_exam(None if exam is None else str(exam))
    flow.consent("c-1")
    window.show_page("checks")


def test_check_messages_and_config_texts_follow_the_language(german, qt_app, data_dir: Path,  # type: ignore[no-untyped-def]
                                                              camera_file: Path,
                                                              tmp_path: Path) -> None:
    exam, anchor = signed_exam(tmp_path, hand_in_folder=tmp_path / "hand-in",
                               requirements="min_cores = 64")
    flow = Flow(app_args(data_dir / "spool", camera_file, trust=[anchor]), practice=False)
    flow.checks = [Check(i, CHECKS[i][0], CHECKS[i][1]) for i in ("cores", "disk")]
    window = MainWindow(flow)
    window.show()
    open_checks(flow, window, exam)
    page = window.pages["checks"]
    assert wait_until(qt_app, page.retry.isEnabled, 30)
    cores = page.rows["cores"].message.text()
    assert "Prozessorkern" in cores and "processor" not in cores
    assert "Verwenden Sie einen Computer mit mindestens 64 Prozessorkernen." in cores
    disk = page.rows["disk"]
    assert disk.message.isVisibleTo(window) and "MB frei" in disk.message.text()
    # the journal keeps the English the institution's tools read
    assert flow.session is not None and flow.session.writer is not None
    window.close()
    flow.shutdown()

    flow = Flow(app_args(data_dir / "spool2", camera_file), practice=True)
    window = MainWindow(flow)
    flow.open_exam(None)
    window.show_page("consent")
    consent = window.pages["consent"]
    assert consent.who.text().startswith("Nur Sie")
    assert consent.title.text() == "Willkommen zu: Übungsprüfung"
    assert "Übungsprüfung" in window.exam_title.text()
    window.close()
    flow.shutdown()


def test_a_check_that_could_not_run_is_said_plainly_and_does_not_block(  # type: ignore[no-untyped-def]
        qt_app, data_dir: Path, camera_file: Path, tmp_path: Path) -> None:
    exam, anchor = signed_exam(tmp_path, hand_in_folder=tmp_path / "hand-in")
    flow = Flow(app_args(data_dir / "spool", camera_file, trust=[anchor]), practice=False)
    flow.checks = [Check("cores", CHECKS["cores"][0], CHECKS["cores"][1]),
                   Check("camera", "Camera", "tests.ui.support:crashing_check")]
    window = MainWindow(flow)
    window.show()
    open_checks(flow, window, exam)
    page = window.pages["checks"]
    assert wait_until(qt_app, page.retry.isEnabled, 30)
    row = page.rows["camera"]
    assert row.state.text() == "Could not check" and row.mark.text() == "?"
    assert row.message.isVisibleTo(window)
    text = row.message.text()
    assert text.startswith("The check could not run: RuntimeError: the driver answered "
                           "nonsense. This says nothing about your computer.")  # for helpers
    assert "invigilo check --json" not in text  # IT's advice is not the candidate's
    assert "press Check again" in text
    assert row.message.property("role") == "hint" and row.state.property("status") == "error"
    assert page.summary.text().endswith("Could not check: Camera.")
    assert window.next.isEnabled()  # a real exam: not a problem found, so not blocking
    # the results as found (what the journal gets): the error, in English
    assert [r.status for r in page.results] == ["pass", "error"]
    assert str(page.results[1].message).startswith("The check could not run: RuntimeError")
    window.close()
    flow.shutdown()
