"""The desk in Debian's Chromium against a real server: what a journalist does, end to end.

The reader tab is a second browser profile, so it sees exactly what an anonymous reader sees.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from django.db import connections
from playwright.sync_api import BrowserContext, Page, expect, sync_playwright

from liveline.blogs import domain
from liveline.blogs.models import LiveBlog, Post
from tests.desk.test_guide_screenshots import harbour_photo

pytestmark = [pytest.mark.browser, pytest.mark.server, pytest.mark.django_db(transaction=True)]

CHROMIUM = "/usr/bin/chromium"
# No sandbox in containers; the rest keeps Chromium from calling home while tests run.
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
PASSWORD = "correct-horse-42"


def in_own_browser(journey: Callable[[Callable[[], BrowserContext]], None]) -> None:
    """Run `journey(new_context)` with a Chromium driven from a thread of its own.

    Playwright's sync API allows one instance per thread, and other test packages may keep
    theirs open for the whole session: a thread of our own works whatever ran before. What the
    journey asserts is raised here again, with its traceback.
    """
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}")
    failure: list[BaseException] = []

    def run() -> None:
        opened: list[BrowserContext] = []

        def new_context() -> BrowserContext:
            ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
            ctx.set_default_timeout(5000)
            opened.append(ctx)
            return ctx

        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
                try:
                    journey(new_context)
                finally:
                    for ctx in opened:
                        ctx.close()
                    browser.close()
        except BaseException as exc:  # handed to the test's thread
            failure.append(exc)
        finally:
            connections.close_all()  # this thread's database connection

    # Playwright keeps an event loop in that thread; the journey's ORM calls are plain synchronous ones.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        thread = threading.Thread(target=run, name="desk-browser")
        thread.start()
        thread.join(timeout=180)
        assert not thread.is_alive(), "the browser journey did not finish within 3 minutes"
    finally:
        if previous is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous
    if failure:
        raise failure[0]


def sign_in(page: Page, server, username: str) -> None:
    page.goto(f"{server.url}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(f"{server.url}/desk/")


def appears_within(page: Page, selector: str, text: str, seconds: float) -> float:
    """Wait until an element matching `selector` with `text` is visible; return how long it took."""
    start = time.monotonic()
    expect(page.locator(selector, has_text=text).first).to_be_visible(timeout=seconds * 1000)
    return time.monotonic() - start


def test_an_editor_opens_a_live_and_readers_see_her_posts_arrive(server, alice):
    alice.is_staff = True  # staff may open a new live
    alice.save()
    in_own_browser(lambda new_context: _open_a_live_and_publish(server, new_context))


def _open_a_live_and_publish(server, new_context) -> None:
    desk = new_context().new_page()
    sign_in(desk, server, "alice")

    desk.get_by_role("link", name="New live blog").click()
    desk.get_by_label("Title").fill("Storm Ciarán: live")
    desk.get_by_label("Standfirst").fill("Gusts, closures and what to expect overnight.")
    desk.get_by_label("Language").select_option("en")
    desk.get_by_label("Time zone").select_option("Europe/London")
    desk.get_by_role("button", name="Create the live blog").click()
    expect(desk.get_by_role("heading", level=1)).to_have_text("Storm Ciarán: live")
    desk.get_by_role("button", name="Start the coverage").click()
    expect(desk.get_by_text("The coverage is live")).to_be_visible()
    blog = LiveBlog.objects.get()
    assert (blog.slug, blog.status, blog.language) == ("storm-ciaran-live", "live", "en")

    reader = new_context().new_page()
    reader.goto(f"{server.url}/live/{blog.slug}/")
    expect(reader.locator("[data-live]")).to_be_attached()

    # A text post, published with the keyboard shortcut.
    body = desk.get_by_label("Text")
    body.fill("Gusts of **140 km/h** recorded on the coast.")
    body.press("Control+Enter")
    expect(desk.get_by_text("Published.")).to_be_visible()
    waited = appears_within(reader, "article.post", "Gusts of 140 km/h", 2)
    assert reader.locator("article.post strong", has_text="140 km/h").count() == 1
    assert waited < 2

    # A quote, with the English quote marks added for the reader.
    desk.get_by_role("link", name="Quote", exact=True).click()
    desk.get_by_label("Words quoted").fill("Stay at home tonight if you can")
    desk.get_by_label("Speaker", exact=True).fill("Jane Doe")
    desk.get_by_label("Speaker's role").fill("head of the coastguard")
    desk.get_by_role("button", name="Publish", exact=True).click()
    expect(desk.get_by_text("Published.")).to_be_visible()
    appears_within(reader, "article.post--quote", "Jane Doe", 2)
    quote = reader.locator("article.post--quote").first
    expect(quote).to_contain_text("\u201cStay at home tonight if you can\u201d")
    expect(quote).to_contain_text("head of the coastguard")

    def publish_kind(label: str, fill: Callable[[], None], selector: str, text: str) -> None:
        desk.get_by_role("link", name=label, exact=True).click()
        fill()
        desk.get_by_role("button", name="Publish", exact=True).click()
        expect(desk.get_by_text("Published.")).to_be_visible()
        appears_within(reader, selector, text, 2)

    def embed() -> None:
        desk.get_by_label("Address of the video or social post").fill("https://www.youtube.com/watch?v=dQw4w9WgXcQ")
        desk.get_by_label("Caption").fill("Waves over the harbour wall this morning.")

    publish_kind("Embed", embed, "article.post--embed", "Waves over the harbour wall")
    # Click-to-load: the reader names the source and loads no player until asked.
    expect(reader.locator("article.post--embed").first).to_contain_text("YouTube")
    assert reader.locator("article.post--embed iframe").count() == 0

    def image() -> None:
        desk.locator("input[name=image]").set_input_files(
            files=[{"name": "quay.jpg", "mimeType": "image/jpeg", "buffer": harbour_photo()}])
        desk.get_by_label("Description for blind readers").fill("Grey waves crash against the quay.")
        desk.get_by_label("Caption").fill("Newhaven harbour at 8am.")
        desk.get_by_label("Credit").fill("Photo: Sam Lee")

    publish_kind("Image", image, "article.post--image", "Newhaven harbour at 8am")
    picture = reader.locator("article.post--image img").first
    expect(picture).to_have_attribute("alt", "Grey waves crash against the quay.")

    def link() -> None:
        desk.get_by_label("Address", exact=True).fill("https://example.org/storm-ciaran-explained")
        desk.get_by_label("Title", exact=True).fill("Storm Ciarán explained")
        desk.get_by_label("Summary", exact=True).fill("Why November storms hit the south coast harder.")

    publish_kind("Read also", link, "article.post--link", "Storm Ciarán explained")

    def fact_check() -> None:
        desk.get_by_label("Claim").fill("This is the strongest storm ever recorded in England.")
        desk.get_by_label("Who made it").fill("A viral post")
        desk.get_by_label("Verdict").select_option("false")
        desk.get_by_label("Explanation").fill("The 1987 storm brought stronger gusts inland.")

    publish_kind("Fact-check", fact_check, "article.post--fact-check", "strongest storm ever recorded")
    expect(reader.locator("article.post--fact-check").first).to_contain_text("False")
    assert Post.objects.filter(blog=blog, status="published").count() == 6


def test_two_editors_edit_one_post_and_both_texts_survive(server, blog, alice, dave):
    post = domain.create_post(blog, body="Les délégations arrivent à Istanbul.", authors=[alice])
    in_own_browser(lambda new_context: _edit_together(server, new_context, blog, post))


def _edit_together(server, new_context, blog, post) -> None:
    edit_url = f"{server.url}/desk/{blog.slug}/posts/{post.pk}/edit/"
    first, second = new_context().new_page(), new_context().new_page()
    sign_in(first, server, "alice")
    sign_in(second, server, "dave")
    first.goto(edit_url)
    second.goto(edit_url)

    first.get_by_label("Text").fill("Les délégations sont arrivées à Istanbul vers 9 h.")
    first.get_by_role("button", name="Save the changes").click()
    expect(first.get_by_text("Saved.")).to_be_visible()

    dave_text = "Les délégations arrivent à Istanbul, selon l'AFP."
    second.get_by_label("Text").fill(dave_text)
    second.get_by_role("button", name="Save the changes").click()
    expect(second.get_by_role("heading", level=1)).to_contain_text("Someone saved this post")
    theirs = second.locator("[data-conflict-theirs]")
    yours = second.locator("[data-conflict-yours]")
    expect(theirs).to_contain_text("sont arrivées à Istanbul vers 9 h")
    expect(yours.get_by_label("Text")).to_have_value(dave_text)
    post.refresh_from_db()
    assert post.body == "Les délégations sont arrivées à Istanbul vers 9 h."

    # Dave merges: his sentence on top of alice's, saved over the current version.
    merged = "Les délégations sont arrivées à Istanbul vers 9 h, selon l'AFP."
    yours.get_by_label("Text").fill(merged)
    yours.get_by_role("button", name="Save my version").click()
    expect(second.get_by_text("Saved.")).to_be_visible()
    post.refresh_from_db()
    assert post.body == merged
    assert "Les délégations sont arrivées à Istanbul vers 9 h." in [r.body for r in post.revisions.all()]
