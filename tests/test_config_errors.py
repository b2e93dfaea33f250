"""Issue 23 item 8: bad settings and files give one line and exit 1 or 2, never a traceback, and a
configuration error fails a task at once instead of being retried for minutes."""

from __future__ import annotations

import json
import logging
import os
import resource
import subprocess
import sys
import types
from datetime import datetime

import pytest

from conftest import PROJECT_ROOT, utc
from hotline import cli, series, store, tasks
from hotline.records import Alert
from hotline.settings import Settings, SettingsError

# Every HOTLINE_* setting read as a number or a flag (a new one belongs here: the test below
# also catches one that is missing).
NUMERIC = ("HOTLINE_REQUEST_DELAY_S", "HOTLINE_REQUEST_TIMEOUT_S", "HOTLINE_DELIVERY_WINDOW_DAYS",
           "HOTLINE_RETRY_BACKOFF_S", "HOTLINE_SOURCE_DOWN_AFTER_RUNS", "HOTLINE_MAX_PAGES",
           "HOTLINE_CHANNEL_DEADLINE_S", "HOTLINE_MAX_RESPONSE_BYTES", "HOTLINE_DELIVERY_TIMEOUT_S", "HOTLINE_DEMO")
# A path no one may write, not even root: sysfs refuses new files.
UNWRITABLE_DB = "/sys/hotline.duckdb"


def hotline(*argv: str, env: dict | None = None, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "hotline.cli", *argv], cwd=PROJECT_ROOT, capture_output=True,
                          text=True, timeout=120, env={**os.environ, **(env or {})}, **kwargs)


