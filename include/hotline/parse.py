"""Parse Telegram web-preview pages (`https://t.me/s/<channel>`) into `Post` records.

Pure: no network, no Airflow, no DuckDB. Uses selectolax's lexbor backend, which is a
C HTML5 parser; CSS class selectors match class *tokens*, so `.tgme_widget_message` never
matches `tgme_widget_message_wrap` and `text_not_supported_wrap` on every widget is harmless.

Markup handled (see tests/fixtures/tg_*.html):
- messages: `div.tgme_widget_message[data-post="<channel>/<id>"]` in `section.tgme_channel_history`;
- text: the `.tgme_widget_message_text` that is a *direct child* of the bubble. Reply quotes
  reuse that class inside `a.tgme_widget_message_reply`, and album captions nest a second
  `.tgme_widget_message_text` inside the first: taking the bubble's direct child reads each once;
- `<br>` is a line break, emoji are `<i class="emoji"><b>…</b></i>` (their `<b>` text is kept),
  entities are decoded by the HTML parser, U+00A0 and other non-ASCII spaces are kept as they are;
- `time[datetime]` in the date link (UTC), views like `1.2K`, "edited" in the meta span;
- `service_message` widgets ("Channel created", pinned, …) count as seen ids but are not posts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import parse_qs, urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from hotline.records import Post

__all__ = [
    "ChannelPage",
    "MalformedPageError",
    "html_to_text",
    "parse_channel_page",
    "parse_views",
]

# Bounded digit counts: a message id must fit the database's BIGINT (and Python refuses to read
# integers of more than 4,300 digits), a view count a float.
_DATA_POST = re.compile(r"^([A-Za-z0-9_]{1,64})/(\d{1,19})$")
_MAX_ID = 2**63 - 1
_VIEWS = re.compile(r"^(\d{1,15}(?:[.,]\d{1,6})?)\s*([KMB]?)$", re.IGNORECASE)
# Telegram opened in 2013; a post time outside these years is a broken or hostile page, not news
# (and a year-9999 time with an offset overflows on conversion to UTC).
_FIRST_YEAR, _LAST_YEAR = 2013, 2199
_MULTIPLIERS = {"": 1, "K": 1_000, "M": 1_000_000, "B": 1_000_000_000}
# Telegram always sends a complete document (plus a trailing "page generated in" comment);
# a body without `</html>` near its end was cut off in transit.
_TAIL_WINDOW = 4096


class MalformedPageError(ValueError):
    """A page that is not a usable web-preview page; the message names the URL and the defect."""


@dataclass(frozen=True)
class ChannelPage:
    """One parsed web-preview page.

    `posts` are oldest first and exclude service messages; `message_ids` lists every message
    widget's id (service messages and posts without text included), so paging can reason about
    id ranges even when a page holds no readable post.
    """

    channel: str
    url: str
    posts: tuple[Post, ...]
    before_id: int | None  # id to pass as ?before= for older posts (None if no link)
    has_history: bool  # False for the landing page (preview disabled / not public)
    no_posts_found: bool
    message_ids: tuple[int, ...] = ()

    @property
    def lowest_id(self) -> int | None:
        """The smallest message id on the page, over all message widgets."""
        return min(self.message_ids) if self.message_ids else None

    @property
    def highest_id(self) -> int | None:
        """The largest message id on the page, over all message widgets."""
        return max(self.message_ids) if self.message_ids else None


def parse_channel_page(html: str | bytes, url: str) -> ChannelPage:
    """Parse one web-preview page fetched from (or saved from) `url`.

    Raises MalformedPageError for a truncated document, a page that is neither a channel
    history nor a Telegram landing page, or a message widget without a usable id or time.
    """
    # Bytes go to lexbor as they are (it works in UTF-8): decoding first would copy twice.
    body = html if isinstance(html, bytes) else html.encode("utf-8")
    if not body or body.isspace():
        raise MalformedPageError(f"{url}: empty response body")
    if b"</html>" not in body[-_TAIL_WINDOW:].lower():
        raise MalformedPageError(f"{url}: truncated page (no closing </html>)")
    tree = LexborHTMLParser(body)
    history = tree.css_first("section.tgme_channel_history")
    if history is None:
        return _landing_page(tree, url)
    widgets = history.css("div.tgme_widget_message[data-post]")
    parts = _parts_by_widget(history, widgets)
    raws = [widget.html or "" for widget in widgets]  # before line breaks are marked in the tree
    mark = _break_mark_for(history.text(deep=True), url)
    _mark_breaks(history, mark)
    channels: list[str] = []
    ids: list[int] = []
    numbered: list[tuple[int, Post]] = []
    for widget, widget_parts, raw in zip(widgets, parts, raws, strict=True):
        attributes = widget.attributes  # a fresh dict on every access: read it once
        post_channel, post_id = _data_post(attributes, url)
        channels.append(post_channel)
        ids.append(post_id)
        if "service_message" not in (attributes.get("class") or "").split():
            numbered.append((post_id, _widget_to_post(widget, widget_parts, raw, post_channel, post_id, url, mark)))
    numbered.sort(key=_message_number)  # stable: oldest first, page order among equal ids
    return ChannelPage(
        # data-post carries Telegram's canonical spelling of the channel name.
        channel=channels[0] if channels else _channel_from_url(url),
        url=url,
        posts=tuple(post for _, post in numbered),
        before_id=_before_id(tree),
        has_history=True,
        no_posts_found=not widgets and "no posts found" in history.text(deep=True).lower(),
        message_ids=tuple(sorted(ids)),
    )


# The parts of a widget, each found with ONE query per page rather than one per widget: lexbor
# compiles the selector on every call (~3 µs), which dominated the cost per post. Each hit is
# then mapped to its widget by walking up its parents.
_PARTS = {
    "time": "a.tgme_widget_message_date time[datetime]",
    # Only the bubble's direct child: reply quotes and nested album captions reuse the class.
    "text": ".tgme_widget_message_bubble > .tgme_widget_message_text",
    "views": ".tgme_widget_message_views",
    "meta": ".tgme_widget_message_meta",
}


def _parts_by_widget(history: LexborNode, widgets: list[LexborNode]) -> list[dict[str, LexborNode]]:
    """For each widget, the first node (in document order) matching each of `_PARTS`."""
    # Node (by mem_id) → number of the widget containing it, None when outside every widget.
    owners: dict[int, int | None] = {widget.mem_id: number for number, widget in enumerate(widgets)}
    parts: list[dict[str, LexborNode]] = [{} for _ in widgets]
    for name, selector in _PARTS.items():
        for node in history.css(selector):
            parent = node.parent
            # Inline look-up first: once a bubble is mapped, its parts' parents are known.
            owner = owners.get(parent.mem_id, _UNSEEN) if parent is not None else None
            if owner == _UNSEEN:
                owner = _owning_widget(parent, owners)
            if owner is not None:
                parts[owner].setdefault(name, node)
    return parts


_UNSEEN = -1  # not a widget number: an ancestor not yet climbed through


def _owning_widget(start: LexborNode | None, owners: dict[int, int | None]) -> int | None:
    """The number of the widget that is or contains `start`, if any.

    Every ancestor climbed through is remembered in `owners`, so the parts of one widget share
    the walk: the second part of a bubble stops at the bubble instead of climbing again.
    """
    climbed: list[int] = []
    node = start
    found: int | None = None
    while node is not None:
        key = node.mem_id
        if key in owners:
            found = owners[key]
            break
        climbed.append(key)
        node = node.parent
    owners.update(dict.fromkeys(climbed, found))
    return found


def _landing_page(tree: LexborHTMLParser, url: str) -> ChannelPage:
    """The page `t.me/<channel>` that Telegram redirects to when there is no public preview."""
    if tree.css_first(".tgme_page, .tgme_page_wrap") is None:
        raise MalformedPageError(f"{url}: neither a channel history nor a Telegram channel page")
    return ChannelPage(
        channel=_channel_from_url(url),
        url=url,
        posts=(),
        before_id=None,
        has_history=False,
        no_posts_found=False,
    )


def _channel_from_url(url: str) -> str:
    """`chan` from `.../s/chan?before=1` or `.../chan`; empty if the path names none."""
    parts = [p for p in urlsplit(url).path.split("/") if p]
    if parts and parts[0] == "s":
        parts = parts[1:]
    return parts[0] if parts else ""


def _message_number(numbered: tuple[int, Post]) -> int:
    """The sort key of an (id, post) pair."""
    return numbered[0]


def _data_post(attributes: dict[str, str | None], url: str) -> tuple[str, int]:
    """(channel, id) from a widget's `data-post` attribute, or MalformedPageError."""
    value = (attributes.get("data-post") or "").strip()
    match = _DATA_POST.match(value)
    if match is None or (post_id := int(match.group(2))) > _MAX_ID:
        raise MalformedPageError(f"{url}: message widget with unusable data-post={value[:80]!r}")
    return match.group(1), post_id


