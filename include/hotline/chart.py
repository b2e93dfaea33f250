"""SVG charts of a monthly series for the Hotline Watch page, drawn on the server (no JavaScript, no
CDN: the UI runs offline). Pure: rows in, SVG text out. (Alerts carry a PNG: see `chart_png`.)

What is drawn says what it is: alert-level records (filled red triangles, value printed) differ
from the info-level records a growing series sets every month (small hollow triangles); jumps are
orange diamonds with their value; months derived from a stated change are hollow points; the
latest month's value is printed. `drawn_marks` tells the page which of these appear, so its legend
lists only what is drawn. Every point has its month and value on hover (an SVG <title>).
"""

from __future__ import annotations

import html
from typing import Any

from hotline.detect import RECORD_HIGH, UNUSUAL_JUMP
from hotline.months import month_index
from hotline.numbers import fmt_int
from hotline.series import series_label

__all__ = ["LEGEND", "drawn_marks", "esc", "fmt_int", "svg_chart"]


def esc(value: Any) -> str:
    """Text for HTML/SVG (content or a quoted attribute); None becomes an empty string."""
    return "" if value is None else html.escape(str(value), quote=True)


CHART_W, CHART_H = 760, 300
PAD_L, PAD_R, PAD_T, PAD_B = 78, 40, 26, 58
RECORD_RED, JUMP_ORANGE, TREND_GREY, LINE_BLUE = "#c0392b", "#d35400", "#7f8c8d", "#2471a3"
# The alert kinds a chart marks on their month (the page filters and labels the same ones).
MARKED_ALERT_KINDS = (RECORD_HIGH, UNUSUAL_JUMP)
# Mark id → legend text (the page shows the symbol beside it).
LEGEND = {
    "point": "month (hover for its value)",
    "derived": "derived month (implied by the next month's stated change; about)",
    "record_alert": "record high: alert (value printed)",
    "record_info": "record high: notice (the series' trend)",
    "unusual_jump": "unusual jump or drop (value printed)",
}


def _y_ticks(top: float, count: int = 4) -> list[int]:
    step = max(1, int(top / count))
    magnitude = 10 ** (len(str(step)) - 1)
    step = -(-step // magnitude) * magnitude  # round the step up to one significant digit
    return list(range(0, int(top) + 1, step))


def _marks_by_month(months: list[dict[str, Any]], alerts: list[dict[str, Any]]) -> dict[str, str]:
    """The one mark each month gets (the loudest): alert-level record > jump > notice record."""
    present = {row["month"] for row in months}
    rank = {"record_alert": 3, "unusual_jump": 2, "record_info": 1}
    marks: dict[str, str] = {}
    for alert in alerts:
        if alert["month"] not in present:
            continue
        if alert["kind"] == RECORD_HIGH:
            mark = "record_alert" if alert["severity"] == "alert" else "record_info"
        elif alert["kind"] == UNUSUAL_JUMP:
            mark = "unusual_jump"
        else:
            continue
        if rank[mark] > rank.get(marks.get(alert["month"], ""), 0):
            marks[alert["month"]] = mark
    return marks


def drawn_marks(months: list[dict[str, Any]], alerts: list[dict[str, Any]]) -> list[str]:
    """The LEGEND ids that `svg_chart` draws for these rows, in LEGEND order."""
    if not months:
        return []
    drawn = set(_marks_by_month(months, alerts).values())
    if any(row.get("derived") for row in months):
        drawn.add("derived")
    if not all(row.get("derived") for row in months):
        drawn.add("point")
    return [mark for mark in LEGEND if mark in drawn]


def legend_symbol(mark: str) -> str:
    """A small inline SVG of a legend entry's symbol."""
    shapes = {
        "point": f'<circle cx="8" cy="8" r="3.5" fill="{LINE_BLUE}"/>',
        "derived": f'<circle cx="8" cy="8" r="3.5" fill="#fff" stroke="{LINE_BLUE}" stroke-dasharray="2 1.5"/>',
        "record_alert": f'<polygon points="8,1 15,14 1,14" fill="{RECORD_RED}"/>',
        "record_info": f'<polygon points="8,4 12.5,12 3.5,12" fill="#fff" stroke="{TREND_GREY}" stroke-width="1.5"/>',
        "unusual_jump": f'<rect x="3" y="3" width="10" height="10" fill="{JUMP_ORANGE}" transform="rotate(45 8 8)"/>',
    }
    return f'<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">{shapes[mark]}</svg>'


def svg_chart(series: str, months: list[dict[str, Any]], alerts: list[dict[str, Any]]) -> str:
    """An SVG line chart of one series with axis titles, marked records and jumps, printed values.

    Month positions follow the calendar, so a missing month shows as a gap in the line.
    """
    title = f"{series_label(series)}: requests per month"
    if not months:
        return f'<p class="empty">{esc(title)}: no months yet.</p>'
    first = month_index(months[0]["month"])
    span = month_index(months[-1]["month"]) - first  # 0 for a single month: drawn centred
    top = max(int(row["requests"]) for row in months) * 1.15 or 1
    plot_w, plot_h = CHART_W - PAD_L - PAD_R, CHART_H - PAD_T - PAD_B

    def x(month: str) -> float:
        return PAD_L + plot_w * (month_index(month) - first) / span if span else PAD_L + plot_w / 2

    def y(value: float) -> float:
        return PAD_T + plot_h * (1 - value / top)

    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {CHART_W} {CHART_H}" width="100%" '
        f'xmlns="http://www.w3.org/2000/svg" aria-label="{esc(title)}"><title>{esc(title)}</title>'
    ]
    parts += _svg_axes(months, x, y, top)
    parts += _svg_lines(months, x, y)
    parts += _svg_marks(months, _marks_by_month(months, alerts), alerts, x, y)
    parts.append("</svg>")
    return "".join(parts)


