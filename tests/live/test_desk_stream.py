"""The members' stream of the desk (`/desk/<slug>/events`) against a real server: draft blogs
included for members, refused with a clear message to everyone else."""

from __future__ import annotations

import httpx
import pytest
from django.conf import settings

from liveline.blogs import domain
from tests.live.sse_client import SseReader

pytestmark = [pytest.mark.server, pytest.mark.django_db(transaction=True)]


def session_cookie(server, username: str) -> str:
    """The `Cookie` header of a desk session opened by signing in to `server` as `username`."""
    with httpx.Client(base_url=server.url) as client:
        client.get("/accounts/login/")
        answer = client.post("/accounts/login/", data={
            "username": username, "password": "correct-horse-42",
            "csrfmiddlewaretoken": client.cookies["csrftoken"]})
        assert answer.status_code == 302, answer.text[:500]
        return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME]}"


def test_members_follow_a_draft_blog_live(stream_server, blog, alice, bob):
    domain.update_blog(blog, status="draft")
    before = domain.create_post(blog, body="Préparé avant l'ouverture.")
    reader = SseReader(f"{stream_server.url}/desk/{blog.slug}/events", last_event_id=0,
                       headers={"Cookie": session_cookie(stream_server, bob.username)})
    try:
        assert reader.response.status_code == 200
        assert reader.response.headers["content-type"].startswith("text/event-stream")
        replayed = reader.take(2)  # blog.updated (turned draft), then the post
        assert [event.type for event in replayed] == ["blog.updated", "post.published"]
        assert replayed[1].data["post_id"] == before.pk
        post = domain.create_post(blog, body="Écrit pendant que bob regarde.", authors=[alice])
        event = reader.next(timeout=5)
        assert event is not None and event.type == "post.published" and event.data["post_id"] == post.pk
    finally:
        reader.close()


def test_outsiders_are_refused_the_desk_stream_with_a_clear_message(stream_server, blog, carol):
    domain.create_post(blog, body="Pas encore public")
    domain.update_blog(blog, status="draft")
    url = f"{stream_server.url}/desk/{blog.slug}/events"
    anonymous = httpx.get(url, headers={"Last-Event-ID": "0"})
    assert anonymous.status_code == 403
    assert anonymous.json() == {"error": "Sign in to the desk to follow this live blog as a member."}
    forged = httpx.get(url, headers={"Last-Event-ID": "0", "Cookie": f"{settings.SESSION_COOKIE_NAME}=forged"})
    assert forged.status_code == 403
    cookie = session_cookie(stream_server, carol.username)
    outsider = httpx.get(url, headers={"Last-Event-ID": "0", "Cookie": cookie})
    assert outsider.status_code == 404 and "Pas encore public" not in outsider.text
    assert outsider.json() == {"error": "There is no live blog called 'ukraine-talks' among your live blogs."}
    assert httpx.post(url, headers={"Cookie": cookie}).status_code == 405


def test_the_public_stream_still_refuses_a_draft_blog_to_members(stream_server, blog, alice):
    domain.update_blog(blog, status="draft")
    response = httpx.get(f"{stream_server.url}/live/{blog.slug}/events",
                         headers={"Last-Event-ID": "0", "Cookie": session_cookie(stream_server, alice.username)})
    assert response.status_code == 404


def test_a_member_removed_from_the_blog_stops_receiving_its_desk_stream(stream_server, blog, alice, bob):
    from liveline.accounts import memberships
    from liveline.accounts.models import Membership

    domain.update_blog(blog, status="draft")
    reader = SseReader(f"{stream_server.url}/desk/{blog.slug}/events",
                       headers={"Cookie": session_cookie(stream_server, bob.username)})
    try:
        assert reader.response.status_code == 200
        domain.create_post(blog, body="Encore entre nous.", authors=[alice])
        assert reader.next(timeout=5).type == "post.published"
        memberships.remove_member(Membership.objects.get(blog=blog, user=bob))
        # The stream is checked again every LIVELINE_DESK_STREAM_RECHECK_SECONDS (1 s in tests).
        reader._thread.join(timeout=6)
        assert not reader._thread.is_alive(), "the removed member's stream is still open"
        domain.create_post(blog, body="Plus pour bob.", authors=[alice])
        assert [e for e in iter(lambda: reader.next(timeout=0.5), None)] == []
    finally:
        reader.close()
