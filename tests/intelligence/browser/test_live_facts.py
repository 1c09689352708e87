"""In Chromium: an open reader page gets a post, then its speaker and names as links and the key
figures panel, without a reload; the new pages pass axe; the compose form warns of a duplicate."""

from __future__ import annotations

import httpx
import pytest
from playwright.sync_api import expect

from liveline.accounts.models import ApiToken
from tests.browser.conftest import axe_violations
from tests.intelligence.conftest import RUTTE, TOLL

pytestmark = [pytest.mark.browser, pytest.mark.server, pytest.mark.django_db(transaction=True)]


def publish(server, blog, token, body):
    response = httpx.post(f"{server.url}/api/blogs/{blog.slug}/posts", json={"body": body},
                          headers={"Authorization": f"Bearer {token}"}, timeout=30)
    assert response.status_code == 201, response.text
    return response.json()


def test_facts_arrive_on_an_open_page(page, reading_server, blog, alice):
    _, token = ApiToken.issue(alice, name="browser")
    page.goto(f"{reading_server.url}/live/{blog.slug}/")
    page.wait_for_selector("[data-live][data-mode='stream']")
    post = publish(reading_server, blog, token, RUTTE + "\n\n" + TOLL)
    article = page.locator(f"#post-{post['id']}")
    expect(article).to_be_visible(timeout=5000)
    speaker = article.locator("a.post__speaker")
    expect(speaker).to_have_text("Mark Rutte", timeout=60000)
    expect(speaker).to_have_attribute("href", f"/live/{blog.slug}/about/mark-rutte/")
    panel = page.locator("[data-key-figures]")
    expect(panel).to_be_visible()
    expect(panel.locator(".key-figures__value")).to_have_text("au moins 35")
    assert page.locator("[data-timeline] > article").count() == 1  # swapped, not added


@pytest.fixture
def axe_page(browser):
    """A tab that lets axe-core's script in (the site's CSP would refuse it)."""
    context = browser.new_context(bypass_csp=True, viewport={"width": 420, "height": 800})
    context.set_default_timeout(5000)
    yield context.new_page()
    context.close()


def test_the_new_pages_are_accessible(axe_page, reading_server, blog, alice):
    page = axe_page
    _, token = ApiToken.issue(alice, name="browser")
    post = publish(reading_server, blog, token, RUTTE + "\n\n" + TOLL)
    page.goto(f"{reading_server.url}/live/{blog.slug}/")
    page.wait_for_selector("[data-live][data-mode='stream']")
    expect(page.locator(f"#post-{post['id']} a.post__speaker")).to_be_visible(timeout=60000)
    for path in ("", "who-said-what/", "about/", "about/mark-rutte/", "about/kyiv/"):
        page.goto(f"{reading_server.url}/live/{blog.slug}/{path}")
        assert axe_violations(page) == [], path


def test_the_compose_form_warns_of_a_duplicate(page, reading_server, blog, alice):
    _, token = ApiToken.issue(alice, name="browser")
    earlier = publish(reading_server, blog, token, TOLL)
    page.goto(f"{reading_server.url}/accounts/login/")
    page.fill("input[name=username]", "alice")
    page.fill("input[name=password]", "correct-horse-42")
    page.click("button[type=submit]")
    page.goto(f"{reading_server.url}/desk/{blog.slug}/")
    page.fill("textarea[name=body]", TOLL.replace("35", "41"))
    box = page.locator("[data-duplicates-box]")
    expect(box).to_contain_text("Possible update or correction", timeout=5000)  # the desk in the browser's language
    expect(box).to_contain_text("35 → 41")
    expect(box.locator("a")).to_have_attribute("href", f"/live/{blog.slug}/posts/{earlier['id']}/")


def test_composing_a_quote_offers_the_newsrooms_spelling_of_the_speaker(page, reading_server, blog, alice):
    from liveline.newsroom.models import KnownName

    KnownName.objects.create(name="Mark Rutte", aliases=["Rutte"], roles=["secrétaire général de l'Otan"])
    page.goto(f"{reading_server.url}/accounts/login/")
    page.fill("input[name=username]", "alice")
    page.fill("input[name=password]", "correct-horse-42")
    page.click("button[type=submit]")
    page.goto(f"{reading_server.url}/desk/{blog.slug}/?kind=quote")
    page.fill("input[name=speaker]", "Rutte")
    page.locator("[data-use-speaker]").click(timeout=5000)
    expect(page.locator("input[name=speaker]")).to_have_value("Mark Rutte")
    expect(page.locator("input[name=role]")).to_have_value("secrétaire général de l'Otan")
