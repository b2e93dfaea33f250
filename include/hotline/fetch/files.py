"""Local sources, no network: a Telegram Desktop export (`result.json`, to backfill years without
crawling) and a directory of JSON Lines files in the `hotline extract` input shape (tests, demo)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hotline.records import Post

__all__ = ["read_post_directory", "read_telegram_export"]


def read_telegram_export(path: str | Path, *, channel: str | None = None) -> list[Post]:
    """Posts of a Telegram Desktop channel export (`result.json`, or the folder holding it).

    `channel` should be the public username, so ids match the web preview's (`<channel>/<id>`);
    without it the export's `username` or a slug of its name is used. Times come from
    `date_unixtime` (UTC): the plain `date` field is in the exporting machine's local time.
    """
    file = Path(path)
    if file.is_dir():
        file = file / "result.json"
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ValueError(f"{file}: not a readable Telegram export: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("messages", []), list):
        raise ValueError(f"{file}: not a Telegram export (expected an object with a list of messages)")
    name = channel or data.get("username") or re.sub(r"\W+", "_", str(data.get("name", ""))).strip("_")
    if not name:
        raise ValueError(f"{file}: export names no channel; pass channel=")
    posts = [
        _export_message_to_post(file, name, message)
        for message in data.get("messages", [])
        if isinstance(message, dict) and message.get("type") == "message"
    ]
    return sorted(posts, key=lambda p: p.numeric_id or 0)


def _export_message_to_post(file: Path, channel: str, message: dict[str, Any]) -> Post:
    """One exported message as a Post."""
    number = message.get("id")
    if not isinstance(number, int):
        raise ValueError(f"{file}: message without an integer id: {str(message)[:200]}")
    return Post(
        source="export",
        channel=channel,
        post_id=f"{channel}/{number}",
        url=f"https://t.me/{channel}/{number}",
        published_at=_export_time(file, message),
        text=_export_text(message.get("text", "")).strip(),
        edited="edited" in message or "edited_unixtime" in message,
        views=None,
        raw=json.dumps(message, ensure_ascii=False),
    )


def _export_time(file: Path, message: dict[str, Any]) -> datetime:
    """UTC time of an exported message (date_unixtime, else `date` read as UTC)."""
    try:
        stamp = str(message.get("date_unixtime", ""))
        if stamp.isascii() and stamp.isdigit() and len(stamp) <= 12:
            return datetime.fromtimestamp(int(stamp), tz=UTC)
        parsed = datetime.fromisoformat(str(message["date"])[:64])
        return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
    except (KeyError, ValueError, OverflowError, OSError) as exc:
        raise ValueError(f"{file}: message {str(message.get('id'))[:40]} has no usable date") from exc


def _export_text(text: Any) -> str:
    """Export text is a string or a list of strings and entity dicts (`{"type", "text"}`)."""
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        return "".join(p if isinstance(p, str) else str(p.get("text", "")) if isinstance(p, dict) else ""
                       for p in text)
    return ""


def read_post_directory(path: str | Path) -> list[Post]:
    """Posts from every `*.jsonl` file in a directory (the `hotline extract` input shape).

    Each line: `id`, `published` (ISO 8601 with offset), `text`; optional `channel`, `url`.
    A bad line raises ValueError naming file and line: this source is for tests and the demo,
    where a silent skip would hide a broken fixture.
    """
    root = Path(path)
    if not root.is_dir():
        raise ValueError(f"{root}: not a directory")
    posts: list[Post] = []
    for file in sorted(root.glob("*.jsonl")):
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except UnicodeDecodeError as exc:
            raise ValueError(f"{file}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
        for lineno, line in enumerate(lines, start=1):
            if line.strip():
                posts.append(_directory_line_to_post(file, lineno, line))
    return sorted(posts, key=lambda p: (p.published_at, p.post_id))


def _directory_line_to_post(file: Path, lineno: int, line: str) -> Post:
    """One JSON Lines record as a Post."""
    where = f"{file}:{lineno}"
    try:
        record = json.loads(line)
        published = datetime.fromisoformat(str(record["published"]))
        post_id, text = str(record["id"]), record["text"]
    except (json.JSONDecodeError, KeyError, TypeError, ValueError, RecursionError) as exc:
        raise ValueError(f"{where}: not a post record ({type(exc).__name__}: {str(exc)[:200]})") from None
    if published.tzinfo is None:
        raise ValueError(f"{where}: `published` has no UTC offset")
    if not isinstance(text, str):
        raise ValueError(f"{where}: `text` is not a string")
    return Post(
        source="directory",
        channel=str(record.get("channel") or file.stem),
        post_id=post_id,
        url=str(record.get("url") or ""),
        published_at=published.astimezone(UTC),
        text=text.strip(),
        raw=line,
    )
