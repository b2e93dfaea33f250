"""DuckDB: the one module that reads and writes the database.

Schema changes are versioned SQL files in `sql/`, applied in order by `migrate`. Every write
that belongs together runs in one transaction (`with transaction(conn):`), so a crash leaves the
previous state. SQL is parameterized; table names are constants, never user input.

DuckDB allows one writing process per file. Writers are serialized by the Airflow pool
`duckdb_writer` (one slot); readers use `connect_reader`, which retries while a writer holds
the lock instead of failing the page or command that wanted to read.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from hotline.records import Alert, MonthlyCount, Post, Problem

log = logging.getLogger(__name__)

Connection = duckdb.DuckDBPyConnection


class DatabaseBusyError(RuntimeError):
    """The database file stayed locked by another process for longer than we would wait."""


def _migrations() -> list[tuple[int, str, str]]:
    folder = resources.files("hotline") / "sql"
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            version = int(entry.name.split("_", 1)[0])
            found.append((version, entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def migrate(conn: Connection) -> list[int]:
    """Apply every migration not yet recorded in `schema_migrations`; return the versions applied."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)"
    )
    done = {row[0] for row in conn.execute("SELECT version FROM schema_migrations").fetchall()}
    applied = []
    for version, name, sql in _migrations():
        if version in done:
            continue
        with transaction(conn):
            conn.execute(sql)
            conn.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, now())",
                [version, name],
            )
        applied.append(version)
    return applied


def connect(path: str | Path, *, read_only: bool = False) -> Connection:
    """Open the database at `path` (creating folders and schema when writable)."""
    path = Path(path)
    if read_only:
        return duckdb.connect(str(path), read_only=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = duckdb.connect(str(path))
    migrate(conn)
    return conn


def connect_for_task(db_path: str | Path, conn_id: str = "duckdb_default") -> Connection:
    """Open the database from inside an Airflow task, through the DuckDB provider's hook.

    The hook takes the file from the connection's host. Without that connection the hook would
    silently open an in-memory database, so we then hand it `db_path` explicitly.
    """
    from airflow.providers.duckdb.hooks.duckdb import DuckDBHook

    hook = DuckDBHook(duckdb_conn_id=conn_id)
    if hook.get_database() == ":memory:":
        hook = DuckDBHook(duckdb_conn_id=conn_id, database=str(db_path))
    Path(hook.get_database()).parent.mkdir(parents=True, exist_ok=True)
    # A reader (the UI page, a CLI command) may hold the file's shared lock for a moment: wait
    # for it, bounded, rather than failing the task into a retry.
    conn = _retry_while_locked(hook.get_conn, str(hook.get_database()), attempts=40, delay_s=0.25)
    migrate(conn)
    return conn


def _retry_while_locked(opener, path: str, *, attempts: int, delay_s: float) -> Connection:
    for attempt in range(1, attempts + 1):
        try:
            return opener()
        except duckdb.IOException as error:
            if "lock" not in str(error).lower():
                raise
            if attempt == attempts:
                raise DatabaseBusyError(f"{path} is locked by another process after {attempts} tries") from error
            time.sleep(delay_s)
    raise AssertionError("unreachable")


def connect_reader(path: str | Path, *, attempts: int = 20, delay_s: float = 0.25) -> Connection:
    """Open read-only, waiting (bounded) while a pipeline task holds the write lock."""
    return _retry_while_locked(lambda: duckdb.connect(str(path), read_only=True), str(path),
                               attempts=attempts, delay_s=delay_s)


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """Run the block in one transaction: all of it is written, or none of it."""
    conn.execute("BEGIN TRANSACTION")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


# --- raw posts -------------------------------------------------------------------------------


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


# --- observations and quarantine -----------------------------------------------------------


OBSERVATION_COLUMNS = (
    "source", "channel", "post_id", "post_version", "post_url", "published_at", "official",
    "series", "kind", "period", "value", "qualifier", "evidence", "parser_version", "status",
    "observed_at",
)


def save_observations(conn: Connection, rows: Sequence[dict[str, Any]]) -> int:
    """Insert observations not stored yet (same post version and fact → skipped); return how many."""
    placeholders = ", ".join("?" for _ in OBSERVATION_COLUMNS)
    before = _count(conn, "observations")
    for row in rows:
        conn.execute(
            f"INSERT INTO observations ({', '.join(OBSERVATION_COLUMNS)}) VALUES ({placeholders})"
            " ON CONFLICT DO NOTHING",
            [row[column] for column in OBSERVATION_COLUMNS],
        )
    return _count(conn, "observations") - before


def supersede_observations(conn: Connection, post_versions: Iterable[tuple[str, str, int]],
                           parser_version: str) -> int:
    """Drop the facts an older extractor read from these post versions; return how many.

    Called before the current extractor's facts for the same posts are saved, so an improved
    extractor re-reads history on a rerun or backfill. Nothing is lost: the posts themselves are
    kept verbatim, and the older facts are what the older extractor reads from them."""
    before = _count(conn, "observations")
    for source, post_id, post_version in post_versions:
        conn.execute(
            "DELETE FROM observations WHERE source = ? AND post_id = ? AND post_version = ? AND parser_version <> ?",
            [source, post_id, post_version, parser_version],
        )
    return before - _count(conn, "observations")


def load_observations(conn: Connection, *, status: str | None = None):  # -> pandas.DataFrame
    """Every observation (optionally only those with `status`) as a DataFrame."""
    query = f"SELECT {', '.join(OBSERVATION_COLUMNS)} FROM observations"
    params: list[Any] = []
    if status:
        query += " WHERE status = ?"
        params.append(status)
    return conn.execute(query + " ORDER BY published_at, post_id, kind, period", params).df()


def set_observation_status(conn: Connection, keys: Iterable[tuple], status: str) -> None:
    """Mark observations (keyed by source, post_id, post_version, series, kind, period)."""
    for key in keys:
        conn.execute(
            "UPDATE observations SET status = ? WHERE source = ? AND post_id = ? AND post_version = ?"
            " AND series = ? AND kind = ? AND period = ?",
            [status, *key],
        )


def save_quarantine(conn: Connection, source: str, problems: Iterable[Problem], now: datetime,
                    post_urls: dict[str, str] | None = None) -> int:
    """Record why something was not trusted; the same reason for the same evidence is kept once."""
    before = _count(conn, "quarantine")
    for problem in problems:
        conn.execute(
            "INSERT INTO quarantine VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [source, problem.post_id, problem.stage, problem.rule, problem.message, problem.evidence,
             problem.series, problem.period, (post_urls or {}).get(problem.post_id), now],
        )
    return _count(conn, "quarantine") - before


