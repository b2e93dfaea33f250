"""Running the monthly DAG in-process (`dag.test`) so that its runs read like real runs in the UI.

`dag.test` is Airflow's own in-process runner (the scheduler's dependency loop and the Execution
API, without scheduler or worker processes), which keeps `make demo` fast. Two things it does not
do for us, and this module adds around it:

- **Task logs.** A worker's supervisor writes each task's log file; `dag.test` runs tasks in this
  process and logs to the console only, so the UI said "Log file not found on worker".
  `TaskLogFiles` writes every record a task emits (at INFO and up) to the very file Airflow's log
  reader looks for, in the JSON-lines shape workers write.
- **Run identity.** `dag.test` names runs `manual__<now>` and stamps their start with the logical
  date (a 2025 month's run then "lasted" 600 days). `month_run_identity` makes the run it creates
  carry the id `month__YYYY-MM` and its real start time.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
import traceback
import warnings
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

# Log records of the task's own code (our pipeline, providers, Airflow's stdlib loggers).
TASK_LOG_LEVEL = logging.INFO


def month_run_id(month: str) -> str:
    """The run id of the in-process run owning `month`: `month__YYYY-MM` (the grid names the month)."""
    return f"month__{month}"


def _render_log_path(base_folder: Path, template: str, ti: Any) -> Path:
    """The task's log file, from Airflow's `[logging] log_filename_template` (the same template
    the UI's reader renders)."""
    import jinja2

    relative = jinja2.Template(template).render(ti=ti, try_number=ti.try_number)
    return base_folder / relative


class TaskLogFiles(logging.Handler):
    """A logging handler that appends each record emitted inside a running task to that task
    try's log file (records outside a task, e.g. the run loop's own, are left to the console)."""

    def __init__(self, base_folder: Path, filename_template: str) -> None:
        super().__init__(level=TASK_LOG_LEVEL)
        self.base_folder = base_folder
        self.filename_template = filename_template
        self.written: set[Path] = set()

    def _current_ti(self) -> Any | None:
        from airflow.sdk import get_current_context

        try:
            return get_current_context()["ti"]
        except (RuntimeError, KeyError):
            return None

    def emit(self, record: logging.LogRecord) -> None:
        """Append `record` as one JSON line to the running task's log file."""
        ti = self._current_ti()
        if ti is None:
            return
        try:
            line = {
                "timestamp": datetime.fromtimestamp(record.created, UTC).isoformat().replace("+00:00", "Z"),
                "level": record.levelname.lower(),
                "event": record.getMessage(),
                "logger": record.name,
            }
            if record.exc_info:
                line["exception"] = logging.Formatter().formatException(record.exc_info)
            self.write_line(ti, line)
        except Exception:  # a log line must never fail the task
            self.handleError(record)

    def write_line(self, ti: Any, line: dict[str, Any]) -> None:
        """Append one JSON line to the log file of `ti`'s try."""
        path = _render_log_path(self.base_folder, self.filename_template, ti)
        path.parent.mkdir(parents=True, exist_ok=True)
        # A rerun of the month replaces its run (same id, try 1 again): its first line starts
        # the file afresh instead of appending to the earlier run's log.
        with path.open("a" if path in self.written else "w", encoding="utf-8") as out:
            out.write(json.dumps(line, ensure_ascii=False, default=str) + "\n")
        self.written.add(path)

    def record_failure(self, ti: Any, error: BaseException) -> None:
        """Write the exception a task try failed with, traceback and all, to its log file: the
        console shows one line of it (`run-months`), the log keeps the rest."""
        self.write_line(ti, {
            "timestamp": datetime.now(UTC).isoformat().replace("+00:00", "Z"), "level": "error",
            "event": "Task failed with exception", "logger": "task",
            "exception": "".join(traceback.format_exception(error)).rstrip()})


@contextlib.contextmanager
def task_log_files() -> Iterator[TaskLogFiles]:
    """Write the logs of tasks run in this process to Airflow's log folder while inside.

    The console keeps its own level (the demo prints a quiet summary); the task logs get INFO:
    the `hotline` loggers are opened to INFO so their records reach this handler."""
    from airflow.configuration import conf

    handler = TaskLogFiles(Path(conf.get("logging", "base_log_folder")), conf.get("logging", "log_filename_template"))
    root, ours = logging.getLogger(), logging.getLogger("hotline")
    # The console handlers keep printing at the level Airflow configured for them (run-months: none
    # of it), although the `hotline` loggers now pass INFO records on, and every other logger its
    # warnings (for this handler).
    consoles = {each: each.level for each in root.handlers}
    for each in consoles:
        each.setLevel(max(each.level, root.getEffectiveLevel()))
    previous, previous_root = ours.level, root.level
    ours.setLevel(TASK_LOG_LEVEL)
    root.setLevel(min(root.getEffectiveLevel(), logging.WARNING))
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(previous_root)
        ours.setLevel(previous)
        for each, level in consoles.items():
            each.setLevel(level)


@contextlib.contextmanager
def month_run_identity(month: str) -> Iterator[None]:
    """While inside, the run `dag.test` creates is named `month__YYYY-MM` and starts now.

    `dag.test` has no parameter for either; it creates its run through
    `airflow.models.dagrun.get_or_create_dagrun` (imported when called), so the real function is
    wrapped for the duration: same run, same replacement of an earlier run of that logical date,
    only the id and the start differ. An earlier run of the same id (whatever its logical date:
    the month being reported now runs at "now") is replaced too."""
    from airflow.models import dagrun
    from sqlalchemy import select

    real = dagrun.get_or_create_dagrun

    def named_run(**kwargs: Any) -> Any:
        run_id = month_run_id(month)
        session = kwargs["session"]
        earlier = session.scalar(select(dagrun.DagRun).where(
            dagrun.DagRun.dag_id == kwargs["dag"].dag_id, dagrun.DagRun.run_id == run_id))
        if earlier is not None:
            session.delete(earlier)
            session.commit()
        return real(**{**kwargs, "run_id": run_id, "start_date": datetime.now(UTC)})

    dagrun.get_or_create_dagrun = named_run
    try:
        yield
    finally:
        dagrun.get_or_create_dagrun = real


def one_line(error: BaseException) -> str:
    """An exception as one line: its message's first line (or its type's name when it says nothing)."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


@contextlib.contextmanager
def task_failures(logs: TaskLogFiles) -> Iterator[dict[str, str]]:
    """While inside, each task that `dag.test` ran and that failed for good (no retry left), with the
    one line of its error, by task id in the order they failed; every failed try's exception is
    written to its log file (`logs`).

    `dag.test` runs each task try through `supervisor.run_task_in_process` (imported when called),
    whose result holds the task's exception: wrapped for the duration, as `month_run_identity`
    wraps the run's creation. A try that Airflow retries is not a failure of the run."""
    from airflow.sdk.execution_time import supervisor

    real = supervisor.run_task_in_process
    failures: dict[str, str] = {}

    def recording(ti: Any, task: Any, client: Any = None) -> Any:
        result = real(ti=ti, task=task, client=client)
        if result.error is not None:
            with contextlib.suppress(Exception):  # a log line must never change the run's outcome
                logs.record_failure(ti, result.error)
            if result.ti.state == "failed":  # TaskInstanceState is a str
                failures[ti.task_id] = one_line(result.error)
        return result

    supervisor.run_task_in_process = recording
    try:
        yield failures
    finally:
        supervisor.run_task_in_process = real


def logical_date_for(month: str, now: datetime | None = None) -> datetime:
    """The logical date of the in-process run owning `month`: its scheduled run's (the 15th of the
    next month), or now for the month being reported now, whose window has not closed: a logical
    date in the future would hold the scheduler ("Logical date is in future") and every run after it."""
    from hotline.months import run_date_for

    now = now or datetime.now(UTC)
    return min(run_date_for(month), now.replace(microsecond=0))


def run_month(dag: Any, month: str, failures: dict[str, str] | None = None) -> Any:
    """Run `dag` in-process for `month` (`month` in the conf; the logical date from
    `logical_date_for`) with task log files and a run named after the month; return the finished DagRun.
    `failures` receives the tasks that failed, with the one line of each one's error (`task_failures`)."""
    with task_log_files() as logs, month_run_identity(month), task_failures(logs) as failed:
        dag_run = dag.test(logical_date=logical_date_for(month), run_conf={"month": month})
    if failures is not None:
        failures.update(failed)
    return dag_run


def unfinished_run_ids(dag_id: str) -> list[str]:
    """The ids of `dag_id`'s runs still `running` or `queued` in the metadata DB."""
    from airflow.models.dagrun import DagRun
    from airflow.utils.session import create_session
    from airflow.utils.state import DagRunState
    from sqlalchemy import select

    with create_session() as session:
        return list(session.scalars(select(DagRun.run_id).where(
            DagRun.dag_id == dag_id, DagRun.state.in_([DagRunState.RUNNING, DagRunState.QUEUED]))))


def fail_run(dag_id: str, run_id: str, *, reason: str) -> None:
    """Mark a run and its unfinished task instances `failed` (an interrupted or empty run must not
    stay `running`/`queued`, nor count as a success), logging `reason`."""
    from airflow import settings
    from airflow.models.dagrun import DagRun
    from airflow.models.taskinstance import TaskInstance
    from airflow.utils.session import create_session
    from airflow.utils.state import DagRunState, State, TaskInstanceState
    from sqlalchemy import select

    settings.Session.remove()  # the interrupted loop's session may be half-way through a transaction
    now = datetime.now(UTC)
    with create_session() as session:
        run = session.scalar(select(DagRun).where(DagRun.dag_id == dag_id, DagRun.run_id == run_id))
        if run is None:
            return
        for ti in session.scalars(select(TaskInstance).where(TaskInstance.dag_id == dag_id,
                                                             TaskInstance.run_id == run_id)):
            if ti.state not in State.finished:
                ti.state, ti.end_date = TaskInstanceState.FAILED, now
        run.state, run.end_date = DagRunState.FAILED, now
    logging.getLogger(__name__).warning("%s %s marked failed: %s", dag_id, run_id, reason)


def fail_unfinished_runs(dag_ids: tuple[str, ...], *, reason: str) -> list[str]:
    """Mark every run of `dag_ids` still `running` or `queued` failed (tasks too); print one line each."""
    failed = []
    for dag_id in dag_ids:
        for run_id in unfinished_run_ids(dag_id):
            fail_run(dag_id, run_id, reason=reason)
            print(f"{dag_id} {run_id}: marked failed ({reason})", file=sys.stderr)
            failed.append(run_id)
    return failed


def task_instance_count(dag_id: str, run_id: str) -> int:
    """How many task instances the run has (none: Airflow ran nothing, e.g. a date before start_date)."""
    from airflow.models.taskinstance import TaskInstance
    from airflow.utils.session import create_session
    from sqlalchemy import func, select

    with create_session() as session:
        return session.scalar(select(func.count()).select_from(TaskInstance).where(
            TaskInstance.dag_id == dag_id, TaskInstance.run_id == run_id)) or 0


def log_folder() -> str:
    """Where task logs go (for messages to the user)."""
    from airflow.configuration import conf

    return os.path.relpath(conf.get("logging", "base_log_folder"))


# --- `hotline run-months`: the months in a row, one run-months per Airflow home ----------------


def check_run_range(first: str, last: str) -> list[str]:
    """The months FROM..TO, or a one-line ValueError when the range is empty or starts before every
    series' launch (no series was at work then: Airflow would run nothing and call it success)."""
    # Only light imports here: a bad range is refused before Airflow (and its home) is touched.
    from hotline.months import month_range
    from hotline.series import first_launch_month, launch_months, series_label

    months = month_range(first, last)
    earliest = first_launch_month()
    if months[0] < earliest:
        first_series = min(launch_months().items(), key=lambda item: item[1])[0]
        raise ValueError(f"{months[0]} is before every series' launch (the first, {series_label(first_series)}, "
                         f"began in {earliest}): start at {earliest} or later")
    return months


def run_state(dag_id: str, dag_run: Any) -> str:
    """The finished run's state as reported to the user: a run in which no task ran is a failure."""
    state = str(getattr(dag_run, "state", "unknown"))
    run_id = getattr(dag_run, "run_id", None)
    if run_id and task_instance_count(dag_id, run_id) == 0:
        fail_run(dag_id, run_id, reason="no task ran")
        return "failed (no task ran)"
    return state


class MonthResult(NamedTuple):
    """How one month's run ended: its state and, when it failed, what failed (`task: reason`)."""

    month: str
    state: str
    failure: str = ""


def failure_line(state: str, failures: dict[str, str]) -> str:
    """What the user reads about a failed run: the first task that failed and its error's one line."""
    if state == "success":
        return ""
    if failures:
        task_id, reason = next(iter(failures.items()))
        return f"{task_id}: {reason}"
    return state


def run_months(first: str, last: str) -> list[MonthResult]:
    """Run the monthly DAG through Airflow (in-process `dag.test`) for each month; return how each ended.

    Stopped by a signal (`StopRequested`), the month's run and its unfinished tasks are marked
    failed before the stop goes on, so nothing stays `running` or `queued` to hold the scheduler."""
    from airflow.dag_processing.dagbag import DagBag

    from hotline.stopping import StopRequested, stopping_now

    # Airflow's in-process test harness warns about its own use of starlette's TestClient.
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    months = check_run_range(first, last)
    bag = DagBag(dag_folder=os.environ["AIRFLOW__CORE__DAGS_FOLDER"])
    if bag.import_errors:
        raise SystemExit(f"DAG import errors: {bag.import_errors}")
    dag = bag.get_dag("hotline_monthly")
    results = []
    for month in months:
        failures: dict[str, str] = {}
        try:
            dag_run = run_month(dag, month, failures)  # run id month__YYYY-MM, task logs under AIRFLOW_HOME/logs
        except StopRequested as stop:
            stopping_now()  # no more kicks while the run is marked failed
            fail_run(dag.dag_id, month_run_id(month), reason=str(stop))
            raise
        state = run_state(dag.dag_id, dag_run)
        results.append(MonthResult(month, state, failure_line(state, failures)))
        print(f"hotline_monthly {month}: {state}", file=sys.stderr)
    return results


def report_failures(results: list[MonthResult], logs: Path) -> int:
    """Print the failed months, each with the task that failed and its error's one line, on stderr;
    the exit status of `run-months` (1 when any month failed)."""
    failed = [result for result in results if result.state != "success"]
    if not failed:
        return 0
    print(f"failed months: {', '.join(result.month for result in failed)}", file=sys.stderr)
    for result in failed:
        print(f"  {result.month}: {result.failure}", file=sys.stderr)
    print(f"(the task logs are under {logs})", file=sys.stderr)
    return 1


class RunLockedError(RuntimeError):
    """Another `run-months` (or `demo`) is running in the same Airflow home."""


@contextlib.contextmanager
def run_lock(airflow_home: Path) -> Iterator[None]:
    """Hold `<airflow home>/run-months.lock` for the block: two runs in one Airflow home would
    fight over its SQLite metadata (and DuckDB's one writer). The file names the holder's pid."""
    import fcntl

    airflow_home.mkdir(parents=True, exist_ok=True)
    handle = (airflow_home / "run-months.lock").open("a+", encoding="utf-8")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            raise RunLockedError(f"another run-months is running (pid {handle.read().strip() or '?'}) "
                                 f"in {airflow_home}") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        yield
    finally:
        handle.close()  # closing the file releases the lock, also when the process dies
