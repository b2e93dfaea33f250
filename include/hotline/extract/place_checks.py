"""What the placement rules share: pure checks over the scanned `Post`, the `Context` of the sentences before
and the pieces of one count (is this month over, is there a running-total word for this count, ...)."""

from __future__ import annotations

import re
from itertools import pairwise

from hotline.extract import lexicon as lx
from hotline.extract.measure import ALSO_WORDS, clause_of
from hotline.extract.pieces import MONTHLY_RANGE, NOT_A_FIGURE, Context, Count, Outcome, Post, Ref, Sentence
from hotline.months import from_month_number, month_number

MONTHS_A_YEAR = 12
# A count for the month of publication is a whole month only in a post from its last days.
MONTH_OVER_DAY = 28
# "За рік роботи" (no "first") means the first year in a post up to this many months after it ended.
FIRST_YEAR_GRACE_MONTHS = 2
# A running-total word this close after a count (in its clause) speaks of it: "9 243 звернення загалом".
TOTAL_WORD_AFTER_WINDOW = 25
# A record or superlative word this close before a running-total word makes it part of the claim:
# "рекордное за все время", "the most since launch".
RECORD_BEFORE_TOTAL_WINDOW = 30
# "about 300 a day": a duration word ("day") is a rate's when a rate word starts this close before it.
RATE_BEFORE_DURATION_WINDOW = 8


def place_per_month(post: Post, sent: Sentence, series: str, pos: int) -> Outcome:
    """A rate per month (its count at `pos`) is the figure of the one month its sentence names ("з березня ...
    по 3 тис. щомісяця", "у грудні, коли ми мали щомісячно по півтори тисячі дзвінків"), or of each month of
    a list ("в октябре и декабре ... в среднем 1400–1500 обращений в месяц": an average of those months, so
    each one's figure, about); with none, or months not listed together, it is no fact (rates were never
    figures)."""
    months = [r for r in sent.refs if r.month is not None and r.role in ("period", "start", "compare")]
    between = months and any(months[0].end <= n.start < pos for n in sent.numbers)
    if not months or months[-1].start > pos or between:
        return NOT_A_FIGURE  # a rate per month with no month before it
    periods = dict.fromkeys(r.period for r in months)
    if len(periods) > 1 and not listed_together(post, months):
        return NOT_A_FIGURE  # "з березня ... на відміну від грудня": not one list of months
    placed = [check_period(post, ref, series, sent) for ref in {r.period: r for r in months}.values()]
    problem = next((outcome for outcome in placed if isinstance(outcome, str)), None)
    return problem or ("monthly_count", *periods)


def listed_together(post: Post, months: list[Ref]) -> bool:
    """Are the months one list ("в октябре и декабре", "in October, November and December"), each joined to
    the next by a comma or "and" only?"""
    return all(lx.MONTH_LIST_JOIN_RE.fullmatch(post.low, a.end, b.start) for a, b in pairwise(months))


def month_has_other_value(context: Context, series: str, period: str, value: float) -> bool:
    """Has the post already read another value for this series and month?"""
    known = context.month_values.get((series, period), ())
    return bool(known) and all(abs(value - v) > 0.15 * v for v in known)


def since_launch_then(post: Post, sent: Sentence) -> bool:
    """ "Відтоді", "since then" right after a sentence about the project's launch."""
    previous = post.previous(sent)
    if previous is None or not lx.SINCE_THEN_RE.search(post.low, sent.start, sent.end):
        return False
    return lx.LAUNCH_WORD_RE.search(post.low, previous.start, previous.end) is not None


def adds_to_figure(post: Post, context: Context, sent: Sentence, series: str) -> bool:
    """Does the sentence add to or pick from a figure already given ("Ще 2 100 звернень", "Of these")?
    Not when it only adds the other project's own count, named there, beside the month's figure of
    the first ("«Хочу знайти»: у жовтні 9 243. Ще 1 200 звернень надійшло через «Хочу жити»")."""
    low = post.low
    additive = lx.ADDITIVE_RE.search(low, sent.start, sent.end)
    if additive is None:
        return False
    if additive.group() not in ALSO_WORDS or {s for _, s in sent.mentions} != {series}:
        return True
    if lx.ADDITIVE_RE.search(low, additive.end(), sent.end) or lx.FORWARDED_RE.search(low, sent.start, sent.end):
        return True  # "ще ... з них", "переадресували до «Хочу жити»": from the first project's figure
    period = next(iter(context.periods), None)
    read = {s for s in post.tracked if (s, period) in context.month_values}
    return not read or series in read


