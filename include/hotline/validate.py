"""Validate facts and reconcile them into one trusted number per series and month.

Pure: a DataFrame of observations in, accepted rows, problems and the reconciled series out.
Validation uses a pandera schema; every failing row becomes a `Problem` naming the rule, so the
load stage can quarantine it with its reason.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pandas as pd
import pandera.pandas as pa

from hotline.records import FACT_KINDS, QUALIFIERS, Problem

MONTH_KINDS = ("monthly_count", "mom_change_pct", "record_claim")
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_RANGE = re.compile(r"^(\d{4}-(?:0[1-9]|1[0-2]))\.\.(\d{4}-(?:0[1-9]|1[0-2]))$")

# Plausible bounds per kind: far above anything published (12,320 is the record month), far
# below what a misread phone number or year would give.
VALUE_BOUNDS: dict[str, tuple[float, float]] = {
    "monthly_count": (1, 200_000),
    "record_claim": (1, 200_000),
    "cumulative_total": (1, 10_000_000),
    "period_total": (1, 2_000_000),
    "mom_change_pct": (-95, 500),
}
# A stated percent is rounded to a whole number: allow half a point either way.
PERCENT_ROUNDING = 0.5
# Exact official figures closer than this are the same number written twice, not a conflict.
EXACT_MARGIN = 0.005
# "About N" covers values within this share of N.
ABOUT_MARGIN = 0.10


class DataQualityError(RuntimeError):
    """Raised by a task when validation finds something that must stop the run."""


def _period_is_well_formed(frame: pd.DataFrame) -> pd.Series:
    def ok(kind: str, period: str) -> bool:
        if kind in MONTH_KINDS:
            return bool(_MONTH.match(period))
        if kind == "cumulative_total":
            return period == "since_launch"
        match = _RANGE.match(period)
        return bool(match) and match.group(1) <= match.group(2)

    return pd.Series([ok(k, p) for k, p in zip(frame["kind"], frame["period"], strict=True)], index=frame.index)


def _value_is_plausible(frame: pd.DataFrame) -> pd.Series:
    low = frame["kind"].map(lambda kind: VALUE_BOUNDS.get(kind, (math.nan, math.nan))[0])
    high = frame["kind"].map(lambda kind: VALUE_BOUNDS.get(kind, (math.nan, math.nan))[1])
    return (frame["value"] >= low) & (frame["value"] <= high)


def _period_not_after_publication(frame: pd.DataFrame) -> pd.Series:
    published = frame["published_at"].map(lambda ts: f"{ts.year:04d}-{ts.month:02d}")
    last_month = frame["period"].map(lambda period: period.split("..")[-1])
    # A figure can only be stated for a month that has begun; since_launch has no month, and a
    # malformed period is period_shape's to report.
    checkable = last_month.map(lambda month: bool(_MONTH.match(month)))
    return ~checkable | (last_month <= published)


def _one_of(allowed: Iterable[str], name: str) -> pa.Check:
    # A named custom check (the built-in isin reports itself as "isin", not by our rule name).
    allowed = frozenset(allowed)
    return pa.Check(lambda column: column.isin(allowed), name=name)


def _period_not_before_launch(launched: dict[str, str]) -> Callable[[pd.DataFrame], pd.Series]:
    def check(frame: pd.DataFrame) -> pd.Series:
        first_month = frame["period"].map(lambda period: period.split("..")[0])
        start = frame["series"].map(lambda series: launched.get(series) or "0000-00")
        checkable = first_month.map(lambda month: bool(_MONTH.match(month)))
        return ~checkable | (first_month >= start)

    return check


def build_schema(series_launch: Mapping[str, str | None]) -> pa.DataFrameSchema:
    """The observation schema: types, known vocabularies, plausible values, period shape, and no
    month before the series' launch (`series_launch`: series id → "YYYY-MM" or None)."""
    series_ids = series_launch.keys()
    launched = {series: month for series, month in series_launch.items() if month}
    return pa.DataFrameSchema(
        {
            "post_id": pa.Column(str),
            "series": pa.Column(str, _one_of(sorted(series_ids), "known_series")),
            "kind": pa.Column(str, _one_of(FACT_KINDS, "known_kind")),
            "period": pa.Column(str),
            "value": pa.Column(float, pa.Check(lambda s: s.notna() & s.map(math.isfinite), name="finite_value")),
            "qualifier": pa.Column(str, _one_of(QUALIFIERS, "known_qualifier")),
        },
        checks=[
            pa.Check(_period_is_well_formed, name="period_shape"),
            pa.Check(_value_is_plausible, name="plausible_value"),
            pa.Check(_period_not_after_publication, name="period_after_publication"),
            pa.Check(_period_not_before_launch(launched), name="period_before_launch"),
        ],
        coerce=False,
        strict=False,
    )


