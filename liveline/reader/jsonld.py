"""schema.org LiveBlogPosting for search engines (placeholder, filled in by the reader work)."""

from __future__ import annotations


def live_blog_posting(request, blog, posts) -> str:
    return ""
