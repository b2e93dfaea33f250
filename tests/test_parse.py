"""Web-preview page parsing: the real saved page and one fixture per markup variant."""

from __future__ import annotations

import dataclasses
import html
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hotline.parse import ChannelPage, MalformedPageError, parse_channel_page, parse_views
from hotline.records import Post

FIXTURES = Path(__file__).parent / "fixtures"
TOPWAR_URL = "https://t.me/s/topwar_official"
DEMO_URL = "https://t.me/s/hotline_demo"


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def squash(text: str) -> str:
    """Whitespace-normalise (the real page was re-wrapped by an editor)."""
    return re.sub(r"\s+", " ", text).strip()


def without_raw(post: Post) -> Post:
    return dataclasses.replace(post, raw="")


def demo_post(number: int, published: datetime, text: str, **kwargs: object) -> Post:
    return Post(
        source="telegram",
        channel="hotline_demo",
        post_id=f"hotline_demo/{number}",
        url=f"https://t.me/hotline_demo/{number}",
        published_at=published,
        text=text,
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.fixture(scope="module")
def topwar() -> ChannelPage:
    return parse_channel_page(fixture("tg_topwar_full.html"), TOPWAR_URL)


@pytest.fixture(scope="module")
def variants() -> ChannelPage:
    return parse_channel_page(fixture("tg_markup_variants.html"), DEMO_URL)


def by_id(page: ChannelPage) -> dict[int, Post]:
    return {p.numeric_id or 0: p for p in page.posts}


# ------------------------------------------------------------------------------ the real page


def test_real_page_widgets_ids_and_paging(topwar: ChannelPage) -> None:
    assert topwar.channel == "topwar_official"
    assert topwar.has_history and not topwar.no_posts_found
    assert topwar.message_ids == (70989, 70990, 70992, 70995, 70996, 70997, 70998, 70999, 71000, 71006, 71007, 71008)
    assert (topwar.lowest_id, topwar.highest_id) == (70989, 71008)
    assert topwar.before_id == 70989
    assert [p.numeric_id for p in topwar.posts] == list(topwar.message_ids)  # oldest first


def test_real_page_first_post_whole_record(topwar: ChannelPage) -> None:
    post = topwar.posts[0]
    assert post.raw.startswith("<div") and 'data-post="topwar_official/70989"' in post.raw
    expected = Post(
        source="telegram",
        channel="topwar_official",
        post_id="topwar_official/70989",
        url="https://t.me/topwar_official/70989",
        published_at=datetime(2023, 2, 28, 7, 47, 53, tzinfo=UTC),
        text=(
            "В Санкт-Петербурге в небо над городом подняли истребители из-за неизвестного объекта в "
            "воздухе, аэропорт Пулково не принимает самолеты, сообщает Baza.\nСудя по сервису "
            "Flightradar, гражданские самолеты не приближаются к Санкт-Петербургу."
        ),
        views=37200,
    )
    assert without_raw(post) == expected


def test_real_page_album_caption_read_once(topwar: ChannelPage) -> None:
    posts = by_id(topwar)
    assert (
        squash(posts[71000].text) == "Последствия ночного удара БПЛА-камикадзе ВСУ по нефтебазе в Туапсе сегодня ночью."
    )
    assert posts[70992].text.count("Сегодня ночью в Республике") == 1


def test_real_page_forward_text_is_the_message_not_the_source(topwar: ChannelPage) -> None:
    text = by_id(topwar)[70996].text
    assert text.startswith("Информация о том, что")
    assert "Forwarded from" not in text and "Военкор Ярем" not in text
    assert "Милитарист" not in text  # the link preview card is not message text
    assert text.endswith("@yaremshooter")
    assert "\n\nКроме этого" in text  # <br/><br/> kept as an empty line


def test_real_page_entities_decoded_and_times_utc(topwar: ChannelPage) -> None:
    posts = by_id(topwar)
    assert posts[70995].text.startswith('План "Ковер" отменен')
    assert all(p.published_at.tzinfo is UTC for p in topwar.posts)
    assert [p.views for p in topwar.posts][-1] == 14900
    assert not any(p.edited for p in topwar.posts)


def test_bytes_and_str_parse_the_same() -> None:
    raw = (FIXTURES / "tg_topwar_full.html").read_bytes()
    assert parse_channel_page(raw, TOPWAR_URL) == parse_channel_page(raw.decode(), TOPWAR_URL)


# -------------------------------------------------------------------------- markup variants


def test_variant_text_with_br_entities_nbsp_emoji_and_link(variants: ChannelPage) -> None:
    assert without_raw(by_id(variants)[2]) == demo_post(
        2,
        datetime(2025, 2, 4, 10, 12, tzinfo=UTC),  # +02:00 in the page
        "❗ Проєкт «Хочу найти»: 8\u00a0548 заявок у січні & 22% більше\n\nДеталі: звіт",
        views=987,
    )


def test_variant_reply_quote_is_not_the_text(variants: ChannelPage) -> None:
    assert without_raw(by_id(variants)[3]) == demo_post(
        3, datetime(2025, 2, 4, 11, 0, tzinfo=UTC), "Уточнення: у грудні було 7\u00a0007.", views=1200
    )


def test_variant_edited_post(variants: ChannelPage) -> None:
    assert without_raw(by_id(variants)[4]) == demo_post(
        4,
        datetime(2025, 3, 3, 8, 0, tzinfo=UTC),
        "За лютий надійшло понад 9 тисяч звернень.",
        edited=True,
        views=3_100_000,
    )


def test_variant_album_nested_caption_once(variants: ChannelPage) -> None:
    assert without_raw(by_id(variants)[5]) == demo_post(
        5, datetime(2025, 4, 2, 9, 30, tzinfo=UTC), "Інфографіка за березень: 10\u00a0120 заявок.", views=45600
    )


def test_variant_forwarded(variants: ChannelPage) -> None:
    assert without_raw(by_id(variants)[8]) == demo_post(
        8, datetime(2025, 4, 5, 10, 0, tzinfo=UTC), "Пересланий допис про «Хочу жити».", views=12
    )


def test_variant_media_without_caption_is_a_post_with_empty_text(variants: ChannelPage) -> None:
    assert without_raw(by_id(variants)[11]) == demo_post(11, datetime(2025, 4, 6, 10, 0, tzinfo=UTC), "", views=2000)


def test_variant_service_message_counts_as_id_but_not_post(variants: ChannelPage) -> None:
    assert 1 not in by_id(variants)
    assert variants.message_ids == (1, 2, 3, 4, 5, 8, 11)  # gaps: album ids 6-7, deleted 9-10
    assert variants.lowest_id == 1


def test_variant_before_id_from_link_rel_prev_when_more_link_missing(variants: ChannelPage) -> None:
    assert variants.before_id == 1


def test_no_paging_link_at_all_gives_none() -> None:
    page = fixture("tg_markup_variants.html").replace('<link rel="prev" href="/s/hotline_demo?before=1">', "")
    assert parse_channel_page(page, DEMO_URL).before_id is None


def test_class_tokens_not_whole_strings() -> None:
    page = fixture("tg_markup_variants.html").replace(
        'class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="hotline_demo/8"',
        'class="js-widget_message  tgme_widget_message\tother" data-post="hotline_demo/8"',
    )
    assert 8 in by_id(parse_channel_page(page, DEMO_URL))


def test_no_posts_found() -> None:
    page = parse_channel_page(fixture("tg_no_posts_found.html"), DEMO_URL + "?before=400")
    assert page == ChannelPage(
        channel="hotline_demo",
        url=DEMO_URL + "?before=400",
        posts=(),
        before_id=None,
        has_history=True,
        no_posts_found=True,
    )
    assert page.lowest_id is None and page.highest_id is None


def test_landing_page_has_no_history() -> None:
    page = parse_channel_page(fixture("tg_landing_not_public.html"), "https://t.me/hotline_demo")
    assert page == ChannelPage("hotline_demo", "https://t.me/hotline_demo", (), None, False, False)


# ------------------------------------------------------------------------------ malformed


@pytest.mark.parametrize(
    ("body", "complaint"),
    [
        (fixture("tg_truncated.html"), "truncated"),
        ("", "empty"),
        ("<html><body><p>Bad gateway</p></body></html>", "neither a channel history"),
        (fixture("tg_markup_variants.html").replace('"hotline_demo/4"', '"hotline_demo/four"'), "data-post"),
        (fixture("tg_markup_variants.html").replace('datetime="2025-03-03T08:00:00+00:00"', ""), "hotline_demo/4"),
        (
            fixture("tg_markup_variants.html").replace("2025-03-03T08:00:00+00:00", "yesterday"),
            "unreadable time",
        ),
        (fixture("tg_markup_variants.html").replace("2025-03-03T08:00:00+00:00", "2025-03-03T08:00:00"), "offset"),
    ],
    ids=["truncated", "empty", "not-telegram", "bad-data-post", "no-time", "bad-time", "naive-time"],
)
def test_malformed_pages_name_the_url_and_the_defect(body: str, complaint: str) -> None:
    url = DEMO_URL + "?before=99"
    with pytest.raises(MalformedPageError) as excinfo:
        parse_channel_page(body, url)
    assert url in str(excinfo.value) and complaint in str(excinfo.value)


# ----------------------------------------------------------------------------------- views


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("987", 987), ("1.2K", 1200), ("37.2K", 37200), ("3.1M", 3_100_000), ("2K", 2000), ("1,5K", 1500), ("?", None)],
)
def test_parse_views(raw: str, expected: int | None) -> None:
    assert parse_views(raw) == expected


