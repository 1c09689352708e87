"""The one front door for every change readers can see.

Publishing, editing, pinning, deleting a post and changing a blog's status are functions here,
called by the API, the desk, the scheduler and the demo alike. Each writes the change and its
event in the per-blog log in one transaction, holding the blog's row lock so that event ids of
one blog are committed in increasing order (the stream's replay relies on it), then tells the
live hub once the transaction has committed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from liveline.blogs.kinds import clean_content
from liveline.blogs.models import LiveBlog, Post, PostRevision
from liveline.blogs.rendering import markdown_to_html
from liveline.live import hub
from liveline.live.events import blog_payload, post_payload
from liveline.live.models import Event

User = AbstractBaseUser


class VersionConflict(Exception):
    """The post changed since the caller read it; `current` is the post as it is now."""

    def __init__(self, current: Post):
        super().__init__(f"post {current.pk} is at version {current.version}")
        self.current = current


class InvalidTransition(ValidationError):
    """A change that makes no sense in the post's current state (e.g. pinning a draft)."""


@contextmanager
def _locked_blog(blog_id: int) -> Iterator[LiveBlog]:
    with transaction.atomic():
        blog = LiveBlog.objects.select_for_update().get(pk=blog_id)
        yield blog
        transaction.on_commit(lambda: hub.notify(blog_id))


def _lock_post(post_id: int) -> Post:
    return Post.objects.select_for_update().select_related("blog").get(pk=post_id)


def _append(blog: LiveBlog, type_: str, post: Post | None = None, payload: dict | None = None) -> Event:
    if payload is None:
        payload = post_payload(post) if post is not None else blog_payload(blog)
    return Event.objects.create(blog=blog, type=type_, post=post, payload=payload)


def _check_version(post: Post, version: int | None) -> None:
    if version is not None and version != post.version:
        raise VersionConflict(post)


# --- blogs -----------------------------------------------------------------------------------


def create_blog(*, slug: str, title: str, description: str = "", language: str = "fr",
                timezone_name: str = "Europe/Paris", status: str = LiveBlog.Status.DRAFT,
                coverage_start: datetime | None = None) -> LiveBlog:
    """Create a blog; `coverage_start` (default: now, when live) is for imports and the demo."""
    blog = LiveBlog(slug=slug, title=title, description=description, language=language,
                    timezone=timezone_name, status=status)
    if status == LiveBlog.Status.LIVE:
        blog.coverage_start = coverage_start or timezone.now()
    blog.full_clean()
    blog.save()
    return blog


BLOG_FIELDS = {"title", "description", "language", "timezone", "status"}


def update_blog(blog: LiveBlog, **changes: Any) -> LiveBlog:
    """Change a blog's details or status (draft → live → ended, and reopen)."""
    unknown = set(changes) - BLOG_FIELDS
    if unknown:
        raise ValidationError({name: [_("This field cannot be changed.")] for name in unknown})
    with _locked_blog(blog.pk) as locked:
        before_status = locked.status
        # Only what really changes: a form sent back as it was tells readers nothing.
        changes = {name: value for name, value in changes.items() if getattr(locked, name) != value}
        for name, value in changes.items():
            setattr(locked, name, value)
        if locked.status != before_status:
            now = timezone.now()
            if locked.status == LiveBlog.Status.LIVE:
                locked.coverage_start = locked.coverage_start or now
                locked.coverage_end = None
            elif locked.status == LiveBlog.Status.ENDED:
                locked.coverage_end = now
        locked.full_clean()
        locked.save()
        if changes:
            _append(locked, Event.Type.BLOG_UPDATED)
    return locked


# --- posts -----------------------------------------------------------------------------------


def create_post(
    blog: LiveBlog,
    *,
    kind: str = Post.Kind.TEXT,
    body: str = "",
    data: dict | None = None,
    authors: Iterable[User] = (),
    status: str = Post.Status.PUBLISHED,
    scheduled_for: datetime | None = None,
    pinned: bool = False,
    key_event: bool = False,
    headline: str = "",
    published_at: datetime | None = None,
) -> Post:
    """Create a post as a draft, scheduled, or published at once (`published_at` for imports)."""
    body, data = clean_content(kind, body, data if data is not None else {})
    _check_headline(key_event, headline)
    if status not in {Post.Status.DRAFT, Post.Status.SCHEDULED, Post.Status.PUBLISHED}:
        raise ValidationError({"status": [_("A new post is a draft, scheduled or published.")]})
    if status == Post.Status.SCHEDULED and scheduled_for is None:
        raise ValidationError({"scheduled_for": [_("Give the time the post should be published.")]})
    if pinned and status != Post.Status.PUBLISHED:
        raise ValidationError({"pinned": [_("Only a published post can be pinned.")]})
    authors = list(authors)
    with _locked_blog(blog.pk) as locked:
        post = Post(
            blog=locked, kind=kind, body=body, data=data, html=markdown_to_html(body), status=status,
            scheduled_for=scheduled_for, key_event=key_event, headline=headline.strip(),
        )
        if status == Post.Status.PUBLISHED:
            _mark_published(post, published_at)
        post.save(force_insert=True)  # published at once: one INSERT, not an INSERT and an UPDATE
        post.authors.add(*authors)
        _new_row_caches(post, authors)
        if status == Post.Status.PUBLISHED:
            _append(locked, Event.Type.POST_PUBLISHED, post)
            if pinned:
                _pin(locked, post)
    return post


