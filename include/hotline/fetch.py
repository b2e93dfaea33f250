"""Fetch posts: the only module that touches the network for posts.

Sources, all yielding `hotline.records.Post`:
- Telegram web preview (`<base>/s/<channel>`), walked newest → older with `?before=<id>`;
- RSS/Atom feeds (feedparser);
- a Telegram Desktop export (`result.json`), to backfill years without crawling;
- a directory of JSON Lines files in the `hotline extract` input shape (tests, demo).

Failure policy of the web-preview client, one outcome per failure:
- redirect to the landing page / no history section → ChannelNotPublicError, never retried;
- 5xx, timeouts, connection resets, truncated or malformed pages → bounded exponential backoff
  with jitter, then FetchError naming the URL;
- 429 → wait `Retry-After` (seconds or HTTP date) or back off; a wait above `max_retry_after_s`
  fails at once rather than stalling a DAG run for hours;
- other 4xx → FetchError at once;
- "No posts found" where posts must exist → soft throttling: back off and ask again.
A walk returns only when it is complete, so a caller never writes half a walk.
"""

from __future__ import annotations

import json
import logging
import random
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urljoin, urlsplit

import feedparser
import requests
import urllib3
from selectolax.lexbor import LexborHTMLParser

from hotline.parse import ChannelPage, MalformedPageError, html_to_text, parse_channel_page
from hotline.records import Post
from hotline.settings import DEFAULT_CHANNEL_DEADLINE_S, DEFAULT_MAX_PAGES, DEFAULT_MAX_RESPONSE_BYTES

__all__ = [
    "DEFAULT_USER_AGENT",
    "BadChannelNameError",
    "ChannelFetch",
    "ChannelNotPublicError",
    "FetchError",
    "FetchStats",
    "PermanentFetchError",
    "TelegramPreviewClient",
    "fetch_channel_posts",
    "fetch_feed_posts",
    "read_post_directory",
    "read_telegram_export",
]

log = logging.getLogger(__name__)

# A current desktop browser's string (Telegram serves bots and browsers the same preview, but
# some fronting proxies do not), with the project named at the end so operators can find us.
DEFAULT_USER_AGENT = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Safari/537.36 HotlineWatch/0.1"
)
# A preview page covers about this many message *ids* (not messages: albums use one id per
# item and deleted ids leave holes), so an empty window is stepped over by this much.
PAGE_ID_SPAN = 20
# Bodies are read this many decoded bytes at a time, checking the size cap and the deadline.
_READ_PIECE = 16_384
_CHANNEL_NAME = re.compile(r"^[A-Za-z0-9_]{1,64}$")

T = TypeVar("T")


class FetchError(RuntimeError):
    """A source could not be read; the message names the URL and the reason."""


class PermanentFetchError(FetchError):
    """A source failed in a way no retry can mend (bad configuration, a 4xx, another channel):
    the pipeline fails the task for good instead of retrying it."""


class ChannelNotPublicError(PermanentFetchError):
    """The channel has no public web preview (disabled, private or nonexistent)."""


class BadChannelNameError(PermanentFetchError, ValueError):
    """A configured channel name that cannot be a public Telegram username."""


class _Transient(Exception):
    """An attempt failed in a way worth retrying (internal)."""

    def __init__(self, reason: str, wait_s: float | None = None) -> None:
        super().__init__(reason)
        self.wait_s = wait_s


@dataclass
class FetchStats:
    """Counters for one client (cumulative) or one walk (a difference of two snapshots)."""

    requests: int = 0
    bytes: int = 0
    retries: int = 0

    def since(self, earlier: FetchStats) -> FetchStats:
        """The counts accumulated after `earlier` was taken."""
        return FetchStats(self.requests - earlier.requests, self.bytes - earlier.bytes, self.retries - earlier.retries)


