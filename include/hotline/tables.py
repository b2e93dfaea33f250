"""The one shape of the tables Hotline Watch hands out as CSV or JSON Lines, and the one writer.

The monthly series leaves the project three ways — `hotline series --format csv`, `hotline export`
(and `hotline_publish`'s `data/exports/monthly_counts.csv`), the page's `/download/series.csv` — and
all three are written by `write_series_csv`: the columns in `SERIES_COLUMNS` order (the contract's
`series,month,requests,qualifier,source_url` first), months as `YYYY-MM`, times as ISO 8601 in UTC
with `Z`, booleans as `true`/`false`, and every text cell safe to open in a spreadsheet
(`spreadsheet_safe`). Other CSVs (`hotline alerts`, `review list`, the alert download) go through
the same `write_csv`. Pure: no database, no network, no settings (what the store holds and whether
it is demo data is `demo_data.py`'s).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any, TextIO

# The contract's five columns first, then the rest of a stored month (as `monthly_counts` has them).
SERIES_COLUMNS = ("series", "month", "requests", "qualifier", "source_url", "published_at", "source", "post_id",
                  "official", "derived", "record_claimed", "status")

# A cell starting with one of these is a formula to a spreadsheet (=HYPERLINK(...), +cmd, @SUM...).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: Any) -> Any:
    """A text cell that a spreadsheet would run as a formula, quoted with a leading apostrophe
    (OWASP's advice); numbers and other cells unchanged."""
    if isinstance(cell, str) and cell.startswith(_FORMULA_STARTS):
        return "'" + cell
    return cell


def plain_value(value: Any) -> Any:
    """A cell as every output writes it: a time as ISO 8601 UTC with `Z` (a naive time is taken as
    UTC, as DuckDB's TIMESTAMP columns hold it), a day as YYYY-MM-DD; anything else unchanged."""
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _csv_cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return spreadsheet_safe(plain_value(value))


def write_csv(columns: Sequence[str], rows: Iterable[Sequence[Any]], out: TextIO) -> None:
    """The header and `rows` as CSV on `out`, each cell through `plain_value` and `spreadsheet_safe`."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([_csv_cell(value) for value in row] for row in rows)


def write_rows(columns: Sequence[str], rows: Iterable[Sequence[Any]], fmt: str, out: TextIO) -> None:
    """`rows` as CSV (`write_csv`) or, for `fmt == "json"`, as JSON Lines (one object a row)."""
    if fmt != "json":
        write_csv(columns, rows, out)
        return
    for row in rows:
        record = {column: plain_value(value) for column, value in zip(columns, row, strict=True)}
        out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")


def series_table(months: Iterable[Mapping[str, Any]]) -> tuple[list[str], list[tuple]]:
    """Stored months (dicts with `SERIES_COLUMNS`, e.g. `store.load_series_rows`) as columns and rows
    in the one shape; a month given as a date becomes `YYYY-MM`."""
    rows = []
    for month in months:
        cells = {column: month.get(column) for column in SERIES_COLUMNS}
        if isinstance(cells["month"], date):
            cells["month"] = cells["month"].strftime("%Y-%m")
        rows.append(tuple(cells.values()))
    return list(SERIES_COLUMNS), rows


def write_series_csv(months: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """The series as CSV on `out` — THE writer of every series CSV; returns the number of rows."""
    columns, rows = series_table(months)
    write_csv(columns, rows, out)
    return len(rows)


def series_csv_text(months: Iterable[Mapping[str, Any]]) -> str:
    """`write_series_csv` into a string (the page's download)."""
    out = io.StringIO()
    write_series_csv(months, out)
    return out.getvalue()


def without_demo_links(months: Iterable[Mapping[str, Any]], demo: bool) -> list[Mapping[str, Any]]:
    """The months as handed out: a demo post is on no public channel, so a demo month names no source
    URL (never a t.me link to a channel that does not exist); real months unchanged."""
    if not demo:
        return list(months)
    return [{**month, "source_url": None} for month in months]
