"""Public reader pages: the live blog, a post's own page, the home list."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.utils.translation import gettext as _

from liveline.accounts import permissions
from liveline.blogs.models import LiveBlog, Post
from liveline.reader import entries, jsonld, timeline
from liveline.reader.http import read_only

# The live stream brings a cached page up to date from its last event id, so a few seconds of
# sharing at the CDN cost readers nothing and spare the server a breaking-news spike.
PAGE_MAX_AGE = 10
PAGE_STALE = 30
# A post's own page changes only when the post is edited.
POST_MAX_AGE = 60
POST_STALE = 300


def _in_blog_language(
    request: HttpRequest, blog: LiveBlog, template: str, context: dict[str, Any], status: int = 200
) -> HttpResponse:
    # The reader page speaks the blog's language, whatever the visitor's browser prefers.
    with translation.override(blog.language):
        response = render(request, template, {"blog": blog, **context}, status=status)
    response["Content-Language"] = blog.language
    return response


def _visible_blog(request: HttpRequest, slug: str) -> LiveBlog:
    live = get_object_or_404(LiveBlog, slug=slug)
    # A draft blog is for its newsroom to preview, the same rule as the API (timeline.cached
    # keeps those previews out of shared caches).
    if not permissions.can_view_blog(request.user, live):
        raise Http404
    return live


@read_only
def home(request: HttpRequest) -> HttpResponse:
    blogs = LiveBlog.objects.exclude(status=LiveBlog.Status.DRAFT).order_by("-coverage_start", "-created_at")
    return render(request, "reader/home.html", {"blogs": blogs})


@read_only
def blog(request: HttpRequest, slug: str) -> HttpResponse:
    """The live: pinned summary, key events, 20 posts from the cursor (`?before=` / `?at=`)."""
    live = _visible_blog(request, slug)
    before = request.GET.get("before", "").strip() or None
    at = request.GET.get("at", "").strip() or None

    def build(state: timeline.State) -> HttpResponse:
        # `state` was read before the posts: the page may show a post newer than its
        # last_event_id (the stream then replays it, and the script skips a post it has),
        # never the other way round, which would lose an event.
        try:
            page = timeline.page(live, before=before, at=at)
        except timeline.BadCursor:
            return _in_blog_language(
                request, live, "reader/bad_request.html",
                {"message": _("This link points to a place in the live that does not exist.")}, status=400,
            )
        context = {
            "page": page,
            "pinned": timeline.pinned(live),
            "key_events": timeline.key_events(live),
            "last_event_id": state.last_event_id,
            "jsonld": (
                jsonld.live_blog_posting(request, live, page.posts, modified=state.modified)
                if page.is_first else None
            ),
            "canonical_url": entries.blog_url(request, live),
        }
        return _in_blog_language(request, live, "reader/blog.html", context)

    return timeline.cached(request, live, build, max_age=PAGE_MAX_AGE, stale_while_revalidate=PAGE_STALE)


@read_only
def post(request: HttpRequest, slug: str, post_id: int) -> HttpResponse:
    """A post's own page, to share; 410 once the newsroom removed it."""
    live = _visible_blog(request, slug)

    def build(state: timeline.State) -> HttpResponse:
        item = (
            Post.objects.select_related("blog").prefetch_related("authors")
            .filter(blog=live, pk=post_id).first()
        )
        if item is None:
            raise Http404
        if item.status == Post.Status.DELETED and item.published_at:
            return _in_blog_language(request, live, "reader/post_gone.html", {"post": item}, status=410)
        if not item.is_published:
            raise Http404
        with translation.override(live.language):
            text = entries.post_text(item)
        context = {
            "post": item,
            # For the Open Graph tags: absolute even behind a proxy, free of query strings.
            "canonical_url": entries.post_url(request, item),
            "og_title": entries.post_title(item, text),
            "og_description": entries.excerpt(text, 200),
            "og_image": entries.post_image(request, item),
            "published_iso": entries.iso(item.published_at),
            "modified_iso": entries.iso(item.edited_at) if item.edited_at else None,
        }
        return _in_blog_language(request, live, "reader/post.html", context)

    return timeline.cached(request, live, build, max_age=POST_MAX_AGE, stale_while_revalidate=POST_STALE)


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": _("Not found.")}, status=404)
    return render(request, "404.html", status=404)
