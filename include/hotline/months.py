"""Month arithmetic: which reporting month a run owns, and period strings.

A run of the monthly DAG covers posts published in its data interval, which runs from the 15th
of one month to the 15th of the next (reports arrive on the 3rd–12th of the following month).
It owns the reporting month *before* the month its interval ends in: the run whose interval ends
on 2025-02-15 owns January 2025.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

_MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")


def parse_month(text: str) -> date:
    """`"YYYY-MM"` → the first day of that month; a clear ValueError otherwise."""
    match = _MONTH_RE.match(text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ValueError(f"not a month: {text!r} (expected YYYY-MM)")
    return date(int(match.group(1)), int(match.group(2)), 1)


def format_month(day: date | datetime) -> str:
    """The `"YYYY-MM"` of a date."""
    return f"{day.year:04d}-{day.month:02d}"


def add_months(month: date, count: int) -> date:
    """The first day of the month `count` months after (or before) `month`."""
    index = month.year * 12 + month.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)


def month_range(first: str, last: str) -> list[str]:
    """Every `"YYYY-MM"` from `first` to `last` inclusive; raises if `last` precedes `first`."""
    start, end = parse_month(first), parse_month(last)
    if end < start:
        raise ValueError(f"empty month range: {first}..{last}")
    months = []
    while start <= end:
        months.append(format_month(start))
        start = add_months(start, 1)
    return months


def reporting_month_for(interval_end: datetime) -> str:
    """The month a run owns, from its data interval's end (or run_after when there is none)."""
    return format_month(add_months(date(interval_end.year, interval_end.month, 1), -1))


def run_date_for(month: str) -> datetime:
    """The logical date (= data interval end) of the scheduled run owning `month`."""
    following = add_months(parse_month(month), 1)
    return datetime(following.year, following.month, 15, 6, tzinfo=UTC)


def month_end(month: str) -> datetime:
    """The instant the month ends (the first moment of the next month, UTC)."""
    following = add_months(parse_month(month), 1)
    return datetime(following.year, following.month, 1, tzinfo=UTC)


# Ukrainian month names in the three cases the demo channel's posts use (and its tests check):
# nominative "за січень", genitive "підсумки січня" / "9 січня", locative "у січні". Index 0 is January.
UK_MONTHS_NOMINATIVE = ("січень", "лютий", "березень", "квітень", "травень", "червень",
                        "липень", "серпень", "вересень", "жовтень", "листопад", "грудень")  # fmt: skip
UK_MONTHS_GENITIVE = ("січня", "лютого", "березня", "квітня", "травня", "червня",
                      "липня", "серпня", "вересня", "жовтня", "листопада", "грудня")  # fmt: skip
UK_MONTHS_LOCATIVE = ("січні", "лютому", "березні", "квітні", "травні", "червні",
                      "липні", "серпні", "вересні", "жовтні", "листопаді", "грудні")  # fmt: skip


def days_in_month(month: str) -> int:
    """How many days the `"YYYY-MM"` month has."""
    first = parse_month(month)
    return (add_months(first, 1) - first).days
