"""The work of each DAG task: one module per stage, named as its task.

`stages/fetch_posts.py` holds the work of the task `fetch_posts`, and so on: the module's name is
the task id, the `step` recorded in `run_summaries` and the name of its one entry function, which
every stage shapes alike:

    def <stage>(conn, run, settings=None, upstream=None) -> summary

`conn` an open DuckDB connection, `run` the `MonthRun` (the month the run owns and the window of
posts it reads), `settings` the configuration (`Settings.from_env()` when None), `upstream` the
previous task's summary (the load commits the plan detection returned). Each does its writes in one
transaction and returns a small JSON summary for XCom and the task log; the pure work is delegated
to parse / extract / validate / reconcile / detect, the SQL to `store/`.

`hotline.tasks` runs a stage inside an Airflow task. Light on purpose (only names here): the DAG
files read `STAGES` when they are parsed; a stage's module is imported when its task runs.
"""

from __future__ import annotations

from typing import Any

# In the monthly DAG's order; the report watch adds `check_reports` before `notify`.
STAGES = ("fetch_posts", "extract_facts", "validate_facts", "detect_alerts", "load_monthly_counts",
          "check_reports", "notify")

Summary = dict[str, Any]
