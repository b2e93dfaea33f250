"""Telegram's public web preview (`<base>/s/<channel>`), walked newest → older with `?before=<id>`.

Failure policy on top of the shared HTTP client's:
- a redirect to the landing page / no history section → ChannelNotPublicError, never retried;
- a page (or a redirect) holding another channel's posts → PermanentFetchError, nothing stored;
- a malformed page → retried like a 5xx;
- "No posts found" where posts must exist → soft throttling: back off and ask again
  (`_fetch_with_posts`).
A walk returns only when it is complete, so a caller never writes half a walk.
"""

from __future__ import annotations

import logging
import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from urllib.parse import urlsplit

import requests

from hotline.fetch.http_client import (
    DEFAULT_USER_AGENT,
    FetchError,
    FetchStats,
    PermanentFetchError,
    _Http,
    _Transient,
)
from hotline.parse import ChannelPage, MalformedPageError, parse_channel_page
from hotline.records import Post
from hotline.settings import (
    DEFAULT_CHANNEL_DEADLINE_S,
    DEFAULT_MAX_PAGES,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_RESPONSE_DEADLINE_S,
)

__all__ = [
    "PAGE_ID_SPAN",
    "BadChannelNameError",
    "ChannelFetch",
    "ChannelNotPublicError",
    "TelegramPreviewClient",
    "fetch_channel_posts",
]

log = logging.getLogger("hotline.fetch")

# A preview page covers about this many message *ids* (not messages: albums use one id per
# item and deleted ids leave holes), so an empty window is stepped over by this much.
PAGE_ID_SPAN = 20
_CHANNEL_NAME = re.compile(r"^[A-Za-z0-9_]{1,64}$")


class ChannelNotPublicError(PermanentFetchError):
    """The channel has no public web preview (disabled, private or nonexistent)."""


class BadChannelNameError(PermanentFetchError, ValueError):
    """A configured channel name that cannot be a public Telegram username."""


class TelegramPreviewClient:
    """Fetches and parses web-preview pages of public channels over one keep-alive session."""

    def __init__(
        self,
        base_url: str = "https://t.me",
        *,
        user_agent: str = DEFAULT_USER_AGENT,
        timeout_s: float = 20,
        min_delay_s: float = 1.0,
        max_attempts: int = 5,
        backoff_base_s: float = 1.0,
        sleep: Callable[[float], None] = time.sleep,
        session: requests.Session | None = None,
        max_retry_after_s: float = 600.0,
        rng: random.Random | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        clock: Callable[[], float] = time.monotonic,
        response_deadline_s: float = DEFAULT_RESPONSE_DEADLINE_S,
    ) -> None:
        """Configure host (`https://t.me`, `https://telegram.me`, a loopback server), pacing and retries."""
        self.base_url = base_url.rstrip("/")
        self._http = _Http(
            user_agent=user_agent,
            timeout_s=timeout_s,
            min_delay_s=min_delay_s,
            max_attempts=max_attempts,
            backoff_base_s=backoff_base_s,
            max_retry_after_s=max_retry_after_s,
            max_response_bytes=max_response_bytes,
            response_deadline_s=response_deadline_s,
            sleep=sleep,
            clock=clock,
            rng=rng or random.Random(),
            session=session,
        )

    @property
    def stats(self) -> FetchStats:
        """Cumulative requests, bytes and retries of this client."""
        return self._http.stats

    @property
    def max_attempts(self) -> int:
        """How many times one page is tried before giving up."""
        return self._http.max_attempts

    def page_url(self, channel: str, *, before: int | None = None, after: int | None = None) -> str:
        """`<base>/s/<channel>`, with `?before=` or `?after=` when given."""
        if not _CHANNEL_NAME.match(channel):
            raise BadChannelNameError(f"not a public channel name: {channel!r}")
        url = f"{self.base_url}/s/{channel}"
        if before is not None:
            return f"{url}?before={int(before)}"
        if after is not None:
            return f"{url}?after={int(after)}"
        return url

    def clock(self) -> float:
        """The client's monotonic clock (deadlines are on it)."""
        return self._http.clock()

    def fetch_page(self, channel: str, *, before: int | None = None, after: int | None = None,
                   deadline: float | None = None) -> ChannelPage:
        """Fetch and parse one page; ChannelNotPublicError if there is no public preview,
        PermanentFetchError if the page is another channel's (a redirect, or its posts)."""
        url = self.page_url(channel, before=before, after=after)

        def handle(response: requests.Response) -> ChannelPage:
            landed = urlsplit(response.url).path.split("/")
            if response.history and "s" not in landed[1:2]:
                raise ChannelNotPublicError(_not_public(channel, url, response.url))
            if len(landed) >= 3 and landed[1] == "s" and landed[2].lower() != channel.lower():
                raise PermanentFetchError(f"{url}: redirected to another channel's page ({response.url})")
            try:
                page = parse_channel_page(response.content, url)
            except MalformedPageError as exc:
                raise _Transient(f"malformed page: {exc}") from exc
            if not page.has_history:
                raise ChannelNotPublicError(_not_public(channel, url, response.url))
            strangers = sorted({p.channel for p in page.posts if p.channel.lower() != channel.lower()})
            if strangers or (page.message_ids and page.channel.lower() != channel.lower()):
                raise PermanentFetchError(f"{url}: the page holds another channel's posts "
                                          f"({', '.join(strangers) or page.channel}); nothing stored")
            return page

        return self._http.request(url, handle, deadline=deadline)

    def backoff_sleep(self, attempt: int) -> None:
        """Sleep the backoff for retry `attempt` and count it (used for soft throttling)."""
        self._http.stats.retries += 1
        self._http.sleep(self._http.backoff(attempt))


