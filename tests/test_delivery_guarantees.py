"""Issue 23 items 6 and 7: the delivery guarantees, against loopback receivers and a real DuckDB
file, through the production sender built from the `apprise_default` connection.

- A receiver that answers after 8 s gets each alert once (the delivery timeout lets it answer).
- A send whose answer timed out is "unconfirmed" and is not sent again.
- Each target gets each alert once: a failed target is retried alone.
- With no target, alerts are `recorded`; a target added later never gets them, nor any alert
  outside the delivery window.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from conftest import month_run, utc
from hotline import apprise_send, delivery, store
from hotline.records import Alert
from hotline.settings import Settings
from hotline.store import alerts as outbox_store

LIVE = utc(2025, 6, 15, 6, 5)  # the run for May 2025, started on time


class SlowReceiver:
    """A loopback json:// endpoint that answers each POST after `delay_s` (or never fails)."""

    def __init__(self, delay_s: float = 0.0) -> None:
        self.messages: list[dict] = []
        self.delay_s = delay_s
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.messages.append(json.loads(body))
                time.sleep(receiver.delay_s)
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"json://127.0.0.1:{self.server.server_port}/alerts"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receivers():
    opened: list[SlowReceiver] = []

    def open_one(delay_s: float = 0.0) -> SlowReceiver:
        opened.append(SlowReceiver(delay_s))
        return opened[-1]

    yield open_one
    for receiver in opened:
        receiver.close()


def connect_targets(monkeypatch, *urls: str) -> None:
    config = [{"path": url} for url in urls]
    monkeypatch.setenv("AIRFLOW_CONN_APPRISE_DEFAULT",
                       json.dumps({"conn_type": "apprise", "extra": {"config": config}}))


def queue(conn, *months: str) -> list[str]:
    """A pending record alert for each month (as detection queues them)."""
    alerts = [Alert(f"record_high:i_want_to_find:{m}:up:v1", "i_want_to_find", m, "record_high", "alert",
                    f"{m}: a record", {"value": 12320, "qualifier": "exact"}) for m in months]
    with store.transaction(conn):
        store.save_alerts(conn, alerts, {a.key: "pending" for a in alerts}, LIVE)
    return [a.key for a in alerts]


def statuses(conn) -> dict[str, str]:
    return {a["month"]: a["status"] for a in store.load_alerts(conn)}


def settings_for(db_path, **overrides) -> Settings:
    return Settings(db_path=db_path, public_url="http://watch.test:8080", **overrides)


@pytest.mark.slow
def test_a_receiver_answering_after_8_s_gets_each_alert_once(airflow_home, monkeypatch, conn, db_path, receivers):
    slow = receivers(delay_s=8)
    connect_targets(monkeypatch, slow.url)
    queue(conn, "2025-05")
    settings = settings_for(db_path)
    run = month_run("2025-05", LIVE)
    started = time.monotonic()
    summary = delivery.deliver_outbox(conn, run, apprise_send.apprise_sender(timeout_s=settings.delivery_timeout_s),
                                      settings)
    assert time.monotonic() - started >= 8  # it did wait for the answer
    assert summary["sent"] == 1 and statuses(conn) == {"2025-05": "sent"}
    # The task's retry and the next run send nothing again.
    for _ in range(2):
        delivery.deliver_outbox(conn, run, apprise_send.apprise_sender(timeout_s=settings.delivery_timeout_s), settings)
    assert len(slow.messages) == 1
    [row] = outbox_store.load_deliveries(conn)
    assert (row["status"], row["attempts"]) == ("sent", 1)


def test_an_answer_that_times_out_is_sent_unconfirmed_and_never_sent_again(airflow_home, monkeypatch, conn,
                                                                           db_path, receivers):
    slow = receivers(delay_s=8)
    connect_targets(monkeypatch, slow.url)
    queue(conn, "2025-05")
    settings = settings_for(db_path, delivery_timeout_s=1.5)
    run = month_run("2025-05", LIVE)
    summary = delivery.deliver_outbox(conn, run, apprise_send.apprise_sender(timeout_s=settings.delivery_timeout_s),
                                      settings)
    assert summary["unconfirmed"] == 1 and summary["failed"] == 0  # no DeliveryError: no blind retry
    [alert] = store.load_alerts(conn)
    assert alert["status"] == "unconfirmed" and alert["sent_at"] is not None
    assert "sent, unconfirmed" in alert["last_error"]
    delivery.deliver_outbox(conn, run, apprise_send.apprise_sender(timeout_s=settings.delivery_timeout_s), settings)
    time.sleep(0.2)
    assert len(slow.messages) == 1


