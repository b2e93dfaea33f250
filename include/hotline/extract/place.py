"""Placing a count: `placing` gathers what the rules look at, `Placement.place` runs `PLACEMENT_RULES` in order;
the helpers the rules share."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from hotline.extract import lexicon as lx
from hotline.extract.measure import after_share, bound_to_next, clause_of, compared_by_percent, pair
from hotline.extract.pieces import MONTHLY_RANGE, NOT_A_FIGURE, Count, Outcome, Placing, Ref, Sentence
from hotline.extract.place_rules import PLACEMENT_RULES, after_compared_month
from hotline.extract.place_span_rules import FIRST_YEAR_GRACE_MONTHS
from hotline.months import from_month_number, month_number

# A count for the month of publication is a whole month only in a post from its last days.
MONTH_OVER_DAY = 28


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
    # ... the period references of the clause, less a month bound to another count right after it ("9,243
    # requests and in August 10,100": August is the 10,100's)
    period_refs = [r for r in in_clause
                   if r.role == "period" and not bound_to_next(low, r, count, counts)
                   and not after_share(r, count, counts) and not compared_by_percent(r, sent)]
    clause_ref = None
    if period_refs:
        clause_counts = [c for c in counts if clause[0] <= c.num_start < clause[1]]
        clause_ref = pair(count, clause_counts, period_refs)
    return Placing(reader, sent, count, counts, clause, series, in_clause, period_refs, sentence_periods, head,
                   first_year, clause_ref)


class Placement:
    """Placing counts, and the helpers the rules share (a mixin of `PostReader`)."""

    def place(self, sent: Sentence, count: Count, counts: list[Count], clause: tuple[int, int],
              series: str) -> Outcome:
        """(kind, period) for a count, a problem rule, `UNDATED` or `NOT_A_FIGURE`: the first rule of
        `PLACEMENT_RULES` that decides."""
        self._placing = count.num_start
        p = placing(self, sent, count, counts, clause, series)
        for rule in PLACEMENT_RULES:
            outcome = rule(p)
            if outcome is not None:
                if rule is after_compared_month:
                    self.month_inferred_in = sent
                return self.decided(rule.__name__, outcome)
        raise AssertionError("no_period always decides")

    def _place_per_month(self, sent: Sentence, series: str) -> Outcome:
        """A rate per month is the figure of the one month its sentence names ("з березня ... по 3 тис.
        щомісяця", "у грудні, коли ми мали щомісячно по півтори тисячі дзвінків"), or of each month of a
        list ("в октябре и декабре ... в среднем 1400–1500 обращений в месяц": an average of those months,
        so each one's figure, about); with none, or months not listed together, it is no fact (rates were
        never figures)."""
        months = [r for r in sent.refs if r.month is not None and r.role in ("period", "start", "compare")]
        between = months and any(months[0].end <= n.start < self._placing for n in sent.numbers)
        if not months or months[-1].start > self._placing or between:
            return NOT_A_FIGURE  # a rate per month with no month before it
        periods = dict.fromkeys(r.period for r in months)
        if len(periods) > 1 and not self._listed_together(months):
            return NOT_A_FIGURE  # "з березня ... на відміну від грудня": not one list of months
        placed = [self._check_period(ref, series, sent) for ref in {r.period: r for r in months}.values()]
        problem = next((outcome for outcome in placed if isinstance(outcome, str)), None)
        return problem or ("monthly_count", *periods)

    def _listed_together(self, months: list[Ref]) -> bool:
        """Are the months one list ("в октябре и декабре", "in October, November and December"), each
        joined to the next by a comma or "and" only?"""
        return all(lx.MONTH_LIST_JOIN_RE.fullmatch(self.low, a.end, b.start) for a, b in pairwise(months))

    def _month_has_other_value(self, series: str, period: str, value: float) -> bool:
        """Has the post already read another value for this series and month?"""
        known = self.month_values.get((series, period), ())
        return bool(known) and all(abs(value - v) > 0.15 * v for v in known)

    def _since_launch_then(self, sent: Sentence) -> bool:
        """ "Відтоді", "since then" right after a sentence about the project's launch."""
        if self.previous is None or not lx.SINCE_THEN_RE.search(self.low, sent.start, sent.end):
            return False
        return lx.LAUNCH_WORD_RE.search(self.low, self.previous.start, self.previous.end) is not None

    def _may_be_undated_total(self, sent: Sentence, count: Count, clause: tuple[int, int], series: str) -> bool:
        """Can a count with no period be the running total as of publication ("Проєкт отримав понад 144 тис.
        запитів", "понад 20 тисяч військових звернулися")? Only for a series the sentence names, or the post's
        only one, and not from a headline whose series the body never names (headlines garble). An exact figure
        with a plain past verb ("отримав 9 243 звернення") is as likely a month's whose month was left out:
        news rounds running totals ("понад", "more than"), or says "звернулися N людей" of them."""
        if count.qualifier == "exact" and not count.people and count.value <= MONTHLY_RANGE[1]:
            return False  # (a figure no month can hold, "отримав 150 210 звернень", is no month's left out)
        if len(self.tracked) > 1 and not any(s == series for _, s in sent.mentions):
            return False
        if self.in_sentence(lx.UNDATED_BLOCK_RE, sent):
            return False  # "in the first month of 2025", "this week": a time the reader did not place
        if self.in_sentence(lx.DURATION_RE, sent) or self._adds_to_figure(sent, series):
            return False
        headline_end = self.text.find("\n")
        headline = headline_end >= 0 and not self.text[:headline_end].rstrip().endswith((".", "!", "?", "…"))
        if headline and sent.end <= headline_end and self.text[headline_end:].strip():
            return any(p > headline_end and s == series for p, s in self.mentions)
        return True

    def _total_marker_of(self, count: Count, sent: Sentence, clause: tuple[int, int]) -> bool:
        """Is there a running-total word in the clause that speaks of this count, and not of another number
        nearer to it ("received 9,243 requests — bringing the total to 144,138": the total is 144,138's)?"""
        if lx.CUMULATIVE_RE.search(self.low, clause[0], clause[1]) is None:
            return False
        others = [n for n in sent.numbers if clause[0] <= n.start < clause[1] and n.start != count.num_start]
        if not others:
            return True
        for marker in lx.CUMULATIVE_RE.finditer(self.low, clause[0], clause[1]):
            mine = min(abs(marker.start() - count.num_start), abs(marker.end() - count.start))
            if all(min(abs(marker.start() - n.start), abs(marker.end() - n.start)) >= mine for n in others):
                return True
        return False

    def _duration_in(self, start: int, end: int) -> bool:
        """A word of some other span in [start, end), not counting rates ("about 300 a day")."""
        for m in lx.DURATION_RE.finditer(self.low, start, end):
            if not (self.may_rate and lx.RATE_RE.search(self.low, max(start, m.start() - 8), m.end())):
                return True
        return False

    def _month_head_clause(self, sent: Sentence, clause: tuple[int, int], ref: Ref) -> bool:
        """ "In October, I Want to Find received 9,243 requests, and ...": a first clause of only the month
        sets the period of the whole sentence, unless the count's clause compares or names another span
        ("compared with 8,870 a year earlier")."""
        first = clause_of(self.low, sent, sent.start)
        if not first[0] <= ref.start < first[1]:
            return False
        if lx.OTHER_SPAN_RE.search(self.low, clause[0], clause[1]) or self._duration_in(*clause):
            return False
        rest = self.low[first[0] : ref.start] + " " + self.low[ref.end : first[1]]
        if lx.HEAD_MONTH_REST_RE.fullmatch(rest) is not None:
            return True
        # "January was a record month for I Want to Find, with 8,548 requests": the month is the head's subject
        return (not self.low[first[0] : ref.start].strip() and lx.MONTH_SUBJECT_AFTER_RE.match(self.low, ref.end)
                is not None and lx.WITH_FIGURE_CLAUSE_RE.match(self.low, clause[0]) is not None)

    def _elliptic_series_clause(self, sent: Sentence, clause: tuple[int, int], count: Count) -> bool:
        """ "У жовтні «Хочу знайти» отримав 9 243 звернення, а «Хочу жити» — понад 1 000 дзвінків": a clause
        of only a conjunction, another series' name and a dash shares the sentence's month."""
        names = [p for p, s in sent.mentions if s and clause[0] <= p < count.start]
        if len(names) != 1:
            return False
        name = self.cfg.series_re.match(self.low, names[0])
        if name is None:
            return False
        rest = self.low[clause[0] : name.start()] + " " + self.low[name.end() : count.start]
        return lx.ELLIPSIS_REST_RE.fullmatch(rest) is not None

    def _first_year(self, m: re.Match[str], series: str) -> tuple[str, str] | str:
        """ "за рік роботи": the twelve months from launch, when the post is from the anniversary."""
        launched = self.cfg.launched.get(series)
        if launched is None:
            return "period_unknown"
        start = month_number(int(launched[:4]), int(launched[5:7]))
        said_first = m.group("first") is not None
        # Without "first", "a year of work" is the first year only in the weeks after the anniversary.
        latest = None if said_first else start + 12 + FIRST_YEAR_GRACE_MONTHS
        if self.pub_index < start + 12 or (latest is not None and self.pub_index > latest):
            return "period_unknown"
        (y0, m0), (y1, m1) = from_month_number(start), from_month_number(start + 11)
        return "period_total", f"{y0:04d}-{m0:02d}..{y1:04d}-{m1:02d}"

    def _total_marker_between(self, ref: Ref, count: Count, clause: tuple[int, int]) -> bool:
        """A running-total word between a count and its month, or right after the count."""
        lo, hi = min(ref.end, count.start), max(ref.start, count.start)
        tail_end = min(clause[1], count.end + 25)
        for lo_, hi_ in ((lo, hi), (count.end, tail_end)):
            for m in lx.CUMULATIVE_RE.finditer(self.low, lo_, hi_):
                # "рекордное за все время", "the most since launch": part of a record claim.
                near = self.low[max(clause[0], m.start() - 30) : m.start()]
                if not (lx.RECORD_RE.search(near) or lx.SUPERLATIVE_RE.search(near)):
                    return True
        return False

    def _check_period(self, ref: Ref, series: str, sent: Sentence) -> tuple[str, str] | str:
        launched = self.cfg.launched.get(series, "1900-01")
        launch_index = month_number(int(launched[:4]), int(launched[5:7]))
        if ref.month is None:
            if ref.year >= self.published_at.year:
                return "period_partial"  # the year is not over: its total is a running one
            if ref.year * 12 + 11 < launch_index:
                return "period_unknown"
            return "period_total", ref.period
        index = month_number(ref.year, ref.month)
        if index > self.pub_index or index < launch_index:
            return "period_unknown"
        if self._is_running(index, sent):
            return "period_partial"  # "у листопаді вже надійшло 4 000" in a post of 15 November
        return "monthly_count", ref.period

    def _is_running(self, index: int, sent: Sentence | None = None) -> bool:
        """Is this the month of publication, and not yet over? Its counts are only partial. In the
        month's last days it is over, unless the sentence says so far ("вже", "already", "so far")."""
        if index != self.pub_index:
            return False
        if self.published_at.day < MONTH_OVER_DAY:
            return True
        return sent is not None and lx.SO_FAR_RE.search(self.low, sent.start, sent.end) is not None
