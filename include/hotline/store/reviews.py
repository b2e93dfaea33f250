"""Human review (issue 14): every SQL statement about review items and decisions (`reviews`).

- `load_items` builds the review queue from the open quarantine entries and the withdrawn months,
  with each item's post (its latest version) and its latest decision;
- `record_decision` stores a person's decision in `reviews` (a new row each time, nothing updated or
  deleted), after checking it like the pipeline checks any fact;
- `apply_reviews` is the pipeline's hook: in the run of the month a decision names, an accepted
  fact becomes an observation with source `review` (status `new`, so validation, reconciliation and
  the alert rules see it like any fact); reruns add nothing, and a fact whose decision was replaced
  is removed. Machine readings never touch these rows: the extractor supersedes only its own.

Parameterized SQL only. Callers use it as `hotline.store.reviews`.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb

from hotline import review
from hotline.review import Decision, ReviewItem
from hotline.settings import OFFICIAL_SOURCES
from hotline.store import connection as store
from hotline.store.monthly import load_monthly_counts

Connection = store.Connection
# Opening the file for one decision waits this long for a pipeline task's write lock, then says busy.
WRITE_ATTEMPTS = 20
WRITE_DELAY_S = 0.25

_LATEST_POSTS = (
    "SELECT source, post_id, version, url, channel, published_at, text FROM raw_posts"
    " QUALIFY row_number() OVER (PARTITION BY source, post_id ORDER BY version DESC) = 1"
)
_LATEST_DECISIONS = (
    "SELECT * FROM reviews"
    " QUALIFY row_number() OVER (PARTITION BY item_id ORDER BY seq DESC) = 1"
)


def connect_writer(path: str | Path, *, attempts: int = WRITE_ATTEMPTS, delay_s: float = WRITE_DELAY_S) -> Connection:
    """A writable, migrated connection, waiting (bounded) while a pipeline task holds the lock;
    `store.DatabaseBusyError` after that."""
    return store._retry_while_locked(lambda: store.connect(path), str(path), attempts=attempts, delay_s=delay_s)


def series_launch() -> dict[str, str | None]:
    """Each configured series and its launch month, as validation takes them."""
    from hotline.series import parsed_config

    return {series_id: spec.get("launched") for series_id, spec in parsed_config().get("series", {}).items()}


def _dicts(conn: Connection, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, list(params))
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _decisions(conn: Connection) -> dict[str, dict[str, Any]]:
    try:
        return {row["item_id"]: row for row in _dicts(conn, _LATEST_DECISIONS)}
    except duckdb.CatalogException:  # a database opened read-only from before the reviews table
        return {}


def load_items(conn: Connection, *, include_decided: bool = False) -> list[ReviewItem]:
    """The review queue, oldest post first: open and flagged items, or every item with `include_decided`."""
    decisions = _decisions(conn)
    items = _quarantine_items(conn, decisions) + _withdrawn_items(conn, decisions)
    items.sort(key=lambda item: (item.published_at is None, item.published_at or datetime.min, item.id))
    return [item for item in items if include_decided or item.needs_a_person]


def find_item(conn: Connection, wanted: str) -> ReviewItem | None:
    """One item by id, whatever its status."""
    return next((item for item in load_items(conn, include_decided=True) if item.id == wanted), None)


def _quarantine_items(conn: Connection, decisions: dict[str, dict[str, Any]]) -> list[ReviewItem]:
    rows = _dicts(conn, (
        "SELECT q.source, q.post_id, q.stage, q.rule, q.message, q.evidence, q.series, q.period,"
        " coalesce(q.post_url, p.url) AS post_url, q.quarantined_at, p.version, p.published_at, p.text"
        f" FROM quarantine q LEFT JOIN ({_LATEST_POSTS}) p ON p.source = q.source AND p.post_id = q.post_id"
        # A reviewed fact that fails validation at run time is the person's to see in the decision,
        # not a new item about a post called "review".
        " WHERE q.source <> ? ORDER BY q.quarantined_at, q.post_id, q.rule"
    ), [review.REVIEW_SOURCE])
    items = []
    for row in rows:
        ident = review.item_id("quarantine", row["source"], row["post_id"], row["stage"], row["rule"],
                               row["evidence"])
        items.append(ReviewItem(
            id=ident, item_kind="quarantine", source=row["source"], post_id=row["post_id"],
            post_version=row["version"], post_url=row["post_url"], published_at=row["published_at"],
            text=row["text"] if row["text"] is not None else row["evidence"], series=row["series"],
            rule=row["rule"], message=row["message"], evidence=row["evidence"], stage=row["stage"],
            guess=review.guess_for_quarantine(row, row["published_at"]), decision=decisions.get(ident),
            latest_version=row["version"]))
    return items


def _withdrawn_items(conn: Connection, decisions: dict[str, dict[str, Any]]) -> list[ReviewItem]:
    rows = _dicts(conn, (
        "SELECT finding_key, series, strftime(month, '%Y-%m') AS month, rule, message, urls, found_at,"
        " EXISTS (SELECT 1 FROM monthly_counts m WHERE m.series = f.series AND m.month = f.month) AS has_value"
        " FROM findings f WHERE rule = 'withdrawn' ORDER BY found_at, finding_key"
    ))
    items = []
    for row in rows:
        ident = review.item_id("withdrawn", row["finding_key"])
        decision = decisions.get(ident)
        if row["has_value"] and decision is None:
            continue  # a source states the month again: nothing left for a person to do
        urls = _url_list(row["urls"])
        post = _post_by_url(conn, urls[0]) if urls else None
        tail = row["finding_key"].rsplit(":", 1)[-1]
        requests = float(tail) if tail.isdigit() else None
        items.append(ReviewItem(
            id=ident, item_kind="withdrawn", source=post["source"] if post else "unknown",
            post_id=post["post_id"] if post else (urls[0] if urls else row["finding_key"]),
            post_version=post["version"] if post else None, post_url=urls[0] if urls else None,
            published_at=post["published_at"] if post else None, text=post["text"] if post else "",
            series=row["series"], rule="withdrawn", message=row["message"], evidence="", stage="detect",
            guess=review.guess_for_withdrawn(row["series"], row["month"], requests), decision=decision,
            latest_version=post["version"] if post else None))
    return items


def _url_list(raw: Any) -> list[str]:
    try:
        value = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return [str(raw)]
    return [str(item) for item in value] if isinstance(value, list) else ([str(value)] if value else [])


def _post_by_url(conn: Connection, url: str) -> dict[str, Any] | None:
    rows = _dicts(conn, f"SELECT * FROM ({_LATEST_POSTS}) WHERE url = ? ORDER BY source LIMIT 1", [url])
    return rows[0] if rows else None


def record_decision(conn: Connection, wanted: str, decision: Decision, now: datetime, *,
                    confirmed: bool = False) -> dict[str, Any]:
    """Check and store a decision on item `wanted` in one transaction; return the stored row.

    Raises `review.DecisionError` (nothing written) for an unknown or already decided item, an item
    without a stored post, or a fact that fails validation; `review.NeedsConfirmation` for a monthly
    figure far from its series' stored months, unless `confirmed`."""
    with store.transaction(conn):
        item = find_item(conn, wanted)
        if item is None:
            raise review.DecisionError(f"no review item {wanted!r} (see `hotline review list --all`)")
        if item.post_version is None or item.published_at is None:
            raise review.DecisionError(f"item {wanted} has no stored post to review")
        checked = review.check_decision(item, decision, series_launch())
        if checked.decision == review.ACCEPT and not confirmed:
            months = [float(c.requests) for c in load_monthly_counts(conn) if c.series == checked.series]
            far = review.far_from_series(checked.kind, float(checked.value), months)
            if far:
                raise review.NeedsConfirmation(f"{far}: check it against the post, then confirm it")
        row = {
            "decision_id": uuid.uuid4().hex,
            "seq": conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM reviews").fetchone()[0],
            "item_id": item.id, "item_kind": item.item_kind,
            "source": item.source, "post_id": item.post_id, "post_version": item.post_version,
            "post_url": item.post_url, "decision": checked.decision, "series": checked.series,
            "kind": checked.kind, "period": checked.period, "value": checked.value, "qualifier": checked.qualifier,
            "effect_month": checked.effect_month(item.published_at), "note": checked.note,
            "reviewer": checked.reviewer, "decided_at": now, "item_rule": item.rule, "item_message": item.message,
        }
        columns = list(row)
        conn.execute(f"INSERT INTO reviews ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
                     [row[column] for column in columns])
    return row


