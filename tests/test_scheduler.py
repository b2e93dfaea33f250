"""Under the real scheduler: Airflow's dag-processor, scheduler and api-server run as processes
(see tests/airflow_server.py); runs are triggered through the REST API v2 and backfilled with
`airflow backfill create`; DuckDB and the delivered alerts are checked afterwards."""

from __future__ import annotations

import time
from collections import Counter
from datetime import UTC, datetime

import pytest

from hotline import demo
from hotline.months import month_range, parse_month

# The session fixtures `airflow_server` and `rest_runs` (shared with tests/test_browser.py).
pytest_plugins = ["airflow_server"]
pytestmark = pytest.mark.scheduler

DAG_ID = "hotline_monthly"

TASKS = {"fetch_posts", "extract_facts", "validate_facts", "load_monthly_counts", "detect_alerts", "notify"}
STEPS = TASKS  # a step is named as its task
# Backfilled: 2025-02 … 2025-04 (logical dates 2025-02-15 … 2025-04-15), the gap between the
# months run through the REST API; the newest month (2025-05) is already loaded by then.
BACKFILL_FIRST, BACKFILL_LAST = "2025-02", "2025-04"
DEMO_VALUES = {month: value for _series, month, value in demo.load_demo_series()}


def interval_start(month: str) -> str:
    """A backfill's dates are logical dates, i.e. data interval starts: the run owning `month`
    has the interval (15th of month, 15th of next month]."""
    first_day = parse_month(month)
    return datetime(first_day.year, first_day.month, 15, 6, tzinfo=UTC).isoformat()


def assert_delivered_exactly_once(server) -> Counter:
    """Every alert marked sent arrived at the receiver exactly once, and nothing else arrived."""
    delivered = Counter(server.delivered_keys())
    sent = {key for (key,) in server.query("SELECT alert_key FROM alerts WHERE status = 'sent'")}
    assert None not in delivered, f"a delivery without an alert key: {server.receiver.received()}"
    assert set(delivered) == sent
    assert all(times == 1 for times in delivered.values()), f"delivered more than once: {delivered}"
    assert not server.query("SELECT alert_key, status FROM alerts WHERE status IN ('pending', 'failed')")
    return delivered


def test_runs_triggered_through_the_rest_api_load_the_months_and_deliver_alerts(airflow_server, rest_runs):
    server = airflow_server
    assert rest_runs.scheduled["state"] == "success", server.log_tail("scheduler")
    assert rest_runs.scheduled["run_type"] == "scheduled"
    for month, run in rest_runs.runs.items():
        assert run["state"] == "success", (month, server.task_states(DAG_ID, run["dag_run_id"]))
        assert run["run_type"] == "manual"
        states = server.task_states(DAG_ID, run["dag_run_id"])
        assert set(states) == TASKS and {state for state, _try in states.values()} == {"success"}
        # Each run did its own month: every step recorded a summary under its run id.
        steps = server.query(f"SELECT DISTINCT step, strftime(month, '%Y-%m') FROM run_summaries"
                                 f" WHERE run_id = '{run['dag_run_id']}'")
        assert {step for step, _ in steps} == STEPS and {m for _, m in steps} == {month}

    # The demo months triggered, with the demo values; the scheduler's own run (October 2026,
    # no report in the demo channel) loaded nothing.
    assert rest_runs.monthly == {month: DEMO_VALUES[month] for month in rest_runs.runs}
    # 2025-01 (+22 % on December, "the highest month") was the newest month when its run detected
    # the record: delivered through Apprise, once. Only a month that was the newest is ever sent.
    sent = {(month, kind) for _key, month, kind, _severity, status in rest_runs.alerts if status == "sent"}
    assert ("2025-01", "record_high") in sent, rest_runs.alerts
    assert {month for month, _kind in sent} <= {"2025-01", "2025-05"}, rest_runs.alerts
    keys = [key for key, *_ in rest_runs.alerts]
    assert len(keys) == len(set(keys))
    delivered = [server.alert_key_of(message) for message in rest_runs.delivered]
    assert sorted(delivered) == sorted(key for key, *_rest, status in rest_runs.alerts if status == "sent")
    for message in rest_runs.delivered:
        body = message["body"]
        assert message["path"] == server.receiver.PATH
        assert {"title", "message", "type"} <= set(body)
        assert "«Хочу найти»" in body["title"] or "i_want_to_find" in body["title"], body


