"""Markup typed into any desk field reaches the desk and the reader page as text, never as code."""

from __future__ import annotations

import re

import pytest

from liveline.blogs.models import LiveBlog, Post
from tests.desk.conftest import csrf_post

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(2)>',
    "<svg/onload=alert(3)>",
    "'><a href=\"javascript:alert(4)\">x</a>",
]


def assert_inert(html: str) -> None:
    """No script element, event handler or javascript: URL came from the payloads."""
    assert "<script>alert" not in html
    assert not re.search(r"<(img|svg)[^>]*\bon\w+=", html, flags=re.I)
    assert not re.search(r"""<a\b[^>]*\bhref\s*=\s*["']?\s*javascript:""", html, flags=re.I)
    assert "alert(" not in html or "&lt;" in html  # the payloads are there, escaped


@pytest.mark.parametrize("payload", PAYLOADS)
def test_blog_title_and_standfirst_render_as_text(dave, signed_in, payload):
    client = signed_in(dave)
    response = csrf_post(client, "/desk/new/", {"title": f"Live {payload}", "description": payload,
                                                "language": "en", "timezone": "Europe/London"})
    assert response.status_code == 302
    blog = LiveBlog.objects.get()
    assert blog.title == f"Live {payload}"
    csrf_post(client, f"/desk/{blog.slug}/status/", {"action": "start"})
    for url in ("/desk/", f"/desk/{blog.slug}/", f"/live/{blog.slug}/"):
        page = client.get(url).content.decode()
        assert_inert(page)
        assert "&lt;" in page


@pytest.mark.parametrize("payload", PAYLOADS)
def test_post_fields_render_as_text(alice, signed_in, blog, payload):
    client = signed_in(alice)
    url = f"/desk/{blog.slug}/compose/"
    posts = [
        {"kind": "text", "body": f"Texte {payload}", "key_event": "on", "headline": payload},
        {"kind": "quote", "body": payload, "speaker": payload, "role": payload, "source": payload,
         "source_url": "https://example.org/?q=" + payload},
        {"kind": "fact-check", "claim": payload, "claimant": payload, "verdict": "false", "body": payload},
        {"kind": "link", "url": "https://example.org/", "title": payload, "body": payload},
        {"kind": "embed", "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "title": payload, "body": payload},
    ]
    for fields in posts:
        response = csrf_post(client, url, {**fields, "action": "publish"})
        assert response.status_code == 302, (fields["kind"], response.content.decode()[:1500])
    assert Post.objects.filter(status="published").count() == len(posts)
    for page_url in (f"/desk/{blog.slug}/", f"/live/{blog.slug}/"):
        assert_inert(client.get(page_url).content.decode())
    for post in Post.objects.all():
        assert_inert(client.get(f"/desk/{blog.slug}/posts/{post.pk}/edit/").content.decode())


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
                                 "  javascript:alert(1)", "//evil.example/x"])
def test_script_urls_are_refused_next_to_the_field(alice, signed_in, blog, url):
    client = signed_in(alice)
    for kind, extra in (("link", {"title": "T"}), ("embed", {}), ("quote", {"body": "M", "speaker": "S"})):
        field = "source_url" if kind == "quote" else "url"
        response = csrf_post(client, f"/desk/{blog.slug}/compose/",
                             {"kind": kind, "action": "publish", field: url, **extra})
        assert response.status_code == 400, kind
        assert 'aria-invalid="true"' in response.content.decode()
    assert not Post.objects.exists()


def test_a_conflict_screen_escapes_both_versions(alice, signed_in, blog):
    from liveline.blogs import domain

    post = domain.create_post(blog, body="x", authors=[alice])
    stale = post.version
    domain.edit_post(post, version=stale, body=PAYLOADS[1])
    response = csrf_post(signed_in(alice), f"/desk/{blog.slug}/posts/{post.pk}/edit/",
                         {"version": stale, "action": "save", "body": PAYLOADS[0]})
    assert response.status_code == 409
    assert_inert(response.content.decode())
