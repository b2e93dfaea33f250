"""The settle stage: a post once every sentence is read. Counts with no period become the running total (or
`month_unknown`), a record claim named before its month's figure finds it, totals under a month's figure and
signed figures go to quarantine, facts of a series not yet at work drop, and `one_fact_each` keeps one fact
per series, kind and period. Pure functions: facts and problems in, new ones out."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from hotline.extract import lexicon as lx
from hotline.extract.pieces import Count, Post
from hotline.extract.place_checks import before_launch, tells_launch
from hotline.months import month_number
from hotline.records import Extraction, Fact, Problem

# A figure is often said twice, rounded and exact ("понад 144 тисячі (144 138)", a lead's "over 8,000" and
# the body's 8,548): both forms are reported.
RESTATED_KINDS = frozenset(("monthly_count", "cumulative_total", "period_total"))
# A running total is checked against a month's figure only once the series is this many months past launch
# (in its first months a total can be under twice one month's).
SETTLED_AFTER_MONTHS = 3
# Why a number was read as it was, for `--explain`: (its position, the rule, what it decided).
Note = tuple[int, str, str]


@dataclass(frozen=True, slots=True)
class Undated:
    """A count with no period near it, decided once the whole post is read (`settle_undated`)."""

    count: Count
    series: str
    evidence: str


@dataclass(frozen=True, slots=True)
class SentencesRead:
    """What reading every sentence gave: the facts and problems, and what waits for the whole post."""

    facts: tuple[Fact, ...]
    problems: tuple[Problem, ...]
    undated: tuple[Undated, ...]
    claims_before_figure: tuple[tuple[str, str], ...]  # (month, evidence) of a record claim before its figure
    month_values: Mapping[tuple[str, str], tuple[float, ...]]


def problem(post_id: str, rule: str, message: str, evidence: str, series: str | None = None) -> Problem:
    """A quarantine item of the extract stage, its evidence quoted in its message."""
    return Problem(post_id, "extract", rule, f"{message}: «{evidence[:160]}»", evidence, series)


def settle(post: Post, read: SentencesRead) -> tuple[Extraction, tuple[Note, ...]]:
    """The post's extraction once every sentence is read, and the notes of the counts decided here."""
    facts, problems, notes = settle_undated(post, read.undated, read.month_values)
    facts = (*read.facts, *facts)
    facts = (*facts, *claims_before_figure(post.post_id, read.claims_before_figure, facts))
    facts, below = drop_totals_below_months(post, facts)
    problems = (*read.problems, *problems, *below, *signed_counts(post))
    # a change or a record claim of a series not yet at work when the post was published is misread too
    early = {series for series in {f.series for f in facts} if before_launch(post, series)}
    if early:
        facts = tuple([f for f in facts if f.series not in early])
    return one_fact_each(list(facts), list(problems), post.post_id), notes


def settle_undated(post: Post, undated: tuple[Undated, ...], month_values: Mapping[tuple[str, str], tuple[float, ...]]
                   ) -> tuple[tuple[Fact, ...], tuple[Problem, ...], tuple[Note, ...]]:
    """A count with no period anywhere near it is the running total as of publication, unless the post
    gives a month a figure as large (then it may be that month's, said again: quarantined)."""
    if not undated:
        return (), (), ()
    largest: dict[str, float] = {}
    for (series, _), values in month_values.items():
        largest[series] = max(largest.get(series, 0.0), *values)
    named_months = any(r.month is not None and r.role not in ("start", "as_of") and not tells_launch(post, sent)
                       for sent in post.sentences for r in sent.refs)
    facts, problems, notes = [], [], []
    for item in undated:
        count, series = item.count, item.series
        if largest.get(series, 0.0) >= 0.5 * count.value or (series not in largest and named_months):
            notes.append((count.num_start, "undated", "no period, and it may be a month's of the post: quarantined"))
            problems.append(problem(post.post_id, "month_unknown",
                                    f"{series}: count {count.value:.10g} has no readable period", item.evidence,
                                    series))
            continue
        notes.append((count.num_start, "undated", "no period in the post for it: the running total as of publication"))
        facts.append(Fact(post.post_id, series, "cumulative_total", "since_launch", count.value, count.qualifier,
                          item.evidence))
    return tuple(facts), tuple(problems), tuple(notes)


def claims_before_figure(post_id: str, claims: tuple[tuple[str, str], ...], facts: tuple[Fact, ...]
                         ) -> tuple[Fact, ...]:
    """A record claim that named its month before the figure came: the one series' count of that month."""
    found = []
    for period, evidence in claims:  # usually none
        target = [f for f in facts if f.kind == "monthly_count" and f.period == period]
        if len({f.series for f in target}) != 1:
            continue
        best = min(target, key=lambda f: ("exact", "over", "about").index(f.qualifier))
        found.append(Fact(post_id, best.series, "record_claim", period, best.value, best.qualifier, evidence))
    return tuple(found)


