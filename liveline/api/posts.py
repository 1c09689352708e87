"""/api/blogs/<slug>/posts: list, create, read, change and delete posts.

Every write goes through liveline.blogs.domain, so the post, its revision and its live event
are committed together. Checks run in one order for every operation: token (401), can the
viewer see the blog and the post (404), may they make this change (403), is it valid (422),
is their version current (409).
"""

from __future__ import annotations

from typing import Any, Literal

from django.db import transaction
from django.db.models import Q, QuerySet
from django.db.models.functions import Coalesce
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from ninja import Path, Query, Router, Status

from liveline.accounts import permissions
from liveline.api.auth import OPTIONAL_SECURITY, bearer, optional_bearer
from liveline.api.blogs import Slug, get_blog
from liveline.api.errors import Forbidden, NotFound, invalid, post_errors
from liveline.api.schemas import MAX_ID, PostCreate, PostList, PostOut, PostPatch, responses
from liveline.api.serializers import post_out
from liveline.blogs import domain
from liveline.blogs.models import LiveBlog, Post

router = Router(tags=["posts"])

PostId = Path(..., ge=1, le=MAX_ID, description="The post's id.", examples=[42])
StatusFilter = Query("published", description="Members may also ask for draft, scheduled, deleted or all posts.")
Before = Query(None, ge=1, le=MAX_ID, description="A post id (next_before of the previous page): the posts after it.")
Limit = Query(20, ge=1, le=100, description="How many posts to return.")
VersionParam = Query(None, ge=1, le=MAX_ID, description="If given, refuse (409) when the post changed since.")
ListStatus = Literal["published", "draft", "scheduled", "deleted", "all"]

NOT_A_MEMBER = gettext_noop("Only members of this live blog can change it.")


def _posts(blog: LiveBlog) -> QuerySet[Post]:
    return Post.objects.filter(blog=blog).select_related("blog", "extraction").prefetch_related("authors")


def get_post(request: HttpRequest, blog: LiveBlog, post_id: int) -> Post:
    """The post if the viewer may see it; an unpublished post is a 404 for outsiders."""
    post = _posts(blog).filter(pk=post_id).first()
    if post is None or not permissions.can_view_post(request.auth, post):
        raise NotFound(_("There is no post %(id)s in this live blog.") % {"id": post_id})
    return post


def _fresh(post: Post) -> Post:
    return _posts(post.blog).get(pk=post.pk)


def _require(allowed: bool, message: str) -> None:
    if not allowed:
        raise Forbidden(message)


@router.get("/blogs/{slug}/posts", response=responses(200, PostList, 401, 403, 404, 422), auth=optional_bearer,
            openapi_extra=OPTIONAL_SECURITY, operation_id="list_posts")
def list_posts(
    request: HttpRequest,
    slug: str = Slug,
    status: ListStatus = StatusFilter,
    before: int | None = Before,
    limit: int = Limit,
) -> dict[str, Any]:
    """Posts newest first: by publication time, as on the reader page (never-published posts by creation)."""
    blog = get_blog(request, slug)
    if status != Post.Status.PUBLISHED:
        _require(permissions.can_view_unpublished(request.auth, blog),
                 _("Only members of this live blog can see posts that are not published."))
    posts = _posts(blog).annotate(sort_at=Coalesce("published_at", "created_at"))
    if status != "all":
        posts = posts.filter(status=status)
    if before is not None:
        anchor = posts.filter(pk=before).first()
        if anchor is None:
            raise invalid("before", _("There is no post %(id)s in this list.") % {"id": before})
        posts = posts.filter(Q(sort_at__lt=anchor.sort_at) | Q(sort_at=anchor.sort_at, pk__lt=anchor.pk))
    page = list(posts.order_by("-sort_at", "-pk")[: limit + 1])
    more = len(page) > limit
    page = page[:limit]
    return {"posts": [post_out(request, post) for post in page], "next_before": page[-1].pk if more else None}


@router.post("/blogs/{slug}/posts", response=responses(201, PostOut, 400, 401, 403, 404, 422), auth=bearer,
             operation_id="create_post")
def create_post(request: HttpRequest, payload: PostCreate, slug: str = Slug) -> Status:
    """Publish a post now, schedule it (status scheduled + publish_at) or save a draft."""
    blog = get_blog(request, slug)
    user = request.auth
    status = payload.status
    if payload.publish_at is not None and "status" not in payload.model_fields_set:
        status = Post.Status.SCHEDULED
    role = permissions.role_for(user, blog)  # read once for the three questions below
    _require(role is not None, _(NOT_A_MEMBER))
    _require(permissions.role_may_create_post(role, status),
             _("Contributors save drafts; an editor of this live blog publishes them."))
    if payload.pinned or payload.key_event is not None:
        _require(permissions.role_may_publish(role), _("Only editors can pin posts and mark key events."))
    _check_publish_at(status, payload.publish_at)
    with post_errors():
        post = domain.create_post(
            blog, kind=payload.kind, body=payload.body, data=payload.content, authors=[user], status=status,
            scheduled_for=payload.publish_at, pinned=payload.pinned, key_event=payload.key_event is not None,
            headline=payload.key_event or "",
        )
    # The post as the domain wrote it (its blog, authors and extraction included) is what a GET
    # would read back: answered from memory, not read again.
    return Status(201, post_out(request, post))


