"""Classes of wording found in the press's texts that needed rules of their own: a bare year heading its sentence,
a list of months' figures, calls said not to be the series' line, a span from a past day, and a superlative with
no scope word. Each in at least two languages, with the trap that must stay silent.

The sentences are our own phrasings of the classes, not copies of real texts."""

from __future__ import annotations

import pytest
from extract_helpers import CUM, FIND, LIVE, TOTAL, M, fact_shape, read_post

YEAR_2024 = "2024-01..2024-12"


@pytest.mark.parametrize("text", [
    # a bare year opening the sentence is its period, in any language
    "2024 kamen beim Projekt „Ich will finden“ 52.052 Anfragen an.",
    "2024 року проєкт «Хочу знайти» отримав 52 052 звернення.",
    "2024 wpłynęło do projektu «Chcę znaleźć» 52 052 zgłoszeń.",
    # a total word said of the year that heads the sentence is the year's total, not the running total
    "In 2024, the I Want to Find project received a total of 52,052 requests.",
    "2024 gingen beim Projekt „Ich will finden“ insgesamt 52.052 Anfragen ein.",
    "En 2024, el proyecto «Quiero encontrar» recibió en total 52.052 solicitudes.",
])
def test_a_year_heading_its_sentence_is_the_period_of_its_count(text: str) -> None:
    assert fact_shape(read_post(text, "2025-01-20")) == [(FIND, TOTAL, YEAR_2024, 52052, "exact")]


@pytest.mark.parametrize(("text", "expected"), [
    # a milestone passed in that year is the running total, not the year's own figure
    ("In 2024, the total number of requests to the I Want to Find project exceeded 50,000.",
     [(FIND, CUM, "since_launch", 50000, "over")]),
    # a year in a list is followed by no word: no period of its own, so nothing is read as that year's
    ("2024 — 52 052 звернення до «Хочу знайти»; 2025 — 60 000.", []),
    # counted from the launch, the figure is the running total, whatever year heads the sentence
    ("In 2024, the I Want to Find project received a total of 52,052 requests since its launch.",
     [(FIND, CUM, "since_launch", 52052, "exact")]),
    ("2024 endete für das Projekt „Ich will finden“ mit insgesamt 52.052 Anfragen seit dem Start.",
     [(FIND, CUM, "since_launch", 52052, "exact")]),
    # a year that opens a sentence naming a month leaves the month its own
    ("2024 war für „Ich will finden“ ein gutes Jahr: Im Oktober kamen 9.243 Anfragen.",
     [(FIND, "monthly_count", "2024-10", 9243, "exact")]),
])
def test_a_heading_year_does_not_take_what_is_not_its_own(text: str, expected: list[tuple]) -> None:
    assert fact_shape(read_post(text, "2025-01-20")) == expected


def test_the_year_still_running_is_no_year_total() -> None:
    """A year's total published before the year is out is a part of it: quarantined, not read."""
    read = read_post("In 2024, the I Want to Find project received a total of 52,052 requests.", "2024-11-20")
    assert read.facts == ()
    assert [p.rule for p in read.problems] == ["period_partial"]


@pytest.mark.parametrize("text", [
    "The I Want to Find project received 9,243 requests in October, 10,100 in September and 12,320 in May.",
    "Проєкт «Хочу знайти» отримав 9 243 звернення у жовтні, 10 100 у вересні та 12 320 у травні.",
    "Das Projekt „Ich will finden“ erhielt 9.243 Anfragen im Oktober, 10.100 im September und 12.320 im Mai.",
])
def test_a_list_of_figures_each_followed_by_its_month(text: str) -> None:
    """Each figure of the list is its own month's: the month after a figure is not the next figure's label."""
    assert fact_shape(read_post(text, "2025-11-05")) == [
        (FIND, M, "2025-10", 9243, "exact"), (FIND, M, "2025-09", 10100, "exact"),
        (FIND, M, "2025-05", 12320, "exact")]


@pytest.mark.parametrize("text", [
    # the month stands before the figure it labels ("а в жовтні, 9 243"): the first figure's own month is another
    "У вересні надійшло 10 100 звернень до «Хочу знайти», а в жовтні, 9 243 — з них половина повторні.",
    "In September the I Want to Find project received 10,100 requests and in October, 9,243 of them repeated.",
])
def test_a_month_that_labels_the_next_figure_is_not_the_figure_before(text: str) -> None:
    """The trap: no list here, so October is never read as the September figure's month."""
    facts = read_post(text, "2025-11-05").facts
    assert all(not (f.period == "2025-10" and f.value == 10100) for f in facts)
    assert all(not (f.period == "2025-09" and f.value == 9243) for f in facts)


@pytest.mark.parametrize("text", [
    "Intelligence intercepted 5,000 calls from Russian soldiers in 2024, not to the I Want to Live line but home.",
    "Розвідка перехопила 5 000 дзвінків російських військових — не на лінію «Хочу жити», а рідним.",
    "Der Geheimdienst hat 5.000 Anrufe abgefangen, die nicht an die Hotline „Ich will leben“ gingen.",
    "Le renseignement a intercepté 5 000 appels, pas à la ligne « Je veux vivre » mais aux familles.",
])
def test_calls_the_text_says_were_not_to_the_series_line(text: str) -> None:
    """The series' name denied ("not to the ... line"): its figure is never read as the series'; quarantined."""
    read = read_post(text, "2025-01-20")
    assert read.facts == ()
    assert [p.rule for p in read.problems] == ["series_negated"]


