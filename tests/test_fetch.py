"""Fetching against a local HTTP server that serves pages in the web preview's shape.

`render_page` builds pages the way t.me/s/<channel> does (a window of ~20 message ids, a
more-link at the top, albums spanning several ids, deleted ids, "No posts found" for an empty
window); `ChannelServer` serves them with scripted faults. bench/bench_fetch.py reuses both.
"""

from __future__ import annotations

import dataclasses
import html
import json
import math
import random
import re
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from hotline.fetch import (
    ChannelNotPublicError,
    FetchError,
    TelegramPreviewClient,
    fetch_channel_posts,
    fetch_feed_posts,
    read_post_directory,
    read_telegram_export,
)
from hotline.records import Post

FIXTURES = Path(__file__).parent / "fixtures"
CHANNEL = "hotline_demo"
PAGE_IDS = 20


# ------------------------------------------------------------------------- synthetic channel


@dataclass(frozen=True)
class Msg:
    """One message of a synthetic channel; an album occupies `span` consecutive ids."""

    id: int
    published: datetime
    text: str
    span: int = 1
    service: bool = False
    edited: bool = False


def make_channel(
    last_id: int,
    *,
    start: datetime = datetime(2023, 1, 1, 8, 0, tzinfo=UTC),
    every: timedelta = timedelta(hours=8),
    deleted: set[int] | frozenset[int] = frozenset(),
    album_every: int = 17,
    seed: int = 7,
) -> list[Msg]:
    """Ids 1..last_id: id 1 is "Channel created", every `album_every`-th post is a 3-id album."""
    rng = random.Random(seed)
    msgs = [Msg(1, start, "Channel created", service=True)]
    number, when = 2, start
    while number <= last_id:
        when += every
        span = 3 if number % album_every == 0 and number + 2 <= last_id else 1
        if number not in deleted:
            count = rng.randint(1000, 20000)
            text = f"Пост {number}: за місяць надійшло {count:,} заявок.".replace(",", "\u00a0")
            msgs.append(Msg(number, when, text, span=span, edited=number % 11 == 0))
        number += span
    return msgs


def render_message(channel: str, msg: Msg) -> str:
    """One message widget in the preview's markup."""
    classes = "tgme_widget_message text_not_supported_wrap js-widget_message" + (
        " service_message" if msg.service else ""
    )
    text = "<br/>".join(html.escape(line) for line in msg.text.split("\n"))
    if msg.span > 1:
        media = "".join(
            f'<a class="tgme_widget_message_photo_wrap grouped_media_wrap js-message_photo" '
            f'href="https://t.me/{channel}/{msg.id + k}?single"></a>'
            for k in range(msg.span)
        )
        body = (
            '<div class="tgme_widget_message_grouped_wrap">'
            f'<div class="tgme_widget_message_grouped">{media}</div></div>'
            f'<div class="tgme_widget_message_text js-message_text" dir="auto">'
            f'<div class="tgme_widget_message_text js-message_text" dir="auto">{text}</div></div>'
        )
    else:
        body = f'<div class="tgme_widget_message_text js-message_text" dir="auto">{text}</div>'
    stamp = msg.published.isoformat()
    edited = "edited &nbsp;" if msg.edited else ""
    return (
        f'<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="{classes}" '
        f'data-post="{channel}/{msg.id}" data-view="eyJjIjoxfQ"><div class="tgme_widget_message_bubble">'
        f'<i class="tgme_widget_message_bubble_tail"></i>{body}'
        '<div class="tgme_widget_message_footer compact js-message_footer">'
        '<div class="tgme_widget_message_info short">'
        f'<span class="tgme_widget_message_views">{1000 + msg.id % 900 / 10:.1f}K</span>'
        f'<span class="copyonly"> views</span><span class="tgme_widget_message_meta">{edited}'
        f'<a class="tgme_widget_message_date" href="https://t.me/{channel}/{msg.id}">'
        f'<time datetime="{stamp}" class="time">{msg.published:%H:%M}</time></a></span></div></div>'
        f"</div></div></div>\n"
    )


