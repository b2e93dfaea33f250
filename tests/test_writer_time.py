"""Relative dates are the writer's (issue 23): a report posted at 23:30 UTC on 31 May is 02:30 on
1 June in Kyiv, so its "last month" is May. Both sides of every month boundary of 2024-2025 (Kyiv is
UTC+2 in winter, UTC+3 in summer; on 31 March 2024 the clocks went forward on the very day before a
boundary), through `hotline extract` with UTC input and through the pipeline on a real DuckDB file
against a loopback channel."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from pytest_httpserver import HTTPServer
from test_fetch import Msg, render_page

from conftest import PROJECT_ROOT, month_run, utc
from hotline import store
from hotline.months import month_range, previous_month, shift_month, writer_time
from hotline.settings import Settings
from hotline.stages.detect_alerts import detect_alerts
from hotline.stages.extract_facts import extract_facts
from hotline.stages.fetch_posts import fetch_posts
from hotline.stages.load_monthly_counts import load_monthly_counts
from hotline.stages.validate_facts import validate_facts

KYIV = ZoneInfo("Europe/Kyiv")
CHANNEL = "tz_channel"
# A phrasing of our own: "last month the «I want to find» line received N requests".
LAST_MONTH = "Минулого місяця на лінію «Хочу знайти» надійшло {value} звернень."


def boundary(month: str) -> datetime:
    """The first instant of `month` on Kyiv's clock, in UTC."""
    year, number = map(int, month.split("-"))
    return datetime(year, number, 1, tzinfo=KYIV).astimezone(UTC)


def sides(month: str) -> list[tuple[datetime, str]]:
    """A minute before and a minute after `month` begins in Kyiv, each with the month its "last month" is."""
    start = boundary(month)
    return [(start - timedelta(minutes=1), shift_month(month, -2)),
            (start + timedelta(minutes=1), previous_month(month))]


BOUNDARIES = month_range("2024-03", "2026-01")


def test_writer_time_is_the_kyiv_clock_across_dst() -> None:
    # Winter: UTC+2; summer: UTC+3; 31 March 2024 changes at 01:00 UTC, the day before a boundary.
    assert writer_time(utc(2025, 1, 31, 22, 30), "Europe/Kyiv").date().isoformat() == "2025-02-01"
    assert writer_time(utc(2025, 1, 31, 21, 30), "Europe/Kyiv").date().isoformat() == "2025-01-31"
    assert writer_time(utc(2025, 5, 31, 23, 30), "Europe/Kyiv").date().isoformat() == "2025-06-01"
    assert writer_time(utc(2024, 3, 31, 21, 1), "Europe/Kyiv").date().isoformat() == "2024-04-01"  # +3 already
    assert writer_time(utc(2024, 3, 31, 20, 59), "Europe/Kyiv").date().isoformat() == "2024-03-31"
    written = datetime(2025, 5, 31, 19, 30, tzinfo=ZoneInfo("America/New_York"))
    assert writer_time(written, "Europe/Kyiv", keep_written_offset=True) == written
    assert writer_time(written, "Europe/Kyiv").day == 1


def run_extract(lines: list[dict], **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "hotline.cli", "extract"], cwd=PROJECT_ROOT,
                          input="\n".join(json.dumps(line, ensure_ascii=False) for line in lines),
                          env={**os.environ, **env}, capture_output=True, text=True, timeout=120)


def test_hotline_extract_reads_utc_input_on_the_writers_clock_at_every_boundary() -> None:
    lines, expected = [], {}
    for number, (moment, period) in enumerate((s for month in BOUNDARIES for s in sides(month)), start=1):
        post_id = f"koordshtab/{number}"
        stamp = moment.isoformat() if number % 2 else moment.strftime("%Y-%m-%dT%H:%M:%SZ")  # +00:00 and Z
        lines.append({"id": post_id, "channel": "koordshtab", "published": stamp,
                      "text": LAST_MONTH.format(value=f"{5000 + number} ")})
        expected[post_id] = period
    done = run_extract(lines)
    assert done.returncode == 0, done.stderr
    read = {fact["post_id"]: fact["period"] for fact in map(json.loads, done.stdout.splitlines())}
    assert read == expected


