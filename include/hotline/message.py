"""What a person receives: an alert row (plus its month's sources) turned into a title that is the
news, a body that shows where it came from, and the Apprise notify type that fits its meaning.

Pure: rows in, strings out. The pipeline gathers the inputs (the alert, the observations of its
month, the page's public URL) and `notify` sends the result.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from hotline.detect import CONFLICT, CROSS_CHECK, MISSING_REPORT, RECORD_HIGH, REVISION, UNUSUAL_JUMP
from hotline.months import MONTH_NAMES, parse_month
from hotline.months import month_name as month_words  # the page imports it from here too
from hotline.numbers import fmt_int, fmt_pct
from hotline.series import series_label, series_title

# Apprise's notify types by meaning: the red "failure" is kept for a broken pipeline only.
INFO, WARNING, FAILURE = "info", "warning", "failure"
PAGE_PATH = "/hotline-watch/"


@dataclass(frozen=True)
class Message:
    """One alert as delivered: title, plain-text body and Apprise notify type."""

    title: str
    body: str
    notify_type: str


def details_of(alert: dict[str, Any]) -> dict[str, Any]:
    """The alert's details as a dict (the outbox stores them as JSON text)."""
    raw = alert.get("details")
    if isinstance(raw, dict):
        return raw
    try:
        value = json.loads(raw) if raw else {}
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def notify_type_for(alert: dict[str, Any]) -> str:
    """`info` for records and resolved reports, `warning` for jumps, late/missing reports and data
    problems (conflicts, revisions, failed checks); never `failure`, which means a broken pipeline."""
    kind = alert["kind"]
    if kind == RECORD_HIGH:
        return INFO
    if kind == MISSING_REPORT and details_of(alert).get("state") == "resolved":
        return INFO
    return WARNING


def _possessive(month: str, relative_to: str) -> str:
    """'January's' within the alert's year, 'December 2024's' across years."""
    first, other = parse_month(month), parse_month(relative_to)
    name = MONTH_NAMES[first.month - 1] if first.year == other.year else month_words(month)
    return f"{name}'s"


def _count(value: Any, qualifier: str | None = "exact") -> str:
    prefix = {"over": "over ", "about": "about "}.get(qualifier or "exact", "")
    return f"{prefix}{fmt_int(value)}"


def _pct_change(value: Any, reference: Any) -> float | None:
    try:
        return 100.0 * (float(value) / float(reference) - 1)
    except (TypeError, ValueError, ZeroDivisionError):
        return None


def page_link(public_url: str | None, series: str, month: str | None = None) -> str | None:
    """The series on the Hotline Watch page (`HOTLINE_PUBLIC_URL` + /hotline-watch/), or None."""
    if not public_url:
        return None
    query = f"?series={quote(series)}" + (f"&month={quote(month)}" if month else "")
    return f"{public_url.rstrip('/')}{PAGE_PATH}{query}#series-{quote(series)}"


def compose_title(alert: dict[str, Any]) -> str:
    """The news in one line: series, month, value and what happened."""
    d = details_of(alert)
    label, month, kind = series_label(alert["series"]), alert["month"], alert["kind"]
    when = month_words(month)
    value = d.get("value")
    if kind == RECORD_HIGH and value is not None:
        title = f"{label}: {_count(value, d.get('qualifier'))} requests in {when} — a record"
        if d.get("previous_record_value") is not None and d.get("previous_record_month"):
            pct = _pct_change(value, d["previous_record_value"])
            title += (f", {fmt_pct(pct)} on {_possessive(d['previous_record_month'], month)} "
                      f"{fmt_int(d['previous_record_value'])}")
        return title
    if kind == UNUSUAL_JUMP and value is not None:
        word = "jump" if d.get("direction", "up") == "up" else "drop"
        title = f"{label}: {_count(value, d.get('qualifier'))} requests in {when} — an unusual {word}"
        if d.get("previous_value") is not None and d.get("previous_month"):
            pct = _pct_change(value, d["previous_value"])
            title += f", {fmt_pct(pct)} on {_possessive(d['previous_month'], month)} {fmt_int(d['previous_value'])}"
        return title
    if kind == MISSING_REPORT:
        state = d.get("state")
        if state == "resolved":
            return f"{label}: the report for {when} has arrived, {d.get('days_past_expected', '?')} days late"
        if state == "missing":
            return f"{label}: the report for {when} is still missing"
        return f"{label}: the report for {when} is late"
    if kind == REVISION and d.get("old") is not None:
        return f"{label}: {when} revised from {fmt_int(d['old'])} to {fmt_int(d['new'])} requests"
    if kind == CONFLICT:
        return f"{label}, {when}: the official sources disagree"
    if kind == CROSS_CHECK:
        if d.get("rule") == "withdrawn":
            return f"{label}, {when}: the figure is withdrawn (its post no longer states it)"
        return f"{label}, {when}: a stated figure does not add up"
    return f"{label}, {when}: {kind.replace('_', ' ')}"


