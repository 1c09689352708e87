"""`/healthz` for load balancers: 200 when this process can serve, 503 while it stops.

Answered before Django, like the stream, so that a probe stays cheap under a news spike.
"""

from __future__ import annotations

import json

from django.db import connection

from liveline import dbpool, plain
from liveline.live.hub import hub, run_in_db_thread

# A balancer's probe gives up after a few seconds: with PostgreSQL down, answer 503 within that,
# not after the pool's own wait for a connection (LIVELINE_DB_POOL_TIMEOUT, 10 s by default).
DATABASE_PROBE_SECONDS = 2.0


def _database_answers() -> None:
    if dbpool.enabled():
        with connection.pool.connection(timeout=DATABASE_PROBE_SECONDS) as conn:
            conn.execute("SELECT 1")
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


async def healthz(scope, receive, send) -> None:
    status, state = 200, "ok"
    if hub.is_closing:
        # A draining node: the balancer stops sending readers here before the streams close.
        status, state = 503, "stopping"
    else:
        try:
            await run_in_db_thread(_database_answers)
        except Exception:  # noqa: BLE001 — any database failure means "do not route here"
            status, state = 503, "database unavailable"
    body = json.dumps({"status": state, "readers": hub.readers}).encode()
    await plain.answer(send, status, body, head=scope["method"] == "HEAD")
