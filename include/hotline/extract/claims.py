"""The claims stage: month-over-month changes and record claims, each tied to the one month it speaks of.

Pure functions over the scanned `Post`, the `Context` and the monthly facts read from the sentence."""

from __future__ import annotations

import re

from hotline.extract import lexicon as lx
from hotline.extract.count_checks import rate_near
from hotline.extract.measure import TRAILING_BY_RE, clause_of
from hotline.extract.pieces import Context, Post, Ref, Sentence
from hotline.extract.place_checks import is_running
from hotline.extract.series_of import series_for
from hotline.months import from_month_number, month_number
from hotline.records import Fact

PERCENT_LIMIT = 1000.0  # a change larger than tenfold is a misreading
# A percent's direction ("більше", "down") and a rate word that makes it no change are read this close to it.
DIRECTION_WINDOW = 45
# The month it is compared with ("ніж у вересні") stands at most this far after the percent.
ANCHOR_AFTER_WINDOW = 70
# "на 8-10% менше": the lower end of a range of percents stands this close before it.
RANGE_BEFORE_WINDOW = 8
# "+22%": the sign stands right before the digits (a space at most).
SIGN_WINDOW = 2
# What stands between a record word and the month it qualifies ("рекордному січні", "January's record").


def percent_facts(post: Post, context: Context, sent: Sentence, evidence: str, sentence_monthly: list[Fact]
                  ) -> list[Fact]:
    """Month-over-month changes: a direction and the previous month as the anchor."""
    out = []
    for m in sent.percents:
        fact = _percent_fact(post, context, sent, m, evidence, sentence_monthly)
        if fact is not None:
            out.append(fact)
    return out


def _percent_fact(post: Post, context: Context, sent: Sentence, m: re.Match[str], evidence: str,
                  sentence_monthly: list[Fact]) -> Fact | None:
    low = post.low
    lo, hi = max(sent.start, m.start() - DIRECTION_WINDOW), min(sent.end, m.end() + DIRECTION_WINDOW)
    factor = "up" in m.re.groupindex  # "вдвічі більше", "doubled": a change by a factor, its direction said
    if lx.RANGE_BEFORE_PERCENT_RE.search(low, max(sent.start, m.start() - RANGE_BEFORE_WINDOW), m.start()):
        return None  # "на 8-10% менше": a range of changes, no one figure
    signed = lx.SIGNED_PERCENT_RE.search(low, max(sent.start, m.start() - SIGN_WINDOW), m.start())
    if factor:
        up, down = m.group("up") is not None, m.group("down") is not None
    elif signed is not None:
        up, down = signed.group().strip() == "+", signed.group().strip() != "+"  # "(+22% до грудня)"
    else:
        up = lx.INCREASE_RE.search(low, lo, hi) is not None
        down = lx.DECREASE_RE.search(low, lo, hi) is not None
    if up == down or (post.may_rate and lx.RATE_RE.search(low, lo, hi)):
        return None
    hi_anchor = min(sent.end, m.end() + ANCHOR_AFTER_WINDOW)
    compare = [
        r for r in sent.refs
        if r.month and lo <= r.start < hi_anchor
        and (r.role == "compare" or (r.role == "start" and r.start > m.end())  # "up 4% from September"
             or lx.SIGNED_ANCHOR_RE.fullmatch(low, m.end(), r.start) is not None)  # "+22% до грудня"
    ]
    generic = lx.PREV_MONTH_ANCHOR_RE.search(low, lo, hi_anchor)
    if not compare and not generic:
        return _change_of_two_months(post, m, up, factor, sentence_monthly, evidence)
    series, _rule = series_for(post, sent, m.start(), (sent.start, sent.end))
    if series is None:
        return None
    # the compared month, and its own figure ("ніж у вересні, коли надійшло 10 100"), is not what changed
    compared = {r.period for r in compare}
    target = _percent_target(post, context, sent, [f for f in sentence_monthly if f.period not in compared], compared)
    # The anchor is the compared month nearest after the percent ("на 4% більше, ніж у вересні"),
    # else the nearest before it ("порівняно з березнем на 10%").
    after = [r for r in compare if r.start > m.end()]
    anchor = after[0] if after else (compare[-1] if compare else None)
    period = _mom_period(post, anchor, target) if anchor is not None else target
    if period is None or is_running(post, month_number(int(period[:4]), int(period[5:7]))):
        return None
    value = (100.0 if up else 50.0) if factor else float(m.group("num").replace(",", "."))
    if value > PERCENT_LIMIT:
        return None
    qual = lx.QUALIFIER_BEFORE_RE.search(TRAILING_BY_RE.sub("", low[lo : m.start()]))
    qualifier = lx.qualifier_of(" ".join(qual.group("q").split())) if qual else "exact"
    return Fact(post.post_id, series, "mom_change_pct", period, value if up else -value, qualifier, evidence)


