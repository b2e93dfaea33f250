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
    restored: int = 0


_POST_COLUMNS = ("source, channel, post_id, version, content_hash, url, published_at, text, edited, views, raw,"
                 " fetched_at, deleted")


def save_raw_posts(conn: Connection, posts: Iterable[Post], fetched_at: datetime) -> SaveResult:
    """Store posts verbatim; an edited post gets a new version, an unchanged one is skipped, and a
    post flagged deleted that is seen again gets a new live version (`restored`).

    Call inside a transaction together with the channel state it advances.
    """
    new = changed = restored = 0
    for post in posts:
        latest = conn.execute(
            "SELECT version, content_hash, deleted FROM raw_posts WHERE source = ? AND post_id = ?"
            " ORDER BY version DESC LIMIT 1",
            [post.source, post.post_id],
        ).fetchone()
        if latest and latest[1] == post.content_hash and not latest[2]:
            continue
        _insert_version(conn, post, 1 if latest is None else latest[0] + 1, fetched_at, deleted=False)
        if latest is None:
            new += 1
        elif latest[1] == post.content_hash:
            restored += 1
        else:
            changed += 1
    return SaveResult(new=new, changed=changed, restored=restored)


def _insert_version(conn: Connection, post: Post, version: int, fetched_at: datetime, *, deleted: bool) -> None:
    conn.execute(
        f"INSERT INTO raw_posts ({_POST_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [post.source, post.channel, post.post_id, version, post.content_hash, post.url,
         post.published_at, post.text, post.edited, post.views, post.raw, fetched_at, deleted],
    )


def mark_posts_deleted(conn: Connection, source: str, post_ids: Iterable[str], noticed_at: datetime) -> int:
    """Flag posts gone from their channel: each live one gets a new version with the same text and
    `deleted` TRUE (kept, never removed). Returns how many were flagged now."""
    flagged = 0
    for post_id in post_ids:
        row = conn.execute(
            "SELECT source, channel, post_id, url, published_at, text, edited, views, raw, version, deleted"
            " FROM raw_posts WHERE source = ? AND post_id = ? ORDER BY version DESC LIMIT 1",
            [source, post_id],
        ).fetchone()
        if row is None or row[10]:
            continue
        _insert_version(conn, Post(*row[:9]), row[9] + 1, noticed_at, deleted=True)
        flagged += 1
    return flagged


def load_live_post_ids(conn: Connection, source: str, channel: str) -> dict[int, str]:
    """The message number → post id of every post of a channel whose latest version is not flagged
    deleted (Telegram ids `channel/123`; posts without a number are left out)."""
    rows = conn.execute(
        "SELECT post_id FROM raw_posts WHERE source = ? AND lower(channel) = lower(?)"
        " QUALIFY row_number() OVER (PARTITION BY post_id ORDER BY version DESC) = 1 AND NOT deleted",
        [source, channel],
    ).fetchall()
    tails = ((post_id.rsplit("/", 1)[-1], post_id) for (post_id,) in rows)
    return {int(tail): post_id for tail, post_id in tails if tail.isdigit()}


def figure_post_numbers(conn: Connection, source: str, channel: str, start: datetime, end: datetime) -> list[int]:
    """The message numbers of a channel's posts published in [start, end) that some figure was read
    from: the posts whose edits and deletions change the series (re-read first)."""
    rows = conn.execute(
        "SELECT DISTINCT post_id FROM observations WHERE source = ? AND lower(channel) = lower(?)"
        " AND published_at >= ? AND published_at < ?",
        [source, channel, start, end],
    ).fetchall()
    tails = (post_id.rsplit("/", 1)[-1] for (post_id,) in rows)
    return sorted(int(tail) for tail in tails if tail.isdigit())


def newest_post_number_before(conn: Connection, source: str, channel: str, moment: datetime) -> int | None:
    """The highest message number of a channel's stored posts published before `moment`."""
    numbers = conn.execute(
        "SELECT max(TRY_CAST(split_part(post_id, '/', -1) AS BIGINT)) FROM raw_posts"
        " WHERE source = ? AND lower(channel) = lower(?) AND published_at < ?",
        [source, channel, moment],
    ).fetchone()
    return numbers[0] if numbers else None


def load_post_states(conn: Connection) -> dict[tuple[str, str], tuple[int, bool]]:
    """(source, post_id) → (latest version, whether that version flags the post deleted), for every
    stored post: what decides which readings still count (`reconcile.current_observations`)."""
    rows = conn.execute(
        "SELECT source, post_id, version, deleted FROM raw_posts"
        " QUALIFY row_number() OVER (PARTITION BY source, post_id ORDER BY version DESC) = 1"
    ).fetchall()
    return {(source, post_id): (version, bool(deleted)) for source, post_id, version, deleted in rows}


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
    """The latest version of every post published in [start, end) and not flagged deleted, oldest first."""
    rows = conn.execute(
        "SELECT source, channel, post_id, url, published_at, text, edited, views, raw, version"
        " FROM raw_posts WHERE published_at >= ? AND published_at < ?"
        " QUALIFY row_number() OVER (PARTITION BY source, post_id ORDER BY version DESC) = 1 AND NOT deleted"
        " ORDER BY published_at, post_id",
        [start, end],
    ).fetchall()
    return [StoredPost(Post(*row[:9]), row[9]) for row in rows]
