"""The extractor on long, messy, realistic posts and articles: the figure among other numbers.

Written the way the Coordination Headquarters' Telegram channel, the project's own Russian-language
channel and uk / ru / en news sites write these figures: long articles with exchanges, confirmed
POWs, daily rates, dates, years, phones and money around the one monthly count; rounded figures;
month names in every case; "last month"; year-end summaries; January posts about December; odd
spacing and quotes; "the project" unnamed on the center's own channel and on a news site.

Each case: (id, published date, channel, text, expected facts in order). An empty list means no
fact may be read (a problem that sends the post to quarantine is allowed).
"""

from __future__ import annotations

import pytest
from extract_helpers import CUM, FIND, LIVE, MOM, REC, TOTAL, M, fact_shape, read_post

HQ, RU_CHANNEL, NEWS = "koordshtab", "hochu_najti_demo", "news_demo"


def _m(period: str, value: float, qualifier: str = "exact", series: str = FIND) -> tuple:
    return (series, M, period, value, qualifier)


def _rec(period: str, value: float, qualifier: str = "exact", series: str = FIND) -> tuple:
    return (series, REC, period, value, qualifier)


def _mom(period: str, value: float, qualifier: str = "exact", series: str = FIND) -> tuple:
    return (series, MOM, period, value, qualifier)


def _cum(value: float, qualifier: str = "exact", series: str = FIND) -> tuple:
    return (series, CUM, "since_launch", value, qualifier)


def _total(period: str, value: float, qualifier: str = "exact", series: str = FIND) -> tuple:
    return (series, TOTAL, period, value, qualifier)


# --- the center's own channel ----------------------------------------------------------------------

OFFICIAL = [
    ("hq-may-summary-record-percent-total", "2025-06-04", HQ,
     "📊 Підсумки травня у проєкті «Хочу знайти»\n\n"
     "У травні до проєкту надійшло 12 320 звернень від родичів військових РФ — це рекордна кількість за "
     "весь час роботи проєкту. Це на 18% більше, ніж у квітні.\n\n"
     "Загалом з моменту запуску проєкт отримав понад 100 тисяч звернень.\n\n"
     "Нагадуємо: реальна кількість зниклих безвісти у 2–3 рази більша.",
     [_m("2025-05", 12320), _rec("2025-05", 12320), _mom("2025-05", 18), _cum(100000, "over")]),
    ("hq-october-in-figures-rate-and-captives", "2025-11-05", HQ,
     "Жовтень у цифрах: 9 243 заявки до проєкту «Хочу знайти» — у середньому близько 300 на день. "
     "Окрім того, 1 358 родин дізналися, що їхні рідні перебувають у полоні. "
     "З початку роботи проєкту — понад 144 тисячі звернень.",
     [_m("2025-10", 9243), _cum(144000, "over")]),
    ("hq-unnamed-project-own-channel", "2025-11-04", HQ,
     "За жовтень проєкт отримав 9 243 звернення. Дякуємо всім, хто поширює інформацію!",
     [_m("2025-10", 9243)]),
    ("hq-january-post-about-december-and-the-year", "2025-01-06", HQ,
     "У грудні до проєкту «Хочу знайти» звернулися 7 006 разів. Загалом за 2024 рік — 52 052 звернення.",
     [_m("2024-12", 7006), _total("2024-01..2024-12", 52052)]),
    ("hq-list-by-month", "2025-04-03", HQ,
     "Кількість звернень до проєкту «Хочу знайти» за місяцями:\nсічень — 8 548\nлютий — 7 912\n"
     "березень — понад 10 000",
     [_m("2025-01", 8548), _m("2025-02", 7912), _m("2025-03", 10000, "over")]),
    ("hq-headline-dash-then-history-superlative", "2025-06-03", HQ,
     "📌 У травні — 12 320 звернень до проєкту «Хочу знайти». Це найбільше за всю історію проєкту.",
     [_m("2025-05", 12320), _rec("2025-05", 12320)]),
    ("hq-exchange-post-is-not-ours", "2025-06-04", HQ,
     "Сьогодні, 4 червня, відбувся 65-й обмін полоненими: додому повертаються 307 захисників. "
     "Загалом з 2022 року з полону повернуто 5 857 українців.",
     []),
    ("hq-ukrainian-families-not-the-project", "2025-06-05", HQ,
     "У травні до Коордштабу звернулися понад 2 000 родин українських військових, які зникли безвісти.",
     []),
    ("hq-shukayu-svoyikh-on-hq-channel", "2025-06-05", HQ,
     "У травні до проєкту МВС «Шукаю своїх» надійшло 12 320 звернень.",
     []),
    ("hq-own-hotline-calls-by-number", "2025-06-05", HQ,
     "Гаряча лінія Коордштабу 0 800 300 529 у травні прийняла понад 5 000 дзвінків від українських родин.",
     []),
    ("hq-ru-channel-times", "2025-11-04", RU_CHANNEL,
     "В октябре к нам обратились 9 243 раза. Спасибо за доверие.",
     [_m("2025-10", 9243)]),
    ("hq-ru-channel-january-about-december", "2025-01-05", RU_CHANNEL,
     "Итоги декабря: в проект поступило 7 006 обращений. Это на 12% больше, чем в ноябре.",
     [_m("2024-12", 7006), _mom("2024-12", 12)]),
    ("hq-ru-channel-phone-and-count", "2025-11-04", RU_CHANNEL,
     "Связаться с проектом можно в Telegram или по телефону +38 066 580 34 98. В октябре поступило 9 243 "
     "заявки.",
     [_m("2025-10", 9243)]),
    ("hq-year-summary-first-year", "2025-01-09", HQ,
     "9 січня 2024 року запрацював проєкт «Хочу знайти». За перший рік роботи до нього надійшло 52 052 "
     "звернення, а 4 109 родин отримали підтвердження, що їхні рідні живі й перебувають у полоні.",
     [_total("2024-01..2024-12", 52052)]),
    ("hq-as-of-date-running-total", "2025-06-16", HQ,
     "Станом на 15 червня до проєкту «Хочу знайти» надійшло 100 324 звернення.",
     [_cum(100324)]),
]

# --- Ukrainian news --------------------------------------------------------------------------------

