"""Russian: month names in the cases news text uses, and number words."""

from __future__ import annotations

from hotline.extract.lang._defaults import *  # noqa: F403 (the classes this language leaves empty)

MONTHS: dict[int, tuple[str, ...]] = {
    1: ("январь", "января", "январе", "январем", "январю"),
    2: ("февраль", "февраля", "феврале", "февралем", "февралю"),
    3: ("март", "марта", "марте", "мартом", "марту"),
    4: ("апрель", "апреля", "апреле", "апрелем", "апрелю"),
    5: ("май", "мая", "мае", "маем"),  # not "маю": Ukrainian "I have"
    6: ("июнь", "июня", "июне", "июнем", "июню"),
    7: ("июль", "июля", "июле", "июлем", "июлю"),
    8: ("август", "августа", "августе", "августом", "августу"),
    9: ("сентябрь", "сентября", "сентябре", "сентябрем", "сентябрю"),
    10: ("октябрь", "октября", "октябре", "октябрем", "октябрю"),
    11: ("ноябрь", "ноября", "ноябре", "ноябрем", "ноябрю"),
    12: ("декабрь", "декабря", "декабре", "декабрем", "декабрю"),
}
DATE_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
               "ноября", "декабря")
NUMBER_WORDS: dict[str, float] = {
    "один": 1, "одна": 1, "одну": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6,
    "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12,
    "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17,
    "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "тридцать": 30, "сорок": 40,
    "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90,
    "сто": 100, "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600,
    "семьсот": 700, "восемьсот": 800, "девятьсот": 900,
    # genitive, after "более", "свыше": "более четырёх тысяч" (ё is read as е)
    "двух": 2, "трех": 3, "четырех": 4, "пяти": 5, "шести": 6, "семи": 7, "восьми": 8, "девяти": 9,
    "десяти": 10,
}
ONE_AND_A_HALF: dict[str, float] = {"полторы": 1.5, "полтора": 1.5, "полутора": 1.5}  # полутора: "около полутора тысяч"

# --- phrases (regex fragments, matched on normalised text after a word boundary) ----------------------
REQUEST_NOUNS = (r"заяв(?:к\w*|ок\w*|и|а|у|ою|ам|ами|ах)?(?!\w)", r"обращени\w*", r"запрос\w*")
CALL_NOUNS = (r"звонк(?:ов|и|а|ами)?", r"звонок")
REQUEST_VERBS = (r"обратил\w*", r"обращал\w*", r"обращаю\w*", r"позвонил\w*", r"звонил\w*", r"связал(?:ись|ся|ась)",
                 r"(?:подал|отправил|направил)\w*\s+(?:заявк\w*|обращени\w*|запрос\w*)")
RUSSIAN_ADJECTIVES = (r"российск\w*",)
PEOPLE_NOUNS = (r"семей", r"семьи", r"родственник\w*", r"человека?", r"россиян", r"военных", r"военнослужащих",
                r"мобилизованных", r"оккупантов")
RUNNING_TOTAL_PHRASES = (
    r"всего", r"в\s+общей\s+сложности", r"общ(?:ее|ая|его|ей)\s+(?:число|количество|числа|количества)", r"итого",
    r"суммарно", r"с\s+момента\s+(?:запуска|создания|начала|старта)", r"со\s+старта",
    r"за\s+(?:все\s+)?время\s+(?:его\s+|своего\s+)?(?:работы|существования)",
    r"с\s+начала\s+(?:работы|деятельности|существования)", r"со?\s+(?:дня\s+)?запуска", r"за\s+все\s+время",
    r"за\s+время\s+(?:работы|существования)", r"с\s+начала\s+(?:полномасштабного\s+)?вторжения",
    r"за\s+(?:\w+\s+){1,2}(?:недел\w*|месяц\w*|год\w*|лет)\s+(?:работы|существования)",
    r"за\s+перв\w+\s+(?:\w+\s+){0,2}(?:недел\w*|дн\w*|месяц\w*)\s+работы",
    r"по\s+состоянию\s+на", r"по\s+данным\s+на",
)
RECORD_PHRASES = (r"рекорд\w*", r"чем\s+в\s+любом\s+(?:другом|предыдущем)\s+месяце",
                  r"больше\s*,?\s+чем\s+когда-(?:либо|нибудь)")

