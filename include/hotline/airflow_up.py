"""`hotline up`: the Airflow components a one-machine Hotline Watch needs, supervised together.

Instead of `airflow standalone` (four components, API workers and executor slots sized for a
shared server, log servers on every interface, and no way to stop it all from one signal) this
starts three processes, each in its own process group:

- `airflow dag-processor`,
- `airflow scheduler --skip-serve-logs` with the LocalExecutor: its worker log server would listen
  on all interfaces (Airflow hard-codes the address). Workers run on this machine and write their
  logs into `AIRFLOW_HOME/logs`, which the api-server reads directly, so nothing is lost;
- `airflow api-server` on 127.0.0.1 (unless `AIRFLOW__API__HOST` says otherwise), one worker.

No triggerer: no task of the project defers (add one with `airflow triggerer --skip-serve-logs`
if a deferrable operator is ever used). SIGTERM or SIGINT stops every process started here and
their descendants (task supervisors put themselves in new sessions) within `STOP_TIMEOUT_S`.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import FrameType

import psutil

STOP_TIMEOUT_S = 20  # after SIGTERM, before SIGKILL; the whole stop stays under 30 s
COMPONENTS: dict[str, tuple[str, ...]] = {
    "dag-processor": ("dag-processor",),
    "scheduler": ("scheduler", "--skip-serve-logs"),
    "api-server": ("api-server",),
}


class Stop(Exception):
    """Raised in the main loop by the SIGTERM/SIGINT handler."""


def up_environment(env: Mapping[str, str], port: int) -> dict[str, str]:
    """The components' settings for one machine serving one user on `port`: loopback API with one
    worker, the LocalExecutor with one slot (every task waits for the one-slot DuckDB writer pool,
    so more slots only add idle worker processes), URLs derived from the port. Settings already
    in the environment win, except the port."""
    host = env.get("AIRFLOW__API__HOST") or "127.0.0.1"
    url_host = "localhost" if host in ("127.0.0.1", "0.0.0.0", "::") else host
    defaults = {
        "AIRFLOW__API__HOST": host,
        "AIRFLOW__API__WORKERS": "1",
        "AIRFLOW__API__BASE_URL": f"http://{url_host}:{port}",
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{port}/execution/",
        "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
        "AIRFLOW__CORE__PARALLELISM": "1",
        "AIRFLOW__DAG_PROCESSOR__PARSING_PROCESSES": "1",
    }
    return {**defaults, **env, "AIRFLOW__API__PORT": str(port)}


def _signal_group(pid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, sig)


class Supervisor:
    """Starts the components and stops all of them (and everything they started) together."""

    def __init__(self, env: Mapping[str, str], commands: Mapping[str, Sequence[str]] | None = None) -> None:
        self.env = dict(env)
        airflow = str(Path(sys.executable).parent / "airflow")
        self.commands = commands or {name: [airflow, *args] for name, args in COMPONENTS.items()}
        self.processes: dict[str, subprocess.Popen] = {}

    def start(self) -> None:
        """Start every component in a process group of its own (a signal to one reaches its children)."""
        for name, command in self.commands.items():
            self.processes[name] = subprocess.Popen(list(command), env=self.env, stdin=subprocess.DEVNULL,
                                                    start_new_session=True)

    def exited(self, ignore: set[str] | frozenset[str] = frozenset()) -> str | None:
        """The name of a component that has exited, if any (those in `ignore` may exit)."""
        return next((name for name, process in self.processes.items()
                     if name not in ignore and process.poll() is not None), None)

    def stop(self) -> None:
        """SIGTERM every component's group, SIGKILL what is left after STOP_TIMEOUT_S; also every
        descendant that moved to a session of its own (the LocalExecutor's task supervisors)."""
        family: list[psutil.Process] = []
        for process in self.processes.values():
            with contextlib.suppress(psutil.NoSuchProcess):
                family += psutil.Process(process.pid).children(recursive=True)
        for process in self.processes.values():
            _signal_group(process.pid, signal.SIGTERM)
        for member in family:
            with contextlib.suppress(psutil.NoSuchProcess):
                member.terminate()
        deadline = time.monotonic() + STOP_TIMEOUT_S
        for process in self.processes.values():
            try:
                process.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                _signal_group(process.pid, signal.SIGKILL)
                process.wait(5)
        _gone, alive = psutil.wait_procs(family, timeout=max(0.1, deadline - time.monotonic()))
        for leftover in alive:
            with contextlib.suppress(psutil.NoSuchProcess):
                leftover.kill()
        psutil.wait_procs(alive, timeout=3)
        for process in self.processes.values():  # whatever is left in the groups (e.g. gunicorn workers)
            _signal_group(process.pid, signal.SIGKILL)


def _raise_stop(signum: int, _frame: FrameType | None) -> None:
    raise Stop(signal.Signals(signum).name)


def run(env: Mapping[str, str], commands: Mapping[str, Sequence[str]] | None = None,
        jobs: Mapping[str, Sequence[str]] | None = None) -> int:
    """Start the components (default: COMPONENTS) and wait: until a signal (exit 0) or a
    component's exit (exit 1, all others stopped too). `jobs` are one-shot processes beside them
    (the live backfill): their end, whatever its status, stops nothing. After the stop, no run is
    left `running` or `queued` in the metadata DB (see `fail_unfinished_runs`)."""
    supervisor = Supervisor(env, {**(commands or Supervisor(env).commands), **(jobs or {})})
    one_shot = set(jobs or {})
    previous = {sig: signal.signal(sig, _raise_stop) for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)}
    status = 0
    try:
        supervisor.start()
        while (name := supervisor.exited(ignore=one_shot)) is None:
            time.sleep(0.5)
        print(f"airflow {name} exited with {supervisor.processes[name].returncode}: stopping the others",
              file=sys.stderr)
        status = 1
    except Stop as stop:
        print(f"{stop}: stopping Airflow", file=sys.stderr)
    finally:
        # A second Ctrl-C must not interrupt the stop half-way.
        for sig in previous:
            signal.signal(sig, signal.SIG_IGN)
        supervisor.stop()
        if commands is None:  # the real Airflow: its unfinished runs are failed, not left to block the next start
            fail_unfinished_runs(env)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return status