UKRAINIAN = [
    ("uk-long-article-exchange-pows-shukayu", "2025-11-05", NEWS,
     "Україна та росія 2 жовтня провели черговий обмін полоненими: додому повернулися 185 захисників і 20 "
     "цивільних. Загалом з 2022 року вдалося повернути 6 300 людей. Тим часом проєкт «Хочу знайти» у жовтні "
     "отримав 9 243 звернення від родичів російських військових, які зникли безвісти. За даними штабу, "
     "щонайменше 1 790 з них уже підтверджено як полонені. Проєкт «Шукаю своїх» за той самий період "
     "отримав близько 1 100 заявок від українських родин.",
     [_m("2025-10", 9243)]),
    ("uk-casualties-and-record", "2025-06-04", NEWS,
     "За травень росія втратила понад 30 тисяч військових, тоді як до «Хочу знайти» звернулися рекордні "
     "12 320 разів.",
     [_m("2025-05", 12320), _rec("2025-05", 12320)]),
    ("uk-month-nominative-record", "2025-06-04", NEWS,
     "Травень став рекордним місяцем для проєкту «Хочу знайти»: 12 320 звернень.",
     [_m("2025-05", 12320), _rec("2025-05", 12320)]),
    ("uk-headline-hq-relatives-of-occupiers", "2025-06-04", NEWS,
     "Координаційний штаб: у травні родичі окупантів надіслали 12 320 заявок до «Хочу знайти»",
     [_m("2025-05", 12320)]),
    ("uk-german-quotes-double-space", "2025-11-04", NEWS,
     "У  жовтні до проєкту „Хочу знайти“ надійшло 9 243  звернення.",
     [_m("2025-10", 9243)]),
    ("uk-thousands-separator-double-space", "2025-11-04", NEWS,
     "У жовтні до проєкту «Хочу знайти» надійшло 9  243 звернення.",
     [_m("2025-10", 9243)]),
    ("uk-daily-rate-and-peak", "2025-11-04", NEWS,
     "Щодня до проєкту «Хочу знайти» надходить близько 400 заявок, а в пікові дні — до 700.",
     []),
    ("uk-delta-is-not-a-count", "2025-06-04", NEWS,
     "У травні до «Хочу знайти» надійшло на 2 300 звернень більше, ніж у квітні.",
     []),
    ("uk-rose-to-then-delta", "2025-06-04", NEWS,
     "У травні кількість звернень до проєкту «Хочу знайти» зросла до 12 320 — це на 1 880 більше, ніж у "
     "квітні.",
     [_m("2025-05", 12320)]),
    ("uk-confirmed-captives-not-requests", "2025-11-04", NEWS,
     "У жовтні штаб підтвердив перебування в полоні 1 358 російських військових, про яких питали через "
     "«Хочу знайти».",
     []),
    ("uk-forecast-running-month", "2025-06-04", NEWS,
     "Експерти прогнозують, що в червні кількість звернень до «Хочу знайти» може перевищити 15 тисяч.",
     []),
    ("uk-expected-versus-received", "2025-06-05", NEWS,
     "У травні в штабі очікували понад 15 тисяч звернень до «Хочу знайти», але надійшло 12 320.",
     [_m("2025-05", 12320)]),
    ("uk-monthly-rate-last-year", "2025-06-05", NEWS,
     "У травні минулого року проєкт «Хочу знайти» ще отримував близько 4 тисяч звернень на місяць.",
     [_m("2024-05", 4000, "about")]),
    ("uk-year-over-year", "2025-06-05", NEWS,
     "У травні 2025 року звернень до «Хочу знайти» було 12 320, тоді як у травні 2024-го — 4 100.",
     [_m("2025-05", 12320), _m("2024-05", 4100)]),
    ("uk-dated-headline", "2025-06-04", NEWS,
     "4 червня 2025 року. «Хочу знайти»: 12 320 звернень за травень",
     [_m("2025-05", 12320)]),
    ("uk-launch-date-in-relative-clause", "2025-11-06", NEWS,
     "Проєкт «Хочу знайти», що працює з 9 січня 2024 року, у жовтні 2025 року отримав 9 243 звернення.",
     [_m("2025-10", 9243)]),
    ("uk-money-then-count", "2025-06-05", NEWS,
     "Родичі часто платять шахраям по 50 000 рублів за «інформацію» про полонених. У травні до «Хочу "
     "знайти» надійшло 12 320 звернень.",
     [_m("2025-05", 12320)]),
    ("uk-both-projects-one-sentence", "2025-11-04", NEWS,
     "У жовтні «Хочу знайти» отримав 9 243 звернення, а «Хочу жити» — понад 1 000 дзвінків.",
     [_m("2025-10", 9243), _m("2025-10", 1000, "over", LIVE)]),
    ("uk-january-percent-and-highest", "2025-02-04", NEWS,
     "У січні до «Хочу знайти» надійшло 8 548 звернень — на 22% більше, ніж у грудні, і це найвищий "
     "показник за весь час.",
     [_m("2025-01", 8548), _mom("2025-01", 22), _rec("2025-01", 8548)]),
    ("uk-mom-and-yoy-percents", "2025-11-04", NEWS,
     "У жовтні «Хочу знайти» отримав 9 243 звернення — на 4% більше, ніж у вересні, та на 80% більше, "
     "ніж у жовтні 2024 року.",
     [_m("2025-10", 9243), _mom("2025-10", 4)]),
    ("uk-fall-instrumental-month", "2025-11-04", NEWS,
     "Кількість звернень до «Хочу знайти» у жовтні зменшилася на 5% порівняно з вереснем.",
     [_mom("2025-10", -5)]),
    ("uk-last-month-accusative", "2025-11-04", NEWS,
     "За минулий місяць до «Хочу знайти» звернулися 9 243 рази.",
     [_m("2025-10", 9243)]),
    ("uk-year-total-and-december", "2026-01-09", NEWS,
     "За 2025 рік проєкт «Хочу знайти» отримав понад 120 тисяч звернень, а у грудні — 10 450.",
     [_total("2025-01..2025-12", 120000, "over"), _m("2025-12", 10450)]),
    ("uk-hyphenated-month-range-after-month", "2025-07-03", NEWS,
     "У квітні «Хочу знайти» отримав понад 10 тисяч звернень. У травні-червні — понад 24 тисячі.",
     [_m("2025-04", 10000, "over")]),
    ("uk-dash-month-range", "2025-07-03", NEWS,
     "У травні–червні до «Хочу знайти» надійшло понад 24 тисячі звернень.",
     [_total("2025-05..2025-06", 24000, "over")]),  # the two months' total, never either month's
    ("uk-quarter-then-month-of-them", "2025-04-04", NEWS,
     "За перший квартал 2025 року «Хочу знайти» отримав понад 27 тисяч звернень, з них у березні — понад "
     "10 тисяч.",
     [_m("2025-03", 10000, "over")]),
    ("uk-denied-figure", "2025-06-05", NEWS,
     "У Коордштабі спростували інформацію, нібито у травні до «Хочу знайти» надійшло 20 тисяч звернень.",
     []),
    ("uk-fake-figure-after", "2025-06-05", NEWS,
     "Повідомлення, що у травні «Хочу знайти» отримав 20 тисяч звернень, — фейк.",
     []),
    ("uk-region-breakdown-from-republic-name", "2025-11-04", NEWS,
     "У жовтні «Хочу знайти» отримав 9 243 звернення. Найактивніше пишуть з Башкортостану: звідти "
     "надійшло 612 заявок.",
     [_m("2025-10", 9243)]),
]

# --- Russian-language news -------------------------------------------------------------------------

RUSSIAN = [
    ("ru-headline-hq-relatives-sent", "2025-06-04", NEWS,
     "Координационный штаб: в мае родственники оккупантов отправили 12 320 заявок в проект «Хочу найти»",
     [_m("2025-05", 12320)]),
    ("ru-record-in-third-sentence-with-launch-month", "2025-06-05", NEWS,
     "В мае в проект «Хочу найти» поступило 12 320 обращений. Об этом сообщили в Координационном штабе по "
     "вопросам обращения с военнопленными. Это рекорд с момента запуска проекта в январе 2024 года.",
     [_m("2025-05", 12320)]),
    ("ru-meduza-style-record", "2025-06-05", NEWS,
     "Украинский проект «Хочу найти», помогающий родственникам российских военных искать пропавших, в мае "
     "получил 12 320 запросов — рекордное число за все время его работы, сообщает Координационный штаб.",
     [_m("2025-05", 12320), _rec("2025-05", 12320)]),
    ("ru-rounded-number-first-absolute-record", "2025-06-05", NEWS,
     "Более 12 тысяч обращений за май получил проект «Хочу найти» — это абсолютный рекорд.",
     [_m("2025-05", 12000, "over"), _rec("2025-05", 12000, "over")]),
    ("ru-straight-quotes-month-of", "2025-06-05", NEWS,
     'По итогам мая в проект "Хочу найти" поступило 12 320 обращений.',
     [_m("2025-05", 12320)]),
    ("ru-past-month", "2025-11-04", NEWS,
     "За прошедший месяц в проект «Хочу найти» поступило 9 243 обращения.",
     [_m("2025-10", 9243)]),
    ("ru-total-in-month-is-running", "2025-11-04", NEWS,
     "В октябре общее число обращений в проект «Хочу найти» превысило 144 тысячи.",
     []),
    ("ru-month-and-total-clauses", "2025-11-04", NEWS,
     "В октябре проект «Хочу найти» получил 9 243 обращения, а всего — более 144 тысяч.",
     [_m("2025-10", 9243), _cum(144000, "over")]),
    ("ru-percent-more-than-december", "2025-02-05", NEWS,
     "В январе в «Хочу найти» поступило 8 548 заявок, что на 22% больше, чем в декабре.",
     [_m("2025-01", 8548), _mom("2025-01", 22)]),
    ("ru-live-one-and-a-half-thousand", "2024-03-05", NEWS,
     "На горячую линию «Хочу жить» в феврале поступило полторы тысячи звонков.",
     [_m("2024-02", 1500, series=LIVE)]),
    ("ru-propaganda-denied", "2025-06-05", NEWS,
     "Штаб опроверг сообщения о том, что в мае в «Хочу найти» поступило 20 тысяч заявок.",
     []),
    ("ru-exchange-and-count-separate-sentences", "2025-06-04", NEWS,
     "В мае состоялся крупнейший обмен пленными: 1 000 на 1 000. В проект «Хочу найти» за тот же месяц "
     "поступило 12 320 обращений.",
     [_m("2025-05", 12320)]),
]

