"""The `fetch_posts` stage: what the window needs from every configured channel and feed, stored
verbatim (`raw_posts`), each source on its own; the sources' failures and health, and the outage
alerts of the news feeds."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from typing import Any

from hotline import detect, store
from hotline.channel_sync import fetch_channel
from hotline.months import MonthRun
from hotline.records import Alert, Post
from hotline.settings import OFFICIAL_SOURCES, Settings
from hotline.stages import Summary

log = logging.getLogger(__name__)


class SourceFetchError(RuntimeError):
    """An official channel could not be read: the run cannot own its month without it.

    `permanent` says no retry can help (every failed official channel failed permanently), so
    the task fails for good instead of being retried."""

    def __init__(self, message: str, *, permanent: bool) -> None:
        super().__init__(message)
        self.permanent = permanent


@dataclass(frozen=True)
class _SourceOutcome:
    """One source's part of a fetch: its summary line, or why it failed."""

    source: str  # its source type's kind (`fetch/sources.py`): telegram | feed
    name: str
    official: bool
    line: dict[str, Any]
    error: str | None = None
    permanent: bool = False


def fetch_posts(conn: store.Connection, run: MonthRun, settings: Settings | None = None,
                upstream: Summary | None = None) -> Summary:
    """Fetch what the window needs from every configured channel and feed; store it verbatim.

    Each source is fetched and stored on its own: one that stays unreachable after its bounded
    retries is recorded as a source failure (table `source_failures`, the summary, the log) while
    the others' posts are kept. Only a failed official channel fails the step
    (`SourceFetchError`); a news feed failing several runs in a row raises one `source_down`
    warning, and `source_recovered` when it is back."""
    from hotline import fetch
    from hotline.fetch.sources import SOURCE_TYPES

    settings = settings or Settings.from_env()
    client = fetch.TelegramPreviewClient(settings.telegram_base_url, timeout_s=settings.request_timeout_s,
                                         min_delay_s=settings.request_delay_s,
                                         backoff_base_s=settings.retry_backoff_s,
                                         max_response_bytes=settings.max_response_bytes,
                                         response_deadline_s=settings.response_deadline_s)
    outcomes: list[_SourceOutcome] = []
    for source_type in SOURCE_TYPES:  # the registry of source types (`fetch/sources.py`), in its order
        for name in getattr(settings, source_type.setting):
            if source_type.fetch is None:  # a Telegram channel: its incremental walk and re-read
                fetch_one = partial(fetch_channel, conn, client, name, run, settings)
            else:
                fetch_one = partial(_fetch_and_store, conn, source_type.fetch, name, settings)
            outcomes.append(_fetch_source(source_type.kind, name, fetch_one))
    alerts = _record_source_health(conn, run, settings, outcomes)
    summary: dict[str, Any] = {}
    for outcome in outcomes:
        summary[outcome.name] = outcome.line
        line = outcome.line
        if outcome.error is None:
            log.info("fetch %s: %s new posts, %s changed, %s deleted, %s requests (%s re-reading the window)",
                     outcome.name, line["new"], line["changed"], line.get("deleted", 0), line["requests"],
                     line.get("reread_requests", 0))
        else:
            log.error("fetch %s: FAILED (%s%s): %s", outcome.name, "official" if outcome.official else "news",
                      ", permanent" if outcome.permanent else "", outcome.error)
    for alert in alerts:
        log.warning("%s: %s", alert.key, alert.message)
    failed_official = [o for o in outcomes if o.official and o.error is not None]
    if failed_official:
        raise SourceFetchError(
            "; ".join(f"official channel {o.name}: {o.error}" for o in failed_official),
            permanent=all(o.permanent for o in failed_official))
    return summary


def _fetch_source(source: str, name: str, fetch_one: Any) -> _SourceOutcome:
    """Run one source's fetch; a failure of that source becomes its outcome instead of an exception.
    Whether it is official is its `source` type's (`settings.OFFICIAL_SOURCES`).

    Database errors are not a source's failure: they propagate and fail the step."""
    official = source in OFFICIAL_SOURCES
    import duckdb
    import requests

    from hotline import fetch

    try:
        return _SourceOutcome(source, name, official, fetch_one())
    except duckdb.Error:
        raise
    except (fetch.FetchError, ValueError, requests.RequestException, OSError) as error:
        permanent = isinstance(error, fetch.PermanentFetchError | ValueError)
        message = " ".join(str(error).split()) or type(error).__name__
        return _SourceOutcome(source, name, official, {"new": 0, "changed": 0, "requests": None, "error": message},
                              message, permanent)
    except Exception as error:  # a feed's parser can fail in ways of its own; never fatal to the others
        if official:
            raise
        message = f"{type(error).__name__}: {' '.join(str(error).split())}"
        return _SourceOutcome(source, name, official, {"new": 0, "changed": 0, "requests": None, "error": message},
                              message, False)


def _fetch_and_store(conn: store.Connection, fetcher: Callable[[str, Settings], list[Post]], name: str,
                     settings: Settings) -> dict[str, Any]:
    """One source of a type with a fetcher: its posts, stored verbatim in one transaction."""
    posts = fetcher(name, settings)
    with store.transaction(conn):
        saved = store.save_raw_posts(conn, posts, datetime.now(UTC))
    return {"new": saved.new, "changed": saved.changed, "requests": 1}


def _record_source_health(conn: store.Connection, run: MonthRun, settings: Settings,
                          outcomes: list[_SourceOutcome]) -> list[Alert]:
    """Store this run's source failures and each source's health, and the outage alerts they raise,
    in one transaction."""
    now = datetime.now(UTC)
    raised: list[Alert] = []
    with store.transaction(conn):
        for outcome in outcomes:
            if outcome.error is not None:
                store.save_source_failure(conn, run.run_id, run.month, outcome.source, outcome.name,
                                          official=outcome.official, permanent=outcome.permanent,
                                          error=outcome.error, now=now)
            failures, last_run, announced = store.load_source_health(conn, outcome.source, outcome.name)
            health, alert = detect.check_source_health(
                detect.SourceHealth(failures, last_run, announced), name=outcome.name, run_id=run.run_id,
                month=run.month, run_day=f"{run.window_end:%Y-%m-%d}", error=outcome.error,
                down_after_runs=settings.source_down_after_runs)
            store.save_source_health(conn, outcome.source, outcome.name,
                                     consecutive_failures=health.consecutive_failures, last_run_id=run.run_id,
                                     down_announced=health.down_announced, error=outcome.error, now=now)
            # Official channels fail the task instead; an outage alert is about the news feeds.
            if alert is not None and not outcome.official:
                status = "pending" if alert.severity != "info" else "recorded"
                if store.save_alerts(conn, [alert], {alert.key: status}, now):
                    raised.append(alert)
    return raised


