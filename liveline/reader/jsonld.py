"""schema.org LiveBlogPosting for search engines, on the first page of a live blog.

The result goes verbatim into `<script type="application/ld+json">`: it is JSON with `<`, `>`
and `&` written as `\\u003c`, `\\u003e`, `\\u0026`, so that a post containing `</script>` or
`<!--` cannot end the element or change how the browser parses it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.http import HttpRequest
from django.utils import translation

from liveline.blogs.models import LiveBlog, Post
from liveline.newsroom.jsonld import facts_markup
from liveline.reader import entries, timeline
from liveline.reader.templatetags.liveline import author_names

_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def script_safe_json(data: Any) -> str:
    """JSON that can sit inside a <script> element whatever its strings contain."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_SAFE)


def blog_posting(post: Post, page_url: str) -> dict[str, Any]:
    """One `liveBlogUpdate`: a post as a BlogPosting anchored in the live page."""
    text = entries.post_text(post)
    item: dict[str, Any] = {
        "@type": "BlogPosting",
        "@id": f"{page_url}#post-{post.pk}",
        "url": f"{page_url}#post-{post.pk}",
        "headline": entries.post_title(post, text),
        "articleBody": text,
        "datePublished": entries.iso(post.published_at),
    }
    if post.edited_at:
        item["dateModified"] = entries.iso(post.edited_at)
    names = author_names(post)
    if names:
        item["author"] = [{"@type": "Person", "name": name} for name in names]
    item.update(facts_markup(post))  # quotations, mentions (newsroom intelligence)
    return item


def live_blog_posting(
    request: HttpRequest, blog: LiveBlog, posts: Iterable[Post], *, modified: datetime | None = None
) -> str:
    """The LiveBlogPosting of `blog` with `posts` (those of the page) as its updates.

    `modified` is the blog's latest change when the caller already knows it.
    """
    page_url = entries.blog_url(request, blog)
    started = blog.coverage_start or blog.created_at
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "@id": page_url,
        "url": page_url,
        "mainEntityOfPage": page_url,
        "headline": blog.title,
        "inLanguage": blog.language,
        "datePublished": entries.iso(started),
        "dateModified": entries.iso(modified or timeline.state(blog).modified),
        "coverageStartTime": entries.iso(started),
    }
    if blog.description:
        data["description"] = blog.description
    if blog.status == LiveBlog.Status.ENDED and blog.coverage_end:
        data["coverageEndTime"] = entries.iso(blog.coverage_end)
    with translation.override(blog.language):
        data["liveBlogUpdate"] = [blog_posting(post, page_url) for post in posts]
    return script_safe_json(data)