# --- English news ----------------------------------------------------------------------------------

ENGLISH = [
    ("en-headline-pow-hq-record", "2025-06-04", NEWS,
     "Ukraine's POW HQ says the 'I Want to Find' project received a record 12,320 requests in May",
     [_m("2025-05", 12320), _rec("2025-05", 12320)]),
    ("en-long-rate-since-launch-distractor", "2025-11-06", NEWS,
     "The Coordination Headquarters for the Treatment of Prisoners of War said on Nov. 5 that its I Want to "
     "Find project received 9,243 requests in October, or roughly 300 per day. Since the project's launch in "
     "January 2024, more than 144,000 requests have been submitted.",
     [_m("2025-10", 9243), _cum(144000, "over")]),
    ("en-highest-monthly-figure-to-date", "2025-04-03", NEWS,
     "More than 10,000 requests came in to the I Want to Find project in March — the highest monthly figure "
     "to date, the headquarters said.",
     [_m("2025-03", 10000, "over"), _rec("2025-03", 10000, "over")]),
    ("en-headline-last-month", "2025-11-04", NEWS,
     "Russian families sent 9,243 requests to Ukraine's 'I Want to Find' last month",
     [_m("2025-10", 9243)]),
    ("en-filed-all-time-high", "2025-06-04", NEWS,
     "In May alone, relatives of Russian troops filed 12,320 requests with the 'I Want to Find' project, an "
     "all-time high.",
     [_m("2025-05", 12320), _rec("2025-05", 12320)]),
    ("en-possessive-month", "2025-06-05", NEWS,
     "For the I Want to Find project, May's tally of 12,320 requests was a record.",
     [_m("2025-05", 12320), _rec("2025-05", 12320)]),
    ("en-hit-in-month", "2025-06-05", NEWS, "Requests to the I Want to Find project hit 12,320 in May.",
     [_m("2025-05", 12320)]),
    ("en-some-nine-thousand", "2025-11-05", NEWS,
     "Some 9,000 inquiries reached the I Want to Find project in October.",
     [_m("2025-10", 9000, "about")]),
    ("en-up-percent-from-december", "2025-02-05", NEWS,
     "The I Want to Find project received 8,548 requests in January, up 22% from December.",
     [_m("2025-01", 8548), _mom("2025-01", 22)]),
    ("en-of-the-requests-subset", "2025-11-05", NEWS,
     "The I Want to Find project published its October figures. Of the 9,243 requests received in October, "
     "1,358 concerned soldiers confirmed to be in captivity.",
     [_m("2025-10", 9243)]),
    ("en-pow-record-is-not-ours", "2025-11-05", NEWS,
     "The I Want to Find project received 9,243 requests in October, while the number of confirmed POWs "
     "hit a record 1,358.",
     [_m("2025-10", 9243)]),
    ("en-a-year-later-unknown", "2025-11-05", NEWS,
     "In October 2024, the I Want to Find project received 5,100 requests; a year later, 9,243.",
     [_m("2024-10", 5100)]),
    ("en-live-nearly-three-thousand-calls", "2024-04-03", NEWS,
     "The I Want to Live hotline received nearly 3,000 calls in March, its spokesman said.",
     [_m("2024-03", 3000, "about", LIVE)]),
    ("en-live-no-month", "2025-11-05", NEWS,
     "The hotline 'I Want to Live' has received over 1,000 calls from Russian soldiers who want to "
     "surrender.",
     [(LIVE, CUM, "since_launch", 1000, "over")]),
    ("en-first-year-earlier-series", "2025-01-10", NEWS,
     "The I Want to Find project began work on Jan. 9, 2024. In its first year, the project received 52,052 "
     "requests.",
     [_total("2024-01..2024-12", 52052)]),
    ("en-denied-reports", "2025-06-05", NEWS,
     "The headquarters denied reports that the I Want to Find project received 20,000 requests in May.",
     []),
    ("en-could-have-received", "2025-06-05", NEWS,
     "Without the blocking of Telegram, the I Want to Find project could have received 15,000 requests in "
     "May.",
     []),
    ("en-unnamed-project-on-news-site", "2025-11-04", NEWS,
     "The project received 9,243 requests in October, the headquarters said.",
     []),
]

# --- second round: report dates, months still running, lists, set phrases ---------------------------

