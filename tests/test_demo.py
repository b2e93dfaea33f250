"""The offline demo channel: generated posts, t.me-shaped pages and the loopback server."""

from __future__ import annotations

import http.client
import re
import urllib.request
from datetime import datetime
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from hotline import fetch, parse
from hotline.demo import (
    DEMO_CHANNEL,
    NBSP,
    PAGE_SIZE,
    DemoChannelServer,
    format_count,
    generate_demo_posts,
    load_demo_series,
    main,
    page_plan,
    render_channel_page,
)
from hotline.extract.lang import uk
from hotline.months import UK_MONTHS_GENITIVE as GEN
from hotline.months import UK_MONTHS_LOCATIVE as LOC
from hotline.months import UK_MONTHS_NOMINATIVE as NOM
from hotline.records import Post

RECORD_WORDING = re.compile(r"рекорд|найбільша кількість", re.IGNORECASE)


@pytest.fixture(scope="module")
def posts() -> list[Post]:
    return generate_demo_posts()


@pytest.fixture(scope="module")
def server(posts: list[Post]):
    with DemoChannelServer({DEMO_CHANNEL: posts}) as running:
        yield running


def reports(posts: list[Post]) -> dict[str, Post]:
    """Month → the one post stating that month's demo value (asserts there is exactly one)."""
    found = {}
    for _, month, value in load_demo_series():
        matching = [p for p in posts if format_count(value) in p.text]
        assert len(matching) == 1, f"{month}: {len(matching)} posts state {format_count(value)!r}"
        found[month] = matching[0]
    return found


def get(url: str) -> tuple[str, str]:
    """(final URL after redirects, body) over loopback."""
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.geturl(), response.read().decode("utf-8")


def widget_ids(page: str) -> list[int]:
    tree = LexborHTMLParser(page)
    return [int(w.attributes["data-post"].split("/")[1]) for w in tree.css("div.tgme_widget_message[data-post]")]


def data_before(page: str) -> int | None:
    more = LexborHTMLParser(page).css_first("a.tme_messages_more[data-before]")
    return None if more is None else int(more.attributes["data-before"])


# --------------------------------------------------------------------------- series and posts


def test_month_names_are_forms_the_extractor_reads() -> None:
    """The demo writes its months from hotline.months; each form must be one the extractor knows."""
    for index, forms in enumerate(zip(NOM, GEN, LOC, strict=True)):
        assert set(forms) <= set(uk.MONTHS[index + 1]), forms
    assert GEN == uk.DATE_MONTHS  # "9 січня 2024 року"


def test_demo_series_matches_the_public_totals() -> None:
    rows = load_demo_series()
    assert rows[0] == ("i_want_to_find", "2024-01", 1240)
    assert rows[-1] == ("i_want_to_find", "2025-10", 9243)
    assert len(rows) == 22
    assert sum(v for _, m, v in rows if m.startswith("2024")) == 52_052


def test_generation_is_deterministic(posts: list[Post]) -> None:
    assert generate_demo_posts() == posts
    other = generate_demo_posts(seed=8)
    assert [p.text for p in other] != [p.text for p in posts]
    reports(other)  # every seed still states every month exactly once


def test_channel_name_is_used_everywhere() -> None:
    renamed = generate_demo_posts("other_demo")
    assert all(p.channel == "other_demo" and p.post_id.startswith("other_demo/") for p in renamed)
    assert all('data-post="other_demo/' in p.raw for p in renamed)


