"""The pipeline's steps against the demo channel served on loopback, with a fake run clock.

These run the same functions the DAG tasks call (without Airflow's scheduler), so they can pin
the run's real start time: that decides which months are delivered and which are suppressed.
"""

from __future__ import annotations

import base64
import json
import math
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from conftest import Receiver, month_run, utc
from hotline import demo, store
from hotline.delivery import DeliveryError
from hotline.months import MonthRun, month_range
from hotline.settings import Settings
from hotline.stages import extract_facts as extract_facts_stage
from hotline.stages.check_reports import check_reports
from hotline.stages.detect_alerts import detect_alerts
from hotline.stages.extract_facts import extract_facts
from hotline.stages.fetch_posts import fetch_posts
from hotline.stages.load_monthly_counts import load_monthly_counts
from hotline.stages.notify import notify
from hotline.stages.validate_facts import validate_facts

DEMO_MONTHS = month_range("2024-01", "2025-10")
LONG_AFTER = utc(2026, 11, 26)


@pytest.fixture
def channel():
    posts = demo.generate_demo_posts(demo.DEMO_CHANNEL)
    with demo.DemoChannelServer({demo.DEMO_CHANNEL: posts}) as server:
        yield server, posts


@pytest.fixture
def settings(channel, db_path):
    server, _posts = channel
    return Settings(db_path=db_path, telegram_base_url=server.base_url, channels=(demo.DEMO_CHANNEL,),
                    request_delay_s=0)


def run_month(conn, month: str, settings: Settings, started_at: datetime = LONG_AFTER, sender=None) -> dict:
    run = month_run(month, started_at)
    summaries = {
        "fetch": fetch_posts(conn, run, settings),
        "extract": extract_facts(conn, run),
        "validate": validate_facts(conn, run),
        "detect": detect_alerts(conn, run, settings),
    }
    summaries["load"] = load_monthly_counts(conn, run, upstream=summaries["detect"])
    summaries["notify"] = notify(conn, run, sender=sender)
    return summaries


def table_snapshot(conn) -> dict[str, int]:
    tables = ["raw_posts", "observations", "monthly_counts", "revisions", "findings", "quarantine", "alerts"]
    return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables}


@pytest.mark.slow
def test_backfilling_every_demo_month_reproduces_the_demo_series(conn, settings, channel):
    server, _posts = channel
    fetches = [run_month(conn, month, settings)["fetch"][demo.DEMO_CHANNEL]["requests"] for month in DEMO_MONTHS]
    stored = {(c.series, c.month): c.requests for c in store.load_monthly_counts(conn)}
    expected = {(series, month): value for series, month, value in demo.load_demo_series()}
    assert stored == expected
    sources = conn.execute("SELECT count(*) FROM monthly_counts WHERE source_url LIKE 'https://t.me/%'").fetchone()
    assert sources == (len(expected),)
    # The first run walks the channel back to its window; later runs find their window stored and
    # only re-read its newest page (edits and deletions, issue 23: at most HOTLINE_REREAD_PAGES), except
    # the newest, whose window reaches past the newest stored post: it asks once for news and re-reads
    # below the page it got.
    assert fetches[0] == 6 and all(1 <= count <= settings.reread_pages for count in fetches[1:-1])
    assert 1 <= fetches[-1] <= 1 + settings.reread_pages
    assert server.request_count == sum(fetches)
    quarantined = conn.execute("SELECT count(*) FROM observations WHERE status = 'quarantined'").fetchone()
    assert quarantined == (0,)
    # Every figure the demo posts state is consistent: a finding here is a misread.
    assert conn.execute("SELECT rule, message FROM findings").fetchall() == []


@pytest.mark.slow
def test_the_demo_alert_log_reads_like_news(demo_history):
    conn = demo_history(DEMO_MONTHS[-1])  # every demo month run once (conftest.demo_history_template)
    alerts = store.load_alerts(conn)
    loud = sorted((a["month"], a["kind"]) for a in alerts if a["severity"] == "alert")
    assert ("2025-01", "record_high") in loud and ("2025-05", "record_high") in loud
    assert not [a for a in alerts if a["month"].startswith("2024") and a["severity"] != "info"]
    # Every one of these months ended long before the run started: nothing is paged.
    assert {a["status"] for a in alerts} <= {"suppressed", "recorded"}


