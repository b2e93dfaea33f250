"""Italian: month names, number words and formats ("6.543 richieste", "oltre 6.500"), the words of requests."""

from __future__ import annotations

from hotline.extract.lang._defaults import *  # noqa: F403 (the classes this language leaves empty)

MONTHS: dict[int, tuple[str, ...]] = {
    1: ("gennaio",), 2: ("febbraio",), 3: ("marzo",), 4: ("aprile",), 5: ("maggio",), 6: ("giugno",),
    7: ("luglio",), 8: ("agosto",), 9: ("settembre",), 10: ("ottobre",), 11: ("novembre",), 12: ("dicembre",),
}
DATE_MONTHS = tuple(form for forms in MONTHS.values() for form in forms)  # "20 gennaio"
# number words are written as one word: "ventitré", "duecentocinquanta" (and "tremila": see GLUED_SCALE_WORDS)
_UNITS = {"uno": 1, "due": 2, "tre": 3, "tré": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8,
          "nove": 9}
_TENS = {"venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60, "settanta": 70, "ottanta": 80,
         "novanta": 90}
_BELOW_HUNDRED = {
    "un": 1, "una": 1, **_UNITS, "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14,
    "quindici": 15, "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19, **_TENS,
    # "ventuno", "ventotto": the tens lose their vowel before "uno" and "otto"
    **{(ten[:-1] if unit[0] in "uo" else ten) + unit: t + u for ten, t in _TENS.items() for unit, u in _UNITS.items()},
}
_HUNDREDS = {"cento": 100, **{f"{unit}cento": 100 * u for unit, u in _UNITS.items() if unit not in ("uno", "tré")}}
NUMBER_WORDS: dict[str, float] = {
    **_BELOW_HUNDRED, **_HUNDREDS,
    **{f"{hundred}{rest}": h + r for hundred, h in _HUNDREDS.items() for rest, r in _BELOW_HUNDRED.items()
       if rest not in ("un", "una")},
}
THOUSANDS_SEPARATORS = (".", " ", "")
SCALE_WORDS = (r"mila", r"mille")
GLUED_SCALE_WORDS = (r"mila",)  # "tremila", "ventimila"
MILLION_WORDS = (r"milion[ei]", r"miliard[io]")  # no count of ours: "48 milioni di volte"

# --- phrases (regex fragments, matched on normalised text after a word boundary) ----------------------
REQUEST_NOUNS = (r"richiest[ae]", r"domande", r"istanze", r"segnalazioni", r"contatti",
                 r"richiesta", r"richieste\s+di\s+aiuto", r"domanda")
CALL_NOUNS = (r"chiamate", r"telefonate")
REQUEST_VERBS = (r"(?:hanno\s+|avevano\s+)?chiamat[oa]",  # "l'hanno chiamata" (la linea; not "chiamati", called up)
                 r"contattat\w*", r"contattar\w*", r"(?:hanno\s+)?telefonato",
                 r"si\s+sono\s+rivolti", r"rivolt[io]")
RUSSIAN_ADJECTIVES = (r"russ[io]",)
PEOPLE_NOUNS = (r"soldati", r"militari", r"russi", r"famiglie", r"familiari", r"persone", r"madri", r"uomini",
                r"mobilitati", r"combattenti",
                r"reclute", r"riservisti", r"disertori")
ARTICLES = (r"i", r"gli", r"le")
RUNNING_TOTAL_PHRASES = (
    r"in\s+totale", r"complessivamente", r"in\s+tutto", r"finora", r"fino\s+ad\s+ora", r"ad\s+oggi",
    r"dal\s+(?:suo\s+)?(?:lancio|avvio|inizio)", r"dall'(?:avvio|inizio|apertura|attivazione)",
    r"dalla\s+(?:sua\s+)?(?:nascita|creazione|attivazione|istituzione)",
    r"da\s+quando\s+è\s+(?:nata|attiva|stata\s+(?:creata|lanciata|attivata|istituita))",
)
RECORD_PHRASES = (r"(?:un|nuovo)\s+record", r"record\s+(?:assoluto|storico|mensile)",
                  r"(?:numero|cifra|livello)\s+record",
                  r"mese\s+record", r"massimo\s+storico")
