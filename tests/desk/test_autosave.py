"""Autosave: the server keeps what a journalist typed until the post is saved or published."""

from __future__ import annotations

import re

import pytest

from liveline.autosave.models import AutosavedForm
from liveline.blogs import domain
from liveline.blogs.models import Post
from tests.desk.conftest import csrf_post

pytestmark = pytest.mark.django_db


def autosave(client, blog, post=None, **fields):
    url = f"/desk/{blog.slug}/posts/{post.pk}/autosave/" if post else f"/desk/{blog.slug}/autosave/"
    return csrf_post(client, url, fields, headers={"Accept": "application/json"})


def test_the_compose_pane_comes_back_with_the_autosaved_draft_and_a_notice(alice, signed_in, blog):
    client = signed_in(alice)
    response = autosave(client, blog, kind="quote", body="Nous ne céderons pas", speaker="Un ministre",
                        key_event="on", headline="Le ministre parle")
    assert response.status_code == 200 and "saved_at" in response.json()
    saved = AutosavedForm.objects.get()
    assert (saved.user, saved.blog, saved.post, saved.kind) == (alice, blog, None, "quote")
    assert saved.fields == {"kind": "quote", "body": "Nous ne céderons pas", "speaker": "Un ministre",
                            "key_event": "on", "headline": "Le ministre parle"}
    page = client.get(f"/desk/{blog.slug}/").content.decode()  # no ?kind=: the draft's kind opens
    assert '<input type="hidden" name="kind" value="quote">' in page
    assert "Nous ne céderons pas</textarea>" in page and 'value="Un ministre"' in page
    key_event_box = re.search(r'<input type="checkbox" name="key_event"[^>]*>', page).group(0)
    assert "checked" in key_event_box
    assert "Your unsaved draft from" in page and "Discard the draft" in page
    # Saved again: one draft per journalist and blog, updated in place.
    autosave(client, blog, kind="quote", body="Nous ne céderons jamais", speaker="Un ministre")
    assert AutosavedForm.objects.get().fields["body"] == "Nous ne céderons jamais"


def test_each_kind_keeps_its_own_draft_and_the_pane_offers_the_others(alice, signed_in, blog):
    client = signed_in(alice)
    autosave(client, blog, kind="quote", body="Paroles", speaker="X")
    autosave(client, blog, kind="text", body="Mon texte")
    assert AutosavedForm.objects.count() == 2
    page = client.get(f"/desk/{blog.slug}/").content.decode()  # the latest draft's kind opens
    assert "Mon texte</textarea>" in page and "Paroles" not in page
    assert "Unsaved drafts of other kinds:" in page and '<a href="?kind=quote">Quote</a>' in page
    page = client.get(f"/desk/{blog.slug}/?kind=quote").content.decode()
    assert "Paroles</textarea>" in page and '<a href="?kind=text">Text</a>' in page
    # Publishing the text leaves the quote's draft alone.
    csrf_post(client, f"/desk/{blog.slug}/compose/", {"kind": "text", "action": "publish", "body": "Mon texte"})
    assert list(AutosavedForm.objects.values_list("kind", flat=True)) == ["quote"]


def test_drafts_are_per_journalist(alice, bob, signed_in, blog):
    autosave(signed_in(alice), blog, kind="text", body="Le texte d'Alice")
    assert "Le texte d'Alice" not in signed_in(bob).get(f"/desk/{blog.slug}/").content.decode()


def test_publishing_clears_the_draft(alice, signed_in, blog):
    client = signed_in(alice)
    autosave(client, blog, kind="text", body="Brouillon")
    response = csrf_post(client, f"/desk/{blog.slug}/compose/", {"kind": "text", "action": "publish",
                                                                  "body": "Brouillon"})
    assert response.status_code == 302
    assert not AutosavedForm.objects.exists()
    assert "Your unsaved draft from" not in client.get(response["Location"]).content.decode()


def test_a_refused_post_keeps_the_draft(alice, signed_in, blog):
    client = signed_in(alice)
    autosave(client, blog, kind="quote", body="Paroles")
    response = csrf_post(client, f"/desk/{blog.slug}/compose/", {"kind": "quote", "action": "publish",
                                                                  "body": "Paroles"})
    assert response.status_code == 400 and AutosavedForm.objects.exists()


def test_discarding_forgets_the_draft_with_or_without_javascript(alice, signed_in, blog):
    client = signed_in(alice)
    autosave(client, blog, kind="text", body="À jeter")
    response = csrf_post(client, f"/desk/{blog.slug}/autosave/", {"discard": "1", "kind": "text"})
    assert response.status_code == 302 and response["Location"] == f"/desk/{blog.slug}/"
    assert not AutosavedForm.objects.exists()
    assert "The unsaved draft was discarded." in client.get(response["Location"]).content.decode()
    autosave(client, blog, kind="text", body="À jeter encore")
    assert autosave(client, blog, discard="1", kind="text").json() == {"discarded": True}
    assert not AutosavedForm.objects.exists()


