"""Blogs through the API: create, read, change, and the errors a newsroom will hit."""

from __future__ import annotations

import pytest

from liveline.blogs.models import LiveBlog
from liveline.live.models import Event

pytestmark = pytest.mark.django_db


def test_create_read_update_round_trip(as_dave, anon):
    created = as_dave.post("/blogs", {"slug": "election-night", "title": "Election night", "language": "en",
                                      "timezone": "Europe/London", "description": "Results as they come."})
    assert created.status_code == 201, created.data
    blog = created.data
    assert blog["status"] == "draft" and blog["url"] == "http://testserver/live/election-night/"
    assert blog["coverage_start"] is None and blog["created_at"] and blog["updated_at"]
    assert anon.get("/blogs/election-night").status_code == 404  # a draft is for the newsroom

    live = as_dave.patch("/blogs/election-night", {"status": "live"})
    assert live.status_code == 200 and live.data["coverage_start"]
    assert anon.get("/blogs/election-night").data == live.data
    ended = as_dave.patch("/blogs/election-night", {"status": "ended"}).data
    assert ended["coverage_end"] and ended["coverage_start"] == live.data["coverage_start"]
    assert list(Event.objects.values_list("type", flat=True)) == ["blog.updated", "blog.updated"]


def test_list_shows_public_blogs(anon, blog):
    LiveBlog.objects.create(slug="brouillon", title="Brouillon")
    assert [b["slug"] for b in anon.get("/blogs").data["blogs"]] == ["ukraine-talks"]


@pytest.mark.parametrize("body, field", [
    ({"slug": "Bad Slug", "title": "X"}, "slug"),
    ({"slug": "ok", "title": ""}, "title"),
    ({"slug": "ok", "title": "X", "timezone": "Mars/Olympus"}, "timezone"),
    ({"slug": "ok", "title": "X", "language": "de"}, "language"),
    ({"slug": "ok", "title": "X", "status": "archived"}, "status"),
    ({"title": "X"}, "slug"),
    ({"slug": "ukraine-talks", "title": "Doublon"}, "slug"),
])
def test_invalid_blogs_are_422_with_the_field(as_dave, blog, body, field):
    response = as_dave.post("/blogs", body)
    assert response.status_code == 422, response.data
    assert field in [error["field"] for error in response.data["errors"]]
    assert LiveBlog.objects.count() == 1


def test_update_refuses_unknown_and_null_fields(as_alice):
    assert as_alice.patch("/blogs/ukraine-talks", {"slug": "renamed"}).status_code == 422
    assert as_alice.patch("/blogs/ukraine-talks", {"title": None}).status_code == 422
    response = as_alice.patch("/blogs/ukraine-talks", {"timezone": "Nowhere/Else"})
    assert response.status_code == 422 and response.data["errors"][0]["field"] == "timezone"
    assert LiveBlog.objects.get().timezone == "Europe/Kyiv"
