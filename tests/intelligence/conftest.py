"""Fixtures for newsroom intelligence: posts with quotes and figures, and a way to run the queue."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from liveline.blogs import domain
from liveline.newsroom import worker

RUTTE = "« Nous ne céderons pas », a déclaré le secrétaire général de l'Otan Mark Rutte mardi à Kiev."
TOLL = "Au moins 35 civils ont été tués à Soumy dimanche, selon les autorités locales."
TOLL_UPDATE = "Au moins 41 civils ont été tués à Soumy dimanche, selon les autorités locales."


def drain() -> int:
    """Process every due job, as `liveline worker --once` would; the number processed."""
    count = 0
    while worker.process_one("test-worker"):
        count += 1
    return count


@pytest.fixture
def published(blog, alice):
    """A function that publishes a text post in `blog` (by alice), `minutes` after a fixed morning."""
    start = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)

    def publish(body: str, minutes: int = 0, **fields):
        return domain.create_post(blog, body=body, authors=[alice], published_at=start + timedelta(minutes=minutes),
                                  **fields)

    return publish
