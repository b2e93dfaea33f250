"""The pieces a post is read in, passed from stage to stage: month and year references (`Ref`), numbers
(`Number`), request counts (`Count`), sentences (`Sentence`), the scanned post every stage reads (`Post`),
what the sentences before tell the one being read (`Context`), and what the placement rules see of one count
(`Placing`) with the outcomes they give."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import TYPE_CHECKING

from hotline.extract import lexicon as lx

if TYPE_CHECKING:
    from hotline.extract.config import Config

# --- small records used while reading ----------------------------------------------------------
# Frozen and slotted: a post creates a few dozen of these and reads their fields many times; none changes.


@dataclass(frozen=True, slots=True)
class Ref:
    """A month or a year the sentence names, and the role it plays there."""

    start: int
    end: int
    year: int
    month: int | None  # None: a whole year
    role: str  # period | compare | start | as_of | negated | reported | rolling | uncertain
    explicit_year: bool
    # Formatted once: periods are compared and collected for every sentence.
    period: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        period = f"{self.year}-01..{self.year}-12" if self.month is None else f"{self.year:04d}-{self.month:02d}"
        object.__setattr__(self, "period", period)  # (a derived field of a frozen value, set once)


@dataclass(frozen=True, slots=True)
class Number:
    """A number the scan found: digits in any language's format, or number words."""

    start: int
    end: int
    value: float
    from_words: bool


@dataclass(frozen=True, slots=True)
class Count:
    """A number that the text says counts requests."""

    start: int  # where its qualifier starts, if any
    num_start: int
    end: int
    value: float
    qualifier: str
    strong: bool  # a request noun right after it (not read from context)
    unit: str = "requests"  # or "calls": requests only of a series that counts calls
    restates: int | None = None  # the exact form in brackets of the count that starts here
    per_month: bool = False  # a rate per month ("по 3 тис. щомісяця"): the month's figure, about
    people: bool = False  # people who turned to the project ("звернулися 144 138 росіян")
    share: bool = False  # a month's part said after a total ("60,000 requests — 8,548 of them last month")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the post, with the references, numbers, percents and series names the scan found in it."""

    start: int
    end: int
    refs: tuple[Ref, ...] = ()
    numbers: tuple[Number, ...] = ()
    percents: tuple[re.Match[str], ...] = ()
    mentions: tuple[tuple[int, str], ...] = ()  # (pos, series id or "")
    index: int = 0  # its place in the post's `sentences`
    # The first match of a pattern in the sentence, by id(pattern): a pattern asked "is there one before
    # this number?" for every number of a long sentence is searched once (keeps reading linear).
    firsts: dict[int, re.Match[str] | None] = field(default_factory=dict, compare=False, repr=False)
    # What is measured once, on first use, from the sentence's own text: its clauses (`measure.clause_of`),
    # whether its series names alternate with counts (`measure.alternates`). Never a decision.
    memo: dict[str, object] = field(default_factory=dict, compare=False, repr=False)


# --- the post, and what earlier sentences tell a later one ------------------------------------


@dataclass(frozen=True, slots=True)
class Post:
    """One post as scanned: its text, when it was published, its series names and its sentences. Every stage
    reads it; none changes it. `memo` only keeps what was computed once (a gate's answer), never a decision."""

    text: str
    low: str  # `text` normalised: same length, lower case (offsets are shared)
    published_at: datetime
    pub_index: int  # the month of publication as `months.month_number`
    post_id: str
    default: str | None  # the series an unnamed "the project" means (the channel's own, or the one at work)
    cfg: Config  # series names, launches, look-alikes (`config.reader_config`)
    mentions: tuple[tuple[int, str], ...]  # (position, series id, or "" for a look-alike)
    tracked: frozenset[str]  # the series the post names
    has_distractor: bool  # does it name a look-alike body?
    # The gates the stages ask most often (for every sentence or number): can the post hold a rate, a record
    # claim, a breakdown at all? (`lexicon.RATE_HINTS`, ...; the rarer ones are asked through `may`.)
    may_rate: bool = False
    may_record: bool = False
    may_breakdown: bool = False
    sentences: tuple[Sentence, ...] = ()
    memo: dict[int | str, object] = field(default_factory=dict, compare=False, repr=False)

    def with_sentences(self, sentences: tuple[Sentence, ...]) -> Post:
        """The post once scanned into sentences (the same memo: gates computed before stay known)."""
        return Post(self.text, self.low, self.published_at, self.pub_index, self.post_id, self.default, self.cfg,
                    self.mentions, self.tracked, self.has_distractor, self.may_rate, self.may_record,
                    self.may_breakdown, sentences, self.memo)

    def may(self, hints: tuple[str, ...]) -> bool:
        """The cheap gate of a rarely needed pattern: computed once per post, on first use."""
        key = id(hints)  # the hint lists are module constants; hashing a tuple of strings is dearer
        known = self.memo.get(key)
        if known is None:
            known = self.memo[key] = lx.any_hint(self.low, hints)
        return known  # type: ignore[return-value]

    def has_request_noun(self) -> bool:
        """Does the post speak of requests anywhere? (computed once, only when asked)"""
        known = self.memo.get("request_noun")
        if known is None:
            known = self.memo["request_noun"] = lx.REQUEST_NOUN_RE.search(self.low) is not None
        return known  # type: ignore[return-value]

    def masked(self) -> str:
        """`low` with each series' name as one plain word (`measure.names_as_words`), built once a post."""
        masked = self.memo.get("masked")
        if masked is None:
            from hotline.extract.measure import names_as_words  # (measure builds on these pieces)

            masked = self.memo["masked"] = names_as_words(self.low, self.mentions, self.cfg.series_re)
        return masked  # type: ignore[return-value]

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

    def previous(self, sent: Sentence) -> Sentence | None:
        """The sentence before `sent`, if any."""
        return self.sentences[sent.index - 1] if sent.index else None

    def in_sentence(self, pattern: re.Pattern[str], sent: Sentence) -> bool:
        """Does `pattern` match anywhere in the sentence?"""
        return self.first(pattern, sent) is not None


