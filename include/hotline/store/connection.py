"""Opening the database, migrating its schema, and transactions.

Schema changes are versioned SQL files in `hotline/sql/`, applied in order by `migrate`.
DuckDB allows one writing process per file. Writers are serialized by the Airflow pool
`duckdb_writer` (one slot); readers use `connect_reader`, which retries while a writer holds
the lock instead of failing the page or command that wanted to read.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from hotline.settings import DUCKDB_CONN_ID

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


def connect_for_task(db_path: str | Path, conn_id: str = DUCKDB_CONN_ID) -> Connection:
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


def count_rows(conn: Connection, table: str) -> int:
    """Rows in `table` (a constant of this package, never user input)."""
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def rows_as_dicts(cursor: Any) -> list[dict[str, Any]]:
    """A cursor's rows as dicts keyed by column name."""
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
