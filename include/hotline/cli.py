"""`hotline`: the command-line tool (see README). Heavy imports happen inside each command."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from hotline.airflow_setup import airflow_environment, load_dotenv, prepare_airflow
from hotline.demo_data import is_demo_database, read_series, write_handed_out_series
from hotline.inprocess import RunLockedError, run_lock, run_months
from hotline.post_lines import cmd_extract
from hotline.settings import SettingsError
from hotline.tables import write_rows as _write_rows  # publish_cli prints through it too


def _db_path(args: argparse.Namespace) -> Path:
    from hotline.settings import Settings

    return Path(args.db) if getattr(args, "db", None) else Settings.from_env().db_path


# --- fetch / parse-page ----------------------------------------------------------------------


def cmd_fetch(args: argparse.Namespace) -> int:
    """Fetch a channel's new posts into raw_posts and print a one-line summary."""
    from hotline import fetch, store
    from hotline.settings import Settings

    settings = Settings.from_env()
    base_url = (args.base_url or settings.telegram_base_url).rstrip("/")
    client = fetch.TelegramPreviewClient(base_url, min_delay_s=settings.request_delay_s,
                                         timeout_s=settings.request_timeout_s,
                                         backoff_base_s=settings.retry_backoff_s,
                                         max_response_bytes=settings.max_response_bytes)
    conn = _open_database_for_writing(_db_path(args))
    try:
        state = store.load_channel_state(conn, "telegram", args.channel)
        result = fetch.fetch_channel_posts(client, args.channel, newest_known_id=state.newest_id,
                                           max_pages=settings.max_pages, deadline_s=settings.channel_deadline_s)
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
    import dataclasses

    import duckdb

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
    if args.channel:  # a directory's posts name their channel by file; --channel says it for all
        posts = [dataclasses.replace(post, channel=args.channel) for post in posts]
    conn = _open_database_for_writing(_db_path(args))
    try:
        with store.transaction(conn):
            saved = store.save_raw_posts(conn, posts, datetime.now().astimezone())
    except (OSError, duckdb.Error) as error:  # a full disk, a folder made read-only meanwhile
        raise CliError(f"import {path}: nothing stored, the database could not be written "
                       f"({_first_line(error)})", code=1) from None
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


class CliError(Exception):
    """Bad input to a command: one line on stderr and exit status `code`, no traceback."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def _open_database(db: Path) -> Any:
    """A read-only connection to `db`, or CliError saying what is wrong with it."""
    import duckdb

    from hotline import store

    if not db.exists():
        raise CliError(f"no database at {db}: run `make demo` or the pipeline first")
    if not db.is_file():
        raise CliError(f"{db} is not a database file (a directory?)")
    try:
        return store.connect_reader(db)
    except store.DatabaseBusyError:  # a pipeline task, or another program, holds the write lock
        raise CliError(f"{db} is locked by another process (a pipeline task, or another DuckDB client); "
                       "try again when it is done", code=1) from None
    except duckdb.Error as error:
        if "lock" in str(error).lower():
            raise CliError(f"{db} is locked by another process ({_first_line(error)})", code=1) from None
        raise CliError(f"{db}: not a readable DuckDB database ({_first_line(error)})") from None


def _open_database_for_writing(db: Path) -> Any:
    """A writable, migrated connection to `db`, or CliError saying what is wrong with it."""
    import duckdb

    from hotline import store

    if db.exists() and not db.is_file():
        raise CliError(f"{db} is not a database file (a directory?)")
    try:
        return store.connect(db)
    except (duckdb.Error, OSError) as error:
        raise CliError(f"{db}: cannot open the database for writing ({_first_line(error)})") from None


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0][:300]


def _read_table(db: Path, reader: Any) -> tuple[list[str], list[tuple]]:
    """Columns and rows from one of the store's readers, or CliError when `db` is no Hotline Watch database."""
    import duckdb

    conn = _open_database(db)
    try:
        return reader(conn)
    except duckdb.Error as error:
        raise CliError(f"{db}: not a Hotline Watch database ({_first_line(error)})") from None
    finally:
        conn.close()


def cmd_series(args: argparse.Namespace) -> int:
    """Print the current monthly series (in the one shape of `hotline.tables`)."""
    columns, rows = _read_table(_db_path(args), read_series)
    _write_rows(columns, rows, args.format, sys.stdout)
    return 0


def cmd_alerts(args: argparse.Namespace) -> int:
    """Print the alert log."""
    from hotline import store

    columns, rows = _read_table(_db_path(args), store.read_alert_log)
    _write_rows(columns, rows, args.format, sys.stdout)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write monthly_counts to a CSV or Parquet file."""
    import duckdb

    from hotline import store
    from hotline.settings import Settings

    db = _db_path(args)
    out = Path(args.output or f"monthly_counts.{args.format}")
    if out.is_dir():
        raise CliError(f"--output {out} is a directory; name a file")
    if not out.parent.is_dir():
        raise CliError(f"--output {out}: the folder {out.parent} does not exist")
    conn = _open_database(db)
    try:
        if args.format == "parquet":  # typed columns, written by DuckDB with the path as an argument
            relation = store.monthly_counts_relation(conn, unlinked=is_demo_database(conn, Settings.from_env().demo))
            rows = len(relation)
            relation.write_parquet(str(out))
        else:  # the CSV every output of the series shares
            with out.open("w", encoding="utf-8", newline="") as stream:
                rows = write_handed_out_series(conn, stream)
    except (duckdb.Error, OSError) as error:
        raise CliError(f"export from {db} to {out} failed: {_first_line(error)}", code=1) from None
    finally:
        conn.close()
    print(f"wrote {rows} rows to {out}")
    return 0


# --- Airflow runs ----------------------------------------------------------------------------


def cmd_setup(args: argparse.Namespace) -> int:
    """Prepare the project's Airflow home (see prepare_airflow) and say how to use the Airflow CLI."""
    env = airflow_environment(_db_path(args))
    prepare_airflow(env)
    print(f"Airflow home ready: {env['AIRFLOW_HOME']} (airflow.cfg, metadata DB, airflow_settings.yaml applied).\n"
          f"Use the Airflow CLI from here with: export AIRFLOW_HOME={env['AIRFLOW_HOME']}", file=sys.stderr)
    return 0


