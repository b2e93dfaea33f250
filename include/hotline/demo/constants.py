"""The demo channel's name and the little the rest of the project needs to know about it.

Kept apart from the generator, renderer and server so that `hotline.ui`, `hotline.delivery`
and the API server can recognise demo data (and link to the local demo server) without
loading any of them.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from hotline.settings import DEMO_CHANNEL  # configuration: production code reads it there

__all__ = ["DEMO_CHANNEL", "NBSP", "PAGE_SIZE", "RECORD_MONTHS", "SERIES_ID", "TELEGRAM", "demo_post_url"]

PAGE_SIZE = 20  # message ids per web-preview page, as on t.me
TELEGRAM = "https://t.me"
SERIES_ID = "i_want_to_find"
# The only months the source itself calls records (see the notes in demo_series.csv).
RECORD_MONTHS = frozenset({"2025-01", "2025-05"})
NBSP = "\u00a0"


def demo_post_url(url: str | None, telegram_base_url: str | None) -> str | None:
    """Where a stored demo post can be opened: the local demo server's page for it, never t.me
    (no such channel exists there, and anyone could register its name). Other URLs pass through;
    a demo post with no local server to show it gives None."""
    if not url:
        return None
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    if not segments or segments[0].lower() != DEMO_CHANNEL:
        return url
    base = (telegram_base_url or "").rstrip("/")
    if not base or urlsplit(base).hostname in ("t.me", "telegram.me", "www.t.me"):
        return None
    return f"{base}/{'/'.join(segments)}"