NO_VALUES: Mapping[tuple[str, str], tuple[float, ...]] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Context:
    """What the sentences read before tell the one being read. A new value replaces it as the reading goes on
    (its `with_...` methods); no stage changes it."""

    periods: frozenset[str] = frozenset()  # the months named or read so far ("У жовтні ... . Це 9 243 звернення.")
    # monthly figures read so far, by series and month
    month_values: Mapping[tuple[str, str], tuple[float, ...]] = field(default_factory=lambda: NO_VALUES)
    parts: tuple[int, ...] = ()  # counts of this sentence dropped as a share or subset ("including 12,320 in May")
    month_inferred_in: Sentence | None = None  # a sentence whose count's month `after_compared_month` inferred

    # A new value for each change (plain constructors: `dataclasses.replace` costs several times more, and a
    # context changes at every sentence of every post read).

    def with_periods(self, periods: frozenset[str]) -> Context:
        """The context once these months are named or read."""
        return Context(periods, self.month_values, self.parts, self.month_inferred_in)

    def with_parts(self, parts: tuple[int, ...]) -> Context:
        """The context of a sentence whose counts at these positions are shares or subsets."""
        return Context(self.periods, self.month_values, parts, self.month_inferred_in)

    def with_inferred_month(self, sent: Sentence) -> Context:
        """The context once a count's month was inferred from the month it is compared with."""
        return Context(self.periods, self.month_values, self.parts, sent)

    def with_month_value(self, series: str, period: str, value: float) -> Context:
        """The context once a month's figure is read."""
        values = dict(self.month_values)
        values[(series, period)] = (*values.get((series, period), ()), value)
        return Context(self.periods, MappingProxyType(values), self.parts, self.month_inferred_in)


# --- what placement sees and gives ---------------------------------------------------------------

# A month of either hotline: hundreds to ~12 thousand so far. The ceiling keeps a running total
# (60 000 and up) that lost its marker from ever passing as a month (`extract/reader.py` re-exports both).
MONTHLY_RANGE = (100, 50_000)
TOTAL_RANGE = (100, 10_000_000)

# (kind, period), (kind, period, period, ...) when the count is each month's of a list, or the rule of
# the problem that quarantines the count.
Outcome = tuple[str, ...] | str
NOT_A_FIGURE = "not_a_figure"  # neither a fact nor a problem: the count is dropped, with a note
UNDATED = "undated"  # no period near the count: decided once the whole post is read (`settle`)


@dataclass(frozen=True, slots=True)
class Placing:
    """One request count being placed, with what the rules look at (gathered once by `place.placing`)."""

    post: Post
    context: Context
    sent: Sentence
    count: Count
    counts: tuple[Count, ...]  # every count of the sentence
    clause: tuple[int, int]
    series: str
    in_clause: tuple[Ref, ...]  # the references in the count's clause
    # ... that are the period of a figure, less a month bound to another count right after it ("9,243
    # requests and in August 10,100": August is the 10,100's)
    period_refs: tuple[Ref, ...]
    sentence_periods: tuple[Ref, ...]  # the period references of the whole sentence
    head: tuple[int, int] | None  # a head clause that sets the period of the sentence's only count
    first_year: re.Match[str] | None  # "за рік роботи", "in its first year" in the clause or the head
    clause_ref: Ref | None  # the period reference of the count's own clause that is its own (None: none or several)
