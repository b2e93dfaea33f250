"""The extractor on realistic news and Telegram phrasings, one group per phrasing family.

Written the way Ukrainian (Ukrinform, Suspilne, Ukrainska Pravda), Russian-language (Meduza,
Novaya Gazeta Europe, BBC Russian, The Insider) and English (Kyiv Independent, Reuters, Kyiv
Post) outlets and the Coordination Headquarters' own channel write these figures. Every case
gives its publication date, because months named without a year are resolved from it.

- `FOUND`: the exact facts the text states, in order; nothing missing, nothing extra.
- `SILENT`: near misses (other projects, exchanges, POWs, rates, totals, corrections, dates,
  phones): no fact at all.
- `QUARANTINED`: a tracked series is named but the figure cannot be read with confidence:
  no fact, and a problem with the given rule, so the post goes to quarantine.
"""

from __future__ import annotations

import pytest
from extract_helpers import CUM, FIND, LIVE, MOM, REC, TOTAL, M, fact_shape, read_post


def _month(series: str, period: str, value: float, qualifier: str = "exact") -> tuple:
    return (series, M, period, value, qualifier)


def _record(series: str, period: str, value: float, qualifier: str = "exact") -> tuple:
    return (series, REC, period, value, qualifier)


# --- the spot check --------------------------------------------------------------------------------

SPOT_CHECK = [
    ("spot1-uk-times-record-all-time", "2025-06-12",
     "У травні 2025 року до проєкту «Хочу найти» звернулися 12 320 разів — це рекорд за весь час роботи.",
     [_month(FIND, "2025-05", 12320), _record(FIND, "2025-05", 12320)]),
    ("spot2-en-single-quotes-record", "2025-06-13",
     "In May, Ukraine's 'I Want to Find' project received 12,320 requests, a record since its launch, "
     "the Coordination Headquarters said.",
     [_month(FIND, "2025-05", 12320), _record(FIND, "2025-05", 12320)]),
    ("spot3-en-families-turned-to-highest", "2025-04-04",
     "More than 10,000 Russian families turned to the I Want to Find project in March, the highest monthly "
     "number since the project started.",
     [_month(FIND, "2025-03", 10000, "over"), _record(FIND, "2025-03", 10000, "over")]),
    ("spot4-uk-live-calls", "2024-03-05",
     "За лютий на гарячу лінію «Хочу жити» надійшло понад 1,5 тисячі дзвінків, повідомив речник Віталій "
     "Матвієнко.",
     [_month(LIVE, "2024-02", 1500, "over")]),
    ("spot5-ru-total-in-brackets-then-elliptic-month", "2025-11-04",
     "Всего с начала работы проекта «Хочу найти» поступило более 144 тыс. заявок (144 138). "
     "Только за октябрь — 9 243.",
     [(FIND, CUM, "since_launch", 144138, "exact"), _month(FIND, "2025-10", 9243)]),
    ("spot6-uk-first-year-of-work", "2025-01-10",
     "Проєкт «Хочу знайти» за рік роботи отримав понад 52 тисячі звернень.",
     [(FIND, TOTAL, "2024-01..2024-12", 52000, "over")]),
]

# --- Ukrainian -------------------------------------------------------------------------------------

