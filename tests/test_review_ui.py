"""The review queue on the Hotline Watch page (issue 14), with FastAPI's TestClient and Airflow's
SimpleAuthManager: who may decide (Op, Admin) and who only sees (Viewer), the CSRF token, escaping,
the machine's guess pre-filled and the numbers marked."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient

from conftest import utc
from hotline import store, ui
from hotline.months import MonthRun, run_date_for
from hotline.records import Post
from hotline.stages.extract_facts import extract_facts
from hotline.store import reviews

HOSTILE = "Минулого тижня «Хочу знайти» отримав 15 320 заявок <script>alert(1)</script> & \"quotes\"."
POST = Post("telegram", "koordshtab_demo", "koordshtab_demo/201", "https://t.me/koordshtab_demo/201",
            utc(2025, 12, 5, 9), HOSTILE)


@pytest.fixture(scope="module")
def auth_manager(airflow_home):
    from airflow.api_fastapi.app import init_auth_manager

    return init_auth_manager()


def token_for(auth_manager, name: str, role: str) -> str:
    from airflow.api_fastapi.auth.managers.simple.user import SimpleAuthManagerUser

    return auth_manager.generate_jwt(SimpleAuthManagerUser(username=name, role=role))


@pytest.fixture
def queued_db(db_path, monkeypatch):
    conn = store.connect(db_path)
    with store.transaction(conn):
        store.save_raw_posts(conn, [POST], utc(2025, 12, 6))
    end = run_date_for("2025-11")
    run = MonthRun.from_interval(end - timedelta(days=31), end, run_id="t", started_at=utc(2026, 1, 1))
    extract_facts(conn, run)
    conn.close()
    monkeypatch.setenv("HOTLINE_DB", str(db_path))
    return db_path


def client_as(auth_manager, name: str, role: str) -> TestClient:
    client = TestClient(ui.create_app(), follow_redirects=False)
    client.headers["Authorization"] = f"Bearer {token_for(auth_manager, name, role)}"
    return client


def form_of(html: str, item_id: str) -> dict[str, str]:
    """The accept form's pre-filled fields of one item, as a browser would submit them."""
    article = html[html.index(f'id="item-{item_id}"'):]
    form = article[article.index('class="accept"'):article.index("</form>")]
    fields = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', form))
    fields.update(re.findall(r'<input name="(\w+)" value="([^"]*)"', form))
    for name, options in re.findall(r'<select name="(\w+)">(.*?)</select>', form):
        chosen = re.search(r'<option(?: value="([^"]*)")? selected>([^<]*)', options)
        fields[name] = chosen.group(1) or chosen.group(2)
    return fields


def item_id(db) -> str:
    conn = store.connect_reader(db)
    try:
        (item,) = reviews.load_items(conn)
        return item.id
    finally:
        conn.close()


def decisions(db) -> list[dict]:
    conn = store.connect_reader(db)
    try:
        return reviews.load_decisions(conn)
    finally:
        conn.close()


def test_the_queue_shows_the_post_escaped_with_numbers_marked_and_the_guess_prefilled(auth_manager, queued_db):
    page = client_as(auth_manager, "olena", "op").get("/")
    assert page.status_code == 200
    html = page.text
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<mark>15 320</mark>" in html and 'id="review"' in html and "month_unknown" in html
    assert "form-action 'self'" in page.headers["Content-Security-Policy"]
    fields = form_of(html, item_id(queued_db))
    assert fields["series"] == "i_want_to_find" and fields["kind"] == "monthly_count"
    assert (fields["period"], fields["value"], fields["qualifier"]) == ("2025-11", "15320", "exact")
    assert ui.csrf_ok(_user("olena", "op"), fields["csrf_token"])


def _user(name: str, role: str):
    from airflow.api_fastapi.auth.managers.simple.user import SimpleAuthManagerUser

    return SimpleAuthManagerUser(username=name, role=role)


def test_an_op_user_accepts_with_the_forms_token(auth_manager, queued_db):
    client = client_as(auth_manager, "olena", "op")
    ident = item_id(queued_db)
    fields = form_of(client.get("/").text, ident)
    done = client.post(f"/review/{ident}/accept", data={**fields, "note": "the last week of November"})
    assert done.status_code == 303 and done.headers["location"] == f"../../?decided={ident}#review"
    (row,) = decisions(queued_db)
    assert (row["decision"], row["reviewer"], row["value"], row["period"], row["post_version"], row["note"]) == (
        "accept", "olena", 15320.0, "2025-11", 1, "the last week of November")
    after = client.get("/").text
    assert "Nothing to review." in after and "Run 2025-11 now" in after  # the page offers the month's run
    assert f"Decision on {ident} recorded." in client.get(f"/?decided={ident}").text


@pytest.mark.parametrize("role", ["viewer", "user"])
def test_a_role_that_may_not_edit_sees_the_queue_and_gets_403_on_a_decision(auth_manager, queued_db, role):
    client = client_as(auth_manager, "vasyl", role)
    html = client.get("/").text
    ident = item_id(queued_db)
    assert "deciding needs an Airflow role that may edit" in html
    fields = form_of(html, ident)  # even with a valid token of its own
    for action in ("accept", "reject"):
        done = client.post(f"/review/{ident}/{action}", data=fields)
        assert done.status_code == 403 and "may see the review queue but not decide" in done.text
    assert client.post("/review/run", data={"month": "2025-11", "csrf_token": fields["csrf_token"]}).status_code == 403
    assert decisions(queued_db) == []


def test_a_post_without_or_with_someone_elses_csrf_token_is_refused(auth_manager, queued_db):
    ident = item_id(queued_db)
    admin = client_as(auth_manager, "admin", "admin")
    fields = form_of(admin.get("/").text, ident)
    without = {key: value for key, value in fields.items() if key != "csrf_token"}
    assert admin.post(f"/review/{ident}/reject", data=without).status_code == 403
    assert admin.post(f"/review/{ident}/reject", data={**fields, "csrf_token": "1.forged"}).status_code == 403
    other = client_as(auth_manager, "olena", "op")
    refused = other.post(f"/review/{ident}/reject", data=fields)  # admin's token, olena's session
    assert refused.status_code == 403 and "CSRF token" in refused.text
    assert decisions(queued_db) == []
    # Anonymous: no decision at all (Airflow's own 401/403, before any form is read).
    anonymous = TestClient(ui.create_app(), follow_redirects=False)
    assert anonymous.post(f"/review/{ident}/reject", data=fields).status_code in (401, 403)


def test_a_value_that_fails_validation_is_a_400_page_and_nothing_is_written(auth_manager, queued_db):
    client = client_as(auth_manager, "olena", "op")
    ident = item_id(queued_db)
    fields = form_of(client.get("/").text, ident)
    done = client.post(f"/review/{ident}/accept", data={**fields, "value": "0"})
    assert done.status_code == 400 and "outside the range read" in done.text
    done = client.post(f"/review/{ident}/accept", data={**fields, "period": "<b>2025</b>"})
    assert done.status_code == 400 and "<b>" not in done.text and "&lt;b&gt;" in done.text
    assert decisions(queued_db) == []
