"""The Server-Sent Events stream, served as a bare ASGI endpoint in front of Django.

`/live/<slug>/events` is the hot path: thousands of idle connections per process. It never
enters Django's request machinery; it only reads the event log (in the hub's threads) and
writes pre-encoded frames. The same Subscriber/Hub objects can later be driven by a
protocol-level handler.

`/desk/<slug>/events` is the same stream for the members of a blog (the desk's live timeline),
drafts included: who may follow it is decided by liveline.desk.live.stream_blog.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import re
from collections.abc import AsyncIterator, Callable
from urllib.parse import parse_qs

from django.conf import settings

from liveline import plain
from liveline.blogs.models import LiveBlog
from liveline.live.hub import REPLAY_LIMIT, SlowReader, fetch_frames, hub, latest_event_id, run_in_db_thread

PATH = re.compile(r"^/live/(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*)/events/?$")
DESK_PATH = re.compile(r"^/desk/(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*)/events/?$")
HEARTBEAT = b": keepalive\n\n"
RESET = b'event: reset\ndata: {"type":"reset"}\n\n'


def blog_id_for(slug: str) -> int | None:
    """The blog readers may follow: a draft blog is not public yet, so it has no stream."""
    return (
        LiveBlog.objects.filter(slug=slug).exclude(status=LiveBlog.Status.DRAFT)
        .values_list("pk", flat=True).first()
    )


class Refused(Exception):
    """This client may not follow the stream it asked for: the status and message it gets."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


def public_blog(slug: str) -> int:
    blog_id = blog_id_for(slug)
    if blog_id is None:
        raise Refused(404, f"There is no live blog called {slug!r}.")
    return blog_id


async def missed(blog_id: int, after: int) -> AsyncIterator[tuple[bytes, int]]:
    """What a reader resuming after `after` missed, read from the log a chunk at a time, oldest
    first: (the encoded events, the id of the last one)."""
    while True:
        frames = await run_in_db_thread(fetch_frames, blog_id, after)
        if frames:
            after = frames[-1][0]
            yield b"".join(frame for _, frame in frames), after
        if len(frames) < REPLAY_LIMIT:
            return


async def beyond_log(blog_id: int, after: int, sent: int) -> bool:
    """The reader knows ids this log never had (a restored database): it must reload."""
    return bool(after) and sent == after and after > await run_in_db_thread(latest_event_id, blog_id)


def parse_last_event_id(scope) -> int | str | None:
    """The id to resume after: the Last-Event-ID header, else ?after= / ?last_event_id=.

    Returns an int, None when the client gives none (it gets events from now on), or an error
    message for a value that is not a non-negative integer.
    """
    raw = None
    for name, value in scope.get("headers", []):
        if name == b"last-event-id":
            raw = value.decode("latin-1")
    if raw is None:
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        raw = (query.get("after") or query.get("last_event_id") or [None])[0]
        if raw is None:
            return None
    raw = raw.strip() or "0"
    if not raw.isascii() or not raw.isdigit() or len(raw) > 18:
        return f"Last-Event-ID must be a non-negative whole number (an event id); got {raw[:40]!r}."
    return int(raw)


async def _plain(send, status: int, message: str, retry_after: bool = False) -> None:
    await plain.error(send, status, message, headers=((b"retry-after", b"2"),) if retry_after else ())


async def stream(scope, receive, send, slug: str) -> None:
    """The public stream of a blog that is live or ended."""
    await serve(scope, receive, send, public_blog, slug)


