"""`make demo` as a newcomer runs it: `hotline demo` on an empty Airflow home and database, twice.

The first run loads every demo month through Airflow and prints the demo series and an alert log
with the record months; the second prints the same and adds no row. The console holds a line per
month and the results, no log line: what the tasks log is in their log files.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from hotline import demo

pytestmark = pytest.mark.e2e


PROGRESS = re.compile(r"^(Demo channel '\w+' \(a demo modeled on the real series\) served at http://127\.0\.0\.1:\d+/s/\w+"
                      r"|hotline_monthly \d{4}-\d{2}: success)$")
# What a log line on the console looks like (Airflow's structlog renderer, or logging's default format).
LOG_LINE = re.compile(r"\[(debug|info|warning|error|critical) *\]|^(DEBUG|INFO|WARNING|ERROR):|Traceback", re.MULTILINE)


def run_demo(home: Path, db: Path) -> str:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("AIRFLOW", "HOTLINE_"))}
    env.update({"AIRFLOW_HOME": str(home), "HOTLINE_DB": str(db)})
    done = subprocess.run([str(Path(sys.executable).parent / "hotline"), "demo"], env=env, capture_output=True,
                          text=True, timeout=600, check=False)
    assert done.returncode == 0, f"hotline demo exited {done.returncode}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    progress = done.stderr.splitlines()
    assert [line for line in progress if not PROGRESS.match(line)] == [], done.stderr[-3000:]
    assert len(progress) == 1 + len({month for _series, month, _value in demo.load_demo_series()})
    assert not LOG_LINE.search(done.stdout), done.stdout[-3000:]
    return done.stdout


def test_make_demo_prints_the_demo_series_and_a_rerun_adds_nothing(tmp_path):
    home, db = tmp_path / "airflow", tmp_path / "hotline.duckdb"
    first = run_demo(home, db)
    series = re.findall(r"^(i_want_to_\w+),(\d{4}-\d{2}),(\d+),", first, flags=re.MULTILINE)
    assert [(s, m, int(v)) for s, m, v in series] == [tuple(row) for row in demo.load_demo_series()]
    alerts = re.findall(r"^[^,\n]+,i_want_to_find,(\d{4}-\d{2}),record_high,alert,", first, flags=re.MULTILINE)
    assert {"2025-01", "2025-05"} <= set(alerts)
    # The details are in the task logs: each month's steps say what they did, at INFO.
    fetch_log = home / "logs" / "dag_id=hotline_monthly" / "run_id=month__2025-01" / "task_id=fetch_posts"
    assert '"level": "info"' in (fetch_log / "attempt=1.log").read_text(encoding="utf-8")

    second = run_demo(home, db)
    body = lambda out: out.split("== Stored rows")[0]  # noqa: E731
    assert body(second) == body(first)
    added = re.findall(r"\(\+(\d+)\)", second.split("== Stored rows")[1])
    assert added and set(added) == {"0"}
