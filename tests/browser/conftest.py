"""Browser fixtures: one Chromium for the session, a fresh context per test, and a newsroom that
publishes through the JSON API while a reader page is open."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from django.utils import timezone
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from tests.conftest import ROOT

CHROMIUM = "/usr/bin/chromium"  # Debian's; scripts/test installs it
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# No sandbox in containers; the rest keeps Chromium from talking to Google while tests run.
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="package", autouse=True)
def _orm_beside_playwright(server) -> Iterator[None]:
    """Let the tests' own ORM calls run although Playwright keeps an event loop in this thread.

    Django refuses ORM calls while a loop runs; the tests' calls are plain synchronous ones. Set
    for this package only (database flushes included), after the server started, so that the
    server and the other tests still report real misuse.
    """
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture(scope="package")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless, shared by every browser test.

    Package-scoped: Playwright's loop must be gone before the rest of the suite makes ORM calls.
    """
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (scripts/test installs Debian's chromium)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def context(browser) -> Iterator[BrowserContext]:
    """A new browser profile (no cache, no cookies) with a phone-sized window."""
    ctx = browser.new_context(viewport={"width": 420, "height": 800})
    ctx.set_default_timeout(5000)
    yield ctx
    ctx.close()


@pytest.fixture
def page(context) -> Page:
    """carol's tab."""
    return context.new_page()


class Newsroom:
    """alice at her desk: every change goes through the JSON API, as the desk and the demo do."""

    def __init__(self, server_url: str, slug: str, token: str):
        self.slug = slug
        self.client = httpx.Client(base_url=f"{server_url}/api", headers={"Authorization": f"Bearer {token}"},
                                   timeout=10)

    def publish(self, body: str = "", **fields) -> dict:
        response = self.client.post(f"/blogs/{self.slug}/posts", json={"body": body, **fields})
        assert response.status_code == 201, response.text
        return response.json()

    def change(self, post: dict, **fields) -> dict:
        current = self.client.get(f"/blogs/{self.slug}/posts/{post['id']}").json()
        response = self.client.patch(f"/blogs/{self.slug}/posts/{post['id']}",
                                     json={"version": current["version"], **fields})
        assert response.status_code == 200, response.text
        return response.json()

    def delete(self, post: dict) -> None:
        response = self.client.delete(f"/blogs/{self.slug}/posts/{post['id']}")
        assert response.status_code == 200, response.text

    def update_blog(self, **fields) -> None:
        response = self.client.patch(f"/blogs/{self.slug}", json=fields)
        assert response.status_code == 200, response.text


@pytest.fixture
def newsroom(server, blog, alice, transactional_db) -> Iterator[Newsroom]:
    """alice's API client for `blog`."""
    from liveline.accounts.models import ApiToken

    _, token = ApiToken.issue(alice, name="browser tests")
    desk = Newsroom(server.url, blog.slug, token)
    yield desk
    desk.client.close()


@pytest.fixture
def english_blog(alice, transactional_db):
    """A live English blog in London, alice editing."""
    from liveline.accounts.models import Membership
    from liveline.blogs import domain

    live = domain.create_blog(slug="election-night", title="Election night, live",
                              description="Results as they come in.", language="en",
                              timezone_name="Europe/London", status="live")
    Membership.objects.create(user=alice, blog=live, role=Membership.Role.EDITOR)
    return live


@pytest.fixture
def backlog(alice):
    """Fill a blog with `count` earlier posts a minute apart, oldest first, the newest 5 minutes old."""
    from liveline.blogs import domain

    def _backlog(blog, count: int, **fields) -> list:
        start = timezone.now() - timedelta(minutes=count - 1 + 5)
        return [
            domain.create_post(blog, body=f"Point {n} : les délégations se retrouvent à Istanbul. " * 3,
                               authors=[alice], published_at=start + timedelta(minutes=n), **fields)
            for n in range(count)
        ]

    return _backlog


def live_url(server, blog, query: str = "") -> str:
    return f"{server.url}/live/{blog.slug}/{query}"


def open_live(page: Page, server, blog, query: str = "") -> None:
    """Open the reader page and wait until its stream is connected (so no event can slip past)."""
    page.goto(live_url(server, blog, query))
    page.wait_for_selector("[data-live][data-mode='stream']")


def axe_violations(page: Page) -> list[dict]:
    """Serious and critical axe-core violations of the page as it is now."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    assert len(result["passes"]) > 10, "axe-core did not check the page"
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"] if v["impact"] in ("serious", "critical")
    ]
