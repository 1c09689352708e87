"""Which posts a reader page shows: newest first, with a cursor that stays correct while posts
are published, edited and deleted (a post's published_at never changes, and a deleted post
keeps its row, so "older than post N" always means the same place in the timeline)."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q, QuerySet

from liveline.blogs.models import LiveBlog, Post


class BadCursor(ValueError):
    pass


def published(blog: LiveBlog) -> QuerySet[Post]:
    return (
        Post.objects.filter(blog=blog, status=Post.Status.PUBLISHED)
        .select_related("blog")
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
    post = Post.objects.filter(blog=blog, pk=int(raw), published_at__isnull=False).first()
    if post is None:
        raise BadCursor(raw)
    return post


def page(blog: LiveBlog, *, before: str | None = None, at: str | None = None, size: int | None = None) -> Page:
    """The first page, the page after `before` (exclusive), or the page starting `at` a post."""
    size = size or settings.PAGE_SIZE
    qs = published(blog)
    if before or at:
        anchor = _anchor(blog, before or at)
        older = Q(published_at__lt=anchor.published_at) | Q(published_at=anchor.published_at, id__lt=anchor.pk)
        if at:
            older |= Q(pk=anchor.pk)
        qs = qs.filter(older)
    posts = list(qs[: size + 1])
    more = len(posts) > size
    posts = posts[:size]
    return Page(posts, posts[-1].pk if more and posts else None, not (before or at))


def pinned(blog: LiveBlog) -> Post | None:
    return published(blog).filter(pinned=True).first()


def key_events(blog: LiveBlog) -> list[Post]:
    return list(published(blog).filter(key_event=True))
