"""The Hotline Watch page: auth through Airflow, escaping, chart, JSON API, busy and missing database.

Runs the FastAPI app with TestClient against a real DuckDB file; the auth tests use Airflow's
SimpleAuthManager in the session's temporary Airflow home.
"""

from __future__ import annotations

import json
import multiprocessing
import re
from datetime import date
from pathlib import Path

import duckdb
import pytest
from fastapi.testclient import TestClient

from conftest import PROJECT_ROOT, utc
from hotline import store, ui

SCRIPT = "<script>alert(1)</script>"
JS_URL = "javascript:alert(document.cookie)"


# --- fixtures ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def auth_manager(airflow_home):
    """Airflow's configured auth manager (SimpleAuthManager by default), initialized."""
    from airflow.api_fastapi.app import init_auth_manager

    return init_auth_manager()


@pytest.fixture(scope="module")
def token(auth_manager) -> str:
    """A valid JWT for an admin, minted the way Airflow's login does."""
    from airflow.api_fastapi.auth.managers.simple.user import SimpleAuthManagerUser

    return auth_manager.generate_jwt(SimpleAuthManagerUser(username="admin", role="admin"))


@pytest.fixture
def client(auth_manager, db_path, monkeypatch) -> TestClient:
    """An anonymous client on a fresh app reading `db_path` (set through HOTLINE_DB)."""
    monkeypatch.setenv("HOTLINE_DB", str(db_path))
    # Keep the busy test short: a couple of quick retries instead of ~2 s.
    monkeypatch.setattr(ui, "READ_ATTEMPTS", 2)
    monkeypatch.setattr(ui, "READ_DELAY_S", 0.01)
    return TestClient(ui.create_app(), follow_redirects=False)


@pytest.fixture
def authed(client, token) -> TestClient:
    """The same client, sending the bearer token on every request."""
    client.headers["Authorization"] = f"Bearer {token}"
    return client


def _monthly(series: str, month: str, requests: int, **extra) -> list:
    row = {"qualifier": "exact", "source_url": f"https://t.me/koordshtab_demo/{month}", "derived": False,
           "record_claimed": False, "status": "ok", **extra}
    year, mon = (int(part) for part in month.split("-"))
    return [series, date(year, mon, 1), requests, row["qualifier"], row["source_url"], utc(year, mon, 28),
            "telegram", f"koordshtab_demo/{month}", True, row["derived"], row["record_claimed"], row["status"],
            utc(2025, 5, 1)]


@pytest.fixture
def filled_db(db_path: Path, monkeypatch) -> Path:
    """A migrated database with two series, alerts, quarantine and findings, some of them hostile:
    the demo's (HOTLINE_DEMO=1, as `make up` serves it; the page learns it from the settings)."""
    monkeypatch.setenv("HOTLINE_DEMO", "1")
    conn = store.connect(db_path)
    months = [
        _monthly("i_want_to_find", "2024-11", 5600),
        _monthly("i_want_to_find", "2024-12", 7006),
        _monthly("i_want_to_find", "2025-01", 8548, record_claimed=True),
        # 2025-02 missing on purpose: the chart must show a gap
        _monthly("i_want_to_find", "2025-03", 10274, status="conflict", source_url=JS_URL),
        _monthly("i_want_to_live", "2025-01", 310, derived=True),
        _monthly("i_want_to_live", "2025-03", 420, qualifier="over"),
    ]
    conn.executemany(f"INSERT INTO monthly_counts VALUES ({', '.join('?' * 13)})", months)
    alerts = [
        ("record_high:i_want_to_find:2025-01", "i_want_to_find", date(2025, 1, 1), "record_high", "alert", "sent",
         "New record: 8 548", json.dumps({"value": 8548})),
        ("unusual_jump:i_want_to_find:2025-03", "i_want_to_find", date(2025, 3, 1), "unusual_jump", "warning",
         "pending", f"Jump {SCRIPT}", json.dumps({"pct": 20.1})),
        ("missing_report:i_want_to_live:2025-02", "i_want_to_live", date(2025, 2, 1), "missing_report", "warning",
         "failed", "No report for February", None),
        ("revision:i_want_to_live:2025-01", "i_want_to_live", date(2025, 1, 1), "revision", "info",
         "suppressed", "old", None),
    ]
    conn.executemany(
        "INSERT INTO alerts (alert_key, series, month, kind, severity, status, created_at, message, details)"
        " VALUES (?, ?, ?, ?, ?, ?, now(), ?, ?)",
        alerts,
    )
    conn.execute(
        "INSERT INTO quarantine VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ["telegram", "koordshtab_demo/77", "extract", "series_ambiguous", f"no project named {SCRIPT}",
         f"9 870 заявок {SCRIPT} \"quoted\" 'single'", None, "2025-03", JS_URL, utc(2025, 4, 5)],
    )
    conn.execute(
        "INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        ["conflict:i_want_to_find:2025-03", "i_want_to_find", date(2025, 3, 1), "official_conflict", "alert",
         f"10 274 vs 10 247 {SCRIPT}", json.dumps(["https://t.me/koordshtab_demo/90", JS_URL]), utc(2025, 4, 5)],
    )
    conn.execute(
        "INSERT INTO raw_posts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ["telegram", "koordshtab_demo", "koordshtab_demo/77", 1, "abc", JS_URL, utc(2025, 4, 3), SCRIPT, False,
         None, SCRIPT, utc(2025, 4, 5), False],
    )
    conn.close()
    return db_path


