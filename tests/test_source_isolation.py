"""Per-source isolation (issue 16): a news feed that is down never holds the official channel's
month hostage; its failure is recorded, and a long outage is announced once and its end once.

The channel is the demo channel and the feed a pytest-httpserver, both on loopback."""

from __future__ import annotations

import json
import time

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from conftest import FIXTURES, PROJECT_ROOT, utc
from conftest import month_run as shared_month_run
from hotline import demo, detect, store
from hotline.months import MonthRun, run_date_for
from hotline.settings import Settings
from hotline.stages.detect_alerts import detect_alerts
from hotline.stages.extract_facts import extract_facts
from hotline.stages.fetch_posts import SourceFetchError, fetch_posts
from hotline.stages.load_monthly_counts import load_monthly_counts
from hotline.stages.validate_facts import validate_facts

LONG_AFTER = utc(2026, 11, 26)


class Feed:
    """A news feed that can be switched down (HTTP 503 or a dropped connection) and up again."""

    def __init__(self, server: HTTPServer) -> None:
        self.down: str | None = "503"
        self.requests = 0
        server.expect_request("/news.rss").respond_with_handler(self.handle)
        self.url = server.url_for("/news.rss")

    def handle(self, request: Request) -> Response:
        self.requests += 1
        if self.down == "503":
            return Response("Service Unavailable", status=503)
        return Response((FIXTURES / "feeds/news.rss").read_bytes(), content_type="application/rss+xml")


@pytest.fixture
def channel():
    posts = demo.generate_demo_posts(demo.DEMO_CHANNEL)
    with demo.DemoChannelServer({demo.DEMO_CHANNEL: posts}) as server:
        yield server


@pytest.fixture
def feed(httpserver: HTTPServer) -> Feed:
    return Feed(httpserver)


def settings_for(channel, db_path, *feeds: str) -> Settings:
    return Settings(db_path=db_path, telegram_base_url=channel.base_url, channels=(demo.DEMO_CHANNEL,),
                    feeds=feeds, request_delay_s=0, retry_backoff_s=0.01, request_timeout_s=5)


def month_run(month: str, run_id: str | None = None) -> MonthRun:
    return shared_month_run(month, LONG_AFTER, run_id)


def run_month(conn, month: str, settings: Settings, run_id: str | None = None) -> dict:
    run = month_run(month, run_id)
    summaries = {"fetch": fetch_posts(conn, run, settings),
                 "extract": extract_facts(conn, run),
                 "validate": validate_facts(conn, run),
                 "detect": detect_alerts(conn, run, settings)}
    summaries["load"] = load_monthly_counts(conn, run, upstream=summaries["detect"])
    return summaries


def source_alerts(conn) -> list[tuple[str, str, str]]:
    return [(a["kind"], a["severity"], a["status"]) for a in store.load_alerts(conn) if a["series"] == "sources"]


def test_a_dead_feed_beside_a_healthy_channel_does_not_stop_the_month(conn, db_path, channel, feed):
    settings = settings_for(channel, db_path, feed.url)
    started = time.monotonic()
    summaries = run_month(conn, "2025-01", settings)  # no exception: the step succeeds
    assert time.monotonic() - started < 30
    assert summaries["load"]["value"] == {"i_want_to_find": 8548}
    fetched = summaries["fetch"]
    assert fetched[demo.DEMO_CHANNEL]["new"] > 0 and "error" not in fetched[demo.DEMO_CHANNEL]
    assert "HTTP 503" in fetched[feed.url]["error"]
    assert feed.requests == 3  # retried inside the task, bounded
    [failure] = store.load_source_failures(conn)
    assert (failure["source"], failure["name"], failure["official"], failure["permanent"]) == (
        "feed", feed.url, False, False)
    assert failure["run_id"] == "test__2025-01" and failure["month"] == "2025-01"
    assert source_alerts(conn) == []  # one failed run is not an outage yet


def test_a_feed_down_three_runs_raises_one_source_down_and_one_source_recovered(conn, db_path, channel, feed):
    settings = settings_for(channel, db_path, feed.url)
    run_month(conn, "2024-11", settings)
    run_month(conn, "2024-12", settings)
    assert source_alerts(conn) == []
    run_month(conn, "2025-01", settings)
    assert source_alerts(conn) == [("source_down", "warning", "pending")]
    [down] = [a for a in store.load_alerts(conn) if a["kind"] == "source_down"]
    assert down["alert_key"] == f"source_down:sources:2025-02-15:{feed.url}:v1"
    assert feed.url in down["message"] and "3 runs in a row" in down["message"] and "HTTP 503" in down["message"]
    # A retry of the same run, and more runs with the feed still down, announce nothing again.
    run_month(conn, "2025-01", settings)
    run_month(conn, "2025-02", settings)
    assert source_alerts(conn) == [("source_down", "warning", "pending")]
    assert len(store.load_source_failures(conn)) == 4  # one row per failed run, the retry replaced its own

    feed.down = None
    summaries = run_month(conn, "2025-03", settings)
    assert summaries["fetch"][feed.url]["new"] == 2
    assert sorted(source_alerts(conn)) == [("source_down", "warning", "pending"),
                                           ("source_recovered", "info", "recorded")]
    run_month(conn, "2025-03", settings)
    run_month(conn, "2025-04", settings)
    assert len(source_alerts(conn)) == 2


def test_a_feed_down_in_two_runs_then_up_raises_nothing(conn, db_path, channel, feed):
    settings = settings_for(channel, db_path, feed.url)
    run_month(conn, "2024-11", settings)
    run_month(conn, "2024-12", settings)
    feed.down = None
    run_month(conn, "2025-01", settings)
    feed.down = "503"
    run_month(conn, "2025-02", settings)
    run_month(conn, "2025-03", settings)
    assert source_alerts(conn) == []


