"""The "Hotline Watch" page: a small FastAPI app that Airflow mounts at `/hotline-watch`.

What it serves:
- `GET /`: one HTML page, rendered entirely on the server (the machine may be offline and the page
  needs no JavaScript): the demo banner (for demo data), per series an inline SVG chart (axis
  titles, values, alert-level records apart from the trend's, a legend of what is drawn) and the
  monthly table, the alert history (filterable by links: `?status=`, `?kind=`, `?severity=`,
  `?series=`), the latest quarantine entries and the findings;
- `GET /api/series` and `GET /api/alerts`: the same data as JSON;
- `GET /download/series.csv|json`, `GET /download/alerts.csv|json`: downloads for a logged-in user.

Demo posts are linked on the local demo server (`HOTLINE_TELEGRAM_BASE_URL`), never on t.me,
where no such channel exists and anyone could register its name.

Security:
- Airflow does not authenticate plugin routes, so every route here asks Airflow's own auth manager
  who the caller is: the JWT from `Authorization: Bearer …` or from the UI's `_token` cookie,
  through `airflow.api_fastapi.core_api.security.get_user` (the function the core API uses).
  Anonymous or invalid → 401/403 for the API, a redirect to Airflow's login page for the HTML.
- Every piece of text from the database (post text, evidence, messages, URLs) is HTML-escaped;
  only absolute http(s) URLs become links. A strict Content-Security-Policy (no scripts at all)
  is a second line of defence.

Reading never gets in the pipeline's way: DuckDB allows one writing process, and a reader holds
a shared lock, so the page opens the file read-only through `store.connect_reader` with a short,
bounded wait, copies the rows into plain Python values, and closes before rendering. A busy or
missing database gives a friendly page (and 503 + Retry-After for the API), never a 500.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode, urlsplit

import duckdb
from fastapi import Depends, FastAPI, HTTPException, Query, Request, status
from fastapi.encoders import jsonable_encoder
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from hotline import store
from hotline.chart import LEGEND, drawn_marks, esc, legend_symbol, svg_chart
from hotline.demo import DEMO_CHANNEL, demo_post_url
from hotline.message import compose_title, month_words
from hotline.numbers import fmt_int
from hotline.series import configured_series, series_label
from hotline.settings import Settings

log = logging.getLogger(__name__)

# Series shown first and their human names; any other series in the database follows.
# The offline demo channel (see hotline.demo.DEMO_CHANNEL); its data gets a "this is a demo" note.

OPEN_ALERT_STATUSES = ("pending", "failed")
# The alert history's filters: query parameter → the alert column it filters on.
ALERT_FILTERS = ("status", "kind", "severity", "series")
SERIES_CSV_COLUMNS = ("series", "month", "requests", "qualifier", "source_url", "published_at", "source", "official",
                      "derived", "record_claimed", "status")
ALERT_CSV_COLUMNS = ("alert_key", "series", "month", "kind", "severity", "status", "created_at", "sent_at",
                     "attempts", "last_error", "message")
MARKED_ALERT_KINDS = ("record_high", "unusual_jump")
QUARANTINE_LIMIT = 50
TOTALS_LIMIT = 8
FINDINGS_LIMIT = 100
SOURCE_FAILURES_LIMIT = 20
# A page view waits at most ~2 s for a writer before saying "busy": long enough to ride out a
# short write, short enough that a waiting browser does not look hung.
READ_ATTEMPTS = 8
READ_DELAY_S = 0.25
RETRY_AFTER_S = 10
# No script may run on this page, whatever ends up in the data; styles are inline.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
                               "base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


# --- reading -------------------------------------------------------------------------------------


class NoDataError(RuntimeError):
    """The database file does not exist yet, or has no schema (the pipeline never ran)."""


@dataclass(frozen=True)
class Snapshot:
    """Everything the page shows, copied out of DuckDB as plain Python values."""

    monthly: list[dict[str, Any]]
    alerts: list[dict[str, Any]]
    quarantine: list[dict[str, Any]]
    findings: list[dict[str, Any]]
    demo: bool
    totals: list[dict[str, Any]] = field(default_factory=list)
    read_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    source_failures: list[dict[str, Any]] = field(default_factory=list)

    def series_names(self) -> list[str]:
        """Known series first (even when empty), then any other series found in the data."""
        found = {row["series"] for row in self.monthly}
        configured = configured_series()
        return [*configured, *sorted(found - set(configured))]

    def months_of(self, series: str) -> list[dict[str, Any]]:
        """The monthly rows of one series, oldest first."""
        return [row for row in self.monthly if row["series"] == series]

    def open_alerts(self) -> list[dict[str, Any]]:
        """Alerts still to be delivered (pending) or whose delivery failed."""
        return [alert for alert in self.alerts if alert["status"] in OPEN_ALERT_STATUSES]


def db_path() -> Path:
    """The DuckDB file, read from the environment on every request (never cached at import)."""
    return Settings.from_env().db_path


def read_snapshot(path: Path, *, attempts: int | None = None, delay_s: float | None = None) -> Snapshot:
    """Copy the page's rows out of DuckDB, holding the read-only connection as briefly as possible.

    Raises `NoDataError` when there is nothing to read yet and `store.DatabaseBusyError` when a
    writer keeps the file locked past the bounded wait.
    """
    if not path.is_file():
        raise NoDataError(f"{path} does not exist yet")
    try:
        conn = store.connect_reader(path, attempts=attempts or READ_ATTEMPTS,
                                    delay_s=READ_DELAY_S if delay_s is None else delay_s)
    except duckdb.IOException as error:  # e.g. deleted between the check and the open
        raise NoDataError(str(error)) from error
    try:
        return _query_snapshot(conn)
    except duckdb.CatalogException as error:  # a file without the schema
        raise NoDataError(str(error)) from error
    finally:
        conn.close()


def _rows(conn: store.Connection, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, list(params))
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _query_snapshot(conn: store.Connection) -> Snapshot:
    monthly = _rows(
        conn,
        "SELECT series, strftime(month, '%Y-%m') AS month, requests, qualifier, source_url, published_at,"
        " source, post_id, official, derived, record_claimed, status FROM monthly_counts"
        " ORDER BY series, month",
    )
    alerts = store.load_alerts(conn)
    quarantine = _rows(
        conn,
        "SELECT quarantined_at, source, post_id, stage, rule, message, evidence, series, period, post_url"
        " FROM quarantine ORDER BY quarantined_at DESC, post_id DESC LIMIT ?",
        [QUARANTINE_LIMIT],
    )
    findings = _rows(
        conn,
        "SELECT finding_key, series, strftime(month, '%Y-%m') AS month, rule, severity, message, urls,"
        " found_at FROM findings ORDER BY found_at DESC, finding_key LIMIT ?",
        [FINDINGS_LIMIT],
    )
    demo = conn.execute(
        "SELECT EXISTS (SELECT 1 FROM raw_posts WHERE channel = ?)"
        " OR EXISTS (SELECT 1 FROM monthly_counts WHERE source_url LIKE ?)",
        [DEMO_CHANNEL, f"%/{DEMO_CHANNEL}/%"],
    ).fetchone()[0]
    # Totals the sources state (running totals since launch, totals over a span of months): shown as
    # what they are, never as a month of the series.
    totals = _rows(
        conn,
        "SELECT series, kind, period, value, qualifier, post_url, published_at FROM observations"
        " WHERE kind IN ('cumulative_total', 'period_total') AND status = 'accepted'"
        " ORDER BY series, kind DESC, published_at DESC, period",
    )
    for alert in alerts:
        alert["details"] = _json_or_text(alert["details"])
    for finding in findings:
        finding["urls"] = _url_list(finding["urls"])
    return Snapshot(monthly=monthly, alerts=alerts, quarantine=quarantine, findings=findings, demo=bool(demo),
                    source_failures=store.load_source_failures(conn, limit=SOURCE_FAILURES_LIMIT),
                    totals=totals)


def _json_or_text(raw: Any) -> Any:
    if not isinstance(raw, str):
        return raw
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def _url_list(raw: Any) -> list[str]:
    value = _json_or_text(raw)
    if isinstance(value, list):
        return [str(item) for item in value]
    return [str(value)] if value else []


# --- authentication ------------------------------------------------------------------------------


def _auth_manager() -> Any:
    """Airflow's auth manager; the API server has initialized it, a bare app (tests, uvicorn) may not."""
    from airflow.api_fastapi.app import get_auth_manager, init_auth_manager

    try:
        return get_auth_manager()
    except RuntimeError:
        return init_auth_manager()