def render_page(
    channel: str, msgs: list[Msg], *, before: int | None = None, more_link: bool = True, page_ids: int = PAGE_IDS
) -> str:
    """The page for `?before=` (or the newest page): messages whose first id is in the window."""
    top = before - 1 if before is not None else max(m.id + m.span - 1 for m in msgs)
    shown = [m for m in msgs if top - page_ids < m.id <= top]
    head = f'<link rel="canonical" href="/s/{channel}">'
    more = ""
    if shown and more_link and any(m.id < shown[0].id for m in msgs):
        lowest = shown[0].id
        head += f'\n<link rel="prev" href="/s/{channel}?before={lowest}">'
        more = (
            f'<div class="tgme_widget_message_centered js-messages_more_wrap"><a href="/s/{channel}?before={lowest}" '
            f'class="tme_messages_more js-messages_more" data-before="{lowest}"></a></div>'
        )
    widgets = "".join(render_message(channel, m) for m in shown) or (
        '<div class="tgme_widget_message_centered"><div class="tme_no_messages_found">No posts found</div></div>'
    )
    return (
        f'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>{channel} – Telegram</title>\n{head}\n'
        f'</head>\n<body class="widget_frame_base tgme_webpreview">\n<main class="tgme_main" data-url="/{channel}">'
        f'<div class="tgme_container"><section class="tgme_channel_history js-message_history">\n{more}\n{widgets}'
        f"</section></div></main>\n</body>\n</html>\n<!-- page generated in 4.2ms -->\n"
    )


def expected_posts(channel: str, msgs: list[Msg]) -> list[tuple[str, datetime, str, bool]]:
    """What a complete walk must return (raw and views aside), oldest first."""
    return [(f"{channel}/{m.id}", m.published, m.text, m.edited) for m in msgs if not m.service]


def summary(posts: tuple[Post, ...] | list[Post]) -> list[tuple[str, datetime, str, bool]]:
    return [(p.post_id, p.published_at, p.text, p.edited) for p in posts]