# ----------------------------------------------------------------------- text round trip

_LINES = st.lists(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\u0085"),
        max_size=40,
    ),
    min_size=1,
    max_size=5,
)


@given(_LINES)
def test_text_round_trips_through_the_markup(lines: list[str]) -> None:
    """Whatever Telegram escapes and joins with <br/> comes back (ASCII whitespace collapsed)."""
    body = "<br/>".join(html.escape(line) for line in lines)
    page = fixture("tg_markup_variants.html").replace("За лютий надійшло понад 9 тисяч звернень.", body)
    text = by_id(parse_channel_page(page, DEMO_URL))[4].text
    expected = "\n".join(re.sub(r"[ \t\n\r\f]+", " ", line).strip(" ") for line in lines).strip()
    assert text == expected


def test_a_post_holding_the_line_break_marker_keeps_it():
    # Line breaks are marked with a private-use character inside the parser: a post that holds that very
    # character (U+E000, also as a character reference) must come back whole, with its lines.
    for body in ("a\ue000b<br/>c", "a&#57344;b<br/>c"):
        page = fixture("tg_markup_variants.html").replace("За лютий надійшло понад 9 тисяч звернень.", body)
        assert by_id(parse_channel_page(page, DEMO_URL))[4].text == "a\ue000b\nc"


def test_parsed_posts_are_the_posts_their_own_constructor_builds(topwar: ChannelPage, variants: ChannelPage):
    # The parser fills each Post's fields without calling Post.__init__ (for speed): every field must
    # be set, in declaration order, and the result must be indistinguishable from an ordinary Post.
    names = [field.name for field in dataclasses.fields(Post)]
    for post in (*topwar.posts, *variants.posts):
        assert list(vars(post)) == names
        rebuilt = Post(**vars(post))
        assert post == rebuilt and hash(post) == hash(rebuilt) and repr(post) == repr(rebuilt)
        with pytest.raises(dataclasses.FrozenInstanceError):
            post.text = "changed"  # type: ignore[misc]
