"""Rolling restarts: a stopping node ends its streams with a retry hint and exits promptly;
its readers resume on another node with Last-Event-ID and miss nothing."""

from __future__ import annotations

import signal
import subprocess
import time

import httpx
import pytest

from liveline.blogs import domain
from liveline.live.models import Event
from tests.conftest import _database_url, _free_port, start_server
from tests.live.sse_client import SseReader

pytestmark = [pytest.mark.server, pytest.mark.django_db(transaction=True)]


def _node(tmp_path, name: str):
    from django.db import connection

    (tmp_path / name).mkdir()
    return start_server(_database_url(connection.settings_dict), tmp_path / name,
                        extra_env={"LIVELINE_LIVE_POLL_SECONDS": "1"})


def test_healthz_answers_while_the_node_serves(server):
    response = httpx.get(f"{server.url}/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


def test_healthz_says_503_within_seconds_when_postgresql_does_not_answer(tmp_path):
    """A balancer's probe gives up after a few seconds; it must get its 503 before that, not
    after the connection pool's own 10 s wait."""
    node = start_server(f"postgres://postgres@127.0.0.1:{_free_port()}/liveline", tmp_path)
    try:
        started = time.monotonic()
        response = httpx.get(f"{node.url}/healthz", timeout=15)
        waited = time.monotonic() - started
        assert response.status_code == 503
        assert response.json()["status"] == "database unavailable"
        assert waited < 5, f"the probe waited {waited:.1f} s"
    finally:
        node.process.terminate()
        node.process.wait(timeout=10)


def test_sigterm_ends_streams_with_a_retry_hint_and_readers_resume_elsewhere(blog, tmp_path):
    node_a, node_b = _node(tmp_path, "a"), _node(tmp_path, "b")
    reader = None
    try:
        reader = SseReader(f"{node_a.url}/live/{blog.slug}/events")
        domain.create_post(blog, body="Premier point de la journée.")
        first = reader.next(timeout=5)
        assert first is not None and first.type == "post.published"

        started = time.monotonic()
        node_a.process.send_signal(signal.SIGTERM)
        # The stream ends (the reader's thread puts None) instead of holding the node open.
        assert reader.next(timeout=10) is None
        node_a.process.wait(timeout=10)
        assert time.monotonic() - started < 10
        # A second, jittered retry hint came just before the end: the reader comes back soon.
        assert len(reader.retries) == 2 and 250 <= reader.retries[-1] <= 3000

        # Published while the reader was between nodes.
        domain.create_post(blog, body="Pendant le redémarrage.")
        domain.create_post(blog, body="Juste après.")
        reader.close()
        reader = SseReader(f"{node_b.url}/live/{blog.slug}/events", last_event_id=first.id)
        expected = list(Event.objects.filter(blog=blog, pk__gt=first.id).order_by("pk").values_list("pk", flat=True))
        assert [event.id for event in reader.take(len(expected))] == expected
        assert reader.next(timeout=1) is None
    finally:
        if reader:
            reader.close()
        for node in (node_a, node_b):
            if node.process.poll() is None:
                node.process.terminate()
                try:
                    node.process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    node.process.kill()
