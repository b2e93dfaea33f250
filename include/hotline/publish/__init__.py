"""Publishing: `monthly_counts` as CSV and Parquet under `data/exports/` (`publish_series`), and the
open dataset (issue 24, `hotline.publish.dataset.publish_dataset`): a Frictionless Data Package with
vintages and provenance, an Atom feed, a CHANGELOG and a static page.

Run by the `hotline_publish` DAG whenever the `hotline_monthly_counts` Asset gets an event (a
monthly or daily load committed), so the files always match the table; `hotline publish` writes the
dataset by hand. The package's modules: `schemas` (Table Schemas), `vintages` (ALFRED-style history),
`provenance` (each value's source), `release` (version and CHANGELOG), `feed`, `page`, `about` (the
dataset's texts) and `dataset` (reads the store, writes the folder).
"""

from __future__ import annotations

import logging
from pathlib import Path

from hotline import store
from hotline.demo_data import is_demo_database
from hotline.settings import (
    Settings,
    export_dir,  # noqa: F401  (the DAG imports it from here; `HOTLINE_EXPORT_DIR`)
)
from hotline.tables import without_demo_links, write_series_csv

log = logging.getLogger(__name__)

EXPORT_BASENAME = "monthly_counts"


def publish_series(db_path: Path, out_dir: Path) -> dict[str, object]:
    """Write the series to `out_dir/monthly_counts.csv` and `.parquet` (each written to a temporary
    name first and renamed, so a reader never sees half a file); return rows and paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    conn = store.connect_reader(db_path)
    try:
        # demo months link no post, in the CSV and the Parquet alike
        demo = is_demo_database(conn, Settings.from_env().demo)
        months = without_demo_links(store.load_series_rows(conn), demo)
        relation = store.published_series_relation(conn, unlinked=demo)
        written = []
        for suffix in ("csv", "parquet"):
            final = out_dir / f"{EXPORT_BASENAME}.{suffix}"
            partial = out_dir / f".{EXPORT_BASENAME}.{suffix}.partial"
            if suffix == "csv":  # the one shape of every series CSV (`hotline.tables`)
                with partial.open("w", encoding="utf-8", newline="") as stream:
                    rows = write_series_csv(months, stream)
            else:  # typed columns; the relation API takes the path as an argument, never spliced into SQL
                relation.write_parquet(str(partial))
            partial.replace(final)
            written.append(str(final))
    finally:
        conn.close()
    log.info("published %d rows of monthly_counts to %s", rows, ", ".join(written))
    return {"rows": rows, "files": written}
