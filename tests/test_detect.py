"""Unit tests of the pure alert rules: constructed series, the demo series, and a fake clock."""

from __future__ import annotations

import csv
import random
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hotline.detect import (
    RULE_VERSIONS,
    DetectionRules,
    alerts_from_series,
    check_missing_report,
    expected_report_at,
    report_lag_days,
)
from hotline.months import month_range
from hotline.records import Alert, MonthlyCount

DEMO_CSV = Path(__file__).resolve().parents[1] / "include" / "hotline" / "demo_series.csv"
# The months the center itself called records (FACTS.md): January and May 2025.
CLAIMED_RECORDS = {"2025-01", "2025-05"}
SERIES = "i_want_to_find"


def build(
    values: list[float | None], *, start: str = "2022-01", series: str = SERIES, **overrides
) -> list[MonthlyCount]:
    """A series from consecutive values (None = a missing month); overrides: month → MonthlyCount kwargs."""
    months = month_range(start, _month_after(start, len(values) - 1))
    return [
        MonthlyCount(series=series, month=month, requests=round(value), **overrides.get(month, {}))
        for month, value in zip(months, values, strict=True)
        if value is not None
    ]


def _month_after(start: str, count: int) -> str:
    year, month = map(int, start.split("-"))
    index = year * 12 + month - 1 + count
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def noisy(length: int, *, seed: int, level: float = 5000, sigma: float = 0.05, growth: float = 0.0) -> list[float]:
    """A level (optionally growing) with multiplicative noise: what an ordinary series looks like."""
    rng = random.Random(seed)
    return [level * (1 + growth) ** i * (1 + rng.gauss(0, sigma)) for i in range(length)]


def jumps(alerts: list[Alert]) -> list[Alert]:
    return [a for a in alerts if a.kind == "unusual_jump"]


def records(alerts: list[Alert]) -> list[Alert]:
    return [a for a in alerts if a.kind == "record_high"]


def by_month(alerts: list[Alert]) -> dict[str, Alert]:
    return {a.month: a for a in alerts}


def load_demo() -> list[MonthlyCount]:
    with DEMO_CSV.open(encoding="utf-8") as handle:
        return [
            MonthlyCount(
                series=row["series"],
                month=row["month"],
                requests=int(row["requests"]),
                record_claimed=row["month"] in CLAIMED_RECORDS,
            )
            for row in csv.DictReader(handle)
        ]


# --- unusual_jump ------------------------------------------------------------------------------

# 30 ordinary months: the robust score has its 16+ q values by month 20.
CALM = noisy(30, seed=11)


@pytest.mark.parametrize("growth", [0.0, 0.03])
def test_noise_alone_rarely_fires(growth: float) -> None:
    # 5% month-to-month noise, 40 series of 4 years: count flags per scored month. A Gaussian
    # gives |z| ≥ 3 in 0.3% of months; a MAD from 16–24 values has fatter tails, so allow a little.
    scored = flagged = alerted = 0
    for seed in range(40):
        alerts = alerts_from_series(build(noisy(48, seed=seed, growth=growth)))
        scored += 48 - 20  # the robust score starts once 16 q values exist (month 20)
        flagged += len(jumps(alerts))
        alerted += sum(a.severity == "alert" for a in jumps(alerts))
    assert flagged / scored < 0.015  # a warning every ~6 years of a series, at most
    assert alerted / scored < 0.005  # an alert every ~17 years of a series, at most


@pytest.mark.parametrize("growth", [0.0, 0.03])
def test_a_calm_series_raises_no_jump(growth: float) -> None:
    assert jumps(alerts_from_series(build(noisy(48, seed=1, growth=growth)))) == []


@pytest.mark.parametrize(("factor", "direction"), [(1.6, "up"), (0.6, "down")])
def test_clean_jump_and_drop_are_alerts(factor: float, direction: str) -> None:
    history = build([*CALM, CALM[-1] * factor])
    [jump] = jumps(alerts_from_series(history))
    assert (jump.month, jump.severity, jump.details["direction"]) == (history[-1].month, "alert", direction)
    assert jump.details["method"] == "robust"
    assert abs(jump.details["score"]) >= 3.5
    assert jump.key == f"unusual_jump:{SERIES}:{history[-1].month}:{direction}:v{RULE_VERSIONS['unusual_jump']}"
    assert ("jump" if direction == "up" else "drop") in jump.message


