"""Store tests on a real DuckDB file."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import duckdb
import pytest

from conftest import monthly_row, utc
from hotline import store
from hotline.records import Alert, Post, Problem


def make_post(post_id: str = "koordshtab/10", text: str = "У січні надійшло 8 548 заявок") -> Post:
    return Post(source="telegram", channel="koordshtab", post_id=post_id, url=f"https://t.me/{post_id}",
                published_at=utc(2025, 2, 4, 10), text=text, raw=f"<div>{text}</div>")


def test_migrations_are_recorded_once(conn):
    assert store.migrate(conn) == []
    versions = conn.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()
    files = sorted(int(f.name.split("_", 1)[0]) for f in (Path(store.__file__).parents[1] / "sql").glob("*.sql"))
    assert versions == [(v,) for v in files] and files[0] == 1


def test_refetching_the_same_post_writes_nothing_and_an_edit_is_a_new_version(conn):
    first = store.save_raw_posts(conn, [make_post()], utc(2025, 2, 5))
    again = store.save_raw_posts(conn, [make_post()], utc(2025, 2, 6))
    edited = store.save_raw_posts(conn, [make_post(text="У січні надійшло 8 549 заявок")], utc(2025, 2, 7))
    assert (first.new, again.new, again.changed, edited.changed) == (1, 0, 0, 1)
    rows = conn.execute("SELECT version, text FROM raw_posts ORDER BY version").fetchall()
    assert [row[0] for row in rows] == [1, 2]
    latest = store.load_posts_published_between(conn, utc(2025, 2, 1), utc(2025, 3, 1))
    assert [(s.version, s.post.text) for s in latest] == [(2, "У січні надійшло 8 549 заявок")]


def test_posts_outside_the_window_are_not_loaded(conn):
    store.save_raw_posts(conn, [make_post()], utc(2025, 2, 5))
    assert store.load_posts_published_between(conn, utc(2025, 2, 5), utc(2025, 3, 1)) == []


def test_channel_state_round_trip(conn):
    assert store.load_channel_state(conn, "telegram", "koordshtab") == store.ChannelState()
    state = store.ChannelState(120, utc(2025, 2, 4, 10), utc(2024, 1, 1))
    store.save_channel_state(conn, "telegram", "koordshtab", state, utc(2025, 2, 5))
    store.save_channel_state(conn, "telegram", "koordshtab", state, utc(2025, 2, 6))
    assert store.load_channel_state(conn, "telegram", "koordshtab") == state


def test_quarantine_keeps_each_reason_once(conn):
    problem = Problem(post_id="p1", stage="extract", rule="series_ambiguous", message="no project named",
                      evidence="9 870 заявок")
    assert store.save_quarantine(conn, "telegram", [problem, problem], utc(2025, 1, 1)) == 1
    assert store.save_quarantine(conn, "telegram", [problem], utc(2025, 1, 2)) == 0


def test_alert_keys_are_inserted_once_and_delivery_is_recorded(conn):
    alert = Alert(key="record_high:i_want_to_find:2025-01:up:v1", series="i_want_to_find", month="2025-01",
                  kind="record_high", severity="alert", message="record", details={"value": 8548})
    assert store.save_alerts(conn, [alert], {}, utc(2025, 2, 15)) == 1
    assert store.save_alerts(conn, [alert], {}, utc(2025, 3, 15)) == 0
    store.mark_alert(conn, alert.key, "sent", utc(2025, 2, 15, 7))
    [row] = store.load_alerts(conn)
    assert (row["status"], row["attempts"], row["month"]) == ("sent", 1, "2025-01")


def test_saving_the_same_monthly_rows_changes_nothing(conn):
    assert store.save_monthly_counts(conn, [monthly_row()], utc(2025, 2, 15)) == 1
    assert store.save_monthly_counts(conn, [monthly_row()], utc(2025, 3, 15)) == 0
    assert store.save_monthly_counts(conn, [monthly_row(8549)], utc(2025, 3, 15)) == 1
    [count] = store.load_monthly_counts(conn)
    assert (count.month, count.requests, count.record_claimed) == ("2025-01", 8549, True)


def test_a_crash_inside_a_transaction_keeps_the_last_good_state(conn):
    store.save_monthly_counts(conn, [monthly_row()], utc(2025, 2, 15))
    with pytest.raises(RuntimeError, match="crash"), store.transaction(conn):
        store.save_monthly_counts(conn, [monthly_row(1)], utc(2025, 3, 15))
        store.save_raw_posts(conn, [make_post()], utc(2025, 3, 15))
        raise RuntimeError("crash in the middle of a load")
    assert [c.requests for c in store.load_monthly_counts(conn)] == [8548]
    assert conn.execute("SELECT count(*) FROM raw_posts").fetchone() == (0,)


def _hold_write_lock(path: str, ready, release) -> None:
    connection = duckdb.connect(path)
    ready.set()
    release.wait(10)
    connection.close()


def test_a_second_writer_process_is_refused_and_the_reader_waits(db_path):
    store.connect(db_path).close()
    ready, release = multiprocessing.Event(), multiprocessing.Event()
    holder = multiprocessing.Process(target=_hold_write_lock, args=(str(db_path), ready, release))
    holder.start()
    try:
        assert ready.wait(10)
        with pytest.raises(duckdb.IOException, match="lock"):
            store.connect(db_path)
        with pytest.raises(store.DatabaseBusyError, match="locked by another process"):
            store.connect_reader(db_path, attempts=2, delay_s=0.01)
    finally:
        release.set()
        holder.join(10)
    reader = store.connect_reader(db_path, attempts=3, delay_s=0.01)
    assert reader.execute("SELECT count(*) FROM monthly_counts").fetchone() == (0,)
    reader.close()


def test_a_rerun_replaces_the_run_summary_of_its_dag_month_and_step(conn):
    now = utc(2025, 3, 1)
    for run_id in ("manual__1", "manual__2", "manual__3"):
        with store.transaction(conn):
            store.save_run_summary(conn, run_id, "2025-01", "fetch", {"run": run_id}, now, dag_id="hotline_monthly")
    with store.transaction(conn):
        store.save_run_summary(conn, "daily__1", "2025-01", "fetch", {"run": "daily"}, now,
                               dag_id="hotline_report_watch")
        store.save_run_summary(conn, "manual__3", "2025-01", "extract", {"run": "manual__3"}, now,
                               dag_id="hotline_monthly")
    rows = conn.execute("SELECT dag_id, run_id, step FROM run_summaries ORDER BY ALL").fetchall()
    assert rows == [("hotline_monthly", "manual__3", "extract"), ("hotline_monthly", "manual__3", "fetch"),
                    ("hotline_report_watch", "daily__1", "fetch")]


def test_summaries_recorded_under_the_old_step_names_take_the_task_names(tmp_path):
    # A database from before migration 017: the column said `stage` and the steps had short names.
    folder = Path(store.__file__).parents[1] / "sql"
    old = duckdb.connect(str(tmp_path / "old.duckdb"))
    old.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
                " applied_at TIMESTAMPTZ NOT NULL)")
    for path in sorted(folder.glob("*.sql")):
        if int(path.name.split("_", 1)[0]) < 17:
            old.execute(path.read_text(encoding="utf-8"))
            old.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [int(path.name[:3]), path.name])
    for stage in ("fetch", "extract", "load", "notify"):
        old.execute("INSERT INTO run_summaries (run_id, month, stage, summary, recorded_at, dag_id)"
                    " VALUES ('month__2025-01', DATE '2025-01-01', ?, '{}', now(), 'hotline_monthly')", [stage])
    later = sorted(int(path.name.split("_", 1)[0]) for path in folder.glob("*.sql"))
    assert store.migrate(old) == [version for version in later if version >= 17]  # 017, then the newer ones
    steps = [step for (step,) in old.execute("SELECT step FROM run_summaries ORDER BY step").fetchall()]
    assert steps == ["extract_facts", "fetch_posts", "load_monthly_counts", "notify"]
    # ... so a rerun of that month replaces them instead of adding a second summary per step.
    with store.transaction(old):
        store.save_run_summary(old, "month__2025-01b", "2025-01", "extract_facts", {}, utc(2025, 3, 1),
                               dag_id="hotline_monthly")
    assert old.execute("SELECT count(*) FROM run_summaries").fetchone()[0] == 4
    old.close()
