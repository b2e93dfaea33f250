"""`hotline up` (what `make up` runs) as a user meets it: after in-process runs of two months
(what `make demo` does), the UI's REST API shows those runs named after their month with their
task logs, a run triggered through the API logs at INFO too, every process listens on loopback
only, the whole footprint stays under 1 GiB PSS idle, and one SIGTERM to `hotline up` stops
every process it started and frees the port within 30 s."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import httpx
import psutil
import pytest

from conftest import PROJECT_ROOT
from hotline import demo
from hotline.airflow_setup import sqlite_metadata_url

pytestmark = pytest.mark.e2e

DAG_ID = "hotline_monthly"
HOTLINE = str(Path(sys.executable).parent / "hotline")
START_TIMEOUT_S = 240
STOP_LIMIT_S = 30
PSS_LIMIT = 1024**3
LOOPBACK = {"127.0.0.1", "::1"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def port_is_free(port: int) -> bool:
    """Whether a server could listen on `port` now: nothing listens there. SO_REUSEADDR as servers
    set it, so the TIME_WAIT of the test's own closed connections is not taken for a listener."""
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def family_of(pid: int) -> list[psutil.Process]:
    """The process and all its descendants."""
    root = psutil.Process(pid)
    return [root, *root.children(recursive=True)]


def footprint(pid: int) -> tuple[int, int, list[tuple[str, str, int]]]:
    """(process count, PSS summed, listening sockets as (name, ip, port)) of `pid`'s family."""
    pss, count, listening = 0, 0, []
    for process in family_of(pid):
        with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
            pss += process.memory_full_info().pss
            count += 1
            for sock in process.net_connections(kind="inet"):
                if sock.status == psutil.CONN_LISTEN:
                    listening.append((process.name(), sock.laddr.ip, sock.laddr.port))
    return count, pss, listening


def clean_env(home: Path, db: Path) -> dict[str, str]:
    """This process's environment without the Airflow/Hotline settings the Makefile exports."""
    base = {key: value for key, value in os.environ.items() if not key.startswith(("AIRFLOW", "HOTLINE_"))}
    return {**base, "AIRFLOW_HOME": str(home), "HOTLINE_DB": str(db),
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": sqlite_metadata_url(home),
            "AIRFLOW__CORE__DAGS_FOLDER": str(PROJECT_ROOT / "dags"),
            "AIRFLOW__CORE__PLUGINS_FOLDER": str(PROJECT_ROOT / "plugins")}


class Api:
    def __init__(self, port: int, user: str, password: str) -> None:
        self.base = f"http://127.0.0.1:{port}"
        response = httpx.post(f"{self.base}/auth/token", json={"username": user, "password": password}, timeout=30)
        assert response.status_code == 201, response.text
        self.headers = {"Authorization": f"Bearer {response.json()['access_token']}"}

    def get(self, path: str, **kwargs) -> dict:
        response = httpx.get(f"{self.base}/api/v2{path}", headers={**self.headers, "Accept": "application/json"},
                             timeout=60, **kwargs)
        assert response.status_code == 200, f"{path}: {response.status_code} {response.text[:1000]}"
        return response.json()

    def post(self, path: str, body: dict) -> dict:
        response = httpx.post(f"{self.base}/api/v2{path}", headers=self.headers, json=body, timeout=60)
        assert response.status_code in (200, 201), f"{path}: {response.status_code} {response.text[:1000]}"
        return response.json()

    def task_log(self, run_id: str, task_id: str, try_number: int = 1) -> str:
        content = self.get(f"/dags/{DAG_ID}/dagRuns/{run_id}/taskInstances/{task_id}/logs/{try_number}")["content"]
        return "\n".join(item["event"] if isinstance(item, dict) else str(item) for item in content)


def wait_for(what: str, probe, timeout: float, process: subprocess.Popen, out: Path):
    deadline = time.monotonic() + timeout
    while True:
        assert process.poll() is None, f"hotline up exited while waiting for {what}:\n{out.read_text()[-4000:]}"
        with contextlib.suppress(httpx.HTTPError):
            if result := probe():
                return result
        assert time.monotonic() < deadline, f"timed out waiting for {what}:\n{out.read_text()[-4000:]}"
        time.sleep(1)


