"""The SSE stream against a real server: live delivery, exact replay, clear errors."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from liveline.blogs import domain
from liveline.live.models import Event
from tests.conftest import start_server
from tests.live.sse_client import SseReader

pytestmark = [pytest.mark.server, pytest.mark.django_db(transaction=True)]


def event_ids(blog, after: int = 0) -> list[int]:
    return list(Event.objects.filter(blog=blog, pk__gt=after).order_by("pk").values_list("pk", flat=True))


def test_a_published_post_reaches_a_connected_reader(stream_server, blog):
    reader = SseReader(f"{stream_server.url}/live/{blog.slug}/events")
    try:
        assert reader.response.status_code == 200
        assert reader.response.headers["content-type"].startswith("text/event-stream")
        post = domain.create_post(blog, body="Nouvelle alerte aérienne à Kharkiv.")
        event = reader.next(timeout=5)
        assert event is not None and event.type == "post.published"
        assert event.data["post_id"] == post.pk and "Nouvelle alerte" in event.data["html"]
        assert event.id == event_ids(blog)[-1]
    finally:
        reader.close()
    assert reader.retry is not None and 1000 <= reader.retry <= 4000


def test_last_event_id_replays_exactly_the_missed_events_in_order(stream_server, blog):
    posts = [domain.create_post(blog, body=f"Point {n}") for n in range(3)]
    first = event_ids(blog)[0]
    reader = SseReader(f"{stream_server.url}/live/{blog.slug}/events")
    seen = []
    try:
        domain.edit_post(posts[0], version=1, body="Point 0, corrigé")
        seen = reader.take(1)
    finally:
        reader.close()
    assert [e.type for e in seen] == ["post.updated"]
    # While the reader is away: a publish, a pin, a delete.
    domain.create_post(blog, body="Pendant la coupure")
    domain.set_pinned(posts[1], True)
    domain.delete_post(posts[2])
    expected = event_ids(blog, after=seen[-1].id)
    assert len(expected) == 3

    reader = SseReader(f"{stream_server.url}/live/{blog.slug}/events", last_event_id=seen[-1].id)
    try:
        replayed = reader.take(len(expected))
        assert [e.id for e in replayed] == expected
        assert [e.type for e in replayed] == ["post.published", "post.pinned", "post.deleted"]
        # Then live events follow, none repeated.
        domain.create_post(blog, body="Après la reconnexion")
        after = reader.next(timeout=5)
        assert after is not None and after.id == event_ids(blog)[-1]
        assert reader.next(timeout=1.5) is None
    finally:
        reader.close()
    # The whole log from the start, to a reader that says it saw the first event only.
    reader = SseReader(f"{stream_server.url}/live/{blog.slug}/events", last_event_id=first)
    try:
        assert [e.id for e in reader.take(len(event_ids(blog, after=first)))] == event_ids(blog, after=first)
    finally:
        reader.close()


def test_first_connection_can_resume_with_the_after_parameter(stream_server, blog):
    domain.create_post(blog, body="Un")
    mark = event_ids(blog)[-1]
    domain.create_post(blog, body="Deux")
    reader = SseReader(f"{stream_server.url}/live/{blog.slug}/events", params={"after": mark})
    try:
        event = reader.next()
        assert event is not None and event.id == event_ids(blog)[-1]
    finally:
        reader.close()


@pytest.mark.parametrize("value", ["abc", "-1", "1.5", "9" * 40, "١٢"])
def test_a_bad_last_event_id_is_answered_clearly(stream_server, blog, value):
    response = httpx.get(f"{stream_server.url}/live/{blog.slug}/events", headers={"Last-Event-ID": value.encode()})
    assert response.status_code == 400
    assert "Last-Event-ID" in response.json()["error"]


def test_unknown_blog_is_a_404(stream_server, db):
    response = httpx.get(f"{stream_server.url}/live/no-such-blog/events")
    assert response.status_code == 404 and "no-such-blog" in response.json()["error"]


@contextmanager
def reader_of_own_server(blog, tmp_path, heartbeat: str, fastpath: str) -> Iterator[SseReader]:
    """A reader of `blog` on a server of its own with this heartbeat period and stream setting."""
    from django.db import connection

    from tests.conftest import _database_url

    proc = start_server(_database_url(connection.settings_dict), tmp_path,
                        {"LIVELINE_HEARTBEAT_SECONDS": heartbeat, "LIVELINE_STREAM_FASTPATH": fastpath})
    reader = SseReader(f"{proc.url}/live/{blog.slug}/events")
    try:
        yield reader
    finally:
        reader.close()
        proc.process.terminate()
        proc.process.wait(timeout=10)


@pytest.mark.parametrize("fastpath", ["true", "false"])
def test_heartbeats_keep_an_idle_stream_open(blog, django_db_setup, tmp_path, fastpath):
    with reader_of_own_server(blog, tmp_path, "1", fastpath) as reader:
        assert reader.next(timeout=2.5) is None
        assert any(c.startswith(": keepalive") for c in reader.comments)


@pytest.mark.parametrize("fastpath", ["true", "false"])
def test_a_stream_busy_with_events_gets_no_keep_alive_comments(blog, django_db_setup, tmp_path, fastpath):
    # Keep-alives are for silent streams; on a busy live they would cost a write per reader for
    # nothing (and, sent to a whole audience at once, hold a post back).
    with reader_of_own_server(blog, tmp_path, "2", fastpath) as reader:
        for n in range(8):
            domain.create_post(blog, body=f"Point {n}")
            assert reader.next(timeout=5) is not None
            time.sleep(0.3)
        assert reader.comments == []
        assert reader.next(timeout=4.5) is None  # then silent: the comments come back
        assert any(c.startswith(": keepalive") for c in reader.comments)


def test_an_id_beyond_the_log_tells_the_page_to_reload(stream_server, blog):
    domain.create_post(blog, body="Un")
    reader = SseReader(f"{stream_server.url}/live/{blog.slug}/events", last_event_id=event_ids(blog)[-1] + 1000)
    try:
        event = reader.next()
        assert event is not None and event.type == "reset"
    finally:
        reader.close()



def test_a_stream_opened_on_a_reused_connection_still_streams(stream_server, blog):
    # Browsers reuse keep-alive connections: the page request and the stream can share one.
    with httpx.Client(timeout=10) as client:
        assert client.get(f"{stream_server.url}/live/{blog.slug}/").status_code == 200
        with client.stream("GET", f"{stream_server.url}/live/{blog.slug}/events",
                           headers={"Last-Event-ID": "0"}) as response:
            assert response.status_code == 200
            post = domain.create_post(blog, body="Sur la même connexion.")
            for line in response.iter_lines():
                if line.startswith("data:"):
                    assert f'"post_id":{post.pk}' in line
                    break


def test_a_draft_blog_has_no_public_stream(stream_server, blog):
    domain.create_post(blog, body="Pas encore public")
    domain.update_blog(blog, status="draft")
    response = httpx.get(f"{stream_server.url}/live/{blog.slug}/events", headers={"Last-Event-ID": "0"})
    assert response.status_code == 404
    assert "Pas encore public" not in response.text


def test_a_blog_turned_draft_refuses_new_readers_at_once_even_while_watched(stream_server, blog):
    """The fast path reuses a blog lookup for a tenth of a second (reconnect storms), no longer."""
    watcher = SseReader(f"{stream_server.url}/live/{blog.slug}/events")
    try:
        domain.create_post(blog, body="Public")
        assert watcher.next() is not None
        domain.update_blog(blog, status="draft")
        time.sleep(0.15)
        response = httpx.get(f"{stream_server.url}/live/{blog.slug}/events", headers={"Last-Event-ID": "0"})
        assert response.status_code == 404
    finally:
        watcher.close()


def test_a_reader_resuming_while_others_watch_gets_exactly_what_it_missed(stream_server, blog):
    # Another reader keeps the blog watched, so the server still holds the recent events.
    watcher = SseReader(f"{stream_server.url}/live/{blog.slug}/events")
    reader = SseReader(f"{stream_server.url}/live/{blog.slug}/events")
    try:
        domain.create_post(blog, body="Un")
        seen = reader.next()
        assert seen is not None
        reader.close()
        for n in range(3):
            domain.create_post(blog, body=f"Pendant l'absence {n}")
        assert len(watcher.take(4)) == 4
        reader = SseReader(f"{stream_server.url}/live/{blog.slug}/events", last_event_id=seen.id)
        assert [e.id for e in reader.take(3)] == event_ids(blog, after=seen.id)
        domain.create_post(blog, body="Après")
        after = reader.next()
        assert after is not None and after.id == event_ids(blog)[-1]
        assert reader.next(timeout=1) is None
    finally:
        watcher.close()
        reader.close()
