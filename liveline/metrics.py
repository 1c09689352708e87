"""Prometheus metrics: connected readers, events delivered, delivery lag, request latency.

`/metrics` is answered before Django (asgi.py). With several worker processes, `liveline serve`
points PROMETHEUS_MULTIPROC_DIR at a fresh folder before the workers start, and a scrape of
any worker reports the sum over all of them.
"""

from __future__ import annotations

import hmac
import os
import time
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)

from liveline import plain

READERS = Gauge("liveline_readers", "Readers connected to the live stream.", multiprocess_mode="livesum")
DELIVERED = Counter("liveline_events_delivered", "Events handed to readers (one per event and reader).")
DELIVERY_LAG = Histogram(
    "liveline_event_delivery_lag_seconds",
    "From an event's commit to its hand-off to this process's readers.",
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10, 30),
)
GC_PAUSES = Histogram(
    "liveline_gc_pause_seconds",
    "Time the garbage collector stopped this process (every stream in it), by generation.",
    ["generation"],
    buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5),
)
REQUESTS = Histogram(
    "liveline_request_duration_seconds",
    "Time Django took to answer a request, by route.",
    ["method", "route", "status"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)


_gc_started = 0.0


def _observe_gc(phase: str, info: dict) -> None:
    global _gc_started
    if phase == "start":
        _gc_started = time.perf_counter()
    else:
        GC_PAUSES.labels(str(info["generation"])).observe(time.perf_counter() - _gc_started)


def time_garbage_collections() -> None:
    """Observe every collector pass: with many readers a full pass stops every stream at once."""
    import gc

    if _observe_gc not in gc.callbacks:
        gc.callbacks.append(_observe_gc)


KNOWN_METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}


def _registry() -> CollectorRegistry:
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return registry
    from prometheus_client import REGISTRY

    return REGISTRY


def _authorized(scope) -> bool:
    token = settings.METRICS_TOKEN
    if not token:
        return True
    for name, value in scope.get("headers", []):
        if name == b"authorization":
            return hmac.compare_digest(value, f"Bearer {token}".encode())
    return False


async def endpoint(scope, receive, send) -> None:
    if not _authorized(scope):
        status, body, content_type = 401, b'{"error": "A metrics token is required."}', b"application/json"
    else:
        status, body, content_type = 200, generate_latest(_registry()), CONTENT_TYPE_LATEST.encode()
    await plain.answer(send, status, body, content_type=content_type)


class RequestMetricsMiddleware:
    """Times every Django request, labelled by URL pattern (not path: bounded label values)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        route = (match.route or match.view_name) if match else "unmatched"
        method = request.method if request.method in KNOWN_METHODS else "other"
        REQUESTS.labels(method, route, str(response.status_code)).observe(time.perf_counter() - started)
        return response
