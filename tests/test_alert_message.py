"""What a person receives: the message (title is the news, body shows the sources), the Apprise
notify type by meaning, the PNG chart — and all of it through the real `apprise_default`
connection to a loopback json:// receiver, from the pipeline's own notify step.
"""

from __future__ import annotations

import base64
import io
import json
import urllib.request
from dataclasses import replace
from datetime import timedelta

import pytest

from conftest import PROJECT_ROOT, Receiver, utc
from hotline import demo, message, store
from hotline.chart_png import png_chart
from hotline.months import MonthRun, run_date_for
from hotline.numbers import fmt_int, fmt_pct
from hotline.settings import Settings
from hotline.stages.detect_alerts import detect_alerts
from hotline.stages.extract_facts import extract_facts
from hotline.stages.fetch_posts import fetch_posts
from hotline.stages.load_monthly_counts import load_monthly_counts
from hotline.stages.notify import notify
from hotline.stages.validate_facts import validate_facts

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
ARTIFACTS = PROJECT_ROOT / "test-artifacts"
MAY_KEY = "record_high:i_want_to_find:2025-05:up:v1"


def record_alert(**details) -> dict:
    return {"alert_key": MAY_KEY, "series": "i_want_to_find", "month": "2025-05", "kind": "record_high",
            "severity": "alert", "message": "«Хочу найти» (I Want to Find), May 2025: 12,320 requests — a record.",
            "details": json.dumps({"value": 12320, "qualifier": "exact", "previous_month": "2025-04",
                                   "previous_value": 9218, "previous_record_month": "2025-01",
                                   "previous_record_value": 8548, **details})}


# --- pure: title, body, notify type --------------------------------------------------------------


def test_the_title_is_the_news():
    assert message.compose_title(record_alert()) == (
        "«Хочу найти»: 12,320 requests in May 2025 — a record, +44% on January's 8,548")
    across_years = record_alert(previous_record_month="2024-12", previous_record_value=7006)
    assert message.compose_title(across_years).endswith("+76% on December 2024's 7,006")
    drop = {**record_alert(direction="down", value=3100, previous_month="2025-10", previous_value=9243),
            "kind": "unusual_jump", "month": "2025-11"}
    assert message.compose_title(drop) == (
        "«Хочу найти»: 3,100 requests in November 2025 — an unusual drop, −66% on October's 9,243")


@pytest.mark.parametrize(("kind", "state", "expected"), [
    ("record_high", None, "info"),
    ("missing_report", "resolved", "info"),
    ("unusual_jump", None, "warning"),
    ("missing_report", "late", "warning"),
    ("missing_report", "missing", "warning"),
    ("conflict", None, "warning"),
    ("revision", None, "warning"),
    ("cross_check", None, "warning"),
])
def test_the_notify_type_follows_the_meaning_never_failure(kind, state, expected):
    alert = {**record_alert(), "kind": kind, "severity": "alert", "details": json.dumps({"state": state})}
    assert message.notify_type_for(alert) == expected


def test_report_and_data_titles():
    base = {"alert_key": "k", "series": "i_want_to_find", "month": "2025-10", "message": "m"}
    late = {**base, "kind": "missing_report", "details": {"state": "late"}}
    resolved = {**base, "kind": "missing_report", "details": {"state": "resolved", "days_past_expected": 9}}
    revision = {**base, "kind": "revision", "details": {"old": 9234, "new": 9243}}
    assert message.compose_title(late) == "«Хочу найти»: the report for October 2025 is late"
    assert message.compose_title(resolved) == "«Хочу найти»: the report for October 2025 has arrived, 9 days late"
    assert message.compose_title(revision) == "«Хочу найти»: October 2025 revised up from 9,234 to 9,243 requests"


