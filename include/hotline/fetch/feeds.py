"""RSS/Atom feeds (feedparser): one Post per dated item, through the shared HTTP client."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import feedparser
import requests
from selectolax.lexbor import LexborHTMLParser

from hotline.fetch.http_client import FetchError, PermanentFetchError, _Http
from hotline.parse import html_to_text
from hotline.records import Post
from hotline.settings import DEFAULT_CHANNEL_DEADLINE_S, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_RESPONSE_DEADLINE_S

__all__ = ["fetch_feed_posts"]

log = logging.getLogger("hotline.fetch")


def fetch_feed_posts(url: str, *, session: requests.Session | None = None, timeout_s: float = 20,
                     max_attempts: int = 3, backoff_base_s: float = 1.0,
                     sleep: Callable[[float], None] = time.sleep,
                     max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
                     deadline_s: float = DEFAULT_CHANNEL_DEADLINE_S,
                     response_deadline_s: float = DEFAULT_RESPONSE_DEADLINE_S) -> list[Post]:
    """Fetch an RSS/Atom feed: one Post per dated item (title, summary, content), oldest first.

    Transient failures are retried `max_attempts` times in all, then FetchError; the whole fetch
    is bounded by `deadline_s` and the response by `max_response_bytes`."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise PermanentFetchError(f"{url}: not an http(s) feed URL")
    http = _Http(timeout_s=timeout_s, min_delay_s=0, max_attempts=max_attempts, backoff_base_s=backoff_base_s,
                 sleep=sleep, session=session, max_response_bytes=max_response_bytes,
                 response_deadline_s=response_deadline_s)

    def handle(response: requests.Response) -> Any:
        parsed = feedparser.parse(
            response.content,
            response_headers={"content-location": response.url, **dict(response.headers)},
        )
        if parsed.bozo and not parsed.entries:
            raise FetchError(f"{url}: not a readable feed ({parsed.get('bozo_exception')})")
        return parsed

    parsed = http.request(url, handle, deadline=http.clock() + deadline_s)
    posts = [post for entry in parsed.entries if (post := _entry_to_post(url, entry)) is not None]
    return sorted(posts, key=lambda p: (p.published_at, p.post_id))


def _entry_to_post(feed_url: str, entry: Any) -> Post | None:
    """One feed item as a Post; None (logged) when it carries no date."""
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    link = entry.get("link") or ""
    if stamp is None:
        log.warning("%s: item %r has no date; skipped", feed_url, link or entry.get("title"))
        return None
    return Post(
        source="feed",
        channel=feed_url,
        post_id=str(entry.get("id") or link or entry.get("title") or ""),
        url=link,
        published_at=datetime(*stamp[:6], tzinfo=UTC),  # feedparser normalises to UTC
        text=_entry_text(entry),
        raw=json.dumps(entry, ensure_ascii=False, default=str),
    )


def _entry_text(entry: Any) -> str:
    """Title, summary and content as plain text, without repeating a summary the content holds."""
    title = _feed_html_to_text(entry.get("title") or "")
    summary = _feed_html_to_text(entry.get("summary") or "")
    contents = [_feed_html_to_text(c.get("value") or "") for c in entry.get("content") or []]
    parts = [title]
    if summary and not any(summary in c for c in contents):
        parts.append(summary)
    parts.extend(c for c in contents if c and c != title)
    return "\n\n".join(_unique(p for p in parts if p))


def _feed_html_to_text(fragment: str) -> str:
    """Plain text of a (sanitised) HTML fragment from a feed."""
    if "<" not in fragment and "&" not in fragment:
        return fragment.strip()
    body = LexborHTMLParser(f"<div>{fragment}</div>").css_first("div")
    return html_to_text(body) if body is not None else fragment.strip()


def _unique(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    return [i for i in items if not (i in seen or seen.add(i))]
