"""Ukrainian: month names in the cases news text uses, and number words."""

from __future__ import annotations

from hotline.extract.lang._defaults import *  # noqa: F403 (the classes this language leaves empty)
from hotline.months import (
    UK_MONTHS_DATIVE,
    UK_MONTHS_GENITIVE,
    UK_MONTHS_INSTRUMENTAL,
    UK_MONTHS_LOCATIVE,
    UK_MONTHS_NOMINATIVE,
)

# «лютий» the adjective and the rarer cases are accepted risks: a count and a request noun must be near.
# The names in their cases are hotline.months' (the one list, which the demo's posts use too).
MONTHS: dict[int, tuple[str, ...]] = {
    number: tuple(dict.fromkeys(forms))  # "лютому" is both locative and dative
    for number, forms in enumerate(zip(UK_MONTHS_NOMINATIVE, UK_MONTHS_GENITIVE, UK_MONTHS_LOCATIVE,
                                       UK_MONTHS_INSTRUMENTAL, UK_MONTHS_DATIVE, strict=True), start=1)
}
DATE_MONTHS = UK_MONTHS_GENITIVE  # "4 лютого"
NUMBER_WORDS: dict[str, float] = {
    "один": 1, "одна": 1, "одну": 1, "два": 2, "дві": 2, "три": 3, "чотири": 4, "п'ять": 5, "шість": 6,
    "сім": 7, "вісім": 8, "дев'ять": 9, "десять": 10, "одинадцять": 11, "дванадцять": 12,
    "тринадцять": 13, "чотирнадцять": 14, "п'ятнадцять": 15, "шістнадцять": 16, "сімнадцять": 17,
    "вісімнадцять": 18, "дев'ятнадцять": 19, "двадцять": 20, "тридцять": 30, "сорок": 40,
    "п'ятдесят": 50, "шістдесят": 60, "сімдесят": 70, "вісімдесят": 80, "дев'яносто": 90,
    "сто": 100, "двісті": 200, "триста": 300, "чотириста": 400, "п'ятсот": 500, "шістсот": 600,
    "сімсот": 700, "вісімсот": 800, "дев'ятсот": 900,
    # genitive, after "понад", "більше": "понад трьох тисяч"
    "двох": 2, "трьох": 3, "чотирьох": 4, "п'яти": 5, "шести": 6, "семи": 7, "восьми": 8, "дев'яти": 9,
    "десяти": 10,
}
ONE_AND_A_HALF: dict[str, float] = {"півтори": 1.5, "півтора": 1.5}

# --- phrases (regex fragments, matched on normalised text after a word boundary) ----------------------
REQUEST_NOUNS = (r"заяв(?:к\w*|ок\w*|и|а|у|ою|ам|ами|ах)?(?!\w)", r"звернен\w*", r"запит(?!ан)\w*")
CALL_NOUNS = (r"дзвінк(?:ів|и|а|ами)?", r"дзвінок")
# turning to the project: "звернулися", "зателефонували"
REQUEST_VERBS = (r"звернул\w*", r"звертал\w*", r"звертаю\w*", r"зателефонувал\w*", r"подзвонил\w*",
                 r"телефонувал\w*", r"зв['’ʼ`]язал(?:ися|ася|ося|ись)",
                 # "3 200 військових подали заявки": people who sent the requests
                 r"(?:подал|надіслал|направил)\w*\s+(?:заявк\w*|звернен\w*|запит\w*)")
RUSSIAN_ADJECTIVES = (r"російськ\w*",)
# people who turn to a project (relatives; soldiers, with a verb of turning to it)
PEOPLE_NOUNS = (r"родин[иа]?", r"сімей", r"родичів", r"рідних", r"людей", r"людини", r"осіб", r"особи", r"матерів",
                r"росіян", r"військових", r"військовослужбовців", r"мобілізованих", r"окупантів")
# a running total: "загалом", "з моменту запуску", "за весь час роботи", "станом на"
RUNNING_TOTAL_PHRASES = (
    r"загалом", r"загальн\w+\s+(?:кількість|числ\w*)", r"всього", r"усього", r"в\s+цілому", r"сумарно",
    r"з\s+моменту\s+(?:запуску|створення|початку)", r"з\s+початку\s+(?:роботи|діяльності|існування|функціонування)",
    r"від\s+початку\s+(?:роботи|діяльності|існування)", r"від\s+(?:моменту\s+)?запуску", r"з\s+(?:дня\s+)?запуску",
    r"за\s+(?:весь|увесь)\s+час", r"за\s+час\s+(?:роботи|існування)", r"з\s+моменту\s+старту", r"від\s+старту",
    r"за\s+(?:весь\s+)?час\s+(?:його\s+|свого\s+|її\s+)?(?:роботи|існування)",
    r"з\s+початку\s+(?:повномасштабного\s+)?вторгнення",
    r"за\s+перш\w+\s+(?:\w+\s+){0,2}(?:тижн\w*|тижд\w*|дн\w*|місяц\w*)\s+роботи",
    r"за\s+(?:\w+\s+){1,2}(?:тижн\w*|тижд\w*|місяц\w*|рок\w*|років)\s+(?:роботи|існування)",
    r"станом\s+на", r"за\s+даними\s+на",
)
# a record month: "рекордна кількість", "більше, ніж у будь-якому попередньому місяці"
RECORD_PHRASES = (r"рекорд\w*", r"ніж\s+(?:у|в)\s+будь-якому\s+(?:іншому|попередньому)\s+місяці",
                  r"чим\s+(?:у|в)\s+будь-якому\s+(?:іншому|попередньому)\s+місяці",
                  r"більше\s*,?\s+(?:ніж|чим)\s+(?:будь-коли|коли-небудь|коли-будь)")

