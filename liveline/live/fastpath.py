"""The live stream served at the protocol level, below ASGI, on the same port as the site.

`liveline serve` gives uvicorn `LiveHttpProtocol`, an httptools protocol that looks at each
request's line and headers: `GET /live/<slug>/events` is taken over here, everything else goes
on to the ASGI application (Django) untouched. A taken-over connection costs no task, no queue
and no ASGI message per event: the hub writes each event's pre-encoded bytes straight to the
socket of every reader. It speaks exactly the protocol of the ASGI endpoint in sse.py (same
replay, errors, retry hints, heartbeats), which stays for servers other than ours.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import random
import time
from urllib.parse import unquote

import django
import httptools
from django.apps import apps
from django.conf import settings
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

# uvicorn loads its protocol class before the application: in a worker process started by
# `LIVELINE_WORKERS`, this module is imported before liveline.asgi has set Django up.
if not apps.ready:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "liveline.settings")
    django.setup()

from liveline.live import grip, simplerequest, sse  # noqa: E402
from liveline.live.hub import hub, run_in_db_thread  # noqa: E402
from liveline.microcache import has_session  # noqa: E402

log = logging.getLogger(__name__)

_HEAD = (
    b"HTTP/1.1 200 OK\r\n"
    b"content-type: text/event-stream; charset=utf-8\r\n"
    b"cache-control: no-cache, no-store\r\n"
    b"x-accel-buffering: no\r\n"
    # The body ends when the connection does: no chunk framing around every event.
    b"connection: close\r\n\r\n"
)
_REASONS = {400: b"Bad Request", 404: b"Not Found", 503: b"Service Unavailable"}
_STATUS = {200: b"OK", 304: b"Not Modified", 404: b"Not Found", 410: b"Gone"}
_CACHED_METHODS = (b"GET /live/", b"HEAD /live/")

_cache = None


def _micro_cache():
    """The application's micro-cache (liveline.asgi), looked up once it is loaded."""
    global _cache
    if _cache is None:
        from liveline.asgi import cached_django_app

        _cache = cached_django_app
    return _cache


def _error(status: int, message: str) -> bytes:
    body = json.dumps({"error": message}).encode()
    extra = b"retry-after: 2\r\n" if status == 503 else b""
    return (
        b"HTTP/1.1 %d %s\r\ncontent-type: application/json\r\ncontent-length: %d\r\n"
        b"cache-control: no-store\r\n%sconnection: close\r\n\r\n" % (status, _REASONS[status], len(body), extra)
    ) + body


# slug -> the lookup in flight: in a reconnect storm, thousands of readers of one blog arrive
# within a few hundred milliseconds and share one database read instead of making one each.
_lookups: dict[str, asyncio.Future] = {}
# slug -> (blog id, loop time its read started): a found blog is reused for a tenth of a second,
# so a storm makes ten reads a second, not one per reader; a blog turned draft or deleted is
# refused to new readers within that tenth. Unknown and draft blogs are never remembered.
_found: dict[str, tuple[int, float]] = {}
LOOKUP_REUSE_SECONDS = 0.1


async def _blog_id(slug: str) -> int | None:
    loop = asyncio.get_running_loop()
    now = loop.time()
    found = _found.get(slug)
    if found is not None and now - found[1] < LOOKUP_REUSE_SECONDS:
        return found[0]
    pending = _lookups.get(slug)
    if pending is None:
        pending = asyncio.ensure_future(run_in_db_thread(sse.blog_id_for, slug))
        _lookups[slug] = pending

        def done(future: asyncio.Future, started: float = now) -> None:
            _lookups.pop(slug, None)
            if not future.cancelled() and future.exception() is None and future.result() is not None:
                if len(_found) > 1000:
                    _found.clear()
                _found[slug] = (future.result(), started)
            else:
                _found.pop(slug, None)

        pending.add_done_callback(done)
    return await asyncio.shield(pending)


