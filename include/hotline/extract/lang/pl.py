"""Polish: month names in their cases, number words and formats ("8548 zgłoszeń", "8 548"), words of requests."""

from __future__ import annotations

from hotline.extract.lang._defaults import *  # noqa: F403 (the classes this language leaves empty)

MONTHS: dict[int, tuple[str, ...]] = {
    1: ("styczeń", "stycznia", "styczniu"), 2: ("luty", "lutego", "lutym"), 3: ("marzec", "marca", "marcu"),
    4: ("kwiecień", "kwietnia", "kwietniu"), 5: ("maj", "maja", "maju"), 6: ("czerwiec", "czerwca", "czerwcu"),
    7: ("lipiec", "lipca", "lipcu"), 8: ("sierpień", "sierpnia", "sierpniu"),
    9: ("wrzesień", "września", "wrześniu"), 10: ("październik", "października", "październiku"),
    11: ("listopad", "listopada", "listopadzie"), 12: ("grudzień", "grudnia", "grudniu"),
}
DATE_MONTHS = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
               "października", "listopada", "grudnia")  # "8 stycznia"
NUMBER_WORDS: dict[str, float] = {
    "jeden": 1, "jedna": 1, "dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4, "pięć": 5, "sześć": 6, "siedem": 7,
    "osiem": 8, "dziewięć": 9, "dziesięć": 10, "jedenaście": 11, "dwanaście": 12, "trzynaście": 13,
    "czternaście": 14, "piętnaście": 15, "szesnaście": 16, "siedemnaście": 17, "osiemnaście": 18,
    "dziewiętnaście": 19, "dwadzieścia": 20, "trzydzieści": 30, "czterdzieści": 40, "pięćdziesiąt": 50,
    "sześćdziesiąt": 60, "siedemdziesiąt": 70, "osiemdziesiąt": 80, "dziewięćdziesiąt": 90, "sto": 100,
    "dwieście": 200, "trzysta": 300, "czterysta": 400, "pięćset": 500, "sześćset": 600, "siedemset": 700,
    "osiemset": 800, "dziewięćset": 900,
    # genitive, after "ponad", "około": "ponad trzech tysięcy", "około dwudziestu tysięcy"
    "jednego": 1, "dwóch": 2, "trzech": 3, "czterech": 4, "pięciu": 5, "sześciu": 6, "siedmiu": 7, "ośmiu": 8,
    "dziewięciu": 9, "dziesięciu": 10, "jedenastu": 11, "dwunastu": 12, "piętnastu": 15, "dwudziestu": 20,
    "trzydziestu": 30, "czterdziestu": 40, "pięćdziesięciu": 50, "stu": 100,
}
ONE_AND_A_HALF: dict[str, float] = {"półtora": 1.5, "półtorej": 1.5}
THOUSANDS_SEPARATORS = (" ", "", ".")
SCALE_WORDS = (r"tysięcy", r"tysiące", r"tysiąca", r"tysiąc", r"tys\.?")
MILLION_WORDS = (r"milion\w*", r"mln\.?", r"miliard\w*", r"mld\.?")  # no count of ours

# --- phrases (regex fragments, matched on normalised text after a word boundary) ----------------------
REQUEST_NOUNS = (r"zgłosze(?:ń|nia|nie)", r"wniosk(?:ów|i)", r"próśb", r"prośby", r"zapytań", r"zapytania",
                 r"zgłoszeniach", r"zgłoszeniami", r"zgłoszeniom", r"wniosek", r"wnioskami", r"prośbami")
CALL_NOUNS = (r"telefonów", r"połączeń", r"rozmów",
              r"telefony", r"połączenia", r"rozmowy")
REQUEST_VERBS = (r"zgłosił\w*", r"zgłaszał\w*", r"zadzwonił\w*", r"dzwonił\w*", r"skontaktował\w*\s+się",
                 r"zwrócił\w*\s+się", r"napisał\w*")
RUSSIAN_ADJECTIVES = (r"rosyjsk\w*",)
PEOPLE_NOUNS = (r"żołnierzy", r"żołnierze", r"rosjan", r"rosjanie", r"rodzin", r"rodziny", r"krewnych", r"osób",
                r"osoby", r"ludzi", r"matek", r"wojskowych", r"zmobilizowanych",
                r"poborowych", r"rezerwistów", r"dezerterów")
