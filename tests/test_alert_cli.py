"""`hotline alert preview` and `hotline alert test` (issue 22): an alert seen and a target checked
before the first real report. The months come from the pipeline's own steps over a loopback
channel of «Хочу жить» reports (the phrasings of tests/test_launch_months.py)."""

from __future__ import annotations

import io
import json
import os
import re
import socket
import subprocess
import sys
from datetime import UTC, datetime

import pytest
from PIL import Image
from test_launch_months import CHANNEL, LIVE_VALUES, live_report

from conftest import PROJECT_ROOT, Receiver
from hotline import demo, store
from hotline.months import MonthRun, run_date_for
from hotline.settings import Settings
from hotline.stages.detect_alerts import detect_alerts
from hotline.stages.extract_facts import extract_facts
from hotline.stages.fetch_posts import fetch_posts
from hotline.stages.load_monthly_counts import load_monthly_counts
from hotline.stages.validate_facts import validate_facts

PYTHON = sys.executable


@pytest.fixture(scope="module")
def live_db(tmp_path_factory):
    """A DuckDB with «Хочу жить» 2022-09 … 2023-04, loaded by the pipeline's steps (no Airflow)."""
    db = tmp_path_factory.mktemp("alert") / "hotline.duckdb"
    posts = [live_report(1 + number, month, value) for number, (month, value) in enumerate(LIVE_VALUES.items())]
    with demo.DemoChannelServer({CHANNEL: posts}) as channel:
        settings = Settings(db_path=db, telegram_base_url=channel.base_url, channels=(CHANNEL,), request_delay_s=0,
                            retry_backoff_s=0.01)
        conn = store.connect(db)
        for month in LIVE_VALUES:
            run = MonthRun.from_interval(None, run_date_for(month), run_id=f"t__{month}",
                                         started_at=datetime.now(UTC))
            fetch_posts(conn, run, settings)
            extract_facts(conn, run)
            validate_facts(conn, run)
            load_monthly_counts(conn, run, upstream=detect_alerts(conn, run, settings))
        conn.close()
    return db


def hotline(*argv: str, env: dict | None = None) -> subprocess.CompletedProcess:
    base = {key: value for key, value in os.environ.items() if key != "AIRFLOW_CONN_APPRISE_DEFAULT"}
    return subprocess.run([PYTHON, "-m", "hotline.cli", *argv], env={**base, **(env or {})}, cwd=PROJECT_ROOT,
                          capture_output=True, text=True, timeout=180, check=False)


def test_preview_writes_the_message_and_a_png_chart_and_sends_nothing(live_db, tmp_path):
    receiver = Receiver()
    try:
        done = hotline("alert", "preview", "i_want_to_live", "2023-04", "--output", str(tmp_path), "--db", str(live_db),
                       env={"AIRFLOW_CONN_APPRISE_DEFAULT": json.dumps(
                           {"conn_type": "apprise", "extra": {"config": {"path": receiver.url}}})})
    finally:
        receiver.close()
    assert done.returncode == 0, done.stderr
    assert receiver.messages == []  # a preview sends nothing
    text = (tmp_path / "alert-i_want_to_live-2023-04.txt").read_text(encoding="utf-8")
    title = text.splitlines()[0]
    assert "3,705" in title and "April 2023" in title, text
    # The change on the month before (+7.1 %, however many digits the house style shows).
    assert re.search(r"\+7(\.1)?%", text) and "March 2023" in text and "3,460" in text, text
    assert f"https://t.me/{CHANNEL}/8" in text, text  # the source post
    image = Image.open(io.BytesIO((tmp_path / "alert-i_want_to_live-2023-04.png").read_bytes()))
    image.verify()
    assert image.format == "PNG" and image.size[0] > 400


def test_preview_of_a_month_without_a_value_or_an_unknown_series_is_one_line(live_db, tmp_path):
    for argv in (("i_want_to_live", "2024-02"), ("no_such_series", "2023-04"), ("i_want_to_live", "2023-13")):
        done = hotline("alert", "preview", *argv, "--output", str(tmp_path), "--db", str(live_db))
        assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, (argv, done.stderr)
    assert list(tmp_path.iterdir()) == []