# --- monthly counts, revisions, findings ---------------------------------------------------


MONTHLY_COLUMNS = (
    "series", "month", "requests", "qualifier", "source_url", "published_at", "source", "post_id",
    "official", "derived", "record_claimed", "status",
)


def load_monthly_table(conn: Connection):  # -> pandas.DataFrame
    """`monthly_counts` as stored, ordered by series and month."""
    return conn.execute(
        f"SELECT {', '.join(MONTHLY_COLUMNS)} FROM monthly_counts ORDER BY series, month"
    ).df()


def save_monthly_counts(conn: Connection, rows: Sequence[dict[str, Any]], now: datetime) -> int:
    """Upsert the trusted value of each series and month; return how many rows changed."""
    changed = 0
    for row in rows:
        current = conn.execute(
            f"SELECT {', '.join(MONTHLY_COLUMNS)} FROM monthly_counts WHERE series = ? AND month = ?",
            [row["series"], row["month"]],
        ).fetchone()
        values = [row[column] for column in MONTHLY_COLUMNS]
        if current is not None and _same_row(current, values):
            continue
        conn.execute(
            f"INSERT OR REPLACE INTO monthly_counts ({', '.join(MONTHLY_COLUMNS)}, updated_at)"
            f" VALUES ({', '.join('?' for _ in MONTHLY_COLUMNS)}, ?)",
            [*values, now],
        )
        changed += 1
    return changed


def _same_row(stored: tuple, wanted: list[Any]) -> bool:
    for have, want in zip(stored, wanted, strict=True):
        if isinstance(have, datetime) and isinstance(want, datetime):
            if have != want:
                return False
        elif str(have) != str(want):
            return False
    return True