def test_a_spike_and_its_return_to_normal_give_one_alert() -> None:
    level = CALM[-1]
    history = build([*CALM, level * 1.8, level, level * 1.01, level * 0.99])
    found = jumps(alerts_from_series(history))
    assert [(a.month, a.details["direction"]) for a in found] == [(history[30].month, "up")]


def test_a_two_month_spike_returning_to_normal_is_not_a_drop() -> None:
    level = CALM[-1]
    history = build([*CALM, level * 1.8, level * 1.75, level, level])
    assert [a.month for a in jumps(alerts_from_series(history))] == [history[30].month]


def test_a_level_shift_alerts_once_and_not_in_the_months_after() -> None:
    level = CALM[-1] * 1.6
    history = build([*CALM, level, level * 1.02, level * 0.98, level * 1.01, level])
    found = jumps(alerts_from_series(history))
    assert [a.month for a in found] == [history[30].month]
    third_after = history[33].month
    assert third_after not in by_month(found)


def test_a_drop_after_a_long_high_stretch_is_news_again() -> None:
    high = CALM[-1] * 1.8
    history = build([*CALM, high, high, high, high, CALM[-1]])
    assert [(a.month, a.details["direction"]) for a in jumps(alerts_from_series(history))] == [
        (history[30].month, "up"),
        (history[34].month, "down"),
    ]


def test_a_month_of_zero_is_a_drop_not_a_crash() -> None:
    [jump] = jumps(alerts_from_series(build([*CALM, 0])))
    assert (jump.severity, jump.details["direction"]) == ("alert", "down")


def test_a_jump_message_names_the_record_so_far() -> None:
    [jump] = jumps(alerts_from_series(build([*CALM, CALM[-1] * 0.5])))
    record = max(build(CALM), key=lambda c: c.requests)
    assert jump.details["previous_record_value"] == record.requests
    assert f"{record.requests:,}" in jump.message


def test_short_history_uses_the_ratio_fallback_as_a_warning() -> None:
    history = build([1000, 1050, 980, 1020, 1010, 1600, 1590])
    [jump] = jumps(alerts_from_series(history))
    assert (jump.month, jump.severity, jump.details["method"]) == (history[5].month, "warning", "ratio_fallback")
    assert jump.details["score"] is None
    assert "ratio alone" in jump.message


def test_fallback_stays_quiet_below_one_and_a_half() -> None:
    assert jumps(alerts_from_series(build([1000, 1050, 980, 1020, 1450, 700]))) == []


def test_no_jump_judged_before_three_months_of_history() -> None:
    # A new service's second month is often double its partial first month: not news.
    assert jumps(alerts_from_series(build([100, 400, 900]))) == []


def test_flat_series_with_zero_mad_uses_the_floor() -> None:
    flat = [4000.0] * 24
    assert jumps(alerts_from_series(build([*flat, 4400]))) == []  # +10%: within the floor's reach
    [jump] = jumps(alerts_from_series(build([*flat, 5200])))  # +30%
    assert jump.severity == "alert"
    assert jump.details["score"] == pytest.approx(5.25, abs=0.05)


def test_high_score_with_a_small_change_is_only_a_warning() -> None:
    rules = DetectionRules(min_scale=0.02)
    [jump] = jumps(alerts_from_series(build([*[4000.0] * 24, 4480]), rules=rules))  # +12%, score ≈ 5.7
    assert jump.severity == "warning"


def test_a_jump_across_a_long_gap_is_a_warning_that_says_so() -> None:
    values: list[float | None] = [*CALM, None, None, None, CALM[-1] * 1.8]
    [jump] = jumps(alerts_from_series(build(values)))
    assert jump.severity == "warning"
    assert jump.details["gap_months"] == 3
    assert "gap of 3 missing month" in jump.message