MORE = [
    ("hq-emoji-list-with-years", "2025-06-04", HQ,
     "Проєкт «Хочу знайти» — динаміка звернень:\n🔹 Травень 2025: 12 320 звернень\n"
     "🔹 Квітень 2025: 10 440 звернень\n🔹 Березень 2025: понад 10 тисяч",
     [_m("2025-05", 12320), _m("2025-04", 10440), _m("2025-03", 10000, "over")]),
    ("hq-count-then-bot-and-phone", "2025-06-04", HQ,
     "У травні на «Хочу знайти» надійшло 12 320 звернень; пишіть у чат-бот @hochu_najti_bot або "
     "телефонуйте +38 (066) 580-34-98.",
     [_m("2025-05", 12320)]),
    ("hq-ru-channel-year-summary-of-them", "2025-01-09", RU_CHANNEL,
     "Итоги 2024 года: в проект поступило 52 052 обращения, из них 4 109 — о военных, которые находятся в "
     "плену.",
     [_total("2024-01..2024-12", 52052)]),
    ("hq-december-and-whole-year", "2025-01-08", HQ,
     "За грудень до проєкту «Хочу знайти» надійшло 7 006 звернень, а за весь 2024 рік — 52 052.",
     [_m("2024-12", 7006), _total("2024-01..2024-12", 52052)]),
    ("hq-spokesman-daily-range-quote", "2025-11-05", HQ,
     "«Щодня ми отримуємо від 300 до 400 звернень», — каже речник Коордштабу Петро Яценко.",
     []),
    ("hq-missing-soldiers-not-requests", "2025-06-04", HQ,
     "Проєкт «Хочу знайти» нагадує: у травні понад 12 тисяч військових РФ зникли безвісти на фронті.",
     []),
    ("uk-month-pleonasm", "2025-06-05", NEWS, "У травні місяці до «Хочу знайти» надійшло 12 320 звернень.",
     [_m("2025-05", 12320)]),
    ("uk-already-in-last-days-of-month", "2025-11-29", NEWS,
     "У листопаді до «Хочу знайти» вже надійшло понад 9 тисяч звернень.",
     []),
    ("uk-reported-last-month-about-earlier-month", "2025-12-02", NEWS,
     "Минулого місяця в Коордштабі повідомили, що до проєкту «Хочу знайти» звернулися 9 243 рази.",
     []),
    ("uk-reported-in-month-that", "2025-11-20", NEWS,
     "У жовтні штаб повідомив, що проєкт «Хочу знайти» отримав 8 870 звернень.",
     []),
    ("uk-reported-in-month-about-named-month", "2025-11-20", NEWS,
     "У жовтні штаб повідомив, що у вересні проєкт «Хочу знайти» отримав 8 870 звернень.",
     [_m("2025-09", 8870)]),
    ("uk-parenthetical-reported", "2025-11-05", NEWS,
     "У жовтні, як повідомили в штабі, до проєкту «Хочу знайти» надійшло 9 243 звернення.",
     [_m("2025-10", 9243)]),
    ("uk-five-months-total", "2025-06-05", NEWS,
     "За п'ять місяців 2025 року до «Хочу знайти» надійшло понад 50 тисяч звернень, у травні — 12 320.",
     [_m("2025-05", 12320)]),
    ("uk-live-of-them-soldiers", "2025-05-06", NEWS,
     "Гаряча лінія «Хочу жити» у квітні отримала 3 100 звернень, з них 1 500 — від військових, які хочуть "
     "здатися.",
     [_m("2025-04", 3100, series=LIVE)]),
    ("uk-live-surrendered-not-requests", "2025-05-06", NEWS,
     "Завдяки «Хочу жити» у квітні в полон здалися понад 300 російських військових.",
     []),
    ("ru-almost-decimal-thousands", "2025-11-05", NEWS,
     "Почти 9,3 тыс. обращений за октябрь получил проект «Хочу найти».",
     [_m("2025-10", 9300, "about")]),
    ("ru-thousands-abbreviation-without-dot", "2025-06-05", NEWS,
     "В мае в «Хочу найти» поступило более 12 тыс обращений.",
     [_m("2025-05", 12000, "over")]),
    ("ru-month-pleonasm", "2025-06-05", NEWS, "В мае месяце в «Хочу найти» поступило 12 320 обращений.",
     [_m("2025-05", 12320)]),
    ("ru-third-month-in-a-row-elliptic", "2025-06-05", NEWS,
     "Число обращений в «Хочу найти» растет третий месяц подряд: в мае — 12 320.",
     [_m("2025-05", 12320)]),
    ("ru-interview-month-and-all-time", "2025-06-06", NEWS,
     "По словам Яценко, в мае «Хочу найти» получил 12 320 заявок, а за все время — свыше 100 тысяч.",
     [_m("2025-05", 12320), _cum(100000, "over")]),
    ("ru-compensation-money", "2025-06-06", NEWS,
     "Родственникам пропавших обещают по 5 миллионов рублей, но в мае в «Хочу найти» все равно обратились "
     "12 320 раз.",
     [_m("2025-05", 12320)]),
    ("en-more-than-any-previous-month", "2025-06-05", NEWS,
     "The I Want to Find project, launched in January 2024 by Ukraine's Coordination Headquarters, received "
     "12,320 inquiries in May, more than in any previous month.",
     [_m("2025-05", 12320), _rec("2025-05", 12320)]),
    ("en-bringing-year-total-to", "2025-01-08", NEWS,
     "In December, the I Want to Find project received 7,006 requests, bringing the 2024 total to 52,052.",
     [_m("2024-12", 7006)]),
    ("en-number-of-requests-for-month-commas", "2025-06-05", NEWS,
     "For the I Want to Find project, the number of requests for May, 12,320, was a record.",
     [_m("2025-05", 12320), _rec("2025-05", 12320)]),
    ("en-live-alone", "2025-05-06", NEWS,
     "I Want to Live received 2,100 appeals from Russian soldiers in April alone.",
     [_m("2025-04", 2100, series=LIVE)]),
    ("en-last-month-said-report-time", "2025-12-02", NEWS,
     "Last month, the headquarters said that the I Want to Find project had received 9,243 requests.",
     []),
    ("en-so-far-this-month", "2025-11-29", NEWS,
     "So far this month, the I Want to Find project has received more than 9,000 requests.",
     []),
    ("en-brackets-month-list", "2025-06-05", NEWS,
     "Requests to the I Want to Find project: 12,320 (May), 10,440 (April).",
     [_m("2025-05", 12320), _m("2025-04", 10440)]),
]

# --- third round: hearsay, counterfactuals, figures added to or picked from the month's -----------

THIRD = [
    ("en-media-claimed-smaller-figure", "2025-11-05", NEWS,
     "In October, the I Want to Find project received 9,243 requests. Russian media claimed it was only 2,000 "
     "requests.",
     [_m("2025-10", 9243)]),
    ("uk-counterfactual-head-clause", "2025-06-05", NEWS,
     "Якби не блокування, у травні «Хочу знайти» отримав понад 15 тисяч звернень.",
     []),
    ("uk-counterfactual-would", "2025-06-05", NEWS,
     "У травні «Хочу знайти» отримав би понад 15 тисяч звернень, якби не блокування.",
     []),
    ("ru-counterfactual-if-not", "2025-06-05", NEWS,
     "Если бы не блокировки, в мае в «Хочу найти» обратились бы более 15 тысяч раз.",
     []),
    ("hq-another-subset-next-sentence", "2025-11-05", HQ,
     "Упродовж жовтня надійшло 9 243 звернення. Ще 2 100 звернень — з окупованих територій.",
     [_m("2025-10", 9243)]),
    ("en-another-via-chatbot", "2025-11-05", NEWS,
     "Ukraine's 'I Want to Find' received 9,243 requests in October. Another 2,100 requests came via the "
     "chatbot.",
     [_m("2025-10", 9243)]),
    ("en-of-these-from-region", "2025-11-05", NEWS,
     "Ukraine's 'I Want to Find' received 9,243 requests in October. Of these, 2,100 came from Bashkortostan.",
     [_m("2025-10", 9243)]),
    ("uk-regions-dash-list", "2025-11-05", NEWS,
     "«Хочу знайти» у жовтні отримав 9 243 звернення. З Бурятії — 430 звернень, з Туви — 210.",
     [_m("2025-10", 9243)]),
    ("uk-same-month-last-year-clause", "2025-11-05", NEWS,
     "У жовтні проєкт «Хочу знайти» отримав 9 243 звернення, а в жовтні минулого року — 5 100.",
     [_m("2025-10", 9243), _m("2024-10", 5100)]),
    ("ru-previous-month-them-parenthetical", "2025-06-05", NEWS,
     "В мае «Хочу найти» получил 12 320 обращений. В апреле, по данным штаба, их было 10 440.",
     [_m("2025-05", 12320), _m("2025-04", 10440)]),
    ("uk-last-week-is-not-a-month", "2025-06-05", NEWS, "Минулого тижня «Хочу знайти» отримав 3 000 звернень.",
     []),
    ("uk-year-ago-comparison-next-sentence", "2025-11-05", NEWS,
     "«Хочу знайти»: у жовтні — 9 243 звернення. Для порівняння, рік тому було 5 100.",
     [_m("2025-10", 9243)]),
]