# --- numbers and qualifiers ----------------------------------------------------------------------------
THOUSANDS_SEPARATORS = (" ", "")  # "8 548" (often a no-break space), "9243"
SCALE_WORDS = (r"тисяч(?:ами|ах|[аіу])?", r"тис\.?")
MILLION_WORDS = (r"мільйон\w*", r"млн\.?", r"мільярд\w*", r"млрд\.?")  # no count of ours
OVER_WORDS = (r"понад", r"більше,?\s+ніж", r"більш,?\s+ніж", r"більше,?\s+як", r"більш\s+як", r"більше",
              r"щонайменше", r"не\s+менше(?:,?\s+ніж)?", r"не\s+менш\s+(?:ніж|як)", r"принаймні")
ABOUT_WORDS = (r"близько", r"майже", r"приблизно", r"орієнтовно", r"біля")
# a figure to date: "вже отримав", "отримала вже"
_RECEIVED_VERBS = ("отрима", "надійшл", "получи", "поступил", "обработа", "опрацюва", "звернул", "обратил")
# a figure to date: "вже отримав", "уже поступило", "отримала вже"
TO_DATE_PHRASES = (
    *(rf"{already}\s+(?:\w+\s+)?(?:отрима\w*|надійшл\w*|получи\w*|поступил\w*|обработа\w*|опрацюва\w*|"
      r"зареєстрова\w*|зарегистрирова\w*|перевищ\w*|превыси\w*|звернул\w*|обратил\w*)" for already in ("вже", "уже")),
    *(rf"{verb}\w*\s+(?:вже|уже)" for verb in _RECEIVED_VERBS),
)
START_WORDS = (r"з", r"із", r"зі", r"від", r"починаючи\s+з")
UNTIL_WORDS = (r"станом\s+на", r"за\s+даними\s+на", r"на\s+кінець", r"до\s+кінця", r"до", r"по")
SERIES_NAMES: dict[str, tuple[str, ...]] = {"i_want_to_live": ("Хочу жити",), "i_want_to_find": ("Хочу знайти",)}
LOOK_ALIKES = ("шукаю своїх", "українських родин", "обмін", "червоного хреста",
               "міністерства внутрішніх справ", "поліці")
# words shortened with a dot that ends no sentence (not "тис."/"тыс."/"tys.", "р."/"г.": a figure or a year
# often ends a sentence with them): "dt. „Ich möchte leben“"
ABBREVIATIONS = ("ст", "див", "тобто", "т\\.зв", "ген", "полк")
# what a hotline is called: its calls, in a post about that one series, are its requests
LINE_NOUNS = (r"гаряч\w+\s+лін\w+", r"лінія", r"лінію", r"лінії", r"чат-бот\w*")
# verbs of exceeding a figure (a milestone: "вже перевершила 100 000"), and the mark nouns that may follow
EXCEED_VERBS = (r"перевищил\w*", r"перевищує", r"перевищив", r"перевершил\w*", r"перевершив", r"перевалил\w*\s+за",
                r"перетнул\w*", r"подолал\w*")
MARK_NOUNS = (r"позначку(?:\s+(?:в|у))?", r"рубіж(?:\s+(?:в|у))?", r"планку(?:\s+(?:в|у))?")
ALREADY_WORDS = (r"вже", r"уже")
# verbs of receiving, before a bare figure ("надійшло 9 870") and after it ("9,870 came in")
RECEIVED_VERBS = (r"отрима\w*", r"надійшл\w*", r"прийня\w*")
ARRIVED_AFTER = (r"надійшл\w*", r"надходил\w*")
# rates and averages: a figure per day, week or month is no month's count
RATE_WORDS = (r"щодня", r"щотижня", r"щомісяця", r"на\s+день", r"на\s+добу", r"в\s+середньому", r"у\s+середньому")
# soldiers who surrendered are prisoners, not requests (unless the press means the requests: see counting)
SURRENDER_VERBS = (r"здал(?:ися|ись|ась|ося|ся)", r"здаються", r"здалися\s+в\s+полон")
# changes: words of comparison before the month compared with, of percent, of rising and falling, the
# previous month said as such, and "last month"
COMPARE_WORDS = (r"ніж", r"чим", r"порівняно\s+(?:з|із|зі)", r"проти", r"у\s+порівнянні\s+(?:з|із)",
                 r"в\s+порівнянні\s+(?:з|із)")
