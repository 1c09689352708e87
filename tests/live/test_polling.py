"""The polling fallback: the same events as the stream, cacheable, with clear errors."""

from __future__ import annotations

import pytest

from liveline.blogs import domain
from liveline.live.models import Event

pytestmark = pytest.mark.django_db


def url(blog, **params):
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"/live/{blog.slug}/updates" + (f"?{query}" if query else "")


def test_returns_the_events_after_an_id_oldest_first(client, blog):
    first = domain.create_post(blog, body="Premier")
    mark = Event.objects.get(post=first).pk
    second = domain.create_post(blog, body="Second")
    domain.edit_post(first, version=first.version, body="Premier, précisé")
    body = client.get(url(blog, after=mark)).json()
    assert [(e["type"], e["post_id"]) for e in body["events"]] == [
        ("post.published", second.pk), ("post.updated", first.pk)]
    assert body["last_event_id"] == body["events"][-1]["id"]
    assert "Premier, précisé" in body["events"][-1]["html"]


def test_without_after_gives_the_current_position_only(client, blog):
    domain.create_post(blog, body="Premier")
    body = client.get(url(blog)).json()
    assert body["events"] == [] and body["last_event_id"] == Event.objects.get().pk


def test_etag_and_304_and_cache_headers(client, blog):
    domain.create_post(blog, body="Premier")
    response = client.get(url(blog, after=0))
    etag = response["ETag"]
    assert "max-age=2" in response["Cache-Control"] and "public" in response["Cache-Control"]
    assert "stale-while-revalidate" in response["Cache-Control"]
    again = client.get(url(blog, after=0), HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""
    domain.create_post(blog, body="Second")
    changed = client.get(url(blog, after=0), HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and len(changed.json()["events"]) == 2


def test_matches_what_the_stream_replays(client, blog):
    from liveline.live.hub import fetch_frames

    for n in range(3):
        domain.create_post(blog, body=f"Point {n}")
    polled = [e["id"] for e in client.get(url(blog, after=0)).json()["events"]]
    streamed = [event_id for event_id, _ in fetch_frames(blog.pk, 0)]
    assert polled == streamed


@pytest.mark.parametrize("value", ["abc", "-3", "1e3", "9" * 30])
def test_a_bad_after_is_a_clear_400(client, blog, value):
    response = client.get(url(blog, after=value))
    assert response.status_code == 400 and "after" in response.json()["error"]


def test_an_id_from_the_future_asks_the_client_to_reload(client, blog):
    domain.create_post(blog, body="Premier")
    body = client.get(url(blog, after=10_000)).json()
    assert body["events"][0]["type"] == "reset"


def test_unknown_blog_is_404(client, db):
    assert client.get("/live/nope/updates").status_code == 404


def test_a_draft_blog_has_no_public_updates(client, blog):
    domain.create_post(blog, body="Pas encore public")
    domain.update_blog(blog, status="draft")
    response = client.get(url(blog, after=0))
    assert response.status_code == 404
    assert "Pas encore public" not in response.content.decode()


def test_a_shared_cache_keeps_one_copy_whatever_the_browser_language(client, blog):
    domain.create_post(blog, body="Premier")
    response = client.get(url(blog, after=0), HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert "accept-language" not in response.get("Vary", "").lower()
    assert "cookie" not in response.get("Vary", "").lower()
