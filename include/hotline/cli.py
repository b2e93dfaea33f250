"""`hotline`: the command-line tool (see README). Heavy imports happen inside each command."""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _db_path(args: argparse.Namespace) -> Path:
    from hotline.settings import Settings

    return Path(args.db) if getattr(args, "db", None) else Settings.from_env().db_path


# --- extract -------------------------------------------------------------------------------


def cmd_extract(args: argparse.Namespace) -> int:
    """Read posts as JSON Lines, write facts as JSON Lines; report bad lines and quarantined posts.
    With --explain, write for each post which rule decided what about each number instead.

    Exit 0, 1 when some line was bad (the others are still read), 2 when the input cannot be
    opened at all."""
    from hotline.extract import explain, extract_facts

    try:
        stream = _binary_input(args.path)
    except OSError as error:
        print(f"extract: cannot read {args.path}: {error.strerror or error}", file=sys.stderr)
        return 2
    status = 0
    with stream:
        # Bytes, decoded line by line: one line of invalid UTF-8 is that line's error, not the end
        # of the input.
        for number, raw in enumerate(stream, start=1):
            try:
                post = _parse_post_line(raw)
                if args.explain:
                    print(explain(post["text"], post["published"], post["id"], channel=post.get("channel") or ""))
                    continue
                result = extract_facts(post["text"], post["published"], post["id"],
                                       channel=post.get("channel") or "")
            except ValueError as error:
                print(f"line {number}: {error}", file=sys.stderr)
                status = 1
                continue
            except _BlankLine:
                continue
            except (RecursionError, OverflowError, ArithmeticError) as error:
                print(f"line {number}: could not be read ({type(error).__name__})", file=sys.stderr)
                status = 1
                continue
            for fact in result.facts:
                print(json.dumps(fact.to_json(), ensure_ascii=False))
            for problem in result.problems:
                print(f"line {number}: post {problem.post_id}: quarantined ({problem.rule}): {problem.message}",
                      file=sys.stderr)
    return status


def _binary_input(path: str | None) -> Any:
    """The input as a binary stream of lines: the file, or stdin's bytes (a test's text stdin,
    re-encoded)."""
    import io

    if path not in (None, "-"):
        return open(path, "rb")  # closed by the caller's `with`
    buffer = getattr(sys.stdin, "buffer", None)
    return buffer if buffer is not None else io.BytesIO(sys.stdin.read().encode("utf-8", "surrogatepass"))


class _BlankLine(Exception):
    """An empty input line: skipped silently."""


def _parse_post_line(raw: bytes) -> dict[str, Any]:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(f"not valid UTF-8 (byte {error.start + 1})") from None
    if not line.strip():
        raise _BlankLine
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"not valid JSON ({error.msg} at column {error.colno})") from None
    except RecursionError:
        raise ValueError("not a post: JSON nested too deeply") from None
    if not isinstance(data, dict):
        raise ValueError("expected a JSON object")
    missing = [key for key in ("id", "published", "text") if key not in data]
    if missing:
        raise ValueError(f"missing key(s): {', '.join(missing)}")
    if not isinstance(data["text"], str):
        raise ValueError("'text' must be a string")
    if not isinstance(data["id"], str | int) or isinstance(data["id"], bool):
        raise ValueError("'id' must be a string")
    if data.get("channel") is not None and not isinstance(data["channel"], str):
        raise ValueError("'channel' must be a string")
    for key in ("id", "text", "channel"):
        if isinstance(data.get(key), str) and not _is_valid_unicode(data[key]):
            raise ValueError(f"'{key}' is not valid Unicode (a lone surrogate escape such as \\ud800)")
    if not isinstance(data["published"], str):
        raise ValueError("'published' must be an ISO 8601 string")
    try:
        published = datetime.fromisoformat(data["published"])
    except ValueError:
        raise ValueError(f"'published' is not ISO 8601: {data['published'][:80]!r}") from None
    if published.tzinfo is None:
        raise ValueError(f"'published' has no UTC offset: {data['published'][:80]!r}")
    try:
        published.astimezone(UTC)
    except OverflowError:
        raise ValueError(f"'published' is out of range: {data['published'][:80]!r}") from None
    return {**data, "id": str(data["id"]), "published": published}