def one_line(done: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


def hotline_names() -> set[str]:
    source = (PROJECT_ROOT / "include" / "hotline" / "settings.py").read_text(encoding="utf-8")
    import re

    return set(re.findall(r'"(HOTLINE_[A-Z_]+)"', source))


@pytest.mark.parametrize("bad", ["abc", "12 pages", "-1", "nan"])
def test_every_setting_given_nonsense_is_a_settings_error_or_read_as_text(bad):
    for name in sorted(hotline_names()):
        try:
            Settings.from_env({name: bad})
        except SettingsError as error:
            assert name in str(error) and "\n" not in str(error)
        # Anything else (ValueError from int(), a KeyError, ...) fails this test with its traceback.
    for name in NUMERIC:
        with pytest.raises(SettingsError, match=name):
            Settings.from_env({name: "abc"})


@pytest.mark.parametrize("name", NUMERIC)
def test_the_command_line_says_which_setting_in_one_line(name, capsys, monkeypatch):
    monkeypatch.setenv(name, "lots")
    monkeypatch.delenv("HOTLINE_DB", raising=False)
    assert cli.main(["alerts"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and name in err and "'lots'" in err


def test_as_a_command_too():
    done = hotline("series", env={"HOTLINE_MAX_PAGES": "two hundred"})
    assert done.returncode == 2
    assert one_line(done) == "hotline series: HOTLINE_MAX_PAGES='two hundred' is not a whole number (default: 200)"


def test_a_malformed_series_toml_names_its_file_and_line(tmp_path, monkeypatch):
    (tmp_path / "series.toml").write_text('[series.i_want_to_find]\nlabel = "x"\nlaunched = \n', encoding="utf-8")
    monkeypatch.setattr(series, "resources", types.SimpleNamespace(files=lambda package: tmp_path))
    series.parsed_config.cache_clear()
    try:
        with pytest.raises(SettingsError) as error:
            series.parsed_config()
        assert str(error.value).startswith(f"{tmp_path / 'series.toml'}: not valid TOML")
        assert "line 3" in str(error.value) and "\n" not in str(error.value)
        # A task fails at once, with the line (no retry: Airflow does not retry AirflowFailException).
        from airflow.sdk.exceptions import AirflowFailException

        with pytest.raises(AirflowFailException, match=r"configuration error \(not retried\).*series.toml.*line 3"), \
                tasks._configuration_errors_fail_at_once():
            series.series_label("i_want_to_find")
    finally:
        series.parsed_config.cache_clear()


def test_a_task_fails_at_once_for_a_bad_setting_or_an_unwritable_database_and_retries_a_lock():
    import duckdb
    from airflow.sdk.exceptions import AirflowFailException

    with pytest.raises(AirflowFailException, match="HOTLINE_REQUEST_TIMEOUT_S"), \
            tasks._configuration_errors_fail_at_once():
        Settings.from_env({"HOTLINE_REQUEST_TIMEOUT_S": "soon"})
    with pytest.raises(AirflowFailException, match="Permission denied"), tasks._configuration_errors_fail_at_once():
        store.connect(UNWRITABLE_DB)
    # A lock held by another process is transient: the task's retries are for that.
    with pytest.raises(duckdb.IOException), tasks._configuration_errors_fail_at_once():
        raise duckdb.IOException('IO Error: Could not set lock on file "x.duckdb": Conflicting lock is held')


def posts_dir(tmp_path, count: int, size: int = 10):
    folder = tmp_path / "posts"
    folder.mkdir()
    lines = [json.dumps({"id": f"c/{i}", "published": f"2025-06-0{1 + i % 9}T10:00:00+00:00",
                         "text": f"post {i} " + "слово " * size}, ensure_ascii=False) for i in range(count)]
    (folder / "somechannel.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_import_into_an_unwritable_folder_is_one_line(tmp_path):
    done = hotline("import", str(posts_dir(tmp_path, 3)), "--db", UNWRITABLE_DB)
    assert done.returncode == 2
    assert "cannot open the database for writing" in one_line(done) and "Permission denied" in done.stderr


@pytest.mark.slow
def test_import_onto_a_full_disk_is_one_line_and_stores_nothing(tmp_path, db_path):
    store.connect(db_path).close()  # the schema is there; the disk fills during the import
    size = db_path.stat().st_size
    wal = db_path.with_name(db_path.name + ".wal")
    limit = size + 64 * 1024

    def small_disk() -> None:  # writing past `limit` bytes fails with EFBIG, as a full disk fails
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    done = hotline("import", str(posts_dir(tmp_path, 4000, size=60)), "--db", str(db_path), preexec_fn=small_disk)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "nothing stored, the database could not be written" in one_line(done)
    conn = store.connect(db_path)
    try:
        assert store.load_posts_published_between(conn, utc(2025, 1, 1), utc(2026, 1, 1)) == []
    finally:
        conn.close()
    assert not wal.exists() or wal.stat().st_size <= limit


def test_import_of_a_directory_honours_channel(tmp_path, db_path):
    done = hotline("import", str(posts_dir(tmp_path, 3)), "--channel", "koordshtab", "--db", str(db_path))
    assert done.returncode == 0, done.stderr
    conn = store.connect(db_path)
    try:
        stored = store.load_posts_published_between(conn, utc(2025, 1, 1), utc(2026, 1, 1))
    finally:
        conn.close()
    assert len(stored) == 3 and {stored_post.post.channel for stored_post in stored} == {"koordshtab"}


@pytest.mark.parametrize(("count", "reader", "lines"), [(600, "head -1", 1), (5, "true", 0)])
def test_alerts_into_a_closed_pipe_ends_quietly(db_path, count, reader, lines):
    conn = store.connect(db_path)
    alerts = [Alert(f"record_high:i_want_to_find:{2000 + i // 12}-{1 + i % 12:02d}:up:v1", "i_want_to_find",
                    f"{2000 + i // 12}-{1 + i % 12:02d}", "record_high", "info", "x" * 200) for i in range(count)]
    with store.transaction(conn):
        store.save_alerts(conn, alerts, {}, datetime(2025, 1, 1).astimezone())
    conn.close()
    # The reader leaves early (head) or at once (true): the output meets a closed pipe mid-way or at exit.
    done = subprocess.run(f"'{sys.executable}' -m hotline.cli alerts --db '{db_path}' | {reader}; "
                          "exit ${PIPESTATUS[0]}", shell=True, executable="/bin/bash", cwd=PROJECT_ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert done.stdout.count("\n") == lines


def hold_lock(db_path, seconds: float) -> subprocess.Popen:
    """Another process holding the DuckDB file's write lock for `seconds` (say, a `duckdb` shell)."""
    code = ("import sys, time, duckdb; c = duckdb.connect(sys.argv[1]); print('locked', flush=True); "
            "time.sleep(float(sys.argv[2])); c.close()")
    holder = subprocess.Popen([sys.executable, "-c", code, str(db_path), str(seconds)], stdout=subprocess.PIPE,
                              text=True)
    assert holder.stdout.readline().strip() == "locked"
    return holder


class Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


@pytest.mark.slow
def test_a_task_waits_out_an_outside_lock_in_one_line_a_wait(airflow_home, db_path, monkeypatch):
    store.connect(db_path).close()
    monkeypatch.setenv("AIRFLOW_CONN_DUCKDB_DEFAULT", json.dumps({"conn_type": "duckdb", "host": str(db_path)}))
    said = Lines()
    logging.getLogger("hotline.tasks").addHandler(said)
    holder = hold_lock(db_path, 22)  # longer than one bounded wait of the store (40 tries, 10 s of sleep)
    try:
        conn = tasks.connect_waiting_for_lock(db_path, wait_s=60)
        conn.close()
        assert said.lines and all("locked by another process; waiting" in line and "\n" not in line
                                  for line in said.lines)
    finally:
        logging.getLogger("hotline.tasks").removeHandler(said)
        holder.wait(timeout=30)
    holder = hold_lock(db_path, 30)
    try:
        with pytest.raises(store.DatabaseBusyError, match="waited 1 s in all"):
            tasks.connect_waiting_for_lock(db_path, wait_s=1)
    finally:
        holder.kill()
        holder.wait(timeout=30)
