"""Builds the format's test vectors from fixed inputs (used by docs/FORMAT.md and the tests)."""

from __future__ import annotations

from typing import Any

from cryptography.hazmat.primitives.asymmetric import x25519

from client.journal import format as fmt
from client.journal import keywrap

SESSION_ID = bytes.fromhex("00112233445566778899aabbccddeeff")
EPOCH_KEY = bytes(range(32))
RECIPIENT_PRIVATE = bytes.fromhex(  # the RFC 7748 test key
    "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")


def segment_inputs() -> list[dict[str, Any]]:
    return [
        {"stream": "events", "seq": 0, "epoch": 0, "start_us": 1_800_000_000_000_000,
         "end_us": 1_800_000_004_500_000, "final": False, "content_type": "application/x-ndjson",
         "payload": b'{"t":1800000000.0,"kind":"session_started"}\n'},
        {"stream": "events", "seq": 1, "epoch": 0, "start_us": 1_800_000_005_000_000,
         "end_us": 1_800_000_005_000_000, "final": True, "content_type": "application/x-ndjson",
         "payload": b'{"t":1800000005.0,"kind":"session_finished"}\n'},
    ]


def build() -> dict[str, Any]:
    key = fmt.stream_key(EPOCH_KEY, SESSION_ID, "events")
    prev = fmt.ZERO_HASH
    segments = []
    for item in segment_inputs():
        header = fmt.Header(SESSION_ID, item["epoch"], item["stream"], item["seq"],
                            item["start_us"], item["end_us"], prev, len(item["payload"]),
                            item["content_type"], item["final"])
        data = fmt.seal(header, item["payload"], key)
        segments.append({**{k: v for k, v in item.items() if k != "payload"},
                         "payload_hex": item["payload"].hex(), "prev_hash_hex": prev.hex(),
                         "header_hex": header.encode().hex(), "file_hex": data.hex(),
                         "file_sha256_hex": fmt.file_hash(data).hex()})
        prev = fmt.file_hash(data)
    return {
        "session_id_hex": SESSION_ID.hex(),
        "epoch_key_hex": EPOCH_KEY.hex(),
        "events_stream_key_hex": key.hex(),
        "hpke_info_epoch0_hex": keywrap.info(SESSION_ID, 0).hex(),
        "recipient_x25519_private_hex": RECIPIENT_PRIVATE.hex(),
        "recipient_x25519_public_hex": x25519.X25519PrivateKey.from_private_bytes(
            RECIPIENT_PRIVATE).public_key().public_bytes_raw().hex(),
        "segments": segments,
    }
