"""Requests and bytes for an incremental monthly run and a 24-month backfill, and what the
pipeline's monthly run really costs per channel: new posts plus the bounded re-read of its window
(edits and deletions, issue 23), on a real DuckDB file in a temporary folder.

A generated channel (~3 posts a day for three years, albums of 3 ids, a few deleted ids, a
service message at id 1) is served on loopback in the web preview's shape by the same renderer
the tests use (tests/test_fetch.py:render_page). The client runs with min_delay_s=0 here; the
report also projects the wall time at the default politeness of 1 request per second.

Run: .venv/bin/python bench/bench_fetch.py [--out bench/results/fetch.txt]
"""

from __future__ import annotations

import argparse
import math
import sys
import threading
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "include"), str(ROOT / "tests")]

from test_fetch import Msg, make_channel, render_page  # noqa: E402

from hotline.fetch import ChannelFetch, TelegramPreviewClient, fetch_channel_posts  # noqa: E402
from hotline.parse import parse_channel_page  # noqa: E402

CHANNEL = "hotline_demo"
START = datetime(2023, 1, 1, 6, 0, tzinfo=UTC)
PAGE_IDS = 20
# Generated pages carry no avatars, SVG bubble tails or media URLs; the saved real page does.
REAL_PAGE_BYTES = (ROOT / "tests/fixtures/tg_topwar_full.html").stat().st_size


def build_channel(last_id: int) -> list[Msg]:
    """~3 posts a day; every 53rd id deleted; every 17th post an album of 3 ids."""
    deleted = set(range(26, last_id, 53))
    return make_channel(last_id, start=START, every=timedelta(hours=8), deleted=deleted)


