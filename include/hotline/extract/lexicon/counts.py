"""What a count is of: request and call nouns, people turning to a project, qualifiers, rates, breakdowns,
sentence and clause breaks, and the cheap hint lists that gate the dearer patterns."""

from __future__ import annotations

import re

from hotline.extract.lang import LANGUAGES
from hotline.extract.lexicon.build import (
    first_chars,
    gate_of,
    literal_heads,
    phrase_alternation,
    phrase_gate,
    phrases_of,
    word_pattern,
)

# --- what a count is of ----------------------------------------------------------------------

REQUEST_NOUN = rf"{phrase_alternation('REQUEST_NOUNS')}(?!\w)"
REQUEST_NOUN_RE = re.compile(rf"{phrase_gate('REQUEST_NOUNS')}(?<!\w){REQUEST_NOUN}")
_ADJECTIVES = phrase_alternation("REQUEST_ADJECTIVES")
# A request noun right after the number: "8 548 заявок", "8,548 new requests".
REQUEST_AFTER_RE = re.compile(rf"\s*(?:{_ADJECTIVES}\s+){{0,2}}{REQUEST_NOUN}")
# "144 138 — стільки звернень отримав проєкт": the figure first, its noun after a dash.
SO_MANY_AFTER_RE = re.compile(
    rf"\s*[—–-]\s*{phrase_alternation('SO_MANY_WORDS')}\s+(?:{_ADJECTIVES}\s+)?{REQUEST_NOUN}"
)
_REQUEST_VERB = phrase_alternation("REQUEST_VERBS")
REQUEST_VERB_RE = re.compile(rf"(?<!\w){_REQUEST_VERB}(?!\w)")
# People who turn to a project are its requests: "понад 10 тисяч родин звернулися",
# "обратились более 9 тысяч человек", "10,000 Russian families turned to". The verb must stand
# right before the number or within a few words after the noun: "родственники 1 790 военных" and
# "families of 1,790 soldiers" count soldiers, not the people who wrote.
_PEOPLE_NOUN = rf"(?:{phrase_alternation('RUSSIAN_ADJECTIVES')}\s+)?{phrase_alternation('PEOPLE_NOUNS')}(?!\w)"
# "людей, чиї рідні в полоні", "people whose sons...": a subset of those who wrote.
_ARTICLES = phrase_alternation("ARTICLES")
PEOPLE_AFTER_RE = re.compile(
    rf"\s*(?:{_ARTICLES}\s+)?{_PEOPLE_NOUN}(?!\s*,?\s*{phrase_alternation('WHOSE_WORDS')}(?!\w))")
