"""The place stage: a request count's kind and period. `placing` gathers what the rules look at (a frozen
`Placing`), `place` runs `PLACEMENT_RULES` in order and returns the first outcome with the rule that gave it.
The rules share the checks of `place_checks`."""

from __future__ import annotations

from hotline.extract import lexicon as lx
from hotline.extract.measure import after_share, bound_to_next, clause_of, compared_by_percent, pair
from hotline.extract.pieces import Context, Count, Outcome, Placing, Post, Sentence
from hotline.extract.place_rules import PLACEMENT_RULES


def placing(post: Post, context: Context, sent: Sentence, count: Count, counts: tuple[Count, ...],
            clause: tuple[int, int], series: str) -> Placing:
    """Gather what the rules look at for one count."""
    low = post.low
    in_clause = tuple([r for r in sent.refs if clause[0] <= r.start < clause[1]])
    # (a month after a later count that is a month's share is that share's, not this count's)
    sentence_periods = tuple([r for r in sent.refs if r.role == "period" and not after_share(r, count, counts)
                              and not compared_by_percent(r, sent)])
    first_year = (post.may(lx.FIRST_YEAR_HINTS) and lx.FIRST_YEAR_RE.search(low, clause[0], clause[1])) or None
    # "In its first year, the project received 52,052 requests", "Since the project's launch in January
    # 2024, more than 144,000 ...": a head clause that sets the period of the sentence's first count, when
    # the sentence's months are all later, in the clauses of its parts ("..., 9,243 of them in October").
    head = None
    if counts[0] is count and all(r.start >= clause[1] for r in sentence_periods):
        first = clause_of(low, sent, sent.start)
        if first != clause and lx.HEAD_PERIOD_RE.match(low, first[0], first[1]):
            head = first
    if first_year is None and head is not None and post.may(lx.FIRST_YEAR_HINTS):
        first_year = lx.FIRST_YEAR_RE.search(low, head[0], head[1])
    # ... the period references of the clause, less a month bound to another count right after it ("9,243
    # requests and in August 10,100": August is the 10,100's)
    period_refs = tuple([r for r in in_clause
                         if r.role == "period" and not bound_to_next(low, r, count, counts, sent.refs)
                         and not after_share(r, count, counts) and not compared_by_percent(r, sent)])
    clause_ref = None
    if period_refs:
        clause_counts = [c for c in counts if clause[0] <= c.num_start < clause[1]]
        clause_ref = pair(count, clause_counts, period_refs)
    return Placing(post, context, sent, count, counts, clause, series, in_clause, period_refs, sentence_periods, head,
                   first_year, clause_ref)


def place(p: Placing) -> tuple[Outcome, str]:
    """(kind, period) for a count, a problem rule, `UNDATED` or `NOT_A_FIGURE`, and the name of the rule of
    `PLACEMENT_RULES` that decided it (the first that does)."""
    for rule in PLACEMENT_RULES:
        outcome = rule(p)
        if outcome is not None:
            return outcome, rule.__name__
    raise AssertionError("no_period always decides")
