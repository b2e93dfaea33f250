"""The word classes a language may leave empty, each with its empty value: every language module spreads these
first (`from hotline.extract.lang._defaults import *`) and then states only the classes it has words for.

A class left at its default reads nothing in that language: the pattern built from it still reads the other
languages (`lexicon/build.py` joins every language's fragments). The classes every language must state itself (month
names, number formats, request nouns, the series' names, ...) have no default here: a new language module that
forgets one fails `tests/test_extract_languages.py`. This module is no language (it is not in `LANGUAGES`).
"""

from __future__ import annotations

# --- numbers and dates -----------------------------------------------------------------------------------------
DAY_AFTER_MONTH = False  # the day before the month ("4 лютого", "4. Februar"); English writes "February 4"
ONE_AND_A_HALF: dict[str, float] = {}  # "півтори", "anderthalb"
LETTER_FOLDS: dict[str, str] = {}  # a letter written two ways (Russian «ё» as «е»)
HALF_TAIL_PHRASES: tuple[str, ...] = ()  # "дві з половиною тисячі", "two and a half thousand"
HALF_WORDS: tuple[str, ...] = ()
A_THOUSAND_WORDS: tuple[str, ...] = ()  # a bare "тисячу", "a thousand"
HUNDRED_WORDS: tuple[str, ...] = ()  # "five hundred": the words before, times a hundred
NUMBER_AND_WORDS: tuple[str, ...] = ()  # the word between number words: "two and a half", "treinta y cinco mil"
GLUED_SCALE_WORDS: tuple[str, ...] = ()  # a thousands word written onto its number word: "dreitausend", "tremila"
GLUED_NOUN_STEMS: tuple[str, ...] = ()  # a request noun written onto its number ("9243звернення")
DAY_ENDINGS: tuple[str, ...] = ()  # "9-го січня", "9th of January"
YEAR_WORDS: tuple[str, ...] = ()  # the word after a year ("2025 року")
YEAR_LINK_WORDS: tuple[str, ...] = ()  # the word between a month and its year ("enero de 2024")
MONTH_ADJECTIVE_STEMS: dict[str, int] = {}  # months said as adjectives ("сентябрьского")
ADJECTIVE_ENDINGS: tuple[str, ...] = ()
ADJECTIVE_COMPARE_WORDS: tuple[str, ...] = ()

# --- small words -----------------------------------------------------------------------------------------------
ARTICLES: tuple[str, ...] = ()  # Ukrainian, Russian and Polish have none
BARE_SUPERLATIVES: tuple[str, ...] = ()
PER_WORDS: tuple[str, ...] = ()  # "по 3 тис. щомісяця"
WHEN_WORDS: tuple[str, ...] = ()
AND_WORDS: tuple[str, ...] = ()
IN_WORDS: tuple[str, ...] = ()
WITH_WORDS: tuple[str, ...] = ()
NOT_WORDS: tuple[str, ...] = ()
CONJUNCTIONS: tuple[str, ...] = ()
THEY_WORDS: tuple[str, ...] = ()
WHOSE_WORDS: tuple[str, ...] = ()
SO_MANY_WORDS: tuple[str, ...] = ()  # "144 138 — стільки звернень"
PRONOUN_SUBJECTS: tuple[str, ...] = ()
FIRST_PERSON_WORDS: tuple[str, ...] = ()
TIMES_WORDS: tuple[str, ...] = ()
REPORT_INFINITIVES: tuple[str, ...] = ()  # "a annoncé avoir reçu"

