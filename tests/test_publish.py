"""The open dataset (issue 24) from a real pipeline run: posts served on loopback, fetched, read,
reconciled and loaded into a DuckDB file in tmp_path, then `hotline publish`.

Shows: `frictionless validate` passes on the package and fails on a wrong type; a later official
correction makes a patch version and a second vintage, and `hotline series --as-of` returns the old
value before it and the new one after; the Atom feed parses and announces each month, revision and
alert exactly once across reruns; demo data is marked in every file; the page escapes what it shows.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest

from conftest import month_run, utc
from hotline import store
from hotline.cli import main
from hotline.demo import DemoChannelServer
from hotline.publish import page, schemas
from hotline.publish.dataset import publish_dataset
from hotline.records import Post
from hotline.settings import Settings
from hotline.stages.detect_alerts import detect_alerts, withdrawn_finding
from hotline.stages.extract_facts import extract_facts
from hotline.stages.fetch_posts import fetch_posts
from hotline.stages.load_monthly_counts import load_monthly_counts
from hotline.stages.validate_facts import validate_facts

CHANNEL = "hw_publish_test"
LONG_AFTER = utc(2026, 11, 26)
FRICTIONLESS = Path(sys.executable).parent / "frictionless"


def post(number: int, published: datetime, text: str) -> Post:
    return Post(source="telegram", channel=CHANNEL, post_id=f"{CHANNEL}/{number}",
                url=f"https://t.me/{CHANNEL}/{number}", published_at=published, text=text)


JANUARY = post(1, utc(2025, 2, 4, 10), "У січні на проєкт «Хочу знайти» надійшло 8 548 заявок.")
FEBRUARY = post(2, utc(2025, 3, 4, 9), "У лютому на проєкт «Хочу знайти» надійшло 7 912 заявок. Загалом з "
                                       "моменту запуску проєкт отримав понад 90 тисяч звернень.")
# The Headquarters corrects February a fortnight later (a post of the March run's window).
CORRECTION = post(3, utc(2025, 3, 20, 12), "За уточненими даними, у лютому на проєкт «Хочу знайти» "
                                           "надійшло 8 012 заявок.")


class Channel:
    """The test channel on loopback, and the pipeline's run of one month against it."""

    def __init__(self, server: DemoChannelServer, db: Path) -> None:
        self.server, self.db = server, db
        self.settings = Settings(db_path=db, telegram_base_url=server.base_url, channels=(CHANNEL,),
                                 request_delay_s=0)

    def post(self, *posts: Post) -> None:
        self.server.set_channel(CHANNEL, posts)

    def run(self, month: str) -> None:
        conn = store.connect(self.db)
        try:
            run = month_run(month, LONG_AFTER)
            fetch_posts(conn, run, self.settings)
            extract_facts(conn, run)
            validate_facts(conn, run)
            load_monthly_counts(conn, run, upstream=detect_alerts(conn, run, self.settings))
        finally:
            conn.close()


@pytest.fixture
def channel(db_path):
    with DemoChannelServer({CHANNEL: [JANUARY]}) as server:
        yield Channel(server, db_path)


