"""The steps of the DAGs: one function per task, named as the task (the name is the task id, the
step recorded in `run_summaries` and what the logs say).

Each takes (connection, run, settings, the upstream task's summary) and returns its own summary;
`hotline.tasks.run_step` runs one inside an Airflow task. Light on purpose: the DAG files import
this module when they are parsed, so the pipeline is imported only when a step runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hotline.months import MonthRun
    from hotline.settings import Settings
    from hotline.store import Connection

Summary = dict[str, Any]


def fetch_posts(conn: Connection, run: MonthRun, settings: Settings, upstream: Summary) -> Summary:
    """New posts from every channel and feed → `raw_posts` (verbatim)."""
    from hotline import pipeline

    return pipeline.fetch_posts(conn, run, settings)


def extract_facts(conn: Connection, run: MonthRun, settings: Settings, upstream: Summary) -> Summary:
    """The window's posts → `observations`; unreadable posts → `quarantine`."""
    from hotline import pipeline

    return pipeline.extract_observations(conn, run, settings)


def validate_facts(conn: Connection, run: MonthRun, settings: Settings, upstream: Summary) -> Summary:
    """New observations accepted, or quarantined with the rule they broke."""
    from hotline import pipeline

    return pipeline.validate_new_observations(conn, run)


def detect_alerts(conn: Connection, run: MonthRun, settings: Settings, upstream: Summary) -> Summary:
    """Reconcile the series and run the alert rules; changes no data, returns the plan."""
    from hotline import pipeline

    return pipeline.reconcile_and_plan(conn, run, settings)


def load_monthly_counts(conn: Connection, run: MonthRun, settings: Settings, upstream: Summary) -> Summary:
    """Commit the plan `detect_alerts` returned (`pipeline.commit_plan`) in one transaction."""
    from hotline import pipeline

    return pipeline.commit_plan(conn, run, upstream.get("plan", {}))


def check_reports(conn: Connection, run: MonthRun, settings: Settings, upstream: Summary) -> Summary:
    """Is the owned month's report late or missing, or has it arrived after all?"""
    from hotline import pipeline

    return pipeline.check_report_arrival(conn, run, settings)


def notify(conn: Connection, run: MonthRun, settings: Settings, upstream: Summary) -> Summary:
    """Deliver the pending alerts through the Apprise connection."""
    from hotline import notify as apprise_notify
    from hotline import pipeline
    from hotline.settings import APPRISE_CONN_ID

    sender = apprise_notify.apprise_sender(APPRISE_CONN_ID, timeout_s=settings.delivery_timeout_s)
    return pipeline.deliver_pending_alerts(conn, run, sender, settings)
