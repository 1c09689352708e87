"""Invitations by link: e-mailed (locmem in tests), signed, expiring, single use."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail, signing

from liveline.accounts import memberships
from liveline.accounts.models import Invitation, Membership
from tests.desk.conftest import csrf_post, desk_client

pytestmark = pytest.mark.django_db


def invite(signed_in, blog, alice, email="erin@example.org", role="contributor") -> str:
    """alice invites `email`; the path of the link in the e-mail sent."""
    response = csrf_post(signed_in(alice), f"/desk/{blog.slug}/members/invite/",
                         {"invite-email": email, "invite-role": role})
    assert response.status_code == 302
    return re.search(r"http://testserver(/accounts/invitations/\S+/)", mail.outbox[-1].body).group(1)


def join(client, path, username="erin", password="Tramway-du-soir-1907"):
    return csrf_post(client, path, {"username": username, "password1": password, "password2": password})


def test_the_invitee_gets_an_email_creates_an_account_and_joins(signed_in, blog, alice):
    path = invite(signed_in, blog, alice, role="editor")
    assert mail.outbox[0].to == ["erin@example.org"] and blog.title in mail.outbox[0].subject
    client = desk_client()
    assert "Create my account and join" in client.get(path).content.decode()
    response = join(client, path)
    assert response.status_code == 302 and response["Location"] == f"/desk/{blog.slug}/"
    erin = get_user_model().objects.get(username="erin")
    assert erin.email == "erin@example.org" and erin.check_password("Tramway-du-soir-1907")
    assert Membership.objects.get(blog=blog, user=erin).role == "editor"
    assert client.get(f"/desk/{blog.slug}/").status_code == 200  # signed in


def test_weak_passwords_are_refused_by_django_validators(signed_in, blog, alice):
    path = invite(signed_in, blog, alice)
    response = join(desk_client(), path, password="password")
    assert response.status_code == 400 and "too common" in response.content.decode()
    response = join(desk_client(), path, password="erinexample")
    assert response.status_code == 400 and "too similar" in response.content.decode()
    assert not get_user_model().objects.filter(username="erin").exists()


def test_a_signed_in_user_accepting_gets_the_membership(signed_in, blog, alice, carol):
    path = invite(signed_in, blog, alice, email="carol@example.org")
    client = signed_in(carol)
    assert "Join as carol" in client.get(path).content.decode()
    assert csrf_post(client, path).status_code == 302
    assert Membership.objects.get(blog=blog, user=carol).role == "contributor"


def test_a_used_link_is_refused(signed_in, blog, alice, carol):
    path = invite(signed_in, blog, alice)
    join(desk_client(), path)
    again = desk_client().get(path)
    assert again.status_code == 410 and "already used" in again.content.decode()
    assert csrf_post(signed_in(carol), path).status_code == 410
    assert not Membership.objects.filter(blog=blog, user=carol).exists()


def test_an_expired_link_is_refused(signed_in, blog, alice, settings):
    path = invite(signed_in, blog, alice)
    settings.INVITATION_DAYS = 0
    response = join(desk_client(), path)
    assert response.status_code == 410 and "expired" in response.content.decode()
    assert not get_user_model().objects.filter(username="erin").exists()


def test_forged_and_tampered_links_are_refused(signed_in, blog, alice):
    path = invite(signed_in, blog, alice)
    token = path.split("/")[-2]
    other = Invitation.objects.create(blog=blog, email="x@example.org", role="editor")
    for forged in (token[:-2] + ("AA" if not token.endswith("AA") else "BB"),
                   signing.dumps(other.pk, salt="another.salt"),
                   signing.dumps(other.pk, key="not-the-secret-key", salt=memberships.INVITATION_SALT),
                   "nonsense"):
        response = join(desk_client(), f"/accounts/invitations/{forged}/")
        assert response.status_code == 400, forged
    assert not get_user_model().objects.filter(username="erin").exists()


def test_a_withdrawn_invitation_no_longer_works(signed_in, blog, alice):
    path = invite(signed_in, blog, alice)
    invitation = Invitation.objects.get()
    csrf_post(signed_in(alice), f"/desk/{blog.slug}/members/invitations/{invitation.pk}/withdraw/")
    assert desk_client().get(path).status_code == 410
