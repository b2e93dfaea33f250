"""Shared fixtures. Airflow-dependent fixtures set AIRFLOW_HOME to a temporary folder first.

Also how the suite is spread over pytest-xdist workers (`make test` runs `-n 3 --dist loadgroup`);
see `pytest_collection_modifyitems`."""

from __future__ import annotations

import fcntl
import json
import os
import re
import secrets
import shutil
import tempfile
import threading
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from hotline.months import MonthRun, run_date_for
from hotline.records import MonthlyCount

PROJECT_ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
AIRFLOW_HOME_KEY = pytest.StashKey[Path]()
TEST_JWT_SECRET = secrets.token_urlsafe(64)


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


# The tests that need the session's live Airflow (tests/airflow_server.py) and its Chromium: they
# share one Airflow started once, so they all run on one xdist worker, in their order.
LIVE_MARKERS = ("scheduler", "browser")
LIVE_GROUP = "live_airflow"


def join_xdist_group(item: pytest.Item, config: pytest.Config, group: str) -> None:
    """Put `item` in an xdist group. xdist 3.8 marks a group by appending `@group` to the test's id
    through `item._nodeid`, which pytest 9 no longer reads (ids live in `item._id`): without this the
    live tests were each a work unit of their own, on any worker, each starting an Airflow."""
    item.add_marker(pytest.mark.xdist_group(group))
    if getattr(config.option, "loadgroup", False) and not item.nodeid.endswith(f"@{group}"):  # on xdist workers only
        from _pytest.nodeid import coerce_node_id

        item._id = coerce_node_id(f"{item.nodeid}@{group}")