OVER_WORDS = (r"oltre", r"più\s+di", r"almeno", r"non\s+meno\s+di", r"superato")
ABOUT_WORDS = (r"circa", r"quasi", r"intorno\s+a", r"all'incirca", r"poco\s+meno\s+di")
_RECEIVED = r"(?:già\s+)?(?:ricevuto|registrato|superato|chiamato|contattato)"
TO_DATE_PHRASES = (rf"ha\s+{_RECEIVED}", rf"hanno\s+{_RECEIVED}", rf"aveva\s+{_RECEIVED}", rf"avevano\s+{_RECEIVED}",
                   r"sarebbero\s+stati", r"sono\s+stati")
START_WORDS = (r"dal", r"da", r"tra(?:\s+il)?")
UNTIL_WORDS = (r"fino\s+al", r"fino\s+a")
SERIES_NAMES: dict[str, tuple[str, ...]] = {
    "i_want_to_live": ("Voglio vivere",),
    "i_want_to_find": ("Voglio trovare", "Voglio ritrovare"),
}
LOOK_ALIKES = ("scambio", "scambi", "croce rossa", "famiglie ucraine", "soldati ucraini", "prigionieri ucraini",
               "ministero dell'interno", "polizia",
               r"cerco i miei", r"ufficio nazionale informazioni", r"madri dei soldati")
# words shortened with a dot that ends no sentence: "dt. „Ich möchte leben“"
ABBREVIATIONS = ("ca", "sig", "ecc", "es", "n")
# what a hotline is called: its calls, in a post about that one series, are its requests
LINE_NOUNS = (r"linea\s+(?:diretta|telefonica)", r"linea", r"hotline", r"call\s+center", r"chatbot")
# verbs of exceeding a figure (a milestone: "вже перевершила 100 000"), and the mark nouns that may follow
EXCEED_VERBS = (r"superato", r"supera", r"oltrepassato", r"sfondato")
MARK_NOUNS = (r"la\s+soglia\s+(?:delle|dei)", r"quota", r"le", r"i")
ALREADY_WORDS = (r"già",)
# verbs of receiving, before a bare figure ("надійшло 9 870") and after it ("9,870 came in")
RECEIVED_VERBS = (r"ricevuto", r"ricevette", r"registrato", r"arrivate")
ARRIVED_AFTER = (r"(?:sono\s+)?arrivat[ei]", r"(?:sono\s+state\s+)?ricevute")
# rates and averages: a figure per day, week or month is no month's count
RATE_WORDS = (r"al\s+giorno", r"ogni\s+giorno", r"quotidianamente", r"a\s+settimana", r"ogni\s+settimana",
              r"al\s+mese(?!\s+(?:precedente|scorso|prima))",  # "rispetto al mese precedente" is no rate
              r"ogni\s+mese", r"in\s+media", r"all'ora",
              r"giornalier[ei]")
