"""Cross-process fan-out through Redis Pub/Sub (optional, with `REDIS_URL`).

Redis is a fast path, never the source of truth: a message only says "blog N has new events";
every process then reads them from the database event log, after the id it last delivered.
So a lost message, a Redis restart or no Redis at all costs latency (the hub's poll catches up
within LIVE_POLL_SECONDS), never an event, and a message delivered twice costs one extra read.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import threading
import time
import uuid
from collections.abc import Callable

from django.conf import settings

log = logging.getLogger(__name__)

CHANNEL = "liveline:events"
# Identifies this process, so it skips its own messages (it already notified itself locally).
NODE = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
RECONNECT_MAX_SECONDS = 5.0

_client = None
_client_lock = threading.Lock()
_last_error_log = 0.0


def enabled() -> bool:
    return bool(settings.REDIS_URL)


def _sync_client():
    global _client
    with _client_lock:
        if _client is None:
            import redis

            # Short timeouts: publishing happens after a journalist's commit and must not hang
            # the request when Redis is unreachable.
            _client = redis.Redis.from_url(settings.REDIS_URL, socket_timeout=0.5, socket_connect_timeout=0.5)
        return _client


def _log_failure(what: str, error: Exception) -> None:
    # One line every 30 s at most: an outage would otherwise log once per post and per reader.
    global _last_error_log
    now = time.monotonic()
    if now - _last_error_log > 30:
        _last_error_log = now
        log.warning("Redis %s failed (%s); readers still get events from the database poll", what, error)


def publish(blog_id: int) -> None:
    """Tell the other processes that `blog_id` has new events. Never raises."""
    if not enabled():
        return
    try:
        _sync_client().publish(CHANNEL, json.dumps({"blog": blog_id, "node": NODE}))
    except Exception as error:  # noqa: BLE001 — any Redis trouble degrades to polling
        _log_failure("publish", error)


async def listen(on_change: Callable[[int], None], on_reconnect: Callable[[], None]) -> None:
    """Call `on_change(blog_id)` for every remote commit, for as long as the task runs.

    Reconnects with back-off; after a (re)connection `on_reconnect()` lets the hub catch up on
    whatever was committed while the subscription was down.
    """
    import redis.asyncio as aioredis

    delay = 0.2
    while True:
        client = aioredis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=1)
        pubsub = client.pubsub(ignore_subscribe_messages=True)
        try:
            await pubsub.subscribe(CHANNEL)
            delay = 0.2
            on_reconnect()
            async for message in pubsub.listen():
                try:
                    data = json.loads(message["data"])
                    if data.get("node") != NODE:
                        on_change(int(data["blog"]))
                except (ValueError, KeyError, TypeError):
                    log.warning("ignoring a malformed message on %s: %r", CHANNEL, message.get("data"))
        except asyncio.CancelledError:
            raise
        except Exception as error:  # noqa: BLE001 — connection lost: back off and retry
            _log_failure("subscription", error)
        finally:
            try:
                await pubsub.aclose()
                await client.aclose()
            except Exception:  # noqa: BLE001, S110 — the connection is already gone
                pass
        await asyncio.sleep(delay)
        delay = min(delay * 2, RECONNECT_MAX_SECONDS)
