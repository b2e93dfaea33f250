"""Time phrases: running totals and their markers, spans, first years, as-of dates, months still running."""

from __future__ import annotations

import re

from hotline.extract.lang import LANGUAGES
from hotline.extract.lexicon.build import (
    gate_of,
    literal_heads,
    phrase_alternation,
    phrase_gate,
    phrases_of,
    word_pattern,
)
from hotline.extract.lexicon.text import MONTH_ALTERNATION, UNIT_VALUES

# "Відтоді", "с тех пор", "since then": since what the sentence before speaks of (the launch, when it does).
SINCE_THEN_RE = re.compile(word_pattern("SINCE_THEN_PHRASES"))
LAUNCH_WORD_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(phrases_of("LAUNCH_WORDS") + phrases_of("LAUNCH_PHRASES")) + r")(?!\w)"
)
# "since its launch", "seit dem Start", "з початку роботи", "відтоді": a figure counted from the launch (or from
# what the sentence before speaks of), whatever year heads its sentence.
FROM_LAUNCH_RE = re.compile(
    rf"(?<!\w)(?:{phrase_alternation('SINCE_START_PHRASES')}|{phrase_alternation('SINCE_THEN_PHRASES')})(?!\w)"
)
# Words that give a figure a time the reader could not place: a count beside them is no running total.
UNDATED_BLOCK_RE = re.compile(rf"(?<!\w)(?:(?:19|20)\d\d|{'|'.join(phrases_of('UNDATED_WORDS'))})(?!\w)")
# A day and a month right before a year, the three at a sentence's start after at most a place's name: its
# dateline ("Roma, 28 gennaio 2023 - ..."). Matched from the sentence's start.
DATELINE_PLACE_CHARS = 40
_DAY_LINK = phrase_alternation("DAY_MONTH_LINK_WORDS")  # "28 de enero"
DATELINE_BEFORE_YEAR_RE = re.compile(
    rf"[^\d]{{0,{DATELINE_PLACE_CHARS}}}?(?<!\d)(?:[012]?\d|3[01])\.?\s+(?:{_DAY_LINK}\s+)?(?:{MONTH_ALTERNATION}),?\s+$"
)
# A rate per month: a monthly figure in all but name ("по 3 тис. звернень щомісяця", "1,500 calls a month").
PER_MONTH_RE = re.compile(phrase_alternation("PER_MONTH_PHRASES"))
# What may stand between a month and the count it dates, written right after it: "у серпні — 10 100".
BOUND_GAP_RE = re.compile(r"[\s,:—–-]*")
# A clause about the time just named: "..., ніж у вересні, коли надійшло 10 100", "than in September, when".
WHEN_CLAUSE_RE = re.compile(rf"\s*{phrase_alternation('WHEN_WORDS')}(?!\w)")
# What joins the months of a list: "в октябре и декабре", "in October, November and December".
_AND = phrase_alternation("AND_WORDS")
_IN = phrase_alternation("IN_WORDS")
MONTH_LIST_JOIN_RE = re.compile(rf",?\s+(?:{_AND}\s+(?:{_IN}\s+)?)?|,\s*")
# Part of a month: "за першу половину жовтня", "in the first half of October", "первую декаду".
PARTIAL_MONTH_RE = re.compile(r"(?<!\w)" + phrase_alternation("PARTIAL_MONTH_PHRASES"))
PARTIAL_MONTH_HINTS = literal_heads("PARTIAL_MONTH_PHRASES")
MULTIPLIER_BEFORE_RE = re.compile(rf"(?<!\w){_IN}\s*$")

# Running totals and their anchors.
CUMULATIVE_RE = re.compile(
    phrase_gate("RUNNING_TOTAL_PHRASES") + r"(?<!\w)" + phrase_alternation("RUNNING_TOTAL_PHRASES") + r"(?!\w)"
)
# A change from one month's figure to another's: "зросла з 10 440 у квітні до 12 320 у травні", "rose from 10,440
# in April to 12,320 in May", "12,320 in May, up from 10,440 in April". Both are the months' own figures.
_MONTH_AFTER = rf"\s+{_IN}\s+(?:{MONTH_ALTERNATION})(?!\w)"
_TO = phrase_alternation("TO_WORDS")
FROM_BEFORE_RE = re.compile(rf"(?<!\w){phrase_alternation('CHANGE_FROM_WORDS')}\s*$")
FROM_MONTH_TO_AFTER_RE = re.compile(
    _MONTH_AFTER + rf"\s*,?\s+{_TO}\s+(?:{phrase_alternation('OVER_WORDS')}\s+)?\d")
