"""The demo channel's HTML, in the shape `https://t.me/s/<channel>` serves it.

Same markup and the same paging as Telegram's web preview (`?before=N` / `?after=N`, 20 message
ids a page, "No posts found"), so the live fetcher and parser read the demo channel unchanged.
The page skeletons are `string.Template` files in `templates/`; the values put into them are
escaped here, where it is clear which are text and which are markup.
"""

from __future__ import annotations

import base64
import html
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC
from functools import cache
from importlib import resources
from string import Template

from hotline.demo.constants import DEMO_CHANNEL, PAGE_SIZE, TELEGRAM
from hotline.records import Post

__all__ = [
    "format_views",
    "message_number",
    "page_plan",
    "posts_to_jsonl",
    "render_channel_page",
    "render_landing_page",
    "render_post_page",
    "render_post_widget",
]

_EMOJI = ("🇺🇦", "📞", "📊", "🔄")
_EMOJI_RE = re.compile("|".join(re.escape(e) for e in _EMOJI))
_MENTION_RE = re.compile(r"(?<![\w/])@([A-Za-z][A-Za-z0-9_]{3,31})")


@cache
def _template(name: str) -> Template:
    """`templates/<name>.html`. Every template file ends with one newline that is not part of
    the output (so a fragment without a final newline can still be a well-formed text file)."""
    text = resources.files("hotline.demo").joinpath("templates", f"{name}.html").read_text(encoding="utf-8")
    return Template(text.removesuffix("\n"))


def _channel_title(channel: str) -> str:
    return "Координаційний штаб (демо)" if channel.lower() == DEMO_CHANNEL else channel


def _channel_description() -> str:
    return (
        "ДЕМО для Hotline Watch: змодельований канал, побудований на демонстраційному ряді "
        "(реальні лише цифри за січень, травень і жовтень 2025). Не справжній канал Координаційного штабу."
    )


def _emoji_html(match: re.Match[str]) -> str:
    emoji = match.group(0)
    code = emoji.encode("utf-8").hex().upper()
    return (
        f'<i class="emoji" style="background-image:url(\'//telegram.org/img/emoji/40/{code}.png\')"><b>{emoji}</b></i>'
    )


def _line_html(line: str) -> str:
    """One line of message text: escaped, @mentions linked, emoji wrapped as Telegram does."""
    escaped = html.escape(line)
    linked = _MENTION_RE.sub(r'<a href="https://t.me/\1" target="_blank">@\1</a>', escaped)
    return _EMOJI_RE.sub(_emoji_html, linked)


def _text_html(text: str, bold_first_line: bool) -> str:
    lines = [_line_html(line) for line in text.split("\n")]
    if bold_first_line and lines and lines[0]:
        lines[0] = f"<b>{lines[0]}</b>"
    return "<br/>".join(lines)


def format_views(views: int) -> str:
    """987 → "987", 23400 → "23.4K", 1250000 → "1.3M" (Telegram's compact counter)."""
    if views < 1000:
        return str(views)
    if views < 1_000_000:
        return f"{views / 1000:.1f}K".replace(".0K", "K")
    return f"{views / 1_000_000:.1f}M".replace(".0M", "M")


def _album_html(url: str) -> str:
    """Two grouped photos (no images: the demo never leaves loopback); hrefs name both ids."""
    base, _, tail = url.rpartition("/")
    first = int(tail)
    photo = _template("album_photo")
    photos = "".join(
        photo.substitute(left=left, margin_right=2 - offset * 2, href=f"{base}/{first + offset}?single")
        for offset, left in ((0, 0), (1, 227))
    )
    return _template("album").substitute(photos=photos)


def _data_view(channel: str, post_id: int) -> str:
    blob = json.dumps({"c": channel, "p": post_id, "t": 0, "h": "demo"}, separators=(",", ":"))
    return base64.urlsafe_b64encode(blob.encode()).decode().rstrip("=")


def render_post_widget(channel: str, post: Post, *, album: bool = False, bold_first_line: bool = False) -> str:
    """The `div.tgme_widget_message` of one post, as in Telegram's web preview."""
    post_id = message_number(post)
    url = post.url or f"{TELEGRAM}/{channel}/{post_id}"
    title = html.escape(_channel_title(channel))
    text = _text_html(post.text, bold_first_line)
    if album:  # album captions nest a second message_text, exactly as t.me does
        text = f'\n<div class="tgme_widget_message_text js-message_text" dir="auto">{text}</div>\n'
    stamp = post.published_at.astimezone(UTC)
    views = "" if post.views is None else (
        f'<span class="tgme_widget_message_views">{format_views(post.views)}</span>'
        '<span class="copyonly"> views</span>'
    )  # fmt: skip
    return _template("post_widget").substitute(
        channel=channel,
        post_id=post_id,
        data_view=_data_view(channel, post_id),
        telegram=TELEGRAM,
        initial=title[:1],
        title=title,
        album=_album_html(url) if album else "",
        text=text,
        views=views,
        edited="edited " if post.edited else "",
        url=html.escape(url),
        datetime=stamp.isoformat(),
        time=f"{stamp:%H:%M}",
    )


def message_number(post: Post) -> int:
    """The post's Telegram message number; ValueError for a post that has none."""
    post_id = post.numeric_id
    if post_id is None:
        raise ValueError(f"post {post.post_id!r} has no Telegram message number")
    return post_id


# --------------------------------------------------------------------------- pages


@dataclass(frozen=True)
class _PageView:
    """Which posts a page shows and where its paging links point."""

    posts: tuple[tuple[int, Post], ...]
    older_before: int | None  # data-before of the "more" link, None when nothing is older
    newer_after: int | None  # data-after of the bottom link, None when nothing is newer
    canonical: str  # query string of <link rel="canonical">


