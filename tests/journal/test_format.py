"""The segment format: exact test vectors, and exact round trips of anything sealed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import x25519
from hypothesis import given
from hypothesis import strategies as st

from client.journal import format as fmt
from client.journal import keywrap
from client.trust.keys import RecordingPrivateKey, RecordingPublicKey
from tests.journal.vectors import EPOCH_KEY, RECIPIENT_PRIVATE, SESSION_ID, build

VECTORS = json.loads((Path(__file__).parent / "vectors.json").read_text())


def test_segment_vectors_are_reproduced_byte_for_byte() -> None:
    fresh = build()
    for key, value in VECTORS.items():
        if key != "epoch0_sealed_key_hex":  # HPKE sealing is randomised by design
            assert fresh[key] == value, key


def test_vector_segments_open_with_the_documented_key() -> None:
    key = bytes.fromhex(VECTORS["events_stream_key_hex"])
    for item in VECTORS["segments"]:
        header, payload = fmt.open_segment(bytes.fromhex(item["file_hex"]), lambda h: key)
        assert payload.hex() == item["payload_hex"]
        assert header.final == item["final"]
        assert header.prev_hash.hex() == item["prev_hash_hex"]


def test_vector_sealed_epoch_key_opens_with_the_recipient_key() -> None:
    private = x25519.X25519PrivateKey.from_private_bytes(RECIPIENT_PRIVATE)
    public = private.public_key()
    wrapper = RecordingPrivateKey("X25519", private,
                                  RecordingPublicKey("X25519", public, public.public_bytes_raw()))
    sealed = bytes.fromhex(VECTORS["epoch0_sealed_key_hex"])
    assert keywrap.open_key(sealed, wrapper, SESSION_ID, 0) == EPOCH_KEY
    with pytest.raises(keywrap.KeyUnwrapError):
        keywrap.open_key(sealed, wrapper, SESSION_ID, 1)  # bound to its epoch
    with pytest.raises(keywrap.KeyUnwrapError):
        keywrap.open_key(sealed, wrapper, bytes(16), 0)  # and to its session


streams = st.from_regex(fmt.STREAM_NAME, fullmatch=True)
ctypes = st.from_regex(fmt.CONTENT_TYPE, fullmatch=True)


@given(stream=streams, ctype=ctypes, seq=st.integers(0, 2**64 - 1),
       epoch=st.integers(0, 2**32 - 1), start=st.integers(-(2**63), 2**63 - 1),
       end=st.integers(-(2**63), 2**63 - 1), prev=st.binary(min_size=32, max_size=32),
       payload=st.binary(max_size=4096), final=st.booleans(), key=st.binary(min_size=32,
                                                                             max_size=32))
def test_round_trip_is_exact(stream: str, ctype: str, seq: int, epoch: int, start: int, end: int,
                             prev: bytes, payload: bytes, final: bool, key: bytes) -> None:
    header = fmt.Header(SESSION_ID, epoch, stream, seq, start, end, prev, len(payload), ctype,
                        final)
    data = fmt.seal(header, payload, key)
    opened, plain = fmt.open_segment(data, lambda h: key)
    assert opened == header
    assert plain == payload


@given(data=st.binary(max_size=400))
def test_garbage_is_refused_with_a_format_error(data: bytes) -> None:
    with pytest.raises((fmt.FormatError, fmt.SegmentAuthError)):
        fmt.open_segment(data, lambda h: bytes(32))


@given(position=st.integers(min_value=0), bit=st.integers(0, 7))
def test_any_bit_flip_in_a_segment_is_detected(position: int, bit: int) -> None:
    item = VECTORS["segments"][0]
    data = bytearray(bytes.fromhex(item["file_hex"]))
    data[position % len(data)] ^= 1 << bit
    key = bytes.fromhex(VECTORS["events_stream_key_hex"])
    with pytest.raises((fmt.FormatError, fmt.SegmentAuthError)):
        fmt.open_segment(bytes(data), lambda h: key)


def test_format_document_carries_the_same_vectors() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "FORMAT.md").read_text()
    hexes = [VECTORS[k] for k in VECTORS if k.endswith("_hex")]
    hexes += [item[k] for item in VECTORS["segments"] for k in item if k.endswith("_hex")]
    missing = [h for h in hexes if h not in doc]
    assert not missing, "docs/FORMAT.md is out of date with tests/journal/vectors.json"
