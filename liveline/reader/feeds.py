"""The Atom feed and the JSON Feed of a live blog, and the forms of a post they share with
the structured data of the page: plain text, a title, self-contained HTML, absolute URLs.

Feeds leave the page's `_post.html` fragment aside on purpose: it carries a relative time
("5 min ago") that would be stale in a feed reader and a click-to-load player that needs the
page's script. Feed HTML is built from the same sanitized `Post.html`, escaped field by field,
then passed through nh3 once more so that nothing a feed reader renders can run a script.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from html import unescape
from typing import Any

import nh3
from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.template.defaultfilters import linebreaksbr
from django.urls import reverse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import format_html, strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from liveline.blogs import embeds, rendering
from liveline.blogs.models import LiveBlog, Post
from liveline.reader import timeline
from liveline.reader.templatetags.liveline import author_names, quote_marks

FEED_SIZE = 50
TITLE_LENGTH = 110  # what search engines show of a headline
# Feed readers poll every few minutes at most; a minute of sharing costs nothing.
FEED_MAX_AGE = 60
FEED_STALE = 300
JSON_FEED_TYPE = "application/feed+json"

# Post.html's allow-list plus what the kind-specific markup of a feed entry needs.
FEED_TAGS = rendering.ALLOWED_TAGS | {"figure", "figcaption", "img"}
FEED_ATTRIBUTES = {**rendering.ALLOWED_ATTRIBUTES, "img": {"src", "alt", "width", "height"}}


# --- URLs ------------------------------------------------------------------------------------


def absolute_url(request: HttpRequest, path: str) -> str:
    """`path` on this site: under LIVELINE_PUBLIC_URL when it is set (behind a proxy or CDN
    the request may not know the public name), else on the host the request came to."""
    if settings.PUBLIC_URL:
        return settings.PUBLIC_URL + path
    return request.build_absolute_uri(path)


def blog_url(request: HttpRequest, blog: LiveBlog) -> str:
    return absolute_url(request, reverse("reader:blog", args=[blog.slug]))


def post_url(request: HttpRequest, post: Post) -> str:
    return absolute_url(request, reverse("reader:post", args=[post.blog.slug, post.pk]))


def iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="seconds")


def public_blog(slug: str) -> LiveBlog:
    """The blog, if readers may see it: drafts do not exist for the public."""
    blog = LiveBlog.objects.exclude(status=LiveBlog.Status.DRAFT).filter(slug=slug).first()
    if blog is None:
        raise Http404
    return blog


# --- a post as text and as feed HTML -----------------------------------------------------------

_BLOCK_END = re.compile(r"<br\s*/?>|</(?:p|li|h[1-6]|blockquote|pre|figcaption)>", re.IGNORECASE)
# ASCII white space only: the no-break spaces of French typography ("«\u00a0oui\u00a0»",
# "1\u00a0000") are part of the text and must survive in titles and plain text.
_SPACES = re.compile(r"[ \t\n\r\f\v]+")


def squeeze(text: str) -> str:
    """`text` on one line, runs of ordinary white space made one space, no-break spaces kept."""
    return _SPACES.sub(" ", text).strip()


def html_to_text(fragment: str) -> str:
    # Block ends become line breaks, or paragraphs would run into each other.
    text = unescape(strip_tags(_BLOCK_END.sub("\n", fragment or "")))
    lines = (squeeze(line) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _verdict(value: str) -> str:
    labels = {"true": _("True"), "misleading": _("Misleading"), "false": _("False")}
    return labels.get(value, _("Unproven"))


def _speaker(data: dict[str, Any]) -> str:
    return ", ".join(part for part in (data.get("speaker"), data.get("role")) if part)


def post_text(post: Post) -> str:
    """The post as plain text, kind by kind. Call it in the blog's language."""
    data = post.data or {}
    words = html_to_text(post.html)
    if post.kind == Post.Kind.QUOTE:
        opening, closing = quote_marks(post.blog.language)
        parts = [f"{opening}{squeeze(post.body)}{closing} — {_speaker(data)}"]
    elif post.kind == Post.Kind.FACT_CHECK:
        claimant = f" — {data['claimant']}" if data.get("claimant") else ""
        parts = [f"{_('Claim')}: {data.get('claim', '')}{claimant}",
                 f"{_('Verdict')}: {_verdict(data.get('verdict', ''))}", words]
    elif post.kind == Post.Kind.EMBED:
        parts = [data.get("title", ""), words, data.get("url", "")]
    elif post.kind == Post.Kind.IMAGE:
        parts = [words or data.get("alt", ""), data.get("credit", "")]
    elif post.kind == Post.Kind.LINK:
        parts = [f"{_('Read also')}: {data.get('title', '')}", words, data.get("url", "")]
    else:
        parts = [words]
    if post.correction_note:
        parts.append(f"{_('Correction:')} {post.correction_note}")
    return "\n".join(part for part in parts if part)