RUNNING_TOTAL_PHRASES = (
    r"łącznie", r"w\s+sumie", r"ogółem", r"do\s+tej\s+pory", r"dotychczas", r"do\s+chwili\s+obecnej",
    r"od\s+(?:początku|uruchomienia|startu|powstania)(?:\s+(?:działalności|projektu|infolinii))?",
    r"od\s+momentu\s+(?:uruchomienia|powstania|startu)",
    r"od\s+początku\s+(?:jej|jego)\s+(?:działania|działalności|istnienia)",
)
RECORD_PHRASES = (r"rekord\w*",)
OVER_WORDS = (r"ponad", r"powyżej", r"więcej\s+niż", r"co\s+najmniej", r"przekroczył\w*", r"przeszło")
ABOUT_WORDS = (r"około", r"prawie", r"blisko", r"niemal", r"ok\.", r"mniej\s+więcej")
TO_DATE_PHRASES = (r"już\s+(?:\S+\s+){0,3}?(?:otrzymał\w*|przyjął\w*|przyjęł\w*|zarejestrował\w*|zgłosił\w*|"
                   r"zadzwonił\w*|skontaktował\w*|wpłynęł\w*)",
                   r"otrzymał\w*\s+już", r"przyjęł\w*\s+już", r"wpłynęł\w*\s+już")
START_WORDS = (r"od", r"między")
UNTIL_WORDS = (r"do",)
SERIES_NAMES: dict[str, tuple[str, ...]] = {
    "i_want_to_live": ("Chcę żyć", "Chce zyc"),
    "i_want_to_find": ("Chcę znaleźć", "Chcę odnaleźć"),
}
LOOK_ALIKES = ("wymian", "czerwonego krzyża", "czerwony krzyż", "ukraińskich rodzin", "ukraińskich żołnierzy",
               "ukraińskich jeńców", "ukraińców",
               "mswia", "ministerstwa spraw wewnętrznych", "policj",
               r"szukam swoich", r"narodowe biuro informacyjne", r"krajowe biuro informacyjne", r"matek żołnierzy")
# words shortened with a dot that ends no sentence (not "тис."/"тыс."/"tys.", "р."/"г.": a figure or a year
# often ends a sentence with them): "dt. „Ich möchte leben“"
ABBREVIATIONS = ("ok", "tzw", "m\\.in", "np", "gen", "płk")
# what a hotline is called: its calls, in a post about that one series, are its requests
LINE_NOUNS = (r"infolini\w*", r"lini\w+\s+(?:telefoniczn\w+|zaufania)", r"chatbot\w*")
# verbs of exceeding a figure (a milestone: "вже перевершила 100 000"), and the mark nouns that may follow
EXCEED_VERBS = (r"przekroczył\w*", r"przekracza", r"przebił\w*", r"przeskoczył\w*")
MARK_NOUNS = (r"granicę", r"próg", r"barierę")
ALREADY_WORDS = (r"już",)
# verbs of receiving, before a bare figure ("надійшло 9 870") and after it ("9,870 came in")
RECEIVED_VERBS = (r"otrzymał\w*", r"wpłynęł\w*", r"przyjął\w*", r"przyjęł\w*",
                  r"był[oay]\s+ich")  # "We wrześniu było ich 10 100"
ARRIVED_AFTER = (r"wpłynęł[oy]", r"napłynęł[oy]")
# rates and averages: a figure per day, week or month is no month's count
RATE_WORDS = (r"dziennie", r"codziennie", r"na\s+dobę", r"na\s+dzień", r"tygodniowo", r"na\s+tydzień", r"miesięcznie",
              r"na\s+miesiąc", r"średnio", r"na\s+godzinę",
              r"każdego\s+dnia", r"dzienne")