# --- numbers and qualifiers ----------------------------------------------------------------------------
THOUSANDS_SEPARATORS = (" ", "")
SCALE_WORDS = (r"тысяч(?:ами|ах|[аиуе])?", r"тыс\.?")
MILLION_WORDS = (r"миллион\w*", r"млн\.?", r"миллиард\w*", r"млрд\.?")  # no count of ours
OVER_WORDS = (r"понад", r"свыше", r"более,?\s+чем", r"больше,?\s+чем", r"более", r"больше", r"не\s+менее",
              r"как\s+минимум", r"по\s+меньшей\s+мере")
ABOUT_WORDS = (r"около", r"почти", r"примерно", r"порядка", r"приблизительно")
_RECEIVED_VERBS = ("отрима", "надійшл", "получи", "поступил", "обработа", "опрацюва", "звернул", "обратил")
# a figure to date: "вже отримав", "уже поступило", "отримала вже"
TO_DATE_PHRASES = (
    *(rf"{already}\s+(?:\w+\s+)?(?:отрима\w*|надійшл\w*|получи\w*|поступил\w*|обработа\w*|опрацюва\w*|"
      r"зареєстрова\w*|зарегистрирова\w*|перевищ\w*|превыси\w*|звернул\w*|обратил\w*)" for already in ("вже", "уже")),
    *(rf"{verb}\w*\s+(?:вже|уже)" for verb in _RECEIVED_VERBS),
)
START_WORDS = (r"с", r"со", r"от", r"начиная\s+с")
UNTIL_WORDS = (r"по\s+данным\s+на", r"по\s+состоянию\s+на", r"на\s+конец", r"к\s+концу", r"до\s+конца")
SERIES_NAMES: dict[str, tuple[str, ...]] = {"i_want_to_live": ("Хочу жить",), "i_want_to_find": ("Хочу найти",)}
LOOK_ALIKES = ("ищу своих", "украинских семей", "обмен", "красного креста",
               "министерства внутренних дел", "полици")
# words shortened with a dot that ends no sentence (not "тис."/"тыс."/"tys.", "р."/"г.": a figure or a year
# often ends a sentence with them): "dt. „Ich möchte leben“"
ABBREVIATIONS = ("т\\.е", "т\\.н", "см", "ген", "полк")
# what a hotline is called: its calls, in a post about that one series, are its requests
LINE_NOUNS = (r"горяч\w+\s+лини\w+", r"лини[яиюей]", r"чат-бот\w*")
# verbs of exceeding a figure (a milestone: "вже перевершила 100 000"), and the mark nouns that may follow
EXCEED_VERBS = (r"превысил\w*", r"превышает", r"превзош\w*", r"перевалил\w*\s+за", r"перешагнул\w*",
                r"преодолел\w*")
MARK_NOUNS = (r"отметку(?:\s+в)?", r"рубеж(?:\s+в)?", r"планку(?:\s+в)?")
ALREADY_WORDS = (r"уже",)
# verbs of receiving, before a bare figure ("надійшло 9 870") and after it ("9,870 came in")
RECEIVED_VERBS = (r"получи\w*", r"поступил\w*", r"принял\w*")
ARRIVED_AFTER = (r"поступил\w*", r"пришл\w*")
# rates and averages: a figure per day, week or month is no month's count
RATE_WORDS = (r"ежедневно", r"еженедельно", r"ежемесячно", r"в\s+день", r"в\s+сутки", r"в\s+среднем")
# soldiers who surrendered are prisoners, not requests (unless the press means the requests: see counting)
SURRENDER_VERBS = (r"сдал(?:ись|ось|ася|ся)", r"сдаются")
# changes: words of comparison before the month compared with, of percent, of rising and falling, the
# previous month said as such, and "last month"
COMPARE_WORDS = (r"чем", r"по\s+сравнению\s+с", r"против", r"в\s+сравнении\s+с")
PERCENT_WORDS = (r"процент\w*",)
INCREASE_WORDS = (r"больше", r"выросл\w*", r"вырос", r"увеличил\w*", r"возросл\w*", r"возрос", r"рост\w*",
                  r"прирост\w*", r"превыша\w*", r"превыси\w*")
