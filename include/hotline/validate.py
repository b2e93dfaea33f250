"""Validate facts: which observations may be trusted at all (reconciling them is `reconcile`).

Pure: a DataFrame of observations in, accepted rows and problems out. Validation uses a pandera
schema; every failing row becomes a `Problem` naming the rule, so the step can quarantine it
with its reason.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import pandera.pandas as pa

from hotline.months import MONTH_PATTERN, format_month, is_month
from hotline.records import FACT_KINDS, QUALIFIERS, Problem

MONTH_KINDS = ("monthly_count", "mom_change_pct", "record_claim")
_RANGE = re.compile(rf"^({MONTH_PATTERN})\.\.({MONTH_PATTERN})$")

# Plausible bounds per kind: far above anything published (12,320 is the record month), far
# below what a misread phone number or year would give.
VALUE_BOUNDS: dict[str, tuple[float, float]] = {
    "monthly_count": (1, 200_000),
    "record_claim": (1, 200_000),
    "cumulative_total": (1, 10_000_000),
    "period_total": (1, 2_000_000),
    "mom_change_pct": (-95, 500),
}


class DataQualityError(RuntimeError):
    """Raised by a task when validation finds something that must stop the run."""


def _period_is_well_formed(frame: pd.DataFrame) -> pd.Series:
    def ok(kind: str, period: str) -> bool:
        if kind in MONTH_KINDS:
            return is_month(period)
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
    # The month the post was published in on its writer's clock: Telegram's times are UTC, and at
    # 00:30 on 1 June in Kyiv (21:30 UTC on 31 May) June has begun for the writer. The latest clock on
    # Earth (UTC+14) admits every writer's month and nothing later than the day after.
    published = (frame["published_at"] + pd.Timedelta(hours=14)).map(format_month)
    last_month = frame["period"].map(lambda period: period.split("..")[-1])
    # A figure can only be stated for a month that has begun; since_launch has no month, and a
    # malformed period is period_shape's to report.
    checkable = last_month.map(is_month)
    return ~checkable | (last_month <= published)


def _one_of(allowed: Iterable[str], name: str) -> pa.Check:
    # A named custom check (the built-in isin reports itself as "isin", not by our rule name).
    allowed = frozenset(allowed)
    return pa.Check(lambda column: column.isin(allowed), name=name)


def _period_not_before_launch(launched: dict[str, str]) -> Callable[[pd.DataFrame], pd.Series]:
    def check(frame: pd.DataFrame) -> pd.Series:
        first_month = frame["period"].map(lambda period: period.split("..")[0])
        start = frame["series"].map(lambda series: launched.get(series) or "0000-00")
        checkable = first_month.map(is_month)
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
