"""Public reader pages: the live blog, a post's own page, the home list."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from liveline.blogs.models import LiveBlog, Post
from liveline.live.models import Event
from liveline.reader import jsonld, timeline


def _in_blog_language(request: HttpRequest, blog: LiveBlog, template: str, context: dict, status: int = 200):
    # The reader page speaks the blog's language, whatever the visitor's browser prefers.
    with translation.override(blog.language):
        response = render(request, template, {"blog": blog, **context}, status=status)
    response["Content-Language"] = blog.language
    return response


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    blogs = LiveBlog.objects.exclude(status=LiveBlog.Status.DRAFT).order_by("-coverage_start", "-created_at")
    return render(request, "reader/home.html", {"blogs": blogs})


@require_safe
def blog(request: HttpRequest, slug: str) -> HttpResponse:
    live = get_object_or_404(LiveBlog, slug=slug)
    if live.status == LiveBlog.Status.DRAFT and not request.user.is_staff:
        raise Http404
    before = request.GET.get("before", "").strip() or None
    at = request.GET.get("at", "").strip() or None
    try:
        page = timeline.page(live, before=before, at=at)
    except timeline.BadCursor:
        return _in_blog_language(
            request, live, "reader/bad_request.html",
            {"message": _("This link points to a place in the live that does not exist.")}, status=400,
        )
    last_event_id = Event.objects.filter(blog=live).order_by("-pk").values_list("pk", flat=True).first() or 0
    context = {
        "page": page,
        "pinned": timeline.pinned(live),
        "key_events": timeline.key_events(live),
        "last_event_id": last_event_id,
        "jsonld": jsonld.live_blog_posting(request, live, page.posts) if page.is_first else None,
    }
    return _in_blog_language(request, live, "reader/blog.html", context)


@require_safe
def post(request: HttpRequest, slug: str, post_id: int) -> HttpResponse:
    live = get_object_or_404(LiveBlog, slug=slug)
    item = get_object_or_404(Post.objects.select_related("blog"), blog=live, pk=post_id)
    if item.status == Post.Status.DELETED and item.published_at:
        return _in_blog_language(request, live, "reader/post_gone.html", {"post": item}, status=410)
    if not item.is_published:
        raise Http404
    return _in_blog_language(request, live, "reader/post.html", {"post": item})


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if request.path.startswith("/api/"):
        from django.http import JsonResponse

        return JsonResponse({"detail": _("Not found.")}, status=404)
    return render(request, "404.html", status=404)
