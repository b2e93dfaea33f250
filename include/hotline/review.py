"""Human review (issue 14), the pure part: review items, the machine's best guess, a decision's checks.

What the machine could not read — an open quarantine entry, or a stored month withdrawn because its
post no longer yields it — becomes a *review item*. A person accepts it as a fact (series, kind,
period, value, qualifier) or rejects it; `hotline.store.reviews` keeps the decisions and turns the
accepted ones into observations with source `review`, which outrank every machine reading.

Nothing here touches the database: rows in, items, guesses and checked decisions out.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from statistics import median
from typing import Any

from hotline.months import add_months, format_month, parse_month
from hotline.records import FACT_KINDS, QUALIFIERS

REVIEW_SOURCE = "review"
ACCEPT, REJECT = "accept", "reject"
# Month kinds take a month, totals over a span a range, running totals "since_launch".
MONTH_KINDS = ("monthly_count", "mom_change_pct", "record_claim")
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_RANGE = re.compile(r"^(\d{4}-(?:0[1-9]|1[0-2]))\.\.(\d{4}-(?:0[1-9]|1[0-2]))$")
# A number as posts write it: digits grouped by spaces (also no-break and thin ones), commas or
# dots ("9 870", "12,320", "8.548"), or a decimal with a comma ("3,5 тис.").
NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0\u202f\u2009,.]\d{3})+(?![\d])|\d+(?:[.,]\d+)?")
# How validation states a rejected fact: "<rule text>: monthly_count 2025-03 = 9870".
_VALIDATED = re.compile(r"\b([a-z_]+) (\S+) = (-?[\d.]+(?:e[+-]?\d+)?)\s*$")
# Words of a running total ("since the project began"): the guess is then a total since launch.
_RUNNING_TOTAL = re.compile(r"з моменту (?:запуску|старту)|с момента (?:запуска|старта)|since (?:the )?(?:project's )?"
                            r"launch|since the project (?:began|started)|за весь час|за всё время|загальна кількість"
                            r"|общее количество|in total since", re.IGNORECASE)
# Kinds whose value is a count of requests (a percent change is not), and the range the extractor
# reads each in (`extract/reader.py`'s MONTHLY_RANGE and TOTAL_RANGE; a test holds them equal): a
# person's decision may not store what the machine would refuse to read.
COUNT_KINDS = ("monthly_count", "record_claim", "cumulative_total", "period_total")
MONTHLY_KINDS = ("monthly_count", "record_claim")
COUNT_RANGES: dict[str, tuple[int, int]] = {
    "monthly_count": (100, 50_000), "record_claim": (100, 50_000),
    "cumulative_total": (100, 10_000_000), "period_total": (100, 10_000_000),
}
# A monthly figure under median / 10 or over median × 10 of its series asks for confirmation.
CONFIRM_FACTOR = 10.0
# A count: digits, or groups of three after one kind of separator (space, no-break space, comma, dot).
_COUNT = re.compile(r"\d{1,3}(?:([ \u00a0\u202f\u2009,.])\d{3})(?:\1\d{3})*|\d+")
# What an item's status can be: open (nobody decided), flagged (decided, then the post was edited),
# accepted or rejected (decided, the post unchanged since).
OPEN, FLAGGED = "open", "flagged"


class DecisionError(ValueError):
    """A decision that cannot be recorded: the message says why, in one line."""


class NeedsConfirmation(DecisionError):
    """A decision that may be recorded only once a person confirms it (a value far from its series)."""


@dataclass(frozen=True)
class Guess:
    """The machine's best guess of what an item states; any field may be unknown (None)."""

    series: str | None = None
    kind: str | None = None
    period: str | None = None
    value: float | None = None
    qualifier: str | None = None


@dataclass(frozen=True)
class Decision:
    """A person's decision on an item, checked (see `check_decision`)."""

    decision: str  # accept | reject
    reviewer: str
    note: str = ""
    series: str | None = None
    kind: str | None = None
    period: str | None = None
    value: float | None = None
    qualifier: str | None = None

    def effect_month(self, published_at: datetime) -> str | None:
        """The month whose run applies the decision: the month it names (a span's last month),
        for a running total the month its post reports on."""
        if self.decision != ACCEPT or self.period is None:
            return None
        if self.period == "since_launch":
            return format_month(add_months(date(published_at.year, published_at.month, 1), -1))
        return self.period.split("..")[-1]