# soldiers who surrendered are prisoners, not requests (unless the press means the requests: see counting)
SURRENDER_VERBS = (r"arres[io]", r"arresa", r"consegnat[io]")
# changes: words of comparison before the month compared with, of percent, of rising and falling, the
# previous month said as such, and "last month"
COMPARE_WORDS = (r"rispetto\s+(?:a|al|allo)", r"che\s+(?:a|in|nel)", r"in\s+confronto\s+(?:a|al)")
PERCENT_WORDS = (r"per\s+cento",)
INCREASE_WORDS = (r"più", r"aument\w*", r"crescit\w*", r"cresciut\w*")
DECREASE_WORDS = (r"meno", r"calo", r"calat\w*", r"diminu\w*")
PREV_MONTH_PHRASES = (r"rispetto\s+al\s+mese\s+(?:precedente|scorso)",)
LAST_MONTH_PHRASES = (r"mese\s+scorso",)
# the launch of a project: a month right after it is its start, not a figure's month
LAUNCH_WORDS = (r"lancio", r"lanciat[ao]", r"avvio", r"avviat[ao]", r"istituit[ao]", r"creat[ao]", r"attivat[ao]")
# small words the rules test: "from", "to" before a figure; before a year; "by" before a percent; a total
# brought to a figure; "this" year; "also"; bare superlatives; a name's pronouns and objects ("хочу знайти сина");
# "including", "of them"
FROM_WORDS = ("da",)
TO_WORDS = ("fino a",)  # (not a bare "a": French "a" is "has")
YEAR_PREPOSITIONS = (r"nel",)
BY_WORDS = (r"del",)
TOTAL_TO_PHRASES = (r"portando\s+il\s+totale\s+a",)
THIS_YEAR_WORDS = ("questo", "quest'")
ALSO_WORDS = ("altri", "altre", "anche")
NAME_PRONOUNS = ("io", "noi", "tu", "lui", "lei", "loro", "non")
NAME_OBJECTS = ("mio", "mia", "miei", "mie", "suo", "sua", "il", "la", "i", "le", "un", "una")
INCLUDING_WORDS = (r"tra\s+cui", r"comprese", r"compresi")
OF_THEM_WORDS = (r"di\s+cui",)
# "from" before the people who sent requests ("applications from 1,300 servicemen"); "по" before a per-month rate
SENDER_FROM_WORDS = ("da",)
# a signed percent and the month after it ("+22 % gegenüber Dezember"); months said as adjectives (none here)
SIGNED_ANCHOR_WORDS = (r"rispetto\s+a", r"su", r"vs\.?")
MONTH_PREPOSITIONS = (r"a", r"in")
# a change that reached a figure ("è salito fino a 8.548")
CHANGE_TO_PHRASES = (r"(?:salit[oaie]|cresciut[oaie]|aumentat[oaie]|sces[oaie]|calat[oaie]|passat[oaie])"
                     r"(?:\s+\S+){0,4}?\s+fino\s+a",)
# claims: superlatives and their scope ("the highest ... ever"), record negations, figures called wrong, denied,
# corrected or hedged, and what was expected ("очікували, що ...", "as expected")
SUPERLATIVE_WORDS = (r"il\s+più\s+alto", r"la\s+più\s+alta", r"massim[oa]",
                     r"il\s+più\s+elevato", r"la\s+più\s+elevata")
SUPERLATIVE_SCOPE_WORDS = (r"mes[ei]", r"mai", r"dall'inizio",
                           r"storia", r"da\s+sempre", r"dal\s+(?:suo\s+)?(?:lancio|avvio)")
RECORD_NEGATIONS = (r"non\s+è\s+un\s+record", r"(?:il|la)\s+più\s+bass[oa]", r"record\s+precedente")
ERRONEOUS_WORDS = (r"erroneamente", r"per\s+errore")
DENIAL_WORDS = (r"smentit\w*", r"smentisce", r"falso", r"falsa", r"bufala", r"se\s+non\s+fosse")
CORRECTION_PHRASES = (r"ma\s+in\s+realtà",)
HEDGE_WORDS = (r"potrebbe\w*", r"dovrebbe\w*", r"previst[oaie]", r"prevede\w*", r"si\s+attend\w*", r"presunt\w*",
               r"qualora")
EXPECT_WORDS = (r"prevede\w*", r"si\s+attend\w*")
THAT_WORDS = (r"che",)
AS_WORDS = (r"come",)
EXPECTED_PARTICIPLES = (r"previst[oaie]", r"atteso")
# "since the start of the project" before its name and month: the month is its start ("seit Beginn des Projekts
# ... im Januar 2024"); the word between a month and its year ("enero de 2024")
SINCE_START_PHRASES = (r"dall'(?:inizio|avvio|apertura)", r"dal\s+(?:suo\s+)?(?:lancio|avvio)")
# since the start of the year: a part of a year, which no series stores (not the running total since launch)
YEAR_TO_DATE_PHRASES = (r"dall'inizio\s+(?:dell'anno|di\s+quest'anno)", r"da\s+inizio\s+anno",
                        r"finora\s+nel\s+(?:19|20)\d\d", r"nel\s+(?:19|20)\d\d\s+finora")