def cmd_run_months(args: argparse.Namespace) -> int:
    """Run the pipeline through Airflow for every month in FROM..TO; SIGTERM/SIGINT stop it
    (exit 143/130) with the current task's writes rolled back."""
    from hotline.inprocess import check_run_range, report_failures
    from hotline.stopping import stop_on_signals

    try:
        check_run_range(args.first, args.last)  # a month before every series' launch: refused
    except ValueError as error:
        raise CliError(str(error)) from None
    env = airflow_environment(_db_path(args))
    # A quiet console: a line a month, a failed month's task and reason; the rest is in the task logs.
    env["AIRFLOW__LOGGING__LOGGING_LEVEL"] = os.environ.get("AIRFLOW__LOGGING__LOGGING_LEVEL", "CRITICAL")
    with stop_on_signals(), run_lock(Path(env["AIRFLOW_HOME"])):
        prepare_airflow(env)
        results = run_months(args.first, args.last)
    return report_failures(results, Path(env["AIRFLOW_HOME"]) / "logs")


def cmd_demo(args: argparse.Namespace) -> int:
    """Serve the bundled demo channel on loopback, run every demo month through Airflow, print results."""
    from hotline import demo
    from hotline.stopping import stop_on_signals

    posts = demo.generate_demo_posts(demo.DEMO_CHANNEL)
    months = [month for _series, month, _value in demo.load_demo_series()]
    rows_before = data_row_counts(_db_path(args))
    # Before the server's thread starts, so that the thread, too, leaves the stop signals alone.
    with stop_on_signals(), demo.DemoChannelServer({demo.DEMO_CHANNEL: posts}) as server:
        os.environ["HOTLINE_TELEGRAM_BASE_URL"] = server.base_url
        os.environ["HOTLINE_CHANNELS"] = demo.DEMO_CHANNEL
        os.environ["HOTLINE_DEMO"] = "1"  # messages and charts say "demo data" (Settings.demo)
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


def data_row_counts(db: Path) -> dict[str, int]:
    """Rows per data table (empty before the first run): a rerun of the demo must add none."""
    from hotline import store

    if not db.exists():
        return {}
    conn = store.connect_reader(db)
    try:
        return store.data_row_counts(conn)
    finally:
        conn.close()


def cmd_up(args: argparse.Namespace) -> int:
    """`make up` (the demo) or `make live` (`--live`): Airflow for the UI; see `hotline.airflow_up`."""
    from hotline import airflow_up

    return airflow_up.up_command(args.db, args.port, args.live)


# --- entry point -----------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    parser = argparse.ArgumentParser(prog="hotline", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract facts from posts (JSON Lines in, JSON Lines out)")
    p.add_argument("path", nargs="?", default="-")
    p.add_argument("--explain", action="store_true",
                   help="for each number of each post, which rule decided what and why (text, not JSON)")
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

    p = sub.add_parser("setup", help="write .airflow/airflow.cfg, migrate, apply airflow_settings.yaml")
    p.add_argument("--db")
    p.set_defaults(func=cmd_setup)

    p = sub.add_parser("up", help="start Airflow for the UI with the demo data, on loopback (make up)")
    p.add_argument("--db")
    p.add_argument("--port", type=int, default=8080)
    p.add_argument("--live", action="store_true", help="the real sources, data/live.duckdb, .airflow-live (make live)")
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

    from hotline import publish_cli, review_cli  # `review` (issue 14); `publish`, `series --as-of` (issue 24)

    review_cli.register(sub)
    from hotline import alert_cli  # `hotline alert preview|test` (issue 22)

    alert_cli.register(sub)
    publish_cli.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `hotline` command line."""
    from hotline.stopping import StopRequested

    load_dotenv()  # ./.env: settings not already in the environment
    args = build_parser().parse_args(argv)
    try:
        status = args.func(args)
        sys.stdout.flush()  # here, not at exit: a reader that left (| head) is a BrokenPipeError below
        return status
    except StopRequested as stop:
        print(f"hotline {args.command}: {stop}; the interrupted month was rolled back, a rerun finishes it",
              file=sys.stderr)
        if argv is None:
            # As the command: leave now. Airflow's in-process API server leaves threads behind
            # that would hold the interpreter's shutdown for seconds; nothing is left to write
            # (the interrupted transaction was rolled back, the rest is committed).
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(stop.exit_code)
        return stop.exit_code
    except RunLockedError as error:
        print(f"hotline {args.command}: {error}", file=sys.stderr)
        return 1
    except CliError as error:
        print(f"hotline {args.command}: {error}", file=sys.stderr)
        return error.code
    except SettingsError as error:  # a bad HOTLINE_* value or series.toml: one line, not a traceback
        print(f"hotline {args.command}: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `hotline alerts | head`: the reader has left, nothing more to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