DECREASE_WORDS = (r"меньше", r"снизил\w*", r"сократил\w*", r"уменьшил\w*", r"упал\w*", r"падение", r"снижение")
PREV_MONTH_PHRASES = (r"чем\s+в\s+предыдущем\s+месяце", r"по\s+сравнению\s+с\s+предыдущим\s+месяцем",
                      r"(?:чем|по\s+сравнению\s+с|в\s+сравнении\s+с|против)\s+(?:(?:в|во)\s+)?(?:предыдущ\w+|прошл\w+)"
                      r"\s+месяц\w*", r"чем\s+месяцем\s+ранее",
                      r"(?:до|к)\s+(?:предыдущ\w+|прошл\w+)\s+месяц\w*", r"м/м")
LAST_MONTH_PHRASES = (r"прошлого\s+месяца", r"прошлом\s+месяце", r"прошлый\s+месяц", r"в\s+прошлом\s+месяце",
                      r"в\s+минувшем\s+месяце", r"минувшего\s+месяца")
# "за последний месяц": the 30 days before publication (the month before only early in a month)
ROLLING_MONTH_PHRASES = (r"за\s+(?:последний|прошедший|минувший)\s+месяц", r"в\s+прошедшем\s+месяце",
                         r"во\s+прошедшем\s+месяце", r"прошедшего\s+месяца", r"в\s+течение\s+последнего\s+месяца")
# "этого месяца": the month of publication, still running
THIS_MONTH_PHRASES = (r"этого\s+месяца", r"в\s+этом\s+месяце", r"текущего\s+месяца", r"в\s+текущем\s+месяце",
                      r"за\s+(?:этот|текущий)\s+месяц")
# the words between a word of comparison and the month compared with ("чем в декабре")
COMPARED_LINK_WORDS = (r"в", r"во", r"с")
# part of the month an as-of date names ("на конец июня")
AS_OF_PART_PHRASES = (r"конец\s+", r"начало\s+")
# the launch of a project: a month right after it is its start, not a figure's month
LAUNCH_WORDS = (r"запуск\w*", r"запущен\w*", r"создан\w*", r"заработа\w*")
# small words the rules test: "from", "to" before a figure; before a year; "by" before a percent; a total
# brought to a figure; "this" year; "also"; bare superlatives; a name's pronouns and objects ("хочу знайти сина");
# "including", "of them"
FROM_WORDS = ("с", "со")
TO_WORDS = ("до",)
YEAR_PREPOSITIONS = (r"в", r"за")
BY_WORDS = (r"на",)
TOTAL_TO_PHRASES = (r"(?:доведя|довели|довел)\s+(?:\w+\s+){0,2}?(?:количество|число)\s+до",)
THIS_YEAR_WORDS = ("этого", "текущего")
ALSO_WORDS = ("еще", "также")
BARE_SUPERLATIVES = ("больше", "меньше")
NAME_PRONOUNS = ("я", "мы", "ты", "он", "она", "они", "не")
NAME_OBJECTS = ("своего", "своих", "моего", "моих", "сына", "брата", "мужа", "отца", "родных", "близких", "правду",
                "его", "ее", "их", "себя", "тебя", "вас", "нас")
INCLUDING_WORDS = (r"в\s+том\s+числе", r"в\s+частности")
OF_THEM_WORDS = (r"из\s+них", r"из\s+которых")
# "from" before the people who sent requests ("applications from 1,300 servicemen"); "по" before a per-month rate
SENDER_FROM_WORDS = ("от",)
PER_WORDS: tuple[str, ...] = ("по",)
SIGNED_ANCHOR_WORDS = (r"к", r"против", r"от")
MONTH_PREPOSITIONS = (r"в", r"во")
MONTH_ADJECTIVE_STEMS = {"январск": 1, "февральск": 2, "мартовск": 3, "апрельск": 4, "майск": 5, "июньск": 6,
                         "июльск": 7, "августовск": 8, "сентябрьск": 9, "октябрьск": 10, "ноябрьск": 11,
                         "декабрьск": 12}
ADJECTIVE_ENDINGS = ("ий", "ого", "ому", "им", "ом", "ая", "ой", "ую", "ое", "ие", "их", "ими", "е")
ADJECTIVE_COMPARE_WORDS = (r"чем", r"от", r"против", r"больше", r"меньше", r"превыси\w*", r"превыша\w*",
                           r"по\s+сравнению\s+с", r"в\s+сравнении\s+с")
