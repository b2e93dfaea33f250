"""Properties of the extractor that must hold for any text: no crash, evidence from the text.

Arbitrary text alone rarely reaches the deeper rules, so a second strategy glues together
fragments of real-looking posts (series names, numbers in every format, month names,
qualifiers, odd spaces) in random order.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hotline.extract import extract_facts
from hotline.records import FACT_KINDS, QUALIFIERS
from hotline.series import configured_series

FRAGMENTS = [
    "«Хочу знайти»", "«Хочу найти»", '"I Want to Find"', "Хочу жити", "I Want to Live", "Khochu Naiti",
    "«Шукаю своїх»", "проєкт", "проект", "project", "у січні", "в декабре", "in March", "минулого місяця",
    "last month", "за 2024 рік", "з 9 січня 2024 року", "4 лютого", "2025 року", "надійшло", "поступило",
    "received", "понад", "более", "over", "близько", "almost", "8 548", "8\u00a0548", "8\u2009548", "8,548",
    "9243", "8,5 тис.", "3.2 thousand", "півтори тисячі", "дві з половиною тисячі", "three thousand",
    "заявок", "звернень", "обращений", "requests", "на 22% більше, ніж у грудні", "22 percent",
    "рекорд", "the highest in a single month", "щодня", "per day", "у 2–3 рази", "а не 10 247",
    "загалом", "since launch", "з них", "(144 138)", "—", ":", ",", ".", "\n", " ", "24/7", "+38 066 580 34 98",
    "№12", "62-й", "їх було", "İ", "ё", "’", "«", "»",
]

post_text = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map(" ".join)
any_text = st.text(max_size=400)
published = st.datetimes(
    min_value=datetime(2022, 1, 1), max_value=datetime(2030, 12, 31), timezones=st.just(UTC)
)
channels = st.sampled_from(["", "koordshtab", "news_demo", "hochu_najti_demo"])
FAST = settings(max_examples=150, deadline=timedelta(milliseconds=500),
                suppress_health_check=[HealthCheck.too_slow])


def _check(text: str, when: datetime, channel: str) -> None:
    extraction = extract_facts(text, when, "p", channel=channel)
    seen = set()
    for fact in extraction.facts:
        assert fact.evidence and fact.evidence in text
        assert fact.series in configured_series()
        assert fact.kind in FACT_KINDS and fact.qualifier in QUALIFIERS
        assert isinstance(fact.value, float)
        assert fact not in seen  # no duplicates
        seen.add(fact)
        if fact.kind in ("monthly_count", "record_claim", "mom_change_pct"):
            year, month = int(fact.period[:4]), int(fact.period[5:7])
            assert (year, month) <= (when.year, when.month)  # never a month after publication
    for problem in extraction.problems:
        assert problem.stage == "extract" and problem.rule and problem.message


@FAST
@given(any_text, published, channels)
def test_arbitrary_text_never_crashes_and_evidence_is_a_substring(text: str, when: datetime, channel: str) -> None:
    _check(text, when, channel)


@FAST
@given(post_text, published, channels)
def test_post_like_text_keeps_every_invariant(text: str, when: datetime, channel: str) -> None:
    _check(text, when, channel)


@FAST
@given(post_text, published, channels)
def test_extraction_is_deterministic(text: str, when: datetime, channel: str) -> None:
    assert extract_facts(text, when, "p", channel=channel) == extract_facts(text, when, "p", channel=channel)
