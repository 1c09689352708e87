"""The whole path against real processes: a post published through the API reaches an open
reader page at once, then its quotes and names arrive through the same event stream."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from liveline.accounts.models import ApiToken
from tests.conftest import ROOT, ServerProcess, _database_url, start_server
from tests.intelligence.conftest import RUTTE, TOLL
from tests.live.sse_client import SseReader

pytestmark = [pytest.mark.server, pytest.mark.django_db(transaction=True)]


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture
def database_url(django_db_setup) -> str:
    from django.db import connection

    return _database_url(connection.settings_dict)


@pytest.fixture
def separate(database_url, tmp_path) -> Iterator[tuple[ServerProcess, subprocess.Popen, Path]]:
    """A server that leaves extraction to a `liveline worker` process, and that worker."""
    server = start_server(database_url, tmp_path, {"LIVELINE_INTEL_WORKER": "separate"})
    log = tmp_path / "worker.log"
    env = {**os.environ, "DATABASE_URL": database_url, "LIVELINE_DATA_DIR": str(tmp_path),
           "LIVELINE_INTEL_WORKER_POLL_SECONDS": "1"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    work = subprocess.Popen([sys.executable, "-m", "liveline.cli", "worker"], env=env, cwd=ROOT,
                            stdout=log.open("w"), stderr=subprocess.STDOUT)
    yield server, work, log
    _stop(work)
    _stop(server.process)


@pytest.fixture
def in_server(database_url, tmp_path) -> Iterator[ServerProcess]:
    """A server that runs the extraction worker itself (the SQLite default)."""
    server = start_server(database_url, tmp_path, {"LIVELINE_INTEL_WORKER": "server",
                                                   "LIVELINE_INTEL_WORKER_POLL_SECONDS": "1"})
    yield server
    _stop(server.process)


def _publish_and_follow(server: ServerProcess, blog, alice) -> None:
    _, token = ApiToken.issue(alice, name="e2e")
    reader = SseReader(f"{server.url}/live/{blog.slug}/events")
    try:
        time.sleep(0.5)  # the stream is open before the post exists
        started = time.monotonic()
        created = httpx.post(f"{server.url}/api/blogs/{blog.slug}/posts", json={"body": RUTTE + "\n\n" + TOLL},
                             headers={"Authorization": f"Bearer {token}"}, timeout=30)
        assert created.status_code == 201, created.text
        post_id = created.json()["id"]
        assert created.json()["extracted"]["status"] == "pending"  # publishing did not wait

        published = reader.next(timeout=10)
        assert published is not None and published.type == "post.published"
        assert published.data["post_id"] == post_id and "/about/mark-rutte/" not in published.data["html"]

        enriched = reader.next(timeout=60)  # the worker may still be loading its language model
        assert enriched is not None, "no post.enriched event"
        assert enriched.type == "post.enriched" and enriched.data["post_id"] == post_id
        assert enriched.data["version"] == published.data["version"]
        html = enriched.data["html"]
        assert f'href="/live/{blog.slug}/about/mark-rutte/">Mark Rutte</a>' in html
        assert f'href="/live/{blog.slug}/about/kyiv/">Kyiv</a>' in html
        assert "au moins 35" in enriched.data["key_figures"]
        assert time.monotonic() - started < 60

        page = httpx.get(f"{server.url}/live/{blog.slug}/", timeout=30).text
        assert f'href="/live/{blog.slug}/about/mark-rutte/">Mark Rutte</a>' in page
        api = httpx.get(f"{server.url}/api/blogs/{blog.slug}/posts/{post_id}", timeout=30).json()
        assert api["extracted"]["status"] == "done"
        assert api["extracted"]["quotes"][0]["speaker"]["name"] == "Mark Rutte"
        who = httpx.get(f"{server.url}/live/{blog.slug}/who-said-what/", timeout=30).text
        assert f"/live/{blog.slug}/posts/{post_id}/" in who
    finally:
        reader.close()


def test_a_post_published_through_the_api_gets_its_facts_through_the_stream(separate, blog, alice):
    server, work, log = separate
    try:
        _publish_and_follow(server, blog, alice)
    except AssertionError:
        print(server.output(), log.read_text(), sep="\n---\n")
        raise
    assert work.poll() is None  # the worker keeps running


def test_the_worker_can_run_inside_the_server(in_server, blog, alice):
    try:
        _publish_and_follow(in_server, blog, alice)
    except AssertionError:
        print(in_server.output())
        raise


def test_the_worker_command_stops_cleanly_on_sigterm(separate):
    _server, work, _log = separate
    time.sleep(1)
    work.terminate()
    assert work.wait(timeout=15) == 0


def _children(pid: int) -> list[int]:
    with open(f"/proc/{pid}/task/{pid}/children") as f:
        return [int(p) for p in f.read().split()]


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ", 1)[1][0] != "Z"
    except FileNotFoundError:
        return False


def test_the_worker_inside_the_server_is_its_own_process_and_dies_with_it(in_server):
    """Reading posts never holds the server's GIL, and a killed server leaves no worker behind."""
    deadline = time.monotonic() + 10
    workers: list[int] = []
    while not workers and time.monotonic() < deadline:
        workers = [pid for pid in _children(in_server.process.pid)
                   if b"--attached" in Path(f"/proc/{pid}/cmdline").read_bytes()]
        time.sleep(0.1)
    assert len(workers) == 1, "the server did not start its extraction worker"
    assert os.getpriority(os.PRIO_PROCESS, workers[0]) > os.getpriority(os.PRIO_PROCESS, in_server.process.pid)
    in_server.process.kill()
    in_server.process.wait()
    deadline = time.monotonic() + 15
    while _alive(workers[0]) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(workers[0]), "the worker outlived its server"