async def authenticated_user(request: Request) -> Any:
    """The logged-in Airflow user, or HTTP 401/403: Airflow's own `get_user`, cookie or bearer token."""
    # Imported here: the plugin module is also imported by schedulers and workers, which never
    # serve this app and should not pay for the API server's security module.
    from airflow.api_fastapi.core_api.security import bearer_scheme, get_user

    _auth_manager()
    credentials = await bearer_scheme(request)
    return await get_user(request, _oauth_token=None, bearer_credentials=credentials)


async def _user_or_none(request: Request) -> Any:
    try:
        return await authenticated_user(request)
    except HTTPException as error:
        if error.status_code in (status.HTTP_401_UNAUTHORIZED, status.HTTP_403_FORBIDDEN):
            return None
        raise


def login_redirect(request: Request) -> RedirectResponse:
    """Send an anonymous browser to Airflow's login page, coming back here afterwards."""
    login_url = _auth_manager().get_url_login(next_url=str(request.url))
    return RedirectResponse(login_url, status_code=status.HTTP_303_SEE_OTHER, headers={"Cache-Control": "no-store"})


UserDep = Annotated[Any, Depends(authenticated_user)]
OptionalUserDep = Annotated[Any, Depends(_user_or_none)]


# --- HTML helpers --------------------------------------------------------------------------------


