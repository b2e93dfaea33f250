"""A real Airflow for the scheduler and browser tests, started once per session (a pytest plugin).

The test modules load this file with `pytest_plugins = ["airflow_server"]`, so its session
fixtures exist once however many modules use them (and its collection hook runs those tests last,
scheduler before browser):

- `airflow_server`: a temporary AIRFLOW_HOME (metadata in a throw-away PostgreSQL cluster,
  LocalExecutor), a temporary DuckDB
  file, the demo channel served on loopback by this process, a loopback JSON receiver standing in
  for the Apprise target, the one-slot pool `duckdb_writer`, a known admin user, and three Airflow
  processes (dag-processor, scheduler, api-server on a free port), each in its own process group.
  Teardown ends every process it started (and their children), whatever happened.
- `rest_runs`: what happens first on that Airflow, whichever test module asks for it first: the
  DAG is unpaused through the REST API v2, the run the scheduler creates by itself (catchup is off:
  the latest interval) finishes, then three months are triggered through the REST API (by logical
  date, by conf only, by both) one after the other; the DuckDB state and the
  delivered alerts right after them are kept for the assertions.

Everything only listens on and talks to 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import psutil
import pytest

from hotline import demo, store
from hotline.airflow_setup import ui_credentials
from hotline.months import run_date_for

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DAG_ID = "hotline_monthly"
WATCH_DAG_ID = "hotline_report_watch"
# The months triggered through the REST API (see `rest_runs`).
REST_MONTHS = ("2024-12", "2025-01", "2025-05")
TERMINAL_STATES = {"success", "failed"}
# The simple auth manager's users of the live Airflow: name → role.
LOGINS = {"admin": "admin", "olena": "op", "vasyl": "viewer"}
# Bounded waits (seconds). A run of six tasks takes ~20 s on 2 cores; the limits are generous.
START_TIMEOUT_S = 180
PARSE_TIMEOUT_S = 120
RUN_TIMEOUT_S = 240
STOP_TIMEOUT_S = 30
TABLES = ("raw_posts", "channel_state", "observations", "monthly_counts", "revisions", "findings", "quarantine",
          "alerts")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the tests that need the live Airflow last, scheduler tests before the browser test, so
    that Airflow starts once, does not run beside the rest of the suite, and the browser sees the
    backfilled months too."""
    def rank(item: pytest.Item) -> int:
        return 2 if item.get_closest_marker("browser") else 1 if item.get_closest_marker("scheduler") else 0

    items.sort(key=rank)  # stable: the order within each group stays


