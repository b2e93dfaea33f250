"""Re-reading the newest pages of a run's window, to notice edits and deletions (issue 23).

An incremental walk asks only for ids newer than the newest stored, so a post edited or deleted
after it was stored is never seen again. A run therefore re-reads at most `max_pages` pages
(`HOTLINE_REREAD_PAGES`, ~20 message ids each) of the window it owns: the newest page of the window,
the pages holding the posts its figures were read from (the ones whose edits change the series),
then on down from the window's end. A changed text becomes a new version, and a stored post missing
from a page that shows its id range in full is gone from the channel. The cost is bounded: at most
`max_pages` requests per channel per run.

Failure policy: the shared client's. An empty page ("No posts found": a window of deleted ids, or
soft throttling) ends the re-read without backing off, and nothing is inferred from it, so
throttling can never make stored posts look deleted.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from hotline.fetch.http_client import FetchStats
from hotline.fetch.telegram import TelegramPreviewClient, page_range
from hotline.records import Post

__all__ = ["Reread", "gone_post_ids", "reread_window"]


@dataclass(frozen=True)
class Reread:
    """What a re-read saw: every post on its pages, the id ranges they showed in full, every id."""

    posts: tuple[Post, ...]
    covered: tuple[tuple[int, int], ...]
    seen_ids: frozenset[int]
    stats: FetchStats


def reread_window(client: TelegramPreviewClient, channel: str, *, before: int, not_before: datetime,
                  max_pages: int, deadline_s: float, anchors: Iterable[int] = ()) -> Reread:
    """At most `max_pages` pages: the newest page below `before` (the window's end) first, then the
    page holding each of `anchors` (stored posts a figure was read from, newest first) that no page
    read so far has shown, then on down from the first page until a post published before
    `not_before`, id 1 or an empty page. The page cap is a bound, not an error (best effort)."""
    start = replace(client.stats)
    deadline = client.clock() + deadline_s
    posts: dict[int, Post] = {}
    covered: list[tuple[int, int]] = []
    seen: set[int] = set()
    pending = sorted(set(anchors), reverse=True)
    walk_before: int | None = before
    for number in range(max_pages):
        pending = [anchor for anchor in pending if not any(low <= anchor <= high for low, high in covered)]
        anchor = pending[0] if pending and number > 0 else None
        page_before = anchor + 1 if anchor is not None else walk_before
        if page_before is None:
            break
        page = client.fetch_page(channel, before=page_before, deadline=deadline)
        if anchor is not None:
            pending.remove(anchor)
        usable = page.lowest_id is not None and page.lowest_id < page_before and not set(page.message_ids) <= seen
        if usable:
            covered.append(page_range(page, page_before))
            seen.update(page.message_ids)
            posts.update((post.numeric_id or 0, post) for post in page.posts)
        if anchor is None:  # the walk down from the window's end goes on below this page, or ends
            ends = not usable or page.lowest_id <= 1 or any(post.published_at < not_before for post in page.posts)
            walk_before = None if ends else page.lowest_id
    return Reread(tuple(posts[i] for i in sorted(posts)), tuple(covered), frozenset(seen),
                  client.stats.since(start))


def gone_post_ids(live: Mapping[int, str], seen_ids: Iterable[int], covered: Iterable[tuple[int, int]]) -> list[str]:
    """The stored live posts (`live`: message number → post id) that fall inside a range a page
    showed in full and were not on it: deleted from the channel."""
    seen = set(seen_ids)
    ranges = list(covered)
    return [post_id for number, post_id in sorted(live.items())
            if number not in seen and any(low <= number <= high for low, high in ranges)]