UKRAINIAN = [
    ("uk-headline-record-adjective", "2025-06-03", "«Хочу найти»: рекордні 12 320 заявок за травень",
     [_month(FIND, "2025-05", 12320), _record(FIND, "2025-05", 12320)]),
    ("uk-headline-colon-dash", "2025-11-04", "«Хочу знайти»: у жовтні — 9 243 звернення",
     [_month(FIND, "2025-10", 9243)]),
    ("uk-ukrinform-from-relatives", "2025-11-04",
     "У жовтні до проєкту «Хочу знайти» надійшло 9 243 звернення від родичів російських військових, "
     "повідомили в Координаційному штабі з питань поводження з військовополоненими.",
     [_month(FIND, "2025-10", 9243)]),
    ("uk-quantity-reached-record", "2025-06-04",
     "Кількість звернень до проєкту «Хочу знайти» у травні сягнула 12 320 — це рекорд від початку роботи "
     "проєкту.",
     [_month(FIND, "2025-05", 12320), _record(FIND, "2025-05", 12320)]),
    ("uk-quantity-attained", "2025-06-04", "У травні кількість заявок до «Хочу знайти» досягла 12 320.",
     [_month(FIND, "2025-05", 12320)]),
    ("uk-quantity-amounted", "2025-11-05", "За жовтень кількість звернень до проєкту «Хочу знайти» склала 9 243.",
     [_month(FIND, "2025-10", 9243)]),
    ("uk-quantity-amounted-thousands", "2025-11-05",
     "Кількість звернень до «Хочу знайти» у жовтні становила понад 9 тисяч.",
     [_month(FIND, "2025-10", 9000, "over")]),
    ("uk-project-received", "2025-11-04", "Проєкт «Хочу знайти» у жовтні отримав 9 243 звернення.",
     [_month(FIND, "2025-10", 9243)]),
    ("uk-passive-submitted", "2025-11-04", "У жовтні до «Хочу знайти» було подано 9 243 заявки.",
     [_month(FIND, "2025-10", 9243)]),
    ("uk-recorded-by-hq", "2025-11-04",
     "У Коордштабі зафіксували 9 243 звернення до проєкту «Хочу знайти» за жовтень.",
     [_month(FIND, "2025-10", 9243)]),
    ("uk-number-first", "2025-11-04", "9 243 звернення отримав у жовтні проєкт «Хочу знайти».",
     [_month(FIND, "2025-10", 9243)]),
    ("uk-explicit-year", "2025-11-06", "У жовтні 2025 року до проєкту «Хочу знайти» надійшло 9 243 звернення.",
     [_month(FIND, "2025-10", 9243)]),
    ("uk-by-results-of-month", "2025-11-04", "За підсумками жовтня проєкт «Хочу знайти» отримав 9 243 звернення.",
     [_month(FIND, "2025-10", 9243)]),
    ("uk-during-month-queries", "2025-06-05", "Протягом травня на «Хочу знайти» надійшло 12 320 запитів.",
     [_month(FIND, "2025-05", 12320)]),
    ("uk-last-month-times", "2025-11-04", "Минулого місяця до проєкту «Хочу знайти» звернулися понад 9 тисяч разів.",
     [_month(FIND, "2025-10", 9000, "over")]),
    ("uk-families-turned-to", "2025-04-03",
     "У березні до проєкту «Хочу знайти» звернулися понад 10 тисяч родин російських військових.",
     [_month(FIND, "2025-03", 10000, "over")]),
    ("uk-families-subject-first", "2025-04-03",
     "Понад 10 тисяч родин російських військових звернулися до проєкту «Хочу знайти» у березні.",
     [_month(FIND, "2025-03", 10000, "over")]),
    ("uk-series-in-previous-sentence", "2025-11-04",
     "Проєкт «Хочу знайти» підбив підсумки. Лише за жовтень надійшло 9 243 звернення.",
     [_month(FIND, "2025-10", 9243)]),
    ("uk-noun-carried-elliptic", "2025-11-04",
     "Проєкт «Хочу знайти» продовжує отримувати звернення від родин російських військових. Лише за жовтень — "
     "9 243.",
     [_month(FIND, "2025-10", 9243)]),
    ("uk-percent-rise", "2025-11-04",
     "У жовтні проєкт «Хочу знайти» отримав 9 243 звернення — на 4% більше, ніж у вересні.",
     [_month(FIND, "2025-10", 9243), (FIND, MOM, "2025-10", 4, "exact")]),
    ("uk-year-total", "2025-01-10", "За 2024 рік до проєкту «Хочу знайти» надійшло 52 052 звернення.",
     [(FIND, TOTAL, "2024-01..2024-12", 52052, "exact")]),
    ("uk-first-year-explicit", "2025-01-09",
     "За перший рік роботи проєкт «Хочу знайти» отримав 52 052 звернення.",
     [(FIND, TOTAL, "2024-01..2024-12", 52052, "exact")]),
    ("uk-total-number-for-the-month", "2025-11-04",
     "Загальна кількість звернень за жовтень до «Хочу знайти» склала 9 243.",
     [_month(FIND, "2025-10", 9243)]),
    ("uk-cumulative-since-launch", "2025-11-04",
     "Загалом з моменту запуску проєкт «Хочу знайти» отримав понад 144 тисячі звернень.",
     [(FIND, CUM, "since_launch", 144000, "over")]),
    ("uk-cumulative-all-time", "2025-11-04",
     "За весь час роботи до проєкту «Хочу знайти» надійшло понад 144 тисячі звернень.",
     [(FIND, CUM, "since_launch", 144000, "over")]),
    ("uk-live-calls-spokesman", "2024-03-05",
     "У лютому на гарячу лінію «Хочу жити» надійшло понад 1 500 дзвінків, повідомив речник.",
     [_month(LIVE, "2024-02", 1500, "over")]),
    ("uk-live-calls-before-number", "2024-03-05",
     "Кількість дзвінків на лінію «Хочу жити» у лютому перевищила 1 500.",
     [_month(LIVE, "2024-02", 1500, "over")]),
    ("uk-headline-beats-record", "2025-06-02", "«Хочу знайти» б'є рекорд: 12 320 звернень у травні",
     [_month(FIND, "2025-05", 12320), _record(FIND, "2025-05", 12320)]),
    ("uk-suspilne-live-after-find-named", "2025-04-03",
     "Проєкт «Хочу знайти» працює поруч із «Хочу жити». У березні до «Хочу жити» надійшло 1 100 звернень.",
     [_month(LIVE, "2025-03", 1100)]),
    ("uk-two-months-compared", "2025-11-04",
     "У жовтні «Хочу знайти» отримав 9 243 звернення, тоді як у вересні — 8 870.",
     [_month(FIND, "2025-10", 9243), _month(FIND, "2025-09", 8870)]),
    ("uk-correction-then-right-figure", "2025-11-05",
     "Виправлення: у попередній версії новини помилково вказано, що у жовтні «Хочу знайти» отримав 9 234 "
     "звернення. Правильна цифра — 9 243 звернення.",
     [_month(FIND, "2025-10", 9243)]),
]

