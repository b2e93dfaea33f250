"""`make demo` wall time: every demo month through Airflow, from an empty Airflow home and database.

Target (the developers' guide): ≤ 60 s after the install. Runs `hotline demo` with a temporary AIRFLOW_HOME and
HOTLINE_DB (so the project's own .airflow/ and data/ are untouched), then once more to time the
idempotent rerun. Writes bench/results/demo.txt.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_S = 60


def timed_demo(env: dict[str, str]) -> float:
    """Seconds one `hotline demo` takes; raises if it fails."""
    started = time.perf_counter()
    subprocess.run([str(Path(sys.executable).parent / "hotline"), "demo"], env=env, check=True,
                   capture_output=True, text=True)
    return time.perf_counter() - started


def main() -> int:
    """Measure a first and a repeated demo run; exit 1 if the first misses the target."""
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "AIRFLOW_HOME": str(Path(folder, "airflow")), "HOTLINE_DB": str(Path(folder, "h.duckdb"))}
        env.pop("AIRFLOW_CONN_DUCKDB_DEFAULT", None)
        first, again = timed_demo(env), timed_demo(env)
    report = (f"measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {os.cpu_count()} cores\n"
              f"hotline demo, empty Airflow home and database (22 months through dag.test): {first:6.1f} s\n"
              f"hotline demo again (idempotent rerun):                                      {again:6.1f} s\n"
              f"target: ≤ {TARGET_S} s → {'met' if first <= TARGET_S else 'MISSED'}")
    print(report)
    (ROOT / "bench" / "results" / "demo.txt").write_text(report + "\n")
    return 0 if first <= TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