def _widget_to_post(
    widget: LexborNode, parts: dict[str, LexborNode], raw: str, channel: str, post_id: int, page_url: str,
    mark: str,
) -> Post:
    """Build the Post for one (non-service) message widget."""
    where = f"{page_url}: post {channel}/{post_id}"
    time_node = parts.get("time") or widget.css_first("time[datetime]")
    if time_node is None:
        raise MalformedPageError(f"{where} has no time[datetime]")
    published = _parse_time(time_node.attributes.get("datetime") or "", where)
    link = time_node.parent
    href = link.attributes.get("href") if link is not None and link.tag == "a" else None
    if not href:
        post_url = _post_url(page_url, channel, post_id)
    elif href.startswith(("https://", "http://")):
        post_url = href
    else:
        post_url = urljoin(page_url, href)
    text_node, views_node, meta = parts.get("text"), parts.get("views"), parts.get("meta")
    return _new_post(
        source="telegram",
        channel=channel,
        post_id=f"{channel}/{post_id}",
        url=post_url,
        published_at=published,
        text=_marked_text(text_node, mark) if text_node is not None else "",
        # "edited" sits in the meta span before the date link: `edited &nbsp;<a …><time>`.
        edited=meta is not None and "edited" in meta.text(deep=True).lower(),
        views=parse_views(views_node.text(deep=True)) if views_node is not None else None,
        raw=raw,
    )


