"""The "Hotline Watch" page: a small FastAPI app that Airflow mounts at `/hotline-watch`.

A package of four parts: `queries` (what the page reads from DuckDB), `auth` (who may see, who may
decide, CSRF), `render` (the HTML: Jinja2 templates in `templates/` and escaped builders) and `app`
(the routes). The names below are the package's interface (the plugin imports `app`).
"""

from __future__ import annotations

# How long a page view waits for a writer before saying "busy" (~2 s): long enough to ride out a
# short write, short enough that a waiting browser does not look hung. Read at call time.
READ_ATTEMPTS = 8
READ_DELAY_S = 0.25

from hotline.ui.app import (  # noqa: E402  (the settings above are read by these modules)
    ALERT_CSV_COLUMNS,
    SECURITY_HEADERS,
    SERIES_CSV_COLUMNS,
    app,
    create_app,
    rows_to_csv,
)
from hotline.ui.auth import authenticated_user, csrf_ok, csrf_token, login_redirect, may_decide  # noqa: E402
from hotline.ui.queries import NoDataError, Snapshot, db_path, read_snapshot  # noqa: E402
from hotline.ui.render import (  # noqa: E402
    filter_alerts,
    link,
    render_page,
    render_review,
    render_unavailable,
    safe_url,
    source_link,
    svg_chart,
)

__all__ = [
    "ALERT_CSV_COLUMNS", "READ_ATTEMPTS", "READ_DELAY_S", "SECURITY_HEADERS", "SERIES_CSV_COLUMNS", "NoDataError",
    "Snapshot", "app", "authenticated_user", "create_app", "csrf_ok", "csrf_token", "db_path", "filter_alerts",
    "link", "login_redirect", "may_decide", "read_snapshot", "render_page", "render_review", "render_unavailable",
    "rows_to_csv", "safe_url", "source_link", "svg_chart",
]
