"""French: month names, number words and formats ("8 548 demandes", "6543"), the words of requests."""

from __future__ import annotations

from hotline.extract.lang._defaults import *  # noqa: F403 (the classes this language leaves empty)

MONTHS: dict[int, tuple[str, ...]] = {
    1: ("janvier",), 2: ("février", "fevrier"), 3: ("mars",), 4: ("avril",), 5: ("mai",), 6: ("juin",),
    7: ("juillet",), 8: ("août", "aout"), 9: ("septembre",), 10: ("octobre",), 11: ("novembre",),
    12: ("décembre", "decembre"),
}
DATE_MONTHS = tuple(form for forms in MONTHS.values() for form in forms)  # "15 septembre"
NUMBER_WORDS: dict[str, float] = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "quatre-vingt": 80, "quatre-vingts": 80,  # "soixante-dix", "vingt-six", "quatre-vingt-dix": the parts add up
}
HUNDRED_WORDS = ("cent", "cents")  # "deux cent mille"
NUMBER_AND_WORDS = (r"et",)  # "vingt et un mille"
THOUSANDS_SEPARATORS = (" ", ".", "")  # "8 548" (often a no-break space), "6.500", "6543"
SCALE_WORDS = (r"mille", r"milliers")
MILLION_WORDS = (r"millions?", r"milliards?")  # no count of ours

# --- phrases (regex fragments, matched on normalised text after a word boundary) ----------------------
REQUEST_NOUNS = (r"demandes?", r"requêtes?", r"sollicitations?", r"contacts", r"signalements",
                 r"demandes?\s+d'aide", r"appels\s+à\s+l'aide")
CALL_NOUNS = (r"appels", r"appels\s+téléphoniques", r"coups\s+de\s+(?:fil|téléphone)")
REQUEST_VERBS = (r"(?:ont\s+|avaient\s+|a\s+)?pris\s+contact", r"contacté\w*", r"appelé\w*", r"téléphoné\w*",
                 r"(?:se\s+sont|s'est)\s+adressé\w*", r"sollicité\w*", r"fait\s+appel", r"joint\w*")
RUSSIAN_ADJECTIVES = (r"russes?",)
PEOPLE_NOUNS = (r"soldats", r"militaires", r"russes", r"familles", r"proches", r"personnes", r"mères", r"parents",
                r"hommes", r"membres", r"mobilisés", r"combattants",
                r"conscrits", r"réservistes", r"russes\s+mobilisés")
ARTICLES = (r"les", r"des")
RUNNING_TOTAL_PHRASES = (
    r"au\s+total", r"en\s+tout", r"jusqu'(?:à|a)\s+présent", r"à\s+ce\s+jour", r"cumulé\w*",
    r"depuis\s+(?:son|le|leur|sa)\s+(?:lancement|création|début|ouverture|mise\s+en\s+place)",
    r"depuis\s+(?:le\s+)?(?:lancement|création|début)\s+(?:du|de\s+la)\s+(?:projet|ligne|service|programme)",
    r"depuis\s+(?:sa|son)\s+(?:création|lancement|ouverture)", r"au\s+cumul",
    r"depuis\s+le\s+début\s+(?:du|de\s+la)\s+(?:projet|ligne|programme|service|guerre)",
)
RECORD_PHRASES = (r"(?:un|nouveau|le)\s+record", r"record\s+(?:absolu|historique|mensuel)",
                  r"(?:niveau|chiffre|nombre)\s+record", r"jamais\s+autant",
                  r"(?:niveau|chiffre|nombre|mois)\s+record", r"records?\s+(?:de|d')", r"un\s+pic\s+historique")
OVER_WORDS = (r"plus\s+de", r"au\s+moins", r"pas\s+moins\s+de", r"(?:au-delà|au\s+delà)\s+de", r"dépassé",
              r"franchi\s+(?:la\s+barre\s+des|le\s+cap\s+des)")
ABOUT_WORDS = (r"environ", r"près\s+de", r"presque", r"quelque", r"quasiment", r"à\s+peu\s+près", r"autour\s+de",
               r"approximativement")