def _facts_of_claim_clause(post: Post, sent: Sentence, claim: int, facts: list[Fact]) -> list[Fact]:
    """Of several months' figures in the sentence, those of the month named in the record claim's own
    clause ("January was a record month ..., with 8,548 requests, up from 7,006 in December")."""
    clause = clause_of(post.low, sent, claim)
    months = {r.period for r in sent.refs if r.role == "period" and r.month and clause[0] <= r.start < clause[1]}
    return [f for f in facts if f.period in months]


def _change_of_two_months(post: Post, m: re.Match[str], up: bool, factor: bool, sentence_monthly: list[Fact],
                          evidence: str) -> Fact | None:
    """ "9,243 requests in October, compared with 10,100 in September, an 8.5% decline": a change said
    beside the figures of two months in a row, read in the same sentence, is the later month's, when
    those figures bear it out (within a point: the text's own rounding)."""
    if len(sentence_monthly) != 2 or sentence_monthly[0].series != sentence_monthly[1].series:
        return None
    earlier, later = sorted(sentence_monthly, key=lambda f: f.period)
    index = month_number(int(later.period[:4]), int(later.period[5:7]))
    if earlier.period != "{:04d}-{:02d}".format(*from_month_number(index - 1)) or not earlier.value:
        return None
    stated = (100.0 if up else 50.0) if factor else float(m.group("num").replace(",", "."))
    signed = stated if up else -stated
    if abs(100.0 * (later.value / earlier.value - 1.0) - signed) > 1.0:
        return None
    return Fact(post.post_id, later.series, "mom_change_pct", later.period, signed, "exact", evidence)


def _percent_target(post: Post, context: Context, sent: Sentence, sentence_monthly: list[Fact],
                    compared: set[str]) -> str | None:
    periods = {r.period for r in sent.refs if r.role == "period" and r.month and r.period not in compared}
    if len(periods) == 1:
        return next(iter(periods))
    if periods:
        return None
    if sent is context.month_inferred_in:
        return None  # the month was inferred from the comparison itself: a change for it is not stated
    own = {f.period for f in sentence_monthly}
    if len(own) == 1:
        return next(iter(own))
    if len(context.periods) == 1 and not own:
        return next(iter(context.periods))
    return None


def _mom_period(post: Post, compare: Ref, target: str | None) -> str | None:
    # The month the change is FOR must be stated (or be the post's month): inferring it from
    # the compared month alone would read "than October last year" as a change for November.
    if target is None or compare.month is None:
        return None
    year, month = int(target[:4]), int(target[5:7])
    prev_year, prev_month = from_month_number(month_number(year, month) - 1)
    ok = prev_month == compare.month and (not compare.explicit_year or compare.year == prev_year)
    return target if ok else None


