"""English: month names and number words."""

from __future__ import annotations

from hotline.extract.lang._defaults import *  # noqa: F403 (the classes this language leaves empty)

MONTHS: dict[int, tuple[str, ...]] = {
    i + 1: (name,) for i, name in enumerate(("january", "february", "march", "april", "may", "june", "july",
                                             "august", "september", "october", "november", "december"))
}
DATE_MONTHS = tuple(forms[0] for forms in MONTHS.values())
DAY_AFTER_MONTH = True  # "February 4"; and "may", "march" are months only when capitalised
NUMBER_WORDS: dict[str, float] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a": 1,  # "a thousand", "two and a half" (the article is skipped there)
}

# --- phrases (regex fragments, matched on normalised text after a word boundary) ----------------------
REQUEST_NOUNS = (r"requests?", r"inquir(?:y|ies)", r"enquir(?:y|ies)", r"applications?", r"appeals?",
                 r"quer(?:y|ies)", r"submissions?")
CALL_NOUNS = (r"calls", r"phone\s+calls")
REQUEST_VERBS = (r"contacted", r"contact", r"reached\s+out", r"applied", r"called", r"phoned", r"rang",
                 r"turned\s+to", r"appealed\s+to",
                 r"wrote\s+to", r"got\s+in\s+touch", r"(?:have|has|had)\s+been\s+in\s+touch",
                 r"(?:filed|submitted|sent|made)\s+(?:an?\s+)?(?:\w+\s+)?(?:requests?|applications?|appeals?|"
                 r"inquir(?:y|ies))",
                 # "6,500 soldiers have already reported": got in touch, said with nothing after it (not
                 # "reported missing", "reported that ...")
                 r"(?:have|has|had)\s+(?:already\s+)?reported(?=\s*(?:[,.;:—–]|to\s+(?:it|(?:the|its)\s+(?:hotline|project|line|service|initiative)))|$)",
                 # "10,000 soldiers used Ukraine's I Want to Live hotline to offer their surrender": the line itself
                 # a few words on (not "used the hotline to surrender" / "and surrendered": prisoners)
                 r"used(?=\s+(?:\S+\s+){0,4}?(?:hotline|helpline|chat-?bot)(?!\w)"
                 r"(?!\s+(?:to|and)\s+(?:surrender\w*|give\s+themselves\s+up|gave\s+themselves\s+up|defect\w*)))")
RUSSIAN_ADJECTIVES = (r"russian",)
PEOPLE_NOUNS = (r"mobili[sz]ed\s+(?:people|men|soldiers|russians|servicemen)",
                r"families", r"relatives", r"people", r"mothers", r"parents", r"russians", r"soldiers", r"servicemen",
                r"troops", r"personnel", r"military\s+personnel")
RUNNING_TOTAL_PHRASES = (
    r"in\s+total", r"a\s+total\s+of", r"total(?:ed|led|s|ling)?", r"altogether", r"overall", r"cumulative\w*",
    # "during the existence of the project": matched from "the"
    r"the\s+(?:entire\s+|whole\s+)?(?:existence|lifetime|life|history)\s+of\s+the\s+"
    r"(?:project|hotline|initiative|line|service)",
    r"since\s+that\s+(?:launch|start)", r"since\s+(?:launch|inception)",
    r"since\s+(?:its\s+|the\s+|(?:the\s+)?(?:project|hotline|service|line)'s\s+)?"
    r"(?:launch|start|creation|inception|beginning)",
    r"since\s+(?:it|the\s+project|the\s+service|the\s+hotline|the\s+line)\s+(?:began|started|was\s+launched|"
    r"launched|opened)",
    r"to\s+date", r"so\s+far", r"since\s+the\s+(?:start\s+of\s+the\s+)?(?:full-scale\s+)?invasion",
    r"in\s+(?:the|its)\s+(?:first\s+)?(?:\w+\s+)?(?:weeks|months|years)\s+of\s+(?:its\s+)?(?:work|operation|existence)",
    r"in\s+(?:its|the)\s+first\s+(?:\w+\s+){0,2}(?:weeks?|days?|months?)(?!\s+of\s+(?:the\s+|this\s+)?(?:year|\d{4}))",
    r"as\s+of",
)
RECORD_PHRASES = (
    r"a\s+record", r"new\s+record", r"all-time\s+record", r"(?:a\s+|new\s+)?monthly\s+(?:record|high|peak)",
    r"new\s+(?:high|peak)", r"record(?:-breaking|-high|\s+high|\s+number|\s+month)",
    r"record(?=\s+for|\s+\d)", r"all-time\s+high", r"than\s+in\s+any\s+(?:other|previous|prior|earlier)\s+month",
    r"more\s+(?:[a-z]+\s+){0,3}?than\s+ever(?:\s+before)?", r"higher\s+than\s+ever(?:\s+before)?",
)

