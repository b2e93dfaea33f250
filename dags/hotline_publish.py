"""
### Hotline Watch — publish the series

Runs whenever the `hotline_monthly_counts` Asset gets an event (a load of `hotline_monthly` or
`hotline_report_watch` committed) and writes `monthly_counts` as CSV and Parquet under
`data/exports/` (`HOTLINE_EXPORT_DIR`). The triggering events' extras (month, values) are logged.
Reads DuckDB in the `duckdb_writer` pool so it never waits on a writer's lock.
"""

from __future__ import annotations

from datetime import timedelta

import pendulum
from airflow.sdk import dag, task

from hotline.settings import DUCKDB_WRITER_POOL
from hotline.wiring import MONTHLY_COUNTS, task_defaults


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

    publish_series()


hotline_publish()
