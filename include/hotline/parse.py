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

# HTML's own whitespace (what a browser collapses); U+00A0 and friends are not in it, on purpose:
# thousands separators are often U+00A0 and the extractor wants to see them.
_HTML_SPACE_RUN = re.compile(r"[ \t\n\r\f]+")
_SPACE_AROUND_NEWLINE = re.compile(r"[ \t]*\n[ \t]*")
_DATA_POST = re.compile(r"^([A-Za-z0-9_]+)/(\d+)$")
_VIEWS = re.compile(r"^(\d+(?:[.,]\d+)?)\s*([KMB]?)$", re.IGNORECASE)
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
    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    if not html.strip():
        raise MalformedPageError(f"{url}: empty response body")
    if "</html>" not in html[-_TAIL_WINDOW:].lower():
        raise MalformedPageError(f"{url}: truncated page (no closing </html>)")
    tree = LexborHTMLParser(html)
    history = tree.css_first("section.tgme_channel_history")
    if history is None:
        return _landing_page(tree, url)
    widgets = history.css("div.tgme_widget_message[data-post]")
    ids: list[int] = []
    posts: list[Post] = []
    for widget in widgets:
        post_channel, post_id = _data_post(widget, url)
        ids.append(post_id)
        if "service_message" in _classes(widget):
            continue
        posts.append(_widget_to_post(widget, post_channel, post_id, url))
    # data-post carries Telegram's canonical spelling of the channel name.
    channel = _data_post(widgets[0], url)[0] if widgets else _channel_from_url(url)
    posts.sort(key=lambda p: p.numeric_id or 0)
    return ChannelPage(
        channel=channel,
        url=url,
        posts=tuple(posts),
        before_id=_before_id(tree),
        has_history=True,
        no_posts_found=not widgets and "no posts found" in history.text(deep=True).lower(),
        message_ids=tuple(sorted(ids)),
    )


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


def _classes(node: LexborNode) -> set[str]:
    """The class tokens of an element."""
    return set((node.attributes.get("class") or "").split())


def _data_post(widget: LexborNode, url: str) -> tuple[str, int]:
    """(channel, id) from a widget's `data-post`, or MalformedPageError."""
    value = (widget.attributes.get("data-post") or "").strip()
    match = _DATA_POST.match(value)
    if match is None:
        raise MalformedPageError(f"{url}: message widget with unusable data-post={value!r}")
    return match.group(1), int(match.group(2))


def _widget_to_post(widget: LexborNode, channel: str, post_id: int, page_url: str) -> Post:
    """Build the Post for one (non-service) message widget."""
    where = f"{page_url}: post {channel}/{post_id}"
    date_link = widget.css_first("a.tgme_widget_message_date")
    time_node = (widget if date_link is None else date_link).css_first("time[datetime]")
    if time_node is None:
        raise MalformedPageError(f"{where} has no time[datetime]")
    published = _parse_time(time_node.attributes.get("datetime") or "", where)
    href = date_link.attributes.get("href") if date_link is not None else None
    post_url = urljoin(page_url, href) if href else _post_url(page_url, channel, post_id)
    text_node = widget.css_first(".tgme_widget_message_bubble > .tgme_widget_message_text")
    views_node = widget.css_first(".tgme_widget_message_views")
    return Post(
        source="telegram",
        channel=channel,
        post_id=f"{channel}/{post_id}",
        url=post_url,
        published_at=published,
        text=html_to_text(text_node) if text_node is not None else "",
        edited=_is_edited(widget),
        views=parse_views(views_node.text(deep=True)) if views_node is not None else None,
        raw=widget.html or "",
    )


def _post_url(page_url: str, channel: str, post_id: int) -> str:
    """`<scheme>://<host>/<channel>/<id>` on the page's own host (when the date link lacks href)."""
    parts = urlsplit(page_url)
    return f"{parts.scheme}://{parts.netloc}/{channel}/{post_id}"


def _parse_time(value: str, where: str) -> datetime:
    """An ISO 8601 timestamp with offset, as tz-aware UTC."""
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise MalformedPageError(f"{where} has an unreadable time {value!r}") from None
    if parsed.tzinfo is None:
        raise MalformedPageError(f"{where} has a time without offset {value!r}")
    return parsed.astimezone(UTC)


def _is_edited(widget: LexborNode) -> bool:
    """True when the meta span says "edited" (`<span class="tgme_widget_message_meta">edited …`)."""
    if widget.css_first(".tgme_widget_message_edited") is not None:
        return True
    meta = widget.css_first(".tgme_widget_message_meta")
    return meta is not None and "edited" in meta.text(deep=True).lower()


def _before_id(tree: LexborHTMLParser) -> int | None:
    """The id for `?before=`: the top "more" link, else `<link rel="prev">`."""
    more = tree.css_first("a.tme_messages_more[data-before]")
    if more is not None:
        value = (more.attributes.get("data-before") or "").strip()
        if value.isdigit():
            return int(value)
    for link in tree.css("link[rel=prev][href]"):
        values = parse_qs(urlsplit(link.attributes.get("href") or "").query).get("before", [])
        if values and values[0].isdigit():
            return int(values[0])
    return None


def parse_views(value: str) -> int | None:
    """`987` → 987, `1.2K` → 1200, `3.1M` → 3100000; None when unreadable."""
    match = _VIEWS.match(value.strip().replace("\u00a0", "").replace(" ", ""))
    if match is None:
        return None
    number, suffix = match.groups()
    return round(float(number.replace(",", ".")) * _MULTIPLIERS[suffix.upper()])


def html_to_text(node: LexborNode) -> str:
    """The visible text of an element: `<br>` → newline, HTML whitespace collapsed, ends stripped.

    Block elements (`p`, `div`, `li`) also end a line, for feed HTML; Telegram message text
    uses only `<br>`. Non-ASCII spaces (U+00A0, U+202F) are kept verbatim.
    """
    pieces: list[str] = []
    for child in node.traverse(include_text=True):
        tag = child.tag
        if tag == "-text":
            pieces.append(_HTML_SPACE_RUN.sub(" ", child.text_content or ""))
        elif tag == "br" or (tag in _BLOCK_TAGS and child is not node and pieces):
            pieces.append("\n")
    return _SPACE_AROUND_NEWLINE.sub("\n", "".join(pieces)).strip()


_BLOCK_TAGS = frozenset({"p", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "tr"})