PERCENT_WORDS = (r"відсот\w*",)
INCREASE_WORDS = (r"більше", r"більш", r"зросл\w*", r"зріс", r"зросте", r"збільшил\w*", r"виросл\w*", r"вирос",
                  r"зростання", r"приріст\w*", r"перевищ\w*")
DECREASE_WORDS = (r"менше", r"менш", r"зменшил\w*", r"знизил\w*", r"скоротил\w*", r"впал\w*", r"падіння", r"зниження")
PREV_MONTH_PHRASES = (r"(?:ніж|чим)\s+(?:у|в)\s+попередньому\s+місяці", r"порівняно\s+з\s+попереднім\s+місяцем",
                      r"(?:ніж|чим|порівняно\s+(?:з|із|зі)|у\s+порівнянні\s+з|проти)\s+(?:(?:у|в)\s+)?(?:попередн\w+|минул\w+)"
                      r"\s+(?:місяц\w*)", r"(?:ніж|чим)\s+місяцем\s+раніше",
                      r"до\s+(?:попередн\w+|минул\w+)\s+місяц\w*",
                      r"м/м")
LAST_MONTH_PHRASES = (r"минулого\s+місяця", r"минулому\s+місяці", r"минулий\s+місяць", r"у\s+минулому\s+місяці",
                      r"в\s+минулому\s+місяці")
# "за останній місяць": the 30 days before publication (the month before only early in a month)
ROLLING_MONTH_PHRASES = (r"за\s+(?:останній|последний)\s+місяць", r"протягом\s+останнього\s+місяця")
# "цього місяця": the month of publication, still running
THIS_MONTH_PHRASES = (r"цього\s+місяця", r"у\s+цьому\s+місяці", r"в\s+цьому\s+місяці", r"поточного\s+місяця",
                      r"у\s+поточному\s+місяці", r"в\s+поточному\s+місяці", r"за\s+(?:цей|поточний)\s+місяць")
# the words between a word of comparison and the month compared with ("ніж у грудні")
COMPARED_LINK_WORDS = (r"у", r"в", r"з", r"із")
# part of the month an as-of date names ("станом на середину червня")
AS_OF_PART_PHRASES = (r"середин[уиі]\s+", r"кін(?:ець|ця)\s+", r"початок\s+")
# the launch of a project: a month right after it is its start, not a figure's month
LAUNCH_WORDS = (r"запуск\w*", r"запущен\w*", r"створен\w*", r"запрацюва\w*")
# small words the rules test: "from", "to" before a figure; before a year; "by" before a percent; a total
# brought to a figure; "this" year; "also"; bare superlatives; a name's pronouns and objects ("хочу знайти сина");
# "including", "of them"
FROM_WORDS = ("з", "із", "зі")
TO_WORDS = ("до",)
YEAR_PREPOSITIONS = (r"у", r"в", r"за")
BY_WORDS = (r"на",)
TOTAL_TO_PHRASES = (r"(?:довівши|довели|довів|доведя)\s+(?:\w+\s+){0,2}?(?:кількість|число)\s+до",)
THIS_YEAR_WORDS = ("цього", "поточного")
ALSO_WORDS = ("ще", "також")
BARE_SUPERLATIVES = ("найбільше", "найменше")
NAME_PRONOUNS = ("я", "ми", "ти", "він", "вона", "вони", "не", "ні")
NAME_OBJECTS = ("мого", "мою", "моїх", "свого", "свою", "своїх", "сина", "брата", "чоловіка", "батька", "рідних",
                "близьких", "правду", "його", "її", "їх", "себе", "тебе", "вас", "нас")
INCLUDING_WORDS = (r"в\s+тому\s+числі", r"у\s+тому\s+числі", r"зокрема")
OF_THEM_WORDS = (r"з\s+них", r"із\s+них", r"з\s+яких", r"із\s+яких")
# "from" before the people who sent requests ("applications from 1,300 servicemen"); "по" before a per-month rate
SENDER_FROM_WORDS = ("від",)
PER_WORDS: tuple[str, ...] = ("по",)
SIGNED_ANCHOR_WORDS = (r"до", r"проти", r"від")
MONTH_PREPOSITIONS = (r"у", r"в")
MONTH_ADJECTIVE_STEMS = {"січнев": 1, "лютнев": 2, "березнев": 3, "квітнев": 4, "травнев": 5, "червнев": 6,
                         "липнев": 7, "серпнев": 8, "вереснев": 9, "жовтнев": 10, "листопадов": 11, "груднев": 12}
