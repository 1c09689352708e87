"""Who may do what: tokens (401), hidden things (404), refused changes (403), per persona."""

from __future__ import annotations

import pytest
from django.utils import timezone

from liveline.accounts.models import ApiToken
from liveline.blogs import domain
from liveline.blogs.models import Post

pytestmark = pytest.mark.django_db

POSTS = "/blogs/ukraine-talks/posts"


def test_writes_without_a_token_are_401_with_www_authenticate(anon, blog):
    post = domain.create_post(blog, body="Publié")
    for method, path, body in [("POST", "/blogs", {"slug": "x", "title": "X"}),
                               ("PATCH", "/blogs/ukraine-talks", {"title": "X"}),
                               ("POST", POSTS, {"body": "x"}),
                               ("PATCH", f"{POSTS}/{post.pk}", {"version": 1, "body": "x"}),
                               ("DELETE", f"{POSTS}/{post.pk}", None)]:
        response = anon(method, path, body)
        assert response.status_code == 401, (method, path)
        assert response["WWW-Authenticate"].startswith("Bearer")
        assert "Authorization: Bearer" in response.data["detail"]
    assert Post.objects.get(pk=post.pk).version == 1


@pytest.mark.parametrize("header", ["Bearer ll_not-a-real-token", "Basic YWxpY2U6eA==", "Bearer " + "x" * 5000])
def test_bad_tokens_are_401_even_on_reads(anon, blog, header):
    response = anon.get(POSTS, Authorization=header)
    assert response.status_code == 401 and response["WWW-Authenticate"].startswith("Bearer")
    assert response.data["detail"]


def test_a_revoked_token_or_inactive_user_is_refused(as_alice, alice):
    assert as_alice.post(POSTS, {"body": "ok"}).status_code == 201
    ApiToken.objects.filter(user=alice).update(revoked_at=timezone.now())
    assert as_alice.post(POSTS, {"body": "ok"}).status_code == 401
    ApiToken.objects.filter(user=alice).update(revoked_at=None)
    alice.is_active = False
    alice.save()
    assert as_alice.post(POSTS, {"body": "ok"}).status_code == 401


def test_creating_posts_by_role(as_alice, as_bob, as_carol, as_dave):
    assert as_alice.post(POSTS, {"body": "editor publishes"}).status_code == 201
    assert as_dave.post(POSTS, {"body": "admin publishes"}).status_code == 201
    assert as_bob.post(POSTS, {"body": "contributor drafts", "status": "draft"}).status_code == 201
    refused = as_bob.post(POSTS, {"body": "contributor publishes"})
    assert refused.status_code == 403 and refused.data["detail"]
    assert as_bob.post(POSTS, {"body": "x", "status": "draft", "key_event": "Titre"}).status_code == 403
    assert as_carol.post(POSTS, {"body": "reader writes", "status": "draft"}).status_code == 403
    assert Post.objects.count() == 3


def test_contributor_edits_only_own_drafts(as_bob, blog, alice, bob):
    own = domain.create_post(blog, body="Brouillon de Bob", status="draft", authors=[bob])
    others = domain.create_post(blog, body="Brouillon d'Alice", status="draft", authors=[alice])
    published = domain.create_post(blog, body="Publié", authors=[bob])
    assert as_bob.patch(f"{POSTS}/{own.pk}", {"version": 1, "body": "Corrigé"}).status_code == 200
    assert as_bob.patch(f"{POSTS}/{others.pk}", {"version": 1, "body": "Non"}).status_code == 403
    assert as_bob.patch(f"{POSTS}/{published.pk}", {"version": 1, "body": "Non"}).status_code == 403
    assert as_bob.patch(f"{POSTS}/{own.pk}", {"version": 2, "status": "published"}).status_code == 403
    assert as_bob.patch(f"{POSTS}/{published.pk}", {"version": 1, "pinned": True}).status_code == 403
    assert as_bob.delete(f"{POSTS}/{others.pk}").status_code == 403
    assert as_bob.delete(f"{POSTS}/{published.pk}").status_code == 403
    assert as_bob.delete(f"{POSTS}/{own.pk}").status_code == 200
    assert Post.objects.get(pk=others.pk).body == "Brouillon d'Alice"
    assert Post.objects.get(pk=published.pk).status == "published" and not Post.objects.get(pk=published.pk).pinned


def test_resending_unchanged_editor_fields_is_not_refused(as_bob, blog, bob):
    # A client that PATCHes the whole post back must not trip over fields it did not change.
    own = domain.create_post(blog, body="Brouillon", status="draft", authors=[bob])
    response = as_bob.patch(f"{POSTS}/{own.pk}", {"version": 1, "body": "Suite", "pinned": False, "key_event": None})
    assert response.status_code == 200, response.data


