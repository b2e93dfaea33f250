"""The fact extractor: every dev case exactly, plus one case per rule, including adversarial ones.

Each case says what the text states; `expected` lists (series, kind, period, value, qualifier) in
order of appearance. An empty list means: no fact, because any fact read from it would be wrong.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from extract_helpers import fact_shape, read_post

from hotline import extract as extract_module
from hotline.extract import config as extract_config
from hotline.extract import extract_facts, load_series_config
from hotline.records import Extraction

FIXTURES = Path(__file__).parent / "fixtures"
DEV_CASES = [json.loads(line) for line in (FIXTURES / "dev_posts.jsonl").read_text("utf-8").splitlines() if line]
FIND, LIVE = "i_want_to_find", "i_want_to_live"
NOV_2025 = datetime(2025, 11, 4, 10, 0, tzinfo=UTC)


def _read(text: str, published: datetime = NOV_2025, channel: str = "news_demo") -> Extraction:
    return read_post(text, published, channel)


# --- the dev set -------------------------------------------------------------------------------


@pytest.mark.parametrize("case", DEV_CASES, ids=[c["id"] for c in DEV_CASES])
def test_dev_case(case: dict) -> None:
    published = datetime.fromisoformat(case["published"])
    extraction = extract_facts(case["text"], published, case["id"], channel=case["channel"])
    expected = [(e["series"], e["kind"], e["period"], e["value"], e["qualifier"]) for e in case["expected"]]
    assert fact_shape(extraction) == expected
    for fact in extraction.facts:
        assert fact.post_id == case["id"]
        assert fact.evidence in case["text"]


# --- own cases, one group per rule ---------------------------------------------------------------

NUMBER_FORMS = [
    ("space", "За жовтень до проєкту «Хочу знайти» надійшло 9 243 звернення.", [(FIND, "monthly_count",
     "2025-10", 9243, "exact")]),
    ("nbsp", "За жовтень до проєкту «Хочу знайти» надійшло 9\u00a0243 звернення.", [(FIND, "monthly_count",
     "2025-10", 9243, "exact")]),
    ("thin-space", "В октябре проект «Хочу найти» получил 9\u2009243 заявки.", [(FIND, "monthly_count",
     "2025-10", 9243, "exact")]),
    ("narrow-nbsp", "В октябре проект «Хочу найти» получил 9\u202f243 заявки.", [(FIND, "monthly_count",
     "2025-10", 9243, "exact")]),
    ("comma", '"I Want to Find" logged 9,243 requests in October.', [(FIND, "monthly_count", "2025-10",
     9243, "exact")]),
    ("decimal-thousands-uk", "Понад 8,5 тис. заявок у березні надійшло до «Хочу найти».",
     [(FIND, "monthly_count", "2025-03", 8500, "over")]),
    ("decimal-thousands-ru", "В апреле в «Хочу жить» поступило 3,2 тыс. обращений.",
     [(LIVE, "monthly_count", "2025-04", 3200, "exact")]),
    ("decimal-thousand-en", '"I Want to Find" received 8.5 thousand requests in January.',
     [(FIND, "monthly_count", "2025-01", 8500, "exact")]),
    ("words-half", "«Хочу жити»: у березні на гарячу лінію надійшло півтори тисячі звернень.",
     [(LIVE, "monthly_count", "2025-03", 1500, "exact")]),
    ("words-and-digits", "«Хочу жити»: у березні на гарячу лінію надійшло дві тисячі 500 звернень.",
     [(LIVE, "monthly_count", "2025-03", 2500, "exact")]),
    ("digits-thousand-digits", "У березні «Хочу жити» отримав 2 тисячі 500 звернень.",
     [(LIVE, "monthly_count", "2025-03", 2500, "exact")]),
    ("words-en", '"I Want to Live" received three thousand appeals in March.',
     [(LIVE, "monthly_count", "2025-03", 3000, "exact")]),
    ("words-ru-half", "В марте «Хочу жить» получил две с половиной тысячи обращений.",
     [(LIVE, "monthly_count", "2025-03", 2500, "exact")]),
    ("words-en-half", "I Want to Live received two and a half thousand appeals in March.",
     [(LIVE, "monthly_count", "2025-03", 2500, "exact")]),
    ("words-en-a-thousand", "I Want to Live received more than a thousand appeals in March.",
     [(LIVE, "monthly_count", "2025-03", 1000, "over")]),
    ("about", "«Хочу знайти»: у жовтні надійшло майже 9,3 тис. заявок, це не рекорд.",
     [(FIND, "monthly_count", "2025-10", 9300, "about")]),
    ("over-en", "I Want to Find received more than 9,000 requests in October.",
     [(FIND, "monthly_count", "2025-10", 9000, "over")]),
    ("over-ru", "«Хочу найти» в октябре получил свыше 9 тысяч заявок.",
     [(FIND, "monthly_count", "2025-10", 9000, "over")]),
]

MONTHS = [
    ("nominative-dash", "«Хочу знайти»: жовтень — 9 243 заявки.", [(FIND, "monthly_count", "2025-10", 9243,
     "exact")]),
    ("genitive-headline", "«Хочу знайти»: підсумки жовтня. Надійшло 9 243 заявки.",
     [(FIND, "monthly_count", "2025-10", 9243, "exact")]),
    ("locative-ru", "В октябре в проект «Хочу найти» поступило 9 243 заявки.",
     [(FIND, "monthly_count", "2025-10", 9243, "exact")]),
    ("accusative-ru", "За октябрь в проект «Хочу найти» поступило 9 243 заявки.",
     [(FIND, "monthly_count", "2025-10", 9243, "exact")]),
    ("explicit-year", "В январе 2024 года в проект «Хочу найти» поступило 1 200 заявок.",
     [(FIND, "monthly_count", "2024-01", 1200, "exact")]),
    ("last-month-uk", "Минулого місяця до «Хочу знайти» надійшло 9 243 заявки.",
     [(FIND, "monthly_count", "2025-10", 9243, "exact")]),
    ("last-month-ru", "В прошлом месяце в «Хочу найти» поступило 9 243 заявки.",
     [(FIND, "monthly_count", "2025-10", 9243, "exact")]),
    ("last-year", "У грудні минулого року «Хочу знайти» отримав 7 006 заявок.",
     [(FIND, "monthly_count", "2024-12", 7006, "exact")]),
    ("elliptic-next-sentence", "У вересні «Хочу знайти» отримав 8 870 заявок. У жовтні — 9 243.",
     [(FIND, "monthly_count", "2025-09", 8870, "exact"), (FIND, "monthly_count", "2025-10", 9243, "exact")]),
    ("two-months-two-clauses", "У лютому до «Хочу знайти» надійшло 7 912 заявок, а в березні — 10 274.",
     [(FIND, "monthly_count", "2025-02", 7912, "exact"), (FIND, "monthly_count", "2025-03", 10274, "exact")]),
    ("two-months-one-clause", "«Хочу знайти»: 9 243 заявки у жовтні проти 8 870 у вересні.",
     [(FIND, "monthly_count", "2025-10", 9243, "exact"), (FIND, "monthly_count", "2025-09", 8870, "exact")]),
    ("two-years", "У жовтні 2025 року до «Хочу знайти» надійшло 9 243 заявки, у жовтні 2024 року — 6 100.",
     [(FIND, "monthly_count", "2025-10", 9243, "exact"), (FIND, "monthly_count", "2024-10", 6100, "exact")]),
    ("rose-to", "Requests to the I Want to Find project rose to 9,243 in October.",
     [(FIND, "monthly_count", "2025-10", 9243, "exact")]),
    ("reached-uk", "Кількість заявок до проєкту «Хочу знайти» у жовтні сягнула 9 243.",
     [(FIND, "monthly_count", "2025-10", 9243, "exact")]),
    ("lowercase-unquoted", "проект хочу найти получил в мае 12 320 заявок",
     [(FIND, "monthly_count", "2025-05", 12320, "exact")]),
    ("transliterated", "Khochu Naiti project received 9,243 requests in October.",
     [(FIND, "monthly_count", "2025-10", 9243, "exact")]),
    ("quoted-speech", "«Ми отримали 9 243 заявки у жовтні», — сказав речник «Хочу знайти».",
     [(FIND, "monthly_count", "2025-10", 9243, "exact")]),
]

KINDS = [
    ("mom-fall-ru", "Число обращений в проект «Хочу найти» в октябре снизилось на 5% по сравнению с сентябрем "
     "и составило 9 243.", [(FIND, "monthly_count", "2025-10", 9243, "exact"),
                            (FIND, "mom_change_pct", "2025-10", -5, "exact")]),
    ("mom-percent-word", "I Want to Find logged 9,243 requests in October, up 4 percent from September.",
     [(FIND, "monthly_count", "2025-10", 9243, "exact"), (FIND, "mom_change_pct", "2025-10", 4, "exact")]),
    ("mom-month-earlier", "«Хочу знайти»: у жовтні 9 243 заявки — на 4% більше, ніж місяцем раніше.",
     [(FIND, "monthly_count", "2025-10", 9243, "exact"), (FIND, "mom_change_pct", "2025-10", 4, "exact")]),
    ("mom-only-adjacent-month", "«Хочу знайти» у жовтні отримав 9 243 заявки, на 4% більше, ніж у вересні, "
     "і на 30% більше, ніж у травні.", [(FIND, "monthly_count", "2025-10", 9243, "exact"),
                                         (FIND, "mom_change_pct", "2025-10", 4, "exact")]),
    ("cumulative-since-launch-en", "Ukraine's \"I Want to Live\" project has received over 30,000 applications "
     "since its launch in September 2022.", [(LIVE, "cumulative_total", "since_launch", 30000, "over")]),
    ("cumulative-from-launch-date", "«Хочу знайти»: з 9 січня 2024 року надійшло понад 144 тисячі заявок.",
     [(FIND, "cumulative_total", "since_launch", 144000, "over")]),
    ("cumulative-as-of-date", "Станом на 4 лютого до «Хочу знайти» надійшло понад 60 тисяч заявок.",
     [(FIND, "cumulative_total", "since_launch", 60000, "over")]),
    ("cumulative-exact-in-brackets", "«Хочу знайти»: загалом з моменту запуску — понад 144 тис. (144 138) заявок.",
     [(FIND, "cumulative_total", "since_launch", 144138, "exact")]),
    ("year-total-en", "In 2024, the I Want to Find project received 52,052 requests.",
     [(FIND, "period_total", "2024-01..2024-12", 52052, "exact")]),
    ("year-total-uk", "Речник «Хочу жити»: у 2023 році надійшло понад 30 тисяч звернень.",
     [(LIVE, "period_total", "2023-01..2023-12", 30000, "over")]),
    ("record-ru", "«Хочу найти» в октябре получил более 9 тыс. обращений — это рекорд за месяц.",
     [(FIND, "monthly_count", "2025-10", 9000, "over"), (FIND, "record_claim", "2025-10", 9000, "over")]),
    ("record-adjective", "«Хочу знайти» отримав рекордні 12 320 заявок у травні",
     [(FIND, "monthly_count", "2025-05", 12320, "exact"), (FIND, "record_claim", "2025-05", 12320, "exact")]),
    ("record-highest-en", "The I Want to Find project received 12,320 requests in May, the highest in a single "
     "month.", [(FIND, "monthly_count", "2025-05", 12320, "exact"),
                (FIND, "record_claim", "2025-05", 12320, "exact")]),
    ("two-series-alternating", "Проект «Хочу найти» в сентябре: 8 870 заявок. Проект «Хочу жить» в сентябре: "
     "1 100 обращений.", [(FIND, "monthly_count", "2025-09", 8870, "exact"),
                          (LIVE, "monthly_count", "2025-09", 1100, "exact")]),
    ("record-held-by-another-month", "У жовтні «Хочу знайти» отримав 9 243 заявки. Рекорд тримається з "
     "травня — тоді надійшло 12 320.", [(FIND, "monthly_count", "2025-10", 9243, "exact")]),
    ("someone-elses-record", "Попри рекордний обмін, у жовтні до «Хочу знайти» надійшло 9 243 заявки.",
     [(FIND, "monthly_count", "2025-10", 9243, "exact")]),
    ("daily-record-is-not-monthly", "У жовтні до «Хочу знайти» надійшло 9 243 заявки, а рекорд за добу — 600.",
     [(FIND, "monthly_count", "2025-10", 9243, "exact")]),
    ("other-project-first", "Проєкт «Шукаю своїх» у жовтні отримав 1 120 звернень. У жовтні «Хочу знайти» "
     "отримав 9 243 заявки.", [(FIND, "monthly_count", "2025-10", 9243, "exact")]),
]

NOT_FACTS = [
    ("daily-rate", "In October, the I Want to Find hotline received about 300 requests per day."),
    ("daily-rate-ru", "В октябре в проект «Хочу найти» ежедневно поступало около 300 заявок."),
    ("monthly-average", "Щомісяця до «Хочу знайти» надходить близько 9 тисяч заявок."),
    ("weekly", "«Хочу знайти»: за тиждень надійшло 2 000 заявок."),
    ("multiplier", "У жовтні заявок до «Хочу знайти» було у 2 рази більше, ніж торік."),
    ("more-than-usual-only", "У жовтні до «Хочу знайти» надійшло на 22% більше заявок, ніж зазвичай."),
    ("delta-not-count", "У жовтні до «Хочу знайти» надійшло на 1 500 заявок більше, ніж у вересні."),
    ("wrong-number-in-correction", "Уточнення: у жовтні до «Хочу знайти» надійшло не 9 234."),
    ("exchange", "«Хочу знайти» нагадує: у жовтні в результаті обміну додому повернулися 185 захисників."),
    ("confirmed-pows", "До «Хочу знайти» у жовтні звернулися родини 1 790 військових, які перебувають у полоні."),
    ("other-project", "Проєкт МВС «Шукаю своїх» за жовтень отримав 1 120 звернень від українських родин."),
    ("ukrainian-families-on-official-channel",
     "Коордштаб у жовтні отримав 2 000 звернень від родин зниклих безвісти захисників.", "koordshtab"),
    ("exchange-on-official-channel", "Відбувся обмін полоненими: у жовтні додому повернулися 185 захисників.",
     "koordshtab"),
    ("date-not-count", "4 лютого «Хочу знайти» оприлюднив звіт."),
    ("year-not-count", "«Хочу знайти» працює з 2024 року."),
    ("phone-number", "Телефон гарячої лінії «Хочу жити»: +38 066 580 34 98, у березні працює цілодобово."),
    ("24-7", "«Хочу жити» працює 24/7 у березні та квітні."),
    ("age", "У березні до «Хочу жити» звернувся 20-річний військовий."),
    ("ids", "Пост №1234: «Хочу знайти» у жовтні. ID 5678."),
    ("ordinal", "«Хочу знайти»: у жовтні відбувся 62-й обмін."),
    ("phrase-not-name", "Хочу знайти сина, який зник у березні. Я надіслала 3 заявки."),
    ("phrase-i-want-to-live", "Я хочу жити, сказав він. У березні надійшло 3 000 звернень."),
    ("regional-breakdown", "Найбільше заявок до «Хочу знайти» у жовтні надійшло з Башкортостану — 1 200."),
    ("subset", "До «Хочу знайти» у жовтні надійшло багато заявок, з них 1 200 — з Башкортостану."),
    ("range", "«Хочу знайти» щомісяця отримує 8–10 тисяч заявок."),
    ("vague", "По словам представителя штаба, еженедельно в проект «Хочу найти» поступает несколько тысяч "
     "обращений."),
    ("unnamed-project-on-news-channel", "Минулого місяця до проєкту надійшло 9 870 заявок."),
    ("future-month", "«Хочу знайти» у грудні 2025 року очікує 12 000 заявок."),
    ("before-launch", "«Хочу знайти» у грудні 2023 року отримав 1 000 заявок."),
    ("total-as-of-month", "У травні загальна кількість заявок до «Хочу знайти» перевищила 100 тисяч."),
    ("in-total-in-month", "У жовтні загалом до «Хочу знайти» надійшло 9 243 заявки."),
    ("year-over-year-percent", "«Хочу знайти»: кількість заявок зросла на 22% порівняно з жовтнем минулого року."),
    ("duration-not-context-month", "«Хочу знайти»: у жовтні — багато заявок. За рік роботи проєкт отримав "
     "52 тисячі заявок."),
    ("quoted-wish", 'Mothers write "I want to find my son". In October, 9,243 requests were filed.'),
    ("year-to-date", "«Хочу знайти»: з початку року надійшло 90 000 заявок."),
    ("may-the-verb", "Requests to I Want to Find may reach 9,243 soon."),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in NUMBER_FORMS], ids=[c[0] for c in NUMBER_FORMS])
def test_number_forms(text: str, expected: list[tuple]) -> None:
    assert fact_shape(_read(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in MONTHS], ids=[c[0] for c in MONTHS])
def test_months(text: str, expected: list[tuple]) -> None:
    assert fact_shape(_read(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in KINDS], ids=[c[0] for c in KINDS])
def test_kinds(text: str, expected: list[tuple]) -> None:
    assert fact_shape(_read(text)) == expected


def test_a_span_of_months_is_their_total_never_a_months_count() -> None:
    # (once a "not facts" case, from before spans had a kind of their own: the point was never October's)
    facts = _read("«Хочу знайти»: з серпня по жовтень надійшло 28 000 заявок.").facts
    assert [(f.kind, f.period, f.value) for f in facts] == [("period_total", "2025-08..2025-10", 28000)]


@pytest.mark.parametrize("case", NOT_FACTS, ids=[c[0] for c in NOT_FACTS])
def test_not_facts(case: tuple[str, ...]) -> None:
    text, channel = case[1], case[2] if len(case) > 2 else "news_demo"
    assert _read(text, channel=channel).facts == ()


def test_january_post_about_december_is_previous_year() -> None:
    facts = _read("У грудні «Хочу знайти» отримав 7 006 заявок.", datetime(2025, 1, 6, tzinfo=UTC)).facts
    assert [f.period for f in facts] == ["2024-12"]


def test_last_month_in_january_is_december() -> None:
    facts = _read("Last month I Want to Find logged 7,006 requests.", datetime(2025, 1, 6, tzinfo=UTC)).facts
    assert [f.period for f in facts] == ["2024-12"]


def test_evidence_is_the_sentence_of_the_fact() -> None:
    text = "Вступ без чисел.\nУ жовтні «Хочу знайти» отримав 9 243 заявки. Загалом — понад 144 тис. заявок."
    facts = _read(text).facts
    assert [f.evidence for f in facts] == [
        "У жовтні «Хочу знайти» отримав 9 243 заявки.",
        "Загалом — понад 144 тис. заявок.",
    ]


def test_duplicates_collapse_and_exact_beats_rounded() -> None:
    text = "«Хочу знайти»: у жовтні — понад 9 тис. заявок. У жовтні «Хочу знайти» отримав 9 243 заявки."
    assert fact_shape(_read(text)) == [(FIND, "monthly_count", "2025-10", 9243, "exact")]


def test_contradicting_values_become_a_problem() -> None:
    text = "У жовтні «Хочу знайти» отримав 9 243 заявки. У жовтні «Хочу знайти» отримав 9 500 заявок."
    extraction = _read(text)
    assert extraction.facts == ()
    assert [p.rule for p in extraction.problems] == ["value_conflict"]


# --- problems ----------------------------------------------------------------------------------


def test_named_series_without_month_is_quarantined() -> None:
    # A bare "отримав 9 243 заявки" is the running total as of publication (see test_extract_real_classes);
    # "last week" is a period the series does not have.
    text = "Минулого тижня «Хочу знайти» отримав 9 243 заявки."
    extraction = _read(text)
    assert extraction.facts == ()
    (problem,) = extraction.problems
    assert (problem.stage, problem.rule, problem.series) == ("extract", "month_unknown", FIND)
    assert "9243" in problem.message and problem.evidence in text


def test_two_series_without_attribution_is_quarantined() -> None:
    text = "«Хочу знайти» і «Хочу жити» — проєкти штабу. У жовтні надійшло 9 243 заявки."
    extraction = _read(text)
    assert extraction.facts == ()
    assert [p.rule for p in extraction.problems] == ["series_ambiguous"]


def test_respectively_is_quarantined() -> None:
    text = "У жовтні «Хочу знайти» і «Хочу жити» отримали 9 243 і 1 100 звернень відповідно."
    extraction = _read(text)
    assert extraction.facts == ()
    assert {p.rule for p in extraction.problems} == {"series_ambiguous"}


def test_running_year_total_is_quarantined_not_read() -> None:
    extraction = _read("«Хочу знайти» за 9 місяців 2025 року отримав 80 000 заявок.")
    assert extraction.facts == ()
    assert [p.rule for p in extraction.problems] == ["period_partial"]


def test_post_about_something_else_yields_nothing() -> None:
    assert _read("Сьогодні сонячно, 25 градусів.") == Extraction()
    assert _read("") == Extraction()


# --- channel defaults ----------------------------------------------------------------------------


def test_unnamed_project_on_official_channel_reads_channel_series() -> None:
    text = "Минулого місяця до проєкту надійшло 9 870 заявок."
    assert fact_shape(_read(text, channel="koordshtab")) == [(FIND, "monthly_count", "2025-10", 9870, "exact")]
    assert _read(text, channel="@KoordShtab").facts  # channel names are not case-sensitive


def test_named_series_beats_channel_default() -> None:
    text = "У березні «Хочу жити» отримав 3 000 звернень."
    assert fact_shape(_read(text, channel="koordshtab")) == [(LIVE, "monthly_count", "2025-03", 3000, "exact")]


def test_other_project_on_official_channel_yields_nothing() -> None:
    text = "Проєкт «Шукаю своїх» за жовтень отримав 1 120 звернень."
    assert _read(text, channel="koordshtab") == Extraction()


# --- configuration ---------------------------------------------------------------------------------


def test_series_config_lists_both_series_with_aliases() -> None:
    config = load_series_config()
    assert set(config["series"]) >= {FIND, LIVE}
    assert "Хочу знайти" in config["series"][FIND]["aliases"]
    assert "I Want to Live" in config["series"][LIVE]["aliases"]
    config["series"].clear()  # a copy: changing it changes nothing
    assert load_series_config()["series"]


def test_third_series_needs_only_configuration(monkeypatch: pytest.MonkeyPatch) -> None:
    config = load_series_config()
    config["series"]["i_want_to_go_home"] = {"aliases": ["Хочу додому", "I Want to Go Home"], "channels": []}
    monkeypatch.setattr(extract_config, "parsed_config", lambda: config)
    extract_config.reader_config.cache_clear()
    try:
        facts = _read("У жовтні проєкт «Хочу додому» отримав 1 234 заявки.").facts
        assert [(f.series, f.period, f.value) for f in facts] == [("i_want_to_go_home", "2025-10", 1234)]
    finally:
        monkeypatch.undo()
        extract_config.reader_config.cache_clear()


# --- purity ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("module", sorted(p.name for p in (Path(extract_module.__file__).parent).glob("*.py")))
def test_extractor_imports_no_side_effect_libraries(module: str) -> None:
    source = (Path(extract_module.__file__).parent / module).read_text("utf-8")
    imported = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
    assert not imported & {"airflow", "requests", "duckdb"}


def test_importing_the_extractor_loads_no_side_effect_libraries() -> None:
    code = ("import sys, hotline.extract; "
            "print(sorted(m for m in ('airflow', 'requests', 'duckdb') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# --- "N тисячу": a thousands word after a number is that number's scale -------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("У жовтні до проєкту «Хочу найти» надійшло 21 тисячу заявок.", ("monthly_count", 21000, "exact")),
    ("У жовтні до проєкту «Хочу найти» надійшло понад 21\u00a0тисячу заявок.", ("monthly_count", 21000, "over")),
    ("В октябре в проект «Хочу найти» поступило более 31 тысячу обращений.", ("monthly_count", 31000, "over")),
    ("У жовтні до проєкту «Хочу найти» надійшло майже тисячу заявок.", ("monthly_count", 1000, "about")),
])
def test_accusative_thousands_after_a_number_scale_it(text: str, expected: tuple) -> None:
    # A bare "тисячу" read alone would turn "31 тисячу" into 1,000 — a wrong count.
    [fact] = _read(text).facts
    assert (fact.kind, fact.value, fact.qualifier) == expected
