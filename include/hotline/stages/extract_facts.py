"""The `extract_facts` stage: facts read from every post published in the window, each kept with its
provenance (`observations`); what could not be read goes to `quarantine`, and a person's review
decisions are applied."""

from __future__ import annotations

import functools
import hashlib
import logging
from datetime import UTC, datetime
from importlib import resources
from typing import Any

from hotline import extract, store
from hotline.months import MonthRun, writer_time
from hotline.records import Post
from hotline.settings import OFFICIAL_SOURCES, Settings
from hotline.stages import Summary

log = logging.getLogger(__name__)


def extract_facts(conn: store.Connection, run: MonthRun, settings: Settings | None = None,
                  upstream: Summary | None = None) -> Summary:
    """Read facts from every post published in the window; keep each with its provenance.

    The extractor sees each post's time on its writer's clock (`settings.zone_for`): relative dates
    ("last month") are the writer's, and Telegram's times are UTC."""
    zones = settings or Settings.from_env()
    posts = store.load_posts_published_between(conn, run.window_start, run.window_end)
    rows, problems_by_source = [], {}
    now = datetime.now(UTC)
    for stored in posts:
        post = stored.post
        extraction = extract.extract_facts(post.text, writer_time(post.published_at, zones.zone_for(post.channel)),
                                           post.post_id, channel=post.channel)
        rows += [_observation_row(post, stored.version, fact, now) for fact in extraction.facts]
        problems_by_source.setdefault(post.source, []).extend(extraction.problems)
    urls = {stored.post.post_id: stored.post.url for stored in posts}
    read = [(stored.post.source, stored.post.post_id, stored.version) for stored in posts]
    with store.transaction(conn):
        superseded = store.supersede_observations(conn, read, extractor_version())
        new_facts = store.save_observations(conn, rows)
        quarantined = sum(store.save_quarantine(conn, source, problems, now, urls)
                          for source, problems in problems_by_source.items())
    summary = {"posts": len(posts), "facts": len(rows), "new_facts": new_facts, "superseded": superseded,
               "quarantined": sum(len(p) for p in problems_by_source.values()), "new_quarantined": quarantined}
    summary.update(store.reviews.apply_reviews(conn, run.month, now))  # a person's decisions (issue 14)
    log.info("extract %s: %s", run.month, summary)
    return summary


@functools.cache
def extractor_version() -> str:
    """A fingerprint of the extractor's code and series configuration, stored with every
    observation so a fact can be traced to the exact rules that read it, and so a rerun with an
    improved extractor re-reads the posts an older one read."""
    digest = hashlib.sha256()
    package = resources.files("hotline")
    modules = sorted((package / "extract").iterdir(), key=lambda resource: resource.name)
    for resource in [*modules, package / "series.toml"]:
        if resource.is_file() and resource.name.endswith((".py", ".toml")):
            digest.update(resource.name.encode() + b"\0" + resource.read_bytes())
    return f"extract-{digest.hexdigest()[:12]}"


def _observation_row(post: Post, version: int, fact: Any, now: datetime) -> dict[str, Any]:
    return {
        "source": post.source, "channel": post.channel, "post_id": post.post_id, "post_version": version,
        "post_url": post.url, "published_at": post.published_at, "official": post.source in OFFICIAL_SOURCES,
        "series": fact.series, "kind": fact.kind, "period": fact.period, "value": float(fact.value),
        "qualifier": fact.qualifier, "evidence": fact.evidence, "parser_version": extractor_version(),
        "status": "new", "observed_at": now,
    }


