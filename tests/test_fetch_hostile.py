"""Hostile or broken servers (issue 11): each case ends in bounded time with a one-line error and
nothing stored under the wrong channel. Served on loopback by pytest-httpserver."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from pytest_httpserver import HTTPServer
from test_fetch import CHANNEL, Msg, make_channel, render_page
from werkzeug import Request, Response

from conftest import PROJECT_ROOT
from hotline import store
from hotline.fetch import FetchError, PermanentFetchError, TelegramPreviewClient, fetch_channel_posts
from hotline.months import MonthRun
from hotline.settings import Settings
from hotline.stages.fetch_posts import SourceFetchError, fetch_posts

OTHER = "other_channel"


def client(server: HTTPServer, **options) -> TelegramPreviewClient:
    return TelegramPreviewClient(server.url_for("").rstrip("/"), min_delay_s=0, backoff_base_s=0.01,
                                 timeout_s=5, **options)


def page(channel: str = CHANNEL, last_id: int = 60) -> str:
    return render_page(channel, make_channel(last_id))


def test_endless_paging_stops_at_the_page_cap(httpserver: HTTPServer) -> None:
    # Every page shows one older id and a link to the one below it: the walk never ends by itself.
    def endless(request: Request) -> Response:
        top = int(request.args.get("before", 1_000_000))
        msg = Msg(top - 1, datetime(2025, 1, 1, tzinfo=UTC), f"post {top - 1}")
        return Response(render_page(CHANNEL, [Msg(1, msg.published, "created", service=True), msg], before=top,
                                    page_ids=1), content_type="text/html")

    httpserver.expect_request(f"/s/{CHANNEL}").respond_with_handler(endless)
    started = time.monotonic()
    with pytest.raises(PermanentFetchError, match="page cap 25"):
        fetch_channel_posts(client(httpserver), CHANNEL, max_pages=25)
    assert len(httpserver.log) == 25 and time.monotonic() - started < 20


def test_a_server_dripping_bytes_is_cut_at_the_total_deadline(httpserver: HTTPServer) -> None:
    body = page().encode()

    def drip(_request: Request) -> Response:
        def pieces():
            for byte in body:
                time.sleep(0.1)
                yield bytes([byte])
        return Response(pieces(), content_type="text/html")

    httpserver.expect_request(f"/s/{CHANNEL}").respond_with_handler(drip)
    started = time.monotonic()
    with pytest.raises(FetchError, match="deadline"):
        fetch_channel_posts(client(httpserver), CHANNEL, deadline_s=2)
    assert time.monotonic() - started < 8  # the deadline plus at most one read timeout


def test_a_gzip_bomb_stops_at_the_size_cap(httpserver: HTTPServer) -> None:
    bomb = gzip.compress(b"<html>" + b" " * 200_000_000, compresslevel=9)  # ~200 MB inflated, ~200 KB sent
    httpserver.expect_request(f"/s/{CHANNEL}").respond_with_data(
        bomb, content_type="text/html", headers={"Content-Encoding": "gzip"})
    started = time.monotonic()
    with pytest.raises(PermanentFetchError, match="larger than 1,000,000 bytes"):
        fetch_channel_posts(client(httpserver, max_response_bytes=1_000_000), CHANNEL)
    assert time.monotonic() - started < 10 and len(httpserver.log) == 1  # not retried: it would not shrink


def test_a_broken_gzip_body_is_retried_then_a_one_line_error(httpserver: HTTPServer) -> None:
    httpserver.expect_request(f"/s/{CHANNEL}").respond_with_data(
        b"\x1f\x8b\x08\x00garbage-not-deflate" * 50, content_type="text/html", headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match=r"gave up after 5 attempts; last: ContentDecodingError") as caught:
        fetch_channel_posts(client(httpserver), CHANNEL)
    assert "\n" not in str(caught.value) and len(httpserver.log) == 5


def test_a_redirect_loop_is_a_permanent_error(httpserver: HTTPServer) -> None:
    httpserver.expect_request(f"/s/{CHANNEL}").respond_with_data("", status=302, headers={"Location": f"/s/{CHANNEL}"})
    with pytest.raises(PermanentFetchError, match="more than 5 redirects"):
        fetch_channel_posts(client(httpserver), CHANNEL)
    assert len(httpserver.log) == 6


class RawRedirect:
    """A loopback server answering every GET with a 302 to `location`, sent verbatim (werkzeug
    would refuse to send some of these)."""

    def __init__(self, location: str) -> None:
        self.requests = 0
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                owner.requests += 1
                self.send_response(302)
                self.send_header("Location", location)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.mark.parametrize("location", ["file:///etc/passwd", "ftp://127.0.0.1/x", "http://127.0.0.1:99999/s/x",
                                      "gopher://x", "javascript:alert(1)"])
def test_a_redirect_off_http_is_refused_without_following_it(location: str) -> None:
    server = RawRedirect(location)
    try:
        preview = TelegramPreviewClient(server.url, min_delay_s=0, backoff_base_s=0.01, timeout_s=5)
        with pytest.raises(PermanentFetchError, match="redirected to a"):
            fetch_channel_posts(preview, CHANNEL)
        assert server.requests == 1
    finally:
        server.close()


def fetch_into(conn, server: HTTPServer, channel: str = CHANNEL):
    settings = Settings(telegram_base_url=server.url_for("").rstrip("/"), channels=(channel,), request_delay_s=0,
                        retry_backoff_s=0.01)
    end = datetime(2025, 2, 15, 6, tzinfo=UTC)
    run = MonthRun.from_interval(None, end, run_id="hostile", started_at=end)
    with pytest.raises(SourceFetchError) as caught:
        fetch_posts(conn, run, settings)
    return caught.value


def test_a_redirect_to_another_channel_stores_nothing_under_either(conn, httpserver: HTTPServer) -> None:
    httpserver.expect_request(f"/s/{CHANNEL}").respond_with_data("", status=302, headers={"Location": f"/s/{OTHER}"})
    httpserver.expect_request(f"/s/{OTHER}").respond_with_data(page(OTHER), content_type="text/html")
    error = fetch_into(conn, httpserver)
    assert error.permanent and "redirected to another channel" in str(error)
    assert conn.execute("SELECT count(*) FROM raw_posts").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM channel_state").fetchone() == (0,)


def test_a_page_of_another_channels_posts_stores_nothing(conn, httpserver: HTTPServer) -> None:
    httpserver.expect_request(f"/s/{CHANNEL}").respond_with_data(page(OTHER), content_type="text/html")
    error = fetch_into(conn, httpserver)
    assert error.permanent and "another channel's posts" in str(error) and OTHER in str(error)
    assert conn.execute("SELECT count(*) FROM raw_posts").fetchone() == (0,)
    assert store.load_channel_state(conn, "telegram", CHANNEL).newest_id is None


def test_a_server_error_is_transient_for_the_task(conn, httpserver: HTTPServer) -> None:
    httpserver.expect_request(f"/s/{CHANNEL}").respond_with_data("down", status=503)
    error = fetch_into(conn, httpserver)
    assert not error.permanent and "HTTP 503" in str(error)  # Airflow may retry the task


def cli_fetch(server: HTTPServer, tmp_path, channel: str = CHANNEL) -> subprocess.CompletedProcess:
    env = {**os.environ, "HOTLINE_RETRY_BACKOFF_S": "0.01", "HOTLINE_REQUEST_DELAY_S": "0"}
    return subprocess.run([sys.executable, "-m", "hotline.cli", "fetch", channel, "--base-url",
                           server.url_for("").rstrip("/"), "--db", str(tmp_path / "h.duckdb")],
                          cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("old, new", [
    (f'data-post="{CHANNEL}/59"', f'data-post="{CHANNEL}/{10**30}"'),
    ("<time datetime=\"", "<time datetime=\"9999-12-31T23:59:59-05:00\" data-x=\""),
])
def test_cli_fetch_of_a_hostile_page_is_one_line_and_stores_nothing(httpserver: HTTPServer, tmp_path, old, new):
    html = page()
    assert old in html
    httpserver.expect_request(f"/s/{CHANNEL}").respond_with_data(html.replace(old, new, 1), content_type="text/html")
    done = cli_fetch(httpserver, tmp_path)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    *retries, error = done.stderr.strip().splitlines()  # retry notices, then the error
    assert len(retries) == 4 and all("retry" in line for line in retries)
    assert error.startswith(f"fetch {CHANNEL}: ") and "malformed page" in error and "gave up" in error
    conn = store.connect(tmp_path / "h.duckdb")
    assert conn.execute("SELECT count(*) FROM raw_posts").fetchone() == (0,)
    conn.close()


@pytest.mark.parametrize("name", ["bad/name", "x" * 100, "кирилиця"])
def test_cli_fetch_of_a_bad_channel_name_is_one_line_without_a_request(httpserver: HTTPServer, tmp_path, name):
    done = cli_fetch(httpserver, tmp_path, name)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "not a public channel name" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert httpserver.log == []
