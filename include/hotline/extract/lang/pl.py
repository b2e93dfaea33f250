"""Polish: month names in their cases, number words and formats ("8548 zgłoszeń", "8 548"), words of requests."""

from __future__ import annotations

MONTHS: dict[int, tuple[str, ...]] = {
    1: ("styczeń", "stycznia", "styczniu"), 2: ("luty", "lutego", "lutym"), 3: ("marzec", "marca", "marcu"),
    4: ("kwiecień", "kwietnia", "kwietniu"), 5: ("maj", "maja", "maju"), 6: ("czerwiec", "czerwca", "czerwcu"),
    7: ("lipiec", "lipca", "lipcu"), 8: ("sierpień", "sierpnia", "sierpniu"),
    9: ("wrzesień", "września", "wrześniu"), 10: ("październik", "października", "październiku"),
    11: ("listopad", "listopada", "listopadzie"), 12: ("grudzień", "grudnia", "grudniu"),
}
DATE_MONTHS = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
               "października", "listopada", "grudnia")  # "8 stycznia"
DAY_AFTER_MONTH = False
NUMBER_WORDS: dict[str, float] = {
    "jeden": 1, "dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4, "pięć": 5, "sześć": 6, "siedem": 7, "osiem": 8,
    "dziewięć": 9, "dziesięć": 10, "dwadzieścia": 20, "trzydzieści": 30, "czterdzieści": 40,
    # genitive, after "ponad": "ponad trzech tysięcy"
    "dwóch": 2, "trzech": 3, "czterech": 4, "pięciu": 5,
}
ONE_AND_A_HALF: dict[str, float] = {"półtora": 1.5, "półtorej": 1.5}
THOUSANDS_SEPARATORS = (" ", "", ".")
SCALE_WORDS = (r"tysięcy", r"tysiące", r"tysiąc", r"tys\.?")

# --- phrases (regex fragments, matched on normalised text after a word boundary) ----------------------
REQUEST_NOUNS = (r"zgłosze(?:ń|nia|nie)", r"wniosk(?:ów|i)", r"próśb", r"prośby", r"zapytań", r"zapytania")
CALL_NOUNS = (r"telefonów", r"połączeń", r"rozmów")
REQUEST_VERBS = (r"zgłosił\w*", r"zgłaszał\w*", r"zadzwonił\w*", r"dzwonił\w*", r"skontaktował\w*\s+się",
                 r"zwrócił\w*\s+się", r"napisał\w*")
RUSSIAN_ADJECTIVES = (r"rosyjsk\w*",)
PEOPLE_NOUNS = (r"żołnierzy", r"żołnierze", r"rosjan", r"rosjanie", r"rodzin", r"rodziny", r"krewnych", r"osób",
                r"osoby", r"ludzi", r"matek", r"wojskowych", r"zmobilizowanych")
ARTICLES: tuple[str, ...] = ()  # Polish has none
RUNNING_TOTAL_PHRASES = (
    r"łącznie", r"w\s+sumie", r"ogółem", r"do\s+tej\s+pory", r"dotychczas", r"do\s+chwili\s+obecnej",
    r"od\s+(?:początku|uruchomienia|startu|powstania)(?:\s+(?:działalności|projektu|infolinii))?",
)
RECORD_PHRASES = (r"rekord\w*",)
OVER_WORDS = (r"ponad", r"powyżej", r"więcej\s+niż", r"co\s+najmniej", r"przekroczył\w*", r"przeszło")
ABOUT_WORDS = (r"około", r"prawie", r"blisko", r"niemal", r"ok\.", r"mniej\s+więcej")
TO_DATE_PHRASES = (r"już\s+(?:\S+\s+){0,3}?(?:otrzymał\w*|przyjął\w*|przyjęł\w*|zarejestrował\w*|zgłosił\w*|"
                   r"zadzwonił\w*|skontaktował\w*)",
                   r"otrzymał\w*\s+już", r"przyjęł\w*\s+już")
START_WORDS = (r"od", r"między")
UNTIL_WORDS = (r"do",)
SERIES_NAMES: dict[str, tuple[str, ...]] = {
    "i_want_to_live": ("Chcę żyć", "Chce zyc"),
    "i_want_to_find": ("Chcę znaleźć", "Chcę odnaleźć"),
}
LOOK_ALIKES = ("wymian", "czerwonego krzyża", "czerwony krzyż", "ukraińskich rodzin", "ukraińskich żołnierzy",
               "ukraińskich jeńców", "ukraińców",
               "mswia", "ministerstwa spraw wewnętrznych", "policj")
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
RECEIVED_VERBS = (r"otrzymał\w*", r"wpłynęł\w*", r"przyjął\w*", r"przyjęł\w*")
ARRIVED_AFTER = (r"wpłynęł[oy]", r"napłynęł[oy]")
# rates and averages: a figure per day, week or month is no month's count
RATE_WORDS = (r"dziennie", r"codziennie", r"na\s+dobę", r"na\s+dzień", r"tygodniowo", r"na\s+tydzień", r"miesięcznie",
              r"na\s+miesiąc", r"średnio", r"na\s+godzinę")