# a change that reached a figure ("выросло вдвое — до", "выросло на 10% по сравнению с мартом, до")
_CHANGE_VERBS = r"(?:вырос\w*|увеличил\w*|снизил\w*|сократил\w*|упал\w*|достиг\w*|дошл\w*|возросл\w*)"
_NOT_EXACT = r"(?:примерно|ориентировочно|вероятно|якобы|потенциально|едва|нео|на\s)"
CHANGE_TO_PHRASES = (
    rf"{_CHANGE_VERBS}(?:\s+(?:(?!{_NOT_EXACT})[^\W\d]+о|на\s+[\d.,]+\s*(?:%|процент\w*)|вдвое|втрое|"
    r"в\s+два\s+раза))?(?:\s+(?:по\s+сравнению|в\s+сравнении)\s+(?:с|со)\s+[^\W\d]+)?\s*[,—–]?\s+до",
)
# claims: superlatives and their scope ("the highest ... ever"), record negations, figures called wrong, denied,
# corrected or hedged, and what was expected ("очікували, що ...", "as expected")
SUPERLATIVE_WORDS = (r"наибольш\w*", r"самое\s+большое", r"самый\s+высокий", r"максимальн\w*", r"максимум")
SUPERLATIVE_SCOPE_WORDS = (r"месяц\w*", r"за\s+все\s+время", r"с\s+начала", r"с\s+момента", r"истори\w*")
RECORD_NEGATIONS = (r"не\s+(?:был\w*\s+|стал\w*\s+)?рекорд\w*", r"антирекорд\w*", r"предыдущ\w+\s+рекорд\w*",
                    r"прошл\w+\s+рекорд\w*", r"рекордно\s+(?:мал|низк)\w*", r"наименьш\w*", r"минимальн\w*",
                    r"втор\w*\s+по\s+(?:величин|количеств|объем)\w*", r"трет\w*\s+по\s+\w+",
                    r"одн\w*\s+из\s+(?:наибольш|самых)\w*")
ERRONEOUS_WORDS = (r"ошибочно", r"неверно")
DENIAL_WORDS = (r"опроверг\w*", r"опровер\w*", r"фейк\w*", r"дезинформ\w*", r"не\s+соответству\w*\s+действительност\w*",
                r"если\s+бы?")
CORRECTION_PHRASES = (r"но\s+на\s+самом\s+деле", r"а\s+на\s+самом\s+деле", r"однако\s+на\s+самом\s+деле",
                      r"но\s+в\s+действительности", r"а\s+в\s+действительности", r"однако\s+в\s+действительности")
HEDGE_WORDS = (r"получит", r"получат", r"поступит", r"поступят", r"достигнет", r"превысит", r"составит", r"мог",
               r"может", r"могут", r"могли", r"бы", r"ожида\w*", r"прогноз\w*", r"планир\w*", r"якобы",
               r"утвержда\w*", r"заявляют\s+будто", r"если")
EXPECT_WORDS = (r"ожида\w*", r"прогноз\w*", r"планир\w*")
THAT_WORDS = (r"что",)
AS_WORDS = (r"как\s+и",)
EXPECTED_PARTICIPLES = (r"ожидал\w*", r"прогнозировал\w*")
# "since the start of the project" before its name and month: the month is its start ("seit Beginn des Projekts
# ... im Januar 2024"); the word between a month and its year ("enero de 2024")
SINCE_START_PHRASES = (r"с\s+начала", r"с\s+запуска", r"с\s+момента\s+запуска", r"от\s+начала")
# since the start of the year: a part of a year, which no series stores (not the running total since launch)
YEAR_TO_DATE_PHRASES = (r"с\s+начала\s+(?:этого\s+|текущего\s+)?года",)
# a span of months or weeks not counted from launch ("in den letzten zehn Monaten"): no stored period; each phrase
# holds one of its language's unit words
SPAN_PHRASES = (r"за\s+последние\s+(?:\d+|\w+)\s+(?:месяц\w*|недел\w*)",)
SPAN_UNIT_WORDS = ("месяц", "недел")
# words of a time the reader cannot place (this month, this week, today): a figure beside them is no running total
UNDATED_WORDS = (r"месяц\w*", r"недел\w*", r"квартал\w*", r"сегодня", r"вчера", r"выходн\w*", r"за\s+ночь")
# verbs of reporting: a month before them dates the report, not the figure ("Im Oktober teilte ... mit, dass");
# the infinitive that may follow instead of "that" ("a annoncé avoir reçu")
REPORT_VERBS = (r"сообщи\w*", r"сообща\w*", r"рассказа\w*", r"отмети\w*", r"заяви\w*")
# "a year ago" right after a month: that month of the year before publication ("im Mai letzten Jahres")
YEAR_AGO_AFTER_PHRASES = (r"год\s+назад",)

