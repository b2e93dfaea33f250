"""Reading one post: the stages in order, each a pure function over frozen values.

`read_post` scans the post (`scan`), then for each sentence counts its numbers (`count`), places each count
(`series_of`, then `place` with `place_rules.PLACEMENT_RULES`) and reads its claims (`claims`), carrying what
a sentence tells the next as a `Context`; then settles the whole post (`settle`). Nothing here is kept between
posts, and no stage changes what another gave it."""

from __future__ import annotations

from dataclasses import dataclass

from hotline.extract import lexicon as lx
from hotline.extract.claims import percent_facts, record_facts
from hotline.extract.count import sentence_counts
from hotline.extract.measure import clause_of
from hotline.extract.pieces import (
    MONTHLY_RANGE,
    NOT_A_FIGURE,
    TOTAL_RANGE,
    UNDATED,
    Context,
    Count,
    Outcome,
    Post,
    Sentence,
)
from hotline.extract.place import place, placing
from hotline.extract.place_checks import before_launch, tells_launch
from hotline.extract.place_rules import after_compared_month
from hotline.extract.scan import scan_sentences
from hotline.extract.series_of import series_for
from hotline.extract.settle import Note, SentencesRead, Undated, problem, settle
from hotline.records import Extraction, Fact, Problem

__all__ = ["MONTHLY_RANGE", "TOTAL_RANGE", "PostRead", "read_post"]


@dataclass(frozen=True, slots=True)
class PostRead:
    """What reading a post gave: its extraction, the post as scanned, and why each number was read as it was."""

    extraction: Extraction
    post: Post
    notes: tuple[Note, ...]


@dataclass(frozen=True, slots=True)
class CountRead:
    """What one count of a sentence gave: facts, or a problem, or a wait for the whole post (`undated`)."""

    facts: tuple[Fact, ...] = ()
    problems: tuple[Problem, ...] = ()
    undated: Undated | None = None
    notes: tuple[Note, ...] = ()
    inferred_month: bool = False  # its month was inferred from the month it is compared with


@dataclass(frozen=True, slots=True)
class SentenceRead:
    """What one sentence gave, and the context it leaves for the next."""

    counts: tuple[Count, ...]
    facts: tuple[Fact, ...]  # its counts' facts, in order
    problems: tuple[Problem, ...]
    undated: tuple[Undated, ...]
    notes: tuple[Note, ...]
    context: Context


def read_post(post: Post) -> PostRead:
    """Read every sentence of the post in order, then settle the whole post."""
    post = post.with_sentences(scan_sentences(post))
    context = Context()
    facts: list[Fact] = []
    problems: list[Problem] = []
    undated: list[Undated] = []
    notes: list[Note] = []
    claims_before_figure: list[tuple[str, str]] = []
    previous_monthly: list[Fact] = []
    for sent in post.sentences:
        if not sent.numbers and not sent.percents and not post.may_record:
            # Nothing to read here (no count, change or claim); only its months serve the next sentence.
            previous_monthly = []
            if sent.refs and not tells_launch(post, sent):
                context = _with_periods(context, {r.period for r in sent.refs if r.role == "period" and r.month})
            continue
        evidence = post.text[sent.start : sent.end].strip()
        read = read_sentence(post, context, sent, evidence)
        context = read.context
        facts += read.facts
        problems += read.problems
        undated += read.undated
        notes += read.notes
        sentence_monthly = [f for f in read.facts if f.kind == "monthly_count"]
        facts += percent_facts(post, context, sent, evidence, sentence_monthly)
        # A count of the sentence went unread (a month still running, no single series...): a
        # record claim may be about that one, so it must not fall to the count that was read.
        claimable = sentence_monthly if not read.problems else []
        records, claim_before = record_facts(post, sent, evidence, claimable, previous_monthly, bool(read.counts))
        facts += records
        if claim_before is not None:
            claims_before_figure.append(claim_before)
        previous_monthly = claimable
        if sent.refs and (sent.numbers or not tells_launch(post, sent)):  # as for a sentence skipped above
            context = _with_periods(context, {r.period for r in sent.refs if r.role == "period" and r.month})
        if sentence_monthly:
            context = _with_periods(context, {f.period for f in sentence_monthly})
    sentences_read = SentencesRead(tuple(facts), tuple(problems), tuple(undated), tuple(claims_before_figure),
                                   context.month_values)
    extraction, settled_notes = settle(post, sentences_read)
    return PostRead(extraction, post, (*notes, *settled_notes))


def _with_periods(context: Context, periods: set[str]) -> Context:
    """The context once a sentence names or reads these months."""
    return context if periods <= context.periods else context.with_periods(context.periods | periods)


def read_sentence(post: Post, context: Context, sent: Sentence, evidence: str) -> SentenceRead:
    """The sentence's request counts and the facts read from them, in order."""
    counted = sentence_counts(post, sent)
    if counted.parts or context.parts:
        context = context.with_parts(counted.parts)
    facts: list[Fact] = []
    problems: list[Problem] = []
    undated: list[Undated] = []
    notes = list(counted.notes)
    for count in counted.counts:
        read = count_facts(post, context, sent, count, counted.counts, evidence)
        problems += read.problems
        notes += read.notes
        if read.undated is not None:
            undated.append(read.undated)
        if read.inferred_month:
            context = context.with_inferred_month(sent)
        for fact in read.facts:
            facts.append(fact)
            if fact.kind == "monthly_count":
                context = context.with_month_value(fact.series, fact.period, count.value)
    return SentenceRead(counted.counts, tuple(facts), tuple(problems), tuple(undated), tuple(notes), context)


