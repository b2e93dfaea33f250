"""Months: the one place for month arithmetic, period strings, month names and `MonthRun`.

Above the store a month is always a `"YYYY-MM"` string (the contract's form, and the form of
`MonthlyCount`, `Alert` and every other record); the store turns it into DuckDB's
DATE (the first of the month) and back.

A run of the monthly DAG covers posts published in its data interval, which runs from the 15th
of one month to the 15th of the next (reports arrive on the 3rd–12th of the following month).
It owns the reporting month *before* the month its interval ends in: the run whose interval ends
on 2025-02-15 owns January 2025.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

_MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")
# A well-formed month as a pattern, for rules that check a period's shape (validation).
MONTH_PATTERN = r"\d{4}-(?:0[1-9]|1[0-2])"
_STRICT_MONTH = re.compile(rf"^{MONTH_PATTERN}$")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
MONTH_ABBR = tuple(name[:3] for name in MONTH_NAMES)


def parse_month(text: str) -> date:
    """`"YYYY-MM"` → the first day of that month; a clear ValueError otherwise."""
    match = _MONTH_RE.match(text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ValueError(f"not a month: {text!r} (expected YYYY-MM)")
    return date(int(match.group(1)), int(match.group(2)), 1)


def is_month(text: str) -> bool:
    """Whether `text` is exactly a `"YYYY-MM"` month (01–12)."""
    return bool(_STRICT_MONTH.match(text))


def format_month(day: date | datetime) -> str:
    """The `"YYYY-MM"` of a date."""
    return f"{day.year:04d}-{day.month:02d}"


def add_months(month: date, count: int) -> date:
    """The first day of the month `count` months after (or before) `month`."""
    index = month.year * 12 + month.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)


def shift_month(month: str, count: int) -> str:
    """The `"YYYY-MM"` `count` months after (or before) `month`."""
    return format_month(add_months(parse_month(month), count))


def previous_month(month: str) -> str:
    """The `"YYYY-MM"` before `month`."""
    return shift_month(month, -1)


def month_number(year: int, month: int) -> int:
    """A month as a count of months (year × 12 + month − 1): differences are calendar months."""
    return year * 12 + month - 1


def from_month_number(number: int) -> tuple[int, int]:
    """The (year, month) of a `month_number`."""
    return number // 12, number % 12 + 1


def month_index(month: str) -> int:
    """A `"YYYY-MM"` as its `month_number`."""
    first = parse_month(month)
    return month_number(first.year, first.month)


def months_between(earlier: str, later: str) -> int:
    """Calendar months from `earlier` to `later` (1 for consecutive months)."""
    return month_index(later) - month_index(earlier)


def months_after(first: str, last: str) -> list[str]:
    """The months after `first` up to and including `last` (empty when `last` is not later)."""
    return [shift_month(first, step) for step in range(1, months_between(first, last) + 1)]


def month_range(first: str, last: str) -> list[str]:
    """Every `"YYYY-MM"` from `first` to `last` inclusive; raises if `last` precedes `first`."""
    start, end = parse_month(first), parse_month(last)
    if end < start:
        raise ValueError(f"empty month range: {first}..{last}")
    return [format_month(start), *months_after(first, last)]


def month_name(month: str) -> str:
    """`"2025-05"` → `"May 2025"`."""
    first = parse_month(month)
    return f"{MONTH_NAMES[first.month - 1]} {first.year}"


def month_abbr(month: str) -> str:
    """`"2025-05"` → `"May 2025"`, `"2025-01"` → `"Jan 2025"`."""
    first = parse_month(month)
    return f"{MONTH_ABBR[first.month - 1]} {first.year}"


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


def one_month_before(moment: datetime) -> datetime:
    """The same time a month earlier (days past the 28th come back to the 28th)."""
    year, month = (moment.year - 1, 12) if moment.month == 1 else (moment.year, moment.month - 1)
    return moment.replace(year=year, month=month, day=min(moment.day, 28))


def writer_time(moment: datetime, zone: str, *, keep_written_offset: bool = False) -> datetime:
    """`moment` on its writer's clock, in `zone` (an IANA name): "last month" and "this year" are the
    writer's, so a report posted at 23:30 UTC on 31 May (02:30 on 1 June in Kyiv) is about May.

    With `keep_written_offset`, a time written with an offset other than UTC is already on its
    writer's clock and is kept as written (only a UTC time says nothing about where it was written)."""
    if keep_written_offset and moment.utcoffset() not in (None, timedelta(0)):
        return moment
    return moment.astimezone(_zone(zone))


@cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


@dataclass(frozen=True)
class MonthRun:
    """The month a run owns, the window of posts it reads and when it really started."""

    month: str
    window_start: datetime
    window_end: datetime
    run_id: str
    started_at: datetime
    # Whether the run re-reads its window's newest pages for edits and deletions (issue 23): the
    # monthly runs and their reruns do; the report watch's ticks (every 30 minutes) look for news only.
    reread: bool = True

    @classmethod
    def from_interval(cls, interval_start: datetime | None, interval_end: datetime | None, *,
                      run_id: str, started_at: datetime, month_override: str | None = None) -> MonthRun:
        """Derive the run's month from its data interval; manual runs may have none, so fall back
        to the real start time (the month before it), or to an explicit `month_override`."""
        if month_override:
            parse_month(month_override)
            end = run_date_for(month_override)
        else:
            end = interval_end or started_at
        start = interval_start if (interval_start and not month_override) else one_month_before(end)
        return cls(reporting_month_for(end), start, end, run_id, started_at)

    def widened_to_month_window(self) -> MonthRun:
        """The same month with the monthly run's window start (the 15th of the month), for the
        report watch's checks, whose own interval is half an hour or a day; they do not re-read."""
        start = one_month_before(run_date_for(self.month))
        return MonthRun(self.month, start, self.window_end, self.run_id, self.started_at, reread=False)

    def to_json(self) -> dict[str, Any]:
        """The small dict that crosses XCom."""
        return {key: (value.isoformat() if isinstance(value, datetime) else value)
                for key, value in asdict(self).items()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MonthRun:
        """Inverse of `to_json`."""
        return cls(data["month"], datetime.fromisoformat(data["window_start"]),
                   datetime.fromisoformat(data["window_end"]), data["run_id"],
                   datetime.fromisoformat(data["started_at"]), bool(data.get("reread", True)))


# Ukrainian month names in the cases news text uses, index 0 January: the one list of them. The demo channel's posts
# use the first three (nominative "за січень", genitive "підсумки січня" / "9 січня", locative "у січні"); the
# extractor's Ukrainian words (extract/lang/uk.py) read all five, the instrumental "перед січнем" and the dative
# "завдяки січню" too. Pure data here: extract/ imports it, never the other way round.
UK_MONTHS_NOMINATIVE = ("січень", "лютий", "березень", "квітень", "травень", "червень",
                        "липень", "серпень", "вересень", "жовтень", "листопад", "грудень")  # fmt: skip
UK_MONTHS_GENITIVE = ("січня", "лютого", "березня", "квітня", "травня", "червня",
                      "липня", "серпня", "вересня", "жовтня", "листопада", "грудня")  # fmt: skip
UK_MONTHS_LOCATIVE = ("січні", "лютому", "березні", "квітні", "травні", "червні",
                      "липні", "серпні", "вересні", "жовтні", "листопаді", "грудні")  # fmt: skip
UK_MONTHS_INSTRUMENTAL = ("січнем", "лютим", "березнем", "квітнем", "травнем", "червнем",
                          "липнем", "серпнем", "вереснем", "жовтнем", "листопадом", "груднем")  # fmt: skip
UK_MONTHS_DATIVE = ("січню", "лютому", "березню", "квітню", "травню", "червню",
                    "липню", "серпню", "вересню", "жовтню", "листопаду", "грудню")  # fmt: skip


def days_in_month(month: str) -> int:
    """How many days the `"YYYY-MM"` month has."""
    first = parse_month(month)
    return (add_months(first, 1) - first).days
