"""German: month names, number words and formats ("8.548 Anfragen", "3500 Soldaten"), the words of requests."""

from __future__ import annotations

from hotline.extract.lang._defaults import *  # noqa: F403 (the classes this language leaves empty)

MONTHS: dict[int, tuple[str, ...]] = {
    1: ("januar", "jänner"), 2: ("februar", "feber"), 3: ("märz", "maerz"), 4: ("april",), 5: ("mai",),
    6: ("juni",), 7: ("juli",), 8: ("august",), 9: ("september",), 10: ("oktober",), 11: ("november",),
    12: ("dezember",),
}
DATE_MONTHS = tuple(form for forms in MONTHS.values() for form in forms)  # "19. September"
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
NAME_PRONOUNS = ("wir", "du", "er", "sie")
NAME_OBJECTS = ("meinen", "meine", "unseren", "unsere", "den", "die", "das")
INCLUDING_WORDS = (r"darunter", r"einschließlich")
OF_THEM_WORDS = (r"davon",)
# "from" before the people who sent requests ("applications from 1,300 servicemen"); "по" before a per-month rate
SENDER_FROM_WORDS = ("von",)
# a signed percent and the month after it ("+22 % gegenüber Dezember"); months said as adjectives (none here)
SIGNED_ANCHOR_WORDS = (r"gegenüber", r"zum", r"vs\.?")
MONTH_PREPOSITIONS = (r"im",)
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
# "a year ago" right after a month: that month of the year before publication ("im Mai letzten Jahres")
YEAR_AGO_AFTER_PHRASES = (r"(?:des\s+)?(?:letzten|vergangenen|vorigen)\s+jahres", r"vor\s+einem\s+jahr")

CAPITALS = "À-ÖØ-Þ"  # the Latin letters with accents (A-Z: English's)
