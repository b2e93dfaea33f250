"""`hotline alert preview|test`: see an alert, and check the delivery targets, before the news.

- `alert preview SERIES MONTH [--output DIR]` writes the message (title and body) and the PNG chart
  an alert for that month carries, as the notify step would compose them, to files; nothing is sent.
  The month's stored alert is shown (a record before a jump before the rest); a month without one is
  shown as its plain report (value, change on the month before, source), titled as a preview.
- `alert test` sends one test message to every Apprise target of the connection `apprise_default`
  (`AIRFLOW_CONN_APPRISE_DEFAULT`), one at a time, and prints one line per target: delivered, or
  why not (what Apprise logged). Exit 1 if any was not delivered or none is configured.
"""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

# Which stored alert of a month a preview shows first.
PREFERRED_KINDS = ("record_high", "unusual_jump", "revision", "conflict")
TEST_TITLE = "Hotline Watch: test message"


class AlertCommandError(Exception):
    """Bad input to `hotline alert`: one line on stderr, exit 2."""


def register(sub: Any) -> None:
    """Add `hotline alert preview|test` to the command line's subparsers."""
    alert = sub.add_parser("alert", help="preview an alert's message and chart, or test the delivery targets")
    commands = alert.add_subparsers(dest="alert_command", required=True)
    p = commands.add_parser("preview", help="write the message and PNG chart of SERIES MONTH to files (not sent)")
    p.add_argument("series")
    p.add_argument("month", metavar="MONTH", help="YYYY-MM")
    p.add_argument("--output", default=".", help="folder for the .txt and .png files (default: here)")
    p.add_argument("--db")
    p.set_defaults(func=cmd_alert)
    p = commands.add_parser("test", help="send a test message to every configured Apprise target")
    p.set_defaults(func=cmd_alert)


def cmd_alert(args: argparse.Namespace) -> int:
    """Dispatch `hotline alert preview|test`; bad input is one line on stderr and exit 2."""
    try:
        if args.alert_command == "preview":
            return preview(args)
        return send_test()
    except AlertCommandError as error:
        print(f"hotline alert {args.alert_command}: {error}", file=sys.stderr)
        return 2


# --- preview ---------------------------------------------------------------------------------------


def preview_alert(conn: Any, series: str, month: str) -> dict[str, Any]:
    """The alert row a preview shows: the month's stored alert, else its plain report as an alert-shaped row."""
    from hotline import store

    stored = [a for a in store.load_alerts(conn) if a["series"] == series and a["month"] == month]
    if stored:
        return min(stored, key=lambda a: PREFERRED_KINDS.index(a["kind"]) if a["kind"] in PREFERRED_KINDS
                   else len(PREFERRED_KINDS))
    counts = [c for c in store.load_monthly_counts(conn) if c.series == series and c.month <= month]
    if not counts or counts[-1].month != month:
        known = sorted({c.month for c in store.load_monthly_counts(conn) if c.series == series})
        span = f"{known[0]}..{known[-1]}" if known else "none"
        raise AlertCommandError(f"no stored value for {series} {month} (stored months: {span})")
    this, previous = counts[-1], (counts[-2] if len(counts) > 1 else None)
    details: dict[str, Any] = {"value": this.requests, "qualifier": this.qualifier}
    if previous is not None:
        details.update(previous_value=previous.requests, previous_month=previous.month)
    return {"alert_key": f"preview:{series}:{month}", "series": series, "month": month, "kind": "preview",
            "severity": "info", "status": "preview", "message": "", "details": details}


def preview(args: argparse.Namespace) -> int:
    """Write `alert-SERIES-MONTH.txt` and `.png` into --output; print their paths."""
    from hotline import delivery
    from hotline.message import month_words
    from hotline.months import parse_month
    from hotline.numbers import fmt_int
    from hotline.series import configured_series, series_label
    from hotline.settings import Settings

    if args.series not in configured_series():
        raise AlertCommandError(f"unknown series {args.series!r} (known: {', '.join(configured_series())})")
    try:
        parse_month(args.month)
    except ValueError as error:
        raise AlertCommandError(str(error)) from None
    folder = Path(args.output)
    if not folder.is_dir():
        raise AlertCommandError(f"--output {folder}: not a folder")
    settings = Settings.from_env()
    db = Path(args.db) if args.db else settings.db_path
    conn = _read_only(db)
    try:
        settings = _with_demo_flag(conn, settings)
        alert = preview_alert(conn, args.series, args.month)
        message = delivery.composer(conn, settings)(alert)
        chart = delivery.alert_chart_png(conn, alert, demo=settings.demo)
    finally:
        conn.close()
    title = message.title
    if alert["kind"] == "preview":  # no alert for this month: say what a report of it would read
        value = alert["details"]["value"]
        title = f"{series_label(args.series)}: {fmt_int(value)} requests in {month_words(args.month)} (preview)"
    stem = folder / f"alert-{args.series}-{args.month}"
    text_path, png_path = stem.with_suffix(".txt"), stem.with_suffix(".png")
    text_path.write_text(f"{title}\n\n{message.body}\n\n(Apprise type: {message.notify_type}; preview, not sent)\n",
                         encoding="utf-8")
    png_path.write_bytes(chart)
    print(f"{text_path}\n{png_path}")
    return 0