@pytest.mark.slow
def test_a_month_value_and_its_alerts_are_committed_together(conn, settings, monkeypatch):
    # January 2025 is the demo's record month. A crash while its alerts are written must not leave
    # its value behind without them: the whole load rolls back, and the rerun commits both.
    for month in month_range("2024-01", "2024-12"):
        run_month(conn, month, settings)
    before = table_snapshot(conn)
    real_save_alerts = store.save_alerts

    def crash_after_some_alerts(conn, alerts, status_for, now):
        real_save_alerts(conn, list(alerts)[:1], status_for, now)
        raise RuntimeError("process killed while writing the outbox")

    monkeypatch.setattr(store, "save_alerts", crash_after_some_alerts)
    with pytest.raises(RuntimeError, match="outbox"):
        run_month(conn, "2025-01", settings)
    after_crash = table_snapshot(conn)
    assert {t: after_crash[t] for t in ("monthly_counts", "revisions", "findings", "alerts")} == {
        t: before[t] for t in ("monthly_counts", "revisions", "findings", "alerts")}
    monkeypatch.setattr(store, "save_alerts", real_save_alerts)
    summaries = run_month(conn, "2025-01", settings)
    assert summaries["load"]["value"] == {"i_want_to_find": 8548}
    assert ("2025-01", "record_high", "alert") in [(a["month"], a["kind"], a["severity"])
                                                   for a in store.load_alerts(conn)]


def test_the_load_refuses_to_run_without_the_detection_plan(conn, settings):
    with pytest.raises(ValueError, match="plan from detect_alerts"):
        load_monthly_counts(conn, month_run("2025-01", LONG_AFTER), upstream={})


def test_an_improved_extractor_rereads_history_on_a_rerun(conn, settings):
    # Pretend an older extractor misread January 2025 and missed its record claim.
    for month in month_range("2024-12", "2025-01"):
        run_month(conn, month, settings)
    conn.execute("DELETE FROM observations WHERE kind = 'record_claim'")
    conn.execute("UPDATE observations SET parser_version = 'extract-older', value = 8458"
                 " WHERE kind = 'monthly_count' AND period = '2025-01'")
    conn.execute("UPDATE observations SET parser_version = 'extract-older' WHERE period = '2025-01'")
    conn.execute("UPDATE monthly_counts SET requests = 8458, record_claimed = false WHERE month = DATE '2025-01-01'")
    summary = run_month(conn, "2025-01", settings)
    assert summary["extract"]["superseded"] >= 2
    versions = conn.execute("SELECT DISTINCT parser_version FROM observations").fetchall()
    assert versions == [(extract_facts_stage.extractor_version(),)]
    assert conn.execute("SELECT requests, record_claimed FROM monthly_counts WHERE month = DATE '2025-01-01'"
                        ).fetchall() == [(8548, True)]
    assert run_month(conn, "2025-01", settings)["extract"]["superseded"] == 0


def test_a_month_an_improved_extractor_no_longer_reads_is_withdrawn_with_a_warning(conn, settings):
    run = month_run("2025-01", LONG_AFTER)
    for month in month_range("2024-12", "2025-01"):
        run_month(conn, month, settings)
    # Pretend an older extractor read "1 000" requests to «Хочу жить» in January from a reminder post.
    post_id, url, published = conn.execute(
        "SELECT post_id, url, published_at FROM raw_posts WHERE published_at >= ? AND published_at < ?"
        " AND post_id NOT IN (SELECT post_id FROM observations) ORDER BY published_at LIMIT 1",
        [run.window_start, run.window_end]).fetchone()
    conn.execute("INSERT INTO observations VALUES ('telegram', ?, ?, 1, ?, ?, true, 'i_want_to_live',"
                 " 'monthly_count', '2025-01', 1000, 'exact', 'тисячу', 'extract-older', 'accepted', now())",
                 [demo.DEMO_CHANNEL, post_id, url, published])
    conn.execute("INSERT INTO monthly_counts SELECT 'i_want_to_live', DATE '2025-01-01', 1000, 'exact', ?, ?,"
                 " 'telegram', ?, true, false, false, 'ok', now()", [url, published, post_id])
    summaries = run_month(conn, "2025-01", settings)
    assert summaries["load"]["months_withdrawn"] == 1
    assert ("i_want_to_live", "2025-01") not in [(c.series, c.month) for c in store.load_monthly_counts(conn)]
    [finding] = conn.execute("SELECT rule, urls FROM findings WHERE series = 'i_want_to_live'").fetchall()
    assert finding[0] == "withdrawn" and url in finding[1]
    [alert] = [a for a in store.load_alerts(conn) if a["series"] == "i_want_to_live"]
    assert alert["severity"] == "warning" and "no longer read" in alert["message"]
    # A month whose post lies outside the run's window is never withdrawn: it was not re-read.
    conn.execute("DELETE FROM observations WHERE period = '2024-12'")
    assert run_month(conn, "2025-01", settings)["load"]["months_withdrawn"] == 0
    assert [c.month for c in store.load_monthly_counts(conn)] == ["2024-12", "2025-01"]


