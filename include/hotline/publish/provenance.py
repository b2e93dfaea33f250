"""Provenance of each published value: which post, read how (the extractor's rules or a person), in
which language, with what hash of the stored text. Pure: the store's rows in, the resources' rows out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from hotline.publish.vintages import Vintage, current_status, revised_months

# Letters only one of the two Cyrillic languages of the sources uses; Latin-script posts are marked
# English only when they use its commonest words (the press writes in many languages).
UKRAINIAN_LETTERS = frozenset("іїєґ")
RUSSIAN_LETTERS = frozenset("ыэъё")
ENGLISH_WORDS = frozenset({"the", "and", "of", "to", "in", "requests", "received"})
_WORD = re.compile(r"[^\W\d_]+")
# `hotline.extract.explain` says, per number: `'8 712' at 42: [rule] message -> [rule] message`.
_EXPLAINED_NUMBER = re.compile(r"^\s+'.*' at (\d+): (.*)$")
_RULE = re.compile(r"\[([^\]]+)\]")


def guess_language(text: str | None) -> str:
    """The post's language as a BCP 47 tag: uk, ru, en, or und when the letters do not tell."""
    if not text:
        return "und"
    low = text.lower()
    letters = set(low)
    if letters & UKRAINIAN_LETTERS and not letters & RUSSIAN_LETTERS:
        return "uk"
    if letters & RUSSIAN_LETTERS and not letters & UKRAINIAN_LETTERS:
        return "ru"
    words = set(_WORD.findall(low))
    if len(words & ENGLISH_WORDS) >= 2:
        return "en"
    return "und"


def extraction_rules(text: str, published_at: datetime, post_id: str, channel: str, evidence: str,
                     kind: str, period: str) -> str:
    """The extractor's rules that read the fact `kind period` from `evidence` in `text` (as `hotline
    extract --explain` reports them, e.g. `counts → place:period_in_clause`), or "" when not found."""
    from hotline.extract import explain

    start = text.find(evidence) if evidence else -1
    if start < 0:
        return ""
    end = start + len(evidence)
    for line in explain(text, published_at, post_id, channel=channel).splitlines():
        found = _EXPLAINED_NUMBER.match(line)
        if found and start <= int(found.group(1)) < end and f"{kind} {period}" in found.group(2):
            return " → ".join(_RULE.findall(found.group(2)))
    return ""


def _extraction(month: Mapping[str, Any]) -> str:
    if month.get("decision_id"):
        day = month["decided_at"].astimezone(UTC).date().isoformat() if month.get("decided_at") else "?"
        note = f": {month['review_note']}" if month.get("review_note") else ""
        return f"reviewed by {month['reviewer']} on {day} (decision {month['decision_id']}){note}"
    version = month.get("parser_version") or "unknown version"
    rules = ""
    if month.get("raw_text") and month.get("evidence"):
        rules = extraction_rules(month["raw_text"], month["published_at"], month["post_id"],
                                 month.get("channel") or "", month["evidence"], month.get("fact_kind") or "",
                                 month.get("fact_period") or "")
    how = f"derived from {month.get('fact_kind')} {month.get('fact_period')}; " if month.get("derived") else ""
    return f"{how}rules {rules or 'not recorded'} (extractor {version})"


def monthly_rows(months: Iterable[Mapping[str, Any]], vintages: Iterable[Vintage]) -> list[dict[str, Any]]:
    """The monthly_series resource: each trusted month with the provenance of its value."""
    revised = revised_months(vintages)
    rows = []
    for month in months:
        rows.append({
            "series": month["series"], "month": month["month"], "requests": int(month["requests"]),
            "qualifier": month["qualifier"],
            "status": current_status(month, (month["series"], month["month"]) in revised),
            "conflict": month["reconcile_status"] == "conflict", "source_url": month["source_url"],
            "post_id": month["post_id"], "published_at": month["published_at"], "source_kind": month["source"],
            "official": bool(month["official"]), "language": guess_language(month.get("raw_text")),
            "extraction": _extraction(month), "evidence": month.get("evidence") or "",
            "raw_text_sha256": month.get("raw_text_sha256") or "",
        })
    return rows


def total_rows(totals: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The stated_totals resource."""
    return [{"series": t["series"], "kind": t["kind"], "period": t["period"], "value": round(t["value"]),
             "qualifier": t["qualifier"], "source_url": t["post_url"], "post_id": t["post_id"],
             "published_at": t["published_at"]} for t in totals]


def alert_rows(alerts: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The alerts resource (no delivery state: whether a message went out is no part of the data)."""
    return [{"alert_key": a["alert_key"], "series": a["series"], "month": a["month"], "kind": a["kind"],
             "severity": a["severity"], "created_at": a["created_at"], "message": a["message"],
             "source_url": a.get("source_url") or ""} for a in alerts]


def source_rows(posts: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The sources resource: each cited post once."""
    return [{"url": p["url"], "source_kind": p["source"], "channel": p["channel"], "post_id": p["post_id"],
             "published_at": p["published_at"], "language": guess_language(p.get("text")),
             "edited": bool(p["edited"]), "deleted": bool(p["deleted"]), "versions": int(p["versions"]),
             "raw_text_sha256": p.get("raw_text_sha256") or ""} for p in posts]


DEMO_POST_SCHEME = "urn:hotline-demo:"  # a demo post's reference: a URI, never a link to a real host
URL_COLUMNS = ("source_url", "url")


def demo_post_ref(url: str) -> str:
    """A demo post's address as the dataset names it: `urn:hotline-demo:<channel>/<number>`, so that
    the references between resources still resolve while nothing links a demo post on t.me (no such
    channel exists there, and anyone could register its name)."""
    if not url.startswith(("https://", "http://")):
        return url
    return DEMO_POST_SCHEME + url.split("://", 1)[1].split("/", 1)[-1].strip("/")


def unlinked(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Demo rows as the dataset hands them out: every post address a `demo_post_ref`."""
    return [{**row, **{column: demo_post_ref(row[column]) for column in URL_COLUMNS if row.get(column)}}
            for row in rows]


def cited_urls(*resources: Iterable[Mapping[str, Any]]) -> list[str]:
    """Every non-empty `source_url` of these rows."""
    return sorted({row["source_url"] for rows in resources for row in rows if row.get("source_url")})


def unstored_sources(cited: Iterable[Mapping[str, Any]], stored: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """A sources row for each cited post that is not (or no longer) stored, from what its citing row says,
    so that every `source_url` of the package resolves."""
    have = {row["url"] for row in stored}
    out: dict[str, dict[str, Any]] = {}
    for row in cited:
        url = row.get("source_url")
        if url and url not in have and url not in out:
            out[url] = {"url": url, "source_kind": row.get("source_kind") or "unknown", "channel": "",
                        "post_id": row.get("post_id") or url.rstrip("/").rsplit("/", 1)[-1],
                        "published_at": row["published_at"],
                        "language": "und", "edited": False, "deleted": False, "versions": None,
                        "raw_text_sha256": ""}
    return list(out.values())