_RULE_MESSAGES = {
    "known_series": "unknown series id",
    "known_kind": "unknown fact kind",
    "known_qualifier": "unknown qualifier",
    "finite_value": "value is not a finite number",
    "period_shape": "period does not match its kind (YYYY-MM, since_launch or YYYY-MM..YYYY-MM)",
    "plausible_value": "value outside the plausible bounds for its kind",
    "period_after_publication": "the figure is for a month after the post was published",
    "period_before_launch": "the figure is for a month before the series was launched",
}


@dataclass(frozen=True)
class ValidationResult:
    """Rows that passed, and a problem for each row that did not."""

    accepted: pd.DataFrame
    problems: list[Problem] = field(default_factory=list)
    rejected_index: list[Any] = field(default_factory=list)


def validate_observations(frame: pd.DataFrame, series_launch: Mapping[str, str | None]) -> ValidationResult:
    """Check every observation; failing rows become problems (rule and message), never dropped silently.

    `series_launch` maps each known series id to its launch month ("YYYY-MM") or None."""
    if frame.empty:
        return ValidationResult(accepted=frame)
    frame = frame.copy()
    frame["value"] = frame["value"].astype(float)
    frame["published_at"] = pd.to_datetime(frame["published_at"], utc=True)
    schema = build_schema(series_launch)
    try:
        schema.validate(frame, lazy=True)
        return ValidationResult(accepted=frame)
    except pa.errors.SchemaErrors as errors:
        failures = errors.failure_cases
    failed_rules: dict[Any, list[str]] = {}
    for _, failure in failures.iterrows():
        index = failure["index"]
        if index is None or (isinstance(index, float) and math.isnan(index)):
            raise DataQualityError(f"observations fail as a whole: {failure['check']}") from None
        rule = str(failure["check"]).split("(")[0]
        failed_rules.setdefault(index, [])
        if rule not in failed_rules[index]:
            failed_rules[index].append(rule)
    problems = []
    for index, rules in failed_rules.items():
        row = frame.loc[index]
        for rule in rules:
            problems.append(Problem(
                post_id=str(row["post_id"]), stage="validate", rule=rule,
                message=f"{_RULE_MESSAGES.get(rule, rule)}: {row['kind']} {row['period']} = {row['value']:g}",
                evidence=str(row.get("evidence", "")), series=str(row["series"]), period=str(row["period"]),
            ))
    rejected = list(failed_rules)
    return ValidationResult(accepted=frame.drop(index=rejected), problems=problems, rejected_index=rejected)


# --- reconciliation ------------------------------------------------------------------------


@dataclass(frozen=True)
class Reconciliation:
    """The trusted monthly series, the revisions behind it and the checks that failed."""

    monthly: list[dict[str, Any]]
    revisions: list[dict[str, Any]]
    findings: list[dict[str, Any]]
    # Derived period totals: what two running totals say the months between them, which have no figure of
    # their own, received in all (`gap_totals`). Also stored as `gap_total` findings (no month, no alert).
    gaps: list[dict[str, Any]] = field(default_factory=list)


def _month_date(period: str) -> date:
    return date(int(period[:4]), int(period[5:7]), 1)


def _previous_period(period: str) -> str:
    year, month = int(period[:4]), int(period[5:7])
    return f"{year - 1:04d}-12" if month == 1 else f"{year:04d}-{month - 1:02d}"


def _finding(rule: str, series: str, period: str | None, severity: str, message: str,
             urls: list[str], *identity: object) -> dict[str, Any]:
    digest = hashlib.sha256("|".join(map(str, identity)).encode()).hexdigest()[:10]
    return {
        "finding_key": f"{rule}:{series}:{period or '-'}:{digest}", "series": series,
        "month": _month_date(period) if period and _MONTH.match(period) else None,
        "rule": rule, "severity": severity, "message": message, "urls": urls,
    }


