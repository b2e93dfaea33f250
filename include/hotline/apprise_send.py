"""Sending through Apprise: format alerts and send them to each target; the only module that talks to Apprise.

Targets come from the Airflow connection `apprise_default` (Apprise URLs in its extra `config`),
e.g. `AIRFLOW_CONN_APPRISE_DEFAULT='{"conn_type": "apprise", "extra": {"config": {"path": "json://..."}}}'`.
Apprise reports failure through its return value rather than raising, so every send is checked.

Each target is sent to on its own, so one that fails is retried without sending again to the
others. A target that took the request but whose answer did not come within the delivery timeout
(`HOTLINE_DELIVERY_TIMEOUT_S`) has most likely got it: the send is "sent, unconfirmed" and is not
repeated (a webhook that answers slowly got every retry before).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from hotline.message import Message, compose_message
from hotline.settings import APPRISE_CONN_ID, DEFAULT_DELIVERY_TIMEOUT_S

log = logging.getLogger(__name__)

# What became of one alert at one target, and of the alert as a whole ("pending": try again).
SENT, UNCONFIRMED, FAILED, PENDING = "sent", "unconfirmed", "failed", "pending"
# Sender: (title, body, notify type, attachment path or None) -> delivered? A sender may raise
# NotDelivered to say why not. The notify type is Apprise's: "info", "warning", or "failure"
# (a broken pipeline only). `apprise_sender`'s also lists its targets (`.targets`).
Sender = Callable[[str, str, str, str | None], bool]
# What a request library says when the request went out but its answer did not come in time.
_READ_TIMEOUT = ("read timed out", "readtimeout", "read timeout")


class NotDelivered(RuntimeError):
    """A target refused or failed the notification; the message is the cause Apprise logged."""


@dataclass(frozen=True)
class Target:
    """One delivery target: a stable id (a hash of its URL), a label with its secrets masked, and
    `send(title, body, notify type, attachment) -> SENT | UNCONFIRMED` (NotDelivered: not sent)."""

    id: str
    label: str
    send: Callable[[str, str, str, str | None], str]


@dataclass(frozen=True)
class DeliveryReport:
    """What one delivery pass did, counted in alerts."""

    sent: int = 0
    failed: int = 0
    skipped_no_target: int = 0
    unconfirmed: int = 0


_NOT_DELIVERED = "Apprise reported the notification as not delivered"
APPRISE_READ_TIMEOUT_S = 4.0  # how long Apprise waits for a target's answer unless told otherwise


def set_answer_timeout(servers: list[Any], timeout_s: float) -> None:
    """Let each Apprise target wait `timeout_s` for its answer (HOTLINE_DELIVERY_TIMEOUT_S) instead of
    Apprise's 4 s; a URL's own `rto=` is kept."""
    for server in servers:
        if getattr(server, "socket_read_timeout", None) == APPRISE_READ_TIMEOUT_S:
            server.socket_read_timeout = timeout_s


def is_read_timeout(text: str) -> bool:
    """Whether a request library's words say the request went out but no answer came in time."""
    return any(word in text.lower() for word in _READ_TIMEOUT)


def format_alert(alert: dict[str, Any]) -> tuple[str, str]:
    """Title and plain-text body of an alert row without its month's sources (see `message`);
    the key is in the body so a rare duplicate is recognisable."""
    message = compose_message(alert)
    return message.title, message.body


class AppriseSender:
    """The Apprise targets of a connection: call it to send to all of them (the failure notifier),
    or send to each of `targets` on its own (alerts, exactly once per target)."""

    def __init__(self, servers: list[Any], timeout_s: float) -> None:
        # Each target's id comes from its URL as configured, so changing the timeout changes no id.
        self.targets = [_target(server) for server in servers]
        set_answer_timeout(servers, timeout_s)

    def __call__(self, title: str, body: str, notify_type: str, attachment: str | None = None) -> bool:
        causes = []
        for target in self.targets:
            try:
                target.send(title, body, notify_type, attachment)
            except NotDelivered as error:  # the other targets still get it
                causes.append(f"{target.label}: {error}" if len(self.targets) > 1 else str(error))
        if causes:
            raise NotDelivered("; ".join(causes)[:1000])
        return bool(self.targets)


