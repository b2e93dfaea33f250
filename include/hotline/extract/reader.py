"""`PostReader`: reads one post's sentences in order and decides, number by number, what each states.

The reading is split by stage: `scan` (sentences, months, numbers, series names), `count` (is a number a
count of requests?), `place` (runs `place_rules.PLACEMENT_RULES`, which give a count its kind and period),
`claims` (percent changes, record claims) and `settle` (one fact per series, kind and period).
This module holds the state of one post and the loop over it."""

from __future__ import annotations

from dataclasses import replace

from hotline.extract import lexicon as lx
from hotline.extract.claims import Claims
from hotline.extract.count import sentence_counts
from hotline.extract.measure import clause_of
from hotline.extract.pieces import (
    MONTHLY_RANGE,
    NOT_A_FIGURE,
    TOTAL_RANGE,
    UNDATED,
    Context,
    Count,
    Number,
    Outcome,
    Post,
    Sentence,
)
from hotline.extract.place import place, placing
from hotline.extract.place_checks import before_launch, tells_launch
from hotline.extract.place_rules import after_compared_month
from hotline.extract.scan import scan_sentences
from hotline.extract.series_of import series_for
from hotline.extract.settle import SentencesRead, Undated, problem, settle
from hotline.records import Extraction, Fact, Problem


