"""What the extractor tests share: reading a post with the contract's invariants checked, and the
compact shape of its facts."""

from __future__ import annotations

from datetime import UTC, datetime

from hotline.extract import extract_facts
from hotline.records import FACT_KINDS, QUALIFIERS, Extraction

FIND, LIVE = "i_want_to_find", "i_want_to_live"
M, REC, MOM, CUM, TOTAL = "monthly_count", "record_claim", "mom_change_pct", "cumulative_total", "period_total"


def read_post(text: str, published: datetime | str, channel: str = "news_demo") -> Extraction:
    """Extract from `text` published at `published` (a date string means 09:00 UTC that day),
    asserting what every fact must satisfy: evidence from the text, a known kind and qualifier."""
    when = published if isinstance(published, datetime) else (
        datetime.fromisoformat(published).replace(hour=9, tzinfo=UTC))
    extraction = extract_facts(text, when, "post-1", channel=channel)
    for fact in extraction.facts:
        assert fact.evidence and fact.evidence in text
        assert fact.post_id == "post-1"
        assert fact.kind in FACT_KINDS and fact.qualifier in QUALIFIERS
    return extraction


def fact_shape(extraction: Extraction) -> list[tuple]:
    """(series, kind, period, value, qualifier) of each fact, in order."""
    return [(f.series, f.kind, f.period, f.value, f.qualifier) for f in extraction.facts]
