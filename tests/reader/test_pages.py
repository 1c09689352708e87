"""The reader pages: the live with its cursors, a post's own page, errors, time zones, caching."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser

import pytest

from liveline.blogs import domain
from liveline.blogs.models import Post
from tests.reader.conftest import post_ids

pytestmark = pytest.mark.django_db

PAGE = "/live/ukraine-talks/"


def older_cursor(html: str) -> str | None:
    found = re.search(r'href="\?before=(\d+)" data-older', html)
    return found.group(1) if found else None


class _Head(HTMLParser):
    """The <meta> and <link> elements of a page, as a link preview service reads them."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.links: dict[str, str] = {}
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and (attrs.get("property") or attrs.get("name")):
            self.meta[attrs.get("property") or attrs["name"]] = attrs.get("content") or ""
        elif tag == "link" and attrs.get("rel"):
            self.links.setdefault(attrs["rel"], attrs.get("href") or "")


# --- the live and its cursors ------------------------------------------------------------------


def test_first_page_shows_the_newest_posts_and_a_way_to_older_ones(client, settings, blog, publish):
    posts = [publish(blog, f"Point numéro {n}.") for n in range(settings.PAGE_SIZE + 5)]
    html = client.get(PAGE).content.decode()
    newest = [p.pk for p in reversed(posts)]
    assert post_ids(html) == newest[: settings.PAGE_SIZE]
    assert older_cursor(html) == str(newest[settings.PAGE_SIZE - 1])

    rest = client.get(f"{PAGE}?before={older_cursor(html)}").content.decode()
    assert post_ids(rest) == newest[settings.PAGE_SIZE:]
    assert older_cursor(rest) is None  # the oldest page has no "load older" link


def test_the_cursor_neither_repeats_nor_skips_while_the_live_changes(client, settings, blog, publish, bob):
    """A reader pages back while the desk publishes, edits and deletes: each post shows once."""
    settings.PAGE_SIZE = 5
    posts = [publish(blog, f"Point numéro {n}.") for n in range(22)]
    deleted: set[int] = set()
    seen: list[int] = []
    html = client.get(PAGE).content.decode()
    seen += post_ids(html)
    now = datetime.now(UTC)
    step = 0
    while cursor := older_cursor(html):
        step += 1
        # Between two loads: new posts on top, an edit, and deletions on both sides of the cursor,
        # the cursor's own post included (its row stays, so the link still means the same place).
        publish(blog, f"Nouveau point {step}.", at=now + timedelta(minutes=step))
        anchor = next(p for p in posts if p.pk == int(cursor))
        domain.edit_post(anchor, version=Post.objects.get(pk=anchor.pk).version, body="Point corrigé.", by=bob)
        for victim in (anchor, next((p for p in posts if p.pk < int(cursor) and p.pk not in deleted), None)):
            if victim is not None and victim.pk not in deleted:
                domain.delete_post(victim)
                deleted.add(victim.pk)
        html = client.get(f"{PAGE}?before={cursor}").content.decode()
        seen += post_ids(html)

    assert step == 3  # 22 posts, 5 a page, 2 deleted per step
    assert len(seen) == len(set(seen)), "a post was shown twice"
    # Every original post was shown unless it was deleted before its page was loaded.
    expected = [p.pk for p in reversed(posts)]
    missing = [pk for pk in expected if pk not in seen and pk not in deleted]
    assert not missing, f"skipped: {missing}"
    assert seen == sorted(seen, reverse=True)  # published in id order here, so newest first


def test_at_lands_on_the_page_that_starts_with_that_post(client, settings, blog, publish):
    settings.PAGE_SIZE = 5
    posts = [publish(blog, f"Point numéro {n}.") for n in range(12)]
    target = posts[2]  # on the third page from the top
    html = client.get(f"{PAGE}?at={target.pk}").content.decode()
    ids = post_ids(html)
    assert ids[0] == target.pk
    assert ids == [p.pk for p in reversed(posts[:3])]
    assert 'href="/live/ukraine-talks/"' in html  # back to the latest posts


def test_key_events_link_to_their_place_even_on_older_pages(client, settings, blog, publish):
    settings.PAGE_SIZE = 5
    posts = [publish(blog, f"Point numéro {n}.") for n in range(3)]
    key = publish(blog, "L'accord est signé.", key_event=True, headline="Accord signé")
    posts += [publish(blog, f"Suite numéro {n}.") for n in range(10)]
    html = client.get(PAGE).content.decode()
    assert key.pk not in post_ids(html)
    link = re.search(rf'<a href="([^"]+)" data-jump="{key.pk}">Accord signé</a>', html)
    assert link, "the key event is listed on the first page"
    href = link.group(1)
    assert href == f"?at={key.pk}#post-{key.pk}"
    landed = client.get(PAGE + href.split("#")[0]).content.decode()
    assert post_ids(landed)[0] == key.pk
    assert f'<article id="post-{key.pk}"' in landed