def fail_unfinished_runs(env: Mapping[str, str]) -> None:
    """Mark the project's runs still `running`/`queued` (and their unfinished tasks) failed, in a
    child process (the metadata DB's models stay out of this long-lived one); one line each."""
    script = ("from hotline.airflow_setup import PROJECT_DAGS\n"
              "from hotline.inprocess import fail_unfinished_runs\n"
              "fail_unfinished_runs(PROJECT_DAGS, reason='hotline up stopped')\n")
    try:
        subprocess.run([sys.executable, "-c", script], env=dict(env), check=False, timeout=60)
    except subprocess.TimeoutExpired:
        print("hotline up: could not mark the unfinished runs failed within 60 s", file=sys.stderr)


# --- `hotline up [--live]`: what `make up` and `make live` run ------------------------------------

LIVE_HOME = ".airflow-live"
LIVE_DB = "data/live.duckdb"
# The one-shot job beside the components on a live start: the backfill from the series' launch.
BACKFILL_JOB = "backfill-from-launch"


class UpError(Exception):
    """`hotline up` cannot start: one line for the user, nothing started."""


def check_port(host: str, port: int) -> None:
    """Fail in one line, before anything starts, when something already listens on `host:port`
    (another `make up`?). A connection is tried, not a bind: a port a stopped server left in
    TIME_WAIT is free for the api-server, and a bind with SO_REUSEADDR may succeed beside a listener."""
    import socket

    try:
        with socket.create_connection((host if host not in ("0.0.0.0", "::") else "127.0.0.1", port), timeout=2):
            pass
    except OSError:
        return
    raise UpError(f"port {port} on {host} is in use: stop what listens there (another `make up`?) "
                  f"or choose another port (make up PORT=8081)")


_home_lock: list = []  # the open lock file of this process's Airflow home (held until exit)


def lock_home(airflow_home: Path) -> None:
    """One `hotline up` per Airflow home: a second scheduler on the same metadata DB (another port)
    would fight the first. Refused in one line; the lock goes with the process."""
    import fcntl

    airflow_home.mkdir(parents=True, exist_ok=True)
    handle = (airflow_home / "hotline-up.lock").open("a+", encoding="utf-8")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        raise UpError(f"another hotline up (pid {handle.read().strip() or '?'}) is running on {airflow_home}: "
                      "stop it first") from None
    handle.seek(0)
    handle.truncate()
    handle.write(f"{os.getpid()}\n")
    handle.flush()
    _home_lock.append(handle)


def ui_users(env: Mapping[str, str]) -> str:
    """`AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS` as configured (e.g. `admin:admin,olena:op,vasyl:viewer`,
    from the environment or `.env`), with `admin:admin` added when no admin is named."""
    configured = [item.strip() for item in (env.get("AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS") or "").split(",")
                  if item.strip()]
    if "admin" not in {item.split(":", 1)[0] for item in configured}:
        configured.insert(0, "admin:admin")
    return ",".join(configured)


def live_paths(db_arg: str | None) -> Path:
    """`make live`'s own Airflow home and DuckDB, apart from the demo's: `HOTLINE_DB` (or --db), else
    data/live.duckdb; `AIRFLOW_HOME`, else .airflow-live (both under the project root)."""
    from hotline.airflow_setup import PROJECT_ROOT

    if not os.environ.get("AIRFLOW_HOME"):
        os.environ["AIRFLOW_HOME"] = str(PROJECT_ROOT / LIVE_HOME)
        os.environ.pop("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", None)
    return Path(db_arg or os.environ.get("HOTLINE_DB") or PROJECT_ROOT / LIVE_DB)


