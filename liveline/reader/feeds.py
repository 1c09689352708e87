"""The Atom feed and the JSON Feed of a live blog: its newest published posts, in the forms of
`liveline.reader.entries`, validated by the blog's public state (`timeline.cached`)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed

from liveline.blogs.models import LiveBlog, Post
from liveline.reader import timeline
from liveline.reader.entries import Entry, absolute_url, blog_url, entry, excerpt, iso
from liveline.reader.http import SAFE_METHODS, not_allowed, read_only

FEED_SIZE = 50
# Feed readers poll every few minutes at most; a minute of sharing costs nothing.
FEED_MAX_AGE = 60
FEED_STALE = 300
JSON_FEED_TYPE = "application/feed+json"


def public_blog(slug: str) -> LiveBlog:
    """The blog, if readers may see it: drafts do not exist for the public."""
    blog = LiveBlog.objects.exclude(status=LiveBlog.Status.DRAFT).filter(slug=slug).first()
    if blog is None:
        raise Http404
    return blog


# --- Atom ------------------------------------------------------------------------------------


class _LiveAtom1Feed(Atom1Feed):
    """Atom with the post's HTML as <content> and one <author> per author (Django writes one)."""

    def latest_post_date(self) -> datetime:
        # The blog's latest change, deletions included, rather than the newest entry's date.
        return self.feed.get("updated") or super().latest_post_date()

    def add_item_elements(self, handler, item) -> None:
        super().add_item_elements(handler, item)
        for name in item["authors"]:
            handler.startElement("author", {})
            handler.addQuickElement("name", name)
            handler.endElement("author")
        handler.addQuickElement("content", item["content"], {"type": "html"})


@dataclass(frozen=True)
class _Source:
    request: HttpRequest
    blog: LiveBlog
    state: timeline.State
    entries: list[Entry]


class AtomFeed(Feed):
    """`/live/<slug>/feed.atom`: the newest published posts of a live or ended blog."""

    feed_type = _LiveAtom1Feed

    def __call__(self, request: HttpRequest, slug: str) -> HttpResponse:
        if request.method not in SAFE_METHODS:
            return not_allowed()
        blog = public_blog(slug)

        def build(state: timeline.State) -> HttpResponse:
            with translation.override(blog.language):
                items = [entry(post, request) for post in timeline.latest(blog, FEED_SIZE)]
                feed = self.get_feed(_Source(request, blog, state, items), request)
            response = HttpResponse(content_type=feed.content_type)
            feed.write(response, "utf-8")
            response["Content-Language"] = blog.language
            return response

        return timeline.cached(request, blog, build, max_age=FEED_MAX_AGE, stale_while_revalidate=FEED_STALE)

    def title(self, obj: _Source) -> str:
        return obj.blog.title

    def subtitle(self, obj: _Source) -> str | None:
        return obj.blog.description or None

    def link(self, obj: _Source) -> str:
        return blog_url(obj.request, obj.blog)

    def feed_url(self, obj: _Source) -> str:
        return absolute_url(obj.request, reverse("reader:feed-atom", args=[obj.blog.slug]))

    def author_name(self, obj: _Source) -> str:
        # Atom wants an author for entries that have none: the live itself.
        return obj.blog.title

    def feed_extra_kwargs(self, obj: _Source) -> dict[str, Any]:
        return {"updated": obj.state.modified}

    def items(self, obj: _Source) -> list[Entry]:
        return obj.entries

    def item_title(self, item: Entry) -> str:
        return item.title

    def item_link(self, item: Entry) -> str:
        return item.url

    def item_guid(self, item: Entry) -> str:
        return item.url

    def item_description(self, item: Entry) -> None:
        return None  # the full post is in <content>; no separate summary

    def item_pubdate(self, item: Entry) -> datetime:
        return item.published

    def item_updateddate(self, item: Entry) -> datetime:
        return item.updated

    def item_extra_kwargs(self, item: Entry) -> dict[str, Any]:
        return {"authors": item.authors, "content": item.html}


# --- JSON Feed 1.1 ---------------------------------------------------------------------------


def json_feed_document(request: HttpRequest, blog: LiveBlog, posts: list[Post]) -> dict[str, Any]:
    """The JSON Feed 1.1 object (https://jsonfeed.org/version/1.1). Call it in the blog's language."""
    document: dict[str, Any] = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": blog.title,
        "home_page_url": blog_url(request, blog),
        "feed_url": absolute_url(request, reverse("reader:feed-json", args=[blog.slug])),
        "description": blog.description,
        "language": blog.language,
        # Items without authors fall back to these (JSON Feed 1.1, "authors").
        "authors": [{"name": blog.title, "url": blog_url(request, blog)}],
        "items": [],
    }
    for item in (entry(post, request) for post in posts):
        data: dict[str, Any] = {"id": item.url, "url": item.url}
        if item.headline:
            data["title"] = item.headline
        data.update({
            "content_html": item.html,
            "content_text": item.text,
            "summary": excerpt(item.text),
            "date_published": iso(item.published),
            "date_modified": iso(item.updated),
        })
        if item.image:
            data["image"] = item.image
        if item.authors:
            data["authors"] = [{"name": name} for name in item.authors]
        document["items"].append(data)
    return document


@read_only
def json_feed(request: HttpRequest, slug: str) -> HttpResponse:
    """`/live/<slug>/feed.json`: the same entries as the Atom feed, as JSON Feed 1.1."""
    blog = public_blog(slug)

    def build(state: timeline.State) -> HttpResponse:
        with translation.override(blog.language):
            document = json_feed_document(request, blog, timeline.latest(blog, FEED_SIZE))
        response = HttpResponse(json.dumps(document, ensure_ascii=False), content_type=JSON_FEED_TYPE)
        response["Content-Language"] = blog.language
        return response

    return timeline.cached(request, blog, build, max_age=FEED_MAX_AGE, stale_while_revalidate=FEED_STALE)