# The words between the noun and its verb may not deny or hedge it ("досі не звернулися", "could").
_NOT_A_FACT_WORD = phrase_alternation("NOT_A_FACT_WORDS") + r"(?!\w)"
# How many words may stand between the people and their verb ("9,836 mobilized people from Russia and temporarily
# occupied areas of Ukraine have submitted"): a clause about who they are, not a second subject.
PEOPLE_VERB_GAP_WORDS = 9
_AUX_ALREADY = phrase_alternation("AUX_ALREADY_WORDS")
# (a word of the gap may hold an apostrophe: "40 000 soldats l'ont contactée")
PEOPLE_VERB_AFTER_RE = re.compile(
    rf"(?:\s+(?!{_NOT_A_FACT_WORD})[^\W\d][\w']*){{0,{PEOPLE_VERB_GAP_WORDS}}}?\s+(?:{_AUX_ALREADY}\s+)?"
    rf"{_REQUEST_VERB}(?!\w)"
)
# Wanting to surrender, said to the hotline, is its request: "висловили бажання здатися", "заявили, что хотят
# сдаться", "expressed a desire to surrender" (not "surrendered": that counts prisoners).
INTENT_VERB_AFTER_RE = re.compile(  # a "from ..." between: "10,000 people from the Russian Federation and ..."
    rf"(?:\s+[^\W\d]+){{0,3}}?(?:\s+{phrase_alternation('FROM_PLACE_WORDS')}(?:\s+[^\W\d]+){{1,10}}?)?"
    rf"\s+(?:{_AUX_ALREADY}\s+)?{phrase_alternation('INTENT_PHRASES')}"
    rf"(?:\s+\S+){{0,3}}?\s+{phrase_alternation('SURRENDER_STEMS')}\w*"
)
# "Nearly 10,000 Russian soldiers surrendered ... via the hotline", "6,543 personnel had surrendered in this way":
# the press's word for the hotline's requests when the figure is in the thousands (see `SURRENDERS_AS_REQUESTS_MIN`).
SURRENDERED_AFTER_RE = re.compile(
    rf"(?:\s+[^\W\d]+){{0,3}}?\s+(?:{phrase_alternation('PERFECT_AUX_WORDS')}\s+)?"
    rf"(?:{phrase_alternation('ALREADY_WORDS')}\s+)?"
    rf"{phrase_alternation('SURRENDERED_VERBS')}(?!\w)"
)
# ... and only when the text ties the surrender to the hotline: "via", "through", "in this way", "завдяки", "через".
SURRENDERED_VIA_RE = re.compile(word_pattern("VIA_WORDS"))
# "здатися в полон", "сдаться в плен": the captivity such a count speaks of is the surrender it asks for.
SURRENDER_BEFORE_RE = re.compile(rf"{phrase_alternation('SURRENDER_STEMS')}\w*(?:\s+\S+){{0,2}}\s+$")
# "has been contacted by 6,543 Russian soldiers": "by" of who turned to the project, not of a change.
AGENT_BY_RE = re.compile(rf"{phrase_alternation('AGENT_BY_WORDS')}")
REQUEST_VERB_BEFORE_RE = re.compile(
    rf"(?<!\w){_REQUEST_VERB}\s+(?:(?:{'|'.join(phrases_of('REQUEST_GAP_WORDS') + phrases_of('ALREADY_WORDS'))})\s+)?$"
)
# People counted for what befell their kin are a subset: "1,790 families wrote about sons in captivity".
# Not the HQ's own names: "... for the Treatment of Prisoners of War", "Prisoners of War Office".
CAPTIVITY_RE = re.compile(
    r"(?<!\w)" + "".join(rf"(?<!{words}\s)" for words in phrases_of("HQ_NAME_HEADS"))
    + rf"{phrase_alternation('CAPTIVITY_WORDS')}(?!\w)")
