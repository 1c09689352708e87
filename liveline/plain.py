"""Whole answers sent straight through ASGI, for the few endpoints served before Django
(the stream's errors, /healthz, /metrics): no middleware, no thread, no request object."""

from __future__ import annotations

import json


async def answer(send, status: int, body: bytes, *, content_type: bytes = b"application/json",
                 headers: tuple[tuple[bytes, bytes], ...] = (), head: bool = False) -> None:
    """One response, never cached; `head` sends the headers of `body` without it."""
    await send({
        "type": "http.response.start",
        "status": status,
        "headers": [(b"content-type", content_type), (b"content-length", str(len(body)).encode()),
                    (b"cache-control", b"no-store"), *headers],
    })
    await send({"type": "http.response.body", "body": b"" if head else body})


async def error(send, status: int, message: str, *, headers: tuple[tuple[bytes, bytes], ...] = ()) -> None:
    """`{"error": message}`, the shape of every error of the API and the stream."""
    await answer(send, status, json.dumps({"error": message}).encode(), headers=headers)
