"""`PostReader`: reads one post's sentences in order and decides, number by number, what each states."""

from __future__ import annotations

import bisect
import re
from datetime import datetime
from typing import Any

from hotline.extract import lexicon as lx
from hotline.extract.config import reader_config
from hotline.extract.reconcile import reconcile
from hotline.extract.scan import (
    ALSO_WORDS,
    BARE_SUPERLATIVES,
    TRAILING_BY_RE,
    YEAR_PREPOSITION_RE,
    Count,
    Number,
    Ref,
    Sentence,
    Spans,
    alternates,
    clause_of,
    digit_value,
    ends_with_to,
    from_index,
    is_change_to,
    is_name_use,
    may_have_percent,
    month_index,
    overlaps_any,
    pair,
    ref_matches_launch,
    resolve_year,
    restates,
    starts_inside,
    word_value,
)
from hotline.records import Extraction, Fact, Problem

# (60 000 and up) that lost its marker from ever passing as a month.
MONTHLY_RANGE = (100, 50_000)
TOTAL_RANGE = (100, 10_000_000)
PERCENT_LIMIT = 1000.0
# "The past month" in a post from the first days of a month is the month before (reports come out
# on the 3rd-5th); later it is a rolling 30 days that straddles two months.
ROLLING_MONTH_LAST_DAY = 10
# "За рік роботи" (no "first") means the first year in a post up to this many months after it ended.
FIRST_YEAR_GRACE_MONTHS = 2
# A count for the month of publication is a whole month only in a post from its last days.
MONTH_OVER_DAY = 28
# How far before a count (in its clause) a hedge word is looked for.
HEDGE_WINDOW = 60


# --- the reader --------------------------------------------------------------------------------


# Cheap tests before the patterns they gate: how the text before a number ends.
_FROM_ENDINGS = ("з", "із", "зі", "с", "со", "from")
_FROM_OR_TO_ENDINGS = (*_FROM_ENDINGS, "до", "to")
_INCLUDING_ENDINGS = ("числі", "числе", "including", "зокрема", "частности", "них", "them", "which")


