"""German: month names, number words and formats ("8.548 Anfragen", "3500 Soldaten"), the words of requests."""

from __future__ import annotations

from hotline.extract.lang._defaults import *  # noqa: F403 (the classes this language leaves empty)

MONTHS: dict[int, tuple[str, ...]] = {
    1: ("januar", "jänner"), 2: ("februar", "feber"), 3: ("märz", "maerz"), 4: ("april",), 5: ("mai",),
    6: ("juni",), 7: ("juli",), 8: ("august",), 9: ("september",), 10: ("oktober",), 11: ("november",),
    12: ("dezember",),
}
DATE_MONTHS = tuple(form for forms in MONTHS.values() for form in forms)  # "19. September"
# number words are written as one word: "zwölf", "dreiundzwanzig", "zweihundertfünfzig" (and "dreitausend": see
# GLUED_SCALE_WORDS)
_UNITS = {"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9}
_TENS = {"zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
         "achtzig": 80, "neunzig": 90}
_BELOW_HUNDRED = {
    **_UNITS, "eine": 1, "eins": 1, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
    "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, **_TENS,
    **{f"{unit}und{ten}": u + t for unit, u in _UNITS.items() for ten, t in _TENS.items()},
}
_HUNDREDS = {"hundert": 100, **{f"{unit}hundert": 100 * u for unit, u in _UNITS.items()}}
NUMBER_WORDS: dict[str, float] = {
    **_BELOW_HUNDRED, **_HUNDREDS,
    **{f"{hundred}{rest}": h + r for hundred, h in _HUNDREDS.items() for rest, r in _BELOW_HUNDRED.items()},
}
ONE_AND_A_HALF: dict[str, float] = {"anderthalb": 1.5, "eineinhalb": 1.5}
THOUSANDS_SEPARATORS = (".", " ", "")  # "8.548", "8 548", "8548"
SCALE_WORDS = (r"tausend", r"tsd\.?")
GLUED_SCALE_WORDS = (r"tausend",)  # "dreitausend", "zwölftausend"
MILLION_WORDS = (r"million\w*", r"mio\.?", r"milliard\w*", r"mrd\.?")  # no count of ours: "48 Millionen Mal"

# --- phrases (regex fragments, matched on normalised text after a word boundary) ----------------------
REQUEST_NOUNS = (r"anfragen", r"kontaktaufnahmen", r"anfrage", r"kontaktanfragen", r"anträge", r"anträgen", r"antrag",
                 r"gesuche",
                 r"meldungen", r"hilfeersuchen", r"ersuchen",
                 r"hilfsanfragen", r"suchanfragen", r"anfragen\w+", r"hilferufe")
CALL_NOUNS = (r"anrufe", r"anrufen", r"telefonate", r"telefonanrufe",
              r"telefonaten", r"telefonanrufen")
# turning to the line: "haben sich gemeldet", "riefen an", "Kontakt zu 3.500 Soldaten": people after the noun
REQUEST_VERBS = (r"gemeldet", r"kontaktiert", r"angerufen", r"riefen\s+an", r"meldeten\s+sich",
                 r"gewandt", r"wandten\s+sich", r"genutzt", r"kontakt\s+(?:zu|mit)")
RUSSIAN_ADJECTIVES = (r"russisch\w*",)
PEOPLE_NOUNS = (r"soldaten", r"russen", r"angehörige\w*", r"familien", r"menschen", r"personen", r"verwandte\w*",
                r"mütter", r"militärs", r"männer", r"rekruten", r"armeeangehörige\w*",
                r"wehrpflichtige\w*", r"mobilisierte\w*", r"kämpfer")
ARTICLES = (r"die", r"der", r"den")
RUNNING_TOTAL_PHRASES = (
    r"insgesamt", r"bisher", r"bislang", r"in\s+summe", r"gesamtzahl",
    r"seit\s+(?:dem\s+|ihrem\s+|seinem\s+)?(?:start|beginn|bestehen|launch)",
    r"seit\s+(?:der\s+)?(?:auflage|gründung|einrichtung|einführung|freischaltung|eröffnung)",
    r"seit\s+projektbeginn", r"seit\s+projektstart", r"bis\s+heute", r"kumuliert\w*", r"gesamtzahl\w*",
    r"seit\s+(?:ihrer|seiner)\s+(?:einrichtung|gründung|freischaltung)",
)
RECORD_PHRASES = (r"rekord\w*", r"höchststand\w*",
                  r"höchstwert\w*", r"allzeithoch\w*")
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
               "innenministerium", "polizei",
               r"ich suche die meinen", r"ich suche meine", r"nationale informationsbüro",
               r"nationalen informationsbüro", r"soldatenmütter")
