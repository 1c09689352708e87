"""Several server processes sharing one database and Redis: a commit anywhere reaches readers
everywhere at once, and a Redis outage costs latency, never an event.

Each test runs its own redis-server on a free port, so it can stop and restart it.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator

import httpx
import pytest

from liveline.accounts.models import ApiToken
from liveline.blogs import domain
from liveline.live import broker
from liveline.live.models import Event
from tests.conftest import _database_url, _free_port, start_server
from tests.live.sse_client import SseReader
from tests.live.support import RedisServer, settled_log

pytestmark = [
    pytest.mark.server,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(shutil.which("redis-server") is None, reason="redis-server is not installed"),
]


@pytest.fixture
def redis_server() -> Iterator[RedisServer]:
    server = RedisServer(_free_port())
    server.start()
    yield server
    server.stop()


@pytest.fixture
def publishing_to(settings):
    """This test process commits like any other node: its commits are announced on Redis."""

    def use(url: str) -> None:
        settings.REDIS_URL = url
        broker._client = None

    yield use
    broker._client = None


def _nodes(tmp_path, redis_url: str, poll_seconds: int, count: int = 2):
    from django.db import connection

    url = _database_url(connection.settings_dict)
    env = {"REDIS_URL": redis_url, "LIVELINE_LIVE_POLL_SECONDS": str(poll_seconds)}
    return [start_server(url, tmp_path / f"node{n}", extra_env=env) for n in range(count)]


def _stop(nodes) -> None:
    for node in nodes:
        node.process.terminate()
        node.process.wait(timeout=10)


def _wait_for(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def _published(reader, post_id: int, within: float) -> bool:
    # Other events (a post's enrichment, say) may come first; only this one matters here.
    deadline = time.monotonic() + within
    while (left := deadline - time.monotonic()) > 0:
        event = reader.next(timeout=left)
        if event is None:
            return False
        if event.type == "post.published" and event.data.get("post_id") == post_id:
            return True
    return False


@pytest.fixture
def node_dirs(tmp_path):
    for n in range(2):
        (tmp_path / f"node{n}").mkdir()
    return tmp_path


def test_a_commit_in_one_process_reaches_readers_of_every_other_process_at_once(
        blog, alice, redis_server, publishing_to, node_dirs):
    # A poll interval far beyond the wait below: only Redis can deliver this fast.
    nodes = _nodes(node_dirs, redis_server.url, poll_seconds=120)
    readers = []
    try:
        readers = [SseReader(f"{node.url}/live/{blog.slug}/events") for node in nodes]
        assert _wait_for(lambda: redis_server.subscribers() == 2, timeout=10)
        publishing_to(redis_server.url)
        post = domain.create_post(blog, body="Les délégations se retrouvent à Genève.")
        for reader in readers:
            assert _published(reader, post.pk, within=3), "the event did not arrive through Redis"
        # A journalist's request served by node A reaches the reader connected to node B.
        _, token = ApiToken.issue(alice, name="redis test")
        created = httpx.post(f"{nodes[0].url}/api/blogs/{blog.slug}/posts", json={"body": "Par le nœud A."},
                             headers={"Authorization": f"Bearer {token}"}, timeout=10)
        assert created.status_code == 201, created.text
        assert _published(readers[1], created.json()["id"], within=3)
    finally:
        for reader in readers:
            reader.close()
        _stop(nodes)


def test_redis_down_then_back_loses_and_repeats_nothing(blog, redis_server, publishing_to, node_dirs):
    nodes = _nodes(node_dirs, redis_server.url, poll_seconds=2)
    readers = []
    try:
        readers = [SseReader(f"{node.url}/live/{blog.slug}/events") for node in nodes]
        assert _wait_for(lambda: redis_server.subscribers() == 2, timeout=10)
        publishing_to(redis_server.url)
        domain.create_post(blog, body="Avant la panne")

        redis_server.stop()
        # Commits go on while Redis is down; publishing to it fails quietly.
        domain.create_post(blog, body="Pendant la panne, 1")
        domain.create_post(blog, body="Pendant la panne, 2")

        redis_server.start()
        assert _wait_for(lambda: redis_server.subscribers() == 2, timeout=15), "the nodes did not resubscribe"
        domain.create_post(blog, body="Après la panne")

        assert Event.objects.filter(blog=blog, type="post.published").count() == 4
        expected = settled_log(blog)
        for reader in readers:
            got = [event.id for event in reader.take(len(expected), timeout=8)]
            assert got == expected
            assert reader.next(timeout=1) is None, "an event was delivered twice"
    finally:
        for reader in readers:
            reader.close()
        _stop(nodes)