async def serve(scope, receive, send, find_blog: Callable[..., int], *args, recheck_seconds: float = 0) -> None:
    """Stream the events of the blog `find_blog(*args)` names (run in the hub's threads; it
    raises Refused for a client that may not follow it). With `recheck_seconds`, it is asked
    again that often, and the stream ends once it refuses (a member removed from the blog)."""
    if scope["method"] not in {"GET", "HEAD"}:
        await _plain(send, 405, "The event stream only answers GET.")
        return
    after = parse_last_event_id(scope)
    if isinstance(after, str):
        await _plain(send, 400, after)
        return
    loop = asyncio.get_running_loop()
    try:
        blog_id = await run_in_db_thread(find_blog, *args)
    except Refused as refusal:
        await _plain(send, refusal.status, refusal.message)
        return

    if hub.is_closing:
        await _plain(send, 503, "This server is restarting; reconnect in a moment.", retry_after=True)
        return
    sub = await hub.subscribe(blog_id)
    disconnected = asyncio.Event()

    async def watch_disconnect() -> None:
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                disconnected.set()
                return

    watcher = loop.create_task(watch_disconnect())
    try:
        # Jittered retry so that readers dropped together do not come back together.
        retry = random.randint(1000, 4000)
        await send({
            "type": "http.response.start",
            "status": 200,
            "headers": [
                (b"content-type", b"text/event-stream; charset=utf-8"),
                (b"cache-control", b"no-cache, no-store"),
                (b"x-accel-buffering", b"no"),
            ],
        })
        await send({"type": "http.response.body", "body": f"retry: {retry}\n\n".encode(), "more_body": True})
        if scope["method"] == "HEAD":
            return
        # Replay what the reader missed. Subscribed first, so nothing falls between the two.
        sent = after or 0
        if after is not None:
            async for chunk, last in missed(blog_id, after):
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
                sent = last
            if await beyond_log(blog_id, after, sent):
                await send({"type": "http.response.body", "body": RESET, "more_body": True})
                return
        live = _live(sub, send, disconnected, sent)
        if recheck_seconds > 0:
            await _until_refused(loop.create_task(live), recheck_seconds, find_blog, args)
        else:
            await live
    except (OSError, SlowReader):
        pass
    finally:
        watcher.cancel()
        hub.unsubscribe(sub)
    if not disconnected.is_set():
        with contextlib.suppress(OSError):
            await send({"type": "http.response.body", "body": b"", "more_body": False})


async def _until_refused(live: asyncio.Task, every: float, find_blog: Callable[..., int], args) -> None:
    """Let the stream run while `find_blog` still lets this client follow it."""
    try:
        while not live.done():
            await asyncio.wait({live}, timeout=every)
            if live.done():
                break
            try:
                await run_in_db_thread(find_blog, *args)
            except Refused:
                live.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await live
                return
        live.result()
    finally:
        live.cancel()


async def _live(sub, send, disconnected: asyncio.Event, sent: int) -> None:
    heartbeat = settings.LIVE_HEARTBEAT_SECONDS
    gone = asyncio.ensure_future(disconnected.wait())
    closing = asyncio.ensure_future(hub.closing.wait())
    try:
        while not disconnected.is_set():
            getter = asyncio.ensure_future(sub.queue.get())
            done, _ = await asyncio.wait({getter, gone, closing}, timeout=heartbeat,
                                         return_when=asyncio.FIRST_COMPLETED)
            if getter not in done:
                getter.cancel()
                if gone in done:
                    return
                if closing in done:
                    # Spread the reconnections of this node's readers over a few seconds.
                    retry = f"retry: {random.randint(250, 3000)}\n\n".encode()  # noqa: S311 — not a secret
                    await send({"type": "http.response.body", "body": retry, "more_body": True})
                    return
                await send({"type": "http.response.body", "body": HEARTBEAT, "more_body": True})
                continue
            if sub.dropped:
                raise SlowReader
            chunks = []
            event_id, frame = getter.result()
            while True:
                if event_id > sent:  # already sent during replay otherwise
                    chunks.append(frame)
                    sent = event_id
                if sub.queue.empty():
                    break
                event_id, frame = sub.queue.get_nowait()
            if chunks:
                await send({"type": "http.response.body", "body": b"".join(chunks), "more_body": True})
    finally:
        gone.cancel()
        closing.cancel()
