"""Two nodes sharing the database and Redis, under readers and publishing: a node killed outright,
then rolling restarts. Readers that lose their node resume on another with Last-Event-ID, like
a browser behind a load balancer, and none misses or repeats an event."""

from __future__ import annotations

import shutil
import signal
import subprocess
import threading
import time

import httpx
import pytest

from liveline.accounts.models import ApiToken
from liveline.live.models import Event
from tests.conftest import _database_url, _free_port, start_server
from tests.live.support import RedisServer, settled_log

pytestmark = [
    pytest.mark.server,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(shutil.which("redis-server") is None, reason="redis-server is not installed"),
]


class Cluster:
    """The nodes a load balancer would send readers and journalists to."""

    def __init__(self, tmp_path, redis_url: str):
        from django.db import connection

        self.tmp_path, self.db_url, self.redis_url = tmp_path, _database_url(connection.settings_dict), redis_url
        self.nodes: list = []
        self.lock = threading.Lock()
        self.started = 0

    def start_node(self):
        self.started += 1
        folder = self.tmp_path / f"node{self.started}"
        folder.mkdir()
        node = start_server(self.db_url, folder, extra_env={"REDIS_URL": self.redis_url,
                                                           "LIVELINE_LIVE_POLL_SECONDS": "2",
                                                           "LIVELINE_HEARTBEAT_SECONDS": "1"})
        with self.lock:
            self.nodes.append(node)
        return node

    def remove(self, node) -> None:
        with self.lock:
            self.nodes.remove(node)

    def urls(self) -> list[str]:
        with self.lock:
            return [node.url for node in self.nodes]

    def stop_all(self) -> None:
        for node in list(self.nodes):
            if node.process.poll() is None:
                node.process.terminate()
                try:
                    node.process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    node.process.kill()


class ResumingReader(threading.Thread):
    """Reads the stream from any node; when it ends, resumes on the next with Last-Event-ID."""

    def __init__(self, cluster: Cluster, slug: str, start: int):
        super().__init__(daemon=True)
        self.cluster, self.slug, self.turn = cluster, slug, start
        self.ids: list[int] = []
        self.reconnects = 0
        self.stop = threading.Event()
        self.ready = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            urls = self.cluster.urls()
            url = urls[self.turn % len(urls)]
            self.turn += 1
            headers = {"Last-Event-ID": str(self.ids[-1])} if self.ids else {"Last-Event-ID": "0"}
            try:
                with httpx.stream("GET", f"{url}/live/{self.slug}/events", headers=headers,
                                  timeout=httpx.Timeout(5, read=5)) as response:
                    if response.status_code == 200:
                        self.ready.set()
                        for line in response.iter_lines():
                            if line.startswith("id:"):
                                self.ids.append(int(line[3:].strip()))
                            if self.stop.is_set():
                                return
            except httpx.HTTPError:
                pass
            self.reconnects += 1
            time.sleep(0.1)


class Publisher(threading.Thread):
    """alice publishing through the API, to whichever node answers."""

    def __init__(self, cluster: Cluster, slug: str, token: str, count: int):
        super().__init__(daemon=True)
        self.cluster, self.slug, self.token, self.count = cluster, slug, token, count
        self.published = 0

    def run(self) -> None:
        turn = 0
        while self.published < self.count:
            urls = self.cluster.urls()
            url = urls[turn % len(urls)]
            turn += 1
            try:
                response = httpx.post(f"{url}/api/blogs/{self.slug}/posts",
                                      json={"body": f"Point n° {self.published + 1}"},
                                      headers={"Authorization": f"Bearer {self.token}"}, timeout=5)
            except httpx.HTTPError:
                continue  # that node is going away: the next one takes the post
            if response.status_code == 201:
                self.published += 1
            time.sleep(0.1)


@pytest.fixture
def cluster(tmp_path):
    redis = RedisServer(_free_port())
    redis.start()
    group = Cluster(tmp_path, redis.url)
    yield group
    group.stop_all()
    redis.stop()


def _run(cluster, blog, alice, disrupt) -> None:
    _, token = ApiToken.issue(alice, name="node tests")
    readers = [ResumingReader(cluster, blog.slug, start=n) for n in range(6)]
    for reader in readers:
        reader.start()
    for reader in readers:
        assert reader.ready.wait(15)
    publisher = Publisher(cluster, blog.slug, token, count=40)
    publisher.start()
    disrupt(publisher)
    publisher.join(timeout=90)
    assert publisher.published == 40
    assert Event.objects.filter(blog=blog, type="post.published").count() == 40
    expected = settled_log(blog)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(len(r.ids) < len(expected) for r in readers):
        time.sleep(0.2)
    for reader in readers:
        reader.stop.set()
    for reader in readers:
        assert reader.ids == expected, f"missed {sorted(set(expected) - set(reader.ids))}; " \
                                       f"repeated {len(reader.ids) - len(set(reader.ids))}"
    assert any(reader.reconnects for reader in readers)


def _wait_published(publisher, count: int) -> None:
    deadline = time.monotonic() + 30
    while publisher.published < count and time.monotonic() < deadline:
        time.sleep(0.05)


def test_readers_of_a_killed_node_resume_on_the_other_and_miss_nothing(cluster, blog, alice):
    first = cluster.start_node()
    cluster.start_node()

    def kill(publisher):
        _wait_published(publisher, 12)
        cluster.remove(first)
        first.process.send_signal(signal.SIGKILL)
        first.process.wait(timeout=10)

    _run(cluster, blog, alice, kill)


def test_rolling_restart_of_both_nodes_loses_and_repeats_nothing(cluster, blog, alice):
    cluster.start_node()
    cluster.start_node()

    def roll(publisher):
        for count in (10, 25):
            old = cluster.nodes[0]
            _wait_published(publisher, count)
            cluster.start_node()  # the replacement first, as a deploy would
            cluster.remove(old)
            old.process.send_signal(signal.SIGTERM)
            old.process.wait(timeout=10)

    _run(cluster, blog, alice, roll)