# --- numbers and qualifiers ----------------------------------------------------------------------------
THOUSANDS_SEPARATORS = (",", "")  # "8,548", "9243"
SCALE_WORDS = (r"thousands?", r"k")
MILLION_WORDS = (r"millions?", r"mln", r"billions?", r"bn")  # no count of ours
OVER_WORDS = (r"more\s+than", r"over", r"upwards\s+of", r"in\s+excess\s+of", r"at\s+least",
              r"no\s+(?:fewer|less)\s+than", r"not\s+(?:fewer|less)\s+than", r"exceeding", r"past", r"above")
ABOUT_WORDS = (r"almost", r"nearly", r"about", r"around", r"approximately", r"roughly", r"some", r"close\s+to", r"~")
_RECEIVED = (r"\s+(?:already\s+|so\s+far\s+|now\s+|since\s+)?(?:received|contacted|gotten|got|processed|registered|"
             r"recorded|handled|logged|collected|exceeded|surpassed|passed|topped|reached|surrendered)")
_BEEN = r"\s+(?:already\s+)?been\s+(?:received|submitted|sent|filed|registered|recorded|processed|made)"
# a figure to date: "has (already) received", "have been submitted"
TO_DATE_PHRASES = tuple(aux + tail for tail in (_RECEIVED, _BEEN) for aux in ("has", "have", "had"))
START_WORDS = (r"since", r"from", r"starting\s+(?:in|from)", r"between")
UNTIL_WORDS = (r"as\s+of", r"by\s+the\s+end\s+of", r"through", r"until", r"till", r"by", r"to")
SERIES_NAMES: dict[str, tuple[str, ...]] = {
    "i_want_to_live": ("I Want to Live",), "i_want_to_find": ("I Want to Find",),
}
LOOK_ALIKES = ("looking for my own", "ukrainian families", "exchange", "red cross",
               "ministry of internal affairs", "interior ministry", "ministry of the interior", "police")
# words shortened with a dot that ends no sentence: "dt. „Ich möchte leben“"
ABBREVIATIONS = ("approx", "mr", "mrs", "ms", "dr", "gen", "lt", "col", "vs", "st", "u\\.s")
# what a hotline is called: its calls, in a post about that one series, are its requests
LINE_NOUNS = (r"hotline", r"hot\s+line", r"helpline", r"phone\s+line", r"the\s+line", r"chat-?bot")
# verbs of exceeding a figure (a milestone: "вже перевершила 100 000"), and the mark nouns that may follow
EXCEED_VERBS = (r"exceeded", r"exceeds", r"surpassed", r"topped", r"tops", r"passed", r"crossed", r"broke",
                r"went\s+(?:past|over|beyond)")
MARK_NOUNS = (r"the(?:\s+\w+)?\s+mark\s+of", r"the(?:\s+\w+)?\s+threshold\s+of", r"the")
ALREADY_WORDS = (r"already", r"now")
# verbs of receiving, before a bare figure ("надійшло 9 870") and after it ("9,870 came in")
RECEIVED_VERBS = (r"received", r"got")
ARRIVED_AFTER = (r"came\s+in", r"were\s+(?:received|filed|submitted)", r"arrived")
# rates and averages: a figure per day, week or month is no month's count
RATE_WORDS = (r"per\s+day", r"a\s+day", r"daily", r"per\s+week", r"weekly", r"per\s+month", r"on\s+average")
# soldiers who surrendered are prisoners, not requests (unless the press means the requests: see counting)
SURRENDER_VERBS = (r"surrendered", r"gave\s+themselves\s+up", r"laid\s+down\s+(?:their\s+)?arms")
# changes: words of comparison before the month compared with, of percent, of rising and falling, the
# previous month said as such, and "last month"
COMPARE_WORDS = (r"than", r"compared\s+(?:with|to)", r"versus", r"vs\.?", r"below", r"above",
                 r"(?:as\s+)?(?:many|much)\s+as", r"on", r"over")
