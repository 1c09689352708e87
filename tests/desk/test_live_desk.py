"""The live desk: colleagues' posts, edits, deletions and pins reach an open blog screen."""

from __future__ import annotations

import re

import pytest

from liveline.blogs import domain
from liveline.live.models import Event

pytestmark = pytest.mark.django_db


def item(client, blog, post):
    return client.get(f"/desk/{blog.slug}/posts/{post.pk}/item/", headers={"Accept": "application/json"})


def test_the_blog_screen_follows_the_stream_from_the_last_event_it_shows(alice, signed_in, blog):
    domain.create_post(blog, body="Un.", authors=[alice])
    page = signed_in(alice).get(f"/desk/{blog.slug}/").content.decode()
    root = re.search(r"<section [^>]*data-desk-live[^>]*>", page).group(0)
    last = Event.objects.filter(blog=blog).latest("id").pk
    assert f'data-last-event-id="{last}"' in root
    # The members' channel, not the public one: it also serves draft blogs.
    assert f'data-events-url="/desk/{blog.slug}/events"' in root
    assert f'data-updates-url="/desk/{blog.slug}/updates/"' in root
    assert f'data-item-url="/desk/{blog.slug}/posts/0/item/"' in root
    assert 'data-desk-section="published"' in page


def test_a_published_post_comes_with_the_actions_of_the_journalist_who_asks(alice, bob, signed_in, blog):
    post = domain.create_post(blog, body="Les délégations **arrivent**.", authors=[alice])
    answer = item(signed_in(alice), blog, post).json()
    assert answer["section"] == "published" and answer["version"] == post.version
    html = answer["html"]
    assert html.startswith(f'<li class="desk-item desk-item--published" data-desk-post="{post.pk}">')
    assert "<strong>arrivent</strong>" in html  # the reader's fragment
    assert f'/desk/{blog.slug}/posts/{post.pk}/pin/' in html and 'name="csrfmiddlewaretoken"' in html
    assert f'/desk/{blog.slug}/posts/{post.pk}/edit/' in html
    # bob, a contributor, gets the same post without an editor's buttons.
    html = item(signed_in(bob), blog, post).json()["html"]
    assert "/pin/" not in html and "/edit/" not in html and "<strong>arrivent</strong>" in html


def test_drafts_and_deleted_posts_go_to_their_sections(alice, bob, signed_in, blog):
    draft = domain.create_post(blog, body="Brouillon.", authors=[bob], status="draft")
    assert item(signed_in(alice), blog, draft).json()["section"] == "pending"
    post = domain.create_post(blog, body="Publié.", authors=[alice])
    domain.delete_post(post, version=post.version)
    assert item(signed_in(alice), blog, post).json()["section"] == "deleted"
    assert item(signed_in(bob), blog, post).json() == {"post_id": post.pk, "section": None,
                                                       "version": post.version + 1, "html": ""}


def test_only_members_get_items(alice, carol, signed_in, blog, client):
    post = domain.create_post(blog, body="Publié.", authors=[alice])
    assert item(signed_in(carol), blog, post).status_code == 404
    assert item(client, blog, post).status_code == 302  # to the sign-in page


# --- draft blogs: the members' channel -------------------------------------------------------

def desk_updates(client, blog, after=0):
    return client.get(f"/desk/{blog.slug}/updates/", {"after": after}, headers={"Accept": "application/json"})


def test_members_write_see_and_edit_the_posts_of_a_draft_blog(alice, bob, signed_in, blog):
    from tests.desk.test_posts import compose, edit

    domain.update_blog(blog, status="draft")
    editor = signed_in(alice)
    assert compose(editor, blog, body="Les délégations **arrivent**.").status_code == 302
    post = blog.posts.get()
    assert edit(editor, post, body="Les délégations sont **arrivées**.").status_code == 302
    for member in (alice, bob):
        page = signed_in(member).get(f"/desk/{blog.slug}/").text
        assert "<strong>arrivées</strong>" in page and 'data-desk-section="published"' in page
    # The members' polling answer carries the events readers do not get yet, never cached.
    response = desk_updates(signed_in(bob), blog)
    assert response.status_code == 200
    assert [event["type"] for event in response.json()["events"]] == ["blog.updated", "post.published",
                                                                      "post.updated"]
    assert response.json()["status"] == "draft"
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert item(signed_in(bob), blog, post).json()["section"] == "published"


def test_outsiders_get_no_draft_blog_from_the_desk(alice, carol, signed_in, blog):
    from tests.desk.conftest import desk_client

    domain.create_post(blog, body="Pas encore public", authors=[alice])
    domain.update_blog(blog, status="draft")
    outsider = signed_in(carol)
    assert outsider.get(f"/desk/{blog.slug}/").status_code == 404
    refused = desk_updates(outsider, blog)
    assert refused.status_code == 404 and "Pas encore public" not in refused.text
    assert refused.json() == {"error": "There is no live blog called “ukraine-talks” among your live blogs."}
    client = desk_client()
    anonymous = desk_updates(client, blog)
    assert anonymous.status_code == 403
    assert anonymous.json() == {"error": "Sign in to the desk to follow this live blog as a member."}
    assert client.get(f"/desk/{blog.slug}/").status_code == 302  # to the sign-in page
    # The public channel keeps refusing the draft to everyone, members included.
    assert signed_in(alice).get(f"/live/{blog.slug}/updates", {"after": 0}).status_code == 404


