"""Posts as JSON Lines, the input of `hotline extract` (the contract: `id`, `published` with an
offset, `text`; optional `channel`): each line read on its own, a bad one a clear ValueError."""

from __future__ import annotations

import io
import json
import sys
from datetime import UTC, datetime
from typing import Any


def binary_input(path: str | None) -> Any:
    """The input as a binary stream of lines: the file, or stdin's bytes (a test's text stdin,
    re-encoded)."""
    if path not in (None, "-"):
        return open(path, "rb")  # closed by the caller's `with`
    buffer = getattr(sys.stdin, "buffer", None)
    return buffer if buffer is not None else io.BytesIO(sys.stdin.read().encode("utf-8", "surrogatepass"))


class BlankLine(Exception):
    """An empty input line: skipped silently."""


def parse_post_line(raw: bytes) -> dict[str, Any]:
    """One input line → the post (`id` as a string, `published` as an aware datetime); ValueError
    saying what is wrong with the line, BlankLine for an empty one."""
    data = _json_object(raw)
    _check_fields(data)
    return {**data, "id": str(data["id"]), "published": _published(data["published"])}


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


def _published(text: str) -> datetime:
    try:
        published = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"'published' is not ISO 8601: {text[:80]!r}") from None
    if published.tzinfo is None:
        raise ValueError(f"'published' has no UTC offset: {text[:80]!r}")
    try:
        published.astimezone(UTC)
    except OverflowError:
        raise ValueError(f"'published' is out of range: {text[:80]!r}") from None
    return published


def _is_valid_unicode(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