ADJECTIVE_ENDINGS = ("ий", "ого", "ому", "им", "ім", "а", "ої", "ій", "у", "ою", "і", "е", "их", "ими")
ADJECTIVE_COMPARE_WORDS = (r"ніж", r"чим", r"за", r"від", r"проти", r"більше", r"менше", r"перевищ\w*",
                           r"порівняно\s+(?:з|із|зі)", r"у\s+порівнянні\s+з")
# a change that reached a figure ("зросла до 9 243", "зросла вдвічі порівняно з лютим — до"): the figure, not a bound
_CHANGE_VERBS = (r"(?:зросл\w*|зріс|збільшил\w*|виросл\w*|вирос|сягнул\w*|сягну\w*|досягл\w*|знизил\w*|зменшил\w*|"
                 r"впал\w*|скоротил\w*|дійшл\w*)")
_NOT_EXACT = r"(?:приблизно|орієнтовно|ймовірно|нібито|потенційно|ледве|ледь|нео|на\s)"
CHANGE_TO_PHRASES = (
    rf"{_CHANGE_VERBS}(?:\s+(?:(?!{_NOT_EXACT})[^\W\d]+о|на\s+[\d.,]+\s*(?:%|відсот\w*)|вдвічі|удвічі|вдвоє|втричі|"
    r"в\s+два\s+рази))?(?:\s+(?:порівняно|у\s+порівнянні)\s+(?:з|із|зі)\s+[^\W\d]+)?\s*[,—–]?\s+до",
)
# claims: superlatives and their scope ("the highest ... ever"), record negations, figures called wrong, denied,
# corrected or hedged, and what was expected ("очікували, що ...", "as expected")
SUPERLATIVE_WORDS = (r"найбільш\w*", r"найвищ\w*", r"максимальн\w*", r"максимум")
SUPERLATIVE_SCOPE_WORDS = (r"місяц\w*", r"за\s+(?:весь|увесь)\s+час", r"від\s+початку", r"з\s+початку",
                           r"з\s+моменту", r"історі\w*")
RECORD_NEGATIONS = (r"не\s+(?:є\s+|був\w*\s+|став\w*\s+)?рекорд\w*", r"антирекорд\w*", r"попередн\w+\s+рекорд\w*",
                    r"рекордно\s+(?:низьк|мал)\w*", r"найменш\w*", r"мінімальн\w*",
                    r"друг\w*\s+(?:за|по)\s+(?:величин|кільк|обсяг)\w*", r"трет\w*\s+(?:за|по)\s+\w+",
                    r"одн\w*\s+(?:з|із)\s+(?:найбільш|найвищ|самих)\w*")
ERRONEOUS_WORDS = (r"помилково", r"хибно", r"неправильно", r"неточно")
DENIAL_WORDS = (r"спростов\w*", r"спростува\w*", r"фейк\w*", r"неправд\w*", r"дезінформ\w*",
                r"не\s+відповіда\w*\s+дійсност\w*", r"якби", r"коли\s+б")
CORRECTION_PHRASES = (r"але\s+насправді", r"а\s+насправді", r"проте\s+насправді", r"однак\s+насправді")
HEDGE_WORDS = (r"отримає", r"отримають", r"надійде", r"надійдуть", r"сягне", r"перевищить", r"становитиме",
               r"складе", r"може", r"можуть", r"міг", r"могла", r"могло", r"могли", r"би", r"б", r"очікува\w*",
               r"очікує", r"очікують", r"прогноз\w*", r"планува\w*", r"планує", r"планують", r"нібито",
               r"стверджу\w*", r"стверджува\w*", r"якщо")
EXPECT_WORDS = (r"очікува\w*", r"очікує", r"очікують", r"прогноз\w*", r"планува\w*", r"планує", r"планують")
THAT_WORDS = (r"що",)
AS_WORDS = (r"як\s+[іий]",)
EXPECTED_PARTICIPLES = (r"очікувал\w*", r"прогнозувал\w*")
# "since the start of the project" before its name and month: the month is its start ("seit Beginn des Projekts
# ... im Januar 2024"); the word between a month and its year ("enero de 2024")
SINCE_START_PHRASES = (r"з\s+початку", r"із\s+початку", r"від\s+початку", r"з\s+запуску", r"від\s+запуску")
# since the start of the year: a part of a year, which no series stores (not the running total since launch)
YEAR_TO_DATE_PHRASES = (r"з\s+початку\s+(?:цього\s+|поточного\s+)?року", r"від\s+початку\s+року")
# a span of months or weeks not counted from launch ("in den letzten zehn Monaten"): no stored period; each phrase
# holds one of its language's unit words
SPAN_PHRASES = (r"за\s+останні\s+(?:\d+|\w+)\s+(?:місяц\w*|тижн\w*)",)
SPAN_UNIT_WORDS = ("місяц", "тижн")
# words of a time the reader cannot place (this month, this week, today): a figure beside them is no running total
UNDATED_WORDS = (r"місяц\w*", r"тиж\w*", r"квартал\w*", r"сьогодні", r"вчора", r"вихідн\w*", r"за\s+ніч")
# verbs of reporting: a month before them dates the report, not the figure ("Im Oktober teilte ... mit, dass");
# the infinitive that may follow instead of "that" ("a annoncé avoir reçu")
REPORT_VERBS = (r"повідоми\w*", r"повідомля\w*", r"заяви\w*", r"заявля\w*", r"розповіл\w*", r"розповів", r"зазначи\w*")
# "a year ago" right after a month: that month of the year before publication ("im Mai letzten Jahres")
YEAR_AGO_AFTER_PHRASES = (r"торік", r"рік\s+тому")

