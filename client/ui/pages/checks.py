"""System check with live progress; every problem with its remedy; check again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QPushButton, QScrollArea, QWidget

from client.checks.result import CheckResult, worst
from client.ui import texts
from client.ui.checklist import CheckRun
from client.ui.pages.base import Page, label, restyle

translate = QCoreApplication.translate
MARKS = {"pass": "✓", "skipped": "–", "warn": "!", "fail": "✗", "error": "?", "running": "…",
         "waiting": "·"}


class CheckRow:
    def __init__(self, grid: QGridLayout, row: int, check_id: str) -> None:
        self.id = check_id
        self.mark = QLabel(MARKS["waiting"])
        self.name = QLabel(texts.check_name(check_id))
        self.state = QLabel(texts.status_word("waiting"))
        self.message = label()
        for col, widget in enumerate((self.mark, self.name, self.state)):
            grid.addWidget(widget, row * 2, col)
        grid.addWidget(self.message, row * 2 + 1, 1, 1, 3)
        self.message.hide()

    def show(self, status: str, result: CheckResult | None = None) -> None:
        self.mark.setText(MARKS.get(status, "?"))
        self.state.setText(texts.status_word(status))
        for widget in (self.mark, self.state):
            widget.setProperty("status", status)
            restyle(widget)
        if result is not None and status in ("warn", "fail", "error"):
            self.message.setText(problem_text(result))
            self.message.setProperty("role", "error" if status == "fail" else "hint")
            restyle(self.message)
            self.message.show()
        else:
            self.message.setVisible(bool(result and result.message and status == "pass"))
            if result is not None:
                self.message.setText(texts.check_text(result.message))
                self.message.setProperty("role", "subtitle")
                restyle(self.message)


def problem_text(result: CheckResult) -> str:
    """What a warning or failure means and what to do, in the app's language.

    A check that could not run ("error") says nothing about the computer: its reason is kept
    for whoever helps the candidate, and the advice is the candidate's own (the check's remedy
    is written for IT).
    """
    if result.status == "error":
        if result.message:
            text = translate("ChecksPage", "{reason} This says nothing about your "
                             "computer.").format(reason=texts.check_text(result.message))
        else:
            text = translate("ChecksPage", "This check could not run, so it says nothing about "
                             "your computer.")
        return text + "\n" + translate("ChecksPage", "What to do: press Check again. If it "
                                       "still cannot run, you may continue: your institution "
                                       "sees that this check is missing.")
    text = texts.check_text(result.message) or texts.status_word(result.status)
    if result.remedy:
        text += "\n" + translate("ChecksPage", "What to do: {remedy}").format(
            remedy=texts.check_text(result.remedy))
    return text


# The page asks the candidate to say something: give them time to (IT's headless check
# listens one second, since a silent room only warns there).
LISTEN_SECONDS = 3.0


class ChecksPage(Page):
    def __init__(self, flow) -> None:  # type: ignore[no-untyped-def]
        super().__init__(flow, translate("ChecksPage", "Checking your computer"),
                         translate("ChecksPage", "This takes up to a minute. Keep the camera "
                                   "uncovered and say something so the microphone hears you."))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("ChecksPage", "System check progress"))
        self.layout_.addWidget(self.progress)
        self.summary = label()
        self.summary.setAccessibleName(translate("ChecksPage", "System check result"))
        self.layout_.addWidget(self.summary)
        holder = QWidget()
        self.grid = QGridLayout(holder)
        self.grid.setColumnStretch(3, 1)
        self.grid.setHorizontalSpacing(12)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName(translate("ChecksPage", "Results of each check"))
        self.layout_.addWidget(scroll, 1)
        self.retry = QPushButton(translate("ChecksPage", "Check &again"))
        self.retry.setAccessibleName(translate("ChecksPage", "Check again"))
        self.retry.clicked.connect(self.start)
        self.layout_.addWidget(self.retry)
        self.rows: dict[str, CheckRow] = {}
        self.run: CheckRun | None = None
        self.results: list[CheckResult] = []
        self.flow.bridge.check_result.connect(self._result)
        self.flow.bridge.checks_done.connect(self._done)

    def _build_rows(self) -> None:
        if self.rows:
            return
        for index, check in enumerate(self.flow.check_list()):
            self.rows[check.id] = CheckRow(self.grid, index, check.id)

    def enter(self) -> None:
        self._build_rows()
        if not self.results:
            self.start()

    def start(self) -> None:
        if self.run is not None:
            self.run.close()
        self.set_ready(False)
        self.retry.setEnabled(False)
        self.results = []
        self.progress.setRange(0, max(1, len(self.rows)))
        self.progress.setValue(0)
        self.summary.setText(translate("ChecksPage", "Checking…"))
        self.summary.setProperty("role", None)
        restyle(self.summary)
        for row in self.rows.values():
            row.show("running")
        bridge = self.flow.bridge
        self.run = CheckRun(self.flow.opened.exam.config, self.flow.spool,
                            camera=self.flow.camera, microphone=self.flow.microphone,
                            checks=self.flow.check_list(), on_result=bridge.check_result.emit,
                            on_done=bridge.checks_done.emit,
                            context={"mic_seconds": LISTEN_SECONDS})
        self.run.start()

    def _result(self, check_id: str, result: CheckResult) -> None:
        row = self.rows.get(check_id)
        if row is not None:
            row.show(result.status, result)
        self.progress.setValue(self.progress.value() + 1)

    def _done(self, results: list[CheckResult]) -> None:
        # The final list is the truth: a per-check signal may still be on its way, and a check
        # that hung only appears here.
        self.results = results
        for result in results:
            row = self.rows.get(result.id)
            if row is not None:
                row.show(result.status, result)
        self.progress.setValue(self.progress.maximum())
        self.retry.setEnabled(True)
        self.flow.record_checks(results)
        # A check that could not run is not a problem found: it neither blocks nor hides the
        # verdict of the others, and is named in the summary.
        overall = worst([r.status for r in results if r.status != "error"])
        missing = [texts.check_name(r.id) for r in results if r.status == "error"]
        blocking = overall == "fail" and not self.flow.opened.practice
        if overall == "pass" and not missing:
            text, role = translate("ChecksPage", "Everything is ready."), "good"
        elif overall == "pass":
            text, role = translate("ChecksPage", "Ready: every check that could run found "
                                   "nothing to fix."), "hint"
        elif overall == "warn":
            text, role = translate("ChecksPage", "Ready, with warnings: you can continue, but "
                                   "fixing them makes the exam go more smoothly."), "hint"
        elif blocking:
            text, role = translate("ChecksPage", "Some problems must be fixed before the exam. "
                                   "Follow the advice below, then press Check again."), "error"
        else:
            text, role = translate("ChecksPage", "Some problems were found. This is a practice "
                                   "exam, so you can continue anyway and see the rest."), "hint"
        if missing:
            text += " " + translate("ChecksPage", "Could not check: {names}.").format(
                names=", ".join(missing))
        self.summary.setText(text)
        self.summary.setProperty("role", role)
        restyle(self.summary)
        self.set_ready(not blocking)

    def leave(self) -> None:
        if self.run is not None:
            self.run.close()
