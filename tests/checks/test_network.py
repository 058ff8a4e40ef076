"""Bandwidth, latency and clock checks against a real HTTP server behind a real throttling proxy."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import pytest

from client.checks import netprobe, network
from client.config.schema import Backend
from tests.checks.sink import Sink, sink_server
from tests.support.netproxy import NetProxy


@pytest.fixture(scope="module")
def sink() -> Iterator[Sink]:
    with sink_server() as server:
        yield server


@pytest.fixture
def proxy(sink: Sink) -> Iterator[NetProxy]:
    with NetProxy(("127.0.0.1", sink.port)) as px:
        yield px


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("kbps", [100, 1000])
def test_bandwidth_within_15_percent_of_a_throttled_link(ctx_factory, proxy, kbps):
    proxy.throttle(up_kbps=kbps)
    ctx = ctx_factory(net_url=proxy.url("/speedtest"), selected=("bandwidth",))
    result = network.check_bandwidth(ctx)
    measured = result.details["upload_kbps"]
    assert abs(measured - kbps) / kbps <= 0.15, result
    assert result.status == ("fail" if kbps < 150 else "pass")
    if kbps < 150:
        assert "150 kbit/s" in result.message and result.remedy


def test_tus_endpoint_throwaway_upload_is_measured_and_deleted(ctx_factory, proxy, sink):
    proxy.throttle(up_kbps=1000)
    deleted = sink.state.deleted
    backend = Backend(transport="tus", url=proxy.url("/files/"))
    ctx = ctx_factory(backend=backend, selected=("bandwidth", "latency"))
    result = network.check_bandwidth(ctx)
    assert result.details["endpoint"] == "tus"
    assert abs(result.details["upload_kbps"] - 1000) / 1000 <= 0.15
    assert sink.state.uploads == {} and sink.state.deleted > deleted
    assert network.check_latency(ctx).status == "pass"


def test_connection_refused_fails_fast_with_a_clear_message(ctx_factory):
    ctx = ctx_factory(net_url=f"http://127.0.0.1:{closed_port()}/", selected=("bandwidth",))
    start = time.monotonic()
    result = network.check_bandwidth(ctx)
    assert time.monotonic() - start < 3
    assert result.status == "fail"
    assert "refused" in result.message and result.remedy


def test_stalled_network_fails_within_3_seconds(ctx_factory, proxy):
    proxy.stall()
    ctx = ctx_factory(net_url=proxy.url("/"), selected=("bandwidth", "latency", "clock"))
    start = time.monotonic()
    bandwidth = network.check_bandwidth(ctx)
    assert time.monotonic() - start < 3
    assert bandwidth.status == "fail" and "no answer" in bandwidth.message
    assert network.check_latency(ctx).status == "fail"
    assert network.check_clock(ctx).status == "skipped"


def test_connection_cut_mid_upload_fails(ctx_factory, proxy):
    proxy.drop(after_bytes=20_000)
    ctx = ctx_factory(net_url=proxy.url("/"), selected=("bandwidth",))
    result = network.check_bandwidth(ctx)
    assert result.status == "fail" and result.details["problem"] == "cut"


def test_refused_proxy_then_restored(proxy):
    proxy.refuse()
    assert netprobe.measure(proxy.url("/"), upload=False).problem.code == "refused"
    proxy.passthrough()
    assert netprobe.measure(proxy.url("/"), upload=False).problem is None


@pytest.mark.parametrize(("offset", "status"), [(0, "pass"), (-600, "fail")])
def test_clock_skew_against_the_date_header(ctx_factory, offset, status):
    with sink_server(clock_offset_s=offset) as skewed:
        ctx = ctx_factory(net_url=skewed.url(), selected=("clock",))
        result = network.check_clock(ctx)
    assert result.status == status
    assert abs(result.details["clock_skew_s"] - offset) <= 1.5


def test_folder_backend_needs_no_network(ctx_factory):
    ctx = ctx_factory(selected=("bandwidth",))
    assert network.check_bandwidth(ctx).status == "skipped"


def test_bad_test_url_is_explained(ctx_factory):
    ctx = ctx_factory(net_url="ftp://example.invalid/x", selected=("bandwidth",))
    result = network.check_bandwidth(ctx)
    assert result.status == "fail" and "not a valid" in result.message