def load_monthly_counts(conn: Connection) -> list[MonthlyCount]:
    """The trusted series as records, for detection."""
    rows = conn.execute(
        "SELECT series, strftime(month, '%Y-%m'), requests, qualifier, source_url, record_claimed"
        " FROM monthly_counts ORDER BY series, month"
    ).fetchall()
    return [MonthlyCount(*row) for row in rows]


def load_monthly_counts_published_between(conn: Connection, start: datetime,
                                          end: datetime) -> list[dict[str, Any]]:
    """Stored months whose source post was published in [start, end): series, month, requests, url."""
    cursor = conn.execute(
        "SELECT series, month, requests, source_url FROM monthly_counts"
        " WHERE published_at >= ? AND published_at < ? ORDER BY series, month",
        [start, end],
    )
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def delete_monthly_counts(conn: Connection, keys: Iterable[tuple[str, date]]) -> int:
    """Remove the stored value of these (series, month) pairs; return how many were removed."""
    before = _count(conn, "monthly_counts")
    for series, month in keys:
        conn.execute("DELETE FROM monthly_counts WHERE series = ? AND month = ?", [series, month])
    return before - _count(conn, "monthly_counts")


def load_report_dates(conn: Connection, series: str) -> dict[str, datetime]:
    """When each month's official report of `series` was published ("YYYY-MM" → time)."""
    rows = conn.execute(
        "SELECT strftime(month, '%Y-%m'), published_at FROM monthly_counts"
        " WHERE series = ? AND official AND NOT derived ORDER BY month",
        [series],
    ).fetchall()
    return dict(rows)


def load_alert_keys(conn: Connection, kind: str, series: str, month: str) -> list[str]:
    """Keys already in the outbox for one kind, series and month (whatever their status)."""
    rows = conn.execute(
        "SELECT alert_key FROM alerts WHERE kind = ? AND series = ? AND month = ? ORDER BY created_at",
        [kind, series, f"{month}-01"],
    ).fetchall()
    return [row[0] for row in rows]


def save_revisions(conn: Connection, rows: Iterable[dict[str, Any]], now: datetime) -> int:
    """Record value changes between official posts (kept once each)."""
    before = _count(conn, "revisions")
    for row in rows:
        conn.execute(
            "INSERT INTO revisions VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [row["series"], row["month"], row["old_requests"], row["new_requests"], row["old_url"],
             row["new_url"], now],
        )
    return _count(conn, "revisions") - before


def save_findings(conn: Connection, rows: Iterable[dict[str, Any]], now: datetime) -> int:
    """Record failed checks (conflicts, cross-checks) once per key."""
    before = _count(conn, "findings")
    for row in rows:
        conn.execute(
            "INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [row["finding_key"], row["series"], row.get("month"), row["rule"], row["severity"],
             row["message"], json.dumps(row.get("urls", [])), now],
        )
    return _count(conn, "findings") - before


# --- alerts outbox -------------------------------------------------------------------------


def save_alerts(conn: Connection, alerts: Iterable[Alert], status_for: dict[str, str], now: datetime) -> int:
    """Insert alerts whose key is new, with the status chosen for each; return how many were new."""
    before = _count(conn, "alerts")
    for alert in alerts:
        conn.execute(
            "INSERT INTO alerts (alert_key, series, month, kind, severity, status, created_at, message,"
            " details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [alert.key, alert.series, f"{alert.month}-01", alert.kind, alert.severity,
             status_for.get(alert.key, "pending"), now, alert.message, json.dumps(alert.details, default=str)],
        )
    return _count(conn, "alerts") - before