# --- Russian ---------------------------------------------------------------------------------------

RUSSIAN = [
    ("ru-meduza-from-relatives", "2025-11-04",
     "В октябре в проект «Хочу найти» поступило 9 243 заявки от родственников российских военных, сообщил "
     "Координационный штаб.",
     [_month(FIND, "2025-10", 9243)]),
    ("ru-last-month-about-thousands", "2025-11-04",
     "В прошлом месяце в проект «Хочу найти» поступило около 9,2 тыс. обращений.",
     [_month(FIND, "2025-10", 9200, "about")]),
    ("ru-turned-times-record", "2025-06-12",
     "В мае в проект «Хочу найти» обратились 12 320 раз — это рекорд за все время работы.",
     [_month(FIND, "2025-05", 12320), _record(FIND, "2025-05", 12320)]),
    ("ru-people-turned", "2025-11-04", "В октябре в проект «Хочу найти» обратилось более 9 тысяч человек.",
     [_month(FIND, "2025-10", 9000, "over")]),
    ("ru-families-turned", "2025-04-04",
     "В марте в проект «Хочу найти» обратились более 10 тысяч семей российских военнослужащих.",
     [_month(FIND, "2025-03", 10000, "over")]),
    ("ru-by-results-of-month", "2025-11-04", "По итогам октября проект «Хочу найти» получил 9 243 обращения.",
     [_month(FIND, "2025-10", 9243)]),
    ("ru-decimal-thousands-record", "2025-06-03",
     "Проект «Хочу найти» в мае получил 12,3 тыс. заявок — рекорд с момента запуска.",
     [_month(FIND, "2025-05", 12300), _record(FIND, "2025-05", 12300)]),
    ("ru-thousands-word", "2025-11-04", "За октябрь в «Хочу найти» поступило более 9 тысяч обращений.",
     [_month(FIND, "2025-10", 9000, "over")]),
    ("ru-explicit-year", "2025-11-05", "В октябре 2025 года в проект «Хочу найти» поступило 9 243 обращения.",
     [_month(FIND, "2025-10", 9243)]),
    ("ru-number-after-noun", "2025-11-04", "Число обращений в проект «Хочу найти» в октябре составило 9 243.",
     [_month(FIND, "2025-10", 9243)]),
    ("ru-reached-record-adjective", "2025-06-04",
     "Количество заявок в проект «Хочу найти» в мае достигло рекордных 12 320.",
     [_month(FIND, "2025-05", 12320), _record(FIND, "2025-05", 12320)]),
    ("ru-series-in-previous-sentence", "2025-11-04",
     "Координационный штаб подвел итоги работы проекта «Хочу найти». Только за октябрь поступило 9 243 "
     "обращения.",
     [_month(FIND, "2025-10", 9243)]),
    ("ru-bbc-noun-first", "2025-11-04", "По данным штаба, в октябре заявок в «Хочу найти» было 9 243.",
     [_month(FIND, "2025-10", 9243)]),
    ("ru-insider-recorded-record", "2025-06-05",
     "Проект «Хочу найти» в мае зафиксировал рекордные 12 320 обращений от родственников пропавших российских "
     "военных.",
     [_month(FIND, "2025-05", 12320), _record(FIND, "2025-05", 12320)]),
    ("ru-absolute-maximum", "2025-06-05",
     "В мае в «Хочу найти» поступило 12 320 заявок — максимум за все время работы проекта.",
     [_month(FIND, "2025-05", 12320), _record(FIND, "2025-05", 12320)]),
    ("ru-live-calls", "2024-03-05", "На горячую линию «Хочу жить» в феврале поступило более 1,5 тысячи звонков.",
     [_month(LIVE, "2024-02", 1500, "over")]),
    ("ru-live-requests-about", "2024-03-05", "В феврале в проект «Хочу жить» поступило около 1 500 обращений.",
     [_month(LIVE, "2024-02", 1500, "about")]),
    ("ru-decimal-thousands-word-order", "2025-04-04", "Более 8,5 тыс. заявок поступило в «Хочу найти» в марте.",
     [_month(FIND, "2025-03", 8500, "over")]),
    ("ru-headline-record", "2025-06-02", "Рекорд «Хочу найти»: 12 320 заявок за май",
     [_month(FIND, "2025-05", 12320), _record(FIND, "2025-05", 12320)]),
    ("ru-novaya-gazeta-people-verb-after", "2025-04-04",
     "Более 10 тысяч родственников российских военных обратились в проект «Хочу найти» в марте.",
     [_month(FIND, "2025-03", 10000, "over")]),
    ("ru-month-exact-in-brackets", "2025-11-04", "«Хочу найти» в октябре получил более 9 тыс. заявок (9 243).",
     [_month(FIND, "2025-10", 9243)]),
    ("ru-bracket-that-is-not-the-same-count", "2025-11-04",
     "«Хочу найти» в октябре получил более 9 тыс. заявок (300 в день).",
     [_month(FIND, "2025-10", 9000, "over")]),
    ("ru-people-2-4-form", "2025-11-04", "В октябре в «Хочу найти» обратились 9 243 человека.",
     [_month(FIND, "2025-10", 9243)]),
    ("ru-total-then-month", "2025-11-04",
     "С момента запуска в проект «Хочу найти» поступило более 144 тысяч обращений, только в октябре — 9 243.",
     [(FIND, CUM, "since_launch", 144000, "over"), _month(FIND, "2025-10", 9243)]),
]

