"""Keep every thread of the recorder at normal scheduling priority.

SVT-AV1 gives the thread that opens an encoder, and every worker it starts, the real-time policy
SCHED_FIFO at priority 99 whenever the process may (on Linux: run as root, or with CAP_SYS_NICE).
Threads started afterwards inherit it, so within a second the whole recorder (capture, audio,
journal) ran at real-time priority. Measured on the 2-core build machine, run as root: pinned
to one core with the test desk, the display and sound servers, a 30 s recording never finished
(stopped after 150 s; its threads held the core and everything else waited). A proctoring
recorder must never take the machine from the exam, nor from the programs it records.

So after an encoder has started its threads, every thread of the process that runs at a real-time
policy is put back to the normal one. The encoder keeps running real-time for the first picture of
a segment only (a few milliseconds). Nothing in the recorder needs real-time scheduling: its sound
is read by PortAudio, whose buffers are long enough at normal priority.

Verified on Linux. Windows: SVT-AV1 leaves thread priorities alone there. macOS: it would raise
them only for root, which a candidate's app never is; Python cannot read or reset them there.
"""

from __future__ import annotations

import os
from pathlib import Path

TASKS = Path("/proc/self/task")
REAL_TIME = frozenset(getattr(os, name) for name in ("SCHED_FIFO", "SCHED_RR")
                      if hasattr(os, name))
RESET_ON_FORK = getattr(os, "SCHED_RESET_ON_FORK", 0)  # a flag that may ride on the policy


def _thread_ids() -> list[int]:
    try:
        return [int(name) for name in os.listdir(TASKS)]
    except OSError:  # not Linux, or /proc not mounted
        return []


def restore_normal_priority() -> int:
    """Put this process's real-time threads back to the normal policy; returns how many."""
    if not REAL_TIME or not hasattr(os, "sched_setscheduler"):
        return 0
    normal = os.sched_param(0)
    restored = 0
    for tid in _thread_ids():
        try:
            if (os.sched_getscheduler(tid) & ~RESET_ON_FORK) in REAL_TIME:
                os.sched_setscheduler(tid, os.SCHED_OTHER, normal)
                restored += 1
        except OSError:  # the thread ended meanwhile, or the change is not allowed
            continue
    return restored
