"""PostgreSQL's connection pool at work: requests share a few backends instead of starting one
each, the stream's threads give their connection back after each read, and a request that finds
no free connection gets a 503 after LIVELINE_DB_POOL_TIMEOUT instead of hanging or a 500."""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from django.db import connection, connections, transaction
from django.db.backends.signals import connection_created

from liveline.accounts.models import ApiToken
from liveline.live import hub
from tests.conftest import _database_url, start_server

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def pooled_postgresql():
    """Only where there is a pool: PostgreSQL with LIVELINE_DB_POOL on (the default)."""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite has no pool")
    if not connection.settings_dict["OPTIONS"].get("pool"):
        pytest.skip("LIVELINE_DB_POOL is off")


async def _get(app, path: str, token: str) -> int:
    """One GET through the ASGI application `liveline serve` runs; its status."""
    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
        "path": path, "raw_path": path.encode(), "query_string": b"", "root_path": "",
        "headers": [(b"host", b"testserver"), (b"authorization", f"Bearer {token}".encode())],
        "client": ("127.0.0.1", 50000), "server": ("testserver", 80), "state": {},
    }
    sent, status = False, 0

    async def receive():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await asyncio.Event().wait()

    async def send(message):
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    await app(scope, receive, send)
    return status


def test_api_requests_in_a_row_reuse_a_few_backends(blog, alice):
    """Each request runs in a thread of its own (Django's ASGI handler): without the pool each one
    opened a connection, and PostgreSQL started a backend for it."""
    from liveline import asgi

    _, token = ApiToken.issue(alice, name="pool")
    path = f"/api/blogs/{blog.slug}"
    assert asyncio.run(_get(asgi.application, path, token)) == 200  # the pool is open and lent once
    connection.pool.wait(5)  # and holds its LIVELINE_DB_POOL_MIN_SIZE connections
    with connection.cursor() as cursor:
        cursor.execute("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")
        open_before = {pid for (pid,) in cursor.fetchall()}
    backends: list[int] = []

    def opened(sender, connection, **kwargs):
        backends.append(connection.connection.info.backend_pid)

    connection_created.connect(opened)
    try:
        statuses = [asyncio.run(_get(asgi.application, path, token)) for _ in range(6)]
    finally:
        connection_created.disconnect(opened)
    assert statuses == [200] * 6
    assert len(backends) == 6  # one connection per request, taken from the pool
    assert set(backends) <= open_before  # none of them started a backend


def _held_by_stream_threads() -> list[bool]:
    """Whether each of the hub's database threads holds a connection now."""
    barrier = threading.Barrier(hub.DB_THREADS)  # one check per thread: each waits for the others

    def held() -> bool:
        barrier.wait(5)
        return connections["default"].connection is not None

    return [future.result(10) for future in [hub._db.submit(held) for _ in range(hub.DB_THREADS)]]


def test_the_streams_threads_give_their_connection_back_after_each_read(blog):
    async def reads():
        return await asyncio.gather(*[hub.run_in_db_thread(hub.latest_event_id, blog.id) for _ in range(8)])

    assert asyncio.run(reads()) == [0] * 8
    assert _held_by_stream_threads() == [False] * hub.DB_THREADS


@pytest.mark.server
def test_a_request_that_finds_no_free_connection_is_answered_503(blog, alice, tmp_path):
    """A server with one pooled connection: a request holds it (waiting on a table lock), so the
    next ones wait LIVELINE_DB_POOL_TIMEOUT and get a 503 with Retry-After; the first completes."""
    _, token = ApiToken.issue(alice, name="pool")
    server = start_server(_database_url(connection.settings_dict), tmp_path, {
        "LIVELINE_DB_POOL_MIN_SIZE": "1", "LIVELINE_DB_POOL_MAX_SIZE": "1", "LIVELINE_DB_POOL_TIMEOUT": "1"})
    api = f"{server.url}/api/blogs/{blog.slug}"
    headers = {"Authorization": f"Bearer {token}", "Accept-Language": "en"}
    try:
        with ThreadPoolExecutor(1) as background:
            with transaction.atomic():
                with connection.cursor() as cursor:
                    cursor.execute(f"LOCK TABLE {ApiToken._meta.db_table} IN ACCESS EXCLUSIVE MODE")
                first = background.submit(httpx.get, api, headers=headers, timeout=30)
                _wait_for_a_session_waiting_on_a_lock()
                started = time.monotonic()
                busy_api = httpx.get(api, headers=headers, timeout=30)
                busy_page = httpx.get(f"{server.url}/live/{blog.slug}/", timeout=30)
                # A journalist's request reads its session before any view.
                busy_desk = httpx.get(f"{server.url}/desk/", cookies={"sessionid": "any"}, timeout=30)
                waited = time.monotonic() - started
            assert first.result(30).status_code == 200  # the lock is gone: it got its answer
        assert busy_api.status_code == 503, busy_api.text
        assert busy_api.json() == {"detail": "The server is too busy to answer now; try again in a few seconds."}
        assert busy_api.headers["Retry-After"] == "5"
        assert busy_page.status_code == 503 and busy_page.headers["Retry-After"] == "5"
        assert "<h1>" in busy_page.text
        assert busy_desk.status_code == 503 and busy_desk.headers["Retry-After"] == "5"
        assert 3 <= waited < 15  # each waited the timeout (1 s), no longer
        assert httpx.get(api, headers=headers, timeout=30).status_code == 200  # and the server is fine again
    finally:
        server.process.terminate()
        server.process.wait(timeout=10)
    assert "no database connection became free within 1 s" in server.output()


def _wait_for_a_session_waiting_on_a_lock(timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    with connection.cursor() as cursor:
        while time.monotonic() < deadline:
            cursor.execute("SELECT pg_stat_clear_snapshot()")  # pg_stat_activity is read once per transaction
            cursor.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                           "AND wait_event_type = 'Lock'")
            if cursor.fetchone()[0]:
                return
            time.sleep(0.05)
    raise AssertionError("no request of the server waited on the lock")
