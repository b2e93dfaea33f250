"""The Table Schemas of the published resources (Frictionless Table Schema v2), one place for each column.

The order of `fields` is the order of the CSV columns. `SCHEMA_HASH` fingerprints them all: a
release whose hash differs from the previous one is a new major version.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from hotline.records import QUALIFIERS
from hotline.series import configured_series

TABLE_SCHEMA_V2 = "https://datapackage.org/profiles/2.0/tableschema.json"
VALUE_STATUSES = ("reported", "revised", "derived", "reviewed")
TOTAL_KINDS = ("cumulative_total", "period_total")
SHA256_PATTERN = "^[0-9a-f]{64}$"
PERIOD_PATTERN = r"^(since_launch|\d{4}-\d{2}(\.\.\d{4}-\d{2})?)$"
OPEN_END = "9999-12-31"  # ALFRED's realtime_end of a value still current


def _field(name: str, kind: str, description: str, **constraints: Any) -> dict[str, Any]:
    spec: dict[str, Any] = {"name": name, "type": kind, "description": description}
    if kind == "string" and name.endswith("url"):
        spec["format"] = "uri"
    if constraints:
        spec["constraints"] = constraints
    return spec


def _series() -> dict[str, Any]:
    return _field("series", "string", "Which hotline: i_want_to_find («Хочу найти») or i_want_to_live "
                  "(«Хочу жить»).", required=True, enum=configured_series())


def _month(description: str = "The month the figure is for (not the month it was published).") -> dict[str, Any]:
    return _field("month", "yearmonth", description, required=True)


def _qualifier() -> dict[str, Any]:
    return _field("qualifier", "string", "How the source states it: exact, over (a lower bound) or about.",
                  required=True, enum=list(QUALIFIERS))


def _source_url(required: bool = True) -> dict[str, Any]:
    return _field("source_url", "string", "The post the value was read from (a row of sources).",
                  **({"required": True} if required else {}))


def _published_at() -> dict[str, Any]:
    return _field("published_at", "datetime", "When that post was published (UTC).", required=True)


def _sha256(what: str) -> dict[str, Any]:
    return _field("raw_text_sha256", "string", f"SHA-256 (hex) of the stored text of {what}.",
                  pattern=SHA256_PATTERN)


def _to_sources() -> list[dict[str, Any]]:
    return [{"fields": ["source_url"], "reference": {"resource": "sources", "fields": ["url"]}}]


MONTHLY_FIELDS = [
    _series(), _month(),
    _field("requests", "integer", "Requests the hotline received that month.", required=True, minimum=0),
    _qualifier(),
    _field("status", "string", "reported: as first published; revised: a later official post changed it; "
           "derived: implied by a stated change; reviewed: read by a person.", required=True,
           enum=list(VALUE_STATUSES)),
    _field("conflict", "boolean", "Official sources disagree on this month (the newest is kept).", required=True),
    _source_url(),
    _field("post_id", "string", "The post's id at its source (channel/number for Telegram).", required=True),
    _published_at(),
    _field("source_kind", "string", "Where the post came from: telegram, feed, export, directory, or review "
           "(a person's reading of a stored post).", required=True),
    _field("official", "boolean", "The post is the Headquarters' own words.", required=True),
    _field("language", "string", "The post's language (BCP 47; und: undetermined)."),
    _field("extraction", "string", "The extractor's rules that read the value (and its version), or the "
           "reviewer's decision.", required=True),
    _field("evidence", "string", "The sentence of the post the value was read from."),
    _sha256("the post version the value was read from"),
]

STATED_TOTAL_FIELDS = [
    _series(),
    _field("kind", "string", "cumulative_total: since launch; period_total: over a span of months.",
           required=True, enum=list(TOTAL_KINDS)),
    _field("period", "string", "since_launch, or the span YYYY-MM..YYYY-MM.", required=True,
           pattern=PERIOD_PATTERN),
    _field("value", "integer", "The total the post states.", required=True, minimum=0),
    _qualifier(), _source_url(),
    _field("post_id", "string", "The post's id at its source.", required=True),
    _published_at(),
]

VINTAGE_FIELDS = [
    _series(), _month(),
    _field("requests", "integer", "The value as it was known from realtime_start to realtime_end.",
           required=True, minimum=0),
    _qualifier(),
    _field("status", "string", "reported, revised, derived or reviewed (as in monthly_series).", required=True,
           enum=list(VALUE_STATUSES)),
    _field("realtime_start", "date", "The first day (UTC) this value was the published one (ALFRED style).",
           required=True),
    _field("realtime_end", "date", f"The last day it was; {OPEN_END} while it still is.", required=True),
    _source_url(), _published_at(),
]

ALERT_FIELDS = [
    _field("alert_key", "string", "The alert's stable key (rule, series, month, direction, rule version).",
           required=True, unique=True),
    _series(), _month("The month the alert is about."),
    _field("kind", "string", "record_high, unusual_jump, missing_report, conflict, revision, ...", required=True),
    _field("severity", "string", "info, warning or alert.", required=True),
    _field("created_at", "datetime", "When Hotline Watch raised it (UTC).", required=True),
    _field("message", "string", "What happened, in one line.", required=True),
    _source_url(required=False),
]

SOURCE_FIELDS = [
    _field("url", "string", "The post's address.", required=True, unique=True),
    _field("source_kind", "string", "telegram, feed, export or directory.", required=True),
    _field("channel", "string", "The channel or feed it was read from (empty: the post is no longer stored)."),
    _field("post_id", "string", "The post's id at its source.", required=True),
    _published_at(),
    _field("language", "string", "The post's language (BCP 47; und: undetermined)."),
    _field("edited", "boolean", "The newest stored version says it was edited.", required=True),
    _field("deleted", "boolean", "The post is gone from its channel (its stored text is kept).", required=True),
    _field("versions", "integer", "How many versions of the post are stored (an edit is a new one; empty: "
           "none is any more).", minimum=1),
    _sha256("the newest stored version of the post"),
]

# name → (file stem, title, description, fields, primary key, foreign keys)
RESOURCES: dict[str, tuple[str, str, str, list[dict[str, Any]], list[str], list[dict[str, Any]]]] = {
    "monthly_series": ("monthly_series", "Monthly series", "One trusted value per series and month, with "
                       "the provenance of that value.", MONTHLY_FIELDS, ["series", "month"], _to_sources()),
    "stated_totals": ("stated_totals", "Stated totals", "Running totals and totals over a span as the posts "
                      "state them (a cross-check of the months).", STATED_TOTAL_FIELDS,
                      ["series", "kind", "period", "source_url"], _to_sources()),
    "vintages": ("vintages", "Vintages", "Every value ever published for a month, with the days it was "
                 "current: the series as known on day D is the rows with realtime_start <= D <= realtime_end.",
                 VINTAGE_FIELDS, ["series", "month", "realtime_start"], _to_sources()),
    "alerts": ("alerts", "Alerts", "Records, unusual jumps, missing reports, conflicts and revisions the "
               "pipeline raised.", ALERT_FIELDS, ["alert_key"], _to_sources()),
    "sources": ("sources", "Sources", "Every post a published value cites.", SOURCE_FIELDS, ["url"], []),
}


def table_schema(name: str) -> dict[str, Any]:
    """The Table Schema of resource `name`."""
    _stem, _title, _description, fields, primary_key, foreign_keys = RESOURCES[name]
    schema: dict[str, Any] = {"$schema": TABLE_SCHEMA_V2, "fields": fields, "primaryKey": primary_key,
                              "missingValues": [""]}
    if foreign_keys:
        schema["foreignKeys"] = foreign_keys
    return schema


def column_names(name: str) -> list[str]:
    """The CSV columns of resource `name`, in order."""
    return [field["name"] for field in RESOURCES[name][3]]


def schema_hash() -> str:
    """A fingerprint of every Table Schema: another value means the published schema changed."""
    text = json.dumps({name: table_schema(name) for name in RESOURCES}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# Frictionless type → DuckDB type of the Parquet copy.
PARQUET_TYPES = {"string": "VARCHAR", "integer": "BIGINT", "boolean": "BOOLEAN", "date": "DATE",
                 "datetime": "TIMESTAMPTZ", "yearmonth": "VARCHAR", "number": "DOUBLE"}


def parquet_types(name: str) -> dict[str, str]:
    """The DuckDB type of each column of resource `name` in its Parquet copy."""
    return {field["name"]: PARQUET_TYPES[field["type"]] for field in RESOURCES[name][3]}
