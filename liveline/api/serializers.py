"""Blogs and posts as the API shows them (dicts matching schemas.BlogOut and schemas.PostOut)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse

from liveline.blogs.models import LiveBlog, Post
from liveline.newsroom.api import extracted_out


def absolute_url(request: HttpRequest, path: str) -> str:
    # The configured public URL wins: behind a proxy the request's host may be an internal one.
    if settings.PUBLIC_URL:
        return settings.PUBLIC_URL + path
    return request.build_absolute_uri(path)


def blog_out(request: HttpRequest, blog: LiveBlog) -> dict[str, Any]:
    return {
        "slug": blog.slug,
        "title": blog.title,
        "description": blog.description,
        "language": blog.language,
        "timezone": blog.timezone,
        "status": blog.status,
        "coverage_start": blog.coverage_start,
        "coverage_end": blog.coverage_end,
        "created_at": blog.created_at,
        "updated_at": blog.updated_at,
        "url": absolute_url(request, reverse("reader:blog", args=[blog.slug])),
    }


def post_out(request: HttpRequest, post: Post) -> dict[str, Any]:
    """The post as members see it; callers decide whether the viewer may see it at all."""
    url = None
    if post.status == Post.Status.PUBLISHED:
        url = absolute_url(request, reverse("reader:post", args=[post.blog.slug, post.pk]))
    return {
        "id": post.pk,
        "blog": post.blog.slug,
        "kind": post.kind,
        "body": post.body,
        "html": post.html,
        "content": post.data,
        "status": post.status,
        "published_at": post.published_at,
        "publish_at": post.scheduled_for,
        "edited_at": post.edited_at,
        "created_at": post.created_at,
        "updated_at": post.updated_at,
        "pinned": post.pinned,
        "key_event": post.key_event_headline,
        "correction_note": post.correction_note,
        "version": post.version,
        "authors": [
            {"username": user.get_username(), "name": user.get_full_name() or user.get_username()}
            for user in post.byline()
        ],
        "url": url,
        "extracted": extracted_out(post),
    }