def excerpt(text: str, limit: int = TITLE_LENGTH) -> str:
    """One line of at most `limit` characters, cut at a word with an ellipsis."""
    return Truncator(squeeze(text)).chars(limit)


def post_title(post: Post, text: str | None = None) -> str:
    """The key event's headline, else the start of the text."""
    if post.key_event and post.headline:
        return post.headline
    return excerpt(text if text is not None else post_text(post)) or post.blog.title


def _image_src(request: HttpRequest, data: dict[str, Any]) -> str:
    # Images uploaded to this site are stored as site paths; feed readers need the full URL.
    src = data.get("src", "")
    return absolute_url(request, src) if src.startswith("/") else src


def post_image(request: HttpRequest, post: Post) -> str | None:
    """The absolute URL of an image post's picture; None for other kinds."""
    if post.kind != Post.Kind.IMAGE:
        return None
    return _image_src(request, post.data or {}) or None


def _content(post: Post, request: HttpRequest) -> SafeString:
    data = post.data or {}
    body = mark_safe(post.html)  # noqa: S308 - sanitized by rendering.markdown_to_html at write time
    if post.kind == Post.Kind.QUOTE:
        opening, closing = quote_marks(post.blog.language)
        source = ""
        if data.get("source_url"):
            source = format_html(' (<a href="{}">{}</a>)', data["source_url"], data.get("source") or data["source_url"])
        elif data.get("source"):
            source = format_html(" ({})", data["source"])
        return format_html("<blockquote><p>{}{}{}</p></blockquote><p>— {}{}</p>",
                           opening, linebreaksbr(post.body), closing, _speaker(data), source)
    if post.kind == Post.Kind.FACT_CHECK:
        claimant = format_html(" — {}", data["claimant"]) if data.get("claimant") else ""
        return format_html("<p><strong>{}</strong> {}{}</p><p><strong>{}</strong> {}</p>{}",
                           _("Claim"), data.get("claim", ""), claimant,
                           _("Verdict"), _verdict(data.get("verdict", "")), body)
    if post.kind == Post.Kind.EMBED:
        found = embeds.detect(data.get("url", ""))
        label = data.get("title") or (_("Content from %(name)s") % {"name": found.name} if found else data["url"])
        return format_html('<p><a href="{}">{}</a></p>{}', data.get("url", ""), label, body)
    if post.kind == Post.Kind.IMAGE:
        size = ""
        if data.get("width") and data.get("height"):
            size = format_html(' width="{}" height="{}"', data["width"], data["height"])
        credit = format_html(" {}", data["credit"]) if data.get("credit") else ""
        return format_html('<figure><img src="{}" alt="{}"{}><figcaption>{}{}</figcaption></figure>',
                           _image_src(request, data), data.get("alt", ""), size, body, credit)
    if post.kind == Post.Kind.LINK:
        return format_html('<p><strong>{}</strong> <a href="{}">{}</a></p>{}',
                           _("Read also"), data.get("url", ""), data.get("title", ""), body)
    return body


def post_html(post: Post, request: HttpRequest) -> str:
    """Self-contained, sanitized HTML of the post for feed readers. Call it in the blog's language."""
    html = _content(post, request)
    if post.correction_note:
        html += format_html("<p><strong>{}</strong> {}</p>", _("Correction:"), post.correction_note)
    return nh3.clean(html, tags=FEED_TAGS, attributes=FEED_ATTRIBUTES, url_schemes=rendering.URL_SCHEMES,
                     link_rel="noopener noreferrer nofollow ugc")


@dataclass(frozen=True)
class Entry:
    """One post as the feeds publish it."""

    post: Post
    url: str  # the permalink, also the entry's id: it never changes
    headline: str | None  # the key event's headline, when there is one
    title: str
    html: str
    text: str
    authors: list[str]
    published: datetime
    updated: datetime
    image: str | None


def entry(post: Post, request: HttpRequest) -> Entry:
    text = post_text(post)
    return Entry(
        post=post,
        url=post_url(request, post),
        headline=post.headline if post.key_event and post.headline else None,
        title=post_title(post, text),
        html=post_html(post, request),
        text=text,
        authors=author_names(post),
        published=post.published_at,
        updated=max(post.published_at, post.edited_at or post.published_at),
        image=post_image(request, post),
    )


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
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
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


@require_safe
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