# a figure to date: the participle of a compound tense ("a déjà reçu", "ont pris contact", "avoir reçu")
TO_DATE_PHRASES = (r"reçu", r"enregistré\w*", r"recensé\w*", r"pris\s+contact", r"contacté\w*", r"appelé\w*",
                   r"dépassé")
START_WORDS = (r"depuis(?:\s+le)?", r"dès(?:\s+le)?", r"entre(?:\s+le)?")
UNTIL_WORDS = (r"jusqu'(?:au|à|a)(?:\s+la\s+fin\s+de)?",)
SERIES_NAMES: dict[str, tuple[str, ...]] = {
    "i_want_to_live": ("Je veux vivre",),
    "i_want_to_find": ("Je veux trouver", "Je veux retrouver"),
}
LOOK_ALIKES = ("échange", "croix-rouge", "croix rouge", "familles ukrainiennes", "soldats ukrainiens",
               "prisonniers ukrainiens",
               "ministère de l'intérieur", "police",
               r"je cherche les miens", r"bureau national d'information", r"mères de soldats")
# words shortened with a dot that ends no sentence: "dt. „Ich möchte leben“"
ABBREVIATIONS = ("env", "cf", "ex", "mme", "av", "n°")
# what a hotline is called: its calls, in a post about that one series, are its requests
LINE_NOUNS = (r"hotline", r"ligne", r"ligne\s+(?:directe|téléphonique|d'urgence)", r"centre\s+d'appels", r"chatbot")
# verbs of exceeding a figure (a milestone: "вже перевершила 100 000"), and the mark nouns that may follow
EXCEED_VERBS = (r"dépassé", r"dépasse", r"franchi", r"franchit",
                r"dépassée?s?", r"franchie?s?", r"passé\s+la\s+barre\s+des")
MARK_NOUNS = (r"la\s+barre\s+des", r"le\s+cap\s+des", r"le\s+seuil\s+des", r"les")
ALREADY_WORDS = (r"déjà",)
# verbs of receiving, before a bare figure ("надійшло 9 870") and after it ("9,870 came in")
RECEIVED_VERBS = (r"reçu", r"recevait", r"enregistré")
ARRIVED_AFTER = (r"(?:sont|ont\s+été)\s+(?:arrivées|reçues|enregistrées)",)
# rates and averages: a figure per day, week or month is no month's count
RATE_WORDS = (r"par\s+jour", r"chaque\s+jour", r"quotidiennement", r"par\s+semaine", r"chaque\s+semaine", r"par\s+mois",
              r"chaque\s+mois", r"en\s+moyenne", r"par\s+heure",
              r"quotidien(?:ne)?s?")