PERCENT_WORDS = (r"percent", r"per\s+cent", r"pct")
INCREASE_WORDS = (r"more", r"rise", r"rose", r"risen", r"increase\w*", r"up", r"higher", r"jump\w*", r"grew",
                  r"grow\w*", r"climb\w*", r"surge\w*", r"exceed\w*", r"above")
DECREASE_WORDS = (r"fewer", r"less", r"fall\w*", r"fell", r"drop\w*", r"declin\w*", r"down", r"lower",
                  r"decrease\w*", r"below")
PREV_MONTH_PHRASES = (r"than\s+(?:in\s+)?the\s+previous\s+month", r"month[- ]on[- ]month",
                      r"(?:than|compared\s+(?:with|to)|on|over|from)\s+(?:in\s+)?(?:the\s+)?(?:previous|prior|preceding|last)"
                      r"\s+month", r"than\s+a\s+month\s+(?:before|earlier)",
                      r"(?:compared\s+(?:with|to)|from)\s+a\s+month\s+(?:earlier|before|ago)", r"on\s+the\s+month",
                      r"month[- ](?:on|over)[- ]month", r"m/m")
LAST_MONTH_PHRASES = (r"last\s+month",)
# "over the past month": the 30 days before publication (the month before only early in a month)
ROLLING_MONTH_PHRASES = (r"in\s+the\s+(?:past|last)\s+month", r"over\s+the\s+(?:past|last)\s+month",
                         r"during\s+the\s+(?:past|last)\s+month")
# "this month": the month of publication, still running
THIS_MONTH_PHRASES = (r"this\s+month", r"the\s+current\s+month")
# the words between a word of comparison and the month compared with ("than in December")
COMPARED_LINK_WORDS = (r"in", r"the")
# part of the month an as-of date names ("as of the end of June", "by mid-June")
AS_OF_PART_PHRASES = (r"(?:the\s+)?(?:end|middle|start|beginning)\s+of\s+", r"mid-")
# the launch of a project: a month right after it is its start, not a figure's month
LAUNCH_WORDS = (r"launch\w*", r"set\s+up", r"created", r"opened", r"went\s+online")
# small words the rules test: "from", "to" before a figure; before a year; "by" before a percent; a total
# brought to a figure; "this" year; "also"; bare superlatives; a name's pronouns and objects ("хочу знайти сина");
# "including", "of them"
FROM_WORDS = ("from",)
TO_WORDS = ("to",)
YEAR_PREPOSITIONS = (r"in", r"for", r"during")
BY_WORDS = (r"by",)
TOTAL_TO_PHRASES = (r"(?:bringing|brought|taking|took|pushing|pushed|raising|raised)\s+(?:the|its)\s+(?:overall\s+)?"
                    r"(?:total|tally|number|count|figure)(?:\s+\w+){0,3}?\s+to", r"amount(?:ed|ing)\s+to")
THIS_YEAR_WORDS = ("this",)
ALSO_WORDS = ("another", "also")
NAME_PRONOUNS = ("i", "we", "you", "he", "she", "they")
NAME_OBJECTS = ("my", "his", "her", "their", "our", "your", "him", "them", "out", "the", "a", "an", "son",
                "brother", "husband", "father", "relatives", "peace", "way", "it", "this", "that", "what", "where",
                "how")
