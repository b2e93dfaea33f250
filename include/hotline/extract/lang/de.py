"""German: month names, number words and formats ("8.548 Anfragen", "3500 Soldaten"), the words of requests."""

from __future__ import annotations

MONTHS: dict[int, tuple[str, ...]] = {
    1: ("januar", "jänner"), 2: ("februar", "feber"), 3: ("märz", "maerz"), 4: ("april",), 5: ("mai",),
    6: ("juni",), 7: ("juli",), 8: ("august",), 9: ("september",), 10: ("oktober",), 11: ("november",),
    12: ("dezember",),
}
DATE_MONTHS = tuple(form for forms in MONTHS.values() for form in forms)  # "19. September"
DAY_AFTER_MONTH = False
NUMBER_WORDS: dict[str, float] = {
    "ein": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9, "zehn": 10, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50,
}
ONE_AND_A_HALF: dict[str, float] = {"anderthalb": 1.5, "eineinhalb": 1.5}
THOUSANDS_SEPARATORS = (".", " ", "")  # "8.548", "8 548", "8548"
SCALE_WORDS = (r"tausend", r"tsd\.?")

# --- phrases (regex fragments, matched on normalised text after a word boundary) ----------------------
REQUEST_NOUNS = (r"anfragen", r"kontaktaufnahmen", r"anfrage", r"kontaktanfragen", r"anträge", r"anträgen", r"antrag",
                 r"gesuche",
                 r"meldungen", r"hilfeersuchen", r"ersuchen")
CALL_NOUNS = (r"anrufe", r"anrufen", r"telefonate", r"telefonanrufe")
# turning to the line: "haben sich gemeldet", "riefen an", "Kontakt zu 3.500 Soldaten": people after the noun
REQUEST_VERBS = (r"gemeldet", r"kontaktiert", r"angerufen", r"riefen\s+an", r"meldeten\s+sich",
                 r"gewandt", r"wandten\s+sich", r"genutzt", r"kontakt\s+(?:zu|mit)")
RUSSIAN_ADJECTIVES = (r"russisch\w*",)
PEOPLE_NOUNS = (r"soldaten", r"russen", r"angehörige\w*", r"familien", r"menschen", r"personen", r"verwandte\w*",
                r"mütter", r"militärs", r"männer", r"rekruten", r"armeeangehörige\w*")
ARTICLES = (r"die", r"der", r"den")
RUNNING_TOTAL_PHRASES = (
    r"insgesamt", r"bisher", r"bislang", r"in\s+summe", r"gesamtzahl",
    r"seit\s+(?:dem\s+|ihrem\s+|seinem\s+)?(?:start|beginn|bestehen|launch)",
    r"seit\s+(?:der\s+)?(?:auflage|gründung|einrichtung|einführung|freischaltung|eröffnung)",
)
RECORD_PHRASES = (r"rekord\w*", r"höchststand\w*")
OVER_WORDS = (r"die\s+marke\s+von", r"die\s+schwelle\s+von",
              r"mehr\s+als", r"über", r"uber", r"rund\s+über", r"mindestens", r"weit\s+über", r"gut")
ABOUT_WORDS = (r"etwa", r"rund", r"ungefähr", r"fast", r"knapp", r"nahezu", r"circa", r"ca\.", r"annähernd")
# a figure to date: "hat bereits ... erhalten", "wurde schon von ... genutzt"
_RECEIVED = r"(?:erhalten|bekommen|genutzt|gemeldet|kontaktiert|angerufen|gehabt|registriert)"
TO_DATE_PHRASES = (rf"schon\s+(?:\S+\s+){{0,8}}?{_RECEIVED}", rf"bereits\s+(?:\S+\s+){{0,8}}?{_RECEIVED}",
                   rf"hat\s+(?:\S+\s+){{0,8}}?{_RECEIVED}", rf"haben\s+(?:\S+\s+){{0,12}}?{_RECEIVED}")
START_WORDS = (r"seit(?:\s+(?:dem|der))?", r"ab(?:\s+dem)?", r"zwischen(?:\s+dem)?")
UNTIL_WORDS = (r"bis(?:\s+(?:zum|zur|ende|mitte|anfang))?", r"stand(?:\s+(?:vom|am))?")
SERIES_NAMES: dict[str, tuple[str, ...]] = {
    "i_want_to_live": ("Ich will leben", "Ich möchte leben"),
    "i_want_to_find": ("Ich will finden", "Ich möchte finden"),
}
# other bodies' numbers: exchanges, the Red Cross, Ukraine's own families and soldiers
LOOK_ALIKES = ("gefangenenaustausch", "austausch", "roten kreuz", "rotes kreuz", "ukrainische familien",
               "ukrainischen soldaten", "ukrainischer soldaten", "ukrainer",
               "innenministerium", "polizei")