def _new_post(**fields: object) -> Post:
    """A `Post` with exactly these fields, built without the frozen dataclass's `__init__`.

    That `__init__` sets each of the nine fields through `object.__setattr__` (2.5 µs a post, a tenth
    of a page's parse); filling the instance dict directly takes 0.5 µs. Equal, hashable and
    frozen as any other Post; tests/test_parse.py checks each parsed post equals `Post(**vars(post))`.
    """
    post = object.__new__(Post)
    post.__dict__.update(fields)
    return post


# _new_post skips __init__: a Post that gains validation or slots must be built the ordinary way.
if hasattr(Post, "__post_init__") or hasattr(Post, "__slots__"):  # pragma: no cover
    raise ImportError("hotline.parse._new_post cannot build a Post with __post_init__ or __slots__")


def _post_url(page_url: str, channel: str, post_id: int) -> str:
    """`<scheme>://<host>/<channel>/<id>` on the page's own host (when the date link lacks href)."""
    parts = urlsplit(page_url)
    return f"{parts.scheme}://{parts.netloc}/{channel}/{post_id}"


def _parse_time(value: str, where: str) -> datetime:
    """An ISO 8601 timestamp with offset, as tz-aware UTC."""
    try:
        parsed = datetime.fromisoformat(value.strip()[:64])
    except ValueError:
        raise MalformedPageError(f"{where} has an unreadable time {value[:64]!r}") from None
    if parsed.tzinfo is None:
        raise MalformedPageError(f"{where} has a time without offset {value[:64]!r}")
    try:
        moment = parsed.astimezone(UTC)
    except OverflowError:
        raise MalformedPageError(f"{where} has an impossible time {value[:64]!r}") from None
    if not _FIRST_YEAR <= moment.year <= _LAST_YEAR:
        raise MalformedPageError(f"{where} has an impossible time {value[:64]!r}")
    return moment


