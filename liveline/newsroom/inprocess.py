"""The extraction worker inside the server process, started by the ASGI lifespan.

LIVELINE_INTEL_WORKER=auto (the default) runs it in the server on SQLite, where one process
does everything; on PostgreSQL run `liveline worker` beside the servers instead (`server`
forces it in, `separate` keeps it out). Several server processes each running one is safe:
jobs are claimed (see queue.claim).
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.db import connection


def wanted() -> bool:
    if not settings.INTEL_ENABLED:
        return False
    if settings.INTEL_WORKER == "auto":
        return connection.vendor == "sqlite"
    return settings.INTEL_WORKER == "server"


def in_process_worker() -> Callable[[], None] | None:
    """Start the worker thread if this server should run one; returns the function that stops it."""
    if not wanted():
        return None
    from liveline.newsroom import hooks, worker

    _thread, stop = worker.start_thread(settings.INTEL_WORKER_POLL_SECONDS)

    def halt() -> None:
        stop.set()
        hooks.wake.set()

    return halt