# words shortened with a dot that ends no sentence: "dt. „Ich möchte leben“"
ABBREVIATIONS = ("dt", "ca", "bzw", "vgl", "nr", "z\\.b", "u\\.a", "d\\.h", "sog", "engl", "russ", "ukr")
# what a hotline is called: its calls, in a post about that one series, are its requests
LINE_NOUNS = (r"hotline", r"telefonhotline", r"leitung", r"chatbot")
# verbs of exceeding a figure (a milestone: "вже перевершила 100 000"), and the mark nouns that may follow
EXCEED_VERBS = (r"überschritten", r"überschritt", r"übertroffen", r"übertraf", r"überstieg\w*", r"überstiegen")
MARK_NOUNS = (r"die\s+marke\s+von", r"die\s+grenze\s+von", r"die\s+schwelle\s+von")
ALREADY_WORDS = (r"bereits", r"schon")
# verbs of receiving, before a bare figure ("надійшло 9 870") and after it ("9,870 came in")
RECEIVED_VERBS = (r"erhielt\w*", r"erhalten", r"bekam\w*", r"gingen", r"eingegangen")
ARRIVED_AFTER = (r"gingen\s+ein", r"eingegangen", r"kamen\s+hinzu", r"ein")  # "gingen 9.870 ein"
# rates and averages: a figure per day, week or month is no month's count
RATE_WORDS = (r"täglich", r"pro\s+tag", r"am\s+tag", r"jeden\s+tag", r"pro\s+woche", r"wöchentlich",
              r"pro\s+monat", r"monatlich", r"im\s+schnitt", r"im\s+durchschnitt", r"durchschnittlich",
              r"pro\s+stunde")
# soldiers who surrendered are prisoners, not requests (unless the press means the requests: see counting)
SURRENDER_VERBS = (r"ergeben", r"ergaben", r"übergelaufen", r"kapituliert")
# changes: words of comparison before the month compared with, of percent, of rising and falling, the
# previous month said as such, and "last month"
COMPARE_WORDS = (r"als(?:\s+(?:im|in))?", r"gegenüber(?:\s+(?:dem|im))?", r"im\s+vergleich\s+(?:zum|zu)",
                 r"verglichen\s+mit")
PERCENT_WORDS = (r"prozent",)
INCREASE_WORDS = (r"mehr", r"höher", r"gestiegen", r"stieg", r"zugenommen", r"anstieg", r"zuwachs", r"plus")
DECREASE_WORDS = (r"weniger", r"niedriger", r"gesunken", r"sank", r"abgenommen", r"rückgang", r"minus")
PREV_MONTH_PHRASES = (r"(?:als|gegenüber)\s+(?:im\s+)?(?:dem\s+)?vormonat", r"im\s+vergleich\s+zum\s+vormonat")
LAST_MONTH_PHRASES = (r"vormonat", r"letzten\s+monat", r"vergangenen\s+monat")
# the launch of a project: a month right after it is its start, not a figure's month
LAUNCH_WORDS = (r"start", r"gestartet", r"eingerichtet", r"gegründet", r"freigeschaltet", r"einrichtung", r"auflage")
# small words the rules test: "from", "to" before a figure; before a year; "by" before a percent; a total
# brought to a figure; "this" year; "also"; bare superlatives; a name's pronouns and objects ("хочу знайти сина");
# "including", "of them"
FROM_WORDS = ("von",)
TO_WORDS = ("auf",)
YEAR_PREPOSITIONS = (r"im\s+jahr", r"in")
BY_WORDS = (r"um",)
TOTAL_TO_PHRASES = (r"(?:stieg|wuchs|erhöhte\s+sich)\s+(?:\w+\s+){0,3}?auf\s+insgesamt",)
THIS_YEAR_WORDS = ("dieses",)
ALSO_WORDS = ("noch", "weitere", "auch")
BARE_SUPERLATIVES = ()
NAME_PRONOUNS = ("wir", "du", "er", "sie")
NAME_OBJECTS = ("meinen", "meine", "unseren", "unsere", "den", "die", "das")
INCLUDING_WORDS = (r"darunter", r"einschließlich")
OF_THEM_WORDS = (r"davon",)
# "from" before the people who sent requests ("applications from 1,300 servicemen"); "по" before a per-month rate
SENDER_FROM_WORDS = ("von",)
PER_WORDS: tuple[str, ...] = ()
# a signed percent and the month after it ("+22 % gegenüber Dezember"); months said as adjectives (none here)
SIGNED_ANCHOR_WORDS = (r"gegenüber", r"zum", r"vs\.?")
MONTH_PREPOSITIONS = (r"im",)
MONTH_ADJECTIVE_STEMS: dict[str, int] = {}
ADJECTIVE_ENDINGS: tuple[str, ...] = ()
ADJECTIVE_COMPARE_WORDS: tuple[str, ...] = ()
# a change that reached a figure ("stieg ... auf 8.548"): the figure, not a bound
CHANGE_TO_PHRASES = (r"(?:stieg|steigt|gestiegen|wuchs|gewachsen|sank|gesunken|fiel|gefallen|erhöhte\s+sich|"
                     r"verringerte\s+sich)(?:\s+\S+){0,8}?\s+auf",)