# Known misses of the earlier passes, each beside a near case that must stay unread or read otherwise.
FOURTH = [
    # A relative year next to the month: the month of the year before publication.
    ("uk-torik-before-month", "2025-06-04", NEWS,
     "Торік у травні до проєкту «Хочу знайти» надійшло 6 100 звернень.", [_m("2024-05", 6100)]),
    ("uk-torik-after-month", "2025-06-04", NEWS,
     "У травні торік «Хочу знайти» отримав 6 100 звернень.", [_m("2024-05", 6100)]),
    ("uk-torik-clause-beside-this-year", "2025-06-04", NEWS,
     "У травні до «Хочу знайти» надійшло 12 320 звернень, торік у травні — 6 100.",
     [_m("2025-05", 12320), _m("2024-05", 6100)]),
    ("uk-torik-in-brackets-is-no-count", "2025-06-04", NEWS,
     "Проєкт «Хочу знайти» у травні отримав 12 320 звернень, торік у травні (6 100).", [_m("2025-05", 12320)]),
    ("uk-since-last-year-is-not-the-months-year", "2025-06-04", NEWS,
     "Проєкт «Хочу знайти», що працює з минулого року у травні отримав 12 320 звернень.", [_m("2025-05", 12320)]),
    ("uk-torik-alone-does-not-inherit-the-month", "2025-06-04", NEWS,
     "«Хочу знайти» у травні отримав 12 320 звернень. Торік — 6 100 звернень.", [_m("2025-05", 12320)]),
    ("ru-last-year-month", "2025-06-04", NEWS,
     "В мае прошлого года в проект «Хочу найти» поступило 6 100 обращений.", [_m("2024-05", 6100)]),
    ("ru-year-ago-after-month", "2025-06-04", NEWS,
     "В мае год назад в «Хочу найти» поступило 6 100 обращений.", [_m("2024-05", 6100)]),
    ("en-last-year-after-month", "2025-06-04", NEWS,
     "In May last year the I Want to Find project received 6,100 requests.", [_m("2024-05", 6100)]),
    ("en-a-year-ago-before-month", "2025-06-04", NEWS,
     "A year ago in May, the I Want to Find project received 6,100 requests.", [_m("2024-05", 6100)]),
    # "As expected" says the figure came true; what was only expected stays unread.
    ("uk-as-expected-no-comma", "2025-11-04", NEWS,
     "До проєкту «Хочу знайти» як і очікувалося у жовтні надійшло 9 243 звернення.", [_m("2025-10", 9243)]),
    ("ru-as-expected-no-comma", "2025-11-04", NEWS,
     "В проект «Хочу найти» как и ожидалось в октябре поступило 9 243 обращения.", [_m("2025-10", 9243)]),
    ("en-as-expected-no-comma", "2025-11-04", NEWS,
     "As expected the I Want to Find project received 9,243 requests in October.", [_m("2025-10", 9243)]),
    ("uk-expected-that-clause", "2025-11-04", NEWS,
     "У штабі очікували, що у жовтні до «Хочу знайти» надійде 9 243 звернення.", []),
    ("en-was-expected-to", "2025-11-04", NEWS,
     "The I Want to Find project was expected to receive 9,243 requests in October.", []),
    ("en-forecast-that-clause", "2025-11-04", NEWS,
     "Analysts forecast that the I Want to Find project, in October, will get 9,243 requests.", []),
    ("uk-as-predicted-but-could", "2025-11-04", NEWS,
     "Як і прогнозували, «Хочу знайти» у жовтні міг би отримати 9 243 звернення.", []),
    # A month after the report verb dates the report ("reported in May that ..."), not the figure.
    ("en-reported-in-month-that", "2025-05-06", NEWS,
     "The HQ reported in May that the I Want to Find project received 10,440 requests in April.",
     [_m("2025-04", 10440)]),
    ("uk-reported-in-month-that", "2025-05-06", HQ,
     "Штаб повідомив у травні, що у квітні до проєкту «Хочу знайти» надійшло 10 440 звернень.",
     [_m("2025-04", 10440)]),
    ("ru-reported-in-month-that", "2025-05-06", NEWS,
     "Штаб сообщил в мае, что в апреле в «Хочу найти» поступило 10 440 обращений.", [_m("2025-04", 10440)]),
    ("en-reported-in-month-that-no-figure-month", "2025-06-06", NEWS,
     "The HQ reported in May that the I Want to Find project received 10,440 requests.", []),
    ("en-said-in-month-at-the-end", "2025-06-06", NEWS,
     "The I Want to Find project received 10,440 requests, the HQ said in early May.", []),
    # ... and a part of the month between the report verb and the month, in each language's words (MONTH_PART_WORDS)
    ("uk-reported-early-in-month-that", "2025-06-06", NEWS,
     "Штаб повідомив на початку травня, що проєкт «Хочу знайти» отримав 10 440 звернень.", []),
    ("de-reported-early-in-month-that", "2025-06-06", NEWS,
     "Der Stab berichtete Anfang Mai, dass das Projekt „Ich will finden“ 10.440 Anfragen erhalten hat.", []),
    ("fr-reported-early-in-month-that", "2025-06-06", NEWS,
     "Le QG a annoncé début mai que le projet « Je veux trouver » a reçu 10 440 demandes.", []),
    ("es-reported-early-in-month-that", "2025-06-06", NEWS,
     "El cuartel informó a principios de mayo que el proyecto «Quiero encontrar» recibió 10.440 solicitudes.", []),
    ("it-reported-late-in-month-that", "2025-06-06", NEWS,
     "Il comando ha comunicato a fine maggio che il progetto «Voglio trovare» ha ricevuto 10.440 richieste.", []),
    ("en-month-names-a-statement", "2025-06-04", NEWS,
     "The HQ said in a May statement that the I Want to Find project received 10,440 requests.", []),
    ("en-month-update-and-figure-month", "2025-06-04", NEWS,
     "In its May update, the HQ said the I Want to Find project received 10,440 requests in April.",
     [_m("2025-04", 10440)]),
    ("en-month-report-and-same-month-figure", "2025-06-04", NEWS,
     "The May report of the HQ: the I Want to Find project received 12,320 requests in May.",
     [_m("2025-05", 12320)]),
    ("en-reported-that-in-month-is-the-figures", "2025-06-06", NEWS,
     "The HQ reported that in May the I Want to Find project received 10,440 requests.", [_m("2025-05", 10440)]),
    ("en-month-then-reported", "2025-06-06", NEWS,
     "The I Want to Find project received 10,440 requests in May, the HQ reported.", [_m("2025-05", 10440)]),
    ("uk-month-then-reported", "2025-06-06", NEWS,
     "«Хочу знайти» отримав 10 440 звернень у травні, повідомили у штабі.", [_m("2025-05", 10440)]),
    # "rose sharply, to N": a change to the figure; "up to", "could rise to" and "about to" stay out.
    ("en-risen-sharply-comma-to", "2025-06-04", NEWS,
     "Requests to the I Want to Find project have risen sharply, to 12,320 in May.", [_m("2025-05", 12320)]),
    ("en-rose-by-percent-comma-to", "2025-06-04", NEWS,
     "Requests to the I Want to Find project rose by 22%, to 12,320 in May.", [_m("2025-05", 12320)]),
    ("uk-rose-sharply-dash-to", "2025-06-04", NEWS,
     "Кількість звернень до «Хочу знайти» у травні різко зросла — до 12 320.", [_m("2025-05", 12320)]),
    ("uk-rose-by-percent-dash-to", "2025-06-04", NEWS,
     "Кількість звернень до «Хочу знайти» у травні зросла на 22% — до 12 320.", [_m("2025-05", 12320)]),
    ("ru-rose-sharply-comma-to", "2025-06-04", NEWS,
     "Количество обращений в «Хочу найти» в мае резко выросло, до 12 320.", [_m("2025-05", 12320)]),
    ("en-could-rise-sharply-to", "2025-06-04", NEWS,
     "Requests to the I Want to Find project could rise sharply, to 12,320 in May.", []),
    ("en-rose-nearly-to-is-not-exact", "2025-06-04", NEWS,
     "Requests to the I Want to Find project rose nearly to 12,320 in May.", []),
    ("uk-rose-about-to-is-not-exact", "2025-06-04", NEWS,
     "Кількість звернень до «Хочу знайти» у травні зросла приблизно до 12 320.", []),
    ("uk-took-up-to", "2025-06-04", NEWS, "«Хочу знайти» у травні приймав до 12 320 звернень.", []),
    # A request noun written onto the number; other words written onto it stay unread.
    ("uk-noun-glued-to-number", "2025-11-04", HQ,
     "До проєкту «Хочу знайти» у жовтні надійшло 9243звернення.", [_m("2025-10", 9243)]),
    ("ru-noun-glued-to-number", "2025-11-04", NEWS,
     "В проект «Хочу найти» в октябре поступило 9243обращения.", [_m("2025-10", 9243)]),
    ("en-noun-glued-to-number", "2025-11-04", NEWS,
     "The I Want to Find project received 9,243requests in October.", [_m("2025-10", 9243)]),
    ("uk-unit-glued-to-number", "2025-11-04", NEWS, "До проєкту «Хочу знайти» у жовтні надійшло 9243км.", []),
    # Less common quote marks around the name.
    ("uk-single-guillemets", "2025-11-04", NEWS,
     "До проєкту ‹Хочу знайти› у жовтні надійшло 9 243 звернення.", [_m("2025-10", 9243)]),
    ("en-single-guillemets-lower-case", "2025-11-04", NEWS,
     "Ukraine's ‹I want to find› project received 9,243 requests in October.", [_m("2025-10", 9243)]),
    ("uk-corner-brackets", "2025-11-04", NEWS,
     "До проєкту 「Хочу знайти」 у жовтні надійшло 9 243 звернення.", [_m("2025-10", 9243)]),
    # "Ще/Also N via the other project" beside the first project's month: that project's own count then.
    ("uk-also-via-the-other-project", "2025-11-04", NEWS,
     "«Хочу знайти»: у жовтні надійшло 9 243 звернення. Ще 1 200 звернень надійшло через «Хочу жити».",
     [_m("2025-10", 9243), _m("2025-10", 1200, series=LIVE)]),
    ("en-another-via-the-other-project", "2025-11-04", NEWS,
     '"I Want to Find" received 9,243 requests in October. Another 1,200 requests came through "I Want to Live".',
     [_m("2025-10", 9243), _m("2025-10", 1200, series=LIVE)]),
    ("ru-also-into-the-other-project", "2025-11-04", NEWS,
     "«Хочу найти» в октябре получил 9 243 обращения. Также 1 200 обращений поступило в «Хочу жить».",
     [_m("2025-10", 9243), _m("2025-10", 1200, series=LIVE)]),
    ("uk-forwarded-to-the-other-project", "2025-11-04", NEWS,
     "«Хочу знайти»: у жовтні надійшло 9 243 звернення. Ще 1 200 звернень переадресували до «Хочу жити».",
     [_m("2025-10", 9243)]),
    ("en-forwarded-to-the-other-project", "2025-11-04", NEWS,
     '"I Want to Find" received 9,243 requests in October. Another 1,200 requests were forwarded to '
     '"I Want to Live".',
     [_m("2025-10", 9243)]),
    ("uk-also-of-them-via-the-other-project", "2025-11-04", NEWS,
     "«Хочу знайти»: у жовтні надійшло 9 243 звернення. Ще 1 200 з них надійшли через «Хочу жити».",
     [_m("2025-10", 9243)]),
    ("uk-also-via-the-same-project", "2025-11-04", NEWS,
     "«Хочу знайти»: у жовтні надійшло 9 243 звернення. Ще 2 100 звернень надійшло через чат-бот «Хочу знайти».",
     [_m("2025-10", 9243)]),
    ("uk-also-via-both-projects", "2025-11-04", NEWS,
     "«Хочу знайти»: у жовтні надійшло 9 243 звернення. Ще 1 200 звернень надійшло через «Хочу жити» та "
     "«Хочу знайти».",
     [_m("2025-10", 9243)]),
    ("uk-also-without-a-first-figure", "2025-11-04", NEWS,
     "У жовтні штаб отримав багато звернень. Ще 1 200 звернень надійшло через «Хочу жити».", []),
    ("ru-besides-is-not-also", "2025-11-04", NEWS,
     "«Хочу найти» в октябре получил 9 243 обращения. Кроме того, 1 200 обращений поступило в «Хочу жить».",
     [_m("2025-10", 9243)]),
]

