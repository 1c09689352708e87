"""The contributions queue in the domain: submit, send back with a comment, resubmit, publish."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from liveline.blogs import domain
from liveline.blogs.models import Post
from liveline.live.models import Event

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(blog, bob):
    """bob's draft, not submitted yet."""
    return domain.create_post(blog, body="Des tirs entendus au nord de la ville.", authors=[bob], status="draft")


def test_submit_send_back_resubmit_publish(blog, draft):
    post = domain.submit_for_review(draft, version=draft.version)
    assert post.review == Post.Review.SUBMITTED and post.submitted_at is not None
    assert post.version == draft.version + 1
    post = domain.send_back(post, version=post.version, comment="Quelle source ?")
    assert (post.review, post.review_comment) == (Post.Review.SENT_BACK, "Quelle source ?")
    post = domain.edit_post(post, version=post.version, body="Des tirs entendus au nord, selon la police.")
    post = domain.submit_for_review(post, version=post.version)
    assert post.review == Post.Review.SUBMITTED
    post = domain.publish_post(post, version=post.version)
    assert (post.status, post.review, post.review_comment, post.submitted_at) == ("published", "", "", None)
    # Readers learn of the post when it is published, never of the review itself.
    assert list(Event.objects.filter(blog=blog).values_list("type", flat=True)) == ["post.published"]


def test_sending_back_needs_a_comment_and_a_submission(draft):
    with pytest.raises(domain.InvalidTransition):
        domain.send_back(draft, version=draft.version, comment="Pas soumis")
    post = domain.submit_for_review(draft, version=draft.version)
    with pytest.raises(ValidationError) as error:
        domain.send_back(post, version=post.version, comment="  ")
    assert "comment" in error.value.message_dict


def test_stale_versions_and_published_posts_are_refused(blog, draft):
    with pytest.raises(domain.VersionConflict):
        domain.submit_for_review(draft, version=draft.version - 1)
    published = domain.create_post(blog, body="Publié")
    with pytest.raises(domain.InvalidTransition):
        domain.submit_for_review(published, version=published.version)
