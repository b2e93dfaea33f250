"""The records that cross stages survive their JSON form (the plan travels by XCom as JSON)."""

from __future__ import annotations

import json

import pytest

from conftest import monthly_row
from hotline.records import Alert, Finding, Plan, Revision


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


def test_a_monthly_row_is_what_detection_reads():
    count = monthly_row().count()
    assert (count.series, count.month, count.requests, count.record_claimed) == ("i_want_to_find", "2025-01", 8548,
                                                                                  True)
