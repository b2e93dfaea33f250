"""The `notify` stage: the pending alerts of the outbox delivered through Apprise
(`delivery.deliver_outbox`), and the run's headline."""

from __future__ import annotations

import logging
from typing import Any

from hotline import store
from hotline.months import MonthRun
from hotline.series import series_title
from hotline.settings import Settings
from hotline.stages import Summary

log = logging.getLogger(__name__)


def run_headline(conn: store.Connection, month: str) -> str:
    """One human line for the run's UI summary: the month's values and the alerts raised for it."""
    values = [f"{series_title(c.series)}: {c.requests:,}" + ("" if c.qualifier == "exact" else f" ({c.qualifier})")
              for c in store.load_monthly_counts(conn) if c.month == month]
    alerts = [f"{a['kind']} ({a['severity']}, {a['status']})" for a in store.load_alerts(conn) if a["month"] == month]
    return (f"{month} — {'; '.join(values) or 'no figure yet'} — "
            f"{'alerts: ' + ', '.join(alerts) if alerts else 'no alerts'}")


def notify(conn: store.Connection, run: MonthRun, settings: Settings | None = None, upstream: Summary | None = None,
           *, sender: Any = None) -> Summary:
    """Deliver the outbox (`delivery.deliver_outbox`: the window, once per target, `recorded` with no
    target) and add the run's headline to the summary. `sender` defaults to the Apprise connection's
    (`APPRISE_CONN_ID`), `settings` to the environment's."""
    from hotline import delivery

    settings = settings or Settings.from_env()
    if sender is None:
        from hotline import apprise_send
        from hotline.settings import APPRISE_CONN_ID

        sender = apprise_send.apprise_sender(APPRISE_CONN_ID, timeout_s=settings.delivery_timeout_s)
    summary = delivery.deliver_outbox(conn, run, sender, settings)
    return {**summary, "headline": run_headline(conn, run.month)}