def _agrees(exact: float, rounded: float, qualifier: str) -> bool:
    if qualifier == "over":
        return exact >= rounded
    if qualifier == "about":
        return abs(exact - rounded) <= ABOUT_MARGIN * rounded
    return abs(exact - rounded) <= EXACT_MARGIN * max(exact, rounded)


def _row(observation: pd.Series, *, derived: bool = False, value: float | None = None,
         qualifier: str | None = None, status: str = "ok", record_claimed: bool = False) -> dict[str, Any]:
    return {
        "series": observation["series"], "month": _month_date(observation["period"]),
        "requests": round(observation["value"] if value is None else value),
        "qualifier": qualifier or observation["qualifier"], "source_url": observation["post_url"],
        "published_at": observation["published_at"].to_pydatetime(), "source": observation["source"],
        "post_id": observation["post_id"], "official": bool(observation["official"]), "derived": derived,
        "record_claimed": record_claimed, "status": status,
    }


def _choose_month(group: pd.DataFrame) -> tuple[pd.Series, str, list[dict], list[dict]]:
    """Pick the trusted observation of one series and month; report revisions and conflicts."""
    series, period = group["series"].iloc[0], group["period"].iloc[0]
    if (group["source"] == "review").any():  # a person's reading (issue 14) outranks every machine reading
        group = group[group["source"] == "review"]
    official = group[group["official"]]
    candidates = official if not official.empty else group
    exact = candidates[candidates["qualifier"] == "exact"].sort_values(["published_at", "post_id"])
    revisions: list[dict] = []
    findings: list[dict] = []
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
                revisions.append({
                    "series": series, "month": _month_date(period),
                    "old_requests": round(previous["value"]), "new_requests": round(observation["value"]),
                    "old_url": previous["post_url"], "new_url": observation["post_url"],
                })
            previous = observation
        latest_by_channel.append(previous)
    chosen = max(latest_by_channel, key=lambda obs: (obs["published_at"], obs["post_id"]))
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


def _rounded_disagreements(group: pd.DataFrame, chosen: pd.Series) -> list[dict]:
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
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    revisions: list[dict] = []
    findings: list[dict] = []
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


def gap_totals(obs: pd.DataFrame, rows: Mapping[tuple[str, str], dict]) -> list[dict[str, Any]]:
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
                as_of[_previous_period(f"{total['published_at']:%Y-%m}")] = total  # the newest per month wins
        ordered = sorted(as_of.items())
        for (first_month, first), (last_month, last) in itertools.pairwise(ordered):
            gap = _gap_between(series, first_month, first, last_month, last, rows)
            if gap is not None:
                gaps.append(gap)
    return gaps


def _gap_between(series: str, first_month: str, first: pd.Series, last_month: str, last: pd.Series,
                 rows: Mapping[tuple[str, str], dict]) -> dict[str, Any] | None:
    between = _months_after(first_month, last_month)
    has_figure = [(series, month) in rows and not rows[(series, month)]["derived"] for month in between]
    known = [rows[(series, month)] for month, known in zip(between, has_figure, strict=True) if known]
    missing = [month for month, known in zip(between, has_figure, strict=True) if not known]
    start = between.index(missing[0]) if missing else 0
    if not missing or missing != between[start : start + len(missing)]:
        return None  # nothing unknown, or holes between known months: no one span to name
    value = last["value"] - first["value"] - sum(row["requests"] for row in known)
    if value <= 0:
        return None
    qualifier = "exact" if all(row["qualifier"] == "exact" for row in known) else "about"
    return {"series": series, "period": f"{missing[0]}..{missing[-1]}", "months": len(missing),
            "value": round(value), "qualifier": qualifier, "urls": [first["post_url"], last["post_url"]],
            "from_totals": (round(first["value"]), round(last["value"]))}


def _months_after(first: str, last: str) -> list[str]:
    """The months after `first` up to and including `last` ("YYYY-MM")."""
    months, year, month = [], int(first[:4]), int(first[5:7])
    while f"{year:04d}-{month:02d}" < last:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        months.append(f"{year:04d}-{month:02d}")
    return months


