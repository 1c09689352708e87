"""What an event carries, and how it is encoded for the stream and the polling endpoint.

Payloads are built once, in the transaction that writes the change; the stream encodes each
event once and sends the same bytes to every reader.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from liveline.blogs.rendering import render_post_fragment

if TYPE_CHECKING:
    from liveline.blogs.models import LiveBlog, Post
    from liveline.live.models import Event


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def post_payload(post: Post) -> dict[str, Any]:
    return {
        "post_id": post.pk,
        "html": render_post_fragment(post),
        "published_at": _iso(post.published_at),
        "edited_at": _iso(post.edited_at),
        "pinned": post.pinned,
        "key_event": post.key_event_headline,
        "version": post.version,
    }


def blog_payload(blog: LiveBlog) -> dict[str, Any]:
    return {
        "status": blog.status,
        "title": blog.title,
        "description": blog.description,
        "coverage_start": _iso(blog.coverage_start),
        "coverage_end": _iso(blog.coverage_end),
    }


def as_dict(event: Event) -> dict[str, Any]:
    """The JSON object of an event, the same in the SSE `data:` line and in polling responses."""
    return {"id": event.pk, "type": event.type, **event.payload}


def sse_frame(event_id: int, event_type: str, data: dict[str, Any]) -> bytes:
    body = json.dumps({"id": event_id, "type": event_type, **data}, ensure_ascii=False, separators=(",", ":"))
    # JSON never contains a raw newline, so one data: line is enough.
    return f"id: {event_id}\nevent: {event_type}\ndata: {body}\n\n".encode()
