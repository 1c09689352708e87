"""A post's revision history, with a readable diff per change, and restoring an old revision.

A PostRevision is the state a published post had before a change; the change itself is the
difference between that state and the next one (the next revision, or the post as it is now).
Restoring goes through `domain.restore_revision`: a new version, never a rewritten history.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from liveline.accounts import permissions
from liveline.blogs import domain
from liveline.blogs.models import Post, PostRevision
from liveline.blogs.rendering import render_post_fragment
from liveline.desk.access import blog_post, desk_view, member_blog, require
from liveline.desk.forms import EDIT_FORMS

# Words, runs of spaces and single punctuation marks: a changed figure shows as that figure only.
TOKEN = re.compile(r"\s+|\w+|[^\w\s]")


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """[(op, text)] with op "equal", "delete" or "insert", word by word."""
    a, b = TOKEN.findall(old or ""), TOKEN.findall(new or "")
    segments: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            segments.append(("equal", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            segments.append(("delete", "".join(a[i1:i2])))
        if j2 > j1:
            segments.append(("insert", "".join(b[j1:j2])))
    return segments


def _state(obj: Post | PostRevision) -> dict[str, Any]:
    return {"kind": obj.kind, "body": obj.body, "headline": obj.headline, **{k: str(v) for k, v in obj.data.items()}}


def _label(kind: str, name: str) -> str:
    if name == "kind":
        return _("Kind of post")
    if name == "headline":
        return _("Key event headline")
    form_class = EDIT_FORMS.get(kind)
    field = form_class.base_fields.get(name) if form_class else None
    return str(field.label) if field is not None else name


def changes(old: Post | PostRevision, new: Post | PostRevision) -> list[dict[str, Any]]:
    """The fields that differ between two states, each with its word diff."""
    before, after = _state(old), _state(new)
    names = ["kind", "body", *sorted((set(before) | set(after)) - {"kind", "body", "headline"}), "headline"]
    return [{"label": _label(new.kind, name), "diff": word_diff(before.get(name, ""), after.get(name, ""))}
            for name in names if before.get(name, "") != after.get(name, "")]


def history_entries(post: Post) -> list[dict[str, Any]]:
    """Newest first: each revision, who replaced it and when, the correction note, and the diff."""
    revisions = list(post.revisions.select_related("edited_by").order_by("-version"))
    entries, newer = [], post
    for revision in revisions:
        note = newer.correction_note if newer.correction_note != revision.correction_note else ""
        entries.append({"revision": revision, "by": revision.edited_by, "at": revision.created_at,
                        "note": note, "newer_version": newer.version, "changes": changes(revision, newer)})
        newer = revision
    return entries


def _history_page(request: HttpRequest, post: Post, status: int = 200) -> HttpResponse:
    return render(request, "desk/history.html", {
        "blog": post.blog, "post": post, "html": render_post_fragment(post), "entries": history_entries(post),
        "can_restore": permissions.can_restore_revision(request.user, post),
    }, status=status)


@desk_view
def history(request: HttpRequest, slug: str, post_id: int) -> HttpResponse:
    blog, _role = member_blog(request, slug)
    post = blog_post(blog, post_id)
    require(permissions.can_view_history(request.user, post))
    with timezone.override(blog.tzinfo):
        return _history_page(request, post)


def _conflict_page(request: HttpRequest, current: Post, revision: PostRevision) -> HttpResponse:
    """Theirs (saved meanwhile) beside the revision being restored, as an editable version of yours."""
    form_class = EDIT_FORMS.get(revision.kind, EDIT_FORMS[current.kind])
    data = {name: revision.data.get(name, "") for name in form_class.content_names}
    data.update(body=revision.body, version=str(current.version), headline=revision.headline or current.headline,
                key_event="on" if current.key_event else "")
    can_publish = permissions.can_publish(request.user, current.blog)
    yours = form_class(data, post=current, can_publish=can_publish)
    yours.is_valid()
    theirs = form_class(initial=form_class.initial_for(current), post=current)
    return render(request, "desk/conflict.html", {
        "blog": current.blog, "post": current, "form": yours, "theirs": theirs,
        "html": render_post_fragment(current), "deleted": current.status == Post.Status.DELETED,
        "can_publish": can_publish,
    }, status=409)


@require_POST
@desk_view
def restore(request: HttpRequest, slug: str, post_id: int, revision_id: int) -> HttpResponse:
    blog, _role = member_blog(request, slug)
    post = blog_post(blog, post_id)
    require(permissions.can_restore_revision(request.user, post))
    revision = get_object_or_404(PostRevision, pk=revision_id, post=post)
    try:
        version = int(request.POST.get("version", ""))
    except ValueError:
        version = -1  # a form without a usable version can only be stale: the domain refuses it
    note = request.POST.get("correction_note", "").strip()
    with timezone.override(blog.tzinfo):
        try:
            post = domain.restore_revision(post, revision, version=version, by=request.user,
                                           correction_note=note or None)
        except domain.VersionConflict as exc:
            return _conflict_page(request, exc.current, revision)
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
            return _history_page(request, post, status=400)
    messages.success(request, _("Version %(version)s was restored as a new version.") % {"version": revision.version})
    return redirect(reverse("desk:blog", args=[blog.slug]) + f"#post-{post.pk}")
