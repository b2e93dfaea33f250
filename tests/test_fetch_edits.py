"""Edits and deletions (issue 23): the next run of the same month re-reads its window's newest pages
(at most HOTLINE_REREAD_PAGES requests per channel) against a loopback channel that edits and
deletes posts; a changed text is a new version and a revision, a gone post is kept and flagged
deleted, and a month whose only source was deleted is withdrawn with a finding and an alert."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from pytest_httpserver import HTTPServer
from test_fetch import Msg, render_page
from werkzeug import Request, Response

from conftest import month_run, utc
from hotline import fetch, store
from hotline.settings import Settings
from hotline.stages.detect_alerts import detect_alerts
from hotline.stages.extract_facts import extract_facts
from hotline.stages.fetch_posts import fetch_posts
from hotline.stages.load_monthly_counts import load_monthly_counts
from hotline.stages.validate_facts import validate_facts

CHANNEL = "edits_channel"
MONTH = "2025-05"  # its run's window: 15 May 06:00 – 15 June 06:00 UTC
LATER = utc(2026, 1, 20)
# Phrasings of our own: April's report in early May, May's in early June.
APRIL = "Підсумки квітня: на лінію «Хочу знайти» надійшло 9 218 звернень."
MAY = "У травні на лінію «Хочу знайти» надійшло {value} звернень."
REREAD_PAGES = 3
MAY_REPORT_AT = utc(2025, 6, 5, 8)


class EditingChannel:
    """A loopback channel, a post every 8 hours from April to late June 2025; posts can be edited
    and deleted between runs, as the channel's admins do."""

    def __init__(self, may_report_at: datetime = MAY_REPORT_AT) -> None:
        self.msgs = [Msg(1, utc(2025, 4, 1), "Channel created", service=True)]
        when = utc(2025, 4, 1, 8)
        while when < utc(2025, 6, 25):
            text = f"Новини штабу, випуск {len(self.msgs) + 1}."
            if when == utc(2025, 5, 6, 8):
                text = APRIL
            elif when == may_report_at:
                text = MAY.format(value="10 500")
            self.msgs.append(Msg(len(self.msgs) + 1, when, text))
            when += timedelta(hours=8)
        self.requests: list[int | None] = []

    def post_id(self, text_start: str) -> int:
        return next(m.id for m in self.msgs if m.text.startswith(text_start))

    def edit(self, number: int, text: str) -> None:
        self.msgs = [replace(m, text=text, edited=True) if m.id == number else m for m in self.msgs]

    def delete(self, number: int) -> None:
        self.msgs = [m for m in self.msgs if m.id != number]

    def handle(self, request: Request) -> Response:
        before = int(request.args["before"]) if "before" in request.args else None
        self.requests.append(before)
        return Response(render_page(CHANNEL, self.msgs, before=before), content_type="text/html; charset=utf-8")


@pytest.fixture
def channel(httpserver: HTTPServer) -> EditingChannel:
    served = EditingChannel()
    httpserver.expect_request(f"/s/{CHANNEL}").respond_with_handler(served.handle)
    return served


@pytest.fixture
def settings(httpserver: HTTPServer, db_path) -> Settings:
    return Settings(db_path=db_path, telegram_base_url=httpserver.url_for("").rstrip("/"), channels=(CHANNEL,),
                    request_delay_s=0, retry_backoff_s=0.01, reread_pages=REREAD_PAGES)


def run_month(conn, settings: Settings, month: str = MONTH, run_id: str = "r1", started_at=LATER) -> dict:
    run = month_run(month, started_at, run_id=run_id)
    # The DAG's steps, as its tasks call them, in order.
    fetched = fetch_posts(conn, run, settings, {})[CHANNEL]
    extract_facts(conn, run, settings, {})
    validate_facts(conn, run, settings, {})
    load_monthly_counts(conn, run, settings, detect_alerts(conn, run, settings, {}))
    return fetched


def may_value(conn) -> int | None:
    return {row.month: row.requests for row in store.load_monthly_counts(conn)}.get(MONTH)