def publish(channel: Channel, out: Path, *, demo: bool = False) -> dict:
    return publish_dataset(channel.db, out, demo=demo)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def series_as_of(db: Path, day: str, capsys) -> dict[str, str]:
    capsys.readouterr()
    assert main(["series", "--db", str(db), "--as-of", day]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("series,month,requests,qualifier,source_url,")  # the contract's first columns
    rows = list(csv.DictReader(lines))
    return {row["month"]: row["requests"] for row in rows}


def frictionless_validate(folder: Path) -> tuple[int, dict]:
    assert FRICTIONLESS.is_file(), f"no {FRICTIONLESS}: install requirements-dev.lock (it pins frictionless)"
    done = subprocess.run([str(FRICTIONLESS), "validate", "--json", "datapackage.json"], cwd=folder,
                          capture_output=True, text=True, timeout=300, check=False)
    return done.returncode, json.loads(done.stdout)


@pytest.fixture
def published(channel, tmp_path) -> Path:
    """January, then February (and the running total it states), published into one folder."""
    channel.run("2025-01")
    channel.post(JANUARY, FEBRUARY)
    channel.run("2025-02")
    out = tmp_path / "site"
    publish(channel, out)
    return out


# --- the package --------------------------------------------------------------------------------


def test_frictionless_validate_passes_and_a_wrong_type_fails(published):
    code, report = frictionless_validate(published)
    assert code == 0 and report["valid"], json.dumps(report, indent=1)[:3000]
    package = json.loads((published / "datapackage.json").read_text(encoding="utf-8"))
    assert package["$schema"].endswith("/2.0/datapackage.json")
    assert {r["name"] for r in package["resources"]} == {"monthly_series", "stated_totals", "vintages", "alerts",
                                                         "sources"}
    assert package["licenses"][0]["name"] == "CC-BY-4.0" and package["contributors"] and package["sources"]
    assert package["version"] == "1.0.0" and package["created"].endswith("Z")
    monthly = next(r for r in package["resources"] if r["name"] == "monthly_series")["schema"]
    assert monthly["primaryKey"] == ["series", "month"]
    assert monthly["foreignKeys"][0]["reference"] == {"resource": "sources", "fields": ["url"]}
    assert all(field.get("description") for field in monthly["fields"])
    for name in ("monthly_series", "vintages", "sources"):
        assert (published / f"{name}.parquet").stat().st_size > 0

    # Break it on purpose: a cited post missing from sources ...
    import shutil

    orphaned = shutil.copytree(published, published.parent / "orphaned")
    sources = (orphaned / "sources.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    (orphaned / "sources.csv").write_text("".join(line for line in sources if JANUARY.url not in line),
                                          encoding="utf-8")
    code, report = frictionless_validate(orphaned)
    assert code != 0 and "foreign-key" in {e["type"] for task in report["tasks"] for e in task["errors"]}
    # ... and a month's request count that is no integer.
    path = published / "monthly_series.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",8548,", ",8548 requests,", 1), encoding="utf-8")
    code, report = frictionless_validate(published)
    errors = [error for task in report["tasks"] for error in task["errors"]]
    assert code != 0 and not report["valid"]
    assert any(e["type"] == "type-error" and e.get("fieldName") == "requests" for e in errors), errors


def test_each_value_carries_its_provenance(published):
    rows = {row["month"]: row for row in read_csv(published / "monthly_series.csv")}
    january = rows["2025-01"]
    assert (january["requests"], january["status"], january["qualifier"]) == ("8548", "reported", "exact")
    assert january["source_url"] == JANUARY.url and january["post_id"] == JANUARY.post_id
    assert january["published_at"] == "2025-02-04T10:00:00Z"
    assert (january["source_kind"], january["language"], january["official"]) == ("telegram", "uk", "true")
    assert "period_in_clause" in january["extraction"] and "extractor" in january["extraction"]
    import hashlib

    assert january["raw_text_sha256"] == hashlib.sha256(JANUARY.text.encode()).hexdigest()
    totals = read_csv(published / "stated_totals.csv")
    assert [(t["kind"], t["period"], t["value"], t["qualifier"]) for t in totals] == [
        ("cumulative_total", "since_launch", "90000", "over")]
    sources = {row["url"] for row in read_csv(published / "sources.csv")}
    assert {JANUARY.url, FEBRUARY.url} <= sources


# --- versions and vintages ----------------------------------------------------------------------


def test_a_later_correction_is_a_patch_version_and_a_second_vintage(channel, tmp_path, capsys):
    out = tmp_path / "site"
    channel.run("2025-01")
    assert publish(channel, out)["version"] == "1.0.0"
    channel.post(JANUARY, FEBRUARY)
    channel.run("2025-02")
    assert publish(channel, out)["version"] == "1.1.0"  # a new month: minor
    channel.post(JANUARY, FEBRUARY, CORRECTION)
    channel.run("2025-03")
    result = publish(channel, out)
    assert result["version"] == "1.1.1" and result["new_release"]  # a revised value: patch
    again = publish(channel, out)
    assert again["version"] == "1.1.1" and not again["new_release"]  # a rerun: the same version

    february = [row for row in read_csv(out / "vintages.csv") if row["month"] == "2025-02"]
    assert [(v["requests"], v["status"], v["realtime_start"], v["realtime_end"]) for v in february] == [
        ("7912", "reported", "2025-03-04", "2025-03-19"), ("8012", "revised", "2025-03-20", "9999-12-31")]
    assert series_as_of(channel.db, "2025-03-19", capsys)["2025-02"] == "7912"
    assert series_as_of(channel.db, "2025-03-20", capsys)["2025-02"] == "8012"
    assert series_as_of(channel.db, "2025-03-03", capsys) == {"2025-01": "8548"}  # February not yet known
    current = {row["month"]: row for row in read_csv(out / "monthly_series.csv")}
    assert (current["2025-02"]["requests"], current["2025-02"]["status"]) == ("8012", "revised")

    changelog = (out / "CHANGELOG.md").read_text(encoding="utf-8")
    assert [line.split(" ")[1] for line in changelog.splitlines() if line.startswith("## ")] == [
        "1.1.1", "1.1.0", "1.0.0"]
    assert "Revised: «Хочу найти» February 2025: 7,912 → 8,012 requests." in changelog
    assert json.loads((out / "datapackage.json").read_text(encoding="utf-8"))["version"] == "1.1.1"


def test_a_changed_schema_is_a_major_version(published, channel, monkeypatch):
    monkeypatch.setattr(schemas, "schema_hash", lambda: "another schema")
    assert publish(channel, published)["version"] == "2.0.0"
    assert "The Table Schemas changed" in (published / "CHANGELOG.md").read_text(encoding="utf-8")


# --- the feed -----------------------------------------------------------------------------------


def feed_entries(folder: Path) -> list:
    import feedparser

    parsed = feedparser.parse((folder / "feed.xml").read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed.entries


def test_the_feed_has_each_month_revision_and_alert_once_across_reruns(channel, tmp_path):
    out = tmp_path / "site"
    channel.run("2025-01")
    publish(channel, out)
    first = feed_entries(out)
    channel.post(JANUARY, FEBRUARY, CORRECTION)
    channel.run("2025-02")
    channel.run("2025-03")
    publish(channel, out)
    publish(channel, out)  # a rerun
    entries = feed_entries(out)
    ids = [entry.id for entry in entries]
    assert len(ids) == len(set(ids)), ids
    assert {entry.id for entry in first} <= set(ids)  # what was announced stays, with the same id
    months = [i for i in ids if ":month/" in i]
    revisions = [i for i in ids if ":revision/" in i]
    alerts = [i for i in ids if ":alert/" in i]
    assert sorted(months) == [f"{ids[0].split(':dataset')[0]}:dataset:month/i_want_to_find/{m}"
                              for m in ("2025-01", "2025-02")]
    assert len(revisions) == 1 and "/2025-02/" in revisions[0]
    conn = store.connect_reader(channel.db)
    try:
        keys = {row[0] for row in conn.execute("SELECT alert_key FROM alerts").fetchall()}
    finally:
        conn.close()
    assert keys and {i.split(":alert/", 1)[1] for i in alerts} == keys
    revision = next(e for e in entries if ":revision/" in e.id)
    assert revision.link == CORRECTION.url and "7,912 → 8,012" in revision.title
    assert all(entry.link for entry in entries if ":alert/" not in entry.id)  # each with its source post


# --- demo, and escaping -------------------------------------------------------------------------


def test_demo_data_is_marked_in_every_file_and_stays_demo(channel, tmp_path):
    channel.run("2025-01")
    out = tmp_path / "site"
    assert publish(channel, out, demo=True)["demo"]
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert package["title"].startswith("[DEMO DATA]") and package["name"].endswith("-demo")
    html = (out / "index.html").read_text(encoding="utf-8")
    assert 'class="demo-banner"' in html and f'href="{JANUARY.url}"' not in html  # no link to a demo post
    entries = feed_entries(out)
    assert entries and all(entry.title.startswith("[DEMO DATA]") for entry in entries)
    assert "DEMO DATA" in (out / "CHANGELOG.md").read_text(encoding="utf-8")
    channel.post(JANUARY, FEBRUARY)
    channel.run("2025-02")
    assert publish(channel, out, demo=False)["demo"]  # a database released as demo stays demo


def test_the_page_escapes_what_it_shows_and_needs_no_script():
    hostile = {"series": "i_want_to_find", "month": "2025-01", "requests": 1, "qualifier": "exact",
               "status": "reported", "conflict": False, "source_url": 'https://x.test/"><script>alert(1)</script>',
               "post_id": "<img src=x onerror=alert(1)>", "source_kind": "telegram", "language": "uk",
               "published_at": utc(2025, 2, 1)}
    html = page.render_page([hostile], {"i_want_to_find": ("a.png", "a.svg")}, [("x<y>.csv", "<b>")],
                            version="1.0.0", released_at=utc(2025, 2, 2), demo=False)
    assert "<script" not in html and "<img src=x" not in html and "<b>" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html and "&lt;script&gt;" in html


def test_publish_command_and_its_bad_input(published, channel, tmp_path, capsys):
    out = tmp_path / "by_cli"
    assert main(["publish", "--db", str(channel.db), "--output", str(out)]) == 0
    assert "dataset 1.0.0 (unchanged)" in capsys.readouterr().out
    assert (out / "index.html").is_file() and (out / "feed.xml").is_file()
    assert main(["publish", "--db", str(tmp_path / "none.duckdb"), "--output", str(out)]) == 2
    assert main(["publish", "--db", str(channel.db), "--output", str(out / "index.html")]) == 2
    err = capsys.readouterr().err
    assert "no database at" in err and "is a file" in err
    with pytest.raises(SystemExit):
        main(["series", "--db", str(channel.db), "--as-of", "March 2025"])
    assert date.fromisoformat("2025-03-20")  # the accepted form


@pytest.mark.slow
def test_a_withdrawn_month_keeps_its_value_in_the_vintages(channel, tmp_path, capsys):
    from hotline.records import Plan

    channel.post(JANUARY, FEBRUARY)
    channel.run("2025-01")
    channel.run("2025-02")
    out = tmp_path / "site"
    assert publish(channel, out)["version"] == "1.0.0"
    conn = store.connect(channel.db)
    try:  # the load withdraws February as a run does when its figure is no longer read
        february = next(row for row in store.load_monthly_counts_published_between(
            conn, utc(2025, 3, 1), utc(2025, 4, 1)) if row.month == "2025-02")
        plan = Plan(findings=(withdrawn_finding(february),), withdrawn=(("i_want_to_find", "2025-02"),))
        load_monthly_counts(conn, month_run("2025-02", LONG_AFTER), upstream={"plan": plan.to_json()})
        withdrawn_on = conn.execute("SELECT found_at FROM findings WHERE rule = 'withdrawn'").fetchone()[0]
    finally:
        conn.close()
    result = publish(channel, out)
    assert result["version"] == "1.0.1"  # a withdrawn value is a change of the data: patch
    rows = [row for row in read_csv(out / "vintages.csv") if row["month"] == "2025-02"]
    day_before = date.fromordinal(withdrawn_on.date().toordinal() - 1).isoformat()
    assert [(r["requests"], r["realtime_start"], r["realtime_end"]) for r in rows] == [
        ("7912", "2025-03-04", day_before)]
    assert "2025-02" not in {row["month"] for row in read_csv(out / "monthly_series.csv")}
    assert series_as_of(channel.db, "2025-03-05", capsys)["2025-02"] == "7912"
    assert "2025-02" not in series_as_of(channel.db, withdrawn_on.date().isoformat(), capsys)
    assert "Withdrawn: «Хочу найти» February 2025 (was 7,912)." in (out / "CHANGELOG.md").read_text(encoding="utf-8")
    assert frictionless_validate(out)[0] == 0


def test_vintages_keep_what_each_day_ended_with():
    from hotline.publish.vintages import OPEN_END, as_of, build_vintages

    def revision(old: int, new: int, old_url: str, new_url: str, old_at: datetime, new_at: datetime) -> dict:
        return {"series": "i_want_to_find", "month": "2025-02", "old_requests": old, "new_requests": new,
                "old_url": old_url, "new_url": new_url, "old_published_at": old_at, "new_published_at": new_at}

    month = {"series": "i_want_to_find", "month": "2025-02", "requests": 120, "qualifier": "exact",
             "source_url": "u4", "published_at": utc(2025, 3, 9, 9), "source": "telegram", "derived": False}
    revisions = [revision(100, 90, "u1", "u2", utc(2025, 3, 1, 9), utc(2025, 3, 3, 8)),  # replaced that day:
                 revision(90, 100, "u2", "u3", utc(2025, 3, 3, 8), utc(2025, 3, 3, 17)),  # 3 March ended at 100
                 revision(100, 120, "u3", "u4", utc(2025, 3, 3, 17), utc(2025, 3, 9, 9))]
    vintages = build_vintages([month], revisions)
    assert [(v.requests, v.realtime_start, v.realtime_end, v.status) for v in vintages] == [
        (100, date(2025, 3, 1), date(2025, 3, 8), "reported"), (120, date(2025, 3, 9), OPEN_END, "revised")]
    assert [v.requests for v in as_of(vintages, date(2025, 3, 3))] == [100]
    assert as_of(vintages, date(2025, 2, 28)) == []


def test_a_reviewed_value_names_the_reviewer_s_decision(channel, tmp_path, capsys):
    unreadable = post(4, utc(2025, 3, 4, 9), "Минулого тижня до «Хочу знайти» надійшло 1 930 заявок.")
    channel.post(JANUARY, unreadable)
    channel.run("2025-01")
    channel.run("2025-02")
    capsys.readouterr()
    assert main(["review", "list", "--format", "json", "--db", str(channel.db)]) == 0
    item = next(i for i in json.loads(capsys.readouterr().out) if i["post_url"] == unreadable.url)
    assert main(["review", "accept", item["id"], "--series", "i_want_to_find", "--kind", "monthly_count",
                 "--month", "2025-02", "--value", "7912", "--qualifier", "exact", "--reviewer", "ana",
                 "--note", "the February report", "--db", str(channel.db)]) == 0
    channel.run("2025-02")
    out = tmp_path / "site"
    publish(channel, out)
    february = {row["month"]: row for row in read_csv(out / "monthly_series.csv")}["2025-02"]
    assert (february["requests"], february["status"], february["source_kind"]) == ("7912", "reviewed", "review")
    assert february["extraction"].startswith("reviewed by ana on ") and "the February report" in february["extraction"]
    assert february["source_url"] == unreadable.url and len(february["raw_text_sha256"]) == 64
    assert frictionless_validate(out)[0] == 0


def load_demo_channels_january(db_path: Path) -> None:
    """January 2025 run from the demo channel's own report (as `make demo` stores it), served on loopback."""
    from hotline.settings import DEMO_CHANNEL

    report = Post(source="telegram", channel=DEMO_CHANNEL, post_id=f"{DEMO_CHANNEL}/1",
                  url=f"https://t.me/{DEMO_CHANNEL}/1", published_at=utc(2025, 2, 4, 10), text=JANUARY.text)
    with DemoChannelServer({DEMO_CHANNEL: [report]}) as server:
        demo_channel = Channel(server, db_path)
        demo_channel.settings = Settings(db_path=db_path, telegram_base_url=server.base_url,
                                         channels=(DEMO_CHANNEL,), request_delay_s=0)
        demo_channel.run("2025-01")


def test_a_database_of_the_demo_channel_is_demo_without_the_flag(db_path, tmp_path):
    """`make demo`'s database published from a shell without HOTLINE_DEMO: still demo data in every
    file, and its posts are never linked on t.me."""
    from hotline.settings import DEMO_CHANNEL

    load_demo_channels_january(db_path)
    out = tmp_path / "site"
    assert publish_dataset(db_path, out, demo=False)["demo"]
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert package["title"].startswith("[DEMO DATA]")
    for path in out.iterdir():
        if path.suffix in (".json", ".html", ".xml", ".md", ".csv"):
            assert f"t.me/{DEMO_CHANNEL}" not in path.read_text(encoding="utf-8"), path.name
    parquets = sorted(out.glob("*.parquet"))
    assert {p.stem for p in parquets} >= {"monthly_series", "sources", "vintages"}
    for path in parquets:
        assert not [cell for cell in parquet_cells(path) if "t.me" in cell], path.name
    monthly = duckdb.sql("SELECT requests, source_url FROM read_parquet(?)",
                         params=[str(out / "monthly_series.parquet")])
    assert monthly.fetchall() == [(8548, f"urn:hotline-demo:{DEMO_CHANNEL}/1")]  # still names its post
    assert frictionless_validate(out)[0] == 0  # the references between resources still resolve


def parquet_cells(path: Path) -> list[str]:
    """Every cell of a Parquet file as text, read back by DuckDB (compressed pages hide plain bytes)."""
    return [str(cell) for row in duckdb.sql("SELECT * FROM read_parquet(?)", params=[str(path)]).fetchall()
            for cell in row if cell is not None]


def test_no_parquet_export_of_a_demo_database_links_a_post_on_telegram(db_path, tmp_path, capsys, monkeypatch):
    """`hotline export --format parquet` and `hotline_publish`'s data/exports Parquet of the demo's
    months (no HOTLINE_DEMO: the database holds the demo channel's posts) name no t.me link; real
    months keep theirs."""
    from conftest import monthly_row
    from hotline.publish import publish_series

    monkeypatch.delenv("HOTLINE_DEMO", raising=False)
    load_demo_channels_january(db_path)
    exported = tmp_path / "export.parquet"
    assert main(["export", "--db", str(db_path), "--format", "parquet", "--output", str(exported)]) == 0
    publish_series(db_path, tmp_path / "exports")
    for path in (exported, tmp_path / "exports" / "monthly_counts.parquet"):
        rows = duckdb.sql("SELECT requests, source_url FROM read_parquet(?)", params=[str(path)]).fetchall()
        assert rows == [(8548, None)], path.name
        assert not [cell for cell in parquet_cells(path) if "t.me" in cell], path.name
    real = tmp_path / "real.duckdb"
    conn = store.connect(real)
    store.save_monthly_counts(conn, [monthly_row()], utc(2025, 4, 1))
    conn.close()
    assert main(["export", "--db", str(real), "--format", "parquet", "--output", str(exported)]) == 0
    linked = duckdb.sql("SELECT source_url FROM read_parquet(?)", params=[str(exported)]).fetchall()[0][0]
    assert linked.startswith("https://t.me/koordshtab/")
