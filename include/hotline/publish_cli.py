"""`hotline publish --output DIR` (the open dataset, issue 24) and `hotline series --as-of YYYY-MM-DD`
(the series as it was known at the end of that day, from the vintages).

Bad input — a malformed date, an output path that is a file, no database — is one line on stderr
and exit status 2; `cli.py` only registers these.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, date
from pathlib import Path
from typing import Any

# `hotline series --as-of` prints these: the contract's first five columns, then the vintage's own.
AS_OF_COLUMNS = ("series", "month", "requests", "qualifier", "source_url", "published_at", "status",
                 "realtime_start", "realtime_end")


def parse_day(text: str) -> date:
    """`YYYY-MM-DD` as a date; an argparse error naming the value otherwise."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a day as YYYY-MM-DD") from None


def register(sub: Any) -> None:
    """Add `publish` to the `hotline` parser's subparsers `sub`, and `--as-of` to its `series`."""
    series = sub.choices["series"]
    series.add_argument("--as-of", type=parse_day, metavar="YYYY-MM-DD",
                        help="the series as it was known at the end of that day (UTC), from the vintages")
    current = series.get_default("func")
    series.set_defaults(func=lambda args: series_as_of(args) if args.as_of else current(args))
    p = sub.add_parser("publish", help="write the open dataset (Data Package, feed, CHANGELOG, page) into DIR")
    p.add_argument("--db")
    p.add_argument("--output", required=True, metavar="DIR", help="the folder to write (created if missing)")
    p.add_argument("--demo", action="store_true",
                   help="mark the files as demo data (as HOTLINE_DEMO=1 does; a database once published as "
                        "demo stays demo)")
    p.set_defaults(func=cmd_publish)


def cmd_publish(args: argparse.Namespace) -> int:
    """Write the dataset; print its version and what was written."""
    import duckdb

    from hotline import cli
    from hotline.publish.dataset import demo_configured, publish_dataset

    db = cli._db_path(args)
    out = Path(args.output)
    if out.exists() and not out.is_dir():
        raise cli.CliError(f"--output {out} is a file; name a folder")
    if not db.is_file():
        raise cli.CliError(f"no database at {db}: run `make demo` or the pipeline first")
    try:
        result = publish_dataset(db, out, demo=args.demo or demo_configured())
    except duckdb.Error as error:
        raise cli.CliError(f"publish from {db} failed: {cli._first_line(error)}", code=1) from None
    rows = ", ".join(f"{name} {count}" for name, count in result["rows"].items())
    state = "new version" if result["new_release"] else "unchanged"
    print(f"dataset {result['version']} ({state}{', DEMO DATA' if result['demo'] else ''}) in {out}: {rows}; "
          f"feed entries {result['feed_entries']}")
    return 0


def series_as_of(args: argparse.Namespace) -> int:
    """`hotline series --as-of DAY`: each month's vintage current at the end of DAY (UTC)."""
    from hotline import cli
    from hotline.publish.vintages import as_of, build_vintages
    from hotline.store import vintages as dataset_store

    def read(conn: Any) -> tuple[list[str], list[tuple]]:
        months = dataset_store.load_months_with_provenance(conn)
        vintages = build_vintages(months, dataset_store.load_revision_history(conn),
                                  dataset_store.load_withdrawn_values(conn))
        rows = [vintage.row() for vintage in as_of(vintages, args.as_of)]
        for row in rows:
            row["published_at"] = row["published_at"].astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return list(AS_OF_COLUMNS), [tuple(row[column] for column in AS_OF_COLUMNS) for row in rows]

    columns, rows = cli._read_table(cli._db_path(args), read)
    cli._write_rows(columns, rows, args.format, sys.stdout)
    return 0
