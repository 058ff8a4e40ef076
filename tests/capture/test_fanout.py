"""Listeners never hold capture up: slow ones lose frames (counted), faulty ones are contained."""

from __future__ import annotations

import threading
import time

from client.capture.fanout import Fanout


def test_a_slow_listener_drops_and_does_not_block_publish() -> None:
    fan = Fanout("test", depth=2)
    release = threading.Event()
    got: list[float] = []
    fast: list[float] = []
    fan.add(lambda t, _x: (release.wait(5), got.append(t)))
    fan.add(lambda t, _x: fast.append(t))
    began = time.monotonic()
    for i in range(50):  # 50 frames at about 200 fps
        fan.publish(float(i), None)
        time.sleep(0.005)
    assert time.monotonic() - began < 1.5
    release.set()
    deadline = time.monotonic() + 5
    while len(fast) < 50 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert len(fast) >= 48
    assert fan.dropped >= 40
    fan.close()


def test_a_failing_listener_does_not_stop_the_others() -> None:
    fan = Fanout("test")
    seen = threading.Event()

    def broken(_t: float, _x: object) -> None:
        raise RuntimeError("listener bug")

    fan.add(broken)
    fan.add(lambda _t, _x: seen.set())
    fan.publish(1.0, None)
    assert seen.wait(2)
    fan.close()


def test_unsubscribe_stops_delivery() -> None:
    fan = Fanout("test")
    got: list[float] = []
    remove = fan.add(lambda t, _x: got.append(t))
    remove()
    fan.publish(1.0, None)
    time.sleep(0.1)
    assert got == []
