"""Validation and reconciliation: pure functions on constructed observations."""

from __future__ import annotations

import pandas as pd
import pytest

from conftest import utc
from hotline.reconcile import reconcile
from hotline.validate import validate_observations

SERIES = {"i_want_to_find": "2024-01", "i_want_to_live": None}


def obs(value, *, kind="monthly_count", period="2025-01", qualifier="exact", channel="koordshtab",
        source="telegram", official=True, published=(2025, 2, 4, 10), post="koordshtab/10", series="i_want_to_find"):
    return {"source": source, "channel": channel, "post_id": post, "post_version": 1,
            "post_url": f"https://t.me/{post}", "published_at": utc(*published), "official": official,
            "series": series, "kind": kind, "period": period, "value": float(value), "qualifier": qualifier,
            "evidence": str(value), "parser_version": "test", "status": "new", "observed_at": utc(2025, 2, 5)}


def frame(*rows) -> pd.DataFrame:
    return pd.DataFrame(list(rows))


@pytest.mark.parametrize(("row", "rule"), [
    (obs(8548, series="i_want_to_die"), "known_series"),
    (obs(8548, qualifier="roughly"), "known_qualifier"),
    (obs(2_025_000), "plausible_value"),
    (obs(0), "plausible_value"),
    (obs(8548, period="2025-13"), "period_shape"),
    (obs(60000, kind="cumulative_total", period="2025-01"), "period_shape"),
    (obs(52052, kind="period_total", period="2024-12..2024-01"), "period_shape"),
    (obs(8548, period="2025-03"), "period_after_publication"),
    (obs(900, kind="mom_change_pct"), "plausible_value"),
    (obs(1200, period="2023-12", published=(2024, 1, 5)), "period_before_launch"),
])
def test_each_rule_quarantines_with_its_name(row, rule):
    result = validate_observations(frame(row, obs(7006, period="2024-12", post="koordshtab/9")), SERIES)
    assert [p.rule for p in result.problems] == [rule]
    assert result.problems[0].post_id == "koordshtab/10"
    assert list(result.accepted["post_id"]) == ["koordshtab/9"]


def test_valid_observations_pass_untouched():
    rows = frame(obs(8548), obs(22, kind="mom_change_pct"), obs(60000, kind="cumulative_total",
                 period="since_launch", qualifier="over"), obs(52052, kind="period_total", period="2024-01..2024-12"))
    result = validate_observations(rows, SERIES)
    assert result.problems == [] and len(result.accepted) == 4


def test_exact_beats_rounded_and_official_beats_news():
    result = reconcile(frame(
        obs(10000, period="2025-03", qualifier="over", source="feed", official=False, channel="news",
            published=(2025, 4, 3, 9), post="news/1"),
        obs(10274, period="2025-03", published=(2025, 4, 3, 11), post="koordshtab/20"),
        obs(10300, period="2025-03", source="feed", official=False, channel="news", published=(2025, 4, 5),
            post="news/2"),
    ))
    [row] = result.monthly
    assert (row.requests, row.qualifier, row.source_url) == (10274, "exact", "https://t.me/koordshtab/20")
    assert result.findings == [] and result.revisions == []


def test_only_rounded_figures_keep_their_qualifier():
    [row] = reconcile(frame(obs(10000, period="2025-03", qualifier="over", published=(2025, 4, 3)))).monthly
    assert (row.requests, row.qualifier) == (10000, "over")


def test_rounded_figure_that_does_not_fit_is_a_finding():
    result = reconcile(frame(obs(10274, period="2025-03", published=(2025, 4, 3)),
                             obs(11000, period="2025-03", qualifier="over", published=(2025, 4, 4), post="x/1")))
    assert [f.rule for f in result.findings] == ["rounded_disagrees"]


def test_a_later_official_post_on_the_same_channel_is_a_revision():
    result = reconcile(frame(obs(10247, period="2025-03", published=(2025, 4, 3), post="koordshtab/20"),
                             obs(10274, period="2025-03", published=(2025, 4, 4), post="koordshtab/21")))
    [row] = result.monthly
    assert (row.requests, row.status) == (10274, "ok")
    [revision] = result.revisions
    assert (revision.old_requests, revision.new_requests) == (10247, 10274)


def test_official_channels_that_disagree_are_a_conflict_not_a_silent_pick():
    result = reconcile(frame(obs(8548, post="koordshtab/10"),
                             obs(8948, channel="hochu_najti", post="hochu_najti/5", published=(2025, 2, 4, 12))))
    [row] = result.monthly
    assert row.status == "conflict"
    [finding] = result.findings
    assert finding.rule == "conflict" and "8,548" in finding.message and "8,948" in finding.message


def test_twin_reports_that_agree_reconcile_quietly():
    result = reconcile(frame(obs(8548, post="koordshtab/10"),
                             obs(8548, channel="hochu_najti", post="hochu_najti/5", published=(2025, 2, 4, 12))))
    assert result.findings == [] and result.monthly[0].status == "ok"


