"""Whole sessions: a lost, reordered, duplicated, truncated, altered or foreign segment is named."""

from __future__ import annotations

import shutil
import tempfile
from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from client.journal import verify
from client.journal.spool import segment_files, segment_name
from tests.journal.helpers import Keys, write_session


@cache
def originals() -> tuple[Keys, Path, Path]:
    """Two finished sessions sealed to the same institution key, made once."""
    root = Path(tempfile.mkdtemp(prefix="invigilo-tamper-"))
    keys = Keys(root / "keys")
    a = write_session(root / "spool", keys, segments=5).path
    b = write_session(root / "spool", keys, segments=5).path
    return keys, a, b


def fresh_copy() -> tuple[Keys, Path, Path]:
    keys, a, b = originals()
    target = Path(tempfile.mkdtemp(prefix="invigilo-case-")) / a.name
    shutil.copytree(a, target)
    return keys, target, b


def all_segments(session: Path) -> list[Path]:
    return [p for s in ("events", "webcam") for _, p in segment_files(session, s)]


def test_untouched_session_verifies() -> None:
    keys, session, _ = fresh_copy()
    report = verify(session, keys.private)
    assert report.ok, report.problems
    assert report.streams["webcam"].segments == 6  # five with media, one end marker


@settings(max_examples=60, deadline=None)
@given(index=st.integers(min_value=0), position=st.integers(min_value=0), bit=st.integers(0, 7))
def test_bit_flip_anywhere_in_any_segment_is_detected(index: int, position: int,
                                                      bit: int) -> None:
    keys, session, _ = fresh_copy()
    files = all_segments(session)
    target = files[index % len(files)]
    data = bytearray(target.read_bytes())
    data[position % len(data)] ^= 1 << bit
    target.write_bytes(bytes(data))
    report = verify(session, keys.private)
    assert not report.ok
    assert any(target.name in p for p in report.problems), report.problems


@settings(max_examples=25, deadline=None)
@given(seq=st.integers(0, 5))
def test_dropped_segment_is_named(seq: int) -> None:
    keys, session, _ = fresh_copy()
    (session / "webcam" / segment_name(seq)).unlink()
    report = verify(session, keys.private)
    assert not report.ok
    if seq == 5:  # the end marker itself: the stream is cut off
        assert any("cut off" in p for p in report.problems)
    else:
        assert any(f"missing segment(s) {seq}" in p for p in report.problems), report.problems


@settings(max_examples=25, deadline=None)
@given(pair=st.lists(st.integers(0, 5), min_size=2, max_size=2, unique=True))
def test_reordered_segments_are_detected(pair: list[int]) -> None:
    keys, session, _ = fresh_copy()
    first, second = (session / "webcam" / segment_name(n) for n in pair)
    tmp = first.with_suffix(".swap")
    first.rename(tmp)
    second.rename(first)
    tmp.rename(second)
    report = verify(session, keys.private)
    assert not report.ok
    assert any("renamed or reordered" in p for p in report.problems), report.problems


@settings(max_examples=20, deadline=None)
@given(seq=st.integers(0, 4))
def test_duplicated_segment_is_detected(seq: int) -> None:
    keys, session, _ = fresh_copy()
    folder = session / "webcam"
    shutil.copyfile(folder / segment_name(seq), folder / segment_name(6))
    report = verify(session, keys.private)
    assert not report.ok
    assert any("duplicate" in p for p in report.problems), report.problems


@settings(max_examples=25, deadline=None)
@given(seq=st.integers(0, 5), cut=st.integers(min_value=1))
def test_truncated_segment_is_detected(seq: int, cut: int) -> None:
    keys, session, _ = fresh_copy()
    target = session / "webcam" / segment_name(seq)
    data = target.read_bytes()
    target.write_bytes(data[: len(data) - 1 - cut % (len(data) - 1)])
    assert not verify(session, keys.private).ok


@settings(max_examples=20, deadline=None)
@given(seq=st.integers(0, 5))
def test_segment_from_another_session_is_named_foreign(seq: int) -> None:
    keys, session, other = fresh_copy()
    name = segment_name(seq)
    shutil.copyfile(other / "webcam" / name, session / "webcam" / name)
    report = verify(session, keys.private)
    assert not report.ok
    assert any("another session" in p for p in report.problems), report.problems


def test_stream_cut_off_before_its_end_marker_is_detected() -> None:
    keys, session, _ = fresh_copy()
    for seq in (4, 5):
        (session / "webcam" / segment_name(seq)).unlink()
    report = verify(session, keys.private)
    assert any("webcam: cut off after segment 3" in p for p in report.problems)


def test_wrong_key_is_refused_plainly(tmp_path: Path) -> None:
    _, session, _ = fresh_copy()
    stranger = Keys(tmp_path / "other")
    report = verify(session, stranger.private)
    assert not report.ok
    assert "does not open the session" in report.problems[0]