def test_the_members_polling_answer_checks_its_cursor(alice, signed_in, blog):
    response = signed_in(alice).get(f"/desk/{blog.slug}/updates/", {"after": "-1"})
    assert response.status_code == 400 and "non-negative whole number" in response.json()["error"]


# --- in the browser ------------------------------------------------------------------------------

@pytest.mark.browser
@pytest.mark.server
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("status", ["live", "draft"])  # a draft blog is followed through the members' channel too
def test_a_colleagues_post_edit_pin_and_deletion_reach_an_open_desk_within_2_seconds(server, blog, alice, dave,
                                                                                       status):
    from tests.desk.test_browser import in_own_browser

    if status != blog.status:
        domain.update_blog(blog, status=status)
    in_own_browser(lambda new_context: _two_journalists(server, new_context, blog, dave))


def _two_journalists(server, new_context, blog, dave) -> None:
    from playwright.sync_api import expect

    from liveline.blogs.models import Post
    from tests.desk.test_browser import appears_within, sign_in

    alice_desk, dave_desk = new_context().new_page(), new_context().new_page()
    sign_in(alice_desk, server, "alice")
    sign_in(dave_desk, server, "dave")
    alice_desk.goto(f"{server.url}/desk/{blog.slug}/")
    dave_desk.goto(f"{server.url}/desk/{blog.slug}/?kind=text")
    expect(alice_desk.locator("[data-desk-live]")).to_have_attribute("data-mode", "stream")

    dave_desk.get_by_label("Text").fill("Les délégations sont arrivées à **Istanbul**.")
    dave_desk.get_by_role("button", name="Publish", exact=True).click()
    expect(dave_desk.get_by_text("Published.")).to_be_visible()
    published = "[data-desk-section=published] .desk-item"
    waited = appears_within(alice_desk, published, "Les délégations sont arrivées", 2)
    assert waited < 2
    post = Post.objects.get()
    mine = alice_desk.locator(f'[data-desk-post="{post.pk}"]')
    expect(mine.locator("strong")).to_have_text("Istanbul")
    expect(alice_desk.locator(".desk-items__empty")).to_have_count(0)

    # An edit replaces the item in place.
    post = domain.edit_post(post, version=post.version, body="Les délégations sont arrivées à Istanbul vers 9 h.",
                            by=dave)
    appears_within(alice_desk, published, "vers 9 h", 2)
    expect(alice_desk.locator(published)).to_have_count(1)

    # A pin by a colleague: alice's buttons follow (Unpin), and they work.
    post = domain.set_pinned(post, True, version=post.version)
    expect(mine.get_by_role("button", name="Unpin")).to_be_visible(timeout=2000)
    mine.get_by_role("button", name="Unpin").click()
    expect(alice_desk.get_by_text("Unpinned.")).to_be_visible()
    post.refresh_from_db()
    assert post.pinned is False

    # A deletion takes it off the published list.
    domain.delete_post(post, version=post.version)
    expect(alice_desk.locator(f'[data-desk-section=published] [data-desk-post="{post.pk}"]')).to_have_count(
        0, timeout=2000)


@pytest.mark.browser
@pytest.mark.server
@pytest.mark.django_db(transaction=True)
def test_a_scheduled_post_appears_on_an_open_reader_page_at_its_time(server, blog, alice):
    from tests.desk.test_browser import in_own_browser

    in_own_browser(lambda new_context: _schedule_and_watch(server, new_context, blog))


def _schedule_and_watch(server, new_context, blog) -> None:
    from datetime import timedelta

    from django.utils import timezone
    from playwright.sync_api import expect

    from liveline.blogs.models import Post
    from tests.desk.test_browser import sign_in

    reader = new_context().new_page()
    reader.goto(f"{server.url}/live/{blog.slug}/")
    expect(reader.locator("[data-live]")).to_have_attribute("data-mode", "stream")
    desk = new_context().new_page()
    sign_in(desk, server, "alice")
    desk.goto(f"{server.url}/desk/{blog.slug}/?kind=text")

    desk.get_by_label("Text").fill("Conférence de presse des deux délégations.")
    due = (timezone.now() + timedelta(seconds=4)).replace(microsecond=0)
    # The blog's local time, as a journalist types it (the field is in the blog's time zone).
    desk.get_by_label("Publish at").fill(timezone.localtime(due, blog.tzinfo).strftime("%Y-%m-%dT%H:%M:%S"))
    desk.get_by_role("button", name="Schedule").click()
    expect(desk.get_by_text("Scheduled.")).to_be_visible()
    post = Post.objects.get()
    assert (post.status, post.scheduled_for) == ("scheduled", due)
    assert reader.locator("article.post", has_text="Conférence de presse").count() == 0

    # Published by the server's scheduler (every 2 s), pushed to the open page by the stream.
    expect(reader.locator("article.post", has_text="Conférence de presse")).to_be_visible(timeout=9000)
    seen = timezone.now()
    assert due - timedelta(seconds=0.5) <= seen <= due + timedelta(seconds=4), (due, seen)
    post.refresh_from_db()
    assert post.status == "published" and post.published_at >= due
    # The desk that scheduled it moved it from "scheduled" to the published list on its own.
    expect(desk.locator(f'[data-desk-section=published] [data-desk-post="{post.pk}"]')).to_be_visible(timeout=2000)
