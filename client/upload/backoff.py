"""When to try again: exponential backoff with full jitter, and the server's Retry-After.

The cap is the point. A candidate's link comes back after a tunnel or a router reboot; waiting
minutes then wastes the catch-up window. With the cap at 4 s the first attempt after a restored
link starts within 4 s (plus one connect), whatever the outage length: the schedule never grows
past the cap, however many attempts failed. Retrying that often costs a SYN every few seconds.
Full jitter ("sleep = uniform(0, min(cap, base * 2**n))") keeps many candidates in one exam hall
from retrying in lock-step after a shared outage.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import random
import re

BASE_S = 0.5
NETWORK_CAP_S = 4.0  # keep a restored link in use within 5 s
SLOW_CAP_S = 60.0  # for answers that retrying soon will not fix (refusals, nonsense)
MAX_RETRY_AFTER_S = 900.0  # a server may park us, but not for hours on a typo
DIGITS = re.compile(r"[0-9]+")  # ASCII only: str.isdigit() also accepts '²' and other digits


def delay(attempt: int, cap: float = NETWORK_CAP_S, base: float = BASE_S,
          rng: random.Random | None = None) -> float:
    """Seconds to wait before attempt number `attempt` (1 = first retry); never above `cap`."""
    exponent = min(max(attempt - 1, 0), 32)
    ceiling = min(cap, base * (2.0**exponent))
    return (rng or random).uniform(0.0, ceiling)


def parse_retry_after(value: str | None, now: dt.datetime | None = None) -> float | None:
    """Seconds the server asked us to wait (RFC 9110: delay-seconds or an HTTP-date), clamped."""
    if not value:
        return None
    value = value.strip()
    if DIGITS.fullmatch(value):
        seconds = float(int(value[:12]))
    else:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        seconds = (when - (now or dt.datetime.now(dt.UTC))).total_seconds()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER_S)
