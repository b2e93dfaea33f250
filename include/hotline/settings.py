"""Configuration, read when a task runs (never at import), with named defaults.

Secrets never live here: delivery targets come from the Airflow connection `apprise_default`
(or the `AIRFLOW_CONN_APPRISE_DEFAULT` environment variable).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DB_PATH = "data/hotline.duckdb"
DEFAULT_TELEGRAM_BASE_URL = "https://t.me"
# The Coordination Headquarters' public channel, where the monthly reports are posted.
DEFAULT_CHANNELS = ("koordshtab",)
DUCKDB_CONN_ID = "duckdb_default"
APPRISE_CONN_ID = "apprise_default"
# One slot: DuckDB allows a single writing process, so every task that writes waits its turn.
DUCKDB_WRITER_POOL = "duckdb_writer"
# A run's month is delivered to people only if it ended at most this long before the run
# really started; older months (backfills) are recorded as suppressed.
DEFAULT_DELIVERY_WINDOW_DAYS = 45
# A news feed failing this many runs in a row raises one `source_down` warning.
DEFAULT_SOURCE_DOWN_AFTER_RUNS = 3
# Defaults of the fetch limits (kept here, not in fetch, so reading settings imports no HTTP stack).
DEFAULT_MAX_PAGES = 200
DEFAULT_CHANNEL_DEADLINE_S = 600.0
DEFAULT_MAX_RESPONSE_BYTES = 10_000_000
# Where people open the Hotline Watch page; alert messages link to it (`make up` serves it here).
DEFAULT_PUBLIC_URL = "http://localhost:8080"


def _split_list(raw: str | None, default: tuple[str, ...]) -> tuple[str, ...]:
    if raw is None:
        return default
    return tuple(item.strip() for item in raw.split(",") if item.strip())


@dataclass(frozen=True)
class Settings:
    """Everything the pipeline reads from its environment."""

    db_path: Path = Path(DEFAULT_DB_PATH)
    telegram_base_url: str = DEFAULT_TELEGRAM_BASE_URL
    channels: tuple[str, ...] = DEFAULT_CHANNELS
    feeds: tuple[str, ...] = ()
    request_delay_s: float = 1.0
    request_timeout_s: float = 20.0
    delivery_window_days: int = DEFAULT_DELIVERY_WINDOW_DAYS
    # First backoff between retries of one request (doubling, with jitter): a source that is down
    # is retried a few times inside the task, then recorded as failed.
    retry_backoff_s: float = 1.0
    source_down_after_runs: int = DEFAULT_SOURCE_DOWN_AFTER_RUNS
    # Bounds on one source's fetch, so a hostile or broken server cannot hold the run (and the
    # one DuckDB writer slot): pages per channel walk, seconds per channel or feed, bytes per response.
    max_pages: int = DEFAULT_MAX_PAGES
    channel_deadline_s: float = DEFAULT_CHANNEL_DEADLINE_S
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    public_url: str = DEFAULT_PUBLIC_URL

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Build settings from `environ` (default: `os.environ`), falling back to the defaults."""
        env = os.environ if environ is None else environ
        return cls(
            db_path=Path(env.get("HOTLINE_DB") or DEFAULT_DB_PATH),
            telegram_base_url=(env.get("HOTLINE_TELEGRAM_BASE_URL") or DEFAULT_TELEGRAM_BASE_URL).rstrip("/"),
            channels=_split_list(env.get("HOTLINE_CHANNELS"), DEFAULT_CHANNELS),
            feeds=_split_list(env.get("HOTLINE_FEEDS"), ()),
            request_delay_s=float(env.get("HOTLINE_REQUEST_DELAY_S", "1.0")),
            request_timeout_s=float(env.get("HOTLINE_REQUEST_TIMEOUT_S", "20")),
            delivery_window_days=int(env.get("HOTLINE_DELIVERY_WINDOW_DAYS", DEFAULT_DELIVERY_WINDOW_DAYS)),
            retry_backoff_s=float(env.get("HOTLINE_RETRY_BACKOFF_S", "1.0")),
            source_down_after_runs=int(env.get("HOTLINE_SOURCE_DOWN_AFTER_RUNS", DEFAULT_SOURCE_DOWN_AFTER_RUNS)),
            max_pages=int(env.get("HOTLINE_MAX_PAGES", DEFAULT_MAX_PAGES)),
            channel_deadline_s=float(env.get("HOTLINE_CHANNEL_DEADLINE_S", DEFAULT_CHANNEL_DEADLINE_S)),
            max_response_bytes=int(env.get("HOTLINE_MAX_RESPONSE_BYTES", DEFAULT_MAX_RESPONSE_BYTES)),
            public_url=(env.get("HOTLINE_PUBLIC_URL") or DEFAULT_PUBLIC_URL).rstrip("/"),
        )