# --- time ------------------------------------------------------------------------------------------------------
SINCE_THEN_PHRASES: tuple[str, ...] = ()
LAUNCH_PHRASES: tuple[str, ...] = ()  # beside LAUNCH_WORDS
PER_MONTH_PHRASES: tuple[str, ...] = ()
PARTIAL_MONTH_PHRASES: tuple[str, ...] = ()
CHANGE_FROM_WORDS: tuple[str, ...] = ()
AS_OF_PHRASES: tuple[str, ...] = ()
BECAME_WORDS: tuple[str, ...] = ()
DURING_WORDS: tuple[str, ...] = ()
PAST_WORDS: tuple[str, ...] = ()
YEAR_NOUNS: tuple[str, ...] = ()
AGO_WORDS: tuple[str, ...] = ()
FIRST_YEAR_PHRASES: tuple[str, ...] = ()
YEAR_OF_WORK_PHRASES: tuple[str, ...] = ()
HEAD_PERIOD_WORDS: tuple[str, ...] = ()  # beside START_WORDS
HEAD_MONTH_WORDS: tuple[str, ...] = ()
OTHER_TIME_WORDS: tuple[str, ...] = ()
SO_FAR_WORDS: tuple[str, ...] = ()
RANGE_FROM_WORDS: tuple[str, ...] = ()
RANGE_TO_WORDS: tuple[str, ...] = ()
BETWEEN_WORDS: tuple[str, ...] = ()
RANGE_AND_WORDS: tuple[str, ...] = ()
DURATION_WORDS: tuple[str, ...] = ()
SPAN_EDGE_WORDS: tuple[str, ...] = ()  # beside SPAN_PHRASES
SPAN_FIRST_WORDS: tuple[str, ...] = ()
FIRST_STEMS: tuple[str, ...] = ()
FIRST_WORDS: tuple[str, ...] = ()
SPAN_COUNT_WORDS: tuple[str, ...] = ()
MONTH_UNITS: tuple[str, ...] = ()
WEEK_UNITS: tuple[str, ...] = ()
DAY_UNITS: tuple[str, ...] = ()
ONE_UNIT_WORDS: tuple[str, ...] = ()
OF_WORK_PHRASES: tuple[str, ...] = ()
SPAN_SINCE_WORDS: tuple[str, ...] = ()
ROLLING_MONTH_PHRASES: tuple[str, ...] = ()  # beside LAST_MONTH_PHRASES
THIS_MONTH_PHRASES: tuple[str, ...] = ()  # beside UNDATED_WORDS
COMPARED_LINK_WORDS: tuple[str, ...] = ()
AS_OF_PART_PHRASES: tuple[str, ...] = ()
RELATIVE_YEAR_WORDS: tuple[str, ...] = ()
YEAR_AGO_BEFORE_PHRASES: tuple[str, ...] = ()  # beside YEAR_AGO_AFTER_PHRASES
YEAR_AGO_BLOCKERS: tuple[str, ...] = ()
REPORT_BEFORE_VERBS: tuple[str, ...] = ()  # beside REPORT_VERBS
REPORT_VERB_PARTICLES: tuple[str, ...] = ()  # a separable verb's particle after the month it dates ("mit")
HQ_FULL_NAMES: tuple[str, ...] = ()  # the HQ's full name in any case: who said it, one unit of a report's gap
PERIOD_PREPOSITIONS: tuple[str, ...] = ()
START_NOUNS: tuple[str, ...] = ()
START_VERBS: tuple[str, ...] = ()  # beside LAUNCH_WORDS
MULTIPLE_WORDS: tuple[str, ...] = ()
FIGURE_NOUNS: tuple[str, ...] = ()
FIGURE_OF_WORDS: tuple[str, ...] = ()
MONTH_NOUN_STEMS: tuple[str, ...] = ()
LAST_STEMS: tuple[str, ...] = ()
FIRST_MONTH_OF_YEAR_PHRASES: tuple[str, ...] = ()
ELLIPSIS_WORDS: tuple[str, ...] = ()

