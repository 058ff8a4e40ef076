"""The screen's quality governor steers each segment toward the configured bitrate."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from client.record.governor import HIGHEST, LOWEST, Governor


def test_over_budget_raises_the_crf_fast_and_under_budget_lowers_it_slowly() -> None:
    g = Governor(target_kbps=25, quality=50)
    assert g.update(size_bytes=100_000, seconds=10) == 54    # 80 kbit/s: far over
    assert g.update(size_bytes=40_000, seconds=10) == 56     # 32 kbit/s: a little over
    assert g.update(size_bytes=25_000, seconds=10) == 56     # 20 kbit/s: fine
    assert g.update(size_bytes=10_000, seconds=10) == 55     # 8 kbit/s: room to improve


@given(st.lists(st.tuples(st.integers(0, 10**7), st.floats(0, 60)), max_size=50))
def test_quality_stays_in_range(segments: list[tuple[int, float]]) -> None:
    g = Governor(target_kbps=25, quality=50)
    for size, seconds in segments:
        assert LOWEST <= g.update(size, seconds) <= HIGHEST
