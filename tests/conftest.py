"""Shared fixtures. Airflow-dependent fixtures set AIRFLOW_HOME to a temporary folder first."""

from __future__ import annotations

import json
import os
import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from hotline.months import MonthRun, run_date_for
from hotline.records import MonthlyCount

PROJECT_ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A fresh DuckDB file path in the test's tmp dir."""
    return tmp_path / "hotline.duckdb"


@pytest.fixture
def conn(db_path: Path):
    """A migrated DuckDB connection on a real file."""
    from hotline import store

    connection = store.connect(db_path)
    yield connection
    connection.close()


def utc(*parts: int) -> datetime:
    """A UTC datetime."""
    return datetime(*parts, tzinfo=UTC)


def month_run(month: str, started_at: datetime, run_id: str | None = None) -> MonthRun:
    """The scheduled run owning `month` (its monthly interval), started for real at `started_at`."""
    end = run_date_for(month)
    return MonthRun.from_interval(end - timedelta(days=31), end, run_id=run_id or f"test__{month}",
                                  started_at=started_at)


def monthly_row(requests: int = 8548, **overrides) -> MonthlyCount:
    """January 2025 of «Хочу найти» as the official channel reported it (fields overridable)."""
    row = MonthlyCount(series="i_want_to_find", month="2025-01", requests=requests, qualifier="exact",
                     source_url="https://t.me/koordshtab/10", published_at=utc(2025, 2, 4, 10), source="telegram",
                     post_id="koordshtab/10", official=True, derived=False, record_claimed=True, status="ok")
    return replace(row, **overrides)


def load_dev_posts() -> list[dict]:
    """The development cases copied from shared/domain/dev_posts.jsonl."""
    lines = (FIXTURES / "dev_posts.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="session")
def airflow_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated Airflow home (SQLite) shared by the Airflow tests of this session."""
    import subprocess
    import sys

    from hotline.airflow_setup import sqlite_metadata_url

    home = tmp_path_factory.mktemp("airflow_home")
    env = {
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(PROJECT_ROOT / "dags"),
        "AIRFLOW__CORE__PLUGINS_FOLDER": str(PROJECT_ROOT / "plugins"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__LOGGING__LOGGING_LEVEL": "WARNING",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": sqlite_metadata_url(home),
    }
    os.environ.update(env)
    airflow = str(Path(sys.executable).parent / "airflow")
    subprocess.run([airflow, "db", "migrate"], env=os.environ, check=True, capture_output=True)
    return home


class Receiver:
    """A loopback HTTP endpoint that records what Apprise's json:// plugin posts to it."""

    def __init__(self) -> None:
        self.messages: list[dict] = []
        received = self.messages

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                received.append(json.loads(self.rfile.read(length)))
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"json://127.0.0.1:{self.server.server_port}/alerts"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