def _new_row_caches(post: Post, authors: list) -> None:
    """Tell the ORM what it would otherwise read back about a post inserted a moment ago.

    Its authors are the ones just added, and nothing can point at a row this transaction has
    not committed yet (its newsroom extraction among them). Rendering the post for its event and
    the API's answer then read neither again. Authors given as ids are read when needed.
    """
    if all(isinstance(user, models.Model) for user in authors):
        queryset = post.authors.all()
        queryset._result_cache = list({user.pk: user for user in authors}.values())
        queryset._prefetch_done = True
        post._prefetched_objects_cache = {"authors": queryset}
    for relation in Post._meta.related_objects:
        if relation.one_to_one:
            relation.set_cached_value(post, None)


def _check_headline(key_event: bool, headline: str) -> None:
    if key_event and not (headline or "").strip():
        raise ValidationError({"headline": [_("A key event needs a short headline.")]})
    if len(headline or "") > 200:
        raise ValidationError({"headline": [_("Keep the headline under 200 characters.")]})


def _mark_published(post: Post, published_at: datetime | None = None) -> None:
    post.status = Post.Status.PUBLISHED
    post.published_at = published_at or timezone.now()
    post.scheduled_for = None
    # Published: it leaves the contributions queue (the comment was for the draft).
    post.review, post.review_comment, post.submitted_at = Post.Review.NONE, "", None


def _publish(blog: LiveBlog, post: Post, published_at: datetime | None = None) -> None:
    _mark_published(post, published_at)
    post.save()
    _append(blog, Event.Type.POST_PUBLISHED, post)


def publish_post(post: Post, *, version: int | None = None) -> Post:
    """Publish a draft or a scheduled post now."""
    with _locked_blog(post.blog_id) as blog:
        post = _lock_post(post.pk)
        _check_version(post, version)
        if post.status not in {Post.Status.DRAFT, Post.Status.SCHEDULED}:
            raise InvalidTransition({"status": [_("Only a draft or a scheduled post can be published.")]})
        post.version += 1
        _publish(blog, post)
    return post


def publish_due_posts(now: datetime | None = None) -> list[Post]:
    """Publish every scheduled post whose time has come (run by the scheduler loop)."""
    now = now or timezone.now()
    due = Post.objects.filter(status=Post.Status.SCHEDULED, scheduled_for__lte=now).values_list("pk", flat=True)
    published = []
    for pk in list(due):
        with _locked_blog(Post.objects.get(pk=pk).blog_id) as blog:
            post = _lock_post(pk)
            if post.status != Post.Status.SCHEDULED:  # published by someone else meanwhile
                continue
            post.version += 1
            # The time it really went out: a scheduler running late must not slip the post
            # behind a reader's "older posts" cursor.
            _publish(blog, post, now)
            published.append(post)
    return published


EDITABLE = {"kind", "body", "data", "headline", "key_event", "scheduled_for"}


def edit_post(post: Post, *, version: int | None, by: User | None = None, correction_note: str | None = None,
              **changes: Any) -> Post:
    """Change a post's content or options; `version` is the one the caller edited (None skips the check).

    A published post keeps its previous state as a PostRevision, and readers see it as updated
    (with the public correction note when one is given). `published_at` never changes.
    """
    unknown = set(changes) - EDITABLE
    if unknown:
        raise ValidationError({name: [_("This field cannot be changed here.")] for name in unknown})
    with _locked_blog(post.blog_id) as blog:
        post = _lock_post(post.pk)
        _check_version(post, version)
        if post.status == Post.Status.DELETED:
            raise InvalidTransition({"status": [_("Restore the post before editing it.")]})
        kind = changes.get("kind", post.kind)
        body = changes.get("body", post.body)
        data = changes.get("data", post.data if kind == post.kind else {})
        body, data = clean_content(kind, body, data)
        key_event = changes.get("key_event", post.key_event)
        headline = changes.get("headline", post.headline) or ""
        _check_headline(key_event, headline)
        content_changed = (kind, body, data) != (post.kind, post.body, post.data)
        if correction_note is not None and len(correction_note) > 1000:
            raise ValidationError({"correction_note": [_("Keep the note under 1000 characters.")]})
        if post.is_published:
            PostRevision.objects.create(
                post=post, version=post.version, kind=post.kind, body=post.body, data=post.data,
                html=post.html, headline=post.headline, correction_note=post.correction_note, edited_by=by,
            )
            if content_changed or correction_note:
                post.edited_at = timezone.now()
        if "scheduled_for" in changes and post.status == Post.Status.SCHEDULED:
            if changes["scheduled_for"] is None:
                raise ValidationError({"scheduled_for": [_("Give the time the post should be published.")]})
            post.scheduled_for = changes["scheduled_for"]
        post.kind, post.body, post.data = kind, body, data
        post.html = markdown_to_html(body)
        post.key_event, post.headline = key_event, headline.strip()
        if correction_note is not None:
            post.correction_note = correction_note.strip()
        post.version += 1
        post.save()
        # `by` is kept on the revision; an editor fixing a typo does not become an author.
        if post.is_published:
            _append(blog, Event.Type.POST_UPDATED, post)
    return post


