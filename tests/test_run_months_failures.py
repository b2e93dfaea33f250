"""`hotline run-months` says, per failed month, which task failed and why in one line (issue 22):
"failed months: 2025-01" alone sent the user hunting through task logs for what a line can say."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest
from test_launch_months import run_months_env

from conftest import PROJECT_ROOT
from hotline.inprocess import failure_line, one_line

PYTHON = sys.executable


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released: connections are refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.e2e  # two months through Airflow (run-months, dag.test)
def test_each_failed_month_names_its_failing_task_and_the_reason(tmp_path):
    base_url = f"http://127.0.0.1:{closed_port()}"
    env = {**run_months_env(tmp_path / "airflow", tmp_path / "h.duckdb", base_url), "HOTLINE_RETRY_BACKOFF_S": "0.01"}
    done = subprocess.run([PYTHON, "-m", "hotline.cli", "run-months", "2025-01", "2025-02"], env=env,
                          cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 1, done.stderr[-2000:]
    tail = done.stderr.split("failed months: ", 1)[1].splitlines()
    assert tail[0] == "2025-01, 2025-02"
    for month, line in zip(("2025-01", "2025-02"), tail[1:3], strict=True):
        # the task, then the first line of its error: the host that cannot be reached, and why
        expected = f"  {month}: fetch_posts: official channel koordshtab: 127.0.0.1 cannot be reached"
        assert line.startswith(expected), line
        assert "connection is refused" in line and "Traceback" not in line
    assert tail[3] == f"(the task logs are under {tmp_path / 'airflow'}/logs)"
    # No log line on the console (retry warnings, tracebacks): they are in the task's log file.
    assert "Traceback" not in done.stderr and "[warning" not in done.stderr and "[error" not in done.stderr
    log = tmp_path / "airflow" / "logs" / "dag_id=hotline_monthly" / "run_id=month__2025-01" / "task_id=fetch_posts"
    written = (log / "attempt=1.log").read_text(encoding="utf-8")
    assert "Task failed with exception" in written and "Traceback" in written and "cannot be reached" in written


def test_the_reason_is_the_first_failed_task_s_first_line():
    assert failure_line("success", {}) == ""
    failures = {"extract_facts": "KeyError: 'x'", "notify": "later"}
    assert failure_line("failed", failures) == "extract_facts: KeyError: 'x'"
    assert failure_line("failed (no task ran)", {}) == "failed (no task ran)"
    assert one_line(RuntimeError("\n  disk full\nsecond line")) == "disk full"
    assert one_line(KeyboardInterrupt()) == "KeyboardInterrupt"