def free_port() -> int:
    """A TCP port nobody listens on right now (127.0.0.1)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- the Apprise target: a loopback JSON receiver ------------------------------------------------


class AlertReceiver:
    """Records every JSON body POSTed to it; Apprise's `json://127.0.0.1:PORT/PATH` sends
    `{"version", "title", "message", "type", ...}` there."""

    PATH = "/hotline-alerts"

    def __init__(self) -> None:
        self.messages: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                try:
                    body = json.loads(raw)
                except ValueError:
                    body = {"unparsed": raw.decode("utf-8", "replace")}
                with receiver._lock:
                    receiver.messages.append({"path": self.path, "body": body})
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, name="alert-receiver", daemon=True)

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def apprise_url(self) -> str:
        return f"json://127.0.0.1:{self.port}{self.PATH}"

    def received(self) -> list[dict[str, Any]]:
        """A copy of what arrived so far."""
        with self._lock:
            return list(self.messages)

    def start(self) -> AlertReceiver:
        self._thread.start()
        return self

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def alert_key_of(message: dict[str, Any]) -> str | None:
    """The alert key in a delivered message (hotline.apprise_send puts 'alert key: K' in the body)."""
    text = str(message["body"].get("message", ""))
    for line in text.splitlines():
        if line.startswith("alert key: "):
            return line.removeprefix("alert key: ").strip()
    return None


# --- the Airflow processes -----------------------------------------------------------------------


@dataclass
class AirflowServer:
    """A running Airflow with handles to everything the tests check."""

    home: Path
    db: Path
    port: int
    env: dict[str, str]
    user: str
    password: str
    receiver: AlertReceiver
    channel: demo.DemoChannelServer
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)
    _token: str | None = None
    passwords: dict[str, str] = field(default_factory=dict)  # every login of LOGINS
    metadata_url: str = ""  # the SQLAlchemy URL of its metadata database (PostgreSQL)
    settings_applied: str = ""  # what `python -m hotline.airflow_setup` reported applying

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # -- processes

    def start(self, name: str, *args: str) -> None:
        """Start `airflow ARGS` in its own process group, output to logs/<name>.out."""
        out = (self.home / f"{name}.out").open("wb")
        self.processes[name] = subprocess.Popen(
            [str(Path(sys.executable).parent / "airflow"), *args], env=self.env, stdout=out,
            stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
        out.close()

    def stop(self) -> None:
        """End every process started here and all their descendants (task supervisors and tasks
        put themselves in their own process groups, so they are collected first)."""
        family: list[psutil.Process] = []
        for process in self.processes.values():
            with contextlib.suppress(psutil.NoSuchProcess):
                family += psutil.Process(process.pid).children(recursive=True)
        for process in self.processes.values():
            _signal_group(process.pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_TIMEOUT_S
        for process in self.processes.values():
            try:
                process.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                _signal_group(process.pid, signal.SIGKILL)
                process.wait(10)
        _gone, alive = psutil.wait_procs(family, timeout=5)
        for leftover in alive:
            with contextlib.suppress(psutil.NoSuchProcess):
                leftover.kill()
        psutil.wait_procs(alive, timeout=5)

    def check_alive(self) -> None:
        """Fail with the component's log when one of the Airflow processes has exited."""
        for name, process in self.processes.items():
            if process.poll() is not None:
                pytest.fail(f"airflow {name} exited with {process.returncode}:\n{self.log_tail(name)}")

    def log_tail(self, name: str | None = None, chars: int = 4000) -> str:
        """The end of one component's output (or of all), for failure messages."""
        names = [name] if name else list(self.processes)
        parts = []
        for each in names:
            path = self.home / f"{each}.out"
            text = path.read_text(errors="replace") if path.exists() else ""
            parts.append(f"--- {each} ---\n{text[-chars:]}")
        return "\n".join(parts)

    def cli(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        """Run `airflow ARGS` against this Airflow; fail the test on a non-zero exit."""
        done = subprocess.run([str(Path(sys.executable).parent / "airflow"), *args], env=self.env,
                              capture_output=True, text=True, timeout=timeout, check=False)
        if done.returncode != 0:
            pytest.fail(f"`airflow {' '.join(args)}` exited {done.returncode}:\n{done.stdout[-3000:]}\n"
                        f"{done.stderr[-3000:]}")
        return done

    # -- REST API v2

    def token(self, *, fresh: bool = False) -> str:
        """A JWT from `POST /auth/token` with the admin credentials."""
        if self._token is None or fresh:
            response = httpx.post(f"{self.base_url}/auth/token", json={"username": self.user,
                                                                       "password": self.password}, timeout=30)
            assert response.status_code == 201, f"POST /auth/token: {response.status_code} {response.text}"
            self._token = response.json()["access_token"]
        return self._token

    def api(self, method: str, path: str, *, expect: tuple[int, ...] = (200,), **kwargs: Any) -> Any:
        """Call the REST API v2 (`path` below /api/v2) as the admin user and return the JSON."""
        url = f"{self.base_url}/api/v2{path}"
        response = httpx.request(method, url, headers={"Authorization": f"Bearer {self.token()}"},
                                 timeout=60, **kwargs)
        if response.status_code == 401:  # an expired token: once more with a new one
            response = httpx.request(method, url, headers={"Authorization": f"Bearer {self.token(fresh=True)}"},
                                     timeout=60, **kwargs)
        assert response.status_code in expect, f"{method} {path}: {response.status_code} {response.text[:2000]}"
        return response.json() if response.content else None

    def wait(self, what: str, probe: Any, timeout: float, interval: float = 1.0) -> Any:
        """Poll `probe()` until it returns something truthy; fail after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            self.check_alive()
            result = probe()
            if result:
                return result
            if time.monotonic() > deadline:
                pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}\n{self.log_tail(chars=3000)}")
            time.sleep(interval)

    def wait_until_serving(self) -> None:
        def healthy() -> bool:
            try:
                return httpx.get(f"{self.base_url}/api/v2/monitor/health", timeout=5).status_code == 200
            except httpx.HTTPError:
                return False

        self.wait("the api-server to answer", healthy, START_TIMEOUT_S)

    def wait_until_parsed(self, *dag_ids: str) -> None:
        def parsed() -> bool:
            errors = self.api("GET", "/importErrors")
            assert errors["total_entries"] == 0, f"DAG import errors: {errors}"
            found = {dag["dag_id"] for dag in self.api("GET", "/dags", params={"limit": 100})["dags"]}
            return set(dag_ids) <= found

        self.wait(f"the dag-processor to parse {', '.join(dag_ids)}", parsed, PARSE_TIMEOUT_S)

    def unpause(self, dag_id: str) -> None:
        dag = self.api("PATCH", f"/dags/{dag_id}", json={"is_paused": False})
        assert dag["is_paused"] is False

    def trigger(self, dag_id: str, *, logical_date: datetime | None, conf: dict[str, Any] | None = None) -> str:
        """`POST /dags/{dag_id}/dagRuns`; return the new run's id."""
        body = {"logical_date": logical_date.isoformat() if logical_date else None, "conf": conf or {}}
        run = self.api("POST", f"/dags/{dag_id}/dagRuns", json=body)
        return run["dag_run_id"]

    def dag_run(self, dag_id: str, run_id: str) -> dict[str, Any]:
        return self.api("GET", f"/dags/{dag_id}/dagRuns/{run_id}")

    def dag_runs(self, dag_id: str, **params: Any) -> list[dict[str, Any]]:
        return self.api("GET", f"/dags/{dag_id}/dagRuns", params={"limit": 100, **params})["dag_runs"]

    def wait_for_run(self, dag_id: str, run_id: str, timeout: float = RUN_TIMEOUT_S) -> dict[str, Any]:
        """Poll the run until it is finished; return it."""

        def finished() -> dict[str, Any] | None:
            run = self.dag_run(dag_id, run_id)
            return run if run["state"] in TERMINAL_STATES else None

        return self.wait(f"{dag_id} run {run_id} to finish", finished, timeout)

    # -- DuckDB and the receiver

    def query(self, sql: str) -> list[tuple]:
        """Rows from the pipeline's DuckDB file (read-only, tolerating the writer lock)."""
        return query(self.db, sql)

    def table_counts(self) -> dict[str, int]:
        return table_counts(self.db)

    @staticmethod
    def alert_key_of(message: dict[str, Any]) -> str | None:
        return alert_key_of(message)

    def delivered_keys(self) -> list[str | None]:
        """The alert key of every message the receiver got, in arrival order."""
        return [alert_key_of(message) for message in self.receiver.received()]

    def task_states(self, dag_id: str, run_id: str) -> dict[str, tuple[str, int]]:
        """task_id → (state, try_number) of one run."""
        instances = self.api("GET", f"/dags/{dag_id}/dagRuns/{run_id}/taskInstances")["task_instances"]
        return {ti["task_id"]: (ti["state"], ti["try_number"]) for ti in instances}


def _signal_group(pid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, sig)


def postgres_bindir() -> Path:
    """The newest installed PostgreSQL's binaries (Debian keeps them off PATH)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    pytest.fail("PostgreSQL is not installed: `make test` installs it (scripts/install-postgres.sh)")


@contextlib.contextmanager
def postgres_cluster() -> Iterator[tuple[str, Path]]:
    """A new cluster on 127.0.0.1 (trust auth on loopback only; socket in its own folder); yields
    the SQLAlchemy URL of its `airflow` database and the cluster's folder, then stops and deletes it.
    PostgreSQL refuses to run as root: as root the server runs as the `postgres` user."""
    bindir = postgres_bindir()
    folder = Path(tempfile.mkdtemp(prefix="hotline-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        os.chown(folder, owner.pw_uid, owner.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    data, port = folder / "data", free_port()

    def run(*args: str) -> None:
        done = subprocess.run([*as_user, *args], cwd=folder, capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 0, f"{args[0]} failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"

    try:
        run(str(bindir / "initdb"), "-D", str(data), "-U", "airflow", "--auth=trust", "-E", "UTF8")
        run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"), "-w", "-t", "90",
            "-o", f"-c listen_addresses=127.0.0.1 -p {port} -k {folder}", "start")
        try:
            run(str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "airflow", "airflow")
            yield f"postgresql+psycopg2://airflow@127.0.0.1:{port}/airflow", folder
        finally:
            run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def airflow_env(home: Path, db: Path, port: int, channel_url: str, apprise_url: str,
                metadata_url: str) -> dict[str, str]:
    """The environment of every Airflow process: this process's, minus any Airflow or Hotline
    setting it may carry (the Makefile exports some), plus the test's own."""
    base = {key: value for key, value in os.environ.items()
            if not key.startswith(("AIRFLOW", "HOTLINE_"))}
    url = f"http://127.0.0.1:{port}"
    return {
        **base,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{base.get('PATH', '')}",
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(PROJECT_ROOT / "dags"),
        "AIRFLOW__CORE__PLUGINS_FOLDER": str(PROJECT_ROOT / "plugins"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": metadata_url,
        # The LocalExecutor with few worker processes on 2 cores; the one-slot pool serialises the
        # DuckDB tasks anyway.
        "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
        "AIRFLOW__CORE__PARALLELISM": "2",
        "AIRFLOW__CORE__MAX_ACTIVE_TASKS_PER_DAG": "2",
        "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "True",
        "AIRFLOW__CORE__AUTH_MANAGER": "airflow.api_fastapi.auth.managers.simple.simple_auth_manager.SimpleAuthManager",
        # An admin, an Op user who may decide reviews and a Viewer who may only look (issue 14).
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": ",".join(f"{name}:{role}" for name, role in LOGINS.items()),
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(home / "simple_auth_manager_passwords.json.generated"),
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"{url}/execution/",
        "AIRFLOW__API__BASE_URL": url,
        "AIRFLOW__API__HOST": "127.0.0.1",
        "AIRFLOW__API__PORT": str(port),
        "AIRFLOW__API__WORKERS": "1",
        "AIRFLOW__API__SECRET_KEY": secrets.token_urlsafe(16),
        "AIRFLOW__API_AUTH__JWT_SECRET": secrets.token_urlsafe(64),
        # Fast discovery: list the bundle every 2 s (new files are parsed at once). The DAG files do
        # not change during the tests: no re-parsing every 30 s beside the runs on 2 cores.
        "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "2",
        "AIRFLOW__DAG_PROCESSOR__MIN_FILE_PROCESS_INTERVAL": "300",
        "AIRFLOW__DAG_PROCESSOR__PARSING_PROCESSES": "1",
        "AIRFLOW__SCHEDULER__SCHEDULER_IDLE_SLEEP_TIME": "0.5",
        "AIRFLOW__LOGGING__LOGGING_LEVEL": "INFO",
        # Ports the components would otherwise open on all interfaces.
        "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(free_port()),
        "AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT": str(free_port()),
        # The pipeline.
        "HOTLINE_DB": str(db),
        "AIRFLOW_CONN_DUCKDB_DEFAULT": json.dumps({"conn_type": "duckdb", "host": str(db)}),
        "AIRFLOW_CONN_APPRISE_DEFAULT": json.dumps(
            {"conn_type": "apprise", "extra": {"config": {"path": apprise_url}}}),
        "HOTLINE_TELEGRAM_BASE_URL": channel_url,
        "HOTLINE_CHANNELS": demo.DEMO_CHANNEL,
        # Demo data, said by configuration as `hotline up` says it (the page's banner, "demo data").
        "HOTLINE_DEMO": "1",
        "HOTLINE_REQUEST_DELAY_S": "0",
        # The demo months are from 2024–2025: deliver the newest month whenever it ended.
        "HOTLINE_DELIVERY_WINDOW_DAYS": "100000",
    }


@pytest.fixture(scope="session")
def airflow_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AirflowServer]:
    """Airflow (dag-processor, scheduler, api-server) on a temporary home, started once.

    Its metadata is in PostgreSQL, as in production: on SQLite, `airflow backfill create` racing the
    scheduler's own writes failed with "database is locked" in one CI run of two, even in WAL mode (a
    transaction that reads before it writes cannot wait for the lock), and the scheduler then died on
    the runs Airflow removed again. `make up`'s SQLite metadata is exercised by test_up and the
    in-process runs."""
    started = time.monotonic()
    home = tmp_path_factory.mktemp("airflow_live")
    db = tmp_path_factory.mktemp("duckdb_live") / "hotline.duckdb"
    with contextlib.ExitStack() as stack:
        metadata_url, _folder = stack.enter_context(postgres_cluster())
        receiver = AlertReceiver().start()
        stack.callback(receiver.close)
        channel = demo.DemoChannelServer({demo.DEMO_CHANNEL: demo.generate_demo_posts(demo.DEMO_CHANNEL)}).start()
        stack.callback(channel.close)
        port = free_port()
        env = airflow_env(home, db, port, channel.base_url, receiver.apprise_url, metadata_url)
        user, password = ui_credentials(home)
        server = AirflowServer(home=home, db=db, port=port, env=env, user=user, password=password,
                               receiver=receiver, channel=channel,
                               passwords=dict(ui_credentials(home, name) for name in LOGINS),
                               metadata_url=metadata_url)
        stack.callback(server.stop)
        server.cli("db", "migrate", timeout=600)
        # The declared pool and connection (airflow_settings.yaml), applied as `hotline setup` does.
        done = subprocess.run([sys.executable, "-m", "hotline.airflow_setup"], env=env, capture_output=True,
                              text=True, timeout=120, check=False)
        assert done.returncode == 0, f"hotline.airflow_setup failed:\n{done.stderr[-3000:]}"
        server.settings_applied = done.stderr
        server.start("dag-processor", "dag-processor")
        server.start("scheduler", "scheduler", "--skip-serve-logs")
        server.start("api-server", "api-server", "--host", "127.0.0.1", "--port", str(port), "--workers", "1")
        server.wait_until_serving()
        server.wait_until_parsed(DAG_ID, WATCH_DAG_ID)
        print(f"\nAirflow serving at {server.base_url} after {time.monotonic() - started:.0f} s "
              f"(home {home})", file=sys.stderr)
        yield server


# --- what happens first: runs triggered through the REST API -------------------------------------


def table_counts(db: Path) -> dict[str, int]:
    """Row counts of the pipeline's tables (read-only, tolerating the writer lock)."""
    conn = store.connect_reader(db)
    try:
        return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}
    finally:
        conn.close()