@dataclass
class ReviewItem:
    """One thing for a person to decide, with the post it is about and the latest decision."""

    id: str
    item_kind: str  # quarantine | withdrawn
    source: str
    post_id: str
    post_version: int | None
    post_url: str | None
    published_at: datetime | None
    text: str
    series: str | None
    rule: str
    message: str
    evidence: str
    stage: str
    guess: Guess
    decision: dict[str, Any] | None = None
    latest_version: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def status(self) -> str:
        """open, flagged (the post changed after the decision), or the decision (accept/reject)."""
        if self.decision is None:
            return OPEN
        if self.latest_version is not None and self.latest_version > int(self.decision["post_version"]):
            return FLAGGED
        return "accepted" if self.decision["decision"] == ACCEPT else "rejected"

    @property
    def needs_a_person(self) -> bool:
        """Shown by default: nobody decided yet, or the post was edited since."""
        return self.status in (OPEN, FLAGGED)

    def to_json(self) -> dict[str, Any]:
        """The item as `hotline review list --format json` prints it (the contract's keys first)."""
        return {
            "id": self.id, "series": self.series, "rule": self.rule, "message": self.message,
            "post_url": self.post_url,
            "published_at": self.published_at.isoformat() if self.published_at else None,
            "text": self.text, "guess": asdict(self.guess), "status": self.status, "item_kind": self.item_kind,
            "stage": self.stage, "evidence": self.evidence, "source": self.source, "post_id": self.post_id,
            "post_version": self.post_version, "decision": _jsonable(self.decision),
        }


def _jsonable(row: dict[str, Any] | None) -> dict[str, Any] | None:
    if row is None:
        return None
    return {key: (value.isoformat() if isinstance(value, datetime | date) else value) for key, value in row.items()}


def item_id(kind: str, *identity: object) -> str:
    """A short id that stays the same for the same entry on every listing (no stored item table)."""
    digest = hashlib.sha256("\x1f".join(map(str, identity)).encode("utf-8")).hexdigest()[:10]
    return f"{'q' if kind == 'quarantine' else 'w'}{digest}"


def number_values(text: str) -> list[float]:
    """The numbers written in a text, in order ("9 870" → 9870, "3,5" → 3.5)."""
    values = []
    for match in NUMBER.finditer(text or ""):
        raw = match.group(0)
        if re.fullmatch(r"\d+[.,]\d{1,2}", raw):
            values.append(float(raw.replace(",", ".")))
        else:
            values.append(float(re.sub(r"\D", "", raw)))
    return values


def highlight_segments(text: str) -> list[tuple[str, bool]]:
    """The text cut into (piece, is_a_number) so the page can mark every number (escaping stays the
    template's job)."""
    pieces, last = [], 0
    for match in NUMBER.finditer(text or ""):
        if match.start() > last:
            pieces.append((text[last:match.start()], False))
        pieces.append((match.group(0), True))
        last = match.end()
    if last < len(text or ""):
        pieces.append((text[last:], False))
    return pieces


def _reporting_month(published_at: datetime | None) -> str | None:
    # Reports come out in the first half of the month after the one they report on.
    if published_at is None:
        return None
    return format_month(add_months(date(published_at.year, published_at.month, 1), -1))


def guess_for_quarantine(row: Mapping[str, Any], published_at: datetime | None) -> Guess:
    """The best guess for a quarantine entry: what validation rejected, else the series and period the
    extractor saw, the figure it quoted, and the month the post reports on."""
    message, evidence = str(row.get("message") or ""), str(row.get("evidence") or "")
    validated = _VALIDATED.search(message) if row.get("stage") == "validate" else None
    if validated and validated.group(1) in FACT_KINDS:
        return Guess(row.get("series"), validated.group(1), validated.group(2), float(validated.group(3)),
                     "exact")
    period = row.get("period")
    kind = "monthly_count"
    if period == "since_launch":
        kind = "cumulative_total"
    elif period and _RANGE.match(str(period)):
        kind = "period_total"
    elif not (period and _MONTH.match(str(period))):
        if _RUNNING_TOTAL.search(evidence or message):
            kind, period = "cumulative_total", "since_launch"
        else:
            period = _reporting_month(published_at)
    figures = [value for value in number_values(message) + number_values(evidence) if value >= 10]
    return Guess(row.get("series"), kind, period, figures[0] if figures else None, "exact")


def guess_for_withdrawn(series: str, month: str, requests: float | None) -> Guess:
    """A withdrawn month's guess: the value it had before it was withdrawn."""
    return Guess(series, "monthly_count", month, requests, "exact")


def period_of(month: str | None, period: str | None) -> str:
    """The period a decision names: `--month YYYY-MM` or `--period YYYY-MM..YYYY-MM` (exactly one)."""
    if bool(month) == bool(period):
        raise DecisionError("give exactly one of --month YYYY-MM or --period YYYY-MM..YYYY-MM")
    if month:
        try:
            parse_month(month)
        except ValueError:
            raise DecisionError(f"not a month: {month!r} (expected YYYY-MM)") from None
        return month.strip()
    period = period.strip()
    if period != "since_launch" and not _RANGE.match(period):
        raise DecisionError(f"not a period: {period!r} (expected YYYY-MM..YYYY-MM)")
    return period


def parse_count(raw: Any) -> int:
    """A count as posts write it, read the way the extractor reads numbers: digits, or groups of three
    after a space, comma or dot ("12320", "12 320", "12,320", "12.320" → 12320). A fraction
    ("12320.7", "12.32"), an exponent ("1e5"), a sign or a word is refused in one line."""
    if isinstance(raw, bool):
        raise DecisionError(f"not a count: {raw!r}")
    if isinstance(raw, int):
        value = raw
    elif isinstance(raw, float):
        if not raw.is_integer():
            raise DecisionError(f"a count is a whole number, not {raw:g}")
        value = int(raw)
    else:
        text = str(raw or "").strip()
        if not _COUNT.fullmatch(text):
            raise DecisionError(f"not a whole count: {text[:40]!r} (write the digits, grouped by three if you like:"
                                " 12320, 12 320, 12,320 or 12.320)")
        value = int(re.sub(r"\D", "", text))
    if value < 0:
        raise DecisionError(f"a count is not negative: {value}")
    return value


