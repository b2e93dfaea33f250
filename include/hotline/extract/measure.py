"""Small pure helpers that measure the pieces of a post: month arithmetic, number values, clauses, spans,
series-name use. Shared by the stages (scan, count, place, claims)."""

from __future__ import annotations

import bisect
import itertools
import re
from datetime import datetime

from hotline.extract import lexicon as lx
from hotline.extract.lang import LANGUAGES
from hotline.extract.pieces import Count, Ref, Sentence

# --- months named without a year (month arithmetic: `hotline.months.month_number`) -------------


def resolve_year(month: int, published_at: datetime) -> int:
    """The year of a month named without one: the latest such month not after publication."""
    # A month named without a year is the latest such month not after publication:
    # "у грудні" in a January post is December of the year before.
    return published_at.year if month <= published_at.month else published_at.year - 1

# --- helpers -------------------------------------------------------------------------------------


_TO_WORDS = tuple(dict.fromkeys(w for lang in LANGUAGES for w in lang.TO_WORDS))
ENDS_WITH_TO_RE = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, _TO_WORDS))})\s*$")
YEAR_PREPOSITION_RE = re.compile(rf"(?<!\w){lx.phrase_alternation('YEAR_PREPOSITIONS')}\s+$")
TRAILING_BY_RE = re.compile(rf"(?<!\w){lx.phrase_alternation('BY_WORDS')}\s*$")
# "хочу знайти сина": the word after a series' name that makes it a wish, not the name, is this close.
NAME_OBJECT_WINDOW = 20
# «Хочу жити»: an opening quote stands at most this close before the name (a space and a quote).
NAME_QUOTE_WINDOW = 3
# "я хочу жити": the pronoun that makes it a wish stands this close before the name.
NAME_PRONOUN_WINDOW = 12
# the word that frames a name said without its pronoun ("the Want to Live project") stands right before it
NAME_FRAME_WINDOW = 12
# "(dt. „Ich möchte leben“)": the abbreviation before a dot is this short.
ABBREVIATION_WINDOW = 8
# "4. Februar": a day number before the dot (not a figure's last digits: "8.548", "1 000.")
DAY_NUMBER_BEFORE_RE = re.compile(r"(?<![\d.,])(?<!\d\s)\d{1,2}$")
# "і в серпні — 10 100": a month binds the count after it when only a dash or a comma stands between them.
BOUND_GAP_WINDOW = 4
# "9,243 requests in October": a figure's own month stands right after it, at most its noun and a preposition
# between (words, no digit and no punctuation).
OWN_MONTH_WORDS = 2
OWN_MONTH_GAP_RE = re.compile(rf"\s*(?:[^\W\d_]+\s+){{0,{OWN_MONTH_WORDS}}}")
# "(+22% до грудня)": the month a signed percent is anchored to stands this close after it.
SIGNED_ANCHOR_WINDOW = 24


# Plain loops, not any() over a generator: these run for every number and year of a post.
def overlaps_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Does [start, end) overlap any of the spans?"""
    for s, e in spans:  # noqa: SIM110
        if s < end and start < e:
            return True
    return False


def starts_inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Does any of the spans contain `pos`?"""
    for s, e in spans:  # noqa: SIM110
        if s <= pos < e:
            return True
    return False


def may_have_percent(low: str) -> bool:
    """Can the text hold a percent at all (a sign, or a percent word of any language)?"""
    return "%" in low or lx.any_hint(low, lx.PERCENT_HINTS)


def digit_value(m: re.Match[str]) -> float | None:
    """The value of a number in digits (any language's separators, a scale word after it), or None for an id."""
    digits = m.group("int")
    if m.group("sep"):  # a thousands separator of any language: "8 548", "8,548", "8.548"
        digits = digits.replace(m.group("sep"), "")
    value = float(digits)
    if m.group("dec"):
        value += float("0." + m.group("dec")[1:])
    if m.group("scale"):
        value *= 1000
        if m.group("rest"):
            value += float(m.group("rest"))
    elif m.group("int").startswith("0") and len(digits) > 1:
        return None  # "044 123": phone codes and ids, not counts
    return value