class PostReader(Claims):
    """Reads one post. Holds the scans of the whole text and the context between sentences."""

    def __init__(self, post: Post):
        self.post = post
        # The post's fields, read by the counting and claims mixins (never changed).
        self.text, self.low, self.cfg = post.text, post.low, post.cfg
        self.published_at, self.pub_index, self.post_id = post.published_at, post.pub_index, post.post_id
        self.default, self.mentions, self.tracked = post.default, post.mentions, post.tracked
        self.has_distractor = post.has_distractor
        # The post's memoised gates and sentence searches, for the mixins (see `Post.may`, `before`, `in_sentence`).
        self.may, self.before, self.in_sentence = post.may, post.before, post.in_sentence
        self.facts: list[Fact] = []
        self.problems: list[Problem] = []
        self.context = Context()  # what the sentences read so far tell the next one: replaced, never changed
        # Counts with no period at all, decided once the whole post is read (see `settle.settle_undated`).
        self.undated: list[Undated] = []
        # Record claims naming a month before its figure ("Прошлый месяц стал рекордным. ... 8 500 ... в январе").
        self.pending_claims: list[tuple[str, str]] = []
        self.may_rate = self.may_record = self.may_breakdown = False
        # (position of a number, rule, message): filled only by `explain`, None otherwise (no cost).
        self.notes: list[tuple[int, str, str]] | None = None
        self._placing = 0
        self.read_sentences: tuple[Sentence, ...] = ()

    # -- explaining (hotline extract --explain) --------------------------------------------------

    def note(self, pos: int, rule: str, message: str) -> None:
        """Record why the number at `pos` was read as it was (only when explaining)."""
        if self.notes is not None:
            self.notes.append((pos, rule, message))

    def rejected(self, num: Number, rule: str, message: str) -> None:
        """A number that is no request count: noted, and None for the caller to return."""
        if self.notes is not None:
            self.notes.append((num.start, rule, message))

    def decided(self, rule: str, result: Outcome) -> Outcome:
        """The placement `rule` that decided a count's kind and period (or its problem)."""
        if self.notes is not None:
            outcome = " ".join(result) if isinstance(result, tuple) else f"not read: {result}"
            if result == UNDATED:
                outcome = "no period: decided when the whole post is read"
            elif result == NOT_A_FIGURE:
                outcome = "not a figure: neither a fact nor a problem"
            self.notes.append((self._placing, f"place:{rule}", outcome))
        return result

    # -- the whole post -----------------------------------------------------------------------

    def run(self) -> Extraction:
        """Read every sentence in order, then reconcile the facts."""
        # Which of the costlier patterns can match at all (skipped when a post is left unread).
        self.may_rate = self.post.may(lx.RATE_HINTS)
        self.may_record = self.post.may(lx.RECORD_HINTS)
        self.may_breakdown = self.post.may(lx.BREAKDOWN_HINTS)
        previous_monthly: list[Fact] = []
        self.post = replace(self.post, sentences=scan_sentences(self.post))  # (the same memo: gates stay known)
        self.may, self.before, self.in_sentence = self.post.may, self.post.before, self.post.in_sentence
        self.read_sentences = self.post.sentences
        for index, sent in enumerate(self.read_sentences):
            if not sent.numbers and not sent.percents and not self.may_record:
                # Nothing to read here (no count, change or claim); only its months serve the next sentence.
                previous_monthly = []
                if sent.refs and not tells_launch(self.post, sent):
                    self._add_context_periods({r.period for r in sent.refs if r.role == "period" and r.month})
                continue
            self.context = self.context.with_previous(self.read_sentences[index - 1] if index else None)
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
            if sent.numbers or not tells_launch(self.post, sent):  # as for a sentence skipped above
                self._add_context_periods({r.period for r in sent.refs if r.role == "period" and r.month})
            self._add_context_periods({f.period for f in sentence_monthly})
        read = SentencesRead(tuple(self.facts), tuple(self.problems), tuple(self.undated),
                             tuple(self.pending_claims), self.context.month_values)
        result, notes = settle(self.post, read)
        if self.notes is not None:
            self.notes.extend(notes)
        return result

    def _add_context_periods(self, periods: set[str]) -> None:
        """The months a sentence names or reads, added to the context of the ones after it."""
        if not periods <= self.context.periods:
            self.context = self.context.with_periods(self.context.periods | periods)

    def _sentence_counts(self, sent: Sentence, evidence: str) -> tuple[list[Count], list[Fact]]:
        """The sentence's request counts, and the facts read from them (also added to the post's)."""
        read = sentence_counts(self.post, self.context, sent)
        if self.notes is not None:
            self.notes.extend(read.notes)
        if read.parts or self.context.parts:
            self.context = self.context.with_parts(read.parts)
        counts = list(read.counts)
        facts = []
        for count in counts:
            for fact in self._facts_of(sent, count, counts, evidence):
                facts.append(fact)
                if fact.kind == "monthly_count":
                    self.context = self.context.with_month_value(fact.series, fact.period, count.value)
        self.facts.extend(facts)
        return counts, facts

    def _facts_of(self, sent: Sentence, count: Count, counts: list[Count], evidence: str) -> list[Fact]:
        """The facts a count states (one, or one a month for a list of months): its series, then its kind and
        period by the placement rules. Nothing when it states none; a count that cannot be read with
        confidence becomes a problem, or waits (undated)."""
        clause = clause_of(self.low, sent, count.num_start)
        series, rule = series_for(self.post, self.context, sent, count.num_start, clause)
        if series is None:
            self.note(count.num_start, "series", f"no single tracked series ({rule or 'another project or topic'})")
            if rule:
                self._problem(rule, f"a request count {count.value:.10g} with no single series", evidence)
            return []
        hotline_only = False
        if count.unit == "calls" and not self._calls_of(sent, series, evidence):
            hotline_only = self._the_posts_one_hotline(series)
            if not hotline_only:
                self.note(count.num_start, "calls", f"calls, but not {series}'s own")
                return []
        if before_launch(self.post, series):
            self._problem("before_launch", f"{series}: count {count.value:.10g} in a post published before the "
                          "series began work", evidence, series)
            return []
        self._placing = count.num_start
        placed, rule = place(placing(self.post, self.context, sent, count, counts, clause, series))
        if rule == after_compared_month.__name__:
            self.context = self.context.with_inferred_month(sent)
        self.decided(rule, placed)
        if hotline_only and placed != NOT_A_FIGURE and (
                not isinstance(placed, tuple) or placed[0] != "cumulative_total"):
            # calls in a sentence that does not name the post's one hotline: its running total only, else shown
            self._problem("unit_calls", f"{series}: count {count.value:.10g} of calls, the line not named there",
                          evidence, series)
            return []
        if placed == NOT_A_FIGURE:
            return []
        if placed == UNDATED:
            self.undated.append(Undated(count, series, evidence))
            return []
        if isinstance(placed, str):
            self._problem(placed, f"{series}: count {count.value:.10g} has no readable period", evidence, series)
            return []
        kind, *periods = placed
        low_bound, high_bound = MONTHLY_RANGE if kind == "monthly_count" else TOTAL_RANGE
        if not low_bound <= count.value <= high_bound:
            self.note(count.num_start, "range", f"{count.value:.10g} is out of the plausible range of a {kind}")
            # nothing lost silently: a figure beside a request noun that no month or total can hold is shown
            self._problem("out_of_range", f"{series}: count {count.value:.10g} is out of the plausible range of a "
                          f"{kind} ({low_bound:g}-{high_bound:g})", evidence, series)
            return []
        return [Fact(self.post_id, series, kind, period, count.value, count.qualifier, evidence) for period in periods]

    def _calls_of(self, sent: Sentence, series: str, evidence: str) -> bool:
        """Are these calls the series' requests? Any hotline takes calls, so the series must be named
        in the sentence itself, and no other line by its number ("на лінію 112")."""
        # In a post about one hotline alone, its spokesman's "we had 1,500 calls" is that hotline's.
        spokesperson = self.cfg.spokespeople_re
        only_series = not self.has_distractor and (
            (len(self.tracked) == 1 and (self.in_sentence(lx.FIRST_PERSON_RE, sent) or (
                spokesperson is not None and self.in_sentence(spokesperson, sent))))
            or (not self.tracked and self.default is not None))  # the post's one project, unnamed
        if (not sent.mentions and not only_series) or self.in_sentence(lx.NUMBERED_LINE_RE, sent):
            return False
        if series not in self.cfg.call_series:
            self._problem("unit_calls", f"{series}: a count of calls, but the series counts requests", evidence,
                          series)
            return False
        return True

    def _the_posts_one_hotline(self, series: str) -> bool:
        """Is `series` the post's only tracked series, a hotline whose requests are calls, and no look-alike named?
        ("Quiero vivir" ... "En total, la línea directa recibió más de 26.000 llamadas")."""
        return self.tracked == {series} and not self.has_distractor and series in self.cfg.call_series

    def _problem(self, rule: str, message: str, evidence: str, series: str | None = None) -> None:
        self.problems.append(problem(self.post_id, rule, message, evidence, series))