# soldiers who surrendered are prisoners, not requests (unless the press means the requests: see counting)
SURRENDER_VERBS = (r"rendus", r"rendu", r"se\s+sont\s+rendus", r"capitulé")
# changes: words of comparison before the month compared with, of percent, of rising and falling, the
# previous month said as such, and "last month"
COMPARE_WORDS = (r"qu'(?:en|au)", r"que\s+(?:en|au)", r"par\s+rapport\s+(?:à|au)", r"comparé\w*\s+(?:à|au)")
PERCENT_WORDS = (r"pour\s+cent", r"pourcent")
INCREASE_WORDS = (r"plus", r"hausse", r"augment\w*")
DECREASE_WORDS = (r"moins", r"baisse", r"diminu\w*", r"recul\w*")
PREV_MONTH_PHRASES = (r"(?:que|par\s+rapport\s+au)\s+(?:le\s+)?mois\s+(?:précédent|dernier)",)
LAST_MONTH_PHRASES = (r"mois\s+dernier",)
# the launch of a project: a month right after it is its start, not a figure's month
LAUNCH_WORDS = (r"lancement", r"lancée?", r"créée?", r"création", r"mise\s+en\s+place", r"ouverture")
# small words the rules test: "from", "to" before a figure; before a year; "by" before a percent; a total
# brought to a figure; "this" year; "also"; bare superlatives; a name's pronouns and objects ("хочу знайти сина");
# "including", "of them"
FROM_WORDS = ("de",)
TO_WORDS = ("à",)
YEAR_PREPOSITIONS = (r"en",)
BY_WORDS = (r"de",)
TOTAL_TO_PHRASES = (r"port(?:ant|é)\s+(?:le|son)\s+total\s+à",)
THIS_YEAR_WORDS = ("cette",)
ALSO_WORDS = ("encore", "aussi", "autres")
NAME_PRONOUNS = ("nous", "tu", "il", "elle", "ils", "elles", "ne")
NAME_OBJECTS = ("mon", "ma", "mes", "son", "sa", "ses", "notre", "nos", "leur", "leurs", "le", "la", "les", "un", "une")
INCLUDING_WORDS = (r"dont", r"y\s+compris")
OF_THEM_WORDS = (r"parmi\s+eux", r"parmi\s+elles")
# "from" before the people who sent requests ("applications from 1,300 servicemen"); "по" before a per-month rate
SENDER_FROM_WORDS = ("de",)
# a signed percent and the month after it ("+22 % gegenüber Dezember"); months said as adjectives (none here)
SIGNED_ANCHOR_WORDS = (r"par\s+rapport\s+à", r"sur", r"vs\.?")
MONTH_PREPOSITIONS = (r"en",)
# a change that reached a figure ("est passé à 8 548")
CHANGE_TO_PHRASES = (r"(?:passée?s?|passant|augmentée?s?|grimpée?s?|baissée?s?|chutée?s?|montée?s?)"
                     r"(?:\s+\S+){0,4}?\s+à",)
# claims: superlatives and their scope ("the highest ... ever"), record negations, figures called wrong, denied,
# corrected or hedged, and what was expected ("очікували, що ...", "as expected")
SUPERLATIVE_WORDS = (r"le\s+plus\s+(?:grand|élevé)", r"la\s+plus\s+(?:grande|élevée)",
                     r"le\s+plus\s+(?:important|haut)", r"la\s+plus\s+(?:importante|haute)")
SUPERLATIVE_SCOPE_WORDS = (r"mois", r"jamais", r"depuis",
                           r"historique", r"de\s+l'histoire")
RECORD_NEGATIONS = (r"pas\s+un\s+record", r"(?:le\s+)?plus\s+bas", r"précédent\s+record")
ERRONEOUS_WORDS = (r"par\s+erreur", r"erronément")
DENIAL_WORDS = (r"démenti\w*", r"dément\w*", r"faux", r"fausse", r"infox", r"si\s+ce\s+n'était")
CORRECTION_PHRASES = (r"mais\s+en\s+réalité",)
HEDGE_WORDS = (r"pourrai\w*", r"devrai\w*", r"prévu\w*", r"prévoi\w*", r"attend\w*", r"prétendument", r"si")
EXPECT_WORDS = (r"prévoi\w*", r"attend\w*")
THAT_WORDS = (r"que", r"qu'")
AS_WORDS = (r"comme",)
EXPECTED_PARTICIPLES = (r"prévu\w*",)
# "since the start of the project" before its name and month: the month is its start ("seit Beginn des Projekts
# ... im Januar 2024"); the word between a month and its year ("enero de 2024")
SINCE_START_PHRASES = (r"depuis\s+(?:le\s+)?(?:début|lancement)", r"depuis\s+la\s+(?:création|mise\s+en\s+place)")
# since the start of the year: a part of a year, which no series stores (not the running total since launch)
YEAR_TO_DATE_PHRASES = (r"depuis\s+(?:le\s+)?(?:début|debut)\s+de\s+(?:l'année|cette\s+année)",
                        r"depuis\s+janvier\s+dernier",
                        r"en\s+(?:19|20)\d\d\s+jusqu'(?:à|a)\s+présent",
                        r"jusqu'(?:à|a)\s+présent\s+en\s+(?:19|20)\d\d")
