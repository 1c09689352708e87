"""Which posts a reader page shows: newest first, with a cursor that stays correct while posts
are published, edited and deleted (a post's published_at never changes, and a deleted post
keeps its row, so "older than post N" always means the same place in the timeline).

Also the blog's public *state*: every change readers can see appends an event to the blog's
log, so the newest event id (with the blog row's own timestamp) names one version of every
public page of the blog. The page, the post pages and the feeds validate HTTP caches with it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date

from liveline import __version__
from liveline.blogs.models import LiveBlog, Post
from liveline.live.models import Event
from liveline.reader.middleware import mark_fixed_language


class BadCursor(ValueError):
    """A `?before` / `?at` value that names no place in this blog's timeline."""


def published(blog: LiveBlog) -> QuerySet[Post]:
    return (
        Post.objects.filter(blog=blog, status=Post.Status.PUBLISHED)
        .select_related("blog", "extraction")
        .prefetch_related("authors")
        .order_by("-published_at", "-id")
    )


@dataclass
class Page:
    posts: list[Post]
    older_cursor: int | None  # post id to pass as ?before= for the next page
    is_first: bool


def _anchor(blog: LiveBlog, raw: str) -> Post:
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 18):
        raise BadCursor(raw)
    # A deleted post is still a valid anchor: a reader holding page 1's "older" link must land
    # in the same place even if that post was removed since.
    post = Post.objects.filter(blog=blog, pk=int(raw), published_at__isnull=False).first()
    if post is None:
        raise BadCursor(raw)
    return post


def page(blog: LiveBlog, *, before: str | None = None, at: str | None = None, size: int | None = None) -> Page:
    """The first page, the page after `before` (exclusive), or the page starting `at` a post."""
    if before and at:
        raise BadCursor("before and at together")
    size = size or settings.PAGE_SIZE
    qs = published(blog)
    if before or at:
        anchor = _anchor(blog, before or at or "")
        older = Q(published_at__lt=anchor.published_at) | Q(published_at=anchor.published_at, id__lt=anchor.pk)
        if at:
            older |= Q(pk=anchor.pk)
        qs = qs.filter(older)
    posts = list(qs[: size + 1])
    more = len(posts) > size
    posts = posts[:size]
    return Page(posts, posts[-1].pk if more and posts else None, not (before or at))


def latest(blog: LiveBlog, count: int) -> list[Post]:
    return list(published(blog)[:count])


def pinned(blog: LiveBlog) -> Post | None:
    return published(blog).filter(pinned=True).first()


def key_events(blog: LiveBlog) -> list[Post]:
    """Every published key event, newest first, wherever it sits in the pages."""
    return list(published(blog).filter(key_event=True))


# --- the blog's public state and HTTP caching -------------------------------------------------


@dataclass(frozen=True)
class State:
    last_event_id: int
    modified: datetime  # the latest change readers can see

    def etag(self, blog: LiveBlog) -> str:
        # The code version is in it so a deploy with new templates does not answer 304.
        return f'"{__version__}-{blog.pk}-{self.last_event_id}-{int(self.modified.timestamp())}"'


def state(blog: LiveBlog) -> State:
    row = Event.objects.filter(blog=blog).order_by("-pk").values_list("pk", "created_at").first()
    if row is None:
        return State(0, blog.updated_at)
    return State(row[0], max(row[1], blog.updated_at))


def cached(
    request: HttpRequest,
    blog: LiveBlog,
    build: Callable[[State], HttpResponse],
    *,
    max_age: int,
    stale_while_revalidate: int,
) -> HttpResponse:
    """Answer 304 when the client (or a CDN) already holds the current version, else `build` it.

    Public pages get `Cache-Control: public` with a short max-age: many readers share one
    cached copy, and the live stream repairs a slightly stale page from its last event id.
    Every answer is in the blog's language, 304s included (a 304 updates the headers a cache
    stored, so it must not carry the visitor's language instead).
    """
    current = state(blog)
    if blog.status == LiveBlog.Status.DRAFT:
        # Only staff see a draft: it must never reach a shared cache.
        response = build(current)
        patch_cache_control(response, private=True, no_store=True)
        return _in_language(response, blog)
    etag = current.etag(blog)
    last_modified = int(current.modified.timestamp())
    response = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if response is None:
        response = build(current)
    elif response.status_code == 412:  # a failed If-Match: nothing to cache
        return response
    if response.status_code in (200, 304):
        response["ETag"] = etag
        response["Last-Modified"] = http_date(last_modified)
    patch_cache_control(response, public=True, max_age=max_age, stale_while_revalidate=stale_while_revalidate)
    return _in_language(response, blog)


def _in_language(response: HttpResponse, blog: LiveBlog) -> HttpResponse:
    response["Content-Language"] = blog.language
    return mark_fixed_language(response)