def test_a_short_gap_is_compared_over_the_months_present() -> None:
    values: list[float | None] = [*CALM, None, CALM[-1] * 1.8]
    [jump] = jumps(alerts_from_series(build(values)))
    assert (jump.severity, jump.details["gap_months"]) == ("alert", 1)


# --- record_high -------------------------------------------------------------------------------


def test_the_first_month_is_not_a_record() -> None:
    assert alerts_from_series(build([5000])) == []


def test_a_plain_record_is_an_info_notice_naming_the_previous_record() -> None:
    history = build([1000, 1100, 1050, 1090, 1120])  # +1.8% on the record of month 2
    [record] = records(alerts_from_series(history))
    assert (record.month, record.severity) == (history[-1].month, "info")
    assert record.details["previous_record_month"] == history[1].month
    assert record.details["previous_record_value"] == 1100
    assert "February 2022: 1,100" in record.message
    assert record.key == f"record_high:{SERIES}:{history[-1].month}:up:v{RULE_VERSIONS['record_high']}"


def test_a_record_clearly_above_an_old_record_is_an_alert() -> None:
    history = build([1000, 1100, 1050, 1090, 1160])  # +5.5% on the record two months back
    [record] = records(alerts_from_series(history))
    assert record.severity == "alert"
    assert record.details["promoted_because"] == ["5% above the previous record"]


def test_a_run_of_monthly_records_on_a_growing_series_stays_info() -> None:
    # Each month beats the last by ~8%: that is the trend, not news (see DetectionRules).
    history = build([1000, 1080, 1166, 1260, 1360, 1469])
    assert {a.severity for a in records(alerts_from_series(history))} == {"info"}
    strict = DetectionRules(record_margin_skips_runs=False)
    assert {a.severity for a in records(alerts_from_series(history, rules=strict))} == {"alert"}


def test_a_record_the_source_claims_is_an_alert() -> None:
    history = build([1000, 1100, 1050, 1090, 1120], **{"2022-05": {"record_claimed": True}})
    [record] = records(alerts_from_series(history))
    assert (record.severity, record.details["promoted_because"]) == ("alert", ["claimed by the source"])
    assert "calls it a record" in record.message


def test_a_claimed_month_that_is_not_above_the_record_is_not_a_record() -> None:
    history = build([1000, 1100, 1050, 1090, 1080], **{"2022-05": {"record_claimed": True}})
    assert records(alerts_from_series(history)) == []


def test_a_record_across_missing_months_is_only_info_unless_claimed() -> None:
    # Two months unknown before it (a backfill run out of order): one of them may stand higher.
    history = build([1000, 1100, 1050, 1090, None, None, 1160])
    [record] = records(alerts_from_series(history))
    assert (record.month, record.severity, record.details["promoted_because"]) == ("2022-07", "info", [])
    assert "2 month(s) before it are missing" in record.message
    claimed = build([1000, 1100, 1050, 1090, None, None, 1160], **{"2022-07": {"record_claimed": True}})
    assert [r.severity for r in records(alerts_from_series(claimed))] == ["alert"]
    # With the months there, the same margin is an alert.
    full = build([1000, 1100, 1050, 1090, 1000, 1010, 1160])
    assert [r.severity for r in records(alerts_from_series(full))] == ["alert"]


def test_a_record_that_is_also_a_jump_is_an_alert() -> None:
    history = build([*CALM, max(CALM) * 1.7])
    alerts = by_month(records(alerts_from_series(history)))
    assert alerts[history[-1].month].severity == "alert"
    assert "unusual jump" in alerts[history[-1].month].details["promoted_because"]


def test_records_of_the_first_months_are_not_reported() -> None:
    assert records(alerts_from_series(build([100, 200, 300]))) == []


def test_a_rounded_value_counts_but_the_message_says_so() -> None:
    history = build([1000, 1100, 1050, 1090, 1200], **{"2022-05": {"qualifier": "over"}})
    [record] = records(alerts_from_series(history))
    assert "over 1,200" in record.message
    assert "rounded" in record.message
    assert record.details["qualifier"] == "over"


# --- alerts_from_series: shape, order, causality ----------------------------------------------------