# --- time words of the older patterns (lexicon/periods.py) ---------------------------------------------
# "відтоді": since what the sentence before speaks of; a launch said as a phrase ("розпочав роботу")
SINCE_THEN_PHRASES = (r"відтоді", r"з\s+того\s+часу", r"за\s+цей\s+час", r"за\s+цей\s+період")
LAUNCH_PHRASES = (r"запуст\w*", r"запущен\w*", r"запрацюва\w*", r"розпочав\w*\s+(?:свою\s+)?роботу",
                  r"почав\w*\s+(?:свою\s+)?роботу", r"створен\w*", r"стартува\w*")
# a rate per month said of a count ("по 3 тис. звернень щомісяця")
PER_MONTH_PHRASES = (r"щомісяця", r"щомісячно", r"(?:на|в|у)\s+місяць")
WHEN_WORDS = (r"коли",)
AND_WORDS = (r"і", r"й", r"та")
IN_WORDS = (r"у", r"в")
# part of a month: "першу половину жовтня", "у середині"
PARTIAL_MONTH_PHRASES = (r"(?:перш|друг|останн)\w*\s+(?:половин|декад|тиж)\w*", r"(?:у|в)\s+середин[іеу]",
                         r"середин[аиуі]\s")
# "зросла з 10 440 у квітні до ...": the word before a change's first figure
CHANGE_FROM_WORDS = (r"з", r"із", r"зі")
# an as-of date said as such ("станом на 1 грудня")
AS_OF_PHRASES = (r"станом\s+на", r"за\s+даними\s+на")
WITH_WORDS = (r"із", r"зі", r"з")
# "Січень став рекордним": a month the subject of its clause
BECAME_WORDS = (r"став", r"стала", r"стало", r"виявився", r"був")
# a span of time: "протягом року", "за останній рік" (not "рік тому"), "за (перший) рік роботи"
DURING_WORDS = (r"за", r"протягом", r"впродовж")
PAST_WORDS = (r"останній", r"минулий")
YEAR_NOUNS = (r"рік", r"року")
AGO_WORDS = (r"тому",)
FIRST_YEAR_PHRASES = (r"за\s+перш\w+\s+рік\s+(?:(?:своєї|його|її)\s+)?(?:роботи|існування|діяльності)",
                      r"(?:протягом|впродовж|упродовж)\s+перш\w+\s+року\s+(?:(?:своєї|його|її)\s+)?"
                      r"(?:роботи|існування|діяльності)")
YEAR_OF_WORK_PHRASES = (r"за\s+рік\s+(?:(?:своєї|його|її)\s+)?(?:роботи|існування|діяльності)",
                        r"(?:протягом|впродовж|упродовж)\s+року\s+(?:(?:своєї|його|її)\s+)?(?:роботи|існування|діяльності)")
# a first clause that sets the period of what follows ("З моменту запуску ...", "У жовтні ...")
HEAD_PERIOD_WORDS = (r"з", r"із", r"зі", r"від", r"за", r"протягом", r"в", r"починаючи")
HEAD_MONTH_WORDS = (r"у", r"в", r"за", r"протягом", r"упродовж", r"впродовж", r"за\s+підсумками")
# words that tie a figure to some other time ("порівняно з", "раніше", "тому")
OTHER_TIME_WORDS = (r"порівнян\w*", r"ніж", r"чим", r"проти", r"раніше", r"попередн\w*", r"тому", r"пізніше", r"згодом")
# a figure so far ("вже надійшло", "наразі")
SO_FAR_WORDS = (r"вже", r"поки\s+що", r"наразі", r"на\s+сьогодні", r"на\s+цей\s+момент", r"на\s+даний\s+момент",
                r"станом\s+на")