def drop_totals_below_months(post: Post, facts: tuple[Fact, ...]) -> tuple[tuple[Fact, ...], tuple[Problem, ...]]:
    """A running total under twice a month's figure of the same post, the series past its first months,
    is no running total: in "В травні через чат-бот надійшло 9 000 звернень, а загалом — 12 320" the
    "total" is May's whole and the 9 000 one channel's part. Both go to quarantine."""
    totals = [f for f in facts if f.kind == "cumulative_total"]
    months = [f for f in facts if f.kind == "monthly_count"] if totals else []
    if not months or 2 * max(f.value for f in months) <= min(f.value for f in totals):
        return facts, ()  # the common case: every total far above every month
    bad: set[int] = set()
    problems = []
    for total in totals:
        launched = post.cfg.launched.get(total.series)
        if launched is None:
            continue
        settled = month_number(int(launched[:4]), int(launched[5:7])) + SETTLED_AFTER_MONTHS
        above = [f for f in months if f.series == total.series and 2 * f.value > total.value
                 and month_number(int(f.period[:4]), int(f.period[5:7])) >= settled]
        if above:
            bad |= {id(total), *map(id, above)}
            problems.append(problem(post.post_id, "total_below_month",
                                    f"{total.series}: a running total of {total.value:.10g} is under twice the "
                                    f"{above[0].period} figure of {above[0].value:g}", total.evidence, total.series))
    dropped_months = {(f.series, f.period) for f in facts if id(f) in bad and f.kind == "monthly_count"}
    # (a record claim on such a month's figure goes with it)
    kept = tuple(f for f in facts if id(f) not in bad
                 and not (f.kind == "record_claim" and (f.series, f.period) in dropped_months))
    return kept, tuple(problems)


def signed_counts(post: Post) -> tuple[Problem, ...]:
    """ "−8 548 заявок": a figure with a minus before it is no count (the scan skips it, as a range's second
    half), but beside a request noun, in a post naming a tracked series, it is shown, not lost."""
    if not post.tracked:
        return ()
    low, text, problems = post.low, post.text, []
    for m in lx.SIGNED_COUNT_RE.finditer(low):
        if lx.REQUEST_AFTER_RE.match(low, m.end()):
            sent = next((s for s in post.sentences if s.start <= m.start() < s.end), None)
            evidence = text[sent.start : sent.end].strip() if sent else text[m.start() : m.end()]
            value = float(re.sub(r"\D", "", m.group("digits")))
            problems.append(problem(post.post_id, "negative_count",
                                    f"a request count {-value:.10g} with a minus: count {value:.10g}", evidence))
    return tuple(problems)


def one_fact_each(facts: list[Fact], problems: list[Problem], post_id: str) -> Extraction:
    """One fact per series, kind and period: exact beats rounded, and the other forms of a figure that agree
    with it are kept as restatements; contradictions drop out."""
    groups: dict[tuple[str, str, str], list[Fact]] = {}
    for fact in facts:
        groups.setdefault((fact.series, fact.kind, fact.period), []).append(fact)
    kept: list[Fact] = []
    conflicted: set[tuple[str, str]] = set()
    restated: list[Fact] = []
    for (series, kind, period), group in groups.items():
        chosen = _choose(group)
        if chosen is None:
            conflicted.add((series, period))
            values = ", ".join(sorted({f"{f.qualifier} {f.value:g}" for f in group}))
            problems.append(Problem(post_id, "extract", "value_conflict",
                                    f"{series} {kind} {period}: the post states different values ({values})",
                                    group[0].evidence, series, period))
            continue
        kept.append(chosen)
        if len(group) > 1 and kind in RESTATED_KINDS:
            restated += [f for f in group if f.value != chosen.value]
    if conflicted:
        kept = [f for f in kept if (f.series, f.period) not in conflicted]
        restated = [f for f in restated if (f.series, f.period) not in conflicted]
    if restated:
        restated = list({(f.series, f.kind, f.period, f.value): f for f in restated}.values())
    unique_problems = list(dict.fromkeys(problems))
    return Extraction(tuple(kept), tuple(unique_problems), tuple(restated))


def _choose(group: list[Fact]) -> Fact | None:
    if len(group) == 1 and group[0].qualifier != "about":
        return group[0]  # the common case: one exact or "over" value agrees with itself
    exact = [f for f in group if f.qualifier == "exact"]
    over = [f for f in group if f.qualifier == "over"]
    about = [f for f in group if f.qualifier == "about"]
    if any(not _is_round(f.value) for f in exact):
        # "10,000 people" beside "9,836 applications": a round figure said plainly is the rounded form, and so
        # is "9,2 тис." beside 9 243 (the other figure to the hundred)
        rounded = [f for f in exact if _is_round(f.value) or _to_the_hundred(f.value, exact)]
        about += rounded
        exact = [f for f in exact if f not in rounded]
    if exact:
        value = exact[0].value
        consistent = all(f.value == value for f in exact) and all(f.value <= value for f in over) and all(
            abs(f.value - value) <= 0.15 * abs(value) for f in about
        )
        return exact[0] if consistent else None
    if over:
        best = max(over, key=lambda f: f.value)
        if any(f.value < 0.85 * best.value for f in about):
            return None
        return best
    if about and max(f.value for f in about) > 1.15 * min(f.value for f in about):
        return None
    return about[0] if about else None




def _to_the_hundred(value: float, facts: list[Fact]) -> bool:
    """Is `value` another of the figures rounded (or cut) to the hundred: "9,2 тис." beside 9 243?"""
    return value % 100 == 0 and any(
        f.value != value and value in (100 * round(f.value / 100), 100 * (f.value // 100)) for f in facts)


def _is_round(value: float) -> bool:
    """A figure in whole thousands (10,000, 144 000): how news rounds, with or without a qualifier."""
    return value >= 1000 and value % 1000 == 0