def may_be_undated_total(post: Post, context: Context, sent: Sentence, count: Count, series: str) -> bool:
    """Can a count with no period be the running total as of publication ("Проєкт отримав понад 144 тис.
    запитів", "понад 20 тисяч військових звернулися")? Only for a series the sentence names, or the post's
    only one, and not from a headline whose series the body never names (headlines garble). An exact figure
    with a plain past verb ("отримав 9 243 звернення") is as likely a month's whose month was left out:
    news rounds running totals ("понад", "more than"), or says "звернулися N людей" of them."""
    if count.qualifier == "exact" and not count.people and count.value <= MONTHLY_RANGE[1]:
        return False  # (a figure no month can hold, "отримав 150 210 звернень", is no month's left out)
    if len(post.tracked) > 1 and not any(s == series for _, s in sent.mentions):
        return False
    if post.in_sentence(lx.UNDATED_BLOCK_RE, sent):
        return False  # "in the first month of 2025", "this week": a time the reader did not place
    if post.in_sentence(lx.DURATION_RE, sent) or adds_to_figure(post, context, sent, series):
        return False
    text = post.text
    headline_end = text.find("\n")
    headline = headline_end >= 0 and not text[:headline_end].rstrip().endswith((".", "!", "?", "…"))
    if headline and sent.end <= headline_end and text[headline_end:].strip():
        return any(p > headline_end and s == series for p, s in post.mentions)
    return True


def total_marker_of(post: Post, count: Count, sent: Sentence, clause: tuple[int, int]) -> bool:
    """Is there a running-total word in the clause that speaks of this count, and not of another number
    nearer to it ("received 9,243 requests — bringing the total to 144,138": the total is 144,138's)?"""
    low = post.low
    if lx.CUMULATIVE_RE.search(low, clause[0], clause[1]) is None:
        return False
    others = [n for n in sent.numbers if clause[0] <= n.start < clause[1] and n.start != count.num_start]
    if not others:
        return True
    for marker in lx.CUMULATIVE_RE.finditer(low, clause[0], clause[1]):
        mine = min(abs(marker.start() - count.num_start), abs(marker.end() - count.start))
        if all(min(abs(marker.start() - n.start), abs(marker.end() - n.start)) >= mine for n in others):
            return True
    return False


def duration_in(post: Post, start: int, end: int) -> bool:
    """A word of some other span in [start, end), not counting rates ("about 300 a day")."""
    low = post.low
    for m in lx.DURATION_RE.finditer(low, start, end):
        rate_start = max(start, m.start() - RATE_BEFORE_DURATION_WINDOW)
        if not (post.may_rate and lx.RATE_RE.search(low, rate_start, m.end())):
            return True
    return False


def month_head_clause(post: Post, sent: Sentence, clause: tuple[int, int], ref: Ref) -> bool:
    """ "In October, I Want to Find received 9,243 requests, and ...": a first clause of only the month
    sets the period of the whole sentence, unless the count's clause compares or names another span
    ("compared with 8,870 a year earlier")."""
    low = post.low
    first = clause_of(low, sent, sent.start)
    if not first[0] <= ref.start < first[1]:
        return False
    if lx.OTHER_SPAN_RE.search(low, clause[0], clause[1]) or duration_in(post, *clause):
        return False
    rest = low[first[0] : ref.start] + " " + low[ref.end : first[1]]
    if lx.HEAD_MONTH_REST_RE.fullmatch(rest) is not None:
        return True
    # "January was a record month for I Want to Find, with 8,548 requests": the month is the head's subject
    return (not low[first[0] : ref.start].strip() and lx.MONTH_SUBJECT_AFTER_RE.match(low, ref.end) is not None
            and lx.WITH_FIGURE_CLAUSE_RE.match(low, clause[0]) is not None)


