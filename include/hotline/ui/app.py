"""The Hotline Watch page's FastAPI app, which Airflow mounts at `/hotline-watch`.

What it serves:
- `GET /`: one HTML page (`render`): the demo banner, per series an inline SVG chart and the monthly
  table, the review queue, the alert history (filterable by links), the latest quarantine entries,
  the findings;
- `GET /api/series` and `GET /api/alerts`: the same data as JSON;
- `GET /download/series.csv|json`, `GET /download/alerts.csv|json`: downloads for a logged-in user;
- `POST /review/{id}/accept`, `POST /review/{id}/reject`: a decision (issue 14), for a user whose role
  may edit (`auth.may_decide`), with the form's CSRF token; then back to the queue;
- `POST /review/run`: trigger the month's run of `hotline_monthly` through Airflow's REST API, with
  the caller's own token (so Airflow checks the caller's rights too).

Every route asks Airflow's auth manager who the caller is (`auth`). A busy or missing database gives
a friendly page (and 503 + Retry-After for the API), never a 500.
"""

from __future__ import annotations

import html
import io
import logging
import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Annotated, Any
from urllib.parse import urlencode

import duckdb
from fastapi import APIRouter, FastAPI, Form, HTTPException, Query, Request, status
from fastapi.encoders import jsonable_encoder
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from hotline import review, store
from hotline.store import reviews
from hotline.tables import SERIES_COLUMNS, series_csv_text, without_demo_links, write_csv
from hotline.ui.auth import (
    CSRF_FIELD,
    OptionalUserDep,
    UserDep,
    caller_token,
    csrf_ok,
    csrf_token,
    login_redirect,
    may_decide,
    user_name,
    user_role,
)
from hotline.ui.queries import NoDataError, Snapshot, db_path, read_snapshot
from hotline.ui.render import (
    ALERT_FILTERS,
    RETRY_AFTER_S,
    render_message,
    render_page,
    render_review,
    render_unavailable,
)

log = logging.getLogger(__name__)

SERIES_CSV_COLUMNS = SERIES_COLUMNS  # the one shape of the series (`hotline.tables`), as the CLI and export write it
ALERT_CSV_COLUMNS = ("alert_key", "series", "month", "kind", "severity", "status", "created_at", "sent_at",
                     "attempts", "last_error", "message")
MONTHLY_DAG_ID = "hotline_monthly"
# No script may run on this page, whatever ends up in the data; styles are inline; forms post only
# to this app (the review decisions).
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
                               "base-uri 'none'; form-action 'self'; frame-ancestors 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
# What the redirect after an action may say, and the shape each must have to be shown at all (a link
# with any other text in it shows no notice: the page never echoes what a URL says).
QUERY_NOTICES = {
    "decided": re.compile(r"[qw][0-9a-f]{10}"),
    "triggered": re.compile(r"\d{4}-(?:0[1-9]|1[0-2])|(?:manual|scheduled|backfill|asset_triggered)__"
                            r"[0-9A-Za-z:+.\-_]{1,80}"),
}


def notices_of(request: Request) -> dict[str, str]:
    """The redirect's notices (`decided=ID`, `triggered=RUN`), each only when it has its shape."""
    values = {name: request.query_params.get(name, "").strip() for name in QUERY_NOTICES}
    return {name: value if QUERY_NOTICES[name].fullmatch(value) else "" for name, value in values.items()}