def safe_url(url: Any) -> str | None:
    """The URL if it is an absolute http(s) URL without control characters, else None."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    if not url or any(ord(char) < 32 or char == "\x7f" for char in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def link(url: Any, text: Any = None) -> str:
    """An escaped link for http(s) URLs; anything else is shown as escaped plain text."""
    label = esc(text if text is not None else url)
    href = safe_url(url)
    if href is None:
        return label
    return f'<a href="{esc(href)}" rel="noopener noreferrer nofollow" target="_blank">{label}</a>'


def source_link(url: Any, text: Any = None) -> str:
    """A source post's link: demo posts on the local demo server (never t.me), or plain text
    saying so when no demo server is configured."""
    shown = demo_post_url(url, Settings.from_env().telegram_base_url) if isinstance(url, str) else url
    if shown is None:
        tail = str(url).rstrip("/").rsplit("/", 1)[-1]
        return f'<span class="demo-link">demo post {esc(tail)} (served by the local demo channel only)</span>'
    return link(shown, text if text is not None else (shown if shown != url else None))


def fmt_time(value: Any) -> str:
    """A timestamp as 'YYYY-MM-DD HH:MM' (UTC when aware)."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value.strftime("%Y-%m-%d %H:%M")
    return esc(value)


def _table(headers: Iterable[str], rows: Iterable[Iterable[str]], empty: str) -> str:
    """An HTML table; the cells must already be escaped HTML."""
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    if not body:
        return f'<p class="empty">{esc(empty)}</p>'
    head = "".join(f"<th>{esc(name)}</th>" for name in headers)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


# --- the page ------------------------------------------------------------------------------------

STYLE = """
body{font-family:system-ui,sans-serif;margin:1.5rem;color:#1d2733;max-width:1280px}
h1{margin:0 0 .25rem}h2{margin-top:2rem;border-bottom:1px solid #d5dbe3;padding-bottom:.25rem}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0}
th,td{border:1px solid #d5dbe3;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f5f8}.num{font-variant-numeric:tabular-nums;white-space:nowrap}
.chart{max-width:760px;font-size:11px}.chart text{fill:#4a5868}.grid{stroke:#e3e8ee}
.line{fill:none;stroke:#2471a3;stroke-width:2}.point{fill:#2471a3}
.tag{display:inline-block;border-radius:3px;padding:0 .3rem;margin-right:.2rem;font-size:.8rem;background:#e8edf2}
.tag.conflict,.tag.failed{background:#f5c6c0}.tag.derived,.tag.pending{background:#fbe3b5}
.legend span{margin-right:1rem;white-space:nowrap}.legend svg{vertical-align:middle;margin-right:.2rem}
.empty{color:#6b7785}.note{color:#6b7785;font-size:.85rem;margin-top:2rem}
.chart .axis-title{font-size:12px;fill:#1d2733}.chart .value{font-size:11px}
.banner{background:#fdecea;border:2px solid #c0392b;border-radius:4px;padding:.6rem .8rem;margin:.5rem 0 1rem}
.banner strong{color:#a93226}.filters a,.downloads a{margin-right:.6rem}.filters .on{font-weight:bold}
.tag.sent{background:#cdeccf}.tag.suppressed,.tag.recorded{background:#e8edf2;color:#4a5868}
.sev-alert{color:#a93226;font-weight:bold}.sev-warning{color:#b9770e}
pre{white-space:pre-wrap;margin:.3rem 0 0;font-size:.85rem}summary{cursor:pointer}
#alert-history td:nth-child(9){min-width:16rem}
"""