INCLUDING_WORDS = (r"including",)
OF_THEM_WORDS = (r"of\s+them", r"of\s+which", r"of\s+those", r"of\s+these")
# "from" before the people who sent requests ("applications from 1,300 servicemen"); "по" before a per-month rate
SENDER_FROM_WORDS = ("from",)
SIGNED_ANCHOR_WORDS = (r"vs\.?", r"versus", r"on", r"over", r"from")
MONTH_PREPOSITIONS = (r"in",)
# a change that reached a figure: "rose sharply, to", "rose by 22%, to", "rose 22% month-on-month to", "increased by
# 2,050 to", "doubled from last month, to" (not "rose nearly to": not exact)
CHANGE_TO_PHRASES = (
    r"(?:rose|risen|rising|fell|fallen|grew|climbed|jumped|increased|decreased|dropped|declined|"
    r"surged|went\s+up|came|doubled|tripled|halved)[”\"»’']?"
    r"(?:\s+(?:(?!nearly|roughly|approximately|only|merely|possibly|potentially|likely|reportedly|allegedly|"
    r"supposedly|apparently|barely|hardly)[a-z]+ly|"
    r"(?:by\s+)?[\d.,]+\s*(?:%|percent|per\s+cent)(?:\s+(?:month[- ](?:on|over)[- ]month|m/m))?|"
    r"by\s+\d{1,3}(?:[,\s]\d{3})*|(?:from|since|on)\s+(?:last|the\s+previous|a)\s+month))?"
    r"\s*[,—–]?\s+to",
)
# claims: superlatives and their scope ("the highest ... ever"), record negations, figures called wrong, denied,
# corrected or hedged, and what was expected ("очікували, що ...", "as expected")
SUPERLATIVE_WORDS = (r"the\s+most", r"highest", r"largest", r"biggest", r"busiest", r"the\s+greatest")
SUPERLATIVE_SCOPE_WORDS = (r"month(?:s|ly)?", r"ever", r"yet", r"since", r"history", r"on\s+record", r"to\s+date",
                           r"so\s+far")
RECORD_NEGATIONS = (r"not\s+a\s+record", r"no\s+record", r"previous\s+record", r"former\s+record", r"record\s+low",
                    r"lowest", r"fewest", r"(?:second|third)[-\s]+(?:highest|largest|biggest|best|most)",
                    r"one\s+of\s+the\s+(?:highest|largest|biggest)")
ERRONEOUS_WORDS = (r"mistakenly", r"erroneously", r"incorrectly", r"wrongly", r"inaccurately")
DENIAL_WORDS = (r"denied", r"denies", r"deny", r"denying", r"debunk\w*", r"refut\w*", r"fake", r"false",
                r"disinformation", r"misinformation", r"were\s+it\s+not", r"if\s+not\s+for", r"had\s+it\s+not")
CORRECTION_PHRASES = (r"but\s+in\s+fact", r"but\s+actually", r"but\s+in\s+reality", r"but\s+really")
HEDGE_WORDS = (r"could", r"might", r"would", r"should", r"will", r"expect\w*", r"forecast\w*", r"predict\w*",
               r"projected", r"anticipat\w*", r"plan", r"plans", r"planned", r"allegedly", r"purportedly",
               r"supposedly", r"claim\w*", r"if")
EXPECT_WORDS = (r"expect\w*", r"forecast\w*", r"predict\w*", r"anticipat\w*", r"plan", r"plans", r"planned")
THAT_WORDS = (r"that",)
AS_WORDS = (r"as",)
EXPECTED_PARTICIPLES = (r"expected", r"predicted", r"forecast", r"anticipated")
# "since the start of the project" before its name and month: the month is its start ("seit Beginn des Projekts
# ... im Januar 2024"); the word between a month and its year ("enero de 2024")
SINCE_START_PHRASES = (r"since\s+the\s+(?:start|beginning|launch)", r"since\s+(?:start|launch)")
# since the start of the year: a part of a year, which no series stores (not the running total since launch)
YEAR_TO_DATE_PHRASES = (r"since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year", r"this\s+year\s+so\s+far",
                        r"year\s+to\s+date", r"year-to-date", r"from\s+the\s+start\s+of\s+the\s+year")
# a span of months or weeks not counted from launch ("in den letzten zehn Monaten"): no stored period; each phrase
# holds one of its language's unit words
SPAN_PHRASES = (r"(?:in|over|during)\s+the\s+(?:last|past)\s+(?:\d+|\w+)\s+(?:months|weeks)",)
SPAN_UNIT_WORDS = ("months", "weeks")
# words of a time the reader cannot place (this month, this week, today): a figure beside them is no running total
UNDATED_WORDS = (r"month\w*", r"week\w*", r"quarter\w*", r"today", r"tonight", r"overnight", r"yesterday")
# verbs of reporting: a month before them dates the report, not the figure ("Im Oktober teilte ... mit, dass");
# the infinitive that may follow instead of "that" ("a annoncé avoir reçu")
REPORT_VERBS = (r"said", r"says", r"reported", r"announced", r"told", r"noted", r"stated")
# "a year ago" right after a month: that month of the year before publication ("im Mai letzten Jahres")
YEAR_AGO_AFTER_PHRASES = (r"a\s+year\s+(?:ago|earlier)",)

