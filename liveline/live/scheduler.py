"""Publishes scheduled posts on time, in every server process (a post is published once:
the domain function re-checks its status under the blog lock)."""

from __future__ import annotations

import asyncio
import logging

from liveline.blogs import domain
from liveline.live.hub import run_in_db_thread

log = logging.getLogger(__name__)
INTERVAL_SECONDS = 2.0


def _publish_due() -> int:
    return len(domain.publish_due_posts())


async def run_scheduler() -> None:
    while True:
        try:
            published = await run_in_db_thread(_publish_due)
            if published:
                log.info("published %d scheduled post(s)", published)
        except Exception:
            log.exception("publishing scheduled posts failed; trying again")
        await asyncio.sleep(INTERVAL_SECONDS)