def backfill(server, *extra: str) -> list[dict]:
    """`airflow backfill create` for BACKFILL_FIRST..BACKFILL_LAST; wait until it completes."""
    before = {b["id"] for b in server.api("GET", "/backfills", params={"dag_id": DAG_ID})["backfills"]}
    server.cli("backfill", "create", "--dag-id", DAG_ID, "--from-date", interval_start(BACKFILL_FIRST),
               "--to-date", interval_start(BACKFILL_LAST), "--max-active-runs", "1", *extra)
    new = [b for b in server.api("GET", "/backfills", params={"dag_id": DAG_ID})["backfills"]
           if b["id"] not in before]
    assert len(new) == 1, new
    backfill_id = new[0]["id"]
    months = month_range(BACKFILL_FIRST, BACKFILL_LAST)

    def completed() -> bool:
        return server.api("GET", f"/backfills/{backfill_id}")["completed_at"] is not None

    server.wait(f"backfill {backfill_id} to complete", completed, 150 * len(months), interval=2)
    runs = [run for run in server.dag_runs(DAG_ID, run_type="backfill")]
    assert len(runs) == len(months), runs
    return runs


def test_backfill_loads_every_month_once_and_a_second_backfill_adds_nothing(airflow_server, rest_runs):
    server = airflow_server
    started = time.monotonic()
    runs = backfill(server)
    months = month_range(BACKFILL_FIRST, BACKFILL_LAST)
    assert sorted(run["logical_date"][:10] for run in runs) == [f"{month}-15" for month in months]
    assert {run["state"] for run in runs} == {"success"}, [(r["dag_run_id"], r["state"]) for r in runs]

    expected = sorted({*rest_runs.runs, *months})
    rows = server.query("SELECT strftime(month, '%Y-%m'), requests FROM monthly_counts"
                        " WHERE series = 'i_want_to_find' ORDER BY month")
    assert rows == [(month, DEMO_VALUES[month]) for month in expected]
    assert server.query("SELECT series, month, count(*) FROM monthly_counts GROUP BY ALL HAVING count(*) > 1") == []
    assert server.query("SELECT count(*) = count(DISTINCT alert_key) FROM alerts") == [(True,)]
    # The backfilled months were never the newest month: their alerts are suppressed, not sent.
    assert server.query("SELECT DISTINCT status FROM alerts WHERE month NOT IN ('2025-01-01', '2025-05-01')"
                        " AND severity <> 'info'") in ([], [("suppressed",)])
    delivered = assert_delivered_exactly_once(server)
    after_first = server.table_counts()
    first_seconds = time.monotonic() - started

    # The same backfill again, re-running the completed runs: same rows, no new deliveries.
    runs = backfill(server, "--reprocess-behavior", "completed")
    assert {run["state"] for run in runs} == {"success"}
    for run in runs:  # really re-run: every task is on its second try
        tries = {try_number for _state, try_number in server.task_states(DAG_ID, run["dag_run_id"]).values()}
        assert tries == {2}, (run["dag_run_id"], tries)
    assert server.table_counts() == after_first
    assert assert_delivered_exactly_once(server) == delivered
    print(f"\nREST runs {rest_runs.seconds:.0f} s; backfill of {len(months)} months {first_seconds:.0f} s; "
          f"re-run backfill {time.monotonic() - started - first_seconds:.0f} s")


def test_scheduled_and_triggered_runs_log_what_their_tasks_did_at_info(airflow_server, rest_runs):
    """The task logs of the scheduler's runs, read through the REST API as the UI's log view does."""
    import httpx

    server = airflow_server

    def task_log(run_id: str, task_id: str) -> str:
        response = httpx.get(f"{server.base_url}/api/v2/dags/{DAG_ID}/dagRuns/{run_id}/taskInstances/{task_id}/logs/1",
                             headers={"Authorization": f"Bearer {server.token()}", "Accept": "application/json"},
                             timeout=60)
        assert response.status_code == 200, response.text
        return "\n".join(item["event"] if isinstance(item, dict) else str(item) for item in response.json()["content"])

    for run_id in (rest_runs.scheduled["dag_run_id"], rest_runs.runs["2025-05"]["dag_run_id"]):
        fetch_log = task_log(run_id, "fetch_posts")
        assert "requests" in fetch_log and "new posts" in fetch_log, (run_id, fetch_log)
    loaded = task_log(rest_runs.runs["2025-05"]["dag_run_id"], "load_monthly_counts")
    assert "load 2025-05" in loaded and "asset hotline_monthly_counts event" in loaded, loaded
    notified = task_log(rest_runs.runs["2025-05"]["dag_run_id"], "notify")
    assert "notify 2025-05" in notified, notified