# --- English ---------------------------------------------------------------------------------------

ENGLISH = [
    ("en-kyiv-independent-straight-quotes", "2025-11-04",
     "Ukraine's \"I Want to Find\" project received 9,243 requests in October, the Coordination Headquarters "
     "for the Treatment of Prisoners of War said.",
     [_month(FIND, "2025-10", 9243)]),
    ("en-curly-quotes-logged", "2025-11-04", "The “I Want to Find” project logged 9,243 requests in October.",
     [_month(FIND, "2025-10", 9243)]),
    ("en-single-quotes-last-month", "2025-11-04",
     "Ukraine's 'I Want to Find' project recorded 9,243 requests last month.",
     [_month(FIND, "2025-10", 9243)]),
    ("en-curly-single-quotes", "2025-11-04",
     "Ukraine’s ‘I Want to Find’ project recorded 9,243 requests in October.",
     [_month(FIND, "2025-10", 9243)]),
    ("en-no-quotes-saw-inquiries", "2025-11-04", "The I Want to Find project saw 9,243 inquiries in October.",
     [_month(FIND, "2025-10", 9243)]),
    ("en-past-month-early", "2025-11-04",
     "The I Want to Find project received 9,243 applications in the past month, officials said.",
     [_month(FIND, "2025-10", 9243)]),
    ("en-live-calls", "2024-03-05",
     "I Want to Live received over 1,500 calls in February, spokesman Vitaliy Matviyenko said.",
     [_month(LIVE, "2024-02", 1500, "over")]),
    ("en-passive-submitted", "2025-11-04", "In October, 9,243 requests were submitted to the I Want to Find project.",
     [_month(FIND, "2025-10", 9243)]),
    ("en-relatives-contacted", "2025-11-04",
     "More than 9,000 relatives of Russian soldiers contacted the I Want to Find project in October.",
     [_month(FIND, "2025-10", 9000, "over")]),
    ("en-headline-number-month", "2025-11-04", "I Want to Find: 9,243 requests in October",
     [_month(FIND, "2025-10", 9243)]),
    ("en-headline-logs-record", "2025-06-02", "'I Want to Find' project logs record 12,320 requests in May",
     [_month(FIND, "2025-05", 12320), _record(FIND, "2025-05", 12320)]),
    ("en-nearly-reached", "2025-11-04", "Nearly 9,300 inquiries reached the I Want to Find project in October.",
     [_month(FIND, "2025-10", 9300, "about")]),
    ("en-thousand-word", "2025-04-04", "The project I Want to Find received more than 10 thousand requests in March.",
     [_month(FIND, "2025-03", 10000, "over")]),
    ("en-last-month-with-daily-rate", "2025-11-04",
     "Last month the I Want to Find project logged 9,243 requests, about 300 a day.",
     [_month(FIND, "2025-10", 9243)]),
    ("en-total-by-end-of-month-is-running-total", "2025-11-04",
     "By the end of October, the I Want to Find project had received 144,138 requests in total.",
     [(FIND, CUM, "since_launch", 144138, "exact")]),
    ("en-reuters-families-verb-after-year", "2025-04-04",
     "More than 10,000 Russian families have turned to the I Want to Find project in March 2025.",
     [_month(FIND, "2025-03", 10000, "over")]),
    ("en-live-calls-since-launch", "2025-11-04",
     "The I Want to Live hotline has received more than 30,000 calls since its launch in September 2022.",
     [(LIVE, CUM, "since_launch", 30000, "over")]),
    ("en-people-called-live", "2024-03-05", "Over 1,500 people called the I Want to Live hotline in February.",
     [_month(LIVE, "2024-02", 1500, "over")]),
    ("en-first-year", "2025-01-12", "I Want to Find received 52,052 requests in its first year of work.",
     [(FIND, TOTAL, "2024-01..2024-12", 52052, "exact")]),
    ("en-past-month-calls-the-month-before", "2025-11-04",
     "Over the past month, the I Want to Find project received 9,000 requests.",
     [_month(FIND, "2025-10", 9000)]),
    ("en-busiest-month", "2025-06-03",
     "The I Want to Find project received 12,320 appeals in May, its busiest month since the launch.",
     [_month(FIND, "2025-05", 12320), _record(FIND, "2025-05", 12320)]),
    ("en-series-in-previous-sentence", "2025-11-04",
     "The I Want to Find project keeps growing. In October alone it received 9,243 requests.",
     [_month(FIND, "2025-10", 9243)]),
]