def test_the_body_gives_changes_claims_sources_page_and_key():
    sources = [
        {"post_url": "https://t.me/koordshtab/83", "kind": "monthly_count", "value": 12320, "official": True,
         "evidence": "надійшло 12 320 заявок"},
        {"post_url": "https://t.me/koordshtab/83", "kind": "record_claim", "value": 1, "official": True,
         "evidence": "рекорд"},
        {"post_url": "https://t.me/koordshtab/83", "kind": "mom_change_pct", "value": 34, "official": True,
         "evidence": "на 34% більше"},
        {"post_url": "https://news.example.org/may", "kind": "monthly_count", "value": 12320, "official": False,
         "evidence": "12,320"},
    ]
    msg = message.compose_message(record_alert(), sources=sources, source_url="https://t.me/koordshtab/83",
                                  public_url="https://watch.example.org/")
    lines = msg.body.splitlines()
    assert "Against the previous month: +34% on April 2025 (9,218)." in lines
    assert "Against the previous record: +44% on January 2025 (8,548)." in lines
    assert "The source itself calls it a record and states +34% on the month before." in lines
    assert "Source: https://t.me/koordshtab/83" in lines
    assert "Other sources this month: https://news.example.org/may" in lines
    assert ("On Hotline Watch: https://watch.example.org/hotline-watch/?series=i_want_to_find&month=2025-05"
            "#series-i_want_to_find") in lines
    assert lines[-1] == f"alert key: {MAY_KEY}"
    assert msg.notify_type == "info" and "demo" not in msg.title


def test_demo_posts_link_to_the_local_demo_server_never_to_t_me():
    url = "https://t.me/koordshtab_demo/83"
    assert demo.demo_post_url(url, "http://127.0.0.1:8765") == "http://127.0.0.1:8765/koordshtab_demo/83"
    assert demo.demo_post_url(url, "https://t.me") is None  # no local server: nothing to link to
    assert demo.demo_post_url("https://t.me/koordshtab/83", "http://127.0.0.1:1") == "https://t.me/koordshtab/83"
    msg = message.compose_message(record_alert(), source_url=url, demo=True,
                                  post_link=lambda u: demo.demo_post_url(u, "https://t.me"))
    assert "t.me" not in msg.body and "demo post" in msg.body and msg.title.endswith("(demo data)")


def test_one_number_format_follows_the_locale(monkeypatch):
    assert (fmt_int(12320), fmt_pct(44.1), fmt_pct(-65.6)) == ("12,320", "+44%", "−66%")
    monkeypatch.setenv("HOTLINE_LOCALE", "uk")
    assert fmt_int(12320) == "12\u00a0320"
    monkeypatch.setenv("HOTLINE_LOCALE", "no-such-locale")
    assert fmt_int(12320) == "12,320"


# --- pure: the PNG chart -------------------------------------------------------------------------


def demo_months(up_to: str) -> list[dict]:
    return [{"month": m, "requests": v} for s, m, v in demo.load_demo_series()
            if s == "i_want_to_find" and m <= up_to][-24:]


def test_the_chart_is_a_real_png_of_readable_size():
    from PIL import Image

    png = png_chart("i_want_to_find", demo_months("2025-05"), month="2025-05", previous_record=("2025-03", 10274))
    assert png.startswith(PNG_MAGIC)
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG" and image.size == (880, 462)
    # Same data, same bytes (no timestamp in the file); the demo mark and another month change it.
    assert png == png_chart("i_want_to_find", demo_months("2025-05"), month="2025-05",
                            previous_record=("2025-03", 10274))
    assert png != png_chart("i_want_to_find", demo_months("2025-05"), month="2025-05",
                            previous_record=("2025-03", 10274), demo=True)
    assert png_chart("i_want_to_find", [], month="2025-05").startswith(PNG_MAGIC)


# --- through Airflow's apprise_default connection, from the pipeline's notify step -------------


@pytest.fixture
def channel():
    posts = demo.generate_demo_posts(demo.DEMO_CHANNEL)
    with demo.DemoChannelServer({demo.DEMO_CHANNEL: posts}) as server:
        yield server, posts


@pytest.fixture
def settings(channel, db_path):
    server, _posts = channel
    return Settings(db_path=db_path, telegram_base_url=server.base_url, channels=(demo.DEMO_CHANNEL,),
                    request_delay_s=0, public_url="http://watch.test:8080", demo=True)


@pytest.fixture
def receiver():
    server = Receiver()
    yield server
    server.close()