def load_decisions(conn: Connection, *, item: str | None = None) -> list[dict[str, Any]]:
    """Every stored decision (of one item, or all), oldest first: the full history, nothing dropped."""
    sql = "SELECT * FROM reviews"
    params: list[Any] = []
    if item is not None:
        sql += " WHERE item_id = ?"
        params.append(item)
    return _dicts(conn, sql + " ORDER BY seq", params)


def pending_months(conn: Connection) -> list[str]:
    """The months whose next run would apply an accepted decision that is not applied yet (what the
    page offers to run)."""
    try:
        rows = conn.execute(
            f"SELECT DISTINCT d.effect_month FROM ({_LATEST_DECISIONS}) d WHERE d.decision = ? AND NOT EXISTS"
            " (SELECT 1 FROM observations o WHERE o.source = ? AND o.parser_version = 'review:' || d.decision_id)"
            " ORDER BY 1", [review.ACCEPT, review.REVIEW_SOURCE]).fetchall()
    except duckdb.CatalogException:  # read-only, from before the reviews table
        return []
    return [month for (month,) in rows if month]


def apply_reviews(conn: Connection, month: str, now: datetime) -> dict[str, int]:
    """The pipeline's hook, run by each run of `month` after extraction: the accepted facts that take
    effect in this month become observations with source `review` (status `new`); a fact whose
    decision has since been replaced (a new decision on the item) is removed. Returns how many were
    added and removed; a rerun adds and removes nothing. Call outside a transaction."""
    current = _dicts(conn, (
        f"SELECT d.*, p.channel, p.published_at FROM ({_LATEST_DECISIONS}) d"
        " JOIN raw_posts p ON p.source = d.source AND p.post_id = d.post_id AND p.version = d.post_version"
        " WHERE d.decision = ?"), [review.ACCEPT])
    wanted = {_parser_version(row["decision_id"]) for row in current}
    with store.transaction(conn):
        stale = [version for (version,) in conn.execute(
            "SELECT DISTINCT parser_version FROM observations WHERE source = ?", [review.REVIEW_SOURCE]).fetchall()
            if version not in wanted]
        removed = 0
        for version in stale:
            removed += len(conn.execute("DELETE FROM observations WHERE source = ? AND parser_version = ?"
                                        " RETURNING 1", [review.REVIEW_SOURCE, version]).fetchall())
        added = 0
        for row in current:
            if row["effect_month"] != month:
                continue
            evidence = f"reviewed by {row['reviewer']}" + (f": {row['note']}" if row["note"] else "")
            added += len(conn.execute(
                "INSERT INTO observations (source, channel, post_id, post_version, post_url, published_at, official,"
                " series, kind, period, value, qualifier, evidence, parser_version, status, observed_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?) ON CONFLICT DO NOTHING RETURNING 1",
                [review.REVIEW_SOURCE, row["channel"], row["post_id"], row["post_version"], row["post_url"] or "",
                 row["published_at"], row["source"] in OFFICIAL_SOURCES, row["series"], row["kind"], row["period"],
                 float(row["value"]), row["qualifier"], evidence, _parser_version(row["decision_id"]), now],
            ).fetchall())
    return {"review_facts_added": added, "review_facts_removed": removed}


def _parser_version(decision_id: str) -> str:
    # Where a machine reading stores its extractor's version, a reviewed fact names its decision.
    return f"review:{decision_id}"
