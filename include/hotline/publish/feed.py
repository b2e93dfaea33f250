"""`feed.xml`: an Atom feed of new months, revisions and alerts, each entry with its source post's link.

The feed is rebuilt from the database on each publish, and each entry's id and time come from what it
announces (a month, a revision's two posts, an alert key), never from the run: a rerun writes the same
entries, each exactly once. Demo data says so in the feed's title and in every entry, and links no post
(a demo channel's name does not exist at the real host). Written with ElementTree, which escapes text.
"""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from hotline.months import month_name
from hotline.numbers import fmt_int
from hotline.publish import about
from hotline.publish.vintages import Vintage
from hotline.series import series_label

ATOM = "http://www.w3.org/2005/Atom"
ID_ROOT = "tag:hotline-watch.invalid,2024:dataset"


def _time(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _entry(entry_id: str, title: str, updated: datetime, summary: str, link: str | None) -> dict[str, Any]:
    return {"id": entry_id, "title": title, "updated": updated, "summary": summary, "link": link}


def month_entries(vintages: Iterable[Vintage]) -> list[dict[str, Any]]:
    """One entry per month: its first published value (what was new then; later values are revisions)."""
    first: dict[tuple[str, str], Vintage] = {}
    for vintage in vintages:
        first.setdefault((vintage.series, vintage.month), vintage)
    return [_entry(f"{ID_ROOT}:month/{v.series}/{v.month}",
                   f"{series_label(v.series)}: {fmt_int(v.requests)} requests in {month_name(v.month)}",
                   v.published_at, f"New month: {series_label(v.series)} {month_name(v.month)}, "
                   f"{fmt_int(v.requests)} requests ({v.qualifier}).", v.source_url) for v in first.values()]


def revision_entries(revisions: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One entry per stored revision (keyed by the month and both posts)."""
    out = []
    for rev in revisions:
        digest = hashlib.sha256(f"{rev['old_url']}|{rev['new_url']}".encode()).hexdigest()[:16]
        label = f"{series_label(rev['series'])} {month_name(rev['month'])}"
        out.append(_entry(
            f"{ID_ROOT}:revision/{rev['series']}/{rev['month']}/{digest}",
            f"Revised: {label}: {fmt_int(rev['old_requests'])} → {fmt_int(rev['new_requests'])} requests",
            rev["new_published_at"] or rev["revised_at"],
            f"A later official post changed {label} from {fmt_int(rev['old_requests'])} to "
            f"{fmt_int(rev['new_requests'])}. Earlier post: {rev['old_url']}", rev["new_url"]))
    return out


def alert_entries(alerts: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One entry per alert key."""
    return [_entry(f"{ID_ROOT}:alert/{a['alert_key']}", _headline(a["message"]), a["created_at"],
                   f"{a['kind']} ({a['severity']}) for {series_label(a['series'])} {month_name(a['month'])}: "
                   f"{a['message']}", a.get("source_url") or None) for a in alerts]


def _headline(message: str) -> str:
    """An alert message's first sentence (its title; the whole message is the entry's summary)."""
    head = message.split(". ", 1)[0].strip()
    return head if head.endswith((".", "!", "?")) or head == message.strip() else head + "."


def atom_feed(entries: list[dict[str, Any]], *, version: str, released_at: datetime, demo: bool) -> bytes:
    """The Atom document (UTF-8), newest entry first."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    mark = f"[{about.DEMO_MARK}] " if demo else ""

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        element.text = text
        return element

    sub(feed, "id", ID_ROOT + (":demo" if demo else ""))
    sub(feed, "title", f"{mark}{about.TITLE}")
    sub(feed, "subtitle", (about.DEMO_NOTE + " " if demo else "") + f"New months, revisions and alerts. "
        f"Dataset version {version}.")
    ordered = sorted(entries, key=lambda e: (e["updated"], e["id"]), reverse=True)
    sub(feed, "updated", _time(max([released_at, *(e["updated"] for e in ordered)])))
    author = sub(feed, "author")
    sub(author, "name", "Hotline Watch")
    sub(feed, "link", rel="alternate", href="index.html", type="text/html")
    sub(feed, "rights", f"{about.LICENSE['title']} ({about.LICENSE['name']})")
    for entry in ordered:
        node = sub(feed, "entry")
        sub(node, "id", entry["id"])
        sub(node, "title", mark + entry["title"])
        sub(node, "updated", _time(entry["updated"]))
        if entry["link"] and not demo:
            sub(node, "link", rel="alternate", href=entry["link"])
        summary = entry["summary"] + (f" {about.DEMO_NOTE}" if demo else "")
        sub(node, "summary", summary, type="text")
        source = f" Source: {entry['link']}" if entry["link"] and not demo else ""
        sub(node, "content", summary + source, type="text")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