class DirectSubscriber:
    """A reader whose socket the hub writes to directly."""

    __slots__ = ("blog_id", "transport", "counted", "dropped", "live", "sent", "pending", "buffer_limit", "wrote",
                 "slot")

    def __init__(self, blog_id: int, transport: asyncio.Transport):
        self.blog_id = blog_id
        self.transport = transport
        self.counted = True
        self.dropped = False
        self.live = False  # False while the replay runs: events wait in `pending`
        self.sent = 0
        self.pending: list[tuple[int, bytes]] = []
        self.buffer_limit = settings.LIVE_QUEUE_SIZE * 4096
        self.wrote = True  # something was written since the hub's last keep-alive visit
        self.slot = hub.keep_alive_slot()

    def push(self, event_id: int, frame: bytes) -> None:
        if self.dropped:
            return
        if not self.live:
            self.pending.append((event_id, frame))
            return
        if event_id <= self.sent:
            return
        if self.transport.get_write_buffer_size() > self.buffer_limit:
            # Too slow to keep up: drop it rather than buffer without end; it resumes with
            # Last-Event-ID from where it really is.
            self.drop()
            return
        self.transport.write(frame)
        self.sent = event_id
        self.wrote = True

    def keep_alive(self) -> None:
        """The hub's visit, every half heartbeat period: a comment if nothing was written since
        the last visit, so a stream is never silent longer than the period, and one that events
        keep busy gets none."""
        if self.wrote:
            self.wrote = False
        elif not self.dropped and self.live:
            self.transport.write(sse.HEARTBEAT)
            self.wrote = True

    def close_with_retry(self) -> None:
        if not self.dropped:
            self.transport.write(f"retry: {random.randint(250, 3000)}\n\n".encode())  # noqa: S311
            self.drop()

    def drop(self) -> None:
        self.dropped = True
        self.transport.close()
        hub.unsubscribe(self)


class LiveHttpProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol, with stream requests taken over (see the module docstring)."""

    stream: DirectSubscriber | None = None
    taken_over = False
    answered = False  # this request was answered from the micro-cache, here
    in_message = False  # httptools holds part of a request: its bytes must go on to it

    def on_message_begin(self) -> None:
        self.in_message = True
        super().on_message_begin()

    def on_headers_complete(self) -> None:
        if not self.taken_over and self._between_requests() and self.url.startswith(b"/live/"):
            method = self.parser.get_method()
            if method in (b"GET", b"HEAD") and not self.parser.should_upgrade():
                path = httptools.parse_url(self.url)
                decoded = unquote(path.path.decode("latin-1"))
                match = sse.PATH.match(decoded) if method == b"GET" else None
                # Requests through a GRIP proxy get a short answer from the ASGI side (grip.py).
                if match and not grip.requested(self.headers):
                    self.taken_over = True
                    scope = {"headers": self.headers, "query_string": path.query or b""}
                    task = self.loop.create_task(self._serve_stream(match["slug"], scope))
                    task.add_done_callback(self.tasks.discard)
                    self.tasks.add(task)
                    return
                keep_alive = self.parser.get_http_version() == "1.1" and self.parser.should_keep_alive()
                if not match and self._answer_from_cache(method, decoded, path.query or b"", self.headers,
                                                         keep_alive, has_session(self.headers)):
                    self.answered = True
                    return
        super().on_headers_complete()

    def on_body(self, body: bytes) -> None:
        if not (self.taken_over or self.answered):
            super().on_body(body)

    def on_message_complete(self) -> None:
        self.in_message = False
        if self.answered:
            self.answered = False
            return
        if not self.taken_over:
            super().on_message_complete()

    def _between_requests(self) -> bool:
        """No request is being answered or waits behind one: an answer written now is in order."""
        return (self.cycle is None or self.cycle.response_complete) and not self.pipeline

    def _answer_from_cache(self, method: bytes, path: str, query: bytes, headers, keep_alive: bool,
                           session: bool) -> bool:
        """A fresh micro-cache hit for a public reader URL, written without going through ASGI.

        The same bytes the ASGI side would send (microcache.py), minus a task, a scope and the
        ASGI messages per request: what a polling spike costs. Only public reader URLs are ever
        kept, and only while caching is on; a journalist's session always goes on to Django.
        """
        entry = _micro_cache().fresh(path, query)
        if entry is None or session:
            return False
        not_modified = entry.matches(headers)
        status = 304 if not_modified else entry.status
        body = b"" if not_modified or method == b"HEAD" else entry.body
        # The same bytes as MicroCache.answer through ASGI, with the headers joined once per entry.
        self.transport.write(b"".join((
            b"HTTP/1.1 %d %s\r\n" % (status, _STATUS.get(status, b"OK")),
            self._default_headers(),
            entry.hit_wire(not_modified),
            b"age: %d\r\n" % int(time.monotonic() - entry.stored),
            b"\r\n" if keep_alive else b"connection: close\r\n\r\n",
            body,
        )))
        self.server_state.total_requests += 1
        if keep_alive:
            self._restart_idle_timeout()
        else:
            self.transport.close()
        return True

    idle_since = 0.0
    idle_timer: asyncio.TimerHandle | None = None

    def _restart_idle_timeout(self) -> None:
        """uvicorn's keep-alive timeout, counted again from now.

        uvicorn cancels and schedules a timer for every request; a connection polled from the
        cache keeps one timer, which looks at the last answer's time when it fires.
        """
        self.idle_since = self.loop.time()
        if self.timeout_keep_alive_task is None or self.timeout_keep_alive_task is not self.idle_timer:
            self._unset_keepalive_if_required()
            self.idle_timer = self.timeout_keep_alive_task = self.loop.call_later(
                self.timeout_keep_alive, self._idle_timeout)

    def _idle_timeout(self) -> None:
        left = self.idle_since + self.timeout_keep_alive - self.loop.time()
        if left > 0:
            self.idle_timer = self.timeout_keep_alive_task = self.loop.call_later(left, self._idle_timeout)
        else:
            self.idle_timer = None
            self.timeout_keep_alive_handler()

    _defaults_of: list | None = None
    _defaults_wire = b""

    def _default_headers(self) -> bytes:
        # uvicorn's own (date, refreshed every second, and server), as on any answer; joined
        # once per second for all connections.
        defaults = self.server_state.default_headers
        if LiveHttpProtocol._defaults_of is not defaults:
            LiveHttpProtocol._defaults_wire = b"".join(b"%s: %s\r\n" % pair for pair in defaults)
            LiveHttpProtocol._defaults_of = defaults
        return LiveHttpProtocol._defaults_wire

    # The last one-packet request this connection sent and what it was read as.
    last_data = b""
    last_request: tuple[simplerequest.SimpleRequest, str, bool] | None = None

    def data_received(self, data: bytes) -> None:
        if self.taken_over:
            return  # a stream client has nothing more to say
        # A polling reader's whole request in one packet: answered from the micro-cache without
        # httptools when it can be (simplerequest.py); otherwise parsed as any request.
        if not self.in_message and self._between_requests():
            if data == self.last_data:
                # A keep-alive reader polling again sends the very same bytes until the answer
                # changes: what they say was read at its last request.
                request, path, session = self.last_request
            elif data.startswith(_CACHED_METHODS) and (request := simplerequest.parse(data, b"/live/")):
                raw = request.path  # visible ASCII only (simplerequest)
                path = unquote(raw.decode("ascii")) if b"%" in raw else raw.decode("ascii")
                session = has_session(request.headers)
                self.last_data, self.last_request = data, (request, path, session)
            else:
                request = None
            if request is not None and self._answer_from_cache(request.method, path, request.query, request.headers,
                                                               request.keep_alive, session):
                return
        super().data_received(data)

    def connection_lost(self, exc: Exception | None) -> None:
        if self.stream is not None:
            self.stream.dropped = True
            hub.unsubscribe(self.stream)
        super().connection_lost(exc)

    def shutdown(self) -> None:
        if self.taken_over:
            if self.stream is not None:
                self.stream.close_with_retry()
            else:
                self.transport.close()
            return
        super().shutdown()

    async def _serve_stream(self, slug: str, scope: dict) -> None:
        transport = self.transport
        after = sse.parse_last_event_id(scope)
        if isinstance(after, str):
            transport.write(_error(400, after))
            transport.close()
            return
        if hub.is_closing:
            transport.write(_error(503, "This server is restarting; reconnect in a moment."))
            transport.close()
            return
        try:
            blog_id = await _blog_id(slug)
            if blog_id is None:
                transport.write(_error(404, f"There is no live blog called {slug!r}."))
                transport.close()
                return
            if transport.is_closing():
                return
            sub = DirectSubscriber(blog_id, transport)
            await hub.subscribe(blog_id, sub)
            if transport.is_closing():  # left while we subscribed
                hub.unsubscribe(sub)
                return
            self.stream = sub
            transport.write(_HEAD + f"retry: {random.randint(1000, 4000)}\n\n".encode())  # noqa: S311
            await self._replay(sub, after)
        except Exception:
            log.exception("serving the stream of %s failed", slug)
            transport.close()

    async def _replay(self, sub: DirectSubscriber, after: int | None) -> None:
        # Subscribed first: what is committed during the replay waits in `pending`.
        channel = hub.channels.get(sub.blog_id)
        recent = channel.frames_after(after) if channel is not None and after is not None else None
        if recent is not None:
            # The usual reconnection (a reader a few events behind): answered from memory,
            # in the same loop turn as going live, so nothing can fall in between.
            if recent:
                sub.transport.write(b"".join(frame for _, frame in recent))
            self._go_live(sub, channel.last_id)
            return
        sent = after or 0
        if after is not None:
            async for chunk, last in sse.missed(sub.blog_id, after):
                if sub.dropped:
                    return
                sub.transport.write(chunk)
                sent = last
            if sub.dropped:
                return
            if await sse.beyond_log(sub.blog_id, after, sent):
                sub.transport.write(sse.RESET)
                sub.drop()
                return
        self._go_live(sub, sent)

    @staticmethod
    def _go_live(sub: DirectSubscriber, sent: int) -> None:
        sub.sent = sent
        sub.live = True
        pending, sub.pending = sub.pending, []
        for event_id, frame in pending:
            sub.push(event_id, frame)

