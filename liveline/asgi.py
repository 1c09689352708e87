"""The ASGI entry point: the live streams are answered here, everything else by Django."""

from __future__ import annotations

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "liveline.settings")

from django.conf import settings  # noqa: E402
from django.core.asgi import get_asgi_application  # noqa: E402

django_app = get_asgi_application()

from liveline.microcache import MicroCache  # noqa: E402

# Public reader URLs are kept a moment in front of Django (microcache.py).
cached_django_app = MicroCache(django_app)

from liveline import metrics  # noqa: E402
from liveline.desk import live as desk_live  # noqa: E402
from liveline.live import grip, health, sse  # noqa: E402  (needs the app registry ready)
from liveline.live.scheduler import run_scheduler  # noqa: E402
from liveline.newsroom.inprocess import in_process_worker  # noqa: E402

GC_YOUNG_THRESHOLD = 7000  # Python's default is 700


async def application(scope, receive, send) -> None:
    if scope["type"] == "http":
        match = sse.PATH.match(scope["path"])
        if match:
            if grip.from_proxy(scope["headers"]):  # through Pushpin: it holds the connection
                await grip.stream(scope, receive, send, match["slug"])
            else:
                await sse.stream(scope, receive, send, match["slug"])
            return
        match = sse.DESK_PATH.match(scope["path"])
        if match:  # the members' stream of the desk, drafts included
            await sse.serve(scope, receive, send, desk_live.stream_blog, match["slug"], scope["headers"],
                            recheck_seconds=settings.DESK_STREAM_RECHECK_SECONDS)
            return
        if scope["path"] == "/healthz":
            await health.healthz(scope, receive, send)
            return
        if scope["path"] == "/metrics":
            await metrics.endpoint(scope, receive, send)
            return
    elif scope["type"] == "lifespan":
        await _lifespan(receive, send)
        return
    if scope["type"] == "http":
        await cached_django_app(scope, receive, send)
        return
    await django_app(scope, receive, send)


async def _lifespan(receive, send) -> None:
    import asyncio

    from liveline import dbpool
    from liveline.live.hub import close_db_connections

    task = None
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            _close_streams_on_exit_signals()
            _tune_garbage_collector()
            task = asyncio.get_running_loop().create_task(run_scheduler())
            extraction = in_process_worker()  # newsroom intelligence, when it runs in the server
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            if task:
                task.cancel()
            if extraction:
                extraction()
            await asyncio.to_thread(close_db_connections, 2.0)
            await asyncio.to_thread(dbpool.close)
            await send({"type": "lifespan.shutdown.complete"})
            return


def _tune_garbage_collector() -> None:
    """Keep the collector's full passes short and rare: they stop the whole process.

    With 19,000 readers connected a full pass took 300 ms (bench/README.md) and found nothing:
    it walks every object alive, Django's own included. What the application loaded at start is
    set aside for good (`gc.freeze`), and the youngest generation is collected after 10 times
    more allocations than Python's default, so full passes come ten times less often; garbage
    cycles are still collected.
    """
    import gc

    gc.collect()
    gc.freeze()
    _, second, third = gc.get_threshold()
    gc.set_threshold(GC_YOUNG_THRESHOLD, second, third)
    metrics.time_garbage_collections()


def _close_streams_on_exit_signals() -> None:
    """On SIGTERM/SIGINT, end the live streams first, then let the server stop as it would.

    The server installed its own handlers before the lifespan starts; ours runs before them.
    Without this, open streams keep a stopping server waiting until its graceful timeout.
    """
    import asyncio
    import signal

    from liveline.live.hub import hub

    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        previous = signal.getsignal(sig)

        def handler(signum, frame, previous=previous):
            loop.call_soon_threadsafe(hub.close_streams)
            if callable(previous):
                previous(signum, frame)

        try:
            signal.signal(sig, handler)
        except ValueError:  # not the main thread: a server that handles signals elsewhere
            return
