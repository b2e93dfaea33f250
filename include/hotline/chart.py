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
from dataclasses import dataclass
from typing import Any

from hotline.detect.rules import ALERT_RULES
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


@dataclass(frozen=True)
class MarkStyle:
    """How a chart marks an alert's month: legend text, loudness (one mark a month, the loudest),
    shape (`triangle`, `small_triangle`, `diamond`), colour, whether its value is printed."""

    legend: str
    rank: int
    shape: str
    color: str
    prints_value: bool = True
    level: str = ""  # a CSS class beside the kind's ("alert", "info"): the page and its tests select by it


# The marks an alert rule can name in `detect.rules.ALERT_RULES` (its `chart_marks`): a new rule
# reuses one of these, so adding it needs no change here.
MARK_STYLES: dict[str, MarkStyle] = {
    "record_alert": MarkStyle("record high: alert (value printed)", 3, "triangle", RECORD_RED, level="alert"),
    "record_info": MarkStyle("record high: notice (the series' trend)", 1, "small_triangle", TREND_GREY, False,
                             level="info"),
    "unusual_jump": MarkStyle("unusual jump or drop (value printed)", 2, "diamond", JUMP_ORANGE),
}
# The alert kinds a chart marks on their month (the page filters and labels the same ones).
MARKED_ALERT_KINDS = tuple(kind for kind, rule in ALERT_RULES.items() if rule.chart_marks)
# Mark id → legend text (the page shows the symbol beside it).
LEGEND = {
    "point": "month (hover for its value)",
    "derived": "derived month (implied by the next month's stated change; about)",
    **{mark: style.legend for mark, style in MARK_STYLES.items()},
}


def mark_of(alert: dict[str, Any]) -> str | None:
    """The chart mark of an alert (by its rule's `chart_marks` and its severity), or None."""
    rule = ALERT_RULES.get(alert["kind"])
    marks = rule.chart_marks if rule else {}
    mark = marks.get(alert.get("severity") or "") or marks.get("")
    return mark if mark in MARK_STYLES else None


def _y_ticks(top: float, count: int = 4) -> list[int]:
    step = max(1, int(top / count))
    magnitude = 10 ** (len(str(step)) - 1)
    step = -(-step // magnitude) * magnitude  # round the step up to one significant digit
    return list(range(0, int(top) + 1, step))


def _marks_by_month(months: list[dict[str, Any]], alerts: list[dict[str, Any]]) -> dict[str, str]:
    """The one mark each month gets: the loudest (`MarkStyle.rank`) of its alerts' marks."""
    present = {row["month"] for row in months}
    marks: dict[str, str] = {}
    for alert in alerts:
        mark = mark_of(alert) if alert["month"] in present else None
        current = marks.get(alert["month"])
        if mark and (current is None or MARK_STYLES[mark].rank > MARK_STYLES[current].rank):
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


def _shape(shape: str, cx: float, cy: float, color: str, scale: float = 1.0) -> str:
    """The SVG element (without its closing tag's content) of a mark's shape centred on (cx, cy)."""
    if shape == "diamond":
        half = 6 * scale
        return (f'<rect x="{cx - half:.1f}" y="{cy - half:.1f}" width="{2 * half:.1f}" height="{2 * half:.1f}" '
                f'transform="rotate(45 {cx:.1f} {cy:.1f})" fill="{color}"')
    if shape == "small_triangle":
        return (f'<polygon points="{cx:.1f},{cy - 7 * scale:.1f} {cx + 5 * scale:.1f},{cy + 4 * scale:.1f} '
                f'{cx - 5 * scale:.1f},{cy + 4 * scale:.1f}" fill="#fff" stroke="{color}" stroke-width="1.5"')
    return (f'<polygon points="{cx:.1f},{cy - 10 * scale:.1f} {cx + 8 * scale:.1f},{cy + 6 * scale:.1f} '
            f'{cx - 8 * scale:.1f},{cy + 6 * scale:.1f}" fill="{color}"')


def legend_symbol(mark: str) -> str:
    """A small inline SVG of a legend entry's symbol."""
    shapes = {
        "point": f'<circle cx="8" cy="8" r="3.5" fill="{LINE_BLUE}"/>',
        "derived": f'<circle cx="8" cy="8" r="3.5" fill="#fff" stroke="{LINE_BLUE}" stroke-dasharray="2 1.5"/>',
    }
    if mark in MARK_STYLES:
        style = MARK_STYLES[mark]
        shapes[mark] = _shape(style.shape, 8, 8.5, style.color, 0.8) + "/>"
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
        style = MARK_STYLES[mark]
        cx, cy = x(month), y(value_of[month])
        tip = esc(f"{month}: {fmt_int(value_of[month])} — {LEGEND[mark]}. {message_of.get(month, '')}".strip())
        kinds = " ".join(kind for kind, rule in ALERT_RULES.items() if mark in rule.chart_marks.values())
        element = _shape(style.shape, cx, cy, style.color)
        tag = element[1:element.index(" ")]
        css = " ".join(part for part in ("marker", kinds, style.level) if part)
        out.append(f'{element[:len(tag) + 1]} class="{esc(css)}"{element[len(tag) + 1:]}>'
                   f"<title>{tip}</title></{tag}>")
        if style.prints_value:
            out.append(_label(cx, cy, fmt_int(value_of[month]), style.color, mark))
    latest = months[-1]
    mark = marks.get(latest["month"])
    if mark is None or not MARK_STYLES[mark].prints_value:
        cx, cy = x(latest["month"]), y(latest["requests"])
        out.append(_label(cx, cy, f"{latest['month']}: {fmt_int(latest['requests'])}", "#1d2733", "latest"))
    return out
