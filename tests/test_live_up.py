"""`hotline up --live` (what `make live` runs) with a real scheduler, against loopback sources (issue 22).

The live Airflow keeps its own home and DuckDB, comes up with the DAGs unpaused, backfills from the
configured start on its own (here HOTLINE_BACKFILL_FROM, a short history: the real default is the
earliest launch) with alerts for old months not sent, runs a month triggered through the REST API
with `{"month": …}`, and its page shows that month's value with no demo banner. Extra users of
`AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS` can log in; a second start on the same port is refused
in one line before anything starts."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import httpx
import psutil
import pytest
from test_up import HOTLINE, Api, clean_env, family_of, free_port, wait_for

from conftest import Receiver
from hotline import demo, store
from hotline.records import Post

pytestmark = pytest.mark.scheduler

CHANNEL = "koordshtab"
UK_LOCATIVE = {"07": "липні", "08": "серпні", "09": "вересні", "10": "жовтні"}
# «Хочу найти» in 2026 (invented figures, own wording). The backfill starts at September (the
# scheduler's own run owns October); August is run by a REST trigger.
VALUES = {"2026-07": 5210, "2026-08": 5480, "2026-09": 6789, "2026-10": 9120}
BACKFILL_FROM = "2026-09"
TRIGGERED = "2026-08"
START_TIMEOUT_S = 240
RUN_TIMEOUT_S = 900  # generous: a shared 2-core machine, and a run of six tasks


def report(number: int, month: str, value: int) -> Post:
    year, mon = int(month[:4]), int(month[5:])
    count = f"{value:,}".replace(",", " ")
    text = (f"Проєкт «Хочу знайти» підсумовує: у {UK_LOCATIVE[month[5:]]} {year} року до нас звернулися "
            f"{count} разів родини зниклих безвісти військових.")
    return Post(source="telegram", channel=CHANNEL, post_id=f"{CHANNEL}/{number}", url=f"https://t.me/{CHANNEL}/{number}",
                published_at=datetime(year, mon + 1, 4, 9, tzinfo=UTC), text=text)


def stop(process: subprocess.Popen, home: Path) -> None:
    if process.poll() is None:
        family = family_of(process.pid)
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
        psutil.wait_procs(family, timeout=10)
    for each in psutil.process_iter():  # anything that still runs from this test's home
        with contextlib.suppress(psutil.Error):
            if each.environ().get("AIRFLOW_HOME") == str(home):
                each.kill()


def test_hotline_up_live_runs_the_real_sources_unpaused_and_shows_live_data(tmp_path):
    home, db, port = tmp_path / "airflow-live", tmp_path / "live.duckdb", free_port()
    receiver = Receiver()
    posts = [report(1 + number, month, value) for number, (month, value) in enumerate(VALUES.items())]
    with demo.DemoChannelServer({CHANNEL: posts}) as channel:
        env = {**clean_env(home, db), "HOTLINE_TELEGRAM_BASE_URL": channel.base_url, "HOTLINE_CHANNELS": CHANNEL,
               "HOTLINE_REQUEST_DELAY_S": "0", "HOTLINE_BACKFILL_FROM": BACKFILL_FROM,
               "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": "admin:admin,olena:op,vasyl:viewer",
               "AIRFLOW_CONN_APPRISE_DEFAULT": json.dumps({"conn_type": "apprise",
                                                           "extra": {"config": {"path": receiver.url}}})}
        out = tmp_path / "live.out"
        with out.open("wb") as sink:
            process = subprocess.Popen([HOTLINE, "up", "--live", "--port", str(port)], env=env, stdout=sink,
                                       stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
        try:
            wait_for("the api-server", lambda: httpx.get(f"http://127.0.0.1:{port}/api/v2/monitor/health",
                                                         timeout=5).status_code == 200, START_TIMEOUT_S, process, out)
            # A second start on the same port: refused in one line, before anything starts.
            second = subprocess.run([HOTLINE, "up", "--live", "--port", str(port)], env=env, capture_output=True,
                                    text=True, timeout=60, check=False)
            assert second.returncode == 1 and len(second.stderr.strip().splitlines()) == 1, second.stderr
            assert f"port {port}" in second.stderr and "in use" in second.stderr

            passwords = json.loads((home / "simple_auth_manager_passwords.json.generated").read_text())
            api = Api(port, "admin", passwords["admin"])
            Api(port, "olena", passwords["olena"])  # the extra users can log in
            monthly = wait_for("hotline_monthly to be parsed", lambda: api.get("/dags/hotline_monthly"),
                               START_TIMEOUT_S, process, out)
            assert monthly["is_paused"] is False
            assert api.get("/dags/hotline_report_watch")["is_paused"] is False

            # The backfill from the configured start runs on its own, one month at a time.
            def backfill_done() -> list | None:
                backfills = api.get("/backfills", params={"dag_id": "hotline_monthly"})["backfills"]
                return backfills if backfills and all(b["completed_at"] for b in backfills) else None

            backfills = wait_for("the backfill", backfill_done, RUN_TIMEOUT_S, process, out)
            assert backfills[0]["from_date"].startswith(f"{BACKFILL_FROM}-15")

            api.post("/dags/hotline_monthly/dagRuns", {"dag_run_id": f"ui__{TRIGGERED}", "logical_date": None,
                                                      "conf": {"month": TRIGGERED}})

            def triggered_finished() -> dict | None:
                found = api.get(f"/dags/hotline_monthly/dagRuns/ui__{TRIGGERED}")
                return found if found["state"] in ("success", "failed") else None

            assert wait_for("the triggered run", triggered_finished, RUN_TIMEOUT_S, process, out)["state"] == "success"

            page = httpx.get(f"http://127.0.0.1:{port}/hotline-watch/", headers=api.headers, timeout=60)
            assert page.status_code == 200, page.text[:500]
            assert "5,480" in page.text and "6,789" in page.text and "Demo data" not in page.text, page.text[:3000]
            assert "progress" in out.read_text() or "backfill" in out.read_text()
        finally:
            stop(process, home)
            receiver.close()
    listening = [c for c in psutil.net_connections(kind="inet") if c.status == psutil.CONN_LISTEN]
    assert port not in {c.laddr.port for c in listening}  # stopped: nothing listens on the port
    conn = store.connect_reader(db)
    try:
        months = dict(conn.execute("SELECT strftime(month, '%Y-%m'), requests FROM monthly_counts"
                                   " WHERE series = 'i_want_to_find'").fetchall())
        old_sent = conn.execute("SELECT count(*) FROM alerts WHERE status = 'sent' AND month < DATE '2026-10-01'"
                                ).fetchone()[0]
    finally:
        conn.close()
    assert {month: months.get(month) for month in ("2026-08", "2026-09")} == {"2026-08": 5480, "2026-09": 6789}
    assert old_sent == 0  # backfilled months are long past: recorded, not sent
    # Stopped: no run is left running or queued to hold the next start.
    with contextlib.closing(sqlite3.connect(home / "airflow.db")) as metadata:
        unfinished = metadata.execute("SELECT run_id FROM dag_run WHERE state IN ('running', 'queued')").fetchall()
    assert unfinished == []