@dataclass
class _Http:
    """One requests.Session with politeness (minimum delay) and bounded retries."""

    user_agent: str = DEFAULT_USER_AGENT
    timeout_s: float = 20
    min_delay_s: float = 1.0
    max_attempts: int = 5
    backoff_base_s: float = 1.0
    max_backoff_s: float = 60.0
    max_retry_after_s: float = 600.0
    max_redirects: int = 5
    max_response_bytes: int = 10_000_000
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    rng: random.Random = field(default_factory=random.Random)
    session: requests.Session | None = None
    stats: FetchStats = field(default_factory=FetchStats)
    _last_request_at: float | None = None

    def __post_init__(self) -> None:
        if self.session is None:
            self.session = requests.Session()  # keeps connections alive across pages
        self.session.headers.setdefault("User-Agent", self.user_agent)
        self.session.headers["User-Agent"] = self.user_agent
        self.session.headers.setdefault("Accept-Language", "en-US,en;q=0.8")

    def backoff(self, attempt: int) -> float:
        """Exponential delay for retry number `attempt` (1-based), with "equal jitter"."""
        delay = min(self.max_backoff_s, self.backoff_base_s * 2 ** (attempt - 1))
        return delay / 2 + self.rng.uniform(0, delay / 2)

    def request(self, url: str, handle: Callable[[requests.Response], T], *, deadline: float | None = None) -> T:
        """GET `url` and pass the response to `handle`, retrying transient failures.

        `handle` raises `_Transient` for an unusable body worth another try; anything else it
        raises propagates at once. `deadline` (on `clock`) bounds the whole request, retries,
        waits and slow bodies included: past it, FetchError.
        """
        reason = "no attempt made"
        for attempt in range(1, self.max_attempts + 1):
            if attempt > 1:
                self.stats.retries += 1
            try:
                response = self._get(url, deadline)
                return handle(self._check_status(url, response))
            except _Transient as exc:
                reason, wait_s = str(exc), exc.wait_s
            except (requests.Timeout, requests.ConnectionError, requests.exceptions.ChunkedEncodingError,
                    requests.exceptions.ContentDecodingError) as exc:
                reason, wait_s = f"{type(exc).__name__}: {_one_line(exc)}", None
            except (requests.exceptions.InvalidURL, requests.exceptions.InvalidSchema,
                    requests.exceptions.MissingSchema) as exc:
                raise PermanentFetchError(f"{url}: unusable URL ({_one_line(exc)})") from None
            except requests.RequestException as exc:
                raise FetchError(f"{url}: {type(exc).__name__}: {_one_line(exc)}") from None
            if attempt == self.max_attempts:
                break
            delay = self.backoff(attempt) if wait_s is None else wait_s
            if deadline is not None and self.clock() + delay > deadline:
                raise FetchError(f"{url}: deadline reached while retrying; last: {reason}")
            log.warning("%s: %s; retry %d in %.1fs", url, reason, attempt, delay)
            self.sleep(delay)
        raise FetchError(f"{url}: gave up after {self.max_attempts} attempts; last: {reason}")

    def _get(self, url: str, deadline: float | None = None) -> requests.Response:
        """One GET (following at most `max_redirects` redirects, each checked), spaced at least
        `min_delay_s` after the previous one, its body read within the size cap and deadline."""
        history: list[requests.Response] = []
        current = url
        for _ in range(self.max_redirects + 1):
            response = self._get_one(current, deadline)
            if not response.is_redirect:
                response.history = history
                return response
            target = urljoin(current, response.headers.get("Location", ""))
            _check_redirect_target(url, target)
            history.append(response)
            current = target
        raise PermanentFetchError(f"{url}: more than {self.max_redirects} redirects (a redirect loop)")

    def _get_one(self, url: str, deadline: float | None) -> requests.Response:
        if self._last_request_at is not None:
            wait = self.min_delay_s - (self.clock() - self._last_request_at)
            if wait > 0:
                self.sleep(wait)
        timeout = self.timeout_s
        if deadline is not None:
            remaining = deadline - self.clock()
            if remaining <= 0:
                raise FetchError(f"{url}: deadline reached before the request")
            timeout = max(0.05, min(timeout, remaining))
        self.stats.requests += 1
        try:
            assert self.session is not None
            response = self.session.get(url, timeout=timeout, stream=True, allow_redirects=False)
            try:
                # requests' own slot for a body read in full; the connection, read to its end,
                # goes back to the pool for the next page.
                response._content = self._read_body(url, response, deadline)
            except BaseException:
                response.close()  # a body abandoned half-way: the connection cannot be reused
                raise
        finally:
            self._last_request_at = self.clock()
        self.stats.bytes += len(response.content)
        return response

    def _read_body(self, url: str, response: requests.Response, deadline: float | None) -> bytes:
        """The decoded body, read in small pieces so that a size cap (a gzip bomb inflates past it
        at once) and the deadline (a server dripping one byte at a time) are checked as it comes."""
        chunks: list[bytes] = []
        size = 0
        while True:
            try:
                chunk = response.raw.read1(_READ_PIECE, decode_content=True)
            except urllib3.exceptions.DecodeError as exc:
                raise requests.exceptions.ContentDecodingError(_one_line(exc)) from None
            except urllib3.exceptions.ProtocolError as exc:
                raise requests.exceptions.ChunkedEncodingError(_one_line(exc)) from None
            except urllib3.exceptions.ReadTimeoutError as exc:
                raise requests.Timeout(_one_line(exc)) from None
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > self.max_response_bytes:
                raise PermanentFetchError(f"{url}: response larger than {self.max_response_bytes:,} bytes")
            if deadline is not None and self.clock() > deadline:
                raise FetchError(f"{url}: deadline reached while reading the response ({size:,} bytes so far)")
            chunks.append(chunk)

    def _check_status(self, url: str, response: requests.Response) -> requests.Response:
        """Pass a 200 through; turn 429/5xx into `_Transient`; fail at once on other codes."""
        status = response.status_code
        if status == 200:
            return response
        if status == 429:
            wait_s = _retry_after_s(response.headers.get("Retry-After"))
            if wait_s is not None and wait_s > self.max_retry_after_s:
                raise FetchError(f"{url}: HTTP 429, asked to wait {wait_s:.0f}s (over our limit)")
            raise _Transient("HTTP 429 Too Many Requests", wait_s)
        if status >= 500:
            raise _Transient(f"HTTP {status}")
        raise PermanentFetchError(f"{url}: HTTP {status}")


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())[:300]