# --- time words of the older patterns (lexicon/periods.py) ---------------------------------------------
# "since then": since what the sentence before speaks of; a launch said as a phrase ("began its work")
SINCE_THEN_PHRASES = (r"since\s+then", r"in\s+that\s+time", r"during\s+this\s+time", r"since\s+that\s+time")
LAUNCH_PHRASES = (r"launch\w*", r"began\s+(?:its\s+)?work", r"started\s+(?:its\s+)?work", r"was\s+set\s+up",
                  r"was\s+created", r"went\s+online")
# a rate per month said of a count ("1,500 calls a month")
PER_MONTH_PHRASES = (r"per\s+month", r"a\s+month", r"each\s+month", r"every\s+month", r"monthly")
WHEN_WORDS = (r"when",)
AND_WORDS = (r"and",)
IN_WORDS = (r"in",)
# part of a month: "the first half of October", "mid-October"
PARTIAL_MONTH_PHRASES = (r"(?:first|second|last|past)\s+(?:half|ten\s+days|(?:two\s+|three\s+)?weeks?)", r"mid-[a-z]")
# "rose from 10,440 in April to ...": the word before a change's first figure
CHANGE_FROM_WORDS = (r"from", r"(?:up|down)\s+from")
# an as-of date said as such ("as of December 1")
AS_OF_PHRASES = (r"as\s+of",)
WITH_WORDS = (r"with", r"having")
# "January was a record month": a month the subject of its clause
BECAME_WORDS = (r"was", r"became", r"proved", r"turned\s+out")
# a span of time: "over the past year" (not "a year ago"), "in its (first) year of work"
DURING_WORDS = (r"over", r"in", r"during")
PAST_WORDS = (r"past", r"last")
YEAR_NOUNS = (r"year",)
AGO_WORDS = (r"ago", r"earlier")
FIRST_YEAR_PHRASES = (r"(?:in|over|during)\s+(?:its|the|a|one)\s+first\s+year\s+of\s+(?:its\s+)?"
                      r"(?:work|operation|operations|existence)", r"(?:in|over|during)\s+(?:its|the)\s+first\s+year")
YEAR_OF_WORK_PHRASES = (r"(?:in|over|during)\s+(?:its|the|a|one)\s+year\s+of\s+(?:its\s+)?"
                        r"(?:work|operation|operations|existence)",)
# a first clause that sets the period of what follows ("Since the project's launch ...", "In October ...")
HEAD_PERIOD_WORDS = (r"since", r"from", r"in", r"over", r"during")
HEAD_MONTH_WORDS = (r"in", r"during", r"for", r"over")
# words that tie a figure to some other time ("compared with", "earlier", "ago")
OTHER_TIME_WORDS = (r"compared", r"than", r"versus", r"vs", r"earlier", r"before", r"previous\w*", r"ago", r"later")
# a figure so far ("has already received", "so far")
SO_FAR_WORDS = (r"already", r"so\s+far", r"as\s+yet", r"yet", r"as\s+of")
# the ends of a span of months: "from January to March", "between January and March", "January-March"
RANGE_FROM_WORDS = (r"from",)
RANGE_TO_WORDS = (r"to", r"through", r"till", r"until")
BETWEEN_WORDS = (r"between",)
RANGE_AND_WORDS = (r"and",)
# words of a duration: a sentence with one states a figure for some other span
DURATION_WORDS = (r"year", r"years", r"yesterday", r"weeks?", r"days?", r"months", r"quarters?", r"period",
                  r"since\s+then")
# a span of months or weeks: "over the last ten months" (not counted from launch), "in the first three months of work"
SPAN_EDGE_WORDS = (r"first", r"last", r"past")
SPAN_FIRST_WORDS = (r"first",)
FIRST_STEMS = (r"first",)
FIRST_WORDS = ("first",)
SPAN_COUNT_WORDS = (r"two", r"three", r"four", r"five", r"six", r"seven", r"eight", r"nine", r"ten", r"eleven")
MONTH_UNITS = (r"months?",)
WEEK_UNITS = (r"weeks?",)
DAY_UNITS = (r"days?",)
ONE_UNIT_WORDS = ("month", "week", "day")  # "in a month of work": one, its count left out
OF_WORK_PHRASES = (r"of\s+(?:its\s+)?(?:work|operation|existence)",
                   # "in the six months of the I Want to Live project": its life so far
                   r"of\s+(?:the\s+|its\s+)?(?:[\w'\"-]+\s+){0,5}?(?:project|hotline|initiative)(?!\w)")
