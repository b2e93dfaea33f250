"""Spanish: month names, number words and formats ("8.548 solicitudes", "26.000 llamadas"), words of requests."""

from __future__ import annotations

MONTHS: dict[int, tuple[str, ...]] = {
    1: ("enero",), 2: ("febrero",), 3: ("marzo",), 4: ("abril",), 5: ("mayo",), 6: ("junio",), 7: ("julio",),
    8: ("agosto",), 9: ("septiembre", "setiembre"), 10: ("octubre",), 11: ("noviembre",), 12: ("diciembre",),
}
DATE_MONTHS = tuple(form for forms in MONTHS.values() for form in forms)  # "15 de septiembre"
DAY_AFTER_MONTH = False
NUMBER_WORDS: dict[str, float] = {
    "un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
}
ONE_AND_A_HALF: dict[str, float] = {}
THOUSANDS_SEPARATORS = (".", " ", "")  # "8.548", "26.000"
SCALE_WORDS = (r"mil",)

# --- phrases (regex fragments, matched on normalised text after a word boundary) ----------------------
REQUEST_NOUNS = (r"solicitud(?:es)?", r"peticion(?:es)?", r"petición", r"consultas?", r"pedidos?", r"llamamientos?",
                 r"mensajes")
CALL_NOUNS = (r"llamadas", r"llamadas\s+telefónicas")
REQUEST_VERBS = (r"contactaron", r"(?:han|habían|ha)\s+contactado", r"contactado", r"llamaron",
                 r"(?:han|habían)\s+llamado", r"se\s+(?:han\s+|habían\s+)?(?:comunicado|comunicaron)",
                 r"recurrieron", r"se\s+(?:pusieron|han\s+puesto|habían\s+puesto)\s+en\s+contacto",
                 r"se\s+dirigieron", r"solicitaron")
RUSSIAN_ADJECTIVES = (r"rus[oa]s?",)
PEOPLE_NOUNS = (r"soldados", r"militares", r"rusos", r"familias", r"familiares", r"personas", r"madres",
                r"hombres", r"movilizados", r"combatientes")
ARTICLES = (r"los", r"las")
RUNNING_TOTAL_PHRASES = (
    r"en\s+total", r"en\s+conjunto", r"hasta\s+ahora", r"hasta\s+la\s+fecha", r"acumulad\w*",
    r"desde\s+(?:su|el)\s+(?:lanzamiento|inicio|creación|comienzo|apertura|puesta\s+en\s+marcha)",
)
RECORD_PHRASES = (r"récords?", r"(?:un|nuevo)\s+record", r"cifra\s+máxima")
OVER_WORDS = (r"más\s+de", r"mas\s+de", r"al\s+menos", r"no\s+menos\s+de", r"superó", r"superado", r"supera")
ABOUT_WORDS = (r"cerca\s+de", r"casi", r"unos", r"unas", r"alrededor\s+de", r"aproximadamente",
               r"en\s+torno\s+a")
_RECEIVED = r"(?:ya\s+)?(?:recibido|registrado|superado|contactado|llamado)"
TO_DATE_PHRASES = (rf"ha\s+{_RECEIVED}", rf"han\s+{_RECEIVED}", rf"había\s+{_RECEIVED}", rf"habían\s+{_RECEIVED}",
                   rf"ya\s+(?:ha|han|había|habían)\s+{_RECEIVED}")
START_WORDS = (r"desde(?:\s+el)?", r"entre(?:\s+el)?")
UNTIL_WORDS = (r"hasta(?:\s+(?:el|finales\s+de))?",)
SERIES_NAMES: dict[str, tuple[str, ...]] = {
    "i_want_to_live": ("Quiero vivir",),
    "i_want_to_find": ("Quiero encontrar", "Quiero encontrarte"),
}
LOOK_ALIKES = ("intercambio", "canje", "cruz roja", "familias ucranianas", "soldados ucranianos",
               "prisioneros ucranianos",
               "ministerio del interior", "policía")
