"""The scan stage: a post's sentences, and in each the months, dates, years, percents, numbers and series names.

`find_mentions` finds the series names a post uses (before it is read at all); `scan_sentences` splits the
post into frozen `Sentence`s. While scanning, a sentence is a `Draft` the scan fills; what leaves is frozen."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from hotline.extract import lexicon as lx
from hotline.extract.config import Config
from hotline.extract.lang import LANGUAGES
from hotline.extract.measure import (
    YEAR_PREPOSITION_RE,
    Spans,
    counts_from_launch,
    digit_value,
    is_name_use,
    may_have_percent,
    overlaps_any,
    resolve_year,
    sentence_bounds,
    starts_inside,
    word_value,
)
from hotline.extract.pieces import Number, Post, Ref, Sentence
from hotline.months import from_month_number

# "this year" in each language: a month of it is of the year of publication ("грудні цього року")
THIS_YEAR_WORDS = frozenset(w for lang in LANGUAGES for w in lang.THIS_YEAR_WORDS)
# "The past month" in a post from the first days of a month is the month before (reports come out
# on the 3rd-5th); later it is a rolling 30 days that straddles two months.
ROLLING_MONTH_LAST_DAY = 10
# "на 8,5% меньше сентябрьского": the word of comparison stands this close before a month's adjective.
MONTH_ADJECTIVE_COMPARE_WINDOW = 30
# "4 лютого": the day stands right before the month's name (two digits, a space, an ordinal ending).
DAY_BEFORE_WINDOW = 8
# "торік у травні", "Last year, in May": the year-ago phrase stands this close before the month.
YEAR_AGO_WINDOW = 24
# "у 2024 році", "in 2024": the preposition that makes a bare year a period stands this close before it.
YEAR_PREPOSITION_WINDOW = 12
# A bare year that opens its sentence and a word follows is the sentence's period in any language ("2024 kamen
# 52.052 Anfragen", "2024 saw ..."): a year in a list ("2024 — 52 052; 2025 — ...") is followed by no word.
YEAR_THEN_WORD_RE = re.compile(r",?\s+[^\W\d_]")
NO_WORD_RE = re.compile(r"[\W_]*")
# The words before a month or year that give it its role ("порівняно з", "станом на", "since") ...
ROLE_WINDOW = 48
# ... of which the anchored role phrases (ending right at the month) are all shorter than this.
ROLE_TAIL = 26
# "The HQ reported in May that ...": the verb of reporting stands this close before the month (the HQ's full
# name between them included).
REPORTED_BEFORE_WINDOW = 160
# "since the project began in January 2024": the since-launch phrase may stand this far before the month.
SINCE_START_WINDOW = 90
# Number words end at a thousands word ("три з половиною тисячі"): read this much text before it ...
WORD_NUMBER_BEFORE_SCALE = 60
# ... and after it ("тисячі 500").
WORD_NUMBER_AFTER_SCALE = 40


@dataclass(slots=True)
class Draft:
    """A sentence while the scan fills it (see `Sentence`, what it becomes)."""

    start: int
    end: int
    refs: list[Ref] = field(default_factory=list)
    numbers: list[Number] = field(default_factory=list)
    percents: list[re.Match[str]] = field(default_factory=list)
    mentions: list[tuple[int, str]] = field(default_factory=list)


Owner = Callable[[int], Draft | None]  # the sentence that holds a position, if any


def find_mentions(cfg: Config, text: str, low: str, first: int = 0) -> tuple[tuple[int, str], ...]:
    """Tracked series names (validated as names, not phrases) and look-alike projects (series ""), in order.

    `first`: where the first series name starts, when the caller has already searched for it.
    """
    mentions = []
    for m in cfg.series_re.finditer(low, first):
        if is_name_use(text, low, m.start(), m.end()):
            key = " ".join(re.split(r"[\s-]+", m.group()))
            series = cfg.series_by_name.get(key, "")
            if series:
                mentions.append((m.start(), series))
    if cfg.distractor_re is not None and lx.any_hint(low, cfg.distractor_words):
        mentions += [(m.start(), "") for m in cfg.distractor_re.finditer(low)]
    return tuple(sorted(mentions))


def scan_sentences(post: Post) -> tuple[Sentence, ...]:
    """Split the post into sentences, each with the series names, month and year references, percents and
    numbers in it."""
    sentences = [Draft(s, e) for s, e in sentence_bounds(post.text, post.low)]
    starts = [s.start for s in sentences]

    def owner(pos: int) -> Draft | None:
        i = bisect.bisect_right(starts, pos) - 1
        return sentences[i] if i >= 0 and pos < sentences[i].end else None

    blocked = _scan_refs(post, owner)
    _scan_percents(post, owner, blocked)
    for number in _scan_numbers(post, blocked):
        sent = owner(number.start)
        if sent is not None and number.end <= sent.end:
            sent.numbers.append(number)
    for pos, series in post.mentions:
        sent = owner(pos)
        if sent is not None:
            sent.mentions.append((pos, series))
    list_year = None
    for sent in sentences:
        sent.refs.sort(key=lambda r: r.start)
        if list_year is not None or any(r.month is None for r in sent.refs):  # (else it changes nothing)
            list_year = _year_of_months(post, sent, list_year)
        if not post.text.startswith(";", sent.end - 1):
            list_year = None  # a list of months goes on over semicolons only
    return tuple([Sentence(d.start, d.end, tuple(d.refs), tuple(d.numbers), tuple(d.percents), tuple(d.mentions),
                           index, {}, {}) for index, d in enumerate(sentences)])


def _year_of_months(post: Post, sent: Draft, list_year: int | None) -> int | None:
    """Months with no year of their own after the one year a sentence names. Listed after it ("у 2024
    році: січень — 8 548; лютий — 9 100", on over the semicolons) they are that year's; otherwise, when
    publication would place them in another year, which year is meant is uncertain. Returns the year of a
    list still open at the sentence's end."""
    years = [r for r in sent.refs if r.month is None and r.role == "period"]
    if len(years) > 1:
        return None
    opens = bool(years) and lx.LIST_AFTER_YEAR_RE.match(post.low, years[0].end) is not None
    if years:
        list_year = years[0].year if opens else None
    after = years[0].end if years else sent.start
    for i, ref in enumerate(sent.refs):
        if ref.start < after or ref.month is None or ref.explicit_year:
            continue
        if list_year is not None:
            if ref.year != list_year:
                sent.refs[i] = Ref(ref.start, ref.end, list_year, ref.month, ref.role, True)
        elif years and ref.year != years[0].year:
            sent.refs[i] = Ref(ref.start, ref.end, ref.year, ref.month, "uncertain", False)
    return list_year


def _scan_percents(post: Post, owner: Owner, blocked: list[tuple[int, int]]) -> None:
    """Percents and doublings, attached to their sentences; their digits are no counts."""
    percents = list(lx.PERCENT_RE.finditer(post.low)) if may_have_percent(post.low) else []
    if lx.any_hint(post.low, lx.DOUBLING_HINTS):
        percents += lx.DOUBLING_RE.finditer(post.low)
    for m in percents:
        sent = owner(m.start())
        if sent is not None:
            sent.percents.append(m)
            blocked.append((m.start(), m.end()))


def _scan_refs(post: Post, owner: Owner) -> list[tuple[int, int]]:
    low, blocked = post.low, []
    months = lx.MONTH_RE.finditer(low) if lx.MONTH_HINT_RE.search(low) else ()
    for m in months:
        name = m.group("name")
        if name in lx.EN_MONTH_WORDS and not post.text[m.start()].isupper():
            continue  # "may", "march" as ordinary words
        sent = owner(m.start())
        if low.startswith("-", m.end()):
            _month_pair(post, m, sent, blocked)
            continue
        if _scan_date(post, m, sent, blocked):
            continue
        blocked.append((m.start(), m.end()))
        if sent is not None:
            sent.refs.append(_month_ref(post, m, sent))
    if lx.any_hint(low, lx.MONTH_WORD_HINTS):
        _scan_month_words(post, owner, blocked)
    changes = may_have_percent(low) or lx.any_hint(low, lx.DOUBLING_HINTS)
    if changes and lx.any_hint(low, lx.MONTH_ADJECTIVE_HINTS):  # (only ever the anchor of a change)
        _scan_month_adjectives(post, owner)
    return _scan_years(post, owner, blocked)


def _scan_month_adjectives(post: Post, owner: Owner) -> None:
    """ "на 8,5% меньше сентябрьского", "менше за вересневий показник": the month compared with."""
    for m in lx.MONTH_ADJECTIVE_RE.finditer(post.low):
        sent = owner(m.start())
        if sent is None or not lx.MONTH_ADJECTIVE_COMPARE_RE.search(
                post.low, max(sent.start, m.start() - MONTH_ADJECTIVE_COMPARE_WINDOW), m.start()):
            continue
        month = lx.MONTH_OF_ADJECTIVE[m.group("stem")]
        sent.refs.append(Ref(m.start(), m.end(), resolve_year(month, post.published_at), month, "compare", False))


def _scan_month_words(post: Post, owner: Owner, blocked: list[tuple[int, int]]) -> None:
    """Months named by a phrase: "the first month of 2025", "last month", "this month"."""
    low = post.low
    if lx.any_hint(low, lx.FIRST_MONTH_HINTS):
        for m in lx.FIRST_MONTH_OF_YEAR_RE.finditer(low):
            sent = owner(m.start())
            blocked.append((m.start(), m.end()))
            if sent is not None:  # "in the first month of 2025": January
                year = lx.first_month_year(m)
                sent.refs.append(Ref(m.start(), m.end(), int(year) if year else post.published_at.year, 1,
                                     _role(post, sent.start, m.start()), True))
    if lx.any_hint(low, lx.LAST_HINTS):
        for m in lx.LAST_MONTH_RE.finditer(low):
            sent = owner(m.start())
            if sent is None:
                continue
            year, month = from_month_number(post.pub_index - 1)
            role = _role(post, sent.start, m.start(), m.end())
            if m.group("rolling") and post.published_at.day > ROLLING_MONTH_LAST_DAY:
                role = "rolling"  # the 30 days before a mid-month post: no calendar month
            sent.refs.append(Ref(m.start(), m.end(), year, month, role, True))
    if lx.any_hint(low, lx.THIS_HINTS):
        for m in lx.THIS_MONTH_RE.finditer(low):
            sent = owner(m.start())
            if sent is not None:  # "so far this month": the month of publication, still running
                role = _role(post, sent.start, m.start(), m.end())
                sent.refs.append(Ref(m.start(), m.end(), post.published_at.year, post.published_at.month,
                                      role, True))


def _month_pair(post: Post, m: re.Match[str], sent: Draft | None, blocked: list[tuple[int, int]]) -> None:
    """ "у травні-червні", "May-June": a range of two months, so both are references (and a count
    there belongs to neither, nor to a month of an earlier sentence)."""
    second = lx.MONTH_AFTER_HYPHEN_RE.match(post.low, m.end())
    if second is None:
        return
    blocked.append((m.start(), second.end()))
    if sent is None:
        return
    role = _role(post, sent.start, m.start())
    for start, end in ((m.start(), m.end()), (second.start("name"), second.end())):
        month = lx.MONTH_BY_WORD[post.low[start:end]]
        year = resolve_year(month, post.published_at)
        sent.refs.append(Ref(start, end, year, month, role, False))


def _scan_date(post: Post, m: re.Match[str], sent: Draft | None, blocked: list[tuple[int, int]]) -> bool:
    """Block a date ("4 лютого", "February 4, 2025"); keep it as a reference if it starts a period."""
    low, name = post.low, m.group("name")
    day = None
    if name in lx.GENITIVE_WORDS or name in lx.EN_MONTH_WORDS:
        day = lx.DAY_BEFORE_RE.search(low, max(0, m.start() - DAY_BEFORE_WINDOW), m.start())
    start, end = (day.start(), m.end("name")) if day else (m.start(), m.end("name"))
    if day is None and name in lx.EN_MONTH_WORDS:
        after = lx.DAY_AFTER_RE.match(low, m.end("name"))
        if after is None:
            return False
        end = after.end()
    elif day is None:
        return False
    year = None
    with_year = lx.DATE_YEAR_RE.match(low, end)
    if with_year:
        end, year = with_year.end(), int(with_year.group("year"))
    blocked.append((start, end))
    role = _role(post, sent.start, start) if sent is not None else None
    if sent is not None and role in ("start", "as_of"):
        # "з 9 січня 2024 року": a start date, which may be the series' launch; "станом на 1 грудня": as of.
        month = lx.MONTH_BY_WORD[name]
        explicit = year is not None
        year = year if explicit else resolve_year(month, post.published_at)
        sent.refs.append(Ref(start, end, year, month, role, explicit))
    return True


def _scan_years(post: Post, owner: Owner, blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    low = post.low
    years = lx.YEAR_RE.finditer(low) if ("19" in low or "20" in low) else ()
    # Years never overlap one another: only the months and dates before them matter.
    dates = Spans(blocked) if len(blocked) > Spans.SMALL else None
    before_years = list(blocked)
    for m in years:
        if dates.holds(m.start()) if dates else starts_inside(m.start(), before_years):
            continue
        has_year_word = m.end() > m.end("year")
        if not has_year_word and lx.REQUEST_AFTER_RE.match(low, m.end()):
            continue  # "2024 заявки": a count that looks like a year
        blocked.append((m.start(), m.end()))
        sent = owner(m.start())
        if sent is not None:
            ref = _year_ref(post, m, sent, has_year_word)
            if ref is not None:
                sent.refs.append(ref)
    return blocked


def _month_ref(post: Post, m: re.Match[str], sent: Draft) -> Ref:
    month = lx.MONTH_BY_WORD[m.group("name")]
    role = _role(post, sent.start, m.start(), m.end())
    if m.group("year"):
        return Ref(m.start(), m.end(), int(m.group("year")), month, role, True)
    rel = m.group("rel")
    if rel:
        back = 0 if rel.split()[-1] in THIS_YEAR_WORDS else 1
        return Ref(m.start(), m.end(), post.published_at.year - back, month, role, True)
    if post.may(lx.YEAR_AGO_HINTS):
        before = lx.YEAR_AGO_BEFORE_RE.search(post.low, max(sent.start, m.start() - YEAR_AGO_WINDOW), m.start())
        if before is not None and before.group("comma"):
            # "Last year, in May, ..." or "..., що діє минулого року, у травні ...": which is it?
            return Ref(m.start(), m.end(), post.published_at.year - 1, month, "uncertain", True)
        if before is not None or lx.YEAR_AGO_AFTER_RE.match(post.low, m.end()):
            # "торік у травні", "в мае год назад": that month of the year before publication
            return Ref(m.start(), m.end(), post.published_at.year - 1, month, role, True)
    return Ref(m.start(), m.end(), resolve_year(month, post.published_at), month, role, False)


def _year_ref(post: Post, m: re.Match[str], sent: Draft, has_year_word: bool) -> Ref | None:
    before = post.low[max(sent.start, m.start() - YEAR_PREPOSITION_WINDOW) : m.start()]
    role = _role(post, sent.start, m.start())
    if role == "period" and not has_year_word and not YEAR_PREPOSITION_RE.search(before) and not (
            _opens_sentence(post, sent.start, m.start()) and YEAR_THEN_WORD_RE.match(post.low, m.end())
            and not any(r.month for r in sent.refs)  # (months are scanned first: "2024 ...: Im Oktober ...")
            and not counts_from_launch(post.low, sent.start, sent.end)):
        return None  # a bare four-digit number: blocked as a count, but not a period either
    return Ref(m.start(), m.end(), int(m.group("year")), None, role, True)


def _opens_sentence(post: Post, sent_start: int, pos: int) -> bool:
    """Does nothing but punctuation stand between the sentence's start and `pos`?"""
    return NO_WORD_RE.fullmatch(post.low, sent_start, pos) is not None


def _role(post: Post, sent_start: int, pos: int, end: int | None = None) -> str:
    """The role of the month or year at `pos` (ending at `end`, for a month that may date a report)."""
    if end is not None and lx.REPORTED_AFTER_RE.match(post.low, end):
        return "reported"  # "У жовтні штаб повідомив, що ...": when it was said, not what it counts
    before = post.low[max(sent_start, pos - ROLE_WINDOW) : pos]
    tail = before[-ROLE_TAIL:]
    if end is not None:
        if lx.REPORTED_NOUN_AFTER_RE.match(post.low, end):
            return "reported"  # "in a May statement": when it was said
        if post.may(lx.REPORTED_BEFORE_HINTS) and (said := _reported_before(post, sent_start, pos, end)):
            # "The HQ reported in May that ...", "..., the HQ said in May."; "..., the HQ said, in May.": either
            return "uncertain" if said.group("comma") else "reported"
    if lx.ROLE_NEGATED_RE.search(tail):
        return "negated"
    if lx.ROLE_COMPARE_RE.search(tail) or lx.ROLE_COMPARED_FIGURE_RE.search(before):
        return "compare"
    if lx.ROLE_AS_OF_RE.search(tail):
        return "as_of"
    if lx.ROLE_START_RE.search(tail) or lx.ROLE_START_WORD_RE.search(before):
        return "start"
    if post.may(lx.ROLE_SINCE_START_HINTS) and lx.ROLE_SINCE_START_RE.search(
            post.low, max(sent_start, pos - SINCE_START_WINDOW), pos):
        return "start"
    return "period"


def _reported_before(post: Post, sent_start: int, pos: int, end: int) -> re.Match[str] | None:
    """The report verb before the month at `pos`..`end` that makes it the date of the report, if any."""
    after = lx.REPORTED_THAT_AFTER_RE.match(post.low, end)
    if after is None:
        return None
    before = lx.REPORTED_BEFORE_RE.search(post.low, max(sent_start, pos - REPORTED_BEFORE_WINDOW), pos)
    # "said in May: ..." dates the report; "повідомив про рекорд у травні: ..." announces May's figure
    return None if before is None or (after.group("colon") and before.group("gap")) else before


def _scan_numbers(post: Post, spans: list[tuple[int, int]]) -> list[Number]:
    low = post.low
    index = Spans(spans) if len(spans) > Spans.SMALL else None  # a handful of spans: a plain loop
    found: list[Number] = []
    seen_words: set[int] = set()
    for scale in lx.WORD_NUMBER_HINT_RE.finditer(low):
        # Word numbers end at a thousands word: read only the text around each one.
        lo = max(0, scale.start() - WORD_NUMBER_BEFORE_SCALE)
        hi = min(len(low), scale.end() + WORD_NUMBER_AFTER_SCALE)
        for m in lx.WORD_NUMBER_RE.finditer(low, lo, hi):
            start, end = m.span()
            if start in seen_words or (index.overlaps(start, end) if index else overlaps_any(start, end, spans)):
                continue
            seen_words.add(start)
            value = word_value(m)
            if value is not None:
                found.append(Number(start, end, value, True))
    words = [(n.start, n.end) for n in found]
    digits = lx.DIGIT_NUMBER_WIDE_RE if "  " in low else lx.DIGIT_NUMBER_RE
    for m in digits.finditer(low):
        start, end = m.span()
        if (index.overlaps(start, end) if index else overlaps_any(start, end, spans)) or (
                words and overlaps_any(start, end, words)):
            continue
        value = digit_value(m)
        if value is not None:
            found.append(Number(start, end, value, False))
    if words:  # digits were found in order; only word numbers can be out of place
        found.sort(key=lambda n: n.start)
    return found
