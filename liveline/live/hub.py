"""In-process fan-out of the event log to the readers connected to this process.

The database log is the source of truth. The hub keeps, for each blog someone is watching, the
id of the last event it has fanned out; when told that a blog changed (`notify`, thread-safe,
called on commit by the domain module) or every few seconds anyway (to catch writes made by
other processes), it reads the newer events once, encodes each once, and hands the same bytes
to every subscriber. With `REDIS_URL`, the broker (broker.py) tells every process about
commits made elsewhere, so they fan out at once instead of at the next poll.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import wait as wait_for_futures
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.db import close_old_connections, connections
from django.utils import timezone

from liveline import dbpool, metrics
from liveline.live import broker
from liveline.live.events import sse_frame
from liveline.live.models import Event

log = logging.getLogger(__name__)
# Database reads of the stream run here, away from Django's request threads.
DB_THREADS = 2
_db = ThreadPoolExecutor(max_workers=DB_THREADS, thread_name_prefix="live-db")
_db_used = False

REPLAY_LIMIT = 1000
RECENT_EVENTS = 512  # per watched blog: a few hours of a busy live, a few hundred KB
FAN_OUT_BATCH = 500  # readers per turn of the event loop: a journalist's request gets the CPU in between
# A blog whose last reader left stays watched this long: when a whole audience drops at once (a
# network blip, a proxy restart) and comes back, its memory answers them instead of the database.
CHANNEL_LINGER_SECONDS = 120.0
# Direct readers (fastpath.py) are visited for keep-alives in this many slices per half heartbeat
# period: a big audience's comments never go out as one burst that would hold a post back.
KEEP_ALIVE_SLICES = 8


def fetch_events(blog_id: int, after: int, limit: int = REPLAY_LIMIT) -> list[tuple[int, bytes, datetime]]:
    """Encoded events of `blog_id` with id > `after`, oldest first, with their commit times."""
    rows = (
        Event.objects.filter(blog_id=blog_id, pk__gt=after)
        .order_by("pk")
        .values_list("pk", "type", "payload", "created_at")[:limit]
    )
    return [(pk, sse_frame(pk, type_, payload), created) for pk, type_, payload, created in rows]


def fetch_frames(blog_id: int, after: int, limit: int = REPLAY_LIMIT) -> list[tuple[int, bytes]]:
    """Encoded events of `blog_id` with id > `after`, oldest first."""
    return [(pk, frame) for pk, frame, _ in fetch_events(blog_id, after, limit)]


def latest_event_id(blog_id: int) -> int:
    last = Event.objects.filter(blog_id=blog_id).order_by("-pk").values_list("pk", flat=True).first()
    return last or 0


def _with_fresh_connection(fn, *args):
    global _db_used
    _db_used = True
    # These threads live as long as the process: drop connections that broke or expired.
    close_old_connections()
    try:
        return fn(*args)
    finally:
        if dbpool.enabled():
            # Back to the pool after each read: the requests borrow from the same few
            # connections, and an idle stream must not keep two of them (dbpool.py).
            connections.close_all()


def close_db_connections(timeout: float = 5.0) -> None:
    """Close the database connections the hub's threads keep open (they open new ones if used
    again). At shutdown, so that the database sees the process leave rather than a dropped
    socket, and before a test database is dropped, which PostgreSQL refuses while any is open.
    With PostgreSQL's pool they hold none between reads, and it is the pool that is closed
    (dbpool.close). Blocking: call it from a thread, not the event loop."""
    if not _db_used:
        return
    # One task per thread: each waits at the barrier until all have started, so no thread runs two.
    barrier = threading.Barrier(DB_THREADS)

    def close() -> None:
        connections.close_all()
        with contextlib.suppress(threading.BrokenBarrierError):
            barrier.wait(timeout)

    wait_for_futures([_db.submit(close) for _ in range(DB_THREADS)], timeout=timeout + 1)


async def run_in_db_thread(fn, *args):
    """Run a database read of the stream in the hub's threads."""
    return await asyncio.get_running_loop().run_in_executor(_db, _with_fresh_connection, fn, *args)


class SlowReader(Exception):
    """The reader's queue is full: it is dropped and will resume with Last-Event-ID."""


