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

    def exited(self) -> str | None:
        """The name of a component that has exited, if any."""
        return next((name for name, process in self.processes.items() if process.poll() is not None), None)

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


def run(env: Mapping[str, str], commands: Mapping[str, Sequence[str]] | None = None) -> int:
    """Start the components (default: COMPONENTS) and wait: until a signal (exit 0) or a
    component's exit (exit 1, all others stopped too)."""
    supervisor = Supervisor(env, commands)
    previous = {sig: signal.signal(sig, _raise_stop) for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)}
    status = 0
    try:
        supervisor.start()
        while (name := supervisor.exited()) is None:
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
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return status