def test_an_edit_then_a_deletion_are_picked_up_by_the_next_runs_of_the_same_month(conn, channel, settings):
    run_month(conn, settings, month="2025-04", run_id="april")
    first = run_month(conn, settings)
    assert may_value(conn) == 10_500 and first["deleted"] == 0
    may_post = channel.post_id("У травні")

    channel.edit(may_post, MAY.format(value="10 700"))
    channel.requests.clear()
    edited = run_month(conn, settings, run_id="r2")
    assert edited["changed"] == 1 and edited["new"] == 0
    assert edited["requests"] == edited["reread_requests"] == len(channel.requests) <= REREAD_PAGES
    versions = conn.execute("SELECT version, deleted, text FROM raw_posts WHERE post_id = ? ORDER BY version",
                            [f"{CHANNEL}/{may_post}"]).fetchall()
    assert [(v, d) for v, d, _ in versions] == [(1, False), (2, False)] and "10 700" in versions[1][2]
    assert may_value(conn) == 10_700
    assert conn.execute("SELECT old_requests, new_requests FROM revisions").fetchall() == [(10_500, 10_700)]
    assert [a["kind"] for a in store.load_alerts(conn) if a["month"] == MONTH].count("revision") == 1

    channel.delete(may_post)
    channel.requests.clear()
    deleted = run_month(conn, settings, run_id="r3")
    assert deleted["deleted"] == 1 and deleted["changed"] == 0
    assert deleted["requests"] == len(channel.requests) <= REREAD_PAGES
    latest = conn.execute("SELECT version, deleted, text FROM raw_posts WHERE post_id = ? ORDER BY version DESC"
                          " LIMIT 1", [f"{CHANNEL}/{may_post}"]).fetchone()
    assert latest[:2] == (3, True) and "10 700" in latest[2]  # kept, flagged
    assert may_value(conn) is None  # its only source is gone
    findings = conn.execute("SELECT rule, message FROM findings WHERE rule = 'source_deleted'").fetchall()
    assert len(findings) == 1 and "deleted from the channel" in findings[0][1]
    assert any(a["month"] == MONTH and json.loads(a["details"]).get("rule") == "source_deleted"
               for a in store.load_alerts(conn))
    # April's report, outside the re-read pages, is untouched.
    assert {row.month: row.requests for row in store.load_monthly_counts(conn)}["2025-04"] == 9_218

    again = run_month(conn, settings, run_id="r4")  # nothing more to notice: nothing stored twice
    assert (again["new"], again["changed"], again["deleted"]) == (0, 0, 0)


def test_a_post_that_comes_back_is_restored_and_counts_again(conn, channel, settings):
    run_month(conn, settings)
    may_post = channel.post_id("У травні")
    kept = next(m for m in channel.msgs if m.id == may_post)
    channel.delete(may_post)
    run_month(conn, settings, run_id="r2")
    assert may_value(conn) is None
    channel.msgs = sorted([*channel.msgs, kept], key=lambda m: m.id)
    back = run_month(conn, settings, run_id="r3")
    assert back["restored"] == 1 and may_value(conn) == 10_500


def test_an_empty_page_is_never_read_as_deletions(conn, channel, settings, httpserver: HTTPServer):
    run_month(conn, settings)
    httpserver.clear()  # now every page says "No posts found" (soft throttling)
    empty = render_page(CHANNEL, [], before=10_000)
    httpserver.expect_request(f"/s/{CHANNEL}").respond_with_data(empty, content_type="text/html")
    quiet = run_month(conn, settings, run_id="r2")
    assert quiet["deleted"] == 0 and quiet["requests"] <= REREAD_PAGES and may_value(conn) == 10_500


def test_a_live_run_stays_within_the_stated_budget(conn, channel, settings):
    # The run of the month being reported now: its window reaches past the newest stored post.
    later = [m for m in channel.msgs if m.published >= utc(2025, 5, 28)]
    channel.msgs = channel.msgs[:-len(later)]
    run_month(conn, settings, month="2025-04", run_id="april")  # the channel as it was on 28 May
    channel.msgs += later  # ~28 days of news since
    channel.requests.clear()
    newest_stored = store.load_channel_state(conn, "telegram", CHANNEL).newest_id
    assert channel.msgs[-1].id - newest_stored == len(later) > 40
    fetched = run_month(conn, settings)
    new_ids = channel.msgs[-1].id - newest_stored
    assert fetched["new"] == new_ids
    assert fetched["requests"] == len(channel.requests)
    assert fetched["requests"] <= math.ceil(new_ids / 20) + 1 + REREAD_PAGES
    assert fetched["reread_requests"] <= REREAD_PAGES


