"""The credibility score: the documented formula, and properties any such score must have."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from client.flags.score import FlagSpan, charged_seconds, score, spans


def span(code: str, start: float, end: float) -> FlagSpan:
    return FlagSpan(f"{code}-{start}", code, start, end, "medium", code)


def test_formula_on_a_worked_example() -> None:
    # one hour; face absent 6 minutes (weight 1): 10 % of the time -> 10 points off;
    # several faces 90 s (weight 2): 2.5 % -> 5 points off
    flags = [span("c2", 0, 360), span("c3", 1000, 1090)]
    s = score(flags, 3600, threshold=70)
    assert s.value == 85 and not s.review
    assert round(s.by_kind["c2"], 6) == 10.0 and round(s.by_kind["c3"], 6) == 5.0


def test_instant_flags_cost_their_minimum_charge() -> None:
    # a paste: 30 s minimum charge, weight 1, in a 600 s exam -> 5 points
    assert score([span("clipboard", 100, 100)], 600, 70).value == 95


def test_network_loss_costs_nothing_and_config_weights_override() -> None:
    assert score([span("n1", 0, 600)], 600, 70).value == 100
    assert score([span("c2", 0, 60)], 600, 70, {"c2": 3.0}).value == 70


def test_below_threshold_is_marked_for_review() -> None:
    assert score([span("c3", 0, 600)], 1200, 70).review


def test_overlaps_of_one_kind_count_once() -> None:
    assert charged_seconds([span("c2", 0, 100), span("c2", 50, 150)]) == 150


def test_pairs_start_and_end_events_and_closes_open_ones_at_the_end() -> None:
    events = [
        {"kind": "flag", "id": "a", "code": "c2", "phase": "start", "start": 10, "end": None},
        {"kind": "note"},
        {"kind": "flag", "id": "a", "code": "c2", "phase": "end", "start": 10, "end": 40},
        {"kind": "flag", "id": "b", "code": "m2", "phase": "start", "start": 50, "end": None},
        {"kind": "flag", "id": "c", "code": "clipboard", "phase": "instant", "start": 60,
         "end": 60},
    ]
    out = spans(events, session_end=100)
    assert [(s.code, s.start, s.end, s.open) for s in out] == [
        ("c2", 10, 40, False), ("m2", 50, 100, True), ("clipboard", 60, 60, False)]


flag_lists = st.lists(st.tuples(st.sampled_from(["c1", "c2", "c3", "m2", "b1", "shortcut"]),
                                st.floats(0, 3000), st.floats(0, 600)), max_size=30)


@given(flag_lists, st.floats(60, 10_000))
def test_score_is_bounded_and_never_rises_with_more_flags(items: list, duration: float) -> None:
    flags = [span(c, s, s + d) for c, s, d in items]
    values = [score(flags[:i], duration, 70).value for i in range(len(flags) + 1)]
    assert all(0 <= v <= 100 for v in values)
    assert values == sorted(values, reverse=True)


def test_a_negative_weight_in_a_config_cannot_raise_the_score() -> None:
    assert score([span("c2", 0, 60)], 600, 70, {"c2": -5.0}).value == 100


def test_exam_config_sets_strictness_threshold_and_weights() -> None:
    from client import paths
    from client.config.loader import parse_toml

    source = (paths.resources_dir() / "demo-exam.toml").read_text(encoding="utf-8")
    start = source.index("[flags]")
    end = source.index("\n[", start + 1)
    source = source[:start] + ('[flags]\nstrictness = "strict"\nreview_threshold = 60\n'
                               '[flags.kinds]\nclipboard = "off"\n[flags.weights]\nc3 = 3\n'
                               ) + source[end:]
    flags = parse_toml(source.encode()).flags
    assert flags.strictness == "strict" and flags.review_threshold == 60
    assert flags.kinds == {"clipboard": "off"} and flags.weights == {"c3": 3.0}
    s = score([span("c3", 0, 60)], 600, flags.review_threshold, flags.weights)
    assert s.value == 70 and not s.review


json_values = st.recursive(st.none() | st.booleans() | st.floats() | st.integers() | st.text(),
                           lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=6)
flag_events = st.fixed_dictionaries(
    {"kind": st.just("flag")},
    optional={"id": st.sampled_from(["a", "b", "c"]) | json_values,
              "code": st.sampled_from(["c2", "m2", ""]) | json_values,
              "phase": st.sampled_from(["start", "end", "instant"]) | json_values,
              "start": st.floats(0, 1000) | json_values, "end": st.floats(0, 1000) | json_values,
              "evidence": json_values, "thumb": json_values})


@given(st.lists(flag_events, max_size=20))
def test_any_journal_flag_events_give_sane_spans(events: list[dict]) -> None:
    """Whatever a (buggy or newer) writer put in the journal, the report gets sane spans."""
    from client.flags.score import malformed

    out = spans(events, session_end=2000.0)
    assert all(s.start <= s.end and isinstance(s.evidence, dict) for s in out)
    assert len(out) <= len(events) - malformed(events)
    assert 0 <= score(out, 2000.0, 70).value <= 100
