"""Reader fixtures: a way to publish posts at chosen times, and helpers to read pages."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

import pytest

from liveline.blogs import domain

T0 = datetime(2025, 7, 1, 10, 0, tzinfo=UTC)  # summer: Kyiv is UTC+3


@pytest.fixture
def publish(alice):
    """Publish a post in a blog (by alice unless told), a minute after the previous one by default."""
    clock = {"next": T0}

    def _publish(blog, body="Les discussions reprennent à Istanbul.", *, at=None, authors=None, **fields):
        when = at or clock["next"]
        clock["next"] = when + timedelta(minutes=1)
        fields.setdefault("authors", [alice] if authors is None else authors)
        return domain.create_post(blog, body=body, published_at=when, **fields)

    return _publish


@pytest.fixture
def english_blog(alice):
    """A live English blog in London, with no description."""
    return domain.create_blog(slug="election-night", title="Election night, live", language="en",
                              timezone_name="Europe/London", status="live")


def jsonld_of(html: str) -> dict:
    """The LiveBlogPosting of a page, found the way a crawler finds it: up to the first </script>."""
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, flags=re.S)
    assert len(found) == 1, f"expected one JSON-LD block, found {len(found)}"
    return json.loads(found[0])


def post_ids(html: str) -> list[int]:
    """Ids of the posts in the timeline, in page order (the pinned copy has no id attribute)."""
    timeline = html.split("data-timeline", 1)[1]
    return [int(n) for n in re.findall(r'<article id="post-(\d+)"', timeline)]
