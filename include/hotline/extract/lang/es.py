"""Spanish: month names, number words and formats ("8.548 solicitudes", "26.000 llamadas"), words of requests."""

from __future__ import annotations

from hotline.extract.lang._defaults import *  # noqa: F403 (the classes this language leaves empty)

MONTHS: dict[int, tuple[str, ...]] = {
    1: ("enero",), 2: ("febrero",), 3: ("marzo",), 4: ("abril",), 5: ("mayo",), 6: ("junio",), 7: ("julio",),
    8: ("agosto",), 9: ("septiembre", "setiembre"), 10: ("octubre",), 11: ("noviembre",), 12: ("diciembre",),
}
DATE_MONTHS = tuple(form for forms in MONTHS.values() for form in forms)  # "15 de septiembre"
_UNITS = {"uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9}
NUMBER_WORDS: dict[str, float] = {
    "un": 1, "una": 1, **_UNITS, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
    "dieciséis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiún": 21,
    **{f"veinti{unit}": 20 + u for unit, u in _UNITS.items()}, "veintidós": 22, "veintitrés": 23, "veintiséis": 26,
    "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90,
    "cien": 100, "ciento": 100, **{f"{h}ient{e}s": v for h, v in (("dosc", 200), ("tresc", 300), ("cuatroc", 400),
                                                                 ("seisc", 600), ("ochoc", 800)) for e in "oa"},
    "quinientos": 500, "quinientas": 500, "setecientos": 700, "setecientas": 700, "novecientos": 900,
    "novecientas": 900,
}
NUMBER_AND_WORDS = (r"y",)  # "treinta y cinco mil"
THOUSANDS_SEPARATORS = (".", " ", "")  # "8.548", "26.000"
SCALE_WORDS = (r"mil",)
MILLION_WORDS = (r"millones", r"millón", r"mil\s+millones")  # no count of ours

# --- phrases (regex fragments, matched on normalised text after a word boundary) ----------------------
REQUEST_NOUNS = (r"solicitud(?:es)?", r"peticion(?:es)?", r"petición", r"consultas?", r"pedidos?", r"llamamientos?",
                 r"mensajes",
                 r"solicitudes\s+de\s+ayuda", r"peticiones\s+de\s+ayuda")
CALL_NOUNS = (r"llamadas", r"llamadas\s+telefónicas",
              r"llamados", r"telefonazos")
REQUEST_VERBS = (r"contactaron", r"(?:han|habían|ha)\s+contactado", r"contactado", r"llamaron",
                 r"(?:han|habían)\s+llamado", r"se\s+(?:han\s+|habían\s+)?(?:comunicado|comunicaron)",
                 r"recurrieron", r"se\s+(?:pusieron|han\s+puesto|habían\s+puesto)\s+en\s+contacto",
                 r"se\s+dirigieron", r"solicitaron")
RUSSIAN_ADJECTIVES = (r"rus[oa]s?",)
PEOPLE_NOUNS = (r"soldados", r"militares", r"rusos", r"familias", r"familiares", r"personas", r"madres",
                r"hombres", r"movilizados", r"combatientes",
                r"reclutas", r"reservistas")
ARTICLES = (r"los", r"las")
RUNNING_TOTAL_PHRASES = (
    r"en\s+total", r"en\s+conjunto", r"hasta\s+ahora", r"hasta\s+la\s+fecha", r"acumulad\w*",
    r"desde\s+(?:su|el)\s+(?:lanzamiento|inicio|creación|comienzo|apertura|puesta\s+en\s+marcha)",
    r"desde\s+que\s+(?:se\s+)?(?:lanzó|creó|abrió|puso\s+en\s+marcha)", r"en\s+su\s+totalidad",
)
RECORD_PHRASES = (r"récords?", r"(?:un|nuevo)\s+record", r"cifra\s+máxima",
                  r"(?:cifra|número|nivel|mes)\s+récord", r"máximo\s+histórico")
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
               "ministerio del interior", "policía",
               r"busco a los míos", r"oficina nacional de información", r"madres de soldados")
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
              r"cada\s+semana", r"al\s+mes(?!\s+(?:anterior|pasado|previo))",  # "respecto al mes anterior": no rate
              r"por\s+mes", r"cada\s+mes", r"en\s+promedio", r"de\s+media",
              r"por\s+hora",
              r"diari[oa]s")
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
NAME_PRONOUNS = ("yo", "nosotros", "tú", "él", "ella", "ellos", "no")
NAME_OBJECTS = ("a", "mi", "mis", "su", "sus", "el", "la", "los", "las", "nuestro", "nuestra")
INCLUDING_WORDS = (r"incluidos", r"incluidas", r"entre\s+ellos", r"entre\s+ellas")
OF_THEM_WORDS = (r"de\s+ellos", r"de\s+ellas", r"de\s+los\s+cuales")
# "from" before the people who sent requests ("applications from 1,300 servicemen"); "по" before a per-month rate
SENDER_FROM_WORDS = ("de",)
# a signed percent and the month after it ("+22 % gegenüber Dezember"); months said as adjectives (none here)
SIGNED_ANCHOR_WORDS = (r"respecto\s+a", r"frente\s+a", r"vs\.?")
MONTH_PREPOSITIONS = (r"en",)
# a change that reached a figure ("aumentó hasta 8.548")
CHANGE_TO_PHRASES = (r"(?:aument(?:ó|aron)|sub(?:ió|ieron)|crec(?:ió|ieron)|baj(?:ó|aron)|ca(?:yó|yeron)"
                     r"|pas(?:ó|aron)|lleg(?:ó|aron))"
                     r"(?:\s+\S+){0,4}?\s+hasta",)