# --- authentication ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/api/series", "/api/alerts"])
def test_anonymous_api_requests_are_refused(client, filled_db, path):
    response = client.get(path)
    assert response.status_code == 401
    assert "8548" not in response.text


def test_anonymous_page_redirects_to_the_airflow_login(client, filled_db):
    response = client.get("/")
    assert response.status_code == 303
    location = response.headers["location"]
    assert "/auth/" in location and "login" in location and "next=" in location
    assert "Хочу" not in response.text


def test_a_forged_token_is_refused(client, filled_db, token):
    forged = token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB")
    assert client.get("/api/series", headers={"Authorization": f"Bearer {forged}"}).status_code in (401, 403)
    assert client.get("/", cookies={"_token": forged}).status_code == 303


def test_a_token_minted_by_the_auth_manager_is_served(authed, filled_db):
    assert authed.get("/api/series").status_code == 200
    assert authed.get("/").status_code == 200


def test_the_ui_cookie_is_accepted_for_the_page(client, filled_db, token):
    client.cookies.set("_token", token)
    response = client.get("/")
    assert response.status_code == 200
    assert "<svg" in response.text


# --- the page ------------------------------------------------------------------------------------


def test_page_escapes_every_text_and_links_only_http_urls(authed, filled_db):
    body = authed.get("/").text
    assert "<script" not in body.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "&quot;quoted&quot;" in body and "&#x27;single&#x27;" in body
    hrefs = re.findall(r'href="([^"]*)"', body)
    assert hrefs, "expected source links"
    external = [href for href in hrefs if not href.startswith(("?", "download/"))]  # the page's own links
    assert all(href.startswith(("http://", "https://")) for href in external)
    assert not any("javascript" in href.lower() for href in hrefs)
    # Demo posts never link to t.me (no such channel there); with no demo server, they are text.
    assert not any("t.me/koordshtab_demo" in href for href in hrefs)
    assert "demo post 90 (served by the local demo channel only)" in body


def test_demo_links_point_at_the_local_demo_server(authed, filled_db, monkeypatch):
    monkeypatch.setenv("HOTLINE_TELEGRAM_BASE_URL", "http://127.0.0.1:8765")
    hrefs = re.findall(r'href="([^"]*)"', authed.get("/").text)
    assert "http://127.0.0.1:8765/koordshtab_demo/90" in hrefs
    assert not any("t.me/" in href for href in hrefs)


def test_page_has_a_chart_per_series_with_marked_records_and_jumps(authed, filled_db):
    body = authed.get("/").text
    charts = re.findall(r'<svg class="chart".*?</svg>', body)
    assert len(charts) == 2
    assert 'class="marker record_high alert"' in body
    assert 'class="marker unusual_jump"' in body
    for chart in charts:
        assert "Requests per month</text>" in chart and "Month (the month the figure is for)</text>" in chart
    # Values printed: the alert-level record and the jump month.
    assert '<text class="value record_alert"' in charts[0] and ">8,548</text>" in charts[0]
    assert '<text class="value unusual_jump"' in charts[0] and ">10,274</text>" in charts[0]
    # 2025-02 is missing: the line is drawn in two pieces, not across the gap.
    find_chart = body.split("<svg", 2)[1]
    assert find_chart.count("<polyline") == 1  # 2024-11..2025-01; 2025-03 stands alone


def test_page_lists_months_alerts_quarantine_findings_and_the_demo_note(authed, filled_db):
    response = authed.get("/")
    body = response.text
    for month in ("2024-11", "2024-12", "2025-01", "2025-03"):
        assert f"<td>{month}</td>" in body
    assert "8,548" in body and "10,274" in body and "\u202f" not in body  # one number format
    assert "conflict" in body and "derived" in body
    # The alert history lists every alert, whatever its status, and filters by links.
    assert "No report for February" in body and "old" in re.findall(r"<pre>([^<]*)</pre>", body)
    assert "Alert history <small>(4 of 4)</small>" in body
    def history(params: dict) -> list[str]:
        section = authed.get("/", params=params).text.split('id="alert-history"', 1)[1].split("</section>", 1)[0]
        return re.findall(r"<pre>([^<]*)</pre>", section)

    assert history({"status": "suppressed"}) == ["old"]
    jumps = history({"severity": "warning", "series": "i_want_to_find"})
    assert jumps == ["Jump &lt;script&gt;alert(1)&lt;/script&gt;"]
    # The demo banner is at the top, before any series.
    assert body.index('class="banner"') < body.index("<section")
    assert "series_ambiguous" in body and "official_conflict" in body
    assert "demo" in body.lower() and "koordshtab_demo" in body
    assert "script-src" not in response.headers["content-security-policy"]
    assert "default-src 'none'" in response.headers["content-security-policy"]