# a span of months or weeks not counted from launch ("in den letzten zehn Monaten"): no stored period; each phrase
# holds one of its language's unit words
SPAN_PHRASES = (
                r"(?:au\s+cours\s+des|durant\s+les|pendant\s+les|en)\s+(?:\d+|\w+)\s+(?:derniers|premiers)\s+(?:mois|semaines)",
                r"(?:au\s+cours\s+des|durant\s+les|pendant\s+les)\s+(?:derniers|premiers)\s+(?:\d+|\w+)\s+(?:mois|semaines)")
SPAN_UNIT_WORDS = ("mois", "semaines", "année")
# words of a time the reader cannot place (this month, this week, today): a figure beside them is no running total
UNDATED_WORDS = (r"mois", r"semaine\w*", r"trimestre\w*", r"aujourd'hui", r"hier", r"week-end")
# verbs of reporting: a month before them dates the report, not the figure ("Im Oktober teilte ... mit, dass");
# the infinitive that may follow instead of "that" ("a annoncé avoir reçu")
REPORT_VERBS = (r"a\s+annoncé", r"annonçait", r"a\s+indiqué", r"a\s+déclaré", r"a\s+fait\s+savoir", r"a\s+rapporté",
                r"a\s+affirmé")
REPORT_INFINITIVES: tuple[str, ...] = (r"avoir",)
# "a year ago" right after a month: that month of the year before publication ("im Mai letzten Jahres")
YEAR_AGO_AFTER_PHRASES = (r"de\s+l'année\s+(?:dernière|passée|précédente)", r"il\s+y\s+a\s+un\s+an")

# --- time, and what a count is of (the classes of lexicon/periods.py, text.py and counts.py) ----------------------
# a verb of reporting right before the month it dates ("a annoncé en octobre que"), not the figure's month
REPORT_BEFORE_VERBS = (r"a\s+annoncé", r"annonçait", r"a\s+indiqué", r"a\s+déclaré", r"a\s+fait\s+savoir",
                       r"a\s+rapporté", r"a\s+affirmé", r"a\s+précisé")
FIRST_YEAR_PHRASES = (r"(?:au\s+cours\s+de|durant|pendant|en)\s+(?:sa|leur)\s+première\s+année"
                      r"(?:\s+d'(?:existence|activité))?",)
CHANGE_FROM_WORDS = (r"de",)  # "est passé de 10 440 en avril à 12 320 en mai"
A_THOUSAND_WORDS = (r"mille",)  # "plus de mille soldats"
SINCE_THEN_PHRASES = (r"depuis\s+lors", r"depuis\s+(?=,)", r"depuis\s+cette\s+date", r"depuis\s+ce\s+moment")
LAUNCH_PHRASES = (r"mise\s+en\s+service", r"a\s+commencé\s+à\s+fonctionner", r"est\s+entrée?\s+en\s+service")
PER_MONTH_PHRASES = (r"par\s+mois", r"chaque\s+mois", r"mensuellement")
PARTIAL_MONTH_PHRASES = (r"(?:première|deuxième|seconde|dernière)s?\s+(?:moitié|quinzaine|semaines?)",)
AS_OF_PHRASES = (r"en\s+date\s+du", r"à\s+la\s+date\s+du")
BECAME_WORDS = (r"a\s+été", r"fut", r"est\s+devenu")
WITH_WORDS = (r"avec",)
AND_WORDS = (r"et",)
IN_WORDS = (r"en",)
HEAD_MONTH_WORDS = (r"en", r"au\s+mois\s+d[e']", r"pour", r"durant", r"pendant")
OTHER_TIME_WORDS = (r"comparé\w*", r"auparavant", r"précédent\w*", r"plus\s+tôt", r"plus\s+tard", r"il\s+y\s+a")
SO_FAR_WORDS = (r"déjà", r"jusqu'(?:à|a)\s+présent", r"pour\s+l'instant", r"à\s+ce\s+jour")
RANGE_FROM_WORDS = (r"de",)
RANGE_TO_WORDS = (r"à",)
DURATION_WORDS = (r"an", r"ans", r"année", r"années", r"semaines?", r"jours?", r"trimestres?", r"semestres?",
                  r"période", r"hier")
