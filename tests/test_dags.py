"""DAG integrity: imports cleanly, explicit monthly timetable, retries, docs, tags, task edges."""

from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PROJECT_ROOT

DAG_IDS = {"hotline_monthly", "hotline_report_watch", "hotline_publish"}


@pytest.fixture(scope="module")
def dagbag(airflow_home):
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(PROJECT_ROOT / "dags"))


def test_dags_import_without_errors(dagbag):
    assert dagbag.import_errors == {}
    assert set(dagbag.dag_ids) >= DAG_IDS


def test_monthly_dag_has_an_explicit_data_interval_timetable(dagbag):
    from airflow.sdk import CronDataIntervalTimetable

    dag = dagbag.get_dag("hotline_monthly")
    assert isinstance(dag.timetable, CronDataIntervalTimetable)
    assert dag.timetable.expression == "0 6 15 * *"
    assert dag.catchup is False and dag.max_active_runs == 1


@pytest.mark.parametrize("dag_id", sorted(DAG_IDS))
def test_every_dag_is_documented_tagged_and_retried(dagbag, dag_id):
    dag = dagbag.get_dag(dag_id)
    assert dag.doc_md and len(dag.doc_md) > 200
    assert "hotline-watch" in dag.tags
    for task in dag.tasks:
        assert task.retries >= 2, task.task_id
        assert task.retry_exponential_backoff, task.task_id
        assert task.execution_timeout is not None and task.execution_timeout.total_seconds() <= 3600
        assert task.owner == "hotline-watch"
        assert task.doc_md, task.task_id


def test_monthly_dag_edges_form_the_pipeline_chain(dagbag):
    dag = dagbag.get_dag("hotline_monthly")
    chain = ["fetch_posts", "extract_facts", "validate_facts", "detect_alerts", "load_monthly_counts", "notify"]
    for upstream, downstream in itertools.pairwise(chain):
        assert dag.get_task(upstream).downstream_task_ids == {downstream}
    assert dag.get_task("fetch_posts").upstream_task_ids == set()


@pytest.mark.parametrize("dag_id", sorted(DAG_IDS))
def test_database_writers_share_the_one_slot_pool(dagbag, dag_id):
    assert {task.pool for task in dagbag.get_dag(dag_id).tasks} == {"duckdb_writer"}


def report_watch_ticks(first: str, count: int) -> list[str]:
    """The next `count` run times of the report watch from `first`, as Airflow's scheduler computes them."""
    import pendulum
    from airflow.dag_processing.dagbag import DagBag
    from airflow.serialization.serialized_objects import DagSerialization
    from airflow.timetables.base import TimeRestriction

    dag = DagBag(dag_folder=str(PROJECT_ROOT / "dags" / "hotline_report_watch.py")).get_dag("hotline_report_watch")
    timetable = DagSerialization.deserialize_dag(DagSerialization.serialize_dag(dag)).timetable
    restriction = TimeRestriction(earliest=pendulum.parse(first), latest=None, catchup=True)
    ticks, last = [], None
    for _ in range(count):
        info = timetable.next_dagrun_info(last_automated_data_interval=last, restriction=restriction)
        ticks.append(info.run_after.strftime("%m-%d %H:%M"))
        last = info.data_interval
    return ticks


def test_report_watch_ticks_every_30_minutes_in_the_report_window_and_daily_after(dagbag):
    from airflow.sdk import MultipleCronTriggerTimetable

    dag = dagbag.get_dag("hotline_report_watch")
    assert isinstance(dag.timetable, MultipleCronTriggerTimetable)
    assert dag.catchup is False and dag.max_active_runs == 1
    assert report_watch_ticks("2025-06-04T09:10:00+00:00", 4) == ["06-04 09:30", "06-04 10:00", "06-04 10:30",
                                                                 "06-04 11:00"]
    assert report_watch_ticks("2025-06-15T22:45:00+00:00", 4) == ["06-15 23:00", "06-15 23:30", "06-16 06:30",
                                                                 "06-17 06:30"]
    assert report_watch_ticks("2025-06-30T07:00:00+00:00", 3) == ["07-01 00:00", "07-01 00:30", "07-01 01:00"]


def test_report_watch_checks_after_loading(dagbag):
    dag = dagbag.get_dag("hotline_report_watch")
    assert dag.get_task("load_monthly_counts").upstream_task_ids == {"detect_alerts"}
    assert dag.get_task("check_reports").upstream_task_ids == {"load_monthly_counts"}
    assert dag.get_task("notify").upstream_task_ids == {"check_reports"}


def test_dag_file_parse_does_not_import_heavy_modules():
    # One fresh interpreter parses every DAG file in turn (one Airflow import, not one per file) and
    # names, after each file, the heavy modules loaded so far: the first file to pull one in is named.
    code = (
        "import sys, runpy\n"
        "for path in sys.argv[1:]:\n"
        "    runpy.run_path(path)\n"
        "    heavy = [m for m in sys.modules if m in ('pandas', 'duckdb', 'requests', 'pandera', 'selectolax',"
        " 'hotline.store') or m.startswith('hotline.stages.')]\n"
        "    print(path.rsplit('/', 1)[-1], ','.join(sorted(heavy)))\n"
    )
    dag_files = sorted(str(path) for path in Path(PROJECT_ROOT, "dags").glob("*.py"))
    done = subprocess.run([sys.executable, "-c", code, *dag_files], capture_output=True, text=True, check=True)
    parsed = dict(line.partition(" ")[::2] for line in done.stdout.splitlines())
    assert sorted(parsed) == sorted(Path(path).name for path in dag_files), done.stdout
    assert all(heavy == "" for heavy in parsed.values()), f"heavy modules at DAG parse: {parsed}"