@pytest.mark.parametrize("query", [
    "before=abc", "before=-3", "at=1e3", "before=99999", "at=99999999999999999999999999",
    "before=%00", "at=%D9%A3",  # an Arabic-Indic digit is a digit for str.isdigit, not an id
])
def test_a_bad_cursor_is_a_400_with_a_message(client, blog, publish, query):
    publish(blog, "Un point.")
    response = client.get(f"{PAGE}?{query}")
    assert response.status_code == 400
    assert "n’existe pas" in response.content.decode()  # the French blog's words: "does not exist"


def test_cursors_from_elsewhere_are_refused(client, blog, english_blog, publish):
    mine = publish(blog, "Un point.")
    theirs = publish(english_blog, "Polls are closed.")
    draft = domain.create_post(blog, body="Pas encore.", status="draft")
    assert client.get(f"{PAGE}?before={theirs.pk}").status_code == 400
    assert client.get(f"{PAGE}?at={draft.pk}").status_code == 400
    assert client.get(f"{PAGE}?at={mine.pk}&before={mine.pk}").status_code == 400


# --- a post's own page ------------------------------------------------------------------------


def test_post_page_has_its_own_open_graph_tags_and_a_way_back(client, blog, publish, alice, bob):
    post = publish(blog, "Un **accord** sur 1\u00a0000 prisonniers est annoncé à Istanbul.", key_event=True,
                   headline="Accord sur l'échange de prisonniers", authors=[alice, bob])
    html = client.get(f"{PAGE}posts/{post.pk}/").content.decode()
    head = _Head(html)
    url = f"http://testserver/live/ukraine-talks/posts/{post.pk}/"
    assert head.meta["og:type"] == "article"
    assert head.meta["og:title"] == "Accord sur l'échange de prisonniers"
    assert head.meta["og:description"] == "Un accord sur 1\u00a0000 prisonniers est annoncé à Istanbul."
    assert head.meta["og:url"] == url and head.links["canonical"] == url
    assert head.meta["og:site_name"] == blog.title
    assert head.meta["article:published_time"] == "2025-07-01T10:00:00+00:00"
    assert "og:image" not in head.meta
    assert f'href="/live/ukraine-talks/?at={post.pk}#post-{post.pk}"' in html  # its place in the live


def test_an_image_post_previews_with_its_picture(client, settings, blog, publish):
    settings.PUBLIC_URL = "https://live.example.org"
    post = publish(blog, "La place Maïdan ce matin.", kind="image",
                   data={"src": "/media/maidan.jpg", "alt": "La place Maïdan sous la neige"})
    head = _Head(client.get(f"{PAGE}posts/{post.pk}/").content.decode())
    assert head.meta["og:image"] == "https://live.example.org/media/maidan.jpg"
    assert head.meta["og:image:alt"] == "La place Maïdan sous la neige"
    assert head.meta["og:url"] == f"https://live.example.org/live/ukraine-talks/posts/{post.pk}/"
    assert head.meta["twitter:card"] == "summary_large_image"


def test_the_live_page_has_preview_tags_and_feed_links(client, blog, publish):
    post = publish(blog, "Un point.")
    head = _Head(client.get(PAGE).content.decode())
    assert head.meta["og:title"] == blog.title
    assert head.meta["og:url"] == head.links["canonical"] == "http://testserver/live/ukraine-talks/"
    assert head.links["alternate"] == "/live/ukraine-talks/feed.atom"
    older = _Head(client.get(f"{PAGE}?at={post.pk}").content.decode())
    assert "canonical" not in older.links and older.meta["robots"] == "noindex, follow"


# --- errors -------------------------------------------------------------------------------------


def test_unknown_blog_and_post_are_404_pages(client, blog, english_blog, publish):
    other = publish(english_blog, "Polls are closed.")
    for path in ("/live/nope/", "/live/nope/posts/1/", f"{PAGE}posts/999999/",
                 f"{PAGE}posts/{other.pk}/",  # a post of another blog
                 f"{PAGE}posts/99999999999999999999999/"):
        response = client.get(path, headers={"Accept-Language": "en"})
        assert response.status_code == 404, path
        assert response["Content-Type"].startswith("text/html")
        assert "Page not found" in response.content.decode()


def test_unknown_api_urls_answer_json(client):
    response = client.get("/api/no-such-thing")
    assert response.status_code == 404
    assert response.json()["detail"]


@pytest.mark.parametrize("path", [PAGE, "/live/ukraine-talks/feed.atom", "/live/ukraine-talks/feed.json", "/"])
def test_reader_urls_are_read_only(client, blog, path):
    response = client.post(path)
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert "lecture seule" in response.content.decode()  # French blog and site: "can only be read"
    assert client.head(path).status_code == 200


def test_a_post_not_yet_published_is_404(client, blog):
    draft = domain.create_post(blog, body="Pas encore prêt.", status="draft")
    assert client.get(f"{PAGE}posts/{draft.pk}/").status_code == 404


