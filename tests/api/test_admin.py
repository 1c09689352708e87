"""The Django admin: every model is registered, and nothing there bypasses the domain's event log."""

from __future__ import annotations

import pytest

from liveline.accounts.models import ApiToken
from liveline.blogs import domain
from liveline.blogs.models import LiveBlog, Post
from liveline.live.models import Event

pytestmark = pytest.mark.django_db

PAGES = ["blogs/liveblog", "blogs/post", "blogs/postrevision", "accounts/membership", "accounts/apitoken",
         "live/event"]


@pytest.fixture
def admin_client_dave(client, dave):
    """A browser signed in as dave, the site administrator."""
    client.force_login(dave)
    return client


def test_every_model_has_a_working_admin(admin_client_dave, blog, alice):
    post = domain.create_post(blog, body="Publié", authors=[alice])
    domain.edit_post(post, version=1, body="Corrigé")
    ApiToken.issue(alice)
    for page in PAGES:
        listing = admin_client_dave.get(f"/admin/{page}/")
        assert listing.status_code == 200, page
    assert admin_client_dave.get(f"/admin/blogs/post/{post.pk}/change/").status_code == 200


def test_posts_and_events_cannot_be_changed_in_the_admin(admin_client_dave, blog):
    post = domain.create_post(blog, body="Publié")
    response = admin_client_dave.post(f"/admin/blogs/post/{post.pk}/change/", {"body": "Changé", "status": "draft"})
    assert response.status_code == 403
    assert admin_client_dave.get("/admin/blogs/post/add/").status_code == 403
    assert admin_client_dave.post(f"/admin/blogs/post/{post.pk}/delete/", {"post": "yes"}).status_code == 403
    assert admin_client_dave.post(f"/admin/live/event/{Event.objects.get().pk}/delete/",
                                  {"post": "yes"}).status_code == 403
    assert Post.objects.get(pk=post.pk).body == "Publié" and Event.objects.count() == 1


def test_blog_changes_in_the_admin_reach_the_event_log(admin_client_dave, blog):
    form = {"title": "Nouveau titre", "description": blog.description, "language": "fr",
            "timezone": "Europe/Kyiv", "status": "ended"}
    response = admin_client_dave.post(f"/admin/blogs/liveblog/{blog.pk}/change/", form)
    assert response.status_code == 302, response.content.decode()[:2000]
    blog.refresh_from_db()
    assert blog.title == "Nouveau titre" and blog.coverage_end is not None
    assert list(Event.objects.values_list("type", "payload__title")) == [("blog.updated", "Nouveau titre")]


def test_a_blog_created_in_the_admin_is_valid(admin_client_dave):
    form = {"slug": "election-night", "title": "Election night", "description": "", "language": "en",
            "timezone": "Europe/London", "status": "live"}
    assert admin_client_dave.post("/admin/blogs/liveblog/add/", form).status_code == 302
    assert LiveBlog.objects.get(slug="election-night").coverage_start is not None


def test_tokens_are_revoked_from_the_admin(admin_client_dave, alice):
    token, raw = ApiToken.issue(alice)
    response = admin_client_dave.post("/admin/accounts/apitoken/", {"action": "revoke", "_selected_action": [token.pk]})
    assert response.status_code == 302
    assert ApiToken.authenticate(raw) is None
