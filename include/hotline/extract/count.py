"""The count stage: is a number a count of requests (or calls), and with which qualifier?

`count_number` runs `COUNT_RULES` in order over the `Reading` of one number (gathered once by `reading`): each
rule returns a `Rejected` (no count, and why), a `Counted`, or None (not its case). `sentence_counts` reads
every number of a sentence and sets aside shares, subsets and bracketed restatements. The checks the rules
share are in `count_checks`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from hotline.extract import lexicon as lx
from hotline.extract.count_checks import (
    FROM_OR_TO_ENDINGS,
    as_rate,
    bad_before,
    called_wrong,
    in_breakdown,
    past_bad_after,
    people_turning_to,
    qualifier_before,
    request_context,
    requests_by_people,
    side_of_monthly_change,
)
from hotline.extract.lang import LANGUAGES
from hotline.extract.measure import ends_with_to, is_change_to, restates
from hotline.extract.pieces import Count, Number, Post, Sentence

# The words before a count that the rules read (a change, a bound, a request noun, "from ... to"): this far back.
BEFORE_WINDOW = 40
# the last word of every "including" and "of them" phrase
_INCLUDING_ENDINGS = tuple(dict.fromkeys(re.split(r"\\s\+", p)[-1] for lang in LANGUAGES
                                         for p in (*lang.INCLUDING_WORDS, *lang.OF_THEM_WORDS)))
# Why a number was read as it was, for `--explain`: (its position, the rule, what it decided).
Note = tuple[int, str, str]


@dataclass(frozen=True, slots=True)
class Rejected:
    """A number that is no request count: the rule that says so, and why."""

    rule: str
    message: str


@dataclass(frozen=True, slots=True)
class Counted:
    """A number that counts requests (or calls), and how the text says so."""

    count: Count
    message: str


Verdict = Rejected | Counted
# The rejections whose reason is always the same (one value each: a number read is no new object).
BAD_BEFORE = Rejected("bad_before", "a word before it makes it no count (a change, an id, a bound)")
BOUND = Rejected("bound", "'up to' (in the text's language) before it: a bound, not a count")
BAD_AFTER = Rejected("bad_after", "an ordinal, an age, a range or 'of them' after it")
NOT_REQUESTS = Rejected("not_requests", "the text does not say it counts requests")
NOT_STATED = Rejected("not_stated", "called wrong, denied, expected, hedged or hypothetical")


@dataclass(frozen=True, slots=True)
class Reading:
    """One number of a sentence as the count rules see it (gathered once by `reading`). `memo` keeps what a rule
    measured for the rules after it (the phrase after the number, the count it reads as), never a verdict."""

    post: Post
    sent: Sentence
    num: Number
    qualifier: str  # "exact", or the qualifier before the number ("понад": over, "about")
    q_start: int  # where the count's phrase starts (its qualifier, if any)
    before: str  # the words before it in its sentence, `BEFORE_WINDOW` at most
    memo: dict[str, object] = field(default_factory=dict, compare=False, repr=False)


def reading(post: Post, sent: Sentence, num: Number) -> Reading:
    """Gather what the count rules look at for one number."""
    qualifier, q_start = qualifier_before(post, sent, num)
    before = post.low[max(sent.start, q_start - BEFORE_WINDOW) : q_start]
    return Reading(post, sent, num, qualifier, q_start, before, {})


def _phrase(r: Reading) -> tuple[str, int, Number | None, bool] | None:
    """(qualifier, where the count's phrase ends, the upper end of its range, a month's share?), or None when a
    word after the number makes it no count. Measured once."""
    if "phrase" not in r.memo:
        qualifier, after = r.qualifier, r.num.end
        post_qualifier = lx.QUALIFIER_AFTER_RE.match(r.post.low, after)
        if post_qualifier:
            qualifier, after = "over", post_qualifier.end()
        past = past_bad_after(r.post, r.sent, r.num, after)
        r.memo["phrase"] = None if past is None else (qualifier, *past)
    return r.memo["phrase"]  # type: ignore[return-value]


def _candidate(r: Reading) -> Count | None:
    """The count the words around the number say it is, before rates and hedges are weighed. Measured once."""
    if "candidate" not in r.memo:
        qualifier, after, _upper, share = _phrase(r)  # type: ignore[misc]
        count = counted(r.post, r.sent, r.num, r.q_start, after, r.before, qualifier)
        r.memo["candidate"] = replace(count, share=True) if count is not None and share else count
    return r.memo["candidate"]  # type: ignore[return-value]


def _rated(r: Reading) -> Count | tuple[str, str]:
    """The candidate settled against a rate (a rate per month is that month's figure), or the rejection."""
    if "rated" not in r.memo:
        _qualifier, after, upper, _share = _phrase(r)  # type: ignore[misc]
        r.memo["rated"] = as_rate(r.post, r.sent, _candidate(r), r.num, upper, r.q_start, after)  # type: ignore[arg-type]
    return r.memo["rated"]  # type: ignore[return-value]


# --- the rules, in the order they are tried: the first that decides wins ------------------------


def month_to_month(r: Reading) -> Verdict | None:
    """ "зросла з 10 440 у квітні до 12 320 у травні": each side of a change between two months' figures is
    its month's count, whatever the words around it."""
    if not (r.before.rstrip().endswith(FROM_OR_TO_ENDINGS)
            and side_of_monthly_change(r.post, r.sent, r.num, r.before)):
        return None
    count = counted(r.post, r.sent, r.num, r.q_start, r.num.end, "", r.qualifier)
    if count is None:
        return None
    return Counted(count, f"counts {count.unit}, one side of a change from month to month")


def bad_word_before(r: Reading) -> Verdict | None:
    """A word right before the number that makes it no count: a change ("на 2 100"), an id, a bound."""
    if bad_before(r.post, r.sent, r.q_start, r.before):
        return BAD_BEFORE
    return None


def bound(r: Reading) -> Verdict | None:
    """ "до 10 тисяч", "up to 10,000": a bound, not a count (unless a change reached it: "зросла до")."""
    if ends_with_to(r.before) and not is_change_to(r.before):
        return BOUND
    return None


def bad_word_after(r: Reading) -> Verdict | None:
    """An ordinal, an age, a range that is not one, or "of them" of a subset right after the number."""
    if _phrase(r) is None:
        return BAD_AFTER
    return None


def not_requests(r: Reading) -> Verdict | None:
    """The text does not say the number counts requests (no request noun, no people who turned to a project)."""
    if _candidate(r) is None:
        return NOT_REQUESTS
    return None


def rate(r: Reading) -> Verdict | None:
    """A rate or an average ("300 щодня", "в среднем"), or a range that is not a rate per month. (The dearest
    check, so it runs only on numbers that look like counts.)"""
    rated = _rated(r)
    return Rejected(*rated) if isinstance(rated, tuple) else None


def not_stated(r: Reading) -> Verdict | None:
    """A figure called wrong, denied, expected, hedged or hypothetical."""
    if called_wrong(r.post, r.sent, r.q_start):
        return NOT_STATED
    return None


def counts(r: Reading) -> Verdict | None:
    """Nothing rejected it: a count, as settled against a rate."""
    count = _rated(r)
    assert isinstance(count, Count)
    how = "a request noun beside it" if count.strong else "the sentence speaks of requests"
    return Counted(count, f"counts {count.unit} ({how}), qualifier {count.qualifier}")


COUNT_RULES: tuple[Callable[[Reading], Verdict | None], ...] = (
    month_to_month, bad_word_before, bound, bad_word_after, not_requests, rate, not_stated, counts,
)


def count_number(post: Post, sent: Sentence, num: Number) -> Verdict:
    """The verdict of the first rule of `COUNT_RULES` that decides about the number."""
    r = reading(post, sent, num)
    for rule in COUNT_RULES:
        verdict = rule(r)
        if verdict is not None:
            return verdict
    raise AssertionError("counts always decides")


def counted_number(post: Post, sent: Sentence, num: Number) -> Count | None:
    """The number as a request count, or None."""
    verdict = count_number(post, sent, num)
    return verdict.count if isinstance(verdict, Counted) else None


@dataclass(frozen=True, slots=True)
class SentenceCounts:
    """The request counts of one sentence, the positions of those set aside as shares or subsets, and why each
    number was read as it was (for `--explain`)."""

    counts: tuple[Count, ...]
    parts: tuple[int, ...]
    notes: tuple[Note, ...]


NO_COUNTS = SentenceCounts((), (), ())


def sentence_counts(post: Post, sent: Sentence) -> SentenceCounts:
    """The numbers of the sentence that count requests, less shares, subsets and bracketed restatements."""
    if not sent.numbers:
        return NO_COUNTS
    found: list[Count] = []
    parts: list[int] = []  # counts of the sentence dropped as a share or subset ("including 12,320 in May")
    notes: list[Note] = []
    for number in sent.numbers:  # a plain loop: this runs for every number of every post
        verdict = count_number(post, sent, number)
        if isinstance(verdict, Rejected):
            notes.append((number.start, verdict.rule, verdict.message))
            continue
        count = verdict.count
        notes.append((number.start, "counts", verdict.message))
        if in_breakdown(post, sent, count):
            parts.append(count.num_start)
            notes.append((count.num_start, "part", "a share or subset (a region, 'including', 'the most from')"))
        else:
            found.append(count)
    restated = {c.restates for c in found if c.restates is not None}
    if restated:  # "более 9 тыс. заявок (9 243)": one count, read in its exact form
        notes += [(start, "restated", "restated exactly in the brackets after it") for start in restated]
        found = [c for c in found if c.num_start not in restated]
    return SentenceCounts(tuple(found), tuple(parts), tuple(notes))


def counted(post: Post, sent: Sentence, num: Number, q_start: int, after: int, before: str,
             qualifier: str) -> Count | None:
    """Does the text say what the number counts, and is it requests?"""
    low = post.low
    if before.rstrip().endswith("(") and low.startswith(")", after) and sent.numbers[0] is not num:
        return restated(post, sent, num, q_start, qualifier)
    if lx.TIMES_AFTER_RE.match(low, after, sent.end):
        if lx.MULTIPLIER_BEFORE_RE.search(before) or not post.before(lx.REQUEST_VERB_RE, sent, q_start):
            return None
        return Count(q_start, num.start, num.end, num.value, qualifier, True)
    if lx.REQUEST_AFTER_RE.match(low, after, sent.end) or (
            low.startswith(("—", " —", "–", " –"), after) and lx.SO_MANY_AFTER_RE.match(low, after, sent.end)):
        return Count(q_start, num.start, num.end, num.value, qualifier, True)
    by_people = requests_by_people(post, sent, before, after)
    if by_people is not None:
        return Count(q_start, num.start, num.end, num.value, qualifier, True, people=True) if by_people else None
    if lx.CALL_AFTER_RE.match(low, after, sent.end):
        return Count(q_start, num.start, num.end, num.value, qualifier, True, "calls")
    if people_turning_to(post, sent, after, before):
        return Count(q_start, num.start, num.end, num.value, qualifier, True, people=True)
    if num.from_words or not lx.SAFE_AFTER_RE.match(low, after, sent.end):
        return None
    if before.rstrip().endswith(_INCLUDING_ENDINGS) and lx.INCLUDING_BEFORE_RE.search(before):
        # "144 000 росіян ..., в тому числі 9 243 у жовтні": the part counts what the whole counts
        whole = [n for n in sent.numbers if n.end <= q_start]
        whole_count = counted_number(post, sent, whole[-1]) if whole else None
        if whole_count is not None:
            return Count(q_start, num.start, num.end, num.value, qualifier, False, whole_count.unit)
    unit = request_context(post, sent, q_start, before, after)
    if unit is not None:
        return Count(q_start, num.start, num.end, num.value, qualifier, False, unit)
    return None


def restated(post: Post, sent: Sentence, num: Number, q_start: int, qualifier: str) -> Count | None:
    """ "понад 144 тис. (144 138)", "более 144 тыс. заявок (144 138)": the exact form of the count
    just before the bracket, which it must agree with."""
    previous = [n for n in sent.numbers if n.end <= q_start]
    if not previous:
        return None
    gap = post.low[previous[-1].end : q_start]
    noun = lx.REQUEST_AFTER_RE.match(gap)
    if (gap[noun.end() :] if noun else gap).strip() != "(":
        return None
    rounded = counted_number(post, sent, previous[-1])
    if rounded is None or not restates(rounded, num.value):
        return None
    return Count(q_start, num.start, num.end, num.value, qualifier, False, rounded.unit, rounded.num_start)