# words shortened with a dot that ends no sentence: "dt. „Ich möchte leben“"
ABBREVIATIONS = ("dt", "ca", "bzw", "vgl", "nr", "z\\.b", "u\\.a", "d\\.h", "sog", "engl", "russ", "ukr",
                 "tsd")  # "rund 60 Tsd. Anfragen": German nouns are capitalised
# what a hotline is called: its calls, in a post about that one series, are its requests
LINE_NOUNS = (r"hotline", r"telefonhotline", r"leitung", r"chatbot")
# verbs of exceeding a figure (a milestone: "вже перевершила 100 000"), and the mark nouns that may follow
EXCEED_VERBS = (r"überschritten", r"überschritt", r"übertroffen", r"übertraf", r"überstieg\w*", r"überstiegen",
                r"geknackt", r"knackte", r"übersprungen")
MARK_NOUNS = (r"die\s+marke\s+von", r"die\s+grenze\s+von", r"die\s+schwelle\s+von")
ALREADY_WORDS = (r"bereits", r"schon")
# verbs of receiving, before a bare figure ("надійшло 9 870") and after it ("9,870 came in")
RECEIVED_VERBS = (r"erhielt\w*", r"erhalten", r"bekam\w*", r"gingen", r"eingegangen",
                  r"(?:waren|sind)\s+es")  # "Im Oktober waren es 9.243"
ARRIVED_AFTER = (r"gingen\s+ein", r"eingegangen", r"kamen\s+hinzu", r"ein")  # "gingen 9.870 ein"
# rates and averages: a figure per day, week or month is no month's count
RATE_WORDS = (r"täglich", r"pro\s+tag", r"am\s+tag", r"jeden\s+tag", r"pro\s+woche", r"wöchentlich",
              r"pro\s+monat", r"monatlich", r"im\s+schnitt", r"im\s+durchschnitt", r"durchschnittlich",
              r"pro\s+stunde",
              r"tagtäglich")
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
# ("im Vormonat" is the month before the one a figure is of, not the month before publication)
LAST_MONTH_PHRASES = (r"letzten\s+monat", r"vergangenen\s+monat")
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
SUPERLATIVE_WORDS = (r"die\s+meisten", r"höchste\w*", r"größte\w*",
                     r"die\s+höchste", r"die\s+größte")
SUPERLATIVE_SCOPE_WORDS = (r"monat\w*", r"jemals", r"bisher", r"seit\s+beginn",
                           r"seit\s+(?:dem\s+)?start", r"seit\s+bestehen", r"seit\s+projektbeginn", r"aller\s+zeiten",
                           r"in\s+der\s+geschichte")
RECORD_NEGATIONS = (r"kein\s+rekord", r"bisherige\w*\s+rekord\w*", r"niedrigste\w*", r"zweithöchste\w*")
ERRONEOUS_WORDS = (r"fälschlicherweise", r"irrtümlich")
DENIAL_WORDS = (r"dementiert\w*", r"bestritten", r"fake", r"falschmeldung\w*", r"wenn\s+nicht")
CORRECTION_PHRASES = (r"aber\s+tatsächlich", r"doch\s+tatsächlich")
HEDGE_WORDS = (r"könnte\w*", r"dürfte\w*", r"würde\w*", r"erwartet\w*", r"prognos\w*", r"voraussichtlich",
               r"angeblich", r"falls", r"wenn")
EXPECT_WORDS = (r"erwartet\w*", r"prognostiziert\w*", r"rechnet\s+mit")
THAT_WORDS = (r"dass", r"(?:mit|bekannt)\s*,\s*dass")  # "teilte im Oktober mit, dass"
AS_WORDS = (r"wie",)
EXPECTED_PARTICIPLES = (r"erwartet",)
# "since the start of the project" before its name and month: the month is its start ("seit Beginn des Projekts
# ... im Januar 2024"); the word between a month and its year ("enero de 2024")
SINCE_START_PHRASES = (r"seit\s+(?:dem\s+)?(?:beginn|start|anfang|launch)",
                       r"seit\s+der\s+(?:einrichtung|gründung|auflage)")
# since the start of the year: a part of a year, which no series stores (not the running total since launch)
YEAR_TO_DATE_PHRASES = (r"seit\s+(?:dem\s+)?(?:beginn|anfang|start)\s+(?:des|dieses)\s+jahres",
                        r"seit\s+jahresbeginn", r"seit\s+jahresanfang", r"in\s+diesem\s+jahr\s+bisher",
                        r"(?:19|20)\d\d\s+(?:bisher|bislang)", r"(?:bisher|bislang)\s+(?:im\s+jahr\s+)?(?:19|20)\d\d",
                        r"im\s+laufenden\s+jahr")
