"""`hotline`: the command-line tool (see README). Heavy imports happen inside each command."""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import warnings
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _db_path(args: argparse.Namespace) -> Path:
    from hotline.settings import Settings

    return Path(args.db) if getattr(args, "db", None) else Settings.from_env().db_path


# --- extract -------------------------------------------------------------------------------


def cmd_extract(args: argparse.Namespace) -> int:
    """Read posts as JSON Lines, write facts as JSON Lines; report bad lines and quarantined posts."""
    from hotline.extract import extract_facts

    stream = sys.stdin if args.path in (None, "-") else open(args.path, encoding="utf-8")  # noqa: SIM115
    status = 0
    with stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                post = _parse_post_line(line)
            except ValueError as error:
                print(f"line {number}: {error}", file=sys.stderr)
                status = 1
                continue
            result = extract_facts(post["text"], post["published"], post["id"], channel=post.get("channel", ""))
            for fact in result.facts:
                print(json.dumps(fact.to_json(), ensure_ascii=False))
            for problem in result.problems:
                print(f"line {number}: post {problem.post_id}: quarantined ({problem.rule}): {problem.message}",
                      file=sys.stderr)
    return status


def _parse_post_line(line: str) -> dict[str, Any]:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"not valid JSON ({error.msg} at column {error.colno})") from None
    if not isinstance(data, dict):
        raise ValueError("expected a JSON object")
    missing = [key for key in ("id", "published", "text") if key not in data]
    if missing:
        raise ValueError(f"missing key(s): {', '.join(missing)}")
    if not isinstance(data["text"], str):
        raise ValueError("'text' must be a string")
    try:
        published = datetime.fromisoformat(str(data["published"]))
    except ValueError:
        raise ValueError(f"'published' is not ISO 8601: {data['published']!r}") from None
    if published.tzinfo is None:
        raise ValueError(f"'published' has no UTC offset: {data['published']!r}")
    return {**data, "id": str(data["id"]), "published": published}


# --- fetch / parse-page ----------------------------------------------------------------------


