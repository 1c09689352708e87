"""Composing every kind of post, editing with versions and conflicts, and the timeline actions."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from liveline.blogs import domain
from liveline.blogs.models import Post
from liveline.live.models import Event
from tests.desk.conftest import csrf_post

pytestmark = pytest.mark.django_db


def compose(client, blog, kind="text", action="publish", **fields):
    return csrf_post(client, f"/desk/{blog.slug}/compose/", {"kind": kind, "action": action, **fields})


def test_the_blog_screen_shows_the_compose_pane_and_the_timeline_as_readers_see_it(alice, signed_in, blog):
    domain.create_post(blog, body="Les délégations **arrivent**.", authors=[alice])
    page = signed_in(alice).get(f"/desk/{blog.slug}/").text
    assert 'name="body"' in page and 'value="publish"' in page
    assert "<strong>arrivent</strong>" in page and 'class="post post--text' in page


@pytest.mark.parametrize("kind,fields,expect", [
    ("text", {"body": "Les **négociations** reprennent."}, {"body": "Les **négociations** reprennent."}),
    ("quote", {"body": "« Nous voulons la paix »", "speaker": "Volodymyr Zelensky", "role": "président",
               "source": "conférence de presse"},
     {"body": "Nous voulons la paix", "data": {"speaker": "Volodymyr Zelensky", "role": "président",
                                                "source": "conférence de presse"}}),
    ("link", {"url": "https://example.org/analyse", "title": "L'analyse", "body": "Ce qui change."},
     {"data": {"url": "https://example.org/analyse", "title": "L'analyse"}}),
    ("fact-check", {"claim": "Les pourparlers sont rompus.", "claimant": "Un élu", "verdict": "false",
                    "body": "Les deux délégations sont toujours à Istanbul."},
     {"data": {"claim": "Les pourparlers sont rompus.", "claimant": "Un élu", "verdict": "false"}}),
    ("embed", {"url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "body": "La conférence."},
     {"data": {"url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "provider": "youtube"}}),
])
def test_an_editor_publishes_each_kind(alice, signed_in, blog, kind, fields, expect):
    response = compose(signed_in(alice), blog, kind, **fields)
    assert response.status_code == 302, response.content.decode()[:2000]
    post = Post.objects.get()
    assert post.kind == kind and post.status == "published" and list(post.authors.all()) == [alice]
    for name, value in expect.items():
        assert getattr(post, name) == value
    assert Event.objects.filter(blog=blog, type="post.published", post=post).exists()


def test_an_unknown_embed_address_becomes_a_link_card(alice, signed_in, blog):
    response = compose(signed_in(alice), blog, "embed", url="https://news.example.com/live/1")
    assert response.status_code == 302
    post = Post.objects.get()
    assert post.kind == "link" and post.data == {"url": "https://news.example.com/live/1",
                                                 "title": "https://news.example.com/live/1"}
    assert "iframe" not in signed_in(alice).get(f"/desk/{blog.slug}/").text


def test_errors_sit_next_to_their_fields_and_keep_what_was_typed(alice, signed_in, blog):
    response = compose(signed_in(alice), blog, "quote", body="Mots à garder", speaker="", source_url="javascript:x",
                       key_event="on", headline="")
    assert response.status_code == 400
    page = response.text
    assert "Mots à garder" in page and 'value="javascript:x"' in page
    assert page.count('aria-invalid="true"') == 2  # speaker, headline
    assert not Post.objects.exists()
    # The domain's own rule (http/https only) lands next to the address field too.
    response = compose(signed_in(alice), blog, "quote", body="Mots", speaker="X", source_url="javascript:x")
    assert response.status_code == 400 and "https://" in response.text and not Post.objects.exists()


def test_options_key_event_and_pin(alice, signed_in, blog):
    compose(signed_in(alice), blog, body="Résumé de la journée", pinned="on", key_event="on", headline="Le résumé")
    post = Post.objects.get()
    assert post.pinned and post.key_event and post.headline == "Le résumé"


def test_save_as_draft_and_schedule(alice, signed_in, blog):
    client = signed_in(alice)
    compose(client, blog, action="draft", body="Brouillon")
    assert Post.objects.get().status == "draft"
    # Times are typed in the blog's zone (Kyiv).
    when = (timezone.now() + timedelta(hours=2)).astimezone(blog.tzinfo).replace(second=0, microsecond=0)
    response = compose(client, blog, action="schedule", body="Plus tard", publish_at=when.strftime("%Y-%m-%dT%H:%M"))
    assert response.status_code == 302
    scheduled = Post.objects.get(status="scheduled")
    assert scheduled.scheduled_for == when
    past = (timezone.now() - timedelta(hours=1)).astimezone(blog.tzinfo).strftime("%Y-%m-%dT%H:%M")
    response = compose(client, blog, action="schedule", body="Trop tard", publish_at=past)
    assert response.status_code == 400 and "Trop tard" in response.text
    assert compose(client, blog, action="schedule", body="Quand ?").status_code == 400


def test_a_contributor_saves_drafts_but_cannot_publish(bob, signed_in, blog):
    client = signed_in(bob)
    page = client.get(f"/desk/{blog.slug}/").text
    assert 'value="publish"' not in page and 'name="pinned"' not in page
    assert compose(client, blog, action="draft", body="Mon brouillon").status_code == 302
    assert compose(client, blog, action="publish", body="Publié ?").status_code == 403
    assert compose(client, blog, action="schedule", body="Programmé ?").status_code == 403
    assert list(Post.objects.values_list("body", "status")) == [("Mon brouillon", "draft")]


def edit(client, post, **fields):
    data = {"version": post.version, "action": "save", **fields}
    return csrf_post(client, f"/desk/{post.blog.slug}/posts/{post.pk}/edit/", data)


def test_an_edit_keeps_a_revision_and_tells_readers(alice, signed_in, blog):
    post = domain.create_post(blog, body="Premier jet", authors=[alice])
    client = signed_in(alice)
    page = client.get(f"/desk/{blog.slug}/posts/{post.pk}/edit/").text
    assert "Premier jet" in page and f'name="version" value="{post.version}"' in page
    response = edit(client, post, body="Texte corrigé", correction_note="Le lieu était faux.")
    assert response.status_code == 302
    post.refresh_from_db()
    assert post.body == "Texte corrigé" and post.correction_note == "Le lieu était faux." and post.edited_at
    assert post.revisions.get().body == "Premier jet"
    assert Event.objects.filter(post=post, type="post.updated").exists()


def test_a_stale_edit_shows_both_versions_and_loses_nothing(alice, bob, signed_in, blog):
    post = domain.create_post(blog, body="Version d'origine", authors=[alice])
    stale = post.version
    domain.edit_post(post, version=stale, body="La version de Bob")
    client = signed_in(alice)
    response = csrf_post(client, f"/desk/{blog.slug}/posts/{post.pk}/edit/",
                         {"version": stale, "action": "save", "body": "La version d'Alice"})
    assert response.status_code == 409
    page = response.text
    assert "La version de Bob" in page and "La version d&#x27;Alice" in page
    post.refresh_from_db()
    assert post.body == "La version de Bob"
    # Her form is re-based on the current version: saving it now replaces theirs, knowingly.
    assert f'name="version" value="{post.version}"' in page
    response = edit(client, post, body="La version d'Alice, avec celle de Bob")
    assert response.status_code == 302
    post.refresh_from_db()
    assert post.body == "La version d'Alice, avec celle de Bob"
    assert [r.body for r in post.revisions.order_by("version")] == ["Version d'origine", "La version de Bob"]


def test_an_edit_without_a_version_is_refused(alice, signed_in, blog):
    post = domain.create_post(blog, body="Texte", authors=[alice])
    response = csrf_post(signed_in(alice), f"/desk/{blog.slug}/posts/{post.pk}/edit/", {"body": "Nouveau"})
    assert response.status_code == 400 and "Nouveau" in response.text
    post.refresh_from_db()
    assert post.body == "Texte"


def test_a_contributor_edits_only_their_own_drafts(alice, bob, signed_in, blog):
    own = domain.create_post(blog, body="Brouillon de Bob", authors=[bob], status="draft")
    other = domain.create_post(blog, body="Brouillon d'Alice", authors=[alice], status="draft")
    published = domain.create_post(blog, body="Publié", authors=[bob])
    client = signed_in(bob)
    assert edit(client, own, body="Brouillon revu").status_code == 302
    own.refresh_from_db()
    assert own.body == "Brouillon revu" and own.status == "draft"
    # "Publish" from a contributor's edit form only saves.
    edit(client, own, body="Brouillon revu 2", action="publish")
    own.refresh_from_db()
    assert own.status == "draft"
    assert edit(client, other, body="X").status_code == 403
    assert edit(client, published, body="X").status_code == 403


def test_an_editor_publishes_a_draft_from_the_edit_form_or_the_timeline(alice, bob, signed_in, blog):
    first = domain.create_post(blog, body="Un", authors=[bob], status="draft")
    second = domain.create_post(blog, body="Deux", authors=[bob], status="draft")
    client = signed_in(alice)
    edit(client, first, body="Un, relu", action="publish")
    csrf_post(client, f"/desk/{blog.slug}/posts/{second.pk}/publish/", {"version": second.version})
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, first.body, second.status) == ("published", "Un, relu", "published")


def test_delete_asks_first_then_an_editor_restores(alice, signed_in, blog):
    post = domain.create_post(blog, body="À supprimer", authors=[alice])
    client = signed_in(alice)
    confirm = client.get(f"/desk/{blog.slug}/posts/{post.pk}/delete/")
    assert confirm.status_code == 200 and "À supprimer" in confirm.text
    post.refresh_from_db()
    assert post.status == "published"
    csrf_post(client, f"/desk/{blog.slug}/posts/{post.pk}/delete/", {"version": post.version})
    post.refresh_from_db()
    assert post.status == "deleted"
    assert "Restore" in client.get(f"/desk/{blog.slug}/").text
    csrf_post(client, f"/desk/{blog.slug}/posts/{post.pk}/restore/")
    post.refresh_from_db()
    assert post.status == "published"


def test_a_stale_delete_is_not_applied(alice, signed_in, blog):
    post = domain.create_post(blog, body="Texte", authors=[alice])
    stale = post.version
    domain.edit_post(post, version=stale, body="Texte revu")
    response = csrf_post(signed_in(alice), f"/desk/{blog.slug}/posts/{post.pk}/delete/", {"version": stale})
    assert response.status_code == 200 and "Texte revu" in response.text
    post.refresh_from_db()
    assert post.status == "published"


def test_pin_unpin_and_key_event_from_the_timeline(alice, signed_in, blog):
    first = domain.create_post(blog, body="Un", authors=[alice])
    second = domain.create_post(blog, body="Deux", authors=[alice])
    client = signed_in(alice)
    csrf_post(client, f"/desk/{blog.slug}/posts/{first.pk}/pin/", {"pinned": "1", "version": first.version})
    first.refresh_from_db()
    csrf_post(client, f"/desk/{blog.slug}/posts/{second.pk}/pin/", {"pinned": "1", "version": second.version})
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.pinned, second.pinned) == (False, True)
    csrf_post(client, f"/desk/{blog.slug}/posts/{second.pk}/pin/", {"pinned": "0", "version": second.version})
    second.refresh_from_db()
    assert not second.pinned

    url = f"/desk/{blog.slug}/posts/{first.pk}/key-event/"
    response = csrf_post(client, url, {"key_event": "1", "headline": "", "version": first.version})
    assert response.status_code == 400 and 'aria-invalid="true"' in response.text
    csrf_post(client, url, {"key_event": "1", "headline": "Accord signé", "version": first.version})
    first.refresh_from_db()
    assert first.key_event and first.headline == "Accord signé"
    assert list(first.authors.all()) == [alice]


def test_a_stale_pin_is_refused_with_a_message(alice, signed_in, blog):
    post = domain.create_post(blog, body="Un", authors=[alice])
    response = csrf_post(signed_in(alice), f"/desk/{blog.slug}/posts/{post.pk}/pin/",
                         {"pinned": "1", "version": post.version - 1}, follow=True)
    assert "changed this post meanwhile" in response.text
    post.refresh_from_db()
    assert not post.pinned