def word_value(m: re.Match[str]) -> float | None:
    """The value of a number said in words ("три з половиною тисячі"), or None."""
    if m.group("bare"):
        return 1000.0
    head = lx.words_value(m.group("words"))
    if head is None:
        return None
    value = head * 1000
    rest = m.group("rest")
    if rest:
        tail = float(rest) if rest.strip().isdigit() else lx.words_value(rest)
        if tail is None or tail >= 1000:
            return None
        value += tail
    return value


def restates(rounded: Count, value: float) -> bool:
    """Can `value` be the exact form of the rounded count ("понад 144 тис." -> 144 138)?"""
    if rounded.qualifier == "exact" and rounded.value == value:
        return True
    if rounded.qualifier == "over" and value < rounded.value:
        return False
    return abs(value - rounded.value) <= 0.15 * rounded.value


def is_name_use(text: str, low: str, start: int, end: int) -> bool:
    """Is this alias used as the project's name, rather than as the phrase "I want to find ..."?"""
    after = low[end : end + NAME_OBJECT_WINDOW].split()
    if after and after[0].strip(".,!?;:") in _OBJECTS and after[0][-1:] not in ",.;:!?":
        return False  # "хочу знайти сина", even inside quotes: a wish, not the project
    quoted = (lx.LEADING_QUOTE_RE.search(low, max(0, start - NAME_QUOTE_WINDOW), start)
              or lx.TRAILING_QUOTE_RE.match(low, end))
    if quoted:
        return True
    before = low[max(0, start - NAME_PRONOUN_WINDOW) : start].split()
    if before and before[-1] in _PRONOUNS:
        return False
    original = text[start:end]
    if lx.SHORT_NAME_HEAD_RE.match(low, start):
        # "the Want to Live project": without its "I" the name is a name only so framed (or quoted, above)
        return bool(lx.NAME_FRAME_BEFORE_RE.search(low, max(0, start - NAME_FRAME_WINDOW), start)
                    and lx.NAME_FRAME_AFTER_RE.match(low, end))
    if original.isascii():
        # English or transliterated names are written as names: "I Want to Find", "Khochu Naiti".
        return sum(1 for w in original.split() if w[:1].isupper()) >= 2
    return True


ALSO_WORDS = frozenset(w for lang in LANGUAGES for w in lang.ALSO_WORDS)
BARE_SUPERLATIVES = frozenset(w for lang in LANGUAGES for w in lang.BARE_SUPERLATIVES)
# "я хочу жити", "хочу знайти сина", "je veux trouver mon fils": the words, not the project's name
_PRONOUNS = frozenset(w for lang in LANGUAGES for w in lang.NAME_PRONOUNS)
_OBJECTS = frozenset(w for lang in LANGUAGES for w in lang.NAME_OBJECTS)


def alternates(sent: Sentence, pos: int) -> bool:
    """With two projects in one sentence, each count must follow its own project's name."""
    alternating = sent.memo.get("alternating")
    if alternating is None:
        starts = [n.start for n in sent.numbers]
        alternating = True
        for (p0, s0), (p1, s1) in itertools.pairwise(sent.mentions):
            i = bisect.bisect_right(starts, p0)
            if s0 != s1 and not (i < len(starts) and starts[i] < p1):
                alternating = False  # two names of different projects with no number between them
                break
        sent.memo["alternating"] = alternating
    return alternating and sent.mentions[0][0] < pos


# Past this many clauses, a sentence's clause is found by bisection (reading stays linear); below, a plain loop.
CLAUSES_BISECTED = 8


def clause_of(low: str, sent: Sentence, pos: int) -> tuple[int, int]:
    """The clause of the sentence that holds `pos` (split at `CLAUSE_BREAK_RE`), as (start, end)."""
    clauses = sent.memo.get("clauses")
    if clauses is None:
        clauses, start = [], sent.start
        for brk in lx.CLAUSE_BREAK_RE.finditer(low, sent.start, sent.end):
            clauses.append((start, brk.start()))
            start = brk.end()
        clauses.append((start, sent.end))
        sent.memo["clauses"] = clauses
        if len(clauses) > CLAUSES_BISECTED:
            sent.memo["clause_ends"] = [end for _, end in clauses]
    ends = sent.memo.get("clause_ends")
    if ends is None:
        for clause in clauses:  # the common case, a few clauses: a plain loop is quickest
            if pos <= clause[1]:
                return clause
        return clauses[-1]
    i = bisect.bisect_left(ends, pos)  # the first clause that ends at or after `pos`
    return clauses[i] if i < len(clauses) else clauses[-1]