# the ends of a span of months: "з січня по березень", "у січні-лютому"
RANGE_FROM_WORDS = (r"з", r"із", r"зі", r"від")
RANGE_TO_WORDS = (r"по", r"до")
# words of a duration: a sentence with one states a figure for some other span
DURATION_WORDS = (r"торік", r"торішн\w*", r"рік", r"року", r"році", r"роки", r"років", r"роком", r"тиждень", r"тижні",
                  r"тижнів", r"тижня", r"вчора", r"дн\w+", r"місяці", r"місяців", r"квартал\w*", r"півріччя",
                  r"період\w*", r"відтоді")
# a span of months or weeks: "за останні десять місяців" (not counted from launch), "за перші три місяці роботи"
SPAN_EDGE_WORDS = (r"перші", r"останні")
SPAN_FIRST_WORDS = (r"перші",)
FIRST_STEMS = (r"перш",)
FIRST_WORDS = ("перший", "першу", "перша", "перше")
SPAN_COUNT_WORDS = (r"дв[аі]", r"три", r"чотири", r"п'ять", r"шість", r"сім", r"вісім", r"дев'ять", r"десять",
                    r"одинадцять")
MONTH_UNITS = (r"місяц\w*",)
WEEK_UNITS = (r"тижн\w*", r"тижд\w*")
DAY_UNITS = (r"дн\w*",)
ONE_UNIT_WORDS = ("місяць", "тиждень", "день")  # "за місяць роботи": one, its count left out
OF_WORK_PHRASES = (r"(?:(?:своєї|його|її)\s+)?(?:роботи|існування|діяльності)",)

# --- months, years and reports of the older patterns (lexicon/text.py) ------------------------------------
# the word after a year ("2025 року", "2024 р."), and a year said relative to now after a month ("грудні минулого року")
YEAR_WORDS = (r"року", r"рік", r"році", r"р\.", r"рр\.", r"р(?!\w)", r"-го", r"-й")
RELATIVE_YEAR_WORDS = (r"цього", r"поточного", r"минулого", r"торішнього")
# "торік у травні": a month of the year before publication; not after "з", "до" ("з минулого року")
YEAR_AGO_BEFORE_PHRASES = (r"торік", r"минулого\s+року", r"минулому\s+році", r"рік\s+тому")
YEAR_AGO_BLOCKERS = (r"з", r"із", r"до", r"від")
# "штаб повідомив у травні, що ...": a verb of reporting right before the month it dates
REPORT_BEFORE_VERBS = (r"повідоми\w*", r"повідомля\w*", r"заяви\w*", r"розповіл\w*", r"розповів", r"зазначи\w*")
# "повідомили в Координаційному штабі з питань поводження з військовополоненими наприкінці травня"
HQ_FULL_NAMES = (r"координаційн\w*\s+штаб\w*\s+з\s+питань\s+поводження\s+з\s+військовополоненими",)
# "не в грудні": a month denied; the prepositions before a period ("у", "за")
NOT_WORDS = (r"не", r"а\s+не")
PERIOD_PREPOSITIONS = (r"у", r"в", r"за")
# "з початку роботи": the start a month is the date of
START_NOUNS = (r"початку",)
# verbs of a start: a month right after them ("запрацював у вересні") is the start, not a figure's month
START_VERBS = (r"запуск\w*", r"запущен\w*", r"почав", r"почала", r"почало", r"розпочав\w*", r"запрацював\w*",
               r"створен\w*", r"працює", r"діє", r"заснован\w*")
# "перевищила показники лютого": the month compared with
MULTIPLE_WORDS = (r"перевищ\w*", r"вдвічі", r"удвічі")
FIGURE_NOUNS = (r"показник\w*", r"цифр\w*", r"рів\w+")
FIGURE_OF_WORDS = (r"за", r"у", r"в")
# the ending of a day number before a month ("9-го січня")
DAY_ENDINGS = (r"-?го", r"-?е", r"-?й")
# --- numbers of the older patterns (lexicon/text.py) ------------------------------------------------------
HALF_TAIL_PHRASES = (r"(?:з|із|зі)\s+половиною",)  # "дві з половиною тисячі"
HALF_WORDS = (r"половин\w*",)
A_THOUSAND_WORDS = (r"тисячу",)  # a bare "тисячу" is a thousand
# a request noun written onto its number ("9243звернення"): the number still ends there
GLUED_NOUN_STEMS = (r"заяв", r"звернен", r"запит")
# --- what a count is of, in the older patterns (lexicon/counts.py) ----------------------------------------
# adjectives between a figure and its noun ("8 548 нових звернень")
REQUEST_ADJECTIVES = (r"нов\w*", r"так\w*", r"окрем\w*", r"офіційн\w*", r"різн\w*", r"письмов\w*", r"повторн\w*",
                      r"додатков\w*", r"унікальн\w*", r"пошуков\w*", r"розшуков\w*", r"онлайн")