def test_a_deleted_post_is_gone_until_restored(client, blog, publish):
    post = publish(blog, "Information retirée.")
    domain.delete_post(post)
    response = client.get(f"{PAGE}posts/{post.pk}/")
    assert response.status_code == 410
    assert "retirée" in response.content.decode()  # the French blog's words: "removed"
    assert post.pk not in post_ids(client.get(PAGE).content.decode())
    domain.restore_post(post)
    assert client.get(f"{PAGE}posts/{post.pk}/").status_code == 200


def test_a_draft_blog_does_not_exist_for_the_public(client, dave, carol, alice):
    from liveline.accounts.models import Membership

    secret = domain.create_blog(slug="secret-plans", title="Pas encore", status="draft")
    post = domain.create_post(secret, body="Brouillon.")
    for path in ("/live/secret-plans/", f"/live/secret-plans/posts/{post.pk}/"):
        assert client.get(path).status_code == 404, path
    # Staff who are not in its newsroom do not see it either (the API's rule).
    carol.is_staff = True
    carol.save()
    client.force_login(carol)
    assert client.get("/live/secret-plans/").status_code == 404
    # Its members preview it, and the preview never reaches a shared cache.
    Membership.objects.create(user=alice, blog=secret, role=Membership.Role.CONTRIBUTOR)
    client.force_login(alice)
    assert client.get("/live/secret-plans/").status_code == 200
    client.force_login(dave)
    preview = client.get("/live/secret-plans/")
    assert preview.status_code == 200
    assert "no-store" in preview["Cache-Control"] and "public" not in preview["Cache-Control"]


# --- time zones and language ------------------------------------------------------------------------


def test_times_are_shown_in_the_blog_time_zone(client, blog, english_blog, publish):
    publish(blog, "Kyiv.", at=datetime(2025, 7, 1, 10, 0, tzinfo=UTC))  # UTC+3 in summer
    publish(english_blog, "London.", at=datetime(2025, 1, 15, 23, 30, tzinfo=UTC))  # UTC+0 in winter
    publish(english_blog, "Summer.", at=datetime(2025, 7, 1, 23, 30, tzinfo=UTC))  # UTC+1
    kyiv = client.get(PAGE).content.decode()
    assert re.search(r'<time datetime="2025-07-01T13:00:00\+03:00">13:00</time>', kyiv)
    london = client.get("/live/election-night/").content.decode()
    assert re.search(r'<time datetime="2025-01-15T23:30:00\+00:00">23:30</time>', london)
    assert re.search(r'<time datetime="2025-07-02T00:30:00\+01:00">00:30</time>', london)


def test_pages_speak_the_blog_language_whatever_the_browser_asks(client, blog, english_blog, publish):
    post = publish(blog, "Un point.")
    for path in (PAGE, f"{PAGE}posts/{post.pk}/", f"{PAGE}feed.atom", f"{PAGE}feed.json"):
        response = client.get(path, headers={"Accept-Language": "en"})
        assert response["Content-Language"] == "fr", path
        # One cached copy for every reader: the language does not depend on the request.
        assert "accept-language" not in response.get("Vary", "").lower(), path
        again = client.get(path, headers={"Accept-Language": "en", "If-None-Match": response["ETag"]})
        assert again.status_code == 304 and again["Content-Language"] == "fr", path
        assert "accept-language" not in again.get("Vary", "").lower(), path
    assert '<html lang="en">' in client.get("/live/election-night/", headers={"Accept-Language": "fr"}).content.decode()
    # The 404 page is in the visitor's language, so there the header must stay.
    assert "Accept-Language" in client.get("/live/nope/")["Vary"]


# --- HTTP caching ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", [PAGE, "post"])
def test_pages_answer_conditional_requests(client, blog, publish, path):
    post = publish(blog, "Premier point.")
    path = f"{PAGE}posts/{post.pk}/" if path == "post" else path
    first = client.get(path)
    assert first.status_code == 200
    assert "public" in first["Cache-Control"] and "max-age=" in first["Cache-Control"]
    etag, last_modified = first["ETag"], first["Last-Modified"]
    not_modified = client.get(path, headers={"If-None-Match": etag})
    assert not_modified.status_code == 304 and not_modified.content == b""
    assert client.get(path, headers={"If-Modified-Since": last_modified}).status_code == 304

    domain.edit_post(post, version=post.version, body="Premier point, précisé.")
    changed = client.get(path, headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed["ETag"] != etag
    assert "précisé" in changed.content.decode()


def test_the_page_tells_the_script_where_the_log_stands(client, blog, publish):
    publish(blog, "Un point.")
    last = publish(blog, "Un autre.")
    html = client.get(PAGE).content.decode()
    from liveline.live.models import Event

    newest = Event.objects.filter(blog=blog).latest("pk")
    assert f'data-last-event-id="{newest.pk}"' in html
    assert newest.post_id == last.pk


def test_an_anonymous_reader_gets_a_page_any_cache_can_share(client, blog):
    domain.create_post(blog, body="Premier point.")
    response = client.get(PAGE, HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert "cookie" not in response.get("Vary", "").lower()
    assert not response.cookies  # no session or CSRF cookie on a publicly cached page