# Two months as the ends of a span: the total of those months (the real texts record such spans with their
# range: «Хочу жить»'s first weeks as 2022-09..2022-10, "у січні-березні" as 2023-01..2023-03).
SPANS_OF_MONTHS = [
    ("months-range-uk", "2025-04-04", "За січень–березень 2025 року до «Хочу знайти» надійшло 27 000 заявок.",
     [(FIND, TOTAL, "2025-01..2025-03", 27000, "exact")]),
]

FOUND = SPOT_CHECK + UKRAINIAN + RUSSIAN + ENGLISH + SPANS_OF_MONTHS


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in FOUND], ids=[c[0] for c in FOUND])
def test_found(published: str, text: str, expected: list[tuple]) -> None:
    assert fact_shape(read_post(text, published)) == expected


# --- near misses: nothing may be read --------------------------------------------------------------

SILENT = [
    # a count in the future tense is a forecast
    ("first-year-forecast", "2024-06-10", "За перший рік роботи «Хочу знайти» отримає 52 052 звернення."),
    ("future-month-uk", "2025-11-04", "Як і очікували у штабі, у жовтні «Хочу знайти» отримає понад 9 тисяч звернень."),
    ("future-month-ru", "2025-11-04", "В штабе считают, что в ноябре «Хочу найти» получит более 9 тысяч обращений."),
    ("future-month-en", "2025-11-04",
     "The I Want to Find project will receive about 9,500 requests in November, the HQ said."),
    # other projects and bodies
    ("other-project-uk", "2025-11-04",
     "Проєкт «Шукаю своїх» у жовтні отримав 1 120 звернень. «Хочу знайти» опублікує звіт пізніше."),
    ("other-project-ru", "2025-11-04", "В октябре в проект «Ищу своих» поступило 1 120 обращений от украинских семей."),
    ("red-cross-calls-en", "2025-11-04", "The Red Cross hotline received 9,243 calls in October."),
    ("ukrainian-families-uk", "2025-11-04",
     "У жовтні до Коордштабу звернулися понад 2 тисячі українських родин; проєкт «Хочу знайти» працює окремо."),
    # exchanges and POWs
    ("exchange-uk", "2025-11-04", "«Хочу знайти»: у жовтні в результаті обміну повернулися 185 військових."),
    ("exchange-ru", "2025-11-04",
     "В октябре в результате обмена домой вернулись 185 военных; проект «Хочу найти» продолжает принимать заявки."),
    ("relatives-of-pows-ru", "2025-11-04",
     "В октябре в проект «Хочу найти» обратились родственники 1 790 военных, находящихся в плену."),
    ("relatives-of-people-uk", "2025-11-04",
     "У жовтні родичі 1 790 людей звернулися до проєкту «Хочу знайти», з'ясувавши, що ті в полоні."),
    ("confirmed-captives-en", "2025-11-04",
     "Of the families who turned to I Want to Find in October, 1,200 learned their relatives are in captivity."),
    # daily and other rates
    ("daily-families-uk", "2025-11-04", "Щодня до проєкту «Хочу знайти» звертаються близько 300 родин."),
    ("daily-families-en", "2025-11-04", "About 300 families a day contact the I Want to Find project."),
    ("first-week-uk", "2025-11-04", "За перший тиждень жовтня до «Хочу знайти» надійшло 2 000 заявок."),
    ("first-week-en", "2025-11-04",
     "The I Want to Find project received 2,000 requests in the first week of October."),
    ("first-half-uk", "2025-11-04", "За першу половину жовтня до «Хочу знайти» надійшло 4 500 заявок."),
    ("first-half-en", "2025-11-04", "I Want to Find received 4,500 requests in the first half of October."),
    # totals posing as months
    ("total-in-month-uk", "2025-11-04", "У жовтні загальна кількість звернень до «Хочу знайти» перевищила 144 тисячі."),
    # comparisons that are not counts
    ("more-than-usual-uk", "2025-11-04", "У жовтні до «Хочу знайти» надійшло на 22% більше звернень, ніж зазвичай."),
    ("more-than-usual-en", "2025-11-04", "I Want to Find received 22% more requests than usual in October."),
    ("delta-ru", "2025-11-04", "В октябре в «Хочу найти» поступило на 1 500 обращений больше, чем в сентябре."),
    ("year-percent-uk", "2025-11-04", "У 2025 році кількість звернень до «Хочу знайти» зросла на 40%."),
    # people who did not, could or might write; people counted as someone's kin or a subset
    ("families-not-yet-uk", "2025-04-03",
     "Понад 10 тисяч родин досі не звернулися до проєкту «Хочу знайти» у березні, вважають у штабі."),
    ("families-could-en", "2025-04-03", "In March, 10,000 families could contact the I Want to Find project."),
    ("people-whose-relatives-ru", "2025-11-04",
     "В октябре в проект «Хочу найти» обратились 1 790 человек, чьи родственники находятся в плену."),
    ("families-who-comma-uk", "2025-11-04",
     "У жовтні з 9 243 родин, які звернулися до «Хочу знайти», 1 790 дізналися про полон."),
    ("soldiers-not-people-en", "2025-11-04",
     "In October, families of 1,790 soldiers contacted the I Want to Find project."),
    ("families-wrote-about-captives-en", "2025-11-04",
     "In October 1,790 families wrote to the I Want to Find project about sons in captivity."),
    # quarters
    ("quarter-ru", "2025-10-06", "За третий квартал в проект «Хочу найти» поступило 27 тысяч заявок."),
    # calls to something else
    ("calls-to-other-line-live-named", "2025-11-04",
     "«Хочу жити» нагадує: у жовтні на лінію 112 надійшло 9 000 дзвінків про обстріли."),
    ("calls-to-other-line-live-next-sentence", "2025-11-04",
     "Гаряча лінія поліції у жовтні прийняла 9 000 дзвінків. «Хочу жити» працює цілодобово."),
    # corrections, dates, years, phones
    ("correction-wrong-figure-uk", "2025-11-05",
     "Виправлення: у попередній версії новини помилково вказано, що у жовтні «Хочу знайти» отримав 9 234 "
     "звернення."),
    ("correction-wrong-figure-en", "2025-11-05",
     "Correction: an earlier version of this story incorrectly said I Want to Find received 9,234 requests in "
     "October."),
    ("launch-date", "2025-01-09", "9 січня 2024 року запрацював проєкт «Хочу знайти»."),
    ("launch-year", "2025-11-04", "«Хочу знайти» працює з 2024 року і за цей час отримав десятки тисяч звернень."),
    ("phones", "2025-11-04",
     "Гаряча лінія «Хочу жити»: 0 800 500 225 (з України), +38 066 580 34 98, у жовтні працює цілодобово."),
    ("date-in-month-en", "2025-11-04", "On October 9, 2025, I Want to Find published 3 new videos."),
    # forecasts and the month still running
    ("forecast-current-month-uk", "2025-11-04", "У листопаді «Хочу знайти» очікує понад 10 тисяч звернень."),
    ("wish-not-name", "2025-11-04", "Хочу знайти брата: у жовтні я подала 2 заявки, але 1 500 родин чекають досі."),
]


