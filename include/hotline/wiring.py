"""The Assets the DAGs produce (shown in the Assets view), and the DuckDB writer pool.

Kept apart from the DAG files so both DAGs share them without importing each other.
"""

from __future__ import annotations

from airflow.sdk import Asset

RAW_POSTS = Asset(name="hotline_raw_posts", uri="hotline://duckdb/raw_posts")
MONTHLY_COUNTS = Asset(name="hotline_monthly_counts", uri="hotline://duckdb/monthly_counts")
ALERTS = Asset(name="hotline_alerts", uri="hotline://duckdb/alerts")
WRITER_POOL = "duckdb_writer"