# Whole posts and articles as the HQ channel, the project's channel and uk / ru / en outlets write them: the
# figure among exchanges, POWs, losses, rates, phones, dates, forecasts, corrections and other projects.
FIFTH = [
    ('uk-hq-telegram-oct', '2025-11-04', HQ,
     '📊 Проєкт «Хочу знайти»: підсумки жовтня\n\nУ жовтні до проєкту надійшло 9 243 звернення від '
     'родичів російських військових, які зникли безвісти на війні проти України. Це в середньому '
     'близько 300 звернень на день.\n\nЗагалом з 9 січня 2024 року проєкт отримав понад 144 тисячі '
     'звернень. Лише 1 790 з них стосуються військових, чий полон підтверджено.\n\nНагадуємо: телефон '
     'гарячої лінії +38 066 580 34 98. Звертатися можна анонімно 24/7.',
     [_m('2025-10', 9243), _cum(144000, 'over')]),
    ('uk-news-may-record', '2025-06-04', NEWS,
     'Рекордна кількість звернень: у травні до проєкту «Хочу знайти» звернулися родичі 12 320 '
     'російських військових. Про це повідомили в Координаційному штабі з питань поводження з '
     'військовополоненими. Для порівняння, у квітні 2025 року таких звернень було 10 440, а торік у '
     'травні — близько 6 тисяч. Загалом станом на 15 червня проєкт отримав 100 324 звернення.',
     [_m('2025-04', 10440), _m('2024-05', 6000, 'about'), _cum(100324)]),
    ('ru-meduza-style', '2025-02-05', NEWS,
     'Украинский проект «Хочу найти», куда обращаются родственники пропавших без вести российских '
     'военных, сообщил, что в январе получил 8 548 обращений — на 22% больше, чем в декабре. Это '
     'максимальный показатель за все время работы проекта. Всего с момента запуска в январе 2024 года '
     'поступило более 60 тысяч заявок. В ходе последнего обмена 5 февраля Украина вернула 150 '
     'военнопленных.',
     [_m('2025-01', 8548), _mom('2025-01', 22), _rec('2025-01', 8548), _cum(60000, 'over')]),
    ('en-kyiv-independent', '2025-11-05', NEWS,
     'Ukraine\'s "I Want to Find" project received 9,243 requests in October from relatives of Russian '
     'soldiers missing in action, the Coordination Headquarters for the Treatment of Prisoners of War '
     'said on Nov. 4. That is roughly 300 requests a day. Since its launch in January 2024, the project '
     'has received more than 144,000 requests. Russia has lost an estimated 1,150,000 troops since '
     "February 2022, according to Ukraine's General Staff.",
     [_m('2025-10', 9243), _cum(144000, 'over')]),
    ('en-reuters-with-exchange', '2025-06-06', NEWS,
     'KYIV, June 6 (Reuters) - Ukraine and Russia exchanged 1,200 prisoners of war on Friday. '
     'Separately, Ukraine\'s "I Want to Live" hotline said it had received 3,100 calls from Russian '
     'soldiers in May, up from 2,800 in April. The "I Want to Find" project received 12,320 requests in '
     'May, a record.',
     [_m('2025-05', 3100, series=LIVE), _m('2025-04', 2800, series=LIVE), _m('2025-05', 12320),
      _rec('2025-05', 12320)]),
    ('uk-suspilne-live', '2025-03-05', NEWS,
     'Проєкт «Хочу жити» у лютому отримав 2 450 звернень від російських військових, які хочуть здатися '
     'в полон. Про це в етері телемарафону розповів речник проєкту Віталій Матвієнко. За його словами, '
     'з вересня 2022 року на лінію надійшло понад 40 тисяч звернень. Ще 500 звернень за місяць — через '
     'чат-бот у Telegram.',
     [_m('2025-02', 2450, series=LIVE), _cum(40000, 'over', series=LIVE)]),
    ('ru-project-channel-jan', '2025-02-04', RU_CHANNEL,
     'Итоги января. В январе в проект поступило 8 548 обращений. Больше всего заявок — из Башкортостана '
     '(612), Бурятии (430) и Тувы (210). Телефон: +38 (066) 580-34-98. Напоминаем: обращения анонимны.',
     [_m('2025-01', 8548)]),
    ('uk-shukayu-svoikh-distractor', '2025-11-05', NEWS,
     'У жовтні до проєкту МВС «Шукаю своїх» надійшло 3 120 звернень від українських родин. Для '
     'порівняння, до «Хочу знайти» звертаються родичі російських військових.',
     []),
    ('en-red-cross-distractor', '2025-11-05', NEWS,
     'The ICRC Central Tracing Agency received 9,000 requests in October from families on both sides. '
     "Ukraine's I Want to Find project has its own channel.",
     []),
    ('uk-year-summary', '2025-01-10', HQ,
     'За перший рік роботи проєкт «Хочу знайти» отримав 52 052 звернення. У грудні надійшло 7 007 '
     'звернень. Найбільше звернень надійшло з Башкортостану — 3 400.',
     [_total('2024-01..2024-12', 52052), _m('2024-12', 7007)]),
    ('ru-rounded-news', '2025-04-03', NEWS,
     'В марте в проект «Хочу найти» поступило более 10 тысяч обращений, сообщили в Координационном '
     'штабе. Ранее в штабе отмечали, что ежедневно поступает около 300 заявок, а реальное число '
     'пропавших в 2–3 раза выше.',
     [_m('2025-03', 10000, 'over')]),
    ('en-forecast-april', '2025-04-20', NEWS,
     'The HQ expects the I Want to Find project to receive about 11,000 requests in April, after 10,020 '
     'in March.',
     [_m('2025-03', 10020)]),
    ('uk-daily-rate-only', '2025-11-04', NEWS,
     'Щодня до «Хочу знайти» надходить близько 300 звернень, а за тиждень — понад 2 000.',
     []),
    ('uk-ambiguous-two-projects', '2025-11-04', NEWS,
     'Проєкти «Хочу знайти» та «Хочу жити» у жовтні разом отримали понад 11 тисяч звернень.',
     []),
    ('ru-mid-month', '2025-10-18', NEWS,
     'С начала октября в «Хочу найти» поступило уже более 5 тысяч обращений, сообщили в штабе.',
     []),
    ('en-correction', '2025-11-06', NEWS,
     'Correction: an earlier version of this article mistakenly said the I Want to Find project '
     'received 9,423 requests in October. The correct figure is 9,243 requests.',
     [_m('2025-10', 9243)]),
    ('uk-phone-and-dates', '2025-11-04', HQ,
     'Проєкт «Хочу знайти» працює з 9 січня 2024 року. Гаряча лінія: 0 800 300 545. 4 листопада 2025 '
     'року ми оприлюднили дані за жовтень: 9 243 звернення.',
     [_m('2025-10', 9243)]),
    ('ru-last-year-compare', '2025-06-03', NEWS,
     'В мае в «Хочу найти» обратились 12 320 человек, тогда как в мае прошлого года — около 6 100. Это '
     'в два раза больше.',
     [_m('2025-05', 12320)]),
    ('en-percent-and-total', '2025-02-04', NEWS,
     "Requests to Ukraine's I Want to Find project rose 22% month-on-month to 8,548 in January, the "
     'highest monthly figure since the project began, bringing the total to over 60,000.',
     [_m('2025-01', 8548), _cum(60000, 'over'), _mom('2025-01', 22), _rec('2025-01', 8548)]),
    ('uk-reported-in-may', '2025-06-20', NEWS,
     'У травні Координаційний штаб повідомив, що проєкт «Хочу знайти» за час роботи отримав понад 100 '
     'тисяч звернень. У квітні, за даними штабу, їх надійшло 10 440.',
     [_cum(100000, 'over'), _m('2025-04', 10440)]),
    ('en-live-surrender', '2025-09-04', NEWS,
     'Over 1,000 Russian soldiers have surrendered through the I Want to Live hotline since 2022. In '
     'August, the hotline received 2,900 appeals, its spokesperson said.',
     [_m('2025-08', 2900, series=LIVE)]),
    ('uk-two-sentences-months', '2025-12-03', HQ,
     'Листопад: до «Хочу знайти» надійшло 8 910 звернень. У жовтні — 9 243. Різниця становить 333 звернення.',
     [_m('2025-11', 8910), _m('2025-10', 9243)]),
    ('en-rose-percent-month-on-month-to', '2025-02-04', NEWS,
     "Requests to Ukraine's I Want to Find project rose 22% month-on-month to 8,548 in January, the "
     'highest monthly figure since the project began, bringing the total to over 60,000.',
     [_m('2025-01', 8548), _cum(60000, 'over'), _mom('2025-01', 22), _rec('2025-01', 8548)]),
    ('en-could-rise-percent-to', '2025-02-04', NEWS,
     "Requests to Ukraine's I Want to Find project could rise 22% to 8,548 in January, analysts say.",
     []),
    ('en-last-year-comma-in-may', '2025-06-04', NEWS,
     'Last year, in May, the I Want to Find project received 6,100 requests.',
     []),
    ('uk-launched-last-year-comma-in-may', '2025-06-04', NEWS,
     'Проєкт «Хочу знайти», запущений минулого року, у травні отримав 12 320 звернень.',
     []),
    ('uk-works-since-last-year-comma-in-may', '2025-06-04', NEWS,
     'Проєкт «Хочу знайти», що діє з минулого року, у травні отримав 12 320 звернень.',
     [_m('2025-05', 12320)]),
]

