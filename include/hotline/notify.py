"""Delivery: format alerts and send them through Apprise; the only module that notifies.

Targets come from the Airflow connection `apprise_default` (Apprise URLs in its extra `config`),
e.g. `AIRFLOW_CONN_APPRISE_DEFAULT='{"conn_type": "apprise", "extra": {"config": {"path": "json://..."}}}'`.
Apprise reports failure through its return value rather than raising, so every send is checked.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hotline.series import series_title

log = logging.getLogger(__name__)

# Sender: (title, body, severity, attachment path or None) -> delivered? A sender may raise
# NotDelivered to say why not.
Sender = Callable[[str, str, str, str | None], bool]


class NotDelivered(RuntimeError):
    """A target refused or failed the notification; the message is the cause Apprise logged."""


@dataclass(frozen=True)
class DeliveryReport:
    """What one delivery pass did."""

    sent: int = 0
    failed: int = 0
    skipped_no_target: int = 0


_NOT_DELIVERED = "Apprise reported the notification as not delivered"


def format_alert(alert: dict[str, Any]) -> tuple[str, str]:
    """Title and plain-text body of an alert row; the key is in the body so a rare duplicate is recognisable."""
    series = series_title(alert["series"])
    title = f"[{alert['severity'].upper()}] {series} {alert['month']}: {alert['kind'].replace('_', ' ')}"
    body = f"{alert['message']}\n\nalert key: {alert['alert_key']}"
    return title, body


def apprise_sender(conn_id: str = "apprise_default") -> Sender | None:
    """A sender for the Apprise targets of `conn_id`, or None when no such connection is configured."""
    import apprise
    from airflow.providers.apprise.hooks.apprise import AppriseHook

    hook = AppriseHook(apprise_conn_id=conn_id)
    try:
        connection = hook.get_connection(conn_id)
    except Exception as error:  # AirflowNotFoundException: no target configured, which is allowed
        log.info("No Airflow connection %r (%s): alerts are recorded, not sent.", conn_id, type(error).__name__)
        return None
    targets = apprise.Apprise()
    hook.set_config_from_conn(conn=connection, apprise_obj=targets)

    def send(title: str, body: str, severity: str, attachment: str | None = None) -> bool:
        notify_type = {"alert": apprise.NotifyType.FAILURE, "warning": apprise.NotifyType.WARNING}.get(
            severity, apprise.NotifyType.INFO)
        # Services without attachment support still get the text; Apprise drops what they can't take.
        # Apprise only returns False; the cause (refused, HTTP 500, ...) is in its log: keep it.
        with apprise.LogCapture(level=logging.WARNING, fmt="%(message)s") as logged:
            delivered = bool(targets.notify(title=title, body=body, notify_type=notify_type, attach=attachment))
        if not delivered:
            causes = [line.strip() for line in logged.getvalue().splitlines() if line.strip()]
            raise NotDelivered("; ".join(dict.fromkeys(causes))[:500] or _NOT_DELIVERED)
        return True

    return send


def deliver(alerts: list[dict[str, Any]], send: Sender | None,
            on_result: Callable[[str, bool, str | None], None],
            attachment_for: Callable[[dict[str, Any]], str | None] = lambda alert: None) -> DeliveryReport:
    """Send each pending alert once; report each outcome through `on_result(key, ok, error)`.

    `attachment_for(alert)` may give a file (the series chart) to attach to the message."""
    if send is None:
        return DeliveryReport(skipped_no_target=len(alerts))
    sent = failed = 0
    for alert in alerts:
        title, body = format_alert(alert)
        try:
            ok, error = send(title, body, alert["severity"], attachment_for(alert)), None
        except NotDelivered as exc:
            ok, error = False, f"not delivered: {exc}"
        except Exception as exc:  # a broken target must not lose the other alerts
            ok, error = False, f"{type(exc).__name__}: {exc}"
        if not ok and error is None:
            error = _NOT_DELIVERED
        on_result(alert["alert_key"], ok, error)
        sent, failed = sent + ok, failed + (not ok)
    return DeliveryReport(sent=sent, failed=failed)