YEAR_NOUNS = (r"année",)
# the HQ's full name ("QG de coordination pour le traitement des prisonniers de guerre"): one unit of a report's gap
HQ_FULL_NAMES = (r"(?:quartier\s+g[ée]n[ée]ral|qg|[ée]tat[\s-]major|centre|si[èe]ge)\s+de\s+coordination\s+"
                 r"(?:pour|sur|du|chargé\s+du)\s+(?:le\s+)?traitement\s+des\s+prisonniers\s+de\s+guerre",)
NOT_WORDS = (r"pas", r"non")
PERIOD_PREPOSITIONS = (r"en", r"pour")
MONTH_NOUN_STEMS = ("mois",)
LAST_STEMS = ("dernier", "précédent", "passé")
REQUEST_ADJECTIVES = (r"nouvelles", r"nouveaux", r"autres")
REQUEST_STEMS = (r"demandes?", r"requêtes?", r"sollicitations?", r"signalements?")
NUMBER_OF_WORDS = (r"(?:le\s+)?nombre\s+de",)
ABOUT_TOPIC_WORDS = (r"sur", r"concernant", r"au\s+sujet\s+de")
MISSING_WORDS = (r"disparus?",)
CAPTIVITY_WORDS = (r"captivité", r"prisonniers?(?!\s+de\s+guerre\s+(?:ukrainien|coordination))", r"tués?", r"morts?")
KIN_BEFORE_WORDS = (r"familles", r"proches", r"mères", r"(?:familles|proches|mères)\s+d(?:e|es|')", r"parmi")
SURRENDER_STEMS = (r"rend", r"reddition")
SURRENDERED_VERBS = (r"rendus", r"rendu")
VIA_WORDS = (r"via", r"grâce\s+à", r"par\s+l'intermédiaire\s+de", r"à\s+travers")
INTENT_PHRASES = (r"(?:ont\s+)?exprimé\s+(?:le|leur)\s+(?:souhait|désir|volonté)",)
CURRENCY_WORDS = (r"euros?", r"dollars?", r"roubles?", r"hryvnias?", r"francs?")
AGE_WORDS = (r"ans",)
ORDINAL_ENDINGS = (r"er", r"e", r"ème", r"ᵉ")
BAD_BEFORE_WORDS = (r"pas", r"moins(?<!pas\smoins)\s+de", r"jusqu'(?:à|a)", r"entre", r"numéro", r"n°", r"âgés?\s+de")
SAFE_AFTER_WORDS = (r"en", r"et", r"mais", r"depuis", r"contre", r"soit", r"au", r"dont", r"par\s+rapport")
TIMES_WORDS = (r"fois",)
CONJUNCTIONS = (r"et", r"mais")
WHOSE_WORDS = (r"dont",)
NOT_A_FACT_WORDS = (r"pas", r"jamais", r"aucun\w*", r"pourraient", r"devraient")
FIRST_PERSON_WORDS = (r"nous", r"notre", r"nos")
ADDITIVE_WORDS = (r"autres", r"supplémentaires", r"en\s+outre", r"parmi\s+eux")
FORWARDED_WORDS = (r"transmis\w*", r"redirigé\w*", r"transféré\w*")
RATE_PHRASES = (r"toutes\s+les\s+heures", r"par\s+heure", r"chaque\s+heure")
CAPITALS = "À-ÖØ-Þ"  # the Latin letters with accents (A-Z: English's)
# a series' name denied: "not to the I Want to Live line" (the words that may stand between, with line nouns)
NAME_NEGATIONS = ("pas", "non")
ADDRESSED_TO_WORDS = ("à", "au", "la", "le", "par", "vers")
# a superlative said of a quantity ("the highest number", "die höchste Zahl"): with a month's figure, a record claim
QUANTITY_NOUNS = (r"nombre", r"chiffre")
DAY_SUFFIXES_BEFORE_MONTH = ("er",)  # "1er février"
# "reported in early May": a part of the month after a report verb
MONTH_PART_WORDS = (r"début", r"mi", r"fin")
