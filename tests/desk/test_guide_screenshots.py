"""The journalist guide's screenshots, taken in Chromium from a real server.

Every run walks through the screens the guide shows (so a screen that breaks fails here) and
checks that the guide shows each picture. The pictures in docs/images/ are replaced only with
LIVELINE_UPDATE_SCREENSHOTS=1 (or when one is missing), so running the tests leaves the
repository's files alone:

    LIVELINE_UPDATE_SCREENSHOTS=1 .venv/bin/pytest tests/desk/test_guide_screenshots.py
"""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from liveline.accounts.models import Membership
from liveline.blogs import domain
from tests.conftest import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.server, pytest.mark.django_db(transaction=True)]

IMAGES = ROOT / "docs" / "images"
GUIDE = ROOT / "docs" / "journalist-guide.md"
SHOTS = ["desk-list", "blog-screen", "compose-text", "compose-quote", "compose-embed", "compose-image",
         "compose-link", "compose-fact-check", "preview", "draft-restored", "conflict"]


def harbour_photo() -> bytes:
    """A stand-in photo: sky, sea and a quay, drawn rather than shipped."""
    image = Image.new("RGB", (1600, 1000), (120, 160, 200))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 560, 1600, 1000), fill=(30, 70, 110))
    draw.rectangle((0, 760, 900, 1000), fill=(90, 90, 90))
    for x in range(0, 1600, 80):
        draw.line((x, 600 + (x % 160) // 4, x + 60, 600 + (x % 160) // 4), fill=(200, 220, 240), width=4)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def test_the_guide_screenshots(server, alice, dave, tmp_path):
    from tests.desk.test_browser import in_own_browser

    blog = domain.create_blog(slug="storm-ciaran", title="Storm Ciarán: live", language="en",
                              timezone_name="Europe/London", status="live",
                              description="Gusts, closures and what to expect overnight.")
    other = domain.create_blog(slug="city-council", title="City council budget vote", language="en",
                               timezone_name="Europe/London")
    for live in (blog, other):
        Membership.objects.create(user=alice, blog=live, role=Membership.Role.EDITOR)
    domain.create_post(blog, body="The Met Office has issued an **amber warning** for wind across the south coast.",
                       authors=[alice], key_event=True, headline="Amber warning issued")
    domain.create_post(blog, kind="quote", body="Stay at home tonight if you can",
                       data={"speaker": "Jane Doe", "role": "head of the coastguard"}, authors=[alice])
    shots = tmp_path / "shots"
    shots.mkdir()
    in_own_browser(lambda new_context: _walk_through(server, new_context, blog, shots))

    missing = [name for name in SHOTS if not (shots / f"{name}.png").exists()]
    assert not missing, f"not taken: {missing}"
    update = os.environ.get("LIVELINE_UPDATE_SCREENSHOTS") == "1"
    IMAGES.mkdir(exist_ok=True)
    for name in SHOTS:
        if update or not (IMAGES / f"{name}.png").exists():
            shutil.copyfile(shots / f"{name}.png", IMAGES / f"{name}.png")
    guide = GUIDE.read_text()
    unused = [name for name in SHOTS if f"](images/{name}.png)" not in guide]
    assert not unused, f"docs/journalist-guide.md does not show {unused}"


def _walk_through(server, new_context, blog, shots: Path) -> None:
    from playwright.sync_api import expect

    from liveline.blogs.models import Post
    from tests.desk.test_browser import sign_in

    def shoot(page, name: str, locator=None) -> None:
        (locator or page).screenshot(path=str(shots / f"{name}.png"), animations="disabled")

    desk = new_context().new_page()
    sign_in(desk, server, "alice")
    shoot(desk, "desk-list")
    desk.goto(f"{server.url}/desk/{blog.slug}/")
    shoot(desk, "blog-screen")
    compose = desk.locator(".desk-compose")

    def kind(label: str) -> None:
        desk.get_by_role("navigation", name="Kind of post").get_by_role("link", name=label, exact=True).click()

    kind("Text")
    desk.get_by_label("Text").fill("Trains between **Brighton** and London are cancelled until at least 10:00.\n\n"
                                   "- Southern: no service\n- Thameslink: reduced service")
    shoot(desk, "compose-text", compose)
    desk.get_by_role("button", name="Preview").click()
    expect(desk.locator("[data-preview-pane] article.post")).to_be_visible()
    shoot(desk, "preview", compose)

    kind("Quote")
    desk.get_by_label("Words quoted").fill("We have never seen waves like this in November")
    desk.get_by_label("Speaker", exact=True).fill("Tom Baker")
    desk.get_by_label("Speaker's role").fill("harbour master, Newhaven")
    desk.get_by_label("Source", exact=True).fill("BBC Radio Sussex")
    shoot(desk, "compose-quote", compose)

    kind("Embed")
    desk.get_by_label("Address of the video or social post").fill("https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    desk.get_by_label("Caption").fill("Waves breaking over the harbour wall this morning.")
    shoot(desk, "compose-embed", compose)

    kind("Image")
    desk.locator("input[name=image]").set_input_files(
        files=[{"name": "newhaven.jpg", "mimeType": "image/jpeg", "buffer": harbour_photo()}])
    desk.get_by_label("Description for blind readers").fill("Grey waves crash against the quay under a pale sky.")
    desk.get_by_label("Caption").fill("Newhaven harbour at 8am.")
    desk.get_by_label("Credit").fill("Photo: Sam Lee / Liveline")
    shoot(desk, "compose-image", compose)
    desk.get_by_role("button", name="Publish", exact=True).click()
    expect(desk.get_by_text("Published.")).to_be_visible()
    assert Post.objects.filter(kind="image").exists()

    kind("Read also")
    desk.get_by_label("Address", exact=True).fill("https://example.org/storm-ciaran-explained")
    desk.get_by_label("Title", exact=True).fill("Storm Ciarán explained: why November storms hit harder")
    desk.get_by_label("Summary", exact=True).fill("What a sting jet is, and why the south coast is exposed.")
    shoot(desk, "compose-link", compose)

    kind("Fact-check")
    desk.get_by_label("Claim").fill("This is the strongest storm ever recorded in England.")
    desk.get_by_label("Who made it").fill("A viral post")
    desk.get_by_label("Verdict").select_option("false")
    desk.get_by_label("Explanation").fill("The 1987 storm brought stronger gusts inland, according to the Met Office.")
    shoot(desk, "compose-fact-check", compose)

    # A draft left typed: the next visit puts it back.
    kind("Text")
    desk.get_by_label("Text").fill("Power cuts reported in Hastings and Eastbourne.")
    expect(desk.locator("[data-autosave-status]")).to_contain_text("Draft saved at")
    desk.reload()
    expect(desk.locator("[data-autosave-notice]")).to_be_visible()
    shoot(desk, "draft-restored", compose)

    # Two editors on one post: dave saves first, alice gets the conflict screen.
    post = Post.objects.filter(kind="text").first()
    other = new_context().new_page()
    sign_in(other, server, "dave")
    edit_url = f"{server.url}/desk/{blog.slug}/posts/{post.pk}/edit/"
    desk.goto(edit_url)
    other.goto(edit_url)
    other.get_by_label("Text").fill("The Met Office has issued a **red warning** for wind across the south coast.")
    other.get_by_role("button", name="Save the changes").click()
    expect(other.get_by_text("Saved.")).to_be_visible()
    desk.get_by_label("Text").fill("The Met Office has issued an **amber warning** for wind and rain across the "
                                   "south coast.")
    desk.get_by_role("button", name="Save the changes").click()
    expect(desk.get_by_role("heading", level=1)).to_contain_text("Someone saved this post")
    shoot(desk, "conflict")