# words shortened with a dot that ends no sentence: "dt. „Ich möchte leben“"
ABBREVIATIONS = ("aprox", "sra", "sr", "núm", "ej")
# what a hotline is called: its calls, in a post about that one series, are its requests
LINE_NOUNS = (r"línea\s+(?:directa|telefónica)", r"línea", r"hotline", r"chatbot")
# verbs of exceeding a figure (a milestone: "вже перевершила 100 000"), and the mark nouns that may follow
EXCEED_VERBS = (r"superó", r"superado", r"supera", r"sobrepasó", r"sobrepasado", r"rebasó", r"rebasado")
MARK_NOUNS = (r"la\s+barrera\s+de", r"la\s+cifra\s+de", r"los", r"las")
ALREADY_WORDS = (r"ya",)
# verbs of receiving, before a bare figure ("надійшло 9 870") and after it ("9,870 came in")
RECEIVED_VERBS = (r"recibió", r"recibido", r"llegaron", r"registró")
ARRIVED_AFTER = (r"llegaron", r"(?:fueron|han\s+sido)\s+recibid[ao]s")
# rates and averages: a figure per day, week or month is no month's count
RATE_WORDS = (r"al\s+día", r"por\s+día", r"cada\s+día", r"diariamente", r"a\s+la\s+semana", r"por\s+semana",
              r"cada\s+semana", r"al\s+mes", r"por\s+mes", r"cada\s+mes", r"en\s+promedio", r"de\s+media",
              r"por\s+hora")
# soldiers who surrendered are prisoners, not requests (unless the press means the requests: see counting)
SURRENDER_VERBS = (r"entregado", r"entregaron", r"rendido", r"rindieron", r"se\s+han\s+rendido")
# changes: words of comparison before the month compared with, of percent, of rising and falling, the
# previous month said as such, and "last month"
COMPARE_WORDS = (r"que\s+en", r"respecto\s+(?:a|al|de)", r"frente\s+(?:a|al)", r"en\s+comparación\s+con")
PERCENT_WORDS = (r"por\s+ciento",)
INCREASE_WORDS = (r"más", r"aumento", r"aument\w*", r"subi\w*", r"increment\w*", r"creci\w*")
DECREASE_WORDS = (r"menos", r"disminu\w*", r"descen\w*", r"baj\w*", r"cay\w*", r"caíd\w*")
PREV_MONTH_PHRASES = (r"(?:que|respecto\s+al)\s+(?:el\s+)?mes\s+(?:anterior|pasado)",)
LAST_MONTH_PHRASES = (r"mes\s+pasado",)
# the launch of a project: a month right after it is its start, not a figure's month
LAUNCH_WORDS = (r"lanzamiento", r"lanzad[ao]", r"cread[ao]", r"creación", r"puesta\s+en\s+marcha", r"abrió",
                r"apertura")
# small words the rules test: "from", "to" before a figure; before a year; "by" before a percent; a total
# brought to a figure; "this" year; "also"; bare superlatives; a name's pronouns and objects ("хочу знайти сина");
# "including", "of them"
FROM_WORDS = ("de",)
TO_WORDS = ("hasta",)
YEAR_PREPOSITIONS = (r"en",)
BY_WORDS = (r"en", r"un")
TOTAL_TO_PHRASES = (r"elevando\s+(?:el|su)\s+total\s+a",)
THIS_YEAR_WORDS = ("este",)
ALSO_WORDS = ("otros", "otras", "también", "además")
BARE_SUPERLATIVES = ()
NAME_PRONOUNS = ("yo", "nosotros", "tú", "él", "ella", "ellos", "no")
NAME_OBJECTS = ("a", "mi", "mis", "su", "sus", "el", "la", "los", "las", "nuestro", "nuestra")
INCLUDING_WORDS = (r"incluidos", r"incluidas", r"entre\s+ellos", r"entre\s+ellas")
OF_THEM_WORDS = (r"de\s+ellos", r"de\s+ellas", r"de\s+los\s+cuales")
# "from" before the people who sent requests ("applications from 1,300 servicemen"); "по" before a per-month rate
SENDER_FROM_WORDS = ("de",)
PER_WORDS: tuple[str, ...] = ()
# a signed percent and the month after it ("+22 % gegenüber Dezember"); months said as adjectives (none here)
SIGNED_ANCHOR_WORDS = (r"respecto\s+a", r"frente\s+a", r"vs\.?")
MONTH_PREPOSITIONS = (r"en",)
MONTH_ADJECTIVE_STEMS: dict[str, int] = {}
ADJECTIVE_ENDINGS: tuple[str, ...] = ()
ADJECTIVE_COMPARE_WORDS: tuple[str, ...] = ()
# a change that reached a figure ("aumentó hasta 8.548")
CHANGE_TO_PHRASES = (r"(?:aument(?:ó|aron)|sub(?:ió|ieron)|crec(?:ió|ieron)|baj(?:ó|aron)|ca(?:yó|yeron)"
                     r"|pas(?:ó|aron)|lleg(?:ó|aron))"
                     r"(?:\s+\S+){0,4}?\s+hasta",)