@pytest.fixture
def send(airflow_home, monkeypatch, receiver):
    """The production sender, built from the `apprise_default` connection (set by environment)."""
    from hotline import apprise_send

    monkeypatch.setenv("AIRFLOW_CONN_APPRISE_DEFAULT",
                       json.dumps({"conn_type": "apprise", "extra": {"config": {"path": receiver.url}}}))
    return apprise_send.apprise_sender()


def run_month(conn, month: str, settings: Settings, started_at, sender=None) -> dict:
    end = run_date_for(month)
    run = MonthRun.from_interval(end - timedelta(days=31), end, run_id=f"t__{month}", started_at=started_at)
    fetch_posts(conn, run, settings)
    extract_facts(conn, run)
    validate_facts(conn, run)
    load_monthly_counts(conn, run, upstream=detect_alerts(conn, run, settings))
    return notify(conn, run, settings, sender=sender)


def attached_png(message_json: dict) -> bytes:
    [attachment] = message_json["attachments"]
    assert attachment["filename"].endswith(".png") and attachment["mimetype"] == "image/png"
    return base64.b64decode(attachment["base64"])


def test_the_may_2025_record_arrives_once_with_value_source_chart_and_info_type(demo_history, settings, channel,
                                                                                send, receiver):
    server, posts = channel
    # The backfill up to April 2025, run once (conftest.demo_history_template); that a backfill pages
    # nobody, with a target configured, is test_pipeline's test_only_the_newest_recent_month_is_delivered_once.
    conn = demo_history("2025-04")
    live = utc(2025, 6, 15, 6, 5)
    run_month(conn, "2025-05", settings, live, send)
    run_month(conn, "2025-05", settings, live, send)  # a rerun or retry sends nothing twice
    [received] = receiver.messages
    assert "12,320" in received["title"] and "May 2025" in received["title"] and "a record" in received["title"]
    assert received["type"] == "info"
    report = next(p for p in posts if "12\u00a0320" in p.text)
    local_url = f"{server.base_url}/{report.post_id}"
    body = received["message"]
    assert f"Source: {local_url}" in body.splitlines()
    assert "t.me/" not in body  # demo links point at the local demo server
    with urllib.request.urlopen(local_url, timeout=5) as response:  # and that link opens the post
        assert "12\u00a0320" in response.read().decode()
    assert "On Hotline Watch: http://watch.test:8080/hotline-watch/?series=i_want_to_find" in body
    assert body.endswith(f"alert key: {MAY_KEY}")
    png = attached_png(received)
    assert png.startswith(PNG_MAGIC) and len(png) > 10_000
    # Kept for a look (docs/alert-chart.png is a copy of it, shown in the README).
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "alert-chart.png").write_bytes(png)
    (ARTIFACTS / "alert-message.txt").write_text(f"{received['title']}\n\n{body}\n", encoding="utf-8")
    [sent] = store.load_alerts(conn, statuses=("sent",))
    assert sent["alert_key"] == MAY_KEY and sent["attempts"] == 1


@pytest.mark.slow
def test_a_jump_arrives_as_a_warning(demo_history, settings, channel, send, receiver):
    server, posts = channel
    conn = demo_history("2025-10")  # every demo month run once (conftest.demo_history_template)
    newest = max(p.numeric_id for p in posts)
    november = replace(posts[-1], post_id=f"{demo.DEMO_CHANNEL}/{newest + 1}",
                       url=f"https://t.me/{demo.DEMO_CHANNEL}/{newest + 1}", raw="", edited=False,
                       text="«Хочу найти»: 3\u00a0100 звернень за листопад.", published_at=utc(2025, 12, 4, 10))
    server.set_channel(demo.DEMO_CHANNEL, [*posts, november])
    run_month(conn, "2025-11", settings, utc(2025, 12, 15, 6, 5), send)
    jumps = [m for m in receiver.messages if "unusual drop" in m["title"]]
    assert [m["type"] for m in jumps] == ["warning"]
    assert jumps[0]["title"].startswith("«Хочу найти»: 3,100 requests in November 2025 — an unusual drop, −62% "
                                        "on the 3-month median (8,184)")
    assert attached_png(jumps[0]).startswith(PNG_MAGIC)
    assert all(m["type"] != "failure" for m in receiver.messages)
