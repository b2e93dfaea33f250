"""The demo channel's posts: one monthly report per demo month, plus the noise between reports.

**This is a demo, not the real series.** The posts are generated from `demo_series.csv`, a
monthly «Хочу найти» series modeled on the real one: only 2025-01 (8 548), 2025-05 (12 320) and
2025-10 (9 243) carry figures the Coordination Headquarters published; every other month is
synthetic, chosen so that the published totals and comparisons still hold (2024 sums to 52 052,
January 2025 is +22% on December, running totals 60 600 / 100 324 / 144 138). The posts are
written in Ukrainian in the style of the center's channel, but none of them is a real post;
phone numbers and bot handles in them are placeholders.

`generate_demo_posts()` gives one report per demo month (published on the 3rd–6th of the
following month; the May 2025 report on 12 June, as in reality) plus realistic noise between
reports (prisoner exchanges, hotline reminders, dates with years), with increasing message ids,
a few deleted ids and one album that occupies two ids.
"""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from importlib import resources

from hotline.demo.constants import DEMO_CHANNEL, NBSP, RECORD_MONTHS, SERIES_ID, TELEGRAM
from hotline.demo.telegram_html import render_post_widget
from hotline.months import (
    UK_MONTHS_GENITIVE,
    UK_MONTHS_LOCATIVE,
    UK_MONTHS_NOMINATIVE,
    add_months,
    days_in_month,
    parse_month,
)
from hotline.records import Post

__all__ = ["format_count", "generate_demo_posts", "load_demo_series"]

_LAUNCH = datetime(2024, 1, 9, 10, 0, tzinfo=UTC)
# Reports whose publication time the public record fixes (the rest fall on the 3rd–6th).
_PINNED_REPORTS = {
    "2025-01": datetime(2025, 2, 4, 10, 12, tzinfo=UTC),
    "2025-05": datetime(2025, 6, 12, 14, 5, tzinfo=UTC),
    "2025-10": datetime(2025, 11, 4, 10, 0, tzinfo=UTC),
}
_NOTABLE_CHANGE_PCT = 12  # month-over-month changes the center would bother to mention
# The three cases the reports use: "за січень", "підсумки січня", "у січні".
_NOM, _GEN, _LOC = UK_MONTHS_NOMINATIVE, UK_MONTHS_GENITIVE, UK_MONTHS_LOCATIVE

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
        """The month's index into the month-name tuples (0 = January)."""
        return parse_month(self.month).month - 1

    @property
    def days(self) -> int:
        """How many days the month has."""
        return days_in_month(self.month)


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


def _following_month(month: str) -> date:
    """The first day of the month after `month` (where its report is published)."""
    return add_months(parse_month(month), 1)


def _report_draft(mo: _Month, rng: random.Random, reserved: frozenset[str]) -> _Draft:
    when = _PINNED_REPORTS.get(mo.month)
    if when is None:
        following = _following_month(mo.month)
        day, hour, minute = rng.randint(3, 6), rng.randint(8, 14), rng.randrange(60)
        when = datetime(following.year, following.month, day, hour, minute, tzinfo=UTC)
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
    calendar = [parse_month(mo.month) for mo in months]
    calendar.append(_following_month(months[-1].month))
    for first in calendar:
        drafts.extend(_noise_drafts(first.year, first.month, rng, counters))
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