@pytest.mark.parametrize(("text", "expected"), [
    # "not only" is no denial: the line is named as one of the places the calls went
    ("In October, 5,000 calls were made not only to the I Want to Live hotline.",
     [(LIVE, M, "2024-10", 5000, "exact")]),
    # a denial of the figure, not of the series: the figure after it is read
    ("Die Hotline „Ich will leben“ erhielt im Oktober nicht 500, sondern 5.000 Anrufe.",
     [(LIVE, M, "2024-10", 5000, "exact")]),
])
def test_a_negation_that_does_not_deny_the_series(text: str, expected: list[tuple]) -> None:
    assert fact_shape(read_post(text, "2025-01-20")) == expected


@pytest.mark.parametrize("text", [
    "From 15 September to 20 January, the I Want to Live hotline received 6,543 requests.",
    "З 15 вересня по 20 січня на лінію «Хочу жити» надійшло 6 543 звернення.",
    "Vom 15. September bis zum 20. Januar gingen bei der Hotline „Ich will leben“ 6.543 Anfragen ein.",
])
def test_a_span_from_a_past_day_to_now_is_quarantined_with_its_figure(text: str) -> None:
    """From a day months ago to (about) today: a running total only if that day was the launch, which the text
    does not say. Not guessed: the figure goes to quarantine, whole, with its sentence."""
    read = read_post(text, "2023-01-21")
    assert read.facts == ()
    assert [p.series for p in read.problems] == [LIVE]
    assert "6" in read.problems[0].message and read.problems[0].evidence == text


def test_the_dot_of_a_day_before_its_month_ends_no_sentence() -> None:
    """"am 4. Februar", "vom 15. September": German (and Czech, Norwegian, ...) write the day with a dot."""
    text = "Am 4. Februar meldete der Stab, dass bei der Hotline „Ich will leben“ im Januar 8.548 Anfragen eingingen."
    read = read_post(text, "2025-02-05")
    assert [f.evidence for f in read.facts] == [text]


@pytest.mark.parametrize("text", [
    "Im Oktober gingen bei „Ich will finden“ 9.243 Anfragen ein – die höchste Zahl.",
    "In October, the I Want to Find project received 9,243 requests, the highest number of requests.",
    "У жовтні до «Хочу знайти» надійшло 9 243 звернення — найбільша кількість.",
])
def test_a_superlative_of_a_quantity_beside_the_month_figure_claims_a_record(text: str) -> None:
    assert fact_shape(read_post(text, "2025-11-05")) == [
        (FIND, M, "2025-10", 9243, "exact"), (FIND, "record_claim", "2025-10", 9243, "exact")]


@pytest.mark.parametrize("text", [
    # the most of the month's requests came from one place: a breakdown, no record
    "Im Oktober gingen bei „Ich will finden“ 9.243 Anfragen ein, die meisten aus Donezk.",
    "In October, the I Want to Find project received 9,243 requests, the highest number of them from Donetsk.",
    "Im Oktober gingen bei „Ich will finden“ 9.243 Anfragen ein, die höchste Zahl kam aus Donezk.",
    "In October, the I Want to Find project received 9,243 requests, the highest number came from Dagestan.",
    # limited in time: the highest since a month, or this year, is no record
    "Im Oktober gingen bei „Ich will finden“ 9.243 Anfragen ein – die höchste Zahl seit März.",
    "In October, the I Want to Find project received 9,243 requests, the highest number this year.",
    "У жовтні до «Хочу знайти» надійшло 9 243 звернення — найбільша кількість за пів року.",
])
def test_a_superlative_that_is_no_record_claim(text: str) -> None:
    facts = read_post(text, "2025-11-05").facts
    assert [f for f in facts if f.kind == "record_claim"] == []


def test_a_superlative_before_its_figure_claims_no_record() -> None:
    """ "Die höchste Zahl kam ... aus Donezk: 2.100": said before the figure, the superlative is of a share."""
    facts = read_post("Die höchste Zahl kam im Oktober bei „Ich will finden“ aus Donezk: 2.100 Anfragen.",
                      "2025-11-05").facts
    assert [f for f in facts if f.kind == "record_claim"] == []


def test_a_superlative_of_a_place_makes_the_figure_after_it_a_share() -> None:
    """ "the highest number of requests came from Donetsk, 2,100": the region's share, not the month's figure."""
    text = "In October the I Want to Find project received the highest number of requests from Donetsk, 2,100."
    assert fact_shape(read_post(text, "2025-11-05")) == []


@pytest.mark.parametrize("text", [
    "In 2024 the I Want to Live hotline received 52,052 requests since its launch.",
    "У 2024 році лінія «Хочу жити» отримала 52 052 звернення з моменту запуску.",
])
def test_a_year_and_since_launch_in_one_clause_is_not_guessed(text: str) -> None:
    """The year's own total, or the running total said in that year? Quarantined with its figure."""
    read = read_post(text, "2025-01-20")
    assert read.facts == ()
    assert [p.rule for p in read.problems] == ["kind_ambiguous"]