def test_a_live_months_deleted_source_and_edit_are_alerts_to_deliver(conn, channel, settings):
    live = utc(2025, 6, 16)  # the scheduled run of May, and its reruns, in June 2025
    run_month(conn, settings, started_at=live)
    may_post = channel.post_id("У травні")
    channel.edit(may_post, MAY.format(value="10 700"))
    run_month(conn, settings, run_id="r2", started_at=live)
    channel.delete(may_post)
    run_month(conn, settings, run_id="r3", started_at=live)
    statuses = {(a["kind"], json.loads(a["details"]).get("rule")): a for a in store.load_alerts(conn)}
    edited = statuses[("revision", None)]
    assert edited["status"] == "pending" and "The post was edited" in edited["message"]
    gone = statuses[("cross_check", "source_deleted")]
    assert gone["status"] == "pending" and "deleted from the channel" in gone["message"]


def test_the_page_of_a_figures_post_is_re_read_even_far_from_the_windows_end(httpserver: HTTPServer, conn,
                                                                               settings):
    # May's report on 1 June: ~42 ids below the window's end (15 June), beyond two pages walked down
    # from it; the re-read goes to the page holding the post a figure was read from.
    served = EditingChannel(may_report_at=utc(2025, 6, 1, 8))
    httpserver.expect_request(f"/s/{CHANNEL}").respond_with_handler(served.handle)
    two_pages = replace(settings, reread_pages=2)
    run_month(conn, two_pages)
    served.edit(served.post_id("У травні"), MAY.format(value="10 700"))
    served.requests.clear()
    edited = run_month(conn, two_pages, run_id="r2")
    assert edited["changed"] == 1 and len(served.requests) == 2 and may_value(conn) == 10_700


def test_the_report_watch_does_not_re_read(conn, channel, settings):
    run_month(conn, settings)
    run = month_run(MONTH, LATER, run_id="watch").widened_to_month_window()
    channel.requests.clear()
    fetched = fetch_posts(conn, run, settings, {})[CHANNEL]
    assert fetched["reread_requests"] == 0 and fetched["requests"] == len(channel.requests) <= 1


def test_gone_post_ids_only_inside_the_ranges_a_page_showed_in_full() -> None:
    live = {5: "c/5", 10: "c/10", 30: "c/30", 41: "c/41"}
    assert fetch.gone_post_ids(live, {5, 30}, [(4, 20), (21, 39)]) == ["c/10"]  # 41: on no page read


def test_which_readings_count_after_edits_and_deletions() -> None:
    from test_validate import frame, obs

    from hotline.reconcile import current_observations, reconcile

    first = obs(10_500, period="2025-05", post="c/7", published=(2025, 6, 5, 8))
    edited = {**obs(10_700, period="2025-05", post="c/7", published=(2025, 6, 5, 8)), "post_version": 2}
    other = obs(9_218, period="2025-04", post="c/3", published=(2025, 5, 6, 8))
    april_gone_in_v2 = obs(9_000, period="2025-04", post="c/7", published=(2025, 6, 5, 8))
    states = {("telegram", "c/7"): (2, False), ("telegram", "c/3"): (1, True)}
    kept = current_observations(frame(first, edited, other, april_gone_in_v2), states)
    # v1's May stays beside v2's (a revision); v1's April, which v2 no longer states, and the deleted post go.
    assert sorted(zip(kept["post_version"], kept["period"], strict=True)) == [(1, "2025-05"), (2, "2025-05")]
    result = reconcile(kept)
    assert [(r.old_requests, r.new_requests) for r in result.revisions] == [(10_500, 10_700)]
    assert [(row.month, row.requests) for row in result.monthly] == [("2025-05", 10_700)]
