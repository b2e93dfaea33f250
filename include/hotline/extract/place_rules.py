"""The placement rules: which kind and period a request count belongs to, tried in order (`PLACEMENT_RULES`).

Each rule takes the `Placing` of one count (gathered by `place.placing`) and returns its outcome, or None."""

from __future__ import annotations

from collections.abc import Callable

from hotline.extract import lexicon as lx
from hotline.extract.measure import (
    after_share,
    clause_of,
    compared_by_percent,
    counts_from_launch,
    is_change_to,
    ref_matches_launch,
)
from hotline.extract.pieces import UNDATED, Outcome, Placing, Ref
from hotline.extract.place_checks import (
    adds_to_figure,
    check_period,
    elliptic_series_clause,
    is_running,
    may_be_undated_total,
    month_has_other_value,
    month_head_clause,
    place_per_month,
    since_launch_then,
    total_marker_between,
    total_marker_of,
)
from hotline.extract.place_span_rules import (
    first_year,
    month_range,
    past_year_from_launch,
    span_from_launch,
    span_of_months,
    year_and_month,
    year_to_date,
)
from hotline.months import from_month_number, month_number

# A running total "as of" a month of a stated year is stored as of publication only when that month is this recent.
AS_OF_RECENT_MONTHS = 2
# "зросла до 144 тисяч": the verb of a change "to" a figure stands this close before it.
CHANGE_TO_WINDOW = 40
# "станом на 1 грудня": the explicit as-of phrase stands this close before its date.
EXPLICIT_AS_OF_WINDOW = 30


# --- the rules, in the order they are tried: the first that decides wins -------------------------
# Each takes the count being placed and returns its outcome, or None when the case is not its own.


def per_month(p: Placing) -> Outcome | None:
    """A rate per month said of the count itself ("по 3 тис. звернень щомісяця") is the figure of the one
    month its sentence names; with none or several it is no figure (rates never were)."""
    if not p.count.per_month:
        return None
    return place_per_month(p.post, p.sent, p.series, p.count.num_start)


def clause_periods(p: Placing) -> Outcome | None:
    """Several periods in the count's clause and none of them clearly its own: which month?"""
    if p.period_refs and p.clause_ref is None:
        return "month_ambiguous"
    return None


def month_and_total_marker(p: Placing) -> Outcome | None:
    """ "у жовтні загалом ...", "загальна кількість у жовтні": a month and a running-total word around
    one count. Month or running total? A person decides."""
    ref = p.clause_ref
    if p.period_refs and ref.month is not None and total_marker_between(p.post, ref, p.count, p.clause):
        return "kind_ambiguous"
    return None


def part_of_month(p: Placing) -> Outcome | None:
    """ "за першу половину жовтня", "in the first two weeks of May": part of a month, not its figure."""
    r = p.post
    if (p.period_refs and p.clause_ref.month is not None and r.may(lx.PARTIAL_MONTH_HINTS)
            and lx.PARTIAL_MONTH_RE.search(r.low, *p.clause)):
        return "period_partial"
    return None


def period_in_clause(p: Placing) -> Outcome | None:
    """The period named in the count's own clause ("у жовтні надійшло 9 243", "in 2024, 52,052"),
    checked against the series' launch and the publication date."""
    if not p.period_refs:
        return None
    if p.clause_ref is not None and p.clause_ref.month is None and counts_from_launch(p.post.low, *p.clause):
        return "kind_ambiguous"  # "У 2024 році ... 52 052 звернення з моменту запуску": the year's, or since launch?
    return check_period(p.post, p.clause_ref, p.series, p.sent)


def since_start_date(p: Placing) -> Outcome | None:
    """ "з 9 січня 2024 року", "since January 2024": a running total when the date is the series' launch,
    else a span the series does not store."""
    starts = [r for r in p.in_clause if r.role == "start"]
    if not starts and p.head is not None:
        starts = [r for r in p.sent.refs if r.role == "start" and p.head[0] <= r.start < p.head[1]]
    if not starts:
        return None
    launched = p.post.cfg.launched.get(p.series)
    ok = launched and all(ref_matches_launch(r, launched) for r in starts)
    return ("cumulative_total", "since_launch") if ok else "period_unknown"