@dataclass(eq=False)
class Subscriber:
    blog_id: int
    queue: asyncio.Queue = field(default_factory=lambda: asyncio.Queue(settings.LIVE_QUEUE_SIZE))
    dropped: bool = False
    counted: bool = True  # in the readers gauge until unsubscribed
    slot: int = -1  # never visited for keep-alives: the ASGI stream sends its own

    def push(self, event_id: int, frame: bytes) -> None:
        if self.dropped:
            return
        try:
            self.queue.put_nowait((event_id, frame))
        except asyncio.QueueFull:
            # The writer is not blocked (the queue is full); it sees `dropped` at its next get.
            self.dropped = True


@dataclass(eq=False)
class Channel:
    blog_id: int
    last_id: int
    # In the order readers came (a dict keeps it; a set would visit them in address-hash order):
    # the fan-out then walks their sockets in the order the kernel allocated them.
    subscribers: dict[Subscriber, None] = field(default_factory=dict)
    fetching: bool = False
    again: bool = False
    # The latest events fanned out, so that a reconnecting reader is usually answered from
    # memory: `recent` holds exactly the events with recent_after < id <= last_id.
    recent: deque = field(default_factory=lambda: deque(maxlen=RECENT_EVENTS))
    recent_after: int = -1
    empty_since: float | None = None  # loop time when the last reader left

    def __post_init__(self) -> None:
        if self.recent_after < 0:
            self.recent_after = self.last_id

    def remember(self, event_id: int, frame: bytes) -> None:
        if len(self.recent) == self.recent.maxlen:
            self.recent_after = self.recent[0][0]
        self.recent.append((event_id, frame))
        self.last_id = event_id

    def frames_after(self, after: int) -> list[tuple[int, bytes]] | None:
        """The events after `after` from memory, or None when memory does not cover them all."""
        if not self.recent_after <= after <= self.last_id:
            return None
        return [(event_id, frame) for event_id, frame in self.recent if event_id > after]


