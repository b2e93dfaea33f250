"""Reconciliation: accepted observations → one trusted number per series and month.

Official channels beat news; exact beats rounded; a later official post on the same channel is a
revision (both kept); official channels disagreeing is a conflict (the newest kept, flagged).
Stated percent changes, record claims and running totals are cross-checked against the result,
and the months two running totals bracket are summed. Pure: a DataFrame in, records out. It runs
in the `detect_alerts` step, before the alert rules.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from hotline.months import format_month, is_month, months_after, parse_month, previous_month
from hotline.records import Finding, MonthlyCount, Revision

# A stated percent is rounded to a whole number: allow half a point either way.
PERCENT_ROUNDING = 0.5
# Exact official figures closer than this are the same number written twice, not a conflict.
EXACT_MARGIN = 0.005
# "About N" covers values within this share of N.
ABOUT_MARGIN = 0.10


@dataclass(frozen=True)
class Reconciliation:
    """The trusted monthly series, the revisions behind it and the checks that failed."""

    monthly: list[MonthlyCount]
    revisions: list[Revision]
    findings: list[Finding]
    # Derived period totals: what two running totals say the months between them, which have no figure of
    # their own, received in all (`gap_totals`). Also stored as `gap_total` findings (no month, no alert).
    gaps: list[dict[str, Any]] = field(default_factory=list)


def _finding(rule: str, series: str, period: str | None, severity: str, message: str,
             urls: list[str], *identity: object) -> Finding:
    digest = hashlib.sha256("|".join(map(str, identity)).encode()).hexdigest()[:10]
    return Finding(f"{rule}:{series}:{period or '-'}:{digest}", series,
                   period if period and is_month(period) else None, rule, severity, message, tuple(urls))


def _agrees(exact: float, rounded: float, qualifier: str) -> bool:
    if qualifier == "over":
        return exact >= rounded
    if qualifier == "about":
        return abs(exact - rounded) <= ABOUT_MARGIN * rounded
    return abs(exact - rounded) <= EXACT_MARGIN * max(exact, rounded)


def _row(observation: pd.Series, *, derived: bool = False, value: float | None = None,
         qualifier: str | None = None, status: str = "ok", record_claimed: bool = False) -> MonthlyCount:
    return MonthlyCount(
        series=observation["series"], month=observation["period"],
        requests=round(observation["value"] if value is None else value),
        qualifier=qualifier or observation["qualifier"], source_url=observation["post_url"],
        published_at=observation["published_at"].to_pydatetime(), source=observation["source"],
        post_id=observation["post_id"], official=bool(observation["official"]), derived=derived,
        record_claimed=bool(record_claimed), status=status,
    )


def _choose_month(group: pd.DataFrame) -> tuple[pd.Series, str, list[Revision], list[Finding]]:
    """Pick the trusted observation of one series and month; report revisions and conflicts."""
    series, period = group["series"].iloc[0], group["period"].iloc[0]
    if (group["source"] == "review").any():  # a person's reading (issue 14) outranks every machine reading
        group = group[group["source"] == "review"]
    official = group[group["official"]]
    candidates = official if not official.empty else group
    # An edited post's versions share its time and id: the later version comes later (a revision).
    order = [column for column in ("published_at", "post_id", "post_version") if column in candidates]
    exact = candidates[candidates["qualifier"] == "exact"].sort_values(order)
    revisions: list[Revision] = []
    findings: list[Finding] = []
    if exact.empty:
        # Only rounded figures: the tightest lower bound ("over") beats "about"; then the newest.
        ranked = candidates.assign(_over=candidates["qualifier"] == "over").sort_values(
            ["_over", "value", "published_at"], ascending=[False, False, False])
        return ranked.iloc[0], "ok", revisions, findings
    latest_by_channel = []
    for _, posts in exact.groupby("channel", sort=True):
        previous = None
        for _, observation in posts.iterrows():
            if previous is not None and observation["value"] != previous["value"]:
                revisions.append(Revision(series, period, round(previous["value"]),
                                          round(observation["value"]), previous["post_url"],
                                          observation["post_url"]))
            previous = observation
        latest_by_channel.append(previous)
    chosen = max(latest_by_channel, key=lambda obs: (obs["published_at"], obs["post_id"], obs.get("post_version", 0)))
    status = "ok"
    disagreeing = [obs for obs in latest_by_channel if not _agrees(obs["value"], chosen["value"], "exact")]
    if disagreeing:
        status = "conflict"
        values = sorted({round(obs["value"]) for obs in latest_by_channel})
        urls = sorted({obs["post_url"] for obs in latest_by_channel})
        findings.append(_finding(
            "conflict", series, period, "alert",
            f"official sources disagree on {series} {period}: {', '.join(f'{v:,}' for v in values)}",
            urls, *values))
    return chosen, status, revisions, findings


def _rounded_disagreements(group: pd.DataFrame, chosen: pd.Series) -> list[Finding]:
    if chosen["qualifier"] != "exact":
        return []
    findings = []
    for _, observation in group[group["qualifier"] != "exact"].iterrows():
        if not _agrees(chosen["value"], observation["value"], observation["qualifier"]):
            findings.append(_finding(
                "rounded_disagrees", chosen["series"], chosen["period"], "warning",
                f"{observation['qualifier']} {observation['value']:,.0f} does not fit the exact "
                f"{chosen['value']:,.0f} for {chosen['series']} {chosen['period']}",
                [observation["post_url"], chosen["post_url"]], observation["post_url"], observation["value"]))
    return findings


def current_observations(observations: pd.DataFrame,
                         post_states: Mapping[tuple[str, str], tuple[int, bool]]) -> pd.DataFrame:
    """The readings that still count after edits and deletions (issue 23): none from a post flagged
    deleted, and from an older version of an edited post only what its latest version still states,
    so a changed figure is a revision (older version → newer) and a figure edited away no longer counts.

    `post_states` maps (source, post_id) to (latest version, deleted); readings of posts it does not
    know (a person's review) always count."""
    if observations.empty:
        return observations
    states = [post_states.get(key) for key in zip(observations["source"], observations["post_id"], strict=True)]
    deleted = [bool(state and state[1]) for state in states]
    latest = [state is None or version >= state[0]
              for state, version in zip(states, observations["post_version"], strict=True)]
    statement = list(zip(observations["source"], observations["post_id"], observations["series"],
                         observations["kind"], observations["period"], strict=True))
    stated_now = {key for key, is_latest in zip(statement, latest, strict=True) if is_latest}
    keep = [not gone and (is_latest or key in stated_now)
            for gone, is_latest, key in zip(deleted, latest, statement, strict=True)]
    return observations[keep]


def reconcile(observations: pd.DataFrame) -> Reconciliation:
    """Turn accepted observations into one row per series and month, with revisions and findings.

    Official channels beat news; exact beats rounded; a later official post on the same channel
    revises the value; official channels disagreeing is a conflict (newest kept, flagged).
    """
    if observations.empty:
        return Reconciliation([], [], [])
    obs = observations.copy()
    obs["published_at"] = pd.to_datetime(obs["published_at"], utc=True)
    monthly_obs = obs[obs["kind"] == "monthly_count"]
    claims = obs[obs["kind"] == "record_claim"]
    claimed = set(zip(claims["series"], claims["period"], strict=True))
    rows: dict[tuple[str, str], MonthlyCount] = {}
    revisions: list[Revision] = []
    findings: list[Finding] = []
    for (series, period), group in monthly_obs.groupby(["series", "period"], sort=True):
        chosen, status, month_revisions, month_findings = _choose_month(group)
        rows[(series, period)] = _row(chosen, status=status, record_claimed=(series, period) in claimed)
        revisions += month_revisions
        findings += month_findings + _rounded_disagreements(group, chosen)
    rows.update(_derived_months(obs, rows))
    findings += _check_percent_changes(obs, rows)
    findings += _check_record_claims(claims, rows)
    findings += _check_running_totals(obs, rows)
    gaps = gap_totals(obs, rows)
    findings += [_gap_finding(gap) for gap in gaps]
    monthly = [rows[key] for key in sorted(rows)]
    return Reconciliation(monthly=monthly, revisions=revisions, findings=findings, gaps=gaps)


# A running total published up to this day of a month counts the months before it (reports of the month
# before come out on the 3rd-12th); later in the month it includes part of that month, so it brackets nothing.
AS_OF_LAST_DAY = 15


def gap_totals(obs: pd.DataFrame, rows: Mapping[tuple[str, str], MonthlyCount]) -> list[dict[str, Any]]:
    """The months with no figure between two exact running totals, summed: the later total minus the earlier
    one minus the months between that have a figure ("Jun–Sep 2025: 34,571 in all, from running totals").

    Only consecutive exact totals, published early in a month (so each counts whole months), and only when
    the months without a figure are one unbroken run; `qualifier` is `exact` when every known month between
    is exact, else `about`. A gap that comes out at zero or below is a contradiction of the totals and is
    left to the running-total checks.
    """
    gaps = []
    totals = obs[(obs["kind"] == "cumulative_total") & (obs["qualifier"] == "exact")]
    for series, group in totals.sort_values("published_at").groupby("series", sort=True):
        as_of: dict[str, pd.Series] = {}
        for _, total in group.iterrows():
            if total["published_at"].day <= AS_OF_LAST_DAY:
                as_of[previous_month(format_month(total["published_at"]))] = total  # the newest per month wins
        ordered = sorted(as_of.items())
        for (first_month, first), (last_month, last) in itertools.pairwise(ordered):
            gap = _gap_between(series, first_month, first, last_month, last, rows)
            if gap is not None:
                gaps.append(gap)
    return gaps


def _gap_between(series: str, first_month: str, first: pd.Series, last_month: str, last: pd.Series,
                 rows: Mapping[tuple[str, str], MonthlyCount]) -> dict[str, Any] | None:
    between = months_after(first_month, last_month)
    has_figure = [(series, month) in rows and not rows[(series, month)].derived for month in between]
    known = [rows[(series, month)] for month, known in zip(between, has_figure, strict=True) if known]
    missing = [month for month, known in zip(between, has_figure, strict=True) if not known]
    start = between.index(missing[0]) if missing else 0
    if not missing or missing != between[start : start + len(missing)]:
        return None  # nothing unknown, or holes between known months: no one span to name
    value = last["value"] - first["value"] - sum(row.requests for row in known)
    if value <= 0:
        return None
    qualifier = "exact" if all(row.qualifier == "exact" for row in known) else "about"
    return {"series": series, "period": f"{missing[0]}..{missing[-1]}", "months": len(missing),
            "value": round(value), "qualifier": qualifier, "urls": [first["post_url"], last["post_url"]],
            "from_totals": (round(first["value"]), round(last["value"]))}


def _gap_finding(gap: dict[str, Any]) -> Finding:
    first, last = gap["from_totals"]
    start, end = gap["period"].split("..")
    span = start if start == end else f"{start} – {end}"
    message = (f"{span}: {'about ' if gap['qualifier'] == 'about' else ''}{gap['value']:,} in all "
               f"({gap['months']} month{'s' if gap['months'] > 1 else ''} with no figure), from running totals "
               f"{first:,} and {last:,}")
    # No month: a derived total is information, not a cross-check that failed (no alert).
    return _finding("gap_total", gap["series"], None, "info", message, gap["urls"], gap["period"], first, last)


def _derived_months(obs: pd.DataFrame,
                    rows: dict[tuple[str, str], MonthlyCount]) -> dict[tuple[str, str], MonthlyCount]:
    """A month with no figure of its own, implied by the next month's exact count and stated percent."""
    derived = {}
    changes = obs[(obs["kind"] == "mom_change_pct") & (obs["qualifier"] == "exact")]
    for _, change in changes.sort_values("published_at").iterrows():
        current = rows.get((change["series"], change["period"]))
        previous_key = (change["series"], previous_month(change["period"]))
        if current is None or current.qualifier != "exact" or previous_key in rows or previous_key in derived:
            continue
        implied = current.requests / (1 + change["value"] / 100)
        template = change.copy()
        template["period"] = previous_key[1]
        derived[previous_key] = _row(template, derived=True, value=implied, qualifier="about")
    return derived


def _check_percent_changes(obs: pd.DataFrame, rows: dict[tuple[str, str], MonthlyCount]) -> list[Finding]:
    findings = []
    for _, change in obs[obs["kind"] == "mom_change_pct"].iterrows():
        current = rows.get((change["series"], change["period"]))
        previous = rows.get((change["series"], previous_month(change["period"])))
        if not current or not previous or previous.derived or current.qualifier != "exact":
            continue
        pct = change["value"]
        low = current.requests / (1 + (pct + PERCENT_ROUNDING) / 100)
        high = current.requests / (1 + (pct - PERCENT_ROUNDING) / 100)
        if previous.qualifier == "exact" and not low - 1 <= previous.requests <= high + 1:
            findings.append(_finding(
                "percent_change_mismatch", change["series"], change["period"], "warning",
                f"stated {pct:+g}% for {change['series']} {change['period']} implies a previous month of "
                f"{low:,.0f}–{high:,.0f}, but {previous.requests:,} is stored",
                [change["post_url"], previous.source_url], change["post_url"], pct, previous.requests))
    return findings


def _check_record_claims(claims: pd.DataFrame, rows: dict[tuple[str, str], MonthlyCount]) -> list[Finding]:
    findings = []
    for _, claim in claims.iterrows():
        earlier = [row for (series, period), row in rows.items()
                   if series == claim["series"] and period < claim["period"]]
        beaten = [row for row in earlier if row.requests > claim["value"] * (1 + EXACT_MARGIN)]
        if beaten:
            top = max(beaten, key=lambda row: row.requests)
            findings.append(_finding(
                "record_claim_contradicted", claim["series"], claim["period"], "warning",
                f"{claim['series']} {claim['period']} is called a record at {claim['value']:,.0f}, but "
                f"{top.month} had {top.requests:,}",
                # The key's identity names the month as a date, as it always has: keys must not change.
                [claim["post_url"], top.source_url], claim["post_url"], parse_month(top.month)))
    return findings


def _check_running_totals(obs: pd.DataFrame, rows: dict[tuple[str, str], MonthlyCount]) -> list[Finding]:
    findings = []
    totals = obs[obs["kind"] == "cumulative_total"].sort_values("published_at")
    for series, group in totals.groupby("series"):
        best_exact = None
        for _, total in group.iterrows():
            if best_exact is not None and total["value"] < best_exact["value"] * (1 - EXACT_MARGIN):
                findings.append(_finding(
                    "running_total_decreased", series, None, "warning",
                    f"running total of {series} fell from {best_exact['value']:,.0f} to {total['value']:,.0f}",
                    [best_exact["post_url"], total["post_url"]], best_exact["post_url"], total["post_url"]))
            if total["qualifier"] == "exact":
                best_exact = total
                findings += _check_total_against_months(total, rows)
    return findings


def _check_total_against_months(total: pd.Series, rows: dict[tuple[str, str], MonthlyCount]) -> list[Finding]:
    published_month = format_month(total["published_at"])
    months = [row for (series, period), row in rows.items()
              if series == total["series"] and period < published_month]
    summed = sum(row.requests for row in months if row.qualifier in ("exact", "over"))
    if summed <= total["value"] * (1 + EXACT_MARGIN):
        return []
    return [_finding(
        "running_total_below_months", total["series"], None, "warning",
        f"running total {total['value']:,.0f} of {total['series']} is below the sum of its months "
        f"({summed:,})", [total["post_url"]], total["post_url"], summed)]
