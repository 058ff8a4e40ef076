"""The review model and page for any events a journal may hold: never a crash, always escaped."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from client.config.schema import Flags
from client.flags.report_html import FlagLinks, render, timeline_svg
from client.flags.review import SegmentRef, build, coverage

texts = st.text(max_size=12) | st.sampled_from(["<script>x</script>", "'\"><b>", "&amp;"])
values = st.recursive(st.none() | st.booleans() | st.floats(allow_nan=False) | st.integers()
                      | texts, lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(texts, inner, max_size=3), max_leaves=5)
times = st.floats(0, 5000, allow_nan=False)
events = st.one_of(
    st.fixed_dictionaries({"kind": st.just("flag"), "t": times, "start": times,
                           "code": st.sampled_from(["c2", "m2", "clipboard", "<x>"]),
                           "phase": st.sampled_from(["start", "end", "instant"]),
                           "id": st.sampled_from(["a", "b", "<c>"])},
                          optional={"end": times | values, "title": texts, "severity": texts,
                                    "evidence": values}),
    st.fixed_dictionaries({"kind": st.sampled_from(["agent.finding", "agent", "clipboard",
                                                    "system_check", "readiness", "note"]),
                           "t": times},
                          optional={"finding": values, "message": texts, "action": texts,
                                    "results": values}),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(events, max_size=25), st.lists(st.tuples(times, st.floats(0, 30)), max_size=6))
def test_any_events_render_escaped(items: list[dict], spans: list[tuple[float, float]]) -> None:
    segments = {"webcam": [SegmentRef("webcam", i, a, a + d, "video/webm", None)
                           for i, (a, d) in enumerate(sorted(spans))]}
    review = build(segments, items, Flags())
    page = render(review, {"exam_title": "<script>t</script>", "candidate_id": "<i>"},
                  {f.id: FlagLinks(None, []) for f in review.flags}, [])
    assert "<script" not in page and "<i>" not in page and "'\"><b>" not in page
    assert 0 <= review.score.value <= 100
    assert timeline_svg(review).startswith("<svg")


def test_coverage_merges_close_segments_and_shows_gaps() -> None:
    refs = [SegmentRef("webcam", i, a, b, "video/webm", None)
            for i, (a, b) in enumerate([(0, 4), (4.5, 8), (20, 24)])]
    assert coverage(refs) == [(0, 8), (20, 24)]