def cmd_fetch(args: argparse.Namespace) -> int:
    """Fetch a channel's new posts into raw_posts and print a one-line summary."""
    from hotline import fetch, store
    from hotline.settings import Settings

    settings = Settings.from_env()
    base_url = (args.base_url or settings.telegram_base_url).rstrip("/")
    client = fetch.TelegramPreviewClient(base_url, min_delay_s=settings.request_delay_s,
                                         timeout_s=settings.request_timeout_s)
    conn = store.connect(_db_path(args))
    try:
        state = store.load_channel_state(conn, "telegram", args.channel)
        result = fetch.fetch_channel_posts(client, args.channel, newest_known_id=state.newest_id)
        now = datetime.now().astimezone()
        with store.transaction(conn):
            saved = store.save_raw_posts(conn, result.posts, now)
            store.save_channel_state(conn, "telegram", args.channel,
                                     state.after_fetch(result.newest_id, result.posts), now)
    except fetch.FetchError as error:
        print(f"fetch {args.channel}: {error}", file=sys.stderr)
        return 1
    finally:
        conn.close()
    print(f"{args.channel}: {saved.new} new posts, {saved.changed} changed posts, "
          f"{result.stats.requests} requests ({result.stats.bytes} bytes)")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Store posts from a Telegram Desktop export or a directory of JSON Lines into raw_posts, so
    monthly runs (and backfills) read years of history without crawling."""
    from hotline import fetch, store

    path = Path(args.path)
    try:
        if path.is_dir() and not (path / "result.json").exists():
            posts = fetch.read_post_directory(path)
        else:
            posts = fetch.read_telegram_export(path, channel=args.channel)
    except (OSError, ValueError) as error:
        print(f"import {path}: {error}", file=sys.stderr)
        return 1
    conn = store.connect(_db_path(args))
    try:
        with store.transaction(conn):
            saved = store.save_raw_posts(conn, posts, datetime.now().astimezone())
    finally:
        conn.close()
    print(f"{path}: {len(posts)} posts read, {saved.new} new, {saved.changed} changed")
    return 0


def cmd_parse_page(args: argparse.Namespace) -> int:
    """Print the posts of saved web-preview pages as JSON Lines."""
    from hotline.parse import MalformedPageError, parse_channel_page

    status = 0
    for path in args.paths:
        try:
            page = parse_channel_page(Path(path).read_bytes(), Path(path).resolve().as_uri())
        except (OSError, MalformedPageError) as error:
            print(f"{path}: {error}", file=sys.stderr)
            status = 1
            continue
        for post in page.posts:
            print(json.dumps({
                "channel": post.channel, "id": post.post_id, "url": post.url,
                "published": post.published_at.isoformat(), "text": post.text, "edited": post.edited,
                "views": post.views}, ensure_ascii=False))
    return status


# --- series / alerts / export --------------------------------------------------------------


def _query_rows(db: Path, query: str) -> tuple[list[str], list[tuple]]:
    from hotline import store

    if not db.exists():
        raise SystemExit(f"no database at {db}: run `make demo` or the pipeline first")
    conn = store.connect_reader(db)
    try:
        cursor = conn.execute(query)
        return [c[0] for c in cursor.description], cursor.fetchall()
    finally:
        conn.close()


def _write_rows(columns: list[str], rows: list[tuple], fmt: str, out: TextIO) -> None:
    if fmt == "json":
        for row in rows:
            out.write(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False, default=str) + "\n")
        return
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)


def cmd_series(args: argparse.Namespace) -> int:
    """Print the current monthly series."""
    columns, rows = _query_rows(_db_path(args), (
        "SELECT series, strftime(month, '%Y-%m') AS month, requests, qualifier, source_url,"
        " strftime(published_at AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%SZ') AS published_at, source, derived, status"
        " FROM monthly_counts ORDER BY series, month"))
    _write_rows(columns, rows, args.format, sys.stdout)
    return 0


def cmd_alerts(args: argparse.Namespace) -> int:
    """Print the alert log."""
    columns, rows = _query_rows(_db_path(args), (
        "SELECT alert_key, series, strftime(month, '%Y-%m') AS month, kind, severity, status,"
        " strftime(created_at AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%SZ') AS created_at, message"
        " FROM alerts ORDER BY month, series, kind, alert_key"))
    _write_rows(columns, rows, args.format, sys.stdout)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write monthly_counts to a CSV or Parquet file."""
    from hotline import store

    db = _db_path(args)
    out = Path(args.output or f"monthly_counts.{args.format}")
    conn = store.connect_reader(db)
    try:
        # DuckDB writes both formats itself (no pyarrow needed); the relation API takes the path
        # as an argument, so no file name is ever spliced into SQL.
        relation = conn.sql("SELECT * FROM monthly_counts ORDER BY series, month")
        rows = len(relation)
        if args.format == "parquet":
            relation.write_parquet(str(out))
        else:
            relation.write_csv(str(out), header=True)
    finally:
        conn.close()
    print(f"wrote {rows} rows to {out}")
    return 0


# --- Airflow runs ----------------------------------------------------------------------------


def sqlite_metadata_url(airflow_home: Path) -> str:
    """The SQLite metadata URL under `airflow_home`, waiting up to a minute for a lock.

    sqlite3 gives up after 5 s by default; with the scheduler, the dag-processor, task
    processes and `airflow backfill create` all writing, a busy 2-core machine exceeds that
    and the CLI dies with "database is locked" half-way through creating a backfill."""
    return f"sqlite:///{(airflow_home / 'airflow.db').resolve()}?timeout=60"