def _target(server: Any) -> Target:
    import apprise

    url = server.url()
    label = server.url(privacy=True)
    single = apprise.Apprise()
    single.add(server)

    def send(title: str, body: str, notify_type: str, attachment: str | None = None) -> str:
        kind = {"failure": apprise.NotifyType.FAILURE, "warning": apprise.NotifyType.WARNING}.get(
            notify_type, apprise.NotifyType.INFO)
        # Services without attachment support still get the text; Apprise drops what they can't take.
        # Apprise only returns False; the cause (refused, HTTP 500, a timeout) is in its log: keep it.
        with apprise.LogCapture(level=logging.DEBUG, fmt="%(levelname)s %(message)s") as logged:
            delivered = bool(single.notify(title=title, body=body, notify_type=kind, attach=attachment))
        if delivered:
            return SENT
        lines = [line.strip() for line in logged.getvalue().splitlines() if line.strip()]
        if any(is_read_timeout(line) for line in lines):
            return UNCONFIRMED
        causes = [line.split(" ", 1)[-1] for line in lines if line.split(" ", 1)[0] in ("WARNING", "ERROR")]
        raise NotDelivered("; ".join(dict.fromkeys(causes))[:500] or _NOT_DELIVERED)

    return Target(hashlib.sha256(url.encode("utf-8")).hexdigest()[:16], label, send)


def apprise_sender(conn_id: str = APPRISE_CONN_ID,
                   timeout_s: float = DEFAULT_DELIVERY_TIMEOUT_S) -> AppriseSender | None:
    """A sender for the Apprise targets of `conn_id`, or None when no such connection is configured;
    each target waits `timeout_s` for its answer (unless its URL says `rto=`)."""
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
    return AppriseSender(list(targets), timeout_s)


def targets_of(send: Sender | AppriseSender | None) -> list[Target]:
    """The targets of a sender; a plain callable is one target."""
    if send is None:
        return []
    targets = getattr(send, "targets", None)
    if targets is not None:
        return list(targets)

    def once(title: str, body: str, notify_type: str, attachment: str | None = None) -> str:
        if not send(title, body, notify_type, attachment):
            raise NotDelivered(_NOT_DELIVERED)
        return SENT

    return [Target("sender", "the sender", once)]


# on_target(alert key, target, outcome (SENT, UNCONFIRMED or FAILED), error or None)
OnTarget = Callable[[str, Target, str, str | None], None]


def deliver(alerts: list[dict[str, Any]], send: Sender | AppriseSender | None,
            on_result: Callable[[str, str, str | None], None],
            attachment_for: Callable[[dict[str, Any]], str | None] = lambda alert: None,
            compose: Callable[[dict[str, Any]], Message] = compose_message,
            done: Callable[[str], Mapping[str, str]] = lambda key: {},
            on_target: OnTarget = lambda key, target, outcome, error: None) -> DeliveryReport:
    """Send each alert once to each target; report each alert's outcome through
    `on_result(key, status, error)`: SENT, UNCONFIRMED (some target's answer timed out) or PENDING
    (some target failed: a later pass sends to it, and only to it).

    `done(key)` gives the targets (id → outcome) that already have the alert; `on_target` hears
    every send. `attachment_for(alert)` may give a file (the series chart) to attach;
    `compose(alert)` writes the message (the pipeline's knows the month's sources)."""
    targets = targets_of(send)
    if not targets:
        return DeliveryReport(skipped_no_target=len(alerts))
    counts = {SENT: 0, UNCONFIRMED: 0, PENDING: 0}
    for alert in alerts:
        status, error = _deliver_one(alert, targets, attachment_for, compose, done, on_target)
        on_result(alert["alert_key"], status, error)
        counts[status] += 1
    return DeliveryReport(sent=counts[SENT], failed=counts[PENDING], unconfirmed=counts[UNCONFIRMED])


def _deliver_one(alert: dict[str, Any], targets: list[Target], attachment_for: Callable[[dict[str, Any]], str | None],
                 compose: Callable[[dict[str, Any]], Message], done: Callable[[str], Mapping[str, str]],
                 on_target: OnTarget) -> tuple[str, str | None]:
    key = alert["alert_key"]
    outcomes = dict(done(key))
    errors = []
    try:
        message, attachment = compose(alert), attachment_for(alert)
    except Exception as exc:  # a broken message must not lose the other alerts
        return PENDING, f"{type(exc).__name__}: {exc}"
    for target in targets:
        if outcomes.get(target.id) in (SENT, UNCONFIRMED):
            continue  # this target has it already: never twice
        try:
            outcome, error = target.send(message.title, message.body, message.notify_type, attachment), None
        except NotDelivered as exc:
            outcome, error = FAILED, f"not delivered: {exc}"
        except Exception as exc:  # a broken target must not lose the other targets or alerts
            outcome, error = FAILED, f"{type(exc).__name__}: {exc}"
        outcomes[target.id] = outcome
        on_target(key, target, outcome, error)
        if error:
            errors.append(error if len(targets) == 1 else f"{target.label}: {error}")
    if errors:
        return PENDING, "; ".join(errors)[:1000]
    if any(outcomes.get(target.id) == UNCONFIRMED for target in targets):
        return UNCONFIRMED, "sent, unconfirmed: the target took the request but did not answer in time"
    return SENT, None
