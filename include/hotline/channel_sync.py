"""One Telegram channel into the store for one run: its new posts, then a bounded re-read of the
window's newest pages, so an edit becomes a new version and a post gone from the channel is flagged
deleted (issue 23). The network is `hotline.fetch`'s, the SQL `hotline.store`'s; this is the order.

Cost per channel and run: at most ceil(new ids / 20) + 1 requests for the new posts (none when the
window is already stored) plus at most `HOTLINE_REREAD_PAGES` for the re-read. The report watch's
ticks (`MonthRun.reread` false) do not re-read: they stay at one request when nothing is new.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from hotline import store
from hotline.months import MonthRun
from hotline.settings import Settings

log = logging.getLogger(__name__)


def fetch_channel(conn: store.Connection, client: Any, channel: str, run: MonthRun,
                   settings: Settings) -> dict[str, Any]:
    """New posts of one channel, then a bounded re-read of the window's newest pages (edits and
    deletions, issue 23), stored in one transaction with the channel's new position."""
    from hotline import fetch

    state = store.load_channel_state(conn, "telegram", channel)
    covered_back = state.complete_since is not None and state.complete_since <= run.window_start
    covered_forward = state.newest_published is not None and state.newest_published >= run.window_end
    before = client.stats.requests
    walk = None
    if not (covered_back and covered_forward):
        # Incremental when the stored history already reaches back over the window: ask only for
        # ids newer than the newest stored; otherwise walk back to the window's start.
        walk = fetch.fetch_channel_posts(
            client, channel,
            newest_known_id=state.newest_id if covered_back else None,
            not_before=None if covered_back else run.window_start,
            max_pages=settings.max_pages, deadline_s=settings.channel_deadline_s,
        )
    walked = client.stats.requests - before
    reread = _reread(conn, client, channel, run, settings, walk) if covered_back and run.reread else None
    seen = [*(walk.posts + walk.known if walk else ()), *(reread.posts if reread else ())]
    covered = [*(walk.covered if walk else ()), *(reread.covered if reread else ())]
    seen_ids = (walk.seen_ids if walk else frozenset()) | (reread.seen_ids if reread else frozenset())
    gone = fetch.gone_post_ids(store.load_live_post_ids(conn, "telegram", channel), seen_ids, covered)
    now = datetime.now(UTC)
    with store.transaction(conn):
        saved = store.save_raw_posts(conn, seen, now)
        deleted = store.mark_posts_deleted(conn, "telegram", gone, now)
        if walk is not None:
            store.save_channel_state(conn, "telegram", channel, state.after_fetch(
                walk.newest_id, walk.posts, complete_since=None if covered_back else run.window_start), now)
    if gone:
        log.warning("fetch %s: %d post(s) gone from the channel, flagged deleted: %s", channel, len(gone),
                    ", ".join(gone))
    return {"new": saved.new, "changed": saved.changed, "deleted": deleted, "restored": saved.restored,
            "requests": client.stats.requests - before, "reread_requests": client.stats.requests - before - walked}


def _reread(conn: store.Connection, client: Any, channel: str, run: MonthRun, settings: Settings,
            walk: Any) -> Any:
    """Re-read at most `settings.reread_pages` pages of the run's window: its newest page (below the
    pages the incremental walk has just read, not those again), the pages of the posts its figures
    were read from, then on down from the window's end."""
    from hotline import fetch

    top = store.newest_post_number_before(conn, "telegram", channel, run.window_end)
    if walk is not None and walk.newest_id is not None:
        top = max(filter(None, [top, walk.newest_id]))  # posts the walk brought in are not stored yet
    if top is None or settings.reread_pages <= 0:
        return None
    start = top + 1
    if walk is not None and walk.covered:
        start = min(start, min(low for low, _ in walk.covered))
    if start <= 1:
        return None
    walked = walk.covered if walk is not None else ()
    anchors = [number for number in store.figure_post_numbers(conn, "telegram", channel, run.window_start,
                                                               run.window_end)
               if number < start and not any(low <= number <= high for low, high in walked)]
    return fetch.reread_window(client, channel, before=start, not_before=run.window_start, anchors=anchors,
                               max_pages=settings.reread_pages, deadline_s=settings.channel_deadline_s)