class Hub:
    def __init__(self) -> None:
        self.loop: asyncio.AbstractEventLoop | None = None
        self.channels: dict[int, Channel] = {}
        self._poller: asyncio.Task | None = None
        self._listener: asyncio.Task | None = None
        self._heart: asyncio.Task | None = None
        self.delivered = 0
        self._slots = 0
        # Direct readers by keep-alive slice, so that each visit walks its own slice only and
        # not every reader of the process (see bench/live_keepalive.py).
        self._slices: list[dict] = [{} for _ in range(KEEP_ALIVE_SLICES)]
        # Set when the process stops: every stream ends with a jittered retry hint, so that
        # its readers resume on another process or node with Last-Event-ID.
        self.closing: asyncio.Event | None = None

    # -- called from any thread --------------------------------------------------------------
    def notify(self, blog_id: int) -> None:
        loop = self.loop
        if loop is None or loop.is_closed() or blog_id not in self.channels:
            return
        loop.call_soon_threadsafe(self._schedule, blog_id)

    # -- event loop side ---------------------------------------------------------------------
    async def subscribe(self, blog_id: int, sub=None) -> Subscriber:
        """Add a reader of `blog_id`: a queue-backed Subscriber (ASGI), or any object with
        `blog_id`, `counted` and `push(event_id, frame)` (the protocol-level fast path)."""
        self._bind()
        channel = self.channels.get(blog_id)
        if channel is None:
            last = await self._run(latest_event_id, blog_id)
            channel = self.channels.get(blog_id) or Channel(blog_id, last)
            self.channels[blog_id] = channel
        sub = sub if sub is not None else Subscriber(blog_id)
        channel.subscribers[sub] = None
        channel.empty_since = None
        slot = getattr(sub, "slot", -1)
        if slot >= 0:
            self._slices[slot][sub] = None
        metrics.READERS.inc()
        return sub

    def unsubscribe(self, sub: Subscriber) -> None:
        if sub.counted:
            sub.counted = False
            metrics.READERS.dec()
        slot = getattr(sub, "slot", -1)
        if slot >= 0:
            self._slices[slot].pop(sub, None)
        channel = self.channels.get(sub.blog_id)
        if channel is None:
            return
        channel.subscribers.pop(sub, None)
        if not channel.subscribers and channel.empty_since is None:
            channel.empty_since = self.loop.time() if self.loop is not None else 0.0

    @property
    def readers(self) -> int:
        return sum(len(c.subscribers) for c in self.channels.values())

    def close_streams(self) -> None:
        """Ask every stream of this process to end (rolling restart). Event loop side."""
        self._bind()
        self.closing.set()
        for channel in list(self.channels.values()):
            for sub in list(channel.subscribers):
                close = getattr(sub, "close_with_retry", None)
                if close:
                    close()

    @property
    def is_closing(self) -> bool:
        return self.closing is not None and self.closing.is_set()

    def _bind(self) -> None:
        loop = asyncio.get_running_loop()
        if self.loop is not loop:
            self.loop = loop
            self.channels = {}
            self._slices = [{} for _ in range(KEEP_ALIVE_SLICES)]
            self.closing = asyncio.Event()
            self._poller = loop.create_task(self._poll_forever())
            self._heart = loop.create_task(self._heartbeat_forever())
            if broker.enabled():
                self._listener = loop.create_task(broker.listen(self._schedule, self._schedule_all))

    async def _run(self, fn, *args):
        return await run_in_db_thread(fn, *args)

    def _schedule(self, blog_id: int) -> None:
        channel = self.channels.get(blog_id)
        if channel is None:
            return
        if channel.fetching:
            channel.again = True
            return
        channel.fetching = True
        asyncio.get_running_loop().create_task(self._fan_out(channel))

    async def _fan_out(self, channel: Channel) -> None:
        try:
            while True:
                channel.again = False
                try:
                    frames = await self._run(fetch_events, channel.blog_id, channel.last_id)
                except Exception:
                    log.exception("reading the event log of blog %s failed", channel.blog_id)
                    return
                now = timezone.now()
                for event_id, frame, created in frames:
                    # Remembered before it is pushed: a reader joining while the push below
                    # yields gets it from memory, the others from the push, nobody twice.
                    channel.remember(event_id, frame)
                    readers = list(channel.subscribers)
                    for index, sub in enumerate(readers, 1):
                        sub.push(event_id, frame)
                        if index % FAN_OUT_BATCH == 0:
                            # Let the loop breathe (a journalist's publish request is waiting
                            # for its answer) between batches of a big audience.
                            await asyncio.sleep(0)
                    self.delivered += len(readers)
                    metrics.DELIVERED.inc(len(readers))
                    metrics.DELIVERY_LAG.observe(max(0.0, (now - created).total_seconds()))
                if not (channel.again or len(frames) == REPLAY_LIMIT):
                    return
        finally:
            channel.fetching = False

    def _schedule_all(self) -> None:
        for blog_id in list(self.channels):
            self._schedule(blog_id)

    def keep_alive_slot(self) -> int:
        """The keep-alive slice of a new direct reader: readers spread evenly over the slices."""
        self._slots += 1
        return self._slots % KEEP_ALIVE_SLICES

    async def _heartbeat_forever(self) -> None:
        # Readers that the hub writes to directly (fastpath.py) share this one timer; queue
        # readers (sse.py) send their own. Each direct reader is visited every half period and
        # sends a comment only if nothing went to it since the previous visit (keep_alive).
        turn = 0
        while True:
            await asyncio.sleep(settings.LIVE_HEARTBEAT_SECONDS / 2 / KEEP_ALIVE_SLICES)
            turn = (turn + 1) % KEEP_ALIVE_SLICES
            self.keep_alive_turn(turn)

    def keep_alive_turn(self, turn: int) -> None:
        """Visit the direct readers of keep-alive slice `turn`."""
        for sub in list(self._slices[turn]):
            sub.keep_alive()

    async def _poll_forever(self) -> None:
        # The safety net: catches commits made by other processes within LIVE_POLL_SECONDS
        # when there is no broker, or when its message was lost (Redis down or restarting).
        while True:
            await asyncio.sleep(settings.LIVE_POLL_SECONDS)
            self._forget_idle()
            self._schedule_all()

    def _forget_idle(self) -> None:
        now = asyncio.get_running_loop().time()
        for blog_id, channel in list(self.channels.items()):
            idle = channel.empty_since
            if idle is not None and not channel.subscribers and not channel.fetching \
                    and now - idle >= CHANNEL_LINGER_SECONDS:
                del self.channels[blog_id]


hub = Hub()


def notify(blog_id: int) -> None:
    """A commit changed `blog_id`'s event log: fan out here, and tell the other processes."""
    hub.notify(blog_id)
    broker.publish(blog_id)


# GRIP mode (grip.py) publishes each event once its transaction commits; imported here, where
# every writer already looks, so that its post_save hook is connected in every process that writes.
from liveline.live import grip  # noqa: E402, F401