def _check_publish_at(status: str, publish_at: Any) -> None:
    if status == Post.Status.SCHEDULED and publish_at is None:
        raise invalid("publish_at", _("Give the time the post should be published."))
    if status != Post.Status.SCHEDULED and publish_at is not None:
        raise invalid("publish_at", _("Only a scheduled post has a publication time; set status to scheduled."))
    # A time in the past would let the scheduler slip a post into the timeline behind older ones.
    if publish_at is not None and publish_at <= timezone.now():
        raise invalid("publish_at", _("Choose a time in the future."))


@router.get("/blogs/{slug}/posts/{post_id}", response=responses(200, PostOut, 401, 404, 422), auth=optional_bearer,
            openapi_extra=OPTIONAL_SECURITY, operation_id="get_post")
def read_post(request: HttpRequest, slug: str = Slug, post_id: int = PostId) -> dict[str, Any]:
    """One post; drafts, scheduled and deleted posts only for members."""
    return post_out(request, get_post(request, get_blog(request, slug), post_id))


CONTENT = {"kind": "kind", "body": "body", "content": "data", "publish_at": "scheduled_for"}


@router.patch("/blogs/{slug}/posts/{post_id}", response=responses(200, PostOut, 400, 401, 403, 404, 409, 422),
              auth=bearer, operation_id="update_post")
def update_post(request: HttpRequest, payload: PostPatch, slug: str = Slug, post_id: int = PostId) -> dict[str, Any]:
    """Edit, publish, pin/unpin, mark as key event or restore a post; send the `version` you edited.

    All the changes of one request are applied together or not at all.
    """
    blog = get_blog(request, slug)
    post = get_post(request, blog, post_id)
    user = request.auth
    _require(permissions.is_member(user, blog), _(NOT_A_MEMBER))
    changes = payload.model_dump(exclude_unset=True)
    version = changes.pop("version")
    edits = {CONTENT[name]: changes[name] for name in CONTENT if name in changes}
    if "publish_at" in edits:
        if post.status != Post.Status.SCHEDULED:
            raise invalid("publish_at", _("Only a scheduled post has a publication time."))
        _check_publish_at(Post.Status.SCHEDULED, edits["scheduled_for"])
    if edits or "correction_note" in changes:
        _require(permissions.can_edit_post(user, post),
                 _("Contributors can only change their own drafts; ask an editor of this live blog."))
    if "key_event" in changes:
        headline = changes["key_event"]
        edits["key_event"], edits["headline"] = headline is not None, headline or ""
        if (edits["key_event"], edits["headline"].strip()) != (post.key_event, post.headline):
            _require(permissions.can_publish(user, blog), _("Only editors can mark key events."))
    pin = changes.get("pinned")
    if pin is not None and pin != post.pinned:
        _require(permissions.can_pin(user, post), _("Only editors can pin and unpin posts."))
    restore, publish = _status_change(user, post, changes.get("status"))
    if version != post.version:  # also caught under the lock by the domain; this covers a no-op request
        raise domain.VersionConflict(post)

    with transaction.atomic(), post_errors():
        if restore:
            post = domain.restore_post(post)
        if edits or "correction_note" in changes:
            post = domain.edit_post(post, version=post.version, by=user,
                                    correction_note=changes.get("correction_note"), **edits)
        if publish and post.status in {Post.Status.DRAFT, Post.Status.SCHEDULED}:
            post = domain.publish_post(post, version=post.version)
        if pin is not None:
            post = domain.set_pinned(post, pin, version=post.version)
    return post_out(request, _fresh(post))


def _status_change(user: Any, post: Post, status: str | None) -> tuple[bool, bool]:
    """(restore first?, publish?) for a requested status, after checking the user may do it."""
    if status is None or status == post.status:
        return False, False
    if post.status == Post.Status.DELETED:
        if status == Post.Status.DRAFT and post.published_at is not None:
            raise invalid("status", _("This post was published; restore it with status published."))
        _require(permissions.can_restore_post(user, post), _("Only editors can restore this post."))
        if status == Post.Status.PUBLISHED:
            _require(permissions.can_publish(user, post.blog), _("Only editors can publish posts."))
        return True, status == Post.Status.PUBLISHED
    if status == Post.Status.PUBLISHED:
        _require(permissions.can_publish(user, post.blog), _("Only editors can publish posts."))
        return False, True
    raise invalid("status", _("A published or scheduled post cannot go back to draft; delete it instead."))


@router.delete("/blogs/{slug}/posts/{post_id}", response=responses(200, PostOut, 401, 403, 404, 409, 422),
               auth=bearer, operation_id="delete_post")
def delete_post(
    request: HttpRequest,
    slug: str = Slug,
    post_id: int = PostId,
    version: int | None = VersionParam,
) -> dict[str, Any]:
    """Hide a post from readers (it disappears from open pages); the row stays and can be restored."""
    blog = get_blog(request, slug)
    post = get_post(request, blog, post_id)
    user = request.auth
    _require(permissions.is_member(user, blog), _(NOT_A_MEMBER))
    _require(permissions.can_delete_post(user, post),
             _("Contributors can only delete their own drafts; ask an editor of this live blog."))
    post = domain.delete_post(post, version=version)
    return post_out(request, _fresh(post))
