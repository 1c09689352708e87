"""schema.org LiveBlogPosting on the live page, read from the HTML the way a crawler reads it."""

from __future__ import annotations

from datetime import datetime

import pytest

from liveline.blogs import domain
from tests.reader.conftest import jsonld_of

pytestmark = pytest.mark.django_db

PAGE = "/live/ukraine-talks/"
PAGE_URL = "http://testserver/live/ukraine-talks/"


def test_the_live_is_described_as_a_live_blog_posting(client, blog, publish, alice, bob):
    first = publish(blog, "Les délégations arrivent au palais de Dolmabahçe.")
    key = publish(blog, "Un accord sur les prisonniers est annoncé.", key_event=True,
                  headline="Accord sur l'échange de prisonniers", authors=[alice, bob])
    data = jsonld_of(client.get(PAGE).content.decode())

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "LiveBlogPosting"
    assert data["headline"] == "Guerre en Ukraine : en direct"
    assert data["description"] == "Les négociations reprennent."
    assert data["url"] == PAGE_URL
    assert datetime.fromisoformat(data["coverageStartTime"]) == blog.coverage_start.replace(microsecond=0)
    assert data["datePublished"] == data["coverageStartTime"]
    # The page changed when the last post was published, after the coverage began.
    assert datetime.fromisoformat(data["dateModified"]) >= datetime.fromisoformat(data["datePublished"])
    assert "coverageEndTime" not in data  # still live

    updates = data["liveBlogUpdate"]
    assert [u["url"] for u in updates] == [f"{PAGE_URL}#post-{key.pk}", f"{PAGE_URL}#post-{first.pk}"]
    newest = updates[0]
    assert newest["@type"] == "BlogPosting"
    assert newest["headline"] == "Accord sur l'échange de prisonniers"
    assert newest["articleBody"] == "Un accord sur les prisonniers est annoncé."
    assert newest["datePublished"] == "2025-07-01T10:01:00+00:00"
    assert newest["author"] == [{"@type": "Person", "name": "Alice Martin"},
                                {"@type": "Person", "name": "Bob Durand"}]
    # A post without a key-event headline is titled by the start of its text.
    assert updates[1]["headline"] == "Les délégations arrivent au palais de Dolmabahçe."
    assert "dateModified" not in updates[1]


def test_an_ended_live_has_its_coverage_end(client, blog, publish):
    publish(blog, "Fin de notre direct.")
    ended = domain.update_blog(blog, status="ended")
    data = jsonld_of(client.get(PAGE).content.decode())
    assert datetime.fromisoformat(data["coverageEndTime"]) == ended.coverage_end.replace(microsecond=0)


def test_edits_show_as_date_modified(client, blog, publish, bob):
    post = publish(blog, "Premier bilan : 3 blessés.")
    edited = domain.edit_post(post, version=post.version, body="Premier bilan : 4 blessés.", by=bob)
    update = jsonld_of(client.get(PAGE).content.decode())["liveBlogUpdate"][0]
    assert update["articleBody"] == "Premier bilan : 4 blessés."
    assert datetime.fromisoformat(update["dateModified"]) == edited.edited_at.replace(microsecond=0)


def test_updates_are_the_posts_of_the_first_page(client, settings, blog, publish):
    settings.PAGE_SIZE = 5
    posts = [publish(blog, f"Point numéro {n}.") for n in range(8)]
    deleted = posts[-2]
    domain.delete_post(deleted)
    html = client.get(PAGE).content.decode()
    urls = [u["url"] for u in jsonld_of(html)["liveBlogUpdate"]]
    expected = [p for p in reversed(posts) if p.pk != deleted.pk][:5]
    assert urls == [f"{PAGE_URL}#post-{p.pk}" for p in expected]
    # An older page is not the live's description: it carries no JSON-LD.
    older = client.get(f"{PAGE}?before={expected[-1].pk}").content.decode()
    assert "application/ld+json" not in older


@pytest.mark.parametrize("body", [
    "Fin du bloc : </script><script>alert(1)</script>",
    "Commentaire <!-- et </SCRIPT > & autres",
])
def test_a_post_cannot_break_out_of_the_script_element(client, blog, publish, body):
    publish(blog, body, kind="quote", data={"speaker": "</script><b>x</b>", "role": "<!--"})
    publish(blog, body, key_event=True, headline="</script><img src=x onerror=alert(1)>")
    html = client.get(PAGE).content.decode()
    data = jsonld_of(html)  # exactly one block, and it parses up to the first </script>
    texts = [u["articleBody"] for u in data["liveBlogUpdate"]]
    assert texts[0] == body  # the words are kept as text
    assert "</script><b>x</b>" in texts[1]
    assert data["liveBlogUpdate"][0]["headline"] == "</script><img src=x onerror=alert(1)>"
    assert "<script>alert" not in html


def test_english_quotes_use_english_marks(client, english_blog, publish):
    publish(english_blog, "We will count every vote", kind="quote",
            data={"speaker": "Jane Doe", "role": "returning officer"})
    data = jsonld_of(client.get("/live/election-night/").content.decode())
    assert data["inLanguage"] == "en"
    assert "description" not in data  # the blog has none
    assert data["liveBlogUpdate"][0]["articleBody"] == (
        "\u201cWe will count every vote\u201d — Jane Doe, returning officer")
