"""Airflow plugin: the "Hotline Watch" page in the Airflow 3 UI.

The app itself (routes, authentication, rendering) lives in `hotline.ui`; this file only tells
Airflow where to mount it (`/hotline-watch`) and adds a navigation entry that shows the page
inside the Airflow UI (at `/plugin/hotline-watch`).
"""

from __future__ import annotations

from airflow.plugins_manager import AirflowPlugin

from hotline.ui import app as hotline_watch_app

URL_PREFIX = "/hotline-watch"


class HotlineWatchPlugin(AirflowPlugin):
    """Mounts the Hotline Watch FastAPI app and links it from the UI's navigation."""

    # Airflow reads these as class attributes (the AirflowPlugin contract), hence the noqa.
    name = "hotline_watch"
    fastapi_apps = [  # noqa: RUF012
        {"app": hotline_watch_app, "url_prefix": URL_PREFIX, "name": "Hotline Watch"}
    ]
    external_views = [  # noqa: RUF012
        {
            "name": "Hotline Watch",
            "href": f"{URL_PREFIX}/",
            "destination": "nav",
            "url_route": "hotline-watch",
        }
    ]
