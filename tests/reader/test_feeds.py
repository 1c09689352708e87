"""The Atom feed and the JSON Feed: valid for feedparser, complete, sanitized, cacheable."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from html.parser import HTMLParser

import feedparser
import pytest

from liveline.blogs import domain
from liveline.reader.feeds import FEED_SIZE

pytestmark = pytest.mark.django_db

ATOM = "/live/ukraine-talks/feed.atom"
JSON_FEED = "/live/ukraine-talks/feed.json"
BASE = "http://testserver"


def parse(response) -> feedparser.FeedParserDict:
    return feedparser.parse(response.content, response_headers={"content-type": response["Content-Type"]})


@pytest.fixture
def coverage(blog, publish, alice, bob):
    """Four posts of different kinds; the second one is a key event edited later by bob."""
    first = publish(blog, "Les délégations arrivent au palais de Dolmabahçe.")
    key = publish(blog, "Un **accord** sur les prisonniers est annoncé.", key_event=True,
                  headline="Accord sur l'échange de prisonniers", authors=[alice, bob])
    quote = publish(blog, "Nous ne céderons pas un mètre", kind="quote",
                    data={"speaker": "Volodymyr Zelensky", "role": "président ukrainien"})
    check = publish(blog, "Les chiffres officiels disent le contraire.", kind="fact-check",
                    data={"claim": "Aucun civil n'a été touché", "verdict": "false"})
    domain.edit_post(key, version=key.version, body="Un **accord** sur 1 000 prisonniers est annoncé.", by=bob)
    return {"first": first, "key": key, "quote": quote, "check": check}


def test_atom_parses_cleanly_with_every_entry(client, blog, coverage):
    response = client.get(ATOM)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = parse(response)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title == blog.title
    assert feed.feed.subtitle == blog.description
    assert feed.feed.language == "fr"
    links = {link.rel: link.href for link in feed.feed.links}
    assert links == {"alternate": f"{BASE}/live/ukraine-talks/", "self": f"{BASE}{ATOM}"}
    assert [entry.link for entry in feed.entries] == [
        f"{BASE}/live/ukraine-talks/posts/{coverage[name].pk}/" for name in ("check", "quote", "key", "first")
    ]
    assert len({entry.id for entry in feed.entries}) == 4


def test_atom_entry_titles_content_authors_and_dates(client, coverage):
    entries = {entry.link.rsplit("/", 2)[-2]: entry for entry in parse(client.get(ATOM)).entries}
    key = entries[str(coverage["key"].pk)]
    assert key.title == "Accord sur l'échange de prisonniers"
    assert "<strong>accord</strong> sur 1 000 prisonniers" in key.content[0].value
    assert [author.name for author in key.authors] == ["Alice Martin", "Bob Durand"]
    assert key.published_parsed[:5] == (2025, 7, 1, 10, 1)
    assert key.updated_parsed > key.published_parsed  # edited after publication

    first = entries[str(coverage["first"].pk)]
    assert first.title == "Les délégations arrivent au palais de Dolmabahçe."  # no headline: the text
    assert first.updated_parsed == first.published_parsed

    quote = entries[str(coverage["quote"].pk)]
    assert quote.title.startswith("«\u00a0Nous ne céderons pas un mètre\u00a0» — Volodymyr Zelensky")
    assert "<blockquote>" in quote.content[0].value
    check = entries[str(coverage["check"].pk)]
    assert "Faux" in check.content[0].value or "False" in check.content[0].value


def test_atom_keeps_the_newest_posts_only(client, settings, blog, publish):
    posts = [publish(blog, f"Mise à jour numéro {n}.") for n in range(FEED_SIZE + 3)]
    feed = parse(client.get(ATOM))
    assert len(feed.entries) == FEED_SIZE
    assert feed.entries[0].link.endswith(f"/posts/{posts[-1].pk}/")
    assert feed.entries[-1].link.endswith(f"/posts/{posts[3].pk}/")


def test_deleted_and_draft_posts_stay_out_of_the_feeds(client, blog, publish):
    kept = publish(blog, "Reste en ligne.")
    gone = publish(blog, "Sera retiré.")
    domain.delete_post(gone)
    domain.create_post(blog, body="Pas encore prêt.", status="draft")
    assert [entry.link for entry in parse(client.get(ATOM)).entries] == [
        f"{BASE}/live/ukraine-talks/posts/{kept.pk}/"]
    assert [item["id"] for item in client.get(JSON_FEED).json()["items"]] == [
        f"{BASE}/live/ukraine-talks/posts/{kept.pk}/"]


def test_long_text_makes_a_short_title(client, blog, publish):
    publish(blog, "Les négociateurs " + "discutent longuement " * 20)
    title = parse(client.get(ATOM)).entries[0].title
    assert len(title) <= 110 and title.endswith("…")


class _Markup(HTMLParser):
    """The elements and attributes a browser would build from a feed entry's HTML."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def assert_inert(html: str) -> None:
    for tag, attrs in _Markup(html).tags:
        assert tag not in {"script", "iframe", "object", "embed", "style"}, html
        assert not any(name.startswith("on") for name in attrs), html
        for name in ("href", "src"):
            assert not (attrs.get(name) or "").strip().lower().startswith(("javascript:", "data:")), html


