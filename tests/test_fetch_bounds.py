"""Bounded in time (issues 22 and 23): one response has its own total deadline, so a server that
drips a byte every 0.5 s cannot hold a fetch for the channel's 10 minutes; a source that cannot be
reached at all (its name does not resolve, or every connection is refused) fails within two minutes
with one line naming the host, and Airflow does not retry it; transient errors keep their retries."""

from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests
from test_fetch import make_channel, render_page

from conftest import PROJECT_ROOT, utc
from hotline import store
from hotline.fetch import (
    FetchError,
    PermanentFetchError,
    TelegramPreviewClient,
    UnreachableSourceError,
    fetch_channel_posts,
)
from hotline.fetch.http_client import UNREACHABLE_GIVE_UP_S
from hotline.months import MonthRun, run_date_for
from hotline.settings import DEFAULT_RESPONSE_DEADLINE_S, Settings
from hotline.stages.fetch_posts import SourceFetchError, fetch_posts

CHANNEL = "bounds_channel"
DRIP_EVERY_S = 0.5
DRIP_MAX_BYTES = 60  # the server stops by itself after 30 s, whatever the client does


class DripServer:
    """A loopback server sending headers at once, then a page one byte every 0.5 s (bounded)."""

    def __init__(self) -> None:
        body = render_page(CHANNEL, make_channel(40)).encode()
        served = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                served.requests += 1
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                for byte in body[:DRIP_MAX_BYTES]:
                    try:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                    except OSError:
                        return  # the client hung up: stop dripping
                    time.sleep(DRIP_EVERY_S)

            def log_message(self, *args: object) -> None:
                pass

        self.requests = 0
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def drip():
    server = DripServer()
    yield server
    server.close()


def test_the_default_response_deadline_is_a_minute() -> None:
    assert DEFAULT_RESPONSE_DEADLINE_S == 60 == Settings.from_env({}).response_deadline_s
    assert Settings.from_env({"HOTLINE_RESPONSE_DEADLINE_S": "5"}).response_deadline_s == 5


def test_a_dripping_response_is_cut_at_its_own_deadline_well_before_the_channels(drip) -> None:
    client = TelegramPreviewClient(drip.base_url, min_delay_s=0, backoff_base_s=0.01, timeout_s=5,
                                   response_deadline_s=3)
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"at most 3s a response") as caught:
        fetch_channel_posts(client, CHANNEL, deadline_s=600)  # the channel's 10 minutes are not what stops it
    assert time.monotonic() - started < 3 + DRIP_EVERY_S + 2
    assert drip.requests == 1 and "\n" not in str(caught.value)  # not retried: one line


def test_through_the_pipeline_a_dripping_channel_fails_the_step_in_seconds(conn, drip) -> None:
    settings = Settings(telegram_base_url=drip.base_url, channels=(CHANNEL,), request_delay_s=0,
                        retry_backoff_s=0.01, response_deadline_s=2)
    run = MonthRun.from_interval(None, utc(2025, 2, 15, 6), run_id="drip", started_at=utc(2025, 2, 15, 6))
    started = time.monotonic()
    with pytest.raises(SourceFetchError, match="deadline") as caught:
        fetch_posts(conn, run, settings)
    assert time.monotonic() - started < 10 and not caught.value.permanent  # a slow server may recover
    assert conn.execute("SELECT count(*) FROM raw_posts").fetchone() == (0,)