# Words before "N people" that make them someone's kin: "родичі 1 790 людей", "relatives of".
KIN_BEFORE_RE = re.compile(rf"(?<!\w){phrase_alternation('KIN_BEFORE_WORDS')}\s*$")
# Requests about N missing people: one request per person ("запити про 50 тисяч зниклих безвісти солдатів").
# "applications from 1,300 Russian servicemen", "звернення від 1 300 військових": requests counted by who sent them.
_REQUEST_STEM = phrase_alternation("REQUEST_STEMS")
REQUESTS_FROM_BEFORE_RE = re.compile(rf"{_REQUEST_STEM}\s+{phrase_alternation('SENDER_FROM_WORDS')}\s+$")
# "кількість звернень у січні (", "the number of requests in January (": a bracket giving that number.
NUMBER_OF_REQUESTS_BRACKET_RE = re.compile(
    rf"(?<!\w){phrase_alternation('NUMBER_OF_WORDS')}\s+(?:{_ADJECTIVES}\s+)?{REQUEST_NOUN}"
    rf"(?:\s+{phrase_alternation('PERIOD_PREPOSITIONS')}\s+[^\W\d]+)?\s*\($"
)
# A count right before a request noun ("9 243 звернення від ..."): the requests are counted there.
COUNT_BEFORE_NOUN_RE = re.compile(rf"(?:\d|{phrase_alternation('SCALE_WORDS')}(?!\w))\s*$")
REQUESTS_ABOUT_BEFORE_RE = re.compile(rf"{_REQUEST_STEM}\s+{phrase_alternation('ABOUT_TOPIC_WORDS')}\s+$")
MISSING_AFTER_RE = re.compile(rf"\s*(?:\w+\s+){{0,2}}?{phrase_alternation('MISSING_WORDS')}(?!\w)")
# "в тому числі 9 243 у жовтні", "including 9,243 in October alone": the part a month has of a total.
_INCLUDING = "|".join(phrases_of("INCLUDING_WORDS"))
_OF_THEM = "|".join(phrases_of("OF_THEM_WORDS"))
INCLUDING_RE = re.compile(rf"(?<!\w)(?:{_INCLUDING})(?!\w)")
# ... right before a number, and "з них 8 900 — у листопаді" likewise
INCLUDING_BEFORE_RE = re.compile(rf"(?<!\w)(?:{_INCLUDING}|{_OF_THEM})\s*$")
OF_THEM_RE = re.compile(_OF_THEM)
# Calls are the requests of a hotline that takes calls (`counts_calls` in series.toml).
_CALL_NOUN = rf"{phrase_alternation('CALL_NOUNS')}(?!\w)"
CALL_AFTER_RE = re.compile(rf"\s*(?:{phrase_alternation('CALL_ADJECTIVES')}\s+)?{_CALL_NOUN}")
CALL_NOUN_RE = re.compile(rf"{phrase_gate('CALL_NOUNS')}(?<!\w){_CALL_NOUN}")
# Another line named by its number ("на лінію 112", "line 102") takes calls too.
NUMBERED_LINE_RE = re.compile(rf"(?<!\w){phrase_alternation('LINE_NUMBER_WORDS')}\s+\d")
TIMES_AFTER_RE = re.compile(rf"\s*{phrase_alternation('TIMES_WORDS')}(?!\w)")
ANAPHOR_RE = re.compile(word_pattern("THEY_WORDS"))
# A number right after "received" in a sentence whose subject is the project: "operators of the project received
# more than 32,000" (the noun left out, in a post that speaks of requests).
# The sentence must go on after it ("more than 32,000 and 260 soldiers ..."): a line ending in a number is a
# broken one more often than a figure with its noun left out.
GOES_ON_AFTER_RE = re.compile(rf"[ \t]*(?:,|;|—|–|\s{phrase_alternation('CONJUNCTIONS')}\s)")
# The project referred back to by a pronoun: "In May alone, it received 12,320", "до нього надійшло", "в него
# поступило". It means the series named last before the sentence.
PRONOUN_SUBJECT_RE = re.compile(rf"(?<!\w){phrase_alternation('PRONOUN_SUBJECTS')}(?!\w)")
RECEIVED_BEFORE_RE = re.compile(rf"(?<!\w){phrase_alternation('RECEIVED_VERBS')}\s*$")
# "In November alone, 9,870 came in": a verb of arriving right after the figure.
ARRIVED_AFTER_RE = re.compile(rf"\s+{phrase_alternation('ARRIVED_AFTER')}(?!\w)")

# Words after a count that keep it a bare count ("сягнула 9 243 у жовтні", "fell to 7,912 in").
SAFE_AFTER_RE = re.compile(
    r"\s*(?:$|[,.;:!?)\]\"—–(]|(?:" + "|".join(phrases_of("SAFE_AFTER_WORDS")) + r"|—)(?!\w)"
    # a verb of exceeding after it, where the verb comes last ("die Marke von 100.000 überschritten"), or of
    # arriving ("9,870 came in")
    rf"|\s*{phrase_alternation('EXCEED_VERBS')}(?!\w)|\s+{phrase_alternation('ARRIVED_AFTER')}(?!\w))"
)
# Words before a number that make it something other than a count.
# (and the signs: a number, money: "№ 102", "$1,500", "₴ 2 000")
_SIGNS = ("№", "#", "$", "€", "£", "₴")
BAD_BEFORE_RE = re.compile(
    first_chars(phrases_of("BAD_BEFORE_WORDS") + _SIGNS) + r"(?<!\w)(?:"
    + "|".join(phrases_of("BAD_BEFORE_WORDS") + tuple(re.escape(sign) for sign in _SIGNS)) + r")\s*$"
)
_RANGE_UPPER = phrase_alternation("RANGE_UPPER_WORDS")
BAD_AFTER_RE = re.compile(
    rf"{phrase_alternation('ORDINAL_ENDINGS')}(?!\w)"
    rf"|\s*(?:{phrase_alternation('OF_THEM_WORDS')}|{phrase_alternation('SUBSET_AFTER_WORDS')}|–\s?\d|-\s?\d|{_RANGE_UPPER}\s+\d|"
    rf"{phrase_alternation('AGE_WORDS')}(?!\w)|"
    # money: "1 500 грн", "$1,500", "1,500 dollars"
    rf"{phrase_alternation('CURRENCY_WORDS')}(?!\w)|"
    # millions: "48 Millionen Mal", "2 millones de visitas" (no series counts them; the digits alone are no count)
    rf"{phrase_alternation('MILLION_WORDS')}(?!\w)|"
    r"[$€£₴])"
)
# The upper end of a range of counts, right after the lower: "1400–1500", "1,400 to 1,500", "1 400 до 1 500"
# (the number scan skips a number after a dash, as it is mostly a range's or a date's second half).
RANGE_UPPER_RE = re.compile(
    rf"(?:\s?[–—-]\s?|\s+{_RANGE_UPPER}\s+)(?P<n>\d{{1,3}}(?:[ ,\u00a0\u202f]\d{{3}})+|\d+)(?![\d.,]?\d)"
)
# "понад", "more than", "plus de", "über", "ponad"; "близько", "about", "environ", "etwa", "około".
_OVER = phrase_alternation("OVER_WORDS")
_ABOUT = phrase_alternation("ABOUT_WORDS")
# A milestone: any verb of exceeding, a mark noun after it or not ("перевершила", "passed the 100,000 mark").
_EXCEED = (rf"{phrase_alternation('EXCEED_VERBS')}(?:\s+{phrase_alternation('ALREADY_WORDS')})?"
           rf"(?:\s+{phrase_alternation('MARK_NOUNS')})?")
