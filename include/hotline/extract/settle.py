"""Settling a post once every sentence is read: one fact per series, kind and period (`one_fact_each`)."""

from __future__ import annotations

from hotline.records import Extraction, Fact, Problem

# A figure is often said twice, rounded and exact ("понад 144 тисячі (144 138)", a lead's "over 8,000" and
# the body's 8,548): both forms are reported.
RESTATED_KINDS = frozenset(("monthly_count", "cumulative_total", "period_total"))


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
