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
# The `source` values (`Post.source`) whose posts are the center's own words; news feeds repeat
# them and rank lower. A new source type that publishes the center's own words adds its name here.
OFFICIAL_SOURCES = frozenset({"telegram", "export", "directory"})
DUCKDB_CONN_ID = "duckdb_default"
APPRISE_CONN_ID = "apprise_default"
# One slot: DuckDB allows a single writing process, so every task that writes waits its turn.
DUCKDB_WRITER_POOL = "duckdb_writer"
# The bundled demo channel's name (`hotline demo`, `make up`): a database holding its posts is demo
# data wherever it is read, even where HOTLINE_DEMO is not set (never linked on t.me).
DEMO_CHANNEL = "koordshtab_demo"
# A run's month is delivered to people only if it ended at most this long before the run
# really started; older months (backfills) are recorded as suppressed.
DEFAULT_DELIVERY_WINDOW_DAYS = 45
# A news feed failing this many runs in a row raises one `source_down` warning.
DEFAULT_SOURCE_DOWN_AFTER_RUNS = 3
# Defaults of the fetch limits (kept here, not in fetch, so reading settings imports no HTTP stack).
DEFAULT_MAX_PAGES = 200
DEFAULT_CHANNEL_DEADLINE_S = 600.0
DEFAULT_MAX_RESPONSE_BYTES = 10_000_000
# One response (headers and body) must be complete within this long: a server dripping bytes is cut.
DEFAULT_RESPONSE_DEADLINE_S = 60.0
# A run re-reads at most this many pages (~20 message ids each) of its window's newest posts to
# notice edits and deletions (issue 23): the bounded extra cost of a run, per channel.
DEFAULT_REREAD_PAGES = 3
# Relative dates ("last month", "this year") are the writer's: read in the zone the source writes in.
DEFAULT_TIMEZONE = "Europe/Kyiv"
# Where people open the Hotline Watch page; alert messages link to it (`make up` serves it here).
DEFAULT_PUBLIC_URL = "http://localhost:8080"
# How long one delivery target may take to answer: a webhook behind a slow gateway answers in
# seconds, not in Apprise's default 4 s (a send whose answer does not come in time is recorded as
# "sent, unconfirmed" and not sent again).
DEFAULT_DELIVERY_TIMEOUT_S = 30.0
# The locale every count is shown in (Babel): English, 12,320.
DEFAULT_LOCALE = "en"
_TRUE, _FALSE = ("1", "true", "yes", "on"), ("", "0", "false", "no", "off")


class SettingsError(ValueError):
    """A setting that cannot be read: the message names the variable and its value, in one line.
    A configuration error: retrying cannot help."""


def _number(env: Mapping[str, str], name: str, default: float, kind: type = float) -> float:
    raw = env.get(name)
    if raw is None or not raw.strip():
        return kind(default)
    try:
        value = kind(raw.strip())
    except ValueError:
        what = "a whole number" if kind is int else "a number"
        raise SettingsError(f"{name}={raw[:40]!r} is not {what} (default: {default})") from None
    if value != value or value < 0:  # NaN or negative: no limit, delay or count is below zero
        raise SettingsError(f"{name}={raw[:40]!r} must be a number ≥ 0 (default: {default})")
    return value


def _flag(env: Mapping[str, str], name: str) -> bool:
    raw = (env.get(name) or "").strip().lower()
    if raw in _TRUE:
        return True
    if raw in _FALSE:
        return False
    raise SettingsError(f"{name}={raw[:40]!r} is not a yes/no flag (1, true, yes or 0, false, no)")


def _zone_pairs(raw: str | None) -> tuple[tuple[str, str], ...]:
    """`HOTLINE_SOURCE_TIMEZONES` ("channel=Zone,feed.host=Zone") as checked (name, zone) pairs."""
    pairs = []
    for item in _split_list(raw, ()):
        name, _, zone = item.partition("=")
        if not name.strip() or not zone.strip():
            raise SettingsError(f"HOTLINE_SOURCE_TIMEZONES: {item[:60]!r} is not NAME=Zone/Name")
        pairs.append((name.strip().lower(), _checked_zone("HOTLINE_SOURCE_TIMEZONES", zone.strip())))
    return tuple(pairs)


def _checked_zone(setting: str, zone: str) -> str:
    from zoneinfo import ZoneInfo

    try:
        ZoneInfo(zone)
    except (ValueError, OSError, KeyError):  # ZoneInfoNotFoundError is a KeyError
        raise SettingsError(f"{setting}={zone[:60]!r} is not a known time zone (an IANA name: Europe/Kyiv)") from None
    return zone


