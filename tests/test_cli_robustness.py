"""Bad input to the command line gets a one-line error and an exit status, never a traceback
(issue 11); the good lines of a file are still processed."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import PROJECT_ROOT
from hotline.inprocess import run_lock


def hotline(*argv: str, env: dict | None = None, stdin: bytes | None = None, timeout: float = 120):
    return subprocess.run([sys.executable, "-m", "hotline.cli", *argv], cwd=PROJECT_ROOT, input=stdin,
                          capture_output=True, timeout=timeout, env={**os.environ, **(env or {})})


def one_line_error(done: subprocess.CompletedProcess) -> str:
    err = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, err
    return err


def test_a_second_run_months_in_the_same_airflow_home_says_who_holds_it(tmp_path):
    home = tmp_path / "airflow"
    with run_lock(home):
        done = hotline("run-months", "2025-01", "2025-01", env={"AIRFLOW_HOME": str(home)})
    assert done.returncode == 1
    err = one_line_error(done)
    assert f"another run-months is running (pid {os.getpid()})" in err
    assert len(err.strip().splitlines()) == 1
    with run_lock(home):  # released: taken again at once
        pass


FIXTURE_PAGE = PROJECT_ROOT / "tests" / "fixtures" / "tg_topwar_full.html"


@pytest.mark.parametrize("old, new, message", [
    ('data-post="topwar_official/70990"', 'data-post="topwar_official/' + "7" * 5000 + '"', "unusable data-post"),
    ('data-post="topwar_official/70990"', 'data-post="topwar_official/' + "1" + "0" * 30 + '"', "unusable data-post"),
    ('datetime="2023-02-28T08:09:50+00:00"', 'datetime="9999-12-31T23:59:59-05:00"', "impossible time"),
    ('datetime="2023-02-28T08:09:50+00:00"', 'datetime="9999-12-31T23:59:59+00:00"', "impossible time"),
])
def test_parse_page_with_a_hostile_widget_is_a_one_line_error_and_the_other_pages_are_printed(
        tmp_path, old, new, message):
    page = FIXTURE_PAGE.read_text(encoding="utf-8")
    assert old in page
    bad = tmp_path / "bad.html"
    bad.write_text(page.replace(old, new, 1), encoding="utf-8")
    done = hotline("parse-page", str(bad), str(FIXTURE_PAGE), str(tmp_path / "missing.html"), str(tmp_path))
    assert done.returncode == 1
    err = one_line_error(done).strip().splitlines()
    assert len(err) == 3
    assert err[0].startswith(f"{bad}: ") and message in err[0] and len(err[0]) < 400
    assert err[1].startswith(f"{tmp_path / 'missing.html'}: ") and err[2].startswith(f"{tmp_path}: ")
    printed = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert printed and all(post["channel"] == "topwar_official" for post in printed)  # the good page


GOOD_POST = {"id": "good-1", "published": "2025-02-04T10:00:00+02:00", "channel": "koordshtab",
             "text": "У січні до проєкту «Хочу найти» надійшло 8 548 звернень."}


def test_extract_reports_each_hostile_line_once_and_reads_every_good_line(tmp_path):
    good = json.dumps(GOOD_POST, ensure_ascii=False).encode()
    lines = [
        good,
        b'{"id": "x", "published": "2025-02-04T10:00:00+02:00", "text": "\xff\xfe broken"}',  # invalid UTF-8
        json.dumps({**GOOD_POST, "id": "c5", "channel": 5}).encode(),
        json.dumps({**GOOD_POST, "id": "cl", "channel": ["a"]}).encode(),
        b"[" * 100_000 + b"]" * 100_000,
        b'{"id": "s", "published": "2025-02-04T10:00:00+02:00", "text": "8 548 \\ud800 \xd0\xb7\xd0\xb2"}',
        json.dumps({**GOOD_POST, "id": "y9", "published": "9999-12-31T23:59:59-05:00"}).encode(),
        json.dumps({**GOOD_POST, "id": "pn", "published": 5}).encode(),
        b"",
        json.dumps({**GOOD_POST, "id": "good-2"}, ensure_ascii=False).encode(),
    ]
    path = tmp_path / "posts.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    done = hotline("extract", str(path))
    assert done.returncode == 1
    err = one_line_error(done).splitlines()
    assert [line.split(":", 1)[0] for line in err] == [f"line {n}" for n in (2, 3, 4, 5, 6, 7, 8)]
    assert "not valid UTF-8" in err[0] and "'channel' must be a string" in err[1]
    assert "'channel' must be a string" in err[2] and "nested too deeply" in err[3]
    assert "not valid Unicode" in err[4] and "out of range" in err[5] and "'published'" in err[6]
    facts = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert {(f["post_id"], f["period"], f["value"]) for f in facts} == {("good-1", "2025-01", 8548),
                                                                         ("good-2", "2025-01", 8548)}


def test_extract_from_stdin_survives_invalid_utf8_too():
    good = json.dumps(GOOD_POST, ensure_ascii=False).encode()
    done = hotline("extract", "-", stdin=b"\x80\x81\n" + good + b"\n")
    assert done.returncode == 1
    assert one_line_error(done).startswith("line 1: not valid UTF-8")
    assert len(done.stdout.decode().splitlines()) == 1


@pytest.mark.parametrize("name", ["missing.jsonl", "."])
def test_extract_of_a_missing_file_or_a_directory_is_exit_2(tmp_path, name):
    done = hotline("extract", str(tmp_path / name))
    assert done.returncode == 2
    err = one_line_error(done).strip()
    assert err.startswith("extract: cannot read ") and len(err.splitlines()) == 1


def bad_databases(tmp_path):
    not_duckdb = tmp_path / "notes.duckdb"
    not_duckdb.write_text("just some text, not a database\n")
    folder = tmp_path / "folder.duckdb"
    folder.mkdir()
    return {"missing": tmp_path / "missing.duckdb", "not DuckDB": not_duckdb, "a directory": folder}


@pytest.mark.parametrize("command", ["series", "alerts", "export"])
@pytest.mark.parametrize("case", ["missing", "not DuckDB", "a directory"])
def test_series_alerts_and_export_with_a_bad_db_are_one_line_errors(tmp_path, command, case):
    db = bad_databases(tmp_path)[case]
    done = hotline(command, "--db", str(db), *(["--output", str(tmp_path / "out.csv")] if command == "export" else []))
    assert done.returncode in (1, 2)
    err = one_line_error(done).strip()
    assert len(err.splitlines()) == 1 and err.startswith(f"hotline {command}: ") and str(db) in err
    assert not (tmp_path / "out.csv").exists()


@pytest.mark.parametrize("output", ["missing-dir/out.csv", "."])
def test_export_into_a_missing_folder_or_a_directory_is_a_one_line_error(conn, db_path, tmp_path, output):
    conn.close()
    done = hotline("export", "--db", str(db_path), "--output", str(tmp_path / output))
    assert done.returncode == 2
    err = one_line_error(done).strip()
    assert len(err.splitlines()) == 1 and "--output" in err


def test_export_of_a_good_database_still_works(conn, db_path, tmp_path):
    conn.close()
    done = hotline("export", "--db", str(db_path), "--output", str(tmp_path / "out.csv"))
    assert done.returncode == 0 and (tmp_path / "out.csv").read_text().startswith("series,month")


@pytest.mark.parametrize("content", [
    b"\xff\xfe not utf-8",
    b"[1, 2, 3]",
    b'{"name": "x", "messages": "not a list"}',
    b'{"name": "x", "messages": [5, {"type": "message", "id": 1, "date_unixtime": "99999999999999999999"}]}',
    b'{"name": "x", "messages": [{"type": "message", "id": 1, "date": "9999-12-31T23:59:59-05:00"}]}',
    b"[" * 100_000,
])
def test_import_of_a_broken_export_is_a_one_line_error(tmp_path, content):
    export = tmp_path / "result.json"
    export.write_bytes(content)
    done = hotline("import", str(export), "--db", str(tmp_path / "h.duckdb"))
    assert done.returncode == 1
    err = one_line_error(done).strip()
    assert len(err.splitlines()) == 1 and err.startswith(f"import {export}: ")


def test_fetch_and_import_into_a_directory_as_db_are_one_line_errors(tmp_path):
    export = tmp_path / "result.json"
    export.write_text('{"name": "x", "messages": []}')
    for argv in (["import", str(export)], ["fetch", "some_channel", "--base-url", "http://127.0.0.1:9"]):
        done = hotline(*argv, "--db", str(tmp_path))
        assert done.returncode == 2
        err = one_line_error(done).strip()
        assert len(err.splitlines()) == 1 and "not a database file" in err


@pytest.mark.parametrize("months", [("2025-13", "2025-14"), ("2025-05", "2025-01"), ("May", "June")])
def test_run_months_with_bad_months_is_exit_2_before_airflow_starts(tmp_path, months):
    done = hotline("run-months", *months, env={"AIRFLOW_HOME": str(tmp_path / "af")}, timeout=30)
    assert done.returncode == 2
    err = one_line_error(done).strip()
    assert len(err.splitlines()) == 1 and err.startswith("hotline run-months: ")
    assert not (tmp_path / "af").exists()


def test_a_day_the_month_lacks_is_read_as_its_last_day_and_said(tmp_path):
    """A hand-guessed date such as 2025-01-50 keeps its post (read as 31 January), with a note on stderr;
    a month that does not exist is still a bad line."""
    posts = tmp_path / "posts.jsonl"
    posts.write_text(
        '{"id": "a", "published": "2025-02-50T12:00:00+00:00",'
        ' "text": "У січні «Хочу знайти» отримав 8 548 звернень."}\n'
        '{"id": "b", "published": "2025-13-05T12:00:00+00:00", "text": "x"}\n', encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "hotline.cli", "extract", str(posts)], capture_output=True, text=True)
    assert run.returncode == 1
    assert '"period": "2025-01"' in run.stdout and '"value": 8548' in run.stdout
    assert "line 1: 'published' '2025-02-50' has no such day: read as 2025-02-28" in run.stderr
    assert "line 2: 'published' is not ISO 8601" in run.stderr
