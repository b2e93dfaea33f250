"""What a person receives: an alert row (plus its month's sources) turned into a title that is the
news, a body that shows where it came from, and the Apprise notify type that fits its meaning.

Pure: rows in, strings out. The pipeline gathers the inputs (the alert, the observations of its
month, the page's public URL) and `notify` sends the result.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from hotline.detect import RECORD_HIGH
from hotline.detect.rules import ALERT_RULES, DEFAULT_RULES, AlertRule
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
    """The Apprise notify type of the alert's rule (`detect.rules.ALERT_RULES`) for its variant:
    `info` for records and resolved reports, `warning` for the rest; never `failure`, which means
    a broken pipeline."""
    rule = ALERT_RULES.get(alert["kind"])
    if rule is None:
        return WARNING
    variant = _variant(rule, details_of(alert))
    return rule.notify.get(variant) or rule.notify.get("", WARNING)


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


# What a change is measured against: the details' value key and month key (None: no month).
_REFERENCES = {
    "previous": ("previous_value", "previous_month"),
    "previous_record": ("previous_record_value", "previous_record_month"),
    "baseline": ("baseline", None),
    "old": ("old", None),
}
_OPTIONAL = re.compile(r"\[([^\[\]]*)\]")


def _reference(rule: AlertRule, d: dict[str, Any], month: str) -> tuple[float, str] | None:
    """The first of the rule's references the alert has: its value, and how a title names it."""
    for name in rule.compare:
        value_key, month_key = _REFERENCES[name]
        value = d.get(value_key)
        if value is None or (month_key and not d.get(month_key)):
            continue
        if name == "baseline":
            return float(value), f"the {DEFAULT_RULES.baseline_months}-month median ({fmt_int(round(float(value)))})"
        if month_key:
            return float(value), f"{_possessive(d[month_key], month)} {fmt_int(value)}"
        return float(value), fmt_int(value)
    return None


def _variant(rule: AlertRule, d: dict[str, Any], month: str = "") -> str:
    """Which of the rule's titles fits: up or down by the numbers' own sign, or a details value."""
    if rule.variant_by != "change":
        return str(d.get(rule.variant_by) or "") if rule.variant_by else ""
    reference, value = _reference(rule, d, month or "2000-01"), d.get(rule.value_key)
    pct = _pct_change(value, reference[0]) if reference else None
    if pct is None or pct == 0:
        return {"up": "up", "down": "down"}.get(str(d.get("direction")), "")
    return "up" if pct > 0 else "down"


def _title_fields(alert: dict[str, Any], rule: AlertRule, d: dict[str, Any]) -> dict[str, Any]:
    month = alert["month"]
    fields = {key: value for key, value in d.items() if value is not None and not isinstance(value, dict | list)}
    fields.update(label=series_label(alert["series"]), when=month_words(month))
    value = d.get(rule.value_key)
    if value is not None:
        fields["count"] = _count(value, d.get("qualifier"))
    for key in ("old", "new"):
        if d.get(key) is not None:
            fields[f"{key}_count"] = fmt_int(d[key])
    reference = _reference(rule, d, month)
    pct = _pct_change(value, reference[0]) if reference else None
    if reference and pct is not None:
        fields.update(pct=fmt_pct(pct), ref=reference[1])
    return fields


def fill_title(template: str, fields: dict[str, Any]) -> str | None:
    """The template filled from `fields`; a `[part]` with an unknown field is left out; None when
    a field outside the brackets is unknown."""
    def optional(match: re.Match[str]) -> str:
        try:
            return match.group(1).format_map(fields)
        except (KeyError, ValueError, IndexError):
            return ""

    try:
        return _OPTIONAL.sub(optional, template).format_map(fields)
    except (KeyError, ValueError, IndexError):
        return None


def compose_title(alert: dict[str, Any]) -> str:
    """The news in one line: series, month, value and what happened, in the words of the alert
    rule's table (`detect.rules.ALERT_RULES`) that fit the numbers' sign."""
    d = details_of(alert)
    rule = ALERT_RULES.get(alert["kind"])
    fallback = f"{series_label(alert['series'])}, {month_words(alert['month'])}: {alert['kind'].replace('_', ' ')}"
    if rule is None:
        return fallback
    fields = _title_fields(alert, rule, d)
    variant = _variant(rule, d, alert["month"])
    for template in (rule.titles.get(variant), rule.titles.get("")):
        title = fill_title(template, fields) if template else None
        if title:
            return title
    return fallback


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