# a span of months or weeks not counted from launch ("in den letzten zehn Monaten"): no stored period; each phrase
# holds one of its language's unit words
SPAN_PHRASES = (r"(?:negli|nei|durante\s+gli|durante\s+i)\s+(?:ultimi|primi)\s+(?:\d+|\w+)\s+(?:mesi|settimane)",
)
SPAN_UNIT_WORDS = ("mesi", "settimane", "anno")
# words of a time the reader cannot place (this month, this week, today): a figure beside them is no running total
UNDATED_WORDS = (r"mese", r"mesi", r"settiman\w*", r"trimestre\w*", r"oggi", r"ieri")
# verbs of reporting: a month before them dates the report, not the figure ("Im Oktober teilte ... mit, dass");
# the infinitive that may follow instead of "that" ("a annoncé avoir reçu")
REPORT_VERBS = (r"ha\s+reso\s+noto", r"ha\s+annunciato", r"ha\s+comunicato", r"ha\s+dichiarato", r"ha\s+affermato")
REPORT_INFINITIVES: tuple[str, ...] = (r"di\s+aver(?:e)?",)
# "a year ago" right after a month: that month of the year before publication ("im Mai letzten Jahres")
YEAR_AGO_AFTER_PHRASES = (r"dell'anno\s+(?:scorso|precedente)", r"di\s+un\s+anno\s+fa")

# --- time, and what a count is of (the classes of lexicon/periods.py, text.py and counts.py) ----------------------
# a verb of reporting right before the month it dates ("ha comunicato a ottobre che"), not the figure's month
REPORT_BEFORE_VERBS = (r"ha\s+reso\s+noto", r"ha\s+annunciato", r"ha\s+comunicato", r"ha\s+dichiarato",
                       r"ha\s+affermato", r"ha\s+detto")
FIRST_YEAR_PHRASES = (r"nel\s+(?:suo\s+)?primo\s+anno(?:\s+di\s+(?:attività|vita|funzionamento))?",)
CHANGE_FROM_WORDS = (r"da",)  # "è passato da 10.440 ad aprile a 12.320 a maggio"
A_THOUSAND_WORDS = (r"mille",)  # "oltre mille soldati"
SINCE_THEN_PHRASES = (r"da\s+allora", r"da\s+quel\s+momento", r"da\s+quella\s+data")
LAUNCH_PHRASES = (r"messa\s+in\s+funzione", r"è\s+entrata\s+in\s+funzione", r"ha\s+iniziato\s+a\s+funzionare")
PER_MONTH_PHRASES = (r"al\s+mese(?!\s+(?:precedente|scorso|prima))", r"ogni\s+mese", r"mensilmente")
PARTIAL_MONTH_PHRASES = (r"(?:prima|seconda|ultima)\s+(?:metà|quindicina|settimana)",)
AS_OF_PHRASES = (r"alla\s+data\s+del", r"in\s+data")
BECAME_WORDS = (r"è\s+stato", r"è\s+stata", r"fu")
WITH_WORDS = (r"con",)
AND_WORDS = (r"e",)
IN_WORDS = (r"in", r"a")
HEAD_MONTH_WORDS = (r"a", r"in", r"nel\s+mese\s+di", r"durante")
OTHER_TIME_WORDS = (r"rispetto", r"precedente\w*", r"prima", r"fa", r"dopo", r"più\s+tardi")
SO_FAR_WORDS = (r"già", r"finora", r"fino\s+ad\s+ora", r"ad\s+oggi")
RANGE_FROM_WORDS = (r"da",)
RANGE_TO_WORDS = (r"a",)
DURATION_WORDS = (r"anno", r"anni", r"settiman[ae]", r"giorn[oi]", r"trimestre", r"semestre", r"periodo", r"ieri")
YEAR_NOUNS = (r"anno",)
# the HQ's full name ("Quartier generale di coordinamento per il trattamento dei prigionieri di guerra")
HQ_FULL_NAMES = (r"(?:quartier\s+generale|sede|centro|stato\s+maggiore)\s+di\s+coordinamento\s+(?:per|sul)\s+"
                 r"(?:il\s+)?trattamento\s+dei\s+prigionieri\s+di\s+guerra",)