def _not_public(channel: str, url: str, landed: str) -> str:
    return (
        f"{url}: channel {channel!r} has no public web preview (landed on {landed}); "
        "the preview is disabled or the channel is private or does not exist"
    )


@dataclass(frozen=True)
class ChannelFetch:
    """The result of one walk: new posts oldest first, and what it cost.

    `known` holds posts at or below `newest_known_id` that happened to be on fetched pages
    (free to compare against stored copies, to notice edits); `posts` never includes them.
    `covered` are the id ranges the fetched pages showed in full and `seen_ids` every message id on
    them: a stored post inside a covered range that was not seen is gone from the channel.
    """

    channel: str
    posts: tuple[Post, ...]
    newest_id: int | None
    stats: FetchStats
    known: tuple[Post, ...] = ()
    covered: tuple[tuple[int, int], ...] = ()
    seen_ids: frozenset[int] = frozenset()


def fetch_channel_posts(
    client: TelegramPreviewClient,
    channel: str,
    *,
    newest_known_id: int | None = None,
    not_before: datetime | None = None,
    max_empty_windows: int = 5,
    max_pages: int = DEFAULT_MAX_PAGES,
    deadline_s: float = DEFAULT_CHANNEL_DEADLINE_S,
) -> ChannelFetch:
    """Walk the preview from the newest page back with `?before=` until the interval is covered.

    Stops at `newest_known_id` (exclusive), at a post published before `not_before`, or at id 1.
    Never trusts "fewer than 20 posts" as the end: a page spans ~20 ids, not 20 messages.
    A missing more-link falls back to the page's lowest id; a seen-id set stops loops. A walk
    that needs more than `max_pages` pages, or more than `deadline_s` seconds in all, fails
    (FetchError) rather than holding the run and the database writer's slot.
    """
    start = replace(client.stats)
    deadline = client.clock() + deadline_s
    walk = _Walk(channel, newest_known_id, not_before)
    before: int | None = None
    requested: set[int | None] = set()
    empty_windows = 0
    while True:
        if len(requested) >= max_pages:
            raise PermanentFetchError(
                f"{client.page_url(channel, before=before)}: walked {len(requested)} pages without reaching the"
                f" interval's start (page cap {max_pages}: HOTLINE_MAX_PAGES)")
        requested.add(before)
        page = _fetch_with_posts(client, channel, before, deadline)
        if page is None:
            # Still empty after backing off: a window of deleted ids (or stubborn throttling).
            if before is None:
                raise FetchError(f"{client.page_url(channel)}: newest page keeps saying 'No posts found'")
            empty_windows += 1
            if empty_windows > max_empty_windows:
                raise FetchError(
                    f"{client.page_url(channel, before=before)}: {empty_windows} empty pages in a row; "
                    "throttled or a long run of deleted posts, stopping instead of guessing"
                )
            next_before = before - PAGE_ID_SPAN
        else:
            empty_windows = 0
            if not walk.take(page, before):
                raise FetchError(f"{page.url}: page repeats ids already seen; paging is not moving back")
            if walk.done(page):
                break
            next_before = min(i for i in (page.before_id, page.lowest_id) if i is not None)
        if next_before <= 1 or (newest_known_id is not None and next_before <= newest_known_id + 1):
            break
        if next_before in requested:
            raise FetchError(f"{client.page_url(channel, before=next_before)}: already requested; loop")
        before = next_before
    return walk.result(client.stats.since(start))


