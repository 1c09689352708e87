"""axe-core finds no serious or critical problem on the live page and a post's page, in French and English."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.browser.conftest import axe_violations, live_url

pytestmark = [pytest.mark.browser, pytest.mark.server, pytest.mark.django_db(transaction=True)]


def every_kind(blog, author) -> list:
    """One post of each kind, a pinned summary, a key event and a corrected post."""
    from liveline.blogs import domain

    make = [
        {"body": "Les délégations sont arrivées. **Début** des discussions à 10 h.", "pinned": True},
        {"kind": "quote", "body": "Nous ne céderons rien", "data": {"speaker": "Dmytro Kuleba",
                                                                       "role": "ministre", "source": "AFP"}},
        {"kind": "fact-check", "body": "Les chiffres officiels disent le contraire.",
         "data": {"claim": "Aucun civil n'a été touché.", "claimant": "Un porte-parole", "verdict": "false"}},
        {"kind": "fact-check", "body": "Partiellement vrai.", "data": {"claim": "Le pont est fermé.",
                                                                         "verdict": "misleading"}},
        {"kind": "embed", "body": "La conférence de presse.",
         "data": {"url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "title": "Conférence"}},
        {"kind": "embed", "data": {"url": "https://x.com/someone/status/1"}},
        {"kind": "image", "body": "La place ce matin.", "data": {"src": "/static/liveline/none.png",
                                                                   "alt": "Une place sous la neige",
                                                                   "credit": "AFP", "width": 800,
                                                                   "height": 600}},
        {"kind": "link", "body": "Le contexte.", "data": {"url": "https://example.org/context",
                                                          "title": "Comprendre les négociations",
                                                          "site": "example.org"}},
        {"body": "Accord sur les prisonniers.", "key_event": True, "headline": "Accord sur les prisonniers"},
    ]
    start = timezone.now() - timedelta(hours=1)
    posts = [domain.create_post(blog, authors=[author], published_at=start + timedelta(minutes=n), **fields)
             for n, fields in enumerate(make)]
    domain.edit_post(posts[-1], version=None, body="Accord sur 1 000 prisonniers.", correction_note="Chiffre précisé.")
    return posts


@pytest.fixture
def axe_context(browser):
    """A tab that may inject axe-core although the page's CSP allows only our own scripts."""
    context = browser.new_context(bypass_csp=True, viewport={"width": 420, "height": 800})
    yield context
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("language", ["fr", "en"])
def test_live_page_and_post_page_have_no_serious_violation(axe_context, server, blog, english_blog, alice,
                                                           language, scheme):
    live = blog if language == "fr" else english_blog
    posts = every_kind(live, alice)
    page = axe_context.new_page()
    page.emulate_media(color_scheme=scheme)
    page.goto(live_url(server, live))
    page.wait_for_selector("[data-live][data-mode='stream']")
    assert page.locator("html").get_attribute("lang") == language
    assert axe_violations(page) == []
    page.goto(f"{server.url}/live/{live.slug}/posts/{posts[1].pk}/")
    assert axe_violations(page) == []