# --- what a count is of ----------------------------------------------------------------------------------------
REQUEST_ADJECTIVES: tuple[str, ...] = ()
NOT_A_FACT_WORDS: tuple[str, ...] = ()  # beside HEDGE_WORDS and DENIAL_WORDS
AUX_ALREADY_WORDS: tuple[str, ...] = ()
FROM_PLACE_WORDS: tuple[str, ...] = ()
INTENT_PHRASES: tuple[str, ...] = ()
SURRENDER_STEMS: tuple[str, ...] = ()  # beside SURRENDER_VERBS
SURRENDERED_VERBS: tuple[str, ...] = ()
VIA_WORDS: tuple[str, ...] = ()
REQUEST_GAP_WORDS: tuple[str, ...] = ()
CAPTIVITY_WORDS: tuple[str, ...] = ()
KIN_BEFORE_WORDS: tuple[str, ...] = ()
REQUEST_STEMS: tuple[str, ...] = ()
NUMBER_OF_WORDS: tuple[str, ...] = ()
ABOUT_TOPIC_WORDS: tuple[str, ...] = ()
MISSING_WORDS: tuple[str, ...] = ()
CALL_ADJECTIVES: tuple[str, ...] = ()
LINE_NUMBER_WORDS: tuple[str, ...] = ()  # a phone number in digit groups is refused by its form anyway
SAFE_AFTER_WORDS: tuple[str, ...] = ()
BAD_BEFORE_WORDS: tuple[str, ...] = ()  # the signs of money ("€", "$") serve every language
ORDINAL_ENDINGS: tuple[str, ...] = ()
AGE_WORDS: tuple[str, ...] = ()
CURRENCY_WORDS: tuple[str, ...] = ()
RANGE_UPPER_WORDS: tuple[str, ...] = ()
OVER_AFTER_WORDS: tuple[str, ...] = ()
ADDITIVE_WORDS: tuple[str, ...] = ()  # beside ALSO_WORDS
FORWARDED_WORDS: tuple[str, ...] = ()
PROJECT_NOUNS: tuple[str, ...] = ()  # a post naming no series: what it calls the project
SUBJECT_WORDS: tuple[str, ...] = ()
DOUBLING_UP_PHRASES: tuple[str, ...] = ()
DOUBLING_DOWN_PHRASES: tuple[str, ...] = ()
BREAKDOWN_PHRASES: tuple[str, ...] = ()  # beside INCLUDING_WORDS
RATE_PHRASES: tuple[str, ...] = ()  # beside RATE_WORDS
PLACE_FROM_WORDS: tuple[str, ...] = ()  # a region's share ("з Башкортостану"), read in the original text
NOT_PLACE_NAMES: tuple[str, ...] = ()

# --- words the stages once wrote inline (English only so far) ---------------------------------------------------
SHORT_NAME_HEADS: tuple[str, ...] = ()  # a series' name without its pronoun ("Want to Live"): a name only if framed
NAME_FRAME_BEFORE: tuple[str, ...] = ()  # ... by this word before it ("the") ...
NAME_FRAME_AFTER: tuple[str, ...] = ()  # ... and this noun after it ("project", "hotline")
AGENT_BY_WORDS: tuple[str, ...] = ()  # "contacted by 6,543 soldiers": who turned to it, not a change "by"
FROM_ALONE_WORDS: tuple[str, ...] = ()  # "up from 10,440 in April": a change's start with no "to" after it
POSSESSIVE_ENDINGS: tuple[str, ...] = ()  # "the project's record": a possessive between a name and its claim
HQ_NAME_TAILS: tuple[str, ...] = ()  # "Prisoners of War Office": the HQ's own name, no topic marker
HQ_NAME_HEADS: tuple[str, ...] = ()  # "for the Treatment of Prisoners": before captivity, the HQ's name (fixed width)
EXPECTED_AFTER_WORDS: tuple[str, ...] = ()  # "as expected to ...", "expected by": still an expectation
PERFECT_AUX_WORDS: tuple[str, ...] = ()  # "10,000 soldiers have surrendered": the auxiliary before the verb
SUBSET_AFTER_WORDS: tuple[str, ...] = ()  # "1,790 people, of whom ...": a subset after the count
DAY_MONTH_LINK_WORDS: tuple[str, ...] = ()  # the word between a day and its month ("28 de enero")
DAY_SUFFIXES_BEFORE_MONTH: tuple[str, ...] = ()  # a day's ordinal ending before its month ("1er février", "1º")
DAY_SUFFIXES_AFTER_MONTH: tuple[str, ...] = ()  # ... and after it ("February 4th")
SPAN_ARTICLES: tuple[str, ...] = ()  # "over the first six months": the article before a span
SPAN_POSSESSIVES: tuple[str, ...] = ()  # "over its first six months": the project's own span
SPAN_OF_WORDS: tuple[str, ...] = ()  # "its first six months of ...": the word that opens what the span is of
SPAN_ONE_ARTICLES: tuple[str, ...] = ()  # "in a month of work": one of the unit, its count left out
REPORTED_CLAUSE_HEADS: tuple[str, ...] = ()  # "said the/its/it ...": a reported clause without "that"
REPORT_NOUNS: tuple[str, ...] = ()  # "in a May statement": a month that dates a report (plural "s" added)
MONTH_PART_WORDS: tuple[str, ...] = ()  # "reported in early May": a part of the month after a report verb

# The names a language module takes with `import *` (not `annotations`, which `__future__` binds here too).
__all__ = [name for name in dir() if name.isupper()]
