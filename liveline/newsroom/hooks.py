"""Extraction is asked for when the domain publishes or edits a post, inside its transaction.

The hook listens to the event log the domain writes (`post.published`, `post.updated`): one more
row in the same transaction (the job), so a committed post always has its job and a rolled-back
one never does; the worker is woken once the transaction commits. Publishing never waits for the
extraction itself, and a failure here is logged, never raised into the journalist's publish.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models.signals import post_save

from liveline.live.models import Event

if TYPE_CHECKING:
    from liveline.blogs.models import Post

log = logging.getLogger(__name__)
ASK_ON = {Event.Type.POST_PUBLISHED, Event.Type.POST_UPDATED}
# Set on commit of a transaction that queued a job: an idle worker in this process starts at once.
wake = threading.Event()


def connect() -> None:
    post_save.connect(_on_event, sender=Event, dispatch_uid="newsroom-extraction")


def _on_event(sender, instance: Event, created: bool, raw: bool = False, **kwargs) -> None:
    if raw or not created or instance.type not in ASK_ON or instance.post_id is None or not settings.INTEL_ENABLED:
        return
    # The domain hands the event the post it just wrote: no need to read it again.
    post = instance.post if Event.post.is_cached(instance) else instance.post_id
    try:
        with transaction.atomic():  # a savepoint: a failure here leaves the publish intact
            request_extraction(post)
    except DatabaseError:
        log.exception("could not queue the extraction of post %s", instance.post_id)
        if not isinstance(post, int):
            _forget_extraction(post)  # rolled back: whatever the post's object says of it is wrong
        return
    transaction.on_commit(wake.set)


def request_extraction(post: Post | int, *, force: bool = False) -> bool:
    """Queue the post unless its stored extraction already read its present text (or `force`)."""
    from liveline.blogs.models import Post
    from liveline.newsroom import facts, queue
    from liveline.newsroom.models import Extraction

    if not isinstance(post, Post):
        post = Post.objects.select_related("blog").get(pk=post)
    if Post.extraction.is_cached(post):
        # Read in this transaction already (the event's rendering did, under the blog's lock), or
        # known to be absent (a post inserted by this transaction): not read twice.
        extraction = getattr(post, "extraction", None)
    else:
        extraction = Extraction.objects.filter(post=post).first()
    fresh = extraction is not None and extraction.source_hash == facts.source_hash(post)
    if not force and fresh and extraction.status == Extraction.Status.DONE:
        return False  # a pin, a headline, a restore: the words did not change
    queue.enqueue(post.pk, post.blog_id)
    if extraction is None:
        extraction = Extraction(post_id=post.pk)
        extraction.save(force_insert=True)
        Post.extraction.related.set_cached_value(post, extraction)  # once it is stored, not before
    elif not fresh and extraction.status != Extraction.Status.PENDING:
        # The stored facts describe words the post no longer has.
        Extraction.objects.filter(pk=post.pk).update(status=Extraction.Status.PENDING)
        extraction.status = Extraction.Status.PENDING
    return True


def _forget_extraction(post: Post) -> None:
    from liveline.blogs.models import Post

    if Post.extraction.is_cached(post):
        Post.extraction.related.delete_cached_value(post)
