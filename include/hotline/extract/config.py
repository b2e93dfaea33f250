"""The extractor's view of `series.toml`: series names, look-alike projects and topic markers as patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from hotline.extract import lexicon as lx
from hotline.extract.lang import LANGUAGES
from hotline.series import parsed_config

# --- configuration ---------------------------------------------------------------------------


def name_pattern(names: list[str], *, whole_words: bool = True) -> re.Pattern[str]:
    """One pattern for a list of names, longest first, with any spacing or hyphens between their words."""
    parts = sorted(
        {r"[\s-]+".join(re.escape(word) for word in lx.normalize(name).split()) for name in names},
        key=len,
        reverse=True,
    )
    lookahead = lx.first_chars([lx.normalize(name).strip() for name in names if name.strip()])
    tail = r"(?![\w])" if whole_words else ""
    # Not inside a word, nor after a word's apostrophe ("п'ять"); a quote before it is fine:
    # "Ukraine's 'I Want to Find' project".
    return re.compile(lookahead + r"(?<!\w)(?<!\w')(?:" + "|".join(parts) + r")" + tail)


# "the Ukrainian Prisoners of War Office" is the headquarters' own name in translation, not a text about
# Ukrainian prisoners: a topic marker followed by it is no marker.
_HQ_NAME_REST = lx.HQ_NAME_REST


def _topic_pattern(topics: list[str]) -> re.Pattern[str]:
    """Topic markers, matched inside words ("захисник" in "захисників"), but not in the HQ's name."""
    return re.compile(name_pattern(topics, whole_words=False).pattern + _HQ_NAME_REST)


@dataclass(frozen=True)
class Config:
    """The series' names, launches, channels, spokespeople and look-alikes, as patterns the reader uses."""
    series_re: re.Pattern[str]
    series_by_name: dict[str, str]
    distractor_re: re.Pattern[str] | None
    distractor_words: tuple[str, ...]  # the first word of every look-alike name: a cheap gate
    topic_re: re.Pattern[str] | None
    channel_default: dict[str, str]
    launched: dict[str, str]
    launched_on: dict[str, str]  # "YYYY-MM-DD", where series.toml gives the day
    call_series: frozenset[str]  # series whose requests are phone calls (`counts_calls`)
    spokespeople_re: re.Pattern[str] | None  # who speaks for the projects (`spokespeople`)

    sole_window: tuple[date, date, str] | None  # the days when only one series was at work, and which
    subject_res: dict[str, re.Pattern[str]]  # what each series' requests are about (`subject`)
    subject_with_res: dict[str, re.Pattern[str]]  # what must be named beside a shared subject (`subject_with`)

    def only_series_by(self, day: date) -> str | None:
        """The one series already at work on that day, if only one was (before «Хочу найти» began on
        9 January 2024, "the project's hotline" could only be «Хочу жить»)."""
        window = self.sole_window
        return window[2] if window is not None and window[0] <= day < window[1] else None

    def series_by_subject(self, low: str) -> str | None:
        """The one series whose subject the text speaks of ("requests from the Russian military" is «Хочу
        жить»'s, "relatives of the missing" «Хочу найти»'s), or None when it speaks of none or of several."""
        spoken = [series for series, subject in self.subject_res.items() if subject.search(low)]
        if len(spoken) != 1:
            return None
        needed = self.subject_with_res.get(spoken[0])
        if needed is not None and not needed.search(low) and not (
                self.spokespeople_re is not None and self.spokespeople_re.search(low)):
            return None  # relatives of the missing write to Russia's own hotlines too
        return spoken[0]


def _sole_window(launched: dict[str, str], launched_on: dict[str, str]) -> tuple[date, date, str] | None:
    starts = sorted((date.fromisoformat(launched_on.get(s, first + "-01")), s) for s, first in launched.items())
    if not starts:
        return None
    until = starts[1][0] if len(starts) > 1 else date.max
    return starts[0][0], until, starts[0][1]


@lru_cache(maxsize=1)
def reader_config() -> Config:
    """The configuration of the tracked series, read once from `series.toml` (cached)."""
    raw = parsed_config()
    by_name: dict[str, str] = {}
    channel_default: dict[str, str] = {}
    launched: dict[str, str] = {}
    call_series = set()
    for series_id, spec in raw.get("series", {}).items():
        if spec.get("counts_calls"):
            call_series.add(series_id)
        for alias in spec.get("aliases", []):
            by_name[" ".join(lx.normalize(alias).split())] = series_id
        for channel in spec.get("channels", []):
            channel_default[channel.lower()] = series_id
        if spec.get("launched"):
            launched[series_id] = spec["launched"]
    for lang in LANGUAGES:  # the series' local names: "Je veux vivre", "Quiero vivir", "Chcę żyć"
        for series_id, names in lang.SERIES_NAMES.items():
            for alias in names:
                by_name.setdefault(" ".join(lx.normalize(alias).split()), series_id)
    distractors = raw.get("distractors", {})
    projects = distractors.get("projects", [])
    topics = list(dict.fromkeys([*distractors.get("topics", []), *(t for lang in LANGUAGES for t in lang.LOOK_ALIKES)]))
    spokespeople = raw.get("spokespeople", {}).get("names", [])
    launched_on = {series_id: str(spec["launched_on"]) for series_id, spec in raw.get("series", {}).items()
                   if spec.get("launched_on")}
    return Config(
        series_re=name_pattern(list(by_name)),
        series_by_name=by_name,
        distractor_re=name_pattern(projects) if projects else None,
        distractor_words=tuple({lx.normalize(name).split()[0] for name in projects if name.strip()}),
        topic_re=_topic_pattern(topics) if topics else None,
        channel_default=channel_default,
        launched=launched,
        launched_on=launched_on,
        call_series=frozenset(call_series),
        spokespeople_re=name_pattern(spokespeople) if spokespeople else None,
        sole_window=_sole_window(launched, launched_on),
        subject_res={series_id: name_pattern(spec["subject"], whole_words=False)
                     for series_id, spec in raw.get("series", {}).items() if spec.get("subject")},
        subject_with_res={series_id: name_pattern(spec["subject_with"], whole_words=False)
                          for series_id, spec in raw.get("series", {}).items() if spec.get("subject_with")},
    )
