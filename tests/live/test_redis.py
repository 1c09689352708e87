"""Several server processes sharing one database and Redis: a commit anywhere reaches readers
everywhere at once, and a Redis outage costs latency, never an event.

Each test runs its own redis-server on a free port, so it can stop and restart it.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator

import pytest

from liveline.blogs import domain
from liveline.live import broker
from liveline.live.models import Event
from tests.conftest import _database_url, _free_port, start_server
from tests.live.sse_client import SseReader

pytestmark = [
    pytest.mark.server,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(shutil.which("redis-server") is None, reason="redis-server is not installed"),
]


class RedisServer:
    def __init__(self, port: int):
        self.port = port
        self.url = f"redis://127.0.0.1:{port}/0"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process:
            self.process.kill()
            self.process.wait()
            self.process = None

    def subscribers(self) -> int:
        import redis

        client = redis.Redis(port=self.port)
        try:
            return dict(client.pubsub_numsub(broker.CHANNEL)).get(broker.CHANNEL.encode(), 0)
        finally:
            client.close()


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


@pytest.fixture
def node_dirs(tmp_path):
    for n in range(2):
        (tmp_path / f"node{n}").mkdir()
    return tmp_path


def test_a_commit_in_one_process_reaches_readers_of_every_other_process_at_once(
        blog, redis_server, publishing_to, node_dirs):
    # A poll interval far beyond the wait below: only Redis can deliver this fast.
    nodes = _nodes(node_dirs, redis_server.url, poll_seconds=120)
    readers = []
    try:
        readers = [SseReader(f"{node.url}/live/{blog.slug}/events") for node in nodes]
        assert _wait_for(lambda: redis_server.subscribers() == 2, timeout=10)
        publishing_to(redis_server.url)
        post = domain.create_post(blog, body="Les délégations se retrouvent à Genève.")
        for reader in readers:
            event = reader.next(timeout=3)
            assert event is not None, "the event did not arrive through Redis"
            assert (event.type, event.data["post_id"]) == ("post.published", post.pk)
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

        expected = list(Event.objects.filter(blog=blog).order_by("pk").values_list("pk", flat=True))
        assert len(expected) == 4
        for reader in readers:
            got = [event.id for event in reader.take(len(expected), timeout=8)]
            assert got == expected
            assert reader.next(timeout=1) is None, "an event was delivered twice"
    finally:
        for reader in readers:
            reader.close()
        _stop(nodes)
