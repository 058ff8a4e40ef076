"""What every wizard page shares: a title, a readiness flag, enter/leave hooks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from client.ui.flow import Flow


def label(text: str = "", role: str | None = None, *, wrap: bool = True,
          selectable: bool = False) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    if role:
        widget.setProperty("role", role)
    if selectable:
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def restyle(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed.

    unpolish/polish alone repaints colours but keeps the old padding (the size hint is not
    recomputed); a change of the widget's own (empty) sheet makes Qt redo the whole box.
    """
    widget.setStyleSheet("/* b */" if widget.styleSheet() == "/* a */" else "/* a */")
    widget.updateGeometry()


def set_property(widget: QWidget, name: str, value: object) -> None:
    """Change a styling property, re-styling only on a real change (status updates each second,
    and a re-style is not free on an old laptop)."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        restyle(widget)


class Page(QWidget):
    """A step of the wizard. `ready` says whether Continue may be pressed."""

    ready_changed = Signal(bool)
    advance = Signal()           # the page finished by itself (for example after Start)
    focus_next = Signal()        # the page's task is done: put the keyboard on Continue

    def __init__(self, flow: Flow, title: str, subtitle: str = "") -> None:
        super().__init__()
        self.flow = flow
        self._ready = False
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 16, 24, 16)
        self.layout_.setSpacing(12)
        self.title = label(title, "title")
        self.title.setAccessibleName(title)
        self.layout_.addWidget(self.title)
        self.subtitle = label(subtitle, "subtitle")
        self.layout_.addWidget(self.subtitle)
        self.subtitle.setVisible(bool(subtitle))

    def set_ready(self, ready: bool) -> None:
        if ready != self._ready:
            self._ready = ready
            self.ready_changed.emit(ready)

    def is_ready(self) -> bool:
        return self._ready

    def continue_text(self) -> str:
        return ""  # the window's default ("Continue")

    def can_go_back(self) -> bool:
        return True

    def enter(self) -> None:
        """Called when the page is shown."""

    def leave(self) -> None:
        """Called when the page is left (either way): stop devices, timers."""

    def commit(self) -> bool:
        """Called on Continue; False keeps the candidate on the page."""
        return True

    def auto_step(self) -> None:
        """--auto: do what a candidate would do here once the page is ready."""
