"""Template tags of the contributions queue: the count in the desk nav, the submit button."""

from __future__ import annotations

from typing import Any

from django import template

from liveline.accounts import permissions
from liveline.blogs.models import LiveBlog, Post

register = template.Library()


@register.simple_tag(takes_context=True)
def review_queue_size(context: dict[str, Any]) -> int | None:
    """Submissions waiting in the current blog's queue; None when there is no queue for this user here."""
    blog = context.get("blog")
    request = context.get("request")
    if not isinstance(blog, LiveBlog) or request is None or not permissions.can_review(request.user, blog):
        return None
    return Post.objects.filter(blog=blog, status=Post.Status.DRAFT, review=Post.Review.SUBMITTED).count()


@register.simple_tag(takes_context=True)
def can_submit(context: dict[str, Any], post: Post) -> bool:
    request = context.get("request")
    return (request is not None and post.review != Post.Review.SUBMITTED
            and permissions.can_submit_for_review(request.user, post))