def test_a_failed_target_is_retried_alone(airflow_home, monkeypatch, conn, db_path, receivers):
    good, flaky = receivers(), receivers()
    port = flaky.server.server_port
    flaky.close()  # down for the first pass
    connect_targets(monkeypatch, good.url, f"json://127.0.0.1:{port}/alerts")
    queue(conn, "2025-05")
    settings = settings_for(db_path)
    run = month_run("2025-05", LIVE)
    with pytest.raises(delivery.DeliveryError, match="stay pending"):
        delivery.deliver_outbox(conn, run, apprise_send.apprise_sender(), settings)
    assert statuses(conn) == {"2025-05": "pending"} and len(good.messages) == 1
    back = SlowReceiver()
    back.server.server_close()
    back.server = ThreadingHTTPServer(("127.0.0.1", port), back.server.RequestHandlerClass)
    threading.Thread(target=back.server.serve_forever, daemon=True).start()
    try:
        delivery.deliver_outbox(conn, run, apprise_send.apprise_sender(), settings)
    finally:
        back.close()
    assert statuses(conn) == {"2025-05": "sent"}
    assert len(good.messages) == 1 and len(back.messages) == 1  # each target once
    assert sorted(row["status"] for row in outbox_store.load_deliveries(conn)) == ["sent", "sent"]


def test_with_no_target_alerts_are_recorded_and_a_target_added_later_gets_none(airflow_home, monkeypatch, conn,
                                                                                db_path, receivers):
    monkeypatch.delenv("AIRFLOW_CONN_APPRISE_DEFAULT", raising=False)
    queue(conn, "2025-05")
    settings = settings_for(db_path)
    summary = delivery.deliver_outbox(conn, month_run("2025-05", LIVE), apprise_send.apprise_sender(), settings)
    assert summary["skipped_no_target"] == 1 and statuses(conn) == {"2025-05": "recorded"}
    [alert] = store.load_alerts(conn)
    assert alert["attempts"] == 0 and alert["last_error"] == "no delivery target configured"
    # A target is added; the next run (June's, on time) sends none of the old alerts.
    late = receivers()
    connect_targets(monkeypatch, late.url)
    delivery.deliver_outbox(conn, month_run("2025-06", utc(2025, 7, 15, 6, 5)), apprise_send.apprise_sender(), settings)
    assert late.messages == [] and statuses(conn) == {"2025-05": "recorded"}


def test_only_the_delivery_window_counts(airflow_home, monkeypatch, conn, db_path, receivers):
    # Alerts left pending (say, a target down for months) are not sent once their month is past
    # the window, whenever the target comes back; the month in the window is.
    target = receivers()
    connect_targets(monkeypatch, target.url)
    queue(conn, "2024-11", "2025-03", "2025-05")
    settings = settings_for(db_path, delivery_window_days=45)
    summary = delivery.deliver_outbox(conn, month_run("2025-05", LIVE), apprise_send.apprise_sender(), settings)
    assert summary["sent"] == 1 and summary["suppressed_old"] == 2
    assert statuses(conn) == {"2024-11": "suppressed", "2025-03": "suppressed", "2025-05": "sent"}
    assert [m["title"] for m in target.messages] == ["«Хочу найти»: 12,320 requests in May 2025 — a record"]


def test_delivery_knows_the_demo_from_settings_not_from_urls(db_path):
    import ast
    from pathlib import Path

    source = Path(delivery.__file__).read_text(encoding="utf-8")
    imported = {node.module for node in ast.walk(ast.parse(source)) if isinstance(node, ast.ImportFrom)}
    imported |= {alias.name for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Import)
                 for alias in node.names}
    assert not any(name and name.startswith("hotline.demo") for name in imported)
    # A post on t.me links there, unless the settings say it is the demo's (no such channel there).
    url = "https://t.me/some_channel/83"
    assert delivery.post_link_for(Settings(db_path=db_path))(url) == url
    assert delivery.post_link_for(Settings(db_path=db_path, demo=True))(url) is None
    # Served elsewhere (the demo's loopback server, a mirror): linked where it is served.
    served = Settings(db_path=db_path, telegram_base_url="http://127.0.0.1:8765", demo=True)
    assert delivery.post_link_for(served)(url) == "http://127.0.0.1:8765/some_channel/83"
    assert delivery.post_link_for(served)("https://news.example.org/a") == "https://news.example.org/a"


def test_a_target_keeps_its_id_whatever_the_timeout(airflow_home, monkeypatch, receivers):
    target = receivers()
    connect_targets(monkeypatch, target.url)
    [short] = apprise_send.apprise_sender(timeout_s=5).targets
    [long] = apprise_send.apprise_sender(timeout_s=60).targets
    assert short.id == long.id and "rto" not in short.label
