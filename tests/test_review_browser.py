"""The review queue in a real browser (issue 14): headless Chromium against the session's real Airflow
(tests/airflow_server.py, the machinery of tests/test_browser.py).

The demo channel publishes a post the machine cannot place in time; the month's run (through the REST
API) quarantines it; on the Hotline Watch page a Viewer sees it and is refused (403) on a decision, a
request without the form's CSRF token is refused, and an Op user accepts it and triggers the month's
run from the page; after that run the month is a reviewed value of the series.

Screenshots go to test-artifacts/; docs/hotline-watch-review.png in the README is a copy.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import utc
from hotline import demo
from hotline.records import Post

pytest_plugins = ["airflow_server", "browser_fixtures"]
pytestmark = pytest.mark.browser

DAG_ID = "hotline_monthly"
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"  # as in browser_fixtures
CHANNEL = demo.DEMO_CHANNEL
# «Хочу жить» this time: a week the machine cannot place in a month (month_unknown); the person can.
TEXT = "Минулого тижня гаряча лінія «Хочу жити» отримала 420 дзвінків <i>від</i> військових & їхніх рідних."
NEW_POST = Post("telegram", CHANNEL, f"{CHANNEL}/201", f"https://t.me/{CHANNEL}/201", utc(2025, 12, 5, 9), TEXT)


def log_in(page, base: str, name: str, password: str) -> None:
    page.context.clear_cookies()
    page.goto(f"{base}/")
    page.wait_for_url("**/auth/login**")
    page.locator("input[name=username]").fill(name)
    page.locator("input[name=password]").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/")


def test_a_viewer_is_refused_an_op_user_accepts_and_runs_the_month_from_the_page(browser_context,
                                                                                 airflow_server, rest_runs):
    from playwright.sync_api import expect

    server = airflow_server
    base = server.base_url
    # The channel publishes the post; the run of November 2025 (the newest month) fetches and quarantines it.
    server.channel.set_channel(CHANNEL, [*demo.generate_demo_posts(CHANNEL), NEW_POST])
    run_id = server.trigger(DAG_ID, logical_date=None, conf={"month": "2025-11"})
    assert server.wait_for_run(DAG_ID, run_id)["state"] == "success"
    assert server.query(f"SELECT rule FROM quarantine WHERE post_id = '{NEW_POST.post_id}'") == [("month_unknown",)]

    page = browser_context.new_page()
    # A Viewer sees the queue — the post escaped, its number marked, the machine's guess — and gets 403.
    log_in(page, base, "vasyl", server.passwords["vasyl"])
    item = _open_queue(page, base)
    queue = page.locator("#review")
    expect(item).to_have_count(1)
    expect(item.locator("blockquote.post")).to_contain_text("<i>від</i> військових & їхніх рідних")
    expect(item.locator("mark")).to_have_text(["420"])
    expect(item.locator("select[name=series]")).to_have_value("i_want_to_live")
    expect(item.locator("input[name=period]")).to_have_value("2025-11")
    expect(item.locator("input[name=value]")).to_have_value("420")
    expect(queue.locator(".viewer-note")).to_contain_text("Your role: viewer")
    with page.expect_response(lambda r: "/review/" in r.url and r.request.method == "POST") as refused:
        item.get_by_role("button", name="Accept").click()
    assert refused.value.status == 403
    expect(page.locator("body")).to_contain_text("may see the review queue but not decide")
    assert server.query("SELECT count(*) FROM reviews") == [(0,)]

    # The Op user: a POST without the form's CSRF token (the session's cookie alone) is refused.
    log_in(page, base, "olena", server.passwords["olena"])
    item = _open_queue(page, base)
    item_id = item.get_attribute("data-item")
    forged = page.request.post(f"{base}/hotline-watch/review/{item_id}/accept", form={
        "series": "i_want_to_live", "kind": "monthly_count", "period": "2025-11", "value": "99999",
        "qualifier": "exact"}, max_redirects=0)
    assert forged.status == 403 and "CSRF token" in forged.text()
    assert server.query("SELECT count(*) FROM reviews") == [(0,)]

    # The Op user accepts the pre-filled guess with a note, from the page.
    expect(page.locator("#review .viewer-note")).to_have_count(0)
    item.locator("input[name=note]").first.fill("the hotline's week report: the last week of November")
    page.locator("#review").screenshot(path=ARTIFACTS / "hotline-watch-review-queue.png")
    item.get_by_role("button", name="Accept").click()
    page.wait_for_url(f"**/hotline-watch/?decided={item_id}#review")
    expect(page.locator("#review .notice")).to_contain_text(f"Decision on {item_id} recorded.")
    assert server.query("SELECT decision, reviewer, value, period FROM reviews") == [
        ("accept", "olena", 420.0, "2025-11")]
    # The page offers the month's run; it goes through Airflow's REST API, as olena.
    run_button = page.locator("#review form.run-month", has_text="2025-11").get_by_role("button")
    page.locator("#review").screenshot(path=ARTIFACTS / "hotline-watch-review.png")
    run_button.click()
    page.wait_for_url("**/hotline-watch/?triggered=*")
    triggered = page.url.split("triggered=", 1)[1].split("#", 1)[0]
    from urllib.parse import unquote

    run = server.wait_for_run(DAG_ID, unquote(triggered))
    assert run["state"] == "success" and run["conf"] == {"month": "2025-11"}
    page.goto(f"{base}/hotline-watch/")
    row = page.locator("#series-i_want_to_live tr", has_text="2025-11")
    expect(row).to_contain_text("420")
    expect(row.locator(".tag.reviewed")).to_have_count(1)
    expect(page.locator(f'#review article[data-item="{item_id}"]')).to_have_count(0)  # decided: off the queue
    assert server.query("SELECT requests, source FROM monthly_counts WHERE series = 'i_want_to_live'"
                        " AND month = DATE '2025-11-01'") == [(420, "review")]


def _open_queue(page, base: str):
    """The page's review item for the hotline's post. While a pipeline task holds the DuckDB file the page
    answers "busy" (503, no queue): load it again, as a person would, for up to two minutes."""
    item = page.locator("#review article.review-item", has_text="Хочу жити")
    for _ in range(24):
        page.goto(f"{base}/hotline-watch/#review")
        if item.count():
            return item
        page.wait_for_timeout(5000)
    return item  # the expectations that follow say what is missing
