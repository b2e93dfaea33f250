from datetime import UTC, datetime

import pytest

from hotline.months import MonthRun, add_months, month_range, parse_month, reporting_month_for, run_date_for


def test_reporting_month_is_the_month_before_the_interval_end():
    assert reporting_month_for(datetime(2025, 2, 15, 6, tzinfo=UTC)) == "2025-01"
    assert reporting_month_for(datetime(2025, 1, 15, 6, tzinfo=UTC)) == "2024-12"


def test_run_date_round_trips_to_the_month():
    for month in month_range("2023-11", "2025-02"):
        assert reporting_month_for(run_date_for(month)) == month


def test_month_range_and_errors():
    assert month_range("2024-11", "2025-02") == ["2024-11", "2024-12", "2025-01", "2025-02"]
    with pytest.raises(ValueError, match="empty month range"):
        month_range("2025-02", "2025-01")
    with pytest.raises(ValueError, match="not a month"):
        parse_month("2025-13")
    assert add_months(parse_month("2025-01"), -1).isoformat() == "2024-12-01"


def test_month_run_without_interval_uses_the_start_time():
    started = datetime(2025, 3, 2, 10, tzinfo=UTC)
    run = MonthRun.from_interval(None, None, run_id="manual", started_at=started)
    assert run.month == "2025-02"
    assert run.window_start < run.window_end == started


def test_month_run_override_and_json_round_trip():
    run = MonthRun.from_interval(None, None, run_id="m", started_at=datetime(2026, 1, 1, tzinfo=UTC),
                                 month_override="2025-05")
    assert run.month == "2025-05"
    assert run.window_end == datetime(2025, 6, 15, 6, tzinfo=UTC)
    assert MonthRun.from_json(run.to_json()) == run
