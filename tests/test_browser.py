"""In a real browser: headless Chromium (Debian's, driven by Playwright) against the api-server of
the session's Airflow (tests/airflow_server.py): log in through the UI's form, see the project's
DAGs, open a run's graph, open the Hotline Watch page inside the UI and on its own.

Screenshots go to test-artifacts/ (the DAG list, the run's graph, the Hotline Watch page in the
UI and on its own, and its alert history); docs/hotline-watch-page.png in the README is a copy.
Chromium comes from `scripts/install-browser.sh` (Debian's package; Playwright never downloads a
browser here).
"""

from __future__ import annotations

from pathlib import Path

import pytest

# The session fixtures `airflow_server` and `rest_runs` (shared with tests/test_scheduler.py) and
# `browser_context` (shared with tests/test_review_browser.py: one Chromium per session).
pytest_plugins = ["airflow_server", "browser_fixtures"]
pytestmark = pytest.mark.browser

DAG_ID = "hotline_monthly"
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"  # as in browser_fixtures


def test_log_in_see_the_dags_a_run_graph_and_the_hotline_watch_page(browser_context, airflow_server, rest_runs):
    from playwright.sync_api import expect

    server = airflow_server
    base = server.base_url
    page = browser_context.new_page()

    # Anonymous: the UI sends us to the login form; log in there as the admin user.
    page.goto(f"{base}/")
    page.wait_for_url("**/auth/login**")
    page.locator("input[name=username]").fill(server.user)
    page.locator("input[name=password]").fill(server.password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/")
    assert "_token" in {cookie["name"] for cookie in browser_context.cookies()}

    # The DAG list shows both of the project's DAGs.
    page.goto(f"{base}/dags")
    for dag_id in (DAG_ID, "hotline_report_watch"):
        expect(page.get_by_role("link", name=dag_id, exact=True).first).to_be_visible()
    page.screenshot(path=ARTIFACTS / "airflow-dags.png")

    # A run triggered through the REST API, in the graph view: six successful tasks in order.
    run_id = rest_runs.runs["2025-01"]["dag_run_id"]
    page.goto(f"{base}/dags/{DAG_ID}/runs/{run_id}")
    expect(page.get_by_text(run_id).first).to_be_visible()
    page.get_by_role("button", name="Show Graph").click()
    nodes = page.locator(".react-flow__node")
    expect(nodes).to_have_count(6)
    for task_id in ("fetch_posts", "extract_facts", "validate_facts", "detect_alerts", "load_monthly_counts",
                    "notify"):
        node = page.locator(f'.react-flow__node[data-id="{task_id}"]')
        expect(node).to_be_visible()
        expect(node).to_contain_text("success")
    page.wait_for_load_state("networkidle")
    page.screenshot(path=ARTIFACTS / "airflow-run-graph.png")

    # The Hotline Watch entry in the UI's navigation shows the page (in the UI's iframe).
    page.get_by_role("link", name="Hotline Watch").click()
    page.wait_for_url(f"{base}/plugin/hotline-watch")
    frame = page.frame_locator('iframe[title="Hotline Watch"]')
    expect(frame.locator("h1")).to_have_text("Hotline Watch")
    expect(frame.locator("svg.chart").first).to_be_visible()
    expect(frame.locator("table").first).to_contain_text("2025-01")
    page.screenshot(path=ARTIFACTS / "airflow-hotline-watch-nav.png")

    # The page on its own, with the logged-in session's cookie: a chart and the demo months.
    page.goto(f"{base}/hotline-watch/")
    expect(page.locator("h1")).to_have_text("Hotline Watch")
    chart = page.locator("svg.chart").first
    expect(chart).to_be_visible()
    assert chart.locator("circle.point").count() >= len(rest_runs.runs)
    expect(chart.locator("polygon.marker.record_high").first).to_be_attached()
    table = page.locator("table").first
    for month, value in rest_runs.monthly.items():
        row = table.locator("tr", has_text=month)
        expect(row).to_have_count(1)
        expect(row).to_contain_text(f"{value:,}")  # one number format (Babel, English by default)
    # The chart says what its axes are; the latest month's value is printed on it.
    expect(chart.locator("text.axis-title", has_text="Requests per month")).to_be_visible()
    expect(chart.locator("text.axis-title", has_text="Month (the month")).to_be_visible()
    expect(chart.locator("text.value").first).to_be_visible()
    # The demo banner, at the top of the page, above the first series.
    banner = page.locator(".banner")
    expect(banner).to_be_visible()
    expect(banner).to_contain_text("Demo data")
    assert banner.bounding_box()["y"] < page.locator("section").first.bounding_box()["y"]
    # The alert history keeps what was delivered and what was held back (an older month's alert).
    _ensure_a_suppressed_alert(server)
    page.reload()
    history = page.locator("#alert-history")
    expect(history.locator("tr", has=page.locator(".tag.sent")).first).to_be_visible()
    expect(history.locator("tr", has=page.locator(".tag.suppressed")).first).to_be_attached()
    page.screenshot(path=ARTIFACTS / "hotline-watch.png", full_page=True)
    page.screenshot(path=ARTIFACTS / "hotline-watch-top.png")
    history.screenshot(path=ARTIFACTS / "hotline-watch-history.png")
    # Filtered to the suppressed alerts only, by the history's own links.
    history.get_by_role("link", name="suppressed", exact=True).click()
    expect(page.locator("#alert-history tbody tr").first).to_be_visible()
    statuses = page.locator("#alert-history tbody .tag").all_inner_texts()
    assert statuses and set(statuses) == {"suppressed"}

    # Logged out (the session's cookie gone), the page sends the browser to Airflow's login.
    browser_context.clear_cookies()
    page.goto(f"{base}/hotline-watch/")
    page.wait_for_url("**/auth/login**")
    expect(page.locator("svg.chart")).to_have_count(0)


def _ensure_a_suppressed_alert(server) -> None:
    """The REST runs deliver their newest month; an older month run now is held back (suppressed).
    Run March 2025 (an alert-level record, older than the stored May) unless one already exists
    (the scheduler tests' backfill leaves some when they ran first)."""
    if server.query("SELECT 1 FROM alerts WHERE status = 'suppressed' LIMIT 1"):
        return
    run_id = server.trigger(DAG_ID, logical_date=None, conf={"month": "2025-03"})
    assert server.wait_for_run(DAG_ID, run_id)["state"] == "success"
    assert server.query("SELECT 1 FROM alerts WHERE status = 'suppressed' LIMIT 1")
