"""An editor manages the blog's members and details; a blog never loses its last editor."""

from __future__ import annotations

import pytest

from liveline.accounts.models import Membership
from liveline.live.models import Event
from tests.desk.conftest import csrf_post

pytestmark = pytest.mark.django_db


def role_of(blog, user):
    return Membership.objects.filter(blog=blog, user=user).values_list("role", flat=True).first()


def test_alice_adds_carol_by_username_and_by_email(signed_in, blog, alice, carol, django_user_model):
    client = signed_in(alice)
    response = csrf_post(client, f"/desk/{blog.slug}/members/add/", {"add-user": "carol", "add-role": "editor"})
    assert response.status_code == 302 and role_of(blog, carol) == "editor"
    erin = django_user_model.objects.create_user("erin", email="erin@example.org")
    csrf_post(client, f"/desk/{blog.slug}/members/add/", {"add-user": "ERIN@example.org", "add-role": "contributor"})
    assert role_of(blog, erin) == "contributor"
    page = client.get(f"/desk/{blog.slug}/members/").content.decode()
    assert 'data-member="carol"' in page and 'data-member="erin"' in page


def test_an_unknown_user_or_a_member_is_refused_next_to_the_field(signed_in, blog, alice):
    client = signed_in(alice)
    response = csrf_post(client, f"/desk/{blog.slug}/members/add/", {"add-user": "nobody", "add-role": "editor"})
    assert response.status_code == 400
    assert "No account has this username" in response.content.decode()
    assert 'value="nobody"' in response.content.decode()  # what was typed is kept
    response = csrf_post(client, f"/desk/{blog.slug}/members/add/", {"add-user": "bob", "add-role": "editor"})
    assert response.status_code == 400 and "already a member" in response.content.decode()


def test_roles_change_and_members_leave_but_never_the_last_editor(signed_in, blog, alice, bob):
    client = signed_in(alice)
    alice_m, bob_m = (Membership.objects.get(blog=blog, user=u) for u in (alice, bob))
    response = csrf_post(client, f"/desk/{blog.slug}/members/{alice_m.pk}/role/", {"role": "contributor"})
    assert response.status_code == 400 and "at least one editor" in response.content.decode()
    response = csrf_post(client, f"/desk/{blog.slug}/members/{alice_m.pk}/remove/")
    assert response.status_code == 400 and role_of(blog, alice) == "editor"
    csrf_post(client, f"/desk/{blog.slug}/members/{bob_m.pk}/role/", {"role": "editor"})
    assert role_of(blog, bob) == "editor"
    # Now that bob edits too, alice may step down, then leave.
    response = csrf_post(client, f"/desk/{blog.slug}/members/{alice_m.pk}/role/", {"role": "contributor"})
    assert response.status_code == 302
    assert role_of(blog, alice) == "contributor"
    csrf_post(signed_in(bob), f"/desk/{blog.slug}/members/{alice_m.pk}/remove/")
    assert role_of(blog, alice) is None


def test_alice_edits_the_blog_details_through_the_domain(signed_in, blog, alice):
    response = csrf_post(signed_in(alice), f"/desk/{blog.slug}/members/details/", {
        "details-title": "Ukraine : les pourparlers", "details-description": "Jour 4.",
        "details-language": "en", "details-timezone": "Europe/Paris"})
    assert response.status_code == 302
    blog.refresh_from_db()
    assert (blog.title, blog.description, blog.language, blog.timezone) == (
        "Ukraine : les pourparlers", "Jour 4.", "en", "Europe/Paris")
    assert Event.objects.filter(blog=blog, type="blog.updated").exists()  # readers learn of it


def test_invalid_details_stay_in_the_form(signed_in, blog, alice):
    response = csrf_post(signed_in(alice), f"/desk/{blog.slug}/members/details/", {
        "details-title": "  ", "details-description": "Gardé", "details-language": "fr",
        "details-timezone": "Mars/Olympus"})
    assert response.status_code == 400
    assert "Gardé" in response.content.decode()
    blog.refresh_from_db()
    assert blog.title == "Guerre en Ukraine : en direct"
