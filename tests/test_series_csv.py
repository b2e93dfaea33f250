"""The three CSVs of the series — `hotline series`, `hotline export` (and `hotline_publish`'s
`data/exports/monthly_counts.csv`), the page's `/download/series.csv` — are one shape, written by
`hotline.tables.write_series_csv`, with formula-looking text quoted (issue 23, item 10).

All read the same real DuckDB file, filled through the store."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient

from conftest import monthly_row, utc
from hotline import store, ui
from hotline.cli import main
from hotline.publish import publish_series
from hotline.tables import SERIES_COLUMNS

FORMULA_POST = '=HYPERLINK("http://evil.example/x","click")'
FORMULA_SOURCE = "@SUM(A1:A9)"


@pytest.fixture
def series_db(db_path):
    """Two stored months, one with formula-looking text cells, published at 23:30 UTC."""
    conn = store.connect(db_path)
    store.save_monthly_counts(conn, [
        monthly_row(),
        monthly_row(month="2025-02", requests=9100, post_id=FORMULA_POST, source=FORMULA_SOURCE,
                    source_url="https://t.me/koordshtab/11", published_at=utc(2025, 3, 31, 23, 30),
                    record_claimed=False, qualifier="over"),
    ], utc(2025, 4, 1))
    conn.close()
    return db_path


def _parsed(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def _cli_csv(db_path, capsys) -> list[list[str]]:
    capsys.readouterr()  # what the token fixture's Airflow logged
    assert main(["series", "--db", str(db_path), "--format", "csv"]) == 0
    return _parsed(capsys.readouterr().out)


def _export_csv(db_path, tmp_path, capsys) -> list[list[str]]:
    out = tmp_path / "export.csv"
    assert main(["export", "--db", str(db_path), "--output", str(out)]) == 0
    assert "wrote 2 rows" in capsys.readouterr().out
    return _parsed(out.read_text(encoding="utf-8"))


def _published_csv(db_path, tmp_path) -> list[list[str]]:
    result = publish_series(db_path, tmp_path / "exports")
    assert result["rows"] == 2
    return _parsed((tmp_path / "exports" / "monthly_counts.csv").read_text(encoding="utf-8"))


def _page_csv(db_path, monkeypatch, token) -> list[list[str]]:
    monkeypatch.setenv("HOTLINE_DB", str(db_path))
    client = TestClient(ui.create_app(), follow_redirects=False)
    client.headers["Authorization"] = f"Bearer {token}"
    response = client.get("/download/series.csv")
    assert response.status_code == 200, response.text
    return _parsed(response.text)


@pytest.fixture
def token(airflow_home) -> str:
    """A valid JWT for an admin, minted the way Airflow's login does."""
    from airflow.api_fastapi.app import init_auth_manager
    from airflow.api_fastapi.auth.managers.simple.user import SimpleAuthManagerUser

    return init_auth_manager().generate_jwt(SimpleAuthManagerUser(username="admin", role="admin"))


def test_the_three_series_csvs_are_one_shape(series_db, tmp_path, capsys, monkeypatch, token):
    outputs = {
        "hotline series": _cli_csv(series_db, capsys),
        "hotline export": _export_csv(series_db, tmp_path, capsys),
        "data/exports": _published_csv(series_db, tmp_path),
        "page download": _page_csv(series_db, monkeypatch, token),
    }
    reference = outputs["hotline series"]
    for name, rows in outputs.items():
        assert rows == reference, f"{name} differs from `hotline series --format csv`"
    header, january, february = reference
    assert tuple(header) == SERIES_COLUMNS
    assert header[:5] == ["series", "month", "requests", "qualifier", "source_url"]
    assert january == ["i_want_to_find", "2025-01", "8548", "exact", "https://t.me/koordshtab/10",
                       "2025-02-04T10:00:00Z", "telegram", "koordshtab/10", "true", "false", "true", "ok"]
    cells = dict(zip(header, february, strict=True))
    assert cells["month"] == "2025-02" and cells["published_at"] == "2025-03-31T23:30:00Z"


def test_formula_looking_text_is_quoted_in_each_csv(series_db, tmp_path, capsys, monkeypatch, token):
    for rows in (_cli_csv(series_db, capsys), _export_csv(series_db, tmp_path, capsys),
                 _published_csv(series_db, tmp_path), _page_csv(series_db, monkeypatch, token)):
        february = dict(zip(rows[0], rows[2], strict=True))
        assert february["post_id"] == "'" + FORMULA_POST
        assert february["source"] == "'" + FORMULA_SOURCE
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for cell in row)


def test_the_alert_log_csv_is_quoted_too(db_path, capsys):
    from hotline.records import Alert

    conn = store.connect(db_path)
    store.save_alerts(conn, [Alert("record_high:i_want_to_find:2025-01:up:v1", "i_want_to_find", "2025-01",
                                   "record_high", "alert", "=1+1 a record")], {}, utc(2025, 2, 15))
    conn.close()
    assert main(["alerts", "--db", str(db_path), "--format", "csv"]) == 0
    header, row = _parsed(capsys.readouterr().out)
    alert = dict(zip(header, row, strict=True))
    assert alert["message"] == "'=1+1 a record" and alert["created_at"] == "2025-02-15T00:00:00Z"


def test_a_demo_database_links_no_post_on_telegram_in_any_output(db_path, tmp_path, capsys, monkeypatch, token):
    """`make demo`'s months read from a shell without HOTLINE_DEMO: the demo channel exists on no public
    host, so no series output names a t.me link (the source_url cell is empty)."""
    from hotline.settings import DEMO_CHANNEL

    monkeypatch.delenv("HOTLINE_DEMO", raising=False)
    conn = store.connect(db_path)
    store.save_monthly_counts(conn, [monthly_row(source_url=f"https://t.me/{DEMO_CHANNEL}/62",
                                                 post_id=f"{DEMO_CHANNEL}/62")], utc(2025, 4, 1))
    conn.close()
    outputs = {"hotline series": _cli_csv(db_path, capsys), "data/exports": _published_csv_rows(db_path, tmp_path)}
    out = tmp_path / "export.csv"
    assert main(["export", "--db", str(db_path), "--output", str(out)]) == 0
    outputs["hotline export"] = _parsed(out.read_text(encoding="utf-8"))
    for name, rows in outputs.items():
        cells = dict(zip(rows[0], rows[1], strict=True))
        assert cells["source_url"] == "" and cells["requests"] == "8548", name
    monkeypatch.setenv("HOTLINE_DEMO", "1")  # the page knows demo data from the settings, as `make up` sets it
    page = _page_csv(db_path, monkeypatch, token)
    assert dict(zip(page[0], page[1], strict=True))["source_url"] == ""
    client = TestClient(ui.create_app(), follow_redirects=False)
    client.headers["Authorization"] = f"Bearer {token}"
    for path in ("/api/series", "/download/series.json"):
        assert f"t.me/{DEMO_CHANNEL}" not in client.get(path).text, path


def _published_csv_rows(db_path, tmp_path) -> list[list[str]]:
    publish_series(db_path, tmp_path / "exports")
    return _parsed((tmp_path / "exports" / "monthly_counts.csv").read_text(encoding="utf-8"))