FROM_MONTH_AFTER_RE = re.compile(_MONTH_AFTER + rf"(?!\s+{_TO}\s)")
TO_AFTER_FROM_BEFORE_RE = re.compile(
    rf"(?<!\w){phrase_alternation('CHANGE_FROM_WORDS')}\s+[\d\s,.]+(?:{phrase_alternation('SCALE_WORDS')}(?!\w))?"
    + _MONTH_AFTER + rf"\s*,?\s+{_TO}\s*$"
)
PERFECT_HINTS = tuple(dict.fromkeys(literal_heads("TO_DATE_PHRASES") + literal_heads("EXCEED_VERBS")))
# An as-of date said as such ("станом на 1 грудня", "as of December 1"), not a bare "by" or "до".
EXPLICIT_AS_OF_RE = re.compile(rf"{phrase_alternation('AS_OF_PHRASES')}\s+$")
# Received up to now: "has (already) received", "have contacted", "вже отримав", "уже получил" before a count.
# ... and any verb of exceeding: "вже перевершила 100 000" is a milestone of the total to date.
PERFECT_TO_DATE_RE = re.compile(
    rf"{gate_of('TO_DATE_PHRASES', 'EXCEED_VERBS')}(?<!\w)"
    rf"(?:{phrase_alternation('TO_DATE_PHRASES')}|{phrase_alternation('EXCEED_VERBS')})(?!\w)"
)
# The first year of work: "за (перший) рік роботи", "за первый год работы", "in its first year".
# (`first`: the phrase says "first", so it is the first year whenever the post is from)
FIRST_YEAR_RE = re.compile(
    rf"(?<!\w)(?:(?P<first>{phrase_alternation('FIRST_YEAR_PHRASES')})|{phrase_alternation('YEAR_OF_WORK_PHRASES')})(?!\w)"
)
FIRST_YEAR_HINTS = literal_heads("YEAR_NOUNS")
# A sentence's first clause that sets the period of what follows: "In its first year, ...",
# "Since the project's launch in January 2024, ...", "З моменту запуску в січні 2024 року, ...".
HEAD_PERIOD_RE = re.compile(
    r"[^\w]*(?:" + "|".join(phrases_of("HEAD_PERIOD_WORDS") + phrases_of("START_WORDS")) + r")(?!\w)"
)
# What may stand around the month in a first clause that is only the month: "In October, ...",
# "У жовтні 2025 року, ...", "По итогам октября, ...".
HEAD_MONTH_REST_RE = re.compile(rf"[^\w]*(?:{phrase_alternation('HEAD_MONTH_WORDS')}\s+)?[^\w]*")
# A head clause whose subject is the month, and the clause after it that gives the month's figure: "January was
# a record month for I Want to Find, with 8,548 requests", "Січень став рекордним для проєкту, із 8 548 ...".
MONTH_SUBJECT_AFTER_RE = re.compile(rf"\s+{phrase_alternation('BECAME_WORDS')}(?!\w)")
WITH_FIGURE_CLAUSE_RE = re.compile(rf"[\s,—–:-]*{phrase_alternation('WITH_WORDS')}\s")
# Words that tie a clause's figure to some other time: "compared with", "than", "earlier", "ago".
OTHER_SPAN_RE = re.compile(rf"(?<!\w){phrase_alternation('OTHER_TIME_WORDS')}(?!\w)")
# A figure so far: in the month of publication, the month is still running ("вже надійшло").
SO_FAR_RE = re.compile(rf"(?<!\w){phrase_alternation('SO_FAR_WORDS')}(?!\w)")
# Year-to-date totals: a range whose end is unknown, so never a fact.
YEAR_TO_DATE_RE = re.compile(word_pattern("YEAR_TO_DATE_PHRASES"))


# A span of several months or weeks ("за десять месяцев", "за 10 місяців", "in the first ten months"): a total
# over it is neither a month's count nor the running total since launch.
_DURING = phrase_alternation("DURING_WORDS")
_OF_WORK = phrase_alternation("OF_WORK_PHRASES")
_ARTICLE = phrase_alternation("SPAN_ARTICLES")
_ONE = phrase_alternation("SPAN_ONE_ARTICLES")
_ITS = phrase_alternation("SPAN_POSSESSIVES")
_SPAN_UNITS = "(?:" + "|".join(phrases_of("MONTH_UNITS") + phrases_of("WEEK_UNITS")) + ")"
SPAN_RE = re.compile(
    rf"(?<!\w){_DURING}\s+(?:{_ARTICLE}\s+)?(?:{phrase_alternation('SPAN_EDGE_WORDS')}\s+)?"
    rf"(?:\d+|{phrase_alternation('SPAN_COUNT_WORDS')})\s+{_SPAN_UNITS}(?!\w)"
    # "за перші три тижні роботи", "in the six months of the project": the span since launch, the running total
    rf"(?!\s+(?:{_OF_WORK}|{phrase_alternation('SPAN_SINCE_WORDS')}(?!\w)))"
)
# ... and every language's spans (SPAN_PHRASES), each holding one of its SPAN_UNIT_WORDS
SPAN_RE = re.compile(SPAN_RE.pattern + "|" + word_pattern("SPAN_PHRASES"))
SPAN_HINTS = (*literal_heads("MONTH_UNITS"), *literal_heads("WEEK_UNITS"),
              *(w for lang in LANGUAGES for w in lang.SPAN_UNIT_WORDS))
