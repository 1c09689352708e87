"""PostgreSQL's connection pool (settings.py, docs/scaling.md): who may hold a connection, what a
request gets when none is free, and closing it when the process stops.

Django keeps database connections per thread and its ASGI handler runs each request in a new
thread, so without the pool every request opened a connection of its own. With it
(`LIVELINE_DB_POOL`, PostgreSQL only), a request borrows one and gives it back when it ends, and
the stream's database threads (live/hub.py) give theirs back after each read: a process never
holds more than LIVELINE_DB_POOL_MAX_SIZE connections, which is what makes them countable
against PostgreSQL's max_connections.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import MiddlewareNotUsed
from django.db import OperationalError, connection, connections
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

log = logging.getLogger(__name__)
RETRY_AFTER_SECONDS = 5
_WARN_EVERY_SECONDS = 30.0
_last_warning = 0.0


def enabled(alias: str = "default") -> bool:
    """Whether `alias` borrows its connections from a pool."""
    return bool(settings.DATABASES[alias].get("OPTIONS", {}).get("pool"))


def exhausted(exc: BaseException | None) -> bool:
    """Whether `exc` (or what it wraps) says no pooled connection came within the pool's timeout.

    psycopg_pool raises PoolTimeout both when every connection is in use and when it cannot
    connect at all (PostgreSQL down): either way the answer is "not now"."""
    try:
        from psycopg_pool import PoolTimeout
    except ImportError:  # no pool installed, so no pool to run out of
        return False
    while exc is not None:
        if isinstance(exc, PoolTimeout):
            return True
        exc = exc.__cause__
    return False


def busy_response(request: HttpRequest) -> HttpResponse:
    """503 with Retry-After: JSON under /api/, a page elsewhere. Reads nothing from the database."""
    if request.path.startswith("/api/"):
        response = JsonResponse({"detail": _("The server is too busy to answer now; try again in a few seconds.")},
                                status=503)
    else:
        response = render(request, "503.html", status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def _warn(alias: str) -> None:
    # One line every 30 s at most: when the pool runs dry it does so for many requests at once.
    global _last_warning
    now = time.monotonic()
    if now - _last_warning < _WARN_EVERY_SECONDS:
        return
    _last_warning = now
    options = settings.DATABASES[alias]["OPTIONS"]["pool"]
    stats = connections[alias].pool.get_stats()
    log.warning("no database connection became free within %s s: answering 503 (pool of at most %s; "
                "%s in it, %s idle, %s requests waiting). Raise LIVELINE_DB_POOL_MAX_SIZE if PostgreSQL's "
                "max_connections allows it (docs/scaling.md), or look for slow queries.",
                options["timeout"], options["max_size"], stats.get("pool_size"), stats.get("pool_available"),
                stats.get("requests_waiting"))


class PoolGateMiddleware:
    """A request that waited LIVELINE_DB_POOL_TIMEOUT for a connection is answered 503 at once,
    instead of a 500 from wherever its first query happened to be.

    Most requests take their connection at their first query, in the view: a timeout there
    reaches `process_exception`. A request with a session cookie reads the database before any
    view (`user_language_middleware`, next in MIDDLEWARE, loads the session), where no
    `process_exception` sees it, so it takes its connection here, at the door. Sync only, among
    sync neighbours: no thread hop under ASGI, and it runs in the request's own thread, whose
    connection the view then uses. Removed from the chain when there is no pool.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        if not enabled():
            raise MiddlewareNotUsed
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            try:
                connection.ensure_connection()
            except OperationalError as exc:
                if not exhausted(exc):
                    raise
                return self._busy(request)
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        return self._busy(request) if exhausted(exception) else None

    @staticmethod
    def _busy(request: HttpRequest) -> HttpResponse:
        _warn(connection.alias)
        return busy_response(request)


def close() -> None:
    """Close the pools of this process (at shutdown), so PostgreSQL sees the process leave.

    Connections still lent are closed when they come back. Blocking: call it from a thread."""
    for conn in connections.all():
        if conn.vendor == "postgresql" and enabled(conn.alias):
            conn.close()
            conn.close_pool()
