"""The plan `detect_alerts` hands to `load_monthly_counts` by XCom carries only what the load writes
(issue 25): over a multi-year history, a run that adds one month carries that month and what it
raises, not the whole series, and the table ends the same as if the whole series had been written."""

from __future__ import annotations

import json
import math

from conftest import month_run, utc
from hotline import store
from hotline.months import month_range, shift_month
from hotline.settings import Settings
from hotline.stages.detect_alerts import detect_alerts
from hotline.stages.load_monthly_counts import load_monthly_counts

LONG_AFTER = utc(2027, 6, 1)
# Two series over several years: «Хочу жить» since its launch, «Хочу найти» since its own.
HISTORY = {"i_want_to_live": month_range("2022-09", "2025-10"), "i_want_to_find": month_range("2024-01", "2025-10")}
# A plan for one new month: its row, a few alerts and findings. The whole history is well over 20 KB.
NEW_MONTH_PLAN_BYTES = 5_000


def _observation(series: str, month: str, value: int) -> dict:
    published = utc(int(shift_month(month, 1)[:4]), int(shift_month(month, 1)[5:]), 5, 9)
    post_id = f"hq/{series}-{month}"
    return {
        "source": "telegram", "channel": "hq", "post_id": post_id, "post_version": 1,
        "post_url": f"https://t.me/{post_id}", "published_at": published, "official": True, "series": series,
        "kind": "monthly_count", "period": month, "value": float(value), "qualifier": "exact",
        "evidence": f"{value} requests in {month}", "parser_version": "test", "status": "accepted",
        "observed_at": published,
    }


def _value(series: str, index: int) -> int:
    base = 900 if series == "i_want_to_live" else 6_000
    return round(base * (1 + 0.01 * index) * (1 + 0.05 * math.sin(index)))


def _plan_bytes(summary: dict) -> int:
    return len(json.dumps(summary["plan"], ensure_ascii=False).encode("utf-8"))


def test_a_new_month_over_a_multi_year_history_carries_only_what_the_load_writes(conn, db_path):
    settings = Settings(db_path=db_path)
    rows = [_observation(series, month, _value(series, index))
            for series, months in HISTORY.items() for index, month in enumerate(months)]
    store.save_observations(conn, rows)
    run = month_run("2025-10", LONG_AFTER)
    first = detect_alerts(conn, run, settings)
    assert len(first["plan"]["monthly"]) == len(rows) and _plan_bytes(first) > 20_000, (
        "the first run writes the whole multi-year series, so its plan holds every month")
    load_monthly_counts(conn, run, upstream=first)

    again = detect_alerts(conn, run, settings)
    assert again["to_write"] == {"months": 0, "revisions": 0, "findings": 0, "alerts": 0}, again["to_write"]
    assert load_monthly_counts(conn, run, upstream=again)["value"] == {
        series: _value(series, len(months) - 1) for series, months in HISTORY.items()}

    store.save_observations(conn, [_observation("i_want_to_find", "2025-11", 9_100)])
    next_run = month_run("2025-11", LONG_AFTER)
    added = detect_alerts(conn, next_run, settings)
    assert [(row["series"], row["month"]) for row in added["plan"]["monthly"]] == [("i_want_to_find", "2025-11")]
    assert _plan_bytes(added) <= NEW_MONTH_PLAN_BYTES, (
        f"the plan for one new month is {_plan_bytes(added)} bytes (bound {NEW_MONTH_PLAN_BYTES}): "
        f"it carries {added['to_write']}")
    loaded = load_monthly_counts(conn, next_run, upstream=added)
    assert loaded["months_total"] == len(rows) + 1 and loaded["value"] == {"i_want_to_find": 9_100}
    held = {(row.series, row.month): row.requests for row in store.load_monthly_counts(conn)}
    assert held == {**{(r["series"], r["period"]): int(r["value"]) for r in rows}, ("i_want_to_find", "2025-11"): 9_100}
