"""The polling fallback: the same events as the stream, as cacheable JSON."""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from liveline.blogs.models import LiveBlog
from liveline.live.events import as_dict
from liveline.live.models import Event
from liveline.reader.middleware import mark_fixed_language

POLL_LIMIT = 200


def updates(request: HttpRequest, slug: str) -> JsonResponse:
    """`?after=<event id>`: events since then, oldest first. Without `after`, only the latest id."""
    # A draft blog is not public yet: its events (rendered posts included) stay private.
    blog = get_object_or_404(LiveBlog.objects.exclude(status=LiveBlog.Status.DRAFT), slug=slug)
    response = events_after(request, blog)
    # Many readers polling the same `after` share one cached answer at the CDN, whatever their
    # browser's language (the posts were rendered in the blog's language when written).
    patch_cache_control(response, public=True, max_age=2, stale_while_revalidate=10)
    return mark_fixed_language(response)


def events_after(request: HttpRequest, blog: LiveBlog) -> JsonResponse:
    """The polling answer for `blog`, without caching headers (the reader's and the desk's differ)."""
    raw = request.GET.get("after", "").strip()
    if raw and not (raw.isascii() and raw.isdigit() and len(raw) <= 18):
        return JsonResponse(
            {"error": _("'after' must be an event id (a non-negative whole number).")}, status=400
        )
    latest = Event.objects.filter(blog=blog).order_by("-pk").values_list("pk", flat=True).first() or 0
    after = int(raw) if raw else None
    etag = f'"{blog.pk}-{after if after is not None else "x"}-{latest}"'
    if etag in [tag.strip() for tag in request.headers.get("If-None-Match", "").split(",")]:
        response = JsonResponse({}, status=304)
        response.content = b""
    else:
        events = []
        if after is not None and after < latest:
            rows = Event.objects.filter(blog=blog, pk__gt=after).order_by("pk")[: POLL_LIMIT + 1]
            events = [as_dict(event) for event in rows]
        more = len(events) > POLL_LIMIT
        events = events[:POLL_LIMIT]
        last = events[-1]["id"] if events else max(latest if after is None else after, 0)
        if after is not None and after > latest:
            # The client knows ids this log never had (restored database): tell it to reload.
            last, events = latest, [{"id": latest, "type": "reset"}]
        response = JsonResponse(
            {"blog": blog.slug, "status": blog.status, "events": events, "last_event_id": last, "more": more},
            json_dumps_params={"ensure_ascii": False},
        )
    response["ETag"] = etag
    return response
