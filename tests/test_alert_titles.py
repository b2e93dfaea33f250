"""Issue 23 item 5 and issue 25: an alert's title follows the rule that fired and the numbers' own
sign, for every alert kind and direction, from one table (`detect.rules.ALERT_RULES`)."""

from __future__ import annotations

import re

import pytest

from hotline import message
from hotline.detect import rules
from hotline.detect.rules import ALERT_RULES

BASE = {"alert_key": "k", "series": "i_want_to_find", "month": "2025-07", "severity": "alert", "message": "m"}


def title(kind: str, **details) -> str:
    return message.compose_title({**BASE, "kind": kind, "details": details})


def test_the_reported_headline_cannot_happen_any_more():
    # The rule fired on the 3-month median (7,000), June alone was 4,000: the words follow the
    # number that made the rule fire, and its sign.
    headline = title("unusual_jump", value=5000, direction="down", previous_month="2025-06", previous_value=4000,
                     baseline=7000.0, baseline_change_pct=-28.6)
    assert headline == ("«Хочу найти»: 5,000 requests in July 2025 — an unusual drop, −29% on the 3-month "
                        "median (7,000)")
    assert "+25%" not in headline


@pytest.mark.parametrize(("kind", "details", "words", "sign"), [
    ("unusual_jump", {"value": 9000, "direction": "up", "baseline": 6000.0}, "an unusual jump", "+50%"),
    ("unusual_jump", {"value": 3000, "direction": "down", "baseline": 6000.0}, "an unusual drop", "−50%"),
    # The stored direction disagrees with the numbers: the numbers win.
    ("unusual_jump", {"value": 9000, "direction": "down", "baseline": 6000.0}, "an unusual jump", "+50%"),
    ("unusual_jump", {"value": 3000, "direction": "up", "baseline": 6000.0}, "an unusual drop", "−50%"),
    # No baseline: the month before.
    ("unusual_jump", {"value": 9000, "direction": "up", "previous_month": "2025-06", "previous_value": 6000},
     "an unusual jump", "+50% on June's 6,000"),
    ("unusual_jump", {"value": 3000, "direction": "down", "previous_month": "2025-06", "previous_value": 6000},
     "an unusual drop", "−50% on June's 6,000"),
    # Nothing to compare with: the rule's direction, no percent.
    ("unusual_jump", {"value": 3000, "direction": "down"}, "an unusual drop", None),
    ("unusual_jump", {"value": 9000, "direction": "up"}, "an unusual jump", None),
    ("record_high", {"value": 9000, "previous_record_month": "2025-01", "previous_record_value": 6000},
     "a record", "+50% on January's 6,000"),
    ("record_high", {"value": 9000}, "a record", None),
    ("record_high", {"value": 5000, "previous_record_month": "2025-01", "previous_record_value": 6000},
     "marked a record, yet", "−17% on January's 6,000"),
    ("revision", {"old": 9218, "new": 11000}, "revised up from 9,218 to 11,000", None),
    ("revision", {"old": 11000, "new": 9218}, "revised down from 11,000 to 9,218", None),
])
def test_every_kind_and_direction_says_what_its_numbers_say(kind, details, words, sign):
    headline = title(kind, **details)
    assert words in headline
    if sign:
        assert sign in headline
    else:
        assert not re.search(r"[+−-]\d+%", headline)
    # A drop never comes with a rise, a jump or record never with a fall.
    if "drop" in headline or "down" in headline:
        assert "+" not in headline
    if "jump" in headline or ("record" in headline and "yet" not in headline) or " up " in headline:
        assert "−" not in headline


@pytest.mark.parametrize(("kind", "details", "expected"), [
    ("missing_report", {"state": "late"}, "«Хочу найти»: the report for July 2025 is late"),
    ("missing_report", {"state": "missing"}, "«Хочу найти»: the report for July 2025 is still missing"),
    ("missing_report", {"state": "resolved", "days_past_expected": 4},
     "«Хочу найти»: the report for July 2025 has arrived, 4 days late"),
    ("missing_report", {"state": "resolved"}, "«Хочу найти»: the report for July 2025 has arrived"),
    ("conflict", {}, "«Хочу найти», July 2025: the official sources disagree"),
    ("cross_check", {"rule": "withdrawn"},
     "«Хочу найти», July 2025: the figure is withdrawn (its post no longer states it)"),
    ("cross_check", {"rule": "total_below_month"}, "«Хочу найти», July 2025: a stated figure does not add up"),
    ("source_down", {"name": "https://news.example.org/feed", "failed_runs": 3},
     "The source https://news.example.org/feed cannot be read (3 runs in a row)"),
    ("source_recovered", {"name": "https://news.example.org/feed"},
     "The source https://news.example.org/feed can be read again"),
])
def test_titles_of_the_other_kinds(kind, details, expected):
    assert title(kind, **details) == expected


