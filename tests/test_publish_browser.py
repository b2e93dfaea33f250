"""In a real browser: the published dataset's `index.html`, opened from `file://` with no server and no
Airflow, shows each series' chart and its latest month, and loads nothing but files beside it.

The data is the demo's, run through the pipeline on loopback (so the page also shows its demo banner).
The screenshot goes to test-artifacts/; docs/open-dataset-page.png in the README is a copy.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from conftest import month_run
from hotline import demo, store
from hotline.months import month_range
from hotline.publish.dataset import publish_dataset
from hotline.settings import Settings
from hotline.stages.detect_alerts import detect_alerts
from hotline.stages.extract_facts import extract_facts
from hotline.stages.fetch_posts import fetch_posts
from hotline.stages.load_monthly_counts import load_monthly_counts
from hotline.stages.validate_facts import validate_facts

pytest_plugins = ["browser_fixtures"]
pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"  # as in browser_fixtures
DEMO_MONTHS = month_range("2024-01", "2025-10")


@pytest.fixture
def published_demo(db_path: Path, tmp_path: Path) -> Path:
    posts = demo.generate_demo_posts(demo.DEMO_CHANNEL)
    with demo.DemoChannelServer({demo.DEMO_CHANNEL: posts}) as server:
        settings = Settings(db_path=db_path, telegram_base_url=server.base_url, channels=(demo.DEMO_CHANNEL,),
                            request_delay_s=0, demo=True)
        conn = store.connect(db_path)
        try:
            for month in DEMO_MONTHS:
                run = month_run(month, datetime(2026, 11, 26, tzinfo=UTC))
                fetch_posts(conn, run, settings)
                extract_facts(conn, run)
                validate_facts(conn, run)
                load_monthly_counts(conn, run, upstream=detect_alerts(conn, run, settings))
        finally:
            conn.close()
    out = tmp_path / "site"
    publish_dataset(db_path, out, demo=settings.demo)
    return out


def test_the_page_opens_from_file_with_its_chart_and_latest_month(browser_context, published_demo):
    from playwright.sync_api import expect

    html = (published_demo / "index.html").read_text(encoding="utf-8")
    assert "<script" not in html.lower()
    page = browser_context.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto((published_demo / "index.html").as_uri())

    chart = page.locator("#series-i_want_to_find img.chart")
    expect(chart).to_be_visible()
    assert chart.evaluate("img => img.complete && img.naturalWidth") > 400  # the PNG loaded and decoded
    latest = page.locator(".latest-month[data-series=i_want_to_find]")
    expect(latest).to_contain_text("October 2025")
    assert latest.get_attribute("data-month") == DEMO_MONTHS[-1]
    first_row = page.locator("#series-i_want_to_find tbody tr").first
    assert first_row.get_attribute("data-month") == DEMO_MONTHS[-1]
    expect(page.locator(".demo-banner")).to_contain_text("DEMO DATA")
    expect(page.locator("#downloads a[href='datapackage.json']")).to_be_visible()
    expect(page.locator("#methodology")).to_contain_text("What is not counted")
    assert requested and all(url.startswith("file://") for url in requested), requested

    ARTIFACTS.mkdir(exist_ok=True)
    page.set_viewport_size({"width": 1100, "height": 1000})
    page.screenshot(path=ARTIFACTS / "open-dataset-page.png")
    page.close()