# --- time words of the older patterns (lexicon/periods.py) ---------------------------------------------
# "с тех пор": since what the sentence before speaks of; a launch said as a phrase ("начал работу")
SINCE_THEN_PHRASES = (r"с\s+тех\s+пор", r"за\s+это\s+время", r"за\s+этот\s+период")
LAUNCH_PHRASES = (r"заработа\w*", r"начал\w*\s+(?:свою\s+)?работу", r"создан\w*", r"стартова\w*")
# a rate per month said of a count ("ежемесячно по 3 тыс.")
PER_MONTH_PHRASES = (r"ежемесячно", r"(?:в|на)\s+месяц")
WHEN_WORDS = (r"когда",)
AND_WORDS = (r"и",)
IN_WORDS = (r"в", r"во")
# part of a month: "первую половину октября", "вторую декаду"
PARTIAL_MONTH_PHRASES = (r"(?:перв|втор|последн|друг)\w*\s+(?:половин|декад|недел)\w*",)
# "выросло с 10 440 в апреле до ...": the word before a change's first figure
CHANGE_FROM_WORDS = (r"с", r"со")
# an as-of date said as such ("по состоянию на 1 декабря")
AS_OF_PHRASES = (r"по\s+данным\s+на", r"по\s+состоянию\s+на")
WITH_WORDS = (r"с", r"со")
# "Январь стал рекордным": a month the subject of its clause
BECAME_WORDS = (r"стал", r"стала", r"стало", r"оказался", r"был")
# a span of time: "в течение года", "за последний год" (not "год назад"), "за (первый) год работы"
DURING_WORDS = (r"за", r"в\s+течение")
PAST_WORDS = (r"последний", r"прошедший", r"минувший")
YEAR_NOUNS = (r"год", r"года")
AGO_WORDS = (r"назад",)
FIRST_YEAR_PHRASES = (r"за\s+перв\w+\s+год\s+(?:(?:своей|его|ее)\s+)?(?:работы|существования|деятельности)",
                      r"в\s+течение\s+перв\w+\s+года\s+(?:(?:своей|его|ее)\s+)?(?:работы|существования|деятельности)")
YEAR_OF_WORK_PHRASES = (r"за\s+год\s+(?:(?:своей|его|ее)\s+)?(?:работы|существования|деятельности)",
                        r"в\s+течение\s+года\s+(?:(?:своей|его|ее)\s+)?(?:работы|существования|деятельности)")
# a first clause that sets the period of what follows ("С момента запуска ...", "В октябре ...")
HEAD_PERIOD_WORDS = (r"с", r"со", r"от", r"за", r"в", r"в\s+течение", r"начиная")
HEAD_MONTH_WORDS = (r"в", r"во", r"за", r"в\s+течение", r"по\s+итогам", r"за\s+итогами")
# words that tie a figure to some other time ("по сравнению с", "ранее", "назад")
OTHER_TIME_WORDS = (r"сравнени\w*", r"чем", r"против", r"ранее", r"предыдущ\w*", r"назад", r"позже", r"впоследствии")
# a figure so far ("уже поступило", "пока")
SO_FAR_WORDS = (r"уже", r"пока\s+что", r"пока", r"на\s+сегодня", r"на\s+данный\s+момент", r"по\s+состоянию\s+на")
# the ends of a span of months: "с января по март", "в январе-феврале"
RANGE_FROM_WORDS = (r"с", r"со", r"от")
RANGE_TO_WORDS = (r"по", r"до")
# words of a duration: a sentence with one states a figure for some other span
DURATION_WORDS = (r"год", r"года", r"году", r"лет", r"вчера", r"недел\w*", r"дн\w+", r"месяца", r"месяцев",
                  r"квартал\w*", r"полугоди\w*", r"период\w*", r"с\s+тех\s+пор")
