"""The domain module: every change and its event are written together; nothing is lost."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from liveline.blogs import domain
from liveline.blogs.models import Post, PostRevision
from liveline.live.models import Event

pytestmark = pytest.mark.django_db


def events(blog):
    return list(Event.objects.filter(blog=blog).order_by("pk").values_list("type", "post_id"))


def test_publishing_writes_the_post_and_its_event(blog, alice):
    post = domain.create_post(blog, body="Les sirènes ont retenti à Kyiv.", authors=[alice])
    assert post.status == Post.Status.PUBLISHED and post.published_at is not None
    assert events(blog) == [("post.published", post.pk)]
    payload = Event.objects.get(post=post).payload
    assert "Les sirènes ont retenti" in payload["html"] and f'id="post-{post.pk}"' in payload["html"]


def test_a_draft_writes_no_event_until_published(blog):
    post = domain.create_post(blog, body="Brouillon", status=Post.Status.DRAFT)
    assert events(blog) == []
    domain.publish_post(post, version=post.version)
    assert events(blog) == [("post.published", post.pk)]


def test_edit_keeps_the_previous_version_and_never_moves_published_at(blog, alice):
    post = domain.create_post(blog, body="Au moins 32 morts.")
    published_at = post.published_at
    edited = domain.edit_post(post, version=post.version, body="Au moins 34 morts.",
                              correction_note="Bilan revu à la hausse.", by=alice)
    assert edited.published_at == published_at
    assert edited.edited_at is not None and edited.version == post.version + 1
    revision = PostRevision.objects.get(post=post)
    assert revision.body == "Au moins 32 morts." and revision.version == post.version
    assert events(blog) == [("post.published", post.pk), ("post.updated", post.pk)]
    assert "Bilan revu" in Event.objects.last().payload["html"]


def test_a_stale_version_is_refused_and_the_newer_text_survives(blog):
    post = domain.create_post(blog, body="Version A")
    domain.edit_post(post, version=1, body="Version B")
    with pytest.raises(domain.VersionConflict) as conflict:
        domain.edit_post(post, version=1, body="Version C")
    assert conflict.value.current.body == "Version B"
    post.refresh_from_db()
    assert post.body == "Version B"


def test_a_failed_write_leaves_neither_post_nor_event(blog):
    with pytest.raises(ValidationError) as error:
        domain.create_post(blog, kind="quote", body="Nous ne céderons pas.", data={})
    assert "speaker" in error.value.message_dict
    assert Post.objects.count() == 0 and Event.objects.count() == 0


def test_event_and_change_roll_back_together(blog, monkeypatch):
    post = domain.create_post(blog, body="Texte initial")

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(domain, "_append", broken)
    with pytest.raises(RuntimeError):
        domain.edit_post(post, version=post.version, body="Texte modifié")
    post.refresh_from_db()
    assert post.body == "Texte initial" and post.version == 1
    assert not PostRevision.objects.exists()


def test_delete_hides_and_restore_brings_back_at_the_same_place(blog):
    post = domain.create_post(blog, body="Une erreur")
    published_at = post.published_at
    domain.delete_post(post)
    post.refresh_from_db()
    assert post.status == Post.Status.DELETED
    domain.restore_post(post)
    post.refresh_from_db()
    assert post.status == Post.Status.PUBLISHED and post.published_at == published_at
    assert [t for t, _ in events(blog)] == ["post.published", "post.deleted", "post.published"]


def test_pinning_another_post_replaces_the_summary(blog):
    first = domain.create_post(blog, body="L'essentiel, 9 h", pinned=True)
    second = domain.create_post(blog, body="L'essentiel, 12 h")
    domain.set_pinned(second, True)
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.pinned, second.pinned) == (False, True)
    assert [t for t, _ in events(blog)][-2:] == ["post.unpinned", "post.pinned"]


def test_a_draft_cannot_be_pinned(blog):
    post = domain.create_post(blog, body="Pas encore", status=Post.Status.DRAFT)
    with pytest.raises(ValidationError):
        domain.set_pinned(post, True)


def test_key_event_needs_a_headline(blog):
    with pytest.raises(ValidationError) as error:
        domain.create_post(blog, body="Frappe sur Soumy", key_event=True, headline=" ")
    assert "headline" in error.value.message_dict


def test_scheduled_posts_publish_when_due(blog):
    from datetime import timedelta

    from django.utils import timezone

    later = timezone.now() + timedelta(minutes=10)
    post = domain.create_post(blog, body="À 15 h", status=Post.Status.SCHEDULED, scheduled_for=later)
    assert domain.publish_due_posts(now=timezone.now()) == []
    run_at = later + timedelta(seconds=3)  # the scheduler runs a little after the planned time
    published = domain.publish_due_posts(now=run_at)
    assert [p.pk for p in published] == [post.pk]
    post.refresh_from_db()
    # Dated when it really went out, so it sorts above everything readers already saw.
    assert post.status == Post.Status.PUBLISHED and post.published_at == run_at
    assert domain.publish_due_posts(now=later + timedelta(seconds=5)) == []


def test_blog_status_changes_are_events_with_coverage_times(blog):
    domain.update_blog(blog, status="ended")
    blog.refresh_from_db()
    assert blog.coverage_end is not None
    event = Event.objects.filter(blog=blog).last()
    assert event.type == "blog.updated" and event.payload["status"] == "ended"
    domain.update_blog(blog, status="live")
    blog.refresh_from_db()
    assert blog.coverage_end is None


def test_event_ids_of_a_blog_only_grow(blog):
    for n in range(5):
        domain.create_post(blog, body=f"Point {n}")
    ids = list(Event.objects.filter(blog=blog).values_list("pk", flat=True).order_by("created_at", "pk"))
    assert ids == sorted(ids) and len(set(ids)) == 5


def test_an_editor_fixing_a_post_does_not_become_its_author(blog, alice, bob):
    post = domain.create_post(blog, body="Bilan provisoire", authors=[bob])
    domain.edit_post(post, version=post.version, by=alice, body="Bilan provisoire, corrigé")
    assert list(post.authors.all()) == [bob]
    assert post.revisions.get().edited_by == alice


def test_saving_a_blog_unchanged_tells_readers_nothing(blog):
    from liveline.live.models import Event

    before = Event.objects.filter(blog=blog).count()
    domain.update_blog(blog, title=blog.title, status=blog.status)
    assert Event.objects.filter(blog=blog).count() == before
    domain.update_blog(blog, title="Guerre en Ukraine : la journée")
    assert Event.objects.filter(blog=blog, type="blog.updated").count() == 1


@pytest.mark.parametrize("variants", [
    "not a list",
    [{"src": "javascript:alert(1)", "width": 480, "height": 320, "type": "image/jpeg"}],
    [{"src": "/media/images/a.jpg", "width": "480", "height": 320, "type": "image/jpeg"}],
    [{"src": "/media/images/a.svg", "width": 480, "height": 320, "type": "image/svg+xml"}],
    [{"src": "/media/images/a.jpg", "width": 480, "height": 320, "type": "image/jpeg", "onload": "x"}],
])
def test_image_variants_are_checked_before_they_reach_a_srcset(blog, variants):
    data = {"src": "/media/images/a.jpg", "alt": "Le port d'Odessa", "variants": variants}
    with pytest.raises(ValidationError) as error:
        domain.create_post(blog, kind="image", body="Le port.", data=data)
    assert "variants" in error.value.message_dict


def test_well_formed_image_variants_are_kept(blog):
    variants = [{"src": "/media/images/a-480.webp", "width": 480, "height": 320, "type": "image/webp"},
                {"src": "https://cdn.example.org/a-960.jpg", "width": 960, "height": 640, "type": "image/jpeg"}]
    post = domain.create_post(blog, kind="image", body="Le port.",
                              data={"src": "/media/images/a.jpg", "alt": "Le port d'Odessa", "variants": variants})
    assert post.data["variants"] == variants
