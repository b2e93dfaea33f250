"""The `validate_facts` stage: the schema rules (`validate`, pandera) over the observations not
judged yet; each is accepted, or quarantined with the rule it broke."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pandas as pd

from hotline import extract, store, validate
from hotline.months import MonthRun
from hotline.settings import Settings
from hotline.stages import Summary

log = logging.getLogger(__name__)


def validate_facts(conn: store.Connection, run: MonthRun, settings: Settings | None = None,
                   upstream: Summary | None = None) -> Summary:
    """Validate observations not yet judged; accept them or quarantine them with the rule broken."""
    frame = store.load_observations(conn, status="new")
    series = extract.load_series_config()["series"]
    launch = {series_id: spec.get("launched") for series_id, spec in series.items()}
    result = validate.validate_observations(frame, launch)
    key_columns = ["source", "post_id", "post_version", "series", "kind", "period"]
    rejected = frame.loc[result.rejected_index] if result.rejected_index else frame.iloc[0:0]
    urls = dict(zip(frame["post_id"], frame["post_url"], strict=False)) if not frame.empty else {}
    with store.transaction(conn):
        store.set_observation_status(conn, result.accepted[key_columns].itertuples(index=False, name=None),
                                     "accepted")
        store.set_observation_status(conn, rejected[key_columns].itertuples(index=False, name=None),
                                     "quarantined")
        for source, problems in _group_by_source(rejected, result.problems).items():
            store.save_quarantine(conn, source, problems, datetime.now(UTC), urls)
    summary = {"checked": len(frame), "accepted": len(result.accepted), "quarantined": len(rejected)}
    log.info("validate %s: %s", run.month, summary)
    return summary


def _group_by_source(rejected: pd.DataFrame, problems: list) -> dict[str, list]:
    source_of = dict(zip(rejected["post_id"], rejected["source"], strict=False)) if not rejected.empty else {}
    grouped: dict[str, list] = {}
    for problem in problems:
        grouped.setdefault(source_of.get(problem.post_id, "unknown"), []).append(problem)
    return grouped