def _with_demo_flag(conn: Any, settings: Any) -> Any:
    """The settings, marked demo when the database holds the demo channel's posts (`make demo`'s
    database previewed without HOTLINE_DEMO): its messages never link demo posts on t.me."""
    import dataclasses

    from hotline.demo_data import is_demo_database

    return dataclasses.replace(settings, demo=is_demo_database(conn, settings.demo))


def _read_only(db: Path) -> Any:
    from hotline import store

    if not db.is_file():
        raise AlertCommandError(f"no database at {db}: run the pipeline first (make demo, make live)")
    try:
        return store.connect_reader(db)
    except Exception as error:
        raise AlertCommandError(f"{db}: cannot be read ({str(error).splitlines()[0][:200]})") from None


# --- test ------------------------------------------------------------------------------------------


def configured_targets() -> list[Any]:
    """The Apprise services of the `apprise_default` connection (each one target), [] when none."""
    import apprise
    from airflow.providers.apprise.hooks.apprise import AppriseHook

    from hotline.settings import APPRISE_CONN_ID

    hook = AppriseHook(apprise_conn_id=APPRISE_CONN_ID)
    try:
        connection = hook.get_connection(APPRISE_CONN_ID)
    except Exception:
        return []
    targets = apprise.Apprise()
    hook.set_config_from_conn(conn=connection, apprise_obj=targets)
    return list(targets)


def send_test() -> int:
    """Send the test message to each target on its own; one line per target. Each target waits for its
    answer as long as an alert's delivery does (`HOTLINE_DELIVERY_TIMEOUT_S`), not Apprise's 4 s."""
    from hotline.apprise_send import set_answer_timeout
    from hotline.settings import Settings

    timeout_s = Settings.from_env().delivery_timeout_s
    targets = configured_targets()
    if not targets:
        print("hotline alert test: no Apprise target configured (set AIRFLOW_CONN_APPRISE_DEFAULT or the "
              "Airflow connection apprise_default): alerts are recorded, not sent", file=sys.stderr)
        return 1
    sent_at = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    body = (f"A test from Hotline Watch ({sent_at}): the monthly alerts will arrive here.\n"
            "Sent by `hotline alert test`; nothing else was sent.")
    failures = 0
    # One line per target here: Apprise's own records go to the capture below, not to the console too.
    logging.getLogger("apprise").propagate = False
    set_answer_timeout(targets, timeout_s)
    for target in targets:
        name = target.url(privacy=True).split("?", 1)[0]  # secrets masked, Apprise's defaults left out
        outcome = _send_one(target, body)
        if outcome == "delivered":
            print(f"{name}: delivered")
            continue
        failures += 1
        if outcome == "no answer":  # an alert would count as sent, unconfirmed, and not be repeated
            print(f"{name}: not confirmed (sent, but no answer within {timeout_s:g} s, HOTLINE_DELIVERY_TIMEOUT_S)")
        else:
            print(f"{name}: not delivered ({outcome[:300]})")
    return 1 if failures else 0


def _send_one(target: Any, body: str) -> str:
    """Send the test to one target: "delivered", "no answer" (sent, the answer did not come in time),
    or why it was not delivered (what Apprise logged at WARNING and above)."""
    import apprise

    from hotline.apprise_send import is_read_timeout

    with apprise.LogCapture(level=logging.DEBUG, fmt="%(levelname)s %(message)s") as logged:
        try:
            if target.notify(title=TEST_TITLE, body=body, notify_type=apprise.NotifyType.INFO):
                return "delivered"
        except Exception as error:
            return f"{type(error).__name__}: {error}"
        lines = [line.strip() for line in logged.getvalue().splitlines() if line.strip()]
    if any(is_read_timeout(line) for line in lines):
        return "no answer"
    causes = [line.split(" ", 1)[-1] for line in lines if line.split(" ", 1)[0] in ("WARNING", "ERROR")]
    return "; ".join(dict.fromkeys(causes)) or "Apprise reported a failure"