@pytest.mark.slow
def test_rerunning_months_changes_nothing(demo_history, settings):
    conn = demo_history(DEMO_MONTHS[-1])  # every demo month run once
    before = table_snapshot(conn)
    for month in ["2024-01", "2025-01", "2025-05", "2025-10"]:
        summaries = run_month(conn, month, settings)
        assert summaries["load"]["rows_changed"] == 0 and summaries["load"]["new_alerts"] == 0
    assert table_snapshot(conn) == before


@pytest.mark.slow
def test_a_monthly_run_asks_only_for_new_ids(demo_history, settings, channel):
    server, posts = channel
    conn = demo_history(DEMO_MONTHS[-1])  # every demo month run once, from another server of the same channel
    newest = max(p.numeric_id for p in posts)
    extra = [replace(posts[-1], post_id=f"{demo.DEMO_CHANNEL}/{newest + i}", text=f"Нагадування {i}",
                     url=f"https://t.me/{demo.DEMO_CHANNEL}/{newest + i}", raw="",
                     published_at=utc(2025, 11, 20) + timedelta(hours=i)) for i in range(1, 46)]
    server.set_channel(demo.DEMO_CHANNEL, [*posts, *extra])
    before = server.request_count
    summary = run_month(conn, "2025-11", settings)["fetch"][demo.DEMO_CHANNEL]
    assert summary["new"] == 45
    assert server.request_count - before == summary["requests"] <= math.ceil(45 / 20) + 1


@pytest.fixture
def apprise_to(airflow_home, monkeypatch):
    """A sender built the production way: from the `apprise_default` connection (set by env)."""
    from hotline import apprise_send

    def sender(url: str):
        monkeypatch.setenv("AIRFLOW_CONN_APPRISE_DEFAULT",
                           json.dumps({"conn_type": "apprise", "extra": {"config": {"path": url}}}))
        return apprise_send.apprise_sender()

    return sender


@pytest.mark.slow
def test_only_the_newest_recent_month_is_delivered_once(conn, settings, apprise_to):
    receiver = Receiver()
    try:
        send = apprise_to(receiver.url)
        for month in month_range("2024-01", "2025-04"):
            run_month(conn, month, settings, sender=send)
        assert receiver.messages == []  # a backfill pages nobody
        live_start = utc(2025, 6, 15, 6, 5)  # the scheduled run for May, right on time
        run_month(conn, "2025-05", settings, started_at=live_start, sender=send)
        run_month(conn, "2025-05", settings, started_at=live_start, sender=send)  # a rerun / retry
        keys = [m["message"].rsplit("alert key: ", 1)[-1] for m in receiver.messages]
        assert keys == ["record_high:i_want_to_find:2025-05:up:v1"]
        [chart] = receiver.messages[0]["attachments"]  # the last 24 months, as a PNG image
        assert chart["filename"] == "i_want_to_find-2025-05.png"
        assert base64.b64decode(chart["base64"]).startswith(b"\x89PNG\r\n\x1a\n")
        [sent] = store.load_alerts(conn, statuses=("sent",))
        assert sent["attempts"] == 1
    finally:
        receiver.close()


