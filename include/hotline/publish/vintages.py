"""Vintages, in the style of ALFRED: every value ever published for a month, with the days it was current.

Built from what the store keeps: the trusted value of each month (`monthly_counts`), the revisions
behind it (each with the old and the new post's publication time) and the months the pipeline withdrew
(their `withdrawn` / `source_deleted` findings: the value stays in the vintages, closed on the day
before the withdrawal). A value is current from the day
(UTC) its post was published (`realtime_start`) to the day before the next value's post
(`realtime_end`; `9999-12-31` while it still is). A value replaced on the day it was published was
never the value at the end of a day, so it has no vintage of its own. Pure: rows in, rows out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

OPEN_END = date(9999, 12, 31)


@dataclass(frozen=True)
class Vintage:
    """One value of one month and the days it was the published one."""

    series: str
    month: str  # "YYYY-MM"
    requests: int
    qualifier: str
    status: str  # reported | revised | derived | reviewed
    realtime_start: date
    realtime_end: date
    source_url: str
    published_at: datetime

    def row(self) -> dict[str, Any]:
        """The vintages resource's row."""
        return {"series": self.series, "month": self.month, "requests": self.requests,
                "qualifier": self.qualifier, "status": self.status, "realtime_start": self.realtime_start,
                "realtime_end": self.realtime_end, "source_url": self.source_url,
                "published_at": self.published_at}


@dataclass(frozen=True)
class _Known:
    requests: int
    qualifier: str
    status: str
    source_url: str
    published_at: datetime


def utc_day(moment: datetime) -> date:
    """The UTC calendar day of an aware time (a naive one is taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).date()


def current_status(month: Mapping[str, Any], revised: bool) -> str:
    """The status of a month's current value: reviewed > derived > revised > reported."""
    if month.get("source") == "review":
        return "reviewed"
    if month.get("derived"):
        return "derived"
    return "revised" if revised else "reported"


def _history(month: Mapping[str, Any], revisions: list[Mapping[str, Any]]) -> list[_Known]:
    """The values one month had, in order of publication, the current one last."""
    known: list[_Known] = []
    if revisions:
        first = revisions[0]
        known.append(_Known(int(first["old_requests"]), "exact", "reported", first["old_url"],
                            first["old_published_at"] or first["new_published_at"]))
        known += [_Known(int(rev["new_requests"]), "exact", "revised", rev["new_url"], rev["new_published_at"])
                  for rev in revisions if rev["new_published_at"] is not None]
    changed = bool(known) and any(k.requests != int(month["requests"]) for k in known)
    current = _Known(int(month["requests"]), month["qualifier"], current_status(month, changed),
                     month["source_url"], month["published_at"])
    if known and (known[-1].requests, known[-1].source_url) == (current.requests, current.source_url):
        known[-1] = current
    else:
        known.append(current)
    known.sort(key=lambda k: k.published_at)
    if known[-1] is not current:  # the current value always ends the history, whatever the post times say
        known.remove(current)
        known.append(current)
    return known


def _periods(series: str, month: str, known: list[_Known]) -> list[Vintage]:
    """Days to values: each day keeps the value it ended with (a value replaced the day it was published
    has no vintage), a value said again continues its vintage, and days never go backwards (the current
    value, last in `known`, is current from its day or the last earlier value's, whichever is later)."""
    end_of_day: dict[date, _Known] = {}
    day = date.min
    for value in known:
        day = max(day, utc_day(value.published_at))
        end_of_day[day] = value
    starts: list[tuple[date, _Known]] = []
    for day in sorted(end_of_day):
        value = end_of_day[day]
        if not starts or (starts[-1][1].requests, starts[-1][1].qualifier) != (value.requests, value.qualifier):
            starts.append((day, value))
    out = []
    for index, (start, value) in enumerate(starts):
        end = starts[index + 1][0] - timedelta(days=1) if index + 1 < len(starts) else OPEN_END
        out.append(Vintage(series, month, value.requests, value.qualifier, value.status, start, end,
                           value.source_url, value.published_at))
    return out


def _withdrawn_periods(withdrawn: Iterable[Mapping[str, Any]], have: list[Vintage]) -> list[Vintage]:
    """A closed vintage for each value the pipeline withdrew (current from its post's day to the day
    before the withdrawal), unless it overlaps a vintage the month already has."""
    out: list[Vintage] = []
    for row in withdrawn:
        start, end = utc_day(row["published_at"]), utc_day(row["found_at"]) - timedelta(days=1)
        clash = any(v.series == row["series"] and v.month == row["month"] and v.realtime_start <= end
                    and start <= v.realtime_end for v in [*have, *out])
        if end >= start and not clash:
            out.append(Vintage(row["series"], row["month"], int(row["requests"]), "exact", "reported", start, end,
                               row["source_url"], row["published_at"]))
    return out


def build_vintages(months: Iterable[Mapping[str, Any]], revisions: Iterable[Mapping[str, Any]],
                   withdrawn: Iterable[Mapping[str, Any]] = ()) -> list[Vintage]:
    """Every vintage of every stored month, and of each withdrawn one, by series, month and realtime_start.

    `months`: rows with series, month, requests, qualifier, source_url, published_at, source, derived;
    `revisions`: rows with series, month, old/new_requests, old/new_url, old/new_published_at;
    `withdrawn`: rows with series, month, requests, source_url, published_at, found_at."""
    by_month: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for revision in revisions:
        by_month.setdefault((revision["series"], revision["month"]), []).append(revision)
    vintages: list[Vintage] = []
    for month in months:
        key = (month["series"], month["month"])
        chain = sorted(by_month.get(key, []), key=lambda rev: (rev["new_published_at"] is None,
                                                                rev["new_published_at"] or datetime.min))
        vintages += _periods(*key, _history(month, chain))
    vintages += _withdrawn_periods(withdrawn, vintages)
    return sorted(vintages, key=lambda v: (v.series, v.month, v.realtime_start))


def as_of(vintages: Iterable[Vintage], day: date) -> list[Vintage]:
    """The series as it was known at the end of `day`: each month's vintage current on that day."""
    return [v for v in vintages if v.realtime_start <= day <= v.realtime_end]


def revised_months(vintages: Iterable[Vintage]) -> set[tuple[str, str]]:
    """The (series, month) pairs that had more than one value."""
    seen: dict[tuple[str, str], int] = {}
    for vintage in vintages:
        seen[(vintage.series, vintage.month)] = seen.get((vintage.series, vintage.month), 0) + 1
    return {key for key, count in seen.items() if count > 1}
