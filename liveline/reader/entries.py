"""A post in the forms that distribution needs: plain text, a title, self-contained HTML and
absolute URLs. The feeds, the JSON-LD of the live page and the Open Graph tags of a post page
all describe posts with these, so a post has one title and one text everywhere.

These leave the page's `_post.html` fragment aside on purpose: it carries a relative time
("5 min ago") that would be stale in a feed reader and a click-to-load player that needs the
page's script. Feed HTML is built from the same sanitized `Post.html`, escaped field by field,
then passed through nh3 once more so that nothing a feed reader renders can run a script.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from html import unescape
from typing import Any

import nh3
from django.conf import settings
from django.http import HttpRequest
from django.template.defaultfilters import linebreaksbr
from django.urls import reverse
from django.utils.html import format_html, strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from liveline.blogs import embeds, rendering
from liveline.blogs.models import LiveBlog, Post
from liveline.reader.templatetags.liveline import author_names, quote_marks

TITLE_LENGTH = 110  # what search engines show of a headline

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
        # Whole sentences to translate: French puts a no-break space before the colon.
        parts = [_("Claim: %(claim)s") % {"claim": data.get("claim", "") + claimant},
                 _("Verdict: %(verdict)s") % {"verdict": _verdict(data.get("verdict", ""))}, words]
    elif post.kind == Post.Kind.EMBED:
        parts = [data.get("title", ""), words, data.get("url", "")]
    elif post.kind == Post.Kind.IMAGE:
        parts = [words or data.get("alt", ""), data.get("credit", "")]
    elif post.kind == Post.Kind.LINK:
        parts = [_("Read also: %(title)s") % {"title": data.get("title", "")}, words, data.get("url", "")]
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


