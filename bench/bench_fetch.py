"""Requests and bytes for an incremental monthly run and a 24-month backfill.

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
    """Serve the channel at http://127.0.0.1:<port>/s/<channel>[?before=N]."""

    @cache
    def page(before: int | None) -> bytes:
        return render_page(CHANNEL, msgs, before=before).encode()

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