def _prepare(db: Path, port: int, *, live: bool = False) -> tuple[dict[str, str], str, str]:
    """The Airflow home prepared (cfg, migration, settings, DAGs unpaused) and the components' base
    environment; the admin login. `live`: the DAGs that load months stay paused until the backfill
    job has queued the months missing (`backfill_from_launch` unpauses them)."""
    from hotline.airflow_setup import PROJECT_DAGS, airflow_environment, prepare_airflow, ui_credentials, unpause_dags

    env = airflow_environment(db)
    lock_home(Path(env["AIRFLOW_HOME"]))
    prepare_airflow(env)
    unpause_dags(env, PROJECT_DAGS, paused=live)
    user, password = ui_credentials(Path(env["AIRFLOW_HOME"]))
    env.update({
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": ui_users(os.environ),
        # New DAGs start unpaused, so runs triggered from the UI (or "Run now") are picked up at once;
        # on a live start the backfill job unpauses them once it has queued the missing months.
        "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": str(live),
        "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "30",
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        # Alert messages link to the page where this UI serves it (unless told otherwise).
        "HOTLINE_PUBLIC_URL": os.environ.get("HOTLINE_PUBLIC_URL") or f"http://localhost:{port}",
    })
    return env, user, password


def _login_line(env: Mapping[str, str], port: int, user: str, password: str) -> str:
    others = [item.split(":", 1)[0] for item in env["AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS"].split(",")
              if item.split(":", 1)[0] != user]
    passwords = Path(env["AIRFLOW_HOME"]) / "simple_auth_manager_passwords.json.generated"
    more = f"; {', '.join(others)}: passwords in {passwords}" if others else ""
    return (f"Airflow UI: http://localhost:{port}  (login: {user} / {password}{more}; listening on "
            f"{env['AIRFLOW__API__HOST']})")


def up_demo(db: Path, port: int, db_arg: str | None) -> int:
    """`make up`: the demo channel on loopback, the demo's DuckDB (filled by `hotline demo` first)."""
    import subprocess

    from hotline import demo

    if not db.exists():
        # In a child process: the demo's in-process Airflow (memory) and its quiet console
        # setting (the task logs would be empty) must not stay in this long-lived process.
        demo_command = [sys.executable, "-m", "hotline.cli", "demo", *(["--db", db_arg] if db_arg else [])]
        status = subprocess.run(demo_command, check=False).returncode
        if status:
            return status
    env, user, password = _prepare(db, port)
    posts = demo.generate_demo_posts(demo.DEMO_CHANNEL)
    with demo.DemoChannelServer({demo.DEMO_CHANNEL: posts}) as server:
        env.update({"HOTLINE_TELEGRAM_BASE_URL": server.base_url, "HOTLINE_CHANNELS": demo.DEMO_CHANNEL,
                    "HOTLINE_DEMO": "1", "HOTLINE_REQUEST_DELAY_S": "0"})
        env = up_environment({**os.environ, **env}, port)
        print(f"{_login_line(env, port, user, password)}\nDemo channel served at "
              f"{server.base_url}/s/{demo.DEMO_CHANNEL}. Ctrl-C stops everything.", file=sys.stderr)
        return run(env)


def up_live(db: Path, port: int) -> int:
    """`make live`: the real sources from the settings, its own DuckDB and Airflow home; on the first
    start a backfill from the earliest launch (alerts for old months are recorded as suppressed)."""
    from hotline.settings import Settings

    env, user, password = _prepare(db, port, live=True)
    env["HOTLINE_DEMO"] = "0"
    env = up_environment({**os.environ, **env}, port)
    settings = Settings.from_env(env)
    sources = [f"{settings.telegram_base_url}/s/{channel}" for channel in settings.channels] + list(settings.feeds)
    print(f"{_login_line(env, port, user, password)}\nLive: {', '.join(sources)} into {db}. "
          f"Ctrl-C stops everything.", file=sys.stderr)
    job = [sys.executable, "-m", "hotline.live_backfill"]
    return run(env, jobs={BACKFILL_JOB: job})


def up_command(db_arg: str | None, port: int, live: bool) -> int:
    """`hotline up [--live] [--port P] [--db PATH]`: the port checked first, then the demo or live Airflow."""
    from hotline.settings import Settings

    try:
        check_port(os.environ.get("AIRFLOW__API__HOST") or "127.0.0.1", port)
    except UpError as error:
        print(f"hotline up: {error}", file=sys.stderr)
        return 1
    try:
        if live:
            return up_live(live_paths(db_arg), port)
        return up_demo(Path(db_arg) if db_arg else Settings.from_env().db_path, port, db_arg)
    except UpError as error:
        print(f"hotline up: {error}", file=sys.stderr)
        return 1