def test_an_edit_draft_keeps_its_version_so_a_colleagues_save_leads_to_the_conflict_screen(
        alice, dave, signed_in, blog):
    post = domain.create_post(blog, body="Version de départ.", authors=[alice])
    client = signed_in(alice)
    autosave(client, blog, post, version=str(post.version), body="Ma correction en cours.")
    page = client.get(f"/desk/{blog.slug}/posts/{post.pk}/edit/").content.decode()
    assert "Ma correction en cours.</textarea>" in page and f'name="version" value="{post.version}"' in page
    assert "Your unsaved draft from" in page
    # Meanwhile dave saves the post; alice's restored draft is refused with both texts shown.
    domain.edit_post(post, version=post.version, body="Version de Dave.", by=dave)
    response = csrf_post(client, f"/desk/{blog.slug}/posts/{post.pk}/edit/",
                         {"version": str(post.version), "body": "Ma correction en cours.", "action": "save"})
    assert response.status_code == 409
    assert AutosavedForm.objects.filter(post=post).exists()  # still hers until she saves
    post.refresh_from_db()
    response = csrf_post(client, f"/desk/{blog.slug}/posts/{post.pk}/edit/",
                         {"version": str(post.version), "body": "Ma correction.", "action": "save"})
    assert response.status_code == 302 and not AutosavedForm.objects.exists()


def test_who_may_autosave(alice, bob, carol, signed_in, blog):
    post = domain.create_post(blog, body="Publié par Alice.", authors=[alice])
    assert autosave(signed_in(carol), blog, kind="text", body="x").status_code == 404  # not a member
    assert autosave(signed_in(bob), blog, kind="text", body="x").status_code == 200  # contributors draft
    assert autosave(signed_in(bob), blog, post, body="x").status_code == 403  # not his to edit
    domain.delete_post(post, version=post.version)
    assert autosave(signed_in(alice), blog, Post.objects.get(), body="x").status_code == 403
    anonymous = signed_in(alice)
    anonymous.logout()
    assert autosave(anonymous, blog, kind="text", body="x").status_code == 302


@pytest.mark.parametrize("fields", [
    {"kind": "nonsense", "body": "x"},
    {"kind": "text", "body": "x" * 30_000},
    {"kind": "text", **{f"f{n}": "x" for n in range(50)}},
])
def test_what_is_not_a_desk_form_is_refused(alice, signed_in, blog, fields):
    assert autosave(signed_in(alice), blog, **fields).status_code == 400
    assert not AutosavedForm.objects.exists()


# --- in the browser ------------------------------------------------------------------------------

@pytest.mark.browser
@pytest.mark.server
@pytest.mark.django_db(transaction=True)
def test_a_draft_survives_a_reload_and_a_lost_connection_and_publishing_clears_it(server, blog, alice):
    from tests.desk.test_browser import in_own_browser

    in_own_browser(lambda new_context: _type_reload_publish(server, new_context, blog))


def _type_reload_publish(server, new_context, blog) -> None:
    from playwright.sync_api import expect

    from tests.desk.test_browser import sign_in

    page = new_context().new_page()
    sign_in(page, server, "alice")
    page.goto(f"{server.url}/desk/{blog.slug}/?kind=text")
    page.get_by_label("Text").fill("Les délégations arrivent à Istanbul.")
    expect(page.locator("[data-autosave-status]")).to_contain_text("Draft saved at")
    page.reload()
    expect(page.get_by_label("Text")).to_have_value("Les délégations arrivent à Istanbul.")
    expect(page.locator("[data-autosave-notice]")).to_contain_text("Your unsaved draft from")

    # The connection drops: what is typed now only reaches this browser's storage...
    page.route("**/autosave/", lambda route: route.abort())
    page.get_by_label("Text").fill("Les délégations sont arrivées à Istanbul vers 9 h.")
    expect(page.locator("[data-autosave-status]")).to_contain_text("Connection lost")
    page.reload()
    # ...and is put back from there, then sent once the server answers again.
    expect(page.get_by_label("Text")).to_have_value("Les délégations sont arrivées à Istanbul vers 9 h.")
    expect(page.locator("[data-autosave-notice]")).to_contain_text("restored from this browser")
    page.unroute("**/autosave/")
    page.get_by_label("Text").press("End")
    page.get_by_label("Text").type(" Selon l'AFP.")
    expect(page.locator("[data-autosave-status]")).to_contain_text("Draft saved at")
    assert AutosavedForm.objects.get().fields["body"].endswith("vers 9 h. Selon l'AFP.")

    page.get_by_role("button", name="Publish", exact=True).click()
    expect(page.get_by_text("Published.")).to_be_visible()
    expect(page.get_by_label("Text")).to_have_value("")
    expect(page.locator("[data-autosave-notice]")).to_be_hidden()
    assert not AutosavedForm.objects.exists()
    assert page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('liveline:autosave:'))") == []
    page.reload()
    expect(page.get_by_label("Text")).to_have_value("")