# soldiers who surrendered are prisoners, not requests (unless the press means the requests: see counting)
SURRENDER_VERBS = (r"poddał\w*", r"poddali\s+się", r"oddał\w*\s+się\s+do\s+niewoli")
# changes: words of comparison before the month compared with, of percent, of rising and falling, the
# previous month said as such, and "last month"
COMPARE_WORDS = (r"niż(?:\s+w)?", r"w\s+porównaniu\s+z", r"względem")
PERCENT_WORDS = (r"proc\.", r"procent\w*")
INCREASE_WORDS = (r"więcej", r"wzrost\w*", r"wzrosł\w*")
DECREASE_WORDS = (r"mniej", r"spad\w*", r"spadł\w*")
PREV_MONTH_PHRASES = (r"niż\s+w\s+poprzednim\s+miesiącu", r"w\s+porównaniu\s+z\s+poprzednim\s+miesiącem")
# ("w poprzednim miesiącu" is the month before a figure's, as "im Vormonat": PREV_MONTH_PHRASES)
LAST_MONTH_PHRASES = (r"zeszłym\s+miesiącu", r"ubiegłym\s+miesiącu")
# the launch of a project: a month right after it is its start, not a figure's month
LAUNCH_WORDS = (r"uruchomi\w*", r"powsta\w*", r"start\w*", r"utworz\w*")
# small words the rules test: "from", "to" before a figure; before a year; "by" before a percent; a total
# brought to a figure; "this" year; "also"; bare superlatives; a name's pronouns and objects ("хочу знайти сина");
# "including", "of them"
FROM_WORDS = ("od", "z")
TO_WORDS = ("do",)
YEAR_PREPOSITIONS = (r"w",)
BY_WORDS = (r"o",)
TOTAL_TO_PHRASES = (r"(?:zwiększając|podnosząc)\s+(?:\w+\s+){0,2}?do",)
THIS_YEAR_WORDS = ("tego", "bieżącego")
ALSO_WORDS = ("kolejne", "również", "także")
NAME_PRONOUNS = ("ja", "my", "ty", "on", "ona", "oni", "nie")
NAME_OBJECTS = ("syna", "męża", "brata", "ojca", "mojego", "moją", "swojego", "swoją", "bliskich")
INCLUDING_WORDS = (r"w\s+tym", r"między\s+innymi")
OF_THEM_WORDS = (r"z\s+czego", r"spośród\s+nich")
# "from" before the people who sent requests ("applications from 1,300 servicemen"); "по" before a per-month rate
SENDER_FROM_WORDS = ("od",)
# a signed percent and the month after it ("+22 % gegenüber Dezember"); months said as adjectives (none here)
SIGNED_ANCHOR_WORDS = (r"wobec", r"w\s+porównaniu\s+z", r"vs\.?")
MONTH_PREPOSITIONS = (r"w",)
# a change that reached a figure ("wzrosła do 8548")
CHANGE_TO_PHRASES = (r"(?:wzrosł\w*|spadł\w*|zwiększył\w*|zmniejszył\w*|sięgnęł\w*|osiągnęł\w*)(?:\s+\S+){0,4}?\s+do",)
# claims: superlatives and their scope ("the highest ... ever"), record negations, figures called wrong, denied,
# corrected or hedged, and what was expected ("очікували, що ...", "as expected")
SUPERLATIVE_WORDS = (r"najwięcej", r"najwyższ\w*", r"największ\w*")
SUPERLATIVE_SCOPE_WORDS = (r"miesiąc\w*", r"kiedykolwiek", r"od\s+początku",
                           r"histori\w*", r"dotychczas", r"od\s+uruchomienia")
RECORD_NEGATIONS = (r"nie\s+(?:jest|był\w*)\s+rekord\w*", r"najniższ\w*", r"poprzedni\w*\s+rekord\w*")
ERRONEOUS_WORDS = (r"błędnie", r"omyłkowo")
DENIAL_WORDS = (r"zdementował\w*", r"zaprzeczył\w*", r"fałszyw\w*", r"gdyby\s+nie")
CORRECTION_PHRASES = (r"ale\s+w\s+rzeczywistości", r"jednak\s+w\s+rzeczywistości")
HEDGE_WORDS = (r"może", r"mogł\w*", r"mógłby", r"powinn\w*", r"oczekuje\w*", r"prognoz\w*", r"spodziewa\w*",
               r"rzekomo", r"jeśli", r"gdyby")
EXPECT_WORDS = (r"oczekuje\w*", r"prognozuje\w*", r"spodziewa\w*")
THAT_WORDS = (r"że",)
AS_WORDS = (r"jak",)
EXPECTED_PARTICIPLES = (r"oczekiwan\w*",)
# "since the start of the project" before its name and month: the month is its start ("seit Beginn des Projekts
# ... im Januar 2024"); the word between a month and its year ("enero de 2024")
SINCE_START_PHRASES = (r"od\s+(?:początku|uruchomienia|startu|powstania)",)
# since the start of the year: a part of a year, which no series stores (not the running total since launch)
YEAR_TO_DATE_PHRASES = (r"od\s+początku\s+(?:tego\s+|bieżącego\s+)?roku",
                        r"w\s+(?:19|20)\d\d\s+(?:roku|r\.)\s+(?:dotychczas|do\s+tej\s+pory|jak\s+dotąd)",
                        r"(?:dotychczas|do\s+tej\s+pory)\s+w\s+(?:19|20)\d\d\s+(?:roku|r\.)")