# claims: superlatives and their scope ("the highest ... ever"), record negations, figures called wrong, denied,
# corrected or hedged, and what was expected ("очікували, що ...", "as expected")
SUPERLATIVE_WORDS = (r"la\s+mayor", r"el\s+mayor", r"más\s+alt[oa]",
                     r"la\s+más\s+alta", r"el\s+más\s+alto")
SUPERLATIVE_SCOPE_WORDS = (r"mes\w*", r"jamás", r"nunca", r"desde",
                           r"historia", r"histórico")
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
                        r"en\s+lo\s+que\s+va\s+del?\s+año",
                        r"en\s+lo\s+que\s+va\s+de\s+(?:19|20)\d\d", r"en\s+(?:19|20)\d\d\s+hasta\s+ahora",
                        r"hasta\s+ahora\s+en\s+(?:19|20)\d\d")
# a span of months or weeks not counted from launch ("in den letzten zehn Monaten"): no stored period; each phrase
# holds one of its language's unit words
SPAN_PHRASES = (r"(?:en|durante)\s+(?:los\s+)?(?:últimos|primeros)\s+(?:\d+|\w+)\s+(?:meses|semanas)",
)
SPAN_UNIT_WORDS = ("meses", "semanas", "año")
# words of a time the reader cannot place (this month, this week, today): a figure beside them is no running total
UNDATED_WORDS = (r"mes", r"meses", r"semana\w*", r"trimestre\w*", r"hoy", r"ayer")
# verbs of reporting: a month before them dates the report, not the figure ("Im Oktober teilte ... mit, dass");
# the infinitive that may follow instead of "that" ("a annoncé avoir reçu")
REPORT_VERBS = (r"informó", r"anunció", r"declaró", r"indicó", r"comunicó", r"afirmó")
REPORT_INFINITIVES: tuple[str, ...] = (r"haber",)
# "a year ago" right after a month: that month of the year before publication ("im Mai letzten Jahres")
YEAR_AGO_AFTER_PHRASES = (r"del\s+año\s+(?:pasado|anterior)", r"hace\s+un\s+año")

# --- time, and what a count is of (the classes of lexicon/periods.py, text.py and counts.py) ----------------------
# a verb of reporting right before the month it dates ("informó en octubre que"), not the figure's month
REPORT_BEFORE_VERBS = (r"informó", r"anunció", r"declaró", r"indicó", r"comunicó", r"afirmó", r"dijo")
FIRST_YEAR_PHRASES = (r"(?:en|durante)\s+su\s+primer\s+año(?:\s+de\s+(?:funcionamiento|existencia|trabajo))?",)
CHANGE_FROM_WORDS = (r"de",)  # "pasó de 10.440 en abril a 12.320 en mayo"
A_THOUSAND_WORDS = (r"mil",)  # "más de mil soldados" (not "26 mil": a number before it)
SINCE_THEN_PHRASES = (r"desde\s+entonces", r"desde\s+ese\s+momento", r"desde\s+esa\s+fecha")
LAUNCH_PHRASES = (r"se\s+puso\s+en\s+marcha", r"entró\s+en\s+funcionamiento", r"comenzó\s+a\s+funcionar")
PER_MONTH_PHRASES = (r"al\s+mes(?!\s+(?:anterior|pasado|previo))", r"por\s+mes", r"cada\s+mes", r"mensualmente")
PARTIAL_MONTH_PHRASES = (r"(?:primera|segunda|última)s?\s+(?:mitad|quincena|semanas?)", r"mediados\s+de")
AS_OF_PHRASES = (r"a\s+fecha\s+de", r"con\s+fecha\s+de")
BECAME_WORDS = (r"fue", r"ha\s+sido", r"se\s+convirtió\s+en")
WITH_WORDS = (r"con",)
AND_WORDS = (r"y",)
IN_WORDS = (r"en",)
HEAD_MONTH_WORDS = (r"en", r"durante", r"en\s+el\s+mes\s+de")
OTHER_TIME_WORDS = (r"comparación", r"respecto", r"anterior\w*", r"antes", r"hace", r"después", r"más\s+tarde")
SO_FAR_WORDS = (r"ya", r"hasta\s+ahora", r"por\s+ahora", r"hasta\s+la\s+fecha")
RANGE_FROM_WORDS = (r"de",)
RANGE_TO_WORDS = (r"a",)
DURATION_WORDS = (r"año", r"años", r"semanas?", r"días?", r"trimestres?", r"semestres?", r"período", r"periodo",
                  r"ayer")
