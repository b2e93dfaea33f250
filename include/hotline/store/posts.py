"""Raw posts, stored verbatim, and how far each channel's history has been read."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from hotline.records import Post
from hotline.store.connection import Connection


@dataclass(frozen=True)
class SaveResult:
    """What saving a batch of posts changed."""

    new: int
    changed: int


def save_raw_posts(conn: Connection, posts: Iterable[Post], fetched_at: datetime) -> SaveResult:
    """Store posts verbatim; an edited post gets a new version, an unchanged one is skipped.

    Call inside a transaction together with the channel state it advances.
    """
    new = changed = 0
    for post in posts:
        latest = conn.execute(
            "SELECT version, content_hash FROM raw_posts WHERE source = ? AND post_id = ?"
            " ORDER BY version DESC LIMIT 1",
            [post.source, post.post_id],
        ).fetchone()
        if latest and latest[1] == post.content_hash:
            continue
        version = 1 if latest is None else latest[0] + 1
        conn.execute(
            "INSERT INTO raw_posts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [post.source, post.channel, post.post_id, version, post.content_hash, post.url,
             post.published_at, post.text, post.edited, post.views, post.raw, fetched_at],
        )
        if latest is None:
            new += 1
        else:
            changed += 1
    return SaveResult(new=new, changed=changed)


@dataclass(frozen=True)
class ChannelState:
    """How far a channel's history has been read."""

    newest_id: int | None = None
    newest_published: datetime | None = None
    complete_since: datetime | None = None

    def after_fetch(self, newest_id: int | None, posts: Sequence[Post],
                    complete_since: datetime | None = None) -> ChannelState:
        """This position moved on by a fetch that saw `posts` (up to message `newest_id`) and,
        when given, walked the history back to `complete_since`. It never moves backwards."""
        newest_published = max((post.published_at for post in posts), default=None)
        return ChannelState(
            newest_id=max(filter(None, [self.newest_id, newest_id]), default=None),
            newest_published=max(filter(None, [self.newest_published, newest_published]), default=None),
            complete_since=min(filter(None, [self.complete_since, complete_since]), default=None),
        )


def load_channel_state(conn: Connection, source: str, channel: str) -> ChannelState:
    """The stored reading position of a channel (empty if never read)."""
    row = conn.execute(
        "SELECT newest_id, newest_published, complete_since FROM channel_state"
        " WHERE source = ? AND channel = ?",
        [source, channel],
    ).fetchone()
    return ChannelState(*row) if row else ChannelState()


def save_channel_state(conn: Connection, source: str, channel: str, state: ChannelState,
                       now: datetime) -> None:
    """Remember how far a channel has been read."""
    conn.execute(
        "INSERT INTO channel_state VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source, channel) DO UPDATE SET"
        " newest_id = excluded.newest_id, newest_published = excluded.newest_published,"
        " complete_since = excluded.complete_since, updated_at = excluded.updated_at",
        [source, channel, state.newest_id, state.newest_published, state.complete_since, now],
    )


@dataclass(frozen=True)
class StoredPost:
    """The latest version of a stored post."""

    post: Post
    version: int


def load_posts_published_between(conn: Connection, start: datetime, end: datetime) -> list[StoredPost]:
    """The latest version of every post published in [start, end), oldest first."""
    rows = conn.execute(
        "SELECT source, channel, post_id, url, published_at, text, edited, views, raw, version"
        " FROM raw_posts WHERE published_at >= ? AND published_at < ?"
        " QUALIFY row_number() OVER (PARTITION BY source, post_id ORDER BY version DESC) = 1"
        " ORDER BY published_at, post_id",
        [start, end],
    ).fetchall()
    return [StoredPost(Post(*row[:9]), row[9]) for row in rows]