def test_editor_and_admin_change_any_post(as_alice, as_dave, blog, bob):
    post = domain.create_post(blog, body="De Bob", authors=[bob])
    assert as_alice.patch(f"{POSTS}/{post.pk}", {"version": 1, "key_event": "Titre"}).status_code == 200
    assert as_dave.patch(f"{POSTS}/{post.pk}", {"version": 2, "pinned": True}).status_code == 200
    assert as_dave.delete(f"{POSTS}/{post.pk}").status_code == 200


def test_outsiders_get_403_on_public_posts_and_404_on_hidden_ones(as_carol, anon, blog):
    public = domain.create_post(blog, body="Publié")
    draft = domain.create_post(blog, body="Brouillon", status="draft")
    assert as_carol.get(f"{POSTS}/{public.pk}").status_code == 200
    assert as_carol.patch(f"{POSTS}/{public.pk}", {"version": 1, "body": "x"}).status_code == 403
    assert as_carol.delete(f"{POSTS}/{public.pk}").status_code == 403
    for api in (as_carol, anon):
        assert api.get(f"{POSTS}/{draft.pk}").status_code == 404
    hidden = as_carol.patch(f"{POSTS}/{draft.pk}", {"version": 1, "body": "x"})
    assert hidden.status_code == 404 and hidden.data["detail"]
    assert as_carol.delete(f"{POSTS}/{draft.pk}").status_code == 404
    assert Post.objects.get(pk=draft.pk).status == "draft"


def test_a_draft_blog_does_not_exist_for_outsiders(as_carol, as_alice, anon, alice):
    from liveline.accounts.models import Membership

    hidden = domain.create_blog(slug="secret-live", title="Pas encore", status="draft")
    Membership.objects.create(user=alice, blog=hidden, role="editor")
    assert as_alice.get("/blogs/secret-live").status_code == 200
    assert "secret-live" in [b["slug"] for b in as_alice.get("/blogs").data["blogs"]]
    for api in (as_carol, anon):
        assert api.get("/blogs/secret-live").status_code == 404
        assert api.get("/blogs/secret-live/posts").status_code == 404
        assert "secret-live" not in [b["slug"] for b in api.get("/blogs").data["blogs"]]
    assert as_carol.post("/blogs/secret-live/posts", {"body": "x"}).status_code == 404
    assert as_carol.patch("/blogs/secret-live", {"title": "x"}).status_code == 404


def test_blog_changes_by_role(as_alice, as_bob, as_carol, as_dave, blog):
    assert as_alice.patch("/blogs/ukraine-talks", {"title": "Nouveau titre"}).status_code == 200
    assert as_dave.patch("/blogs/ukraine-talks", {"status": "ended"}).status_code == 200
    assert as_bob.patch("/blogs/ukraine-talks", {"title": "Non"}).status_code == 403
    assert as_carol.patch("/blogs/ukraine-talks", {"title": "Non"}).status_code == 403
    blog.refresh_from_db()
    assert blog.title == "Nouveau titre" and blog.status == "ended"


def test_only_admins_and_staff_create_blogs(as_alice, as_carol, as_dave, carol):
    new = {"slug": "election-night", "title": "Election night", "language": "en", "timezone": "Europe/London"}
    assert as_alice.post("/blogs", new).status_code == 403
    assert as_dave.post("/blogs", new).status_code == 201
    carol.is_staff = True
    carol.save()
    response = as_carol.post("/blogs", {**new, "slug": "election-night-2"})
    assert response.status_code == 201
    # The staff member who opened it can now run it.
    assert as_carol.post("/blogs/election-night-2/posts", {"body": "Premiers résultats"}).status_code == 201


def test_a_token_records_when_it_was_last_used_to_the_minute(as_alice, alice):
    from datetime import timedelta

    from liveline.accounts.models import ApiToken

    token = ApiToken.objects.get(user=alice)
    assert token.last_used_at is None
    assert as_alice.post(POSTS, {"body": "ok"}).status_code == 201
    first = ApiToken.objects.get(pk=token.pk).last_used_at
    assert first is not None
    assert as_alice.post(POSTS, {"body": "ok"}).status_code == 201
    assert ApiToken.objects.get(pk=token.pk).last_used_at == first  # no write for every call
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=first - timedelta(minutes=2))
    assert as_alice.post(POSTS, {"body": "ok"}).status_code == 201
    assert ApiToken.objects.get(pk=token.pk).last_used_at > first