def _indexed(posts: Sequence[Post]) -> list[tuple[int, Post]]:
    return sorted(((message_number(p), p) for p in posts), key=lambda item: item[0])


def _page_view(items: Sequence[tuple[int, Post]], before: int | None, after: int | None, size: int) -> _PageView:
    """A page covers `size` message ids: below `before`, above `after`, or the newest ones."""
    ids = [i for i, _ in items]
    if before is not None:
        low, high, canonical = max(1, before - size), before - 1, f"?before={before}"
    elif after is not None:
        low, high, canonical = after + 1, after + size, f"?after={after}"
    else:
        high = max(ids, default=0)
        low, canonical = max(1, high - size + 1), f"?before={high + 1}"
    shown = tuple((i, p) for i, p in items if low <= i <= high)
    if not shown:  # t.me's "No posts found" page carries no paging links
        return _PageView(posts=(), older_before=None, newer_after=None, canonical=canonical)
    low_mark, high_mark = shown[0][0], shown[-1][0]
    return _PageView(
        posts=shown,
        older_before=low_mark if any(i < low_mark for i in ids) else None,
        newer_after=high_mark if any(i > high_mark for i in ids) else None,
        canonical=canonical,
    )


def _widget_html(channel: str, post_id: int, post: Post) -> str:
    """Reuse the stored widget when it is this post's (generated posts carry one)."""
    if f'data-post="{channel}/{post_id}"' in post.raw and post.raw.lstrip().startswith("<div"):
        return post.raw
    return render_post_widget(channel, post)


def _history_html(channel: str, view: _PageView) -> str:
    parts = []
    if view.older_before is not None:
        parts.append(
            f'<div class="tgme_widget_message_centered js-messages_more_wrap"><a href="/s/{channel}'
            f'?before={view.older_before}" class="tme_messages_more js-messages_more" '
            f'data-before="{view.older_before}"></a></div>'
        )
    for post_id, post in view.posts:
        widget = _widget_html(channel, post_id, post)
        parts.append(f'<div class="tgme_widget_message_wrap js-widget_message_wrap">\n{widget}\n</div>')
    if not view.posts:
        parts.append('<div class="tme_no_messages_found">No posts found</div>')
    if view.newer_after is not None:
        parts.append(
            f'<div class="tgme_widget_message_centered js-messages_more_wrap"><a href="/s/{channel}'
            f'?after={view.newer_after}" class="tme_messages_more js-messages_more" '
            f'data-after="{view.newer_after}"></a></div>'
        )
    return "\n".join(parts)


def _head_links(channel: str, view: _PageView) -> str:
    links = []
    if view.older_before is not None:
        links.append(f'<link rel="prev" href="/s/{channel}?before={view.older_before}">')
    if view.newer_after is not None:
        links.append(f'<link rel="next" href="/s/{channel}?after={view.newer_after}">')
    links.append(f'<link rel="canonical" href="/s/{channel}{view.canonical}">')
    return "\n    ".join(links)


def render_channel_page(
    channel: str,
    posts: Sequence[Post],
    *,
    before: int | None = None,
    after: int | None = None,
    page_size: int = PAGE_SIZE,
) -> str:
    """The HTML t.me serves for `/s/<channel>` (newest ids), `?before=N` or `?after=N`.

    A page covers `page_size` message ids, so deleted ids make it shorter; posts are oldest
    first; a page without posts shows Telegram's "No posts found".
    """
    view = _page_view(_indexed(posts), before, after, page_size)
    title = html.escape(_channel_title(channel))
    description = html.escape(_channel_description())
    return _template("channel_page").substitute(
        channel=channel,
        title=title,
        initial=title[:1],
        description=description,
        head_links=_head_links(channel, view),
        subscribers="41.7K" if channel.lower() == DEMO_CHANNEL else "1.2K",
        history=_history_html(channel, view),
    )


def render_post_page(channel: str, post: Post) -> str:
    """A page for one demo post (`/<channel>/<id>`), so the demo's source links open something real."""
    title = html.escape(_channel_title(channel))
    return _template("post_page").substitute(title=title, widget=render_post_widget(channel, post))



def render_landing_page(channel: str, *, has_preview: bool) -> str:
    """The `t.me/<channel>` page: no history section (where t.me sends channels without a preview)."""
    title = html.escape(_channel_title(channel) if has_preview else f"@{channel}")
    preview = (
        f'<a class="tgme_action_button_new tgme_action_web_button" href="/s/{channel}">Preview channel</a>'
        if has_preview
        else ""
    )
    extra = "41.7K subscribers" if has_preview else f"If you have Telegram, you can contact @{channel} right away."
    return _template("landing_page").substitute(channel=channel, title=title, extra=html.escape(extra), preview=preview)


def page_plan(posts: Sequence[Post], *, page_size: int = PAGE_SIZE) -> list[int | None]:
    """The `before` values a reader walks from the newest page (None) back to the oldest."""
    items = _indexed(posts)
    plan: list[int | None] = [None]
    view = _page_view(items, None, None, page_size)
    while view.older_before is not None:
        plan.append(view.older_before)
        view = _page_view(items, view.older_before, None, page_size)
    return plan


def posts_to_jsonl(posts: Sequence[Post]) -> str:
    """Posts as JSON Lines (without the markup), for inspection and the directory source."""
    lines = []
    for post in posts:
        record = {
            "source": post.source,
            "channel": post.channel,
            "post_id": post.post_id,
            "url": post.url,
            "published_at": post.published_at.isoformat(),
            "text": post.text,
            "edited": post.edited,
            "views": post.views,
        }
        lines.append(json.dumps(record, ensure_ascii=False))
    return "".join(line + "\n" for line in lines)