def airflow_environment(db: Path) -> dict[str, str]:
    """The embedded defaults: Airflow home under .airflow/, SQLite metadata, the project's DAGs,
    no examples, and the DuckDB connection pointing at `db`. Existing settings win."""
    defaults = {
        "AIRFLOW_HOME": str(PROJECT_ROOT / ".airflow"),
        "AIRFLOW__CORE__DAGS_FOLDER": str(PROJECT_ROOT / "dags"),
        "AIRFLOW__CORE__PLUGINS_FOLDER": str(PROJECT_ROOT / "plugins"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__LOGGING__LOGGING_LEVEL": "WARNING",
        "HOTLINE_DB": str(db.resolve()),
    }
    env = {key: os.environ.get(key, value) for key, value in defaults.items()}
    env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] = os.environ.get(
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN") or sqlite_metadata_url(Path(env["AIRFLOW_HOME"]))
    env["AIRFLOW_CONN_DUCKDB_DEFAULT"] = os.environ.get("AIRFLOW_CONN_DUCKDB_DEFAULT") or json.dumps(
        {"conn_type": "duckdb", "host": str(Path(env["HOTLINE_DB"]).resolve())})
    return env


def prepare_airflow(env: dict[str, str]) -> None:
    """Migrate the metadata DB and create the one-slot DuckDB writer pool (both idempotent)."""
    import subprocess

    os.environ.update(env)
    Path(env["AIRFLOW_HOME"]).mkdir(parents=True, exist_ok=True)
    airflow = str(Path(sys.executable).parent / "airflow")
    for command in ([airflow, "db", "migrate"],
                    [airflow, "pools", "set", "duckdb_writer", "1", "DuckDB allows one writing process"]):
        done = subprocess.run(command, env=os.environ, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"`{' '.join(command[1:])}` failed:\n{done.stderr[-2000:]}")


def run_months(first: str, last: str) -> list[tuple[str, str]]:
    """Run the monthly DAG through Airflow (in-process `dag.test`) for each month; return states."""
    from airflow.dag_processing.dagbag import DagBag

    from hotline.months import month_range, run_date_for

    # Airflow's in-process test harness warns about its own use of starlette's TestClient.
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    months = month_range(first, last)
    bag = DagBag(dag_folder=os.environ["AIRFLOW__CORE__DAGS_FOLDER"])
    if bag.import_errors:
        raise SystemExit(f"DAG import errors: {bag.import_errors}")
    dag = bag.get_dag("hotline_monthly")
    results = []
    for month in months:
        dag_run = dag.test(logical_date=run_date_for(month))
        state = str(getattr(dag_run, "state", "unknown"))
        results.append((month, state))
        print(f"hotline_monthly {month}: {state}", file=sys.stderr)
    return results


def cmd_run_months(args: argparse.Namespace) -> int:
    """Run the pipeline through Airflow for every month in FROM..TO."""
    env = airflow_environment(_db_path(args))
    prepare_airflow(env)
    results = run_months(args.first, args.last)
    failed = [month for month, state in results if state != "success"]
    if failed:
        print(f"failed months: {', '.join(failed)} (see the task logs under {env['AIRFLOW_HOME']}/logs)",
              file=sys.stderr)
        return 1
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Serve the bundled demo channel on loopback, run every demo month through Airflow, print results."""
    from hotline import demo

    posts = demo.generate_demo_posts(demo.DEMO_CHANNEL)
    months = [month for _series, month, _value in demo.load_demo_series()]
    rows_before = data_row_counts(_db_path(args))
    with demo.DemoChannelServer({demo.DEMO_CHANNEL: posts}) as server:
        os.environ["HOTLINE_TELEGRAM_BASE_URL"] = server.base_url
        os.environ["HOTLINE_CHANNELS"] = demo.DEMO_CHANNEL
        os.environ.setdefault("HOTLINE_REQUEST_DELAY_S", "0")
        print(f"Demo channel {demo.DEMO_CHANNEL!r} (a demo modeled on the real series) served at "
              f"{server.base_url}/s/{demo.DEMO_CHANNEL}", file=sys.stderr)
        args.first, args.last = min(months), max(months)
        status = cmd_run_months(args)
    if status:
        return status
    print("\n== Monthly series (demo data modeled on the real series) ==")
    cmd_series(argparse.Namespace(db=args.db, format="csv"))
    print("\n== Alerts ==")
    cmd_alerts(argparse.Namespace(db=args.db, format="csv"))
    rows_after = data_row_counts(_db_path(args))
    print("\n== Stored rows (this run added) ==")
    print(", ".join(f"{table} {count} (+{count - rows_before.get(table, 0)})" for table, count in rows_after.items()))
    return 0


DATA_TABLES = ("raw_posts", "observations", "monthly_counts", "revisions", "findings", "quarantine", "alerts")


def data_row_counts(db: Path) -> dict[str, int]:
    """Rows per data table (empty before the first run): a rerun of the demo must add none."""
    from hotline import store

    if not db.exists():
        return {}
    conn = store.connect_reader(db)
    try:
        return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in DATA_TABLES}
    finally:
        conn.close()


def ui_credentials(airflow_home: Path, user: str = "admin") -> tuple[str, str]:
    """The UI login: the simple auth manager's passwords file, with a random password made once per
    Airflow home (never committed, never logged elsewhere)."""
    import secrets

    passwords = airflow_home / "simple_auth_manager_passwords.json.generated"
    known = json.loads(passwords.read_text()) if passwords.exists() else {}
    if user not in known:
        known[user] = secrets.token_urlsafe(12)
        passwords.write_text(json.dumps(known))
        passwords.chmod(0o600)
    return user, known[user]


def cmd_up(args: argparse.Namespace) -> int:
    """Start Airflow standalone with the project's DAGs, plugins and the demo data, serving the demo
    channel on loopback so runs triggered from the UI work offline."""
    import subprocess

    from hotline import demo

    db = _db_path(args)
    if not db.exists():
        status = cmd_demo(argparse.Namespace(db=args.db))
        if status:
            return status
    env = airflow_environment(db)
    prepare_airflow(env)
    user, password = ui_credentials(Path(env["AIRFLOW_HOME"]))
    posts = demo.generate_demo_posts(demo.DEMO_CHANNEL)
    with demo.DemoChannelServer({demo.DEMO_CHANNEL: posts}) as server:
        env.update({
            "HOTLINE_TELEGRAM_BASE_URL": server.base_url, "HOTLINE_CHANNELS": demo.DEMO_CHANNEL,
            "HOTLINE_REQUEST_DELAY_S": "0", "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": f"{user}:admin",
            "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "30",
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
            # Alert messages link to the page where this UI serves it (unless told otherwise).
            "HOTLINE_PUBLIC_URL": os.environ.get("HOTLINE_PUBLIC_URL") or f"http://localhost:{args.port}",
        })
        print(f"Airflow UI: http://localhost:{args.port}  (login: {user} / {password})\n"
              f"Demo channel served at {server.base_url}/s/{demo.DEMO_CHANNEL}. Ctrl-C stops everything.",
              file=sys.stderr)
        env["AIRFLOW__API__PORT"] = str(args.port)
        # A local demo with a printed password: listen on loopback unless told otherwise.
        env["AIRFLOW__API__HOST"] = os.environ.get("AIRFLOW__API__HOST", "127.0.0.1")
        process = subprocess.Popen([str(Path(sys.executable).parent / "airflow"), "standalone"],
                                   env={**os.environ, **env})
        try:
            return process.wait()
        except KeyboardInterrupt:
            process.terminate()
            return process.wait(30)


# --- entry point -----------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    parser = argparse.ArgumentParser(prog="hotline", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract facts from posts (JSON Lines in, JSON Lines out)")
    p.add_argument("path", nargs="?", default="-")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("fetch", help="fetch a channel's new posts into raw_posts")
    p.add_argument("channel")
    p.add_argument("--base-url")
    p.add_argument("--db")
    p.set_defaults(func=cmd_fetch)

    p = sub.add_parser("import", help="store a Telegram Desktop export (result.json) or a JSONL directory")
    p.add_argument("path")
    p.add_argument("--channel", help="the channel's public username (export ids then match the web preview)")
    p.add_argument("--db")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("parse-page", help="parse saved web-preview pages")
    p.add_argument("paths", nargs="+")
    p.set_defaults(func=cmd_parse_page)

    p = sub.add_parser("run-months", help="run the monthly DAG through Airflow for FROM..TO (YYYY-MM)")
    p.add_argument("first", metavar="FROM")
    p.add_argument("last", metavar="TO")
    p.add_argument("--db")
    p.set_defaults(func=cmd_run_months)

    p = sub.add_parser("demo", help="serve the demo channel and run every demo month through Airflow")
    p.add_argument("--db")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("up", help="start Airflow standalone with the demo data (make up)")
    p.add_argument("--db")
    p.add_argument("--port", type=int, default=8080)
    p.set_defaults(func=cmd_up)

    for name, func, help_text in (("series", cmd_series, "the current monthly series"),
                                  ("alerts", cmd_alerts, "the alert log")):
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--db")
        p.add_argument("--format", choices=("csv", "json"), default="csv")
        p.set_defaults(func=func)

    p = sub.add_parser("export", help="export monthly_counts as CSV or Parquet")
    p.add_argument("--db")
    p.add_argument("--format", choices=("csv", "parquet"), default="csv")
    p.add_argument("--output")
    p.set_defaults(func=cmd_export)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `hotline` command line."""
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