@pytest.mark.parametrize(("published", "text"), [c[1:] for c in SILENT], ids=[c[0] for c in SILENT])
def test_silent(published: str, text: str) -> None:
    assert read_post(text, published).facts == ()


# --- honest quarantine: the series is named, the figure is not readable -----------------------------

QUARANTINED = [
    ("calls-for-the-find-project", "2025-11-04",
     "У жовтні на гарячу лінію «Хочу знайти» надійшло 1 200 дзвінків.", "unit_calls"),
    ("year-of-work-long-after-launch", "2025-09-10",
     "За рік роботи «Хочу знайти» отримав понад 100 тисяч звернень.", "period_unknown"),
    ("past-month-mid-month", "2025-11-20",
     "Over the past month, the I Want to Find project received 9,000 requests.", "month_unknown"),
    ("current-month-so-far", "2025-11-15", "У листопаді до «Хочу знайти» вже надійшло 4 000 звернень.",
     "period_partial"),
    ("first-week-of-work-long-ago", "2025-11-04",
     "«Хочу знайти»: за перший тиждень роботи надійшло понад 2 тисячі заявок.", "month_unknown"),
    ("bracket-of-another-month", "2025-11-04",
     "«Хочу найти» в октябре получил более 9 тыс. заявок (12 320 в мае).", "month_ambiguous"),
    ("first-year-still-running", "2024-06-10",
     "За перший рік роботи «Хочу знайти» отримав 52 052 звернення.", "period_unknown"),
    ("a-year-of-work-and-a-month", "2025-01-10",
     "У січні «Хочу знайти» відзначив рік роботи: за рік роботи надійшло понад 45 тисяч звернень.",
     "period_unknown"),
]


@pytest.mark.parametrize(("published", "text", "rule"), [c[1:] for c in QUARANTINED],
                         ids=[c[0] for c in QUARANTINED])
def test_quarantined(published: str, text: str, rule: str) -> None:
    extraction = read_post(text, published)
    assert extraction.facts == ()
    assert rule in {p.rule for p in extraction.problems}
