"""A reader follows a live in Chromium while alice publishes, edits and deletes through the API."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import live_url, open_live

pytestmark = [pytest.mark.browser, pytest.mark.server, pytest.mark.django_db(transaction=True)]


def post(page, post_id):
    return page.locator(f"[data-timeline] > #post-{post_id}")


def test_a_published_post_appears_within_two_seconds_and_is_announced(page, server, blog, newsroom):
    open_live(page, server, blog)
    page.locator("[data-pause]").focus()
    item = newsroom.publish("Les délégations arrivent à Istanbul.")
    expect(post(page, item["id"])).to_contain_text("Les délégations arrivent", timeout=2000)
    # Newest first, the empty-page notice gone, and no reload happened.
    assert page.locator("[data-timeline] > article").first.get_attribute("id") == f"post-{item['id']}"
    expect(page.locator("[data-empty]")).to_have_count(0)
    expect(page.locator("[data-announcer]")).to_have_text(re.compile(r"1"))
    # Announced politely, without taking focus away from where the reader was.
    assert page.evaluate("document.activeElement.matches('[data-pause]')")


def test_an_edit_updates_the_post_in_place(page, server, blog, newsroom):
    first = newsroom.publish("Premier point.")
    item = newsroom.publish("Bilan provisoire : 12 blessés.")
    open_live(page, server, blog)
    newsroom.change(item, body="Bilan provisoire : 14 blessés.", correction_note="Le bilan a été corrigé.")
    expect(post(page, item["id"])).to_contain_text("14 blessés")
    expect(post(page, item["id"]).locator(".post__correction")).to_contain_text("Le bilan a été corrigé.")
    expect(post(page, item["id"]).locator(".post__updated")).to_be_visible()
    ids = page.locator("[data-timeline] > article").evaluate_all("els => els.map(e => e.id)")
    assert ids == [f"post-{item['id']}", f"post-{first['id']}"]


def test_a_deleted_post_disappears(page, server, blog, newsroom):
    keep = newsroom.publish("Ce point reste.")
    gone = newsroom.publish("Ce point était une erreur.", key_event="Une erreur")
    open_live(page, server, blog)
    expect(page.locator(f"[data-key-event='{gone['id']}']")).to_be_visible()
    newsroom.delete(gone)
    expect(post(page, gone["id"])).to_have_count(0)
    expect(page.locator(f"[data-key-event='{gone['id']}']")).to_have_count(0)
    expect(post(page, keep["id"])).to_be_visible()


def test_a_reader_scrolled_down_gets_a_bar_and_the_text_does_not_move(page, server, blog, newsroom, backlog):
    posts = backlog(blog, 12)
    open_live(page, server, blog)
    reading = post(page, posts[5].pk)
    reading.scroll_into_view_if_needed()
    page.evaluate("window.scrollBy(0, 100)")
    before = reading.bounding_box()["y"]
    item = newsroom.publish("Nouvelle déclaration du Kremlin.")
    bar = page.locator("[data-new-bar]")
    expect(bar).to_be_visible(timeout=2000)
    expect(bar.locator("button")).to_have_text(re.compile(r"1"))
    assert abs(reading.bounding_box()["y"] - before) < 1  # scroll offsets are whole device pixels
    # The post waits behind the bar; pressing it brings the reader to it.
    expect(post(page, item["id"])).to_have_count(0)
    bar.locator("button").click()
    expect(post(page, item["id"])).to_be_in_viewport()
    expect(post(page, item["id"])).to_be_focused()
    expect(bar).to_be_hidden()


def test_edits_and_pins_above_the_reader_keep_the_text_in_place(page, server, blog, newsroom, backlog):
    posts = backlog(blog, 12)
    open_live(page, server, blog)
    reading = post(page, posts[3].pk)
    reading.scroll_into_view_if_needed()
    before = reading.bounding_box()["y"]
    newsroom.change({"id": posts[10].pk}, body="Un texte bien plus long que l'original. " * 20)
    newsroom.change({"id": posts[9].pk}, pinned=True)
    expect(page.locator("[data-pinned] article")).to_contain_text("Point 9")
    expect(post(page, posts[10].pk)).to_contain_text("bien plus long")
    assert abs(reading.bounding_box()["y"] - before) < 1


def test_pin_and_key_events_follow_the_newsroom(page, server, blog, newsroom):
    first = newsroom.publish("Résumé : les pourparlers reprennent.", pinned=True)
    open_live(page, server, blog)
    pinned = page.locator("[data-pinned]")
    expect(pinned.locator("article")).to_contain_text("les pourparlers reprennent")
    second = newsroom.publish("Nouveau résumé : accord sur les prisonniers.", pinned=True,
                              key_event="Accord sur les prisonniers")
    expect(pinned.locator("article")).to_contain_text("accord sur les prisonniers")
    expect(pinned.locator("article")).to_have_count(1)
    # The copy in the summary slot must not duplicate the timeline's id.
    expect(page.locator(f"#post-{second['id']}")).to_have_count(1)
    expect(post(page, first["id"]).locator(".post__badge--pinned")).to_have_count(0)
    keys = page.locator("[data-key-events]")
    expect(keys).to_be_visible()
    expect(keys.locator("a")).to_have_text(["Accord sur les prisonniers"])
    newsroom.change(second, key_event="Accord conclu sur les prisonniers")
    expect(keys.locator("a")).to_have_text(["Accord conclu sur les prisonniers"])
    newsroom.change(second, pinned=False)
    expect(pinned).to_be_hidden()
    newsroom.change(second, key_event=None)
    expect(keys).to_be_hidden()


def test_blog_status_title_and_standfirst_switch_live(page, server, blog, newsroom):
    open_live(page, server, blog)
    newsroom.update_blog(title="Ukraine : fin des pourparlers", description="La journée s'achève.", status="ended")
    expect(page.locator("[data-blog-title]")).to_have_text("Ukraine : fin des pourparlers")
    expect(page.locator("[data-standfirst]")).to_have_text("La journée s'achève.")
    expect(page.locator("[data-badge]")).to_have_class(re.compile("live__badge--ended"))


def test_pause_holds_updates_until_resumed(page, server, blog, newsroom):
    open_live(page, server, blog)
    pause = page.locator("[data-pause]")
    pause.click()
    expect(pause).to_have_attribute("aria-pressed", "true")
    item = newsroom.publish("Publié pendant la pause.")
    expect(page.locator("[data-state]")).to_contain_text("1")
    expect(post(page, item["id"])).to_have_count(0)
    pause.click()
    expect(pause).to_have_attribute("aria-pressed", "false")
    expect(post(page, item["id"])).to_be_visible()
    expect(page.locator("[data-state]")).to_have_text("")


def test_a_permalink_to_an_older_post_opens_its_page_and_scrolls_to_it(page, server, blog, backlog):
    posts = backlog(blog, 26)
    target = posts[2]  # beyond the first page of 20
    page.goto(live_url(server, blog, f"#post-{target.pk}"))
    page.wait_for_url(re.compile(rf"\?at={target.pk}#post-{target.pk}$"))
    expect(page.locator(f"#post-{target.pk}")).to_be_in_viewport()


def test_the_key_events_list_jumps_to_an_event_on_an_older_page(page, server, blog, backlog, newsroom):
    from liveline.blogs import domain

    posts = backlog(blog, 26)
    old = domain.edit_post(posts[1], version=None, key_event=True, headline="Ouverture des pourparlers")
    recent = domain.edit_post(posts[24], version=None, key_event=True, headline="Pause déjeuner")
    open_live(page, server, blog)
    keys = page.locator("[data-key-events]")
    # On this page: a jump in place, no navigation.
    keys.get_by_role("link", name="Pause déjeuner").click()
    expect(page.locator(f"#post-{recent.pk}")).to_be_in_viewport()
    assert page.url == live_url(server, blog, f"#post-{recent.pk}")
    # On an older page: that page opens at the event.
    keys.get_by_role("link", name="Ouverture des pourparlers").click()
    page.wait_for_url(re.compile(rf"\?at={old.pk}#post-{old.pk}$"))
    expect(page.locator(f"#post-{old.pk}")).to_be_in_viewport()


def test_load_older_posts_appends_the_next_page_without_reload(page, server, blog, backlog):
    posts = backlog(blog, 26)
    open_live(page, server, blog)
    page.evaluate("window.notReloaded = true")
    expect(page.locator("[data-timeline] > article")).to_have_count(20)
    page.locator("[data-older]").click()
    expect(page.locator("[data-timeline] > article")).to_have_count(26)
    # Focus moves to the first post asked for; the control goes as there is nothing older.
    expect(post(page, posts[5].pk)).to_be_focused()
    expect(post(page, posts[0].pk)).to_be_attached()
    expect(page.locator("[data-older]")).to_have_count(0)
    assert page.evaluate("window.notReloaded") is True


def test_relative_times_are_refreshed_every_minute(page, server, english_blog, backlog):
    posts = backlog(english_blog, 1)
    page.clock.install()
    page.goto(live_url(server, english_blog))
    label = page.locator(f"#post-{posts[0].pk} [data-ago]")
    expect(label).to_have_text("5 min ago")
    page.clock.fast_forward("02:00")
    expect(label).to_have_text("7 min ago")


def test_polling_takes_over_without_eventsource(page, server, blog, newsroom):
    page.add_init_script("delete window.EventSource")
    page.goto(live_url(server, blog))
    page.wait_for_selector("[data-live][data-mode='polling']")
    item = newsroom.publish("Reçu par le sondage.")
    # The first poll ran at load; the next one comes within the polling interval (5 s).
    expect(post(page, item["id"])).to_be_visible(timeout=8000)


def test_without_javascript_the_page_still_shows_posts(browser, server, blog, backlog):
    posts = backlog(blog, 22)
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(live_url(server, blog))
        expect(page.locator("[data-timeline] > article")).to_have_count(20)
        expect(page.locator("[data-controls]")).to_be_hidden()
        page.locator("[data-older]").click()
        expect(page).to_have_url(re.compile(r"\?before="))
        expect(post(page, posts[0].pk)).to_be_visible()
    finally:
        context.close()


def test_an_embed_loads_only_when_the_reader_asks(page, server, blog, newsroom):
    requested = []

    def player(route):
        requested.append(route.request.url)
        route.fulfill(status=200, content_type="text/html", body="<p>player</p>")

    page.route("https://www.youtube-nocookie.com/**", player)
    newsroom.publish("La conférence de presse en vidéo.", kind="embed",
                     content={"url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "title": "Conférence"})
    open_live(page, server, blog)
    figure = page.locator("[data-embed-src]")
    expect(figure.locator(".embed__source")).to_contain_text("YouTube")
    expect(page.locator("iframe")).to_have_count(0)
    assert requested == []
    figure.locator("[data-embed-load]").click()
    frame = figure.locator("iframe")
    expect(frame).to_have_attribute("src", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")
    expect(frame).to_be_focused()
    page.wait_for_timeout(0)
    assert requested and requested[0].startswith("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")


def test_after_falling_back_to_polling_the_page_tries_the_stream_again(page, server, blog, newsroom):
    # A proxy breaks the stream for a while (a hotel network, say), then stops doing so.
    page.route("**/events*", lambda route: route.abort())
    page.clock.install()
    page.goto(live_url(server, blog))
    page.wait_for_selector("[data-live][data-mode='polling']", timeout=20000)
    page.unroute("**/events*")
    page.clock.fast_forward("03:00")
    page.wait_for_selector("[data-live][data-mode='stream']", timeout=10000)
    item = newsroom.publish("De retour sur le flux.")
    expect(post(page, item["id"])).to_be_visible(timeout=2000)