def parse_value(raw: Any, kind: str | None = None) -> float:
    """A decision's value: for a count kind (`COUNT_KINDS`, and when the kind is not known yet) a
    whole count (`parse_count`); for a percent change a finite number ("-8,5" and "8.5" too)."""
    if kind is None or kind in COUNT_KINDS:
        return float(parse_count(raw))
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        value = float(raw)
    else:
        text = re.sub(r"[ \u00a0\u202f\u2009%]", "", str(raw or "")).replace("\u2212", "-").replace(",", ".")
        if not re.fullmatch(r"[+-]?\d+(?:\.\d+)?", text):
            raise DecisionError(f"not a number: {str(raw)[:40]!r}")
        value = float(text)
    if not math.isfinite(value):
        raise DecisionError(f"not a finite number: {raw!r}")
    return value


def range_problem(kind: str | None, value: float) -> str | None:
    """Why a count is outside what the extractor would read for its kind (`COUNT_RANGES`), or None."""
    low, high = COUNT_RANGES.get(kind or "", (-math.inf, math.inf))
    if low <= value <= high:
        return None
    return f"{value:,.0f} is outside the range read for a {kind} ({low:,}–{high:,})"


def far_from_series(kind: str | None, value: float, series_values: Sequence[float]) -> str | None:
    """Why a monthly figure needs a second look: under a tenth or over ten times the median of the
    series' stored months (`CONFIRM_FACTOR`); None when it is near, or there is nothing to compare."""
    if kind not in MONTHLY_KINDS or not series_values:
        return None
    middle = median(series_values)
    if middle <= 0 or middle / CONFIRM_FACTOR <= value <= middle * CONFIRM_FACTOR:
        return None
    which = "under a tenth" if value < middle else f"over {CONFIRM_FACTOR:g} times"
    return f"{value:,.0f} is {which} of the series' median month ({middle:,.0f})"


def check_decision(item: ReviewItem, decision: Decision, series_launch: Mapping[str, str | None]) -> Decision:
    """The decision if it may be recorded on `item`, else `DecisionError` (one line saying why).

    An item is decided once; a new decision is taken only when its post was edited since (flagged).
    An accepted fact must pass the pipeline's own validation (known series, kind and qualifier,
    plausible value, period shape, not after the post's publication, not before the launch)."""
    if item.status not in (OPEN, FLAGGED):
        decided = item.decision or {}
        raise DecisionError(f"item {item.id} is already decided ({decided.get('decision')} by "
                            f"{decided.get('reviewer')}); it reopens only when its post is edited")
    if not decision.reviewer.strip():
        raise DecisionError("a decision needs a reviewer name")
    if len(decision.note) > 2000:
        raise DecisionError("the note is longer than 2,000 characters")
    if decision.decision == REJECT:
        return decision
    if decision.decision != ACCEPT:
        raise DecisionError(f"unknown decision {decision.decision!r} (accept or reject)")
    if decision.series not in series_launch:
        raise DecisionError(f"unknown series {decision.series!r} (one of {', '.join(series_launch)})")
    if decision.kind not in FACT_KINDS:
        raise DecisionError(f"unknown kind {decision.kind!r} (one of {', '.join(FACT_KINDS)})")
    if decision.qualifier not in QUALIFIERS:
        raise DecisionError(f"unknown qualifier {decision.qualifier!r} (one of {', '.join(QUALIFIERS)})")
    problem = _value_problem(decision)
    if problem:
        raise DecisionError(problem)
    problems = validate_fact(item, decision, series_launch)
    if problems:
        raise DecisionError(f"the fact fails validation: {problems[0]}")
    return decision


def _value_problem(decision: Decision) -> str | None:
    if decision.value is None or not math.isfinite(decision.value):
        return "a decision needs a finite value"
    if decision.kind in COUNT_KINDS and not float(decision.value).is_integer():
        return f"a count is a whole number, not {decision.value:g}"
    return range_problem(decision.kind, decision.value)


def validate_fact(item: ReviewItem, decision: Decision, series_launch: Mapping[str, str | None]) -> list[str]:
    """The pipeline's validation (`hotline.validate`) of the accepted fact as an observation of the
    item's post: the messages of the rules it breaks (none: it passes)."""
    import pandas as pd

    from hotline import validate

    frame = pd.DataFrame([{
        "post_id": item.post_id, "series": decision.series, "kind": decision.kind, "period": decision.period,
        "value": float(decision.value), "qualifier": decision.qualifier, "evidence": item.evidence,
        "published_at": item.published_at,
    }])
    result = validate.validate_observations(frame, series_launch)
    return [problem.message for problem in result.problems]