def _svg_axes(months: list[dict[str, Any]], x: Any, y: Any, top: float) -> list[str]:
    out = []
    for tick in _y_ticks(top):
        out.append(f'<line x1="{PAD_L}" x2="{CHART_W - PAD_R}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" class="grid"/>')
        out.append(f'<text x="{PAD_L - 6}" y="{y(tick) + 4:.1f}" text-anchor="end">{esc(fmt_int(tick))}</text>')
    # At most ~8 month labels, counted back from the newest so the latest month is always named
    # and no two labels overlap.
    every = max(1, -(-len(months) // 8))
    last = len(months) - 1
    for i, row in enumerate(months):
        if (last - i) % every == 0:
            out.append(f'<text x="{x(row["month"]):.1f}" y="{CHART_H - PAD_B + 18}" text-anchor="middle">'
                       f'{esc(row["month"])}</text>')
    middle_y = PAD_T + (CHART_H - PAD_T - PAD_B) / 2
    out.append(f'<text class="axis-title" x="{PAD_L + (CHART_W - PAD_L - PAD_R) / 2:.0f}" y="{CHART_H - 12}" '
               f'text-anchor="middle">Month (the month the figure is for)</text>')
    out.append(f'<text class="axis-title" x="16" y="{middle_y:.0f}" text-anchor="middle" '
               f'transform="rotate(-90 16 {middle_y:.0f})">Requests per month</text>')
    return out


def _svg_lines(months: list[dict[str, Any]], x: Any, y: Any) -> list[str]:
    # A new polyline starts after every missing month, so a gap is never drawn as a trend.
    segments: list[list[str]] = []
    previous = None
    for row in months:
        index = month_index(row["month"])
        if previous is None or index != previous + 1:
            segments.append([])
        segments[-1].append(f"{x(row['month']):.1f},{y(row['requests']):.1f}")
        previous = index
    out = [f'<polyline class="line" points="{" ".join(points)}"/>' for points in segments if len(points) > 1]
    for row in months:
        derived = bool(row.get("derived"))
        tip = f"{row['month']}: {fmt_int(row['requests'])} ({row['qualifier']}{', derived' if derived else ''})"
        # Inline style, not attributes: the page's stylesheet colours every .point, and CSS wins over
        # presentation attributes.
        style = (f'class="point derived" style="fill:#fff;stroke:{LINE_BLUE};stroke-width:1.5;'
                 'stroke-dasharray:2 1.5"' if derived else 'class="point"')
        out.append(f'<circle {style} cx="{x(row["month"]):.1f}" cy="{y(row["requests"]):.1f}" r="3.5">'
                   f"<title>{esc(tip)}</title></circle>")
    return out


def _label(cx: float, cy: float, text: str, color: str, css: str) -> str:
    anchor = "end" if cx > CHART_W - PAD_R - 60 else ("start" if cx < PAD_L + 40 else "middle")
    return (f'<text class="value {css}" x="{cx:.1f}" y="{cy - 12:.1f}" text-anchor="{anchor}" '
            f'style="fill:{color};font-weight:bold">{esc(text)}</text>')


def _svg_marks(months: list[dict[str, Any]], marks: dict[str, str], alerts: list[dict[str, Any]],
               x: Any, y: Any) -> list[str]:
    value_of = {row["month"]: row["requests"] for row in months}
    message_of = {a["month"]: a["message"] for a in alerts if a["kind"] in MARKED_ALERT_KINDS}
    out = []
    for month, mark in sorted(marks.items()):
        cx, cy = x(month), y(value_of[month])
        tip = esc(f"{month}: {fmt_int(value_of[month])} — {LEGEND[mark]}. {message_of.get(month, '')}".strip())
        if mark == "record_alert":
            out.append(f'<polygon class="marker record_high alert" points="{cx:.1f},{cy - 10:.1f} {cx + 8:.1f},'
                       f'{cy + 6:.1f} {cx - 8:.1f},{cy + 6:.1f}" fill="{RECORD_RED}"><title>{tip}</title></polygon>')
        elif mark == "record_info":
            out.append(f'<polygon class="marker record_high info" points="{cx:.1f},{cy - 7:.1f} {cx + 5:.1f},'
                       f'{cy + 4:.1f} {cx - 5:.1f},{cy + 4:.1f}" fill="#fff" stroke="{TREND_GREY}" '
                       f'stroke-width="1.5"><title>{tip}</title></polygon>')
        else:
            out.append(f'<rect class="marker unusual_jump" x="{cx - 6:.1f}" y="{cy - 6:.1f}" width="12" height="12" '
                       f'transform="rotate(45 {cx:.1f} {cy:.1f})" fill="{JUMP_ORANGE}"><title>{tip}</title></rect>')
        if mark != "record_info":
            color = RECORD_RED if mark == "record_alert" else JUMP_ORANGE
            out.append(_label(cx, cy, fmt_int(value_of[month]), color, mark))
    latest = months[-1]
    if marks.get(latest["month"]) in (None, "record_info"):
        cx, cy = x(latest["month"]), y(latest["requests"])
        out.append(_label(cx, cy, f"{latest['month']}: {fmt_int(latest['requests'])}", "#1d2733", "latest"))
    return out