def refused_url() -> str:
    """An address on loopback where nothing listens: every connection is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.mark.slow
@pytest.mark.parametrize("base_url, host, why", [
    (refused_url(), "127.0.0.1", "the connection is refused"),
    ("http://hotline-watch-test.invalid", "hotline-watch-test.invalid", "its name does not resolve"),
])
def test_an_unreachable_channel_fails_at_once_for_good_naming_the_host(conn, base_url, host, why) -> None:
    # The real backoff (1 s, doubling): five attempts still end well inside two minutes.
    settings = Settings(telegram_base_url=base_url, channels=(CHANNEL,), request_delay_s=0, retry_backoff_s=1.0)
    run = MonthRun.from_interval(None, utc(2025, 2, 15, 6), run_id="offline", started_at=utc(2025, 2, 15, 6))
    started = time.monotonic()
    with pytest.raises(SourceFetchError) as caught:
        fetch_posts(conn, run, settings)
    assert time.monotonic() - started < 30
    message = str(caught.value)
    assert caught.value.permanent and "\n" not in message
    assert f"{host} cannot be reached ({why}, on all 5 attempts: " in message
    [failure] = store.load_source_failures(conn)
    assert failure["permanent"] and host in failure["error"]


def test_refused_every_time_is_unreachable_but_server_errors_keep_their_retries() -> None:
    # Refused on both attempts: unreachable. A server that answers 503: transient, retried, not permanent.
    client = TelegramPreviewClient(refused_url(), min_delay_s=0, backoff_base_s=0.01, timeout_s=2, max_attempts=2)
    with pytest.raises(UnreachableSourceError):
        client.fetch_page(CHANNEL)
    server = ThreadingHTTPServer(("127.0.0.1", 0), type("H", (BaseHTTPRequestHandler,), {
        "do_GET": lambda self: (self.send_response(503), self.end_headers()),
        "log_message": lambda self, *args: None}))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        flaky = TelegramPreviewClient(f"http://127.0.0.1:{server.server_address[1]}", min_delay_s=0,
                                      backoff_base_s=0.01, timeout_s=2, max_attempts=3)
        with pytest.raises(FetchError, match="gave up after 3 attempts") as caught:
            flaky.fetch_page(CHANNEL)
        assert not isinstance(caught.value, PermanentFetchError) and flaky.stats.retries == 2
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.e2e
def test_through_airflow_an_unreachable_channel_fails_the_run_once_within_two_minutes(airflow_home, db_path,
                                                                                       monkeypatch) -> None:
    from airflow.dag_processing.dagbag import DagBag

    base_url = refused_url()
    monkeypatch.setenv("HOTLINE_DB", str(db_path))
    monkeypatch.setenv("AIRFLOW_CONN_DUCKDB_DEFAULT", json.dumps({"conn_type": "duckdb", "host": str(db_path)}))
    monkeypatch.setenv("HOTLINE_TELEGRAM_BASE_URL", base_url)
    monkeypatch.setenv("HOTLINE_CHANNELS", CHANNEL)
    monkeypatch.delenv("HOTLINE_FEEDS", raising=False)
    monkeypatch.setenv("HOTLINE_REQUEST_DELAY_S", "0")
    monkeypatch.delenv("HOTLINE_RETRY_BACKOFF_S", raising=False)  # the real backoff
    monkeypatch.delenv("AIRFLOW_CONN_APPRISE_DEFAULT", raising=False)
    dag = DagBag(dag_folder=str(PROJECT_ROOT / "dags")).get_dag("hotline_monthly")
    started = time.monotonic()
    dag_run = dag.test(logical_date=run_date_for("2025-01"))  # sleeps through retry delays, if any
    assert time.monotonic() - started < 120
    assert str(dag_run.state) == "failed"
    [fetch_ti] = [ti for ti in dag_run.get_task_instances() if ti.task_id == "fetch_posts"]
    assert str(fetch_ti.state) == "failed" and fetch_ti.try_number == 1  # not retried for 20 minutes
    reader = store.connect_reader(db_path)
    try:
        [(error, permanent)] = reader.execute("SELECT error, permanent FROM source_failures").fetchall()
    finally:
        reader.close()
    assert permanent and "127.0.0.1 cannot be reached (the connection is refused" in error




def test_a_host_whose_lookups_fail_slowly_is_given_up_on_within_a_minute_or_so() -> None:
    # Offline behind a resolver that answers late, each attempt takes ~25 s to fail: five tries would
    # take over two minutes. Simulated time: every real (refused) attempt costs 25 s on the clock.
    now = [0.0]

    class SlowLookups(requests.Session):
        def get(self, *args, **kwargs):  # type: ignore[override]
            now[0] += 25
            return super().get(*args, **kwargs)

    client = TelegramPreviewClient(refused_url(), min_delay_s=0, timeout_s=5, session=SlowLookups(),
                                   clock=lambda: now[0], sleep=lambda seconds: now.__setitem__(0, now[0] + seconds))
    with pytest.raises(UnreachableSourceError, match=r"on all 3 attempts") as caught:
        client.fetch_page(CHANNEL)
    assert now[0] <= UNREACHABLE_GIVE_UP_S + 25 + 10 and "127.0.0.1 cannot be reached" in str(caught.value)
