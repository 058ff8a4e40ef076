"""Starting the Qt application: high DPI, translation, appearance, the main window."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from client import paths
from client.ui import file_open, theme
from client.ui.startup import Startup, decide

if TYPE_CHECKING:
    from client.ui.flow import Flow
    from client.ui.window import MainWindow


def install_translation(app: QApplication, lang: str | None) -> list[QTranslator]:
    """Our .qm for the language (if shipped) and Qt's own, for its standard dialogs."""
    locale = QLocale(lang) if lang else QLocale.system()
    found: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(locale, "invigilo", "_", str(paths.resource("translations"))):
        app.installTranslator(ours)
        found.append(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        found.append(qt)
    return found


def make_app(argv: list[str] | None = None, *, lang: str | None = None,
             scheme: str = "system") -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("Invigilo")
    app.setOrganizationName("Invigilo")
    app.setDesktopFileName("invigilo")
    install_translation(app, lang)
    theme.apply(app, scheme)
    return app


def build(args: argparse.Namespace, *, practice: bool,
          startup: Startup | None = None) -> tuple[Flow, MainWindow]:
    """The flow and its window, shown, with whatever the app opens by itself already opened.

    `invigilo practice` opens the practice exam here, and `invigilo EXAM` (or IT's deployed
    exam, or a branded build's default exam) that exam: the candidate starts on its welcome
    page, not on "Open your exam". An interrupted exam is offered first instead.
    """
    from client.ui.flow import Flow
    from client.ui.window import MainWindow

    if startup is None:
        startup = decide(getattr(args, "exam", None), practice=practice)
    flow = Flow(args, practice=practice)
    window = MainWindow(flow, branding=startup.branding)
    window.resize(900, 680)
    window.show()
    window.start(startup)
    return flow, window


def launch(args: argparse.Namespace, *, practice: bool) -> int:
    app = make_app(lang=args.lang, scheme=getattr(args, "theme", "system"))
    opener = file_open.install(app)  # before the window: macOS may send the link at once
    _, window = build(args, practice=practice)
    opener.set_handler(window.open_requested)
    try:
        return int(app.exec())
    finally:
        opener.set_handler(None)
