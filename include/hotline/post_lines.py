"""`hotline extract`: posts as JSON Lines in (the contract: `id`, `published` with an offset, `text`;
optional `channel`), each line read on its own, a bad one a clear ValueError; facts as JSON Lines out."""

from __future__ import annotations

import argparse
import calendar
import contextlib
import io
import json
import re
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from hotline.months import writer_time


def binary_input(path: str | None) -> Any:
    """The input as a binary stream of lines: the file, or stdin's bytes (a test's text stdin,
    re-encoded)."""
    if path not in (None, "-"):
        return open(path, "rb")  # closed by the caller's `with`
    buffer = getattr(sys.stdin, "buffer", None)
    return buffer if buffer is not None else io.BytesIO(sys.stdin.read().encode("utf-8", "surrogatepass"))


def writer_zones() -> Callable[[str], str]:
    """Channel → the IANA zone its writer's clock is in, from the settings (`Settings.zone_for`)."""
    from hotline.settings import Settings

    return Settings.from_env().zone_for


class BlankLine(Exception):
    """An empty input line: skipped silently."""


def parse_post_line(raw: bytes, zone_for: Callable[[str], str] | None = None) -> dict[str, Any]:
    """One input line → the post (`id` as a string, `published` as an aware datetime, `published_note` when
    the date had to be mended); ValueError saying what is wrong with the line, BlankLine for an empty one.

    With `zone_for` (channel → IANA zone, `Settings.zone_for`), a UTC time is put on its writer's clock
    (`months.writer_time`), so relative dates are read as the writer meant them."""
    data = _json_object(raw)
    _check_fields(data)
    published, note = _published(data["published"])
    if zone_for is not None:
        with contextlib.suppress(OverflowError):  # a time at the calendar's edge stays as written
            published = writer_time(published, zone_for(data.get("channel") or ""), keep_written_offset=True)
    return {**data, "id": str(data["id"]), "published": published, "published_note": note}


def _json_object(raw: bytes) -> dict[str, Any]:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(f"not valid UTF-8 (byte {error.start + 1})") from None
    if not line.strip():
        raise BlankLine
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"not valid JSON ({error.msg} at column {error.colno})") from None
    except RecursionError:
        raise ValueError("not a post: JSON nested too deeply") from None
    if not isinstance(data, dict):
        raise ValueError("expected a JSON object")
    return data


def _check_fields(data: dict[str, Any]) -> None:
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


def _published(text: str) -> tuple[datetime, str | None]:
    published, note = _mended_iso(text)
    if published.tzinfo is None:
        raise ValueError(f"'published' has no UTC offset: {text[:80]!r}")
    try:
        published.astimezone(UTC)
    except OverflowError:
        raise ValueError(f"'published' is out of range: {text[:80]!r}") from None
    return published, note


def _mended_iso(value: str) -> tuple[datetime, str | None]:
    """The time, and a note when it had to be mended. Pages that lost their date get one guessed by hand,
    sometimes a day the month does not have ("2025-01-50"): that is read as the month's last day, said on
    stderr, rather than losing the post (the month is what the reading needs)."""
    try:
        return datetime.fromisoformat(value), None
    except ValueError:
        pass
    day = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(.*)", value, re.S)
    if day and 1 <= int(day[2]) <= 12 and int(day[3]) > calendar.monthrange(int(day[1]), int(day[2]))[1]:
        mended = f"{day[1]}-{day[2]}-{calendar.monthrange(int(day[1]), int(day[2]))[1]:02d}{day[4]}"
        try:
            return datetime.fromisoformat(mended), f"'published' {value[:10]!r} has no such day: read as {mended[:10]}"
        except ValueError:
            pass
    raise ValueError(f"'published' is not ISO 8601: {value[:80]!r}") from None


def _is_valid_unicode(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def cmd_extract(args: argparse.Namespace) -> int:
    """Read posts as JSON Lines, write facts as JSON Lines; report bad lines and quarantined posts.
    With --explain, write for each post which rule decided what about each number instead.

    Exit 0, 1 when some line was bad (the others are still read), 2 when the input cannot be
    opened at all."""
    from hotline.extract import explain, extract_facts

    zone_for = writer_zones()  # relative dates are read on the writer's clock (issue 23)
    try:
        stream = binary_input(args.path)
    except OSError as error:
        print(f"extract: cannot read {args.path}: {error.strerror or error}", file=sys.stderr)
        return 2
    status = 0
    with stream:
        # Bytes, decoded line by line: one line of invalid UTF-8 is that line's error, not the end
        # of the input.
        for number, raw in enumerate(stream, start=1):
            try:
                post = parse_post_line(raw, zone_for)
                if post["published_note"]:
                    print(f"line {number}: {post['published_note']}", file=sys.stderr)
                if args.explain:
                    print(explain(post["text"], post["published"], post["id"], channel=post.get("channel") or ""))
                    continue
                result = extract_facts(post["text"], post["published"], post["id"],
                                       channel=post.get("channel") or "")
            except ValueError as error:
                print(f"line {number}: {error}", file=sys.stderr)
                status = 1
                continue
            except BlankLine:
                continue
            except (RecursionError, OverflowError, ArithmeticError) as error:
                print(f"line {number}: could not be read ({type(error).__name__})", file=sys.stderr)
                status = 1
                continue
            for fact in (*result.facts, *result.restatements):
                print(json.dumps(fact.to_json(), ensure_ascii=False))
            for problem in result.problems:
                print(f"line {number}: post {problem.post_id}: quarantined ({problem.rule}): {problem.message}",
                      file=sys.stderr)
    return status
