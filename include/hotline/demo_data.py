"""Whether a database holds demo data, and the stored series as it is handed out: the one place that
decides, at the edge (it reads the store and the settings), so `tables.py` stays pure.

Demo data is what the configuration says (`Settings.demo`, HOTLINE_DEMO) or a database holding the
demo channel's posts (`settings.DEMO_CHANNEL`: `make demo`'s database read from a shell without
HOTLINE_DEMO). A demo post is on no public channel, so a demo month is handed out with no source
URL (`tables.without_demo_links`). Nothing here imports `hotline.demo`: the channel's name is
configuration.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TextIO

from hotline.tables import series_table, without_demo_links, write_series_csv


def is_demo_database(conn: Any, configured: bool) -> bool:
    """Whether the database holds demo data: configured so (`Settings.demo`, HOTLINE_DEMO) or holding
    the demo channel's posts (`make demo`'s database read from a shell without HOTLINE_DEMO)."""
    from hotline import store
    from hotline.settings import DEMO_CHANNEL

    return configured or store.holds_channel(conn, DEMO_CHANNEL)


def handed_out_series(conn: Any) -> list[Mapping[str, Any]]:
    """The stored months as every series CSV hands them out (demo months unlinked)."""
    from hotline import store
    from hotline.settings import Settings

    return without_demo_links(store.load_series_rows(conn), is_demo_database(conn, Settings.from_env().demo))


def read_series(conn: Any) -> tuple[list[str], list[tuple]]:
    """The current series from a store connection, as `tables.series_table` shapes it (`hotline series`)."""
    return series_table(handed_out_series(conn))


def write_handed_out_series(conn: Any, out: TextIO) -> int:
    """The stored series as handed out, as CSV on `out` (`tables.write_series_csv`); returns the rows."""
    return write_series_csv(handed_out_series(conn), out)