def test_months_filter_order_and_keys_are_deterministic() -> None:
    live = build([*noisy(30, seed=3), 9000], series="i_want_to_live")
    find = build([*CALM, CALM[-1] * 1.8])
    alerts = alerts_from_series([*reversed(live), *find])
    assert alerts == sorted(alerts, key=lambda a: (a.series, a.month, a.kind))
    assert alerts[0].series == "i_want_to_find"
    assert len({a.key for a in alerts}) == len(alerts)
    assert alerts_from_series(find, months=[find[-1].month]) == [
        a for a in alerts if a.month == find[-1].month and a.series == SERIES
    ]
    assert alerts_from_series(find, months=[]) == []


def test_duplicate_months_are_rejected() -> None:
    with pytest.raises(ValueError, match="duplicate"):
        alerts_from_series([MonthlyCount(SERIES, "2025-01", 1), MonthlyCount(SERIES, "2025-01", 2)])


def test_every_alert_carries_the_agreed_details() -> None:
    required = {"value", "baseline", "score", "ratio", "previous_record_month", "previous_record_value", "change_pct"}
    for alert in alerts_from_series(load_demo()) + alerts_from_series(build([*CALM, CALM[-1] * 1.8])):
        assert required <= alert.details.keys()
        assert alert.severity in {"info", "warning", "alert"}


@settings(max_examples=150, deadline=None)
@given(
    values=st.lists(st.integers(min_value=0, max_value=20_000), min_size=1, max_size=40),
    cut=st.integers(min_value=0, max_value=39),
)
def test_a_month_from_truncated_history_equals_the_month_from_full_history(values: list[int], cut: int) -> None:
    history = build([float(v) for v in values])
    month = history[min(cut, len(history) - 1)].month
    truncated = [c for c in history if c.month <= month]
    assert alerts_from_series(truncated, months=[month]) == alerts_from_series(history, months=[month])


# --- the demo series (a demo modeled on the real series, not the real series) --------------------


def test_demo_backfill_equals_live_for_every_month() -> None:
    demo = load_demo()
    for count in demo:
        live = alerts_from_series([c for c in demo if c.month <= count.month], months=[count.month])
        assert live == alerts_from_series(demo, months=[count.month]), count.month


def test_demo_claimed_records_are_alerts() -> None:
    alerts = by_month(records(alerts_from_series(load_demo())))
    assert alerts["2025-01"].severity == "alert"
    assert alerts["2025-01"].details["value"] == 8548
    assert alerts["2025-05"].severity == "alert"
    assert alerts["2025-05"].details["value"] == 12320
    assert (alerts["2025-05"].details["previous_record_month"], alerts["2025-05"].details["previous_record_value"]) == (
        "2025-03",
        10274,
    )


def test_demo_growth_of_2024_is_a_few_info_notices_not_a_wall_of_alerts() -> None:
    in_2024 = [a for a in alerts_from_series(load_demo()) if a.month.startswith("2024")]
    assert {a.severity for a in in_2024} == {"info"}
    assert {a.kind for a in in_2024} == {"record_high"}
    # Records from April (three earlier months needed) through November; none is promoted.
    assert [a.month for a in in_2024] == month_range("2024-04", "2024-11")


def test_demo_alert_list_as_a_whole() -> None:
    summary = [(a.month, a.kind, a.severity) for a in alerts_from_series(load_demo()) if a.severity != "info"]
    assert summary == [
        ("2025-01", "record_high", "alert"),
        ("2025-03", "record_high", "alert"),  # +20% on January's record: the first month over 10,000
        ("2025-05", "record_high", "alert"),
    ]


# --- missing_report: a fake clock --------------------------------------------------------------

MONTH = "2025-05"
MONTH_END = datetime(2025, 6, 1, tzinfo=UTC)
LAGS = [4, 3, 5, 12, 4]  # median 4 → expected on 2025-06-05


def run_daily(first: datetime, days: int, *, published_at: datetime | None = None) -> list[Alert]:
    """A daily DAG: call the check every day at 06:00 and record what it sends."""
    sent: list[Alert] = []
    for day in range(days):
        now = first + timedelta(days=day)
        alert = check_missing_report(
            SERIES,
            MONTH,
            expected_lags_days=LAGS,
            report_published_at=published_at,
            now=now,
            already_sent=[a.key for a in sent],
        )
        if alert is not None:
            sent.append(alert)
    return sent


