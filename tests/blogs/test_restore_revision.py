"""Restoring an old revision: a new version made from old content; the history is never rewritten."""

from __future__ import annotations

import pytest

from liveline.blogs import domain
from liveline.blogs.models import PostRevision
from liveline.live.models import Event

pytestmark = pytest.mark.django_db


def test_restoring_makes_a_new_version_and_keeps_every_revision(blog, alice):
    """v1 "32 morts" → v2 "34 morts" → restore v1: v3 says 32 again; v1 and v2 are both kept."""
    post = domain.create_post(blog, body="Au moins 32 morts.", authors=[alice])
    post = domain.edit_post(post, version=post.version, body="Au moins 34 morts.", by=alice)
    first = post.revisions.get(version=1)
    restored = domain.restore_revision(post, first, version=post.version, by=alice,
                                       correction_note="Retour au bilan officiel.")
    assert restored.body == "Au moins 32 morts." and restored.version == post.version + 1
    assert restored.correction_note == "Retour au bilan officiel." and restored.edited_at is not None
    assert list(restored.revisions.values_list("version", "body")) == [
        (2, "Au moins 34 morts."), (1, "Au moins 32 morts.")]
    assert Event.objects.filter(post=post).order_by("pk").last().type == "post.updated"


def test_a_stale_version_is_refused_with_the_current_post(blog, alice):
    post = domain.create_post(blog, body="Un", authors=[alice])
    stale = post.version
    post = domain.edit_post(post, version=post.version, body="Deux", by=alice)
    with pytest.raises(domain.VersionConflict) as conflict:
        domain.restore_revision(post, post.revisions.get(), version=stale, by=alice)
    assert conflict.value.current.body == "Deux"
    assert PostRevision.objects.filter(post=post).count() == 1


def test_a_revision_of_another_post_is_refused(blog, alice):
    one = domain.create_post(blog, body="Un")
    domain.edit_post(one, version=one.version, body="Un bis")
    other = domain.create_post(blog, body="Autre")
    with pytest.raises(domain.InvalidTransition):
        domain.restore_revision(other, one.revisions.get(), version=other.version)