SPAN_SINCE_WORDS = (r"since",)  # "in the six months since ...": counted from what follows

# --- months, years and reports of the older patterns (lexicon/text.py) ------------------------------------
# a year said relative to now after a month ("December last year", "December of this year")
RELATIVE_YEAR_WORDS = (r"of\s+this", r"this", r"of\s+last", r"last")
# "last year in May": a month of the year before publication; not after "since", "from", "of"
YEAR_AGO_BEFORE_PHRASES = (r"last\s+year", r"a\s+year\s+(?:ago|earlier)")
YEAR_AGO_BLOCKERS = (r"since", r"from", r"of")
# "The HQ reported in May that ...": a verb of reporting right before the month it dates
REPORT_BEFORE_VERBS = (r"said", r"says", r"reported", r"announced", r"told", r"noted", r"stated")
# "said the Coordination Headquarters for the Treatment of Prisoners of War in late May"
HQ_FULL_NAMES = (r"coordination\s+(?:headquarters|centre|center|hq)\s+for\s+the\s+treatment\s+of\s+prisoners"
                 r"\s+of\s+war",)
# "not in December": a month denied; the prepositions before a period ("in", "for")
NOT_WORDS = (r"not",)
PERIOD_PREPOSITIONS = (r"in", r"for")
# "since the start of work": the start a month is the date of
START_NOUNS = (r"(?:the\s+)?(?:start|beginning)(?:\s+of)?",)
# verbs of a start: a month right after them ("went online in September") is the start, not a figure's month
START_VERBS = (r"launch\w*", r"began", r"started", r"start", r"opened", r"established", r"founded")
# "more than doubled the monthly figures of February": the month compared with
MULTIPLE_WORDS = (r"doubled?", r"twice", r"tripled?", r"three\s+times", r"exceed\w*", r"surpass\w*", r"outstripp?\w*",
                  r"above", r"beyond")
FIGURE_NOUNS = (r"figures?", r"numbers?", r"levels?", r"counts?")
FIGURE_OF_WORDS = (r"of", r"for", r"in")
# the ending of a day number before a month ("9th of January")
DAY_ENDINGS = (r"-?(?:th|st|nd|rd)",)
# --- numbers of the older patterns (lexicon/text.py) ------------------------------------------------------
HALF_TAIL_PHRASES = (r"and\s+(?:a\s+)?half",)  # "two and a half thousand"
HALF_WORDS = (r"half",)
A_THOUSAND_WORDS = (r"a\s+thousand",)
HUNDRED_WORDS = ("hundred",)  # "five hundred" (times the words before)
NUMBER_AND_WORDS = (r"and",)  # "two and a half thousand"
# a request noun written onto its number ("9243requests"): the number still ends there
GLUED_NOUN_STEMS = (r"requests?(?!\w)", r"inquir", r"applications?(?!\w)")
# --- what a count is of, in the older patterns (lexicon/counts.py) ----------------------------------------
# adjectives between a figure and its noun ("8,548 new requests")
REQUEST_ADJECTIVES = (r"new", r"such", r"separate", r"individual", r"more", r"additional", r"unique", r"formal",
                      r"official", r"written", r"online", r"tracing", r"search", r"missing-person")
WHOSE_WORDS = (r"whose",)
# words that deny or hedge a verb of contacting ("could", "never")
NOT_A_FACT_WORDS = (r"not", r"never", r"no", r"could", r"may", r"might", r"would", r"should", r"can", r"will")
AUX_ALREADY_WORDS = (r"have", r"had", r"already")
# wanting to surrender, said to the hotline ("expressed a desire to surrender"); surrendered; what ties a surrender
# to the hotline ("via")
FROM_PLACE_WORDS = (r"from",)
INTENT_PHRASES = (r"expressed\s+(?:a|the|their|an)\s+(?:desire|wish|willingness|intention)", r"applied")
SURRENDER_STEMS = (r"surrender",)
SURRENDERED_VERBS = (r"surrendered",)
VIA_WORDS = (r"via", r"through", r"using", r"by\s+calling", r"in\s+this\s+way", r"thanks\s+to",
             r"with\s+the\s+help\s+of")