# a span of months or weeks not counted from launch ("in den letzten zehn Monaten"): no stored period; each phrase
# holds one of its language's unit words
SPAN_PHRASES = (r"(?:in|während)\s+(?:den\s+)?(?:letzten|vergangenen|ersten)\s+(?:\d+|\w+)\s+(?:monaten|wochen)",
                r"binnen\s+(?:\d+|\w+)\s+(?:monaten|wochen)")
SPAN_UNIT_WORDS = ("monaten", "wochen", "jahr")
# words of a time the reader cannot place (this month, this week, today): a figure beside them is no running total
UNDATED_WORDS = (r"monat\w*", r"woche\w*", r"quartal\w*", r"heute", r"gestern", r"wochenende\w*")
# verbs of reporting: a month before them dates the report, not the figure ("Im Oktober teilte ... mit, dass");
# the infinitive that may follow instead of "that" ("a annoncé avoir reçu")
REPORT_VERBS = (r"teilte\s+(?:\S+\s+){0,8}?mit", r"gab\s+(?:\S+\s+){0,8}?bekannt", r"berichtete\w*", r"erklärte\w*",
                r"meldete\w*")
# "a year ago" right after a month: that month of the year before publication ("im Mai letzten Jahres")
YEAR_AGO_AFTER_PHRASES = (r"(?:des\s+)?(?:letzten|vergangenen|vorigen)\s+jahres", r"vor\s+einem\s+jahr")

# --- time, and what a count is of (the classes of lexicon/periods.py, text.py and counts.py) ----------------------
# a verb of reporting right before the month it dates ("teilte im Oktober mit, dass"), not the figure's month
REPORT_BEFORE_VERBS = (r"teilte", r"gab", r"berichtete\w*", r"erklärte\w*", r"meldete\w*", r"sagte")
# "..., teilte der Stab Ende Mai mit.": the particle of a separable report verb, after the month it dates
REPORT_VERB_PARTICLES = (r"mit", r"bekannt")
FIRST_YEAR_PHRASES = (r"im\s+ersten\s+jahr(?:\s+(?:seiner|ihrer|des)\s+(?:arbeit|bestehens|tätigkeit))?",
                      r"in\s+(?:seinem|ihrem)\s+ersten\s+jahr")
CHANGE_FROM_WORDS = (r"von",)  # "stieg von 10.440 im April auf 12.320 im Mai"
# "mehr als tausend Soldaten" (not "mehrere tausend", "einige tausend": several thousand, no figure)
A_THOUSAND_WORDS = (r"(?<!mehrere\s)(?<!einige\s)(?<!paar\s)(?<!viele\s)(?<!etliche\s)(?<!zig\s)tausend",)
SINCE_THEN_PHRASES = (r"seitdem", r"seither", r"seit\s+diesem\s+zeitpunkt", r"seit\s+damals")
LAUNCH_PHRASES = (r"in\s+betrieb\s+genommen", r"ins\s+leben\s+gerufen", r"an\s+den\s+start\s+gegangen")
PER_MONTH_PHRASES = (r"pro\s+monat", r"monatlich", r"jeden\s+monat")
PARTIAL_MONTH_PHRASES = (r"(?:ersten|zweiten|letzten)\s+(?:hälfte|monatshälfte|woche|wochen|zehn\s+tage)",)
AS_OF_PHRASES = (r"stand(?:\s+(?:vom|am|zum))?", r"mit\s+stand(?:\s+(?:vom|am|zum))?")
BECAME_WORDS = (r"war", r"wurde")
WITH_WORDS = (r"mit",)
AND_WORDS = (r"und",)
IN_WORDS = (r"im", r"in")
HEAD_MONTH_WORDS = (r"im", r"in", r"für", r"während")
OTHER_TIME_WORDS = (r"gegenüber", r"verglichen", r"vorher", r"zuvor", r"früher", r"davor", r"später", r"vormonat\w*",
                    r"vorjahr\w*")
SO_FAR_WORDS = (r"bereits", r"schon", r"bisher", r"bislang", r"derzeit", r"inzwischen", r"mittlerweile")
RANGE_FROM_WORDS = (r"von",)
RANGE_TO_WORDS = (r"bis",)
DURATION_WORDS = (r"jahr", r"jahre", r"jahren", r"jahres", r"vorjahr\w*", r"woche\w*", r"tag", r"tage", r"tagen",
                  r"monaten", r"quartal\w*", r"halbjahr\w*", r"zeitraum", r"seitdem", r"gestern")