QUALIFIER_BEFORE_RE = re.compile(
    rf"{gate_of('OVER_WORDS', 'EXCEED_VERBS', 'ABOUT_WORDS')}(?<!\w)(?P<q>{_OVER}|{_EXCEED}|{_ABOUT})\s*$"
)
_ABOUT_RE = re.compile(_ABOUT)
# A minus right before a figure, not between two numbers ("−8 548 заявок", not "1400-1500"): no count, shown.
SIGNED_COUNT_RE = re.compile(r"(?=[-−–])(?<![\w.,])(?<!\d\s)[-−–]\s?(?P<digits>\d{1,3}(?:[ ,.]\d{3})+|\d+)(?![\d.,]\d)")
QUALIFIER_AFTER_RE = re.compile(
    rf"\s*(?:\+|{'|'.join(phrases_of('OVER_AFTER_WORDS'))})(?!\w)"
)
def qualifier_of(word: str) -> str:
    """Map a qualifier word found before a number to over | about."""
    return "about" if _ABOUT_RE.fullmatch(word) else "over"


# Rates and averages: "близько 300 щодня", "per day", "в среднем". Not monthly counts.
RATE_RE = re.compile(
    gate_of("RATE_WORDS", "RATE_PHRASES") + r"(?<!\w)(?:"
    + "|".join(phrases_of("RATE_WORDS") + phrases_of("RATE_PHRASES")) + r")(?!\w)"
)
# What a hotline is called in each language ("the hotline", "la línea directa", "infolinia").
LINE_NOUN_RE = re.compile(rf"(?<!\w){phrase_alternation('LINE_NOUNS')}(?!\w)")
# A verb of surrendering between people and a verb of contacting: prisoners, not requests ("Oltre 200 soldati si
# sono arresi a dicembre dopo aver chiamato la linea").
SURRENDER_VERB_RE = re.compile(rf"(?<!\w){phrase_alternation('SURRENDER_VERBS')}(?!\w)")
# A spokesman speaking of his own line: "коли ми мали ... дзвінків", "we received".
FIRST_PERSON_RE = re.compile(rf"(?<!\w){phrase_alternation('FIRST_PERSON_WORDS')}(?!\w)")
# "the first month of 2025", "у першому місяці 2025 року", "в первом месяце года": January of that year.
# (each fragment's "year" group numbered: one pattern may name a group once; see `first_month_year`)
FIRST_MONTH_OF_YEAR_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(f.replace("(?P<year>", f"(?P<year{i}>")
                              for i, f in enumerate(phrases_of("FIRST_MONTH_OF_YEAR_PHRASES"))) + r")(?!\w)"
)
FIRST_MONTH_HINTS = literal_heads("FIRST_MONTH_OF_YEAR_PHRASES")


def first_month_year(m: re.Match[str]) -> str | None:
    """The year a `FIRST_MONTH_OF_YEAR_RE` match names, if it names one ("the first month of 2025")."""
    return next((value for name, value in m.groupdict().items() if name.startswith("year") and value), None)


