"""`hotline review list|accept|reject` (issue 14): the review queue from the command line.

Bad input — an unknown or already decided id, a malformed month, a value that fails validation, a
missing option — is one line on stderr and exit status 2, with nothing written.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn

from hotline.records import FACT_KINDS, QUALIFIERS
from hotline.tables import write_csv

CSV_COLUMNS = ("id", "status", "series", "rule", "message", "post_url", "published_at", "guess_series", "guess_kind",
               "guess_period", "guess_value", "guess_qualifier", "text")


class ReviewInputError(Exception):
    """Bad input to a review command: one line, exit 2."""


class _OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line ("hotline review accept: ...") and exit 2."""

    def error(self, message: str) -> NoReturn:
        print(f"{self.prog}: {message}", file=sys.stderr)
        raise SystemExit(2)


def _default_reviewer() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (a container) and no LOGNAME/USER
        return "unknown"


def register(sub: Any) -> None:
    """Add `review` and its subcommands to the `hotline` parser's subparsers `sub`."""
    review = sub.add_parser("review", help="the human review queue: list, accept, reject (issue 14)")
    actions = review.add_subparsers(dest="review_command", required=True, parser_class=_OneLineParser)

    def common(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--db")
        parser.add_argument("--reviewer", default=None, help="who decides (default: the OS user)")

    p = actions.add_parser("list", help="open review items (quarantined posts, withdrawn months)")
    p.add_argument("--format", choices=("json", "csv"), default="json")
    p.add_argument("--all", action="store_true", help="decided items too")
    p.add_argument("--db")
    p.set_defaults(func=cmd_review_list)

    p = actions.add_parser("accept", help="accept an item as a fact")
    p.add_argument("id")
    p.add_argument("--series", required=True)
    p.add_argument("--kind", required=True, choices=FACT_KINDS)
    when = p.add_mutually_exclusive_group(required=True)
    when.add_argument("--month", help="YYYY-MM")
    when.add_argument("--period", help="YYYY-MM..YYYY-MM (or since_launch for a running total)")
    p.add_argument("--value", required=True)
    p.add_argument("--qualifier", required=True, choices=QUALIFIERS)
    p.add_argument("--note", default="")
    p.add_argument("--confirm", action="store_true",
                   help="record a monthly figure under a tenth or over ten times the series' median month")
    common(p)
    p.set_defaults(func=cmd_review_accept)

    p = actions.add_parser("reject", help="reject an item: not a figure of the series")
    p.add_argument("id")
    p.add_argument("--note", default="")
    common(p)
    p.set_defaults(func=cmd_review_reject)


def _db(args: argparse.Namespace) -> Path:
    from hotline.settings import Settings

    return Path(args.db) if args.db else Settings.from_env().db_path


def _fail(message: str) -> int:
    print(f"hotline review: {message}", file=sys.stderr)
    return 2


def cmd_review_list(args: argparse.Namespace) -> int:
    """Print the review items (open and flagged; every item with --all) as JSON or CSV."""
    import duckdb

    from hotline import store
    from hotline.store import reviews

    db = _db(args)
    if not db.is_file():
        return _fail(f"no database at {db}: run `make demo` or the pipeline first")
    try:
        conn = store.connect_reader(db)
    except (duckdb.Error, store.DatabaseBusyError) as error:
        return _fail(f"{db}: cannot be read ({str(error).splitlines()[0][:200]})")
    try:
        items = reviews.load_items(conn, include_decided=args.all)
    except duckdb.CatalogException as error:
        return _fail(f"{db}: not a Hotline Watch database ({str(error).splitlines()[0][:200]})")
    finally:
        conn.close()
    rows = [item.to_json() for item in items]
    if args.format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    # The shared writer quotes every formula-looking cell (`tables.spreadsheet_safe`).
    write_csv(CSV_COLUMNS, [(row["id"], row["status"], row["series"], row["rule"], row["message"], row["post_url"],
                             row["published_at"], row["guess"]["series"], row["guess"]["kind"],
                             row["guess"]["period"], row["guess"]["value"], row["guess"]["qualifier"], row["text"])
                            for row in rows], sys.stdout)
    return 0


def cmd_review_accept(args: argparse.Namespace) -> int:
    """Accept an item as the fact given; it takes effect on the next run of the month it names."""
    from hotline import review

    try:
        period = review.period_of(args.month, args.period)
        value = review.parse_value(args.value, args.kind)
    except review.DecisionError as error:
        return _fail(str(error))
    decision = review.Decision(review.ACCEPT, args.reviewer or _default_reviewer(), args.note, args.series,
                               args.kind, period, value, args.qualifier)
    return _record(args, decision)


def cmd_review_reject(args: argparse.Namespace) -> int:
    """Reject an item: not a figure of the series."""
    from hotline import review

    return _record(args, review.Decision(review.REJECT, args.reviewer or _default_reviewer(), args.note))


def _record(args: argparse.Namespace, decision: Any) -> int:
    import duckdb

    from hotline import review, store
    from hotline.store import reviews

    db = _db(args)
    if not db.is_file():
        return _fail(f"no database at {db}: run `make demo` or the pipeline first")
    try:
        conn = reviews.connect_writer(db)
    except store.DatabaseBusyError:
        return _fail(f"{db} is busy (a pipeline task is writing); try again in a moment")
    except (duckdb.Error, OSError) as error:
        return _fail(f"{db}: cannot be opened for writing ({str(error).splitlines()[0][:200]})")
    try:
        row = reviews.record_decision(conn, args.id, decision, datetime.now(UTC),
                                      confirmed=getattr(args, "confirm", False))
    except review.NeedsConfirmation as error:
        return _fail(f"not recorded: {error} (repeat with --confirm)")
    except review.DecisionError as error:
        return _fail(str(error))
    finally:
        conn.close()
    if row["decision"] == review.ACCEPT:
        print(f"{row['item_id']}: accepted {row['series']} {row['kind']} {row['period']} = {row['value']:g} "
              f"({row['qualifier']}) by {row['reviewer']}; it takes effect on the next run of {row['effect_month']} "
              f"(`hotline run-months {row['effect_month']} {row['effect_month']}` applies it now)")
    else:
        print(f"{row['item_id']}: rejected by {row['reviewer']}")
    return 0