def record_facts(post: Post, sent: Sentence, evidence: str, sentence_monthly: list[Fact],
                 previous_monthly: list[Fact], has_counts: bool) -> tuple[list[Fact], tuple[str, str] | None]:
    """A record claim becomes a fact about the one monthly count it speaks of. Also returns (month, evidence)
    of a claim that names its month before any figure ("В січні ... рекордну кількість"), for `settle`."""
    if not post.may_record:
        return [], None
    low = post.low
    claims = lx.RECORD_RE.search(low, sent.start, sent.end) or (
        lx.SUPERLATIVE_RE.search(low, sent.start, sent.end)
        and lx.SUPERLATIVE_SCOPE_RE.search(low, sent.start, sent.end)
    )
    if not claims:
        claims = bare_superlative(post, sent, sentence_monthly)
    if not claims or lx.RECORD_NEGATION_RE.search(low, sent.start, sent.end):
        return [], None
    if rate_near(post, claims.start(), sent):
        return [], None  # "the most requests per day": a rate's record, not the month's
    topic = post.cfg.topic_re
    if topic is not None and topic.search(low, sent.start, sent.end):
        return [], None  # "попри рекордний обмін": someone else's record
    if sentence_monthly:
        target = sentence_monthly
    elif not has_counts and not sent.numbers and not any(r.role == "period" for r in sent.refs):
        target = previous_monthly
    else:
        months = {r.period for r in sent.refs if r.role == "period" and r.month}
        if not has_counts and not sent.numbers and len(months) == 1:
            return [], (next(iter(months)), evidence)  # "В січні ... рекордну кількість"
        return [], None
    if len({(f.series, f.period) for f in target}) > 1:
        target = _facts_of_claim_clause(post, sent, claims.start(), target)
    if len({(f.series, f.period) for f in target}) != 1 or _record_of_other_month(post, sent, claims, target[0]):
        return [], None
    best = min(target, key=lambda f: ("exact", "over", "about").index(f.qualifier))
    return [Fact(post.post_id, best.series, "record_claim", best.period, best.value, best.qualifier,
                 evidence)], None


def bare_superlative(post: Post, sent: Sentence, sentence_monthly: list[Fact]) -> re.Match[str] | None:
    """ "Im Oktober gingen 9.243 Anfragen ein – die höchste Zahl.", "the highest number": a superlative of a
    quantity with no scope word claims a record only after the sentence's one month's figure, in its clause or
    as an apposition ending the sentence, when the sentence names no other time, no unit of time and no place."""
    if len(sentence_monthly) != 1:
        return None
    low = post.low
    sup = lx.SUPERLATIVE_QUANTITY_RE.search(low, sent.start, sent.end)
    if sup is None or any(r.period != sentence_monthly[0].period for r in sent.refs):
        return None  # "die höchste Zahl seit März": the highest since then, no record
    if not any(n.end <= sup.start() and n.value == sentence_monthly[0].value for n in sent.numbers):
        return None  # said before the figure ("Die höchste Zahl kam aus Donezk: 2.100"): a share's, no record
    if lx.SUPERLATIVE_LIMIT_RE.search(low, sent.start, sent.end):
        return None  # "the highest number in three months", "this year"
    if lx.BREAKDOWN_PLACE_RE.search(post.text, sent.start, sent.end) or (
            post.may_breakdown and lx.BREAKDOWN_RE.search(low, sent.start, sent.end)):
        return None  # "the highest number came from Dagestan": a share's, no record
    clause = clause_of(low, sent, sup.start())
    numbers = sum(1 for n in sent.numbers if clause[0] <= n.start < clause[1])
    apposition = not numbers and lx.SUPERLATIVE_TAIL_RE.fullmatch(low, sup.end(), sent.end) is not None
    return sup if numbers == 1 or apposition else None


def _record_of_other_month(post: Post, sent: Sentence, claim: re.Match[str], fact: Fact) -> bool:
    """The record word is said of another month, the one it stands beside ("менше, ніж у рекордному січні",
    "fewer than in record-breaking January", "January's record"): no claim for this count's month. A comma
    between them parts them ("up 22% on December, a record")."""
    for ref in sent.refs:
        if ref.month is None or ref.period == fact.period:
            continue
        if ref.start >= claim.end():
            between = post.low[claim.end() : ref.start]
        elif ref.end <= claim.start():
            between = post.low[ref.end : claim.start()]
        else:
            continue
        if lx.RECORD_BESIDE_RE.fullmatch(between):
            return True
    return False
