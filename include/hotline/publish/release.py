"""The dataset's version follows its data: a new month is a minor version, any other change of the data
(a revised value, a withdrawn month, a new alert or total) a patch, a changed schema a major version.
Data and schema that match the last release make no release (a rerun publishes the same version).
Pure: the last release and the new rows in, the next release (or None) out; `changelog` renders them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from hotline.months import month_name
from hotline.numbers import fmt_int
from hotline.series import series_label

FIRST_VERSION = (1, 0, 0)


def content_hash(resources: Mapping[str, Sequence[Mapping[str, Any]]]) -> str:
    """A fingerprint of every published row (the same rows give the same hash, whatever the run)."""
    def plain(value: Any) -> Any:
        return value.isoformat() if isinstance(value, date | datetime) else value

    text = json.dumps({name: [{k: plain(v) for k, v in row.items()} for row in rows]
                       for name, rows in sorted(resources.items())}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def data_state(monthly: Iterable[Mapping[str, Any]], alerts: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """What the next release is compared with: each month's value and the alert keys."""
    return {"values": {f"{row['series']}|{row['month']}": int(row["requests"]) for row in monthly},
            "alerts": sorted(row["alert_key"] for row in alerts)}


def _changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[dict[str, Any]]:
    old, new = before.get("values", {}), after["values"]
    changes: list[dict[str, Any]] = []
    for key in sorted(new):
        series, month = key.split("|")
        if key not in old:
            changes.append({"kind": "new_month", "series": series, "month": month, "requests": new[key]})
        elif old[key] != new[key]:
            changes.append({"kind": "revision", "series": series, "month": month, "old": old[key], "new": new[key]})
    for key in sorted(set(old) - set(new)):
        series, month = key.split("|")
        changes.append({"kind": "withdrawn", "series": series, "month": month, "requests": old[key]})
    new_alerts = sorted(set(after["alerts"]) - set(before.get("alerts", [])))
    changes += [{"kind": "alert", "alert_key": key} for key in new_alerts]
    return changes


def _bump(version: str, part: str) -> str:
    major, minor, patch = (int(x) for x in version.split("."))
    if part == "major":
        return f"{major + 1}.0.0"
    if part == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def next_release(previous: Mapping[str, Any] | None, state: Mapping[str, Any], schema: str, content: str,
                 *, demo: bool, now: datetime) -> dict[str, Any] | None:
    """The release these rows make after `previous` (a row of `dataset_releases`), or None when data and
    schema are those of `previous`. Demo data stays demo: a database once released as demo stays so."""
    base = {"released_at": now, "schema_hash": schema, "content_hash": content, "state": dict(state)}
    if previous is None:
        months = len(state["values"])
        return {**base, "version": ".".join(map(str, FIRST_VERSION)), "demo": demo,
                "changes": [{"kind": "first_release", "months": months, "alerts": len(state["alerts"])}]}
    if previous["schema_hash"] == schema and previous["content_hash"] == content:
        return None
    changes = _changes(previous["state"], state)
    if previous["schema_hash"] != schema:
        part = "major"
        changes.insert(0, {"kind": "schema"})
    elif any(change["kind"] == "new_month" for change in changes):
        part = "minor"
    else:
        part = "patch"
    if not changes:
        changes.append({"kind": "other"})
    return {**base, "version": _bump(previous["version"], part), "changes": changes,
            "demo": demo or bool(previous["demo"])}


def describe_change(change: Mapping[str, Any]) -> str:
    """One line of the CHANGELOG (and a feed entry's summary) for one change."""
    kind = change["kind"]
    if kind == "first_release":
        return f"First release: {change['months']} months, {change['alerts']} alerts."
    if kind == "schema":
        return "The Table Schemas changed (see datapackage.json): read the files anew."
    if kind == "other":
        return "Provenance, stated totals or sources changed; no value did."
    if kind == "alert":
        return f"New alert {change['alert_key']}."
    label = f"{series_label(change['series'])} {month_name(change['month'])}"
    if kind == "new_month":
        return f"New month: {label}: {fmt_int(change['requests'])} requests."
    if kind == "revision":
        return f"Revised: {label}: {fmt_int(change['old'])} → {fmt_int(change['new'])} requests."
    return f"Withdrawn: {label} (was {fmt_int(change['requests'])})."


def changelog(releases: Iterable[Mapping[str, Any]], *, demo: bool) -> str:
    """CHANGELOG.md: one entry per version, newest first."""
    lines = ["# Changelog of the Hotline Watch dataset", ""]
    if demo:
        lines += ["> **DEMO DATA**: generated demo data modeled on the real series. Do not cite it.", ""]
    lines += ["Versions follow the data: a new month is a minor version, a revised value (or another change of "
              "the data) a patch, a changed schema a major version.", ""]
    for release in releases:
        day = release["released_at"].date().isoformat()
        lines += [f"## {release['version']} — {day}", ""]
        lines += [f"- {describe_change(change)}" for change in release["changes"]]
        lines.append("")
    return "\n".join(lines)