# One-line news phrasings with a second number beside the month's figure: ranges, differences, earlier months,
# parts of the month, subsets, last year's month and total.
SIXTH = [
    ('uk-ten-months-and-october', '2025-11-04', NEWS,
     'За 10 місяців 2025 року до «Хочу знайти» надійшло понад 95 тисяч звернень, у жовтні — 9 243.',
     [_m('2025-10', 9243)]),
    ('en-since-launch-and-january-alone', '2025-02-04', NEWS,
     'Since January 2024, the I Want to Find project has received over 60,000 requests; in '
     'January alone, 8,548.',
     [_cum(60000, 'over')]),
    ('uk-fell-to-from', '2025-11-04', NEWS,
     'У жовтні кількість звернень до «Хочу знайти» скоротилася до 9 243 з 10 100 у вересні.',
     []),
    ('en-down-from', '2025-11-04', NEWS,
     'In October, the I Want to Find project received 9,243 requests, down from 10,100 in September.',
     [_m('2025-10', 9243), _m('2025-09', 10100)]),
    ('uk-two-months-together', '2025-11-04', NEWS,
     'У вересні та жовтні «Хочу знайти» отримав 19 343 звернення.',
     []),
    ('en-between-two-months', '2025-11-04', NEWS,
     'Between September and October, the I Want to Find project received 19,343 requests.',
     [_total("2025-09..2025-10", 19343)]),
    ('ru-week-before', '2025-11-04', NEWS,
     'В октябре «Хочу найти» получил 9 243 обращения, а за неделю до этого — 2 100.',
     [_m('2025-10', 9243)]),
    ('uk-as-of-date-total', '2025-11-04', NEWS,
     'Станом на 1 листопада «Хочу знайти» отримав 144 138 звернень.',
     [_cum(144138)]),
    ('uk-month-range-en-dash', '2025-11-04', NEWS,
     'У жовтні–листопаді «Хочу знайти» отримав 12 000 звернень.',
     []),
    ('en-last-month-and-the-month-before', '2025-11-04', NEWS,
     'The I Want to Find project got 9,243 requests last month, compared with 10,100 the month before.',
     [_m('2025-10', 9243)]),
    ('uk-headline-for-month', '2025-11-04', NEWS,
     '«Хочу знайти»: 9 243 звернення за жовтень.',
     [_m('2025-10', 9243)]),
    ('ru-bare-list-no-noun', '2025-11-04', NEWS,
     '«Хочу найти». Октябрь: 9 243. Сентябрь: 10 100.',
     []),
    ('uk-first-two-weeks-of-next', '2025-11-20', NEWS,
     'У жовтні до «Хочу знайти» надійшло 9 243 звернення, а за перші два тижні листопада — '
     'понад 4 тисячі.',
     [_m('2025-10', 9243)]),
    ('uk-of-them-repeated', '2025-11-04', NEWS,
     'За жовтень «Хочу знайти» обробив 9 243 звернення, з них 4 000 — повторні.',
     [_m('2025-10', 9243)]),
    ('uk-of-which-via-chatbot', '2025-11-04', NEWS,
     'За жовтень «Хочу знайти» отримав 9 243 звернення, з яких 2 100 — через чат-бот.',
     [_m('2025-10', 9243)]),
    ('uk-difference-only', '2025-11-04', NEWS,
     '«Хочу знайти» у жовтні отримав на 1 200 звернень більше, ніж у вересні.',
     []),
    ('uk-difference-after-figure', '2025-11-04', NEWS,
     '«Хочу знайти» у жовтні отримав 9 243 звернення — на 1 200 більше, ніж у вересні.',
     [_m('2025-10', 9243)]),
    ('uk-wish-phrase-not-the-project', '2025-11-04', NEWS,
     'Хочу знайти свого сина: у жовтні я надіслала 3 звернення, а всього їх 1 200.',
     []),
    ('uk-same-month-2024-dash', '2025-11-04', NEWS,
     'У жовтні «Хочу знайти» отримав 9 243 звернення; у 2024-му за той самий місяць — 5 100.',
     [_m('2025-10', 9243)]),
    ('uk-bracketed-previous-months', '2025-11-04', NEWS,
     '«Хочу знайти» в жовтні: 9 243 звернення (у вересні — 10 100, у серпні — 9 366).',
     [_m('2025-10', 9243), _m('2025-09', 10100), _m('2025-08', 9366)]),
    ('uk-last-year-total-and-this-october', '2025-11-04', NEWS,
     'Торік «Хочу знайти» отримав 52 052 звернення, а у жовтні цього року — 9 243.',
     [_m('2025-10', 9243)]),
    ('uk-last-year-in-october', '2025-11-04', NEWS,
     'Минулого року у жовтні «Хочу знайти» отримав 5 100 звернень.',
     [_m('2024-10', 5100)]),
    ("en-months-total-including-the-month", "2025-06-05", NEWS,
     "In the first five months of the year, the I Want to Find project received 50,000 requests, including "
     "12,320 in May.",
     [_m("2025-05", 12320)]),
    ("ru-ten-months-total-is-not-since-launch", "2025-11-05", NEWS,
     "Всего за десять месяцев в «Хочу найти» поступило около 95 тысяч обращений, в том числе 9 243 — в октябре.",
     [_m("2025-10", 9243)]),
    ("en-first-ten-months-total", "2025-11-05", NEWS,
     "In the first ten months of the year, the I Want to Find project received about 95,000 requests in total.",
     []),
    ("uk-first-months-of-work-is-since-launch", "2025-02-05", NEWS,
     "За перші 13 місяців роботи «Хочу знайти» загалом отримав понад 60 тисяч звернень.", [_cum(60000, "over")]),
    ("en-head-month-and-a-regional-part", "2025-06-05", NEWS,
     "In May, the I Want to Find project received 12,320 requests, including 2,100 from Bashkortostan.",
     [_m("2025-05", 12320)]),
    ("uk-head-month-and-a-chatbot-part", "2025-06-05", NEWS,
     "У травні «Хочу знайти» отримав 12 320 звернень, у тому числі 2 100 через чат-бот.", [_m("2025-05", 12320)]),
    ('uk-for-last-year-then-month', '2025-11-04', NEWS,
     'За минулий рік у жовтні «Хочу знайти» ...; у жовтні надійшло 9 243 звернення.',
     [_m('2025-10', 9243)]),
]

