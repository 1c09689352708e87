"""GRIP mode: Pushpin (or any GRIP proxy) holds the readers' connections, Liveline does not.

A reader's request reaches Liveline through the proxy, which signs it (`Grip-Sig`). Liveline
answers it once, like the stream would start (retry hint, replay of what the reader missed),
plus instructions: hold the connection open on the blog's channel, after event id N
(`prev-id`), send the keep-alive comment when idle, and where to ask when something is missing
(`Grip-Link` ... rel=next). The request is then over for Liveline; the proxy keeps the
connection.

Each event is published once, by the process whose transaction committed it, with its id and
the id of the blog's previous event as `prev-id`. Events of a blog are committed in id order
(the blog row lock), so the (prev-id, id) pairs chain without holes. Pushpin puts items that
arrive out of order back in order (it waits briefly for a missing prev-id), and a connection
that sees an item whose prev-id is not the last id it sent (a publish lost because the proxy
was unreachable, or a process that died between its commit and its publish) asks the next
link, with `Grip-Last: <channel>; last-id=N`, and Liveline answers with the events after N
from the log. So the log stays the only source of truth: publishing is a fast path, and
nothing it loses is lost for readers. See docs/grip.md.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import logging
import random
import threading
import time
import urllib.request
from collections import deque
from urllib.parse import parse_qs, quote

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from liveline.live import sse
from liveline.live.events import sse_frame
from liveline.live.hub import REPLAY_LIMIT, latest_event_id, run_in_db_thread
from liveline.live.models import Event

log = logging.getLogger(__name__)

CHANNEL_PREFIX = "liveline-blog-"
# A publish that keeps failing is given up after this long: readers then get the event
# through recovery (next publish with a prev-id they do not have, or the link timeout).
RETRY_SECONDS = 30
QUEUE_MAX = 10_000
BATCH_MAX = 100


def enabled() -> bool:
    return bool(settings.GRIP_PUBLISH_URLS)


def channel(blog_id: int) -> str:
    return f"{CHANNEL_PREFIX}{blog_id}"


# --- requests coming through the proxy ---------------------------------------------------------


def _b64url(data: str) -> bytes:
    return base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))


def _key_bytes(key: str) -> bytes:
    # Pushpin's sig_key may be given as "base64:<key>".
    return base64.b64decode(key[7:]) if key.startswith("base64:") else key.encode()


def verify_sig(token: str, key: str, now: float | None = None) -> bool:
    """True when `token` is an HS256 JWT signed with `key` that has not expired (`exp` required)."""
    try:
        head, claims, signature = token.split(".")
        if json.loads(_b64url(head)).get("alg") != "HS256":
            return False
        expected = hmac.new(_key_bytes(key), f"{head}.{claims}".encode("ascii"), hashlib.sha256).digest()
        if not hmac.compare_digest(expected, _b64url(signature)):
            return False
        exp = json.loads(_b64url(claims)).get("exp")
    except (ValueError, TypeError, AttributeError, binascii.Error, UnicodeError):
        return False
    return isinstance(exp, int | float) and exp > (time.time() if now is None else now)


def _header(headers, name: bytes) -> bytes | None:
    for key, value in headers:
        if key == name:
            return value
    return None


def requested(headers) -> bool:
    """Cheap check for the fast path: GRIP is on and the request says it came through the proxy."""
    return enabled() and _header(headers, b"grip-sig") is not None


def from_proxy(headers) -> bool:
    """GRIP is on and the request carries a valid `Grip-Sig` (any, when no key is configured).

    A signature that does not verify is treated as absent (the GRIP spec says so): the request
    gets the ordinary stream.
    """
    if not enabled():
        return False
    sig = _header(headers, b"grip-sig")
    if sig is None:
        return False
    return not settings.GRIP_KEY or verify_sig(sig.decode("latin-1"), settings.GRIP_KEY)


def grip_last(headers, name: str) -> int | str | None:
    """The `last-id` the proxy gives for channel `name` in `Grip-Last` (recovery requests)."""
    for key, value in headers:
        if key != b"grip-last":
            continue
        for entry in value.decode("latin-1").split(","):
            parts = [part.strip() for part in entry.split(";")]
            if parts[0] != name:
                continue
            for param in parts[1:]:
                field, _, raw = param.partition("=")
                if field.strip() == "last-id":
                    raw = raw.strip().strip('"')
                    if raw.isascii() and raw.isdigit() and len(raw) <= 18:
                        return int(raw)
                    return f"Grip-Last must give an event id; got {raw[:40]!r}."
    return None


def _frames_between(blog_id: int, after: int, upto: int, limit: int = REPLAY_LIMIT) -> list[tuple[int, bytes]]:
    rows = (
        Event.objects.filter(blog_id=blog_id, pk__gt=after, pk__lte=upto)
        .order_by("pk")
        .values_list("pk", "type", "payload")[:limit]
    )
    return [(pk, sse_frame(pk, type_, payload)) for pk, type_, payload in rows]


def _hold_headers(slug: str, blog_id: int, last: int) -> list[tuple[bytes, bytes]]:
    name = channel(blog_id)
    link = f"/live/{quote(slug)}/events?link=next&after={last}"
    keep_alive = sse.HEARTBEAT.decode().replace("\n", "\\n")
    return [
        (b"grip-hold", b"stream"),
        (b"grip-channel", f"{name}; prev-id={last}".encode()),
        (b"grip-link", f"<{link}>; rel=next; timeout={settings.GRIP_RECOVER_SECONDS}".encode()),
        (b"grip-keep-alive", f"{keep_alive}; format=cstring; timeout={settings.LIVE_HEARTBEAT_SECONDS}".encode()),
    ]


async def stream(scope, receive, send, slug: str) -> None:
    """Answer a stream request that came through the proxy: replay, then hold instructions.

    The same promises as the stream (sse.py): Last-Event-ID / ?after= replay, the same errors,
    `reset` for a position beyond the log. A request for the next link (the proxy recovering a
    connection) carries `Grip-Last`, which wins over the link's `after`.
    """
    if scope["method"] != "GET":  # HEAD, or a 405: exactly as the stream answers them
        await sse.stream(scope, receive, send, slug)
        return
    headers = scope.get("headers", [])
    after = sse.parse_last_event_id(scope)
    if isinstance(after, str):
        await sse._plain(send, 400, after)
        return
    blog_id = await run_in_db_thread(sse.blog_id_for, slug)
    if blog_id is None:
        await sse._plain(send, 404, f"There is no live blog called {slug!r}.")
        return
    last_id = grip_last(headers, channel(blog_id))
    if isinstance(last_id, str):
        await sse._plain(send, 400, last_id)
        return
    query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    is_next = last_id is not None or query.get("link") == ["next"]
    if last_id is not None:
        after = last_id

    # Replay up to the id that is the newest now; the hold starts after it. Whatever commits
    # later reaches the proxy as a publish whose prev-id chains from there.
    latest = await run_in_db_thread(latest_event_id, blog_id)
    base = [(b"content-type", b"text/event-stream; charset=utf-8"), (b"cache-control", b"no-cache, no-store"),
            (b"x-accel-buffering", b"no")]
    head = b"" if is_next else f"retry: {random.randint(1000, 4000)}\n\n".encode()
    if after is not None and after > latest:
        # The reader knows ids this log never had (a restored database): it must reload. No hold.
        await send({"type": "http.response.start", "status": 200, "headers": base})
        await send({"type": "http.response.body", "body": head + sse.RESET})
        return
    await send({"type": "http.response.start", "status": 200, "headers": base + _hold_headers(slug, blog_id, latest)})
    if head:
        await send({"type": "http.response.body", "body": head, "more_body": True})
    sent = latest if after is None else after
    while sent < latest:
        frames = await run_in_db_thread(_frames_between, blog_id, sent, latest)
        if not frames:
            break
        await send({"type": "http.response.body", "body": b"".join(f for _, f in frames), "more_body": True})
        sent = frames[-1][0]
    await send({"type": "http.response.body", "body": b""})


# --- publishing --------------------------------------------------------------------------------


class Publisher:
    """Publishes items to one proxy's publish endpoint, in the order they were queued, from a
    thread of its own: a journalist's request only appends to a queue.

    While the proxy is unreachable items stay queued and are retried with back-off, for up to
    RETRY_SECONDS; readers get anything given up through the proxy's recovery.
    """

    def __init__(self, url: str):
        self.url = url
        self.items: deque[tuple[float, dict]] = deque()
        self.lock = threading.Lock()
        self.wake = threading.Event()
        self.thread: threading.Thread | None = None
        self.published = 0
        self._last_error_log = 0.0

    def enqueue(self, items: list[dict]) -> None:
        now = time.monotonic()
        with self.lock:
            self.items.extend((now, item) for item in items)
            dropped = 0
            while len(self.items) > QUEUE_MAX:
                self.items.popleft()
                dropped += 1
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(target=self._run, name="grip-publish", daemon=True)
                self.thread.start()
        if dropped:
            self._warn(f"publish queue full, {dropped} item(s) left to the proxy's recovery")
        self.wake.set()

    def _run(self) -> None:
        delay = 0.2
        while True:
            self.wake.wait()
            self.wake.clear()
            while True:
                with self.lock:
                    batch = [item for _, item in list(self.items)[:BATCH_MAX]]
                if not batch:
                    break
                try:
                    self._post(batch)
                except Exception as error:  # noqa: BLE001 — any failure: retry, then leave it to recovery
                    self._warn(f"publishing to {self.url} failed ({error}); retrying")
                    self._give_up_old()
                    time.sleep(delay)
                    delay = min(delay * 2, 5.0)
                    continue
                delay = 0.2
                with self.lock:
                    for _ in batch:
                        self.items.popleft()
                    self.published += len(batch)

    def _post(self, items: list[dict]) -> None:
        body = json.dumps({"items": items}, ensure_ascii=False, separators=(",", ":")).encode()
        request = urllib.request.Request(self.url, data=body, method="POST",  # noqa: S310 — operator's URL
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=2) as response:  # noqa: S310
            response.read()

    def _give_up_old(self) -> None:
        limit = time.monotonic() - RETRY_SECONDS
        given_up = 0
        with self.lock:
            while self.items and self.items[0][0] < limit:
                self.items.popleft()
                given_up += 1
        if given_up:
            self._warn(f"gave up {given_up} item(s) after {RETRY_SECONDS} s; readers recover them from the log")

    def _warn(self, message: str) -> None:
        # One line every 30 s at most: an outage would otherwise log once per event.
        now = time.monotonic()
        if now - self._last_error_log > 30:
            self._last_error_log = now
            log.warning("GRIP: %s", message)


_publishers: dict[str, Publisher] = {}
_publishers_lock = threading.Lock()


def publishers() -> list[Publisher]:
    with _publishers_lock:
        return [_publishers.setdefault(url, Publisher(url)) for url in settings.GRIP_PUBLISH_URLS]


def item(blog_id: int, event_id: int, prev_id: int, frame: bytes) -> dict:
    """One publish item: the event's SSE frame, with its id and the blog's previous event id."""
    return {"channel": channel(blog_id), "id": str(event_id), "prev-id": str(prev_id),
            "formats": {"http-stream": {"content": frame.decode()}}}


def publish(items: list[dict]) -> None:
    """Queue `items` for every configured proxy. Never blocks, never raises."""
    try:
        for publisher in publishers():
            publisher.enqueue(items)
    except Exception:  # noqa: BLE001 — publishing must never fail a journalist's write
        log.exception("GRIP: queueing a publish failed")


@receiver(post_save, sender=Event, dispatch_uid="liveline.live.grip")
def _event_saved(sender, instance: Event, created: bool, using: str, **kwargs) -> None:
    # Runs inside the writing transaction, which holds the blog's row lock: the previous event
    # of the blog is settled, so (prev-id, id) is exact. Published only once committed.
    if not created or not enabled():
        return
    prev = (Event.objects.using(using).filter(blog_id=instance.blog_id, pk__lt=instance.pk)
            .order_by("-pk").values_list("pk", flat=True).first()) or 0
    entry = item(instance.blog_id, instance.pk, prev, sse_frame(instance.pk, instance.type, instance.payload))
    transaction.on_commit(lambda: publish([entry]), using=using)