def test_percent_change_is_checked_against_the_previous_month():
    ok = reconcile(frame(obs(8548), obs(22, kind="mom_change_pct"),
                         obs(7006, period="2024-12", published=(2025, 1, 6), post="k/9")))
    assert ok.findings == []
    bad = reconcile(frame(obs(8548), obs(22, kind="mom_change_pct"),
                          obs(6500, period="2024-12", published=(2025, 1, 6), post="k/9")))
    assert [f.rule for f in bad.findings] == ["percent_change_mismatch"]


def test_a_missing_previous_month_is_derived_from_the_percent_and_marked():
    result = reconcile(frame(obs(8548), obs(22, kind="mom_change_pct")))
    derived = [row for row in result.monthly if row.derived]
    assert [(r.month, r.requests, r.qualifier) for r in derived] == [("2024-12", 7007, "about")]


def test_record_claim_is_checked_against_earlier_months():
    result = reconcile(frame(obs(8548), obs(8548, kind="record_claim"),
                             obs(9000, period="2024-11", published=(2024, 12, 4), post="k/8")))
    assert [f.rule for f in result.findings] == ["record_claim_contradicted"]
    assert next(r for r in result.monthly if r.requests == 8548).record_claimed is True


def test_running_totals_must_not_fall_or_undercut_the_months():
    result = reconcile(frame(
        obs(8548), obs(7006, period="2024-12", published=(2025, 1, 6), post="k/9"),
        obs(100324, kind="cumulative_total", period="since_launch", published=(2025, 6, 12), post="k/30"),
        obs(90000, kind="cumulative_total", period="since_launch", published=(2025, 7, 3), post="k/31"),
        obs(10000, kind="cumulative_total", period="since_launch", published=(2025, 3, 3), post="k/20"),
    ))
    checks = sorted(f.rule for f in result.findings if f.rule != "gap_total")
    assert checks == ["running_total_below_months", "running_total_decreased"]


def test_reconcile_is_deterministic():
    rows = [obs(8548), obs(22, kind="mom_change_pct"), obs(7006, period="2024-12", published=(2025, 1, 6), post="k")]
    assert reconcile(frame(*rows)) == reconcile(frame(*reversed(rows)))


def _total(value, published, post):
    return obs(value, kind="cumulative_total", period="since_launch", published=published, post=post)


def test_two_running_totals_bracket_the_months_without_a_figure():
    # 60,600 as of January, 100,324 as of May; February and March known: April is the gap.
    result = reconcile(frame(
        _total(60600, (2025, 2, 4), "k/1"), _total(100324, (2025, 6, 4), "k/5"),
        obs(9700, period="2025-02", published=(2025, 3, 4), post="k/2"),
        obs(10100, period="2025-03", published=(2025, 4, 4), post="k/3"),
        obs(12320, period="2025-05", published=(2025, 6, 3), post="k/4"),
    ))
    assert [(g["period"], g["value"], g["qualifier"]) for g in result.gaps] == [("2025-04..2025-04", 7604, "exact")]
    [finding] = [f for f in result.findings if f.rule == "gap_total"]
    assert finding.month is None and finding.severity == "info"
    assert "2025-04: 7,604 in all" in finding.message and finding.urls == ("https://t.me/k/1", "https://t.me/k/5")


def test_a_gap_of_several_months_is_one_derived_total_and_rounded_months_make_it_about():
    result = reconcile(frame(
        _total(100324, (2025, 6, 12), "k/5"), _total(144138, (2025, 11, 5), "k/9"),
        obs(9243, period="2025-10", published=(2025, 11, 5), post="k/9"),
        obs(10000, period="2025-06", qualifier="over", published=(2025, 7, 3), post="k/6"),
    ))
    assert [(g["period"], g["months"], g["value"], g["qualifier"]) for g in result.gaps] == [
        ("2025-07..2025-09", 3, 144138 - 100324 - 9243 - 10000, "about")]


@pytest.mark.parametrize("rows", [
    # every month between is known: nothing to derive
    [_total(60600, (2025, 2, 4), "k/1"), _total(70000, (2025, 3, 4), "k/2"),
     obs(9400, period="2025-02", published=(2025, 3, 4), post="k/3")],
    # a total published late in a month counts part of it: it brackets nothing
    [_total(60600, (2025, 2, 4), "k/1"), _total(100324, (2025, 6, 20), "k/5")],
    # holes between known months are no single span
    [_total(60600, (2025, 2, 4), "k/1"), _total(100324, (2025, 6, 4), "k/5"),
     obs(10100, period="2025-03", published=(2025, 4, 4), post="k/3")],
    # rounded totals bound nothing exactly
    [obs(60000, kind="cumulative_total", period="since_launch", qualifier="over", published=(2025, 2, 4), post="k/1"),
     _total(100324, (2025, 6, 4), "k/5")],
])
def test_no_gap_total_without_one_clear_span(rows):
    assert reconcile(frame(*rows)).gaps == []
