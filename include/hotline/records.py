"""Typed records that cross module boundaries.

Every stage speaks in these frozen dataclasses; DataFrames stay inside validation and detection.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

SERIES_IDS = ("i_want_to_find", "i_want_to_live")
FACT_KINDS = ("monthly_count", "mom_change_pct", "cumulative_total", "period_total", "record_claim")
QUALIFIERS = ("exact", "over", "about")


@dataclass(frozen=True)
class Post:
    """One fetched post, exactly as a source delivered it.

    `source` says which kind of source it came from (`telegram`, `feed`, `export`, `directory`);
    `raw` keeps the verbatim markup or JSON so nothing is lost before parsing.
    """

    source: str
    channel: str
    post_id: str
    url: str
    published_at: datetime
    text: str
    edited: bool = False
    views: int | None = None
    raw: str = ""

    @property
    def content_hash(self) -> str:
        """A stable hash of what the post says; an edit changes it, a re-fetch does not."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]

    @property
    def numeric_id(self) -> int | None:
        """The message number of a Telegram post id (`channel/123` or `123`), else None."""
        tail = self.post_id.rsplit("/", 1)[-1]
        return int(tail) if tail.isdigit() else None


@dataclass(frozen=True)
class Fact:
    """One statement read from a post: a value of one kind, for one series and period."""

    post_id: str
    series: str
    kind: str
    period: str
    value: float
    qualifier: str
    evidence: str

    def to_json(self) -> dict[str, Any]:
        """The contract's JSON shape (integral values as ints)."""
        data = asdict(self)
        if float(self.value).is_integer():
            data["value"] = int(self.value)
        return data


@dataclass(frozen=True)
class Problem:
    """Why a post, or a fact, could not be trusted: the quarantine's unit."""

    post_id: str
    stage: str  # extract | validate | reconcile
    rule: str
    message: str
    evidence: str = ""
    series: str | None = None
    period: str | None = None


@dataclass(frozen=True)
class Extraction:
    """What one post yielded: facts it states and problems that kept others out."""

    facts: tuple[Fact, ...] = ()
    problems: tuple[Problem, ...] = field(default=())
    # The same facts as the post states them again in other forms ("almost 10,000" in the lead, "9,836" in
    # the body): true statements, but one value per series, kind and period goes on (`facts`).
    restatements: tuple[Fact, ...] = ()


@dataclass(frozen=True)
class MonthlyCount:
    """The trusted value of one series in one month (a row of `monthly_counts`)."""

    series: str
    month: str  # "YYYY-MM"
    requests: int
    qualifier: str = "exact"
    source_url: str = ""
    record_claimed: bool = False  # the source itself called this month a record


@dataclass(frozen=True)
class Alert:
    """One newsworthy finding, keyed so that it is recorded and delivered once.

    `key` is deterministic: rule, series, month, direction and rule version, so a rerun,
    retry or backfill produces the same key and the outbox ignores the duplicate.
    """

    key: str
    series: str
    month: str  # "YYYY-MM"
    kind: str  # record_high | unusual_jump | missing_report | conflict | revision | ...
    severity: str  # info | warning | alert
    message: str
    details: dict[str, Any] = field(default_factory=dict)