YEAR_NOUNS = (r"año",)
# the HQ's full name ("Cuartel General de Coordinación para el Tratamiento de los Prisioneros de Guerra")
HQ_FULL_NAMES = (r"(?:cuartel\s+general|sede|centro|estado\s+mayor)\s+de\s+coordinaci[óo]n\s+(?:para|sobre)\s+"
                 r"(?:el\s+)?(?:tratamiento|trato)\s+de\s+(?:los\s+)?prisioneros\s+de\s+guerra",)
# (not a bare "no": Portuguese "no mês passado" is "in the")
NOT_WORDS = (r"no(?=\s+en\s)",)
PERIOD_PREPOSITIONS = (r"en", r"para")
MONTH_NOUN_STEMS = ("mes",)
LAST_STEMS = ("pasado", "anterior")
REQUEST_ADJECTIVES = (r"nuevas", r"nuevos", r"otras", r"otros")
REQUEST_STEMS = (r"solicitud\w*", r"peticion\w*", r"petición", r"consultas?", r"pedidos?", r"llamamientos?")
NUMBER_OF_WORDS = (r"(?:el\s+)?número\s+de",)
ABOUT_TOPIC_WORDS = (r"sobre", r"acerca\s+de")
MISSING_WORDS = (r"desaparecidos?",)
CAPTIVITY_WORDS = (r"cautiverio", r"prisioneros?", r"muertos?", r"fallecidos?")
KIN_BEFORE_WORDS = (r"familias", r"familiares", r"madres", r"(?:familias|familiares|madres)\s+de", r"entre")
SURRENDER_STEMS = (r"rend", r"entreg", r"rendición")
SURRENDERED_VERBS = (r"rendido", r"rindieron", r"entregado", r"entregaron")
VIA_WORDS = (r"a\s+través\s+de", r"gracias\s+a", r"mediante", r"por\s+medio\s+de")
INTENT_PHRASES = (r"(?:han\s+)?(?:expresado|manifestado|expresaron|manifestaron)\s+(?:su\s+)?"
                  r"(?:deseo|intención|voluntad)",)
CURRENCY_WORDS = (r"euros?", r"dólares", r"rublos?", r"grivnas?", r"pesos")
AGE_WORDS = (r"años",)
ORDINAL_ENDINGS = (r"º", r"ª", r"°")
BAD_BEFORE_WORDS = (r"menos(?<!no\smenos)\s+de", r"entre", r"número", r"nº", r"n\.º")
SAFE_AFTER_WORDS = (r"en", r"pero", r"desde", r"frente", r"respecto", r"durante", r"mientras")
TIMES_WORDS = (r"veces",)
CONJUNCTIONS = (r"y", r"pero")
WHOSE_WORDS = (r"cuyos", r"cuyas", r"cuyo", r"cuya")
NOT_A_FACT_WORDS = (r"no", r"nunca", r"podrían", r"deberían")
FIRST_PERSON_WORDS = (r"nosotros", r"nuestro\w*", r"hemos")
ADDITIVE_WORDS = (r"otros", r"otras", r"además", r"adicionales")
FORWARDED_WORDS = (r"remitid\w*", r"transferid\w*", r"derivad\w*")
RATE_PHRASES = (r"cada\s+hora", r"por\s+hora")
CAPITALS = "À-ÖØ-Þ"  # the Latin letters with accents (A-Z: English's)
# a series' name denied: "not to the I Want to Live line" (the words that may stand between, with line nouns)
NAME_NEGATIONS = ("no",)
ADDRESSED_TO_WORDS = ("a", "al", "la", "el", "por", "hacia")
# a superlative said of a quantity ("the highest number", "die höchste Zahl"): with a month's figure, a record claim
QUANTITY_NOUNS = (r"número", r"cifra")
DAY_MONTH_LINK_WORDS = (r"de",)  # "28 de enero"
DAY_SUFFIXES_BEFORE_MONTH = ("º",)  # "1º de enero"
# "reported in early May": a part of the month after a report verb
MONTH_PART_WORDS = (r"a\s+principios\s+de", r"a\s+comienzos\s+de", r"a\s+mediados\s+de", r"a\s+finales\s+de",
                    r"a\s+fines\s+de")
