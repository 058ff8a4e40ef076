"""Pure parts of the uploader, with properties over arbitrary input."""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import random
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from client.upload import backoff, errors
from client.upload.http import safe_url
from client.upload.items import Item, in_order, stream_rank
from client.upload.presigned import parse_grant
from client.upload.tus import _offset, metadata


@given(st.integers(min_value=1, max_value=10_000), st.integers(min_value=0, max_value=2**32))
def test_backoff_never_exceeds_the_cap(attempt: int, seed: int) -> None:
    wait = backoff.delay(attempt, rng=random.Random(seed))
    assert 0.0 <= wait <= backoff.NETWORK_CAP_S < 5.0


def test_backoff_grows_then_stays_jittered_under_the_cap() -> None:
    rng = random.Random(1)
    first = [backoff.delay(1, rng=rng) for _ in range(200)]
    late = [backoff.delay(600, rng=rng) for _ in range(200)]
    assert max(first) <= backoff.BASE_S
    assert max(late) > backoff.NETWORK_CAP_S * 0.9 and min(late) < backoff.NETWORK_CAP_S * 0.2


@given(st.integers(min_value=0, max_value=10**9))
def test_retry_after_seconds(seconds: int) -> None:
    assert backoff.parse_retry_after(str(seconds)) == min(seconds, backoff.MAX_RETRY_AFTER_S)


def test_retry_after_http_date_and_garbage() -> None:
    now = dt.datetime(2026, 1, 1, 12, 0, 0, tzinfo=dt.UTC)
    later = email.utils.format_datetime(now + dt.timedelta(seconds=30), usegmt=True)
    assert backoff.parse_retry_after(later, now) == 30
    assert backoff.parse_retry_after("Thu, 01 Jan 1970 00:00:00 GMT", now) == 0
    assert backoff.parse_retry_after("soon", now) is None
    assert backoff.parse_retry_after("", now) is None


@given(st.text(max_size=40))
@example("\u00b2")  # '²': str.isdigit() says yes, int() says no
@example("\u0663")
def test_retry_after_never_raises(value: str) -> None:
    result = backoff.parse_retry_after(value)
    assert result is None or 0 <= result <= backoff.MAX_RETRY_AFTER_S


@given(st.one_of(st.none(), st.text(max_size=30)))
@example("\u00b2")
@example(" 12 ")
def test_offset_is_a_byte_count_or_a_protocol_error(value: str | None) -> None:
    try:
        parsed = _offset(value)
    except errors.ProtocolError as exc:
        assert "Upload-Offset" in exc.message
    else:
        assert value is not None and parsed == int(value.strip()) and parsed >= 0


@given(st.dictionaries(st.from_regex(r"[a-z]{1,10}", fullmatch=True), st.text(max_size=50),
                       max_size=4))
def test_metadata_round_trips(pairs: dict[str, str]) -> None:
    import base64

    encoded = metadata(pairs)
    decoded = {}
    for part in filter(None, encoded.split(",")):
        key, _, value = part.partition(" ")
        decoded[key] = base64.b64decode(value).decode()
    assert decoded == pairs


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=10))
def test_grant_parser_never_crashes(value: object) -> None:
    try:
        grant = parse_grant(json.dumps(value).encode())
    except errors.ProtocolError:
        return
    assert grant == {"stored": True} or grant["url"].startswith(("http://", "https://"))


def test_grant_parser_accepts_the_contract() -> None:
    body = json.dumps({"url": "https://bucket.example/o?X-Sig=1", "method": "PUT",
                       "headers": {"Content-MD5": "abc=="}}).encode()
    assert parse_grant(body) == {"url": "https://bucket.example/o?X-Sig=1",
                                 "headers": {"Content-MD5": "abc=="}}
    assert parse_grant(b'{"stored": true}') == {"stored": True}
    for bad in (b"[]", b"nope", b'{"url": "ftp://x"}', b'{"url": "https://x", "method": "GET"}',
                b'{"url": "https://x", "headers": {"X-A": "a\\r\\nInjected: 1"}}'):
        with pytest.raises(errors.ProtocolError):
            parse_grant(bad)


def test_safe_url_drops_credentials_and_query() -> None:
    assert safe_url("https://user:pw@host.example:8443/files/abc?sig=xyz#f") == \
        "https://host.example:8443/files/abc"


def test_order_records_events_audio_webcam_screen() -> None:
    session = Path("s")

    def item(rel: str, rank: tuple[int, str, int]) -> Item:
        return Item(session, "s", rel, 1, rank)

    items = [item("screen/00000000.seg", (stream_rank("screen"), "a", 0)),
             item("webcam/00000001.seg", (stream_rank("webcam"), "a", 1)),
             item("webcam/00000000.seg", (stream_rank("webcam"), "a", 0)),
             item("audio/00000000.seg", (stream_rank("audio"), "a", 0)),
             item("events/00000000.seg", (stream_rank("events"), "a", 0)),
             item("exam.invigilo", (1, "a", 0)), item("session.json", (0, "a", 0))]
    assert [i.relpath for i in in_order(items)] == [
        "session.json", "exam.invigilo", "events/00000000.seg", "audio/00000000.seg",
        "webcam/00000000.seg", "webcam/00000001.seg", "screen/00000000.seg"]