def query(db: Path, sql: str) -> list[tuple]:
    conn = store.connect_reader(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@dataclass(frozen=True)
class RestRuns:
    """The runs of `rest_runs` and the state right after them."""

    dag_id: str
    scheduled: dict[str, Any]
    runs: dict[str, dict[str, Any]]  # month → the finished run (REST API response)
    monthly: dict[str, int]  # month → requests (i_want_to_find)
    alerts: list[tuple]  # (alert_key, month, kind, severity, status)
    delivered: list[dict[str, Any]]
    counts: dict[str, int]
    seconds: float


@pytest.fixture(scope="session")
def rest_runs(airflow_server: AirflowServer) -> RestRuns:
    """Unpause the monthly DAG, let the scheduler's own run finish, then run three months through
    the REST API: 2024-12 by logical date, 2025-01 by conf only, 2025-05 by logical date and conf."""
    server = airflow_server
    started = time.monotonic()
    server.unpause(DAG_ID)
    # catchup is off, so unpausing makes the scheduler create exactly the latest interval's run.
    scheduled = server.wait("the scheduler to create the latest interval's run",
                            lambda: server.dag_runs(DAG_ID, run_type="scheduled"), 60)[0]
    scheduled = server.wait_for_run(DAG_ID, scheduled["dag_run_id"])
    # By logical date (the run date of the month: its data interval ends there), by conf only,
    # and by both. (The logical date of a REST run is its interval's *end*, while scheduled and
    # backfill runs carry their interval's *start*: a run triggered for month M by logical date
    # takes the logical date of month M+1's scheduled/backfill run, which Airflow then skips. The
    # backfill in test_scheduler.py therefore stays clear of 2025-01-15 and 2025-06-15.)
    how = {"2024-12": (run_date_for("2024-12"), None),
           "2025-01": (None, {"month": "2025-01"}),
           "2025-05": (run_date_for("2025-05"), {"month": "2025-05"})}
    runs = {}
    for month in REST_MONTHS:
        logical_date, conf = how[month]
        run_id = server.trigger(DAG_ID, logical_date=logical_date, conf=conf)
        runs[month] = server.wait_for_run(DAG_ID, run_id)
    # Reported months only: a month implied by a stated percent (e.g. April from May's "+34%")
    # is stored too, marked derived, and is not one of the runs' own figures.
    monthly = dict(query(server.db, "SELECT strftime(month, '%Y-%m'), requests FROM monthly_counts"
                                    " WHERE series = 'i_want_to_find' AND NOT derived"))
    alerts = query(server.db, "SELECT alert_key, strftime(month, '%Y-%m'), kind, severity, status FROM alerts"
                              " ORDER BY month, alert_key")
    return RestRuns(dag_id=DAG_ID, scheduled=scheduled, runs=runs, monthly=monthly, alerts=alerts,
                    delivered=server.receiver.received(), counts=table_counts(server.db),
                    seconds=time.monotonic() - started)