def test_a_dropped_connection_and_an_unreadable_feed_are_recorded_too(conn, db_path, channel, httpserver):
    httpserver.expect_request("/html").respond_with_data("<html><body>not a feed", content_type="text/html")
    unreadable = httpserver.url_for("/html")
    nothing_listens = "http://127.0.0.1:9/feed.rss"  # the discard port: connection refused
    settings = settings_for(channel, db_path, unreadable, nothing_listens, "file:///etc/passwd")
    summaries = run_month(conn, "2025-01", settings)
    assert summaries["load"]["value"] == {"i_want_to_find": 8548}
    errors = {f["name"]: (f["permanent"], f["error"]) for f in store.load_source_failures(conn)}
    assert "not a readable feed" in errors[unreadable][1]
    # Refused on every try: unreachable (issue 22), one line naming the host, not retried by Airflow.
    assert errors[nothing_listens][0] and "127.0.0.1 cannot be reached (the connection is refused" in \
        errors[nothing_listens][1]
    assert errors["file:///etc/passwd"] == (True, "file:///etc/passwd: not an http(s) feed URL")


def test_a_failed_official_channel_fails_the_step_after_storing_the_feed(conn, db_path, channel, httpserver):
    httpserver.expect_request("/news.rss").respond_with_data(
        (FIXTURES / "feeds/news.rss").read_bytes(), content_type="application/rss+xml")
    settings = settings_for(channel, db_path, httpserver.url_for("/news.rss"))
    settings = Settings(**{**settings.__dict__, "channels": ("no_such_channel", demo.DEMO_CHANNEL)})
    with pytest.raises(SourceFetchError, match="official channel no_such_channel") as caught:
        fetch_posts(conn, month_run("2025-01"), settings)
    assert caught.value.permanent  # no public preview: retrying cannot help
    sources = dict(conn.execute("SELECT source, count(*) FROM raw_posts GROUP BY source").fetchall())
    assert sources["feed"] == 2 and sources["telegram"] > 0  # the others' posts are kept
    [failure] = store.load_source_failures(conn)
    assert failure["name"] == "no_such_channel" and failure["official"] and failure["permanent"]


def test_source_health_is_a_pure_state_machine():
    health = detect.SourceHealth()
    seen = []
    for run, error in [("r1", "x"), ("r1", "x"), ("r2", "x"), ("r3", "x"), ("r4", "x"), ("r5", None), ("r6", None)]:
        health, alert = detect.check_source_health(health, name="F", run_id=run, month="2025-01",
                                                   run_day="2025-02-15", error=error, down_after_runs=3)
        seen.append((health.consecutive_failures, alert.kind if alert else None))
    assert seen == [(1, None), (1, None), (2, None), (3, "source_down"), (4, None), (0, "source_recovered"),
                    (0, None)]


@pytest.mark.e2e
def test_through_airflow_a_dead_feed_does_not_retry_the_fetch_task(airflow_home, db_path, channel, feed,
                                                                     monkeypatch):
    from airflow.dag_processing.dagbag import DagBag

    monkeypatch.setenv("HOTLINE_DB", str(db_path))
    monkeypatch.setenv("AIRFLOW_CONN_DUCKDB_DEFAULT", json.dumps({"conn_type": "duckdb", "host": str(db_path)}))
    monkeypatch.setenv("HOTLINE_TELEGRAM_BASE_URL", channel.base_url)
    monkeypatch.setenv("HOTLINE_CHANNELS", demo.DEMO_CHANNEL)
    monkeypatch.setenv("HOTLINE_FEEDS", feed.url)
    monkeypatch.setenv("HOTLINE_REQUEST_DELAY_S", "0")
    monkeypatch.setenv("HOTLINE_RETRY_BACKOFF_S", "0.01")
    monkeypatch.delenv("AIRFLOW_CONN_APPRISE_DEFAULT", raising=False)
    dag = DagBag(dag_folder=str(PROJECT_ROOT / "dags")).get_dag("hotline_monthly")
    dag_run = dag.test(logical_date=run_date_for("2025-01"))
    assert str(dag_run.state) == "success"
    [fetch_ti] = [ti for ti in dag_run.get_task_instances() if ti.task_id == "fetch_posts"]
    assert fetch_ti.try_number == 1
    reader = store.connect_reader(db_path)
    try:
        value = reader.execute("SELECT requests FROM monthly_counts WHERE month = DATE '2025-01-01'").fetchall()
        failures = reader.execute("SELECT name, error FROM source_failures").fetchall()
        [(line,)] = reader.execute("SELECT summary FROM run_summaries WHERE step = 'fetch_posts'").fetchall()
        summary = json.loads(line)
    finally:
        reader.close()
    assert value == [(8548,)]
    assert [name for name, _ in failures] == [feed.url]
    assert "HTTP 503" in summary[feed.url]["error"]




def test_the_page_lists_the_sources_that_failed_escaped(conn, db_path, channel, httpserver):
    from hotline import ui

    hostile = httpserver.url_for("/feed") + "?q=<script>alert(1)</script>"
    httpserver.expect_request("/feed").respond_with_data("down", status=503)
    run_month(conn, "2025-01", settings_for(channel, db_path, hostile))
    conn.close()
    html = ui.render_page(ui.read_snapshot(db_path))
    assert "Sources that failed" in html and "HTTP 503" in html
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_a_page_with_no_failed_source_shows_no_such_section(conn, db_path, channel):
    from hotline import ui

    run_month(conn, "2025-01", settings_for(channel, db_path))
    conn.close()
    assert "Sources that failed" not in ui.render_page(ui.read_snapshot(db_path))