def elliptic_series_clause(post: Post, sent: Sentence, clause: tuple[int, int], count: Count) -> bool:
    """ "У жовтні «Хочу знайти» отримав 9 243 звернення, а «Хочу жити» — понад 1 000 дзвінків": a clause
    of only a conjunction, another series' name and a dash shares the sentence's month."""
    names = [p for p, s in sent.mentions if s and clause[0] <= p < count.start]
    if len(names) != 1:
        return False
    low = post.low
    name = post.cfg.series_re.match(low, names[0])
    if name is None:
        return False
    rest = low[clause[0] : name.start()] + " " + low[name.end() : count.start]
    return lx.ELLIPSIS_REST_RE.fullmatch(rest) is not None


def first_year_period(post: Post, m: re.Match[str], series: str) -> tuple[str, str] | str:
    """ "за рік роботи": the twelve months from launch, when the post is from the anniversary."""
    launched = post.cfg.launched.get(series)
    if launched is None:
        return "period_unknown"
    start = month_number(int(launched[:4]), int(launched[5:7]))
    said_first = m.group("first") is not None
    # Without "first", "a year of work" is the first year only in the weeks after the anniversary.
    latest = None if said_first else start + MONTHS_A_YEAR + FIRST_YEAR_GRACE_MONTHS
    if post.pub_index < start + MONTHS_A_YEAR or (latest is not None and post.pub_index > latest):
        return "period_unknown"
    (y0, m0), (y1, m1) = from_month_number(start), from_month_number(start + MONTHS_A_YEAR - 1)
    return "period_total", f"{y0:04d}-{m0:02d}..{y1:04d}-{m1:02d}"


def total_marker_between(post: Post, ref: Ref, count: Count, clause: tuple[int, int]) -> bool:
    """A running-total word between a count and its month, or right after the count."""
    low = post.low
    lo, hi = min(ref.end, count.start), max(ref.start, count.start)
    tail_end = min(clause[1], count.end + TOTAL_WORD_AFTER_WINDOW)
    for lo_, hi_ in ((lo, hi), (count.end, tail_end)):
        for m in lx.CUMULATIVE_RE.finditer(low, lo_, hi_):
            # "рекордное за все время", "the most since launch": part of a record claim.
            near = low[max(clause[0], m.start() - RECORD_BEFORE_TOTAL_WINDOW) : m.start()]
            if not (lx.RECORD_RE.search(near) or lx.SUPERLATIVE_RE.search(near)):
                return True
    return False


def check_period(post: Post, ref: Ref, series: str, sent: Sentence) -> tuple[str, str] | str:
    """(kind, period) for a count placed in `ref`'s month or year, or the problem when the series was not yet
    at work then, or the period is not over at publication."""
    launched = post.cfg.launched.get(series, "1900-01")
    launch_index = month_number(int(launched[:4]), int(launched[5:7]))
    if ref.month is None:
        if ref.year >= post.published_at.year:
            return "period_partial"  # the year is not over: its total is a running one
        if ref.year * 12 + 11 < launch_index:
            return "period_unknown"
        return "period_total", ref.period
    index = month_number(ref.year, ref.month)
    if index > post.pub_index or index < launch_index:
        return "period_unknown"
    if is_running(post, index, sent):
        return "period_partial"  # "у листопаді вже надійшло 4 000" in a post of 15 November
    return "monthly_count", ref.period


def is_running(post: Post, index: int, sent: Sentence | None = None) -> bool:
    """Is this the month of publication, and not yet over? Its counts are only partial. In the
    month's last days it is over, unless the sentence says so far ("вже", "already", "so far")."""
    if index != post.pub_index:
        return False
    if post.published_at.day < MONTH_OVER_DAY:
        return True
    return sent is not None and lx.SO_FAR_RE.search(post.low, sent.start, sent.end) is not None


def tells_launch(post: Post, sent: Sentence) -> bool:
    """ "In September, the hotline went online.": a sentence with no figure whose month is when counting
    began, not a month whose figure a later sentence gives."""
    return not sent.numbers and post.in_sentence(lx.LAUNCH_WORD_RE, sent)


def before_launch(post: Post, series: str) -> bool:
    """Was the post published before the series began work (`launched_on`, else `launched`)? Its figures
    cannot be that series': a misdated post, or the name misread."""
    first = post.cfg.launched_on.get(series) or (post.cfg.launched.get(series, "") + "-01")
    return len(first) == 10 and post.published_at.date().isoformat() < first
