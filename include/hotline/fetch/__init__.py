"""Fetch posts: the only package that touches the network for posts.

Sources, all yielding `hotline.records.Post`:
- `telegram`: Telegram's web preview (`<base>/s/<channel>`), walked newest → older with `?before=<id>`;
  `reread`: the bounded re-read of a window's newest pages that notices edits and deletions;
- `feeds`: RSS/Atom feeds (feedparser);
- `files`: a Telegram Desktop export (`result.json`) and a directory of JSON Lines files;
`sources` is the table of the source types the `fetch_posts` stage reads (kind, setting, fetcher);
all network sources going through `http_client` (one session, minimum delay, size cap, deadline,
bounded retries). Each module's docstring states its failure policy.
"""

from __future__ import annotations

from hotline.fetch.feeds import fetch_feed_posts
from hotline.fetch.files import read_post_directory, read_telegram_export
from hotline.fetch.http_client import (
    DEFAULT_USER_AGENT,
    FetchError,
    FetchStats,
    PermanentFetchError,
    UnreachableSourceError,
)
from hotline.fetch.reread import Reread, gone_post_ids, reread_window
from hotline.fetch.telegram import (
    BadChannelNameError,
    ChannelFetch,
    ChannelNotPublicError,
    TelegramPreviewClient,
    fetch_channel_posts,
)

__all__ = [
    "DEFAULT_USER_AGENT",
    "BadChannelNameError",
    "ChannelFetch",
    "ChannelNotPublicError",
    "FetchError",
    "FetchStats",
    "PermanentFetchError",
    "Reread",
    "TelegramPreviewClient",
    "UnreachableSourceError",
    "fetch_channel_posts",
    "fetch_feed_posts",
    "gone_post_ids",
    "read_post_directory",
    "read_telegram_export",
    "reread_window",
]