def test_expected_day_is_month_end_plus_median_lag_or_ten_days() -> None:
    assert expected_report_at(MONTH, LAGS) == MONTH_END + timedelta(days=4)
    assert expected_report_at(MONTH, [4, 4]) == MONTH_END + timedelta(days=10)  # too few known
    assert report_lag_days(MONTH, datetime(2025, 6, 12, 9, tzinfo=UTC)) == 11


def test_on_time_report_sends_nothing() -> None:
    assert run_daily(MONTH_END, 60, published_at=datetime(2025, 6, 6, 8, tzinfo=UTC)) == []


def test_late_then_missing_with_bounded_increasing_reminders() -> None:
    sent = run_daily(MONTH_END, 120)
    days = [(a.key.split(":")[0], a.severity, a.details["days_past_expected"]) for a in sent]
    assert days == [
        ("missing_report.late", "warning", 3),
        ("missing_report.missing.1", "alert", 10),
        ("missing_report.missing.2", "alert", 17),
        ("missing_report.missing.3", "alert", 31),
    ]
    assert all(a.kind == "missing_report" and a.key.endswith(":none:v1") for a in sent)
    assert "notice 3 of 3" in sent[-1].message


def test_report_arriving_after_being_late_resolves() -> None:
    sent = run_daily(MONTH_END, 60, published_at=datetime(2025, 6, 20, 10, tzinfo=UTC))
    assert [a.details["state"] for a in sent] == ["late", "missing", "resolved"]
    assert sent[-1].severity == "info"
    assert "arrived on 2025-06-20" in sent[-1].message


def test_skipped_days_send_only_the_latest_stage() -> None:
    now = MONTH_END + timedelta(days=4 + 12)
    alert = check_missing_report(
        SERIES, MONTH, expected_lags_days=LAGS, report_published_at=None, now=now, already_sent=[]
    )
    assert alert is not None and alert.details["state"] == "missing"


def test_a_report_not_yet_published_at_now_counts_as_missing() -> None:
    later = datetime(2025, 7, 1, tzinfo=UTC)
    now = MONTH_END + timedelta(days=8)
    alert = check_missing_report(
        SERIES, MONTH, expected_lags_days=LAGS, report_published_at=later, now=now, already_sent=[]
    )
    assert alert is not None and alert.details["state"] == "late"


# --- purity ------------------------------------------------------------------------------------


def test_detect_imports_neither_airflow_requests_nor_duckdb() -> None:
    code = "import sys, hotline.detect; print(sorted({'airflow','requests','duckdb'} & set(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_findings_and_revisions_become_keyed_alerts():
    from dataclasses import replace

    from hotline.detect import alerts_from_checks
    from hotline.records import Finding, Revision

    finding = Finding("conflict:i_want_to_find:2025-01:abc123", "i_want_to_find", "2025-01", "conflict", "alert",
                      "official sources disagree", ("https://t.me/a/1", "https://t.me/b/2"))
    cross = replace(finding, finding_key="percent_change_mismatch:i_want_to_find:2025-01:def",
                    rule="percent_change_mismatch", severity="warning")
    # Information without a month (a gap total, a running total) raises no alert.
    total = replace(finding, finding_key="gap_total:i_want_to_find:-:0a", month=None, rule="gap_total")
    revision = Revision("i_want_to_find", "2025-03", 10247, 10274, "https://t.me/a/3", "https://t.me/a/4")
    alerts = alerts_from_checks([finding, cross, total], [revision])
    assert [(a.kind, a.severity) for a in alerts] == [("conflict", "alert"), ("cross_check", "warning"),
                                                      ("revision", "warning")]
    assert alerts[0].key == "conflict:i_want_to_find:2025-01:abc123:v1"
    assert "https://t.me/a/1 https://t.me/b/2" in alerts[0].message
    assert "10,247 to 10,274" in alerts[2].message
    assert alerts_from_checks([finding, cross], [revision]) == alerts
