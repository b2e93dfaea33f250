"""What the placement rules look at for one count: its sentence, clause, the period references there and
around it (`Placing`, gathered by `placing`)."""

from __future__ import annotations

import re
from typing import Any

from hotline.extract import lexicon as lx
from hotline.extract.scan import Count, Ref, Sentence, clause_of, pair

# A month of either hotline: hundreds to ~12 thousand so far. The ceiling keeps a running total
# (60 000 and up) that lost its marker from ever passing as a month (`extract/reader.py` re-exports both).
MONTHLY_RANGE = (100, 50_000)
TOTAL_RANGE = (100, 10_000_000)

# (kind, period), (kind, period, period, ...) when the count is each month's of a list, or the rule of
# the problem that quarantines the count.
Outcome = tuple[str, ...] | str
NOT_A_FIGURE = "not_a_figure"  # neither a fact nor a problem: the count is dropped, with a note


class Placing:
    """One request count being placed, with what the rules look at (computed once, before they run)."""

    __slots__ = (
        "clause",
        "clause_ref",
        "count",
        "counts",
        "first_year",
        "head",
        "in_clause",
        "period_refs",
        "reader",
        "sent",
        "sentence_periods",
        "series",
    )

    def __init__(self, reader: Any, sent: Sentence, count: Count, counts: list[Count], clause: tuple[int, int],
                 series: str, in_clause: list[Ref], sentence_periods: list[Ref], head: tuple[int, int] | None,
                 first_year: re.Match[str] | None) -> None:
        self.reader = reader  # the PostReader: its post-wide state and helpers
        self.sent = sent
        self.count = count
        self.counts = counts  # every count of the sentence
        self.clause = clause
        self.series = series
        self.in_clause = in_clause  # the references in the count's clause
        # ... that are the period of a figure, less a month bound to another count right after it ("9,243
        # requests and in August 10,100": August is the 10,100's)
        self.period_refs = [r for r in in_clause
                            if r.role == "period" and not bound_to_next(reader.low, r, count, counts)
                            and not after_share(r, count, counts) and not compared_by_percent(r, sent)]
        self.sentence_periods = sentence_periods  # the period references of the whole sentence
        self.head = head  # a head clause that sets the period of the sentence's only count
        self.first_year = first_year  # "за рік роботи", "in its first year" in the clause or the head
        # The period reference of the count's own clause that belongs to it (None: none or several).
        self.clause_ref: Ref | None = None
        if self.period_refs:
            clause_counts = [c for c in counts if clause[0] <= c.num_start < clause[1]]
            self.clause_ref = pair(count, clause_counts, self.period_refs)


def after_share(ref: Ref, count: Count, counts: list[Count]) -> bool:
    """Is the month after a later count that is a month's share ("60,000 requests — 8,548 of them last
    month"), and so that share's own?"""
    return any(other.share and count.num_start < other.num_start < ref.start for other in counts)


def bound_to_next(low: str, ref: Ref, count: Count, counts: list[Count]) -> bool:
    """Is the month the period of another count that follows it with nothing but a dash, colon or comma
    between ("і в серпні — 10 100", "and in August 10,100")?"""
    for other in counts:
        if other is not count and ref.end <= other.start <= ref.end + 4 and count.num_start < ref.start:
            return lx.BOUND_GAP_RE.fullmatch(low, ref.end, other.start) is not None
    return False


def placing(reader: Any, sent: Sentence, count: Count, counts: list[Count], clause: tuple[int, int],
            series: str) -> Placing:
    """Gather what the rules look at for one count."""
    low = reader.low
    in_clause = [r for r in sent.refs if clause[0] <= r.start < clause[1]]
    # (a month after a later count that is a month's share is that share's, not this count's)
    sentence_periods = [r for r in sent.refs if r.role == "period" and not after_share(r, count, counts)
                        and not compared_by_percent(r, sent)]
    first_year = (reader.may(lx.FIRST_YEAR_HINTS) and lx.FIRST_YEAR_RE.search(low, clause[0], clause[1])) or None
    # "In its first year, the project received 52,052 requests", "Since the project's launch in January
    # 2024, more than 144,000 ...": a head clause that sets the period of the sentence's first count, when
    # the sentence's months are all later, in the clauses of its parts ("..., 9,243 of them in October").
    head = None
    if counts[0] is count and all(r.start >= clause[1] for r in sentence_periods):
        first = clause_of(low, sent, sent.start)
        if first != clause and lx.HEAD_PERIOD_RE.match(low, first[0], first[1]):
            head = first
    if first_year is None and head is not None and reader.may(lx.FIRST_YEAR_HINTS):
        first_year = lx.FIRST_YEAR_RE.search(low, head[0], head[1])
    return Placing(reader, sent, count, counts, clause, series, in_clause, sentence_periods, head, first_year)


def compared_by_percent(ref: Ref, sent: Sentence) -> bool:
    """Is the month the anchor of a percent change said right before it ("(+22% до грудня)", "22% on December",
    or a compared month: "на 22% більше, ніж у грудні"), so not a time of the sentence's own?"""
    return ref.month is not None and (ref.role == "compare" or any(
        m.end() <= ref.start <= m.end() + 24 and lx.SIGNED_ANCHOR_RE.fullmatch(m.string, m.end(), ref.start)
        for m in sent.percents))