def count_facts(post: Post, context: Context, sent: Sentence, count: Count, counts: tuple[Count, ...],
                evidence: str) -> CountRead:
    """The facts a count states (one, or one a month for a list of months): its series, then its kind and
    period by the placement rules. Nothing when it states none; a count that cannot be read with
    confidence becomes a problem, or waits (undated)."""
    clause = clause_of(post.low, sent, count.num_start)
    series, rule = series_for(post, sent, count.num_start, clause)
    if series is None:
        note = (count.num_start, "series", f"no single tracked series ({rule or 'another project or topic'})")
        shown = (problem(post.post_id, rule, f"a request count {count.value:.10g} with no single series",
                         evidence),) if rule else ()
        return CountRead(problems=shown, notes=(note,))
    hotline_only = False
    calls_problems: tuple[Problem, ...] = ()
    if count.unit == "calls":
        calls_problems = _calls_problems(post, sent, series, evidence)
        if calls_problems or not _calls_of(post, sent):
            hotline_only = not calls_problems and _the_posts_one_hotline(post, series)
            if not hotline_only:
                return CountRead(problems=calls_problems,
                                 notes=((count.num_start, "calls", f"calls, but not {series}'s own"),))
    if before_launch(post, series):
        return CountRead(problems=(problem(post.post_id, "before_launch", f"{series}: count {count.value:.10g} in a "
                                           "post published before the series began work", evidence, series),))
    placed, rule = place(placing(post, context, sent, count, counts, clause, series))
    facts, problems, undated, notes = _placed_facts(post, count, series, placed, hotline_only, evidence)
    return CountRead(facts, problems, undated, (_decided(count, rule, placed), *notes),
                     rule == after_compared_month.__name__)


# What a placed count gives: its facts, problems, the count itself if it waits for the whole post, and notes.
Placed = tuple[tuple[Fact, ...], tuple[Problem, ...], Undated | None, tuple[Note, ...]]


def _placed_facts(post: Post, count: Count, series: str, placed: Outcome, hotline_only: bool,
                  evidence: str) -> Placed:
    """The facts (or the problem) of a count once placed."""
    value = f"{count.value:.10g}"
    if hotline_only and placed != NOT_A_FIGURE and (not isinstance(placed, tuple) or placed[0] != "cumulative_total"):
        # calls in a sentence that does not name the post's one hotline: its running total only, else shown
        return (), (problem(post.post_id, "unit_calls", f"{series}: count {value} of calls, the line not named there",
                            evidence, series),), None, ()
    if placed == NOT_A_FIGURE:
        return (), (), None, ()
    if placed == UNDATED:
        return (), (), Undated(count, series, evidence), ()
    if isinstance(placed, str):
        return (), (problem(post.post_id, placed, f"{series}: count {value} has no readable period", evidence,
                            series),), None, ()
    kind, *periods = placed
    low_bound, high_bound = MONTHLY_RANGE if kind == "monthly_count" else TOTAL_RANGE
    if not low_bound <= count.value <= high_bound:
        # nothing lost silently: a figure beside a request noun that no month or total can hold is shown
        return (), (problem(post.post_id, "out_of_range", f"{series}: count {value} is out of the plausible range "
                            f"of a {kind} ({low_bound:g}-{high_bound:g})", evidence, series),), None, (
            (count.num_start, "range", f"{value} is out of the plausible range of a {kind}"),)
    facts = tuple([Fact(post.post_id, series, kind, period, count.value, count.qualifier, evidence)
                   for period in periods])
    return facts, (), None, ()


def _decided(count: Count, rule: str, result: Outcome) -> Note:
    """The note of the placement `rule` that decided a count's kind and period (or its problem)."""
    outcome = " ".join(result) if isinstance(result, tuple) else f"not read: {result}"
    if result == UNDATED:
        outcome = "no period: decided when the whole post is read"
    elif result == NOT_A_FIGURE:
        outcome = "not a figure: neither a fact nor a problem"
    return count.num_start, f"place:{rule}", outcome


def _calls_of(post: Post, sent: Sentence) -> bool:
    """Are these calls the series' requests? Any hotline takes calls, so the series must be named
    in the sentence itself, and no other line by its number ("на лінію 112")."""
    # In a post about one hotline alone, its spokesman's "we had 1,500 calls" is that hotline's.
    spokesperson = post.cfg.spokespeople_re
    only_series = not post.has_distractor and (
        (len(post.tracked) == 1 and (post.in_sentence(lx.FIRST_PERSON_RE, sent) or (
            spokesperson is not None and post.in_sentence(spokesperson, sent))))
        or (not post.tracked and post.default is not None))  # the post's one project, unnamed
    return not ((not sent.mentions and not only_series) or post.in_sentence(lx.NUMBERED_LINE_RE, sent))


def _calls_problems(post: Post, sent: Sentence, series: str, evidence: str) -> tuple[Problem, ...]:
    """Calls that would be the series' own (see `_calls_of`), of a series that counts requests: shown."""
    if series in post.cfg.call_series or not _calls_of(post, sent):
        return ()
    return (problem(post.post_id, "unit_calls", f"{series}: a count of calls, but the series counts requests",
                    evidence, series),)


def _the_posts_one_hotline(post: Post, series: str) -> bool:
    """Is `series` the post's only tracked series, a hotline whose requests are calls, and no look-alike named?
    ("Quiero vivir" ... "En total, la línea directa recibió más de 26.000 llamadas")."""
    return post.tracked == {series} and not post.has_distractor and series in post.cfg.call_series