YEAR_NOUNS = (r"jahr", r"jahres")
RELATIVE_YEAR_WORDS = (r"dieses", r"letzten", r"vergangenen")
# the HQ's full name ("Koordinierungsstab für die Behandlung von Kriegsgefangenen"): one unit of a report's gap
HQ_FULL_NAMES = (r"koordin\w*\s+für\s+(?:die\s+)?behandlung\s+von\s+kriegsgefangenen",)
NOT_WORDS = (r"nicht",)
PERIOD_PREPOSITIONS = (r"im", r"in", r"für")
MONTH_NOUN_STEMS = ("monat",)
LAST_STEMS = ("letzt", "vergangen", "vorig")
# a count and what it is of
REQUEST_ADJECTIVES = (r"neue\w*", r"weitere\w*", r"offizielle\w*", r"schriftliche\w*", r"einzelne\w*")
REQUEST_STEMS = (r"anfrage\w*", r"antr(?:ag|äge)\w*", r"meldung\w*", r"gesuch\w*", r"ersuchen")
NUMBER_OF_WORDS = (r"(?:die\s+)?zahl\s+der", r"(?:die\s+)?anzahl\s+der")
ABOUT_TOPIC_WORDS = (r"zu", r"über", r"nach")
MISSING_WORDS = (r"vermisste\w*", r"verschollene\w*")
CAPTIVITY_WORDS = (r"kriegsgefangen\w*", r"gefangenschaft", r"gefallen\w*", r"getötet\w*", r"tote\w*")
# ("von" alone is no kin: "schon von 3500 Soldaten genutzt")
KIN_BEFORE_WORDS = (r"angehörige\w*", r"familien", r"verwandte\w*", r"mütter",
                    r"(?:angehörige\w*|familien|verwandte\w*|mütter\w*)\s+von", r"unter")
SURRENDER_STEMS = (r"ergeb", r"kapitul")
SURRENDERED_VERBS = (r"ergeben", r"ergaben")
VIA_WORDS = (r"über", r"dank", r"mithilfe", r"mit\s+hilfe", r"durch")
INTENT_PHRASES = (r"(?:den\s+)?wunsch\s+geäußert", r"erklärt\w*\s*,?\s+(?:dass\s+)?sie\s+sich")
CURRENCY_WORDS = (r"euro", r"dollar", r"us-dollar", r"rubel", r"hrywnja", r"hrywnjas", r"griwna", r"franken")
AGE_WORDS = (r"jahre?\s+alt", r"jährige\w*")
BAD_BEFORE_WORDS = (r"um", r"nicht", r"weniger(?<!nicht\sweniger)\s+als", r"unter", r"bis\s+zu", r"zwischen",
                    r"nr\.?", r"nummer", r"telefon", r"im\s+alter\s+von")
SAFE_AFTER_WORDS = (r"im", r"in", r"und", r"aber", r"seit", r"gegenüber", r"bis", r"nach", r"vor", r"wobei")
TIMES_WORDS = (r"mal",)
CONJUNCTIONS = (r"und", r"aber")
WHOSE_WORDS = (r"deren", r"dessen")
NOT_A_FACT_WORDS = (r"nicht", r"nie", r"kein\w*", r"könnten", r"würden", r"sollen", r"sollten")
FIRST_PERSON_WORDS = (r"wir", r"uns", r"unser\w*")
ADDITIVE_WORDS = (r"weitere\w*", r"zusätzlich\w*", r"außerdem", r"davon")
FORWARDED_WORDS = (r"weitergeleitet\w*", r"übergeben", r"weitergegeben")
RATE_PHRASES = (r"stündlich", r"pro\s+woche", r"jede\s+woche", r"in\s+der\s+woche", r"am\s+tag")
BREAKDOWN_PHRASES = (r"die\s+meisten\s+\w+\s+(?:kamen|stammten)", r"gefolgt\s+von", r"an\s+erster\s+stelle")
CAPITALS = "À-ÖØ-Þ"  # the Latin letters with accents (A-Z: English's)
# a series' name denied: "not to the I Want to Live line" (the words that may stand between, with line nouns)
NAME_NEGATIONS = ("nicht",)
ADDRESSED_TO_WORDS = ("an", "bei", "die", "der", "den", "das", "über", "zur", "zum")
# a superlative said of a quantity ("the highest number", "die höchste Zahl"): with a month's figure, a record claim
QUANTITY_NOUNS = (r"zahl", r"anzahl", r"wert", r"stand")
# "reported in early May": a part of the month after a report verb
MONTH_PART_WORDS = (r"anfang", r"mitte", r"ende")
