"""Issue 23 item 2 and item 10 (review): a reviewed count is a whole number read the way the
extractor reads numbers, in the extractor's range; a figure far from its series asks for
confirmation; `review list --format csv` cannot smuggle a spreadsheet formula."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import timedelta

import pytest
from test_review_cli import QUARANTINED, hotline, listed, quarantined_db  # noqa: F401  (the fixture)

from conftest import monthly_row, utc
from hotline import review, store
from hotline.months import MonthRun, run_date_for
from hotline.stages.extract_facts import extract_facts


@pytest.mark.parametrize("written", ["12.320", "12 320", "12,320", "12\u00a0320", "12\u202f320", "12320"])
def test_a_count_is_read_as_posts_write_it(written):
    assert review.parse_value(written, "monthly_count") == 12320


@pytest.mark.parametrize("written", ["12320.7", "1e5", "12.32", "12,320.5", "12 320,000", "-12320", "1,2345",
                                     "lots", "", "12 32"])
def test_anything_else_is_refused_in_one_line(written):
    with pytest.raises(review.DecisionError) as refused:
        review.parse_value(written, "monthly_count")
    assert "\n" not in str(refused.value)
    with pytest.raises(review.DecisionError):
        review.parse_count(12320.7)


def test_a_percent_change_keeps_its_sign_and_decimals():
    assert review.parse_value("-8,5", "mom_change_pct") == -8.5
    assert review.parse_value("+34%", "mom_change_pct") == 34
    with pytest.raises(review.DecisionError):
        review.parse_value("1e5", "mom_change_pct")


def test_the_range_is_the_extractors():
    reader = pytest.importorskip("hotline.extract.reader")
    if not hasattr(reader, "MONTHLY_RANGE"):
        pytest.skip("the extractor keeps its ranges elsewhere now")
    assert review.COUNT_RANGES["monthly_count"] == reader.MONTHLY_RANGE
    assert review.COUNT_RANGES["cumulative_total"] == reader.TOTAL_RANGE
    assert review.range_problem("monthly_count", 12) == "12 is outside the range read for a monthly_count (100–50,000)"
    assert review.range_problem("monthly_count", 12320) is None


def test_far_from_the_series_needs_a_confirmation():
    history = [9218.0, 9870.0, 12320.0]
    assert review.far_from_series("monthly_count", 12320, history) is None
    assert "under a tenth" in review.far_from_series("monthly_count", 900, history)
    assert "over 10 times" in review.far_from_series("monthly_count", 99_000, history)
    assert review.far_from_series("cumulative_total", 144_000, history) is None  # a total is no month
    assert review.far_from_series("monthly_count", 900, []) is None  # nothing to compare with


@pytest.fixture
def db_with_history(quarantined_db):  # noqa: F811
    conn = store.connect(quarantined_db)
    rows = [monthly_row(v, month=m, post_id=f"koordshtab/{i}", source_url=f"https://t.me/koordshtab/{i}")
            for i, (m, v) in enumerate([("2025-08", 9218), ("2025-09", 9870), ("2025-10", 12320)])]
    with store.transaction(conn):
        store.save_monthly_counts(conn, rows, utc(2025, 11, 10))
    conn.close()
    return quarantined_db


def accept(db, item_id: str, value: str, *extra: str):
    return hotline("review", "accept", item_id, "--series", "i_want_to_find", "--kind", "monthly_count",
                   "--month", "2025-11", "--value", value, "--qualifier", "exact", "--reviewer", "olena",
                   "--db", str(db), *extra, timeout=60)


def test_12_320_with_a_dot_is_stored_as_12320(db_with_history):
    (item,) = listed(db_with_history)
    done = accept(db_with_history, item["id"], "12.320")
    assert done.returncode == 0, done.stderr
    (decided,) = listed(db_with_history, "--all")
    assert decided["decision"]["value"] == 12320


def test_a_fraction_is_refused_and_nothing_is_written(db_with_history):
    (item,) = listed(db_with_history)
    done = accept(db_with_history, item["id"], "12320.7")
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1
    assert "not a whole count" in done.stderr and "Traceback" not in done.stderr
    assert listed(db_with_history)[0]["status"] == "open"


def test_a_value_far_from_the_series_needs_confirm(db_with_history):
    (item,) = listed(db_with_history)
    done = accept(db_with_history, item["id"], "120")
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1
    assert "under a tenth of the series' median month (9,870)" in done.stderr and "--confirm" in done.stderr
    assert listed(db_with_history)[0]["status"] == "open"
    done = accept(db_with_history, item["id"], "120", "--confirm")
    assert done.returncode == 0, done.stderr
    (decided,) = listed(db_with_history, "--all")
    assert decided["decision"]["value"] == 120


def test_csv_cells_cannot_be_formulas(db_path):
    conn = store.connect(db_path)
    post = replace(QUARANTINED, text='=HYPERLINK("http://evil.example/","click") ' + QUARANTINED.text)
    with store.transaction(conn):
        store.save_raw_posts(conn, [post], utc(2025, 12, 6))
    end = run_date_for("2025-11")
    run = MonthRun.from_interval(end - timedelta(days=31), end, run_id="t", started_at=utc(2026, 1, 1))
    assert extract_facts(conn, run)["quarantined"] == 1
    conn.close()
    done = hotline("review", "list", "--format", "csv", "--db", str(db_path), timeout=60)
    assert done.returncode == 0, done.stderr
    (row,) = list(csv.DictReader(io.StringIO(done.stdout)))
    assert row["text"].startswith("'=HYPERLINK(")
    assert not any(cell.startswith(("=", "+", "@", "-")) for cell in row.values())


def test_the_csv_quoting_rule():
    from hotline.tables import spreadsheet_safe

    assert [spreadsheet_safe(c) for c in ("=1+1", "+7", "-2", "@A1", "\tx", "ok", -8.5, None)] == [
        "'=1+1", "'+7", "'-2", "'@A1", "'\tx", "ok", -8.5, None]

