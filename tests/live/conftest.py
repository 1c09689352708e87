"""The stream is served two ways: below ASGI by `liveline serve` (the fast path) and as a plain
ASGI endpoint (any other ASGI server, or LIVELINE_STREAM_FASTPATH=false). Both must keep the
same promises, so stream tests run against both."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest

from tests.conftest import ServerProcess, _database_url, start_server


@pytest.fixture(scope="session")
def asgi_server(django_db_setup, django_db_blocker, tmp_path_factory) -> Iterator[ServerProcess]:
    from django.db import connection

    proc = start_server(_database_url(connection.settings_dict), tmp_path_factory.mktemp("asgi-server"),
                        {"LIVELINE_STREAM_FASTPATH": "false"})
    yield proc
    proc.process.terminate()
    try:
        proc.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.process.kill()


@pytest.fixture(params=["fastpath", "asgi"])
def stream_server(request) -> ServerProcess:
    return request.getfixturevalue("server" if request.param == "fastpath" else "asgi_server")
