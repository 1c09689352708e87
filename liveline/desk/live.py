"""The desk timeline, live: colleagues' posts, edits, deletions and pins appear without a reload.

The blog screen follows the blog's event log through the members' channel: `/desk/<slug>/events`
(the stream, answered in asgi.py by live/sse.py, who may follow it decided by `stream_blog`) and
`/desk/<slug>/updates` (its polling fallback). They carry the same events as the public
`/live/<slug>/...` channel, but for members only and for draft blogs too: a newsroom prepares a
blog before readers see it. For each post event, static/desk/live.js asks `item` here for the
post's desk item: the reader's fragment with the actions this journalist may take on it, CSRF
tokens and all, so every button works exactly as on a freshly loaded page.
"""

from __future__ import annotations

from importlib import import_module
from types import SimpleNamespace

from django.conf import settings
from django.contrib.auth import get_user
from django.http import HttpRequest, JsonResponse
from django.http.cookie import parse_cookie
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from liveline.accounts import permissions
from liveline.blogs.models import LiveBlog, Post
from liveline.desk.access import blog_post, desk_view, member_blog
from liveline.live.models import Event
from liveline.live.sse import Refused
from liveline.live.views import events_after


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


def _session_user(headers: list[tuple[bytes, bytes]]):
    """The user signed in with the session cookie among these ASGI headers (or AnonymousUser).

    Django's own `get_user` checks the session: expiry, backend, and the password hash it was
    opened with, so a session ended by a password change does not open the stream.
    """
    cookie = "; ".join(value.decode("latin-1") for name, value in headers if name == b"cookie")
    key = parse_cookie(cookie).get(settings.SESSION_COOKIE_NAME) if cookie else None
    session = import_module(settings.SESSION_ENGINE).SessionStore(key) if key else {}
    return get_user(SimpleNamespace(session=session))


def stream_blog(slug: str, headers: list[tuple[bytes, bytes]]) -> int:
    """The id of the blog whose desk stream a member asks for, drafts included; else Refused.

    Like every desk page, a blog the user is not a member of does not exist for them.
    """
    user = _session_user(headers)
    if not user.is_authenticated:
        raise Refused(403, "Sign in to the desk to follow this live blog as a member.")
    blog = LiveBlog.objects.filter(slug=slug).first()
    if blog is None or permissions.role_for(user, blog) is None:
        raise Refused(404, f"There is no live blog called {slug!r} among your live blogs.")
    return blog.pk


@require_safe
@never_cache
def updates(request: HttpRequest, slug: str) -> JsonResponse:
    """The members' polling fallback: the public `updates` answer, drafts included, never cached."""
    if not request.user.is_authenticated:
        return JsonResponse({"error": _("Sign in to the desk to follow this live blog as a member.")}, status=403)
    blog = LiveBlog.objects.filter(slug=slug).first()
    if blog is None or permissions.role_for(request.user, blog) is None:
        return JsonResponse({"error": _("There is no live blog called “%(slug)s” among your live blogs.")
                             % {"slug": slug}}, status=404)
    return events_after(request, blog)
