"""Exam configs: strict reading with field-named errors, signatures, trust and validity windows."""

from __future__ import annotations

import base64
import datetime as dt
import json
import tomllib
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from client.config.loader import open_exam, parse_toml, read_exam_source
from client.config.schema import ExamConfig
from client.config.validate import ConfigError, load
from client.errors import InvalidInput
from client.paths import resource
from client.trust import keys, signed_config

DEMO = resource("demo-exam.toml").read_bytes()
NOW = dt.datetime(2027, 6, 1, tzinfo=dt.UTC)


def demo_dict() -> dict[str, Any]:
    return tomllib.loads(DEMO.decode())


@pytest.fixture(scope="module")
def signer(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Any]:
    folder = tmp_path_factory.mktemp("keys")
    keys.generate(folder)
    return (keys.load_signing_private(folder / "signing.key"),
            keys.load_signing_public(folder / "signing.pub"))


def test_demo_config_reads_with_its_documented_values() -> None:
    config = parse_toml(DEMO)
    assert config.exam.practice
    assert (config.recording.webcam.width, config.recording.webcam.fps) == (320, 10)
    assert config.recording.screen.width >= 1280
    assert config.backend.transport == "folder"


@pytest.mark.parametrize(("path", "value", "field", "words"), [
    (("recording", "webcam", "fps"), 500, "recording.webcam.fps", "too large"),
    (("recording", "webcam", "fps"), "ten", "recording.webcam.fps", "expected a number"),
    (("backend", "transport"), "ftp", "backend.transport", "one of 'tus', 'presigned'"),
    (("exam", "id"), "has spaces", "exam.id", "expected form"),
    (("lockdown", "levle"), "strict", "lockdown.levle", "unknown setting"),
    (("exam", "not_before"), "tomorrow", "exam.not_before", "time zone"),
])
def test_bad_values_name_the_field_and_what_is_expected(path: tuple[str, ...], value: Any,
                                                         field: str, words: str) -> None:
    data = demo_dict()
    node = data
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    with pytest.raises(ConfigError) as failure:
        load(ExamConfig, data)
    assert failure.value.field == field
    assert words in str(failure.value)


def test_missing_required_field_is_named() -> None:
    data = demo_dict()
    del data["exam"]["title"]
    with pytest.raises(ConfigError, match=r"exam\.title.*required"):
        load(ExamConfig, data)


scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                    st.text(max_size=20), st.lists(st.integers(), max_size=3),
                    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_fuzzed_configs_give_a_clear_error_never_a_traceback(data: st.DataObject) -> None:
    config = demo_dict()
    for _ in range(data.draw(st.integers(1, 4))):
        node: Any = config
        while isinstance(node, dict) and node and data.draw(st.booleans()):
            key = data.draw(st.sampled_from(sorted(node)))
            if not isinstance(node[key], dict):
                break
            node = node[key]
        if isinstance(node, dict) and node:
            key = data.draw(st.one_of(st.sampled_from(sorted(node)), st.text(max_size=8)))
            if data.draw(st.booleans()):
                node[key] = data.draw(scalars)
            else:
                node.pop(key, None)
    try:
        load(ExamConfig, config)
    except ConfigError as exc:
        assert exc.field and exc.problem  # names the field, says what is wrong


@settings(max_examples=200)
@given(raw=st.binary(max_size=300))
def test_random_bytes_are_not_an_exam_and_say_so(raw: bytes) -> None:
    with pytest.raises(InvalidInput):
        signed_config.parse(raw)
    with pytest.raises(InvalidInput):
        parse_toml(raw + b"\n[[[")


def test_signed_config_opens_only_when_trusted_unaltered_and_current(signer: Any) -> None:
    private, public = signer
    envelope = signed_config.sign(DEMO, private)
    assert open_exam(envelope, anchors=[public], now=NOW).config.exam.id == "practice"

    tampered = json.loads(envelope)
    tampered["config"] = base64.b64encode(DEMO.replace(b"moderate", b"none")).decode()
    with pytest.raises(InvalidInput, match="altered"):
        open_exam(json.dumps(tampered).encode(), anchors=[public], now=NOW)

    stranger = keys.ed25519.Ed25519PrivateKey.generate()
    with pytest.raises(InvalidInput, match="does not trust"):
        open_exam(signed_config.sign(DEMO, stranger), anchors=[public], now=NOW)
    with pytest.raises(InvalidInput, match="no institution key is trusted"):
        open_exam(envelope, anchors=[], now=NOW)
    with pytest.raises(InvalidInput, match="closed on 2099"):
        open_exam(envelope, anchors=[public], now=dt.datetime(2100, 1, 1, tzinfo=dt.UTC))
    with pytest.raises(InvalidInput, match="opens on 2025"):
        open_exam(envelope, anchors=[public], now=dt.datetime(2024, 1, 1, tzinfo=dt.UTC))


def test_unsigned_toml_is_refused(signer: Any) -> None:
    with pytest.raises(InvalidInput, match="not an Invigilo exam file"):
        open_exam(DEMO, anchors=[signer[1]], now=NOW)


def test_exam_links_open_the_same_exam(signer: Any, tmp_path: Path) -> None:
    envelope = signed_config.sign(DEMO, signer[0])
    path = tmp_path / "exam.invigilo"
    path.write_bytes(envelope)
    token = base64.urlsafe_b64encode(envelope).decode().rstrip("=")
    assert read_exam_source(f"invigilo://exam/{token}") == envelope
    assert read_exam_source(f"invigilo://open?file={path}") == envelope
    with pytest.raises(InvalidInput, match="not one Invigilo understands"):
        read_exam_source("invigilo://elsewhere/x")


def test_config_round_trips_through_toml_writer() -> None:
    """What tools write with a TOML library reads back identically (dates keep their zone)."""
    data = demo_dict()
    assert load(ExamConfig, tomllib.loads(tomli_w.dumps(data))) == load(ExamConfig, data)


def test_trust_anchors_come_from_flag_env_and_user_folder(
        signer: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from client.config.loader import anchor_files, open_exam_file

    pub_folder = tmp_path / "institution"
    keys.generate(pub_folder)
    exam_file = tmp_path / "exam.invigilo"
    exam_file.write_bytes(signed_config.sign(
        DEMO, keys.load_signing_private(pub_folder / "signing.key")))
    monkeypatch.setenv("INVIGILO_CONFIG_DIR", str(tmp_path / "user-config"))
    monkeypatch.delenv("INVIGILO_TRUST", raising=False)
    with pytest.raises(InvalidInput, match="no institution key is trusted"):
        open_exam_file(exam_file, now=NOW)

    assert open_exam_file(exam_file, trust=[pub_folder / "signing.pub"], now=NOW)
    monkeypatch.setenv("INVIGILO_TRUST", str(pub_folder / "signing.pub"))
    assert open_exam_file(exam_file, now=NOW)
    monkeypatch.delenv("INVIGILO_TRUST")

    trust_dir = tmp_path / "user-config" / "trust"
    trust_dir.mkdir(parents=True)
    (trust_dir / "institution.pub").write_bytes((pub_folder / "signing.pub").read_bytes())
    assert trust_dir / "institution.pub" in anchor_files()
    assert open_exam_file(exam_file, now=NOW).config.exam.id == "practice"
