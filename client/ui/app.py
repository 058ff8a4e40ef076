"""Starting the Qt application: high DPI, translation, appearance, the main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from client import paths
from client.ui import theme


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


def launch(args: argparse.Namespace, *, practice: bool) -> int:
    app = make_app(lang=args.lang, scheme=getattr(args, "theme", "system"))
    from client.ui.flow import Flow
    from client.ui.window import MainWindow

    flow = Flow(args, practice=practice)
    window = MainWindow(flow)
    window.resize(900, 680)
    window.show()
    if not practice and args.exam and flow.interrupted is None and not flow.auto:
        pages = window.pages["open"]
        pages._open(args.exam)  # type: ignore[attr-defined]
    return int(app.exec())
