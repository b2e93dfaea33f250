"""Human review (issue 14) on a real DuckDB file: the queue, accept and reject, and a decision that
survives reruns, backfills and a changed extractor; an edited post flags its review.

The months run through the same step functions the DAG tasks call (extract → validate → detect →
load), over the demo channel's posts stored verbatim plus the posts each test adds.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from conftest import utc
from hotline import demo, review, store
from hotline.months import MonthRun, month_range, run_date_for
from hotline.records import Post
from hotline.settings import Settings
from hotline.stages import extract_facts as extract_facts_stage
from hotline.stages.detect_alerts import detect_alerts, withdrawn_finding
from hotline.stages.extract_facts import extract_facts
from hotline.stages.load_monthly_counts import load_monthly_counts
from hotline.stages.validate_facts import validate_facts
from hotline.store import reviews

CHANNEL = demo.DEMO_CHANNEL
LONG_AFTER = utc(2026, 11, 26)
# One post, two sentences: the first the machine reads ("over 15 thousand" in November), the second it
# cannot place in time and quarantines (month_unknown) — a person can: the week's report of November.
MIXED = ("У листопаді «Хочу знайти» отримав понад 15 тисяч звернень. "
         "Минулого тижня «Хочу знайти» отримав 15 320 заявок.")
UNREADABLE = "Минулого тижня «Хочу жити» отримав 420 дзвінків."

DECEMBER_5 = utc(2025, 12, 5, 9)


def post(number: int, text: str, published: datetime = DECEMBER_5) -> Post:
    return Post("telegram", CHANNEL, f"{CHANNEL}/{number}", f"https://t.me/{CHANNEL}/{number}", published, text)


def run_month(conn, month: str, settings: Settings) -> dict:
    end = run_date_for(month)
    run = MonthRun.from_interval(end - timedelta(days=31), end, run_id=f"test__{month}",
                                 started_at=LONG_AFTER)
    summaries = {"extract": extract_facts(conn, run),
                 "validate": validate_facts(conn, run)}
    summaries["detect"] = detect_alerts(conn, run, settings)
    summaries["load"] = load_monthly_counts(conn, run, upstream=summaries["detect"])
    return summaries


def counts(conn) -> dict[str, int]:
    tables = ["raw_posts", "observations", "monthly_counts", "revisions", "findings", "quarantine", "alerts",
              "reviews"]
    return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables}


def month_row(conn, series: str, month: str) -> tuple | None:
    return conn.execute("SELECT requests, qualifier, source FROM monthly_counts WHERE series = ? AND month = ?",
                        [series, f"{month}-01"]).fetchone()


@pytest.fixture
def settings(db_path) -> Settings:
    return Settings(db_path=db_path, channels=(CHANNEL,), request_delay_s=0)


@pytest.fixture(scope="module")
def history_file(tmp_path_factory) -> Path:
    """The demo channel's posts and two posts of December 2025, every month up to 2025-11 run once
    (built once; each test gets its own copy of the file)."""
    path = tmp_path_factory.mktemp("review_history") / "hotline.duckdb"
    conn = store.connect(path)
    with store.transaction(conn):
        store.save_raw_posts(conn, [*demo.generate_demo_posts(CHANNEL), post(201, MIXED), post(202, UNREADABLE)],
                             utc(2025, 12, 6))
    settings = Settings(db_path=path, channels=(CHANNEL,), request_delay_s=0)
    for month in month_range("2024-01", "2025-11"):
        run_month(conn, month, settings)
    conn.close()
    return path


@pytest.fixture
def history(history_file, db_path):
    shutil.copyfile(history_file, db_path)
    conn = store.connect(db_path)
    yield conn
    conn.close()


def item_of(conn, post_id: str) -> review.ReviewItem:
    (item,) = [item for item in reviews.load_items(conn) if item.post_id == post_id]
    return item


def accept(conn, item_id: str, **fact) -> dict:
    fact = {"series": "i_want_to_find", "kind": "monthly_count", "period": "2025-11", "value": 15320.0,
            "qualifier": "exact", **fact}
    decision = review.Decision(review.ACCEPT, "olena", "the week is the last of November", **fact)
    return reviews.record_decision(conn, item_id, decision, utc(2025, 12, 7))


def test_quarantined_posts_are_review_items_with_the_machines_guess(history):
    mixed, unreadable = item_of(history, f"{CHANNEL}/201"), item_of(history, f"{CHANNEL}/202")
    assert (mixed.status, mixed.rule, mixed.series, mixed.post_version) == ("open", "month_unknown",
                                                                            "i_want_to_find", 1)
    assert mixed.text == MIXED and mixed.post_url == f"https://t.me/{CHANNEL}/201"
    assert mixed.guess == review.Guess("i_want_to_find", "monthly_count", "2025-11", 15320.0, "exact")
    assert unreadable.guess == review.Guess("i_want_to_live", "monthly_count", "2025-11", 420.0, "exact")
    # The same ids on every listing: the item is the quarantine entry, not a row made for the list.
    assert [i.id for i in reviews.load_items(history)] == [i.id for i in reviews.load_items(history)]
    # The machine read the first sentence: "over 15,000" is November's value for now.
    assert month_row(history, "i_want_to_find", "2025-11") == (15000, "over", "telegram")


def test_an_accepted_fact_outranks_the_machine_on_the_named_months_run_and_raises_its_alert(history, settings):
    item = item_of(history, f"{CHANNEL}/201")
    row = accept(history, item.id)
    assert (row["decision"], row["reviewer"], row["post_version"], row["effect_month"]) == ("accept", "olena", 1,
                                                                                            "2025-11")
    assert item.id not in {i.id for i in reviews.load_items(history)}  # decided: off the open queue
    assert reviews.find_item(history, item.id).status == "accepted"
    # Nothing changes until the month's run: a run of another month does not apply it.
    run_month(history, "2025-10", settings)
    assert month_row(history, "i_want_to_find", "2025-11") == (15000, "over", "telegram")
    summary = run_month(history, "2025-11", settings)
    assert summary["extract"]["review_facts_added"] == 1 and summary["validate"]["accepted"] == 1
    assert month_row(history, "i_want_to_find", "2025-11") == (15320, "exact", "review")
    # Both readings are kept: the machine's (source telegram) and the person's (source review).
    readings = history.execute("SELECT source, value, qualifier, status, evidence FROM observations"
                               " WHERE post_id = ? AND kind = 'monthly_count' ORDER BY source",
                               [f"{CHANNEL}/201"]).fetchall()
    assert readings == [("review", 15320.0, "exact", "accepted", "reviewed by olena: the week is the last of November"),
                        ("telegram", 15000.0, "over", "accepted", MIXED.split(". ")[0] + ".")]


def test_the_decision_survives_three_reruns_a_backfill_and_an_extractor_version_change(history, settings,
                                                                                     monkeypatch):
    accept(history, item_of(history, f"{CHANNEL}/201").id)
    run_month(history, "2025-11", settings)
    before = counts(history)
    for _ in range(3):
        summary = run_month(history, "2025-11", settings)
        assert summary["extract"]["review_facts_added"] == 0 and summary["load"]["rows_changed"] == 0
    assert counts(history) == before
    # A changed extractor re-reads the posts and replaces its own older facts — not the person's.
    monkeypatch.setattr(extract_facts_stage, "extractor_version", lambda: "extract-changed000")
    for month in ("2025-10", "2025-11"):
        summary = run_month(history, month, settings)
        assert summary["load"]["months_withdrawn"] == 0
    assert summary["extract"]["superseded"] > 0
    assert month_row(history, "i_want_to_find", "2025-11") == (15320, "exact", "review")
    versions = dict(history.execute("SELECT source, parser_version FROM observations WHERE post_id = ?"
                                    " AND kind = 'monthly_count'", [f"{CHANNEL}/201"]).fetchall())
    assert versions["telegram"] == "extract-changed000" and versions["review"].startswith("review:")
    assert counts(history)["reviews"] == 1


def test_reject_is_stored_with_its_note_and_adds_no_fact(history, settings):
    item = item_of(history, f"{CHANNEL}/202")
    note = "a call centre's own count, not the series"
    row = reviews.record_decision(history, item.id, review.Decision(review.REJECT, "taras", note),
                                       utc(2025, 12, 7))
    assert (row["decision"], row["series"], row["effect_month"], row["note"]) == ("reject", None, None, note)
    assert reviews.find_item(history, item.id).status == "rejected"
    run_month(history, "2025-11", settings)
    assert month_row(history, "i_want_to_live", "2025-11") is None
    assert history.execute("SELECT count(*) FROM observations WHERE source = 'review'").fetchone() == (0,)


def test_an_edited_post_flags_its_review_and_the_decision_stands_until_a_person_changes_it(history, settings):
    item = item_of(history, f"{CHANNEL}/201")
    accept(history, item.id)
    run_month(history, "2025-11", settings)
    with pytest.raises(review.DecisionError, match="already decided"):
        accept(history, item.id, value=15321.0)
    edited = replace(post(201, MIXED.replace("15 320", "15 330")), edited=True)
    with store.transaction(history):
        assert store.save_raw_posts(history, [edited], utc(2025, 12, 9)).changed == 1
    flagged = reviews.find_item(history, item.id)
    assert (flagged.status, flagged.latest_version, flagged.decision["post_version"]) == ("flagged", 2, 1)
    assert item.id in {i.id for i in reviews.load_items(history)}  # back on the queue, for another look
    run_month(history, "2025-11", settings)
    assert month_row(history, "i_want_to_find", "2025-11") == (15320, "exact", "review")  # the decision stands
    # A person looks again and changes it: a new decision row (the old one kept), the new value applied.
    accept(history, item.id, value=15330.0)
    assert [(d["value"], d["post_version"]) for d in reviews.load_decisions(history, item=item.id)] == [
        (15320.0, 1), (15330.0, 2)]
    summary = run_month(history, "2025-11", settings)
    assert (summary["extract"]["review_facts_added"], summary["extract"]["review_facts_removed"]) == (1, 1)
    assert month_row(history, "i_want_to_find", "2025-11") == (15330, "exact", "review")
    assert reviews.find_item(history, item.id).status == "accepted"


@pytest.mark.parametrize(("fact", "message"), [
    ({"value": 0.0}, "outside the range read"),
    ({"period": "2026-01"}, "after the post was published"),
    ({"series": "i_want_to_sing"}, "unknown series"),
    ({"kind": "period_total", "period": "2025-11"}, "period does not match its kind"),
    ({"qualifier": "roughly"}, "unknown qualifier"),
])
def test_a_fact_that_fails_validation_is_refused_and_nothing_is_written(history, fact, message):
    item = item_of(history, f"{CHANNEL}/201")
    before = counts(history)
    with pytest.raises(review.DecisionError, match=message):
        accept(history, item.id, **fact)
    assert counts(history) == before


def test_an_unknown_item_is_refused(history):
    with pytest.raises(review.DecisionError, match="no review item"):
        accept(history, "qnothing000")


def test_a_withdrawn_month_is_a_review_item_with_its_old_value(history):
    stored = store.load_monthly_counts_published_between(history, utc(2025, 11, 1), utc(2025, 11, 30))
    (october,) = [row for row in stored if row.series == "i_want_to_find"]
    with store.transaction(history):
        store.delete_monthly_counts(history, [(october.series, october.month)])
        store.save_findings(history, [withdrawn_finding(october)], utc(2025, 12, 8))
    (item,) = [i for i in reviews.load_items(history) if i.item_kind == "withdrawn"]
    assert item.guess == review.Guess("i_want_to_find", "monthly_count", "2025-10", 9243.0, "exact")
    assert item.post_url == october.source_url and "9\xa0243" in item.text and item.rule == "withdrawn"
    accept(history, item.id, period="2025-10", value=9243.0)
    assert reviews.find_item(history, item.id).status == "accepted"


def test_number_highlighting_and_guessing_are_pure():
    pieces = review.highlight_segments("Понад 12 320 заявок, +20% (3,5 тис.)")
    assert [text for text, number in pieces if number] == ["12 320", "20", "3,5"]
    assert "".join(text for text, _ in pieces) == "Понад 12 320 заявок, +20% (3,5 тис.)"
    guess = review.guess_for_quarantine({"stage": "validate", "series": "i_want_to_find", "period": "2031-01",
                                         "message": "the figure is for a month after the post was published:"
                                                    " monthly_count 2031-01 = 9870"}, utc(2025, 2, 3))
    assert guess == review.Guess("i_want_to_find", "monthly_count", "2031-01", 9870.0, "exact")
    total = review.guess_for_quarantine({"stage": "extract", "series": "i_want_to_find", "period": None,
                                         "message": "i_want_to_find: count 100324 has no readable period",
                                         "evidence": "Загальна кількість звернень з моменту запуску проєкту"
                                                     " перевищила 100 тисяч — їх уже 100 324."}, utc(2025, 6, 12))
    assert total == review.Guess("i_want_to_find", "cumulative_total", "since_launch", 100324.0, "exact")