def as_of_month(p: Placing) -> Outcome | None:
    """ "by March of this year, around 10,000 Russians had contacted the hotline", "станом на 1 грудня":
    the running total as of then (not a change "to" it)."""
    r, sent, count, clause = p.post, p.sent, p.count, p.clause
    low = r.low
    if not any(ref.role == "as_of" and ref.start < count.start for ref in sent.refs):
        return None
    if is_change_to(low[max(sent.start, count.start - CHANGE_TO_WINDOW) : count.start]):
        return None
    if not (lx.PERFECT_TO_DATE_RE.search(low, clause[0], clause[1]) or any(
            ref.role == "as_of"
            and lx.EXPLICIT_AS_OF_RE.search(low, max(sent.start, ref.start - EXPLICIT_AS_OF_WINDOW), ref.start)
            for ref in sent.refs)):
        return None
    as_of = [month_number(ref.year, ref.month) for ref in sent.refs
             if ref.role == "as_of" and ref.month and ref.explicit_year]
    if as_of and min(as_of) < r.pub_index - AS_OF_RECENT_MONTHS:
        # "by March 2023, 10,000 had called", in a post of 2025: a total as of long before publication
        return "period_unknown"
    return "cumulative_total", "since_launch"


def reported_to_date(p: Placing) -> Outcome | None:
    """ "It was reported in January that 6,543 soldiers had contacted the hotline", "У січні штаб повідомив, що
    до проєкту вже звернулися понад 40 тисяч росіян": a figure said to date, in a sentence whose only months
    are when it was said, is the running total as of then (long before publication: no readable period). Not
    an exact figure received, which may be that month's own."""
    r, sent, clause = p.post, p.sent, p.clause
    if not sent.refs or any(ref.role != "reported" for ref in sent.refs):
        return None
    if p.count.qualifier == "exact" and not p.count.people:
        return None  # "Last month, the HQ said that the project had received 9,243": perhaps last month's
    if not (r.may(lx.PERFECT_HINTS) and lx.PERFECT_TO_DATE_RE.search(r.low, clause[0], clause[1])):
        return None
    said = [month_number(ref.year, ref.month) for ref in sent.refs if ref.month is not None]
    if not said or min(said) < r.pub_index - AS_OF_RECENT_MONTHS:
        return "period_unknown"
    return "cumulative_total", "since_launch"


def running_total_marker(p: Placing) -> Outcome | None:
    """ "загалом", "in total", "bringing the total to": a running-total word in the clause that speaks of
    this count, not of another number nearer to it."""
    if total_marker_of(p.post, p.count, p.sent, p.clause):
        if len(p.counts) == 1 and any(r.month is not None for r in p.sentence_periods):
            # "В мае ... ежедневно получал в среднем 400 заявок, всего 12 320": the one count of a sentence that
            # names a month may be that month's whole. Month or running total? A person decides.
            return "kind_ambiguous"
        if _year_of_total(p):
            return None  # "In 2024, the project received a total of 52,052": that year's total (`sentence_month`)
        return "cumulative_total", "since_launch"
    return None


def _year_of_total(p: Placing) -> bool:
    """Is a total word said of the one year that heads the sentence, before its one count ("In 2024, ... a total
    of 52,052", "2024 gingen insgesamt 52.052 Anfragen ein")? Not a milestone reached in that year ("In 2024 the
    total exceeded 50,000"), nor a figure said to date or counted from the launch."""
    if len(p.counts) != 1 or len(p.sentence_periods) != 1:
        return False
    year = p.sentence_periods[0]
    if year.month is not None or year.start > p.count.num_start:
        return False
    low, sent = p.post.low, p.sent
    if counts_from_launch(low, sent.start, sent.end):
        return False  # "In 2024, ... a total of 52,052 since its launch": the running total, said in 2024
    return not (p.post.may(lx.PERFECT_HINTS) and lx.PERFECT_TO_DATE_RE.search(low, sent.start, sent.end))