NOT_WORDS = (r"non",)
PERIOD_PREPOSITIONS = (r"a", r"in", r"per")
MONTH_NOUN_STEMS = ("mese",)
LAST_STEMS = ("scors", "precedent")
REQUEST_ADJECTIVES = (r"nuove", r"nuovi", r"altre", r"altri")
REQUEST_STEMS = (r"richiest[ae]", r"domande", r"istanze", r"segnalazioni")
NUMBER_OF_WORDS = (r"(?:il\s+)?numero\s+di",)
ABOUT_TOPIC_WORDS = (r"su", r"riguardo\s+a")
MISSING_WORDS = (r"dispers[io]", r"scompars[io]")
CAPTIVITY_WORDS = (r"prigionia", r"prigionier[io]", r"uccis[io]", r"mort[io]")
KIN_BEFORE_WORDS = (r"famiglie", r"familiari", r"madri", r"(?:famiglie|familiari|madri)\s+d(?:i|ei)", r"tra", r"fra")
SURRENDER_STEMS = (r"arrend", r"resa")
SURRENDERED_VERBS = (r"arres[io]",)
VIA_WORDS = (r"tramite", r"grazie\s+a", r"attraverso", r"mediante")
INTENT_PHRASES = (r"(?:hanno\s+)?espress[oi]\s+(?:il\s+)?desiderio", r"manifestato\s+(?:la\s+)?volontà")
CURRENCY_WORDS = (r"euro", r"dollari", r"rubli", r"grivnie")
AGE_WORDS = (r"anni",)
ORDINAL_ENDINGS = (r"º", r"ª", r"°")
BAD_BEFORE_WORDS = (r"non", r"meno(?<!non\smeno)\s+di", r"tra", r"fra", r"numero", r"n\.")
# "a" only before a month ("di cui 9.243 a ottobre"): alone it is English's article too
_MONTH_NAMES = "|".join(form for forms in MONTHS.values() for form in forms)
SAFE_AFTER_WORDS = (rf"a(?=\s+(?:{_MONTH_NAMES})(?!\w))", r"in", r"ma", r"da", r"rispetto", r"nel", r"contro",
                    r"durante")
TIMES_WORDS = (r"volte",)
CONJUNCTIONS = (r"ma",)
WHOSE_WORDS = (r"i\s+cui", r"le\s+cui")
NOT_A_FACT_WORDS = (r"non", r"mai", r"potrebbero", r"dovrebbero")
FIRST_PERSON_WORDS = (r"noi", r"nostr[oaie]", r"abbiamo")
ADDITIVE_WORDS = (r"altri", r"altre", r"inoltre", r"ulteriori")
FORWARDED_WORDS = (r"inoltrat\w*", r"trasferit\w*")
RATE_PHRASES = (r"ogni\s+ora", r"all'ora", r"a\s+settimana")
CAPITALS = "À-ÖØ-Þ"  # the Latin letters with accents (A-Z: English's)
# a series' name denied: "not to the I Want to Live line" (the words that may stand between, with line nouns)
NAME_NEGATIONS = ("non",)
ADDRESSED_TO_WORDS = ("a", "al", "alla", "la", "il", "tramite", "verso")
# a superlative said of a quantity ("the highest number", "die höchste Zahl"): with a month's figure, a record claim
QUANTITY_NOUNS = (r"numero", r"cifra")
DAY_SUFFIXES_BEFORE_MONTH = ("º",)  # "1º febbraio"
# "reported in early May": a part of the month after a report verb
MONTH_PART_WORDS = (r"a\s+inizio", r"all'inizio\s+di", r"a\s+metà", r"a\s+fine", r"alla\s+fine\s+di")