SO_MANY_WORDS = (r"(?:саме\s+)?стільки",)  # "144 138 — стільки звернень"
WHOSE_WORDS = (r"чиї", r"чий", r"чия")
# words that deny or hedge a verb of contacting ("досі не звернулися")
NOT_A_FACT_WORDS = (r"не", r"ні", r"мають", r"повинні", r"б", r"би", r"можуть")
AUX_ALREADY_WORDS = (r"вже", r"уже")
# wanting to surrender, said to the hotline ("висловили бажання здатися"); surrendered (prisoners, or the press's
# word for requests); what ties a surrender to the hotline ("завдяки")
FROM_PLACE_WORDS = (r"з", r"із")
INTENT_PHRASES = (r"висловил\w*\s+(?:своє\s+)?бажання", r"виявил\w*\s+бажання", r"заявил\w*\s*,?\s+що\s+хоч\w*")
SURRENDER_STEMS = (r"здат", r"здач", r"здав")
SURRENDERED_VERBS = (r"здал(?:ися|ись|ась|ося)",)
VIA_WORDS = (r"через", r"завдяки", r"за\s+допомогою", r"таким\s+чином")
REQUEST_GAP_WORDS = (r"вже", r"уже", r"ще")  # "звернулися вже 9 000"
# words of captivity and death: people counted for what befell their kin
CAPTIVITY_WORDS = (r"полон\w*", r"загибл\w*")
KIN_BEFORE_WORDS = (r"родин\w*", r"сім'\w*", r"родич\w*", r"рідн\w*", r"близьк\w*", r"матер\w*", r"з", r"із", r"зі",
                    r"від", r"серед")
# the stems of the request nouns ("заяв" for "заява", "заявки"); "the number of"; "about"; the missing
REQUEST_STEMS = (r"заяв\w*", r"звернен\w*", r"запит\w*")
NUMBER_OF_WORDS = (r"кількість", r"число")
ABOUT_TOPIC_WORDS = (r"про", r"щодо", r"стосовно")
MISSING_WORDS = (r"зниклих", r"безвісти")
# calls: "8 548 нових дзвінків"; another line by its number ("на лінію 112"); "разів"; "їх"; words that go on
CALL_ADJECTIVES = (r"телефонн\w*", r"нов\w*")
LINE_NUMBER_WORDS = (r"лін\w*", r"номер\w*")
TIMES_WORDS = (r"раз(?:а|и|ів)?",)
THEY_WORDS = (r"їх",)
CONJUNCTIONS = (r"і", r"й", r"та", r"а", r"але")
# the project referred back to by a pronoun ("до нього надійшло")
PRONOUN_SUBJECTS = (r"він", r"вона", r"воно", r"(?:до|у|в|на)\s+(?:нього|неї)")
# words after a count that keep it a bare count ("сягнула 9 243 у жовтні")
SAFE_AFTER_WORDS = (r"у", r"в", r"за", r"і", r"й", r"та", r"а", r"але", r"що", r"це", r"проти", r"порівняно",
                    r"коли", r"від", r"до", r"після")
# words before a number that make it no count ("на 22%", "не 9 000", "з них", "менше", "від", "віком"), and after
# it (an ordinal's ending, an age, money, a range's upper end)
BAD_BEFORE_WORDS = (r"на", r"по", r"не", r"а\s+не", r"замість", r"з\s+них", r"із\s+них", r"з\s+яких", r"із\s+яких",
                    r"номер", r"тел\.?", r"грн\.?", r"менше", r"менш\s+(?:ніж|як)", r"від", r"між", r"серед", r"віком")
ORDINAL_ENDINGS = (r"-(?:й|го|му|та|ту|те|ої|ий|ша|ми|х|ти)",)
AGE_WORDS = (r"рок\w*", r"річн\w*")
CURRENCY_WORDS = (r"грн", r"гривен\w*", r"гривн\w*", r"гривень", r"долар\w*", r"рубл\w*", r"євро")
RANGE_UPPER_WORDS = (r"до",)
# "з гаком": a figure and a bit more
OVER_AFTER_WORDS = (r"з\s+гаком", r"з\s+лишком", r"з\s+лишнім")
# the stems of "month" and of "last" every "last month" of the older lists holds (LAST_MONTH_RE's gate)
MONTH_NOUN_STEMS = ("місяц",)
LAST_STEMS = ("минул", "останн")
# a spokesman of his own line ("ми"); what may stand around a month in "А в жовтні — 9 243" (a record said of the
# month among them); a figure added to another ("ще"); requests passed on; what an unnamed project is called and
# its subject (Russian soldiers, surrender, the HQ)
FIRST_PERSON_WORDS = (r"ми", r"нас", r"наш\w*")
ELLIPSIS_WORDS = (r"а", r"і", r"й", r"та", r"але", r"у", r"в", r"за", r"лише", r"лиш", r"тільки", r"рекордн\w*",
                  r"рекорд", r"став", r"була", r"був", r"місяць")
