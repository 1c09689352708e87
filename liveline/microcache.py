"""A micro-cache in front of Django for public reader URLs (`/live/...`), so that one node
without a CDN still survives the spike of a breaking story.

A response is kept when Django said any cache may share it (`Cache-Control: public` with a
max-age, no `Set-Cookie`, no `Vary` other than `Cookie`), for min(max-age, MICROCACHE_SECONDS).
It is served at the ASGI level, without a thread hop or the middleware stack; concurrent misses
of one URL wait for a single render, as nginx's proxy_cache_lock does. Requests that carry a
session cookie (journalists previewing) always go to Django. A slightly old page is fine: the
page carries its last event id and the live stream brings it up to date.
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from dataclasses import dataclass

from django.conf import settings

MAX_ENTRIES = 2000
MAX_BODY = 1 << 20


# Headers a 304 repeats from the full answer (RFC 9110, 15.4.5), plus ours.
NOT_MODIFIED_KEEPS = {b"etag", b"cache-control", b"vary", b"content-language", b"last-modified", b"x-liveline-cache"}


@dataclass
class Entry:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes
    etag: bytes | None
    stored: float
    expires: float
    # What every hit repeats, worked out once per entry (the fast path answers thousands a second).
    _full: list[tuple[bytes, bytes]] | None = None
    _not_modified: list[tuple[bytes, bytes]] | None = None
    _wire: dict[int, bytes] | None = None

    def hit_headers(self, not_modified: bool) -> list[tuple[bytes, bytes]]:
        """The headers of a hit, but `age`: the whole answer's, or a 304's."""
        if self._full is None:
            kept = [(k, v) for k, v in self.headers if k.lower() not in {b"age", b"content-length"}]
            kept.append((b"x-liveline-cache", b"hit"))
            self._not_modified = [(k, v) for k, v in kept if k.lower() in NOT_MODIFIED_KEEPS]
            self._full = [*kept, (b"content-length", str(len(self.body)).encode())]
        return self._not_modified if not_modified else self._full

    def hit_wire(self, not_modified: bool) -> bytes:
        """`hit_headers` as they go on the wire."""
        if self._wire is None:
            self._wire = {}
        wire = self._wire.get(not_modified)
        if wire is None:
            wire = b"".join(b"%s: %s\r\n" % pair for pair in self.hit_headers(not_modified))
            self._wire[not_modified] = wire
        return wire

    def matches(self, request_headers) -> bool:
        """The client already has this answer (its If-None-Match names our ETag)."""
        wanted = _header(request_headers, b"if-none-match")
        if self.etag is None or wanted is None:
            return False
        return wanted == self.etag or self.etag in [t.strip() for t in wanted.split(b",")]


_session_marker: bytes | None = None


def has_session(headers) -> bool:
    """The request carries a session cookie (a journalist: never answered from the cache)."""
    global _session_marker
    if _session_marker is None:
        _session_marker = settings.SESSION_COOKIE_NAME.encode() + b"="
    return any(name == b"cookie" and _session_marker in value for name, value in headers)


def _header(headers, name: bytes) -> bytes | None:
    for key, value in headers:
        if key.lower() == name:
            return value
    return None


def _shareable_for(headers) -> float:
    """Seconds the response may be kept here, 0 when it must not."""
    if _header(headers, b"set-cookie") is not None:
        return 0
    vary = _header(headers, b"vary")
    if vary and any(part.strip().lower() not in {b"cookie", b""} for part in vary.split(b",")):
        return 0
    directives = [part.strip().lower() for part in (_header(headers, b"cache-control") or b"").split(b",")]
    if b"public" not in directives or any(d in directives for d in (b"private", b"no-store", b"no-cache")):
        return 0
    for directive in directives:
        if directive.startswith(b"max-age="):
            try:
                return min(float(directive[8:]), settings.MICROCACHE_SECONDS)
            except ValueError:
                return 0
    return 0


class MicroCache:
    def __init__(self, app) -> None:
        self.app = app
        self.entries: OrderedDict[tuple, Entry] = OrderedDict()
        self.inflight: dict[tuple, asyncio.Future] = {}

    def _cacheable_request(self, scope) -> bool:
        if scope["method"] not in {"GET", "HEAD"}:
            return False
        return self.enabled_for(scope["path"], scope.get("headers", []))

    @staticmethod
    def enabled_for(path: str, headers) -> bool:
        """Public reader URLs, for visitors without a session (journalists always reach Django)."""
        if settings.MICROCACHE_SECONDS <= 0 or not path.startswith("/live/"):
            return False
        return not has_session(headers)

    async def __call__(self, scope, receive, send) -> None:
        if settings.MICROCACHE_SECONDS <= 0 or not self._cacheable_request(scope):
            await self.app(scope, receive, send)
            return
        key = (scope["path"], scope.get("query_string", b""))
        entry = self.entries.get(key)
        now = time.monotonic()
        if entry is None or entry.expires <= now:
            waiting = self.inflight.get(key)
            if waiting is not None:
                entry = await asyncio.shield(waiting)
            if entry is None or entry.expires <= time.monotonic():
                await self._render(key, scope, receive, send)
                return
        else:
            self.entries.move_to_end(key)
        await self._serve(entry, scope, send, b"hit")

    async def _render(self, key, scope, receive, send) -> None:
        future = asyncio.get_running_loop().create_future()
        self.inflight[key] = future
        start: dict = {}
        chunks: list[bytes] = []
        entry = None
        # Rendered as a plain GET (no HEAD, no conditions) so that what is kept is the whole
        # answer; this client's HEAD or If-None-Match is then answered from it.
        plain = [(k, v) for k, v in scope.get("headers", []) if k not in {b"if-none-match", b"if-modified-since"}]
        inner_scope = {**scope, "method": "GET", "headers": plain}

        async def capture(message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        try:
            await self.app(inner_scope, receive, capture)
            headers = list(start.get("headers", []))
            body = b"".join(chunks)
            ttl = _shareable_for(headers) if start.get("status") in {200, 404, 410} else 0
            now = time.monotonic()
            fresh = Entry(start.get("status", 500), headers, body, _header(headers, b"etag"), now, now + ttl)
            if ttl > 0 and len(body) <= MAX_BODY:
                entry = fresh
                self.entries[key] = entry
                self.entries.move_to_end(key)
                while len(self.entries) > MAX_ENTRIES:
                    self.entries.popitem(last=False)
        finally:
            del self.inflight[key]
            future.set_result(entry)
        await self._serve(fresh, scope, send, b"miss" if entry is not None else b"pass")

    def fresh(self, path: str, query: bytes) -> Entry | None:
        """The kept answer for this URL while it is fresh (for the protocol-level fast path)."""
        entry = self.entries.get((path, query))
        return entry if entry is not None and entry.expires > time.monotonic() else None

    @staticmethod
    def answer(entry: Entry, method: str, request_headers, state: bytes) -> tuple[int, list, bytes]:
        """Status, headers and body that answer this request from `entry` (304 when it matches)."""
        age = (b"age", str(int(time.monotonic() - entry.stored)).encode())
        not_modified = entry.matches(request_headers)
        headers = [*entry.hit_headers(not_modified), age]
        if state != b"hit":
            headers = [(k, state if k == b"x-liveline-cache" else v) for k, v in headers]
        if not_modified:
            return 304, headers, b""
        return entry.status, headers, b"" if method == "HEAD" else entry.body

    async def _serve(self, entry: Entry, scope, send, state: bytes) -> None:
        status, headers, body = self.answer(entry, scope["method"], scope.get("headers", []), state)
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})
