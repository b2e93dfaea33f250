"""
### Hotline Watch — publish the series

Runs whenever the `hotline_monthly_counts` Asset gets an event (a load of `hotline_monthly` or
`hotline_report_watch` committed) and writes into `data/exports/` (`HOTLINE_EXPORT_DIR`):

1. `publish_series`: `monthly_counts` as CSV and Parquet;
2. `publish_dataset`: the open dataset (issue 24), as `hotline publish` writes it — `datapackage.json`
   (Frictionless Data Package v2: monthly series, stated totals, vintages, alerts, sources, with CSV and
   Parquet files), `feed.xml` (Atom), `CHANGELOG.md` and `index.html` with its charts. Its version
   follows the data (new month: minor, revised value: patch, schema change: major); a rerun over the
   same data changes nothing. Demo data (`HOTLINE_DEMO`) is marked as such in every file.

The triggering events' extras (month, values) are logged. Both run in the `duckdb_writer` pool: the
dataset's release log is the one table publishing writes.
"""

from __future__ import annotations

from datetime import timedelta

import pendulum
from airflow.sdk import dag, task

from hotline.settings import DUCKDB_WRITER_POOL
from hotline.tasks import MONTHLY_COUNTS, task_defaults


@dag(
    dag_id="hotline_publish",
    schedule=[MONTHLY_COUNTS],
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    # Publishing follows the data by itself: a new load is exported without anyone unpausing it.
    is_paused_upon_creation=False,
    default_args=task_defaults(retries=2, retry_delay=timedelta(minutes=1), max_retry_delay=timedelta(minutes=10)),
    tags=["hotline-watch", "publish"],
    doc_md=__doc__,
)
def hotline_publish():
    @task(pool=DUCKDB_WRITER_POOL, doc_md="Write monthly_counts as CSV and Parquet under data/exports/.")
    def publish_series(**context) -> dict:
        """Write the series files; log what triggered it."""
        import logging

        from hotline.publish import export_dir, publish_series
        from hotline.settings import Settings

        log = logging.getLogger("hotline.publish")
        for event in (context.get("triggering_asset_events") or {}).get(MONTHLY_COUNTS, []):
            log.info("triggered by %s: %s", event.source_dag_id or "an API event", event.extra)
        db = Settings.from_env().db_path
        return publish_series(db, export_dir(db))

    @task(pool=DUCKDB_WRITER_POOL, doc_md="Write the open dataset (Data Package, feed, CHANGELOG, page).")
    def publish_dataset() -> dict:
        """Write the open dataset into the export folder; return its version and row counts."""
        from hotline.publish import export_dir
        from hotline.publish.dataset import publish_dataset
        from hotline.settings import Settings

        settings = Settings.from_env()
        return publish_dataset(settings.db_path, export_dir(settings.db_path), demo=settings.demo)

    publish_series() >> publish_dataset()


hotline_publish()
