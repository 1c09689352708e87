"""Who may do what at the desk: each role against each action, allowed and refused.

alice edits the blog, bob contributes, carol has no role (the blog does not exist for her: 404),
dave is a site administrator (an editor everywhere). Strangers are sent to the login page.
"""

from __future__ import annotations

import pytest
from django.test import Client

from liveline.blogs import domain
from liveline.blogs.models import LiveBlog, Post
from tests.desk.conftest import csrf_post

pytestmark = pytest.mark.django_db

OK, REDIRECT, FORBIDDEN, MISSING = 200, 302, 403, 404


def _published(blog, alice):
    return domain.create_post(blog, body="Publié", authors=[alice])


def _draft(blog, alice):
    return domain.create_post(blog, body="Brouillon", authors=[alice], status="draft")


def _deleted(blog, alice):
    return domain.delete_post(_published(blog, alice))


# action: (method, url template, post factory, form data, expected status per persona)
ACTIONS = {
    "open the blog screen": ("get", "/desk/{slug}/", None, {},
                             {"alice": OK, "bob": OK, "carol": MISSING, "dave": OK}),
    "publish a post": ("post", "/desk/{slug}/compose/", None, {"body": "X", "action": "publish"},
                       {"alice": REDIRECT, "bob": FORBIDDEN, "carol": MISSING, "dave": REDIRECT}),
    "save a draft": ("post", "/desk/{slug}/compose/", None, {"body": "X", "action": "draft"},
                     {"alice": REDIRECT, "bob": REDIRECT, "carol": MISSING, "dave": REDIRECT}),
    "open someone's published post for editing": (
        "get", "/desk/{slug}/posts/{post}/edit/", _published, {},
        {"alice": OK, "bob": FORBIDDEN, "carol": MISSING, "dave": OK}),
    "edit someone's draft": ("post", "/desk/{slug}/posts/{post}/edit/", _draft, {"body": "Y", "version": "{version}"},
                             {"alice": REDIRECT, "bob": FORBIDDEN, "carol": MISSING, "dave": REDIRECT}),
    "ask to delete a post": ("get", "/desk/{slug}/posts/{post}/delete/", _published, {},
                             {"alice": OK, "bob": FORBIDDEN, "carol": MISSING, "dave": OK}),
    "delete a post": ("post", "/desk/{slug}/posts/{post}/delete/", _published, {"version": "{version}"},
                      {"alice": REDIRECT, "bob": FORBIDDEN, "carol": MISSING, "dave": REDIRECT}),
    "restore a post": ("post", "/desk/{slug}/posts/{post}/restore/", _deleted, {},
                       {"alice": REDIRECT, "bob": FORBIDDEN, "carol": MISSING, "dave": REDIRECT}),
    "pin a post": ("post", "/desk/{slug}/posts/{post}/pin/", _published, {"pinned": "1", "version": "{version}"},
                   {"alice": REDIRECT, "bob": FORBIDDEN, "carol": MISSING, "dave": REDIRECT}),
    "mark a key event": ("post", "/desk/{slug}/posts/{post}/key-event/", _published,
                         {"key_event": "1", "headline": "H", "version": "{version}"},
                         {"alice": REDIRECT, "bob": FORBIDDEN, "carol": MISSING, "dave": REDIRECT}),
    "publish a draft": ("post", "/desk/{slug}/posts/{post}/publish/", _draft, {"version": "{version}"},
                        {"alice": REDIRECT, "bob": FORBIDDEN, "carol": MISSING, "dave": REDIRECT}),
    "end the coverage": ("post", "/desk/{slug}/status/", None, {"action": "end"},
                         {"alice": REDIRECT, "bob": FORBIDDEN, "carol": MISSING, "dave": REDIRECT}),
}


def _state(blog: LiveBlog) -> tuple:
    blog.refresh_from_db()
    posts = Post.objects.filter(blog=blog).order_by("pk").values_list(
        "body", "status", "pinned", "key_event", "version")
    return blog.status, list(posts)


@pytest.mark.parametrize("persona", ["alice", "bob", "carol", "dave"])
@pytest.mark.parametrize("action", list(ACTIONS))
def test_permission_matrix(request, signed_in, blog, alice, persona, action):
    method, url, make_post, data, expected = ACTIONS[action]
    post = make_post(blog, alice) if make_post else None
    url = url.format(slug=blog.slug, post=post.pk if post else "")
    data = {k: v.format(version=post.version if post else "") for k, v in data.items()}
    client = signed_in(request.getfixturevalue(persona))
    before = _state(blog)
    response = client.get(url) if method == "get" else csrf_post(client, url, data)
    assert response.status_code == expected[persona], response.content.decode()[:500]
    if method == "post" and expected[persona] in (FORBIDDEN, MISSING):
        assert _state(blog) == before, "a refused action changed something"
    if expected[persona] == MISSING:
        assert blog.title not in response.content.decode()


def test_strangers_are_sent_to_sign_in_for_every_desk_url(blog, alice):
    post = _published(blog, alice)
    client = Client()
    for method, url, *_rest in ACTIONS.values():
        url = url.format(slug=blog.slug, post=post.pk)
        response = getattr(client, method)(url)
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/?next="), url
    for url in ("/desk/", "/desk/new/", "/desk/profile/"):
        assert client.get(url).status_code == 302


def test_an_unknown_blog_and_a_post_of_another_blog_are_404(alice, signed_in, blog, dave):
    other = domain.create_blog(slug="elsewhere", title="Ailleurs")
    foreign = domain.create_post(other, body="Ailleurs")
    client = signed_in(dave)
    assert client.get("/desk/no-such-blog/").status_code == 404
    assert client.get(f"/desk/{blog.slug}/posts/{foreign.pk}/edit/").status_code == 404


def test_only_staff_and_administrators_create_blogs(alice, bob, carol, dave, signed_in):
    assert signed_in(dave).get("/desk/new/").status_code == 200
    for user in (alice, bob, carol):
        assert signed_in(user).get("/desk/new/").status_code == 403
    alice.is_staff = True
    alice.save()
    assert signed_in(alice).get("/desk/new/").status_code == 200
