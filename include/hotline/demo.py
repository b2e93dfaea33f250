"""Offline demo channel: Telegram-shaped posts and pages built from the DEMO series.

**This is a demo, not the real series.** The posts are generated from `demo_series.csv`, a
monthly «Хочу найти» series modeled on the real one: only 2025-01 (8 548), 2025-05 (12 320) and
2025-10 (9 243) carry figures the Coordination Headquarters published; every other month is
synthetic, chosen so that the published totals and comparisons still hold (2024 sums to 52 052,
January 2025 is +22% on December, running totals 60 600 / 100 324 / 144 138). The posts are
written in Ukrainian in the style of the center's channel, but none of them is a real post;
phone numbers and bot handles in them are placeholders.

What it gives:
- `generate_demo_posts()`: one monthly report per demo month (published on the 3rd–6th of the
  following month; the May 2025 report on 12 June, as in reality) plus realistic noise between
  reports (prisoner exchanges, hotline reminders, dates with years), with increasing message ids,
  a few deleted ids and one album that occupies two ids;
- `render_channel_page()`: the HTML `https://t.me/s/<channel>` serves, with the same markup and
  the same paging (`?before=N` / `?after=N`, 20 message ids a page, "No posts found");
- `DemoChannelServer`: a loopback HTTP server with Telegram's routes, so `make demo` and the
  tests fetch the demo channel with the very client used for the live channel.

Command line::

    python -m hotline.demo serve [--port P] [--channel NAME]
    python -m hotline.demo write-pages DIR [--channel NAME]
"""

from __future__ import annotations

import argparse
import base64
import csv
import html
import io
import json
import random
import re
import signal
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

from hotline.records import Post

__all__ = [
    "DEMO_CHANNEL",
    "NBSP",
    "PAGE_SIZE",
    "RECORD_MONTHS",
    "DemoChannelServer",
    "demo_post_url",
    "format_count",
    "format_views",
    "generate_demo_posts",
    "load_demo_series",
    "main",
    "page_plan",
    "posts_to_jsonl",
    "render_channel_page",
    "render_landing_page",
    "render_post_page",
    "render_post_widget",
    "write_pages",
]

DEMO_CHANNEL = "koordshtab_demo"
PAGE_SIZE = 20  # message ids per web-preview page, as on t.me
TELEGRAM = "https://t.me"
SERIES_ID = "i_want_to_find"
# The only months the source itself calls records (see the notes in demo_series.csv).
RECORD_MONTHS = frozenset({"2025-01", "2025-05"})
NBSP = "\u00a0"

_LAUNCH = datetime(2024, 1, 9, 10, 0, tzinfo=UTC)
# Reports whose publication time the public record fixes (the rest fall on the 3rd–6th).
_PINNED_REPORTS = {
    "2025-01": datetime(2025, 2, 4, 10, 12, tzinfo=UTC),
    "2025-05": datetime(2025, 6, 12, 14, 5, tzinfo=UTC),
    "2025-10": datetime(2025, 11, 4, 10, 0, tzinfo=UTC),
}
_NOTABLE_CHANGE_PCT = 12  # month-over-month changes the center would bother to mention

_NOM = ("січень", "лютий", "березень", "квітень", "травень", "червень",
        "липень", "серпень", "вересень", "жовтень", "листопад", "грудень")  # fmt: skip
_GEN = ("січня", "лютого", "березня", "квітня", "травня", "червня",
        "липня", "серпня", "вересня", "жовтня", "листопада", "грудня")  # fmt: skip
_LOC = ("січні", "лютому", "березні", "квітні", "травні", "червні",
        "липні", "серпні", "вересні", "жовтні", "листопаді", "грудні")  # fmt: skip

# Placeholders, on purpose: a demo must not send anyone to a real phone or bot.
_FIND_BOT = "@hochu_najti_demo_bot"
_LIVE_BOT = "@hochu_zhyt_demo_bot"
_LIVE_PHONE = "+38 000 000 00 00"


# --------------------------------------------------------------------------- the series


def load_demo_series() -> list[tuple[str, str, int]]:
    """The packaged demo series as (series, "YYYY-MM", requests), oldest month first."""
    text = resources.files("hotline").joinpath("demo_series.csv").read_text(encoding="utf-8")
    rows = [(r["series"], r["month"], int(r["requests"])) for r in csv.DictReader(io.StringIO(text))]
    return sorted(rows, key=lambda row: (row[0], row[1]))


def format_count(value: int) -> str:
    """`8548` → `8 548` with a no-break space (U+00A0), as the center writes numbers."""
    return f"{value:,}".replace(",", NBSP)


def _plural(n: int, one: str, few: str, many: str) -> str:
    """The Ukrainian noun form that agrees with the number n (1 заявка, 2 заявки, 5 заявок)."""
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


# --------------------------------------------------------------------------- report texts