# claims: superlatives and their scope ("the highest ... ever"), record negations, figures called wrong, denied,
# corrected or hedged, and what was expected ("очікували, що ...", "as expected")
SUPERLATIVE_WORDS = (r"die\s+meisten", r"höchste\w*", r"größte\w*")
SUPERLATIVE_SCOPE_WORDS = (r"monat\w*", r"jemals", r"bisher", r"seit\s+beginn")
RECORD_NEGATIONS = (r"kein\s+rekord", r"bisherige\w*\s+rekord\w*", r"niedrigste\w*", r"zweithöchste\w*")
ERRONEOUS_WORDS = (r"fälschlicherweise", r"irrtümlich")
DENIAL_WORDS = (r"dementiert\w*", r"bestritten", r"fake", r"falschmeldung\w*", r"wenn\s+nicht")
CORRECTION_PHRASES = (r"aber\s+tatsächlich", r"doch\s+tatsächlich")
HEDGE_WORDS = (r"könnte\w*", r"dürfte\w*", r"würde\w*", r"erwartet\w*", r"prognos\w*", r"voraussichtlich",
               r"angeblich", r"falls", r"wenn")
EXPECT_WORDS = (r"erwartet\w*", r"prognostiziert\w*", r"rechnet\s+mit")
THAT_WORDS = (r"dass",)
AS_WORDS = (r"wie",)
EXPECTED_PARTICIPLES = (r"erwartet",)
# "since the start of the project" before its name and month: the month is its start ("seit Beginn des Projekts
# ... im Januar 2024"); the word between a month and its year ("enero de 2024")
SINCE_START_PHRASES = (r"seit\s+(?:dem\s+)?(?:beginn|start|anfang|launch)",
                       r"seit\s+der\s+(?:einrichtung|gründung|auflage)")
YEAR_LINK_WORDS: tuple[str, ...] = ()
# since the start of the year: a part of a year, which no series stores (not the running total since launch)
YEAR_TO_DATE_PHRASES = (r"seit\s+(?:dem\s+)?(?:beginn|anfang|start)\s+(?:des|dieses)\s+jahres",
                        r"seit\s+jahresbeginn", r"seit\s+jahresanfang", r"in\s+diesem\s+jahr\s+bisher")
# a span of months or weeks not counted from launch ("in den letzten zehn Monaten"): no stored period; each phrase
# holds one of its language's unit words
SPAN_PHRASES = (r"(?:in|während)\s+(?:den\s+)?(?:letzten|vergangenen|ersten)\s+(?:\d+|\w+)\s+(?:monaten|wochen)",
                r"binnen\s+(?:\d+|\w+)\s+(?:monaten|wochen)", r"im\s+ersten\s+jahr")
SPAN_UNIT_WORDS = ("monaten", "wochen", "jahr")
# words of a time the reader cannot place (this month, this week, today): a figure beside them is no running total
UNDATED_WORDS = (r"monat\w*", r"woche\w*", r"quartal\w*", r"heute", r"gestern", r"wochenende\w*")
# verbs of reporting: a month before them dates the report, not the figure ("Im Oktober teilte ... mit, dass");
# the infinitive that may follow instead of "that" ("a annoncé avoir reçu")
REPORT_VERBS = (r"teilte\s+(?:\S+\s+){0,8}?mit", r"gab\s+(?:\S+\s+){0,8}?bekannt", r"berichtete\w*", r"erklärte\w*",
                r"meldete\w*")