# a span of months or weeks: "за последние десять месяцев" (not counted from launch), "за первые три месяца работы"
SPAN_EDGE_WORDS = (r"первые", r"последние")
SPAN_FIRST_WORDS = (r"первые",)
FIRST_STEMS = (r"перв",)
FIRST_WORDS = ("первый", "первую", "первая", "первое")
SPAN_COUNT_WORDS = (r"две", r"два", r"три", r"четыре", r"пять", r"шесть", r"семь", r"восемь", r"девять", r"десять",
                    r"одиннадцать")
MONTH_UNITS = (r"месяц\w*",)
WEEK_UNITS = (r"недел\w*",)
DAY_UNITS = (r"дн\w*",)
ONE_UNIT_WORDS = ("месяц", "неделю", "день")  # "за месяц работы": one, its count left out
OF_WORK_PHRASES = (r"(?:(?:своей|его|ее)\s+)?(?:работы|существования|деятельности)",)

# --- months, years and reports of the older patterns (lexicon/text.py) ------------------------------------
# the word after a year ("2025 года", "2024 г."), and a year said relative to now ("декабре прошлого года")
YEAR_WORDS = (r"года", r"году", r"год", r"г\.", r"г(?!\w)", r"-го", r"-й")
RELATIVE_YEAR_WORDS = (r"этого", r"текущего", r"прошлого")
# "в прошлом году в мае": a month of the year before publication; not after "с", "до", "от"
YEAR_AGO_BEFORE_PHRASES = (r"в\s+прошлом\s+году", r"прошлым\s+годом", r"год\s+назад")
YEAR_AGO_BLOCKERS = (r"с", r"до", r"от")
# "штаб сообщил в мае, что ...": a verb of reporting right before the month it dates
REPORT_BEFORE_VERBS = (r"сообщи\w*", r"сообща\w*", r"рассказа\w*", r"отмети\w*", r"заяви\w*")
# "сообщили в Координационном штабе по вопросам обращения с военнопленными в конце мая"
HQ_FULL_NAMES = (r"координационн\w*\s+штаб\w*\s+по\s+вопросам\s+обращения\s+с\s+военнопленными",)
# "не в декабре": a month denied; the prepositions before a period ("в", "за")
NOT_WORDS = (r"не", r"а\s+не")
PERIOD_PREPOSITIONS = (r"в", r"во", r"за")
# "с начала работы": the start a month is the date of
START_NOUNS = (r"начала",)
# verbs of a start: a month right after them ("заработал в сентябре") is the start, not a figure's month
START_VERBS = (r"запуск\w*", r"запущен\w*", r"заработал\w*", r"начал\w*", r"создан\w*", r"работает", r"действует",
               r"основан\w*")
# "превысила показатели февраля": the month compared with
MULTIPLE_WORDS = (r"превыси\w*", r"превыша\w*", r"превзош\w*", r"вдвое", r"втрое")
FIGURE_NOUNS = (r"показател\w*", r"цифр\w*", r"уров\w+")
FIGURE_OF_WORDS = (r"за", r"в")
# the ending of a day number before a month ("9-го января")
DAY_ENDINGS = (r"-?го", r"-?е", r"-?й")
# --- numbers of the older patterns (lexicon/text.py) ------------------------------------------------------
LETTER_FOLDS = {"ё": "е", "Ё": "Е"}  # «ё» is often written «е»: one spelling is read
HALF_TAIL_PHRASES = (r"с\s+половиной",)  # "две с половиной тысячи"
HALF_WORDS = (r"половин\w*",)
A_THOUSAND_WORDS = (r"тысячу",)  # a bare "тысячу" is a thousand
# a request noun written onto its number ("9243обращения"): the number still ends there
GLUED_NOUN_STEMS = (r"обращени", r"запрос")
# --- what a count is of, in the older patterns (lexicon/counts.py) ----------------------------------------
# adjectives between a figure and its noun ("8 548 новых обращений")
REQUEST_ADJECTIVES = (r"нов\w*", r"так\w*", r"официальн\w*", r"разн\w*", r"дополнительн\w*", r"отдельн\w*",
                      r"уникальн\w*", r"поисков\w*", r"розыскн\w*", r"онлайн")
