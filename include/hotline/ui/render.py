"""The Hotline Watch page's HTML, rendered entirely on the server (the page needs no JavaScript).

The document and the review queue are Jinja2 templates (`templates/`, autoescaped: every value is
escaped unless it is already-escaped `Markup`); the series, alert, quarantine and findings sections
are built by the functions below, which escape every database value with `esc`. Only absolute
http(s) URLs become links. Post links follow the settings, as the alerts' do
(`delivery.post_link_for`): a channel served elsewhere (`HOTLINE_TELEGRAM_BASE_URL`, the demo's
loopback server) is linked there; demo data (`HOTLINE_DEMO`) is never linked on t.me, where no
such channel exists.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from functools import cache
from typing import Any
from urllib.parse import urlencode, urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from hotline import review
from hotline.chart import LEGEND, MARKED_ALERT_KINDS, drawn_marks, esc, legend_symbol, svg_chart
from hotline.delivery import post_link_for
from hotline.message import compose_title
from hotline.months import month_name
from hotline.numbers import fmt_int
from hotline.records import FACT_KINDS, QUALIFIERS
from hotline.series import configured_series, series_label
from hotline.settings import Settings
from hotline.ui.queries import QUARANTINE_LIMIT, SOURCE_FAILURES_LIMIT, Snapshot

__all__ = ["link", "render_page", "render_unavailable", "safe_url", "source_link", "svg_chart"]

# The alert history's filters: query parameter → the alert column it filters on.
ALERT_FILTERS = ("status", "kind", "severity", "series")
TOTALS_LIMIT = 8
RETRY_AFTER_S = 10


@cache
def templates() -> Environment:
    """The page's Jinja2 templates, autoescaped (HTML), loaded once from the package."""
    return Environment(loader=PackageLoader("hotline.ui", "templates"), autoescape=select_autoescape(["html"]),
                       trim_blocks=True, lstrip_blocks=True)


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
    """A source post's link: on the server the channel is read from, or plain text saying a demo
    post is served by the local demo channel only (never a t.me link for demo data)."""
    shown = post_link_for(Settings.from_env())(url) if isinstance(url, str) else url
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
.review-item{border:1px solid #d5dbe3;border-radius:4px;padding:.4rem .8rem;margin:.6rem 0}
.review-item h3{margin:.2rem 0;font-size:1rem}.review-item form{margin:.35rem 0}.review-item label{margin-right:.6rem}
blockquote.post{margin:.4rem 0;padding:.4rem .6rem;background:#f7f9fb;border-left:3px solid #2471a3;
white-space:pre-wrap}
mark{background:#fde68a;padding:0 .1rem}.notice{background:#e8f4ea;border:1px solid #7bb77f;padding:.4rem .6rem}
.tag.open{background:#fbe3b5}.tag.reviewed{background:#d6e4f5}.tag.flagged{background:#f5c6c0}.run-month{margin:.3rem 0}
"""


def _document(title: str, body: str, *, refresh_s: int | None = None) -> str:
    # `body` is HTML this module built (every value escaped); the template escapes the rest.
    return templates().get_template("base.html").render(title=title, body=Markup(body), style=Markup(STYLE),
                                                        refresh_s=int(refresh_s) if refresh_s else None)


def _tags(row: dict[str, Any]) -> str:
    tags = [row["status"]]
    if row.get("derived"):
        tags.append("derived")
    if row.get("record_claimed"):
        tags.append("record claimed")
    if not row.get("official", True):
        tags.append("unofficial")
    if row.get("source") == review.REVIEW_SOURCE:
        tags.append("reviewed")  # a person's decision (issue 14)
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
        return f"{month_name(first)} – {month_name(last)}, in all" if last else f"{month_name(first)}, in all"
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
    return ('<div class="banner" role="note"><strong>Demo data.</strong> These figures come from the bundled demo '
            "channel: a series modeled on the real one, not the real series; its posts are "
            "generated, not published, and its links open on the local demo server.</div>")


def _downloads() -> str:
    files = (("series.csv", "series (CSV)"), ("series.json", "series (JSON)"), ("alerts.csv", "alerts (CSV)"),
             ("alerts.json", "alerts (JSON)"))
    links = " ".join(f'<a href="download/{name}" download>{esc(label)}</a>' for name, label in files)
    return f'<p class="downloads">Download: {links}</p>'


def render_page(snapshot: Snapshot, filters: dict[str, str] | None = None, *, review_html: str = "") -> str:
    """The whole page for a snapshot, every database value escaped; `filters` narrow the alert history;
    `review_html` is the review queue (`render_review`), placed after the series."""
    footer = f"Read {fmt_time(snapshot.read_at)} UTC from the Hotline Watch database."
    body = (
        "<h1>Hotline Watch</h1>" + _demo_banner(snapshot)
        + "<p>Monthly requests to the «Хочу найти» and «Хочу жить» hotlines.</p>" + _downloads()
        + "".join(_series_section(snapshot, series) for series in snapshot.series_names())
        + review_html + _alerts_section(snapshot, filters) + _quarantine_section(snapshot) + _findings_section(snapshot)
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


# --- the review queue (issue 14) -------------------------------------------------------------------


def review_notice(snapshot: Snapshot, query: dict[str, str]) -> str:
    """What the last action did, from the redirect's query (`decided=ID`, `triggered=RUN`), in words
    built here from stored data: nothing the query says is shown as it came."""
    if query.get("triggered"):
        return f"Run {query['triggered']} of hotline_monthly triggered: the decision counts once it has finished."
    decided = query.get("decided")
    if decided:
        return f"Decision on {decided} recorded."
    return ""


def render_review(snapshot: Snapshot, *, can_decide: bool, csrf: str, role: str, query: dict[str, str],
                  flash: str = "") -> str:
    """The review queue: each item's post with its numbers marked, its source link, the machine's reason
    and guess pre-filled in an accept form, a reject form; and the runs that would apply accepted
    decisions. Rendered from `templates/review.html` (autoescaped)."""
    items = [{
        "item": item, "segments": review.highlight_segments(item.text),
        "source": Markup(source_link(item.post_url, item.post_id)) if item.post_url else item.post_id,
        "published": fmt_time(item.published_at) if item.published_at else "",
        "guess_value": "" if item.guess.value is None else f"{item.guess.value:g}",
        "decided_by": (item.decision or {}).get("reviewer"),
    } for item in snapshot.review_items]
    return templates().get_template("review.html").render(
        items=items, can_decide=can_decide, csrf_field="csrf_token", csrf=csrf, role=role,
        series_choices=[(series, series_label(series)) for series in configured_series()],
        kinds=FACT_KINDS, qualifiers=QUALIFIERS, pending_months=snapshot.review_pending_months,
        notice=flash or review_notice(snapshot, query))


def render_message(title: str, message: str, *, back: str = "./#review") -> str:
    """A short page for a refused or failed action (403, 400, 503), with a link back to the queue."""
    body = templates().get_template("message.html").render(title=title, message=message, back=back)
    return _document(f"Hotline Watch: {title}", body)
