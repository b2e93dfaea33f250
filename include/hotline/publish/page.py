"""`index.html`: the dataset's static page — the chart of each series (PNG, and SVG beside it), the
table with each value's source, the downloads and a short methodology.

No script, no stylesheet or font from elsewhere, relative links only: it opens from any static host
or straight from `file://`. Every text from the data is escaped. Demo data gets a banner, and its
posts are not linked (a demo channel's name does not exist at the real host).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from hotline.chart import esc
from hotline.months import month_name
from hotline.numbers import fmt_int
from hotline.publish import about
from hotline.series import series_label

STYLE = """
body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;margin:0 auto;max-width:1000px;padding:0 18px 40px;
color:#1d2733}
h1{font-size:1.6em;margin:.8em 0 .2em}h2{margin-top:1.6em;border-bottom:1px solid #dde3ea;padding-bottom:.2em}
.demo-banner{background:#c0392b;color:#fff;font-weight:bold;padding:10px 14px;margin:0 -18px;letter-spacing:.02em}
.meta{color:#4a5868}.latest{display:flex;gap:14px;flex-wrap:wrap}.latest div{border:1px solid #dde3ea;
border-radius:6px;padding:8px 14px}.latest strong{font-size:1.4em;display:block}
figure{margin:10px 0}figure img{max-width:100%;height:auto;border:1px solid #eef1f4}
table{border-collapse:collapse;width:100%;font-size:.92em}th,td{border-bottom:1px solid #e7ebf0;padding:4px 8px;
text-align:left;vertical-align:top}td.n{text-align:right;font-variant-numeric:tabular-nums}
.status-revised,.status-reviewed{font-weight:bold}.status-derived{font-style:italic}code{font-size:.9em}
"""


def _utc(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _source_cell(row: Mapping[str, Any], demo: bool) -> str:
    label = f"{row['post_id']} ({row['source_kind']}, {row['language']})"
    if demo or not str(row["source_url"]).startswith(("https://", "http://")):
        return esc(label)
    return f'<a href="{esc(row["source_url"])}" rel="noopener">{esc(label)}</a>'


def _series_table(rows: Sequence[Mapping[str, Any]], demo: bool) -> str:
    head = ("<tr><th>Month</th><th>Requests</th><th>Qualifier</th><th>Status</th><th>Source post</th>"
            "<th>Published</th></tr>")
    body = "".join(
        f'<tr data-month="{esc(row["month"])}"><td>{esc(month_name(row["month"]))}</td>'
        f'<td class="n">{esc(fmt_int(row["requests"]))}</td><td>{esc(row["qualifier"])}</td>'
        f'<td class="status-{esc(row["status"])}">{esc(row["status"])}{" (conflict)" if row["conflict"] else ""}</td>'
        f"<td>{_source_cell(row, demo)}</td><td>{esc(_utc(row['published_at']))}</td></tr>"
        for row in sorted(rows, key=lambda r: r["month"], reverse=True))
    return f"<table><thead>{head}</thead><tbody>{body}</tbody></table>"


def _latest(by_series: Mapping[str, Sequence[Mapping[str, Any]]]) -> str:
    cards = []
    for series, rows in by_series.items():
        last = max(rows, key=lambda r: r["month"])
        cards.append(f'<div class="latest-month" data-series="{esc(series)}" data-month="{esc(last["month"])}">'
                     f"{esc(series_label(series))}, {esc(month_name(last['month']))}"
                     f"<strong>{esc(fmt_int(last['requests']))}</strong>requests ({esc(last['status'])})</div>")
    return f'<section id="latest"><h2>Latest month</h2><div class="latest">{"".join(cards)}</div></section>'


def _downloads(files: Sequence[tuple[str, str]]) -> str:
    items = "".join(f'<li><a href="{esc(name)}">{esc(name)}</a> — {esc(what)}</li>' for name, what in files)
    return f'<section id="downloads"><h2>Downloads</h2><ul>{items}</ul></section>'


def _methodology() -> str:
    parts = "".join(f"<h3>{esc(head)}</h3><p>{esc(text)}</p>" for head, text in about.METHODOLOGY)
    return f'<section id="methodology"><h2>Methodology</h2>{parts}</section>'


def render_page(monthly: Sequence[Mapping[str, Any]], charts: Mapping[str, tuple[str, str]],
                files: Sequence[tuple[str, str]], *, version: str, released_at: datetime, demo: bool) -> str:
    """The page. `charts`: series → (PNG file, SVG file); `files`: (file name, what it holds)."""
    by_series: dict[str, list[Mapping[str, Any]]] = {}
    for row in monthly:
        by_series.setdefault(row["series"], []).append(row)
    title = (f"[{about.DEMO_MARK}] " if demo else "") + about.TITLE
    banner = (f'<div class="demo-banner" role="note">{esc(about.DEMO_MARK)}: {esc(about.DEMO_NOTE)}</div>'
              if demo else "")
    citation = about.CITATION.format(year=released_at.year, version=version)
    sections = []
    for series, rows in by_series.items():
        png, svg = charts[series]
        label = series_label(series)
        sections.append(
            f'<section id="series-{esc(series)}"><h2>{esc(label)}</h2>'
            f'<figure><img class="chart" src="{esc(png)}" alt="{esc(label)}: requests per month" width="880" '
            f'height="462"><figcaption>The chart as <a href="{esc(png)}">PNG</a> and '
            f'<a href="{esc(svg)}">SVG</a>.</figcaption></figure>{_series_table(rows, demo)}</section>')
    empty = "" if by_series else "<p>No months published yet.</p>"
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><style>{STYLE}</style></head><body>'
        f"{banner}<header><h1>{esc(title)}</h1><p class=\"meta\">Version <span id=\"version\">{esc(version)}"
        f"</span>, published {esc(_utc(released_at))}. License: <a href=\"{esc(about.LICENSE['path'])}\">"
        f"{esc(about.LICENSE['title'])}</a>. Feed: <a href=\"feed.xml\">Atom</a>. "
        f'Changes: <a href="CHANGELOG.md">CHANGELOG.md</a>.</p><p>{esc(about.DESCRIPTION)}</p>'
        f"<p class=\"meta\">Cite as: {esc(citation)}</p></header>"
        f"{_latest(by_series) if by_series else ''}{''.join(sections)}{empty}{_downloads(files)}{_methodology()}"
        "</body></html>\n")