def _before_id(tree: LexborHTMLParser) -> int | None:
    """The id for `?before=`: the top "more" link, else `<link rel="prev">`."""
    more = tree.css_first("a.tme_messages_more[data-before]")
    if more is not None:
        value = (more.attributes.get("data-before") or "").strip()
        if _usable_id(value):
            return int(value)
    for link in tree.css("link[rel=prev][href]"):
        values = parse_qs(urlsplit(link.attributes.get("href") or "").query).get("before", [])
        if values and _usable_id(values[0]):
            return int(values[0])
    return None


def _usable_id(value: str) -> bool:
    """A decimal message id that fits a BIGINT."""
    return value.isascii() and value.isdigit() and len(value) <= 19 and int(value) <= _MAX_ID


def parse_views(value: str) -> int | None:
    """`987` → 987, `1.2K` → 1200, `3.1M` → 3100000; None when unreadable."""
    value = value.strip()
    if " " in value or "\u00a0" in value:  # `1 234` or `1\u00a0234`: thousands separators
        value = value.replace("\u00a0", "").replace(" ", "")
    match = _VIEWS.match(value)
    if match is None:
        return None
    number, suffix = match.groups()
    return round(float(number.replace(",", ".")) * _MULTIPLIERS[suffix.upper()])


def html_to_text(node: LexborNode) -> str:
    """The visible text of an element: `<br>` → newline, HTML whitespace collapsed, ends stripped.

    Block elements (`p`, `li`, headings) also start a line, for feed HTML; Telegram message
    text uses only `<br>`. Non-ASCII spaces (U+00A0, U+202F) are kept verbatim.
    Destructive: line breaks are marked in the tree itself (serialise the node first if you need it).
    """
    _mark_breaks(node)
    return _marked_text(node)


# Marking breaks in the tree and reading the text in C is ~5x faster than walking the nodes in
# Python; a private-use character keeps <br> apart from newlines that are mere source layout.
_BREAKS = "br, p, li, blockquote, h1, h2, h3, h4, h5, h6, tr"
_BREAK_MARKS = ("\ue000", "\ue001", "\ue002", "\uf8ff")
_BREAK_MARK = _BREAK_MARKS[0]


def _break_mark_for(text: str, url: str) -> str:
    """A marker the history's own text does not hold (a post may contain any character, U+E000 too).

    Checked on the decoded text rather than the bytes: character references in every spelling are
    covered, and one search of the text costs a fifth of searching the bytes for each spelling.
    """
    for mark in _BREAK_MARKS:
        if mark not in text:
            return mark
    raise MalformedPageError(f"{url}: the page holds every private-use character used to mark line breaks")


def _mark_breaks(root: LexborNode, mark: str = _BREAK_MARK) -> None:
    """Replace each `<br>` under `root` by the marker, and put one before each block element."""
    for child in root.css(_BREAKS):
        if child.tag == "br":
            child.replace_with(mark)
        else:
            child.insert_before(mark)


def _marked_text(node: LexborNode, mark: str = _BREAK_MARK) -> str:
    """Text of a node whose breaks were marked: HTML whitespace collapsed, markers → newlines.

    Plain str methods rather than regular expressions: on Cyrillic text (UCS-2 strings) `re.sub`
    was the largest cost of parsing a page.
    """
    text = node.text(deep=True)
    for space in "\n\t\r\f":  # HTML whitespace only: U+00A0 and friends stay
        if space in text:
            text = text.replace(space, " ")
    while "  " in text:  # each pass halves a run of spaces; the ends go with the last strip()
        text = text.replace("  ", " ")
    if mark in text:
        text = "\n".join(line.strip(" ") for line in text.split(mark))
    return text.strip()