def _document(title: str, body: str, *, refresh_s: int | None = None) -> str:
    refresh = f'<meta http-equiv="refresh" content="{int(refresh_s)}">' if refresh_s else ""
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8">{refresh}'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{esc(title)}</title><style>{STYLE}</style></head><body>{body}</body></html>")


def _tags(row: dict[str, Any]) -> str:
    tags = [row["status"]]
    if row.get("derived"):
        tags.append("derived")
    if row.get("record_claimed"):
        tags.append("record claimed")
    if not row.get("official", True):
        tags.append("unofficial")
    return "".join(f'<span class="tag {esc(tag.replace(" ", "_"))}">{esc(tag)}</span>' for tag in tags)


def _count_text(value: Any, qualifier: str | None) -> str:
    prefix = {"over": "over ", "about": "about "}.get(qualifier or "exact", "")
    return f"{prefix}{fmt_int(value)}"


def _total_label(total: dict[str, Any]) -> str:
    """'running total since launch' or 'Jan 2024 – Dec 2024 in all' (a span, not a month)."""
    if total["kind"] == "cumulative_total":
        return "running total since launch"
    first, _, last = str(total["period"]).partition("..")
    try:
        return f"{month_words(first)} – {month_words(last)}, in all" if last else f"{month_words(first)}, in all"
    except ValueError:
        return str(total["period"])


def _series_section(snapshot: Snapshot, series: str) -> str:
    months = snapshot.months_of(series)
    marked = [a for a in snapshot.alerts if a["series"] == series and a["kind"] in MARKED_ALERT_KINDS]
    rows = [
        [esc(row["month"]), f'<span class="num">{esc(fmt_int(row["requests"]))}</span>', esc(row["qualifier"]),
         source_link(row["source_url"]), _tags(row)]
        for row in reversed(months)  # newest first: that is what people come to check
    ]
    totals = [t for t in snapshot.totals if t["series"] == series][:TOTALS_LIMIT]
    total_rows = [[esc(_total_label(t)), f'<span class="num">{esc(_count_text(t["value"], t["qualifier"]))}</span>',
                   fmt_time(t["published_at"]), source_link(t["post_url"])] for t in totals]
    totals_html = ("<h3>Totals stated by the source <small>(not months)</small></h3>"
                   + _table(("What", "Requests in all", "Stated", "Source"), total_rows, "")) if total_rows else ""
    # The legend lists only what this chart draws.
    legend = "".join(f'<span class="legend-{mark}">{legend_symbol(mark)}{esc(LEGEND[mark])}</span>'
                     for mark in drawn_marks(months, marked))
    return (f'<section id="series-{esc(series)}"><h2>{esc(series_label(series))} <small>({esc(series)})</small></h2>'
            f"{svg_chart(series, months, marked)}" + (f'<p class="legend">{legend}</p>' if legend else "")
            + _table(("Month", "Requests", "Qualifier", "Source", "Status"), rows, "No months recorded yet.")
            + totals_html + "</section>")


def filter_alerts(alerts: Iterable[dict[str, Any]], filters: dict[str, str]) -> list[dict[str, Any]]:
    """The alerts matching every given filter (status, kind, severity, series), newest month first."""
    chosen = [a for a in alerts if all(str(a.get(name)) == value for name, value in filters.items() if value)]
    return sorted(chosen, key=lambda a: (a["month"], str(a["created_at"])), reverse=True)


def _filter_links(snapshot: Snapshot, filters: dict[str, str]) -> str:
    """Links that narrow the history (no script and no form: the page runs without either)."""
    out = []
    for name in ALERT_FILTERS:
        values = sorted({str(a[name]) for a in snapshot.alerts})
        if not values:
            continue
        links = []
        for value in ["", *values]:
            query = {k: v for k, v in {**filters, name: value}.items() if v}
            label = "all" if not value else (series_label(value) if name == "series" else value)
            on = ' class="on"' if filters.get(name, "") == value else ""
            links.append(f'<a{on} href="?{esc(urlencode(query))}#alert-history">{esc(label)}</a>')
        out.append(f"<span>{esc(name)}: {' '.join(links)}</span>")
    return f'<p class="filters">{" · ".join(out)}</p>' if out else ""