# --- the JSON API --------------------------------------------------------------------------------


def test_api_series_returns_every_month(authed, filled_db):
    data = authed.get("/api/series").json()
    find = data["series"]["i_want_to_find"]
    assert [row["month"] for row in find] == ["2024-11", "2024-12", "2025-01", "2025-03"]
    assert [row["requests"] for row in find] == [5600, 7006, 8548, 10274]
    assert find[-1]["status"] == "conflict"
    assert [row["requests"] for row in data["series"]["i_want_to_live"]] == [310, 420]
    assert data["demo"] is True


def test_api_alerts_returns_json_details_and_filters_by_status(authed, filled_db):
    alerts = authed.get("/api/alerts").json()["alerts"]
    assert len(alerts) == 4
    jump = next(a for a in alerts if a["kind"] == "unusual_jump")
    assert jump["details"] == {"pct": 20.1} and jump["month"] == "2025-03"
    open_ = authed.get("/api/alerts", params=[("status", "pending"), ("status", "failed")]).json()["alerts"]
    assert sorted(a["status"] for a in open_) == ["failed", "pending"]


# --- busy or missing database --------------------------------------------------------------------


def _hold_write_lock(path: str, ready, release) -> None:
    connection = duckdb.connect(path)
    ready.set()
    release.wait(20)
    connection.close()


def test_a_busy_database_gives_503_with_retry_after_not_500(authed, filled_db):
    ready, release = multiprocessing.Event(), multiprocessing.Event()
    holder = multiprocessing.Process(target=_hold_write_lock, args=(str(filled_db), ready, release))
    holder.start()
    try:
        assert ready.wait(10)
        api = authed.get("/api/series")
        page = authed.get("/")
    finally:
        release.set()
        holder.join(10)
    assert api.status_code == 503 and int(api.headers["retry-after"]) > 0
    assert "busy" in api.json()["detail"]
    assert page.status_code == 503 and "Retry-After" in page.headers
    assert "Busy" in page.text and 'http-equiv="refresh"' in page.text
    # Once the writer is gone, the page reads again.
    assert authed.get("/api/series").status_code == 200


def test_a_missing_database_gives_a_friendly_page(authed, db_path):
    assert not db_path.exists()
    page = authed.get("/")
    assert page.status_code == 200
    assert "No data yet" in page.text and "make demo" in page.text
    api = authed.get("/api/alerts")
    assert api.status_code == 503 and "Retry-After" in api.headers
    assert not db_path.exists(), "reading must not create the database"


def test_a_database_without_schema_gives_the_friendly_page(authed, db_path):
    duckdb.connect(str(db_path)).close()
    page = authed.get("/")
    assert page.status_code == 200 and "No data yet" in page.text


def test_an_empty_schema_renders_without_charts(authed, db_path):
    store.connect(db_path).close()
    body = authed.get("/").text
    assert "<svg" not in body and "no months yet" in body
    assert "demo data" not in body


# --- helpers -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://t.me/koordshtab/1", "https://t.me/koordshtab/1"),
        ("http://127.0.0.1:8081/s/koordshtab_demo", "http://127.0.0.1:8081/s/koordshtab_demo"),
        ("javascript:alert(1)", None),
        (" JavaScript:alert(1)", None),
        ("data:text/html,<script>", None),
        ("//evil.example/x", None),
        ("https://t.me/a\nb", None),
        ("", None),
        (None, None),
    ],
)
def test_safe_url_accepts_only_absolute_http_urls(url, expected):
    assert ui.safe_url(url) == expected


# --- the plugin in Airflow -----------------------------------------------------------------------


@pytest.fixture
def fresh_plugins(airflow_home, monkeypatch):
    """Airflow's plugin manager, pointed at the project's plugins folder with its caches cleared."""
    from airflow import plugins_manager, settings

    monkeypatch.setattr(settings, "PLUGINS_FOLDER", str(PROJECT_ROOT / "plugins"))
    caches = (plugins_manager._get_plugins, plugins_manager.get_fastapi_plugins, plugins_manager._get_ui_plugins,
              plugins_manager.get_flask_plugins, plugins_manager._get_extra_operators_links_plugins)
    for cached in caches:
        cached.cache_clear()
    yield plugins_manager
    for cached in caches:
        cached.cache_clear()