def _fetch_with_posts(client: TelegramPreviewClient, channel: str, before: int | None,
                      deadline: float | None = None) -> ChannelPage | None:
    """A page with message widgets, backing off while Telegram says "No posts found"."""
    for attempt in range(1, client.max_attempts + 1):
        page = client.fetch_page(channel, before=before, deadline=deadline)
        if page.message_ids:
            return page
        if attempt < client.max_attempts:
            log.warning("%s: no posts on the page; backing off (soft throttling?)", page.url)
            client.backoff_sleep(attempt)
    return None


class _Walk:
    """Accumulates one walk's posts and decides when the interval is covered."""

    def __init__(self, channel: str, newest_known_id: int | None, not_before: datetime | None) -> None:
        self.channel = channel
        self.newest_known_id = newest_known_id
        self.not_before = not_before
        self.seen_ids: set[int] = set()
        self.posts: dict[int, Post] = {}
        self.known: dict[int, Post] = {}
        self.covered: list[tuple[int, int]] = []
        self.reached_not_before = False

    def take(self, page: ChannelPage, before: int | None) -> bool:
        """Add a page's posts; False when it brought no id not seen before (a loop)."""
        new_ids = set(page.message_ids) - self.seen_ids
        if not new_ids:
            return False
        self.seen_ids |= new_ids
        self.covered.append(page_range(page, before))
        for post in page.posts:
            number = post.numeric_id or 0
            if self.newest_known_id is not None and number <= self.newest_known_id:
                self.known[number] = post
            elif self.not_before is not None and post.published_at < self.not_before:
                self.reached_not_before = True
            else:
                self.posts[number] = post
        return True

    def done(self, page: ChannelPage) -> bool:
        """True when nothing older can be wanted."""
        lowest = page.lowest_id or 0
        if self.newest_known_id is not None and lowest <= self.newest_known_id + 1:
            return True
        return self.reached_not_before or lowest <= 1

    def result(self, stats: FetchStats) -> ChannelFetch:
        """The walk's outcome, posts oldest first."""
        return ChannelFetch(
            channel=self.channel,
            posts=tuple(self.posts[i] for i in sorted(self.posts)),
            newest_id=max(self.seen_ids) if self.seen_ids else None,
            stats=stats,
            known=tuple(self.known[i] for i in sorted(self.known)),
            covered=tuple(self.covered),
            seen_ids=frozenset(self.seen_ids),
        )


def page_range(page: ChannelPage, before: int | None) -> tuple[int, int]:
    """The ids a page shows in full: from its lowest id up to just below `?before=` (the newest page:
    up to its highest id). A page shows the messages right below `before`, so an id in this range
    that is not on the page no longer exists."""
    assert page.lowest_id is not None and page.highest_id is not None
    return page.lowest_id, (before - 1 if before is not None else page.highest_id)
