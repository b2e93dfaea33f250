"""`make demo` as a newcomer runs it: `hotline demo` on an empty Airflow home and database, twice.

The first run loads every demo month through Airflow and prints the demo series and an alert log
with the record months; the second prints the same and adds no row.
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


def run_demo(home: Path, db: Path) -> str:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("AIRFLOW", "HOTLINE_"))}
    env.update({"AIRFLOW_HOME": str(home), "HOTLINE_DB": str(db)})
    done = subprocess.run([str(Path(sys.executable).parent / "hotline"), "demo"], env=env, capture_output=True,
                          text=True, timeout=600, check=False)
    assert done.returncode == 0, f"hotline demo exited {done.returncode}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done.stdout


def test_make_demo_prints_the_demo_series_and_a_rerun_adds_nothing(tmp_path):
    home, db = tmp_path / "airflow", tmp_path / "hotline.duckdb"
    first = run_demo(home, db)
    series = re.findall(r"^(i_want_to_\w+),(\d{4}-\d{2}),(\d+),", first, flags=re.MULTILINE)
    assert [(s, m, int(v)) for s, m, v in series] == [tuple(row) for row in demo.load_demo_series()]
    alerts = re.findall(r"^[^,\n]+,i_want_to_find,(\d{4}-\d{2}),record_high,alert,", first, flags=re.MULTILINE)
    assert {"2025-01", "2025-05"} <= set(alerts)

    second = run_demo(home, db)
    body = lambda out: out.split("== Stored rows")[0]  # noqa: E731
    assert body(second) == body(first)
    added = re.findall(r"\(\+(\d+)\)", second.split("== Stored rows")[1])
    assert added and set(added) == {"0"}