def _comparison_lines(alert: dict[str, Any]) -> list[str]:
    d = details_of(alert)
    lines: list[str] = []
    if d.get("value") is None:
        return lines
    if d.get("previous_value") is not None and d.get("previous_month"):
        pct = _pct_change(d["value"], d["previous_value"])
        lines.append(f"Against the previous month: {fmt_pct(pct)} on {month_words(d['previous_month'])} "
                     f"({fmt_int(d['previous_value'])}).")
    if d.get("previous_record_value") is not None and d.get("previous_record_month"):
        pct = _pct_change(d["value"], d["previous_record_value"])
        lines.append(f"Against the previous record: {fmt_pct(pct)} on {month_words(d['previous_record_month'])} "
                     f"({fmt_int(d['previous_record_value'])}).")
    if d.get("baseline") is not None and d.get("baseline_change_pct") is not None:
        lines.append(f"Against the median of the 3 months before: {fmt_pct(d['baseline_change_pct'])} "
                     f"(median {fmt_int(round(d['baseline']))})" +
                     (f"; robust score {d['score']:+.1f}." if d.get("score") is not None else "."))
    return lines


def _reason_lines(alert: dict[str, Any]) -> list[str]:
    d = details_of(alert)
    lines = []
    if alert["kind"] == RECORD_HIGH:
        reasons = d.get("promoted_because") or []
        lines.append(f"Why an alert: {'; '.join(reasons)}." if reasons else
                     "A plain record (the series' trend), recorded as a notice.")
    if d.get("method") == "ratio_fallback":
        lines.append("Too little history for a robust score: judged on the ratio alone.")
    if d.get("gap_months"):
        lines.append(f"Compared across a gap of {d['gap_months']} missing month(s).")
    if d.get("qualifier") not in (None, "exact"):
        lines.append(f"The figure is rounded in the source (“{d['qualifier']}”).")
    return lines


def _claim_lines(sources: Sequence[dict[str, Any]], source_url: str | None) -> list[str]:
    """What the source itself said: its record claim, its own percent change, its wording."""
    own = [s for s in sources if s.get("post_url") == source_url] or list(sources)
    claims = []
    if any(s["kind"] == "record_claim" for s in own):
        claims.append("calls it a record")
    for s in own:
        if s["kind"] == "mom_change_pct":
            claims.append(f"states {fmt_pct(s['value'])} on the month before")
            break
    lines = []
    if claims:
        lines.append("The source itself " + " and ".join(claims) + ".")
    evidence = next((s["evidence"] for s in own if s["kind"] == "monthly_count" and s.get("evidence")), None)
    if evidence:
        lines.append(f"In its words: “{evidence.strip()}”")
    return lines


def compose_message(alert: dict[str, Any], *, sources: Sequence[dict[str, Any]] = (),
                    source_url: str | None = None, public_url: str | None = None, demo: bool = False,
                    post_link: Callable[[str], str | None] = lambda url: url) -> Message:
    """The whole message for one alert row.

    `sources`: the accepted observations of the alert's series and month (`post_url`, `kind`,
    `value`, `evidence`, `official`); `source_url`: the post the stored value came from;
    `public_url`: where the Hotline Watch page is served; `demo`: the month comes from the demo
    channel; `post_link` turns a stored post URL into the link to show (the demo server's, for
    demo posts), or None when there is nothing to link to.
    """
    d = details_of(alert)
    comparisons = _comparison_lines(alert)
    # The structured lines say what detection's sentence says; only its reasons are added.
    lines = comparisons + _reason_lines(alert) if comparisons else [alert.get("message") or ""]
    claims = _claim_lines(sources, source_url)
    if claims:
        lines += ["", *claims]
    urls = [source_url] if source_url else []
    urls += [u for u in (d.get("urls") or []) + [d.get("old_url"), d.get("new_url")] if u]
    urls += [s["post_url"] for s in sources if s.get("post_url")]
    shown = [link for link in dict.fromkeys(post_link(u) for u in dict.fromkeys(urls)) if link]
    if shown:
        lines += ["", f"Source: {shown[0]}"]
        if len(shown) > 1:
            lines.append("Other sources this month: " + " ".join(shown[1:]))
    elif urls:
        lines += ["", "Source: a demo post (served by the local demo channel only)."]
    page = page_link(public_url, alert["series"], alert["month"])
    if page:
        lines.append(f"On Hotline Watch: {page}")
    if demo:
        lines.append(f"Demo data: {series_title(alert['series'])} as modeled by the demo channel, not the real series.")
    lines += ["", f"alert key: {alert['alert_key']}"]
    title = compose_title(alert)
    if demo:
        title = f"{title} (demo data)"
    return Message(title=title, body="\n".join(lines).strip(), notify_type=notify_type_for(alert))