REPORT_INFINITIVES: tuple[str, ...] = ()
# "a year ago" right after a month: that month of the year before publication ("im Mai letzten Jahres")
YEAR_AGO_AFTER_PHRASES = (r"(?:des\s+)?(?:letzten|vergangenen|vorigen)\s+jahres", r"vor\s+einem\s+jahr")

# --- time words of the older uk / ru / en patterns (lexicon/periods.py), not yet worded in this language: empty,
# so those patterns read it as before (not at all); each is a class to fill when a text shows the need
SINCE_THEN_PHRASES: tuple[str, ...] = ()
LAUNCH_PHRASES: tuple[str, ...] = ()  # LAUNCH_WORDS holds this language's launch words
PER_MONTH_PHRASES: tuple[str, ...] = ()
WHEN_WORDS: tuple[str, ...] = ()
AND_WORDS: tuple[str, ...] = ()
IN_WORDS: tuple[str, ...] = ()
PARTIAL_MONTH_PHRASES: tuple[str, ...] = ()
CHANGE_FROM_WORDS: tuple[str, ...] = ()
AS_OF_PHRASES: tuple[str, ...] = ()
WITH_WORDS: tuple[str, ...] = ()
BECAME_WORDS: tuple[str, ...] = ()
DURING_WORDS: tuple[str, ...] = ()
PAST_WORDS: tuple[str, ...] = ()
YEAR_NOUNS: tuple[str, ...] = ()
AGO_WORDS: tuple[str, ...] = ()
FIRST_YEAR_PHRASES: tuple[str, ...] = ()  # SPAN_PHRASES ("im ersten Jahr") holds this language's first year
YEAR_OF_WORK_PHRASES: tuple[str, ...] = ()
HEAD_PERIOD_WORDS: tuple[str, ...] = ()  # START_WORDS joins them
HEAD_MONTH_WORDS: tuple[str, ...] = ()
OTHER_TIME_WORDS: tuple[str, ...] = ()
SO_FAR_WORDS: tuple[str, ...] = ()
RANGE_FROM_WORDS: tuple[str, ...] = ()
RANGE_TO_WORDS: tuple[str, ...] = ()
BETWEEN_WORDS: tuple[str, ...] = ()
RANGE_AND_WORDS: tuple[str, ...] = ()
DURATION_WORDS: tuple[str, ...] = ()
SPAN_EDGE_WORDS: tuple[str, ...] = ()  # SPAN_PHRASES holds this language's spans
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
ROLLING_MONTH_PHRASES: tuple[str, ...] = ()  # LAST_MONTH_PHRASES holds this language's "last month"
THIS_MONTH_PHRASES: tuple[str, ...] = ()  # UNDATED_WORDS holds this language's "this month"
COMPARED_LINK_WORDS: tuple[str, ...] = ()  # COMPARE_WORDS end with their articles here
AS_OF_PART_PHRASES: tuple[str, ...] = ()  # UNTIL_WORDS hold "Ende", "mitte" where the language has them
YEAR_WORDS: tuple[str, ...] = ()  # no word after a year
RELATIVE_YEAR_WORDS: tuple[str, ...] = ()  # YEAR_AGO_AFTER_PHRASES holds this language's "last year"
YEAR_AGO_BEFORE_PHRASES: tuple[str, ...] = ()
YEAR_AGO_BLOCKERS: tuple[str, ...] = ()
REPORT_BEFORE_VERBS: tuple[str, ...] = ()  # REPORT_VERBS hold this language's verbs of reporting
NOT_WORDS: tuple[str, ...] = ()
PERIOD_PREPOSITIONS: tuple[str, ...] = ()
START_NOUNS: tuple[str, ...] = ()  # SINCE_START_PHRASES hold "seit Beginn", "depuis le début"
START_VERBS: tuple[str, ...] = ()  # LAUNCH_WORDS hold this language's launch verbs
MULTIPLE_WORDS: tuple[str, ...] = ()
FIGURE_NOUNS: tuple[str, ...] = ()
FIGURE_OF_WORDS: tuple[str, ...] = ()
DAY_ENDINGS: tuple[str, ...] = ()
LETTER_FOLDS: dict[str, str] = {}
HALF_TAIL_PHRASES: tuple[str, ...] = ()  # ONE_AND_A_HALF holds "anderthalb"; "zweieinhalb" is not read yet
HALF_WORDS: tuple[str, ...] = ()
A_THOUSAND_WORDS: tuple[str, ...] = ()  # "mille", "tausend" alone are not read as 1,000
HUNDRED_WORDS: tuple[str, ...] = ()
GLUED_NOUN_STEMS: tuple[str, ...] = ()  # a noun glued to its number is not seen outside uk / ru / en
# what a count is of, in the older uk / ru / en patterns (lexicon/counts.py): not yet worded in this language
REQUEST_ADJECTIVES: tuple[str, ...] = ()
SO_MANY_WORDS: tuple[str, ...] = ()
WHOSE_WORDS: tuple[str, ...] = ()
NOT_A_FACT_WORDS: tuple[str, ...] = ()  # HEDGE_WORDS and DENIAL_WORDS refuse such figures here
AUX_ALREADY_WORDS: tuple[str, ...] = ()
FROM_PLACE_WORDS: tuple[str, ...] = ()
INTENT_PHRASES: tuple[str, ...] = ()
SURRENDER_STEMS: tuple[str, ...] = ()  # SURRENDER_VERBS hold this language's surrenders
SURRENDERED_VERBS: tuple[str, ...] = ()
VIA_WORDS: tuple[str, ...] = ()
REQUEST_GAP_WORDS: tuple[str, ...] = ()
CAPTIVITY_WORDS: tuple[str, ...] = ()
KIN_BEFORE_WORDS: tuple[str, ...] = ()
REQUEST_STEMS: tuple[str, ...] = ()  # REQUEST_NOUNS serve
NUMBER_OF_WORDS: tuple[str, ...] = ()
ABOUT_TOPIC_WORDS: tuple[str, ...] = ()
MISSING_WORDS: tuple[str, ...] = ()
CALL_ADJECTIVES: tuple[str, ...] = ()
LINE_NUMBER_WORDS: tuple[str, ...] = ()  # a phone number in digit groups is refused by its form
TIMES_WORDS: tuple[str, ...] = ()
THEY_WORDS: tuple[str, ...] = ()
CONJUNCTIONS: tuple[str, ...] = ()
PRONOUN_SUBJECTS: tuple[str, ...] = ()
SAFE_AFTER_WORDS: tuple[str, ...] = ()
BAD_BEFORE_WORDS: tuple[str, ...] = ()  # FROM_WORDS and the signs of money serve
ORDINAL_ENDINGS: tuple[str, ...] = ()
AGE_WORDS: tuple[str, ...] = ()
CURRENCY_WORDS: tuple[str, ...] = ()  # the signs of money serve ("€")
RANGE_UPPER_WORDS: tuple[str, ...] = ()
OVER_AFTER_WORDS: tuple[str, ...] = ()
MONTH_NOUN_STEMS: tuple[str, ...] = ()  # LAST_MONTH_PHRASES start with their own letters here
LAST_STEMS: tuple[str, ...] = ()
FIRST_PERSON_WORDS: tuple[str, ...] = ()
ELLIPSIS_WORDS: tuple[str, ...] = ()
ADDITIVE_WORDS: tuple[str, ...] = ()  # ALSO_WORDS hold this language's "also"
FORWARDED_WORDS: tuple[str, ...] = ()
PROJECT_NOUNS: tuple[str, ...] = ()  # LINE_NOUNS hold this language's hotline; a series is named by SERIES_NAMES
SUBJECT_WORDS: tuple[str, ...] = ()
FIRST_MONTH_OF_YEAR_PHRASES: tuple[str, ...] = ()
DOUBLING_UP_PHRASES: tuple[str, ...] = ()  # a change is read from its percent in this language
DOUBLING_DOWN_PHRASES: tuple[str, ...] = ()
BREAKDOWN_PHRASES: tuple[str, ...] = ()  # INCLUDING_WORDS serve; a region's share is not told apart yet
RATE_PHRASES: tuple[str, ...] = ()  # RATE_WORDS hold this language's rates
CAPITALS = "À-ÖØ-Þ"  # the Latin letters with accents (A-Z: English's)
PLACE_FROM_WORDS: tuple[str, ...] = ()  # a region's share is not told apart in this language yet
NOT_PLACE_NAMES: tuple[str, ...] = ()
