"""`hotline publish` and the `hotline_publish` DAG: the open dataset, written into one folder.

- `datapackage.json` (Frictionless Data Package v2) describing five CSV resources (Table Schemas with
  types, constraints, keys and descriptions; license, sources, contributors, created, version), each
  CSV with a Parquet copy beside it;
- `feed.xml` (Atom), `CHANGELOG.md`, `index.html` with `chart-<series>.png` / `.svg`.

Reading is in `hotline.store.vintages`; shaping the rows, the version, the feed and the page are pure
modules of this package. The one write to the database is the release log, in one transaction, and
only when the data or the schema changed. Each file is written under a temporary name and renamed, so
a reader of the folder never sees half a file.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from hotline import store
from hotline.demo_data import is_demo_database
from hotline.publish import about, feed, page, provenance, release, schemas
from hotline.publish.vintages import Vintage, build_vintages
from hotline.store import vintages as dataset_store

log = logging.getLogger(__name__)

PACKAGE_V2 = "https://datapackage.org/profiles/2.0/datapackage.json"
DIALECT_V2 = "https://datapackage.org/profiles/2.0/tabledialect.json"


def demo_configured(environ: Mapping[str, str] | None = None) -> bool:
    """Whether the configuration says the database holds demo data (`Settings.demo`, `HOTLINE_DEMO`,
    which `hotline demo` and `hotline up` set)."""
    from hotline.settings import Settings

    return Settings.from_env(environ).demo


@dataclass(frozen=True)
class Contents:
    """Everything the files are made of, read in one go."""

    resources: dict[str, list[dict[str, Any]]]
    vintages: list[Vintage]
    revisions: list[dict[str, Any]]


def read_contents(conn: store.Connection) -> Contents:
    """Read the database and shape every resource's rows."""
    months = dataset_store.load_months_with_provenance(conn)
    revisions = dataset_store.load_revision_history(conn)
    vintages = build_vintages(months, revisions, dataset_store.load_withdrawn_values(conn))
    monthly = provenance.monthly_rows(months, vintages)
    totals = provenance.total_rows(dataset_store.load_published_totals(conn))
    alerts = provenance.alert_rows(dataset_store.load_published_alerts(conn))
    vintage_rows = [vintage.row() for vintage in vintages]
    cited = provenance.cited_urls(monthly, totals, vintage_rows, alerts)
    stored = dataset_store.load_cited_posts(conn, cited)
    by_url = {row["source_url"]: row for row in monthly}
    citing = [*monthly, *totals, *({**v, **by_url.get(v["source_url"], {})} for v in vintage_rows),
              *({"source_url": a["source_url"], "published_at": a["created_at"],
                 "post_id": a["source_url"].rstrip("/").rsplit("/", 1)[-1]} for a in alerts)]
    sources = provenance.source_rows(stored) + provenance.unstored_sources(citing, stored)
    resources = {"monthly_series": monthly, "stated_totals": totals, "vintages": vintage_rows, "alerts": alerts,
                 "sources": sorted(sources, key=lambda row: row["url"])}
    return Contents(resources, vintages, revisions)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=UTC)
        return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def csv_text(name: str, rows: Sequence[Mapping[str, Any]]) -> str:
    """A resource as CSV text (RFC 4180, header first, UTC times with Z, booleans as true/false)."""
    columns = schemas.column_names(name)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows([_cell(row[column]) for column in columns] for row in rows)
    return out.getvalue()


def _write(out_dir: Path, name: str, data: bytes | str) -> Path:
    final = out_dir / name
    partial = out_dir / f".{name}.partial"
    partial.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    partial.replace(final)
    return final


def _source_list(sources: Sequence[Mapping[str, Any]], demo: bool) -> list[dict[str, str]]:
    if demo:
        return [{"title": "Generated demo channel (not a real source)"}]
    channels = sorted({(row["source_kind"], row["channel"]) for row in sources if row["channel"]})
    listed = []
    for kind, channel in channels:
        if kind == "telegram":
            listed.append({"title": f"Telegram channel @{channel}", "path": f"https://t.me/{channel}"})
        elif channel.startswith(("https://", "http://")):
            listed.append({"title": f"News feed {channel}", "path": channel})
        else:
            listed.append({"title": f"{kind}: {channel}"})
    return listed or [{"title": "Coordination Headquarters for the Treatment of Prisoners of War, Telegram"}]


def descriptor(contents: Contents, written: Mapping[str, str], current: Mapping[str, Any], demo: bool) -> dict:
    """`datapackage.json` for these CSV texts (`written`: resource → CSV text) and release."""
    import hashlib

    resources = []
    for name, (stem, title, description, _fields, _pk, _fk) in schemas.RESOURCES.items():
        data = written[name].encode("utf-8")
        resources.append({
            "name": name, "type": "table", "path": f"{stem}.csv", "scheme": "file", "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8", "title": title,
            "description": f"{description} A Parquet copy: {stem}.parquet.",
            "bytes": len(data), "hash": f"sha256:{hashlib.sha256(data).hexdigest()}",
            "dialect": {"$schema": DIALECT_V2, "header": True, "delimiter": ","},
            "schema": schemas.table_schema(name)})
    mark = f"[{about.DEMO_MARK}] " if demo else ""
    return {
        "$schema": PACKAGE_V2, "name": about.NAME + ("-demo" if demo else ""), "title": mark + about.TITLE,
        "description": (about.DEMO_NOTE + " " if demo else "") + about.DESCRIPTION,
        "version": current["version"], "created": _cell(current["released_at"]), "keywords": about.KEYWORDS,
        "licenses": [about.LICENSE], "sources": _source_list(contents.resources["sources"], demo),
        "contributors": about.CONTRIBUTORS, "resources": resources,
    }


