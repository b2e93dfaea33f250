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

from hotline.message import Message, compose_message
from hotline.settings import APPRISE_CONN_ID

log = logging.getLogger(__name__)

# Sender: (title, body, notify type, attachment path or None) -> delivered? A sender may raise
# NotDelivered to say why not. The notify type is Apprise's: "info", "warning", or "failure"
# (a broken pipeline only).
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
    """Title and plain-text body of an alert row without its month's sources (see `message`);
    the key is in the body so a rare duplicate is recognisable."""
    message = compose_message(alert)
    return message.title, message.body


def apprise_sender(conn_id: str = APPRISE_CONN_ID) -> Sender | None:
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

    def send(title: str, body: str, notify_type: str, attachment: str | None = None) -> bool:
        kind = {"failure": apprise.NotifyType.FAILURE, "warning": apprise.NotifyType.WARNING}.get(
            notify_type, apprise.NotifyType.INFO)
        # Services without attachment support still get the text; Apprise drops what they can't take.
        # Apprise only returns False; the cause (refused, HTTP 500, ...) is in its log: keep it.
        with apprise.LogCapture(level=logging.WARNING, fmt="%(message)s") as logged:
            delivered = bool(targets.notify(title=title, body=body, notify_type=kind, attach=attachment))
        if not delivered:
            causes = [line.strip() for line in logged.getvalue().splitlines() if line.strip()]
            raise NotDelivered("; ".join(dict.fromkeys(causes))[:500] or _NOT_DELIVERED)
        return True

    return send


def deliver(alerts: list[dict[str, Any]], send: Sender | None,
            on_result: Callable[[str, bool, str | None], None],
            attachment_for: Callable[[dict[str, Any]], str | None] = lambda alert: None,
            compose: Callable[[dict[str, Any]], Message] = compose_message) -> DeliveryReport:
    """Send each pending alert once; report each outcome through `on_result(key, ok, error)`.

    `attachment_for(alert)` may give a file (the series chart) to attach to the message;
    `compose(alert)` writes the message (the pipeline's knows the month's sources)."""
    if send is None:
        return DeliveryReport(skipped_no_target=len(alerts))
    sent = failed = 0
    for alert in alerts:
        try:
            message = compose(alert)
            ok, error = send(message.title, message.body, message.notify_type, attachment_for(alert)), None
        except NotDelivered as exc:
            ok, error = False, f"not delivered: {exc}"
        except Exception as exc:  # a broken target must not lose the other alerts
            ok, error = False, f"{type(exc).__name__}: {exc}"
        if not ok and error is None:
            error = _NOT_DELIVERED
        on_result(alert["alert_key"], ok, error)
        sent, failed = sent + ok, failed + (not ok)
    return DeliveryReport(sent=sent, failed=failed)