def serve(msgs: list[Msg]) -> tuple[ThreadingHTTPServer, str]:
    """Serve the channel at http://127.0.0.1:<port>/s/<channel>[?before=N]; `msgs` may be changed
    in place between runs (posts appear, are edited, are deleted): call `page.cache_clear()`."""

    @cache
    def page(before: int | None) -> bytes:
        return render_page(CHANNEL, msgs, before=before).encode()

    serve.page = page  # type: ignore[attr-defined]

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as t.me does
        disable_nagle_algorithm = True  # else headers and body meet delayed ACKs: 40 ms a request

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            if parts.path != f"/s/{CHANNEL}":
                self.send_error(404)
                return
            values = parse_qs(parts.query).get("before")
            body = page(int(values[0]) if values else None)
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def month_start(moment: datetime, months_back: int = 0) -> datetime:
    """First instant of the month `months_back` before `moment`'s month."""
    index = moment.year * 12 + moment.month - 1 - months_back
    return datetime(index // 12, index % 12 + 1, 1, tzinfo=UTC)


def run(base: str, **kwargs: object) -> tuple[ChannelFetch, float]:
    client = TelegramPreviewClient(base, min_delay_s=0, sleep=lambda s: None)
    start = time.perf_counter()
    result = fetch_channel_posts(client, CHANNEL, **kwargs)  # type: ignore[arg-type]
    return result, time.perf_counter() - start


def expected_ids(msgs: list[Msg], *, after_id: int = 0, since: datetime | None = None) -> list[int]:
    return [m.id for m in msgs if not m.service and m.id > after_id and (since is None or m.published >= since)]


def describe(label: str, result: ChannelFetch, elapsed: float, wanted: list[int]) -> list[str]:
    got = [p.numeric_id for p in result.posts]
    stats = result.stats
    return [
        f"{label}",
        f"  posts {len(got)} (expected {len(wanted)}, complete: {got == wanted}), newest id {result.newest_id}",
        f"  requests {stats.requests}, retries {stats.retries}, bytes {stats.bytes:,} ({stats.bytes / 1e6:.2f} MB)",
        f"  loopback wall time {elapsed:.2f} s ({len(got) / elapsed:,.0f} posts/s fetched+parsed); "
        f"at 1 request/s politeness ≈ {stats.requests:.0f} s",
        f"  at the real page weight ({REAL_PAGE_BYTES // 1000} KB a page, see below) ≈ "
        f"{stats.requests * REAL_PAGE_BYTES / 1e6:.1f} MB",
    ]


def pipeline_runs(msgs: list[Msg], newest: datetime) -> list[str]:
    """The pipeline's fetch of one channel (`channel_sync.fetch_channel`) on a real DuckDB file: the
    live monthly run after last month's, a rerun of it, and a rerun after an edit and a deletion."""
    import tempfile

    from hotline import fetch, store
    from hotline.channel_sync import fetch_channel
    from hotline.months import MonthRun
    from hotline.settings import Settings

    everything = list(msgs)
    this_month = month_start(newest)
    msgs[:] = [m for m in everything if m.published < this_month]  # the channel as it was a month ago
    server, base = serve(msgs)
    settings = Settings(telegram_base_url=base, channels=(CHANNEL,), request_delay_s=0)
    lines = [f"pipeline monthly runs per channel (channel_sync.fetch_channel, HOTLINE_REREAD_PAGES="
             f"{settings.reread_pages}), DuckDB in a temporary folder"]

    def fetch_month(conn: store.Connection, start: datetime, end: datetime, label: str) -> dict:
        serve.page.cache_clear()  # type: ignore[attr-defined]
        client = fetch.TelegramPreviewClient(base, min_delay_s=0, sleep=lambda s: None)
        run = MonthRun(label, start, end, f"bench_{label}", end)
        line = fetch_channel(conn, client, CHANNEL, run, settings)
        lines.append(f"  {label}: {line['new']} new, {line['changed']} changed, {line['deleted']} deleted; "
                     f"requests {line['requests']} ({line['reread_requests']} re-reading the window)")
        return line

    try:
        with tempfile.TemporaryDirectory(prefix="bench-fetch-") as folder:
            conn = store.connect(Path(folder) / "bench.duckdb")
            fetch_month(conn, month_start(newest, 2), this_month, "last month's run (walks back to its window)")
            known = store.load_channel_state(conn, "telegram", CHANNEL).newest_id
            msgs[:] = everything
            new_ids = max(m.id for m in msgs) - known
            end = newest + timedelta(hours=1)
            live = fetch_month(conn, month_start(newest, 1), end, f"this month's run ({new_ids} new ids)")
            bound = math.ceil(new_ids / PAGE_IDS) + 1 + settings.reread_pages
            lines.append(f"    bound ceil(new ids / {PAGE_IDS}) + 1 + {settings.reread_pages} = {bound}: "
                         f"{'met' if live['requests'] <= bound else 'MISSED'}")
            rerun = fetch_month(conn, month_start(newest, 1), end, "a rerun of the same month")
            target = [m for m in msgs if not m.service][-10]
            gone = [m for m in msgs if not m.service][-20]
            msgs[:] = [replace(m, text=m.text + " (виправлено)", edited=True) if m is target else m
                       for m in msgs if m is not gone]
            changed = fetch_month(conn, month_start(newest, 1), end, "a rerun after an edit and a deletion")
            closed = fetch_month(conn, month_start(newest, 2), this_month, "a rerun of last month (window closed)")
            # A rerun of a month whose window is still open asks for news once (1) and re-reads (N).
            ok = (max(rerun["requests"], changed["requests"]) <= 1 + settings.reread_pages
                  and closed["requests"] <= settings.reread_pages
                  and (changed["changed"], changed["deleted"]) == (1, 1))
            lines.append(f"    reruns within 1 + {settings.reread_pages} (open window) and {settings.reread_pages}"
                         f" (closed) requests, the edit and the deletion seen: {'met' if ok else 'MISSED'}")
            conn.close()
    finally:
        server.shutdown()
        msgs[:] = everything
    return lines


def parse_rate(msgs: list[Msg]) -> tuple[int, int, float]:
    """(pages, posts, seconds) to parse every page of the channel from bytes, no network."""
    pages, before = [], None
    while True:
        html = render_page(CHANNEL, msgs, before=before).encode()
        page = parse_channel_page(html, f"https://t.me/s/{CHANNEL}")
        pages.append(html)
        if page.lowest_id is None or page.lowest_id <= 1:
            break
        before = page.lowest_id
    start = time.perf_counter()
    posts = sum(len(parse_channel_page(html, f"https://t.me/s/{CHANNEL}").posts) for html in pages)
    return len(pages), posts, time.perf_counter() - start


def main() -> None:
    """Run the scenarios and write the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--last-id", type=int, default=3400)
    parser.add_argument("--out", type=Path, default=ROOT / "bench/results/fetch.txt")
    args = parser.parse_args()
    msgs = build_channel(args.last_id)
    posts = [m for m in msgs if not m.service]
    newest = posts[-1].published
    server, base = serve(msgs)
    lines = [
        "bench_fetch: web-preview walks against a generated channel on loopback",
        f"channel: ids 1..{args.last_id}, {len(posts)} posts from {posts[0].published:%Y-%m-%d} to {newest:%Y-%m-%d}"
        f" (~3/day), albums of 3 ids, {len(set(range(26, args.last_id, 53)))} deleted ids; a page spans {PAGE_IDS} ids",
        "",
    ]
    try:
        this_month = month_start(newest)
        known = max(m.id for m in msgs if m.published < this_month)
        new_ids = max(m.id for m in msgs) - known
        result, elapsed = run(base, newest_known_id=known)
        lines += describe(
            f"monthly incremental run (newest known id {known}, {new_ids} new ids since {this_month:%Y-%m-%d})",
            result,
            elapsed,
            expected_ids(msgs, after_id=known),
        )
        bound = math.ceil(new_ids / PAGE_IDS) + 1
        lines += [
            f"  bound ceil(new ids / {PAGE_IDS}) + 1 = {bound}: {'met' if result.stats.requests <= bound else 'MISSED'}"
        ]
        lines.append("")
        since = month_start(newest, 24)
        result, elapsed = run(base, not_before=since)
        lines += describe(
            f"24-month backfill (not_before {since:%Y-%m-%d})", result, elapsed, expected_ids(msgs, since=since)
        )
        lines.append("")
        result, elapsed = run(base)
        lines += describe("whole channel (to id 1)", result, elapsed, expected_ids(msgs))
    finally:
        server.shutdown()
    lines += ["", *pipeline_runs(msgs, newest)]
    pages, parsed, seconds = parse_rate(msgs)
    lines += [
        "",
        f"real page weight: tests/fixtures/tg_topwar_full.html is {REAL_PAGE_BYTES:,} bytes for one page;"
        " generated pages are lighter, so request counts carry over and byte counts scale by that ratio.",
        f"parsing alone: {pages} pages, {parsed} posts in {seconds:.3f} s = {parsed / seconds:,.0f} posts/s"
        f" ({seconds / pages * 1e3:.2f} ms/page)",
    ]
    report = "\n".join(lines) + "\n"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report, encoding="utf-8")
    print(report, end="")


if __name__ == "__main__":
    main()