class Spans:
    """Spans of text (dates, years, percents) with an overlap test that stays fast for many of them."""

    __slots__ = ("_max_end", "_spans", "_starts")
    # Up to this many spans a plain loop (`overlaps_any`) is quicker than building the index: callers use
    # the index only past it (a normal post has a handful).
    SMALL = 16

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [start for start, _ in self._spans]
        self._max_end, top = [], -1
        for _, end in self._spans:
            top = max(top, end)
            self._max_end.append(top)

    def overlaps(self, start: int, end: int) -> bool:
        """Does any span overlap [start, end)?"""
        i = bisect.bisect_left(self._starts, end)  # spans [:i] start before `end`
        return i > 0 and self._max_end[i - 1] > start

    def holds(self, pos: int) -> bool:
        """Does any span contain `pos`?"""
        i = bisect.bisect_right(self._starts, pos)  # spans [:i] start at or before `pos`
        return i > 0 and self._max_end[i - 1] > pos


def pair(count: Count, clause_counts: list[Count], refs: tuple[Ref, ...]) -> Ref | None:
    """The period reference a count belongs to among several in its clause."""
    # A reference is free for this count when no other count of the clause stands between them.
    others = [c.num_start for c in clause_counts if c is not count]
    free = [r for r in refs if not any_between(r.start, count.num_start, others)] if others else list(refs)
    if len(free) == 1:
        return free[0]
    months = [r for r in free if r.month is not None]
    if len(months) == 1 and 0 <= count.start - months[0].end <= 4:
        # "у 2024 році: січень — 8 548": a month of that year, right before its figure
        month, years = months[0], {r.year for r in free if r.month is None}
        if len(years) == len(free) - 1 == 1 and (not month.explicit_year or month.year in years):
            year = years.pop()
            return month if month.year == year else Ref(month.start, month.end, year, month.month, month.role, True)
    if len(refs) == len(clause_counts) and len({r.period for r in refs}) == len(refs):
        return refs[clause_counts.index(count)]
    if free and len({r.period for r in free}) == 1:
        return free[0]
    return None


def any_between(a: int, b: int, positions: list[int]) -> bool:
    """Does any of the positions lie strictly between `a` and `b`?"""
    lo, hi = min(a, b), max(a, b)
    for pos in positions:  # noqa: SIM110
        if lo < pos < hi:
            return True
    return False


def ref_matches_launch(ref: Ref, launched: str) -> bool:
    """Is the month (or year) of the reference the series' launch month (`launched`: "YYYY-MM")?"""
    year, month = int(launched[:4]), int(launched[5:7])
    return ref.year == year and (ref.month is None or ref.month == month)


def ends_with_to(before: str) -> bool:
    """Does the text before a number end with "up to" in any language ("до", "bis zu")?"""
    # The endswith test is cheap and rules out almost every number before the regex runs.
    return before.rstrip().endswith(_TO_WORDS) and ENDS_WITH_TO_RE.search(before) is not None


def is_change_to(before: str) -> bool:
    """Does the text before a number say a change reached it ("зросла до", "bringing the total to")?"""
    return lx.CHANGE_VERB_BEFORE_TO_RE.search(before) is not None or TOTAL_TO_RE.search(before) is not None


# "bringing the total to 144,138", "довівши загальну кількість до 144 138": the figure the total reached.
TOTAL_TO_RE = re.compile(rf"(?<!\w){lx.phrase_alternation('TOTAL_TO_PHRASES')}\s*$")


def names_as_words(low: str, mentions: list[tuple[int, str]], series_re: re.Pattern[str]) -> str:
    """`low` with each series' name (and its quotes) written as one plain word of the same length, so that a
    name's own words ("will" in "Ich will leben") and quotes read as no part of the sentence around it."""
    chars = list(low)
    for start, _ in mentions:
        name = series_re.match(low, start)
        if name is not None:
            lo, hi = start, name.end()
            lo -= 1 if lo > 0 and chars[lo - 1] in "\"'" else 0
            hi += 1 if hi < len(chars) and chars[hi] in "\"'" else 0
            chars[lo:hi] = "x" * (hi - lo)
    return "".join(chars)