# Durations: a sentence with one of these states a figure for some other span, so the month of an
# earlier sentence must not be carried over to it ("За рік роботи проєкт отримав 52 тисячі заявок").
DURATION_RE = re.compile(word_pattern("DURATION_WORDS"))



# A span counted from launch: "за перші три місяці роботи", "in the six months of the I Want to Live project",
# "за шість місяців існування". Not "the last/past six months" (a window before publication).
SPAN_FROM_LAUNCH_RE = re.compile(
    rf"(?<!\w)(?:{_DURING}|(?P<in>{_IN})(?=\s+{phrase_alternation('FIRST_STEMS')}))\s+(?:{_ARTICLE}\s+|(?P<its>{_ITS}\s+))?"
    rf"(?:(?P<first>{phrase_alternation('SPAN_FIRST_WORDS')})\s+)?"
    # no count: "за місяць роботи", "in a month of work" (one)
    rf"(?:(?P<n>\d+|(?!{_ONE}\s)[^\W\d][\w']*)\s+|{_ONE}\s+)?"
    rf"(?P<unit>(?P<month>{phrase_alternation('MONTH_UNITS')})|(?P<week>{phrase_alternation('WEEK_UNITS')})"
    rf"|(?P<day>{phrase_alternation('DAY_UNITS')}))"
    # "over its first six months": "its first" is the project's own, so the words after may be left out
    rf"(?:(?(its)(?(first)(?!\s+{phrase_alternation('SPAN_OF_WORDS')}\s)|(?!))|(?!))|\s+{_OF_WORK})(?!\w)"
)
SPAN_FROM_LAUNCH_HINTS = (*literal_heads("MONTH_UNITS"), *literal_heads("WEEK_UNITS"), *literal_heads("DAY_UNITS"))
# "перший тиждень роботи", "the first week": one of the unit
# "за місяць роботи", "in a month of work": one of the unit, its count left out
_ONE_UNIT_WORDS = frozenset(phrases_of("ONE_UNIT_WORDS"))
_FIRST_WORDS = frozenset(phrases_of("FIRST_WORDS"))


def span_length(m: re.Match[str]) -> tuple[int, bool] | None:
    """The number of months a `SPAN_FROM_LAUNCH_RE` match spans (weeks and days rounded up to whole months),
    and whether it is shorter than a month; None when its count is no number word."""
    n = m.group("n") or "1"
    if m.group("n") is None and m.group("unit") not in _ONE_UNIT_WORDS:
        return None  # "впродовж місяців роботи": months, how many unsaid
    if m.group("in") and not (m.group("first") or n in _FIRST_WORDS):
        return None  # "у 3 місяці роботи" may be the third month; "у перші три місяці" is the span
    count = int(n) if n.isdigit() else (1 if n in _FIRST_WORDS else UNIT_VALUES.get(n))
    if count is None or not 1 <= count <= 60:
        return None
    if m.group("day"):
        return -(-int(count) // 30), count < 28
    if m.group("week"):
        return -(-int(count) // 4), count < 4
    return int(count), False

# The year before publication: "за последний год", "за останній рік", "over the past year", and a bare "за рік".
# For a project about a year old, that is its whole life (see `past_year_from_launch`).
PAST_YEAR_RE = re.compile(
    rf"(?<!\w){phrase_alternation('DURING_WORDS')}\s+(?:{_ARTICLE}\s+)?(?:{phrase_alternation('PAST_WORDS')}\s+)?"
    rf"{phrase_alternation('YEAR_NOUNS')}(?!\w)(?!\s+{phrase_alternation('AGO_WORDS')})"
)

# Two months as the ends of one span: "у січні-лютому", "January-March", "з січня по березень", "from January to
# March", "between January and March". The join between the two months; "and" only after "between".
MONTH_RANGE_JOIN_RE = re.compile(rf"\s*[-–—]\s*|\s+(?P<to>{phrase_alternation('RANGE_TO_WORDS')})\s+"
                                 rf"|\s+(?P<and>{phrase_alternation('RANGE_AND_WORDS')})\s+")
MONTH_RANGE_FROM_RE = re.compile(rf"(?<!\w)(?:(?P<from>{phrase_alternation('RANGE_FROM_WORDS')})"
                                 rf"|(?P<between>{phrase_alternation('BETWEEN_WORDS')}))\s+$")
# A colon right after a year opens a list of that year's months: "у 2024 році: січень — 8 548; ...".
LIST_AFTER_YEAR_RE = re.compile(r"[^\S\n]*:")