SEVENTH = [
    # the six other languages: the figure among losses, mobilisations, exchanges, phones, operators and dates
    ("de-article-total-among-other-numbers", "2023-01-10", NEWS,
     "Kiew — Der Berater des Präsidenten sprach am Freitag von bis zu 13.000 gefallenen Soldaten. Putin hatte am "
     "21. September die Mobilisierung von 300.000 Reservisten angeordnet. Die Hotline „Ich will leben“ ist unter "
     "+38 066 580 34 98 rund um die Uhr erreichbar; zehn Mitarbeiter nehmen die Anrufe entgegen. Seit dem Start "
     "haben sich nach Angaben des Stabs mehr als 6.500 russische Soldaten gemeldet. Beim Austausch am 8. Januar "
     "kehrten 50 Gefangene zurück.",
     [_cum(6500, "over", LIVE)]),
    ("fr-article-total-and-surrenders", "2024-01-05", NEWS,
     "Selon le porte-parole, plus de 220 soldats russes se sont rendus via la ligne « Je veux vivre » jusqu'en "
     "décembre, et 1 000 dossiers sont en attente. Au total, la ligne a reçu plus de 26 000 appels et messages. Le "
     "site a été visité 48 millions de fois. La ligne compte 10 opérateurs qui travaillent 24 heures sur 24.",
     [_cum(26000, "over", LIVE)]),
    ("es-article-total-and-mobilisation", "2024-01-05", NEWS,
     "El Kremlin movilizó a unos 300.000 reservistas en septiembre de 2022. Desde entonces, la línea «Quiero "
     "vivir» no ha dejado de sonar: en total recibió más de 26.000 llamadas y mensajes. Más de 1.000 casos siguen "
     "pendientes y 12 hombres se entregaron en octubre.",
     [_cum(26000, "over", LIVE)]),
    ("it-article-total-and-riservisti", "2023-01-28", NEWS,
     "Ai 190mila soldati dell'offensiva iniziale il Cremlino ha aggiunto 300mila riservisti. La linea «Voglio "
     "vivere», attiva 24 ore su 24 con 10 operatori, è stata lanciata il 15 settembre: finora l'hanno chiamata "
     "oltre 6.500 militari russi.",
     [_cum(6500, "over", LIVE)]),
    ("pt-article-total-and-visits", "2024-01-05", NEWS,
     "Cerca de três soldados russos são capturados por semana. No total, a linha «Quero viver» recebeu mais de 26 "
     "mil chamadas e mensagens, e o site foi visitado 48 milhões de vezes, 46 milhões deles a partir da Rússia.",
     [_cum(26000, "over", LIVE)]),
    ("pl-article-exchange-and-total", "2023-01-10", NEWS,
     "W ramach wymian rząd rosyjski zwolnił już w sumie 1646 ukraińskich jeńców; 8 stycznia wymieniono po 50 osób "
     "z każdej strony. Infolinia «Chcę żyć» działa 24 godz. na dobę, a od momentu uruchomienia skontaktowało się z "
     "nią ponad 6,5 tys. rosyjskich żołnierzy.",
     [_cum(6500, "over", LIVE)]),
    ("de-month-change-and-record-in-a-headquarters-summary", "2025-02-05", NEWS,
     "Das Projekt „Ich will finden“ erhielt im Januar 8.548 Anfragen – 22 Prozent mehr als im Dezember und so "
     "viele wie nie zuvor, ein Rekord. Etwa 280 Anfragen gingen täglich ein. Seit dem Start im Januar 2024 sind "
     "es insgesamt mehr als 60.000.",
     [_m("2025-01", 8548), _mom("2025-01", 22), _rec("2025-01", 8548), _cum(60000, "over")]),
    # English: soldiers who "used" the line to ask for a way out are its requests; who used it to surrender, not
    ("en-used-the-hotline-to-offer-surrender", "2023-03-10", NEWS,
     "Close to 12,000 Russian soldiers are said to have used Ukraine's \"I Want to Live\" hotline to offer to lay "
     "down their arms, officials said.", [_cum(12000, "about", LIVE)]),
    ("en-used-the-hotline-to-surrender", "2024-01-05", NEWS,
     "Last year about 280 Russian servicemen used the \"I Want to Live\" hotline to surrender.", []),
    ("en-used-the-hotline-and-surrendered", "2024-01-05", NEWS,
     "Roughly 270 Russian troops used the \"I Want to Live\" hotline and surrendered.", []),
    ("pl-month-and-a-report-month", "2025-11-20", NEWS,
     "Sztab poinformował w październiku, że do projektu «Chcę znaleźć» wpłynęło już ponad 140 tys. zgłoszeń. "
     "We wrześniu było ich 10 100.",
     [_cum(140000, "over"), _m("2025-09", 10100)]),
]

CASES = OFFICIAL + UKRAINIAN + RUSSIAN + ENGLISH + MORE + THIRD + FOURTH + FIFTH + SIXTH + SEVENTH


@pytest.mark.parametrize(("published", "channel", "text", "expected"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_case(published: str, channel: str, text: str, expected: list[tuple]) -> None:
    assert fact_shape(read_post(text, published, channel)) == expected