def _jsonable_rows(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return jsonable_encoder(list(rows))


def rows_to_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> str:
    """CSV text of `rows` with these columns, through the shared writer (`tables.write_csv`: times in
    UTC with Z, formula-looking text quoted)."""
    out = io.StringIO()
    write_csv(columns, [[row.get(column) for column in columns] for row in rows], out)
    return out.getvalue()


def _unavailable_json(*, busy: bool) -> JSONResponse:
    detail = "database busy: a pipeline task is writing" if busy else "no data yet: run `make demo`"
    return JSONResponse({"detail": detail}, status_code=status.HTTP_503_SERVICE_UNAVAILABLE,
                        headers={"Retry-After": str(RETRY_AFTER_S), "Cache-Control": "no-store"})


def _load() -> Snapshot | tuple[Exception, bool]:
    """The snapshot, or the error and whether it means busy (rather than no data)."""
    try:
        return read_snapshot(db_path())
    except store.DatabaseBusyError as error:
        log.info("Hotline Watch page: %s", error)
        return error, True
    except NoDataError as error:
        return error, False


# --- the app -------------------------------------------------------------------------------------


# Plain `def` endpoints: FastAPI runs them in its thread pool, so the bounded wait for the
# DuckDB lock never blocks the API server's event loop.
router = APIRouter()


@router.get("/", response_class=HTMLResponse)
def page(request: Request, user: OptionalUserDep) -> Response:
    if user is None:
        return login_redirect(request)
    loaded = _load()
    if isinstance(loaded, Snapshot):
        filters = {name: request.query_params.get(name, "") for name in ALERT_FILTERS}
        query = notices_of(request)
        review_html = render_review(loaded, can_decide=may_decide(user), csrf=csrf_token(user),
                                    role=user_role(user), query=query)
        return HTMLResponse(render_page(loaded, filters, review_html=review_html), headers=SECURITY_HEADERS)
    error, busy = loaded
    headers = {**SECURITY_HEADERS, **({"Retry-After": str(RETRY_AFTER_S)} if busy else {})}
    return HTMLResponse(render_unavailable(str(error), busy=busy), headers=headers,
                        status_code=status.HTTP_503_SERVICE_UNAVAILABLE if busy else status.HTTP_200_OK)

@router.post("/review/run")
def trigger_month(request: Request, user: UserDep, month: Annotated[str, Form()] = "",
                  csrf: Annotated[str, Form(alias=CSRF_FIELD)] = "") -> Response:
    refused = _refuse(request, user, csrf)
    if refused is not None:
        return refused
    try:
        review.period_of(month, None)
    except review.DecisionError as error:
        return _message(request, status.HTTP_400_BAD_REQUEST, "Not a month", str(error))
    return _trigger_run(request, month.strip())

@router.post("/review/{item}/{action}")
def decide(request: Request, item: str, action: str, user: UserDep,
           csrf: Annotated[str, Form(alias=CSRF_FIELD)] = "", series: Annotated[str, Form()] = "",
           kind: Annotated[str, Form()] = "", period: Annotated[str, Form()] = "",
           value: Annotated[str, Form()] = "", qualifier: Annotated[str, Form()] = "",
           note: Annotated[str, Form()] = "", confirm: Annotated[str, Form()] = "") -> Response:
    if action not in (review.ACCEPT, review.REJECT):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such action")
    refused = _refuse(request, user, csrf)
    if refused is not None:
        return refused
    try:
        if action == review.ACCEPT:
            text = period.strip()
            named = review.period_of(None if ".." in text or text == "since_launch" else text,
                                     text if ".." in text or text == "since_launch" else None)
            decision = review.Decision(review.ACCEPT, user_name(user), note.strip(), series, kind, named,
                                       review.parse_value(value, kind), qualifier)
        else:
            decision = review.Decision(review.REJECT, user_name(user), note.strip())
        _record(item, decision, confirmed=confirm == "1")
    except review.NeedsConfirmation as error:
        return _confirm_page(request, str(error), {CSRF_FIELD: csrf, "series": series, "kind": kind,
                                                   "period": period, "value": value, "qualifier": qualifier,
                                                   "note": note})
    except review.DecisionError as error:
        return _message(request, status.HTTP_400_BAD_REQUEST, "Not recorded", str(error))
    except store.DatabaseBusyError:
        return _message(request, status.HTTP_503_SERVICE_UNAVAILABLE, "Busy",
                        "a pipeline task is writing to the database; try again in a moment")
    # Relative to /…/review/{item}/{action}: the page, wherever Airflow mounts the app.
    return RedirectResponse(f"../../?{urlencode({'decided': item})}#review",
                            status_code=status.HTTP_303_SEE_OTHER, headers={"Cache-Control": "no-store"})

@router.get("/api/series")
def api_series(user: UserDep) -> Response:
    loaded = _load()
    if not isinstance(loaded, Snapshot):
        return _unavailable_json(busy=loaded[1])
    series = {name: _jsonable_rows(without_demo_links(loaded.months_of(name), loaded.demo))
              for name in loaded.series_names()}
    return JSONResponse({"series": series, "demo": loaded.demo, "read_at": loaded.read_at.isoformat()},
                        headers={"Cache-Control": "no-store"})

@router.get("/api/alerts")
def api_alerts(user: UserDep, status_: Annotated[list[str] | None, Query(alias="status")] = None) -> Response:
    loaded = _load()
    if not isinstance(loaded, Snapshot):
        return _unavailable_json(busy=loaded[1])
    alerts = [a for a in loaded.alerts if not status_ or a["status"] in status_]
    return JSONResponse({"alerts": _jsonable_rows(alerts), "demo": loaded.demo,
                         "read_at": loaded.read_at.isoformat()}, headers={"Cache-Control": "no-store"})

@router.get("/download/{name}")
def download(name: str, user: UserDep) -> Response:
    table, _, fmt = name.partition(".")
    if table not in ("series", "alerts") or fmt not in ("csv", "json"):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such download")
    loaded = _load()
    if not isinstance(loaded, Snapshot):
        return _unavailable_json(busy=loaded[1])
    rows = without_demo_links(loaded.monthly, loaded.demo) if table == "series" else loaded.alerts
    headers = {"Cache-Control": "no-store", "Content-Disposition": f'attachment; filename="hotline-{name}"'}
    if fmt == "json":
        return JSONResponse(_jsonable_rows(rows), headers=headers)
    text = series_csv_text(rows) if table == "series" else rows_to_csv(rows, ALERT_CSV_COLUMNS)
    return Response(text, media_type="text/csv; charset=utf-8", headers=headers)



def create_app() -> FastAPI:
    """The FastAPI app Airflow mounts; every route requires a logged-in Airflow user."""
    app = FastAPI(title="Hotline Watch", docs_url=None, redoc_url=None, openapi_url=None)
    app.include_router(router)
    return app


app = create_app()


# --- review decisions ------------------------------------------------------------------------------


def queue_link(request: Request) -> str:
    """The review queue on the page, relative to the request's path (wherever Airflow mounts the
    app): from `/…/review/{id}/accept` it is `../../#review`, from `/…/review/run` `../#review`."""
    root = request.scope.get("root_path", "") or ""
    path = request.url.path
    inside = path[len(root):] if root and path.startswith(root) else path
    depth = max(0, inside.count("/") - 1)
    return ("../" * depth or "./") + "#review"


def _message(request: Request, code: int, title: str, message: str) -> HTMLResponse:
    return HTMLResponse(render_message(title, message, back=queue_link(request)), status_code=code,
                        headers=SECURITY_HEADERS)


def _confirm_page(request: Request, message: str, fields: dict[str, str]) -> HTMLResponse:
    """The confirm step: what is unusual about the value, and the same decision once more with
    `confirm` set (every value escaped; the form posts to the same address)."""
    hidden = "".join(f'<input type="hidden" name="{html.escape(name)}" value="{html.escape(value)}">'
                     for name, value in {**fields, "confirm": "1"}.items())
    form = (f'<form method="post" action="{html.escape(request.url.path.rsplit("/", 1)[-1])}">{hidden}'
            f'<button type="submit">Yes, record {html.escape(fields.get("value", ""))}</button></form>')
    page = render_message("Confirm the value", message, back=queue_link(request))
    page = page.replace("<p><a href=", f"{form}<p><a href=", 1)
    return HTMLResponse(page, status_code=status.HTTP_409_CONFLICT, headers=SECURITY_HEADERS)


def _refuse(request: Request, user: Any, csrf: str) -> HTMLResponse | None:
    """403 for a role that may not decide, or a missing or wrong CSRF token; None when allowed."""
    if not may_decide(user):
        return _message(request, status.HTTP_403_FORBIDDEN, "Not allowed",
                        f"your Airflow role ({user_role(user)}) may see the review queue but not decide: "
                        "deciding needs a role that may edit (Op or Admin)")
    if not csrf_ok(user, csrf):
        return _message(request, status.HTTP_403_FORBIDDEN, "Refused",
                        "the form's CSRF token is missing, expired or not yours: reload the page and try again")
    return None


def _record(item: str, decision: review.Decision, *, confirmed: bool = False) -> dict[str, Any]:
    path = db_path()
    if not path.is_file():
        raise review.DecisionError("there is no database yet")
    try:
        conn = reviews.connect_writer(path)
    except duckdb.IOException as error:
        raise review.DecisionError(f"the database cannot be opened for writing: {error}") from None
    try:
        return reviews.record_decision(conn, item, decision, datetime.now(UTC), confirmed=confirmed)
    finally:
        conn.close()


def _api_base(request: Request) -> str:
    from airflow.configuration import conf

    base = conf.get("api", "base_url", fallback=None)
    return (base or f"{request.url.scheme}://{request.url.netloc}").rstrip("/")


def _trigger_run(request: Request, month: str) -> Response:
    """Ask Airflow's REST API for a run of the monthly DAG owning `month`, as the caller."""
    import httpx

    token = caller_token(request)
    url = f"{_api_base(request)}/api/v2/dags/{MONTHLY_DAG_ID}/dagRuns"
    try:
        response = httpx.post(url, json={"logical_date": None, "conf": {"month": month}},
                              headers={"Authorization": f"Bearer {token}"}, timeout=30)
    except httpx.HTTPError as error:
        return _message(request, status.HTTP_502_BAD_GATEWAY, "Not triggered", f"Airflow's API did not answer: {error}")
    if response.status_code not in (200, 201):
        detail = response.text[:300]
        return _message(request, status.HTTP_502_BAD_GATEWAY if response.status_code >= 500 else response.status_code,
                        "Not triggered", f"Airflow's API answered {response.status_code}: {detail}")
    run_id = response.json().get("dag_run_id", "")
    # Relative to /…/review/run: the page, wherever Airflow mounts the app.
    return RedirectResponse(f"../?{urlencode({'triggered': run_id})}#review",
                            status_code=status.HTTP_303_SEE_OTHER, headers={"Cache-Control": "no-store"})
