"""The shipped German translation loads, changes what the app shows, and covers every string."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from client import paths
from client.ui.app import install_translation
from client.ui.flow import Flow
from client.ui.window import MainWindow
from tests.ui.support import app_args

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def german(qt_app):  # type: ignore[no-untyped-def]
    installed = install_translation(qt_app, "de")
    yield installed
    for translator in installed:
        qt_app.removeTranslator(translator)


def test_the_shipped_qm_is_compiled_from_the_shipped_ts(tmp_path: Path) -> None:
    qm = paths.resource("translations/invigilo_de.qm")
    ts = paths.resource("translations/invigilo_de.ts")
    fresh = tmp_path / "de.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(fresh)], check=True,
                   timeout=60)
    assert qm.read_bytes() == fresh.read_bytes()


def test_german_changes_the_window(german, data_dir: Path, camera_file: Path) -> None:  # type: ignore[no-untyped-def]
    assert any(t.language().startswith("de") for t in german)
    flow = Flow(app_args(data_dir / "spool", camera_file), practice=True)
    window = MainWindow(flow)
    page = window.pages["open"]
    assert page.title.text() == "Öffnen Sie Ihre Prüfung"
    assert page.practice_button.accessibleName() == "Übungsprüfung ausprobieren"
    assert window.next.text() == "&Weiter"
    assert QCoreApplication.translate("Quality", "Good: your face is clear and well lit.") \
        .startswith("Gut:")
    window.close()
    flow.shutdown()


def test_without_the_translation_english_is_shown(qt_app, data_dir: Path,  # type: ignore[no-untyped-def]
                                                  camera_file: Path) -> None:
    flow = Flow(app_args(data_dir / "spool", camera_file), practice=True)
    window = MainWindow(flow)
    assert window.pages["open"].title.text() == "Open your exam"
    window.close()


def test_every_string_in_the_code_is_translated() -> None:
    out = subprocess.run([sys.executable, str(ROOT / "tools" / "translations.py"), "--check"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
