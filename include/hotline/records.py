"""Typed records that cross module boundaries.

Every stage speaks in these frozen dataclasses; DataFrames stay inside validation and detection.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

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


# --- what detection hands to the load: the reconciled series and everything it implies ---------


def _json_number(value: Any) -> Any:
    """A numpy scalar (from pandas) as the plain Python number JSON can hold."""
    return value.item() if hasattr(value, "item") else value


@dataclass(frozen=True)
class MonthlyCount:
    """The trusted value of one series in one month: a row of `monthly_counts`, as reconciliation
    decides it, the store writes it and detection reads it (detection needs only the first fields
    and `record_claimed`; the provenance has defaults so a history can be written by hand)."""

    series: str
    month: str  # "YYYY-MM"
    requests: int
    qualifier: str = "exact"
    source_url: str = ""
    published_at: datetime | None = None
    source: str = ""
    post_id: str = ""
    official: bool = False
    derived: bool = False
    record_claimed: bool = False  # the source itself called this month a record
    status: str = "ok"  # ok | conflict (official sources disagree; the newest is kept)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON (the publication time as ISO 8601)."""
        data = {key: _json_number(value) for key, value in asdict(self).items()}
        data["published_at"] = self.published_at.isoformat() if self.published_at else None
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MonthlyCount:
        """Inverse of `to_json`."""
        published = data.get("published_at")
        return cls(**{**data, "published_at": datetime.fromisoformat(published) if published else None})


@dataclass(frozen=True)
class Revision:
    """An official channel changed its figure for a month: both values and both posts are kept."""

    series: str
    month: str  # "YYYY-MM"
    old_requests: int
    new_requests: int
    old_url: str
    new_url: str

    def to_json(self) -> dict[str, Any]:
        """Plain JSON."""
        return {key: _json_number(value) for key, value in asdict(self).items()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Revision:
        """Inverse of `to_json`."""
        return cls(**data)


@dataclass(frozen=True)
class Finding:
    """A check that failed, or information derived on the way (conflicts, cross-checks, withdrawn
    months, gap totals), keyed so that it is stored once. `month` is None when it has none."""

    finding_key: str
    series: str
    month: str | None  # "YYYY-MM"
    rule: str
    severity: str
    message: str
    urls: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """Plain JSON (`urls` as a list)."""
        return {**asdict(self), "urls": list(self.urls)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Finding:
        """Inverse of `to_json`."""
        return cls(**{**data, "urls": tuple(data.get("urls") or ())})


@dataclass(frozen=True)
class Plan:
    """What detection decided and the load commits in one transaction: the series, its revisions and
    findings, the alerts with the status each starts in, and the stored months to withdraw.

    It travels from `detect_alerts` to `load_monthly_counts` by XCom, as `to_json()`, holding only
    what the load writes (`stages/detect_alerts.py` leaves out unchanged rows and kept keys)."""

    monthly: tuple[MonthlyCount, ...] = ()
    revisions: tuple[Revision, ...] = ()
    findings: tuple[Finding, ...] = ()
    alerts: tuple[Alert, ...] = ()
    status_for: dict[str, str] = field(default_factory=dict)  # alert key → pending | suppressed | recorded
    withdrawn: tuple[tuple[str, str], ...] = ()  # (series, "YYYY-MM")

    def to_json(self) -> dict[str, Any]:
        """Plain JSON for XCom (a few rows: only what the load writes)."""
        return {
            "monthly": [row.to_json() for row in self.monthly],
            "revisions": [revision.to_json() for revision in self.revisions],
            "findings": [finding.to_json() for finding in self.findings],
            "alerts": [{**asdict(alert), "status": self.status_for[alert.key]} for alert in self.alerts],
            "withdrawn": [{"series": series, "month": month} for series, month in self.withdrawn],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Plan:
        """Inverse of `to_json`; a ValueError naming what is missing when `data` is no plan."""
        missing = {"monthly", "revisions", "findings", "alerts", "withdrawn"} - set(data or {})
        if missing:
            raise ValueError(f"load_monthly_counts needs the plan from detect_alerts; missing {sorted(missing)}")
        return cls(
            monthly=tuple(MonthlyCount.from_json(row) for row in data["monthly"]),
            revisions=tuple(Revision.from_json(row) for row in data["revisions"]),
            findings=tuple(Finding.from_json(row) for row in data["findings"]),
            alerts=tuple(Alert(**{key: value for key, value in row.items() if key != "status"})
                         for row in data["alerts"]),
            status_for={row["key"]: row["status"] for row in data["alerts"]},
            withdrawn=tuple((row["series"], row["month"]) for row in data["withdrawn"]),
        )
