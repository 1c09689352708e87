"""Reader pages: speakers as links, who said what, name pages, key figures, schema.org markup."""

from __future__ import annotations

import json
import re

import pytest

from liveline.blogs import domain
from tests.intelligence.conftest import RUTTE, TOLL, TOLL_UPDATE, drain

pytestmark = pytest.mark.django_db


def jsonld(page: str) -> dict:
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))


def test_the_live_page_links_speakers_and_names(client, published):
    post = published(RUTTE)
    drain()
    page = client.get("/live/ukraine-talks/").content.decode()
    article = page[page.index(f'id="post-{post.pk}"'):]
    assert '<a class="post__speaker" href="/live/ukraine-talks/about/mark-rutte/">Mark Rutte</a>' in article
    assert "Cités dans cette publication" in article
    assert 'href="/live/ukraine-talks/about/kyiv/">Kyiv</a>' in article
    assert 'href="/live/ukraine-talks/who-said-what/"' in page


def test_who_said_what_lists_statements_by_speaker_in_time_order(client, published, blog, alice):
    first = published("« Nous ne céderons pas », a déclaré Volodymyr Zelensky.", minutes=0)
    domain.create_post(blog, kind="quote", body="La paix est possible.", data={"speaker": "Mark Rutte"},
                       authors=[alice], published_at=first.published_at.replace(minute=30))
    third = published("« Nous ne céderons rien non plus », a ajouté Volodymyr Zelensky.", minutes=60)
    drain()
    response = client.get("/live/ukraine-talks/who-said-what/")
    assert response.status_code == 200 and response["Content-Language"] == "fr"
    page = response.content.decode()
    assert "<h1>Qui a dit quoi</h1>" in page
    assert page.index("speaker-mark-rutte") < page.index("speaker-volodymyr-zelensky")  # by name
    zelensky = page[page.index('id="speaker-volodymyr-zelensky"'):]
    assert zelensky.index(f"/posts/{first.pk}/") < zelensky.index(f"/posts/{third.pk}/")
    assert "<q>Nous ne céderons pas</q>" in zelensky


def test_a_name_page_lists_every_post_naming_it(client, published):
    one = published(RUTTE, minutes=0)
    two = published("Les frappes ont repris sur Kyiv cette nuit.", minutes=10)
    published("Rien à signaler à Lviv.", minutes=20)
    drain()
    page = client.get("/live/ukraine-talks/about/kyiv/").content.decode()
    assert "<h1>Kyiv</h1>" in page
    assert f'id="post-{one.pk}"' in page and f'id="post-{two.pk}"' in page
    assert "Lviv" not in page.split("<h1>", 1)[1].split("</h1>")[0]
    rutte = client.get("/live/ukraine-talks/about/mark-rutte/").content.decode()
    assert "Ce qu’a dit Mark Rutte" in rutte and "<q>Nous ne céderons pas</q>" in rutte
    index = client.get("/live/ukraine-talks/about/").content.decode()
    assert 'href="/live/ukraine-talks/about/kyiv/">Kyiv</a>' in index
    assert client.get("/live/ukraine-talks/about/nobody/").status_code == 404


def test_pages_of_a_draft_blog_stay_private(client, blog):
    domain.update_blog(blog, status="draft")
    assert client.get("/live/ukraine-talks/who-said-what/").status_code == 404


def test_a_deleted_post_leaves_the_pages(client, published):
    post = published(RUTTE)
    drain()
    domain.delete_post(post)
    assert "mark-rutte" not in client.get("/live/ukraine-talks/who-said-what/").content.decode()


def test_key_figures_show_the_latest_figure_with_its_history(client, published):
    first = published(TOLL, minutes=0)
    second = published(TOLL_UPDATE, minutes=30)
    drain()
    page = client.get("/live/ukraine-talks/").content.decode()
    panel = page[page.index("data-key-figures"):page.index("</section>", page.index("data-key-figures"))]
    assert "Chiffres clés" in panel and "Morts · Sumy" in panel
    assert "<strong class=\"key-figures__value\">au moins 41</strong>" in panel
    assert f"/posts/{second.pk}/" in panel.split("<details")[0]
    assert "Chiffres précédents" in panel and f"/posts/{first.pk}/" in panel.split("<details")[1]


def test_the_key_figures_panel_is_hidden_without_figures(client, published):
    published(RUTTE)
    drain()
    page = client.get("/live/ukraine-talks/").content.decode()
    assert re.search(r'<section class="key-figures" data-key-figures [^>]*hidden>', page)


def test_json_ld_has_quotations_and_mentions(client, published, blog, alice):
    published(RUTTE, minutes=0)
    domain.create_post(blog, kind="quote", body="La paix est possible.", data={"speaker": "Mark Rutte"},
                       authors=[alice])
    drain()
    data = jsonld(client.get("/live/ukraine-talks/").content.decode())
    quote_post, text_post = data["liveBlogUpdate"]
    assert quote_post["about"] == {"@type": "Person", "name": "Mark Rutte"}
    quotation = text_post["hasPart"][0]
    assert quotation["@type"] == "Quotation" and quotation["text"] == "Nous ne céderons pas"
    assert quotation["spokenByCharacter"] == quotation["creator"] == {
        "@type": "Person", "name": "Mark Rutte", "jobTitle": "secrétaire général de l'Otan"}
    assert {"@type": "Place", "name": "Kyiv"} in text_post["mentions"]
    assert {"@type": "Organization", "name": "NATO"} in text_post["mentions"]


def test_an_english_blog_speaks_english(client, alice):
    live = domain.create_blog(slug="election-night", title="Election night", language="en",
                              timezone_name="Europe/London", status="live")
    domain.create_post(live, body='"We will not give up," said Keir Starmer in London. '
                                  "At least 12 people were killed in Leeds on Sunday.", authors=[alice])
    drain()
    page = client.get("/live/election-night/").content.decode()
    assert "Named in this post:" in page and "Key figures" in page and "Killed" in page
    assert "Cités dans" not in page and "Chiffres clés" not in page
    who = client.get("/live/election-night/who-said-what/").content.decode()
    assert "<h1>Who said what</h1>" in who and "keir-starmer" in who
