"""The contributions queue: contributors submit drafts, editors publish them or send them back.

Publishing a submission is the timeline's "Publish now" (`posts.publish`); editing it is the
ordinary edit screen. State changes go through liveline.blogs.domain.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from liveline.accounts import permissions
from liveline.blogs import domain
from liveline.blogs.models import LiveBlog, Post
from liveline.blogs.rendering import render_post_fragment
from liveline.desk.access import blog_post, desk_view, member_blog, require
from liveline.desk.posts import _apply, _posted_version


def _queue_page(request: HttpRequest, blog: LiveBlog, errors: dict[int, list[str]] | None = None,
                typed: dict[int, str] | None = None, status: int = 200) -> HttpResponse:
    submissions = (Post.objects.filter(blog=blog, status=Post.Status.DRAFT, review=Post.Review.SUBMITTED)
                   .select_related("blog").prefetch_related("authors").order_by("submitted_at", "pk"))
    errors, typed = errors or {}, typed or {}
    items = [{"post": post, "html": render_post_fragment(post), "errors": errors.get(post.pk, []),
              "comment": typed.get(post.pk, "")} for post in submissions]
    return render(request, "desk/review_queue.html", {"blog": blog, "items": items}, status=status)


@desk_view
def queue(request: HttpRequest, slug: str) -> HttpResponse:
    blog, _role = member_blog(request, slug)
    require(permissions.can_review(request.user, blog))
    with timezone.override(blog.tzinfo):
        return _queue_page(request, blog)


@require_POST
@desk_view
def submit(request: HttpRequest, slug: str, post_id: int) -> HttpResponse:
    blog, _role = member_blog(request, slug)
    post = blog_post(blog, post_id)
    require(permissions.can_submit_for_review(request.user, post))
    return _apply(request, blog, post, lambda: domain.submit_for_review(post, version=_posted_version(request)),
                  _("Submitted: the editors will review it."),
                  conflict=_("Someone changed this draft meanwhile; nothing was done. Check it and try again."))


@require_POST
@desk_view
def send_back(request: HttpRequest, slug: str, post_id: int) -> HttpResponse:
    blog, _role = member_blog(request, slug)
    post = blog_post(blog, post_id)
    require(permissions.can_review(request.user, blog))
    comment = request.POST.get("comment", "")
    try:
        domain.send_back(post, version=_posted_version(request), comment=comment)
    except domain.VersionConflict:
        messages.warning(request, _("The contributor changed this draft meanwhile; nothing was done. "
                                    "Read it again before sending it back."))
    except ValidationError as exc:
        # Next to the comment box of that submission, with what was typed kept.
        with timezone.override(blog.tzinfo):
            return _queue_page(request, blog, {post.pk: exc.messages}, {post.pk: comment}, status=400)
    else:
        messages.success(request, _("Sent back to the contributor with your comment."))
    return redirect("desk:review", slug=blog.slug)