class PostReader:
    """Reads one post. Holds the scans of the whole text and the context between sentences."""

    def __init__(self, text: str, low: str, published_at: datetime, post_id: str, default: str | None):
        self.text = text
        self.low = low
        self.published_at = published_at
        self.pub_index = month_index(published_at.year, published_at.month)
        self.post_id = post_id
        self.default = default
        self.cfg = reader_config()
        self.facts: list[Fact] = []
        self.problems: list[Problem] = []
        self.context_periods: set[str] = set()
        self.month_values: dict[tuple[str, str], list[float]] = {}  # monthly facts read so far, by series and month
        # Counts with no period at all, decided once the whole post is read (see `_settle_undated`).
        self.undated: list[tuple[Count, str, str]] = []
        # Record claims naming a month before its figure ("Прошлый месяц стал рекордным. ... 8 500 ... в январе").
        self.pending_claims: list[tuple[str, str]] = []
        self._has_request_noun: bool | None = None
        self._may_name_place: bool | None = None
        self.may_rate = self.may_record = self.may_breakdown = self.may_year_to_date = False
        self._gates: dict[int, bool] = {}
        self.parts: list[int] = []
        # (position of a number, rule, message): filled only by `explain`, None otherwise (no cost).
        self.notes: list[tuple[int, str, str]] | None = None
        self._placing = 0
        self.read_sentences: list[Sentence] = []
        self.previous: Sentence | None = None  # the sentence before the one being read

    # -- explaining (hotline extract --explain) --------------------------------------------------

    def note(self, pos: int, rule: str, message: str) -> None:
        """Record why the number at `pos` was read as it was (only when explaining)."""
        if self.notes is not None:
            self.notes.append((pos, rule, message))

    def rejected(self, num: Number, rule: str, message: str) -> None:
        """A number that is no request count: noted, and None for the caller to return."""
        if self.notes is not None:
            self.notes.append((num.start, rule, message))

    def decided(self, rule: str, result: tuple[str, str] | str) -> tuple[str, str] | str:
        """The placement `rule` that decided a count's kind and period (or its problem)."""
        if self.notes is not None:
            outcome = f"{result[0]} {result[1]}" if isinstance(result, tuple) else f"not read: {result}"
            if result == "undated":
                outcome = "no period: decided when the whole post is read"
            self.notes.append((self._placing, f"place:{rule}", outcome))
        return result

    def _scan_hints(self) -> None:
        """Which of the costlier patterns can match at all (skipped when a post is left unread)."""
        low = self.low
        self.may_rate = lx.any_hint(low, lx.RATE_HINTS)
        self.may_record = lx.any_hint(low, lx.RECORD_HINTS)
        self.may_breakdown = lx.any_hint(low, lx.BREAKDOWN_HINTS)
        self.may_year_to_date = lx.any_hint(low, lx.YEAR_TO_DATE_HINTS)

    def may(self, hints: tuple[str, ...]) -> bool:
        """The cheap gate of a rarely needed pattern: computed once per post, on first use."""
        key = id(hints)  # the hint lists are module constants; hashing a tuple of strings is dearer
        known = self._gates.get(key)
        if known is None:
            known = self._gates[key] = lx.any_hint(self.low, hints)
        return known

    def first(self, pattern: re.Pattern[str], sent: Sentence) -> re.Match[str] | None:
        """The first match of `pattern` in the sentence, searched once per sentence."""
        key = id(pattern)
        if key in sent.firsts:
            return sent.firsts[key]
        found = sent.firsts[key] = pattern.search(self.low, sent.start, sent.end)
        return found

    def before(self, pattern: re.Pattern[str], sent: Sentence, pos: int) -> bool:
        """Does `pattern` match in the sentence before `pos`? (the same as searching [sent.start, pos))"""
        found = self.first(pattern, sent)
        return found is not None and found.end() <= pos

    def in_sentence(self, pattern: re.Pattern[str], sent: Sentence) -> bool:
        """Does `pattern` match anywhere in the sentence?"""
        return self.first(pattern, sent) is not None

    def has_request_noun(self) -> bool:
        """Does the post speak of requests anywhere? (computed once, only when asked)"""
        if self._has_request_noun is None:
            self._has_request_noun = lx.REQUEST_NOUN_RE.search(self.low) is not None
        return self._has_request_noun

    # -- scanning ------------------------------------------------------------------------------

    def sentences(self) -> list[Sentence]:
        """Split into sentences and attach every mention, reference, percent and number."""
        bounds, start = [], 0
        for brk in lx.SENTENCE_BREAK_RE.finditer(self.text):
            end = brk.start() + len(brk.group().rstrip())  # keep the full stop with its sentence
            if end > start:
                bounds.append((start, end))
            start = brk.end()
        if start < len(self.text):
            bounds.append((start, len(self.text)))
        sentences = [Sentence(s, e) for s, e in bounds]
        starts = [s.start for s in sentences]

        def owner(pos: int) -> Sentence | None:
            i = bisect.bisect_right(starts, pos) - 1
            return sentences[i] if i >= 0 and pos < sentences[i].end else None

        blocked = self._scan_refs(owner)
        percents = list(lx.PERCENT_RE.finditer(self.low)) if may_have_percent(self.low) else []
        if lx.any_hint(self.low, lx.DOUBLING_HINTS):
            percents += lx.DOUBLING_RE.finditer(self.low)
        for m in percents:
            sent = owner(m.start())
            if sent is not None:
                sent.percents.append(m)
                blocked.append((m.start(), m.end()))
        for number in self._scan_numbers(blocked):
            sent = owner(number.start)
            if sent is not None and number.end <= sent.end:
                sent.numbers.append(number)
        for pos, series in self.mentions:
            sent = owner(pos)
            if sent is not None:
                sent.mentions.append((pos, series))
        for sent in sentences:
            sent.refs.sort(key=lambda r: r.start)
        return sentences

    def _scan_refs(self, owner: Any) -> list[tuple[int, int]]:
        low, blocked = self.low, []
        months = lx.MONTH_RE.finditer(low) if lx.MONTH_HINT_RE.search(low) else ()
        for m in months:
            name = m.group("name")
            if name in lx.EN_MONTH_WORDS and not self.text[m.start()].isupper():
                continue  # "may", "march" as ordinary words
            sent = owner(m.start())
            if low.startswith("-", m.end()):
                self._month_pair(m, sent, blocked)
                continue
            if self._scan_date(m, sent, blocked):
                continue
            blocked.append((m.start(), m.end()))
            if sent is not None:
                sent.refs.append(self._month_ref(m, sent))
        if not lx.any_hint(low, lx.MONTH_WORD_HINTS):
            return self._scan_years(owner, blocked)
        if lx.any_hint(low, lx.FIRST_MONTH_HINTS):
            for m in lx.FIRST_MONTH_OF_YEAR_RE.finditer(low):
                sent = owner(m.start())
                blocked.append((m.start(), m.end()))
                if sent is not None:  # "in the first month of 2025": January
                    year = m.group("en_year") or m.group("uk_year") or m.group("ru_year")
                    sent.refs.append(Ref(m.start(), m.end(), int(year) if year else self.published_at.year, 1,
                                         self._role(sent.start, m.start()), True))
        if lx.any_hint(low, lx.LAST_HINTS):
            for m in lx.LAST_MONTH_RE.finditer(low):
                sent = owner(m.start())
                if sent is None:
                    continue
                year, month = from_index(self.pub_index - 1)
                role = self._role(sent.start, m.start(), m.end())
                if m.group("rolling") and self.published_at.day > ROLLING_MONTH_LAST_DAY:
                    role = "rolling"  # the 30 days before a mid-month post: no calendar month
                sent.refs.append(Ref(m.start(), m.end(), year, month, role, True))
        if lx.any_hint(low, lx.THIS_HINTS):
            for m in lx.THIS_MONTH_RE.finditer(low):
                sent = owner(m.start())
                if sent is not None:  # "so far this month": the month of publication, still running
                    role = self._role(sent.start, m.start(), m.end())
                    sent.refs.append(Ref(m.start(), m.end(), self.published_at.year, self.published_at.month,
                                          role, True))
        return self._scan_years(owner, blocked)

    def _month_pair(self, m: re.Match[str], sent: Sentence | None, blocked: list[tuple[int, int]]) -> None:
        """ "у травні-червні", "May-June": a range of two months, so both are references (and a count
        there belongs to neither, nor to a month of an earlier sentence)."""
        second = lx.MONTH_AFTER_HYPHEN_RE.match(self.low, m.end())
        if second is None:
            return
        blocked.append((m.start(), second.end()))
        if sent is None:
            return
        role = self._role(sent.start, m.start())
        for start, end in ((m.start(), m.end()), (second.start("name"), second.end())):
            month = lx.MONTH_BY_WORD[self.low[start:end]]
            year = resolve_year(month, self.published_at)
            sent.refs.append(Ref(start, end, year, month, role, False))

    def _scan_date(self, m: re.Match[str], sent: Sentence | None, blocked: list[tuple[int, int]]) -> bool:
        """Block a date ("4 лютого", "February 4, 2025"); keep it as a reference if it starts a period."""
        low, name = self.low, m.group("name")
        day = None
        if name in lx.GENITIVE_WORDS or name in lx.EN_MONTH_WORDS:
            day = lx.DAY_BEFORE_RE.search(low, max(0, m.start() - 8), m.start())
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
        role = self._role(sent.start, start) if sent is not None else None
        if sent is not None and role in ("start", "as_of"):
            # "з 9 січня 2024 року": a start date, which may be the series' launch; "станом на 1 грудня": as of.
            month = lx.MONTH_BY_WORD[name]
            explicit = year is not None
            year = year if explicit else resolve_year(month, self.published_at)
            sent.refs.append(Ref(start, end, year, month, role, explicit))
        return True

    def _scan_years(self, owner: Any, blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
        low = self.low
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
                ref = self._year_ref(m, sent, has_year_word)
                if ref is not None:
                    sent.refs.append(ref)
        return blocked

    def _month_ref(self, m: re.Match[str], sent: Sentence) -> Ref:
        month = lx.MONTH_BY_WORD[m.group("name")]
        role = self._role(sent.start, m.start(), m.end())
        if m.group("year"):
            return Ref(m.start(), m.end(), int(m.group("year")), month, role, True)
        rel = m.group("rel")
        if rel:
            back = 0 if rel.split()[-1] in ("цього", "поточного", "этого", "текущего", "this") else 1
            return Ref(m.start(), m.end(), self.published_at.year - back, month, role, True)
        if self.may(lx.YEAR_AGO_HINTS):
            before = lx.YEAR_AGO_BEFORE_RE.search(self.low, max(sent.start, m.start() - 24), m.start())
            if before is not None and before.group("comma"):
                # "Last year, in May, ..." or "..., що діє минулого року, у травні ...": which is it?
                return Ref(m.start(), m.end(), self.published_at.year - 1, month, "uncertain", True)
            if before is not None or lx.YEAR_AGO_AFTER_RE.match(self.low, m.end()):
                # "торік у травні", "в мае год назад": that month of the year before publication
                return Ref(m.start(), m.end(), self.published_at.year - 1, month, role, True)
        return Ref(m.start(), m.end(), resolve_year(month, self.published_at), month, role, False)

    def _year_ref(self, m: re.Match[str], sent: Sentence, has_year_word: bool) -> Ref | None:
        before = self.low[max(sent.start, m.start() - 12) : m.start()]
        role = self._role(sent.start, m.start())
        if role == "period" and not has_year_word and not YEAR_PREPOSITION_RE.search(before):
            return None  # a bare four-digit number: blocked as a count, but not a period either
        return Ref(m.start(), m.end(), int(m.group("year")), None, role, True)

    def _role(self, sent_start: int, pos: int, end: int | None = None) -> str:
        """The role of the month or year at `pos` (ending at `end`, for a month that may date a report)."""
        if end is not None and lx.REPORTED_AFTER_RE.match(self.low, end):
            return "reported"  # "У жовтні штаб повідомив, що ...": when it was said, not what it counts
        before = self.low[max(sent_start, pos - 48) : pos]
        tail = before[-26:]  # the anchored role phrases are all shorter than this
        if end is not None:
            if lx.REPORTED_NOUN_AFTER_RE.match(self.low, end):
                return "reported"  # "in a May statement": when it was said
            if self.may(lx.REPORTED_BEFORE_HINTS) and lx.REPORTED_THAT_AFTER_RE.match(self.low, end) and (
                    lx.REPORTED_BEFORE_RE.search(self.low, max(sent_start, pos - 40), pos)):
                return "reported"  # "The HQ reported in May that ...", "..., the HQ said in May."
        if lx.ROLE_NEGATED_RE.search(tail):
            return "negated"
        if lx.ROLE_COMPARE_RE.search(tail):
            return "compare"
        if lx.ROLE_AS_OF_RE.search(tail):
            return "as_of"
        if lx.ROLE_START_RE.search(tail) or lx.ROLE_START_WORD_RE.search(before):
            return "start"
        return "period"

    def _scan_numbers(self, spans: list[tuple[int, int]]) -> list[Number]:
        low = self.low
        index = Spans(spans) if len(spans) > Spans.SMALL else None  # a handful of spans: a plain loop
        found: list[Number] = []
        seen_words: set[int] = set()
        for scale in lx.WORD_NUMBER_HINT_RE.finditer(low):
            # Word numbers end at a thousands word: read only the text around each one.
            lo, hi = max(0, scale.start() - 60), min(len(low), scale.end() + 40)
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

    # -- series ------------------------------------------------------------------------------

    def find_mentions(self, first: int = 0) -> None:
        """Tracked series names (validated as names, not phrases) and look-alike projects.

        `first`: where the first series name starts, when the caller has already searched for it.
        """
        cfg, low, text = self.cfg, self.low, self.text
        self.mentions: list[tuple[int, str]] = []
        for m in cfg.series_re.finditer(low, first):
            if is_name_use(text, low, m.start(), m.end()):
                key = " ".join(re.split(r"[\s-]+", m.group()))
                self.mentions.append((m.start(), cfg.series_by_name.get(key, "")))
        self.mentions = [(p, s) for p, s in self.mentions if s]
        if cfg.distractor_re is not None and lx.any_hint(low, cfg.distractor_words):
            self.mentions += [(m.start(), "") for m in cfg.distractor_re.finditer(low)]
        self.mentions.sort()
        self.tracked = {s for _, s in self.mentions if s}
        self.has_distractor = any(not s for _, s in self.mentions)

    def series_for(self, sent: Sentence, pos: int, clause: tuple[int, int]) -> tuple[str | None, str | None]:
        """(series, None), (None, problem rule) or (None, None) when the count is not ours."""
        topic = self.cfg.topic_re
        if sent.mentions:
            if len({s for _, s in sent.mentions}) > 1 and not alternates(sent, pos):
                return None, "series_ambiguous"
            before = [s for p, s in sent.mentions if p < pos]
            series = before[-1] if before else next(s for p, s in sent.mentions if p > pos)
            if not series or (topic is not None and topic.search(self.low, pos, clause[1])):
                return None, None
            return series, None
        if topic is not None and self.in_sentence(topic, sent):
            return None, None
        if len(self.tracked) == 1 and not self.has_distractor:
            return next(iter(self.tracked)), None
        if self.tracked:
            return None, "series_ambiguous"
        if self.has_distractor:
            return None, None
        return self.default, None

    # -- counts -------------------------------------------------------------------------------

    def request_count(self, sent: Sentence, num: Number) -> Count | None:
        """The number as a request count, or None if the text does not say it counts requests."""
        low = self.low
        window = low[max(sent.start, num.start - 30) : num.start]  # the longest qualifier is shorter
        qual = lx.QUALIFIER_BEFORE_RE.search(window)
        qualifier, q_start = "exact", num.start
        if qual:
            qualifier = lx.qualifier_of(" ".join(qual.group("q").split()))
            q_start = num.start - (len(window) - qual.start())
        before = low[max(sent.start, q_start - 40) : q_start]
        if before.rstrip().endswith(_FROM_OR_TO_ENDINGS) and self._month_to_month(sent, num, before):
            # "зросла з 10 440 у квітні до 12 320 у травні": each is its month's figure
            count = self._counted(sent, num, q_start, num.end, "", qualifier)
            if count is not None:
                self.note(num.start, "counts", f"counts {count.unit}, one side of a change from month to month")
                return count
        bad = lx.BAD_BEFORE_RE.search(before, max(0, len(before) - 24))
        if bad and lx.OF_THEM_RE.fullmatch(bad.group().strip()) and self._month_part(
                sent, clause_of(low, sent, q_start)):
            bad = None  # "153 000 обращений, из них 8 900 — в ноябре": November's part of the total
        if bad and bad.group().strip() == "by" and lx.REQUEST_VERB_BEFORE_RE.search(before):
            bad = None  # "has been contacted by 6,543 Russian soldiers": who turned to it, not a change by
        if bad and not (bad.group().strip() == "по" and self._per_month_clause(sent, q_start)):
            return self.rejected(num, "bad_before", "a word before it makes it no count (a change, an id, a bound)")
        if ends_with_to(before) and not is_change_to(before):
            return self.rejected(num, "bound", "'до' / 'up to' before it: a bound, not a count")
        after = num.end
        post = lx.QUALIFIER_AFTER_RE.match(low, after)
        if post:
            qualifier, after = "over", post.end()
        if lx.BAD_AFTER_RE.match(low, after, sent.end):
            return self.rejected(num, "bad_after", "an ordinal, an age, a range or 'of them' after it")
        count = self._counted(sent, num, q_start, after, before, qualifier)
        if count is None:
            return self.rejected(num, "not_requests", "the text does not say it counts requests")
        # The rate check is the dearest, so it runs only on numbers that look like counts.
        rate = self._rate(sent, q_start, after)
        if rate is not None and not self._per_month_of(rate, num, q_start):
            return self.rejected(num, "rate", "a rate or an average (per day, per week, on average)")
        if rate is not None:
            count.per_month = True  # "по 3 тис. звернень щомісяця": the month's figure, give or take
            count.qualifier = "about" if count.qualifier == "exact" else count.qualifier
        if self._called_wrong(sent, q_start):
            return self.rejected(num, "not_stated", "called wrong, denied, expected, hedged or hypothetical")
        if self.notes is not None:
            how = "a request noun beside it" if count.strong else "the sentence speaks of requests"
            self.note(num.start, "counts", f"counts {count.unit} ({how}), qualifier {count.qualifier}")
        return count

    def _called_wrong(self, sent: Sentence, q_start: int) -> bool:
        """A figure the text calls wrong ("помилково вказано, що ... 9 234", "incorrectly said"), denies
        ("спростували", "— фейк", "denied reports that"), or only expects, wishes or hears of
        ("очікували понад 15 тисяч", "could have received", "нібито", "якщо")."""
        low = self.low
        if self.may(lx.ERRONEOUS_HINTS) and self.before(lx.ERRONEOUS_RE, sent, q_start):
            return True
        if self.may(lx.DENIED_HINTS) and self.in_sentence(lx.DENIED_RE, sent):
            return True
        if self.may(lx.EXPECTED_HINTS) and self.before(lx.EXPECTED_THAT_RE, sent, q_start):
            return True  # "очікували, що ... надійде 9 243": what was expected, in a clause of its own
        # The hedge stands close before the figure ("очікували понад 15 тисяч", "could have received").
        start = max(clause_of(low, sent, q_start)[0], q_start - HEDGE_WINDOW)
        hedge = lx.HEDGED_RE.search(low, start, q_start)
        while hedge is not None:
            if not (lx.AS_EXPECTED_WORD_RE.match(low, hedge.start(), q_start)
                    and lx.AS_EXPECTED_BEFORE_RE.search(low, max(0, hedge.start() - 8), hedge.start())):
                return True
            hedge = lx.HEDGED_RE.search(low, hedge.end(), q_start)  # "як і очікувалося": it came true
        return False

    def _counted(self, sent: Sentence, num: Number, q_start: int, after: int, before: str,
                 qualifier: str) -> Count | None:
        """Does the text say what the number counts, and is it requests?"""
        low = self.low
        if before.rstrip().endswith("(") and low.startswith(")", after):
            return self._restated(sent, num, q_start, qualifier)
        if lx.TIMES_AFTER_RE.match(low, after, sent.end):
            if lx.MULTIPLIER_BEFORE_RE.search(before) or not self.before(lx.REQUEST_VERB_RE, sent, q_start):
                return None
            return Count(q_start, num.start, num.end, num.value, qualifier, True)
        if lx.REQUEST_AFTER_RE.match(low, after, sent.end) or (
                low.startswith(("—", " —", "–", " –"), after) and lx.SO_MANY_AFTER_RE.match(low, after, sent.end)):
            return Count(q_start, num.start, num.end, num.value, qualifier, True)
        if lx.MISSING_AFTER_RE.match(low, after, sent.end) and lx.REQUESTS_ABOUT_BEFORE_RE.search(before):
            # "запити про 50 тисяч зниклих": requests counted by the people they are about
            return Count(q_start, num.start, num.end, num.value, qualifier, True, people=True)
        if lx.CALL_AFTER_RE.match(low, after, sent.end):
            return Count(q_start, num.start, num.end, num.value, qualifier, True, "calls")
        if self._people_turning_to(sent, after, before):
            return Count(q_start, num.start, num.end, num.value, qualifier, True, people=True)
        if num.from_words or not lx.SAFE_AFTER_RE.match(low, after, sent.end):
            return None
        if before.rstrip().endswith(_INCLUDING_ENDINGS) and lx.INCLUDING_BEFORE_RE.search(before):
            # "144 000 росіян ..., в тому числі 9 243 у жовтні": the part counts what the whole counts
            whole = [n for n in sent.numbers if n.end <= q_start]
            counted = self.request_count(sent, whole[-1]) if whole else None
            if counted is not None:
                return Count(q_start, num.start, num.end, num.value, qualifier, False, counted.unit)
        unit = self._request_context(sent, q_start, before)
        if unit is not None:
            return Count(q_start, num.start, num.end, num.value, qualifier, False, unit)
        return None

    def _people_turning_to(self, sent: Sentence, after: int, before: str) -> bool:
        """ "обратились более 9 тысяч человек", "10,000 families turned to": people who sent requests."""
        people = lx.PEOPLE_AFTER_RE.match(self.low, after, sent.end)
        if people is None:
            return False
        if lx.INTENT_VERB_AFTER_RE.match(self.low, people.end(), sent.end):
            return True  # "понад 25 тисяч окупантів висловили бажання здатися у полон"
        captivity = lx.CAPTIVITY_RE.search(self.low, after, sent.end)
        if captivity and not lx.SURRENDER_BEFORE_RE.search(self.low, max(after, captivity.start() - 30),
                                                             captivity.start()):
            return False  # "1 790 родин, чиї сини в полоні": a subset, not the month's requests
        if lx.REQUEST_VERB_BEFORE_RE.search(before):
            return True
        if lx.KIN_BEFORE_RE.search(before):
            return False  # "родичі 1 790 людей": the number counts someone's kin
        return lx.PEOPLE_VERB_AFTER_RE.match(self.low, people.end(), sent.end) is not None

    def _restated(self, sent: Sentence, num: Number, q_start: int, qualifier: str) -> Count | None:
        """ "понад 144 тис. (144 138)", "более 144 тыс. заявок (144 138)": the exact form of the count
        just before the bracket, which it must agree with."""
        previous = [n for n in sent.numbers if n.end <= q_start]
        if not previous:
            return None
        gap = self.low[previous[-1].end : q_start]
        noun = lx.REQUEST_AFTER_RE.match(gap)
        if (gap[noun.end() :] if noun else gap).strip() != "(":
            return None
        rounded = self.request_count(sent, previous[-1])
        if rounded is None or not restates(rounded, num.value):
            return None
        return Count(q_start, num.start, num.end, num.value, qualifier, False, rounded.unit, rounded.num_start)

    def _month_to_month(self, sent: Sentence, num: Number, before: str) -> bool:
        """Is the number one side of a change between two months' figures ("з 10 440 у квітні до 12 320 у
        травні", "up from 10,440 in April"), in a sentence that says the count changed?"""
        low = self.low
        tail = before.rstrip()
        if tail.endswith(_FROM_ENDINGS) and lx.FROM_BEFORE_RE.search(before):
            after = lx.FROM_MONTH_TO_AFTER_RE.match(low, num.end) or (
                tail.endswith("from") and lx.FROM_MONTH_AFTER_RE.match(low, num.end))
        elif tail.endswith(("до", "to")):
            after = lx.TO_AFTER_FROM_BEFORE_RE.search(low, max(sent.start, num.start - 60), num.start) and (
                lx.FROM_MONTH_AFTER_RE.match(low, num.end))
        else:
            return False
        if not after:
            return False
        return (lx.INCREASE_RE.search(low, sent.start, sent.end) or lx.DECREASE_RE.search(
            low, sent.start, sent.end)) is not None

    def _rate(self, sent: Sentence, q_start: int, after: int) -> re.Match[str] | None:
        """The rate or average word that makes the count a rate ("300 щодня", "в среднем"), if any."""
        if not self.may_rate:
            return None
        low = self.low
        stop = lx.RATE_WINDOW_STOP_RE.search(low, after, sent.end)
        rate = lx.RATE_RE.search(low, after, stop.start() if stop else sent.end)
        if rate is not None:
            return rate
        clause_start = clause_of(low, sent, q_start)[0]
        for rate in lx.RATE_RE.finditer(low, clause_start, q_start):
            # "about 300 a day — bringing the total to 144,138": the rate is of the number right before it
            if not any(n.end <= rate.start() <= n.end + 20 for n in sent.numbers if n.end <= q_start):
                return rate
        return None

    def _per_month_of(self, rate: re.Match[str], num: Number, q_start: int) -> bool:
        """Is the rate a rate per month, said of this count itself: right after it and its noun ("3 тис.
        звернень щомісяця") or right before it ("щомісячно по півтори тисячі"), not of another figure in the
        clause ("3,000 calls more than doubled the monthly figures of February")?"""
        if not lx.PER_MONTH_RE.fullmatch(rate.group()):
            return False
        return num.end <= rate.start() <= num.end + 24 or q_start - 8 <= rate.end() <= q_start

    def _rate_near(self, pos: int, sent: Sentence) -> bool:
        """A rate word in the clause of `pos` ("рекордна кількість звернень за добу"), not elsewhere in the
        sentence ("a record 3,000 in March, double the monthly average of 2022")."""
        clause = clause_of(self.low, sent, pos)
        return lx.RATE_RE.search(self.low, clause[0], clause[1]) is not None

    def _per_month_clause(self, sent: Sentence, pos: int) -> bool:
        """Does the clause at `pos` speak of a rate per month ("по 3 тис. звернень щомісяця")?"""
        if not self.may_rate:
            return False
        clause = clause_of(self.low, sent, pos)
        return lx.PER_MONTH_RE.search(self.low, clause[0], clause[1]) is not None

    def _request_context(self, sent: Sentence, q_start: int, before: str) -> str | None:
        """The unit ("requests" or "calls") the sentence says a bare number counts, if it does."""
        if before.rstrip().endswith("("):
            return None  # "(1 200)": a breakdown or an aside, unless it restates a count
        if self.before(lx.REQUEST_NOUN_RE, sent, q_start):
            return "requests"
        if self.before(lx.CALL_NOUN_RE, sent, q_start):
            return "calls"  # "кількість дзвінків ... перевищила 1 500"
        if not self.has_request_noun():
            return None
        if self.before(lx.ANAPHOR_RE, sent, q_start):
            return "requests"
        if (self.previous is not None and self.before(lx.CUMULATIVE_RE, sent, q_start)
                and self.in_sentence(lx.REQUEST_NOUN_RE, self.previous)):
            return "requests"  # "У жовтні ... 9 243 звернення. Загалом надійшло понад 144 тисячі."
        if before.rstrip()[-1:] not in ("—", ":", "–"):
            return None
        named = any(p < q_start for p, s in sent.mentions if s)
        return "requests" if named or self._is_elliptic(sent, q_start) else None

    def _is_elliptic(self, sent: Sentence, q_start: int) -> bool:
        """ "У жовтні — 9 243.", "Січень: 8 548": only a month and a dash before the number."""
        head = self.low[sent.start : q_start]
        refs = [r for r in sent.refs if r.role == "period" and r.month and r.end <= q_start]
        if len(refs) != 1:
            return False
        ref = refs[0]
        rest = head[: ref.start - sent.start] + " " + head[ref.end - sent.start :]
        return lx.ELLIPSIS_REST_RE.fullmatch(rest) is not None

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

    # -- percents and records -----------------------------------------------------------------

    def percent_facts(self, sent: Sentence, evidence: str, sentence_monthly: list[Fact]) -> list[Fact]:
        """Month-over-month changes: a direction and the previous month as the anchor."""
        out = []
        for m in sent.percents:
            fact = self._percent_fact(sent, m, evidence, sentence_monthly)
            if fact is not None:
                out.append(fact)
        return out

    def _percent_fact(self, sent: Sentence, m: re.Match[str], evidence: str,
                      sentence_monthly: list[Fact]) -> Fact | None:
        low = self.low
        lo, hi = max(sent.start, m.start() - 45), min(sent.end, m.end() + 45)
        factor = "up" in m.re.groupindex  # "вдвічі більше", "doubled": a change by a factor, its direction said
        if factor:
            up, down = m.group("up") is not None, m.group("down") is not None
        else:
            up = lx.INCREASE_RE.search(low, lo, hi) is not None
            down = lx.DECREASE_RE.search(low, lo, hi) is not None
        if up == down or (self.may_rate and lx.RATE_RE.search(low, lo, hi)):
            return None
        hi_anchor = min(sent.end, m.end() + 70)
        compare = [
            r for r in sent.refs
            if r.month and lo <= r.start < hi_anchor
            and (r.role == "compare" or (r.role == "start" and r.start > m.end()))  # "up 4% from September"
        ]
        generic = lx.PREV_MONTH_ANCHOR_RE.search(low, lo, hi_anchor)
        if not compare and not generic:
            return None
        series, _rule = self.series_for(sent, m.start(), (sent.start, sent.end))
        if series is None:
            return None
        target = self._percent_target(sent, sentence_monthly)
        # The anchor is the compared month nearest after the percent ("на 4% більше, ніж у вересні"),
        # else the nearest before it ("порівняно з березнем на 10%").
        after = [r for r in compare if r.start > m.end()]
        anchor = after[0] if after else (compare[-1] if compare else None)
        period = self._mom_period(anchor, target) if anchor is not None else target
        if period is None or self._is_running(month_index(int(period[:4]), int(period[5:7]))):
            return None
        value = (100.0 if up else 50.0) if factor else float(m.group("num").replace(",", "."))
        if value > PERCENT_LIMIT:
            return None
        qual = lx.QUALIFIER_BEFORE_RE.search(TRAILING_BY_RE.sub("", low[lo : m.start()]))
        qualifier = lx.qualifier_of(" ".join(qual.group("q").split())) if qual else "exact"
        return Fact(self.post_id, series, "mom_change_pct", period, value if up else -value, qualifier, evidence)

    def _percent_target(self, sent: Sentence, sentence_monthly: list[Fact]) -> str | None:
        periods = {r.period for r in sent.refs if r.role == "period" and r.month}
        if len(periods) == 1:
            return next(iter(periods))
        if periods:
            return None
        own = {f.period for f in sentence_monthly}
        if len(own) == 1:
            return next(iter(own))
        if len(self.context_periods) == 1 and not own:
            return next(iter(self.context_periods))
        return None

    def _mom_period(self, compare: Ref, target: str | None) -> str | None:
        # The month the change is FOR must be stated (or be the post's month): inferring it from
        # the compared month alone would read "than October last year" as a change for November.
        if target is None or compare.month is None:
            return None
        year, month = int(target[:4]), int(target[5:7])
        prev_year, prev_month = from_index(month_index(year, month) - 1)
        ok = prev_month == compare.month and (not compare.explicit_year or compare.year == prev_year)
        return target if ok else None

    def record_facts(self, sent: Sentence, evidence: str, sentence_monthly: list[Fact],
                     previous_monthly: list[Fact], has_counts: bool) -> list[Fact]:
        """A record claim becomes a fact about the one monthly count it speaks of."""
        if not self.may_record:
            return []
        low = self.low
        claims = lx.RECORD_RE.search(low, sent.start, sent.end) or (
            lx.SUPERLATIVE_RE.search(low, sent.start, sent.end)
            and lx.SUPERLATIVE_SCOPE_RE.search(low, sent.start, sent.end)
        )
        if not claims or lx.RECORD_NEGATION_RE.search(low, sent.start, sent.end):
            return []
        if self._rate_near(claims.start(), sent):
            return []  # "the most requests per day": a rate's record, not the month's
        topic = self.cfg.topic_re
        if topic is not None and topic.search(low, sent.start, sent.end):
            return []  # "попри рекордний обмін": someone else's record
        if sentence_monthly:
            target = sentence_monthly
        elif not has_counts and not sent.numbers and not any(r.role == "period" for r in sent.refs):
            target = previous_monthly
        else:
            months = {r.period for r in sent.refs if r.role == "period" and r.month}
            if not has_counts and not sent.numbers and len(months) == 1:
                self.pending_claims.append((next(iter(months)), evidence))  # "В січні ... рекордну кількість"
            return []
        keys = {(f.series, f.period) for f in target}
        if len(keys) != 1:
            return []
        best = min(target, key=lambda f: ("exact", "over", "about").index(f.qualifier))
        return [Fact(self.post_id, best.series, "record_claim", best.period, best.value, best.qualifier,
                     evidence)]

    # -- the whole post -----------------------------------------------------------------------

    def run(self) -> Extraction:
        """Read every sentence in order, then reconcile the facts."""
        self._scan_hints()
        previous_monthly: list[Fact] = []
        self.read_sentences = self.sentences()
        for index, sent in enumerate(self.read_sentences):
            self.previous = self.read_sentences[index - 1] if index else None
            if not sent.numbers and not sent.percents and not self.may_record:
                # Nothing to read here (no count, change or claim); only its months serve the next sentence.
                previous_monthly = []
                if sent.refs:
                    self.context_periods |= {r.period for r in sent.refs if r.role == "period" and r.month}
                continue
            evidence = self.text[sent.start : sent.end].strip()
            problems_before = len(self.problems)
            counts, facts = self._sentence_counts(sent, evidence)
            sentence_monthly = [f for f in facts if f.kind == "monthly_count"]
            self.facts.extend(self.percent_facts(sent, evidence, sentence_monthly))
            has_counts = bool(counts)
            # A count of the sentence went unread (a month still running, no single series...): a
            # record claim may be about that one, so it must not fall to the count that was read.
            claimable = sentence_monthly if len(self.problems) == problems_before else []
            self.facts.extend(self.record_facts(sent, evidence, claimable, previous_monthly, has_counts))
            previous_monthly = claimable
            self.context_periods |= {r.period for r in sent.refs if r.role == "period" and r.month}
            self.context_periods |= {f.period for f in sentence_monthly}
        self._settle_undated()
        self._settle_pending_claims()
        return reconcile(self.facts, self.problems, self.post_id)

    def _settle_undated(self) -> None:
        """A count with no period anywhere near it is the running total as of publication, unless the post
        gives a month a figure as large (then it may be that month's, said again: quarantined)."""
        if not self.undated:
            return
        largest: dict[str, float] = {}
        for (series, _), values in self.month_values.items():
            largest[series] = max(largest.get(series, 0.0), *values)
        named_months = any(r.month is not None and r.role not in ("start", "as_of")
                           for sent in self.read_sentences for r in sent.refs)
        for count, series, evidence in self.undated:
            if largest.get(series, 0.0) >= 0.5 * count.value or (series not in largest and named_months):
                self.note(count.num_start, "undated", "no period, and it may be a month's of the post: quarantined")
                self._problem("month_unknown", f"{series}: count {count.value:g} has no readable period", evidence,
                              series)
                continue
            self.note(count.num_start, "undated", "no period in the post for it: the running total as of publication")
            self.facts.append(Fact(self.post_id, series, "cumulative_total", "since_launch", count.value,
                                   count.qualifier, evidence))

    def _settle_pending_claims(self) -> None:
        """A record claim that named its month before the figure came: the one series' count of that month."""
        for period, evidence in self.pending_claims:  # usually none
            target = [f for f in self.facts if f.kind == "monthly_count" and f.period == period]
            if len({f.series for f in target}) != 1:
                continue
            best = min(target, key=lambda f: ("exact", "over", "about").index(f.qualifier))
            self.facts.append(Fact(self.post_id, best.series, "record_claim", period, best.value, best.qualifier,
                                   evidence))

    def _sentence_counts(self, sent: Sentence, evidence: str) -> tuple[list[Count], list[Fact]]:
        counts = []
        self.parts = []  # counts of the sentence dropped as a share or subset ("including 12,320 in May")
        for number in sent.numbers:  # a plain loop: this runs for every number of every post
            count = self.request_count(sent, number)
            if count is not None:
                if self._in_breakdown(sent, count):
                    self.parts.append(count.num_start)
                    self.note(count.num_start, "part", "a share or subset (a region, 'including', 'the most from')")
                else:
                    counts.append(count)
        restated = {c.restates for c in counts if c.restates is not None}
        if restated:  # "более 9 тыс. заявок (9 243)": one count, read in its exact form
            for start in restated:
                self.note(start, "restated", "restated exactly in the brackets after it")
            counts = [c for c in counts if c.num_start not in restated]
        facts = []
        for count in counts:
            clause = clause_of(self.low, sent, count.num_start)
            series, rule = self.series_for(sent, count.num_start, clause)
            if series is None:
                self.note(count.num_start, "series", f"no single tracked series ({rule or 'another project or topic'})")
                if rule:
                    self._problem(rule, f"a request count {count.value:g} with no single series", evidence)
                continue
            if count.unit == "calls" and not self._calls_of(sent, series, evidence):
                self.note(count.num_start, "calls", f"calls, but not {series}'s own")
                continue
            placed = self.place(sent, count, counts, clause, series)
            if placed is None:
                continue
            if placed == "undated":
                self.undated.append((count, series, evidence))
                continue
            if isinstance(placed, str):
                self._problem(placed, f"{series}: count {count.value:g} has no readable period", evidence,
                              series)
                continue
            kind, period = placed
            low_bound, high_bound = MONTHLY_RANGE if kind == "monthly_count" else TOTAL_RANGE
            if not low_bound <= count.value <= high_bound:
                self.note(count.num_start, "range", f"{count.value:g} is out of the plausible range of a {kind}")
                continue
            fact = Fact(self.post_id, series, kind, period, count.value, count.qualifier, evidence)
            facts.append(fact)
            if kind == "monthly_count":
                self.month_values.setdefault((series, period), []).append(count.value)
        self.facts.extend(facts)
        return counts, facts

    def _adds_to_figure(self, sent: Sentence, series: str) -> bool:
        """Does the sentence add to or pick from a figure already given ("Ще 2 100 звернень", "Of these")?
        Not when it only adds the other project's own count, named there, beside the month's figure of
        the first ("«Хочу знайти»: у жовтні 9 243. Ще 1 200 звернень надійшло через «Хочу жити»")."""
        additive = lx.ADDITIVE_RE.search(self.low, sent.start, sent.end)
        if additive is None:
            return False
        if additive.group() not in ALSO_WORDS or {s for _, s in sent.mentions} != {series}:
            return True
        if lx.ADDITIVE_RE.search(self.low, additive.end(), sent.end) or lx.FORWARDED_RE.search(
                self.low, sent.start, sent.end):
            return True  # "ще ... з них", "переадресували до «Хочу жити»": from the first project's figure
        period = next(iter(self.context_periods))
        read = {s for s in self.tracked if (s, period) in self.month_values}
        return not read or series in read

    def _calls_of(self, sent: Sentence, series: str, evidence: str) -> bool:
        """Are these calls the series' requests? Any hotline takes calls, so the series must be named
        in the sentence itself, and no other line by its number ("на лінію 112")."""
        # In a post about one hotline alone, its spokesman's "we had 1,500 calls" is that hotline's.
        only_series = (len(self.tracked) == 1 and not self.has_distractor
                       and self.in_sentence(lx.FIRST_PERSON_RE, sent))
        if (not sent.mentions and not only_series) or self.in_sentence(lx.NUMBERED_LINE_RE, sent):
            return False
        if series not in self.cfg.call_series:
            self._problem("unit_calls", f"{series}: a count of calls, but the series counts requests", evidence,
                          series)
            return False
        return True

    def _in_breakdown(self, sent: Sentence, count: Count) -> bool:
        clause = clause_of(self.low, sent, count.num_start)
        if self._may_name_place is None:  # once per post, on first use
            self._may_name_place = lx.BREAKDOWN_PLACE_RE.search(self.text) is not None
        if self._may_name_place and lx.BREAKDOWN_PLACE_RE.search(self.text, clause[0], clause[1]):
            return True  # "з Башкортостану надійшло 612 заявок": one region's share
        if not self.may_breakdown:
            return False
        for m in lx.BREAKDOWN_RE.finditer(self.low, clause[0], clause[1]):
            if lx.INCLUDING_RE.fullmatch(m.group()) and self._month_part(sent, clause):
                continue  # "144 000 ..., including 9,243 in October alone": October's own figure
            # "найбільше заявок за місяць" is a record claim; "найбільше — з Бурятії" a breakdown.
            if m.group().split()[0] not in BARE_SUPERLATIVES:
                return True
            if not lx.SUPERLATIVE_SCOPE_RE.search(self.low, clause[0], clause[1]):
                return True
        return False

    def _month_part(self, sent: Sentence, clause: tuple[int, int]) -> bool:
        """Is the part the figure of the one month its clause names, within a running total before it?"""
        months = [r for r in sent.refs if clause[0] <= r.start < clause[1] and r.role == "period" and r.month]
        return len(months) == 1 and any(n.start < clause[0] for n in sent.numbers)

    def _problem(self, rule: str, message: str, evidence: str, series: str | None = None) -> None:
        self.problems.append(Problem(self.post_id, "extract", rule, f"{message}: «{evidence[:160]}»",
                                     evidence, series))