def head_total_marker(p: Placing) -> Outcome | None:
    """ "Since the project's launch, more than 144,000 requests have been filed ..., including 9,243 in October":
    a running-total phrase heading the sentence, before the clause of its first count, whose months all stand
    in later clauses (the part's), dates the count as the running total."""
    r, sent, clause = p.post, p.sent, p.clause
    if clause[0] <= sent.start or p.counts[0] is not p.count:
        return None
    if any(ref.start < clause[1] for ref in sent.refs):
        return None
    if lx.CUMULATIVE_RE.search(r.low, sent.start, clause[0]) is None:
        return None
    return "cumulative_total", "since_launch"


def month_of_a_part(p: Placing) -> Outcome | None:
    """ "..., 50,000 requests, including 12,320 in May": the sentence's one month is the part's, not the
    total's."""
    r, sent = p.post, p.sent
    if not (p.context.parts and _sentence_month_applies(p)):
        return None
    low = r.low
    if clause_of(low, sent, p.sentence_periods[0].start) in {clause_of(low, sent, pos) for pos in p.context.parts}:
        return "month_ambiguous"
    return None


def sentence_month(p: Placing) -> Outcome | None:
    """The one month of the sentence is the period of its only count, of a clause that only names the other
    series ("а «Хочу жити» — понад 1 000"), or of every clause after a head of only the month."""
    if not _sentence_month_applies(p):
        return None
    return check_period(p.post, p.sentence_periods[0], p.series, p.sent)


def _sentence_month_applies(p: Placing) -> bool:
    if len(p.sentence_periods) != 1:
        return False
    r = p.post
    return (len(p.counts) == 1 or elliptic_series_clause(r, p.sent, p.clause, p.count)
            or month_head_clause(r, p.sent, p.clause, p.sentence_periods[0]))


def head_month(p: Placing) -> Outcome | None:
    """ "In October, ... received 9,243 requests, down from 10,100 in September": the head clause's month
    is the month of a clause that names none (the other month has its own figure)."""
    if len(p.sentence_periods) < 2:
        return None
    r, sent, clause = p.post, p.sent, p.clause
    first = clause_of(r.low, sent, sent.start)
    head_months = [ref for ref in p.sentence_periods if first[0] <= ref.start < first[1]]
    own_refs = any(clause[0] <= ref.start < clause[1] for ref in sent.refs)
    if (len(head_months) == 1 and first != clause and not own_refs
            and month_head_clause(r, sent, clause, head_months[0])):
        return check_period(r, head_months[0], p.series, sent)
    return None


def sentence_total_marker(p: Placing) -> Outcome | None:
    """A running-total word anywhere in a sentence with one count and no period ("Загалом до проєкту
    ... звернулися 144 тисячі")."""
    if not p.sentence_periods and len(p.counts) == 1 and p.post.in_sentence(lx.CUMULATIVE_RE, p.sent):
        return "cumulative_total", "since_launch"
    return None


def received_to_date(p: Placing) -> Outcome | None:
    """ "the project has received more than 16,000 appeals", "вже отримав 9 836": a perfect tense with no
    period is up to now."""
    r, sent = p.post, p.sent
    if (all(ref.role in ("start", "as_of") or after_share(ref, p.count, p.counts) for ref in sent.refs)
            and r.may(lx.PERFECT_HINTS) and lx.PERFECT_TO_DATE_RE.search(r.low, p.clause[0], p.clause[1])
            and not _undated_blocked(p)):
        return "cumulative_total", "since_launch"
    return None


def _undated_blocked(p: Placing) -> bool:
    """A year, a month word or "today" in the sentence, other than the year of its start date ("launched in
    September 2022, has received over 50,000 calls")?"""
    starts = [(ref.start, ref.end) for ref in p.sent.refs if ref.role in ("start", "as_of")]
    low = p.post.low
    return any(not any(lo <= m.start() < hi for lo, hi in starts)
               # a dateline's year ("Roma, 28 gennaio 2023 - ..."): when it was written, not the figure's span
               and not lx.DATELINE_BEFORE_YEAR_RE.match(low, p.sent.start, m.start())
               for m in lx.UNDATED_BLOCK_RE.finditer(low, p.sent.start, p.sent.end))