def test_every_kind_in_the_table_has_a_title_for_any_details_and_a_notify_type_that_is_never_failure():
    for kind, rule in ALERT_RULES.items():
        assert "" in rule.titles, kind
        headline = title(kind, value=1234, name="x", old=1, new=2)
        assert headline and "{" not in headline and "[" not in headline, (kind, headline)
        assert message.notify_type_for({**BASE, "kind": kind, "details": {}}) in ("info", "warning")
    # Every kind named in detect.rules has its row (its version is what its keys carry).
    kinds = {value for name, value in vars(rules).items() if name.isupper() and isinstance(value, str)
             and not name.startswith("_")}
    assert kinds - {rules.SOURCES} == set(ALERT_RULES)
    assert rules.alert_key(rules.UNUSUAL_JUMP, "s", "2025-07", "down").endswith(":v1")


def test_an_unknown_kind_still_gets_a_plain_title():
    assert title("something_new") == "«Хочу найти», July 2025: something new"


def test_a_template_leaves_out_an_optional_part_whose_fields_are_unknown():
    assert message.fill_title("{a}[, {b} and {c}]", {"a": 1, "b": 2}) == "1"
    assert message.fill_title("{a}[, {b}]", {"a": 1, "b": 2}) == "1, 2"
    assert message.fill_title("{a} {z}", {"a": 1}) is None


def test_the_charts_mark_what_the_table_says():
    from hotline import chart

    months = [{"month": f"2025-0{i}", "requests": 1000 * i, "qualifier": "exact"} for i in range(1, 7)]
    alerts = [{"month": "2025-05", "kind": "record_high", "severity": "alert", "message": "m"},
              {"month": "2025-04", "kind": "record_high", "severity": "info", "message": "m"},
              {"month": "2025-03", "kind": "unusual_jump", "severity": "warning", "message": "j"},
              {"month": "2025-03", "kind": "record_high", "severity": "info", "message": "r"},
              {"month": "2025-02", "kind": "conflict", "severity": "warning", "message": "c"}]
    assert chart.MARKED_ALERT_KINDS == ("record_high", "unusual_jump")
    assert [chart.mark_of(a) for a in alerts] == ["record_alert", "record_info", "unusual_jump", "record_info", None]
    # One mark a month, the loudest; the legend lists what is drawn.
    assert chart.drawn_marks(months, alerts) == ["point", "record_alert", "record_info", "unusual_jump"]
    svg = chart.svg_chart("i_want_to_find", months, alerts)
    assert svg.count('class="marker record_high alert"') == 1
    assert svg.count('class="marker unusual_jump"') == 1
    assert svg.count('class="marker record_high info"') == 1


def test_a_new_rule_is_one_row_no_change_to_message_or_chart(monkeypatch):
    """docs/ARCHITECTURE.md's count: a rule is its row in ALERT_RULES (plus its detection code);
    its title, notify type and chart mark need nothing in message.py or chart.py."""
    from hotline import chart

    row = rules.AlertRule(1, {"up": "{label}: {count} requests in {when} — far above the forecast[, {pct} on {ref}]",
                              "down": "{label}: {count} requests in {when} — far below the forecast[, {pct} on {ref}]",
                              "": "{label}, {when}: off the forecast"},
                          variant_by="change", compare=("baseline",), notify={"down": "info", "": "warning"},
                          chart_marks={"": "unusual_jump"})
    monkeypatch.setitem(ALERT_RULES, "forecast_miss", row)
    monkeypatch.setitem(rules.RULE_VERSIONS, "forecast_miss", row.version)
    alert = {**BASE, "kind": "forecast_miss", "details": {"value": 4000, "baseline": 8000.0}}
    assert message.compose_title(alert) == ("«Хочу найти»: 4,000 requests in July 2025 — far below the forecast, "
                                            "−50% on the 3-month median (8,000)")
    assert message.notify_type_for(alert) == "info"
    assert chart.mark_of({**alert, "severity": "warning"}) == "unusual_jump"
    assert rules.alert_key("forecast_miss", "i_want_to_find", "2025-07", "down").endswith(":v1")