# a span of months or weeks not counted from launch ("in den letzten zehn Monaten"): no stored period; each phrase
# holds one of its language's unit words
SPAN_PHRASES = (r"(?:w\s+ciągu|przez|w)\s+(?:ostatnich|pierwszych)\s+(?:\d+|\w+)\s+(?:miesięcy|tygodni)",
                r"w\s+ciągu\s+(?:\d+|\w+)\s+(?:miesięcy|tygodni)")
SPAN_UNIT_WORDS = ("miesięcy", "tygodni", "roku")
# words of a time the reader cannot place (this month, this week, today): a figure beside them is no running total
UNDATED_WORDS = (r"miesi\w*", r"tydzień", r"tygodni\w*", r"kwartał\w*", r"dziś", r"dzisiaj", r"wczoraj")
# verbs of reporting: a month before them dates the report, not the figure ("Im Oktober teilte ... mit, dass");
# the infinitive that may follow instead of "that" ("a annoncé avoir reçu")
REPORT_VERBS = (r"poinformował\w*", r"ogłosił\w*", r"przekazał\w*", r"podał\w*")
# "a year ago" right after a month: that month of the year before publication ("im Mai letzten Jahres")
YEAR_AGO_AFTER_PHRASES = (r"(?:ubiegłego|zeszłego|poprzedniego)\s+roku", r"rok\s+temu")

# --- time, and what a count is of (the classes of lexicon/periods.py, text.py and counts.py) ----------------------
# a verb of reporting right before the month it dates ("poinformował w październiku, że"), not the figure's month
REPORT_BEFORE_VERBS = (r"poinformował\w*", r"ogłosił\w*", r"przekazał\w*", r"podał\w*", r"oświadczył\w*")
FIRST_YEAR_PHRASES = (r"w\s+pierwszym\s+roku(?:\s+(?:działalności|działania|istnienia|pracy))?",
                      r"przez\s+pierwszy\s+rok(?:\s+(?:działalności|działania|istnienia|pracy))?")
CHANGE_FROM_WORDS = (r"z", r"od")  # "wzrosła z 10 440 w kwietniu do 12 320 w maju"
A_THOUSAND_WORDS = (r"tysiąc",)  # "ponad tysiąc żołnierzy"
SINCE_THEN_PHRASES = (r"od\s+tego\s+czasu", r"od\s+tej\s+pory", r"od\s+tamtej\s+pory", r"od\s+tamtego\s+czasu")
LAUNCH_PHRASES = (r"rozpoczęł\w*\s+(?:swoją\s+)?działalność", r"zaczęł\w*\s+działać", r"ruszył\w*")
PER_MONTH_PHRASES = (r"miesięcznie", r"na\s+miesiąc", r"co\s+miesiąc", r"w\s+miesiącu")
PARTIAL_MONTH_PHRASES = (r"(?:pierwsz|drug|ostatni)\w*\s+(?:połow|dekad|tydzie|tygodni)\w*",)
AS_OF_PHRASES = (r"według\s+stanu\s+na", r"stan\s+na", r"na\s+dzień")
BECAME_WORDS = (r"był", r"była", r"okazał\w*\s+się")
WITH_WORDS = (r"z",)
AND_WORDS = (r"i", r"oraz")
IN_WORDS = (r"w", r"we")
HEAD_MONTH_WORDS = (r"w", r"we", r"przez", r"za")
OTHER_TIME_WORDS = (r"porównaniu", r"wobec", r"niż", r"wcześniej", r"temu", r"poprzedni\w*", r"później")
SO_FAR_WORDS = (r"już", r"dotychczas", r"dotąd", r"do\s+tej\s+pory", r"jak\s+dotąd", r"obecnie")
RANGE_FROM_WORDS = (r"od",)
RANGE_TO_WORDS = (r"do",)
DURATION_WORDS = (r"rok", r"roku", r"lat", r"lata", r"tydzień", r"tygodni\w*", r"dni", r"dnia", r"miesięcy",
                  r"kwartał\w*", r"półrocz\w*", r"okres\w*", r"wczoraj")
