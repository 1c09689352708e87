"""Chromium for newsroom intelligence: the fixtures of tests/browser, and a server that reads posts."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest

from tests.browser.conftest import _orm_beside_playwright, browser, context, page  # noqa: F401
from tests.conftest import ServerProcess, _database_url, start_server


@pytest.fixture(scope="package")
def reading_server(django_db_setup, tmp_path_factory) -> Iterator[ServerProcess]:
    """A real server that runs the extraction worker itself."""
    from django.db import connection

    server = start_server(_database_url(connection.settings_dict), tmp_path_factory.mktemp("reading"),
                          {"LIVELINE_INTEL_WORKER": "server", "LIVELINE_INTEL_WORKER_POLL_SECONDS": "1"})
    yield server
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()
