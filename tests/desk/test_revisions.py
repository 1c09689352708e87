"""The revision history at the desk: who changed a post, when, why, what; and restoring a version."""

from __future__ import annotations

import pytest

from liveline.blogs import domain
from liveline.desk.revisions import word_diff
from tests.desk.conftest import csrf_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def corrected(blog, alice, dave):
    """A published post dave corrected once (32 → 34) with a public note."""
    post = domain.create_post(blog, body="Au moins 32 morts à Kharkiv.", authors=[alice])
    return domain.edit_post(post, version=post.version, by=dave, body="Au moins 34 morts à Kharkiv.",
                            correction_note="Bilan revu à la hausse.")


def test_the_diff_is_word_by_word():
    assert word_diff("Au moins 32 morts.", "Au moins 34 morts.") == [
        ("equal", "Au moins "), ("delete", "32"), ("insert", "34"), ("equal", " morts.")]


def test_the_history_shows_who_when_the_note_and_the_diff(signed_in, blog, bob, corrected):
    page = signed_in(bob).get(f"/desk/{blog.slug}/posts/{corrected.pk}/history/").content.decode()
    assert "Version 1" in page and "by dave" in page
    assert "Bilan revu à la hausse." in page
    assert "<del>32</del><ins>34</ins>" in page
    assert "Restore version 1" not in page  # bob is a contributor: he reads the history only


def test_the_timeline_links_a_published_post_to_its_history(signed_in, blog, alice, corrected):
    page = signed_in(alice).get(f"/desk/{blog.slug}/").content.decode()
    assert f"/desk/{blog.slug}/posts/{corrected.pk}/history/" in page


def test_an_editor_restores_a_version(signed_in, blog, alice, corrected):
    url = f"/desk/{blog.slug}/posts/{corrected.pk}/history/{corrected.revisions.get().pk}/restore/"
    response = csrf_post(signed_in(alice), url, {"version": corrected.version, "correction_note": ""})
    assert response.status_code == 302
    corrected.refresh_from_db()
    assert corrected.body == "Au moins 32 morts à Kharkiv."
    assert [r.body for r in corrected.revisions.all()] == ["Au moins 34 morts à Kharkiv.",
                                                           "Au moins 32 morts à Kharkiv."]


def test_a_stale_restore_gets_the_conflict_screen_and_changes_nothing(signed_in, blog, alice, dave, corrected):
    stale = corrected.version
    now = domain.edit_post(corrected, version=stale, by=dave, body="Au moins 35 morts à Kharkiv.")
    url = f"/desk/{blog.slug}/posts/{corrected.pk}/history/{corrected.revisions.get(version=1).pk}/restore/"
    response = csrf_post(signed_in(alice), url, {"version": stale})
    assert response.status_code == 409
    page = response.content.decode()
    assert "Someone saved this post" in page and "35 morts" in page and "32 morts" in page
    now.refresh_from_db()
    assert now.body == "Au moins 35 morts à Kharkiv."