def _alerts_section(snapshot: Snapshot, filters: dict[str, str] | None = None) -> str:
    filters = {k: v for k, v in (filters or {}).items() if k in ALERT_FILTERS and v}
    rows = [
        [f'<span class="num">{esc(a["month"])}</span>', esc(series_label(a["series"])), esc(a["kind"]),
         f'<span class="sev-{esc(a["severity"])}">{esc(a["severity"])}</span>',
         f'<span class="tag {esc(a["status"])}">{esc(a["status"])}</span>',
         f'<span class="num">{fmt_time(a["created_at"])}</span>',
         f'<span class="num">{fmt_time(a["sent_at"])}</span>' if a.get("sent_at") else "", esc(a["attempts"]),
         # The headline as delivered; the full text one click away (<details> needs no script).
         f"<details><summary>{esc(compose_title(a))}</summary><pre>{esc(a['message'])}</pre></details>",
         esc(a["last_error"])]
        for a in filter_alerts(snapshot.alerts, filters)
    ]
    headers = ("Month", "Series", "Kind", "Severity", "Status", "Created (UTC)", "Sent (UTC)", "Attempts",
               "What (click for the full text)", "Last delivery error")
    shown = f"{len(rows)} of {len(snapshot.alerts)}"
    return (f'<section id="alert-history"><h2>Alert history <small>({esc(shown)})</small></h2>'
            + _filter_links(snapshot, filters)
            + _table(headers, rows, "No alerts match." if filters else "No alerts yet.") + "</section>")


def _quarantine_section(snapshot: Snapshot) -> str:
    rows = [
        [fmt_time(q["quarantined_at"]), source_link(q["post_url"], q["post_id"]), esc(q["stage"]), esc(q["rule"]),
         esc(q["message"]), f"<pre>{esc(q['evidence'])}</pre>"]
        for q in snapshot.quarantine
    ]
    headers = ("When", "Post", "Stage", "Rule", "Message", "Evidence")
    return (f"<section><h2>Quarantine <small>(latest {QUARANTINE_LIMIT})</small></h2>"
            + _table(headers, rows, "Nothing quarantined.") + "</section>")


def _findings_section(snapshot: Snapshot) -> str:
    rows = [
        [fmt_time(f["found_at"]), esc(series_label(f["series"])), esc(f["month"]),
         esc(f["rule"]), esc(f["severity"]), esc(f["message"]), "<br>".join(source_link(url) for url in f["urls"])]
        for f in snapshot.findings
    ]
    conflicts = [row for row in snapshot.monthly if row["status"] == "conflict"]
    note = ""
    if conflicts:
        months = ", ".join(f"{series_label(r['series'])} {r['month']}" for r in conflicts)
        note = f"<p>Months in conflict: {esc(months)}</p>"
    headers = ("Found", "Series", "Month", "Rule", "Severity", "Message", "Sources")
    return ("<section><h2>Findings and conflicts</h2>" + note
            + _table(headers, rows, "No findings.") + "</section>")


def _source_failures_section(snapshot: Snapshot) -> str:
    """Sources that could not be read (issue 16): when, which, why; empty sources list nothing."""
    if not snapshot.source_failures:
        return ""
    rows = [[fmt_time(f["failed_at"]), esc(f["month"]), esc(f["name"]), "official" if f["official"] else "news",
             esc(f["error"])] for f in snapshot.source_failures]
    headers = ("When", "Month", "Source", "Kind", "Error")
    return (f"<section><h2>Sources that failed <small>(latest {SOURCE_FAILURES_LIMIT})</small></h2>"
            + _table(headers, rows, "") + "</section>")


def _demo_banner(snapshot: Snapshot) -> str:
    if not snapshot.demo:
        return ""
    return (f'<div class="banner" role="note"><strong>Demo data.</strong> These figures come from the bundled demo '
            f"channel ({esc(DEMO_CHANNEL)}): a series modeled on the real one, not the real series; its posts are "
            "generated, not published, and its links open on the local demo server.</div>")


def _downloads() -> str:
    files = (("series.csv", "series (CSV)"), ("series.json", "series (JSON)"), ("alerts.csv", "alerts (CSV)"),
             ("alerts.json", "alerts (JSON)"))
    links = " ".join(f'<a href="download/{name}" download>{esc(label)}</a>' for name, label in files)
    return f'<p class="downloads">Download: {links}</p>'


def render_page(snapshot: Snapshot, filters: dict[str, str] | None = None) -> str:
    """The whole page for a snapshot, every database value escaped; `filters` narrow the alert history."""
    footer = f"Read {fmt_time(snapshot.read_at)} UTC from the Hotline Watch database."
    body = (
        "<h1>Hotline Watch</h1>" + _demo_banner(snapshot)
        + "<p>Monthly requests to the «Хочу найти» and «Хочу жить» hotlines.</p>" + _downloads()
        + "".join(_series_section(snapshot, series) for series in snapshot.series_names())
        + _alerts_section(snapshot, filters) + _quarantine_section(snapshot) + _findings_section(snapshot)
        + _source_failures_section(snapshot)
        + f'<p class="note">{footer}</p>'
    )
    return _document("Hotline Watch", body)


