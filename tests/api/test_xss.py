"""Known XSS payloads sent through the API in every text field of every kind never run for readers.

Each payload goes into every field a journalist can type into; whatever the API accepts is then
checked where a browser would meet it: the stored `html`, the live page, each post's own page
and the live event sent to open pages.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from liveline.blogs.kinds import FIELDS
from liveline.blogs.models import Post
from liveline.live.models import Event

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<a href="javascript:alert(1)">x</a>',
    "[clic](javascript:alert(1))",
    "[clic](JaVaScRiPt:alert(1))",
    "[clic](java&#x09;script:alert(1))",
    "[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![x](javascript:alert(1))",
    "<javascript:alert(1)>",
    '<iframe src="javascript:alert(1)"></iframe>',
    '<div style="width: expression(alert(1))">x</div>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    "</script><script>alert(1)</script>",
    "<body onload=alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<object data="data:text/html,<script>alert(1)</script>"></object>',
    '<base href="javascript:alert(1)//">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    "<details open ontoggle=alert(1)>",
    "<<script>script>alert(1)<</script>/script>",
    "`<img src=x onerror=alert(1)>`",
]
URL_PAYLOADS = [
    "javascript:alert(1)",
    " javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//evil.example/x.js",
    'https://example.org/"onmouseover="alert(1)',
    "https://example.org/'><script>alert(1)</script>",
    "https://example.org/#<img src=x onerror=alert(1)>",
    '/relative"onerror="alert(1)',
]
# A valid value for each field, so that only the field under test carries the payload.
VALID = {
    "text": ("Texte.", {}),
    "quote": ("Nous ne céderons pas.", {"speaker": "V. Z.", "role": "président", "source": "Telegram",
                                       "source_url": "https://t.me/x/1"}),
    "embed": ("Légende.", {"url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "title": "Vidéo"}),
    "image": ("Légende.", {"src": "https://example.org/a.jpg", "alt": "Photo", "credit": "AFP"}),
    "link": ("Résumé.", {"url": "https://example.org/a", "title": "À lire", "site": "Exemple"}),
    "fact-check": ("Explication.", {"claim": "Affirmation", "claimant": "Quelqu'un", "verdict": "false"}),
}
URL_FIELDS = {"url", "source_url", "src"}
NOT_TEXT = {"provider", "width", "height", "variants", "verdict"}
DANGEROUS_TAGS = {"iframe", "object", "embed", "svg", "math", "base", "frame", "frameset", "applet", "style",
                  "form", "template"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "xlink:href", "srcset", "background",
                  "data-embed-src", "content"}
DATA_SCRIPTS = {"application/ld+json", "application/json"}
BAD_SCHEMES = re.compile(r"^(javascript|vbscript|data):")


class Findings(HTMLParser):
    """Everything in a document that could run script."""

    def __init__(self, *, page: bool):
        super().__init__(convert_charrefs=True)
        self.page, self.problems = page, []
        self._script: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            # Data blocks (JSON-LD, UI strings) never run; our own scripts come from /static/.
            allowed = self.page and (attrs.get("type") in DATA_SCRIPTS
                                     or (attrs.get("src") or "").startswith("/static/"))
            if not allowed:
                self.problems.append(f"<script {attrs}>")
            self._script = attrs.get("type") or ""
        if tag in DANGEROUS_TAGS:
            self.problems.append(f"<{tag}>")
        if tag == "meta" and (attrs.get("http-equiv") or "").lower() == "refresh":
            self.problems.append("<meta refresh>")
        for name, value in attrs.items():
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}={value!r}>")
            normalised = re.sub(r"[\x00-\x20]", "", value or "").lower()
            if name in URL_ATTRIBUTES and BAD_SCHEMES.match(normalised):
                self.problems.append(f"<{tag} {name}={value!r}>")
            if name == "style" and ("expression" in normalised or "javascript" in normalised):
                self.problems.append(f"<{tag} style={value!r}>")

    def handle_data(self, data):
        if self._script in DATA_SCRIPTS:
            json.loads(data)  # a payload that broke out of a data block would leave it unparsable

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None


def problems(html: str, *, page: bool = False) -> list[str]:
    finder = Findings(page=page)
    finder.feed(html)
    finder.close()
    return finder.problems


def test_the_checker_catches_what_it_should():
    for bad in ['<img src=x onerror="alert(1)">', "<script>alert(1)</script>", '<a href=" JavaScript:x">',
                "<svg></svg>", '<a href="data:text/html,x">', '<p style="x:expression(alert(1))">']:
        assert problems(bad), bad
    assert not problems('<p>&lt;script&gt;alert(1)&lt;/script&gt; <a href="https://e.org/?q=javascript:">x</a></p>')


def _attempts():
    """(kind, body, content, label): every payload in the body and in every text field of every kind."""
    for kind, fields in FIELDS.items():
        body, content = VALID[kind]
        for payload in PAYLOADS:
            yield kind, payload, content, f"{kind}.body"
        for name in fields:
            if name in NOT_TEXT:
                continue
            for value in URL_PAYLOADS if name in URL_FIELDS else PAYLOADS:
                yield kind, body, {**content, name: value}, f"{kind}.content.{name}"


def test_payloads_in_every_field_never_reach_readers_as_script(as_alice, anon, client, blog):
    accepted = []
    for kind, body, content, label in _attempts():
        response = as_alice.post("/blogs/ukraine-talks/posts", {"kind": kind, "body": body, "content": content})
        assert response.status_code in {201, 422}, (label, response.status_code)
        if response.status_code == 201:
            assert not problems(response.data["html"]), (label, response.data["html"])
            accepted.append(response.data)
    assert len(accepted) > 100  # most payloads are stored (escaped), not merely refused
    # Headlines, correction notes and the blog's own texts are shown on the page too.
    for payload, post in zip(PAYLOADS, accepted, strict=False):
        response = as_alice.patch(f"/blogs/ukraine-talks/posts/{post['id']}",
                                  {"version": post["version"], "key_event": payload, "correction_note": payload})
        assert response.status_code == 200, response.data
    assert as_alice.patch("/blogs/ukraine-talks", {"title": PAYLOADS[0], "description": PAYLOADS[1]}).status_code == 200

    for post in Post.objects.filter(blog=blog):
        assert not problems(post.html), post.html
        page = client.get(f"/live/ukraine-talks/posts/{post.pk}/")
        assert page.status_code == 200
        assert not problems(page.content.decode(), page=True), (post.pk, post.kind, post.data)
    # The live page, page by page down to the oldest post.
    ids = list(Post.objects.filter(blog=blog).values_list("pk", flat=True).order_by("-published_at", "-pk"))
    for anchor in ids[::20]:
        page = client.get(f"/live/ukraine-talks/?at={anchor}")
        assert page.status_code == 200
        found = problems(page.content.decode(), page=True)
        assert not found, found
    for event in Event.objects.filter(blog=blog).exclude(payload__html=None):
        assert not problems(event.payload.get("html", "")), event.pk
