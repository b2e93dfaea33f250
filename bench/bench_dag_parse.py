"""DAG file parse time: the project's DAG files against a trivial TaskFlow DAG, side by side.

Target: each DAG file parses in ≤ 1.2× the trivial DAG's time. Two measures, medians of N:
- cold: a fresh interpreter imports the file (what a dag-processor child pays, Airflow import included);
- warm: re-executing the file in a process that has already imported Airflow (the per-parse cost).
Writes bench/results/dag_parse.txt.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRIVIAL = textwrap.dedent('''
    import pendulum
    from airflow.sdk import dag, task

    @dag(schedule=None, start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False)
    def trivial():
        @task
        def hello() -> str:
            return "hello"

        hello()

    trivial()
''')
COLD_RUNS, WARM_RUNS = 7, 30
COLD = ("import time, runpy, sys; t = time.perf_counter(); runpy.run_path(sys.argv[1]);"
        " print(time.perf_counter() - t)")
WARM = textwrap.dedent('''
    import runpy, statistics, sys, time
    import airflow.sdk  # noqa: F401  (paid once, like a long-lived parser)
    runpy.run_path(sys.argv[1])  # warm the file's own imports too
    times = []
    for _ in range(int(sys.argv[2])):
        t = time.perf_counter(); runpy.run_path(sys.argv[1]); times.append(time.perf_counter() - t)
    print(statistics.median(times))
''')


def measure(path: Path) -> tuple[float, float]:
    """Median cold and warm parse seconds of one DAG file."""
    cold = [float(subprocess.run([sys.executable, "-c", COLD, str(path)], capture_output=True, text=True,
                                 check=True).stdout) for _ in range(COLD_RUNS)]
    warm = float(subprocess.run([sys.executable, "-c", WARM, str(path), str(WARM_RUNS)], capture_output=True,
                                text=True, check=True).stdout)
    return statistics.median(cold), warm


def main() -> int:
    """Measure, print and record; exit 1 if a DAG file misses the 1.2× target."""
    with tempfile.TemporaryDirectory() as folder:
        trivial = Path(folder, "trivial_taskflow.py")
        trivial.write_text(TRIVIAL)
        base_cold, base_warm = measure(trivial)
        lines = [f"measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, median of {COLD_RUNS} cold / "
                 f"{WARM_RUNS} warm parses",
                 f"{'file':32} {'cold s':>8} {'x':>6} {'warm ms':>8} {'x':>6}",
                 f"{'trivial TaskFlow DAG':32} {base_cold:8.3f} {1:6.2f} {base_warm * 1000:8.2f} {1:6.2f}"]
        worst = 0.0
        for dag_file in sorted((ROOT / "dags").glob("*.py")):
            cold, warm = measure(dag_file)
            worst = max(worst, cold / base_cold)
            lines.append(f"{dag_file.name:32} {cold:8.3f} {cold / base_cold:6.2f} {warm * 1000:8.2f} "
                         f"{warm / base_warm:6.2f}")
    lines.append(f"target: cold ≤ 1.2× the trivial DAG → {'met' if worst <= 1.2 else 'MISSED'} (worst {worst:.2f}×)")
    report = "\n".join(lines)
    print(report)
    (ROOT / "bench" / "results" / "dag_parse.txt").write_text(report + "\n")
    return 0 if worst <= 1.2 else 1


if __name__ == "__main__":
    sys.exit(main())
