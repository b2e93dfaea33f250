"""SVG charts of a monthly series, drawn on the server (no JavaScript, no CDN: the UI runs offline).

Used by the Hotline Watch page (inline) and by alert delivery (a standalone file attached to the
message where the channel takes attachments). Pure: strings in, SVG text out.
"""

from __future__ import annotations

import html
from typing import Any

from hotline.series import series_label

# The styles the page's stylesheet gives the chart, embedded when the SVG stands alone.
STANDALONE_STYLE = (
    "text{font:11px sans-serif;fill:#4a5868}.grid{stroke:#e3e8ee}"
    ".line{fill:none;stroke:#2471a3;stroke-width:2}.point{fill:#2471a3}"
)


def esc(value: Any) -> str:
    """Text for HTML/SVG (content or a quoted attribute); None becomes an empty string."""
    return "" if value is None else html.escape(str(value), quote=True)


def fmt_int(value: Any) -> str:
    """12345 → '12 345' (the thin grouping Ukrainian texts use)."""
    try:
        return f"{int(value):,}".replace(",", "\u202f")
    except (TypeError, ValueError):
        return esc(value)


CHART_W, CHART_H = 760, 260
PAD_L, PAD_R, PAD_T, PAD_B = 64, 32, 16, 44
MARKER_STYLE = {"record_high": ("#c0392b", "record high"), "unusual_jump": ("#e67e22", "unusual jump")}


def _month_index(month: str) -> int:
    year, mon = month.split("-")
    return int(year) * 12 + int(mon) - 1


def _y_ticks(top: float, count: int = 4) -> list[int]:
    step = max(1, int(top / count))
    magnitude = 10 ** (len(str(step)) - 1)
    step = -(-step // magnitude) * magnitude  # round the step up to one significant digit
    return list(range(0, int(top) + 1, step))


def svg_chart(series: str, months: list[dict[str, Any]], alerts: list[dict[str, Any]], *,
              standalone: bool = False) -> str:
    """An SVG line chart of one series; record highs and unusual jumps are marked.

    Month positions follow the calendar, so a missing month shows as a gap in the line.
    `standalone` makes a complete file (own styles, white background) instead of inline markup.
    """
    title = f"{series_label(series)}: requests per month"
    if not months:
        return f'<p class="empty">{esc(title)}: no months yet.</p>'
    first = _month_index(months[0]["month"])
    span = _month_index(months[-1]["month"]) - first  # 0 for a single month: drawn centred
    top = max(int(row["requests"]) for row in months) * 1.1 or 1
    plot_w, plot_h = CHART_W - PAD_L - PAD_R, CHART_H - PAD_T - PAD_B

    def x(month: str) -> float:
        return PAD_L + plot_w * (_month_index(month) - first) / span if span else PAD_L + plot_w / 2

    def y(value: float) -> float:
        return PAD_T + plot_h * (1 - value / top)

    size = f'width="{CHART_W}" height="{CHART_H}"' if standalone else 'width="100%"'
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {CHART_W} {CHART_H}" {size} '
        f'xmlns="http://www.w3.org/2000/svg" aria-label="{esc(title)}"><title>{esc(title)}</title>'
    ]
    if standalone:
        parts.append(f'<style>{STANDALONE_STYLE}</style><rect width="100%" height="100%" fill="#fff"/>')
    parts += _svg_axes(months, x, y, top)
    parts += _svg_lines(months, x, y)
    parts += _svg_markers(months, alerts, x, y)
    parts.append("</svg>")
    return "".join(parts)


def _svg_axes(months: list[dict[str, Any]], x: Any, y: Any, top: float) -> list[str]:
    out = []
    for tick in _y_ticks(top):
        out.append(f'<line x1="{PAD_L}" x2="{CHART_W - PAD_R}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" class="grid"/>')
        out.append(f'<text x="{PAD_L - 6}" y="{y(tick) + 4:.1f}" text-anchor="end">{fmt_int(tick)}</text>')
    # At most ~8 month labels, counted back from the newest so the latest month is always named
    # and no two labels overlap.
    every = max(1, -(-len(months) // 8))
    last = len(months) - 1
    for i, row in enumerate(months):
        if (last - i) % every == 0:
            out.append(f'<text x="{x(row["month"]):.1f}" y="{CHART_H - PAD_B + 18}" text-anchor="middle">'
                       f'{esc(row["month"])}</text>')
    return out


def _svg_lines(months: list[dict[str, Any]], x: Any, y: Any) -> list[str]:
    # A new polyline starts after every missing month, so a gap is never drawn as a trend.
    segments: list[list[str]] = []
    previous = None
    for row in months:
        index = _month_index(row["month"])
        if previous is None or index != previous + 1:
            segments.append([])
        segments[-1].append(f"{x(row['month']):.1f},{y(row['requests']):.1f}")
        previous = index
    out = [f'<polyline class="line" points="{" ".join(points)}"/>' for points in segments if len(points) > 1]
    for row in months:
        tip = f"{row['month']}: {fmt_int(row['requests'])} ({row['qualifier']})"
        out.append(f'<circle class="point" cx="{x(row["month"]):.1f}" cy="{y(row["requests"]):.1f}" r="3">'
                   f"<title>{esc(tip)}</title></circle>")
    return out


def _svg_markers(months: list[dict[str, Any]], alerts: list[dict[str, Any]], x: Any, y: Any) -> list[str]:
    value_of = {row["month"]: row["requests"] for row in months}
    out = []
    for alert in alerts:
        if alert["kind"] not in MARKER_STYLE or alert["month"] not in value_of:
            continue
        color, label = MARKER_STYLE[alert["kind"]]
        cx, cy = x(alert["month"]), y(value_of[alert["month"]])
        tip = f"{alert['month']} {label}: {alert['message']}"
        if alert["kind"] == "record_high":
            tag = "polygon"
            shape = f'points="{cx:.1f},{cy - 9:.1f} {cx + 7:.1f},{cy + 5:.1f} {cx - 7:.1f},{cy + 5:.1f}"'
        else:
            tag = "rect"
            shape = (f'x="{cx - 5:.1f}" y="{cy - 5:.1f}" width="10" height="10" '
                     f'transform="rotate(45 {cx:.1f} {cy:.1f})"')
        out.append(f'<{tag} {shape} fill="{color}" class="marker {alert["kind"]}">'
                   f"<title>{esc(tip)}</title></{tag}>")
    return out