@dataclass(frozen=True)
class _Month:
    """One demo month and what a report about it may say."""

    month: str  # "YYYY-MM"
    value: int
    prev: int | None
    cumulative: int
    index: int  # position in the series (0 = January 2024, the partial launch month)

    @property
    def m(self) -> int:
        return int(self.month[5:]) - 1

    @property
    def days(self) -> int:
        year, month = int(self.month[:4]), int(self.month[5:])
        following = datetime(year + month // 12, month % 12 + 1, 1)
        return (following - datetime(year, month, 1)).days


def _change_sentence(mo: _Month) -> str:
    """ "на 22% більше, ніж у грудні" when notable (or a record); empty otherwise."""
    # February 2024 against a partial January would be a meaningless jump.
    if mo.prev is None or mo.index < 2:
        return ""
    pct = round(abs(mo.value - mo.prev) * 100 / mo.prev)
    if pct < _NOTABLE_CHANGE_PCT and mo.month not in RECORD_MONTHS:
        return ""
    direction = "більше" if mo.value > mo.prev else "менше"
    return f"на {pct}% {direction}, ніж у {_LOC[(mo.m - 1) % 12]}"


def _value_sentence(mo: _Month, template: int) -> str:
    """The sentence that states the month's count, in one of four of the center's phrasings."""
    n = format_count(mo.value)
    req = _plural(mo.value, "заявку", "заявки", "заявок")
    if template == 0:
        return (
            f"Проєкт «Хочу найти»: підсумки {_GEN[mo.m]}.\nУ {_LOC[mo.m]} родини військових "
            f"держави-агресора надіслали {n} {req} про пошук рідних, що зникли безвісти."
        )
    if template == 1:
        verb = _plural(mo.value, "надійшла", "надійшли", "надійшло")
        noun = _plural(mo.value, "заявка", "заявки", "заявок")
        return (
            f"За {_NOM[mo.m]} до проєкту «Хочу найти» {verb} {n} {noun} від родичів російських "
            "військових, які зникли безвісти на війні проти України."
        )
    if template == 2:
        return (
            "Росіяни й надалі шукають своїх військових, яких командування кинуло напризволяще. "
            f"Лише у {_LOC[mo.m]} проєкт «Хочу найти» отримав {n} {req}."
        )
    noun = _plural(mo.value, "звернення", "звернення", "звернень")
    return (
        f"«Хочу найти»: {n} {noun} за {_NOM[mo.m]}.\nСаме стільки разів у {_LOC[mo.m]} родичі "
        "російських військових просили допомогти знайти зниклих безвісти."
    )


def _record_or_change(mo: _Month) -> str:
    """The record claim (only where the source makes one) and/or the month-over-month change."""
    change = _change_sentence(mo)
    if mo.month == "2025-01":
        return f"Це найбільша кількість звернень за місяць від початку роботи проєкту — {change}."
    if mo.month == "2025-05":
        return f"Це рекорд за весь час роботи проєкту: {change}."
    return f"Це {change}." if change else ""


def _total_sentence(mo: _Month) -> str:
    """Running total since launch, when it crossed a round 10 000 this month (or is public)."""
    if mo.month == "2024-12":
        return f"Загалом за 2024 рік до проєкту надійшло {format_count(mo.cumulative)} заявки."
    if mo.month == "2025-05":
        return (
            "Загальна кількість звернень з моменту запуску проєкту перевищила 100 тисяч — "
            f"їх уже {format_count(mo.cumulative)}."
        )
    crossed = mo.cumulative // 10_000 > (mo.cumulative - mo.value) // 10_000
    if not crossed and mo.month not in _PINNED_REPORTS:
        return ""
    k = mo.cumulative // 1000  # "понад N тисяч" is always rounded down
    thousand = _plural(k, "тисячу", "тисячі", "тисяч")
    return f"Всього з моменту запуску проєкту надійшло понад {k} {thousand} заявок."


def _extra_sentences(mo: _Month, rng: random.Random, reserved: frozenset[str]) -> list[str]:
    """Optional boilerplate: daily rate, the 2–3× multiplier, confirmed POWs (not a count!)."""
    extra = []
    if mo.month == "2025-10":
        daily = int(round(mo.value / mo.days, -1))  # 9 243 / 31 → "близько 300 звернень щодня"
        extra.append(f"У середньому це близько {daily} звернень щодня.")
    elif rng.random() < 0.25:
        daily = round(mo.value / mo.days)
        noun = _plural(daily, "звернення", "звернення", "звернень")
        extra.append(f"У середньому щодня надходило {daily} {noun}.")
    if rng.random() < 0.3:
        extra.append("Реальна кількість зниклих, за нашими оцінками, у 2–3 рази більша.")
    pows = mo.cumulative * 3 // 100
    if rng.random() < 0.3 and format_count(pows) not in reserved:
        extra.append(f"Водночас {format_count(pows)} військових, про яких питали родичі, перебувають у полоні.")
    return extra


def _report_text(mo: _Month, rng: random.Random, reserved: frozenset[str]) -> str:
    """The whole report post for one month."""
    template = rng.randrange(4)
    lines = [_value_sentence(mo, template)]
    if mo.index == 0:
        lines[-1] += " Проєкт запрацював 9 січня, тож це дані неповного місяця."
    claim = _record_or_change(mo)
    if claim:
        lines[-1] += " " + claim
    total = _total_sentence(mo)
    if total:
        lines.append(total)
    extra = _extra_sentences(mo, rng, reserved)
    if extra:
        lines.append(" ".join(extra))
    if rng.random() < 0.35:
        lines.append(f"Подати заявку можна через чат-бот {_FIND_BOT}.")
    return "\n".join(lines)


# --------------------------------------------------------------------------- noise texts


@dataclass
class _Counters:
    """Running numbers that noise posts report (exchanges are numbered and cumulative).

    `reserved` holds the series' values as written: a noise number must never spell one of
    them, so every demo value is stated by exactly one post (its report).
    """

    reserved: frozenset[str]
    exchange_no: int = 49
    returned: int = 2_830


def _exchange_text(rng: random.Random, counters: _Counters) -> str:
    counters.exchange_no += 1
    k = rng.randrange(48, 231)
    while format_count(counters.returned + k) in counters.reserved:
        k += 1
    counters.returned += k
    verb = _plural(k, "повернувся", "повернулися", "повернулися")
    noun = _plural(k, "захисник", "захисники", "захисників")
    return (
        f"🇺🇦 Відбувся {counters.exchange_no}-й обмін полоненими. Додому {verb} {k} {noun}.\n"
        f"Загальна кількість звільнених з полону з початку повномасштабного вторгнення — "
        f"{format_count(counters.returned)}."
    )


def _live_contacts_text(rng: random.Random, counters: _Counters) -> str:
    return rng.choice(
        (
            "📞 Проєкт «Хочу жити» працює цілодобово.\n"
            "Російські військові, які не хочуть гинути на чужій землі, можуть здатися в полон. "
            f"Зв'яжіться з нами: чат-бот {_LIVE_BOT}, WhatsApp/Signal {_LIVE_PHONE}.",
            "Якщо ви російський військовий і не хочете воювати, проєкт «Хочу жити» допоможе здатися "
            f"в полон.\nЧат-бот: {_LIVE_BOT}\nГаряча лінія: {_LIVE_PHONE}",
            f"📞 Гаряча лінія «Хочу жити»: {_LIVE_PHONE} (WhatsApp, Signal, Telegram). "
            f"Чат-бот {_LIVE_BOT} приймає заявки цілодобово.",
        )
    )


def _live_reminder_text(rng: random.Random, counters: _Counters) -> str:
    return rng.choice(
        (
            "Нагадуємо: у межах проєкту «Хочу жити» полонені отримують харчування, медичну допомогу "
            "та можливість зв'язатися з рідними — відповідно до Женевських конвенцій.",
            "Проєкт «Хочу жити» нагадує: кожен, хто складає зброю, зберігає життя. Умови утримання "
            "військовополонених в Україні відповідають Женевським конвенціям.",
        )
    )


def _find_howto_text(rng: random.Random, counters: _Counters) -> str:
    return rng.choice(
        (
            "Як подати заявку до проєкту «Хочу найти»?\n"
            f"1. Напишіть чат-боту {_FIND_BOT}.\n"
            "2. Вкажіть дані зниклого безвісти військового та додайте фото.\n"
            "3. Очікуйте на відповідь: ми перевіримо інформацію.",
            "Нагадуємо: кількість заявок до проєкту «Хочу найти» у 2–3 рази менша за реальну кількість "
            "зниклих безвісти окупантів, адже не всі родини звертаються.",
            "Родини російських військових, які зникли безвісти, можуть звернутися до проєкту «Хочу найти» "
            "цілодобово. Ми перевіримо, чи є ваш родич серед полонених або загиблих.",
        )
    )


def _repatriation_text(rng: random.Random, counters: _Counters) -> str:
    k = rng.randrange(40, 760)
    return f"Відбулася репатріація: в Україну повернуто тіла {k} загиблих захисників. Вічна пам'ять героям."


def _meeting_text(rng: random.Random, counters: _Counters, when: datetime) -> str:
    city = rng.choice(("у Києві", "у Львові", "у Дніпрі", "в Одесі", "у Харкові"))
    nxt = when + timedelta(days=rng.randrange(20, 45))
    return (
        f"Представники Координаційного штабу провели зустріч із родинами зниклих безвісти {city}. "
        f"Наступна зустріч запланована на {nxt.day} {_GEN[nxt.month - 1]} {nxt.year} року."
    )


_NoiseMaker = Callable[[random.Random, _Counters], str]
_NOISE: tuple[_NoiseMaker, ...] = (
    _live_contacts_text,
    _live_reminder_text,
    _find_howto_text,
    _repatriation_text,
)


# --------------------------------------------------------------------------- generation


@dataclass
class _Draft:
    """A post before it has an id."""

    published: datetime
    text: str
    is_report: bool = False
    album: bool = False
    edited: bool = False


def _months(rows: Sequence[tuple[str, str, int]]) -> list[_Month]:
    out: list[_Month] = []
    total = 0
    prev: int | None = None
    for index, (_, month, value) in enumerate(r for r in rows if r[0] == SERIES_ID):
        total += value
        out.append(_Month(month, value, prev, total, index))
        prev = value
    return out


def _following_month(month: str) -> tuple[int, int]:
    year, mon = int(month[:4]), int(month[5:])
    return year + mon // 12, mon % 12 + 1


def _report_draft(mo: _Month, rng: random.Random, reserved: frozenset[str]) -> _Draft:
    when = _PINNED_REPORTS.get(mo.month)
    if when is None:
        year, mon = _following_month(mo.month)
        when = datetime(year, mon, rng.randint(3, 6), rng.randint(8, 14), rng.randrange(60), tzinfo=UTC)
    return _Draft(when, _report_text(mo, rng, reserved), is_report=True, edited=mo.month == "2024-08")


def _noise_drafts(year: int, mon: int, rng: random.Random, counters: _Counters) -> list[_Draft]:
    """2–4 unrelated posts in one calendar month (fewer in the launch and the last month)."""
    first_day, last_day = (10, 28) if (year, mon) == (2024, 1) else (1, 28)
    count = rng.randint(2, 4)
    if (year, mon) == (2025, 11):  # the channel ends with the October report on 4 November
        first_day, last_day, count = 1, 3, 1
    days = sorted(rng.sample(range(first_day, last_day + 1), count))
    drafts = []
    exchange_done = False
    for day in days:
        when = datetime(year, mon, day, rng.randint(6, 17), rng.randrange(60), tzinfo=UTC)
        if not exchange_done and rng.random() < 0.45:
            exchange_done = True
            drafts.append(_Draft(when, _exchange_text(rng, counters)))
        elif rng.random() < 0.2:
            drafts.append(_Draft(when, _meeting_text(rng, counters, when)))
        else:
            drafts.append(_Draft(when, rng.choice(_NOISE)(rng, counters)))
    return drafts


def _fixed_drafts() -> list[_Draft]:
    """Posts the demo always has: the launch, its anniversary, a date with a year near a report."""
    launch = (
        "Сьогодні, 9 січня 2024 року, Координаційний штаб запускає проєкт «Хочу найти».\n"
        "Через нього родини російських військових, які зникли безвісти на війні проти України, "
        f"можуть подати заявку на пошук рідних. Чат-бот проєкту: {_FIND_BOT}."
    )
    anniversary = (
        "Рік тому, 9 січня 2024 року, запрацював проєкт «Хочу найти». Відтоді десятки тисяч "
        "родин російських військових звернулися до нас, щоб дізнатися про долю рідних."
    )
    meeting = (
        "4 лютого в Києві відбулася зустріч Координаційного штабу з родинами зниклих безвісти. "
        "Наступна зустріч запланована на 18 березня 2025 року."
    )
    return [
        _Draft(_LAUNCH, launch),
        _Draft(datetime(2025, 1, 9, 12, 30, tzinfo=UTC), anniversary),
        _Draft(datetime(2025, 2, 5, 9, 40, tzinfo=UTC), meeting),
    ]


def _all_drafts(rng: random.Random) -> list[_Draft]:
    months = _months(load_demo_series())
    reserved = frozenset(format_count(mo.value) for mo in months)
    drafts = _fixed_drafts() + [_report_draft(mo, rng, reserved) for mo in months]
    counters = _Counters(reserved)
    calendar = [(int(mo.month[:4]), int(mo.month[5:])) for mo in months]
    calendar.append(_following_month(months[-1].month))
    for year, mon in calendar:
        drafts.extend(_noise_drafts(year, mon, rng, counters))
    drafts.sort(key=lambda d: d.published)  # stable: ids follow publication time
    _mark_album_and_edit(drafts)
    return drafts


def _mark_album_and_edit(drafts: list[_Draft]) -> None:
    """One exchange post becomes a two-photo album; one how-to post was edited."""
    exchanges = [d for d in drafts if "обмін полоненими" in d.text and d.published.year == 2024]
    exchanges[len(exchanges) // 2].album = True
    howtos = [d for d in drafts if d.text.startswith("Як подати заявку")]
    if howtos:
        howtos[-1].edited = True


def _assign_ids(drafts: Sequence[_Draft], rng: random.Random) -> list[tuple[int, _Draft]]:
    """Ids follow time; a few ids are deleted (gaps of 1–3) and the album takes two ids."""
    gap_at = set(rng.sample(range(5, len(drafts) - 3), 6))
    next_id = 1
    out = []
    for index, draft in enumerate(drafts):
        if index in gap_at:
            next_id += rng.randint(1, 3)
        out.append((next_id, draft))
        next_id += 2 if draft.album else 1
    return out


def _views(rng: random.Random, is_report: bool) -> int:
    """Views like Telegram shows them ("23.4K"): round hundreds, never a whole thousand."""
    low, high = (18_000, 65_000) if is_report else (9_000, 40_000)
    views = rng.randrange(low, high, 100)
    return views + 100 if views % 1000 == 0 else views


def generate_demo_posts(channel: str = DEMO_CHANNEL, *, seed: int = 7) -> list[Post]:
    """The demo channel's posts, oldest first; the same `channel` and `seed` give the same posts.

    Each Post's `raw` holds its rendered message widget (as the parser would store it), so
    albums and bold headings survive into the pages.
    """
    rng = random.Random(seed)
    posts = []
    for post_id, draft in _assign_ids(_all_drafts(rng), rng):
        post = Post(
            source="telegram",
            channel=channel,
            post_id=f"{channel}/{post_id}",
            url=f"{TELEGRAM}/{channel}/{post_id}",
            published_at=draft.published,
            text=draft.text,
            edited=draft.edited,
            views=_views(rng, draft.is_report),
        )
        widget = render_post_widget(channel, post, album=draft.album, bold_first_line=draft.is_report)
        posts.append(replace(post, raw=widget))
    return posts


# --------------------------------------------------------------------------- markup


_EMOJI = ("🇺🇦", "📞", "📊", "🔄")
_EMOJI_RE = re.compile("|".join(re.escape(e) for e in _EMOJI))
_MENTION_RE = re.compile(r"(?<![\w/])@([A-Za-z][A-Za-z0-9_]{3,31})")


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
    photos = []
    for offset, left in ((0, 0), (1, 227)):
        photos.append(
            '<a class="tgme_widget_message_photo_wrap grouped_media_wrap blured js-message_photo" '
            f'style="left:{left}px;top:0px;width:226px;height:300px;margin-right:{2 - offset * 2}px;'
            f'margin-bottom:0px;" data-ratio="0.75" href="{base}/{first + offset}?single">'
            '<div class="grouped_media_helper" style="left:0;right:0;top:0;bottom:0;">'
            '<div class="tgme_widget_message_photo grouped_media" style="left:0;right:0;top:0;bottom:0;">'
            "</div></div></a>"
        )
    return (
        '<div class="tgme_widget_message_grouped_wrap js-message_grouped_wrap" data-margin-w="2" '
        'data-margin-h="2" style="width:453px;"><div class="tgme_widget_message_grouped '
        'js-message_grouped" style="padding-top:66.225%"><div class="tgme_widget_message_grouped_layer '
        f'js-message_grouped_layer" style="width:453px;height:300px">{"".join(photos)}</div></div></div>\n'
    )


def _data_view(channel: str, post_id: int) -> str:
    blob = json.dumps({"c": channel, "p": post_id, "t": 0, "h": "demo"}, separators=(",", ":"))
    return base64.urlsafe_b64encode(blob.encode()).decode().rstrip("=")


def render_post_widget(channel: str, post: Post, *, album: bool = False, bold_first_line: bool = False) -> str:
    """The `div.tgme_widget_message` of one post, as in Telegram's web preview."""
    post_id = _numeric_id(post)
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
    edited = "edited " if post.edited else ""
    return f"""<div class="tgme_widget_message text_not_supported_wrap js-widget_message" \
data-post="{channel}/{post_id}" data-view="{_data_view(channel, post_id)}">
    <div class="tgme_widget_message_user"><a href="{TELEGRAM}/{channel}"><i \
class="tgme_widget_message_user_photo bgcolor4" data-content="{title[:1]}"></i></a></div>
    <div class="tgme_widget_message_bubble">
        <i class="tgme_widget_message_bubble_tail"><svg class="bubble_icon" width="9px" height="20px" \
viewBox="0 0 9 20"><g fill="none"><path class="background" fill="#ffffff" d="M8,1 L9,1 L9,20 L8,20 Z">\
</path></g></svg></i>
        <div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" \
href="{TELEGRAM}/{channel}"><span dir="auto">{title}</span></a></div>
        {_album_html(url) if album else ""}<div class="tgme_widget_message_text js-message_text" \
dir="auto">{text}</div>
        <div class="tgme_widget_message_footer compact js-message_footer">
            <div class="tgme_widget_message_info short js-message_info">
                {views}<span class="tgme_widget_message_meta">{edited}<a class="tgme_widget_message_date" \
href="{html.escape(url)}"><time datetime="{stamp.isoformat()}" class="time">{stamp:%H:%M}</time></a></span>
            </div>
        </div>
    </div>
</div>"""


def _numeric_id(post: Post) -> int:
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
    return sorted(((_numeric_id(p), p) for p in posts), key=lambda item: item[0])


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
    return _CHANNEL_PAGE.format(
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
    return (f'<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8"><title>{title}: demo post</title>'
            '</head><body><p style="background:#fdecea;padding:.5rem;font-family:sans-serif">'
            "Demo channel: a generated post, modeled on the real series, not a real publication.</p>"
            f"{render_post_widget(channel, post)}</body></html>")


def demo_post_url(url: str | None, telegram_base_url: str | None) -> str | None:
    """Where a stored demo post can be opened: the local demo server's page for it, never t.me
    (no such channel exists there, and anyone could register its name). Other URLs pass through;
    a demo post with no local server to show it gives None."""
    if not url:
        return None
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    if not segments or segments[0].lower() != DEMO_CHANNEL:
        return url
    base = (telegram_base_url or "").rstrip("/")
    if not base or urlsplit(base).hostname in ("t.me", "telegram.me", "www.t.me"):
        return None
    return f"{base}/{'/'.join(segments)}"


def render_landing_page(channel: str, *, has_preview: bool) -> str:
    """The `t.me/<channel>` page: no history section (where t.me sends channels without a preview)."""
    title = html.escape(_channel_title(channel) if has_preview else f"@{channel}")
    preview = (
        f'<a class="tgme_action_button_new tgme_action_web_button" href="/s/{channel}">Preview channel</a>'
        if has_preview
        else ""
    )
    extra = "41.7K subscribers" if has_preview else f"If you have Telegram, you can contact @{channel} right away."
    return _LANDING_PAGE.format(channel=channel, title=title, extra=html.escape(extra), preview=preview)


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


_CHANNEL_PAGE = """<!DOCTYPE html>
<html>
<head>
    <meta charset="utf-8">
    <title>{title} – Telegram</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, \
maximum-scale=1.0, user-scalable=no"/>
    <meta name="format-detection" content="telephone=no"/>
    <meta name="robots" content="noindex, nofollow">
    <meta property="og:title" content="{title}">
    <meta property="og:site_name" content="Telegram">
    <meta property="og:description" content="{description}">
    <meta property="al:ios:url" content="tg://resolve?domain={channel}">
    <meta property="al:android:url" content="tg://resolve?domain={channel}">
    <meta name="twitter:card" content="summary">
    <meta name="twitter:description" content="{description}">

    {head_links}

    <link href="//telegram.org/css/widget-frame.css?64" rel="stylesheet" media="screen">
    <link href="//telegram.org/css/telegram-web.css?37" rel="stylesheet" media="screen">
    <script>TBaseUrl = '/';</script>
</head>
<body class="widget_frame_base tgme_webpreview emoji_image thin_box_shadow tme_mode no_transitions">
<header class="tgme_header search_collapsed">
    <div class="tgme_container">
        <div class="tgme_header_search">
            <form class="tgme_header_search_form" action="/s/{channel}">
                <input class="tgme_header_search_form_input js-header_search" placeholder="Search" name="q" \
autocomplete="off" value=""/>
            </form>
        </div>
        <div class="tgme_header_right_column">
            <section class="tgme_right_column">
                <div class="tgme_channel_info">
                    <div class="tgme_channel_info_header">
                        <i class="tgme_page_photo_image bgcolor4" data-content="{initial}"></i>
                        <div class="tgme_channel_info_header_title_wrap">
                            <div class="tgme_channel_info_header_title"><span dir="auto">{title}</span></div>
                            <div class="tgme_channel_info_header_labels"></div>
                        </div>
                        <div class="tgme_channel_info_header_username"><a \
href="https://t.me/{channel}">@{channel}</a></div>
                    </div>
                    <div class="tgme_channel_info_counters">
                        <div class="tgme_channel_info_counter"><span class="counter_value">{subscribers}</span> \
<span class="counter_type">subscribers</span></div>
                    </div>
                    <div class="tgme_channel_info_description">{description}</div>
                </div>
            </section>
        </div>
        <div class="tgme_header_info">
            <a class="tgme_header_link" href="https://t.me/{channel}">
                <i class="tgme_page_photo_image bgcolor4" data-content="{initial}"></i>
                <div class="tgme_header_title_wrap">
                    <div class="tgme_header_title"><span dir="auto">{title}</span></div>
                    <div class="tgme_header_labels"></div>
                </div>
                <div class="tgme_header_counter">{subscribers} subscribers</div>
            </a>
        </div>
    </div>
</header>
<main class="tgme_main" data-url="/{channel}">
    <div class="tgme_container">
        <section class="tgme_channel_history js-message_history">
{history}
        </section>
    </div>
</main>
<script src="//telegram.org/js/widget-frame.js?60"></script>
<script src="//telegram.org/js/telegram-web.js?14"></script>
<script>TWeb.init();
</script>

</body>
</html>
<!-- page generated by hotline.demo (offline DEMO channel, not Telegram) -->
"""

_LANDING_PAGE = """<!DOCTYPE html>
<html>
<head>
    <meta charset="utf-8">
    <title>Telegram: Contact @{channel}</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, \
user-scalable=no"/>
    <meta property="og:title" content="{title}">
    <meta property="og:site_name" content="Telegram">
    <meta property="al:ios:url" content="tg://resolve?domain={channel}">
    <meta property="al:android:url" content="tg://resolve?domain={channel}">
    <link href="//telegram.org/css/telegram.css?236" rel="stylesheet" media="screen">
</head>
<body>
<div class="tgme_page_wrap">
    <div class="tgme_head_wrap">
        <div class="tgme_head">
            <a href="//telegram.org/" class="tgme_head_brand"></a>
        </div>
    </div>
    <a class="tgme_head_dl_button" href="//telegram.org/dl?tme=demo">Download</a>
    <div class="tgme_body_wrap">
        <div class="tgme_page">
            <div class="tgme_page_photo"><a href="tg://resolve?domain={channel}"><img class="tgme_page_photo_image" \
src="//telegram.org/img/t_logo.png"></a></div>
            <div class="tgme_page_title"><span dir="auto">{title}</span></div>
            <div class="tgme_page_extra">{extra}</div>
            <div class="tgme_page_action">
                <a class="tgme_action_button_new shine" href="tg://resolve?domain={channel}">View in Telegram</a>
            </div>
            <div class="tgme_page_additional">{preview}</div>
        </div>
    </div>
</div>
</body>
</html>
<!-- page generated by hotline.demo (offline DEMO channel, not Telegram) -->
"""


# --------------------------------------------------------------------------- server


@dataclass(frozen=True)
class _Response:
    status: int
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    location: str | None = None


def _int_param(query: Mapping[str, list[str]], name: str) -> int | None:
    """A numeric query parameter; t.me ignores values that are not numbers."""
    values = query.get(name) or []
    return int(values[0]) if values and values[0].isdigit() else None


class _Handler(BaseHTTPRequestHandler):
    """Routes GETs to the owning DemoChannelServer; silent (no access log on stderr)."""

    protocol_version = "HTTP/1.1"  # keep-alive, like t.me, so a Session reuses one connection
    server_version = "hotline-demo/1"
    timeout = 30  # idle keep-alive connections must not hold a thread forever

    def do_GET(self) -> None:
        owner: DemoChannelServer = self.server.owner  # type: ignore[attr-defined]
        response = owner.respond(self.path)
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        if response.location is not None:
            self.send_header("Location", response.location)
        self.end_headers()
        self.wfile.write(response.body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: tests and the demo print their own progress."""


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # don't wait for idle keep-alive connections on close

    def __init__(self, address: tuple[str, int], owner: DemoChannelServer) -> None:
        self.owner = owner
        super().__init__(address, _Handler)


class DemoChannelServer:
    """A loopback server with t.me's web-preview routes for one or more demo channels.

    `GET /s/<channel>[?before=N|?after=N]` serves pages; an unknown channel gets a 302 to
    `/<channel>`, a landing page without history (as t.me does for channels without a preview);
    `GET /demo/posts.jsonl` lists every post. Channel names match case-insensitively.

    >>> with DemoChannelServer({"koordshtab_demo": generate_demo_posts()}) as server:
    ...     server.base_url  # doctest: +SKIP
    'http://127.0.0.1:PORT'
    """

    def __init__(self, channels: Mapping[str, Sequence[Post]], *, port: int = 0, page_size: int = PAGE_SIZE) -> None:
        """Serve `channels` (name → posts) on 127.0.0.1:`port` (0 = any free port) once started."""
        self._channels: dict[str, tuple[str, tuple[Post, ...]]] = {}
        for name, posts in channels.items():
            self.set_channel(name, posts)
        self._port = port
        self._page_size = page_size
        self._lock = threading.Lock()
        self._paths: list[str] = []
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- state -----------------------------------------------------------------------------

    def set_channel(self, name: str, posts: Sequence[Post]) -> None:
        """Add or replace a channel (e.g. publish a new post or an edit while the server runs)."""
        self._channels[name.lower()] = (name, tuple(posts))

    @property
    def request_count(self) -> int:
        """How many requests the server has answered."""
        with self._lock:
            return len(self._paths)

    @property
    def request_paths(self) -> list[str]:
        """The request paths (with query) answered so far, in order."""
        with self._lock:
            return list(self._paths)

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:PORT` (the server must be started)."""
        if self._httpd is None:
            raise RuntimeError("DemoChannelServer is not started")
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def channel_url(self, channel: str = DEMO_CHANNEL) -> str:
        """`<base_url>/s/<channel>`."""
        return f"{self.base_url}/s/{channel}"

    # -- routing (pure enough to test without sockets) --------------------------------------

    def respond(self, path: str) -> _Response:
        """The response to `GET path`; counts the request."""
        with self._lock:
            self._paths.append(path)
        parts = urlsplit(path)
        segments = [s for s in parts.path.split("/") if s]
        if parts.path == "/demo/posts.jsonl":
            posts = [p for _, channel_posts in self._channels.values() for p in channel_posts]
            return _Response(200, posts_to_jsonl(posts).encode(), "application/x-ndjson; charset=utf-8")
        if len(segments) == 2 and segments[0] == "s":
            return self._preview(segments[1], parse_qs(parts.query))
        if len(segments) == 2 and segments[0] != "s" and segments[1].isdigit():
            return self._post(segments[0], int(segments[1]))
        if len(segments) == 1 and segments[0] != "s":
            known = self._channels.get(segments[0].lower())
            return _Response(200, render_landing_page(segments[0], has_preview=known is not None).encode())
        return _Response(404, b"<!DOCTYPE html>\n<html><body>Not Found</body></html>\n")

    def _post(self, name: str, post_id: int) -> _Response:
        known = self._channels.get(name.lower())
        post = next((p for p in (known[1] if known else ()) if _numeric_id(p) == post_id), None)
        if known is None or post is None:
            return _Response(404, b"<!DOCTYPE html>\n<html><body>Not Found</body></html>\n")
        return _Response(200, render_post_page(known[0], post).encode("utf-8"))

    def _preview(self, name: str, query: Mapping[str, list[str]]) -> _Response:
        known = self._channels.get(name.lower())
        if known is None:
            return _Response(302, b"", location=f"/{quote(name)}")
        channel, posts = known
        page = render_channel_page(
            channel,
            posts,
            before=_int_param(query, "before"),
            after=_int_param(query, "after"),
            page_size=self._page_size,
        )
        return _Response(200, page.encode("utf-8"))

    # -- lifecycle -----------------------------------------------------------------------------

    def start(self) -> DemoChannelServer:
        """Bind and serve in a daemon thread; returns self."""
        if self._httpd is None:
            self._httpd = _HTTPServer(("127.0.0.1", self._port), self)
            self._thread = threading.Thread(target=self._httpd.serve_forever, name="demo-channel-server", daemon=True)
            self._thread.start()
        return self

    def close(self) -> None:
        """Stop serving and release the port (idempotent)."""
        if self._httpd is None:
            return
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd = self._thread = None

    def __enter__(self) -> DemoChannelServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.close()


# --------------------------------------------------------------------------- command line


def write_pages(directory: Path, channel: str = DEMO_CHANNEL, posts: Sequence[Post] | None = None) -> list[Path]:
    """Write the newest page and every `?before=` page (plus posts.jsonl); returns the paths."""
    posts = generate_demo_posts(channel) if posts is None else posts
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for before in page_plan(posts):
        name = f"{channel}.html" if before is None else f"{channel}_before_{before}.html"
        path = directory / name
        path.write_text(render_channel_page(channel, posts, before=before), encoding="utf-8")
        written.append(path)
    jsonl = directory / f"{channel}.posts.jsonl"
    jsonl.write_text(posts_to_jsonl(posts), encoding="utf-8")
    written.append(jsonl)
    return written


def _serve(args: argparse.Namespace) -> int:
    server = DemoChannelServer({args.channel: generate_demo_posts(args.channel)}, port=args.port)
    server.start()
    print(server.base_url, flush=True)
    print(f"DEMO channel (modeled on the real series, not the real series): {server.channel_url(args.channel)}",
          file=sys.stderr, flush=True)  # fmt: skip
    stop = threading.Event()
    # Ctrl-C and `kill` both end the demo cleanly, also when started in the background
    # (where a shell leaves SIGINT ignored).
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    try:
        while not stop.wait(0.5):
            pass
    finally:
        server.close()
    return 0


def _write(args: argparse.Namespace) -> int:
    paths = write_pages(Path(args.directory), args.channel)
    print(f"wrote {len(paths)} files to {args.directory}")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m hotline.demo", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the demo channel on 127.0.0.1 until Ctrl-C")
    serve.add_argument("--port", type=int, default=0, help="port (default: any free port)")
    serve.add_argument("--channel", default=DEMO_CHANNEL)
    serve.set_defaults(run=_serve)
    write = commands.add_parser("write-pages", help="write every page as HTML files")
    write.add_argument("directory")
    write.add_argument("--channel", default=DEMO_CHANNEL)
    write.set_defaults(run=_write)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point (`python -m hotline.demo ...`)."""
    args = _parser().parse_args(argv)
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())