def _check_redirect_target(url: str, target: str) -> None:
    """A redirect may only lead to another http(s) URL with a usable host and port."""
    try:
        parts = urlsplit(target)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        raise PermanentFetchError(f"{url}: redirected to an unusable URL {target[:200]!r}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PermanentFetchError(f"{url}: redirected to a non-http(s) URL {target[:200]!r}")


def _retry_after_s(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date); None if absent/bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


class TelegramPreviewClient:
    """Fetches and parses web-preview pages of public channels over one keep-alive session."""

    def __init__(
        self,
        base_url: str = "https://t.me",
        *,
        user_agent: str = DEFAULT_USER_AGENT,
        timeout_s: float = 20,
        min_delay_s: float = 1.0,
        max_attempts: int = 5,
        backoff_base_s: float = 1.0,
        sleep: Callable[[float], None] = time.sleep,
        session: requests.Session | None = None,
        max_retry_after_s: float = 600.0,
        rng: random.Random | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Configure host (`https://t.me`, `https://telegram.me`, a loopback server), pacing and retries."""
        self.base_url = base_url.rstrip("/")
        self._http = _Http(
            user_agent=user_agent,
            timeout_s=timeout_s,
            min_delay_s=min_delay_s,
            max_attempts=max_attempts,
            backoff_base_s=backoff_base_s,
            max_retry_after_s=max_retry_after_s,
            max_response_bytes=max_response_bytes,
            sleep=sleep,
            clock=clock,
            rng=rng or random.Random(),
            session=session,
        )

    @property
    def stats(self) -> FetchStats:
        """Cumulative requests, bytes and retries of this client."""
        return self._http.stats

    @property
    def max_attempts(self) -> int:
        """How many times one page is tried before giving up."""
        return self._http.max_attempts

    def page_url(self, channel: str, *, before: int | None = None, after: int | None = None) -> str:
        """`<base>/s/<channel>`, with `?before=` or `?after=` when given."""
        if not _CHANNEL_NAME.match(channel):
            raise BadChannelNameError(f"not a public channel name: {channel!r}")
        url = f"{self.base_url}/s/{channel}"
        if before is not None:
            return f"{url}?before={int(before)}"
        if after is not None:
            return f"{url}?after={int(after)}"
        return url

    def clock(self) -> float:
        """The client's monotonic clock (deadlines are on it)."""
        return self._http.clock()

    def fetch_page(self, channel: str, *, before: int | None = None, after: int | None = None,
                   deadline: float | None = None) -> ChannelPage:
        """Fetch and parse one page; ChannelNotPublicError if there is no public preview,
        PermanentFetchError if the page is another channel's (a redirect, or its posts)."""
        url = self.page_url(channel, before=before, after=after)

        def handle(response: requests.Response) -> ChannelPage:
            landed = urlsplit(response.url).path.split("/")
            if response.history and "s" not in landed[1:2]:
                raise ChannelNotPublicError(_not_public(channel, url, response.url))
            if len(landed) >= 3 and landed[1] == "s" and landed[2].lower() != channel.lower():
                raise PermanentFetchError(f"{url}: redirected to another channel's page ({response.url})")
            try:
                page = parse_channel_page(response.content, url)
            except MalformedPageError as exc:
                raise _Transient(f"malformed page: {exc}") from exc
            if not page.has_history:
                raise ChannelNotPublicError(_not_public(channel, url, response.url))
            strangers = sorted({p.channel for p in page.posts if p.channel.lower() != channel.lower()})
            if strangers or (page.message_ids and page.channel.lower() != channel.lower()):
                raise PermanentFetchError(f"{url}: the page holds another channel's posts "
                                          f"({', '.join(strangers) or page.channel}); nothing stored")
            return page

        return self._http.request(url, handle, deadline=deadline)

    def backoff_sleep(self, attempt: int) -> None:
        """Sleep the backoff for retry `attempt` and count it (used for soft throttling)."""
        self._http.stats.retries += 1
        self._http.sleep(self._http.backoff(attempt))


def _not_public(channel: str, url: str, landed: str) -> str:
    return (
        f"{url}: channel {channel!r} has no public web preview (landed on {landed}); "
        "the preview is disabled or the channel is private or does not exist"
    )


@dataclass(frozen=True)
class ChannelFetch:
    """The result of one walk: new posts oldest first, and what it cost.

    `known` holds posts at or below `newest_known_id` that happened to be on fetched pages
    (free to compare against stored copies, to notice edits); `posts` never includes them.
    """

    channel: str
    posts: tuple[Post, ...]
    newest_id: int | None
    stats: FetchStats
    known: tuple[Post, ...] = ()


def fetch_channel_posts(
    client: TelegramPreviewClient,
    channel: str,
    *,
    newest_known_id: int | None = None,
    not_before: datetime | None = None,
    max_empty_windows: int = 5,
    max_pages: int = DEFAULT_MAX_PAGES,
    deadline_s: float = DEFAULT_CHANNEL_DEADLINE_S,
) -> ChannelFetch:
    """Walk the preview from the newest page back with `?before=` until the interval is covered.

    Stops at `newest_known_id` (exclusive), at a post published before `not_before`, or at id 1.
    Never trusts "fewer than 20 posts" as the end: a page spans ~20 ids, not 20 messages.
    A missing more-link falls back to the page's lowest id; a seen-id set stops loops. A walk
    that needs more than `max_pages` pages, or more than `deadline_s` seconds in all, fails
    (FetchError) rather than holding the run and the database writer's slot.
    """
    start = replace(client.stats)
    deadline = client.clock() + deadline_s
    walk = _Walk(channel, newest_known_id, not_before)
    before: int | None = None
    requested: set[int | None] = set()
    empty_windows = 0
    while True:
        if len(requested) >= max_pages:
            raise PermanentFetchError(
                f"{client.page_url(channel, before=before)}: walked {len(requested)} pages without reaching the"
                f" interval's start (page cap {max_pages}: HOTLINE_MAX_PAGES)")
        requested.add(before)
        page = _fetch_with_posts(client, channel, before, deadline)
        if page is None:
            # Still empty after backing off: a window of deleted ids (or stubborn throttling).
            if before is None:
                raise FetchError(f"{client.page_url(channel)}: newest page keeps saying 'No posts found'")
            empty_windows += 1
            if empty_windows > max_empty_windows:
                raise FetchError(
                    f"{client.page_url(channel, before=before)}: {empty_windows} empty pages in a row; "
                    "throttled or a long run of deleted posts, stopping instead of guessing"
                )
            next_before = before - PAGE_ID_SPAN
        else:
            empty_windows = 0
            if not walk.take(page):
                raise FetchError(f"{page.url}: page repeats ids already seen; paging is not moving back")
            if walk.done(page):
                break
            next_before = min(i for i in (page.before_id, page.lowest_id) if i is not None)
        if next_before <= 1 or (newest_known_id is not None and next_before <= newest_known_id + 1):
            break
        if next_before in requested:
            raise FetchError(f"{client.page_url(channel, before=next_before)}: already requested; loop")
        before = next_before
    return walk.result(client.stats.since(start))


def _fetch_with_posts(client: TelegramPreviewClient, channel: str, before: int | None,
                      deadline: float | None = None) -> ChannelPage | None:
    """A page with message widgets, backing off while Telegram says "No posts found"."""
    for attempt in range(1, client.max_attempts + 1):
        page = client.fetch_page(channel, before=before, deadline=deadline)
        if page.message_ids:
            return page
        if attempt < client.max_attempts:
            log.warning("%s: no posts on the page; backing off (soft throttling?)", page.url)
            client.backoff_sleep(attempt)
    return None


class _Walk:
    """Accumulates one walk's posts and decides when the interval is covered."""

    def __init__(self, channel: str, newest_known_id: int | None, not_before: datetime | None) -> None:
        self.channel = channel
        self.newest_known_id = newest_known_id
        self.not_before = not_before
        self.seen_ids: set[int] = set()
        self.posts: dict[int, Post] = {}
        self.known: dict[int, Post] = {}
        self.reached_not_before = False

    def take(self, page: ChannelPage) -> bool:
        """Add a page's posts; False when it brought no id not seen before (a loop)."""
        new_ids = set(page.message_ids) - self.seen_ids
        if not new_ids:
            return False
        self.seen_ids |= new_ids
        for post in page.posts:
            number = post.numeric_id or 0
            if self.newest_known_id is not None and number <= self.newest_known_id:
                self.known[number] = post
            elif self.not_before is not None and post.published_at < self.not_before:
                self.reached_not_before = True
            else:
                self.posts[number] = post
        return True

    def done(self, page: ChannelPage) -> bool:
        """True when nothing older can be wanted."""
        lowest = page.lowest_id or 0
        if self.newest_known_id is not None and lowest <= self.newest_known_id + 1:
            return True
        return self.reached_not_before or lowest <= 1

    def result(self, stats: FetchStats) -> ChannelFetch:
        """The walk's outcome, posts oldest first."""
        return ChannelFetch(
            channel=self.channel,
            posts=tuple(self.posts[i] for i in sorted(self.posts)),
            newest_id=max(self.seen_ids) if self.seen_ids else None,
            stats=stats,
            known=tuple(self.known[i] for i in sorted(self.known)),
        )


# --------------------------------------------------------------------------------------- feeds


def fetch_feed_posts(url: str, *, session: requests.Session | None = None, timeout_s: float = 20,
                     max_attempts: int = 3, backoff_base_s: float = 1.0,
                     sleep: Callable[[float], None] = time.sleep,
                     max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
                     deadline_s: float = DEFAULT_CHANNEL_DEADLINE_S) -> list[Post]:
    """Fetch an RSS/Atom feed: one Post per dated item (title, summary, content), oldest first.

    Transient failures are retried `max_attempts` times in all, then FetchError; the whole fetch
    is bounded by `deadline_s` and the response by `max_response_bytes`."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise PermanentFetchError(f"{url}: not an http(s) feed URL")
    http = _Http(timeout_s=timeout_s, min_delay_s=0, max_attempts=max_attempts, backoff_base_s=backoff_base_s,
                 sleep=sleep, session=session, max_response_bytes=max_response_bytes)

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


# ------------------------------------------------------------------------------ local sources


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
