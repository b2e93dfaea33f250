"""SIGTERM / SIGINT stop `hotline run-months` and `hotline demo` (issue 16).

A fast test of the mechanism (a child that, like Airflow's in-process task runner, replaces the
SIGTERM handler and swallows what a task raises), then `hotline run-months` itself, stopped in a
retry wait and in the middle of a load, and rerun."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from conftest import PROJECT_ROOT
from hotline import demo, store
from hotline.demo.server import Response
from hotline.months import MonthRun, month_range, run_date_for
from hotline.settings import Settings
from hotline.stages.detect_alerts import detect_alerts
from hotline.stages.extract_facts import extract_facts
from hotline.stages.fetch_posts import fetch_posts
from hotline.stages.load_monthly_counts import load_monthly_counts
from hotline.stages.validate_facts import validate_facts

PYTHON = sys.executable

SWALLOWING_LOOP = textwrap.dedent("""
    import signal, sys, time
    from hotline.stopping import stop_on_signals, StopRequested
    from hotline import store

    conn = store.connect(sys.argv[1])
    conn.execute("CREATE TABLE IF NOT EXISTS t (i INTEGER)")
    try:
        with stop_on_signals():
            signal.signal(signal.SIGTERM, lambda *_: None)  # what Airflow's task runner does per task
            print("ready", flush=True)
            while True:
                try:  # a "task": writes in a transaction, swallows whatever it raises (BaseException too)
                    signal.signal(signal.SIGTERM, lambda *_: None)
                    with store.transaction(conn):
                        conn.execute("INSERT INTO t VALUES (1)")
                        time.sleep(0.3)
                        conn.execute("INSERT INTO t VALUES (2)")
                except BaseException:
                    pass
                time.sleep(0.2)  # the scheduling loop between tasks, which catches no BaseException
    except StopRequested as stop:
        conn.close()
        sys.exit(stop.exit_code)
""")


@pytest.mark.parametrize("signum, code", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_stop_signal_gets_through_a_replaced_handler_and_a_swallowing_task(tmp_path, signum, code):
    db = tmp_path / "t.duckdb"
    child = subprocess.Popen([PYTHON, "-c", SWALLOWING_LOOP, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "ready"
        time.sleep(1.0)
        sent = time.monotonic()
        child.send_signal(signum)
        assert child.wait(timeout=10) == code
        assert time.monotonic() - sent < 5
    finally:
        if child.poll() is None:
            child.kill()
    conn = store.connect(db)
    rows = conn.execute("SELECT i, count(*) FROM t GROUP BY i ORDER BY i").fetchall()
    conn.close()
    assert rows[0][0] == 1 and (len(rows) == 1 or rows[0][1] == rows[1][1])  # never a half transaction


class SwitchableChannel(demo.DemoChannelServer):
    """The demo channel, which can be switched to answering 503 (down) for every request."""

    down = False

    def respond(self, path: str):
        if self.down:
            with self._lock:
                self._paths.append(path)
            return Response(503, b"down for maintenance")
        return super().respond(path)


HOOKED_RUN = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from hotline import store
    from hotline.cli import main

    # Test harness: the first load pauses inside its transaction, so a signal lands mid-load.
    marker, real = Path(sys.argv[1]), store.save_monthly_counts

    def slow_save(*args, **kwargs):
        changed = real(*args, **kwargs)
        if not marker.exists():
            marker.write_text("in the load")
            time.sleep(60)
        return changed

    store.save_monthly_counts = slow_save
    sys.argv = ["hotline", "run-months", *sys.argv[2:]]
    sys.exit(main())
""")

MONTHS = ("2024-11", "2024-12")


def reference_run(db_path: Path, channel: demo.DemoChannelServer) -> dict:
    """What a run that was never interrupted stores (the steps in-process, no Airflow)."""
    settings = Settings(db_path=db_path, telegram_base_url=channel.base_url, channels=(demo.DEMO_CHANNEL,),
                        request_delay_s=0)
    conn = store.connect(db_path)
    for month in month_range(*MONTHS):
        end = run_date_for(month)
        run = MonthRun.from_interval(None, end, run_id=f"ref__{month}", started_at=datetime.now(UTC))
        fetch_posts(conn, run, settings)
        extract_facts(conn, run)
        validate_facts(conn, run)
        load_monthly_counts(conn, run, upstream=detect_alerts(conn, run, settings))
    state = snapshot(conn)
    conn.close()
    return state