YEAR_WORDS = (r"roku", r"r\.", r"r(?!\w)")  # "w 2024 roku", "2024 r."
YEAR_NOUNS = (r"rok", r"roku")
# the HQ's full name ("Sztab Koordynacyjny ds. Traktowania Jeńców Wojennych", in any case)
HQ_FULL_NAMES = (r"sztab\w*\s+koordynacyjn\w*\s+(?:ds\.|do\s+spraw)\s+traktowania\s+jeńców\s+wojennych",)
NOT_WORDS = (r"nie",)
PERIOD_PREPOSITIONS = (r"w", r"we", r"za")
MONTH_NOUN_STEMS = ("miesi",)
LAST_STEMS = ("zeszł", "ubiegł", "poprzedni")
REQUEST_ADJECTIVES = (r"nowych", r"nowe", r"kolejnych", r"kolejne", r"oficjalnych")
REQUEST_STEMS = (r"zgłosze\w*", r"wniosk\w*", r"próśb", r"prośb\w*", r"zapyta\w*")
NUMBER_OF_WORDS = (r"liczba", r"liczbę", r"ilość")
ABOUT_TOPIC_WORDS = (r"o", r"w\s+sprawie", r"dotyczących")
MISSING_WORDS = (r"zaginionych", r"zaginieni")
CAPTIVITY_WORDS = (r"niewol\w*", r"jeńc\w*", r"jeńców", r"zabit\w*", r"poległ\w*")
KIN_BEFORE_WORDS = (r"rodzin\w*", r"krewn\w*", r"bliskich", r"matek", r"wśród", r"spośród")
SURRENDER_STEMS = (r"podda", r"poddan")
SURRENDERED_VERBS = (r"poddał\w*",)
VIA_WORDS = (r"przez", r"dzięki", r"za\s+pośrednictwem", r"poprzez")
INTENT_PHRASES = (r"wyraził\w*\s+(?:chęć|wolę|gotowość)", r"zadeklarował\w*\s+(?:chęć|wolę)")
CURRENCY_WORDS = (r"zł", r"złotych", r"euro", r"dolarów", r"rubli", r"hrywien")
AGE_WORDS = (r"lat", r"letni\w*")
BAD_BEFORE_WORDS = (r"nie", r"mniej(?<!nie\smniej)\s+niż", r"poniżej", r"między", r"numer", r"nr\.?", r"w\s+wieku")
# "w", "we" only before a month ("w tym 9243 w październiku"): alone they are other languages' stray words
_MONTH_NAMES = "|".join(form for forms in MONTHS.values() for form in forms)
SAFE_AFTER_WORDS = (rf"w(?=\s+(?:{_MONTH_NAMES})(?!\w))", rf"we(?=\s+(?:{_MONTH_NAMES})(?!\w))",
                    r"ale", r"wobec", r"przez", r"podczas")
TIMES_WORDS = (r"razy",)
REQUEST_GAP_WORDS = (r"się", r"z\s+(?:nią|nim|nimi)")  # "zgłosiło się ponad 40 tys.", "skontaktowało się z nią"
# (not "a", "i": English's article and pronoun, every language's classes being one pattern)
CONJUNCTIONS = (r"ale", r"oraz")
WHOSE_WORDS = (r"których", r"czyi")
NOT_A_FACT_WORDS = (r"nie", r"nigdy", r"mogliby", r"mogłyby", r"powinni")
FIRST_PERSON_WORDS = (r"nas", r"nasz\w*")  # (not "my": English's "my son")
ADDITIVE_WORDS = (r"kolejn\w*", r"dodatkow\w*", r"ponadto", r"poza\s+tym")
FORWARDED_WORDS = (r"przekazan\w*", r"przekierowan\w*")
RATE_PHRASES = (r"na\s+godzinę", r"co\s+godzinę", r"tygodniowo")
CAPITALS = "ĄĆĘŁŃŚŹŻ"  # beside A-Z (English's) and Ó (with the other Latin accents)
# a series' name denied: "not to the I Want to Live line" (the words that may stand between, with line nouns)
NAME_NEGATIONS = ("nie",)
ADDRESSED_TO_WORDS = ("do", "na", "przez")
# a superlative said of a quantity ("the highest number", "die höchste Zahl"): with a month's figure, a record claim
QUANTITY_NOUNS = (r"liczb\w*", r"wynik\w*")
# "reported in early May": a part of the month after a report verb
MONTH_PART_WORDS = (r"na\s+początku", r"w\s+połowie", r"pod\s+koniec")