def test_feed_html_is_sanitized(client, blog, publish):
    publish(blog, '<script>alert(1)</script> [clic](javascript:alert(2)) <img src=x onerror=alert(3)>')
    publish(blog, "Lien", kind="link", data={"url": "https://example.org/a", "title": '"><script>x()</script>'})
    publish(blog, "Il a dit", kind="quote", data={"speaker": '<img src=x onerror="alert(4)">', "role": "<b>x</b>"})
    entries = feedparser.parse(client.get(ATOM).content, sanitize_html=False).entries  # as a careless reader
    items = client.get(JSON_FEED).json()["items"]
    assert len(entries) == len(items) == 3
    for html in [entry.content[0].value for entry in entries] + [item["content_html"] for item in items]:
        assert_inert(html)
    # The words stay, as text: the reader sees what the journalist typed.
    link = next(item for item in items if "example.org" in item["content_html"])
    assert '"&gt;&lt;script&gt;x()&lt;/script&gt;' in link["content_html"]


def test_unknown_and_draft_blogs_have_no_feeds(client, blog):
    domain.create_blog(slug="secret-plans", title="Pas encore", status="draft")
    for path in ("/live/nope/feed.atom", "/live/nope/feed.json",
                 "/live/secret-plans/feed.atom", "/live/secret-plans/feed.json"):
        assert client.get(path).status_code == 404, path


def test_an_empty_live_still_has_a_valid_feed(client, blog):
    feed = parse(client.get(ATOM))
    assert feed.bozo == 0 and feed.entries == []
    assert client.get(JSON_FEED).json()["items"] == []


def test_feeds_refuse_writes(client, blog):
    assert client.post(ATOM).status_code == 405
    assert client.post(JSON_FEED).status_code == 405


# --- JSON Feed ---------------------------------------------------------------------------------


def _is_rfc3339(value: str) -> bool:
    return datetime.fromisoformat(value).tzinfo is not None


def test_json_feed_follows_version_1_1(client, blog, coverage):
    response = client.get(JSON_FEED)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/feed+json"
    document = json.loads(response.content)
    # Required by the spec: version, title, items; each item an id and content_html or content_text.
    assert document["version"] == "https://jsonfeed.org/version/1.1"
    assert document["title"] == blog.title
    assert document["home_page_url"] == f"{BASE}/live/ukraine-talks/"
    assert document["feed_url"] == f"{BASE}{JSON_FEED}"
    assert document["description"] == blog.description
    assert document["language"] == "fr"
    assert document["authors"] and all(author.get("name") for author in document["authors"])
    assert len(document["items"]) == 4
    for item in document["items"]:
        assert isinstance(item["id"], str) and item["url"] == item["id"]
        assert item["content_html"] and item["content_text"]
        assert _is_rfc3339(item["date_published"]) and _is_rfc3339(item["date_modified"])
        assert all(author["name"] for author in item["authors"])
    by_id = {item["id"]: item for item in document["items"]}
    key = by_id[f"{BASE}/live/ukraine-talks/posts/{coverage['key'].pk}/"]
    assert key["title"] == "Accord sur l'échange de prisonniers"
    assert key["content_text"] == "Un accord sur 1 000 prisonniers est annoncé."
    assert key["authors"] == [{"name": "Alice Martin"}, {"name": "Bob Durand"}]
    assert key["date_published"] == "2025-07-01T10:01:00+00:00"
    assert key["date_modified"] > key["date_published"]
    assert "title" not in by_id[f"{BASE}/live/ukraine-talks/posts/{coverage['first'].pk}/"]


def test_image_urls_become_absolute(client, blog, publish):
    publish(blog, "La place Maïdan ce matin.", kind="image",
            data={"src": "/media/maidan.jpg", "alt": "La place Maïdan", "width": 800, "height": 600})
    item = client.get(JSON_FEED).json()["items"][0]
    assert item["image"] == f"{BASE}/media/maidan.jpg"
    assert f'src="{BASE}/media/maidan.jpg"' in item["content_html"]
    assert 'alt="La place Maïdan"' in item["content_html"]


# --- URLs and caching ------------------------------------------------------------------------


def test_public_url_wins_over_the_request_host(client, settings, blog, publish):
    settings.PUBLIC_URL = "https://live.example.org"
    post = publish(blog, "Derrière un proxy.")
    feed = parse(client.get(ATOM))
    assert feed.entries[0].link == f"https://live.example.org/live/ukraine-talks/posts/{post.pk}/"
    assert {link.href for link in feed.feed.links} == {
        "https://live.example.org/live/ukraine-talks/", f"https://live.example.org{ATOM}"}
    assert client.get(JSON_FEED).json()["feed_url"] == f"https://live.example.org{JSON_FEED}"


@pytest.mark.parametrize("path", [ATOM, JSON_FEED])
def test_feeds_answer_conditional_requests(client, blog, publish, path):
    publish(blog, "Premier point.")
    first = client.get(path)
    assert first.status_code == 200
    cache_control = first["Cache-Control"]
    assert "public" in cache_control and "max-age=" in cache_control and "stale-while-revalidate=" in cache_control
    etag, last_modified = first["ETag"], first["Last-Modified"]

    assert client.get(path, headers={"If-None-Match": etag}).status_code == 304
    assert client.get(path, headers={"If-Modified-Since": last_modified}).status_code == 304

    publish(blog, "Deuxième point.", at=datetime.now(UTC))
    again = client.get(path, headers={"If-None-Match": etag})
    assert again.status_code == 200 and again["ETag"] != etag


def test_a_deletion_changes_the_feed_validators(client, blog, publish):
    post = publish(blog, "Bientôt retiré.")
    etag = client.get(ATOM)["ETag"]
    domain.delete_post(post)
    assert client.get(ATOM, headers={"If-None-Match": etag}).status_code == 200
