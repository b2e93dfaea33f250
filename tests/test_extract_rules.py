"""Each placement rule and each count rule of the extractor, on a phrasing of our own that it alone decides.

`PLACEMENT_RULES` and `COUNT_RULES` are tried in order and the first rule that decides wins; `hotline extract
--explain` names it. Every rule has an example here (a new rule without one fails `test_every_rule_has_an_example`
or `test_every_count_rule_has_an_example`), so a change that moves a case from one rule to another shows up as
the rule that stopped deciding it. The last tests hold the stages to what docs/EXTRACTION.md says of them: pure
functions over frozen values, no state kept between posts.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from hotline.extract import explain
from hotline.extract.count import COUNT_RULES
from hotline.extract.place_rules import PLACEMENT_RULES

# rule -> (post text, publication date, the number it places, what the rule decides)
RULE_EXAMPLES: dict[str, tuple[str, str, str, str]] = {
    "per_month": ("«Хочу жити»: з березня ми фіксуємо по 3 тис. звернень щомісяця.", "2023-04-05",
                  "3 тис.", "monthly_count 2023-03"),
    "year_to_date": ("З початку року до «Хочу знайти» надійшло 40 000 звернень.", "2025-06-20",
                     "40 000", "not read: period_partial"),
    "year_and_month": ("«Хочу знайти» за рік роботи у січні отримав 52 052 звернення.", "2025-01-10",
                       "52 052", "not read: period_unknown"),
    "first_year": ("За перший рік роботи проєкт «Хочу знайти» отримав 52 052 звернення.", "2025-01-10",
                   "52 052", "period_total 2024-01..2024-12"),
    "past_year_from_launch": ("За последний год проект «Хочу найти» получил более 60 000 запросов.", "2025-02-20",
                              "60 000", "cumulative_total since_launch"),
    "month_range": ("У січні-лютому до «Хочу знайти» надійшло 17 600 звернень.", "2025-03-05",
                    "17 600", "period_total 2025-01..2025-02"),
    "clause_periods": ("«Хочу знайти» у вересні та жовтні отримав 9 243 звернення.", "2025-11-05",
                       "9 243", "not read: month_ambiguous"),
    "month_and_total_marker": ("У жовтні «Хочу знайти» загалом отримав 144 138 звернень.", "2025-11-05",
                               "144 138", "not read: kind_ambiguous"),
    "part_of_month": ("За першу половину жовтня «Хочу знайти» отримав 4 100 звернень.", "2025-11-05",
                      "4 100", "not read: period_partial"),
    "period_in_clause": ("У жовтні «Хочу знайти» отримав 9 243 звернення.", "2025-11-05",
                         "9 243", "monthly_count 2025-10"),
    "since_start_date": ("Since 9 January 2024, I Want to Find has received 144,138 requests.", "2025-11-05",
                         "144,138", "cumulative_total since_launch"),
    "as_of_month": ("By March of this year, about 10,000 Russians had contacted the I Want to Live hotline.",
                    "2023-04-05", "10,000", "cumulative_total since_launch"),
    "reported_to_date": ("У лютому штаб повідомив, що до «Хочу знайти» вже звернулися понад 60 тисяч росіян.",
                         "2025-02-20", "60 тисяч", "cumulative_total since_launch"),
    "span_from_launch": ("За шість місяців роботи «Хочу жити» отримав понад 9 800 звернень.", "2023-03-05",
                         "9 800", "cumulative_total since_launch"),
    "span_of_months": ("Всего за последние десять месяцев «Хочу найти» получил около 95 тысяч заявок.",
                       "2024-11-05", "95 тысяч", "not read: period_unknown"),
    "running_total_marker": ("«Хочу знайти» отримав загалом понад 144 тисячі звернень.", "2025-11-05",
                             "144 тисячі", "cumulative_total since_launch"),
    "head_total_marker": ("Since the project's launch, more than 144,000 requests have been filed with I Want to "
                          "Find, including 9,243 in October.", "2025-11-05", "144,000",
                          "cumulative_total since_launch"),
    "month_of_a_part": ("«Хочу знайти» отримав 50 000 звернень, з них 612 — з Башкортостану у травні.",
                        "2025-06-05", "50 000", "not read: month_ambiguous"),
    "sentence_month": ("В октябре, по данным штаба, в «Хочу найти» пришло 9 243 заявки.", "2025-11-05",
                       "9 243", "monthly_count 2025-10"),
    "head_month": ("In October, I Want to Find received 9,243 requests, down from 10,100 in September.",
                   "2025-11-05", "9,243", "monthly_count 2025-10"),
    "sentence_total_marker": ("Загалом, за даними штабу, до «Хочу знайти» звернулися понад 144 тисячі родин.",
                              "2025-11-05", "144 тисячі", "cumulative_total since_launch"),
    "received_to_date": ("The I Want to Live project has received more than 16,000 appeals.", "2023-06-05",
                         "16,000", "cumulative_total since_launch"),
    "when_month": ("У жовтні «Хочу знайти» отримав 9 243 звернення, менше, ніж у вересні, коли надійшло 10 100 "
                   "звернень.", "2025-11-05", "10 100", "monthly_count 2025-09"),
    "earlier_sentence_month": ("Підсумки жовтня. «Хочу знайти» отримав 9 243 звернення.", "2025-11-05",
                               "9 243", "monthly_count 2025-10"),
    "since_then_launch": ("Проєкт «Хочу знайти» запрацював 9 січня 2024 року. Відтоді до нього звернулися "
                          "61 210 росіян.", "2025-02-05", "61 210", "cumulative_total since_launch"),
    "after_compared_month": ("The I Want to Live hotline took 3,000 calls, more than double the monthly figures of "
                             "February.", "2023-04-05", "3,000", "monthly_count 2023-03"),
    "undated": ("Проєкт «Хочу знайти» отримав понад 144 тисячі звернень.", "2025-11-05",
                "144 тисячі", "no period: decided when the whole post is read"),
    "no_period": ("«Хочу знайти» отримав 9 243 звернення.", "2025-11-05",
                  "9 243", "not read: month_unknown"),
}


# count rule -> (post text, publication date, the number it decides, the start of the note it writes)
COUNT_RULE_EXAMPLES: dict[str, list[tuple[str, str, str, str]]] = {
    "month_to_month": [
        ("Кількість звернень до «Хочу знайти» зросла з 10 440 у квітні до 12 320 у травні.", "2025-06-05",
         "10 440", "[counts] counts requests, one side of a change from month to month")],
    "bad_word_before": [
        ("У жовтні «Хочу знайти» отримав 9 243 звернення, на 2 100 більше, ніж у вересні.", "2025-11-05",
         "2 100", "[bad_before]"),
        ("In October, I Want to Find received up to 20,000 requests.", "2025-11-05", "20,000", "[bad_before]")],
    "bound": [("«Хочу знайти» може прийняти до 20 000 звернень.", "2025-11-05", "20 000", "[bound]")],
    "bad_word_after": [
        ("У жовтні «Хочу знайти» отримав 9 243 звернення, 5-й місяць поспіль.", "2025-11-05", "5", "[bad_after]")],
    "not_requests": [("У «Хочу знайти» працюють 15 операторів.", "2025-11-05", "15", "[not_requests]")],
    "rate": [("«Хочу знайти» отримує близько 300 звернень щодня.", "2025-11-05", "300", "[rate]")],
    "not_stated": [
        ("Раніше помилково повідомлялося, що у жовтні «Хочу знайти» отримав 9 234 звернення.", "2025-11-05",
         "9 234", "[not_stated]")],
    "counts": [
        ("У жовтні «Хочу знайти» отримав 9 243 звернення.", "2025-11-05", "9 243",
         "[counts] counts requests (a request noun beside it), qualifier exact"),
        ("In October, I Want to Find received 9,243 requests.", "2025-11-05", "9,243",
         "[counts] counts requests (a request noun beside it), qualifier exact"),
        ("Im Oktober erhielt „Ich will leben“ 8.548 Anfragen.", "2025-11-05", "8.548",
         "[counts] counts requests (a request noun beside it), qualifier exact")],
}


def test_every_count_rule_has_an_example() -> None:
    assert [rule.__name__ for rule in COUNT_RULES if rule.__name__ not in COUNT_RULE_EXAMPLES] == []
    assert COUNT_RULES[-1].__name__ == "counts", "the last count rule decides every number the others leave"


@pytest.mark.parametrize(("rule", "example"), [(rule, example) for rule, examples in COUNT_RULE_EXAMPLES.items()
                                               for example in examples])
def test_count_rule_decides_its_example(rule: str, example: tuple[str, str, str, str]) -> None:
    text, published, number, note = example
    published_at = datetime.fromisoformat(published).replace(tzinfo=UTC)
    lines = [line for line in explain(text, published_at, "p").splitlines() if line.strip().startswith(f"'{number}'")]
    assert lines, f"{number!r} was not found as a number in {text!r}"
    assert lines[0].split(": ", 1)[1].startswith(note), f"{rule}: {lines[0]}"


def test_every_rule_has_an_example() -> None:
    assert [rule.__name__ for rule in PLACEMENT_RULES if rule.__name__ not in RULE_EXAMPLES] == []


@pytest.mark.parametrize("rule", list(RULE_EXAMPLES))
def test_rule_decides_its_example(rule: str) -> None:
    text, published, number, outcome = RULE_EXAMPLES[rule]
    published_at = datetime.fromisoformat(published).replace(tzinfo=UTC)
    lines = [line for line in explain(text, published_at, "p").splitlines() if line.strip().startswith(f"'{number}'")]
    assert lines, f"{number!r} was not found as a number in {text!r}"
    assert f"[place:{rule}] {outcome}" in lines[0], lines[0]


def test_a_total_said_rounded_and_exact_is_one_fact_with_its_other_form_restated() -> None:
    from hotline.extract import extract_facts

    text = ("«Хочу знайти» отримав уже понад 144 тисячі звернень. Загалом з початку роботи проєкту надійшло "
            "144 138 звернень.")
    result = extract_facts(text, datetime(2025, 11, 5, tzinfo=UTC), "p")
    assert [(f.kind, f.value, f.qualifier) for f in result.facts] == [("cumulative_total", 144138, "exact")]
    assert [(f.kind, f.value, f.qualifier) for f in result.restatements] == [("cumulative_total", 144000, "over")]
    assert "restated: i_want_to_find cumulative_total since_launch 144000 (over)" in explain(
        text, datetime(2025, 11, 5, tzinfo=UTC), "p")


def test_totals_that_disagree_are_neither_fact_nor_restatement() -> None:
    from hotline.extract import extract_facts

    text = "«Хочу знайти» загалом отримав 144 138 звернень. Загалом до проєкту надійшло 61 000 звернень."
    result = extract_facts(text, datetime(2025, 11, 5, tzinfo=UTC), "p")
    assert result.facts == () and result.restatements == ()
    assert [p.rule for p in result.problems] == ["value_conflict"]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("From January to March, I Want to Find received 27,600 requests.", "2025-04-05",
     ("period_total", "2025-01..2025-03", 27600.0)),
    ("Between January and February the I Want to Find project received 17,600 requests.", "2025-03-05",
     ("period_total", "2025-01..2025-02", 17600.0)),
    ("С января по март в «Хочу найти» поступило 27 600 заявок.", "2025-04-05",
     ("period_total", "2025-01..2025-03", 27600.0)),
    # across the new year
    ("В декабре–январе в «Хочу найти» поступило 17 600 заявок.", "2025-03-05",
     ("period_total", "2024-12..2025-01", 17600.0)),
    # a span still running, a change that ended in the last month, two months joined by a plain "and",
    # and a span from before the series began: no fact
    ("В феврале–марте в «Хочу найти» поступило 17 600 заявок.", "2025-03-20", None),
    ("С января по февраль число заявок в «Хочу найти» выросло до 9 100.", "2025-03-05", None),
    ("В январе и феврале в «Хочу найти» поступило 17 600 заявок.", "2025-03-05", None),
    ("From November to December, I Want to Find received 10,000 requests.", "2024-01-20", None),
])
def test_two_months_as_the_ends_of_a_span(text: str, published: str, expected: tuple | None) -> None:
    from hotline.extract import extract_facts

    result = extract_facts(text, datetime.fromisoformat(published).replace(tzinfo=UTC), "p")
    assert [(f.kind, f.period, f.value) for f in result.facts] == ([expected] if expected else [])


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a post from the end of the span: the running total
    ("In the six months of the I Want to Live project, 9,800 people have applied to surrender.", "2023-03-05",
     ("cumulative_total", "since_launch", 9800.0)),
    # a year later: the total of those first months
    ("За перші три місяці роботи «Хочу знайти» отримав 21 000 звернень.", "2025-02-05",
     ("period_total", "2024-01..2024-03", 21000.0)),
    # "у/в" with the first month of work: the span, as with "за"
    ("В первый месяц работы проект «Хочу найти» получил более 5 тысяч заявок.", "2024-02-10",
     ("cumulative_total", "since_launch", 5000.0)),
    ("У перший місяць роботи «Хочу знайти» отримав понад 5 тисяч звернень.", "2024-06-10",
     ("period_total", "2024-01..2024-01", 5000.0)),
    # a month of work with its count left out is one; months with theirs left out are no span
    ("За месяц работы на горячую линию «Хочу жить» поступило более 2 тысяч звонков.", "2022-10-20",
     ("cumulative_total", "since_launch", 2000.0)),
    ("In a month of work, the I Want to Live hotline received more than 2,000 calls.", "2022-10-20",
     ("cumulative_total", "since_launch", 2000.0)),
    ("Впродовж місяців роботи «Хочу знайти» отримав 50 000 звернень.", "2024-06-20", None),
    # but "у 3 місяці роботи" may be the third month: no span
    ("У 3 місяці роботи «Хочу знайти» отримав 20 тисяч звернень.", "2024-04-10", None),
    # the last six months are a window before publication, not the span from launch
    ("За останні шість місяців «Хочу знайти» отримав 50 000 звернень.", "2025-02-05", None),
    # a span longer than the project has been at work is a misreading
    ("За шість місяців роботи «Хочу знайти» отримав 20 000 звернень.", "2024-03-05", None),
])
def test_a_span_from_launch(text: str, published: str, expected: tuple | None) -> None:
    from hotline.extract import extract_facts

    result = extract_facts(text, datetime.fromisoformat(published).replace(tzinfo=UTC), "p")
    assert [(f.kind, f.period, f.value) for f in result.facts] == ([expected] if expected else [])


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Over the past year, the I Want to Find project received more than 60,000 requests.", "2025-01-20",
     ("cumulative_total", "since_launch", 60000.0)),
    ("За рік проєкт «Хочу знайти» отримав понад 52 тисячі звернень.", "2025-01-10",
     ("cumulative_total", "since_launch", 52000.0)),
    # a project two years old: the past year is a rolling window, no series of ours
    ("За последний год проект «Хочу найти» получил более 100 000 запросов.", "2026-01-20", None),
    # "a year ago" dates the figure; it is no span
    ("Рік тому «Хочу знайти» отримав понад 8 тисяч звернень.", "2025-01-20", None),
])
def test_the_past_year_of_a_project_a_year_old(text: str, published: str, expected: tuple | None) -> None:
    from hotline.extract import extract_facts

    result = extract_facts(text, datetime.fromisoformat(published).replace(tzinfo=UTC), "p")
    assert [(f.kind, f.period, f.value) for f in result.facts] == ([expected] if expected else [])


def test_a_bare_figure_the_project_received_in_a_post_about_requests() -> None:
    from hotline.extract import extract_facts

    text = ("Since its launch in September 2022, the I Want to Live project received more than 32,000, and 260 "
            "soldiers became prisoners. Relatives also sent requests.")
    result = extract_facts(text, datetime(2024, 1, 5, tzinfo=UTC), "p")
    assert [(f.kind, f.value, f.qualifier) for f in result.facts] == [("cumulative_total", 32000.0, "over")]
    # the ministry is no project of ours
    text = "Since September 2022 the ministry received more than 32,000. The I Want to Live project got requests too."
    assert extract_facts(text, datetime(2024, 1, 5, tzinfo=UTC), "p").facts == ()


@pytest.mark.parametrize(("text", "published", "expected"), [
    # the month after the compared one is the last month before publication: its figure
    ("Vitaliy Matviyenko noted that 3,000 calls more than doubled the monthly figures of February. "
     "The I Want to Live hotline works around the clock.", "2023-04-05", [("monthly_count", "2023-03", 3000.0)]),
    ("Кількість звернень до «Хочу жити» — 3 000 — удвічі перевищила показники лютого.", "2023-04-05",
     [("monthly_count", "2023-03", 3000.0)]),
    # a post of June: the month after February is no report's own month
    ("The I Want to Live hotline took 3,000 calls, more than double the monthly figures of February.",
     "2023-06-05", []),
    # the compared month is never read as the figure's own
    ("Кількість звернень до «Хочу жити» перевищила показники лютого і склала 3 000.", "2023-06-05", []),
])
def test_a_figure_compared_only_with_a_month(text: str, published: str, expected: list) -> None:
    from hotline.extract import extract_facts

    result = extract_facts(text, datetime.fromisoformat(published).replace(tzinfo=UTC), "p")
    assert [(f.kind, f.period, f.value) for f in result.facts if f.kind == "monthly_count"] == expected
    assert not [f for f in result.facts if f.kind == "mom_change_pct"]  # the change's month is not stated


def test_a_total_as_of_a_month_long_before_publication_is_not_the_current_total() -> None:
    from hotline.extract import extract_facts

    text = "By March 2023, more than 10,000 Russians had contacted the I Want to Live hotline."
    assert extract_facts(text, datetime(2023, 4, 5, tzinfo=UTC), "p").facts[0].value == 10000
    late = extract_facts(text, datetime(2025, 6, 5, tzinfo=UTC), "p")
    assert late.facts == () and [p.rule for p in late.problems] == ["period_unknown"]


def test_the_values_passed_between_stages_are_frozen() -> None:
    import dataclasses

    from hotline.extract import count, pieces, reader, settle

    values = [pieces.Ref, pieces.Number, pieces.Count, pieces.Sentence, pieces.Post, pieces.Context, pieces.Placing,
              count.Reading, count.Counted, count.Rejected, count.SentenceCounts, reader.PostRead, reader.CountRead,
              reader.SentenceRead, settle.SentencesRead, settle.Undated]
    thawed = [cls.__name__ for cls in values
              if not (dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen)]
    assert thawed == [], f"values passed between the stages must be frozen dataclasses: {thawed}"
    context = pieces.Context()
    with pytest.raises(dataclasses.FrozenInstanceError):
        context.periods = frozenset({"2025-10"})  # type: ignore[misc]
    later = context.with_month_value("i_want_to_find", "2025-10", 9243.0)
    assert dict(context.month_values) == {} and dict(later.month_values) == {("i_want_to_find", "2025-10"): (9243.0,)}
    with pytest.raises(TypeError):
        later.month_values[("i_want_to_find", "2025-11")] = (1.0,)  # type: ignore[index]


def test_the_rules_read_only_what_they_are_given() -> None:
    """Each rule is a function of the one value its stage gathers (`Placing`, `Reading`); none reaches a reader."""
    import inspect

    from hotline.extract import count, place_rules, place_span_rules

    for rule in (*PLACEMENT_RULES, *COUNT_RULES):
        parameters = list(inspect.signature(rule).parameters.values())
        assert len(parameters) == 1, f"{rule.__name__} takes {parameters}"
        assert parameters[0].annotation in ("Placing", "Reading"), f"{rule.__name__}: {parameters[0].annotation}"
    for module in (count, place_rules, place_span_rules):
        source = inspect.getsource(module)
        assert "reader" not in source.replace("reader_config", ""), f"{module.__name__} names a reader"


def test_no_state_is_kept_between_posts() -> None:
    """Reading a post gives the same result before and after reading others (the stages keep nothing)."""
    from hotline.extract import extract_facts

    first = ("У жовтні «Хочу знайти» отримав 9 243 звернення, на 8,5% менше, ніж у вересні. Це рекорд? Ні. Загалом "
             "з початку роботи проєкту надійшло понад 144 тисячі звернень.")
    others = ["In September, I Want to Find received 10,100 requests, a record.",
              "«Хочу жити»: з березня ми фіксуємо по 3 тис. звернень щомісяця.",
              "Проєкт «Хочу знайти» отримав понад 144 тисячі звернень. Лише у листопаді надійшло 9 870."]
    published = datetime(2025, 11, 5, tzinfo=UTC)
    before = extract_facts(first, published, "p")
    for i, text in enumerate(others):
        extract_facts(text, published, f"o{i}")
    assert extract_facts(first, published, "p") == before
    assert explain(first, published, "p") == explain(first, published, "p")


def test_every_window_is_a_named_constant() -> None:
    """A rule looks a named distance before or after a position (`HEDGE_WINDOW`), never an unnamed number."""
    import re
    from pathlib import Path

    import hotline.extract as extract

    stages = sorted(Path(extract.__file__).parent.glob("*.py"))
    window = re.compile(r"(?:start|end|pos)(?:\(\))?\s*[-+]\s*(?!1\b)\d+\b")
    found = [f"{path.name}:{n}: {line.strip()}" for path in stages
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if window.search(line)]
    assert found == [], "character windows written as bare numbers:\n" + "\n".join(found)


# A day's number before its month, with each language's ending or link word (DAY_ENDINGS, DAY_SUFFIXES_BEFORE_MONTH,
# DAY_MONTH_LINK_WORDS): the month is a date's, the number no count.
@pytest.mark.parametrize("before_month", ["le 1er ", "el 1º de ", "em 28 de ", "am 4. ", "9-го ", "on 4 "])
def test_a_day_before_its_month_in_each_language(before_month: str) -> None:
    from hotline.extract.lexicon import text

    assert text.DAY_BEFORE_RE.search(before_month), before_month


# ... and after an English month, with its ordinal ending (DAY_SUFFIXES_AFTER_MONTH); a count is no day.
@pytest.mark.parametrize(("after_month", "is_day"), [(" 4th, 2025", True), (" 22nd ", True), (" 4", True),
                                                     (" 7,912 requests", False), (" 4 512 requests", False)])
def test_a_day_after_an_english_month(after_month: str, is_day: bool) -> None:
    from hotline.extract.lexicon import text

    assert bool(text.DAY_AFTER_RE.match(after_month)) is is_day, after_month
