"""Latency of the report watch: a report window replayed with a simulated clock.

The demo channel is served on loopback; months up to April 2025 are loaded first (a backfill, as
`make demo` does). Then June 2025 is replayed tick by tick at the times the report watch's own
timetable gives (Airflow's scheduler code computes them from the DAG's crons): each tick runs the
watch's steps (fetch → extract → validate → detect → load → check_reports → notify) with the clock
at the tick, and the channel shows only the posts published by then. The May report (12,320, a
record) appears at its publication time; every alert goes through Apprise to a loopback json://
receiver. Printed: the minutes from the report's publication to its delivery (the tick's time plus
the run's measured duration), and the requests each check made. Repeated with the report published
at other minutes of the hour, so the worst case of the 30-minute tick shows.

Targets: ≤ 35 minutes from publication to delivery inside the window; ≤ 1 request per check when
nothing is new. Writes bench/results/watch.txt.
"""

from __future__ import annotations

import json
import sys
import tempfile
import threading
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "include"))
RESULTS = ROOT / "bench" / "results" / "watch.txt"
MAY_FIGURE = "12\u00a0320"
# Publication times of the May report to replay: its demo time (12 June 14:05), just after a tick
# (the worst case: a full 30 minutes to wait), and late in the evening. Only later times than the
# demo's: message ids grow with publication time, and the posts before it keep theirs.
PUBLISHED = [datetime(2025, 6, 12, 14, 5, tzinfo=UTC), datetime(2025, 6, 12, 14, 30, 30, tzinfo=UTC),
             datetime(2025, 6, 12, 23, 59, 59, tzinfo=UTC)]
REPLAY_FROM, REPLAY_TO = datetime(2025, 6, 1, tzinfo=UTC), datetime(2025, 6, 19, tzinfo=UTC)
QUICK = "--quick" in sys.argv  # one publication time only


class Receiver:
    """A loopback endpoint recording what Apprise's json:// plugin posts, with the wall time."""

    def __init__(self) -> None:
        self.messages: list[dict] = []
        received = self.messages

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
                received.append(body)
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"json://127.0.0.1:{self.server.server_port}/alerts"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def apprise_sender(url: str):
    """The same call `apprise_send.apprise_sender` makes, without an Airflow connection to read."""
    import apprise

    targets = apprise.Apprise()
    targets.add(url)

    def send(title: str, body: str, notify_type: str, attachment: str | None = None) -> bool:
        return bool(targets.notify(title=title, body=body, notify_type=notify_type, attach=attachment))

    return send


def watch_ticks(start: datetime, end: datetime) -> list[datetime]:
    """The report watch's run times in [start, end), from the DAG's own timetable."""
    from airflow.timetables.base import TimeRestriction
    from airflow.timetables.trigger import MultipleCronTriggerTimetable

    from hotline.tasks import OUTSIDE_WINDOW_CRON, REPORT_WINDOW_CRON, WATCH_TICK

    timetable = MultipleCronTriggerTimetable(REPORT_WINDOW_CRON, OUTSIDE_WINDOW_CRON, timezone="UTC",
                                             interval=WATCH_TICK)
    import pendulum

    restriction = TimeRestriction(earliest=pendulum.instance(start), latest=None, catchup=True)
    ticks, last = [], None
    while True:
        info = timetable.next_dagrun_info(last_automated_data_interval=last, restriction=restriction)
        if info is None or info.run_after >= end:
            return ticks
        ticks.append(datetime.fromtimestamp(info.run_after.timestamp(), UTC))
        last = info.data_interval


