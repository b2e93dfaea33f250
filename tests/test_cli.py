"""The `hotline` command line, in-process (main(argv)) with captured output."""

from __future__ import annotations

import json

import pytest

from conftest import FIXTURES, load_dev_posts, monthly_row, utc
from hotline import demo, store
from hotline.cli import main
from hotline.records import Alert


def post_line(case: dict) -> str:
    return json.dumps({key: case[key] for key in ("id", "published", "text", "channel")}, ensure_ascii=False)


def test_extract_reads_json_lines_and_writes_contract_facts(tmp_path, capsys):
    case = next(c for c in load_dev_posts() if c["id"] == "dev-uk-2025-02-monthly")
    path = tmp_path / "posts.jsonl"
    path.write_text(post_line(case) + "\n", encoding="utf-8")
    assert main(["extract", str(path)]) == 0
    facts = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [{k: f[k] for k in ("series", "kind", "period", "value", "qualifier")} for f in facts] == case["expected"]
    assert all(f["post_id"] == case["id"] and f["evidence"] in case["text"] for f in facts)


def test_extract_reports_bad_lines_by_number_and_goes_on(tmp_path, capsys):
    good = post_line(next(c for c in load_dev_posts() if c["id"] == "dev-uk-live-2023-04"))
    path = tmp_path / "posts.jsonl"
    path.write_text("\n".join(['{"id": "x"', good, '{"id": "y", "published": "2025-01-01", "text": "t"}',
                               '{"id": "z", "text": "no date"}']) + "\n", encoding="utf-8")
    assert main(["extract", str(path)]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 2  # the good line's two facts
    assert "line 1: not valid JSON" in captured.err
    assert "line 3: 'published' has no UTC offset" in captured.err
    assert "line 4: missing key(s): published" in captured.err


def test_extract_reports_quarantined_posts_on_stderr(tmp_path, capsys, monkeypatch):
    line = json.dumps({"id": "q1", "published": "2025-05-03T10:00:00+00:00", "channel": "news",
                       "text": "У травні загальна кількість заявок до проєкту «Хочу найти» перевищила 100 тисяч."},
                      ensure_ascii=False)
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(line + "\n"))
    assert main(["extract", "-"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "post q1: quarantined" in captured.err


def test_parse_page_prints_the_posts_of_a_saved_page(capsys):
    assert main(["parse-page", str(FIXTURES / "tg_topwar_full.html")]) == 0
    posts = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert posts and {"channel", "id", "url", "published", "text", "edited", "views"} <= set(posts[0])
    assert all(p["channel"] == "topwar_official" for p in posts)


def test_parse_page_names_a_broken_file(tmp_path, capsys):
    assert main(["parse-page", str(FIXTURES / "tg_truncated.html")]) == 1
    assert "tg_truncated.html" in capsys.readouterr().err


@pytest.mark.slow
def test_fetch_stores_new_posts_and_then_nothing(db_path, capsys):
    posts = demo.generate_demo_posts(demo.DEMO_CHANNEL)
    with demo.DemoChannelServer({demo.DEMO_CHANNEL: posts}) as server:
        assert main(["fetch", demo.DEMO_CHANNEL, "--base-url", server.base_url, "--db", str(db_path)]) == 0
        first = capsys.readouterr().out
        assert main(["fetch", demo.DEMO_CHANNEL, "--base-url", server.base_url, "--db", str(db_path)]) == 0
        second = capsys.readouterr().out
        assert main(["fetch", "nobody_here", "--base-url", server.base_url, "--db", str(db_path)]) == 1
        assert "nobody_here" in capsys.readouterr().err
    assert f"{len(posts)} new posts, 0 changed posts" in first
    assert "0 new posts, 0 changed posts, 1 requests" in second


def test_import_a_desktop_export_is_idempotent(db_path, capsys):
    export = FIXTURES / "export" / "result.json"
    assert main(["import", str(export), "--channel", "koordshtab", "--db", str(db_path)]) == 0
    assert main(["import", str(export), "--channel", "koordshtab", "--db", str(db_path)]) == 0
    first, second = capsys.readouterr().out.splitlines()
    assert " 0 new" not in first and second.endswith("0 new, 0 changed")


@pytest.fixture
def filled_db(db_path):
    conn = store.connect(db_path)
    store.save_monthly_counts(conn, [monthly_row()], utc(2025, 2, 15))
    store.save_alerts(conn, [Alert("record_high:i_want_to_find:2025-01:up:v1", "i_want_to_find", "2025-01",
                                   "record_high", "alert", "a record")], {}, utc(2025, 2, 15))
    conn.close()
    return db_path


def test_series_and_alerts_print_the_contract_columns(filled_db, capsys):
    assert main(["series", "--db", str(filled_db)]) == 0
    header, row = capsys.readouterr().out.splitlines()
    assert header.startswith("series,month,requests,qualifier,source_url")
    assert row.startswith("i_want_to_find,2025-01,8548,exact,https://t.me/koordshtab/10")
    assert main(["alerts", "--db", str(filled_db), "--format", "json"]) == 0
    [alert] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert list(alert)[:6] == ["alert_key", "series", "month", "kind", "severity", "status"]
    assert alert["status"] == "pending"


def test_export_writes_csv_and_parquet(filled_db, tmp_path, capsys):
    import duckdb

    assert main(["export", "--db", str(filled_db), "--format", "parquet", "--output", str(tmp_path / "m.parquet")]) == 0
    assert duckdb.read_parquet(str(tmp_path / "m.parquet")).project("requests").fetchall() == [(8548,)]
    assert main(["export", "--db", str(filled_db), "--output", str(tmp_path / "m.csv")]) == 0
    assert "8548" in (tmp_path / "m.csv").read_text()


def test_reading_a_missing_database_says_what_to_do(tmp_path, capsys):
    assert main(["series", "--db", str(tmp_path / "none.duckdb")]) == 2
    assert "run `make demo`" in capsys.readouterr().err
