"""The monthly pipeline's steps: each DAG task calls exactly one function here.

Every step takes an open DuckDB connection and a `MonthRun` (the one month a run owns and the
window of posts it reads), does its side effects in one transaction, and returns a small JSON
summary for XCom and the task log. The pure work is delegated to parse/extract/validate/detect.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from importlib import resources
from typing import Any

import pandas as pd

from hotline import detect, extract, store, validate
from hotline.channel_sync import fetch_channel
from hotline.delivery import DeliveryError  # noqa: F401  (the notify step raises it; callers catch it here)
from hotline.months import MonthRun, month_end, writer_time
from hotline.reconcile import Reconciliation, current_observations, reconcile
from hotline.records import Alert, Finding, MonthlyCount, Plan, Post
from hotline.series import series_title
from hotline.settings import OFFICIAL_SOURCES, Settings

log = logging.getLogger(__name__)

# Series expected to report every month; «Хочу жить» figures come too rarely to expect one.
WATCHED_SERIES = ("i_want_to_find",)


def _now() -> datetime:
    return datetime.now(UTC)


# --- fetch -----------------------------------------------------------------------------------


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

    source: str  # telegram | feed
    name: str
    official: bool
    line: dict[str, Any]
    error: str | None = None
    permanent: bool = False


def fetch_posts(conn: store.Connection, run: MonthRun, settings: Settings) -> dict[str, Any]:
    """Fetch what the window needs from every configured channel and feed; store it verbatim.

    Each source is fetched and stored on its own: one that stays unreachable after its bounded
    retries is recorded as a source failure (table `source_failures`, the summary, the log) while
    the others' posts are kept. Only a failed official channel fails the step
    (`SourceFetchError`); a news feed failing several runs in a row raises one `source_down`
    warning, and `source_recovered` when it is back."""
    from hotline import fetch

    client = fetch.TelegramPreviewClient(settings.telegram_base_url, timeout_s=settings.request_timeout_s,
                                         min_delay_s=settings.request_delay_s,
                                         backoff_base_s=settings.retry_backoff_s,
                                         max_response_bytes=settings.max_response_bytes,
                                         response_deadline_s=settings.response_deadline_s)
    outcomes = [_fetch_source("telegram", channel, lambda c=channel: fetch_channel(conn, client, c, run, settings))
                for channel in settings.channels]
    outcomes += [_fetch_source("feed", url, lambda u=url: _fetch_feed(conn, u, settings)) for url in settings.feeds]
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


def _fetch_feed(conn: store.Connection, url: str, settings: Settings) -> dict[str, Any]:
    from hotline import fetch

    posts = fetch.fetch_feed_posts(url, timeout_s=settings.request_timeout_s, backoff_base_s=settings.retry_backoff_s,
                                   max_response_bytes=settings.max_response_bytes,
                                   deadline_s=settings.channel_deadline_s,
                                   response_deadline_s=settings.response_deadline_s)
    with store.transaction(conn):
        saved = store.save_raw_posts(conn, posts, _now())
    return {"new": saved.new, "changed": saved.changed, "requests": 1}


def _record_source_health(conn: store.Connection, run: MonthRun, settings: Settings,
                          outcomes: list[_SourceOutcome]) -> list[Alert]:
    """Store this run's source failures and each source's health, and the outage alerts they raise,
    in one transaction."""
    now = _now()
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


# --- extract ---------------------------------------------------------------------------------


def extract_observations(conn: store.Connection, run: MonthRun, settings: Settings | None = None) -> dict[str, Any]:
    """Read facts from every post published in the window; keep each with its provenance.

    The extractor sees each post's time on its writer's clock (`settings.zone_for`): relative dates
    ("last month") are the writer's, and Telegram's times are UTC."""
    zones = settings or Settings.from_env()
    posts = store.load_posts_published_between(conn, run.window_start, run.window_end)
    rows, problems_by_source = [], {}
    now = _now()
    for stored in posts:
        post = stored.post
        extraction = extract.extract_facts(post.text, writer_time(post.published_at, zones.zone_for(post.channel)),
                                           post.post_id, channel=post.channel)
        rows += [_observation_row(post, stored.version, fact, now) for fact in extraction.facts]
        problems_by_source.setdefault(post.source, []).extend(extraction.problems)
    urls = {stored.post.post_id: stored.post.url for stored in posts}
    read = [(stored.post.source, stored.post.post_id, stored.version) for stored in posts]
    with store.transaction(conn):
        superseded = store.supersede_observations(conn, read, extractor_version())
        new_facts = store.save_observations(conn, rows)
        quarantined = sum(store.save_quarantine(conn, source, problems, now, urls)
                          for source, problems in problems_by_source.items())
    summary = {"posts": len(posts), "facts": len(rows), "new_facts": new_facts, "superseded": superseded,
               "quarantined": sum(len(p) for p in problems_by_source.values()), "new_quarantined": quarantined}
    summary.update(store.reviews.apply_reviews(conn, run.month, now))  # a person's decisions (issue 14)
    log.info("extract %s: %s", run.month, summary)
    return summary


@functools.cache
def extractor_version() -> str:
    """A fingerprint of the extractor's code and series configuration, stored with every
    observation so a fact can be traced to the exact rules that read it, and so a rerun with an
    improved extractor re-reads the posts an older one read."""
    digest = hashlib.sha256()
    package = resources.files("hotline")
    modules = sorted((package / "extract").iterdir(), key=lambda resource: resource.name)
    for resource in [*modules, package / "series.toml"]:
        if resource.is_file() and resource.name.endswith((".py", ".toml")):
            digest.update(resource.name.encode() + b"\0" + resource.read_bytes())
    return f"extract-{digest.hexdigest()[:12]}"


def _observation_row(post: Post, version: int, fact: Any, now: datetime) -> dict[str, Any]:
    return {
        "source": post.source, "channel": post.channel, "post_id": post.post_id, "post_version": version,
        "post_url": post.url, "published_at": post.published_at, "official": post.source in OFFICIAL_SOURCES,
        "series": fact.series, "kind": fact.kind, "period": fact.period, "value": float(fact.value),
        "qualifier": fact.qualifier, "evidence": fact.evidence, "parser_version": extractor_version(),
        "status": "new", "observed_at": now,
    }


# --- validate --------------------------------------------------------------------------------


def validate_new_observations(conn: store.Connection, run: MonthRun) -> dict[str, Any]:
    """Validate observations not yet judged; accept them or quarantine them with the rule broken."""
    frame = store.load_observations(conn, status="new")
    series = extract.load_series_config()["series"]
    launch = {series_id: spec.get("launched") for series_id, spec in series.items()}
    result = validate.validate_observations(frame, launch)
    key_columns = ["source", "post_id", "post_version", "series", "kind", "period"]
    rejected = frame.loc[result.rejected_index] if result.rejected_index else frame.iloc[0:0]
    urls = dict(zip(frame["post_id"], frame["post_url"], strict=False)) if not frame.empty else {}
    with store.transaction(conn):
        store.set_observation_status(conn, result.accepted[key_columns].itertuples(index=False, name=None),
                                     "accepted")
        store.set_observation_status(conn, rejected[key_columns].itertuples(index=False, name=None),
                                     "quarantined")
        for source, problems in _group_by_source(rejected, result.problems).items():
            store.save_quarantine(conn, source, problems, _now(), urls)
    summary = {"checked": len(frame), "accepted": len(result.accepted), "quarantined": len(rejected)}
    log.info("validate %s: %s", run.month, summary)
    return summary


def _group_by_source(rejected: pd.DataFrame, problems: list) -> dict[str, list]:
    source_of = dict(zip(rejected["post_id"], rejected["source"], strict=False)) if not rejected.empty else {}
    grouped: dict[str, list] = {}
    for problem in problems:
        grouped.setdefault(source_of.get(problem.post_id, "unknown"), []).append(problem)
    return grouped


# --- detect and load --------------------------------------------------------------------------
#
# Detection runs before the load and changes no data: it reconciles the accepted observations into
# one value per series and month, runs the alert rules over that series, and hands the whole plan
# to the load, which commits the values, revisions, findings and alerts in one transaction (a
# transactional outbox). A month's value and the alerts it raises are recorded together or not
# at all, and deterministic keys make reruns, retries and backfills insert nothing twice.


def reconcile_and_plan(conn: store.Connection, run: MonthRun, settings: Settings) -> dict[str, Any]:
    """Reconcile the accepted observations and run the alert rules over the result.

    It changes no data (only its run summary is recorded, like every step's).

    Returns the summary plus `plan`, the JSON form of the `Plan` that `commit_plan` commits. Only
    the newest month, ended recently relative to the run's real start, is queued for delivery;
    alerts about older months (backfills) are recorded as suppressed.
    """
    states = store.load_post_states(conn)  # edits and deletions decide which readings count (issue 23)
    result = reconcile(current_observations(store.load_observations(conn, status="accepted"), states))
    withdrawn = _withdrawn_months(conn, run, result)
    findings = [*result.findings,
                *(_withdrawn_finding(row, states.get((row.source, row.post_id), (0, False))[1]) for row in withdrawn)]
    history = list(result.monthly)
    alerts = detect.alerts_from_series(history) + detect.alerts_from_checks(findings, result.revisions)
    newest: dict[str, str] = {}
    # A withdrawn month (its only source deleted) is still the newest the series has known: its alert counts.
    for series, month in [*((count.series, count.month) for count in history),
                          *((row.series, row.month) for row in withdrawn)]:
        newest[series] = max(newest.get(series, month), month)
    plan = _what_the_load_writes(conn, Plan(
        monthly=tuple(result.monthly), revisions=tuple(result.revisions), findings=tuple(findings),
        alerts=tuple(alerts), status_for={alert.key: _initial_status(alert, newest, run, settings) for alert in alerts},
        withdrawn=tuple((row.series, row.month) for row in withdrawn)))
    own = [alert for alert in alerts if alert.month == run.month]
    summary = {"month": run.month, "alerts_total": len(alerts),
               "month_alerts": [f"{a.kind}:{a.severity}" for a in own], "withdrawn": len(withdrawn),
               "to_write": {"months": len(plan.monthly), "revisions": len(plan.revisions),
                            "findings": len(plan.findings), "alerts": len(plan.alerts)}}
    log.info("detect %s: %s", run.month, summary)
    return {**summary, "plan": plan.to_json()}


def _what_the_load_writes(conn: store.Connection, plan: Plan) -> Plan:
    """The plan narrowed to what the load would change: months new or stored otherwise, revisions,
    findings and alerts not kept yet. It travels by XCom, so a rerun over a multi-year history
    carries a few rows instead of the whole series (the load's writes are the same either way: it
    skips unchanged rows and existing keys)."""
    alerts = store.new_alerts(conn, plan.alerts)
    return Plan(monthly=tuple(store.changed_monthly_counts(conn, plan.monthly)),
                revisions=tuple(store.new_revisions(conn, plan.revisions)),
                findings=tuple(store.new_findings(conn, plan.findings)),
                alerts=tuple(alerts), status_for={alert.key: plan.status_for[alert.key] for alert in alerts},
                withdrawn=plan.withdrawn)


def _withdrawn_months(conn: store.Connection, run: MonthRun, result: Reconciliation) -> list[MonthlyCount]:
    """Stored months that no accepted observation supports any more, among those whose source
    post this run has just re-read (an improved extractor no longer reads the figure there).

    Limited to the run's window so that a month is never withdrawn merely because its posts were
    not read this time."""
    kept = {(row.series, row.month) for row in result.monthly}
    stored = store.load_monthly_counts_published_between(conn, run.window_start, run.window_end)
    return [row for row in stored if (row.series, row.month) not in kept]


def _withdrawn_finding(row: MonthlyCount, source_deleted: bool = False) -> Finding:
    why = ": its source post was deleted from the channel" if source_deleted else \
        " is no longer read from its source post"
    return Finding(
        finding_key=f"{'source_deleted' if source_deleted else 'withdrawn'}:{row.series}:{row.month}:{row.requests}",
        series=row.series, month=row.month, rule="source_deleted" if source_deleted else "withdrawn",
        severity="warning",
        message=f"the stored value {row.requests:,}{why}; the month is removed until a source states it again",
        urls=(row.source_url,),
    )


def commit_plan(conn: store.Connection, run: MonthRun, plan: dict[str, Any]) -> dict[str, Any]:
    """Commit a plan from `reconcile_and_plan` (the `detect_alerts` step; its JSON form, as XCom
    carries it) in one transaction: the changed values of series and months, new revisions and
    findings, and the new alerts they raise; stored months the plan withdraws are removed. The
    summary describes the table after the commit (months held, conflicts, the run month's values)."""
    decided = Plan.from_json(plan)
    now = _now()
    with store.transaction(conn):
        removed = store.delete_monthly_counts(conn, decided.withdrawn)
        changed = store.save_monthly_counts(conn, decided.monthly, now)
        revised = store.save_revisions(conn, decided.revisions, now)
        found = store.save_findings(conn, decided.findings, now)
        alerted = store.save_alerts(conn, decided.alerts, decided.status_for, now)
    held = store.load_monthly_counts(conn)
    conflicts = sum(1 for row in held if row.status == "conflict")
    log.info("run %s %s", run.month, _run_line(conn, run, revised, conflicts))
    summary = {
        "month": run.month, "months_total": len(held), "rows_changed": changed,
        "months_withdrawn": removed, "new_revisions": revised, "new_findings": found, "new_alerts": alerted,
        "conflicts": conflicts,
        "value": {row.series: row.requests for row in held if row.month == run.month},
    }
    log.info("load %s: %s", run.month, summary)
    return summary


def _run_line(conn: store.Connection, run: MonthRun, revised: int, conflicts: int) -> str:
    """The one-line run summary: posts read, facts, accepted, quarantined, revised, conflicts."""
    steps = store.load_step_summaries(conn, run.run_id, run.month)
    extracted = json.loads(steps.get("extract_facts", "{}"))
    validated = json.loads(steps.get("validate_facts", "{}"))
    return (f"posts read {extracted.get('posts', '?')}, facts {extracted.get('facts', '?')}, "
            f"accepted {validated.get('accepted', '?')}, "
            f"quarantined {extracted.get('quarantined', 0) + validated.get('quarantined', 0)}, "
            f"revised {revised}, conflicts {conflicts}")


# --- report arrival --------------------------------------------------------------------------


def check_report_arrival(conn: store.Connection, run: MonthRun, settings: Settings) -> dict[str, Any]:
    """The daily clock: is the owned month's report late or missing, or has it arrived after all?

    "Now" is the run's interval end, not the wall clock, so a rerun decides the same way.
    """
    now = run.window_end
    raised = []
    for series in WATCHED_SERIES:
        reports = store.load_report_dates(conn, series)
        lags = [detect.report_lag_days(month, published) for month, published in reports.items()
                if month < run.month]
        already = store.load_alert_keys(conn, detect.MISSING_REPORT, series, run.month)
        alert = detect.check_missing_report(series, run.month, expected_lags_days=lags,
                                            report_published_at=reports.get(run.month), now=now,
                                            already_sent=already)
        if alert is None:
            continue
        live = now >= run.started_at - timedelta(days=2)
        status = "pending" if live and alert.severity != "info" else ("recorded" if live else "suppressed")
        with store.transaction(conn):
            store.save_alerts(conn, [alert], {alert.key: status}, _now())
        raised.append(f"{alert.key} ({status})")
    summary = {"month": run.month, "checked_at": now.isoformat(), "alerts": raised}
    log.info("report check %s: %s", run.month, summary)
    return summary


def _initial_status(alert: Alert, newest: dict[str, str], run: MonthRun, settings: Settings) -> str:
    recent = month_end(alert.month) >= run.started_at - timedelta(days=settings.delivery_window_days)
    if alert.month == newest.get(alert.series) and recent and alert.severity != "info":
        return "pending"
    return "suppressed" if alert.severity != "info" else "recorded"


# --- notify ----------------------------------------------------------------------------------


def run_headline(conn: store.Connection, month: str) -> str:
    """One human line for the run's UI summary: the month's values and the alerts raised for it."""
    values = [f"{series_title(c.series)}: {c.requests:,}" + ("" if c.qualifier == "exact" else f" ({c.qualifier})")
              for c in store.load_monthly_counts(conn) if c.month == month]
    alerts = [f"{a['kind']} ({a['severity']}, {a['status']})" for a in store.load_alerts(conn) if a["month"] == month]
    return (f"{month} — {'; '.join(values) or 'no figure yet'} — "
            f"{'alerts: ' + ', '.join(alerts) if alerts else 'no alerts'}")


def deliver_pending_alerts(conn: store.Connection, run: MonthRun, sender: Any,
                           settings: Settings | None = None) -> dict[str, Any]:
    """Deliver the outbox (`delivery.deliver_outbox`: the window, once per target, `recorded` with no
    target) and add the run's headline to the summary. `settings` default to the environment's."""
    from hotline import delivery

    summary = delivery.deliver_outbox(conn, run, sender, settings or Settings.from_env())
    return {**summary, "headline": run_headline(conn, run.month)}
