"""Reader pages of newsroom intelligence: who said what, and one page per person, place or organisation.

Public and cacheable like the live page: they change only when an event is appended to the
blog's log (a `post.enriched` among them), so the same ETag rule applies.
"""

from __future__ import annotations

from itertools import groupby

from django.http import Http404, HttpRequest, HttpResponse

from liveline.blogs.models import Post
from liveline.newsroom.models import EntityType, Mention, Statement
from liveline.reader import timeline
from liveline.reader.http import read_only
from liveline.reader.views import _in_blog_language, _visible_blog

MAX_AGE = 30
STALE = 120


def _statements(blog):
    return (Statement.objects.filter(blog=blog, post__status=Post.Status.PUBLISHED)
            .select_related("post").order_by("published_at", "post_id", "position"))


@read_only
def who_said_what(request: HttpRequest, slug: str) -> HttpResponse:
    """Statements by speaker (speakers by name), each speaker's in time order, linking to its post."""
    live = _visible_blog(request, slug)

    def build(state: timeline.State) -> HttpResponse:
        rows = sorted(_statements(live), key=lambda s: (s.speaker.casefold(), s.speaker_slug))
        speakers = []
        for key, group in groupby(rows, key=lambda s: s.speaker_slug):
            items = sorted(group, key=lambda s: (s.published_at, s.post_id, s.position))
            role = next((s.role for s in reversed(items) if s.role), "")
            speakers.append({"slug": key, "name": items[0].speaker, "role": role, "statements": items})
        return _in_blog_language(request, live, "newsroom/who_said_what.html", {"speakers": speakers})

    return timeline.cached(request, live, build, max_age=MAX_AGE, stale_while_revalidate=STALE)


@read_only
def entities(request: HttpRequest, slug: str) -> HttpResponse:
    """Every person, place and organisation the blog's posts name, with how many posts do."""
    live = _visible_blog(request, slug)

    def build(state: timeline.State) -> HttpResponse:
        counts: dict[str, dict] = {}
        for mention in Mention.objects.filter(blog=live, post__status=Post.Status.PUBLISHED).only(
                "slug", "canonical", "type"):
            entry = counts.setdefault(mention.slug, {"slug": mention.slug, "name": mention.canonical,
                                                     "type": mention.type, "posts": 0})
            entry["posts"] += 1
        groups = [
            (label, sorted((e for e in counts.values() if e["type"] == value), key=lambda e: e["name"].casefold()))
            for value, label in EntityType.choices
        ]
        return _in_blog_language(request, live, "newsroom/entities.html",
                                 {"groups": [(label, items) for label, items in groups if items]})

    return timeline.cached(request, live, build, max_age=MAX_AGE, stale_while_revalidate=STALE)


@read_only
def entity(request: HttpRequest, slug: str, entity_slug: str) -> HttpResponse:
    """One person, place or organisation: what they said, and every post that names them."""
    live = _visible_blog(request, slug)

    def build(state: timeline.State) -> HttpResponse:
        statements = list(_statements(live).filter(speaker_slug=entity_slug))
        mention_rows = list(Mention.objects.filter(blog=live, slug=entity_slug, post__status=Post.Status.PUBLISHED)
                            .order_by("-published_at", "-post_id").values_list("post_id", "canonical", "type"))
        if not statements and not mention_rows:
            raise Http404
        ids = {row[0] for row in mention_rows} | {s.post_id for s in statements}
        posts = list(timeline.published(live).filter(pk__in=ids))
        name = mention_rows[0][1] if mention_rows else statements[0].speaker
        kind = mention_rows[0][2] if mention_rows else EntityType.PERSON
        role = next((s.role for s in reversed(statements) if s.role), "")
        context = {"name": name, "type_label": EntityType(kind).label, "role": role,
                   "statements": statements, "posts": posts}
        return _in_blog_language(request, live, "newsroom/entity.html", context)

    return timeline.cached(request, live, build, max_age=MAX_AGE, stale_while_revalidate=STALE)
