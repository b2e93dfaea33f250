"""The placement rules about spans of time: years, a year to date, the first year of work, two months as the
ends of a span, spans counted from launch and other spans of months. `place_rules.py` lists them in `PLACEMENT_RULES`
with the others, in the order they are tried."""

from __future__ import annotations

from hotline.extract import lexicon as lx
from hotline.extract.measure import ends_with_to
from hotline.extract.pieces import Outcome, Placing, Ref, Sentence
from hotline.extract.place_checks import FIRST_YEAR_GRACE_MONTHS, first_year_period, is_running
from hotline.months import from_month_number, month_number

# "rose to 10,200 from January to March": a change "to" a figure stands this close before it (no span's total).
CHANGE_TO_WINDOW = 40
# "from January to March", "between September and October": the opening word stands this close before the first.
RANGE_OPENER_WINDOW = 12
# "за перші три місяці роботи" in a post this many months after the span ended is still the running total.
SPAN_STILL_TOTAL_MONTHS = 2


def year_to_date(p: Placing) -> Outcome | None:
    """ "з початку року", "since the start of the year": a part of a year, which no series stores. Also when
    the phrase heads the sentence in a clause of its own ("Since the beginning of the year, ... 20,000") and
    no other count stands between them ("..., 20,000 requests, and 60,000 since its launch": the 60,000 is not)."""
    r = p.post
    if not r.may(lx.YEAR_TO_DATE_HINTS):
        return None
    phrase = lx.YEAR_TO_DATE_RE.search(r.low, p.sent.start, p.clause[1])
    if phrase is None:
        return None
    if phrase.start() >= p.clause[0] or not any(phrase.end() <= c.start < p.count.start for c in p.counts):
        return "period_partial"
    return None


def year_and_month(p: Placing) -> Outcome | None:
    """ "у січні ... за рік роботи": a first-year phrase and a month in one clause; which one is it?"""
    if p.first_year and any(r.month is not None for r in p.period_refs):
        return "period_unknown"
    return None


def first_year(p: Placing) -> Outcome | None:
    """ "за рік роботи", "in its first year": the twelve months from the series' launch, when the post is
    from after that year (see `_first_year` for the grace after the anniversary)."""
    if not p.first_year:
        return None
    return first_year_period(p.post, p.first_year, p.series)


def past_year_from_launch(p: Placing) -> Outcome | None:
    """ "За последний год проект получил более 60 000 запросов", "за рік": in a post from the weeks around the
    first anniversary, the year before publication is the project's whole life, so the running total;
    for an older project it is a rolling year the series does not store."""
    r = p.post
    if not r.may(lx.FIRST_YEAR_HINTS) or p.sentence_periods:
        return None
    if not any(lx.PAST_YEAR_RE.search(r.low, lo, hi) for lo, hi in _clause_and_head(p)):
        return None
    start = _launch_index(p)
    if start is None:
        return "period_unknown"
    age = r.pub_index - start
    if 11 <= age <= 12 + FIRST_YEAR_GRACE_MONTHS:
        return "cumulative_total", "since_launch"
    return "period_unknown"


def _clause_and_head(p: Placing) -> list[tuple[int, int]]:
    """Where a period phrase of the count may stand: its own clause, and the sentence's head clause if any."""
    return [p.clause] if p.head is None else [p.clause, p.head]


def _launch_index(p: Placing) -> int | None:
    """The month index of the series' first month (None when series.toml gives none)."""
    launched = p.post.cfg.launched.get(p.series)
    return None if launched is None else month_number(int(launched[:4]), int(launched[5:7]))


def month_range(p: Placing) -> Outcome | None:
    """ "У січні-лютому надійшло 17 600 звернень", "From January to March, ... 27,600": the one count of a
    sentence whose only months are the two ends of a span is the total of those months. Not when the count is
    where a change ended ("зросла до 10 200", "rose 20% to"): that is the last month's."""
    sent, r = p.sent, p.post
    if len(p.counts) != 1 or len(sent.refs) != 2 or sent.percents:
        return None
    first, last = sent.refs
    if first.month is None or last.month is None or not _range_joined(r.low, sent, first, last):
        return None
    if ends_with_to(r.low[max(sent.start, p.count.start - CHANGE_TO_WINDOW) : p.count.start]):
        return None
    start_year = first.year if first.explicit_year else last.year - (first.month > last.month)
    start, end = month_number(start_year, first.month), month_number(last.year, last.month)
    if not 0 < end - start < 12:
        return "period_unknown"
    if end > r.pub_index or is_running(r, end, sent):
        return "period_partial"
    launch = _launch_index(p)
    if launch is not None and start < launch:
        return "period_unknown"  # a span from before the series began: misread
    return "period_total", f"{start_year:04d}-{first.month:02d}..{last.period}"


def _range_joined(low: str, sent: Sentence, first: Ref, last: Ref) -> bool:
    """Are the two months written as the ends of one span ("січні-лютому", "from January to March")?"""
    join = lx.MONTH_RANGE_JOIN_RE.fullmatch(low, first.end, last.start)
    if join is None:
        return False
    if join.group("to") or join.group("and"):
        opener = lx.MONTH_RANGE_FROM_RE.search(low, max(sent.start, first.start - RANGE_OPENER_WINDOW), first.start)
        return opener is not None and bool(opener.group("between") if join.group("and") else opener.group("from"))
    return True


def span_from_launch(p: Placing) -> Outcome | None:
    """ "за перші три місяці роботи", "in the six months of the project": the months since launch. In a post
    from the end of that span it is the running total; later, the total of those first months."""
    r = p.post
    if not r.may(lx.SPAN_FROM_LAUNCH_HINTS) or p.sentence_periods:
        return None
    span = next((m for lo, hi in _clause_and_head(p) for m in [lx.SPAN_FROM_LAUNCH_RE.search(r.low, lo, hi)] if m),
                None)
    length = lx.span_length(span) if span else None
    start = _launch_index(p)
    if length is None or start is None:
        return None
    months, part_of_a_month = length
    end = start + months - 1
    if r.pub_index < end:
        return "period_unknown"  # a span that has not yet run its course: misread
    if r.pub_index <= end + SPAN_STILL_TOTAL_MONTHS:
        return "cumulative_total", "since_launch"
    if part_of_a_month:
        # "the first ten days", long after: a part of the first month, which no period of the series holds
        return "month_unknown"
    (y0, m0), (y1, m1) = from_month_number(start), from_month_number(end)
    return "period_total", f"{y0:04d}-{m0:02d}..{y1:04d}-{m1:02d}"


def span_of_months(p: Placing) -> Outcome | None:
    """ "Всего за десять месяцев ... около 95 тысяч": a total over a span not from launch."""
    r = p.post
    if r.may(lx.SPAN_HINTS) and r.in_sentence(lx.SPAN_RE, p.sent):
        return "period_unknown"
    return None
