"""The records that cross stages survive their JSON form (the plan travels by XCom as JSON)."""

from __future__ import annotations

import json

import pytest

from conftest import monthly_row
from hotline.records import Alert, Finding, MonthlyCount, Plan, Revision


def a_plan() -> Plan:
    alert = Alert("record_high:i_want_to_find:2025-01:up:v1", "i_want_to_find", "2025-01", "record_high", "alert",
                  "a record", {"value": 8548, "promoted_because": ["claimed by the source"]})
    return Plan(
        monthly=(monthly_row(), monthly_row(7006, month="2024-12", derived=True, qualifier="about")),
        revisions=(Revision("i_want_to_find", "2025-01", 8500, 8548, "https://t.me/k/9", "https://t.me/k/10"),),
        findings=(Finding("conflict:i_want_to_find:2025-01:ab", "i_want_to_find", "2025-01", "conflict", "alert",
                          "official sources disagree", ("https://t.me/k/10", "https://t.me/h/5")),
                  Finding("gap_total:i_want_to_find:-:cd", "i_want_to_find", None, "gap_total", "info", "in all")),
        alerts=(alert,), status_for={alert.key: "pending"}, withdrawn=(("i_want_to_live", "2024-11"),))


def test_a_plan_survives_its_json_form_as_xcom_carries_it():
    plan = a_plan()
    carried = json.loads(json.dumps(plan.to_json()))
    assert Plan.from_json(carried) == plan
    assert carried["monthly"][0]["month"] == "2025-01" and carried["monthly"][0]["published_at"].endswith("+00:00")


def test_a_summary_without_a_plan_is_refused_by_name():
    with pytest.raises(ValueError, match=r"missing \['alerts', 'findings', 'monthly', 'revisions', 'withdrawn'\]"):
        Plan.from_json({})


def test_one_record_is_the_row_the_store_writes_and_the_history_detection_reads():
    """`MonthlyCount` is the one record of a month's trusted value: a hand-written history row (no
    provenance) and a reconciled row both cross JSON unchanged."""
    by_hand = MonthlyCount("i_want_to_find", "2025-01", 8548)
    assert (by_hand.published_at, by_hand.qualifier, by_hand.record_claimed) == (None, "exact", False)
    for row in (by_hand, monthly_row()):
        assert MonthlyCount.from_json(json.loads(json.dumps(row.to_json()))) == row
