"""`make up` footprint: processes, memory (PSS summed over the process tree) and listening
sockets, idle after start, for `hotline up` and, for comparison, `airflow standalone` with
Airflow's defaults (what `make up` ran before). Also the time from SIGTERM to every process gone.

Target: ≤ 1 GiB PSS for `hotline up`. Each runs on a temporary AIRFLOW_HOME with an empty
migrated DuckDB file (so `hotline up` does not run the demo first). Writes bench/results/up.txt.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "include"))

from hotline import store  # noqa: E402
from hotline.airflow_setup import airflow_environment, prepare_airflow  # noqa: E402

TARGET_PSS = 1024**3
IDLE_S = 30  # after the API answers: the dag-processor has parsed, the scheduler loops idle
START_TIMEOUT_S = 300


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def footprint(pid: int) -> tuple[int, int, list[str], dict[str, list[int]]]:
    """(processes, PSS bytes summed, listening addresses, {kind: [count, PSS]}) of `pid` and all
    its descendants; a process's kind is its title up to ' -- ' (Airflow's setproctitle)."""
    root = psutil.Process(pid)
    count, pss, listening, kinds = 0, 0, set(), {}
    for process in [root, *root.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            own = process.memory_full_info().pss
            pss += own
            count += 1
            title = " ".join(process.cmdline()[:3]).split(" -- ")[0]
            kind = " ".join(Path(word).name for word in title.split()[:3] if not word.startswith("-"))
            entry = kinds.setdefault(kind, [0, 0])
            entry[0] += 1
            entry[1] += own
            for sock in process.net_connections(kind="inet"):
                if sock.status == psutil.CONN_LISTEN:
                    listening.add(f"{sock.laddr.ip}:{sock.laddr.port}")
    return count, pss, sorted(listening), kinds


def measure(command: list[str], env: dict[str, str], port: int) -> dict[str, object]:
    """Start `command`, wait for the API on `port`, idle, measure, SIGTERM it and time the stop."""
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"http://127.0.0.1:{port}/api/v2/monitor/health", timeout=5).status_code == 200:
                    break
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"{command} did not start")
            time.sleep(1)
        time.sleep(IDLE_S)
        count, pss, listening, kinds = footprint(process.pid)
        family = [psutil.Process(process.pid), *psutil.Process(process.pid).children(recursive=True)]
        signalled = time.monotonic()
        process.send_signal(signal.SIGTERM)
        _gone, alive = psutil.wait_procs(family, timeout=60)
        alive = [p for p in alive if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
        stop_s = time.monotonic() - signalled
        return {"processes": count, "pss": pss, "listening": listening, "kinds": kinds,
                "stop": f"{stop_s:.1f} s, {len(alive)} left" if alive or stop_s >= 60 else f"{stop_s:.1f} s, none left"}
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        for each in psutil.process_iter():
            with contextlib.suppress(psutil.Error):
                if each.environ().get("AIRFLOW_HOME") == env["AIRFLOW_HOME"]:
                    each.kill()


def prepared_env(folder: Path) -> dict[str, str]:
    base = {key: value for key, value in os.environ.items() if not key.startswith(("AIRFLOW", "HOTLINE_"))}
    db = folder / "hotline.duckdb"
    store.connect(db).close()
    os.environ.clear()
    os.environ.update({**base, "AIRFLOW_HOME": str(folder / "airflow"), "HOTLINE_DB": str(db)})
    env = airflow_environment(db)
    prepare_airflow(env)
    return {**os.environ}


def main() -> int:
    """Measure both; exit 1 if `hotline up` misses the target."""
    bin_dir = Path(sys.executable).parent
    results = {}
    saved = dict(os.environ)
    with tempfile.TemporaryDirectory() as folder:
        port = free_port()
        env = prepared_env(Path(folder) / "before")
        # What `make up` ran before: standalone, Airflow's defaults, only the port and API host set.
        for key in ("AIRFLOW__CORE__EXECUTOR", "AIRFLOW__CORE__PARALLELISM"):
            env.pop(key, None)
        (Path(env["AIRFLOW_HOME"]) / "airflow.cfg").unlink()  # Airflow writes its default one
        results["airflow standalone (Airflow defaults, before)"] = measure(
            [str(bin_dir / "airflow"), "standalone"],
            {**env, "AIRFLOW__API__PORT": str(port), "AIRFLOW__API__HOST": "127.0.0.1",
             "PATH": f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"}, port)
        os.environ.clear()
        os.environ.update(saved)
        port = free_port()
        env = prepared_env(Path(folder) / "after")
        results["hotline up (after)"] = measure([str(bin_dir / "hotline"), "up", "--port", str(port)], env, port)
        os.environ.clear()
        os.environ.update(saved)
    lines = [f"measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {os.cpu_count()} cores,"
             f" idle {IDLE_S} s after the API answered; PSS summed over the process tree"]
    for name, result in results.items():
        lines.append(f"{name}: {result['processes']} processes, {result['pss'] / 2**20:.0f} MiB PSS; "
                     f"listening on {', '.join(result['listening'])}; SIGTERM to it: {result['stop']}")
        for kind, (number, size) in sorted(result["kinds"].items(), key=lambda item: -item[1][1]):
            lines.append(f"    {number:3d} × {kind:<48} {size / 2**20:6.0f} MiB")
    after = results["hotline up (after)"]["pss"]
    verdict = "met" if after <= TARGET_PSS else "MISSED"
    lines.append(f"target: hotline up ≤ {TARGET_PSS / 2**20:.0f} MiB PSS → {verdict}")
    report = "\n".join(lines)
    print(report)
    (ROOT / "bench" / "results" / "up.txt").write_text(report + "\n")
    return 0 if after <= TARGET_PSS else 1


if __name__ == "__main__":
    sys.exit(main())