REQUEST_GAP_WORDS = (r"already", r"by")  # "contacted by 9,000"
# words of captivity and death: people counted for what befell their kin
CAPTIVITY_WORDS = (r"captiv\w*",
                   # not the HQ's own names: "Prisoners of War Office"
                   r"prisoners?(?!\s+of\s+war\s+(?:office|headquarters|coordination|department))", r"pows?",
                   r"killed", r"dead")
KIN_BEFORE_WORDS = (r"relatives", r"families", r"mothers", r"(?<!total\s)(?<!number\s)of", r"among")
# the stems of the request nouns; "the number of"; "about"; the missing
REQUEST_STEMS = (r"requests?", r"inquir\w*", r"applications?", r"appeals?")
NUMBER_OF_WORDS = (r"(?:the\s+)?number\s+of",)
ABOUT_TOPIC_WORDS = (r"about", r"regarding", r"concerning", r"for", r"on")
MISSING_WORDS = (r"missing",)
# calls: "8,548 new calls"; another line by its number ("line 102"); "times"; "they"; words that go on
CALL_ADJECTIVES = (r"new", r"phone")
LINE_NUMBER_WORDS = (r"line", r"hotline", r"number")
TIMES_WORDS = (r"times",)
THEY_WORDS = (r"them", r"they")
CONJUNCTIONS = (r"and", r"but")
# the project referred back to by a pronoun ("In May alone, it received 12,320")
PRONOUN_SUBJECTS = (r"it",)
# words after a count that keep it a bare count ("fell to 7,912 in"); "passed the 100,000 mark": the milestone
SAFE_AFTER_WORDS = (r"and", r"but", r"in", r"during", r"for", r"last", r"this", r"which", r"that", r"compared",
                    r"versus", r"vs", r"against", r"as", r"when", r"from", r"before", r"after", r"across", r"through",
                    r"since", r"over", r"mark", r"milestone", r"threshold")
# words before a number that make it no count ("by 22%", "not 9,000", "of them", "fewer than", "from", "aged"), and
# after it (an ordinal's ending, an age, money, a range's upper end)
BAD_BEFORE_WORDS = (r"by", r"up\s+by", r"down\s+by", r"not", r"but\s+not", r"instead\s+of", r"of\s+them", r"of\s+whom",
                    r"of\s+which", r"of\s+those", r"of\s+these", r"id", r"number", r"phone", r"usd", r"uah", r"eur",
                    r"less(?<!no\sless)(?<!not\sless)\s+than", r"fewer(?<!no\sfewer)(?<!not\sfewer)\s+than", r"under",
                    r"up\s+to", r"from", r"between", r"among", r"aged?")
ORDINAL_ENDINGS = (r"th", r"st", r"nd", r"rd")
AGE_WORDS = (r"years?", r"year-old")
CURRENCY_WORDS = (r"euros?", r"dollars?", r"hryvnias?", r"usd", r"uah", r"eur")
RANGE_UPPER_WORDS = (r"to",)
OVER_AFTER_WORDS = (r"plus",)  # "8,500 plus"
# the stems of "month" and of "last" every "last month" of the older lists holds (LAST_MONTH_RE's gate)
MONTH_NOUN_STEMS = ("month",)
LAST_STEMS = ("last", "past")
# a spokesman of his own line ("we"); what may stand around a month in "And in October — 9,243"; a figure added to
# another ("another"); requests passed on; what an unnamed project is called and its subject
FIRST_PERSON_WORDS = (r"we", r"us", r"our")
ELLIPSIS_WORDS = (r"and", r"but", r"while", r"then", r"in", r"for", r"of", r"only", r"just", r"alone", r"record",
                  r"was", r"became", r"the", r"month")
ADDITIVE_WORDS = (r"another", r"further", r"additional", r"also", r"these", r"them", r"besides", r"apart")
FORWARDED_WORDS = (r"forward\w*", r"redirect\w*", r"referred", r"passed\s+on", r"handed\s+over", r"transferred")
PROJECT_NOUNS = (r"projects?", r"hotlines?")
SUBJECT_WORDS = (r"russians?", r"soldiers?", r"servicem[ae]n", r"troops", r"surrender\w*",
                 r"coordination\s+(?:headquarters|centre|center|hq)")
