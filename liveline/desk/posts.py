"""One screen per live blog: the compose pane, the timeline, and the actions on each post.

Every change goes through liveline.blogs.domain. Edits carry the version the journalist
started from; when someone saved in between, the conflict screen shows both versions and
keeps the journalist's text, so nothing is lost and nothing is silently overwritten.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from liveline.accounts import permissions
from liveline.blogs import domain
from liveline.blogs.models import LiveBlog, Post
from liveline.blogs.rendering import render_post_fragment
from liveline.desk import autosave
from liveline.desk.access import blog_post, desk_view, member_blog, require
from liveline.desk.forms import COMPOSE_FORMS, EDIT_FORMS, PostForm, TextForm, add_domain_errors
from liveline.desk.live import last_event_id

TIMELINE_SIZE = 50
ERROR_ALIASES = {"scheduled_for": "publish_at"}


def _item(request: HttpRequest, post: Post) -> dict[str, Any]:
    """A post as the reader sees it, with the actions this user may take on it."""
    user = request.user
    return {
        "post": post,
        "html": render_post_fragment(post),
        "can_edit": post.status != Post.Status.DELETED and permissions.can_edit_post(user, post),
        "can_delete": post.status != Post.Status.DELETED and permissions.can_delete_post(user, post),
        "can_restore": post.status == Post.Status.DELETED and permissions.can_restore_post(user, post),
        "can_pin": post.is_published and permissions.can_pin(user, post),
        "can_publish": post.status in {Post.Status.DRAFT, Post.Status.SCHEDULED}
        and permissions.can_publish(user, post.blog),
    }


def _blog_screen(request: HttpRequest, blog: LiveBlog, role: str, form: PostForm, status: int = 200) -> HttpResponse:
    since = last_event_id(blog)  # before the timeline is read: the live desk misses no event in between
    posts = Post.objects.filter(blog=blog).select_related("blog").prefetch_related("authors")
    sections = [
        ("pending", _("Drafts and scheduled posts"),
         posts.filter(status__in=[Post.Status.DRAFT, Post.Status.SCHEDULED]).order_by("-updated_at")),
        ("published", _("Published"),
         posts.filter(status=Post.Status.PUBLISHED).order_by("-published_at", "-id")[:TIMELINE_SIZE]),
    ]
    if permissions.can_publish(request.user, blog):
        sections.append(("deleted", _("Deleted posts"),
                         posts.filter(status=Post.Status.DELETED).order_by("-updated_at")[:20]))
    context = {
        "blog": blog, "role": role, "form": form, "kinds": COMPOSE_FORMS.values(),
        "can_publish": permissions.can_publish(request.user, blog),
        "can_edit_blog": permissions.can_edit_blog(request.user, blog),
        "last_event_id": since,
        "sections": [(key, title, [_item(request, p) for p in qs]) for key, title, qs in sections],
    }
    return render(request, "desk/blog.html", context, status=status)


@desk_view
def blog_screen(request: HttpRequest, slug: str) -> HttpResponse:
    blog, role = member_blog(request, slug)
    with timezone.override(blog.tzinfo):
        return _blog_screen(request, blog, role, autosave.compose_form(request, blog))


def _status_for(action: str) -> str:
    return {"publish": Post.Status.PUBLISHED, "schedule": Post.Status.SCHEDULED}.get(action, Post.Status.DRAFT)


@require_POST
@desk_view
def compose(request: HttpRequest, slug: str) -> HttpResponse:
    """Create a post: a draft, scheduled, or published at once (the submit button says which)."""
    blog, role = member_blog(request, slug)
    form_class = COMPOSE_FORMS.get(request.POST.get("kind", ""), TextForm)
    can_publish = permissions.can_publish(request.user, blog)
    action = request.POST.get("action", "draft")
    status = _status_for(action)
    require(permissions.can_create_post(request.user, blog, status))
    with timezone.override(blog.tzinfo):
        form = form_class(request.POST, request.FILES, can_publish=can_publish)
        form.uploader = (blog, request.user)  # recorded with an uploaded image
        if form.is_valid() and (status != Post.Status.SCHEDULED or form.check_schedule()):
            kind, body, data = form.content()
            try:
                post = domain.create_post(
                    blog, kind=kind, body=body, data=data, authors=[request.user], status=status,
                    scheduled_for=form.cleaned_data.get("publish_at") if status == Post.Status.SCHEDULED else None,
                    pinned=bool(form.cleaned_data.get("pinned")) and status == Post.Status.PUBLISHED,
                    key_event=form.cleaned_data["key_event"], headline=form.cleaned_data["headline"],
                )
            except ValidationError as exc:
                add_domain_errors(form, exc, ERROR_ALIASES)
            else:
                autosave.clear(request.user, blog, kind=form.kind)
                if kind != form.kind:
                    messages.info(request, _("This address is not from a platform Liveline can embed: "
                                             "it became a “read also” link."))
                messages.success(request, {
                    Post.Status.PUBLISHED: _("Published."),
                    Post.Status.SCHEDULED: _("Scheduled."),
                    Post.Status.DRAFT: _("Draft saved."),
                }[post.status])
                return redirect(reverse("desk:blog", args=[blog.slug]) + f"?kind={form.kind}")
        return _blog_screen(request, blog, role, form, status=400)


def _edit_page(request: HttpRequest, post: Post, form: PostForm, status: int = 200) -> HttpResponse:
    return render(request, "desk/post_edit.html", {
        "blog": post.blog, "post": post, "form": form, "html": render_post_fragment(post),
        "can_publish": permissions.can_publish(request.user, post.blog),
    }, status=status)


def _conflict_page(request: HttpRequest, current: Post, form_class: type[PostForm]) -> HttpResponse:
    """Theirs (stored now) beside yours (as submitted, re-based on the current version)."""
    data = request.POST.copy()
    data["version"] = str(current.version)
    yours = form_class(data, post=current, can_publish=permissions.can_publish(request.user, current.blog))
    yours.is_valid()
    theirs = form_class(initial=form_class.initial_for(current), post=current)
    return render(request, "desk/conflict.html", {
        "blog": current.blog, "post": current, "form": yours, "theirs": theirs,
        "html": render_post_fragment(current), "deleted": current.status == Post.Status.DELETED,
        "can_publish": permissions.can_publish(request.user, current.blog),
    }, status=409)


@desk_view
def edit(request: HttpRequest, slug: str, post_id: int) -> HttpResponse:
    blog, _role = member_blog(request, slug)
    post = blog_post(blog, post_id)
    require(post.status != Post.Status.DELETED and permissions.can_edit_post(request.user, post))
    form_class = EDIT_FORMS[post.kind]
    can_publish = permissions.can_publish(request.user, blog)
    with timezone.override(blog.tzinfo):
        if request.method != "POST":
            return _edit_page(request, post, autosave.edit_form(request, post, form_class, can_publish))
        form = form_class(request.POST, post=post, can_publish=can_publish)
        publish = request.POST.get("action") == "publish" and can_publish
        if not form.is_valid():
            return _edit_page(request, post, form, status=400)
        if "version" not in request.POST or form.cleaned_data.get("version") is None:
            form.add_error(None, _("This form is missing the post's version; reload the page."))
            return _edit_page(request, post, form, status=400)
        kind, body, data = form.content()
        changes: dict[str, Any] = {"kind": kind, "body": body, "data": data,
                                   "key_event": form.cleaned_data["key_event"],
                                   "headline": form.cleaned_data["headline"]}
        if "publish_at" in form.fields and not publish:
            if not form.check_schedule():
                return _edit_page(request, post, form, status=400)
            changes["scheduled_for"] = form.cleaned_data["publish_at"]
        note = form.cleaned_data.get("correction_note") if "correction_note" in form.fields else None
        try:
            post = domain.edit_post(post, version=form.cleaned_data["version"], by=request.user,
                                    correction_note=note or None, **changes)
            if publish:
                post = domain.publish_post(post, version=post.version)
        except domain.VersionConflict as exc:
            return _conflict_page(request, exc.current, form_class)
        except ValidationError as exc:
            add_domain_errors(form, exc, ERROR_ALIASES)
            return _edit_page(request, post, form, status=400)
    autosave.clear(request.user, blog, post)
    messages.success(request, _("Published.") if publish else _("Saved."))
    return redirect(reverse("desk:blog", args=[blog.slug]) + f"#post-{post.pk}")


@desk_view
def delete(request: HttpRequest, slug: str, post_id: int) -> HttpResponse:
    """A confirmation page; the POST deletes (the post stays restorable by an editor)."""
    blog, _role = member_blog(request, slug)
    post = blog_post(blog, post_id)
    require(post.status != Post.Status.DELETED and permissions.can_delete_post(request.user, post))
    if request.method == "POST":
        try:
            domain.delete_post(post, version=_posted_version(request))
        except domain.VersionConflict as exc:
            post = exc.current
            messages.warning(request, _("Someone changed this post meanwhile. Check it is still the one to delete."))
        else:
            messages.success(request, _("Deleted. An editor can restore it from “Deleted posts”."))
            return redirect("desk:blog", slug=blog.slug)
    with timezone.override(blog.tzinfo):
        context = {"blog": blog, "post": post, "html": render_post_fragment(post)}
        return render(request, "desk/post_delete.html", context)


def _posted_version(request: HttpRequest) -> int:
    try:
        return int(request.POST["version"])
    except (KeyError, ValueError):
        return -1  # a form without a usable version can only be stale: the domain refuses it


def _apply(request: HttpRequest, blog: LiveBlog, post: Post, change, done: str, conflict: str | None = None
           ) -> HttpResponse:
    """Run a one-click timeline action, turning refusals into a message on the blog screen."""
    try:
        change()
    except domain.VersionConflict:
        messages.warning(request, conflict or _("Someone changed this post meanwhile; nothing was done. "
                                                "Check it and try again."))
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
    else:
        messages.success(request, done)
    return redirect(reverse("desk:blog", args=[blog.slug]) + f"#post-{post.pk}")


@require_POST
@desk_view
def pin(request: HttpRequest, slug: str, post_id: int) -> HttpResponse:
    blog, _role = member_blog(request, slug)
    post = blog_post(blog, post_id)
    require(permissions.can_pin(request.user, post))
    pinned = request.POST.get("pinned") == "1"
    return _apply(request, blog, post, lambda: domain.set_pinned(post, pinned, version=_posted_version(request)),
                  _("Pinned as the summary.") if pinned else _("Unpinned."))


@require_POST
@desk_view
def key_event(request: HttpRequest, slug: str, post_id: int) -> HttpResponse:
    blog, _role = member_blog(request, slug)
    post = blog_post(blog, post_id)
    require(post.status != Post.Status.DELETED and permissions.can_publish(request.user, blog))
    on = request.POST.get("key_event") == "1"
    headline = request.POST.get("headline", post.headline).strip()
    if on and not headline:
        # The headline is the one thing missing: the edit form asks for it next to its field.
        form_class = EDIT_FORMS[post.kind]
        with timezone.override(blog.tzinfo):
            initial = {**form_class.initial_for(post), "key_event": True, "headline": ""}
            form = form_class(initial | {"version": post.version}, post=post, can_publish=True)
            form.is_valid()
            return _edit_page(request, post, form, status=400)
    # Marking a key event is an editor's option, not authorship: `by` stays unset.
    return _apply(request, blog, post,
                  lambda: domain.edit_post(post, version=_posted_version(request), key_event=on, headline=headline),
                  _("Marked as a key event.") if on else _("No longer a key event."))


@require_POST
@desk_view
def publish(request: HttpRequest, slug: str, post_id: int) -> HttpResponse:
    blog, _role = member_blog(request, slug)
    post = blog_post(blog, post_id)
    require(permissions.can_publish(request.user, blog))
    return _apply(request, blog, post, lambda: domain.publish_post(post, version=_posted_version(request)),
                  _("Published."))


@require_POST
@desk_view
def restore(request: HttpRequest, slug: str, post_id: int) -> HttpResponse:
    blog, _role = member_blog(request, slug)
    post = blog_post(blog, post_id)
    require(post.status == Post.Status.DELETED and permissions.can_restore_post(request.user, post))
    return _apply(request, blog, post, lambda: domain.restore_post(post), _("Restored."))