SO_MANY_WORDS = (r"(?:именно\s+)?столько",)  # "144 138 — столько обращений"
WHOSE_WORDS = (r"чьи", r"чей", r"чья")
# words that deny or hedge a verb of contacting ("так и не обратились")
NOT_A_FACT_WORDS = (r"не", r"ни", r"бы", r"могут", r"могли", r"могла", r"должны")
AUX_ALREADY_WORDS = (r"уже",)
# wanting to surrender, said to the hotline ("изъявили желание сдаться"); surrendered; what ties a surrender to
# the hotline ("благодаря")
FROM_PLACE_WORDS = (r"из",)
INTENT_PHRASES = (r"изъявил\w*\s+желание", r"выразил\w*\s+желание", r"заявил\w*\s+о\s+желании",
                  r"заявил\w*\s*,?\s+что\s+хот\w*")
SURRENDER_STEMS = (r"сдат", r"сдач", r"сдав")
SURRENDERED_VERBS = (r"сдал(?:ись|ось|ася)",)
VIA_WORDS = (r"через", r"благодаря", r"с\s+помощью", r"таким\s+образом")
REQUEST_GAP_WORDS = (r"уже", r"еще")  # "обратились уже 9 000"
# words of captivity and death: people counted for what befell their kin
CAPTIVITY_WORDS = (r"плен\w*", r"погибш\w*")
KIN_BEFORE_WORDS = (r"семь\w*", r"семей", r"родственник\w*", r"близк\w*", r"матер\w*", r"из", r"от", r"среди")
# the stems of the request nouns; "the number of"; "about"; the missing
REQUEST_STEMS = (r"запрос\w*", r"обращени\w*")
NUMBER_OF_WORDS = (r"число", r"количество")
ABOUT_TOPIC_WORDS = (r"о", r"об", r"относительно")
MISSING_WORDS = (r"пропавш\w*", r"без\s+вести")
# calls: "8 548 новых звонков"; another line by its number ("на линию 112"); "раза"; "их"; words that go on
CALL_ADJECTIVES = (r"телефонн\w*", r"нов\w*")
LINE_NUMBER_WORDS = (r"лини\w*", r"номер\w*")
TIMES_WORDS = (r"раз(?:а)?",)
THEY_WORDS = (r"их",)
CONJUNCTIONS = (r"и", r"а", r"но")
# the project referred back to by a pronoun ("в него поступило")
PRONOUN_SUBJECTS = (r"он", r"она", r"оно", r"(?:в|к|на)\s+(?:него|нему|нее|неё)")
# words after a count that keep it a bare count ("достигла 9 243 в октябре")
SAFE_AFTER_WORDS = (r"в", r"во", r"за", r"и", r"а", r"но", r"что", r"это", r"против", r"когда", r"от", r"до",
                    r"после")
# words before a number that make it no count ("на 22%", "не 9 000", "из них", "менее", "от", "в возрасте"), and
# after it (an ordinal's ending, an age, money, a range's upper end)
BAD_BEFORE_WORDS = (r"на", r"по", r"не", r"а\s+не", r"вместо", r"из\s+них", r"из\s+которых", r"номер", r"тел\.?",
                    r"меньше", r"менее", r"от", r"между", r"среди", r"возрасте")
ORDINAL_ENDINGS = (r"-(?:й|го|ое|ая|ой|ый|х|ми)",)
AGE_WORDS = (r"лет", r"летн\w*")
CURRENCY_WORDS = (r"гривен\w*", r"доллар\w*", r"рубл\w*", r"евро")
RANGE_UPPER_WORDS = (r"до",)
# "с лишним": a figure and a bit more
OVER_AFTER_WORDS = (r"с\s+лишним", r"с\s+лишком", r"с\s+небольшим")
# the stems of "month" and of "last" every "last month" of the older lists holds (LAST_MONTH_RE's gate)
MONTH_NOUN_STEMS = ("месяц",)
LAST_STEMS = ("прошл", "прошедш", "минувш", "последн")
# a spokesman of his own line ("мы"); what may stand around a month in "А в октябре — 9 243"; a figure added to
# another ("еще"); requests passed on; what an unnamed project is called and its subject
FIRST_PERSON_WORDS = (r"мы", r"нас", r"наш\w*")
ELLIPSIS_WORDS = (r"а", r"и", r"но", r"в", r"во", r"за", r"только", r"лишь", r"рекордн\w*", r"рекорд", r"стал",
                  r"стала", r"был", r"была", r"месяц")
