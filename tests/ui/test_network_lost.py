"""The network goes away in the middle of an exam's upload, through a real proxy in front of the
official tus server: the exam goes on, the status says so calmly, and when the link returns the
upload completes; "safe to close" appears only once the server has confirmed everything."""

from __future__ import annotations

from pathlib import Path

import pytest

from client.journal import SessionReader, list_sessions, verify
from client.trust import keys
from client.ui.flow import Flow
from client.ui.handin import hand_in_status
from client.ui.window import MainWindow
from tests.servers import tus_server
from tests.servers.tus_server import TusServer
from tests.support.netproxy import NetProxy
from tests.ui.support import app_args, signed_exam, wait_until

pytestmark = [pytest.mark.needs_display, pytest.mark.needs_audio, pytest.mark.slow]

OFFLINE_S = 12.0  # longer than n1's 10 s hold: the reviewer sees the gap as a flag


@pytest.fixture()
def tus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    why = tus_server.available()
    if why:
        pytest.skip(why)
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
                 "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    with TusServer(tmp_path / "tus-data") as server:
        yield server


def segments(folder: Path) -> int:
    return sum(1 for _ in folder.glob("*/*.seg"))


def test_network_lost_mid_upload_then_back(qt_app, speaking, data_dir: Path,  # type: ignore[no-untyped-def]
                                           camera_file: Path, tmp_path: Path,
                                           tus: TusServer) -> None:
    app = qt_app
    with NetProxy(("127.0.0.1", tus.port)) as proxy:
        proxy.throttle(up_kbps=48)  # a slow uplink: each piece takes a while to send
        exam, anchor = signed_exam(tmp_path, backend_url=proxy.url("/files"))
        flow = Flow(app_args(data_dir / "spool", camera_file, trust=[anchor]), practice=False)
        window = MainWindow(flow)
        window.show()
        flow.open_exam(str(exam))
        flow.consent("c-77")
        window.show_page("start")
        window._continue()
        page = window.pages["exam"]
        status = window.status_window
        assert wait_until(app, lambda: "Network: connected" in page.network.text()
                          and page.streams.text().count(": recording") == 3, 120), \
            page.network.text()
        folder = flow.session.writer.path  # type: ignore[union-attr]
        services = flow.session.services  # type: ignore[union-attr]

        # Cut the link while a piece of the recording is on its way.
        def sending() -> bool:
            now = services.uploader.status()
            return now.current is not None and now.current_sent > 0 \
                and hand_in_status(folder).confirmed_files >= 1
        assert wait_until(app, sending, 120), services.uploader.status()
        proxy.refuse()
        recorded = segments(folder)

        assert wait_until(app, lambda: "offline" in page.network.text(), 30)
        assert "The exam goes on" in page.network.text()
        assert page.network.property("role") == "hint"  # calm, not an error
        assert "offline" in status.network.text()
        assert not page.alert.isVisible() and window.current_name() == "exam"
        wait_until(app, lambda: False, OFFLINE_S)
        assert window.current_name() == "exam"  # not paused: the network is not needed now
        assert page.streams.text().count(": recording") == 3
        assert segments(folder) > recorded  # the recording went on while offline

        flow.finish_exam()
        finish = window.pages["finish"]
        assert wait_until(app, lambda: "parts confirmed" in finish.state.text(), 60)
        wait_until(app, lambda: False, 3)
        assert not finish.complete and not window.next.isEnabled()
        assert "safe to close" not in finish.state.text()
        assert not hand_in_status(folder).complete

        # The link returns: the rest goes up, and only then is it safe to close.
        early: list[str] = []

        def watch() -> None:
            if "safe to close" in finish.state.text() and not hand_in_status(folder).complete:
                early.append(finish.state.text())
        proxy.passthrough()
        assert wait_until(app, lambda: finish.complete, 180, step=watch), finish.state.text()
        assert not early
        assert "safe to close" in finish.state.text()
        assert window.next.isEnabled()
        session = folder.name
        window.close()
        flow.shutdown()

    # Everything arrived, byte for byte: the institution can verify and read the session.
    received = tus.reassemble(tmp_path / "received")
    private = keys.load_recording_private(tmp_path / "institution" / "recording.key")
    report = verify(received[session], private)
    assert report.ok, report.problems
    assert {"webcam", "screen", "audio", "events"} <= set(report.streams)
    events = list(SessionReader(received[session], private).events())
    assert any(e["kind"] == "flag" and e.get("code") == "n1" for e in events)
    assert list_sessions(data_dir / "spool") in ([], [folder])