def test_hotline_up_shows_named_runs_with_logs_listens_on_loopback_fits_and_stops_on_sigterm(tmp_path):
    home, db, port = tmp_path / "airflow", tmp_path / "hotline.duckdb", free_port()
    env = clean_env(home, db)
    # What `make demo` does, for two months: in-process runs against the demo channel.
    with demo.DemoChannelServer({demo.DEMO_CHANNEL: demo.generate_demo_posts(demo.DEMO_CHANNEL)}) as channel:
        done = subprocess.run([HOTLINE, "run-months", "2025-04", "2025-05"], capture_output=True, text=True,
                              env={**env, "HOTLINE_TELEGRAM_BASE_URL": channel.base_url,
                                   "HOTLINE_CHANNELS": demo.DEMO_CHANNEL, "HOTLINE_REQUEST_DELAY_S": "0"},
                              timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-4000:]

    out = tmp_path / "up.out"
    with out.open("wb") as sink:
        process = subprocess.Popen([HOTLINE, "up", "--port", str(port)], env=env, stdout=sink,
                                   stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_for("the api-server", lambda: httpx.get(f"http://127.0.0.1:{port}/api/v2/monitor/health",
                                                     timeout=5).status_code == 200, START_TIMEOUT_S, process, out)
        passwords = json.loads((home / "simple_auth_manager_passwords.json.generated").read_text())
        api = Api(port, "admin", passwords["admin"])

        # The demo's runs: named after their month, real start and end (seconds, not 600 days).
        run = api.get(f"/dags/{DAG_ID}/dagRuns/month__2025-05")
        assert run["state"] == "success"
        started, ended = (datetime.fromisoformat(run[key]) for key in ("start_date", "end_date"))
        assert timedelta(0) < ended - started < timedelta(minutes=5), run
        # Its fetch_posts log, through the REST API: the requests made and the posts stored.
        fetch_log = api.task_log("month__2025-05", "fetch_posts")
        assert "requests" in fetch_log and "new posts" in fetch_log, fetch_log
        assert "2025-05" in api.task_log("month__2025-05", "load_monthly_counts")

        # A run triggered through the API (the scheduler and a LocalExecutor worker) logs at INFO.
        # (Unpausing lets the scheduler run the latest interval first: max_active_runs is 1.)
        unpaused = httpx.patch(f"{api.base}/api/v2/dags/{DAG_ID}", headers=api.headers, json={"is_paused": False},
                               timeout=30)
        assert unpaused.status_code == 200, unpaused.text
        api.post(f"/dags/{DAG_ID}/dagRuns", {"dag_run_id": "ui__2025-06", "logical_date": None,
                                              "conf": {"month": "2025-06"}})

        def triggered_run_finished() -> dict | None:
            found = api.get(f"/dags/{DAG_ID}/dagRuns/ui__2025-06")
            return found if found["state"] in ("success", "failed") else None

        final = wait_for("the triggered run", triggered_run_finished, 2 * START_TIMEOUT_S, process, out)
        assert final["state"] == "success", final
        triggered_log = api.task_log("ui__2025-06", "fetch_posts")
        assert "requests" in triggered_log and "new posts" in triggered_log, triggered_log

        # Idle footprint, everything on loopback.
        time.sleep(10)
        count, pss, listening = footprint(process.pid)
        print(f"\nhotline up idle: {count} processes, {pss / 2**20:.0f} MiB PSS; listening: {listening}")
        assert listening and all(ip in LOOPBACK for _name, ip, _port in listening), listening
        assert port in {p for _name, _ip, p in listening}
        assert pss <= PSS_LIMIT, f"{pss / 2**20:.0f} MiB PSS over {count} processes"

        # One SIGTERM to `hotline up` alone stops everything it started and frees the port.
        family = family_of(process.pid)
        signalled = time.monotonic()
        process.send_signal(signal.SIGTERM)
        process.wait(STOP_LIMIT_S)
        _gone, alive = psutil.wait_procs(family, timeout=max(0.1, STOP_LIMIT_S - (time.monotonic() - signalled)))
        alive = [each for each in alive if each.is_running() and each.status() != psutil.STATUS_ZOMBIE]
        assert not alive, [each.cmdline() for each in alive]
        assert time.monotonic() - signalled < STOP_LIMIT_S
        assert port_is_free(port)
    finally:
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
        for each in psutil.process_iter():  # anything that still runs from this test's home
            with contextlib.suppress(psutil.Error):
                if each.environ().get("AIRFLOW_HOME") == str(home):
                    each.kill()
