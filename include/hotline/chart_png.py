"""The PNG chart attached to an alert: what chat apps and mail clients show inline as an image.

Rendered with matplotlib's Agg backend (no display, no browser, fonts bundled: DejaVu Sans covers
Cyrillic and «»); bench/results/chart.txt compares it with vl-convert. Pure: rows in, PNG bytes out.
The figure is built with the object API (`Figure`, not `pyplot`), so no global state is touched
and renders from several threads do not interfere.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from typing import Any

from hotline.months import month_abbr, month_index
from hotline.numbers import fmt_int
from hotline.series import series_label

WIDTH_IN, HEIGHT_IN, DPI = 8.0, 4.2, 110  # 880 × 462 px: sharp in a chat bubble, ~40 kB
LINE, THIS_MONTH, RECORD = "#2471a3", "#c0392b", "#7f8c8d"
HEADLINE_CHARS = 90  # what fits in one line of the subtitle at 10 pt across the figure


def _month_label(month: str) -> str:
    return month_abbr(month).replace(" ", "\n")


def png_chart(series: str, months: Sequence[dict[str, Any]], *, month: str,
              previous_record: tuple[str, int] | None = None, demo: bool = False,
              headline: str | None = None) -> bytes:
    """A line chart of `months` (rows with `month`, `requests`) as PNG bytes.

    `month` is the alert's month: drawn highlighted and labelled with its value.
    `previous_record` (month, value) is drawn as a labelled dashed line. `demo` writes "demo data"
    across the chart. `headline` is the subtitle (what happened); a missing month leaves a gap.
    """
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    figure = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI)
    axes = figure.add_subplot()
    title = f"{series_label(series)}: requests per month"
    figure.suptitle(title, fontsize=13, fontweight="bold", x=0.02, ha="left")
    if headline:  # wrapped, so a long headline is never cut at the figure's edge
        axes.set_title(textwrap.fill(headline, HEADLINE_CHARS), fontsize=10, loc="left", color="#4a5868")
    if not months:
        axes.text(0.5, 0.5, "no months yet", ha="center", va="center", transform=axes.transAxes)
        axes.set_axis_off()
        return _png(figure)

    xs = [month_index(row["month"]) for row in months]
    ys = [int(row["requests"]) for row in months]
    # A new segment after every missing month, so a gap is never drawn as a trend.
    start = 0
    for i in range(1, len(xs) + 1):
        if i == len(xs) or xs[i] != xs[i - 1] + 1:
            axes.plot(xs[start:i], ys[start:i], color=LINE, linewidth=2, marker="o", markersize=3.5, zorder=2)
            start = i

    top = max(ys)
    value_of = {row["month"]: int(row["requests"]) for row in months}
    if previous_record is not None:
        record_month, record_value = previous_record
        top = max(top, record_value)
        # A record beats it ("previous"); a jump or drop is measured against it ("so far").
        which = "previous record" if value_of.get(month, 0) > record_value else "record so far"
        axes.axhline(record_value, color=RECORD, linestyle="--", linewidth=1.2, zorder=1)
        axes.annotate(f"{which}: {fmt_int(record_value)} ({month_abbr(record_month)})",
                      xy=(xs[0], record_value), xytext=(0, 4), textcoords="offset points",
                      fontsize=9, color="#4a5868", va="bottom")

    if month in value_of:
        value = value_of[month]
        x = month_index(month)
        axes.scatter([x], [value], s=110, color=THIS_MONTH, zorder=3, edgecolors="white", linewidths=1.5)
        # The label sits left of a point at the right edge, so it is never cut off.
        right_edge = x >= xs[-1] - 2
        axes.annotate(f"{month_abbr(month)}: {fmt_int(value)}", xy=(x, value),
                      xytext=(-10 if right_edge else 10, 10), textcoords="offset points",
                      ha="right" if right_edge else "left", fontsize=11, fontweight="bold", color=THIS_MONTH,
                      bbox={"boxstyle": "round,pad=0.25", "fc": "white", "ec": THIS_MONTH, "lw": 0.8}, zorder=4)

    axes.set_ylim(0, top * 1.18)
    axes.set_xlim(xs[0] - 0.7, xs[-1] + 0.7)
    every = max(1, -(-len(xs) // 8))  # at most ~8 month labels, counted back from the newest
    ticks = [x for i, x in enumerate(xs) if (len(xs) - 1 - i) % every == 0]
    axes.set_xticks(ticks, [_month_label(row["month"]) for row in months if month_index(row["month"]) in ticks])
    axes.yaxis.set_major_locator(MaxNLocator(5, integer=True))
    axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _pos: fmt_int(value)))
    axes.set_xlabel("Month (the month the figure is for)", fontsize=9, color="#4a5868")
    axes.set_ylabel("Requests per month", fontsize=9, color="#4a5868")
    axes.tick_params(labelsize=8.5, colors="#4a5868")
    axes.grid(axis="y", color="#e3e8ee")
    axes.spines[["top", "right"]].set_visible(False)
    if demo:
        axes.text(0.5, 0.5, "DEMO DATA", transform=axes.transAxes, ha="center", va="center", fontsize=44,
                  color="#c0392b", alpha=0.13, rotation=12, fontweight="bold", zorder=0)
        axes.text(0.99, 0.02, "demo data — not the real series", transform=axes.transAxes, ha="right",
                  va="bottom", fontsize=8.5, color="#c0392b")
    figure.tight_layout()
    return _png(figure)


def _png(figure: Any) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    # No timestamps or software tag in the file: the same data gives the same bytes.
    figure.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()
