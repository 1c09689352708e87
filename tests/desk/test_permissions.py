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


# --- history, contributions queue, members and invitations ----------------------------------
# Each factory returns the values its URL and form need; `_people_state` must not move when refused.


def _corrected(blog, alice, bob):
    post = _published(blog, alice)
    post = domain.edit_post(post, version=post.version, body="Corrigé", by=alice)
    return {"post": post.pk, "revision": post.revisions.get().pk, "version": post.version}


def _bobs_draft(blog, alice, bob):
    post = domain.create_post(blog, body="Brouillon de bob", authors=[bob], status="draft")
    return {"post": post.pk, "version": post.version}


def _alices_draft(blog, alice, bob):
    post = _draft(blog, alice)
    return {"post": post.pk, "version": post.version}


def _submitted(blog, alice, bob):
    post = domain.create_post(blog, body="Soumis par bob", authors=[bob], status="draft")
    post = domain.submit_for_review(post, version=post.version)
    return {"post": post.pk, "version": post.version}


def _bobs_membership(blog, alice, bob):
    from liveline.accounts.models import Membership

    return {"membership": Membership.objects.get(blog=blog, user=bob).pk}


def _invitation(blog, alice, bob):
    from liveline.accounts.models import Invitation

    return {"invitation": Invitation.objects.create(blog=blog, email="erin@example.org", invited_by=alice).pk}


def _nothing(blog, alice, bob):
    return {}


def _erin(blog, alice, bob):
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_user("erin", email="erin@example.org")
    return {}


EDITORS_ONLY_GET = {"alice": OK, "bob": FORBIDDEN, "carol": MISSING, "dave": OK}
EDITORS_ONLY_POST = {"alice": REDIRECT, "bob": FORBIDDEN, "carol": MISSING, "dave": REDIRECT}

MORE_ACTIONS = {
    "read a post's history": ("get", "/desk/{slug}/posts/{post}/history/", _corrected, {},
                              {"alice": OK, "bob": OK, "carol": MISSING, "dave": OK}),
    "restore a revision": ("post", "/desk/{slug}/posts/{post}/history/{revision}/restore/", _corrected,
                           {"version": "{version}"}, EDITORS_ONLY_POST),
    "submit one's own draft for review": ("post", "/desk/{slug}/posts/{post}/submit/", _bobs_draft,
                                          {"version": "{version}"},
                                          {"alice": FORBIDDEN, "bob": REDIRECT, "carol": MISSING, "dave": FORBIDDEN}),
    "submit someone else's draft": ("post", "/desk/{slug}/posts/{post}/submit/", _alices_draft,
                                    {"version": "{version}"},
                                    {"alice": FORBIDDEN, "bob": FORBIDDEN, "carol": MISSING, "dave": FORBIDDEN}),
    "open the review queue": ("get", "/desk/{slug}/review/", _nothing, {}, EDITORS_ONLY_GET),
    "send a submission back": ("post", "/desk/{slug}/posts/{post}/send-back/", _submitted,
                               {"version": "{version}", "comment": "Source ?"}, EDITORS_ONLY_POST),
    "publish a submission": ("post", "/desk/{slug}/posts/{post}/publish/", _submitted, {"version": "{version}"},
                             EDITORS_ONLY_POST),
    "open the members page": ("get", "/desk/{slug}/members/", _nothing, {}, EDITORS_ONLY_GET),
    "change the blog's details": ("post", "/desk/{slug}/members/details/", _nothing, {
        "details-title": "Nouveau titre", "details-description": "", "details-language": "fr",
        "details-timezone": "Europe/Kyiv"}, EDITORS_ONLY_POST),
    "add a member": ("post", "/desk/{slug}/members/add/", _erin, {"add-user": "erin", "add-role": "editor"},
                     EDITORS_ONLY_POST),
    "change a member's role": ("post", "/desk/{slug}/members/{membership}/role/", _bobs_membership,
                               {"role": "editor"}, EDITORS_ONLY_POST),
    "remove a member": ("post", "/desk/{slug}/members/{membership}/remove/", _bobs_membership, {},
                        EDITORS_ONLY_POST),
    "invite by e-mail": ("post", "/desk/{slug}/members/invite/", _nothing,
                         {"invite-email": "erin@example.org", "invite-role": "editor"}, EDITORS_ONLY_POST),
    "withdraw an invitation": ("post", "/desk/{slug}/members/invitations/{invitation}/withdraw/", _invitation, {},
                               EDITORS_ONLY_POST),
    "choose one's desk language": ("post", "/desk/profile/language/", _nothing, {"language": "en"},
                                   {"alice": REDIRECT, "bob": REDIRECT, "carol": REDIRECT, "dave": REDIRECT}),
}


def _people_state(blog: LiveBlog) -> tuple:
    from liveline.accounts.models import Invitation, Membership

    blog.refresh_from_db()
    posts = Post.objects.filter(blog=blog).order_by("pk").values_list("body", "status", "review", "version")
    return (blog.title, blog.timezone, list(posts),
            sorted(Membership.objects.filter(blog=blog).values_list("user__username", "role")),
            list(Invitation.objects.filter(blog=blog).order_by("pk").values_list("email", "revoked_at")))


@pytest.mark.parametrize("persona", ["alice", "bob", "carol", "dave"])
@pytest.mark.parametrize("action", list(MORE_ACTIONS))
def test_permission_matrix_of_history_review_and_members(request, signed_in, blog, alice, bob, persona, action):
    method, url, make, data, expected = MORE_ACTIONS[action]
    values = {"slug": blog.slug, **make(blog, alice, bob)}
    url = url.format(**values)
    data = {k: v.format(**values) for k, v in data.items()}
    client = signed_in(request.getfixturevalue(persona))
    before = _people_state(blog)
    response = client.get(url) if method == "get" else csrf_post(client, url, data)
    assert response.status_code == expected[persona], response.content.decode()[:500]
    if method == "post" and expected[persona] in (FORBIDDEN, MISSING):
        assert _people_state(blog) == before, "a refused action changed something"
    if method == "post" and expected[persona] == REDIRECT and "/desk/profile/" not in url:
        assert _people_state(blog) != before, "an allowed action did nothing"
    if expected[persona] == MISSING:
        assert blog.title not in response.content.decode()


def test_strangers_are_sent_to_sign_in_for_history_review_and_members(blog, alice, bob):
    client = Client()
    for method, url, make, _data, _expected in MORE_ACTIONS.values():
        url = url.format(slug=blog.slug, **make(blog, alice, bob))
        response = getattr(client, method)(url)
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/?next="), url
