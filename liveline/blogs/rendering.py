"""Post bodies to safe HTML, and posts to the fragment readers see.

Markdown is rendered without raw HTML, then nh3 (the ammonia sanitizer) keeps only a short
list of tags and attributes: no script, event handler or javascript: URL survives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import nh3
from django.template.loader import render_to_string
from django.utils import translation
from markdown_it import MarkdownIt

if TYPE_CHECKING:
    from liveline.blogs.models import Post

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "b", "i", "a", "ul", "ol", "li", "h3", "h4",
    "blockquote", "code", "pre", "hr", "del", "sup", "sub",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}}
URL_SCHEMES = {"http", "https", "mailto"}

_md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("strikethrough")


def _shift_heading(self, tokens, idx, options, env):
    # A post sits under the page's h1 and the post's own heading: keep its headings below them.
    token = tokens[idx]
    token.tag = "h3" if token.tag in {"h1", "h2", "h3"} else "h4"
    return self.renderToken(tokens, idx, options, env)


_md.add_render_rule("heading_open", _shift_heading)
_md.add_render_rule("heading_close", _shift_heading)


def sanitize(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow ugc",
    )


def markdown_to_html(source: str) -> str:
    """Render a journalist's Markdown to sanitized HTML."""
    return sanitize(_md.render(source or "")).strip()


def render_post_fragment(post: Post, *, pinned_slot: bool = False) -> str:
    """The `_post.html` partial, in the blog's language: the page, the stream and polling all use it."""
    with translation.override(post.blog.language):
        return render_to_string(
            "reader/_post.html", {"post": post, "blog": post.blog, "pinned_slot": pinned_slot}
        ).strip()