ADDITIVE_WORDS = (r"ще", r"також", r"теж", r"них", r"окрім")
FORWARDED_WORDS = (r"переадрес\w*", r"перенаправ\w*", r"переда\w*", r"переслал\w*", r"переслан\w*", r"переслано")
PROJECT_NOUNS = (r"проєкт\w*", r"гаряч\w+\s+лін\w+", r"телефон\w*\s+довіри")
SUBJECT_WORDS = (r"росі\w*", r"російськ\w*", r"окупант\w*", r"військов\w*", r"здат\w*", r"здач\w*", r"коордштаб\w*",
                 r"координаційн\w*\s+штаб\w*")
# "у першому місяці 2025 року": January of that year (a year, if any, as the group "year")
FIRST_MONTH_OF_YEAR_PHRASES = (r"перш\w+\s+місяц\w*\s+(?:(?P<year>(?:19|20)\d\d)\s+)?року",)
# a change by a factor: "вдвічі більше" (+100%), "вдвічі менше" (-50%)
_UP_VERBS = r"(?:зросл\w*|зріс|збільшил\w*)"
_DOWN_VERBS = r"(?:зменшил\w*|скоротил\w*|впал\w*|знизил\w*)"
_TWICE = (r"вдвічі", r"удвічі", r"в\s+два\s+рази", r"у\s+два\s+рази")
DOUBLING_UP_PHRASES = (r"вдвічі\s+більше", r"удвічі\s+більше", r"вдвоє\s+більше", r"у\s+два\s+рази\s+більше",
                       r"в\s+два\s+рази\s+більше", r"подвоїл\w*", r"подвоїв\w*",
                       *(rf"{_UP_VERBS}\s+{t}" for t in _TWICE))
DOUBLING_DOWN_PHRASES = (r"вдвічі\s+менше", r"удвічі\s+менше", *(rf"{_DOWN_VERBS}\s+{t}" for t in _TWICE))
# a regional breakdown or a subset: "найбільше заявок — з Башкортостану", "в тому числі", "з Курської області"
_FROM_PLACE = r"(?:з|із|зі|в|у)\s+(?!усіх|всіх|різних)[^\W\d_][\w-]*\s+"
BREAKDOWN_PHRASES = (r"найбільше", r"найменше", r"найактивніш\w*", r"звідти", r"звідси", r"лідер\w*", r"лідирує",
                     r"на\s+першому\s+місці", r"далі\s+йдуть", r"в\s+тому\s+числі", r"серед\s+них",
                     *(_FROM_PLACE + region for region in (r"област\w*", r"регіон\w*", r"республі\w*", r"краю",
                                                            r"краї")))
# rates and averages beyond RATE_WORDS: "щоденно", "за добу", "за тиждень", "за два дні" (not "за весь час", nor
# "за перший тиждень роботи": totals since launch)
_NOT_ALL = r"(?!(?:весь|увесь|все|цей|той|этот|это|тот)\s)"
_NOT_WORK = r"(?!\s+(?:роботи|работы|існування|существования|діяльності|деятельности))"
RATE_PHRASES = (r"щоденно", r"щодоби", r"щотижнево", r"щомісячно", r"за\s+день", r"в\s+день", r"у\s+день",
                r"за\s+добу", r"на\s+тиждень", r"за\s+тиждень", r"на\s+місяць", r"на\s+годину", r"за\s+годину",
                *(rf"за\s+(?:{_NOT_ALL}\w+\s+)?{unit}(?!\w){_NOT_WORK}" for unit in (r"дн\w+", r"тиж\w+", r"доби",
                                                                                   r"години")))
# capitals (a sentence starts with one; a place's name is one), read in the original text; "з Башкортостану":
# the prepositions before a place, and the capitalised names that are no place of a breakdown
CAPITALS = "А-ЯІЇЄҐ"
PLACE_FROM_WORDS = ("з", "із", "зі")
NOT_PLACE_NAMES = (r"Росі", r"РФ", r"Україн", r"Коорд", r"Штаб", r"Хочу")
# a series' name denied: "not to the I Want to Live line" (the words that may stand between, with line nouns)
NAME_NEGATIONS = ("не",)
ADDRESSED_TO_WORDS = ("на", "до", "в", "у", "через")
# a superlative said of a quantity ("the highest number", "die höchste Zahl"): with a month's figure, a record claim
QUANTITY_NOUNS = (r"кількіст\w*", r"числ\w*", r"показник\w*", r"цифр\w*")
# "reported in early May": a part of the month after a report verb
MONTH_PART_WORDS = (r"на\s+початку", r"наприкінці", r"в\s+кінці", r"у\s+кінці", r"в\s+середині", r"у\s+середині")
