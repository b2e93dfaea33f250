"""`hotline up --live` (what `make live` runs) with a real scheduler, against loopback sources (issue 22).

The live Airflow keeps its own home and DuckDB, comes up with the DAGs unpaused, backfills from the
configured start on its own (here HOTLINE_BACKFILL_FROM, a short history: the real default is the
earliest launch) with alerts for old months not sent, runs a month triggered through the REST API
with `{"month": …}`, and its page shows that month's value with no demo banner. Extra users of
`AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS` can log in; a second start on the same port is refused
in one line before anything starts.

On that first start the latest closed month runs last, after the months before it (its record and
jump are judged on them): it is the backfill's last run, never a scheduled run racing ahead. A
person's review decision made on the page (as the Op user) and the page's "Run now" run, finished
under the scheduler, put the reviewed value in the series."""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import sqlite3
import subprocess
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

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
# «Хочу найти» in 2026 (invented figures, own wording). The backfill starts at September and ends
# with October, the latest closed month (the scheduler's own run); August is run by a REST trigger.
VALUES = {"2026-07": 5210, "2026-08": 5480, "2026-09": 6789, "2026-10": 9120}
# A post of October's window the extractor cannot date ("last week"): quarantined, then reviewed on
# the page as October's figure, corrected (own wording).
UNREADABLE = "Минулого тижня «Хочу знайти» отримав 2 310 звернень, дякуємо всім, хто поширює інформацію."
REVIEWED = {"series": "i_want_to_find", "kind": "monthly_count", "period": "2026-10", "value": "9340",
            "qualifier": "exact", "note": "the October total, corrected by the desk"}
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


def hidden_fields(form: str) -> dict[str, str]:
    return dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', form))


def page_html(base: str, headers: dict) -> str:
    """The Hotline Watch page, waited for while a task writes DuckDB (503, "busy")."""
    for _attempt in range(60):
        page = httpx.get(f"{base}/", headers=headers, timeout=60)
        if page.status_code != 503:
            break
        time.sleep(2)
    assert page.status_code == 200, page.text[:500]
    return page.text


def review_on_the_page(base: str, headers: dict, post_id: str) -> str:
    """Accept the quarantined post's item with REVIEWED through the page's form, then press its "Run
    2026-10 now"; return the id of the run the page triggered."""
    page = page_html(base, headers)
    articles = [part for part in page.split('<article class="review-item" id="item-')[1:] if f">{post_id}</a>" in part]
    assert len(articles) == 1, page[page.find('<section id="review">'):][:3000]
    article = articles[0]
    item = article[:article.index('"')]
    accept = article[article.index(f'action="review/{item}/accept"'):]
    fields = {**hidden_fields(accept[:accept.index("</form>")]), **REVIEWED}
    for _attempt in range(30):  # 503: a pipeline task (the report watch) is writing DuckDB just now
        decided = httpx.post(f"{base}/review/{item}/accept", data=fields, headers=headers, timeout=60)
        if decided.status_code != 503:
            break
        time.sleep(2)
    assert decided.status_code == 303, decided.text[:2000]
    page = page_html(base, headers)
    run_now = page[page.index('action="review/run"'):]
    run_now = run_now[:run_now.index("</form>")]
    assert "Run 2026-10 now" in run_now, run_now
    triggered = httpx.post(f"{base}/review/run", data=hidden_fields(run_now), headers=headers, timeout=60)
    assert triggered.status_code == 303, triggered.text[:2000]
    return parse_qs(urlsplit(triggered.headers["location"]).query)["triggered"][0]


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
    unreadable = Post(source="telegram", channel=CHANNEL, post_id=f"{CHANNEL}/9", url=f"https://t.me/{CHANNEL}/9",
                      published_at=datetime(2026, 11, 6, 9, tzinfo=UTC), text=UNREADABLE)
    posts.append(unreadable)
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
            # Unpaused once the backfill holds the months missing (the latest closed one among them).
            wait_for("hotline_monthly to be parsed and unpaused",
                     lambda: api.get("/dags/hotline_monthly")["is_paused"] is False, START_TIMEOUT_S, process, out)

            # The backfill from the configured start runs on its own, one month at a time.
            def backfill_done() -> list | None:
                backfills = api.get("/backfills", params={"dag_id": "hotline_monthly"})["backfills"]
                return backfills if backfills and all(b["completed_at"] for b in backfills) else None

            backfills = wait_for("the backfill", backfill_done, RUN_TIMEOUT_S, process, out)
            assert backfills[0]["from_date"].startswith(f"{BACKFILL_FROM}-15")
            # The latest closed month (October) is the backfill's last run, after September's: no
            # scheduled run of it raced ahead of the months before it.
            runs = {(run["logical_date"] or run["dag_run_id"])[:7]: run
                    for run in api.get("/dags/hotline_monthly/dagRuns")["dag_runs"]}
            assert {runs[month]["run_type"] for month in ("2026-09", "2026-10")} == {"backfill"}, runs
            assert not [run for run in runs.values() if run["run_type"] == "scheduled"], runs
            assert runs["2026-10"]["start_date"] >= runs["2026-09"]["end_date"], runs
            # The report watch (which loads the month being reported) starts once the backfill is in.
            wait_for("the report watch to be unpaused",
                     lambda: api.get("/dags/hotline_report_watch")["is_paused"] is False, 180, process, out)

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

            # A review decision made on the page by the Op user, and the page's "Run now".
            olena = Api(port, "olena", passwords["olena"])
            base = f"http://127.0.0.1:{port}/hotline-watch"
            run_id = review_on_the_page(base, olena.headers, unreadable.post_id)

            def run_now_finished() -> dict | None:
                found = api.get(f"/dags/hotline_monthly/dagRuns/{run_id}")
                return found if found["state"] in ("success", "failed") else None

            assert wait_for("the Run now run", run_now_finished, RUN_TIMEOUT_S, process, out)["state"] == "success"
            assert "9,340" in page_html(base, olena.headers)
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
    # The reviewed value is October's in the series as `hotline series` hands it out.
    listed = subprocess.run([HOTLINE, "series", "--db", str(db), "--format", "json"], capture_output=True, text=True,
                            env=env, timeout=120, check=True).stdout
    october = [row for row in map(json.loads, listed.splitlines())
               if row["series"] == "i_want_to_find" and row["month"] == "2026-10"]
    assert [(row["requests"], row["source"]) for row in october] == [(9340, "review")]
    assert old_sent == 0  # backfilled months are long past: recorded, not sent
    # Stopped: no run is left running or queued to hold the next start.
    with contextlib.closing(sqlite3.connect(home / "airflow.db")) as metadata:
        unfinished = metadata.execute("SELECT run_id FROM dag_run WHERE state IN ('running', 'queued')").fetchall()
    assert unfinished == []
