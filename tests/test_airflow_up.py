"""The supervisor of `hotline up` with real processes shaped like Airflow's: a component that
starts a child in a session of its own (as the LocalExecutor's task supervisors do) and one that
ignores SIGTERM. A SIGINT or SIGTERM to the supervisor leaves none of them; a component that dies
stops the others. (tests/test_up.py does the same with the real Airflow components.)"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

# A component that starts a grandchild in its own session, prints both pids, and waits.
SPAWNER = ("import os, subprocess, sys, time\n"
           "child = subprocess.Popen([sys.executable, '-c', 'import os, time; os.setsid(); time.sleep(600)'])\n"
           "print(os.getpid(), child.pid, flush=True)\n"
           "time.sleep(600)\n")
# A component that ignores SIGTERM (only SIGKILL ends it).
STUBBORN = ("import os, signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
            "print(os.getpid(), flush=True); time.sleep(600)\n")
DIES = "import time; time.sleep(2); raise SystemExit(3)"
SUPERVISOR = ("import json, sys\n"
              "from hotline.airflow_up import run\n"
              "sys.exit(run({}, json.loads(sys.argv[1])))\n")


def start_supervisor(tmp_path: Path, commands: dict[str, list[str]]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", SUPERVISOR, json.dumps(commands)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=tmp_path)


def pids_printed(process: subprocess.Popen, lines: int) -> list[int]:
    return [int(pid) for _ in range(lines) for pid in process.stdout.readline().split()]


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_to_the_supervisor_stops_every_process_it_started(tmp_path, sig):
    process = start_supervisor(tmp_path, {"spawner": [sys.executable, "-c", SPAWNER],
                                          "stubborn": [sys.executable, "-c", STUBBORN]})
    pids = pids_printed(process, 2)
    assert len(pids) == 3 and all(psutil.pid_exists(pid) for pid in pids)
    started = time.monotonic()
    process.send_signal(sig)
    assert process.wait(30) == 0
    assert time.monotonic() - started < 30
    _gone, alive = psutil.wait_procs([psutil.Process(pid) for pid in pids if psutil.pid_exists(pid)], timeout=5)
    assert not [each for each in alive if each.status() != psutil.STATUS_ZOMBIE]
    assert sig.name in process.stderr.read()


@pytest.mark.slow
def test_a_component_that_exits_stops_the_others_and_fails(tmp_path):
    process = start_supervisor(tmp_path, {"spawner": [sys.executable, "-c", SPAWNER],
                                          "dies": [sys.executable, "-c", DIES]})
    pids = pids_printed(process, 1)
    assert process.wait(60) == 1
    assert "airflow dies exited with 3" in process.stderr.read()
    _gone, alive = psutil.wait_procs([psutil.Process(pid) for pid in pids if psutil.pid_exists(pid)], timeout=5)
    assert not [each for each in alive if each.status() != psutil.STATUS_ZOMBIE]
