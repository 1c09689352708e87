"""How desk views find what the signed-in user may see; the rules live in accounts.permissions.

A blog the user is not a member of does not exist for them (404), so the desk never confirms
that a slug is in use; a member lacking the role for an action gets 403.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.cache import never_cache

from liveline.accounts import permissions
from liveline.blogs.models import LiveBlog, Post


def desk_view(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Signed-in only, never cached, and each visit pushes the session's expiry further.

    The expiry slides on desk pages only: reader pages may be cached publicly and must not
    carry a Set-Cookie header.
    """

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        request.session.modified = True
        return view(request, *args, **kwargs)

    return login_required(never_cache(wrapper))


def member_blog(request: HttpRequest, slug: str) -> tuple[LiveBlog, str]:
    """The blog and the user's role on it; 404 when the user is not a member."""
    blog = get_object_or_404(LiveBlog, slug=slug)
    role = permissions.role_for(request.user, blog)
    if role is None:
        raise Http404
    return blog, role


def blog_post(blog: LiveBlog, post_id: int) -> Post:
    return get_object_or_404(Post.objects.select_related("blog"), pk=post_id, blog=blog)


def require(allowed: bool) -> None:
    if not allowed:
        raise PermissionDenied