def uses_a_module_fixture(item: pytest.Item) -> bool:
    """Whether the test uses a module-scoped fixture (a demo database built once, a DagBag): its
    module's tests then run on one worker, which builds it once, not once per worker."""
    info = getattr(item, "_fixtureinfo", None)
    return bool(info) and any(definition.scope == "module" for definitions in info.name2fixturedefs.values()
                              for definition in definitions)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Group and order the suite for pytest-xdist (`make test` and `make check`: `--dist loadgroup`),
    by markers and fixtures, so a new test needs no edit here: a test marked `scheduler` or `browser`
    joins the live Airflow's xdist group (one worker starts that Airflow once and runs the group; the
    scheduler picks the largest group first); the tests of a module with a module-scoped fixture form
    a group of their own (one worker builds that fixture once, not every worker); every other test is
    a work unit of its own. The `e2e` ones go first, then the `slow` ones, so the long runs start
    early beside the live group and the many quick tests fill in behind them. Without xdist the group
    mark does nothing and the live tests still run last (tests/airflow_server.py)."""
    for item in items:
        if any(item.get_closest_marker(name) for name in LIVE_MARKERS):
            join_xdist_group(item, config, LIVE_GROUP)
        elif uses_a_module_fixture(item):
            join_xdist_group(item, config, f"module:{item.nodeid.split('::', 1)[0]}")
    # stable: the Airflow runs first, then the tests slow by design, then the quick ones
    items.sort(key=lambda item: 0 if item.get_closest_marker("e2e") else 1 if item.get_closest_marker("slow") else 2)


LOOPBACK_PORT = re.compile(r"\b(127\.0\.0\.1|localhost|\[::1\]):\d+")


def pytest_make_parametrize_id(config: pytest.Config, val: object, argname: str) -> str | None:
    """A loopback port picked at collection (a free or a refused port) differs between the xdist
    workers, which must collect the same test ids: the id says `PORT` (the test gets the real URL)."""
    if isinstance(val, str) and LOOPBACK_PORT.search(val):
        return LOOPBACK_PORT.sub(r"\1:PORT", val)
    return None


def airflow_test_env(home: Path) -> dict[str, str]:
    """The Airflow settings of the in-process Airflow tests, for the home `home`."""
    from hotline.airflow_setup import sqlite_metadata_url

    return {
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(PROJECT_ROOT / "dags"),
        "AIRFLOW__CORE__PLUGINS_FOLDER": str(PROJECT_ROOT / "plugins"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__LOGGING__LOGGING_LEVEL": "WARNING",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": sqlite_metadata_url(home),
        # Airflow's own default JWT secret is 16 random bytes, below what PyJWT wants for HS512
        # (64): every test that mints a token warned. One per process, as Airflow's is.
        "AIRFLOW__API_AUTH__JWT_SECRET": TEST_JWT_SECRET,
    }


def migrated_metadata_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite metadata file, made once per test run and shared by the xdist workers
    (in the folder above each worker's own base temp; the first worker migrates under a file lock,
    the others wait for it and copy)."""
    import subprocess
    import sys

    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    template_home = shared / "airflow_metadata_template"
    with (shared / "airflow_metadata_template.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (template_home / "done").exists():
            shutil.rmtree(template_home, ignore_errors=True)
            template_home.mkdir()
            env = {key: value for key, value in os.environ.items() if not key.startswith("AIRFLOW")}
            airflow = str(Path(sys.executable).parent / "airflow")
            subprocess.run([airflow, "db", "migrate"], env={**env, **airflow_test_env(template_home)}, check=True,
                           capture_output=True)
            (template_home / "done").touch()
    return template_home / "airflow.db"


# The run clock of a backfill: long after every demo month, so every alert is suppressed, none sent.
BACKFILL_STARTED_AT = datetime(2026, 11, 26, tzinfo=UTC)


def run_demo_month(conn, month: str, settings, started_at: datetime = BACKFILL_STARTED_AT, sender=None) -> dict:
    """One month through the monthly DAG's stages in order, as its tasks call them (no Airflow)."""
    from hotline.stages.detect_alerts import detect_alerts
    from hotline.stages.extract_facts import extract_facts
    from hotline.stages.fetch_posts import fetch_posts
    from hotline.stages.load_monthly_counts import load_monthly_counts
    from hotline.stages.notify import notify
    from hotline.stages.validate_facts import validate_facts

    run = month_run(month, started_at)
    summaries = {"fetch": fetch_posts(conn, run, settings), "extract": extract_facts(conn, run),
                 "validate": validate_facts(conn, run), "detect": detect_alerts(conn, run, settings)}
    summaries["load"] = load_monthly_counts(conn, run, upstream=summaries["detect"])
    summaries["notify"] = notify(conn, run, settings, sender=sender)
    return summaries


def _pages_nobody(title: str, body: str, notify_type: str, attachment: str | None = None) -> bool:
    """The backfill's one target: it is never sent to (every month is outside the delivery window),
    and it needs no Airflow connection to read."""
    raise AssertionError(f"a backfill paged someone: {title}")


def demo_history_template(tmp_path_factory: pytest.TempPathFactory, last_month: str) -> Path:
    """A DuckDB file holding the demo channel's months 2024-01 … `last_month`, each run once through
    the stages (`run_demo_month`, backfill clock, no sender) against the demo channel on loopback.
    Built once per test run and shared by the xdist workers (the first builds it under a file lock,
    the others wait and copy): many tests start from this history, and building it is seconds of CPU."""
    from hotline import demo, store
    from hotline.months import month_range
    from hotline.settings import Settings

    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    template = shared / f"demo_history_to_{last_month}.duckdb"
    with (shared / f"demo_history_to_{last_month}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not template.exists():
            building = shared / f"demo_history_to_{last_month}.building.duckdb"
            building.unlink(missing_ok=True)
            posts = demo.generate_demo_posts(demo.DEMO_CHANNEL)
            with demo.DemoChannelServer({demo.DEMO_CHANNEL: posts}) as server:
                settings = Settings(db_path=building, telegram_base_url=server.base_url,
                                    channels=(demo.DEMO_CHANNEL,), request_delay_s=0)
                conn = store.connect(building)
                try:
                    for month in month_range("2024-01", last_month):
                        run_demo_month(conn, month, settings, sender=_pages_nobody)
                finally:
                    conn.close()
            building.rename(template)
    return template


@pytest.fixture
def demo_history(tmp_path_factory: pytest.TempPathFactory, db_path: Path):
    """`demo_history(last_month)`: the test's own copy (at `db_path`) of the demo history up to
    `last_month` (`demo_history_template`), opened; the test changes its copy only."""
    from hotline import store

    opened = []

    def open_copy(last_month: str):
        shutil.copy(demo_history_template(tmp_path_factory, last_month), db_path)
        opened.append(store.connect(db_path))
        return opened[-1]

    yield open_copy
    for connection in opened:
        connection.close()


def pytest_configure(config: pytest.Config) -> None:
    """Point Airflow at this process's own home before any test module is imported: Airflow reads
    its settings once, when first imported, and a test module importing `hotline.tasks` (which
    imports `airflow.sdk`, as the DAG files do) is imported at collection, before any fixture. The
    home's metadata file is copied in by `airflow_home` before the first test runs (SQLite opens
    the file at the first query, not at import)."""
    home = Path(tempfile.mkdtemp(prefix="hotline-test-airflow-"))
    config.add_cleanup(lambda: shutil.rmtree(home, ignore_errors=True))
    config.stash[AIRFLOW_HOME_KEY] = home
    os.environ.update(airflow_test_env(home))


def pytest_sessionstart(session: pytest.Session) -> None:
    """Under pytest-xdist, the controller migrates the run's metadata template while the workers
    start and collect (seconds each), so the first worker's first test does not make every worker
    wait for `airflow db migrate`; the workers take the same lock and find it done."""
    config = session.config
    if os.environ.get("PYTEST_XDIST_WORKER") or not getattr(config.option, "numprocesses", None):
        return
    factory = config._tmp_path_factory  # the tmp_path_factory fixture's object, before any fixture runs
    migrating = threading.Thread(target=migrated_metadata_template, args=(factory,), daemon=True)
    migrating.start()
    config.add_cleanup(migrating.join)


@pytest.fixture(scope="session", autouse=True)
def airflow_home(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated Airflow home (SQLite) shared by the Airflow tests of this session (one per xdist
    worker: a copy of the run's one migrated metadata file, see `migrated_metadata_template`), in
    the folder `pytest_configure` pointed Airflow at. Set up before every session's first test
    (autouse): a worker whose first test used Airflow before the copy kept an empty metadata DB
    ('no such table: dag')."""
    home = request.config.stash[AIRFLOW_HOME_KEY]
    shutil.copyfile(migrated_metadata_template(tmp_path_factory), home / "airflow.db")
    os.environ.update(airflow_test_env(home))
    return home


class Receiver:
    """A loopback HTTP endpoint that records what Apprise's json:// plugin posts to it; with
    `delay_s`, it answers each POST only after that long (a slow service)."""

    def __init__(self, delay_s: float = 0) -> None:
        self.messages: list[dict] = []
        received = self.messages

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                received.append(json.loads(self.rfile.read(length)))
                if delay_s:
                    time.sleep(delay_s)
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