def render_unavailable(reason: str, *, busy: bool) -> str:
    """The friendly page for a busy database or one that has no data yet."""
    if busy:
        text = ("The pipeline is writing to the database right now. This page reloads by itself in "
                f"{RETRY_AFTER_S} seconds.")
    else:
        text = "There is no data yet. Run <code>make demo</code> (or trigger the pipeline) and reload."
    body = (f"<h1>Hotline Watch</h1><p><strong>{'Busy' if busy else 'No data yet'}.</strong> {text}</p>"
            f'<p class="note">{esc(reason)}</p>')
    return _document("Hotline Watch", body, refresh_s=RETRY_AFTER_S if busy else None)


# --- JSON ----------------------------------------------------------------------------------------


def _jsonable_rows(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return jsonable_encoder(list(rows))


def rows_to_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> str:
    """CSV text of `rows` with these columns (timestamps in ISO 8601, as the CLI prints them)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([value.isoformat() if isinstance(value := row.get(column), datetime) else value
                         for column in columns])
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


def create_app() -> FastAPI:
    """The FastAPI app Airflow mounts; every route requires a logged-in Airflow user."""
    app = FastAPI(title="Hotline Watch", docs_url=None, redoc_url=None, openapi_url=None)

    # Plain `def` endpoints: FastAPI runs them in its thread pool, so the bounded wait for the
    # DuckDB lock never blocks the API server's event loop.
    @app.get("/", response_class=HTMLResponse)
    def page(request: Request, user: OptionalUserDep) -> Response:
        if user is None:
            return login_redirect(request)
        loaded = _load()
        if isinstance(loaded, Snapshot):
            filters = {name: request.query_params.get(name, "") for name in ALERT_FILTERS}
            return HTMLResponse(render_page(loaded, filters), headers=SECURITY_HEADERS)
        error, busy = loaded
        headers = {**SECURITY_HEADERS, **({"Retry-After": str(RETRY_AFTER_S)} if busy else {})}
        return HTMLResponse(render_unavailable(str(error), busy=busy), headers=headers,
                            status_code=status.HTTP_503_SERVICE_UNAVAILABLE if busy else status.HTTP_200_OK)

    @app.get("/api/series")
    def api_series(user: UserDep) -> Response:
        loaded = _load()
        if not isinstance(loaded, Snapshot):
            return _unavailable_json(busy=loaded[1])
        series = {name: _jsonable_rows(loaded.months_of(name)) for name in loaded.series_names()}
        return JSONResponse({"series": series, "demo": loaded.demo, "read_at": loaded.read_at.isoformat()},
                            headers={"Cache-Control": "no-store"})

    @app.get("/api/alerts")
    def api_alerts(user: UserDep, status_: Annotated[list[str] | None, Query(alias="status")] = None) -> Response:
        loaded = _load()
        if not isinstance(loaded, Snapshot):
            return _unavailable_json(busy=loaded[1])
        alerts = [a for a in loaded.alerts if not status_ or a["status"] in status_]
        return JSONResponse({"alerts": _jsonable_rows(alerts), "demo": loaded.demo,
                             "read_at": loaded.read_at.isoformat()}, headers={"Cache-Control": "no-store"})

    @app.get("/download/{name}")
    def download(name: str, user: UserDep) -> Response:
        table, _, fmt = name.partition(".")
        if table not in ("series", "alerts") or fmt not in ("csv", "json"):
            raise HTTPException(status.HTTP_404_NOT_FOUND, "no such download")
        loaded = _load()
        if not isinstance(loaded, Snapshot):
            return _unavailable_json(busy=loaded[1])
        rows = loaded.monthly if table == "series" else loaded.alerts
        columns = SERIES_CSV_COLUMNS if table == "series" else ALERT_CSV_COLUMNS
        headers = {"Cache-Control": "no-store", "Content-Disposition": f'attachment; filename="hotline-{name}"'}
        if fmt == "json":
            return JSONResponse(_jsonable_rows(rows), headers=headers)
        return Response(rows_to_csv(rows, columns), media_type="text/csv; charset=utf-8", headers=headers)

    return app


app = create_app()