def when_month(p: Placing) -> Outcome | None:
    """ "Це на 8,5% менше, ніж у вересні, коли надійшло 10 100 звернень", "than in September, when 10,100
    arrived": a clause opened by "коли / когда / when" right after a month is about that month, whatever the
    month's role in its own clause."""
    r, sent, clause = p.post, p.sent, p.clause
    if p.in_clause or lx.WHEN_CLAUSE_RE.match(r.low, clause[0]) is None:
        return None
    before = [ref for ref in sent.refs if ref.month is not None and ref.end <= clause[0]]
    if not before or not lx.BOUND_GAP_RE.fullmatch(r.low, before[-1].end, clause[0]):
        return None
    return check_period(r, before[-1], p.series, sent)


def earlier_sentence_month(p: Placing) -> Outcome | None:
    """A sentence with no time of its own after one month was named ("У жовтні ... . Це 9 243 звернення."):
    that month's figure, unless the month is still running or already has another value, or the sentence
    speaks of a running total, a duration, or an addition to a figure given before."""
    r, sent = p.post, p.sent
    own_refs = [ref for ref in sent.refs if not compared_by_percent(ref, sent)]
    if (own_refs or len(p.context.periods) != 1 or r.in_sentence(lx.CUMULATIVE_RE, sent)
            or r.in_sentence(lx.DURATION_RE, sent) or adds_to_figure(r, p.context, sent, p.series)):
        return None
    period = next(iter(p.context.periods))
    if is_running(r, month_number(int(period[:4]), int(period[5:7])), sent):
        return "period_partial"
    if month_has_other_value(p.context, p.series, period, p.count.value):
        # "In April, 3,200 ... . More than 16,000 appeals ...": a month has one value, so not April's
        return "month_ambiguous"
    return "monthly_count", period


def since_then_launch(p: Placing) -> Outcome | None:
    """ "Проєкт запрацював 9 січня 2024 року. Відтоді до нього звернулися 61 210 росіян.": since launch."""
    if not p.sent.refs and since_launch_then(p.post, p.sent):
        return "cumulative_total", "since_launch"
    return None


def after_compared_month(p: Placing) -> Outcome | None:
    """ "3,000 calls more than doubled the monthly figures of February", in a post of early April: a figure
    compared only with one month, and nothing else dating it, is the month after, when that is the last month
    before publication (the monthly report's own month)."""
    sent = p.sent
    if p.sentence_periods or len(p.counts) != 1:
        return None
    compared = [ref for ref in sent.refs if ref.role == "compare" and ref.month is not None]
    if len(compared) != 1 or len(sent.refs) != 1:
        return None
    index = month_number(compared[0].year, compared[0].month) + 1
    if index != p.post.pub_index - 1:
        return None
    year, month = from_month_number(index)
    return check_period(p.post, Ref(compared[0].start, compared[0].end, year, month, "period", True),
                                  p.series, sent)


def undated(p: Placing) -> Outcome | None:
    """No period anywhere near: perhaps the running total as of publication, decided once the whole post
    is read (`settle.settle_undated`)."""
    if not p.sent.refs and may_be_undated_total(p.post, p.context, p.sent, p.count, p.series):
        return UNDATED
    return None


def no_period(p: Placing) -> Outcome | None:
    """Nothing placed the count: quarantined for a person to read."""
    return "month_unknown"



PLACEMENT_RULES: tuple[Callable[[Placing], Outcome | None], ...] = (
    per_month, year_to_date, year_and_month, first_year, past_year_from_launch, month_range, clause_periods,
    month_and_total_marker,
    part_of_month, period_in_clause, since_start_date, as_of_month, reported_to_date, span_from_launch, span_of_months,
    running_total_marker, month_of_a_part, sentence_month, head_month, sentence_total_marker, head_total_marker,
    received_to_date, when_month, earlier_sentence_month, since_then_launch, after_compared_month, undated, no_period,
)