# claims: superlatives and their scope ("the highest ... ever"), record negations, figures called wrong, denied,
# corrected or hedged, and what was expected ("очікували, що ...", "as expected")
SUPERLATIVE_WORDS = (r"la\s+mayor", r"el\s+mayor", r"más\s+alt[oa]")
SUPERLATIVE_SCOPE_WORDS = (r"mes\w*", r"jamás", r"nunca", r"desde")
RECORD_NEGATIONS = (r"no\s+es\s+un\s+récord", r"(?:el|la)\s+más\s+baj[oa]", r"récord\s+anterior")
ERRONEOUS_WORDS = (r"erróneamente", r"por\s+error")
DENIAL_WORDS = (r"desmint\w*", r"negó", r"niega\w*", r"falso", r"falsa", r"bulo", r"si\s+no\s+fuera")
CORRECTION_PHRASES = (r"pero\s+en\s+realidad",)
HEDGE_WORDS = (r"podría\w*", r"debería\w*", r"se\s+espera\w*", r"prevé\w*", r"previst[oa]s?", r"supuestamente", r"si")
EXPECT_WORDS = (r"se\s+espera\w*", r"prevé\w*", r"espera\w*")
THAT_WORDS = (r"que",)
AS_WORDS = (r"como",)
EXPECTED_PARTICIPLES = (r"esperad[oa]s?", r"previst[oa]s?")
# "since the start of the project" before its name and month: the month is its start ("seit Beginn des Projekts
# ... im Januar 2024"); the word between a month and its year ("enero de 2024")
SINCE_START_PHRASES = (r"desde\s+(?:el\s+|su\s+)?(?:inicio|comienzo|lanzamiento)",
                       r"desde\s+(?:la\s+|su\s+)?(?:creación|puesta\s+en\s+marcha)")
YEAR_LINK_WORDS: tuple[str, ...] = (r"de",)
# since the start of the year: a part of a year, which no series stores (not the running total since launch)
YEAR_TO_DATE_PHRASES = (r"desde\s+(?:el\s+)?(?:inicio|comienzo|principio)\s+(?:del|de\s+este)\s+año",
                        r"en\s+lo\s+que\s+va\s+del?\s+año")
# a span of months or weeks not counted from launch ("in den letzten zehn Monaten"): no stored period; each phrase
# holds one of its language's unit words
SPAN_PHRASES = (r"(?:en|durante)\s+(?:los\s+)?(?:últimos|primeros)\s+(?:\d+|\w+)\s+(?:meses|semanas)",
                r"en\s+su\s+primer\s+año")
SPAN_UNIT_WORDS = ("meses", "semanas", "año")
# words of a time the reader cannot place (this month, this week, today): a figure beside them is no running total
UNDATED_WORDS = (r"mes", r"meses", r"semana\w*", r"trimestre\w*", r"hoy", r"ayer")
# verbs of reporting: a month before them dates the report, not the figure ("Im Oktober teilte ... mit, dass");
# the infinitive that may follow instead of "that" ("a annoncé avoir reçu")
REPORT_VERBS = (r"informó", r"anunció", r"declaró", r"indicó", r"comunicó", r"afirmó")
REPORT_INFINITIVES: tuple[str, ...] = (r"haber",)
# "a year ago" right after a month: that month of the year before publication ("im Mai letzten Jahres")
YEAR_AGO_AFTER_PHRASES = (r"del\s+año\s+(?:pasado|anterior)", r"hace\s+un\s+año")

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
