"""The desk timeline, live: colleagues' posts, edits, deletions and pins appear without a reload.

The blog screen follows the same event stream as readers (static/liveline/stream.js). For each
post event, static/desk/live.js asks `item` here for the post's desk item: the reader's fragment
with the actions this journalist may take on it, CSRF tokens and all, so every button works
exactly as on a freshly loaded page.
"""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.views.decorators.http import require_safe

from liveline.accounts import permissions
from liveline.blogs.models import LiveBlog, Post
from liveline.desk.access import blog_post, desk_view, member_blog
from liveline.live.models import Event


def last_event_id(blog: LiveBlog) -> int:
    """Where the desk's stream starts; read before the timeline, so no event falls in between."""
    return Event.objects.filter(blog=blog).order_by("-id").values_list("id", flat=True).first() or 0


def section_of(request: HttpRequest, post: Post) -> str | None:
    """The timeline section the post is listed in on this user's blog screen (None: not listed)."""
    if post.status == Post.Status.PUBLISHED:
        return "published"
    if post.status in {Post.Status.DRAFT, Post.Status.SCHEDULED}:
        return "pending"
    return "deleted" if permissions.can_publish(request.user, post.blog) else None


@require_safe
@desk_view
def item(request: HttpRequest, slug: str, post_id: int) -> JsonResponse:
    """{"section", "html"}: the post's desk item as the blog screen would list it now."""
    blog, _role = member_blog(request, slug)
    post = blog_post(blog, post_id)
    section = section_of(request, post)
    html = ""
    if section is not None:
        from liveline.desk.posts import _item  # posts imports this module for last_event_id

        with timezone.override(blog.tzinfo):
            html = render_to_string("desk/_timeline_item.html", {"item": _item(request, post), "blog": blog},
                                    request=request)
    return JsonResponse({"post_id": post.pk, "section": section, "version": post.version, "html": html.strip()})