ADDITIVE_WORDS = (r"еще", r"также", r"тоже", r"них", r"кроме")
FORWARDED_WORDS = (r"переадрес\w*", r"перенаправ\w*", r"переда\w*", r"переслал\w*", r"переслан\w*", r"переслано")
PROJECT_NOUNS = (r"проект\w*", r"горяч\w+\s+лини\w+", r"телефон\w*\s+доверия", r"прям\w+\s+лини\w+")
SUBJECT_WORDS = (r"россий\w*", r"россиян\w*", r"оккупант\w*", r"военн\w*", r"военнослужащ\w*", r"сдат\w*", r"сдач\w*",
                 r"сдаться", r"коордштаб\w*", r"координационн\w*\s+штаб\w*")
# "в первом месяце 2025 года": January of that year (a year, if any, as the group "year")
FIRST_MONTH_OF_YEAR_PHRASES = (r"перв\w+\s+месяц\w*\s+(?:(?P<year>(?:19|20)\d\d)\s+)?года",)
# a change by a factor: "вдвое больше" (+100%), "вдвое меньше" (-50%)
_UP_VERBS = r"(?:выросл\w*|вырос|увеличил\w*|возросл\w*)"
_DOWN_VERBS = r"(?:уменьшил\w*|сократил\w*|упал\w*|снизил\w*)"
_TWICE = (r"вдвое", r"в\s+два\s+раза")
DOUBLING_UP_PHRASES = (r"вдвое\s+больше", r"в\s+два\s+раза\s+больше", r"удвоил\w*",
                       *(rf"{_UP_VERBS}\s+{t}" for t in _TWICE))
DOUBLING_DOWN_PHRASES = (r"вдвое\s+меньше", r"в\s+два\s+раза\s+меньше", *(rf"{_DOWN_VERBS}\s+{t}" for t in _TWICE))
# a regional breakdown or a subset: "больше всего обращений — из Башкортостана", "в том числе", "из Курской области"
_FROM_PLACE = r"(?:из|в)\s+(?!всех|разных)[^\W\d_][\w-]*\s+"
BREAKDOWN_PHRASES = (r"больше\s+всего", r"меньше\s+всего", r"наиболее\s+активн\w*", r"активнее\s+всего", r"оттуда",
                     r"лидер\w*", r"лидирует", r"на\s+первом\s+месте", r"далее\s+следуют", r"в\s+том\s+числе",
                     r"среди\s+них",
                     *(_FROM_PLACE + region for region in (r"област\w*", r"регион\w*", r"республи\w*", r"крае",
                                                            r"краю")))
# rates and averages beyond RATE_WORDS: "ежесуточно", "за сутки", "за неделю", "за два дня" (not "за все время",
# nor "за первую неделю работы": totals since launch)
_NOT_ALL = r"(?!(?:весь|увесь|все|цей|той|этот|это|тот)\s)"
_NOT_WORK = r"(?!\s+(?:роботи|работы|існування|существования|діяльності|деятельности))"
RATE_PHRASES = (r"за\s+сутки", r"на\s+неделю", r"в\s+неделю", r"за\s+неделю", r"ежесуточно", r"в\s+месяц",
                r"на\s+месяц", r"в\s+час",
                *(rf"за\s+(?:{_NOT_ALL}\w+\s+)?{unit}(?!\w){_NOT_WORK}" for unit in (r"дн\w+", r"недел\w+", r"суток",
                                                                                   r"час(?:а|ов)?")))
# capitals (a sentence starts with one; a place's name is one), read in the original text; "из Бурятии":
# the prepositions before a place, and the capitalised names that are no place of a breakdown
CAPITALS = "А-ЯЁ"
PLACE_FROM_WORDS = ("из",)
NOT_PLACE_NAMES = (r"Росси", r"РФ", r"Украин", r"Координ")
# a series' name denied: "not to the I Want to Live line" (the words that may stand between, with line nouns)
NAME_NEGATIONS = ("не",)
ADDRESSED_TO_WORDS = ("на", "в", "во", "через")
# a superlative said of a quantity ("the highest number", "die höchste Zahl"): with a month's figure, a record claim
QUANTITY_NOUNS = (r"количеств\w*", r"числ\w*", r"показател\w*", r"цифр\w*")
# "reported in early May": a part of the month after a report verb
MONTH_PART_WORDS = (r"в\s+начале", r"в\s+середине", r"в\s+конце")
