"""Login throttling: after too many failed attempts for one username from one address, refuse
further attempts for a while, even with the right password.

Counters live in Django's "ratelimit" cache (a file cache under the data directory, shared by
the worker processes of one host), so no extra service is needed.
"""

from __future__ import annotations

import hashlib
import math
import time

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest


def _cache():
    return caches["ratelimit"]


def _key(username: str, ip: str) -> str:
    # Hashed: usernames may hold characters a cache key must not, and the cache need not know them.
    digest = hashlib.sha256(f"{username.strip().casefold()}|{ip}".encode()).hexdigest()
    return f"login-failures:{digest}"


def client_ip(request: HttpRequest) -> str:
    # uvicorn runs with proxy_headers, so REMOTE_ADDR is already the client behind a trusted proxy.
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def seconds_locked(username: str, ip: str) -> int:
    """Seconds until this username may try again from this address (0: it may try now)."""
    state = _cache().get(_key(username, ip))
    if not state or state["failures"] < settings.LOGIN_MAX_ATTEMPTS:
        return 0
    return max(0, math.ceil(state["until"] - time.time()))


def record_failure(username: str, ip: str) -> None:
    window = settings.LOGIN_LOCKOUT_SECONDS
    key = _key(username, ip)
    state = _cache().get(key) or {"failures": 0}
    # Each failure restarts the window: a steady trickle of guesses stays locked out.
    state = {"failures": state["failures"] + 1, "until": time.time() + window}
    _cache().set(key, state, timeout=window)


def reset(username: str, ip: str) -> None:
    _cache().delete(_key(username, ip))
