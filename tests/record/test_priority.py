"""The recorder never runs at real-time priority, whatever its encoder asks for.

Only a process allowed to raise priorities (root on Linux, as in CI) can show either behaviour;
elsewhere these tests are skipped rather than passed without looking.
"""

from __future__ import annotations

import os
import sys
import threading
import time

import numpy as np
import pytest

from client.record import codecs
from client.record.encoder import VideoSegmentEncoder
from client.record.priority import restore_normal_priority

pytestmark = pytest.mark.skipif(
    sys.platform != "linux" or os.geteuid() != 0,
    reason="raising a thread to real-time priority needs root on Linux")


def _policies() -> dict[int, int]:
    return {int(t): os.sched_getscheduler(int(t)) for t in os.listdir("/proc/self/task")}


def test_real_time_threads_are_put_back_to_the_normal_policy() -> None:
    raised, release = threading.Event(), threading.Event()

    def real_time() -> None:
        os.sched_setscheduler(0, os.SCHED_FIFO, os.sched_param(10))
        raised.set()
        release.wait(10)

    worker = threading.Thread(target=real_time)
    worker.start()
    try:
        assert raised.wait(10)
        assert os.SCHED_FIFO in _policies().values()
        assert restore_normal_priority() == 1
        assert set(_policies().values()) == {os.SCHED_OTHER}
        assert restore_normal_priority() == 0
    finally:
        release.set()
        worker.join()


def test_encoding_leaves_every_thread_at_normal_priority() -> None:
    seen: list[set[int]] = []

    def encode() -> None:  # on a thread of its own, as in the recorder
        frame = np.random.default_rng(1).integers(0, 256, (240, 320, 3), dtype=np.uint8)
        for _segment in range(2):
            enc = VideoSegmentEncoder(codecs.AV1, (320, 240), 10.0, 45, 0.0, 30)
            for i in range(5):
                enc.add(i * 0.1, np.roll(frame, 4 * i, axis=1))
                seen.append(set(_policies().values()))
            enc.finish()

    began = time.monotonic()
    worker = threading.Thread(target=encode)
    worker.start()
    worker.join(60)
    assert len(seen) == 10, time.monotonic() - began
    assert all(policies == {os.SCHED_OTHER} for policies in seen), seen
