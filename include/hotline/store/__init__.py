"""DuckDB: the one package that reads and writes the database.

Every SQL statement of the project lives here (or in the migrations, `hotline/sql/`), one module
per group of tables: `connection` (open, migrate, transactions), `posts`, `observations`, `monthly`
(the trusted series, revisions, findings), `alerts` (the outbox), `runs` (step summaries, source
failures and health) and `readers` (what the CLI, the published files and the page show).
Callers import from `hotline.store` alone; the modules are how it is kept readable.

Every write that belongs together runs in one transaction (`with transaction(conn):`), so a crash
leaves the previous state. SQL is parameterized; table names are constants, never user input.
"""

from hotline.store.alerts import (
    load_alert_keys,
    load_alerts,
    load_month_sources,
    mark_alert,
    new_alerts,
    save_alerts,
)
from hotline.store.connection import (
    Connection,
    DatabaseBusyError,
    connect,
    connect_for_task,
    connect_reader,
    count_rows,
    migrate,
    rows_as_dicts,
    transaction,
)
from hotline.store.monthly import (
    MONTHLY_COLUMNS,
    changed_monthly_counts,
    delete_monthly_counts,
    load_monthly_counts,
    load_monthly_counts_published_between,
    load_report_dates,
    new_findings,
    new_revisions,
    save_findings,
    save_monthly_counts,
    save_revisions,
)
from hotline.store.observations import (
    OBSERVATION_COLUMNS,
    load_observations,
    save_observations,
    save_quarantine,
    set_observation_status,
    supersede_observations,
)
from hotline.store.posts import (
    ChannelState,
    SaveResult,
    StoredPost,
    figure_post_numbers,
    load_channel_state,
    load_live_post_ids,
    load_post_states,
    load_posts_published_between,
    mark_posts_deleted,
    newest_post_number_before,
    save_channel_state,
    save_raw_posts,
)
from hotline.store.readers import (
    DATA_TABLES,
    data_row_counts,
    holds_channel,
    load_findings,
    load_quarantine,
    load_series_rows,
    load_stated_totals,
    load_step_summaries,
    monthly_counts_relation,
    published_series_relation,
    read_alert_log,
)
from hotline.store.runs import (
    load_source_failures,
    load_source_health,
    save_run_summary,
    save_source_failure,
    save_source_health,
)

__all__ = [
    "DATA_TABLES",
    "MONTHLY_COLUMNS",
    "OBSERVATION_COLUMNS",
    "ChannelState",
    "Connection",
    "DatabaseBusyError",
    "SaveResult",
    "StoredPost",
    "changed_monthly_counts",
    "connect",
    "connect_for_task",
    "connect_reader",
    "count_rows",
    "data_row_counts",
    "delete_monthly_counts",
    "figure_post_numbers",
    "holds_channel",
    "load_alert_keys",
    "load_alerts",
    "load_channel_state",
    "load_findings",
    "load_live_post_ids",
    "load_month_sources",
    "load_monthly_counts",
    "load_monthly_counts_published_between",
    "load_observations",
    "load_post_states",
    "load_posts_published_between",
    "load_quarantine",
    "load_report_dates",
    "load_series_rows",
    "load_source_failures",
    "load_source_health",
    "load_stated_totals",
    "load_step_summaries",
    "mark_alert",
    "mark_posts_deleted",
    "migrate",
    "monthly_counts_relation",
    "new_alerts",
    "new_findings",
    "new_revisions",
    "newest_post_number_before",
    "published_series_relation",
    "read_alert_log",
    "reviews",
    "rows_as_dicts",
    "save_alerts",
    "save_channel_state",
    "save_findings",
    "save_monthly_counts",
    "save_observations",
    "save_quarantine",
    "save_raw_posts",
    "save_revisions",
    "save_run_summary",
    "save_source_failure",
    "save_source_health",
    "set_observation_status",
    "supersede_observations",
    "transaction",
]
from hotline.store import reviews  # the review queue and its decisions
