"""Shared fixtures: the personas, a live blog, and a real Liveline server process.

alice is an editor of the blog, bob a contributor, carol has no role (a reader with an
account), and dave is a site administrator.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# This process's share of PostgreSQL's pool (LIVELINE_DB_POOL): a test that makes ORM calls beside
# Playwright's event loop gets a connection of that loop's context that nothing gives back (it
# stays idle until the session ends, as it did before the pool), so the browser tests would
# leave the default 10 all lent. The servers the tests start keep the default.
TEST_PROCESS_POOL_MAX_SIZE = 60


def pytest_configure(config) -> None:
    from django.conf import settings

    pool = settings.DATABASES["default"].get("OPTIONS", {}).get("pool")
    if pool:  # read when the first connection opens, after this
        pool["max_size"] = max(pool["max_size"], TEST_PROCESS_POOL_MAX_SIZE)


@pytest.fixture
def alice(django_user_model):
    """An editor of `blog`."""
    return django_user_model.objects.create_user("alice", password="correct-horse-42", first_name="Alice",
                                                 last_name="Martin")


@pytest.fixture
def bob(django_user_model):
    """A contributor of `blog`."""
    return django_user_model.objects.create_user("bob", password="correct-horse-42", first_name="Bob",
                                                 last_name="Durand")


@pytest.fixture
def carol(django_user_model):
    """A registered user with no role on any blog."""
    return django_user_model.objects.create_user("carol", password="correct-horse-42")


@pytest.fixture
def dave(django_user_model):
    """A site administrator."""
    return django_user_model.objects.create_superuser("dave", password="correct-horse-42")


@pytest.fixture
def blog(alice, bob):
    """A live French blog with alice as editor and bob as contributor."""
    from liveline.accounts.models import Membership
    from liveline.blogs import domain

    live = domain.create_blog(slug="ukraine-talks", title="Guerre en Ukraine : en direct",
                              description="Les négociations reprennent.", language="fr",
                              timezone_name="Europe/Kyiv", status="live")
    Membership.objects.create(user=alice, blog=live, role=Membership.Role.EDITOR)
    Membership.objects.create(user=bob, blog=live, role=Membership.Role.CONTRIBUTOR)
    return live


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _database_url(settings_dict: dict) -> str:
    if settings_dict["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{settings_dict['NAME']}"
    user = settings_dict.get("USER") or ""
    auth = f"{user}@" if user else ""
    return (f"postgres://{auth}{settings_dict.get('HOST') or '127.0.0.1'}:{settings_dict.get('PORT') or 5432}"
            f"/{settings_dict['NAME']}")


class ServerProcess:
    def __init__(self, url: str, process: subprocess.Popen, log: Path):
        self.url, self.process, self.log = url, process, log

    def output(self) -> str:
        return self.log.read_text(errors="replace")


def start_server(database_url: str, tmp: Path, extra_env: dict | None = None) -> ServerProcess:
    """Start `liveline serve` on a free port against `database_url`; wait until it answers."""
    port = _free_port()
    log = tmp / f"server-{port}.log"
    # No extraction worker inside test servers unless a test asks for one (tests/intelligence):
    # its post.enriched events would come between the events other tests count.
    env = {**os.environ, "DATABASE_URL": database_url, "LIVELINE_DATA_DIR": str(tmp),
           "LIVELINE_LIVE_POLL_SECONDS": "1", "LIVELINE_INTEL_WORKER": "separate",
           "LIVELINE_DESK_STREAM_RECHECK_SECONDS": "1",
           # Tests reuse URLs (same slug, new database) within seconds: no micro-cache unless a
           # test asks for it (tests/test_microcache.py).
           "LIVELINE_MICROCACHE_SECONDS": "0", **(extra_env or {})}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "liveline.cli", "serve", "--port", str(port)],
        env=env, stdout=log.open("w"), stderr=subprocess.STDOUT, cwd=ROOT,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the server exited at start:\n" + log.read_text())
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return ServerProcess(f"http://127.0.0.1:{port}", process, log)
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("the server did not start within 30 s:\n" + log.read_text())


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """pytest-django's test database, with every connection to it closed before it is dropped.

    PostgreSQL refuses to drop a database someone is connected to, and pytest-django then only
    warns ("database test_… is being accessed by other users") and leaves it behind. Fixtures
    that use the database (the servers) end before this one; then this process's connections
    are closed (the stream's threads', this thread's and the pool, LIVELINE_DB_POOL), sessions
    other threads left idle are ended, and any session still open is named.
    """
    yield
    from django.db import connection

    from liveline import dbpool
    from liveline.live.hub import close_db_connections

    close_db_connections()
    if connection.vendor == "postgresql":
        with django_db_blocker.unblock():
            connection.close()
            dbpool.close()
            others = _other_sessions(connection)
            idle = [pid for pid, _, _, state, _ in others if state == "idle"]
            if idle:
                others = _end_idle_sessions(connection, idle)
        if others:
            import warnings

            who = "; ".join(f"pid {pid} {app or '(no application name)'}, connected at {start:%H:%M:%S}, "
                            f"{state}, last query {query!r}" for pid, app, start, state, query in others)
            warnings.warn(f"still connected to the test database, which cannot be dropped: {who}",
                          pytest.PytestWarning, stacklevel=1)


def _end_idle_sessions(connection, pids: list[int]) -> list[tuple]:
    """End sessions left idle by threads of this process (without the pool, Django keeps one
    connection per thread, and another thread's cannot be closed from here); the sessions still
    there after."""
    with connection._nodb_cursor() as cursor:
        for pid in pids:
            cursor.execute("SELECT pg_terminate_backend(%s)", [pid])
    return _other_sessions(connection, wait=5.0)


def _other_sessions(connection, wait: float = 10.0) -> list[tuple]:
    """Sessions on the test database, once those of processes that are exiting are gone.

    Asked from the `postgres` database, as Django drops the test database: a connection of
    the test database's own would come from the pool, which would open others beside it."""
    deadline = time.monotonic() + wait
    while True:
        with connection._nodb_cursor() as cursor:
            cursor.execute("SELECT pid, application_name, backend_start, state, left(query, 80) "
                           "FROM pg_stat_activity WHERE datname = %s", [connection.settings_dict["NAME"]])
            others = cursor.fetchall()
        if not others or time.monotonic() > deadline:
            return others
        time.sleep(0.2)


@pytest.fixture(scope="session")
def server(django_db_setup, django_db_blocker, tmp_path_factory) -> Iterator[ServerProcess]:
    """A real Liveline server (uvicorn, ASGI, the live stream) on the test database.

    Tests that use it must also use `transactional_db` so what they write is committed.
    """
    from django.db import connection

    proc = start_server(_database_url(connection.settings_dict), tmp_path_factory.mktemp("server"))
    yield proc
    proc.process.terminate()
    try:
        proc.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.process.kill()
