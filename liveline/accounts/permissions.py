"""Who may read and change what, in one place: the API, the desk and the admin all ask here.

Two per-blog roles (Membership): an editor publishes, edits, deletes and pins any post of the
blog and changes the blog itself; a contributor writes drafts and edits or deletes only their
own drafts. A site administrator (is_superuser) counts as an editor of every blog. Anyone may
read a blog that is not a draft and its published posts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from liveline.accounts.models import Membership
from liveline.blogs.models import LiveBlog, Post

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

    Viewer = AbstractBaseUser | AnonymousUser | None

EDITOR = Membership.Role.EDITOR
CONTRIBUTOR = Membership.Role.CONTRIBUTOR


def _is_user(user: Viewer) -> bool:
    return user is not None and user.is_authenticated and user.is_active


def is_site_admin(user: Viewer) -> bool:
    return _is_user(user) and bool(getattr(user, "is_superuser", False))


def role_for(user: Viewer, blog: LiveBlog) -> str | None:
    """The user's role on `blog` ("editor" or "contributor"), or None; site admins are editors."""
    if not _is_user(user):
        return None
    if is_site_admin(user):
        return EDITOR
    return Membership.objects.filter(user=user, blog=blog).values_list("role", flat=True).first()


def is_member(user: Viewer, blog: LiveBlog) -> bool:
    return role_for(user, blog) is not None


def can_create_blog(user: Viewer) -> bool:
    # Staff may open a new live for a breaking story without being site administrators.
    return _is_user(user) and (is_site_admin(user) or bool(getattr(user, "is_staff", False)))


def can_view_blog(user: Viewer, blog: LiveBlog) -> bool:
    return blog.status != LiveBlog.Status.DRAFT or is_member(user, blog)


def can_edit_blog(user: Viewer, blog: LiveBlog) -> bool:
    return role_for(user, blog) == EDITOR


def can_view_unpublished(user: Viewer, blog: LiveBlog) -> bool:
    """Drafts, scheduled and deleted posts are for the newsroom only."""
    return is_member(user, blog)


def can_view_post(user: Viewer, post: Post) -> bool:
    if post.status == Post.Status.PUBLISHED:
        return can_view_blog(user, post.blog)
    return can_view_unpublished(user, post.blog)


def can_create_post(user: Viewer, blog: LiveBlog, status: str = Post.Status.PUBLISHED) -> bool:
    return role_may_create_post(role_for(user, blog), status)


def can_publish(user: Viewer, blog: LiveBlog) -> bool:
    """Publish, schedule, pin and delete any post of the blog."""
    return role_may_publish(role_for(user, blog))


# The same rules from a role already read (role_for): a request that asks several questions
# about one blog reads the membership once.

def role_may_create_post(role: str | None, status: str = Post.Status.PUBLISHED) -> bool:
    return role == EDITOR or (role == CONTRIBUTOR and status == Post.Status.DRAFT)


def role_may_publish(role: str | None) -> bool:
    return role == EDITOR


def can_pin(user: Viewer, post: Post) -> bool:
    return can_publish(user, post.blog)


def _own_draft(user: Viewer, post: Post) -> bool:
    return (post.status == Post.Status.DRAFT and _is_user(user)
            and post.authors.filter(pk=user.pk).exists())


def can_edit_post(user: Viewer, post: Post) -> bool:
    role = role_for(user, post.blog)
    return role == EDITOR or (role == CONTRIBUTOR and _own_draft(user, post))


def can_delete_post(user: Viewer, post: Post) -> bool:
    return can_edit_post(user, post)


def can_restore_post(user: Viewer, post: Post) -> bool:
    # A contributor may bring back a draft of their own they deleted, never a published post.
    role = role_for(user, post.blog)
    if role == EDITOR:
        return True
    return (role == CONTRIBUTOR and post.published_at is None and _is_user(user)
            and post.authors.filter(pk=user.pk).exists())


def can_view_history(user: Viewer, post: Post) -> bool:
    """A post's revisions are the newsroom's: every member may read them."""
    return can_view_unpublished(user, post.blog)


def can_restore_revision(user: Viewer, post: Post) -> bool:
    return post.status != Post.Status.DELETED and can_publish(user, post.blog)


def can_submit_for_review(user: Viewer, post: Post) -> bool:
    """A contributor puts their own draft in the contributions queue; editors publish theirs."""
    return role_for(user, post.blog) == CONTRIBUTOR and _own_draft(user, post)


def can_review(user: Viewer, blog: LiveBlog) -> bool:
    """See the contributions queue, send a submission back (publishing is `can_publish`)."""
    return can_publish(user, blog)


def can_manage_members(user: Viewer, blog: LiveBlog) -> bool:
    """Add, remove and invite members, change their roles, and change the blog's details."""
    return can_edit_blog(user, blog)