# "the first month of 2025": January of that year (a year, if any, as the group "year")
FIRST_MONTH_OF_YEAR_PHRASES = (r"(?:the\s+)?first\s+month\s+of\s+(?:(?P<year>(?:19|20)\d\d)|(?:the|this)\s+year)",)
# a change by a factor: "twice as many", "doubled" (+100%); "half as many", "halved" (-50%)
DOUBLING_UP_PHRASES = (r"twice\s+as\s+many", r"doubled", r"double\s+the\s+number")
DOUBLING_DOWN_PHRASES = (r"half\s+as\s+many", r"halved")
# a regional breakdown or a subset: "most requests came from Bashkortostan", "including", "from Kursk oblast"
_FROM_PLACE = r"(?:from|in)\s+(?!all)[^\W\d_][\w-]*\s+"
BREAKDOWN_PHRASES = (r"most\s+(?:of\s+the\s+)?\w+\s+came", r"most\s+active", r"from\s+there", r"top\s+\w+",
                     r"followed\s+by", r"including", r"among\s+them",
                     *(_FROM_PLACE + region for region in (r"oblast", r"region")))
# rates and averages beyond RATE_WORDS: "each day", "an hour", "in two weeks"
RATE_PHRASES = (r"each\s+day", r"every\s+day", r"a\s+week", r"each\s+week", r"every\s+week",
                r"a\s+month(?!\s+(?:earlier|before|ago))", r"each\s+month", r"every\s+month", r"average",
                r"per\s+hour", r"an\s+hour", r"hourly",
                *(rf"in\s+(?:\w+\s+)?{unit}" for unit in (r"days?", r"weeks?", r"hours?")))
# capitals (a sentence starts with one; a place's name is one), read in the original text; "from Dagestan":
# the prepositions before a place, and the capitalised names that are no place of a breakdown
CAPITALS = "A-Z"
PLACE_FROM_WORDS = ("from",)
NOT_PLACE_NAMES = (r"Russia", r"RF", r"Ukrain", r"Coordinat", r"HQ", r"Headquarters", r"I\s+Want", r"The\s", r"Jan",
                   r"Feb", r"Mar", r"Apr", r"May", r"Jun", r"Jul", r"Aug", r"Sep", r"Oct", r"Nov", r"Dec", r"Mon",
                   r"Tue", r"Wed", r"Thu", r"Fri", r"Sat", r"Sun")
# words the stages once wrote inline: "the Want to Live project" (the name without its "I", framed), "contacted
# by 6,543 soldiers", "up from 10,440 in April", "the hotline's record", "Prisoners of War Office" (the HQ's name)
SHORT_NAME_HEADS = ("want",)
NAME_FRAME_BEFORE = ("the",)
NAME_FRAME_AFTER = (r"project", r"hotline", r"line", r"initiative", r"programme", r"program", r"service")
AGENT_BY_WORDS = ("by",)
FROM_ALONE_WORDS = ("from",)
POSSESSIVE_ENDINGS = (r"['’]s",)
HQ_NAME_TAILS = (r"of\s+war\s+(?:office|headquarters|coordination|department)",)
HQ_NAME_HEADS = (r"treatment\sof", r"office\sof")  # one space each: a lookbehind has a fixed width
EXPECTED_AFTER_WORDS = ("to", "by")
PERFECT_AUX_WORDS = ("have", "has", "had")
SUBSET_AFTER_WORDS = (r"of\s+whom",)
# a series' name denied: "not to the I Want to Live line" (the words that may stand between, with line nouns)
NAME_NEGATIONS = ("not",)
ADDRESSED_TO_WORDS = ("to", "the", "at", "via", "through")
# a superlative said of a quantity ("the highest number", "die höchste Zahl"): with a month's figure, a record claim
QUANTITY_NOUNS = (r"numbers?", r"figures?", r"totals?", r"counts?", r"levels?")
DAY_SUFFIXES_AFTER_MONTH = (r"st", r"nd", r"rd", r"th")
SPAN_ARTICLES = ("the",)
SPAN_POSSESSIVES = ("its",)
SPAN_OF_WORDS = ("of",)
SPAN_ONE_ARTICLES = ("a",)
REPORTED_CLAUSE_HEADS = ("the", "its", "it")
REPORT_NOUNS = ("statement", "report", "post", "update", "briefing", r"press\s+release", "interview", "announcement",
                "bulletin", "summary", "infographic")
MONTH_PART_WORDS = ("early", "late", "mid", r"the\s+middle\s+of", r"the\s+end\s+of")