def _split_list(raw: str | None, default: tuple[str, ...]) -> tuple[str, ...]:
    if raw is None:
        return default
    return tuple(item.strip() for item in raw.split(",") if item.strip())


def display_locale(environ: Mapping[str, str] | None = None) -> str:
    """`HOTLINE_LOCALE`, the locale of every number shown (`en` when unset or empty). Read each time a
    number is formatted (the page and the alerts), apart from `Settings.from_env`, so a typo in an
    unrelated setting never breaks a page."""
    return (os.environ if environ is None else environ).get("HOTLINE_LOCALE") or DEFAULT_LOCALE


def export_dir(db_path: Path, environ: Mapping[str, str] | None = None) -> Path:
    """Where `hotline_publish` writes: `HOTLINE_EXPORT_DIR`, else `exports/` beside the DuckDB file."""
    return Path((os.environ if environ is None else environ).get("HOTLINE_EXPORT_DIR") or db_path.parent / "exports")


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
    response_deadline_s: float = DEFAULT_RESPONSE_DEADLINE_S
    reread_pages: int = DEFAULT_REREAD_PAGES
    timezone: str = DEFAULT_TIMEZONE
    source_timezones: tuple[tuple[str, str], ...] = ()

    def zone_for(self, channel: str) -> str:
        """The time zone a source writes in: its own (`HOTLINE_SOURCE_TIMEZONES`, by channel name or
        a feed's host), else `HOTLINE_TIMEZONE`."""
        from urllib.parse import urlsplit

        keys = {channel.lower(), (urlsplit(channel).hostname or "") if "://" in channel else ""}
        return next((zone for name, zone in self.source_timezones if name in keys), self.timezone)
    delivery_timeout_s: float = DEFAULT_DELIVERY_TIMEOUT_S
    # The demo's own run (`make demo`, `hotline demo`): messages and charts say "demo data", post
    # links go to the demo channel's server (`telegram_base_url`). Set by the demo's wiring.
    demo: bool = False

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Build settings from `environ` (default: `os.environ`), falling back to the defaults."""
        env = os.environ if environ is None else environ
        return cls(
            db_path=Path(env.get("HOTLINE_DB") or DEFAULT_DB_PATH),
            telegram_base_url=(env.get("HOTLINE_TELEGRAM_BASE_URL") or DEFAULT_TELEGRAM_BASE_URL).rstrip("/"),
            channels=_split_list(env.get("HOTLINE_CHANNELS"), DEFAULT_CHANNELS),
            feeds=_split_list(env.get("HOTLINE_FEEDS"), ()),
            request_delay_s=_number(env, "HOTLINE_REQUEST_DELAY_S", 1.0),
            request_timeout_s=_number(env, "HOTLINE_REQUEST_TIMEOUT_S", 20.0),
            delivery_window_days=_number(env, "HOTLINE_DELIVERY_WINDOW_DAYS", DEFAULT_DELIVERY_WINDOW_DAYS, int),
            retry_backoff_s=_number(env, "HOTLINE_RETRY_BACKOFF_S", 1.0),
            source_down_after_runs=_number(env, "HOTLINE_SOURCE_DOWN_AFTER_RUNS", DEFAULT_SOURCE_DOWN_AFTER_RUNS, int),
            max_pages=_number(env, "HOTLINE_MAX_PAGES", DEFAULT_MAX_PAGES, int),
            channel_deadline_s=_number(env, "HOTLINE_CHANNEL_DEADLINE_S", DEFAULT_CHANNEL_DEADLINE_S),
            max_response_bytes=_number(env, "HOTLINE_MAX_RESPONSE_BYTES", DEFAULT_MAX_RESPONSE_BYTES, int),
            public_url=(env.get("HOTLINE_PUBLIC_URL") or DEFAULT_PUBLIC_URL).rstrip("/"),
            delivery_timeout_s=_number(env, "HOTLINE_DELIVERY_TIMEOUT_S", DEFAULT_DELIVERY_TIMEOUT_S),
            demo=_flag(env, "HOTLINE_DEMO"),
            response_deadline_s=_number(env, "HOTLINE_RESPONSE_DEADLINE_S", DEFAULT_RESPONSE_DEADLINE_S),
            reread_pages=_number(env, "HOTLINE_REREAD_PAGES", DEFAULT_REREAD_PAGES, int),
            timezone=_checked_zone("HOTLINE_TIMEZONE", env.get("HOTLINE_TIMEZONE") or DEFAULT_TIMEZONE),
            source_timezones=_zone_pairs(env.get("HOTLINE_SOURCE_TIMEZONES")),
        )
