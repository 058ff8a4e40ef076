"""Light and dark appearance: Fusion style, a palette per scheme, and one style sheet.

Fusion looks the same on Windows, macOS and Linux, so what the screenshots show is what a
candidate sees; the palette follows the system's light or dark setting unless told otherwise.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from client import paths

LIGHT = {
    "window": "#f6f7f9", "card": "#ffffff", "text": "#1b1f24", "muted": "#545b64",
    "border": "#c9ced6", "accent": "#1f5fbf", "on_accent": "#ffffff", "focus": "#0b2f66",
    "base": "#ffffff", "alt": "#eef1f5", "disabled_bg": "#dde1e7",
    "pass_bg": "#e3f4e8", "pass_fg": "#13532b", "pass_fg_text": "#17683a",
    "warn_bg": "#fff3d6", "warn_fg": "#5c3d00", "warn_fg_text": "#8a5a00",
    "fail_bg": "#fde4e4", "fail_fg": "#7a1212", "fail_fg_text": "#b01d1d",
    "info_bg": "#e4eefc", "info_fg": "#123a73",
    "check": "check-on-light.svg",
}
DARK = {
    "window": "#1c1f24", "card": "#262a31", "text": "#eceff3", "muted": "#aab2bd",
    "border": "#414854", "accent": "#6ea8ff", "on_accent": "#0d1420", "focus": "#cfe1ff",
    "base": "#20242a", "alt": "#2b3038", "disabled_bg": "#343a44",
    "pass_bg": "#173825", "pass_fg": "#bff0cf", "pass_fg_text": "#7fdca0",
    "warn_bg": "#3d3116", "warn_fg": "#ffe3a3", "warn_fg_text": "#ffc95c",
    "fail_bg": "#4a1f22", "fail_fg": "#ffd0d0", "fail_fg_text": "#ff8f8f",
    "info_bg": "#1b2e4d", "info_fg": "#d3e4ff",
    "check": "check-on-dark.svg",
}


def system_is_dark() -> bool:
    scheme = QGuiApplication.styleHints().colorScheme()
    return scheme == Qt.ColorScheme.Dark


def colours(dark: bool) -> dict[str, str]:
    return DARK if dark else LIGHT


def palette(c: dict[str, str]) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    for r, key in ((role.Window, "window"), (role.WindowText, "text"), (role.Base, "base"),
                   (role.AlternateBase, "alt"), (role.Text, "text"), (role.Button, "alt"),
                   (role.ButtonText, "text"), (role.Highlight, "accent"),
                   (role.HighlightedText, "on_accent"), (role.ToolTipBase, "card"),
                   (role.ToolTipText, "text"), (role.PlaceholderText, "muted"),
                   (role.Link, "accent")):
        p.setColor(r, QColor(c[key]))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, QColor(c["muted"]))
    return p


def style_sheet(c: dict[str, str]) -> str:
    text = paths.resource("styles/app.qss").read_text(encoding="utf-8")
    icons = paths.resource("icons").as_posix()
    for key, value in c.items():
        text = text.replace(f"@{key}@", f"{icons}/{value}" if value.endswith(".svg") else value)
    return text


def apply(app: QApplication, scheme: str = "system") -> bool:
    """Apply 'light', 'dark' or 'system'; returns whether the dark scheme is in use."""
    dark = system_is_dark() if scheme == "system" else scheme == "dark"
    app.setStyle("Fusion")
    c = colours(dark)
    app.setPalette(palette(c))
    app.setStyleSheet(style_sheet(c))
    return dark