def test_hotline_extract_zone_is_configurable_per_source_and_a_written_offset_is_kept() -> None:
    moment = utc(2025, 5, 31, 23, 30)
    lines = [{"id": "a/1", "channel": "koordshtab", "published": moment.isoformat(),
              "text": LAST_MONTH.format(value="11 000")},
             {"id": "b/1", "channel": "elsewhere", "published": moment.isoformat(),
              "text": LAST_MONTH.format(value="11 000")},
             # Written on a New York clock (19:30 on 31 May): the offset is the writer's, kept.
             {"id": "c/1", "channel": "koordshtab", "published": "2025-05-31T19:30:00-04:00",
              "text": LAST_MONTH.format(value="11 000")}]
    done = run_extract(lines, HOTLINE_SOURCE_TIMEZONES="elsewhere=UTC")
    assert done.returncode == 0, done.stderr
    read = {fact["post_id"]: fact["period"] for fact in map(json.loads, done.stdout.splitlines())}
    assert read == {"a/1": "2025-05", "b/1": "2025-04", "c/1": "2025-04"}
    bad = run_extract(lines[:1], HOTLINE_TIMEZONE="Mars/Olympus")
    assert bad.returncode != 0 and "HOTLINE_TIMEZONE" in bad.stderr and "Traceback" not in bad.stderr


# --------------------------------------------------------------------- through the pipeline

PIPELINE_BOUNDARIES = BOUNDARIES  # every one: winter (+2), summer (+3), 1 April 2024 the day after DST began


@pytest.fixture
def boundary_channel(httpserver: HTTPServer):
    """A loopback channel with a "last month" report a minute either side of each month boundary."""
    msgs = [Msg(1, utc(2024, 1, 1), "Channel created", service=True)]
    values: dict[str, int] = {}
    for month in PIPELINE_BOUNDARIES:
        for moment, period in sides(month):
            # Both reports of a month (the minute after its end, and the minute before the next one's) say
            # the same: read on the wrong clock, one lands on a neighbour month and revises or misfiles it.
            value = values.setdefault(period, 6000 + len(values) * 111)
            msgs.append(Msg(len(msgs) + 1, moment, LAST_MONTH.format(value=f"{value:,}".replace(",", " "))))
    msgs.append(Msg(len(msgs) + 1, utc(2026, 1, 20), "Новини каналу без цифр."))

    def handle(request):
        from werkzeug import Response

        before = int(request.args["before"]) if "before" in request.args else None
        return Response(render_page(CHANNEL, msgs, before=before), content_type="text/html; charset=utf-8")

    httpserver.expect_request(f"/s/{CHANNEL}").respond_with_handler(handle)
    return httpserver.url_for("").rstrip("/"), values


def test_the_pipeline_files_each_report_under_the_writers_month(conn, boundary_channel) -> None:
    base_url, values = boundary_channel
    settings = Settings(telegram_base_url=base_url, channels=(CHANNEL,), request_delay_s=0, retry_backoff_s=0.01)
    for month in PIPELINE_BOUNDARIES:
        run = month_run(previous_month(month), utc(2026, 2, 20))  # its window holds both sides of `month`'s start
        summary = fetch_posts(conn, run, settings, {})
        for step in (extract_facts, validate_facts, detect_alerts, load_monthly_counts):
            summary = step(conn, run, settings, summary)  # the DAG's steps in order, each given the one before
    stored = {row.month: row.requests for row in store.load_monthly_counts(conn)}
    assert stored == values
    # Read in UTC, the minute after each boundary would have been filed a month early (and revised it).
    assert conn.execute("SELECT count(*) FROM revisions").fetchone() == (0,)


def test_a_figure_for_the_month_just_begun_on_the_writers_clock_is_not_after_publication() -> None:
    from test_validate import SERIES, frame, obs

    from hotline.validate import validate_observations

    # 21:30 UTC on 31 May is 00:30 on 1 June in Kyiv: a figure for June has a begun month.
    june = obs(400, period="2025-06", published=(2025, 5, 31, 21, 30), post="koordshtab/11")
    july = obs(400, period="2025-07", published=(2025, 5, 31, 21, 30), post="koordshtab/12")
    result = validate_observations(frame(june, july), SERIES)
    assert list(result.accepted["post_id"]) == ["koordshtab/11"]
    assert [(p.post_id, p.rule) for p in result.problems] == [("koordshtab/12", "period_after_publication")]