# A change by a factor: "вдвічі більше, ніж у грудні", "doubled from last month" (+100%), "half as many" (-50%).
DOUBLING_RE = re.compile(
    rf"(?<!\w)(?:(?P<up>{phrase_alternation('DOUBLING_UP_PHRASES')})|(?P<down>{phrase_alternation('DOUBLING_DOWN_PHRASES')}))(?!\w)"
)
DOUBLING_HINTS = (*literal_heads("DOUBLING_UP_PHRASES"), *literal_heads("DOUBLING_DOWN_PHRASES"))

# Regional breakdowns and subsets: "найбільше заявок — з Башкортостану (1 200)", "в тому числі".
BREAKDOWN_RE = re.compile(word_pattern("BREAKDOWN_PHRASES"))
# Every language's capitals, as a character class's body; those of the languages whose places are read.
_CAPITALS = "".join(lang.CAPITALS for lang in LANGUAGES)
_PLACE_CAPITALS = "".join(lang.CAPITALS for lang in LANGUAGES if lang.PLACE_FROM_WORDS)
# Clause boundaries inside a sentence: ", " and ";" (not a decimal comma).
CLAUSE_BREAK_RE = re.compile(r",\s|;")
# A break between sentences, found in the ORIGINAL text (it needs capitals).
SENTENCE_BREAK_RE = re.compile(
    r"(?=[\n.!?…;])(?:\n+|[.!?…]+[\"'»”)\]]*\s+(?=[^\w\s(\[]{0,3}\s*[" + _CAPITALS + r"])|;\s+)"
)
# The abbreviations of every language ("dt.", "ca.", "bzw."), whose dot is no sentence's end.
ABBREVIATION_BEFORE_RE = re.compile(rf"(?<![\w.]){phrase_alternation('ABBREVIATIONS')}$")
# Between a series' name and a figure: only a closing quote, one word ("project"), a dash and at most a
# qualifier ("«Хочу знайти» — понад 110 000"): the clause has no verb of its own.
ELLIPTIC_NAME_GAP_RE = re.compile(r"[\s\"')]*(?:[^\W\d]+\s*)?[—–:]\s*(?:[^\W\d]+\s+){0,2}")
RATE_WINDOW_STOP_RE = re.compile(r"[,;:—–(]")
# What may stand around the month in an elliptic "А в жовтні — 9 243": conjunctions, prepositions.
ELLIPSIS_REST_RE = re.compile(
    # "Рекордним став травень — 12 320", "Record month: May — 12,320": a record said of the month
    rf"[^\w]*(?:{phrase_alternation('ELLIPSIS_WORDS')}\s+)*[^\w]*[—:–]\s*"
)
# Does a post hold a number at all? A digit (searched alone first: most posts have one early), else a word of
# thousands in any case ("Три тисячі", "півтори тис.").
DIGIT_HINT_RE = re.compile(r"\d")
_SCALE_HINTS = "|".join(re.escape(head) for head in literal_heads("SCALE_WORDS") if len(head) >= 3)
THOUSAND_WORD_HINT_RE = re.compile(_SCALE_HINTS, re.IGNORECASE)
WORD_NUMBER_HINT_RE = re.compile(_SCALE_HINTS)
LEADING_QUOTE_RE = re.compile(r"[\"']\s*$")
TRAILING_QUOTE_RE = re.compile(r"\s*[\"']")


# Cheap substring gates: when none of these occurs in a post, the matching pattern cannot match
# either, so its searches are skipped. (A gate may let through a post that has no match.)
RATE_HINTS = (*literal_heads("RATE_WORDS"), *literal_heads("RATE_PHRASES"))
# Record claims: every language's record phrases, and superlatives, which a scope word makes a claim ("the highest
# ... ever", "die höchste Zahl seit Beginn", "najwięcej od początku")
RECORD_HINTS = tuple(dict.fromkeys((*literal_heads("RECORD_PHRASES"), *literal_heads("SUPERLATIVE_WORDS"))))
BREAKDOWN_HINTS = literal_heads("BREAKDOWN_PHRASES")
# A count from one named place is a breakdown: "з Башкортостану надійшло 612", "из Бурятии — 430",
# "from Dagestan". Found in the ORIGINAL text (a place is a capitalised name); Russia as a whole,
# Ukraine, the headquarters and the projects themselves are not places here.
BREAKDOWN_PLACE_RE = re.compile(
    # A space before a capital first (the engine finds those fast), then the preposition behind it.
    rf"\s(?=[{_PLACE_CAPITALS}])"
    + "(?:" + "|".join(rf"(?<=(?<!\w)[{w[0].upper()}{w[0]}]{w[1:]}\s)" for w in phrases_of("PLACE_FROM_WORDS")) + ")"
    + rf"(?!(?:{'|'.join(phrases_of('NOT_PLACE_NAMES'))})|[{_PLACE_CAPITALS}]{{2,}}\b)[{_PLACE_CAPITALS}][\w'-]+"
)

