"""Issue 23 items 2 and 10 on the page: counts read as posts write them, the confirm step for a
value far from its series, "Back to the queue" that leads to the queue, and a notice that never
echoes what a URL says."""

from __future__ import annotations

import re
from urllib.parse import urljoin

from test_review_ui import auth_manager, client_as, decisions, form_of, item_id, queued_db  # noqa: F401

from conftest import monthly_row, utc
from hotline import store

BASE = "http://testserver"


def back_link(html: str) -> str:
    return re.search(r'<a href="([^"]*)">Back to the review queue</a>', html).group(1)


def test_back_to_the_queue_leads_to_the_queue_from_403_and_400(auth_manager, queued_db):  # noqa: F811
    ident = item_id(queued_db)
    viewer = client_as(auth_manager, "vasyl", "viewer")
    fields = form_of(viewer.get("/").text, ident)
    refused = viewer.post(f"/review/{ident}/accept", data=fields)
    assert refused.status_code == 403
    target = urljoin(f"{BASE}/review/{ident}/accept", back_link(refused.text))
    assert target == f"{BASE}/#review"
    assert viewer.get(target.removesuffix("#review")).status_code == 200
    op = client_as(auth_manager, "olena", "op")
    fields = form_of(op.get("/").text, ident)
    bad = op.post("/review/run", data={"month": "2025-13", "csrf_token": fields["csrf_token"]})
    assert bad.status_code == 400 and urljoin(f"{BASE}/review/run", back_link(bad.text)) == f"{BASE}/#review"


def test_the_notice_shows_only_a_run_id_or_a_month(auth_manager, queued_db):  # noqa: F811
    client = client_as(auth_manager, "olena", "op")
    page = client.get("/", params={"triggered": "manual__2025-12-06T09:00:00+00:00"}).text
    assert "Run manual__2025-12-06T09:00:00+00:00 of hotline_monthly triggered" in page
    assert "Run 2025-11 of hotline_monthly triggered" in client.get("/", params={"triggered": "2025-11"}).text
    for text in ("Your account is suspended: call +1 555 0100", "manual__x <b>", "<script>alert(1)</script>"):
        page = client.get("/", params={"triggered": text, "decided": text}).text
        assert "suspended" not in page and "of hotline_monthly triggered" not in page
        assert "Decision on" not in page


def test_12_320_in_the_form_is_12320_and_a_fraction_is_refused(auth_manager, queued_db):  # noqa: F811
    client = client_as(auth_manager, "olena", "op")
    ident = item_id(queued_db)
    fields = form_of(client.get("/").text, ident)
    refused = client.post(f"/review/{ident}/accept", data={**fields, "value": "12320.7"})
    assert refused.status_code == 400 and "not a whole count" in refused.text
    done = client.post(f"/review/{ident}/accept", data={**fields, "value": "12.320"})
    assert done.status_code == 303
    (row,) = decisions(queued_db)
    assert row["value"] == 12320


def test_a_value_far_from_the_series_is_recorded_only_after_the_confirm_step(auth_manager, queued_db):  # noqa: F811
    conn = store.connect(queued_db)
    rows = [monthly_row(v, month=m, post_id=f"koordshtab/{i}", source_url=f"https://t.me/koordshtab/{i}")
            for i, (m, v) in enumerate([("2025-08", 9218), ("2025-09", 9870), ("2025-10", 12320)])]
    with store.transaction(conn):
        store.save_monthly_counts(conn, rows, utc(2025, 11, 10))
    conn.close()
    client = client_as(auth_manager, "olena", "op")
    ident = item_id(queued_db)
    fields = form_of(client.get("/").text, ident)
    asked = client.post(f"/review/{ident}/accept", data={**fields, "value": "120"})
    assert asked.status_code == 409 and "under a tenth of the series&#39; median month (9,870)" in asked.text
    assert decisions(queued_db) == []
    form = asked.text[asked.text.index("<form"):asked.text.index("</form>")]
    again = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form))
    action = re.search(r'action="([^"]+)"', form).group(1)
    assert again["confirm"] == "1" and again["value"] == "120"
    done = client.post(urljoin(f"/review/{ident}/accept", action), data=again)
    assert done.status_code == 303, done.text
    (row,) = decisions(queued_db)
    assert row["value"] == 120