def in_a_name(low: str, mentions: list[tuple[int, str]], series_re: re.Pattern[str], pos: int) -> bool:
    """Does a tracked series' name cover `pos`?"""
    for start, _ in mentions:
        if start <= pos:
            name = series_re.match(low, start)
            if name is not None and pos < name.end():
                return True
    return False


def sentence_bounds(text: str, low: str) -> list[tuple[int, int]]:
    """The sentences of a post as (start, end): breaks found in the original `text` (they need its capitals),
    an abbreviation's dot ("dt.", "ca.") checked in its normalised copy `low`."""
    bounds, start = [], 0
    for brk in lx.SENTENCE_BREAK_RE.finditer(text):
        if brk.group()[:1] == "." and lx.ABBREVIATION_BEFORE_RE.search(low, max(0, brk.start() - ABBREVIATION_WINDOW),
                                                                        brk.start()):
            continue  # "(dt. „Ich möchte leben“)", "ca. 3.500": an abbreviation's dot ends no sentence
        if brk.group()[:1] == "." and _day_dot(low, brk.start(), brk.end()):
            continue  # "am 4. Februar", "15. září": the dot of a day written before its month ends no sentence
        end = brk.start() + len(brk.group().rstrip())  # keep the full stop with its sentence
        if end > start:
            bounds.append((start, end))
        start = brk.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


def counts_from_launch(low: str, start: int, end: int) -> bool:
    """Does the text between `start` and `end` count from the launch ("since its launch", "seit dem Start",
    "з початку роботи", "відтоді")? Then a year heading the sentence is when it was said, not the figure's period."""
    return (lx.FROM_LAUNCH_RE.search(low, start, end) or lx.LAUNCH_WORD_RE.search(low, start, end)) is not None


def _day_dot(low: str, dot: int, after: int) -> bool:
    """Is the dot at `dot` that of a day number (one or two digits) with a month's name right after it?"""
    day = DAY_NUMBER_BEFORE_RE.search(low, max(0, dot - 3), dot)
    return day is not None and lx.MONTH_RE.match(low, after) is not None


def after_share(ref: Ref, count: Count, counts: tuple[Count, ...]) -> bool:
    """Is the month after a later count that is a month's share ("60,000 requests — 8,548 of them last
    month"), and so that share's own?"""
    return any(other.share and count.num_start < other.num_start < ref.start for other in counts)


def bound_to_next(low: str, ref: Ref, count: Count, counts: tuple[Count, ...], refs: list[Ref] | tuple[Ref, ...]
                  ) -> bool:
    """Is the month the period of another count that follows it with nothing but a dash, colon or comma
    between ("і в серпні — 10 100", "and in August 10,100")? Not in a list of figures each followed by its
    month ("9,243 in October, 10,100 in September and 12,320 in May"): there each month is its own figure's."""
    for other in counts:
        if other is not count and ref.end <= other.start <= ref.end + BOUND_GAP_WINDOW and count.num_start < ref.start:
            if lx.BOUND_GAP_RE.fullmatch(low, ref.end, other.start) is None:
                return False
            return not (_month_right_after(low, count, ref) and any(
                _month_right_after(low, other, r) for r in refs if r.month is not None and r is not ref))
    return False


def _month_right_after(low: str, count: Count, ref: Ref) -> bool:
    """Does the month follow the count with at most its noun and a preposition between ("9,243 requests in
    October", "10 100 у вересні")?"""
    return count.end <= ref.start and OWN_MONTH_GAP_RE.fullmatch(low, count.end, ref.start) is not None


def compared_by_percent(ref: Ref, sent: Sentence) -> bool:
    """Is the month the anchor of a percent change said right before it ("(+22% до грудня)", "22% on December",
    or a compared month: "на 22% більше, ніж у грудні"), so not a time of the sentence's own?"""
    return ref.month is not None and (ref.role == "compare" or any(
        m.end() <= ref.start <= m.end() + SIGNED_ANCHOR_WINDOW
        and lx.SIGNED_ANCHOR_RE.fullmatch(m.string, m.end(), ref.start) for m in sent.percents))
