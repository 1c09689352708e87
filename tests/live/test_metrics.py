"""`/metrics` tells an operator how many readers are connected and how fast events reach them."""

from __future__ import annotations

import re

import httpx
import pytest

from liveline.blogs import domain
from tests.conftest import _database_url, start_server
from tests.live.sse_client import SseReader

pytestmark = [pytest.mark.server, pytest.mark.django_db(transaction=True)]


def sample(text: str, name: str, labels: str = "") -> float:
    match = re.search(rf"^{re.escape(name)}{re.escape(labels)} ([0-9.e+-]+)$", text, flags=re.M)
    assert match, f"{name}{labels} is not in the metrics"
    return float(match.group(1))


def test_readers_deliveries_lag_and_request_latency_are_exported(server, blog):
    before = httpx.get(f"{server.url}/metrics").text
    readers = [SseReader(f"{server.url}/live/{blog.slug}/events") for _ in range(3)]
    try:
        domain.create_post(blog, body="Les sirènes retentissent à Odessa.")
        for reader in readers:
            assert reader.next(timeout=5) is not None
        httpx.get(f"{server.url}/live/{blog.slug}/")
        during = httpx.get(f"{server.url}/metrics")
        assert during.headers["content-type"].startswith("text/plain")
        text = during.text
        assert sample(text, "liveline_readers") - sample(before, "liveline_readers") == 3
        delivered = sample(text, "liveline_events_delivered_total") - sample(before, "liveline_events_delivered_total")
        assert delivered == 3
        assert sample(text, "liveline_event_delivery_lag_seconds_count") >= 1
        assert sample(text, "liveline_request_duration_seconds_count",
                      '{method="GET",route="live/<slug:slug>/",status="200"}') >= 1
        assert "# TYPE liveline_gc_pause_seconds histogram" in text
    finally:
        for reader in readers:
            reader.close()


def test_a_metrics_token_keeps_strangers_out(tmp_path, db):
    from django.db import connection

    node = start_server(_database_url(connection.settings_dict), tmp_path,
                        extra_env={"LIVELINE_METRICS_TOKEN": "scrape-me-7f3a"})
    try:
        assert httpx.get(f"{node.url}/metrics").status_code == 401
        assert httpx.get(f"{node.url}/metrics", headers={"Authorization": "Bearer wrong"}).status_code == 401
        allowed = httpx.get(f"{node.url}/metrics", headers={"Authorization": "Bearer scrape-me-7f3a"})
        assert allowed.status_code == 200 and "liveline_readers" in allowed.text
    finally:
        node.process.terminate()
        node.process.wait(timeout=10)