def _gap_finding(gap: dict[str, Any]) -> dict[str, Any]:
    first, last = gap["from_totals"]
    start, end = gap["period"].split("..")
    span = start if start == end else f"{start} – {end}"
    message = (f"{span}: {'about ' if gap['qualifier'] == 'about' else ''}{gap['value']:,} in all "
               f"({gap['months']} month{'s' if gap['months'] > 1 else ''} with no figure), from running totals "
               f"{first:,} and {last:,}")
    # No month: a derived total is information, not a cross-check that failed (no alert).
    return _finding("gap_total", gap["series"], None, "info", message, gap["urls"], gap["period"], first, last)


def _derived_months(obs: pd.DataFrame, rows: dict[tuple[str, str], dict]) -> dict[tuple[str, str], dict]:
    """A month with no figure of its own, implied by the next month's exact count and stated percent."""
    derived = {}
    changes = obs[(obs["kind"] == "mom_change_pct") & (obs["qualifier"] == "exact")]
    for _, change in changes.sort_values("published_at").iterrows():
        current = rows.get((change["series"], change["period"]))
        previous_key = (change["series"], _previous_period(change["period"]))
        if current is None or current["qualifier"] != "exact" or previous_key in rows or previous_key in derived:
            continue
        implied = current["requests"] / (1 + change["value"] / 100)
        template = change.copy()
        template["period"] = previous_key[1]
        derived[previous_key] = _row(template, derived=True, value=implied, qualifier="about")
    return derived


def _check_percent_changes(obs: pd.DataFrame, rows: dict[tuple[str, str], dict]) -> list[dict]:
    findings = []
    for _, change in obs[obs["kind"] == "mom_change_pct"].iterrows():
        current = rows.get((change["series"], change["period"]))
        previous = rows.get((change["series"], _previous_period(change["period"])))
        if not current or not previous or previous["derived"] or current["qualifier"] != "exact":
            continue
        pct = change["value"]
        low = current["requests"] / (1 + (pct + PERCENT_ROUNDING) / 100)
        high = current["requests"] / (1 + (pct - PERCENT_ROUNDING) / 100)
        if previous["qualifier"] == "exact" and not low - 1 <= previous["requests"] <= high + 1:
            findings.append(_finding(
                "percent_change_mismatch", change["series"], change["period"], "warning",
                f"stated {pct:+g}% for {change['series']} {change['period']} implies a previous month of "
                f"{low:,.0f}–{high:,.0f}, but {previous['requests']:,} is stored",
                [change["post_url"], previous["source_url"]], change["post_url"], pct, previous["requests"]))
    return findings


def _check_record_claims(claims: pd.DataFrame, rows: dict[tuple[str, str], dict]) -> list[dict]:
    findings = []
    for _, claim in claims.iterrows():
        earlier = [row for (series, period), row in rows.items()
                   if series == claim["series"] and period < claim["period"]]
        beaten = [row for row in earlier if row["requests"] > claim["value"] * (1 + EXACT_MARGIN)]
        if beaten:
            top = max(beaten, key=lambda row: row["requests"])
            findings.append(_finding(
                "record_claim_contradicted", claim["series"], claim["period"], "warning",
                f"{claim['series']} {claim['period']} is called a record at {claim['value']:,.0f}, but "
                f"{top['month']:%Y-%m} had {top['requests']:,}",
                [claim["post_url"], top["source_url"]], claim["post_url"], top["month"]))
    return findings


def _check_running_totals(obs: pd.DataFrame, rows: dict[tuple[str, str], dict]) -> list[dict]:
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


def _check_total_against_months(total: pd.Series, rows: dict[tuple[str, str], dict]) -> list[dict]:
    published_month = f"{total['published_at'].year:04d}-{total['published_at'].month:02d}"
    months = [row for (series, period), row in rows.items()
              if series == total["series"] and period < published_month]
    summed = sum(row["requests"] for row in months if row["qualifier"] in ("exact", "over"))
    if summed <= total["value"] * (1 + EXACT_MARGIN):
        return []
    return [_finding(
        "running_total_below_months", total["series"], None, "warning",
        f"running total {total['value']:,.0f} of {total['series']} is below the sum of its months "
        f"({summed:,})", [total["post_url"]], total["post_url"], summed)]