def load_alerts(conn: Connection, *, statuses: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Alerts (optionally only with the given statuses), oldest first."""
    query = ("SELECT alert_key, series, strftime(month, '%Y-%m') AS month, kind, severity, status,"
             " created_at, message, details, attempts, last_error, sent_at FROM alerts")
    params: list[Any] = []
    if statuses:
        query += f" WHERE status IN ({', '.join('?' for _ in statuses)})"
        params.extend(statuses)
    cursor = conn.execute(query + " ORDER BY month, series, kind, alert_key", params)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def mark_alert(conn: Connection, alert_key: str, status: str, now: datetime, error: str | None = None) -> None:
    """Record a delivery attempt's outcome."""
    conn.execute(
        "UPDATE alerts SET status = ?, attempts = attempts + 1, last_error = ?,"
        " sent_at = CASE WHEN ? = 'sent' THEN ? ELSE sent_at END WHERE alert_key = ?",
        [status, error, status, now, alert_key],
    )


def load_month_sources(conn: Connection, series: str, month: str) -> list[dict[str, Any]]:
    """The accepted observations about one series and month (its value, stated change, record
    claim), official first then by publication: what an alert quotes as its sources."""
    cursor = conn.execute(
        "SELECT post_url, official, kind, value, qualifier, evidence, published_at FROM observations"
        " WHERE series = ? AND period = ? AND status = 'accepted'"
        " ORDER BY official DESC, published_at, post_url, kind",
        [series, month],
    )
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def save_run_summary(conn: Connection, run_id: str, month: str, stage: str, summary: dict[str, Any],
                     now: datetime, dag_id: str | None = None) -> None:
    """Keep one summary line per DAG, month and stage: a rerun of the month (or a retry) replaces
    the earlier one, so the table does not grow with every rerun. Call inside a transaction."""
    conn.execute(
        "DELETE FROM run_summaries WHERE month = ? AND stage = ? AND dag_id IS NOT DISTINCT FROM ?",
        [f"{month}-01", stage, dag_id],
    )
    conn.execute(
        "INSERT OR REPLACE INTO run_summaries (run_id, month, stage, summary, recorded_at, dag_id)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [run_id, f"{month}-01", stage, json.dumps(summary, default=str), now, dag_id],
    )


# --- source failures and health -------------------------------------------------------------


def save_source_failure(conn: Connection, run_id: str, month: str, source: str, name: str, *, official: bool,
                        permanent: bool, error: str, now: datetime) -> None:
    """Record that a source could not be read in this run (a retry of the run replaces the row)."""
    conn.execute(
        "INSERT OR REPLACE INTO source_failures VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [run_id, f"{month}-01", source, name, official, permanent, error, now],
    )


def load_source_failures(conn: Connection, *, run_id: str | None = None,
                         limit: int | None = None) -> list[dict[str, Any]]:
    """Recorded source failures (of one run, or all; at most `limit`), newest first. A database
    from before the table existed (opened read-only, so not migrated) has none."""
    query = ("SELECT run_id, strftime(month, '%Y-%m') AS month, source, name, official, permanent, error, failed_at"
             " FROM source_failures")
    params: list[Any] = []
    if run_id is not None:
        query += " WHERE run_id = ?"
        params.append(run_id)
    query += " ORDER BY failed_at DESC, source, name"
    if limit is not None:
        query += " LIMIT ?"
        params.append(limit)
    try:
        cursor = conn.execute(query, params)
    except duckdb.CatalogException:
        return []
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def load_source_health(conn: Connection, source: str, name: str) -> tuple[int, str | None, bool]:
    """A source's (failed runs in a row, last run id, outage announced); (0, None, False) if new."""
    row = conn.execute(
        "SELECT consecutive_failures, last_run_id, down_announced FROM source_health WHERE source = ? AND name = ?",
        [source, name],
    ).fetchone()
    return (int(row[0]), row[1], bool(row[2])) if row else (0, None, False)


def save_source_health(conn: Connection, source: str, name: str, *, consecutive_failures: int, last_run_id: str,
                       down_announced: bool, error: str | None, now: datetime) -> None:
    """Store a source's health after a run read it (`error` None) or failed to."""
    conn.execute(
        "INSERT INTO source_health (source, name, consecutive_failures, last_run_id, last_error, last_failed_at,"
        " last_ok_at, down_announced, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (source, name) DO UPDATE SET consecutive_failures = excluded.consecutive_failures,"
        " last_run_id = excluded.last_run_id, last_error = coalesce(excluded.last_error, source_health.last_error),"
        " last_failed_at = coalesce(excluded.last_failed_at, source_health.last_failed_at),"
        " last_ok_at = coalesce(excluded.last_ok_at, source_health.last_ok_at),"
        " down_announced = excluded.down_announced, updated_at = excluded.updated_at",
        [source, name, consecutive_failures, last_run_id, error, now if error else None, None if error else now,
         down_announced, now],
    )


def _count(conn: Connection, table: str) -> int:
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