def submit_for_review(post: Post, *, version: int | None) -> Post:
    """Put a draft in the blog's contributions queue (again, after it was sent back)."""
    with _locked_blog(post.blog_id):
        post = _lock_post(post.pk)
        _check_version(post, version)
        if post.status != Post.Status.DRAFT:
            raise InvalidTransition({"status": [_("Only a draft can be submitted for review.")]})
        if post.review == Post.Review.SUBMITTED:
            return post
        post.review, post.submitted_at = Post.Review.SUBMITTED, timezone.now()
        post.version += 1
        post.save()
    return post


def send_back(post: Post, *, version: int | None, comment: str) -> Post:
    """Return a submitted draft to its contributor with the editor's comment (readers see nothing)."""
    comment = (comment or "").strip()
    if not comment:
        raise ValidationError({"comment": [_("Tell the contributor what to change.")]})
    if len(comment) > 2000:
        raise ValidationError({"comment": [_("Keep the comment under 2000 characters.")]})
    with _locked_blog(post.blog_id):
        post = _lock_post(post.pk)
        _check_version(post, version)
        if post.status != Post.Status.DRAFT or post.review != Post.Review.SUBMITTED:
            raise InvalidTransition({"status": [_("Only a submitted draft can be sent back.")]})
        post.review, post.review_comment = Post.Review.SENT_BACK, comment
        post.version += 1
        post.save()
    return post


def restore_revision(post: Post, revision: PostRevision, *, version: int | None, by: User | None = None,
                     correction_note: str | None = None) -> Post:
    """Bring back the content of an old revision as a new version; the history is never rewritten.

    It is an edit like any other (a new PostRevision of the state it replaces, `post.updated`
    for readers, `VersionConflict` when `version` is stale). The key event flag and the pin stay.
    """
    if revision.post_id != post.pk:
        raise InvalidTransition({"revision": [_("This revision belongs to another post.")]})
    headline = revision.headline or post.headline
    return edit_post(post, version=version, by=by, correction_note=correction_note,
                     kind=revision.kind, body=revision.body, data=revision.data, headline=headline)


def delete_post(post: Post, *, version: int | None = None) -> Post:
    """Hide a post from readers; it stays in the database and an editor can restore it."""
    with _locked_blog(post.blog_id) as blog:
        post = _lock_post(post.pk)
        _check_version(post, version)
        if post.status == Post.Status.DELETED:
            return post
        was_published = post.is_published
        post.status = Post.Status.DELETED
        post.pinned = False
        post.version += 1
        post.save()
        if was_published:
            _append(blog, Event.Type.POST_DELETED, post, {"post_id": post.pk})
    return post


def restore_post(post: Post) -> Post:
    """Bring a deleted post back where it was in the timeline (or back to draft if never published)."""
    with _locked_blog(post.blog_id) as blog:
        post = _lock_post(post.pk)
        if post.status != Post.Status.DELETED:
            raise InvalidTransition({"status": [_("Only a deleted post can be restored.")]})
        post.version += 1
        if post.published_at is not None:
            post.status = Post.Status.PUBLISHED
            post.save()
            _append(blog, Event.Type.POST_PUBLISHED, post)
        else:
            post.status = Post.Status.DRAFT
            post.save()
    return post


def _pin(blog: LiveBlog, post: Post) -> None:
    for other in Post.objects.select_for_update().filter(blog=blog, pinned=True).exclude(pk=post.pk):
        other.pinned = False
        other.version += 1
        other.save()
        _append(blog, Event.Type.POST_UNPINNED, other, {"post_id": other.pk})
    post.pinned = True
    try:
        with transaction.atomic():
            post.save()
    except IntegrityError:  # pragma: no cover - guarded by the blog lock; kept as a last line
        raise VersionConflict(post) from None
    _append(blog, Event.Type.POST_PINNED, post)


def set_pinned(post: Post, pinned: bool, *, version: int | None = None) -> Post:
    """Pin a published post as the blog's summary (replacing any other), or unpin it."""
    with _locked_blog(post.blog_id) as blog:
        post = _lock_post(post.pk)
        _check_version(post, version)
        if post.pinned == pinned:
            return post
        if pinned and not post.is_published:
            raise InvalidTransition({"pinned": [_("Only a published post can be pinned.")]})
        post.version += 1
        if pinned:
            _pin(blog, post)
        else:
            post.pinned = False
            post.save()
            _append(blog, Event.Type.POST_UNPINNED, post, {"post_id": post.pk})
    return post