def replay(published: datetime, ticks: list[datetime]) -> dict:
    """One report window: backfill to April, then every tick of June with the report appearing at
    `published`. Returns the latency and the requests per check."""
    from hotline import demo, store
    from hotline.months import MonthRun, month_range, run_date_for
    from hotline.settings import Settings
    from hotline.stages.check_reports import check_reports
    from hotline.stages.detect_alerts import detect_alerts
    from hotline.stages.extract_facts import extract_facts
    from hotline.stages.fetch_posts import fetch_posts
    from hotline.stages.load_monthly_counts import load_monthly_counts
    from hotline.stages.notify import notify
    from hotline.stages.validate_facts import validate_facts

    posts = demo.generate_demo_posts(demo.DEMO_CHANNEL)
    report = next(p for p in posts if MAY_FIGURE in p.text)
    assert published >= report.published_at and all(
        p.published_at > published for p in posts if (p.numeric_id or 0) > (report.numeric_id or 0))
    posts = [replace(report, published_at=published) if p is report else p for p in posts]
    receiver = Receiver()
    send = apprise_sender(receiver.url)
    with tempfile.TemporaryDirectory() as folder, demo.DemoChannelServer({demo.DEMO_CHANNEL: []}) as server:
        settings = Settings(db_path=Path(folder) / "watch.duckdb", telegram_base_url=server.base_url,
                            channels=(demo.DEMO_CHANNEL,), request_delay_s=0)
        conn = store.connect(settings.db_path)
        server.set_channel(demo.DEMO_CHANNEL, [p for p in posts if p.published_at < ticks[0]])
        for month in month_range("2024-01", "2025-04"):  # the backfill: nothing is paged
            end = run_date_for(month)
            run = MonthRun.from_interval(end - timedelta(days=31), end, run_id=f"b{month}",
                                         started_at=ticks[0])
            fetch_posts(conn, run, settings)
            extract_facts(conn, run)
            validate_facts(conn, run)
            load_monthly_counts(conn, run, upstream=detect_alerts(conn, run, settings))
            notify(conn, run, settings, sender=send)
        receiver.messages.clear()
        requests, delivered_at, run_seconds = [], None, []
        for tick in ticks:
            server.set_channel(demo.DEMO_CHANNEL, [p for p in posts if p.published_at <= tick])
            before = server.request_count
            wall = time.perf_counter()
            # The report watch's run at this tick (what run_stage(daily=True) builds from the context).
            run = MonthRun.from_interval(tick - timedelta(minutes=30), tick, run_id=f"w{tick:%m%d%H%M}",
                                         started_at=tick).widened_to_month_window()
            fetch_posts(conn, run, settings)
            extract_facts(conn, run)
            validate_facts(conn, run)
            load_monthly_counts(conn, run, upstream=detect_alerts(conn, run, settings))
            check_reports(conn, run, settings)
            seen = len(receiver.messages)
            notify(conn, run, settings, sender=send)
            elapsed = time.perf_counter() - wall
            run_seconds.append(elapsed)
            requests.append((tick, server.request_count - before))
            if delivered_at is None and any("12,320" in m["title"] for m in receiver.messages[seen:]):
                delivered_at = tick + timedelta(seconds=elapsed)
        conn.close()
    receiver.close()
    # Idle checks: every check but the first one after the report appeared (that one reads it).
    first_after = next(tick for tick, _count in requests if tick >= published)
    idle = [count for tick, count in requests if tick != first_after]
    return {
        "published": published, "delivered": delivered_at,
        "minutes": None if delivered_at is None else (delivered_at - published).total_seconds() / 60,
        "checks": len(ticks), "idle_max": max(idle) if idle else 0,
        "idle_mean": sum(idle) / len(idle) if idle else 0.0,
        "on_report": dict(requests)[first_after],
        "run_s": sum(run_seconds) / len(run_seconds),
    }


def main() -> int:
    """Replay the window for each publication time; print and write the results."""
    import logging

    logging.disable(logging.WARNING)  # the pipeline logs every step; the bench prints its own lines
    ticks = watch_ticks(REPLAY_FROM, REPLAY_TO)
    in_window = [t for t in ticks if t.day <= 15]
    lines = [f"# bench_watch.py — the report watch replayed over {REPLAY_FROM:%Y-%m-%d} … {REPLAY_TO:%Y-%m-%d} "
             f"({len(ticks)} checks: {len(in_window)} every 30 min on the 1st–15th, then daily)",
             "# delivered = the tick that saw the report + that run's measured duration"
             " (all steps, Apprise to loopback)",
             f"{'report published':<22}{'delivered':<22}{'minutes':>8}{'req on report':>14}"
             f"{'req/check idle (max, mean)':>28}{'run s':>7}"]
    ok = True
    for published in PUBLISHED[:1] if QUICK else PUBLISHED:
        result = replay(published, ticks)
        minutes = result["minutes"]
        ok &= minutes is not None and minutes <= 35 and result["idle_max"] <= 1
        delivered = "never" if result["delivered"] is None else f"{result['delivered']:%m-%d %H:%M:%S}"
        lines.append(f"{published:%m-%d %H:%M:%S}        {delivered:<22}"
                     f"{minutes if minutes is not None else float('nan'):>8.1f}{result['on_report']:>14}"
                     f"{result['idle_max']:>14} {result['idle_mean']:>13.2f}{result['run_s']:>7.2f}")
    verdict = "met" if ok else "MISSED"
    lines.append(f"# targets: ≤ 35 min to delivery in the window, ≤ 1 request per idle check: {verdict}")
    text = "\n".join(lines) + "\n"
    print(text, end="")
    if not QUICK:
        RESULTS.write_text(text, encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