# "last month" (LAST_MONTH_RE) needs a month word and one of the words for "last".
MONTH_WORD_HINTS = (*phrases_of("MONTH_NOUN_STEMS"), *literal_heads("LAST_MONTH_PHRASES"),
                    *literal_heads("ROLLING_MONTH_PHRASES"))
LAST_HINTS = (*phrases_of("LAST_STEMS"), *literal_heads("LAST_MONTH_PHRASES"), *literal_heads("ROLLING_MONTH_PHRASES"))
# The substrings a year-to-date phrase starts with (derived from every language's YEAR_TO_DATE_PHRASES).
YEAR_TO_DATE_HINTS = literal_heads("YEAR_TO_DATE_PHRASES")


def any_hint(low: str, hints: tuple[str, ...]) -> bool:
    """Does any of the hint substrings occur in the text?"""
    for hint in hints:  # noqa: SIM110 (a plain loop: any() over a generator costs more here)
        if hint in low:
            return True
    return False

# A sentence that adds to or picks from a figure already given ("Ще 2 100 звернень — ...", "Another
# 2,100 requests came via the chatbot", "Of these, ..."): the month of an earlier sentence is not its own.
ADDITIVE_RE = re.compile(rf"(?<!\w){phrase_alternation('ADDITIVE_WORDS')}(?!\w)")
# Requests passed on from one project to another: counted by the first, not the second's own.
FORWARDED_RE = re.compile(rf"(?<!\w){phrase_alternation('FORWARDED_WORDS')}(?!\w)")
# What a post that names no series calls the project: "the project", "the hotline", "гаряча лінія"; it must
# also speak of the project's subject (Russian soldiers, surrender, the HQ) or name its spokesperson: a
# police or ministry hotline is no project of ours.
# A word every `PROJECT_WORD_RE` match holds: the cheap gate before it, on posts that name no series.
PROJECT_WORD_HINTS = literal_heads("PROJECT_NOUNS")
PROJECT_WORD_RE = re.compile(rf"(?<!\w){phrase_alternation('PROJECT_NOUNS')}(?!\w)")
PROJECT_SUBJECT_RE = re.compile(rf"(?<!\w){phrase_alternation('SUBJECT_WORDS')}")

# --- the series' names and the headquarters' own name ------------------------------------------------------------
# A series' name said without its pronoun ("Want to Live") is its name only framed: "the Want to Live project".
SHORT_NAME_HEAD_RE = re.compile(rf"{phrase_alternation('SHORT_NAME_HEADS')}(?!\w)")
NAME_FRAME_BEFORE_RE = re.compile(rf"(?<!\w){phrase_alternation('NAME_FRAME_BEFORE')}\s+$")
NAME_FRAME_AFTER_RE = re.compile(rf"\s+{phrase_alternation('NAME_FRAME_AFTER')}(?!\w)")
# What may follow a topic marker in the headquarters' own name in translation ("the Ukrainian Prisoners of War
# Office"): a lookahead that refuses it, added after the marker.
HQ_NAME_REST = rf"(?!\s+{phrase_alternation('HQ_NAME_TAILS')})"
# A series' name denied, ending where the name starts: "not to the I Want to Live line", "не на лінію «Хочу жити»",
# "nicht an die Hotline „Ich will leben“" (only words of address and line nouns between: "not only" is no denial).
_ADDRESS = (f"{phrase_alternation('ADDRESSED_TO_WORDS')}|{phrase_alternation('LINE_NOUNS')}"
            f"|{phrase_alternation('PROJECT_NOUNS')}")
NEGATED_NAME_BEFORE_RE = re.compile(
    rf"(?<!\w){phrase_alternation('NAME_NEGATIONS')}\s+(?:(?:{_ADDRESS})\s+){{0,4}}[«»\"„“”'‘’]?\s*$")
