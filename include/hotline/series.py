"""The tracked series, as configured in `series.toml`: one place for their ids, aliases and labels.

Adding a series needs no code: the extractor reads its aliases from here, and the alerts, the
chart and the UI page read its labels from here.
"""

from __future__ import annotations

import copy
import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def parsed_config() -> dict[str, Any]:
    """The parsed `series.toml`, read once (callers must not change it: see `load_series_config`)."""
    file = resources.files("hotline").joinpath("series.toml")
    try:
        return tomllib.loads(file.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:  # its message names line and column
        from hotline.settings import SettingsError

        raise SettingsError(f"{file}: not valid TOML: {error}") from None


def load_series_config() -> dict[str, Any]:
    """Return the parsed `series.toml`: `series.<id>.aliases/channels/launched/label/title`,
    `distractors`. Each call returns a fresh copy, so callers may change it freely."""
    return copy.deepcopy(parsed_config())


def series_label(series_id: str) -> str:
    """The short name of a series for charts and tables («Хочу найти»); the id if unknown."""
    return parsed_config().get("series", {}).get(series_id, {}).get("label", series_id)


def series_title(series_id: str) -> str:
    """The name of a series in alert messages, with its English name; the id if unknown."""
    spec = parsed_config().get("series", {}).get(series_id, {})
    return spec.get("title") or spec.get("label") or series_id


def configured_series() -> list[str]:
    """The ids of the configured series, in the file's order."""
    return list(parsed_config().get("series", {}))


def launch_months() -> dict[str, str]:
    """Each configured series' launch month ("YYYY-MM"), from `series.toml` (read once, cheaply)."""
    return {series: spec["launched"] for series, spec in parsed_config().get("series", {}).items()
            if spec.get("launched")}


def first_launch_month() -> str:
    """The earliest launch month of any series: no month before it belongs to any series."""
    return min(launch_months().values())