def _charts(out_dir: Path, monthly: Sequence[Mapping[str, Any]], alerts: Sequence[Mapping[str, Any]],
            demo: bool) -> dict[str, tuple[str, str]]:
    from hotline.chart import svg_chart
    from hotline.chart_png import png_chart

    charts = {}
    for series in sorted({row["series"] for row in monthly}):
        rows = sorted((row for row in monthly if row["series"] == series), key=lambda row: row["month"])
        marks = [alert for alert in alerts if alert["series"] == series]
        png, svg = f"chart-{series}.png", f"chart-{series}.svg"
        _write(out_dir, png, png_chart(series, rows, month=rows[-1]["month"], demo=demo))
        _write(out_dir, svg, '<?xml version="1.0" encoding="UTF-8"?>\n' + svg_chart(series, rows, marks) + "\n")
        charts[series] = (png, svg)
    return charts


def _release(conn: store.Connection, contents: Contents, demo: bool) -> tuple[list[dict[str, Any]], bool]:
    """Every release, newest (the current one) first, and whether this publish recorded it (the data or
    the schema changed)."""
    resources = contents.resources
    state = release.data_state(resources["monthly_series"], resources["alerts"])
    releases = dataset_store.load_releases(conn)
    with store.transaction(conn):
        proposed = release.next_release(releases[0] if releases else None, state, schemas.schema_hash(),
                                        release.content_hash(resources), demo=demo,
                                        now=dataset_store.now_in_database(conn))
        if proposed is not None:
            dataset_store.save_release(conn, proposed)
    if proposed is not None:
        releases = dataset_store.load_releases(conn)
    return releases, proposed is not None


def _files_listed(names: Sequence[str]) -> list[tuple[str, str]]:
    files = [("datapackage.json", "the Data Package descriptor (schemas, license, sources, version)")]
    for name in names:
        stem, title = schemas.RESOURCES[name][:2]
        files += [(f"{stem}.csv", title), (f"{stem}.parquet", f"{title} (Parquet)")]
    return [*files, ("feed.xml", "Atom feed of new months, revisions and alerts"),
            ("CHANGELOG.md", "one entry per version")]


def publish_dataset(db_path: Path, out_dir: Path, *, demo: bool = False) -> dict[str, Any]:
    """Write the open dataset for the database at `db_path` into `out_dir`; return the version and files.
    `demo` marks it as demo data (so does a database already released as demo, or one holding the demo
    channel's posts: `make demo`'s database published from a shell without HOTLINE_DEMO)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    conn = store.connect(db_path)
    try:
        demo = is_demo_database(conn, demo)
        contents = read_contents(conn)
        releases, created = _release(conn, contents, demo)
        current = releases[0]
    finally:
        conn.close()
    demo = bool(current["demo"])
    if demo:  # demo posts are linked nowhere: the CSVs, their Parquet copies and the page alike
        contents = Contents({name: provenance.unlinked(rows) for name, rows in contents.resources.items()},
                            contents.vintages, contents.revisions)
    written = {name: csv_text(name, rows) for name, rows in contents.resources.items()}
    for name, text in written.items():
        stem = schemas.RESOURCES[name][0]
        csv_path = _write(out_dir, f"{stem}.csv", text)
        partial = out_dir / f".{stem}.parquet.partial"
        dataset_store.csv_to_parquet(csv_path, partial, schemas.parquet_types(name))
        partial.replace(out_dir / f"{stem}.parquet")
    resources = contents.resources
    charts = _charts(out_dir, resources["monthly_series"], resources["alerts"], demo)
    entries = (feed.month_entries(contents.vintages) + feed.revision_entries(contents.revisions)
               + feed.alert_entries(resources["alerts"]))
    _write(out_dir, "feed.xml", feed.atom_feed(entries, version=current["version"],
                                               released_at=current["released_at"], demo=demo))
    _write(out_dir, "CHANGELOG.md", release.changelog(releases, demo=demo))
    _write(out_dir, "index.html", page.render_page(
        resources["monthly_series"], charts, _files_listed(list(written)), version=current["version"],
        released_at=current["released_at"], demo=demo))
    _write(out_dir, "datapackage.json", json.dumps(descriptor(contents, written, current, demo), indent=2,
                                                   ensure_ascii=False) + "\n")
    log.info("published dataset version %s (%d months, %d vintages) to %s", current["version"],
             len(resources["monthly_series"]), len(resources["vintages"]), out_dir)
    return {"version": current["version"], "demo": demo, "new_release": created,
            "rows": {name: len(rows) for name, rows in resources.items()},
            "feed_entries": len(entries), "out_dir": str(out_dir)}
