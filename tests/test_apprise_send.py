"""Delivery through Apprise to a loopback receiver, and the pipeline-failure notifier."""

from __future__ import annotations

import json

import pytest

from conftest import Receiver
from hotline import apprise_send

ALERT = {"alert_key": "record_high:i_want_to_find:2025-05:up:v1", "series": "i_want_to_find", "month": "2025-05",
         "kind": "record_high", "severity": "alert", "message": "May 2025: 12,320 requests — a new monthly record"}


def apprise_connection(monkeypatch, url: str) -> None:
    monkeypatch.setenv("AIRFLOW_CONN_APPRISE_DEFAULT",
                       json.dumps({"conn_type": "apprise", "extra": {"config": {"path": url}}}))


@pytest.fixture
def receiver():
    server = Receiver()
    yield server
    server.close()


def test_the_message_names_series_month_and_key():
    title, body = apprise_send.format_alert(ALERT)
    assert title == "«Хочу найти», May 2025: record high"  # no details: the kind, not a made-up value
    assert body.startswith(ALERT["message"])
    assert body.endswith("alert key: record_high:i_want_to_find:2025-05:up:v1")


def test_no_connection_means_no_sender(airflow_home, monkeypatch):
    monkeypatch.delenv("AIRFLOW_CONN_APPRISE_DEFAULT", raising=False)
    assert apprise_send.apprise_sender() is None
    assert apprise_send.deliver([ALERT], None, lambda *a: None) == apprise_send.DeliveryReport(skipped_no_target=1)


def test_the_connection_configures_the_targets(airflow_home, monkeypatch, receiver):
    apprise_connection(monkeypatch, receiver.url)
    outcomes = []
    report = apprise_send.deliver([ALERT], apprise_send.apprise_sender(), lambda *result: outcomes.append(result))
    assert report == apprise_send.DeliveryReport(sent=1)
    assert outcomes == [(ALERT["alert_key"], "sent", None)]
    [message] = receiver.messages
    assert message["title"].startswith("«Хочу найти»") and ALERT["alert_key"] in message["message"]
    assert message["type"] == "info"  # a record is news, not a failure


def test_a_target_that_is_down_is_a_failure_not_an_exception(airflow_home, monkeypatch, receiver):
    port = receiver.server.server_port
    receiver.close()
    apprise_connection(monkeypatch, f"json://127.0.0.1:{port}/x")
    outcomes = []
    report = apprise_send.deliver([ALERT], apprise_send.apprise_sender(), lambda *result: outcomes.append(result))
    assert report == apprise_send.DeliveryReport(failed=1)
    [(key, status, error)] = outcomes
    assert key == ALERT["alert_key"] and status == "pending"
    # The cause Apprise logged, not a generic "not delivered" (issue 11).
    assert error.startswith("not delivered: ") and "connection error" in error.lower() and "127.0.0.1" in error


def test_a_sender_that_raises_does_not_lose_the_other_alerts():
    calls = []

    def flaky(title, body, severity, attachment):
        calls.append(title)
        if len(calls) == 1:
            raise ConnectionError("boom")
        return True

    outcomes = []
    report = apprise_send.deliver([ALERT, {**ALERT, "alert_key": "k2"}], flaky, lambda *result: outcomes.append(result))
    assert report == apprise_send.DeliveryReport(sent=1, failed=1)
    assert outcomes[0] == (ALERT["alert_key"], "pending", "ConnectionError: boom")


class FakeTaskInstance:
    dag_id, task_id, try_number = "hotline_monthly", "fetch_posts", 4


def test_pipeline_failures_are_announced_separately(airflow_home, monkeypatch, receiver):
    from hotline.failure_notifier import PipelineFailureNotifier

    apprise_connection(monkeypatch, receiver.url)
    PipelineFailureNotifier().notify({"ti": FakeTaskInstance(), "run_id": "scheduled__2025-06-15",
                                      "exception": RuntimeError("channel not public")})
    [message] = receiver.messages
    assert message["title"] == "Hotline Watch pipeline failed: hotline_monthly.fetch_posts"
    assert message["type"] == "failure"  # the only message sent as a failure
    assert "channel not public" in message["message"] and "try 4" in message["message"]


def test_the_failure_notifier_survives_its_target_being_down(airflow_home, monkeypatch, receiver, caplog):
    from hotline.failure_notifier import PipelineFailureNotifier

    port = receiver.server.server_port
    receiver.close()
    apprise_connection(monkeypatch, f"json://127.0.0.1:{port}/x")
    PipelineFailureNotifier().notify({"ti": FakeTaskInstance(), "run_id": "r", "exception": None})
    assert "could not deliver the failure notice" in caplog.text


def test_a_target_answering_500_keeps_the_status_as_the_cause(airflow_home, monkeypatch):
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Failing(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            self.send_response(500)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Failing)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        apprise_connection(monkeypatch, f"json://127.0.0.1:{server.server_port}/x")
        outcomes = []
        apprise_send.deliver([ALERT], apprise_send.apprise_sender(), lambda *result: outcomes.append(result))
    finally:
        server.shutdown()
        server.server_close()
    [(_key, status, error)] = outcomes
    assert status == "pending" and error.startswith("not delivered: ") and "500" in error