@pytest.mark.slow
def test_with_the_receiver_down_alerts_stay_pending_and_arrive_next_run(demo_history, settings, apprise_to):
    conn = demo_history("2025-04")  # the backfill up to April 2025, run once
    receiver = Receiver()
    port = receiver.server.server_port
    receiver.close()  # nothing listens now
    live_start = utc(2025, 6, 15, 6, 5)
    with pytest.raises(DeliveryError, match="stay pending"):
        run_month(conn, "2025-05", settings, started_at=live_start, sender=apprise_to(f"json://127.0.0.1:{port}/a"))
    [pending] = store.load_alerts(conn, statuses=("pending",))
    assert pending["last_error"] and pending["attempts"] == 1
    receiver = Receiver()
    try:
        run_month(conn, "2025-05", settings, started_at=live_start, sender=apprise_to(receiver.url))
        assert len(receiver.messages) == 1
        assert store.load_alerts(conn, statuses=("pending",)) == []
    finally:
        receiver.close()


@pytest.fixture
def no_delivery_target(airflow_home, monkeypatch):
    """No `apprise_default` connection: the production lookup finds no target. Looked up while the
    test is set up, so Airflow configures logging (replacing the root's handlers) before caplog listens."""
    from hotline import apprise_send

    monkeypatch.delenv("AIRFLOW_CONN_APPRISE_DEFAULT", raising=False)
    assert apprise_send.apprise_sender() is None


def test_no_delivery_target_records_alerts_and_sends_nothing(demo_history, settings, no_delivery_target, caplog):
    conn = demo_history("2025-04")  # the backfill up to April 2025, run once
    summary = run_month(conn, "2025-05", settings, started_at=utc(2025, 6, 15, 7))["notify"]
    assert summary["skipped_no_target"] == 1 and summary["sent"] == 0
    assert "nothing sent" in caplog.text


def test_report_watch_flags_a_late_report_and_resolves_it(conn, settings, channel):
    server, posts = channel
    october_report = next(p for p in posts if "9\u00a0243" in p.text)
    server.set_channel(demo.DEMO_CHANNEL, [p for p in posts if p is not october_report])
    for month in month_range("2024-01", "2025-09"):
        run_month(conn, month, settings)

    def daily(day: datetime) -> dict:
        run = MonthRun.from_interval(day - timedelta(days=1), day, run_id=f"d{day:%m%d}",
                                     started_at=day + timedelta(minutes=5)).widened_to_month_window()
        fetch_posts(conn, run, settings)
        extract_facts(conn, run)
        validate_facts(conn, run)
        load_monthly_counts(conn, run, upstream=detect_alerts(conn, run, settings))
        return check_reports(conn, run, settings)

    assert daily(utc(2025, 11, 5, 6, 30))["alerts"] == []
    # The demo reports come 3–6 days after the month ends: expected ~4 November.
    late = daily(utc(2025, 11, 9, 6, 30))["alerts"]
    assert len(late) == 1 and late[0].startswith("missing_report.late:i_want_to_find:2025-10")
    assert late[0].endswith("(pending)")
    assert daily(utc(2025, 11, 9, 6, 30))["alerts"] == []  # a rerun raises nothing twice
    missing = daily(utc(2025, 11, 16, 6, 30))["alerts"]
    assert len(missing) == 1 and missing[0].startswith("missing_report.missing.1:i_want_to_find:2025-10")
    server.set_channel(demo.DEMO_CHANNEL, posts)  # the report finally appears
    resolved = daily(utc(2025, 11, 17, 6, 30))["alerts"]
    assert len(resolved) == 1 and resolved[0].startswith("missing_report.resolved:i_want_to_find:2025-10")
    assert ("i_want_to_find", "2025-10", 9243) in [(c.series, c.month, c.requests)
                                                   for c in store.load_monthly_counts(conn)]


def test_each_run_ends_with_a_human_headline(demo_history, settings):
    conn = demo_history("2025-04")  # the backfill up to April 2025, run once
    assert run_month(conn, "2025-05", settings)["notify"]["headline"] == (  # the demo's second record
        "2025-05 — «Хочу найти» (I Want to Find): 12,320 — alerts: record_high (alert, suppressed)")
    assert run_month(conn, "2025-01", settings)["notify"]["headline"] == (  # a rerun of a past month
        "2025-01 — «Хочу найти» (I Want to Find): 8,548 — alerts: record_high (alert, suppressed)")
