"""The desk's list of blogs, creating a live blog, and the coverage actions."""

from __future__ import annotations

import pytest

from liveline.accounts.models import Membership
from liveline.blogs import domain
from liveline.blogs.models import LiveBlog
from liveline.live.models import Event
from tests.desk.conftest import csrf_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def other_blog(carol):
    """A blog carol edits; alice and bob have no role on it."""
    other = domain.create_blog(slug="storm-watch", title="Tempête : suivi", language="fr")
    Membership.objects.create(user=carol, blog=other, role=Membership.Role.EDITOR)
    return other


def test_members_see_their_blogs_only(alice, signed_in, blog, other_blog):
    page = signed_in(alice).get("/desk/").text
    assert blog.title.replace("'", "&#x27;") in page and "/desk/ukraine-talks/" in page
    assert "storm-watch" not in page


def test_site_administrators_see_every_blog(dave, signed_in, blog, other_blog):
    page = signed_in(dave).get("/desk/").text
    assert "/desk/ukraine-talks/" in page and "/desk/storm-watch/" in page


def test_staff_create_a_blog_and_become_its_editor(alice, signed_in):
    alice.is_staff = True
    alice.save()
    client = signed_in(alice)
    response = csrf_post(client, "/desk/new/", {
        "title": "Élection présidentielle : la soirée", "description": "Résultats et réactions.",
        "language": "fr", "timezone": "Europe/Paris",
    })
    assert response.status_code == 302
    blog = LiveBlog.objects.get()
    assert blog.slug == "election-presidentielle-la-soiree"
    assert response["Location"] == f"/desk/{blog.slug}/"
    assert blog.status == LiveBlog.Status.DRAFT and blog.description == "Résultats et réactions."
    assert Membership.objects.get(blog=blog).user == alice
    assert Membership.objects.get(blog=blog).role == Membership.Role.EDITOR


def test_a_taken_or_reserved_slug_gets_a_suffix(dave, signed_in, blog):
    client = signed_in(dave)
    for title in ("Ukraine talks", "New"):
        csrf_post(client, "/desk/new/", {"title": title, "language": "en", "timezone": "Europe/London"})
    csrf_post(client, "/desk/new/", {"title": "Ukraine talks", "language": "en", "timezone": "Europe/London"})
    assert set(LiveBlog.objects.values_list("slug", flat=True)) == {
        "ukraine-talks", "ukraine-talks-2", "ukraine-talks-3", "new-2",
    }


def test_an_invalid_blog_form_keeps_what_was_typed(dave, signed_in):
    response = csrf_post(signed_in(dave), "/desk/new/", {
        "title": "   ", "description": "Gardez ce texte", "language": "xx", "timezone": "Mars/Olympus",
    })
    assert response.status_code == 400
    assert "Gardez ce texte" in response.text
    assert response.text.count('aria-invalid="true"') == 3
    assert not LiveBlog.objects.exists()


def test_members_without_staff_cannot_create_blogs(alice, bob, carol, signed_in, blog):
    for user in (alice, bob, carol):
        client = signed_in(user)
        assert client.get("/desk/new/").status_code == 403
        data = {"title": "Sneaky", "language": "fr", "timezone": "Europe/Paris"}
        assert csrf_post(client, "/desk/new/", data).status_code == 403
    assert "New live blog" not in signed_in(alice).get("/desk/").text
    assert not LiveBlog.objects.filter(title="Sneaky").exists()


def test_an_editor_starts_ends_and_reopens_the_coverage(alice, signed_in):
    draft = domain.create_blog(slug="draft-blog", title="Draft")
    Membership.objects.create(user=alice, blog=draft, role=Membership.Role.EDITOR)
    client = signed_in(alice)
    url = f"/desk/{draft.slug}/status/"
    for action, status in (("start", "live"), ("end", "ended"), ("reopen", "live")):
        assert csrf_post(client, url, {"action": action}).status_code == 302
        draft.refresh_from_db()
        assert draft.status == status
    assert draft.coverage_start is not None and draft.coverage_end is None
    assert Event.objects.filter(blog=draft, type="blog.updated").count() == 3


def test_a_stale_coverage_click_changes_nothing(alice, signed_in, blog):
    response = csrf_post(signed_in(alice), f"/desk/{blog.slug}/status/", {"action": "start"}, follow=True)
    assert "already" in response.text
    assert not Event.objects.filter(blog=blog, type="blog.updated").exists()


def test_contributors_and_strangers_cannot_change_the_coverage(bob, carol, signed_in, blog):
    assert csrf_post(signed_in(bob), f"/desk/{blog.slug}/status/", {"action": "end"}).status_code == 403
    assert csrf_post(signed_in(carol), f"/desk/{blog.slug}/status/", {"action": "end"}).status_code == 404
    blog.refresh_from_db()
    assert blog.status == "live"