def test_alert_test_reports_each_target_delivered_or_why_not():
    receiver = Receiver()
    with socket.socket() as sock:  # a port nothing listens on: the dead target
        sock.bind(("127.0.0.1", 0))
        dead_port = sock.getsockname()[1]
    config = [{"path": receiver.url}, {"path": f"json://127.0.0.1:{dead_port}/alerts"}]
    try:
        done = hotline("alert", "test", env={"AIRFLOW_CONN_APPRISE_DEFAULT": json.dumps(
            {"conn_type": "apprise", "extra": {"config": config}})})
    finally:
        receiver.close()
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 2, done.stdout
    alive = next(line for line in lines if str(receiver.server.server_port) in line)
    dead = next(line for line in lines if str(dead_port) in line)
    assert alive.endswith(": delivered"), alive
    assert "not delivered (" in dead and len(dead) > len(f"json://127.0.0.1:{dead_port}/alerts: not delivered ()"), dead
    assert len(receiver.messages) == 1 and "test" in receiver.messages[0]["title"].lower()


@pytest.mark.slow  # a receiver answering after 5 s, twice
def test_alert_test_waits_for_an_answer_as_long_as_the_delivery_timeout_says():
    """A target answering after 5 s: delivered with HOTLINE_DELIVERY_TIMEOUT_S=15 (Apprise's own 4 s
    called it a failure), and with 1 s it is sent but unconfirmed, said in one line."""
    receiver = Receiver(delay_s=5)
    config = json.dumps({"conn_type": "apprise", "extra": {"config": {"path": receiver.url}}})
    try:
        patient = hotline("alert", "test", env={"AIRFLOW_CONN_APPRISE_DEFAULT": config,
                                                "HOTLINE_DELIVERY_TIMEOUT_S": "15"})
        hasty = hotline("alert", "test", env={"AIRFLOW_CONN_APPRISE_DEFAULT": config,
                                              "HOTLINE_DELIVERY_TIMEOUT_S": "1"})
    finally:
        receiver.close()
    assert patient.returncode == 0 and patient.stdout.strip().endswith(": delivered"), patient.stdout + patient.stderr
    assert hasty.returncode == 1, hasty.stdout + hasty.stderr
    assert hasty.stdout.strip().endswith(": not confirmed (sent, but no answer within 1 s, HOTLINE_DELIVERY_TIMEOUT_S)")
    assert len(receiver.messages) == 2  # both were sent; only the answer came late


def test_alert_test_without_a_target_says_so():
    done = hotline("alert", "test")
    assert done.returncode == 1 and "no Apprise target configured" in done.stderr


def test_preview_of_the_demo_database_never_links_demo_posts_on_telegram(tmp_path):
    """`make demo`'s database previewed without HOTLINE_DEMO: still demo data, no t.me link."""
    db = tmp_path / "demo.duckdb"
    with demo.DemoChannelServer({demo.DEMO_CHANNEL: demo.generate_demo_posts(demo.DEMO_CHANNEL)}) as channel:
        settings = Settings(db_path=db, telegram_base_url=channel.base_url, channels=(demo.DEMO_CHANNEL,),
                            request_delay_s=0, retry_backoff_s=0.01)
        conn = store.connect(db)
        for month in ("2025-04", "2025-05"):
            run = MonthRun.from_interval(None, run_date_for(month), run_id=f"t__{month}",
                                         started_at=datetime.now(UTC))
            fetch_posts(conn, run, settings)
            extract_facts(conn, run)
            validate_facts(conn, run)
            load_monthly_counts(conn, run, upstream=detect_alerts(conn, run, settings))
        conn.close()
    done = hotline("alert", "preview", "i_want_to_find", "2025-05", "--output", str(tmp_path), "--db", str(db))
    assert done.returncode == 0, done.stderr
    text = (tmp_path / "alert-i_want_to_find-2025-05.txt").read_text(encoding="utf-8")
    assert "12,320" in text and "demo data" in text.lower(), text
    assert "t.me/" not in text, text