@dataclass
class ChannelServer:
    """Serves a synthetic channel at /s/<channel>; `faults[before]` is a queue of scripted failures."""

    channel: str
    msgs: list[Msg]
    more_link: bool = True
    ignore_before: bool = False
    faults: dict[int | None, list[str]] = field(default_factory=lambda: defaultdict(list))
    log: list[int | None] = field(default_factory=list)
    user_agents: list[str] = field(default_factory=list)

    def install(self, server: HTTPServer) -> None:
        server.expect_request(re.compile(rf"^/s/{self.channel}$")).respond_with_handler(self.handle)
        server.expect_request(f"/{self.channel}").respond_with_data(
            (FIXTURES / "tg_landing_not_public.html").read_bytes(), content_type="text/html"
        )

    def handle(self, request: Request) -> Response:
        before = int(request.args["before"]) if "before" in request.args else None
        self.log.append(before)
        self.user_agents.append(request.headers.get("User-Agent", ""))
        page = render_page(
            self.channel, self.msgs, before=None if self.ignore_before else before, more_link=self.more_link
        )
        queue = self.faults.get(before) or []
        fault = queue.pop(0) if queue else "ok"
        return self._respond(fault, page)

    def _respond(self, fault: str, page: str) -> Response:
        if fault == "ok":
            return Response(page, content_type="text/html; charset=utf-8")
        if fault.startswith("429"):
            headers = {"Retry-After": fault.split(":", 1)[1]} if ":" in fault else {}
            return Response("Too Many Requests", status=429, headers=headers)
        if fault.isdigit():
            return Response("oops", status=int(fault))
        if fault == "timeout":
            time.sleep(0.6)
            return Response(page, content_type="text/html; charset=utf-8")
        if fault == "truncated":
            return Response(page[: len(page) // 2], content_type="text/html; charset=utf-8")
        if fault == "noposts":
            return Response((FIXTURES / "tg_no_posts_found.html").read_bytes(), content_type="text/html")
        if fault == "redirect":
            return Response("", status=302, headers={"Location": f"/{self.channel}"})
        raise AssertionError(fault)


class Sleeps(list):
    """A `sleep` that records instead of sleeping."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


def client_for(server: HTTPServer, sleeps: Sleeps, **kwargs: object) -> TelegramPreviewClient:
    options: dict = {"min_delay_s": 0, "sleep": sleeps, "rng": random.Random(1), "timeout_s": 5} | kwargs
    return TelegramPreviewClient(server.url_for("").rstrip("/"), **options)


def serve(server: HTTPServer, msgs: list[Msg], **kwargs: object) -> ChannelServer:
    channel_server = ChannelServer(CHANNEL, msgs, **kwargs)  # type: ignore[arg-type]
    channel_server.install(server)
    return channel_server


# ------------------------------------------------------------------------------------ walks


def test_full_walk_returns_every_post_oldest_first(httpserver: HTTPServer, sleeps: Sleeps) -> None:
    msgs = make_channel(130, deleted={40, 41, 77})
    served = serve(httpserver, msgs)
    result = fetch_channel_posts(client_for(httpserver, sleeps), CHANNEL)
    assert summary(result.posts) == expected_posts(CHANNEL, msgs)
    assert result.newest_id == max(m.id for m in msgs)  # the newest widget id
    assert served.log[0] is None and len(served.log) == result.stats.requests
    assert result.stats.retries == 0 and result.stats.bytes > 0
    assert sleeps == []


def test_incremental_run_asks_only_for_new_ids(httpserver: HTTPServer, sleeps: Sleeps) -> None:
    msgs = make_channel(400)
    served = serve(httpserver, msgs)
    known = 310
    result = fetch_channel_posts(client_for(httpserver, sleeps), CHANNEL, newest_known_id=known)
    assert summary(result.posts) == [p for p in expected_posts(CHANNEL, msgs) if int(p[0].split("/")[1]) > known]
    assert len(served.log) <= math.ceil((400 - known) / PAGE_IDS) + 1
    assert all(p.numeric_id is not None and p.numeric_id <= known for p in result.known)
    assert result.newest_id == 400


def test_nothing_new_costs_one_request(httpserver: HTTPServer, sleeps: Sleeps) -> None:
    served = serve(httpserver, make_channel(100))
    result = fetch_channel_posts(client_for(httpserver, sleeps), CHANNEL, newest_known_id=100)
    assert result.posts == () and result.newest_id == 100 and served.log == [None]


def test_backfill_stops_at_not_before(httpserver: HTTPServer, sleeps: Sleeps) -> None:
    msgs = make_channel(600)
    served = serve(httpserver, msgs)
    cutoff = msgs[-1].published - timedelta(days=30)
    result = fetch_channel_posts(client_for(httpserver, sleeps), CHANNEL, not_before=cutoff)
    wanted = [p for p in expected_posts(CHANNEL, msgs) if p[1] >= cutoff]
    assert summary(result.posts) == wanted
    assert len(served.log) <= math.ceil((600 - int(wanted[0][0].split("/")[1])) / PAGE_IDS) + 2


def test_missing_more_link_walks_on_from_the_lowest_id(httpserver: HTTPServer, sleeps: Sleeps) -> None:
    msgs = make_channel(90)
    serve(httpserver, msgs, more_link=False)
    result = fetch_channel_posts(client_for(httpserver, sleeps), CHANNEL)
    assert summary(result.posts) == expected_posts(CHANNEL, msgs)


def test_gap_wider_than_a_page_is_stepped_over(httpserver: HTTPServer, sleeps: Sleeps) -> None:
    msgs = make_channel(120, deleted=set(range(50, 85)))
    served = serve(httpserver, msgs)
    result = fetch_channel_posts(client_for(httpserver, sleeps, max_attempts=2), CHANNEL)
    assert summary(result.posts) == expected_posts(CHANNEL, msgs)
    assert result.stats.retries >= 1 and len(sleeps) == result.stats.retries
    assert len(served.log) == len(set(served.log)) + result.stats.retries


def test_no_posts_found_mid_walk_is_throttling_not_the_end(httpserver: HTTPServer, sleeps: Sleeps) -> None:
    msgs = make_channel(100)
    served = serve(httpserver, msgs)
    first = render_page(CHANNEL, msgs)
    before = int(re.search(r'data-before="(\d+)"', first).group(1))  # type: ignore[union-attr]
    served.faults[before] = ["noposts", "noposts"]
    result = fetch_channel_posts(client_for(httpserver, sleeps), CHANNEL)
    assert summary(result.posts) == expected_posts(CHANNEL, msgs)
    assert served.log.count(before) == 3 and result.stats.retries == 2
    assert len(sleeps) == 2 and sleeps[1] > sleeps[0] * 0.9  # backing off, not hammering


def test_newest_page_that_stays_empty_is_an_error(httpserver: HTTPServer, sleeps: Sleeps) -> None:
    served = serve(httpserver, make_channel(30))
    served.faults[None] = ["noposts"] * 3
    with pytest.raises(FetchError, match="No posts found"):
        fetch_channel_posts(client_for(httpserver, sleeps, max_attempts=3), CHANNEL)


def test_a_server_that_ignores_before_cannot_make_the_walk_loop(httpserver: HTTPServer, sleeps: Sleeps) -> None:
    served = serve(httpserver, make_channel(100), ignore_before=True)
    with pytest.raises(FetchError, match="not moving back"):
        fetch_channel_posts(client_for(httpserver, sleeps), CHANNEL)
    assert len(served.log) == 2


# -------------------------------------------------------------------------------- failures


def test_redirect_to_landing_page_is_not_public_without_retries(httpserver: HTTPServer, sleeps: Sleeps) -> None:
    served = serve(httpserver, make_channel(30))
    served.faults[None] = ["redirect"] * 10
    with pytest.raises(ChannelNotPublicError, match="no public web preview") as excinfo:
        fetch_channel_posts(client_for(httpserver, sleeps), CHANNEL)
    assert f"/s/{CHANNEL}" in str(excinfo.value)
    assert served.log == [None] and sleeps == []


def test_server_errors_are_retried_with_growing_jittered_backoff(httpserver: HTTPServer, sleeps: Sleeps) -> None:
    msgs = make_channel(15)
    served = serve(httpserver, msgs)
    served.faults[None] = ["500", "503", "502"]
    client = client_for(httpserver, sleeps, backoff_base_s=1.0)
    result = fetch_channel_posts(client, CHANNEL)
    assert summary(result.posts) == expected_posts(CHANNEL, msgs)
    assert result.stats.requests == 4 and result.stats.retries == 3
    assert [0.5 <= sleeps[0] <= 1, 1 <= sleeps[1] <= 2, 2 <= sleeps[2] <= 4] == [True] * 3


def test_persistent_server_errors_give_up_naming_the_url(httpserver: HTTPServer, sleeps: Sleeps) -> None:
    served = serve(httpserver, make_channel(15))
    served.faults[None] = ["500"] * 10
    with pytest.raises(FetchError, match=r"/s/hotline_demo: gave up after 4 attempts; last: HTTP 500"):
        fetch_channel_posts(client_for(httpserver, sleeps, max_attempts=4), CHANNEL)
    assert len(served.log) == 4 and len(sleeps) == 3


def test_429_honours_retry_after(httpserver: HTTPServer, sleeps: Sleeps) -> None:
    served = serve(httpserver, make_channel(15))
    served.faults[None] = ["429:7", "429"]
    client = client_for(httpserver, sleeps, backoff_base_s=1.0)
    client.fetch_page(CHANNEL)
    assert sleeps[0] == 7 and 1 <= sleeps[1] <= 2  # header first, then our own backoff
    assert client.stats.requests == 3


def test_429_asking_for_too_long_fails_at_once(httpserver: HTTPServer, sleeps: Sleeps) -> None:
    served = serve(httpserver, make_channel(15))
    served.faults[None] = ["429:86400"]
    with pytest.raises(FetchError, match="asked to wait 86400s"):
        client_for(httpserver, sleeps, max_retry_after_s=600).fetch_page(CHANNEL)
    assert sleeps == []


def test_other_client_errors_are_not_retried(httpserver: HTTPServer, sleeps: Sleeps) -> None:
    served = serve(httpserver, make_channel(15))
    served.faults[None] = ["404"]
    with pytest.raises(FetchError, match="HTTP 404"):
        client_for(httpserver, sleeps).fetch_page(CHANNEL)
    assert served.log == [None]


def test_timeout_is_retried(httpserver: HTTPServer, sleeps: Sleeps) -> None:
    msgs = make_channel(15)
    served = serve(httpserver, msgs)
    served.faults[None] = ["timeout"]
    page = client_for(httpserver, sleeps, timeout_s=0.2).fetch_page(CHANNEL)
    assert [p.post_id for p in page.posts] == [f"{CHANNEL}/{m.id}" for m in msgs if not m.service]
    # The test server is single-threaded: a retry may queue behind the slow answer and time out too.
    assert len(sleeps) == len(served.log) - 1 >= 1


def test_truncated_page_is_retried_then_succeeds(httpserver: HTTPServer, sleeps: Sleeps) -> None:
    served = serve(httpserver, make_channel(15))
    served.faults[None] = ["truncated"]
    page = client_for(httpserver, sleeps).fetch_page(CHANNEL)
    assert page.highest_id == 15 and len(served.log) == 2


def test_always_malformed_page_fails_and_returns_nothing(httpserver: HTTPServer, sleeps: Sleeps) -> None:
    msgs = make_channel(60)
    served = serve(httpserver, msgs)
    second = int(re.search(r'data-before="(\d+)"', render_page(CHANNEL, msgs)).group(1))  # type: ignore[union-attr]
    served.faults[second] = ["truncated"] * 3
    with pytest.raises(FetchError, match=rf"\?before={second}: gave up.*truncated page"):
        fetch_channel_posts(client_for(httpserver, sleeps, max_attempts=3), CHANNEL)


# --------------------------------------------------------------------------- client details


def test_user_agent_min_delay_and_one_session(httpserver: HTTPServer, sleeps: Sleeps) -> None:
    served = serve(httpserver, make_channel(50))
    session = requests.Session()
    client = client_for(httpserver, sleeps, min_delay_s=30, session=session, user_agent="HotlineWatchTest/1")
    fetch_channel_posts(client, CHANNEL)
    assert set(served.user_agents) == {"HotlineWatchTest/1"}
    assert len(sleeps) == len(served.log) - 1 and all(29 < s <= 30 for s in sleeps)
    assert client._http.session is session


def test_base_host_is_configurable() -> None:
    client = TelegramPreviewClient("https://telegram.me/", sleep=lambda s: None)
    assert client.page_url("hotline_demo", before=120) == "https://telegram.me/s/hotline_demo?before=120"
    assert client.page_url("hotline_demo", after=7) == "https://telegram.me/s/hotline_demo?after=7"
    with pytest.raises(ValueError):
        client.page_url("../etc")


def test_real_page_served_then_a_generated_older_page(httpserver: HTTPServer, sleeps: Sleeps) -> None:
    older = [
        Msg(i, datetime(2023, 2, 27, 12, tzinfo=UTC) + timedelta(minutes=i - 70900), f"older {i}")
        for i in range(70969, 70989)
    ]

    def handle(request: Request) -> Response:
        if request.args.get("before") == "70989":
            return Response(render_page("topwar_official", older, before=70989), content_type="text/html")
        return Response((FIXTURES / "tg_topwar_full.html").read_bytes(), content_type="text/html")

    httpserver.expect_request("/s/topwar_official").respond_with_handler(handle)
    result = fetch_channel_posts(client_for(httpserver, sleeps), "topwar_official", newest_known_id=70975)
    ids = [p.numeric_id for p in result.posts]
    assert ids[:3] == [70976, 70977, 70978] and ids[-3:] == [71006, 71007, 71008]
    assert len(ids) == 13 + 12 and result.stats.requests == 2 and result.newest_id == 71008


# ------------------------------------------------------------------------------------ feeds


def test_rss_feed(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/news.rss").respond_with_data(
        (FIXTURES / "feeds/news.rss").read_bytes(), content_type="application/rss+xml"
    )
    url = httpserver.url_for("/news.rss")
    posts = [dataclasses.replace(p, raw="") for p in fetch_feed_posts(url)]
    assert posts == [
        Post(
            source="feed",
            channel=url,
            post_id="https://news.example/2025/02/weather",
            url="https://news.example/2025/02/weather",
            published_at=datetime(2025, 2, 4, 6, 30, tzinfo=UTC),
            text="Weather\n\nSunny, 8\u00a0°C.",
        ),
        Post(
            source="feed",
            channel=url,
            post_id="news-2025-02-05-hotline",
            url="https://news.example/2025/02/hotline-january",
            published_at=datetime(2025, 2, 5, 8, 0, tzinfo=UTC),
            text=(
                '"I Want to Find" logged 8,548 requests in January\n\n'
                "A 22% rise on December.\nMore than 60,000 requests\nsince launch & counting."
            ),
        ),
    ]


def test_atom_feed(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/news.atom").respond_with_data(
        (FIXTURES / "feeds/news.atom").read_bytes(), content_type="application/atom+xml"
    )
    (post,) = fetch_feed_posts(httpserver.url_for("/news.atom"))
    assert (post.post_id, post.url, post.published_at) == (
        "urn:demo:atom:1",
        "https://atom.example/posts/1",
        datetime(2025, 3, 4, 9, 0, tzinfo=UTC),
    )
    assert post.text == "«Хочу жить»: February figures\n\nOver 9 thousand requests.\nA record month."
    assert json.loads(post.raw)["id"] == "urn:demo:atom:1"


def test_feed_errors(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/gone").respond_with_data("", status=404)
    httpserver.expect_request("/html").respond_with_data("<html><body>not a feed", content_type="text/html")
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch_feed_posts(httpserver.url_for("/gone"))
    with pytest.raises(FetchError, match="not a readable feed"):
        fetch_feed_posts(httpserver.url_for("/html"))


# ---------------------------------------------------------------------------- local sources


def test_telegram_export() -> None:
    posts = read_telegram_export(FIXTURES / "export", channel="hotline_demo")
    assert [dataclasses.replace(p, raw="") for p in posts] == [
        Post("export", "hotline_demo", "hotline_demo/2", "https://t.me/hotline_demo/2",
             datetime(2025, 2, 4, 10, 12, tzinfo=UTC), "Проєкт «Хочу найти»: 8 548 заявок у січні."),
        Post("export", "hotline_demo", "hotline_demo/4", "https://t.me/hotline_demo/4",
             datetime(2025, 3, 3, 8, 0, tzinfo=UTC), "Лютий: понад 9 тисяч звернень.\nДеталі: https://example.org/report",
             edited=True),
        Post("export", "hotline_demo", "hotline_demo/5", "https://t.me/hotline_demo/5",
             datetime(2025, 4, 2, 9, 30, tzinfo=UTC), ""),
    ]  # fmt: skip
    assert read_telegram_export(FIXTURES / "export" / "result.json")[0].channel == "Hotline_Demo"


def test_telegram_export_unreadable(tmp_path: Path) -> None:
    (tmp_path / "result.json").write_text("{", encoding="utf-8")
    with pytest.raises(ValueError, match="not a readable Telegram export"):
        read_telegram_export(tmp_path)


def test_post_directory(tmp_path: Path) -> None:
    lines = (FIXTURES / "dev_posts.jsonl").read_text(encoding="utf-8").splitlines()[:2]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "x1", "published": "2025-01-01T02:00:00+02:00", "text": " hi \n"}) + "\n", encoding="utf-8"
    )
    (tmp_path / "ignored.txt").write_text("not a post", encoding="utf-8")
    posts = read_post_directory(tmp_path)
    first = json.loads(lines[0])
    assert posts[0] == Post("directory", "b", "x1", "", datetime(2025, 1, 1, tzinfo=UTC), "hi", raw=posts[0].raw)
    assert [p.post_id for p in posts[1:]] == [first["id"], json.loads(lines[1])["id"]]
    assert posts[1].channel == first["channel"] and posts[1].published_at.tzinfo is UTC


@pytest.mark.parametrize(
    "line",
    ['{"id": "1", "text": "no date"}', "{not json", '{"id": "1", "published": "2025-01-01T00:00:00", "text": "x"}'],
)
def test_post_directory_bad_line_names_file_and_line(tmp_path: Path, line: str) -> None:
    good = json.dumps({"id": "ok", "published": "2025-01-01T00:00:00+00:00", "text": "fine"})
    (tmp_path / "posts.jsonl").write_text(f"{good}\n{line}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"posts\.jsonl:2: "):
        read_post_directory(tmp_path)