# soldiers who surrendered are prisoners, not requests (unless the press means the requests: see counting)
SURRENDER_VERBS = (r"poddał\w*", r"poddali\s+się", r"oddał\w*\s+się\s+do\s+niewoli")
# changes: words of comparison before the month compared with, of percent, of rising and falling, the
# previous month said as such, and "last month"
COMPARE_WORDS = (r"niż(?:\s+w)?", r"w\s+porównaniu\s+z", r"względem")
PERCENT_WORDS = (r"proc\.", r"procent\w*")
INCREASE_WORDS = (r"więcej", r"wzrost\w*", r"wzrosł\w*")
DECREASE_WORDS = (r"mniej", r"spad\w*", r"spadł\w*")
PREV_MONTH_PHRASES = (r"niż\s+w\s+poprzednim\s+miesiącu", r"w\s+porównaniu\s+z\s+poprzednim\s+miesiącem")
LAST_MONTH_PHRASES = (r"zeszłym\s+miesiącu", r"ubiegłym\s+miesiącu", r"poprzednim\s+miesiącu")
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
BARE_SUPERLATIVES = ()
NAME_PRONOUNS = ("ja", "my", "ty", "on", "ona", "oni", "nie")
NAME_OBJECTS = ("syna", "męża", "brata", "ojca", "mojego", "moją", "swojego", "swoją", "bliskich")
INCLUDING_WORDS = (r"w\s+tym", r"między\s+innymi")
OF_THEM_WORDS = (r"z\s+czego", r"spośród\s+nich")
# "from" before the people who sent requests ("applications from 1,300 servicemen"); "по" before a per-month rate
SENDER_FROM_WORDS = ("od",)
PER_WORDS: tuple[str, ...] = ()
# a signed percent and the month after it ("+22 % gegenüber Dezember"); months said as adjectives (none here)
SIGNED_ANCHOR_WORDS = (r"wobec", r"w\s+porównaniu\s+z", r"vs\.?")
MONTH_PREPOSITIONS = (r"w",)
MONTH_ADJECTIVE_STEMS: dict[str, int] = {}
ADJECTIVE_ENDINGS: tuple[str, ...] = ()
ADJECTIVE_COMPARE_WORDS: tuple[str, ...] = ()
# a change that reached a figure ("wzrosła do 8548")
CHANGE_TO_PHRASES = (r"(?:wzrosł\w*|spadł\w*|zwiększył\w*|zmniejszył\w*|sięgnęł\w*|osiągnęł\w*)(?:\s+\S+){0,4}?\s+do",)
# claims: superlatives and their scope ("the highest ... ever"), record negations, figures called wrong, denied,
# corrected or hedged, and what was expected ("очікували, що ...", "as expected")
SUPERLATIVE_WORDS = (r"najwięcej", r"najwyższ\w*", r"największ\w*")
SUPERLATIVE_SCOPE_WORDS = (r"miesiąc\w*", r"kiedykolwiek", r"od\s+początku")
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
YEAR_LINK_WORDS: tuple[str, ...] = ()
# since the start of the year: a part of a year, which no series stores (not the running total since launch)
YEAR_TO_DATE_PHRASES = (r"od\s+początku\s+(?:tego\s+|bieżącego\s+)?roku",)
# a span of months or weeks not counted from launch ("in den letzten zehn Monaten"): no stored period; each phrase
# holds one of its language's unit words
SPAN_PHRASES = (r"(?:w\s+ciągu|przez|w)\s+(?:ostatnich|pierwszych)\s+(?:\d+|\w+)\s+(?:miesięcy|tygodni)",
                r"w\s+ciągu\s+(?:\d+|\w+)\s+(?:miesięcy|tygodni)", r"w\s+pierwszym\s+roku")
SPAN_UNIT_WORDS = ("miesięcy", "tygodni", "roku")
# words of a time the reader cannot place (this month, this week, today): a figure beside them is no running total
UNDATED_WORDS = (r"miesi\w*", r"tydzień", r"tygodni\w*", r"kwartał\w*", r"dziś", r"dzisiaj", r"wczoraj")
# verbs of reporting: a month before them dates the report, not the figure ("Im Oktober teilte ... mit, dass");
# the infinitive that may follow instead of "that" ("a annoncé avoir reçu")
REPORT_VERBS = (r"poinformował\w*", r"ogłosił\w*", r"przekazał\w*", r"podał\w*")
REPORT_INFINITIVES: tuple[str, ...] = ()
# "a year ago" right after a month: that month of the year before publication ("im Mai letzten Jahres")
YEAR_AGO_AFTER_PHRASES = (r"(?:ubiegłego|zeszłego|poprzedniego)\s+roku", r"rok\s+temu")

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
CAPITALS = "ĄĆĘŁŃŚŹŻ"  # beside A-Z (English's) and Ó (with the other Latin accents)
PLACE_FROM_WORDS: tuple[str, ...] = ()  # a region's share is not told apart in Polish yet
NOT_PLACE_NAMES: tuple[str, ...] = ()
