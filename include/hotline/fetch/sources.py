"""The source types the `fetch_posts` stage reads, one row each (issue 25): what a type is called,
which setting lists its sources, and which function fetches one of them.

The stage walks this table and nothing else, so a new source type is its fetcher module in
`fetch/`, its row here and its setting in `settings.py` (a `Settings` field read from the
environment in `from_env`; there too its kind in `OFFICIAL_SOURCES` if its posts are the center's
own words).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hotline.fetch.feeds import fetch_feed_posts
from hotline.records import Post
from hotline.settings import Settings

# One source's posts, bounded by the settings' fetch limits; raises `FetchError` (or
# `PermanentFetchError`) when the source cannot be read.
Fetcher = Callable[[str, Settings], list[Post]]


@dataclass(frozen=True)
class SourceType:
    """One kind of source: `kind` names its outcomes, failures and health rows (and is the `source`
    of posts it fetches), `setting` the `Settings` field listing its sources, `fetch` reads one.

    `fetch` is None for Telegram channels only: they are walked incrementally, with a stored
    position and a re-read of the window, by `channel_sync.fetch_channel`."""

    kind: str
    setting: str
    fetch: Fetcher | None


def _feed(url: str, settings: Settings) -> list[Post]:
    return fetch_feed_posts(url, timeout_s=settings.request_timeout_s, backoff_base_s=settings.retry_backoff_s,
                            max_response_bytes=settings.max_response_bytes, deadline_s=settings.channel_deadline_s,
                            response_deadline_s=settings.response_deadline_s)


# In the order the stage fetches them: the official channel first.
SOURCE_TYPES: tuple[SourceType, ...] = (
    SourceType("telegram", setting="channels", fetch=None),  # HOTLINE_CHANNELS
    SourceType("feed", setting="feeds", fetch=_feed),  # HOTLINE_FEEDS: RSS / Atom
)
