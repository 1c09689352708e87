"""`LIVELINE_WORKERS=2`: several processes on one port, each serving the stream below ASGI,
and one /metrics that adds them up."""

from __future__ import annotations

import re
import time

import httpx
import pytest

from liveline.blogs import domain
from tests.conftest import _database_url, start_server
from tests.live.sse_client import SseReader

pytestmark = [pytest.mark.server, pytest.mark.django_db(transaction=True)]


def test_two_worker_processes_stream_and_report_together(blog, tmp_path):
    from django.db import connection

    node = start_server(_database_url(connection.settings_dict), tmp_path,
                        extra_env={"LIVELINE_WORKERS": "2", "LIVELINE_LIVE_POLL_SECONDS": "1"})
    readers = []
    try:
        # Workers come up one after the other: wait until the stream answers.
        deadline = time.monotonic() + 30
        while httpx.get(f"{node.url}/healthz").status_code != 200 and time.monotonic() < deadline:
            time.sleep(0.2)
        readers = [SseReader(f"{node.url}/live/{blog.slug}/events") for _ in range(6)]
        assert all(reader.response.status_code == 200 for reader in readers)
        post = domain.create_post(blog, body="Servi par deux processus.")
        for reader in readers:
            event = reader.next(timeout=5)
            assert event is not None and event.data["post_id"] == post.pk
        metrics = httpx.get(f"{node.url}/metrics").text
        assert float(re.search(r"^liveline_readers (\S+)$", metrics, flags=re.M).group(1)) == 6
    finally:
        for reader in readers:
            reader.close()
        node.process.terminate()
        node.process.wait(timeout=15)
    assert "Traceback" not in node.output()
