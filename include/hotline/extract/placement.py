"""Placement: which kind and period a request count belongs to."""

from __future__ import annotations

import re

from hotline.extract import lexicon as lx
from hotline.extract.scan import (
    Count,
    Ref,
    Sentence,
    clause_of,
    from_index,
    is_change_to,
    month_index,
    pair,
    ref_matches_launch,
)

# "За рік роботи" (no "first") means the first year in a post up to this many months after it ended.
FIRST_YEAR_GRACE_MONTHS = 2
# A count for the month of publication is a whole month only in a post from its last days.
MONTH_OVER_DAY = 28


class Placement:
    """Helpers the placement rules share (a mixin of `PostReader`)."""

    # -- placing a count ------------------------------------------------------------------------

    def place(self, sent: Sentence, count: Count, counts: list[Count], clause: tuple[int, int],
              series: str) -> tuple[str, str] | str | None:
        """(kind, period) for a count, a problem rule, or None (silently not a fact)."""
        low = self.low
        self._placing = count.num_start
        if count.per_month:
            return self._place_per_month(sent, series)
        if self.may_year_to_date and lx.YEAR_TO_DATE_RE.search(low, clause[0], clause[1]):
            return self.decided("year_to_date", "period_partial")
        in_clause = [r for r in sent.refs if clause[0] <= r.start < clause[1]]
        period_refs = [r for r in in_clause if r.role == "period"]
        first_year = self.may(lx.FIRST_YEAR_HINTS) and lx.FIRST_YEAR_RE.search(low, clause[0], clause[1])
        sentence_periods = [r for r in sent.refs if r.role == "period"]
        # "In its first year, the project received 52,052 requests", "Since the project's launch in January
        # 2024, more than 144,000 ...": a head clause that sets the period of the sentence's only count.
        head = None
        if len(counts) == 1 and not sentence_periods:
            first = clause_of(low, sent, sent.start)
            if first != clause and lx.HEAD_PERIOD_RE.match(low, first[0], first[1]):
                head = first
        if not first_year and head is not None and self.may(lx.FIRST_YEAR_HINTS):
            first_year = lx.FIRST_YEAR_RE.search(low, head[0], head[1])
        if first_year:
            if any(r.month is not None for r in period_refs):
                return self.decided("year_and_month", "period_unknown")  # "у січні ... за рік роботи"
            return self.decided("first_year", self._first_year(first_year, series))
        if period_refs:
            ref = pair(count, [c for c in counts if clause[0] <= c.num_start < clause[1]], period_refs)
            if ref is None:
                return self.decided("clause_periods", "month_ambiguous")
            if ref.month is not None and self._total_marker_between(ref, count, clause):
                # "у жовтні загалом/загальна кількість ...": month or running total?
                return self.decided("month_and_total_marker", "kind_ambiguous")
            if ref.month is not None and self.may(lx.PARTIAL_MONTH_HINTS) and lx.PARTIAL_MONTH_RE.search(low, *clause):
                return self.decided("part_of_month", "period_partial")  # "за першу половину жовтня"
            return self.decided("period_in_clause", self._check_period(ref, series, sent))
        starts = [r for r in in_clause if r.role == "start"]
        if not starts and head is not None:
            starts = [r for r in sent.refs if r.role == "start" and head[0] <= r.start < head[1]]
        if starts:
            launched = self.cfg.launched.get(series)
            ok = launched and all(ref_matches_launch(r, launched) for r in starts)
            return self.decided("since_start_date", ("cumulative_total", "since_launch") if ok else "period_unknown")
        if (any(r.role == "as_of" and r.start < count.start for r in sent.refs)
                and not is_change_to(low[max(sent.start, count.start - 40) : count.start])
                and (lx.PERFECT_TO_DATE_RE.search(low, clause[0], clause[1]) or any(
                    r.role == "as_of" and lx.EXPLICIT_AS_OF_RE.search(low, max(sent.start, r.start - 30), r.start)
                    for r in sent.refs))):
            # "by March of this year, around 10,000 Russians had contacted the hotline": a total as of then
            return self.decided("as_of_month", ("cumulative_total", "since_launch"))
        if self.may(lx.SPAN_HINTS) and self.in_sentence(lx.SPAN_RE, sent):
            # "Всего за десять месяцев ... около 95 тысяч": not since launch
            return self.decided("span_of_months", "period_unknown")
        if self._total_marker_of(count, sent, clause):
            return self.decided("running_total_marker", ("cumulative_total", "since_launch"))
        if len(sentence_periods) == 1 and (len(counts) == 1 or self._elliptic_series_clause(sent, clause, count)
                                           or self._month_head_clause(sent, clause, sentence_periods[0])):
            ref = sentence_periods[0]
            if self.parts and clause_of(low, sent, ref.start) in {clause_of(low, sent, p) for p in self.parts}:
                # "..., 50,000 requests, including 12,320 in May": May is the part's
                return self.decided("month_of_a_part", "month_ambiguous")
            return self.decided("sentence_month", self._check_period(ref, series, sent))
        if len(sentence_periods) > 1:
            # "In October, ... received 9,243 requests, down from 10,100 in September": the head's month is the
            # month of a clause that names none (the other month has its own figure)
            first = clause_of(low, sent, sent.start)
            head_months = [r for r in sentence_periods if first[0] <= r.start < first[1]]
            own_refs = any(clause[0] <= r.start < clause[1] for r in sent.refs)
            if (len(head_months) == 1 and first != clause and not own_refs
                    and self._month_head_clause(sent, clause, head_months[0])):
                return self.decided("head_month", self._check_period(head_months[0], series, sent))
        if not sentence_periods and len(counts) == 1 and self.in_sentence(lx.CUMULATIVE_RE, sent):
            return self.decided("sentence_total_marker", ("cumulative_total", "since_launch"))
        if (all(r.role in ("start", "as_of") for r in sent.refs)
                and self.may(lx.PERFECT_HINTS) and lx.PERFECT_TO_DATE_RE.search(low, clause[0], clause[1])
                and not self.in_sentence(lx.UNDATED_BLOCK_RE, sent)):
            # "the project has received more than 16,000 appeals", "вже отримав 9 836": up to now
            return self.decided("received_to_date", ("cumulative_total", "since_launch"))
        if (not sent.refs and len(self.context_periods) == 1
                and not self.in_sentence(lx.CUMULATIVE_RE, sent)
                and not self.in_sentence(lx.DURATION_RE, sent)
                and not self._adds_to_figure(sent, series)):
            period = next(iter(self.context_periods))
            if self._is_running(month_index(int(period[:4]), int(period[5:7])), sent):
                return self.decided("month_still_running", "period_partial")
            if self._month_has_other_value(series, period, count.value):
                # "In April, 3,200 ... . More than 16,000 appeals ...": a month has one value, so not April's
                return self.decided("other_than_months_value", "month_ambiguous")
            return self.decided("earlier_sentence_month", ("monthly_count", period))
        if not sent.refs and self._since_launch_then(sent):
            # "Проєкт запрацював 9 січня 2024 року. Відтоді до нього звернулися 61 210 росіян."
            return self.decided("since_then_launch", ("cumulative_total", "since_launch"))
        if not sent.refs and self._may_be_undated_total(sent, count, clause, series):
            return self.decided("undated", "undated")
        return self.decided("no_period", "month_unknown")

    def _place_per_month(self, sent: Sentence, series: str) -> tuple[str, str] | str | None:
        """A rate per month is the figure of the one month its sentence names ("з березня ... по 3 тис.
        щомісяця", "у грудні, коли ми мали щомісячно по півтори тисячі дзвінків"); with none or several,
        it is no fact (rates were never figures)."""
        months = [r for r in sent.refs if r.month is not None and r.role in ("period", "start", "compare")]
        between = months and any(months[0].end <= n.start < self._placing for n in sent.numbers)
        if len({r.period for r in months}) != 1 or months[0].start > self._placing or between:
            self.note(self._placing, "place:per_month", "a rate per month with no single month: not a figure")
            return None
        return self.decided("per_month", self._check_period(months[0], series, sent))

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
        if count.qualifier == "exact" and not count.people:
            return False
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
        return lx.HEAD_MONTH_REST_RE.fullmatch(rest) is not None

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
        start = month_index(int(launched[:4]), int(launched[5:7]))
        said_first = any(m.group(g) for g in ("uk_first", "uk_first2", "ru_first", "ru_first2", "en_first",
                                              "en_first2"))
        # Without "first", "a year of work" is the first year only in the weeks after the anniversary.
        latest = None if said_first else start + 12 + FIRST_YEAR_GRACE_MONTHS
        if self.pub_index < start + 12 or (latest is not None and self.pub_index > latest):
            return "period_unknown"
        (y0, m0), (y1, m1) = from_index(start), from_index(start + 11)
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
        launch_index = month_index(int(launched[:4]), int(launched[5:7]))
        if ref.month is None:
            if ref.year >= self.published_at.year:
                return "period_partial"  # the year is not over: its total is a running one
            if ref.year * 12 + 11 < launch_index:
                return "period_unknown"
            return "period_total", ref.period
        index = month_index(ref.year, ref.month)
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
