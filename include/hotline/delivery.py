"""What goes out with an alert, gathered from DuckDB: its month's sources for the message, and the
PNG chart of the series' last 24 months. The pipeline's notify step uses these; `message` and
`chart_png` stay pure.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from hotline import store
from hotline.demo.constants import DEMO_CHANNEL, demo_post_url
from hotline.message import Message, compose_message, compose_title, details_of
from hotline.settings import Settings

CHART_MONTHS = 24


def _is_demo(url: str | None) -> bool:
    return bool(url) and f"/{DEMO_CHANNEL}/" in f"{url}/".lower()


def series_months(conn: store.Connection, series: str, up_to: str) -> list[dict[str, Any]]:
    """The series' stored months up to and including `up_to`, the last 24, oldest first."""
    months = [{"month": c.month, "requests": c.requests, "qualifier": c.qualifier, "source_url": c.source_url}
              for c in store.load_monthly_counts(conn) if c.series == series and c.month <= up_to]
    return months[-CHART_MONTHS:]


def alert_chart_png(conn: store.Connection, alert: dict[str, Any]) -> bytes:
    """The alert's chart: 24 months up to its month, the month marked, the previous record drawn."""
    from hotline.chart_png import png_chart

    months = series_months(conn, alert["series"], alert["month"])
    details = details_of(alert)
    record = None
    if details.get("previous_record_month") and details.get("previous_record_value") is not None:
        record = (details["previous_record_month"], int(details["previous_record_value"]))
    demo = any(_is_demo(row["source_url"]) for row in months)
    return png_chart(alert["series"], months, month=alert["month"], previous_record=record, demo=demo,
                     headline=compose_title(alert).split(": ", 1)[-1])


def write_chart_file(conn: store.Connection, alert: dict[str, Any], folder: Path) -> str:
    """The alert's PNG chart written into `folder`; its path (Apprise attaches files by path)."""
    path = folder / f"{alert['series']}-{alert['month']}.png"
    path.write_bytes(alert_chart_png(conn, alert))
    return str(path)


def composer(conn: store.Connection, settings: Settings) -> Callable[[dict[str, Any]], Message]:
    """A `compose(alert)` for `notify.deliver` that knows each month's sources and the page's URL."""
    stored = {(c.series, c.month): c.source_url for c in store.load_monthly_counts(conn)}

    def compose(alert: dict[str, Any]) -> Message:
        source_url = stored.get((alert["series"], alert["month"]))
        sources = store.load_month_sources(conn, alert["series"], alert["month"])
        demo = _is_demo(source_url) or any(_is_demo(s["post_url"]) for s in sources) or (
            source_url is None and any(_is_demo(url) for (series, _m), url in stored.items()
                                       if series == alert["series"]))
        return compose_message(alert, sources=sources, source_url=source_url, public_url=settings.public_url,
                               demo=demo, post_link=lambda url: demo_post_url(url, settings.telegram_base_url))

    return compose