def test_every_month_has_one_report_in_the_following_month(posts: list[Post]) -> None:
    for month, post in reports(posts).items():
        year, mon = int(month[:4]), int(month[5:])
        assert (post.published_at.year, post.published_at.month) == (year + mon // 12, mon % 12 + 1), month
        assert "«Хочу найти»" in post.text, month
        names = (GEN[mon - 1], LOC[mon - 1], NOM[mon - 1])
        assert any(re.search(rf"\b{name}\b", post.text) for name in names), month
        value = next(v for _, m, v in load_demo_series() if m == month)
        if value >= 1000:  # the separator is a no-break space, never a plain one
            assert format_count(value).replace(NBSP, " ") not in post.text
            assert NBSP in format_count(value)


def test_reports_name_the_month_without_a_year(posts: list[Post]) -> None:
    for month, post in reports(posts).items():
        years = re.findall(r"\b20\d\d\b", post.text)
        # Only the December report names a year: the yearly total "за 2024 рік".
        assert years == (["2024"] if month == "2024-12" else []), month


def test_publication_days_follow_reality(posts: list[Post]) -> None:
    by_month = reports(posts)
    assert by_month["2025-05"].published_at.date().isoformat() == "2025-06-12"
    assert by_month["2025-01"].published_at.isoformat() == "2025-02-04T10:12:00+00:00"
    for month, post in by_month.items():
        if month != "2025-05":
            assert 3 <= post.published_at.day <= 6, month


def test_record_wording_only_where_the_source_claims_a_record(posts: list[Post]) -> None:
    by_month = reports(posts)
    claimed = {m for m, p in by_month.items() if RECORD_WORDING.search(p.text)}
    assert claimed == {"2025-01", "2025-05"}
    assert "найбільша кількість звернень за місяць від початку роботи проєкту" in by_month["2025-01"].text
    others = [p for p in posts if p not in by_month.values()]
    assert not [p.post_id for p in others if RECORD_WORDING.search(p.text)]


def test_public_figures_and_totals(posts: list[Post]) -> None:
    by_month = reports(posts)
    assert "на 22% більше, ніж у грудні" in by_month["2025-01"].text
    assert "понад 60 тисяч" in by_month["2025-01"].text
    assert f"52{NBSP}052" in by_month["2024-12"].text
    assert f"100{NBSP}324" in by_month["2025-05"].text
    assert "понад 144 тисячі" in by_month["2025-10"].text
    assert "близько 300 звернень щодня" in by_month["2025-10"].text
    totals = [p for p in by_month.values() if "з моменту запуску" in p.text]
    assert 5 <= len(totals) < len(by_month)  # "some posts", not all


def test_running_totals_are_rounded_down(posts: list[Post]) -> None:
    cumulative = 0
    by_month = reports(posts)
    for _, month, value in load_demo_series():
        cumulative += value
        match = re.search(r"понад (\d+) тисяч", by_month[month].text)
        if match:
            assert int(match.group(1)) == cumulative // 1000, month


def test_ids_launch_gaps_album_and_noise(posts: list[Post]) -> None:
    ids = [p.numeric_id for p in posts]
    assert ids[0] == 1 and ids == sorted(set(ids))
    assert [p.published_at for p in posts] == sorted(p.published_at for p in posts)
    first = posts[0]
    assert first.published_at.date().isoformat() == "2024-01-09" and "«Хочу найти»" in first.text
    assert len(set(range(1, ids[-1] + 1)) - set(ids)) >= 4  # deleted ids (and the album's 2nd id)
    albums = [p for p in posts if "tgme_widget_message_grouped_wrap" in p.raw]
    assert len(albums) == 1 and f"/{albums[0].numeric_id + 1}?single" in albums[0].raw
    assert any(p.edited for p in posts)
    report_ids = {p.post_id for p in reports(posts).values()}
    noise = [p for p in posts if p.post_id not in report_ids]
    for year, mon in [(y, m) for y in (2024, 2025) for m in range(1, 13) if (y, m) <= (2025, 10)]:
        count = sum(1 for p in noise if (p.published_at.year, p.published_at.month) == (year, mon))
        assert 2 <= count <= 5, (year, mon, count)
    assert any("обмін полоненими" in p.text for p in noise)
    assert any("«Хочу жити»" in p.text and not re.search(r"\d{3}", p.text) for p in noise)
    assert any("4 лютого" in p.text and "2025 року" in p.text for p in noise)


# --------------------------------------------------------------------------- markup


def test_page_has_the_web_preview_structure(posts: list[Post]) -> None:
    page = render_channel_page(DEMO_CHANNEL, posts)
    tree = LexborHTMLParser(page)
    history = tree.css_first("section.tgme_channel_history")
    assert history is not None
    wraps = history.css("div.tgme_widget_message_wrap")
    widgets = history.css("div.tgme_widget_message_wrap > div.tgme_widget_message")
    assert len(wraps) == len(widgets) > 0
    for widget in widgets:
        assert {"text_not_supported_wrap", "js-widget_message"} <= set(widget.attributes["class"].split())
        assert re.fullmatch(rf"{DEMO_CHANNEL}/\d+", widget.attributes["data-post"])
        assert widget.css_first("div.tgme_widget_message_bubble > div.tgme_widget_message_text.js-message_text")
        info = widget.css_first("div.tgme_widget_message_info")
        assert info.css_first("span.tgme_widget_message_views") is not None
        stamp = info.css_first("span.tgme_widget_message_meta > a.tgme_widget_message_date > time[datetime]")
        assert datetime.fromisoformat(stamp.attributes["datetime"]).utcoffset().total_seconds() == 0
    ids = widget_ids(page)
    assert ids == sorted(ids) and ids[-1] == posts[-1].numeric_id
    assert ids[0] > ids[-1] - PAGE_SIZE
    assert data_before(page) == ids[0]
    assert tree.css_first("link[rel=prev]").attributes["href"] == f"/s/{DEMO_CHANNEL}?before={ids[0]}"
    assert tree.css_first("link[rel=canonical]").attributes["href"] == f"/s/{DEMO_CHANNEL}?before={ids[-1] + 1}"
    assert ("<br/>" in page and NBSP in page and "&#x27;" in page) or "'" not in page


def test_edited_label_and_album_markup(posts: list[Post]) -> None:
    edited = next(p for p in posts if p.edited)
    page = render_channel_page(DEMO_CHANNEL, posts, before=edited.numeric_id + 1)
    widget = LexborHTMLParser(page).css_first(f'div.tgme_widget_message[data-post="{edited.post_id}"]')
    assert "edited" in widget.css_first("span.tgme_widget_message_meta").text()
    album = next(p for p in posts if "grouped_wrap" in p.raw)
    page = render_channel_page(DEMO_CHANNEL, posts, before=album.numeric_id + 2)
    assert album.numeric_id + 1 not in widget_ids(page)


def test_plain_posts_are_escaped(posts: list[Post]) -> None:
    when = datetime.fromisoformat("2025-02-04T10:12:00+00:00")
    tricky = Post("telegram", "x_demo", "x_demo/3", "https://t.me/x_demo/3", when, "a <b>&\"'\nline two")
    page = render_channel_page("x_demo", [tricky])
    assert "a &lt;b&gt;&amp;&quot;&#x27;<br/>line two" in page
    assert data_before(page) is None


def test_paging_windows_are_twenty_ids(posts: list[Post]) -> None:
    page = render_channel_page(DEMO_CHANNEL, posts, before=50)
    assert all(30 <= i < 50 for i in widget_ids(page))
    page = render_channel_page(DEMO_CHANNEL, posts, after=50)
    assert all(50 < i <= 70 for i in widget_ids(page))
    tree = LexborHTMLParser(page)
    assert tree.css_first("a.tme_messages_more[data-after]") is not None
    assert tree.css_first("link[rel=next]") is not None


def test_empty_page_says_no_posts_found(posts: list[Post]) -> None:
    for page in (
        render_channel_page(DEMO_CHANNEL, posts, before=1),
        render_channel_page(DEMO_CHANNEL, posts, after=posts[-1].numeric_id),
        render_channel_page(DEMO_CHANNEL, []),
    ):
        tree = LexborHTMLParser(page)
        found = tree.css_first(".tgme_channel_history .tme_no_messages_found")
        assert found is not None and found.text().strip() == "No posts found"
        assert not tree.css("div.tgme_widget_message") and data_before(page) is None


# --------------------------------------------------------------------------- server


def test_walking_back_visits_every_post_once(server: DemoChannelServer, posts: list[Post]) -> None:
    start = server.request_count
    seen: list[int] = []
    url = server.channel_url()
    pages = 0
    while True:
        _, page = get(url)
        pages += 1
        seen.extend(widget_ids(page))
        before = data_before(page)
        if before is None:
            break
        url = f"{server.channel_url()}?before={before}"
        assert pages < 50
    assert sorted(seen) == [p.numeric_id for p in posts]
    assert len(seen) == len(set(seen))
    assert min(seen) == 1
    assert pages == len(page_plan(posts))
    assert server.request_count - start == pages


def test_after_param_over_http(server: DemoChannelServer, posts: list[Post]) -> None:
    _, page = get(f"{server.channel_url()}?after=0")
    ids = widget_ids(page)
    assert ids[0] == 1 and ids[-1] <= PAGE_SIZE
    _, page = get(f"{server.channel_url()}?after={posts[-1].numeric_id}")
    assert "No posts found" in page


def test_before_one_over_http(server: DemoChannelServer) -> None:
    _, page = get(f"{server.channel_url()}?before=1")
    assert LexborHTMLParser(page).css_first(".tgme_channel_history .tme_no_messages_found") is not None


def test_unknown_channel_redirects_to_a_landing_page(server: DemoChannelServer) -> None:
    host, port = server.base_url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    connection.request("GET", "/s/no_such_demo")
    response = connection.getresponse()
    response.read()
    connection.close()
    assert response.status == 302 and response.getheader("Location") == "/no_such_demo"
    final_url, page = get(f"{server.base_url}/s/no_such_demo")
    assert final_url == f"{server.base_url}/no_such_demo"
    tree = LexborHTMLParser(page)
    assert tree.css_first(".tgme_channel_history") is None
    assert tree.css_first(".tgme_page") is not None


def test_channel_names_match_case_insensitively(server: DemoChannelServer) -> None:
    final_url, page = get(f"{server.base_url}/s/{DEMO_CHANNEL.upper()}")
    assert "/s/" in final_url and f'data-post="{DEMO_CHANNEL}/' in page


def test_posts_jsonl(server: DemoChannelServer, posts: list[Post]) -> None:
    _, body = get(f"{server.base_url}/demo/posts.jsonl")
    assert len(body.splitlines()) == len(posts)


def test_server_closes_cleanly(posts: list[Post]) -> None:
    with DemoChannelServer({DEMO_CHANNEL: posts[:3]}) as srv:
        url = srv.channel_url()
        assert widget_ids(get(url)[1]) == [p.numeric_id for p in posts[:3]]
        assert srv.request_count == 1
    with pytest.raises(OSError):
        get(url)
    with pytest.raises(RuntimeError):
        _ = srv.base_url


def test_write_pages(tmp_path: Path, posts: list[Post], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["write-pages", str(tmp_path)]) == 0
    pages = sorted(tmp_path.glob("*.html"))
    assert len(pages) == len(page_plan(posts))
    ids = [i for path in pages for i in widget_ids(path.read_text(encoding="utf-8"))]
    assert sorted(ids) == [p.numeric_id for p in posts]
    assert "wrote" in capsys.readouterr().out


# --------------------------------------------------------------------------- the real parser


def test_parser_reads_the_pages_back(posts: list[Post]) -> None:
    parsed: list[Post] = []
    for before in page_plan(posts):
        url = f"https://t.me/s/{DEMO_CHANNEL}" + ("" if before is None else f"?before={before}")
        page = parse.parse_channel_page(render_channel_page(DEMO_CHANNEL, posts, before=before), url)
        assert page.has_history and page.channel == DEMO_CHANNEL
        parsed.extend(page.posts)
    parsed.sort(key=lambda p: p.numeric_id or 0)

    def key(p: Post) -> tuple[object, ...]:
        return (p.post_id, p.published_at, p.text, p.edited, p.views, p.url)

    assert [key(p) for p in parsed] == [key(p) for p in posts]


def test_parser_sees_no_posts_and_landing(server: DemoChannelServer) -> None:
    url = f"{server.channel_url()}?before=1"
    assert parse.parse_channel_page(get(url)[1], url).no_posts_found
    final_url, body = get(f"{server.base_url}/s/no_such_demo")
    assert not parse.parse_channel_page(body, final_url).has_history


# --------------------------------------------------------------------------- the live-channel client


def test_live_client_walks_the_demo_channel(server: DemoChannelServer, posts: list[Post]) -> None:
    client = fetch.TelegramPreviewClient(server.base_url, min_delay_s=0, max_attempts=1)
    result = fetch.fetch_channel_posts(client, DEMO_CHANNEL)
    assert [(p.post_id, p.published_at, p.text) for p in result.posts] == [
        (p.post_id, p.published_at, p.text) for p in posts
    ]
    assert result.newest_id == posts[-1].numeric_id
    incremental = fetch.fetch_channel_posts(client, DEMO_CHANNEL, newest_known_id=posts[-5].numeric_id)
    assert [p.post_id for p in incremental.posts] == [p.post_id for p in posts[-4:]]
    with pytest.raises(fetch.ChannelNotPublicError):
        client.fetch_page("no_such_demo")


def test_the_channel_name_imports_without_the_generator_renderer_or_server() -> None:
    """The API server's page and the alerts import DEMO_CHANNEL and demo_post_url: that loads the
    tiny hotline.demo.constants, not the post generator, the HTML renderer or the HTTP server."""
    import subprocess
    import sys

    code = ("import sys; from hotline.demo import DEMO_CHANNEL, demo_post_url; "
            "print(sorted(m for m in sys.modules if m.startswith('hotline.demo.') or m == 'http.server'))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.split() == ["['hotline.demo.constants']"]