def snapshot(conn) -> dict:
    return {
        "monthly": conn.execute(
            "SELECT series, month, requests, source_url FROM monthly_counts ORDER BY ALL").fetchall(),
        "alerts": conn.execute("SELECT alert_key, status FROM alerts ORDER BY ALL").fetchall(),
        "raw_posts": conn.execute("SELECT source, post_id, version FROM raw_posts ORDER BY ALL").fetchall(),
        "observations": conn.execute("SELECT post_id, kind, period, value FROM observations ORDER BY ALL").fetchall(),
    }


@pytest.mark.e2e
def test_run_months_stops_on_sigterm_in_a_retry_wait_and_mid_load_and_a_rerun_completes(airflow_home, tmp_path):
    posts = demo.generate_demo_posts(demo.DEMO_CHANNEL)
    db = tmp_path / "hotline.duckdb"
    with SwitchableChannel({demo.DEMO_CHANNEL: posts}) as channel:
        expected = reference_run(tmp_path / "reference.duckdb", channel)
        env = {**os.environ, "HOTLINE_DB": str(db), "AIRFLOW_HOME": str(airflow_home),
               "AIRFLOW_CONN_DUCKDB_DEFAULT": json.dumps({"conn_type": "duckdb", "host": str(db)}),
               "HOTLINE_TELEGRAM_BASE_URL": channel.base_url, "HOTLINE_CHANNELS": demo.DEMO_CHANNEL,
               "HOTLINE_REQUEST_DELAY_S": "0", "HOTLINE_RETRY_BACKOFF_S": "0.01"}
        env.pop("AIRFLOW_CONN_APPRISE_DEFAULT", None)

        def start(*argv: str) -> subprocess.Popen:
            return subprocess.Popen([PYTHON, *argv], env=env, cwd=PROJECT_ROOT, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, text=True)

        def stop(process: subprocess.Popen) -> str:
            sent = time.monotonic()
            process.send_signal(signal.SIGTERM)
            try:
                _out, err = process.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                raise AssertionError("still running 10 s after SIGTERM") from None
            assert process.returncode == 143, err[-2000:]
            assert time.monotonic() - sent < 10
            assert "stopped by SIGTERM" in err
            return err

        # 1. The official channel is down: fetch_posts fails its in-task retries, and Airflow waits
        #    a minute before retrying the task. SIGTERM ends that wait.
        channel.down = True
        process = start("-m", "hotline.cli", "run-months", *MONTHS)
        deadline = time.monotonic() + 240
        while channel.request_count < 5 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.2)
        assert channel.request_count >= 5, "the run never reached the channel"
        time.sleep(2)  # the task has failed; dag.test sits in the retry wait
        assert process.poll() is None
        stop(process)
        conn = store.connect_reader(db)
        assert conn.execute("SELECT count(*) FROM monthly_counts").fetchone() == (0,)
        conn.close()

        # 2. The channel is back; SIGTERM arrives while the first month's load is inside its transaction.
        channel.down = False
        marker = tmp_path / "in-load"
        process = start("-c", HOOKED_RUN, str(marker), *MONTHS)
        deadline = time.monotonic() + 240
        while not marker.exists() and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.2)
        assert marker.exists(), process.stderr.read() if process.poll() is not None else "no load reached"
        stop(process)
        conn = store.connect_reader(db)
        interrupted = snapshot(conn)
        conn.close()
        assert interrupted["monthly"] == [] and interrupted["alerts"] == []  # the load rolled back whole
        # The fetch before it was committed: the first month's window of posts (a fetch walks back only
        # as far as its window needs, so the second month's newer posts come with the rerun).
        assert interrupted["raw_posts"] and set(interrupted["raw_posts"]) <= set(expected["raw_posts"])

        # 3. The rerun completes both months: the same rows as a run never interrupted, none twice.
        rerun = start("-m", "hotline.cli", "run-months", *MONTHS)
        _out, err = rerun.communicate(timeout=600)
        assert rerun.returncode == 0, err[-3000:]
    conn = store.connect_reader(db)
    final = snapshot(conn)
    conn.close()
    # The same data as a run never interrupted, none twice; the posts stored hold at least the
    # reference's (a fetch cut short walks back from where it stood, so it may keep older ones too).
    assert {key: final[key] for key in ("monthly", "alerts", "observations")} == \
        {key: expected[key] for key in ("monthly", "alerts", "observations")}
    assert set(final["raw_posts"]) >= set(expected["raw_posts"])
    assert len(final["raw_posts"]) == len(set(final["raw_posts"]))
    assert len(final["monthly"]) == len(MONTHS)