def _is_valid_unicode(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


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
    conn = _open_database_for_writing(_db_path(args))
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
    except (duckdb.Error, store.DatabaseBusyError) as error:
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


def _query_rows(db: Path, query: str) -> tuple[list[str], list[tuple]]:
    import duckdb

    conn = _open_database(db)
    try:
        cursor = conn.execute(query)
        return [c[0] for c in cursor.description], cursor.fetchall()
    except duckdb.Error as error:
        raise CliError(f"{db}: not a Hotline Watch database ({_first_line(error)})") from None
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

    import duckdb

    db = _db_path(args)
    out = Path(args.output or f"monthly_counts.{args.format}")
    if out.is_dir():
        raise CliError(f"--output {out} is a directory; name a file")
    if not out.parent.is_dir():
        raise CliError(f"--output {out}: the folder {out.parent} does not exist")
    conn = _open_database(db)
    try:
        # DuckDB writes both formats itself (no pyarrow needed); the relation API takes the path
        # as an argument, so no file name is ever spliced into SQL.
        relation = conn.sql("SELECT * FROM monthly_counts ORDER BY series, month")
        rows = len(relation)
        if args.format == "parquet":
            relation.write_parquet(str(out))
        else:
            relation.write_csv(str(out), header=True)
    except duckdb.Error as error:
        raise CliError(f"export from {db} to {out} failed: {_first_line(error)}", code=1) from None
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
        "HOTLINE_DB": str(db.resolve()),
    }
    env = {key: os.environ.get(key, value) for key, value in defaults.items()}
    env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] = os.environ.get(
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN") or sqlite_metadata_url(Path(env["AIRFLOW_HOME"]))
    env["AIRFLOW_CONN_DUCKDB_DEFAULT"] = os.environ.get("AIRFLOW_CONN_DUCKDB_DEFAULT") or json.dumps(
        {"conn_type": "duckdb", "host": str(Path(env["HOTLINE_DB"]).resolve())})
    return env


def prepare_airflow(env: dict[str, str]) -> None:
    """`hotline setup`: write the Airflow home's airflow.cfg from the project's settings, migrate
    the metadata DB and apply airflow_settings.yaml (pool, connections, variables); all idempotent."""
    import subprocess

    from hotline.airflow_setup import write_airflow_cfg
    from hotline.stopping import unblock_in_child

    os.environ.update(env)
    write_airflow_cfg(env)
    airflow = str(Path(sys.executable).parent / "airflow")
    for command in ([airflow, "db", "migrate"], [sys.executable, "-m", "hotline.airflow_setup"]):
        done = subprocess.run(command, env=os.environ, capture_output=True, text=True, check=False,
                              preexec_fn=unblock_in_child)  # the children must stay stoppable
        if done.returncode != 0:
            raise SystemExit(f"`{' '.join(command[1:])}` failed:\n{done.stderr[-2000:]}")


def cmd_setup(args: argparse.Namespace) -> int:
    """Prepare the project's Airflow home (see prepare_airflow) and say how to use the Airflow CLI."""
    env = airflow_environment(_db_path(args))
    prepare_airflow(env)
    print(f"Airflow home ready: {env['AIRFLOW_HOME']} (airflow.cfg, metadata DB, airflow_settings.yaml applied).\n"
          f"Use the Airflow CLI from here with: export AIRFLOW_HOME={env['AIRFLOW_HOME']}", file=sys.stderr)
    return 0


def run_months(first: str, last: str) -> list[tuple[str, str]]:
    """Run the monthly DAG through Airflow (in-process `dag.test`) for each month; return states."""
    from airflow.dag_processing.dagbag import DagBag

    from hotline.inprocess import run_month
    from hotline.months import month_range

    # Airflow's in-process test harness warns about its own use of starlette's TestClient.
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    months = month_range(first, last)
    bag = DagBag(dag_folder=os.environ["AIRFLOW__CORE__DAGS_FOLDER"])
    if bag.import_errors:
        raise SystemExit(f"DAG import errors: {bag.import_errors}")
    dag = bag.get_dag("hotline_monthly")
    results = []
    for month in months:
        dag_run = run_month(dag, month)  # run id month__YYYY-MM, task logs under AIRFLOW_HOME/logs
        state = str(getattr(dag_run, "state", "unknown"))
        results.append((month, state))
        print(f"hotline_monthly {month}: {state}", file=sys.stderr)
    return results


class RunLockedError(RuntimeError):
    """Another `run-months` (or `demo`) is running in the same Airflow home."""


@contextmanager
def run_lock(airflow_home: Path) -> Iterator[None]:
    """Hold `<airflow home>/run-months.lock` for the block: two runs in one Airflow home would
    fight over its SQLite metadata (and DuckDB's one writer). The file names the holder's pid."""
    import fcntl

    airflow_home.mkdir(parents=True, exist_ok=True)
    handle = (airflow_home / "run-months.lock").open("a+", encoding="utf-8")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            raise RunLockedError(f"another run-months is running (pid {handle.read().strip() or '?'}) "
                                 f"in {airflow_home}") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        yield
    finally:
        handle.close()  # closing the file releases the lock, also when the process dies


def cmd_run_months(args: argparse.Namespace) -> int:
    """Run the pipeline through Airflow for every month in FROM..TO; SIGTERM/SIGINT stop it
    (exit 143/130) with the current task's writes rolled back."""
    from hotline.months import month_range
    from hotline.stopping import stop_on_signals

    try:
        month_range(args.first, args.last)
    except ValueError as error:
        raise CliError(str(error)) from None
    env = airflow_environment(_db_path(args))
    # A quiet console: the tasks' INFO logs go to their log files (hotline.inprocess), not here.
    env["AIRFLOW__LOGGING__LOGGING_LEVEL"] = os.environ.get("AIRFLOW__LOGGING__LOGGING_LEVEL", "WARNING")
    with stop_on_signals(), run_lock(Path(env["AIRFLOW_HOME"])):
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
    from hotline.stopping import stop_on_signals

    posts = demo.generate_demo_posts(demo.DEMO_CHANNEL)
    months = [month for _series, month, _value in demo.load_demo_series()]
    rows_before = data_row_counts(_db_path(args))
    # Before the server's thread starts, so that the thread, too, leaves the stop signals alone.
    with stop_on_signals(), demo.DemoChannelServer({demo.DEMO_CHANNEL: posts}) as server:
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
    """Start Airflow (dag-processor, scheduler, api-server; `hotline.airflow_up`) with the project's
    DAGs, plugins and the demo data, serving the demo channel on loopback so runs triggered from
    the UI work offline. SIGTERM or SIGINT stops everything it started."""
    import subprocess

    from hotline import airflow_up, demo

    db = _db_path(args)
    if not db.exists():
        # In a child process: the demo's in-process Airflow (memory) and its quiet console
        # setting (the task logs would be empty) must not stay in this long-lived process.
        demo_command = [sys.executable, "-m", "hotline.cli", "demo", *(["--db", args.db] if args.db else [])]
        status = subprocess.run(demo_command, check=False).returncode
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
        env = airflow_up.up_environment({**os.environ, **env}, args.port)
        print(f"Airflow UI: http://localhost:{args.port}  (login: {user} / {password}; listening on "
              f"{env['AIRFLOW__API__HOST']})\nDemo channel served at {server.base_url}/s/{demo.DEMO_CHANNEL}. "
              f"Ctrl-C stops everything.", file=sys.stderr)
        return airflow_up.run(env)


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

    from hotline import review_cli  # `hotline review list|accept|reject` (issue 14)

    review_cli.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `hotline` command line."""
    from hotline.stopping import StopRequested

    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
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


if __name__ == "__main__":
    sys.exit(main())
