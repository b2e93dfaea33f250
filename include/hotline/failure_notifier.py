"""Pipeline-failure notifications (separate from data alerts), as an Airflow notifier callback."""

from __future__ import annotations

import logging
from typing import Any

from airflow.sdk import BaseNotifier

from hotline.settings import APPRISE_CONN_ID

log = logging.getLogger(__name__)


class PipelineFailureNotifier(BaseNotifier):
    """Tell the Apprise targets that a task failed for good; never raises into the callback runner."""

    template_fields = ()

    def __init__(self, conn_id: str = APPRISE_CONN_ID) -> None:
        super().__init__()
        self.conn_id = conn_id

    def notify(self, context: Any) -> None:
        """Send one failure message naming the DAG, task, run and exception."""
        from hotline.apprise_send import apprise_sender

        ti = context.get("ti") or context.get("task_instance")
        where = f"{getattr(ti, 'dag_id', '?')}.{getattr(ti, 'task_id', '?')}"
        title = f"Hotline Watch pipeline failed: {where}"
        body = f"run {context.get('run_id')}, try {getattr(ti, 'try_number', '?')}: {context.get('exception')}"
        send = apprise_sender(self.conn_id)
        if send is None:
            log.warning("%s (no delivery target configured)", title)
            return
        try:
            delivered, cause = send(title, body, "failure", None), "Apprise reported it as not delivered"
        except Exception as error:  # the callback runner must never see a delivery failure
            delivered, cause = False, str(error)
        if not delivered:  # "failure" is used here only: a broken pipeline
            log.error("could not deliver the failure notice for %s: %s", where, cause)