def test_the_plugin_loads_with_its_app_and_nav_view(fresh_plugins):
    plugins, errors = fresh_plugins._get_plugins()
    assert errors == {}
    [plugin] = [p for p in plugins if p.name == "hotline_watch"]
    apps, _ = fresh_plugins.get_fastapi_plugins()
    [entry] = [a for a in apps if a["name"] == "Hotline Watch"]
    assert entry["url_prefix"] == "/hotline-watch"
    assert {route.path for route in entry["app"].routes} >= {"/", "/api/series", "/api/alerts"}
    views, _ = fresh_plugins._get_ui_plugins()
    [view] = [v for v in views if v["name"] == "Hotline Watch"]
    assert (view["href"], view["destination"], view["url_route"]) == ("/hotline-watch/", "nav", "hotline-watch")
    assert plugin.external_views == [view]


def test_airflow_api_server_mounts_the_page_behind_its_auth(fresh_plugins, filled_db, token, monkeypatch):
    """The real Airflow API app: the plugin is mounted at /hotline-watch and refuses anonymous callers."""
    from airflow.api_fastapi.app import create_app

    monkeypatch.setenv("HOTLINE_DB", str(filled_db))
    with TestClient(create_app("core"), follow_redirects=False) as airflow_app:
        assert airflow_app.get("/hotline-watch/api/series").status_code == 401
        assert airflow_app.get("/hotline-watch/").status_code == 303
        served = airflow_app.get("/hotline-watch/api/series", headers={"Authorization": f"Bearer {token}"})
        assert served.status_code == 200
        assert served.json()["series"]["i_want_to_find"][0]["month"] == "2024-11"


def test_chart_of_a_single_month_or_only_zeros_still_renders():
    one = ui.svg_chart("i_want_to_live", [{"month": "2025-01", "requests": 0, "qualifier": "exact"}], [])
    assert one.startswith("<svg") and "<polyline" not in one and "<circle" in one
    assert 'cx="nan"' not in one.lower()


def test_the_legend_lists_only_what_is_drawn_and_records_of_both_levels_differ():
    from hotline.chart import drawn_marks

    months = [{"month": f"2024-{m:02d}", "requests": 100 * m, "qualifier": "exact"} for m in range(1, 7)]
    trend = [{"month": "2024-05", "kind": "record_high", "severity": "info", "message": "trend"},
             {"month": "2024-06", "kind": "record_high", "severity": "alert", "message": "news"}]
    assert drawn_marks(months, trend) == ["point", "record_alert", "record_info"]  # no jump entry
    svg = ui.svg_chart("i_want_to_find", months, trend)
    assert svg.count('class="marker record_high alert"') == 1 and svg.count('class="marker record_high info"') == 1
    assert "unusual_jump" not in svg
    assert drawn_marks([{**months[0], "derived": True}], []) == ["derived"]


def test_downloads_need_a_logged_in_user(client, filled_db, token):
    assert client.get("/download/series.csv").status_code in (401, 403)
    client.headers["Authorization"] = f"Bearer {token}"
    response = client.get("/download/series.csv")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    lines = response.text.splitlines()
    assert lines[0].startswith("series,month,requests,qualifier,source_url")
    assert "i_want_to_find,2025-01,8548,exact" in response.text and len(lines) == 7
    alerts = client.get("/download/alerts.json").json()
    assert len(alerts) == 4 and {"status", "sent_at", "last_error"} <= set(alerts[0])
    assert client.get("/download/alerts.csv").text.startswith("alert_key,series,month,kind,severity,status")
    assert client.get("/download/secrets.txt").status_code == 404


def test_stated_totals_are_shown_as_totals_not_as_months(authed, filled_db):
    conn = store.connect(filled_db)
    for kind, period, value in (("cumulative_total", "since_launch", 100324), ("period_total", "2024-01..2024-12",
                                                                               52052)):
        conn.execute("INSERT INTO observations VALUES ('telegram', 'koordshtab_demo', 'koordshtab_demo/83', 1,"
                     " 'https://t.me/koordshtab_demo/83', ?, true, 'i_want_to_find', ?, ?, ?, 'exact', 'e', 'v1',"
                     " 'accepted', now())", [utc(2025, 6, 12), kind, period, value])
    conn.close()
    body = authed.get("/").text
    section = body.split('id="series-i_want_to_find"', 1)[1].split("</section>", 1)[0]
    totals = section.split("Totals stated by the source", 1)[1]
    assert "running total since launch" in totals and "100,324" in totals
    assert "January 2024 – December 2024, in all" in totals and "52,052" in totals
    chart = re.findall(r'<svg class="chart".*?</svg>', section)[0]
    assert "100,324" not in chart and "52,052" not in chart  # never drawn as a month
